"""TX106 mixed-quote-styles: Straight and curly double quotes mixed in one document."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...rule import Finding, Rule
from ...text.quotes import double_quotes


class MixedQuoteStyles(Rule):
    """Straight and curly double quotes mixed in one document.

    A mix betrays text pasted from different sources (often a translation
    pasted into a template). Reported once, at the first quote of the less
    frequent style.
    """

    code = "TX106"
    name = "mixed-quote-styles"
    category = "text-integrity"
    severity = Severity.INFO
    source = "House-style consistency (Chicago Manual of Style 17th ed., 6.115 on smart quotes)"
    should_fire = ('He said \u201cyes\u201d. She said "no". They said \u201cmaybe\u201d.',)
    should_not_fire = ("He said \u201cyes\u201d. She said \u201cno\u201d.", 'He said "yes". She said "no".')

    def check(self, doc: Document) -> Iterable[Finding]:
        marks = list(double_quotes(doc.prose))
        kinds = {k for _, k in marks}
        if len(kinds) < 2:
            return
        straight = sum(1 for _, k in marks if k == "straight")
        minority = "straight" if straight <= len(marks) - straight else "curly"
        at = next(o for o, k in marks if k == minority)
        yield Finding(
            at,
            at + 1,
            f"{minority} quotes mixed with {'curly' if minority == 'straight' else 'straight'} quotes",
        )
