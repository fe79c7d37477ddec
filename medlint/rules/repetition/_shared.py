"""Helpers used by several repetition rules."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from typing import Any

from ...document import HEADING, TABLE_CELL, Document
from ...rule import Finding
from ...text.quotes import quotation_around
from ...text.tokens import WORD_RE
from ...text.word_frequency import is_rarer_than

#: words that never make a name, so "The the" and "And, and" are still slips
CLOSED_CLASS = frozenset(
    "the a an and or but of to in on at by for with from as is are was were be it this that".split()
)


def in_quotes(doc: Document, start: int) -> bool:
    """True when ``start`` lies inside a quotation within its block."""
    bi = doc.block_at(start)
    if bi is None:
        return False
    text = doc.prose[doc.blocks[bi].start : start]
    opens = sum(text.count(q) for q in "\u201c\u00ab") + text.count('"') % 2
    closes = sum(text.count(q) for q in "\u201d\u00bb")
    return opens > closes


def _normalized_units(doc: Document) -> list[tuple[int, int, bool, str, int]]:
    """Headings and sentences in order as (start, end, is_heading, normalized text, words),
    built once per document for RP102 and RP103."""
    return doc.derived(_build_units)


def _build_units(doc: Document) -> list[tuple[int, int, bool, str, int]]:
    units: list[tuple[int, int, bool]] = [(b.start, b.end, True) for b in doc.blocks if b.kind == HEADING]
    units += [
        (s.start, s.end, False)
        for s in doc.sentences
        if doc.blocks[s.block].kind not in (HEADING, TABLE_CELL)
    ]
    units.sort()
    out = []
    for start, end, is_heading in units:
        key = doc.words_key(start, end)
        out.append((start, end, is_heading, key, key.count(" ") + 1 if key else 0))
    return out


def _repeats(doc: Document, min_words: int, want_heading: bool) -> Iterator[Finding]:
    seen: dict[str, tuple[int, int, bool]] = {}
    for start, end, is_heading, key, n_words in _normalized_units(doc):
        if n_words < min_words:
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = (start, end, is_heading)
            continue
        involves_heading = is_heading or first[2]
        if involves_heading != want_heading:
            continue
        what = "heading" if want_heading else "sentence"
        line = doc.position(first[0]).line
        yield Finding(
            start,
            end,
            f"this {what} repeats line {line}: {_short(doc.prose[start:end])!r}",
            related=((first[0], first[1], "first occurrence"),),
        )


#: A line at least this long is a paragraph of its own, not a line of a hard-wrapped paragraph.
_PARAGRAPH_LINE = 200


def _nearby(doc: Document, first: int, later: int) -> bool:
    """The later copy is in the same paragraph as the first or in the next one that is not a heading.

    A paragraph is a block, except where a plain-text copy separates paragraphs with single line
    breaks (its block is the whole page): there a line of paragraph length between the copies
    (``_PARAGRAPH_LINE``) is a paragraph between them, so a standfirst restated pages later is
    far, as it would be with blank lines; a hard-wrapped paragraph's short lines are not.
    """
    a, b = doc.block_at(first), doc.block_at(later)
    if a is None or b is None:
        return False
    if a == b:
        between = doc.prose[first:later].split("\n")[1:-1]  # whole lines strictly between
        return not any(len(line) >= _PARAGRAPH_LINE for line in between)
    return all(doc.blocks[i].kind == HEADING for i in range(a + 1, b))


def _other_section(doc: Document, first: int, later: int) -> bool:
    """A heading stands between the blocks of the two offsets: the later one is in another section
    (another record of a page written to one form: a train company's, a meal's)."""
    a, b = doc.block_at(first), doc.block_at(later)
    return a is not None and b is not None and any(doc.blocks[i].kind == HEADING for i in range(a + 1, b))


_CLOSING_QUOTES = "\"'\u201d\u2019"


def _quoted(doc: Document, start: int, end: int, *, whole: bool = True) -> bool:
    """The span lies inside one quotation closed in its block (``He said: "... span ..."``, a
    paragraph that is one speaker's quoted words): the text quotes someone's words there. A quote
    mark left open (a stray one in a long caption) says nothing of where a quotation is. With
    ``whole`` false (a paragraph: 'He said: "..."') the quotation need only hold its middle."""
    at = next((i for i in range((start + end) // 2, end) if doc.prose[i].isalnum()), None)
    quoted = quotation_around(doc, at) if at is not None else None
    if quoted is None:
        return False
    bi = doc.block_at(at) if at is not None else None
    opener, closer = quoted
    if bi is None or closer >= doc.blocks[bi].end or doc.prose[closer] not in _CLOSING_QUOTES:
        return False
    # the closing mark ends a word, and the quotation holds the whole span: a straight quote before a
    # word ('... patients. "I do') opens the next quotation, and the one before it was never closed
    if doc.prose[closer + 1 : closer + 2].isalnum():
        return False
    return not whole or (opener <= start + 1 and closer >= end - 2)


def _quotes_the_other(
    doc: Document, first: tuple[int, int], later: tuple[int, int], *, whole: bool = True
) -> bool:
    """One copy stands inside a quotation and the other does not: a story quoting a statement that
    the page then prints in full (or the other way round) quotes it; it is not a second copy of it.
    Two quoted copies (one quotation given twice) and two plain ones are copies."""
    return _quoted(doc, *first, whole=whole) != _quoted(doc, *later, whole=whole)


def _in_summary_box(doc: Document, at: int) -> bool:
    """Offset ``at`` lies in a box of a saved page that restates the article in brief (the HTML
    reader's ``summary_boxes``: a recipe card, a highlights or key-points box)."""
    return any(start <= at < end for start, end in doc.metadata.get("summary_boxes", ()))


def _restated_in_box(doc: Document, first: int, later: int) -> bool:
    """One copy lies in a box restating the article (a recipe card giving the post's title and
    description again, a highlights box over the body) and the other outside it: the box's
    copy is the page's design, not the writer's second copy."""
    return _in_summary_box(doc, first) != _in_summary_box(doc, later)


def _short(text: str, n: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1] + "\u2026"


_JOINER = re.compile(r"['\u2019-]")

#: function words: never a paragraph's or sentence's subject, however rare wordfreq calls them
_FUNCTION = frozenset("the a an of and or in on to for with by from as at is are was were be".split())

#: a figure spelled out ("two studies", "three studies") is a figure as "2" is
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "thousand million half".split()
)


def _key_words(text: str) -> list[str]:
    """The words of ``text`` with compounds taken apart ("type-2", "Crohn's"): word
    frequencies rate the parts, and a compound is rarer than any of them."""
    return [part for word in WORD_RE.findall(text) for part in _JOINER.split(word)]


def _is_figure(word: str) -> bool:
    return word.isdigit() or word in _NUMBER_WORDS


def _synonym_swaps(left: set[str], right: set[str]) -> bool:
    """Every word on one side has a thesaurus synonym on the other (MT105's WordNet table)."""
    from ...text.spun_terms import default_index

    synonyms = default_index().synonyms

    def related(x: str, y: str) -> bool:
        sx, sy = synonyms.get(x, ()), synonyms.get(y, ())
        return y in sx or x in sy or bool(set(sx) & set(sy))

    return all(any(related(x, y) for y in right) for x in left)


def _differing_subjects(
    a: list[str], b: list[str], max_zipf: float, max_slot: int | None = None, matcher: Any = None
) -> tuple[bool, bool]:
    """Align two word sequences (lower case): (whether a replaced stretch holds, on each side, a
    rare word (Zipf below ``max_zipf``) or figure that the other side does not share (by its
    first five letters, so "diabetes" and "diabetic" agree) and that the thesaurus does not call
    a synonym, whether any stretch was replaced at all). A spinner swaps common words for
    synonyms and keeps names, terms and figures; texts written to one template about different
    things differ exactly there. With ``max_slot``, only a stretch of at most that many words on
    each side (a slot of a template: a figure, a name) can mark different subjects. ``matcher``: a
    ``difflib.SequenceMatcher`` (no junk, no autojunk) already given ``b`` as its second sequence,
    to compare many ``a`` with one ``b`` (difflib indexes the second sequence once), or given both
    ``a`` and ``b`` and already aligned (its ``get_matching_blocks`` called).

    The alignment is difflib's, read lazily (``_replaced_stretches``): the first replaced stretch
    that marks different subjects ends the work, and the rest of two long paragraphs (MedQuAD's
    template answers differ in the disease's name, in their first words) is never aligned.
    ``_differing_subjects_plain`` reads ``get_opcodes``; tests/test_repetition_align_fast_path.py
    compares the two."""
    import difflib  # only for the few pairs a rule asks about

    def key(word: str) -> bool:
        return _is_figure(word) or (word not in _FUNCTION and is_rarer_than(word, max_zipf))

    swapped = False
    if matcher is None:
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        stretches: Iterator[tuple[int, int, int, int]] = _replaced_stretches(matcher, len(a), len(b))
    elif matcher.a is a and matcher.matching_blocks is not None:  # aligned already: read it
        stretches = ((i1, i2, j1, j2) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op == "replace")
    else:
        matcher.set_seq1(a)
        stretches = _replaced_stretches(matcher, len(a), len(b))
    for i1, i2, j1, j2 in stretches:
        swapped = True
        if max_slot is not None and max(i2 - i1, j2 - j1) > max_slot:
            continue
        left = {w for w in a[i1:i2] if key(w)}
        right = {w for w in b[j1:j2] if key(w)}
        only_left = {w for w in left if w[:5] not in {r[:5] for r in right}}
        only_right = {w for w in right if w[:5] not in {x[:5] for x in left}}
        if only_left and only_right and not _synonym_swaps(only_left, only_right):
            return True, True
    return False, swapped


def _replaced_stretches(matcher: Any, la: int, lb: int) -> Iterator[tuple[int, int, int, int]]:
    """The "replace" opcodes of ``matcher`` (difflib, no junk), in order, each found only when asked.

    difflib's alignment splits a range at its longest match and aligns the two sides apart, so the
    stretches between matches are the ranges left with no match: a range that is not empty on
    either side and in which ``find_longest_match`` finds nothing is exactly one "replace" of
    ``get_opcodes`` (ranges empty on one side are its "delete" and "insert"). Walking the ranges
    left to right, each side of a match only when the stretches before it are used up, gives the
    same stretches without aligning what follows one a caller stops at."""
    if not la or not lb:
        return
    todo = [(0, la, 0, lb)]
    while todo:
        alo, ahi, blo, bhi = todo.pop()
        i, j, k = matcher.find_longest_match(alo, ahi, blo, bhi)
        if not k:
            yield alo, ahi, blo, bhi
            continue
        if i + k < ahi and j + k < bhi:
            todo.append((i + k, ahi, j + k, bhi))
        if alo < i and blo < j:
            todo.append((alo, i, blo, j))


def _differing_subjects_plain(
    a: list[str], b: list[str], max_zipf: float, max_slot: int | None = None
) -> tuple[bool, bool]:
    """``_differing_subjects`` read from difflib's whole alignment (``get_opcodes``)."""
    import difflib

    def key(word: str) -> bool:
        return _is_figure(word) or (word not in _FUNCTION and is_rarer_than(word, max_zipf))

    swapped = False
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "replace":
            continue
        swapped = True
        if max_slot is not None and max(i2 - i1, j2 - j1) > max_slot:
            continue
        left = {w for w in a[i1:i2] if key(w)}
        right = {w for w in b[j1:j2] if key(w)}
        only_left = {w for w in left if w[:5] not in {r[:5] for r in right}}
        only_right = {w for w in right if w[:5] not in {x[:5] for x in left}}
        if only_left and only_right and not _synonym_swaps(only_left, only_right):
            return True, True
    return False, swapped


#: a template sentence's copies share at least this many words in order ...
_FRAME_WORDS = 3
#: ... and this share of the shorter copy's words
_FRAME_SHARE = 0.5
#: a template's two lines are of like length (the shorter at least this share of the longer) ...
_TEMPLATE_LENGTHS = 0.5
#: ... and differ in slots of at most this many words (a figure, a name of a few words)
_TEMPLATE_SLOT = 8
#: where two template sentences differ, a word rarer than this (Zipf) names what each is about
_TEMPLATE_ZIPF = 4.0
#: sentences either side of each copy that are read for the sections' template
_TEMPLATE_WINDOW = 4
#: lines compared stand at most this many lines apart in their sections
_TEMPLATE_SHIFT = 1


def _filled_alike(a: list[str], b: list[str]) -> bool:
    """Two sentences are one template filled for two things: not the same, they share their frame
    (``_FRAME_WORDS`` words in order and ``_FRAME_SHARE`` of the shorter), they are of like
    length, and where they differ, in a slot of a few words (``_TEMPLATE_SLOT``), a figure or a rare word (a name, a term) stands against a different one that is no synonym
    of it (``_differing_subjects``: "Two studies (120 people) compared aspirin with placebo." /
    "Three studies (300 people) compared heparin with warfarin."). Common words swapped for
    common words are a spinner's way too ("a new drug" / "a novel medicine"), so they do not
    count."""
    if a == b or min(len(a), len(b)) < _FRAME_WORDS:
        return False
    shared = sum((Counter(a) & Counter(b)).values())  # no alignment matches more words than this
    if shared < _FRAME_WORDS or shared < _FRAME_SHARE * min(len(a), len(b)):
        return False
    import difflib  # only for the few pairs of sentences that may share a frame

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    frame = sum(size for _i, _j, size in matcher.get_matching_blocks())
    if frame < _FRAME_WORDS or frame < _FRAME_SHARE * min(len(a), len(b)):
        return False
    if min(len(a), len(b)) < _TEMPLATE_LENGTHS * max(len(a), len(b)):
        return False  # one runs on past the other: a line merged with the next, not a slot filled
    # the alignment just made is read again, not made twice
    return _differing_subjects(a, b, _TEMPLATE_ZIPF, _TEMPLATE_SLOT, matcher=matcher)[0]


def _parallel_template(doc: Document, first: int, later: int) -> bool:
    """The sentences at offsets ``first`` and ``later`` are the shared line of two parallel
    sections written to one template: among the sentences around each copy (``_TEMPLATE_WINDOW``
    either side, the copies' own left out) one on each side, at the same place in its section
    give or take a line, is the same template filled for a different thing (``_filled_alike``: "We found three studies ..." / "We found five studies
    ...", "Two studies compared aspirin ..." / "Three studies compared heparin ..."). Per
    comparison or per test, such sections end or open with the same note ("None of the studies
    reported on quality of life.", "You will not need a sedative for the test.") by design. A
    paragraph pasted twice brings its neighbours along word for word, and a spun copy swaps its
    words for synonyms: neither is filled for something else."""
    starts = doc.sentence_starts
    sentences = doc.sentences
    i, j = bisect_right(starts, first) - 1, bisect_right(starts, later) - 1
    if i < 0 or j <= i:
        return False

    # a document that repeats many lines (a page of records written to one form, answers that
    # share their boilerplate) asks about the same sentences, and often the same pairs of them,
    # for each repeat: their words and each pair's verdict are kept for the document
    memo = doc.derived(_TemplateMemo)

    def around(k: int, lo: int, hi: int) -> dict[int, int]:
        """The sentences around ``k`` by their distance from it (-2: two before)."""
        window = range(max(lo, k - _TEMPLATE_WINDOW), min(hi, k + _TEMPLATE_WINDOW + 1))
        return {m - k: m for m in window if m not in (i, j)}

    before, after = around(i, 0, j), around(j, i + 1, len(sentences))
    # one section's line against the other's at the same place in its section (give or take one
    # line): a pasted paragraph brings the same neighbours there, not other ones filled alike
    return any(
        memo.filled_alike(m, n)
        for d, m in before.items()
        for e, n in after.items()
        if (d < 0) == (e < 0) and abs(d - e) <= _TEMPLATE_SHIFT
    )


class _TemplateMemo:
    """Per document: each sentence's ``_key_words`` and each pair's ``_filled_alike``, by
    sentence index, computed on first use (``_parallel_template``). Kept small: the words are
    interned (the document's own words are, so a list mostly points at strings that exist
    anyway) and a pair is keyed by one int."""

    __slots__ = ("_n", "_pairs", "_sentences", "_words")

    def __init__(self, doc: Document) -> None:
        self._sentences = doc.sentences  # not the document: no cycle through its derived views
        self._n = len(self._sentences)
        self._words: dict[int, list[str]] = {}
        self._pairs: dict[int, bool] = {}

    def words(self, m: int) -> list[str]:
        words = self._words.get(m)
        if words is None:
            words = self._words[m] = list(map(sys.intern, _key_words(self._sentences[m].text.lower())))
        return words

    def filled_alike(self, m: int, n: int) -> bool:
        key = m * self._n + n
        alike = self._pairs.get(key)
        if alike is None:
            alike = self._pairs[key] = _filled_alike(self.words(m), self.words(n))
        return alike
