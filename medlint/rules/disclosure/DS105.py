"""DS105 missing-date: No date of publication, update or review."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...rule import Example, Finding, Option, Rule
from ._shared import _ARTICLE_BODY, _found_dates, _is_health_article


class MissingDate(Rule):
    """No date of publication, update or review.

    Medical knowledge changes; a reader must know how current an article is
    (JAMA benchmark "currency"). Metadata dates and datelines near the top or
    bottom of the text count.
    """

    code = "DS105"
    name = "missing-date"
    category = "disclosure"
    severity = Severity.WARNING
    options = {
        "min-words": Option(
            100, int, "Texts with fewer words are not treated as articles and are not checked."
        )
    }
    source = (
        "JAMA benchmarks (currency; Silberg et al. 1997); HONcode principle 3 (date of last modification)"
    )
    should_fire = (_ARTICLE_BODY * 3,)
    should_not_fire = (
        "March 3, 2025\n\n" + _ARTICLE_BODY * 3,
        Example("---\ndate: 2025-03-03\n---\n\n" + _ARTICLE_BODY * 3, format="markdown"),
        Example(
            '<html><head><meta property="article:published_time" content="2025-03-03"></head><body><p>'
            + _ARTICLE_BODY * 3
            + "</p></body></html>",
            format="html",
        ),
        _ARTICLE_BODY * 3 + "\n\nLast updated: 3 March 2025",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if any(doc.metadata.get(k) for k in ("date", "updated", "reviewed")):
            return
        if not _is_health_article(doc, int(self.opts["min-words"])) or not doc.blocks:
            return
        if _found_dates(doc):
            return
        first = doc.blocks[0]
        yield Finding(first.start, first.end, "no publication, update or review date: add one")
