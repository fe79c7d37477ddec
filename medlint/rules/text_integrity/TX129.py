"""TX129 asterisk-placeholder: asterisks standing where a word was ("the *** and adverse reactions")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...rule import Example, Finding, Rule

#: A run of two or more asterisks standing alone: a space (or a line start) before it, and a space, a
#: closing mark or a line end after it. Emphasis markers are glued to the words they mark ("**Note**"), and
#: a footnote mark to the word it follows ("age 25**"), so neither stands alone.
_RUN = re.compile(r"(?:(?<=[ \t])|(?<=^))\*{2,}(?=[ \t]|[.,;:!?)\]\u201d\"']|$)", re.MULTILINE)
#: The word just before the run, one space between (a possessive's "'s" included).
_WORD_BEFORE = re.compile(r"([A-Za-z]+(?:['\u2019]s)?)[ \t]+$")
#: Words that need a word after them: articles, possessives, prepositions and conjunctions. A run after
#: one of them stands in a noun's place ("the ***", "the body's **", "of ***"); after any other word it may
#: be a rating, a spoken bleep or a mark the text talks about ("write xxx *** or ...").
_NEEDS_A_WORD = frozenset(
    "the a an this that these those your my our their his her its of to for with in on by from about "
    "and or than".split()
)


class AsteriskPlaceholder(Rule):
    """Asterisks standing where a word was ("the *** and adverse reactions").

    Pages copied from platforms that mask words they will not print (Chinese content farms mask drug and
    disease names as "*" runs; some translation tools mask a term they could not render) keep the
    masks: "pay attention to the *** and adverse reactions of the drug", "to promote the body's **.". A
    reader cannot tell what was meant. A run of two or more asterisks that stands alone, a space before
    it and a space or a closing mark after it, right after a word that needs one after it (an article,
    a possessive, a preposition or a conjunction) is reported. Emphasis ("**Note**") and footnote marks
    ("beginning at age 25**") are glued to their words and never stand alone; a line of asterisks is a
    section break; a run after any other word ("write xxx *** or ...", a rating) is left.
    """

    code = "TX129"
    name = "asterisk-placeholder"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Chicago Manual of Style, 17th ed., 6.3 (every mark has a function the reader can tell); "
        "W3C, Understanding WCAG 2.1, 3.1 (Readable): text a reader cannot interpret"
    )
    should_fire = (
        Example("Pay attention to the *** and adverse reactions of the drug."),
        Example("Relax to promote the body's **."),
    )
    should_not_fire = (
        Example("Annual screening beginning at age 25** and yearly exams."),
        Example("**Note:** take it with food.", note="emphasis in plain text"),
        Example("Write xxx *** or leave a blank.", note="a run after a word that needs none"),
        Example("***", note="a section break"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if "**" not in prose:
            return
        for m in _RUN.finditer(prose):
            line_start = prose.rfind("\n", 0, m.start()) + 1
            before = _WORD_BEFORE.search(prose, max(line_start, m.start() - 40), m.start())
            if before is None:
                continue
            word = before.group(1).lower()
            if not (word in _NEEDS_A_WORD or word.endswith(("'s", "\u2019s"))):
                continue
            yield Finding(
                m.start(),
                m.end(),
                f"“{before.group(1)} {m.group()}”: asterisks stand where a word was (a platform's mask or a "
                "term the translation lost); write the word",
            )
