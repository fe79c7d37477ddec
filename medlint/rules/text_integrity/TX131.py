"""TX131 mid-sentence-capital: A function word with a capital after a comma or a semicolon ("... 140 mmHg; If at risk", "problems, The disorder")."""

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
    r"(?:(?<=[a-z0-9)\]%]);|(?<=[a-z]),)[ \t]+(?P<word>The|A|An|If|Because|When|While|This|These|Those|It|Its|They|"
    r"Their|We|Our|You|Your|There|In|For|To|As|But|And|Or|So|However|Therefore|Also|Which|Who|He|She|His|Her|"
    r"Although|Though|Since|Then|Thus|Otherwise|Many|Most|Some|All|Each|Every)(?=[ \t]+[a-z])"
)
#: A greeting or a sign-off line, where a comma is followed by the letter's first words ("Hi All, We are ...")
_GREETING = re.compile(r"(?:hi|hello|dear|greetings|hey)\b", re.IGNORECASE)


class MidSentenceCapital(Rule):
    """A function word with a capital after a comma or a semicolon ("... 140 mmHg; If at risk", "problems, The disorder").

    A semicolon joins two clauses, or the items of a list, inside one sentence; the word after it
    is not a sentence's first word and takes no capital. After a comma, a capitalised "The", "But" or
    "While" is a sentence whose full stop was lost ("and vision problems, The disorder's main features
    are ...", "the Centers for Disease Control and Prevention, But as many as 20 out of 100 infants ...",
    a speaker's words that lost their quotation marks: "said, Many factors in life ..."). Chinese, Japanese and Korean write their
    semicolon (；) between what English writes as separate sentences, and machine translation keeps
    it with the next sentence's capital: "start treatment when blood pressure is ≥ 140 mmHg; If at risk,
    start treatment ...", "There are two types of jaggery in the market; A pure looking pale yellow one
    ...". Either the mark should be a full stop or the word should be in lower case; which one
    is the writer's choice, so there is no fix. A greeting's comma is left ("Hi All, We are ..."). Only a function word (an article, a pronoun, a
    conjunction, a preposition) followed by a lower-case word is read: a name keeps its capital
    ("Gao, M.D.; Robert A. Comley"), and a title-case item or an initial is followed by a capital or
    a full stop ("; The Laerdal Foundation", "; A. Isaacson"). Headings, table cells and quotations
    are left. On 4.9M words of MedQuAD, FakeHealth, the clean sentences and WMT22's human references it
    finds 7, each a lost full stop or a capital an editor lowers (a flattened list in MedQuAD, "; A full
    skeletal survey", its "problems, The disorder's", three in FakeHealth and a human translation's
    "; Because he is conscientious" and "According to Hollywood, It is").
    """

    code = "TX131"
    name = "mid-sentence-capital"
    category = "text-integrity"
    severity = Severity.WARNING
    source = "Chicago Manual of Style 17th ed., 6.57-6.61 (the semicolon) and 8.1 (capitals)"
    should_fire = (
        Example("Start treatment when blood pressure is 140 mmHg; If at risk, start earlier."),
        Example("There are two types of jaggery in the market; A pure looking pale yellow one is best."),
        Example("Symptoms include tremor and vision problems, The disorder starts early."),
    )
    should_not_fire = (
        "Start treatment when blood pressure is 140 mmHg; if at risk, start earlier.",
        Example("Funding came from Sparks UK; The Laerdal Foundation, Norway; and the NIH.", note="a name"),
        Example("Authors: S. Raman; M. Pless; A. Cubillo; and C. Liu.", note="initials"),
        Example("Gao, M.D.; Robert A. Comley, Ph.D.; and Jane Roe.", note="a name after the semicolon"),
        Example("Hi all, We are organising the meeting.", note="a greeting"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if "; " not in prose and ", " not in prose:
            return
        for m in _CAPITAL_AFTER_SEMICOLON.finditer(prose):
            s, e = m.start("word"), m.end("word")
            bi = doc.block_at(s)
            if bi is not None and doc.blocks[bi].kind in (HEADING, TABLE_CELL):
                continue
            if inside_quotes(doc, s):
                continue
            line_start = prose.rfind("\n", 0, s) + 1
            if _GREETING.match(prose, line_start):
                continue
            word = m.group("word")
            mark = prose[m.start()]
            name = "semicolon" if mark == ";" else "comma"
            yield Finding(
                s,
                e,
                f"“{mark} {word}”: a capital after a {name}; end the sentence with a full stop, or write "
                f"“{word.lower()}”",
                (word.lower(),),
            )
