"""MT115 mixed-script-word: A word that mixes Latin letters with Cyrillic or Greek look-alikes ("сancer")."""

from __future__ import annotations

import re
from collections.abc import Iterable

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
        for m in _WORD_WITH_FOREIGN.finditer(prose):
            word = m.group()
            if not any(c.isascii() for c in word):
                continue  # a whole word in another script: MT114's concern
            foreign = [(i, c) for i, c in enumerate(word) if not c.isascii() and script_of(c)]
            if all(script_of(c) == "Greek" and c not in LATIN_LOOKALIKE for _, c in foreign):
                continue  # Greek letters used as symbols: TNFα, Aβ
            script = "Cyrillic" if any(script_of(c) == "Cyrillic" for _, c in foreign) else "Greek"
            latin = "".join(LATIN_LOOKALIKE.get(c, c) for c in word)
            letters = ", ".join(dict.fromkeys(f"“{c}” (U+{ord(c):04X})" for _, c in foreign))
            fix = None
            if latin.isascii():
                fix = Fix(
                    (Edit(m.start(), m.end(), latin),), f"spell it in Latin letters: {latin}", safe=True
                )
            yield Finding(
                m.start(),
                m.end(),
                f"“{word}” mixes Latin letters with {script} look-alikes {letters}: type it in Latin "
                "letters so search, screen readers and spell checkers can read it",
                (latin,) if latin.isascii() else (),
                fix,
            )
