"""MT115 mixed-script-word: A word that mixes Latin letters with Cyrillic or Greek look-alikes ("сancer")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.scripts import LATIN_LOOKALIKE, script_of

#: A word of letters in any script that holds at least one Cyrillic or Greek letter.
_WORD_WITH_FOREIGN = re.compile(r"[^\W\d_]*[\u0370-\u03ff\u0400-\u052f][^\W\d_]*")


class MixedScriptWord(Rule):
    """A word that mixes Latin letters with Cyrillic or Greek look-alikes ("сancer").

    Cyrillic "с", "о", "е" and "а" and Greek capital "Ο" or "Α" are drawn like
    Latin letters, so a word that mixes them looks normal on the page. Spinners
    and spam pages swap them in to make copied text look unique to search
    engines and plagiarism checks; encoding mix-ups and keyboard layouts leave
    them too. The word is then invisible to search, misread by screen readers
    and skipped by spell checkers. A word with both Latin and Cyrillic letters
    is never English; Greek lower-case letters other than omicron are left
    alone, because "TNFα" and "Aβ" mean the Greek letter.

    The fix spells the word in Latin letters; it is safe when every foreign
    letter has an exact Latin look-alike, since the text then reads the same.

    A passage typed in look-alikes throughout (three disguised words or more in
    one block, no more than three plain words between them: "by" or "I" has no
    letter to disguise) is one finding, as MT114 reports one passage of another
    script: a pasted advert or a disguised copy is one problem, not one per word.
    """

    code = "MT115"
    name = "mixed-script-word"
    category = "translation"
    severity = Severity.WARNING
    source = (
        "Unicode Technical Standard #39, Unicode Security Mechanisms (mixed-script confusables, "
        "confusables.txt)"
    )
    should_fire = (
        Example("Early сancer screening saves lives.", fixed="Early cancer screening saves lives."),
        Example("Ask your dосtor about statins.", fixed="Ask your doctor about statins."),
        Example("<p>ΟZEMPIC is a prescription drug.</p>", format="html"),
        Example("Вuу сhеар rерliса wаtсhеs by the best sеllеr tоdау!", note="one finding for the passage"),
    )
    should_not_fire = (
        "Early cancer screening saves lives.",
        "Amyloid-β (Aβ) and TNFα levels were measured.",
        "The patient, Иван, was treated in Moscow.",
        "α-synuclein builds up in Parkinson's disease.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if prose.isascii():
            return
        passage: list[_Mixed] = []
        for mixed in _mixed_words(prose):
            if passage and not _same_passage(doc, prose, passage[-1].end, mixed.start):
                yield from _report(prose, passage)
                passage = []
            passage.append(mixed)
        if passage:
            yield from _report(prose, passage)


@dataclass(frozen=True)
class _Mixed:
    """One word that mixes Latin letters with look-alikes, and what it reads as in Latin."""

    start: int
    end: int
    script: str
    latin: str
    letters: str


def _mixed_words(prose: str) -> Iterator[_Mixed]:
    """The words of ``prose`` that mix Latin letters with Cyrillic or Greek look-alikes."""
    for m in _WORD_WITH_FOREIGN.finditer(prose):
        word = m.group()
        if not any(c.isascii() for c in word):
            continue  # a whole word in another script: MT114's concern
        foreign = [c for c in word if not c.isascii() and script_of(c)]
        if all(script_of(c) == "Greek" and c not in LATIN_LOOKALIKE for c in foreign):
            continue  # Greek letters used as symbols: TNFα, Aβ
        script = "Cyrillic" if any(script_of(c) == "Cyrillic" for c in foreign) else "Greek"
        latin = "".join(LATIN_LOOKALIKE.get(c, c) for c in word)
        letters = ", ".join(dict.fromkeys(f"“{c}” (U+{ord(c):04X})" for c in foreign))
        yield _Mixed(m.start(), m.end(), script, latin, letters)


#: At most this many plain words between two disguised words of one passage: a word with no
#: letter that has a look-alike ("by", "I") cannot be disguised.
_PASSAGE_GAP_WORDS = 3
#: From this many disguised words on, a passage is one finding.
_PASSAGE_WORDS = 3


def _same_passage(doc: Document, prose: str, end: int, start: int) -> bool:
    """Whether the disguised word at ``start`` goes on the passage whose last one ends at ``end``:
    same block, and no more than ``_PASSAGE_GAP_WORDS`` words between them."""
    if doc.block_at(end - 1) != doc.block_at(start):
        return False
    return len(doc.words_in(end, start)) <= _PASSAGE_GAP_WORDS


def _report(prose: str, passage: list[_Mixed]) -> Iterator[Finding]:
    """One finding per disguised word, or one for a passage of them (spam or spinner text typed in
    look-alike letters throughout: one problem, not one per word)."""
    if len(passage) >= _PASSAGE_WORDS:
        first, last = passage[0], passage[-1]
        safe = all(w.latin.isascii() for w in passage)
        edits = tuple(Edit(w.start, w.end, w.latin) for w in passage)
        script = "Cyrillic" if any(w.script == "Cyrillic" for w in passage) else "Greek"
        yield Finding(
            first.start,
            last.end,
            f"{len(passage)} words of this passage mix Latin letters with {script} look-alikes: text "
            "disguised from search engines and plagiarism checks (spam or spinner output); remove it, "
            "or retype it in Latin letters",
            (),
            Fix(edits, "spell its words in Latin letters", safe=True) if safe else None,
        )
        return
    for w in passage:
        word = prose[w.start : w.end]
        fix = None
        if w.latin.isascii():
            fix = Fix((Edit(w.start, w.end, w.latin),), f"spell it in Latin letters: {w.latin}", safe=True)
        yield Finding(
            w.start,
            w.end,
            f"“{word}” mixes Latin letters with {w.script} look-alikes {w.letters}: type it in Latin "
            "letters so search, screen readers and spell checkers can read it",
            (w.latin,) if w.latin.isascii() else (),
            fix,
        )
