"""TX131 capital-after-semicolon: A function word with a capital after a semicolon ("... is ≥ 140 mmHg; If at risk, ...")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import HEADING, TABLE_CELL, Document
from ...rule import Example, Finding, Rule
from ...text.quotes import inside_quotes

#: A semicolon after a word or a bracket, then a capitalised function word that a lower-case word follows: the
#: semicolon joins two clauses (or list items) of one sentence, and the word after it is no sentence's first
#: word. Function words only: a name after a semicolon keeps its capital ("Gao, M.D.; Robert A. Comley"), and
#: a title-case item or an initial ("; The Laerdal Foundation", "; A. Isaacson") is followed by a capital or a
#: full stop, not a lower-case word.
_CAPITAL_AFTER_SEMICOLON = re.compile(
    r"(?<=[a-z0-9)\]%]);[ \t]+(?P<word>The|A|An|If|Because|When|While|This|These|Those|It|Its|They|Their|We|Our|"
    r"You|Your|There|In|For|To|As|But|And|Or|So|However|Therefore|Also|Which|Who|He|She|His|Her|Although|Though|"
    r"Since|Then|Thus|Otherwise)(?=[ \t]+[a-z])"
)


class CapitalAfterSemicolon(Rule):
    """A function word with a capital after a semicolon ("... is ≥ 140 mmHg; If at risk, ...").

    A semicolon joins two clauses, or the items of a list, inside one sentence; the word after it
    is not a sentence's first word and takes no capital. Chinese, Japanese and Korean write their
    semicolon (；) between what English writes as separate sentences, and machine translation keeps
    it with the next sentence's capital: "start treatment when blood pressure is ≥ 140 mmHg; If at risk,
    start treatment ...", "There are two types of jaggery in the market; A pure looking pale yellow one
    ...". Either the semicolon should be a full stop or the word should be in lower case; which one
    is the writer's choice, so there is no fix. Only a function word (an article, a pronoun, a
    conjunction, a preposition) followed by a lower-case word is read: a name keeps its capital
    ("Gao, M.D.; Robert A. Comley"), and a title-case item or an initial is followed by a capital or
    a full stop ("; The Laerdal Foundation", "; A. Isaacson"). Headings, table cells and quotations
    are left. On 4.9M words of MedQuAD, FakeHealth, the clean sentences and WMT22's human references it
    finds 2 (a flattened list in MedQuAD, "; A full skeletal survey", and a human translation's
    "; Because he is conscientious").
    """

    code = "TX131"
    name = "capital-after-semicolon"
    category = "text-integrity"
    severity = Severity.WARNING
    source = "Chicago Manual of Style 17th ed., 6.57-6.61 (the semicolon) and 8.1 (capitals)"
    should_fire = (
        Example("Start treatment when blood pressure is 140 mmHg; If at risk, start earlier."),
        Example("There are two types of jaggery in the market; A pure looking pale yellow one is best."),
    )
    should_not_fire = (
        "Start treatment when blood pressure is 140 mmHg; if at risk, start earlier.",
        Example("Funding came from Sparks UK; The Laerdal Foundation, Norway; and the NIH.", note="a name"),
        Example("Authors: S. Raman; M. Pless; A. Cubillo; and C. Liu.", note="initials"),
        Example("Gao, M.D.; Robert A. Comley, Ph.D.; and Jane Roe.", note="a name after the semicolon"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if "; " not in prose and ";\t" not in prose:
            return
        for m in _CAPITAL_AFTER_SEMICOLON.finditer(prose):
            s, e = m.start("word"), m.end("word")
            bi = doc.block_at(s)
            if bi is not None and doc.blocks[bi].kind in (HEADING, TABLE_CELL):
                continue
            if inside_quotes(doc, s):
                continue
            word = m.group("word")
            yield Finding(
                s,
                e,
                f"“; {word}”: a capital after a semicolon; end the sentence with a full stop, or write "
                f"“{word.lower()}”",
                (word.lower(),),
            )
