"""Sentence boundaries without importing spaCy.

spaCy's blank pipeline splits sentences with a punctuation rule (its
``sentencizer``); importing spaCy costs about half a second, which would make
every ``medlint check`` of one small file several times slower than it needs
to be. This module applies the same kind of rule directly on the prose view,
with an abbreviation list so "Dr. Lee" and "e.g. rest" stay whole. Rules that
need tokens, lemmas or syntax still get spaCy through ``Document.block_docs``;
with a trained pipeline configured, sentences come from its parser instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

ABBREVIATIONS = frozenset(
    """
    dr mr mrs ms mx prof st sr jr vs etc e.g i.e eg ie cf al approx ca fig figs no nos vol
    pp ed eds dept univ inc ltd co corp est min max mt ft jan feb mar apr jun jul aug sep sept
    oct nov dec mon tue wed thu fri sat sun u.s u.k a.m p.m ph.d m.d b.sc m.sc dept gen rev
    """.split()
)

#: Abbreviations that stand before a number ("No. 5", "vol. 12", "Fig. 3", "pp. 34"); "no" is also the
#: commonest of answers ("I said no."), so a full stop after one of them ends a sentence unless a
#: number follows.
NUMERAL_ABBREVIATIONS = frozenset({"no", "nos", "vol", "fig", "figs", "pp"})
_TOKEN = re.compile(r"[A-Za-z]+")

#: Marks a finished sentence or line can end on: stops, a colon or semicolon, an ellipsis,
#: and closing quotes or brackets after them.
TERMINAL = ".!?:;\u2026\"'\u201d\u2019)]"

# A run of terminal marks, any closing quotes/brackets, then whitespace or end.
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s|$)")


#: ``_BOUNDARY``, its group the whitespace after the marks (a lookahead: a match still ends at the
#: marks, so the search goes on from there as before), and its first mark written apart ("[.!?]"
#: then "[.!?]*" is "[.!?]+"): a pattern that opens with a class lets the engine skip to the next
#: character of that class, where a repeat first tried a match at every position (half the time of
#: the search on MedQuAD answers)
_BOUNDARY_AND_SPACE = re.compile(r"[.!?\u2026][.!?\u2026]*[\"'\u201d\u2019)\]]*(?=\s|$)(?=(\s*))")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text`` (one block), whitespace trimmed.

    Every document's sentences come from here, so the loop is written flat, and the regex
    hands over the whitespace after each run of marks (``_BOUNDARY_AND_SPACE``) instead of a
    loop walking it character by character: where that whitespace ends is where the next
    sentence starts, trimmed, and a sentence that ends on a mark needs no trimming at its end
    (a mark is not whitespace), so only the text's two ends are trimmed (``str.strip``
    strips what ``str.isspace`` and ``\\s`` call whitespace). ``sentence_spans_plain`` (the
    reference form) yields from a generator per span and trims each span;
    tests/test_core_segment.py compares the two.
    """
    out: list[tuple[int, int]] = []
    append = out.append
    n = len(text)
    start = n - len(text.lstrip())  # where the sentence being read starts, trimmed
    for m in _BOUNDARY_AND_SPACE.finditer(text):
        mark = m.group()
        nxt = m.end(1)
        if mark[0] in ".\u2026":
            if mark == "." and _is_abbreviation(text, m.start()):
                continue
            if nxt < n and text[nxt].islower():
                continue  # "approx. five", "5 mg. then", "and\u2026 baking soda?": not a new sentence
        # the marks start at or after ``start`` (the first character there is not whitespace)
        append((start, m.end()))
        start = nxt
    end = len(text.rstrip())
    if end > start:
        append((start, end))
    return out


def sentence_spans_plain(text: str) -> Iterator[tuple[int, int]]:
    """``sentence_spans`` as a generator of trimmed spans (its plain form)."""
    start = 0
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group() == "." and _is_abbreviation(text, m.start()):
            continue
        nxt = end
        while nxt < n and text[nxt].isspace():
            nxt += 1
        if nxt < n and text[nxt].islower() and m.group()[0] in ".\u2026":
            continue  # "approx. five", "5 mg. then": not a new sentence
        yield from _trimmed(text, start, end)
        start = end
    yield from _trimmed(text, start, n)


def _is_abbreviation(text: str, dot: int) -> bool:
    # the token before the dot, found by walking back (a regex anchored at the dot would
    # rescan the block from its start for every full stop)
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    if start == dot:
        return False
    word = text[start:dot].lstrip("([\"'\u201c\u2018").lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    if word in NUMERAL_ABBREVIATIONS:
        # "No. 5", "vol. 12", "Fig. 3": before a number only; "I said no. Chemo is ..." ends a sentence
        nxt = dot + 1
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt < len(text) and (text[nxt].isdigit() or text[nxt] in "#("):
            return True
        # a code or a roman numeral: "patent No. US 9526751", "Vol. XII" (not "no. I left")
        token = _TOKEN.match(text, nxt)
        return token is not None and len(token.group()) > 1 and token.group().isupper()
    return word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
