"""DS106 stale-review: The article was last reviewed or updated more than ``max-age-years`` ago (default 3)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.doc_kind import is_reporting
from ...rule import Example, Finding, Option, Rule
from ._shared import _ARTICLE_BODY, _NEWS_REPORT, _found_dates, lead_span, parse_date


class StaleReview(Rule):
    """The article was last reviewed or updated more than ``max-age-years`` ago (default 3).

    Health guidance is revised often; NHS and Mayo Clinic review patient pages
    every 1 to 3 years. The rule is about review and update statements: a
    ``reviewed``/``updated`` metadata field or a line such as "Last reviewed: 4
    January 2019" (the review word right before the date). When there is one, the
    newest of the review, update and publication dates is judged, at warning.

    A publication date alone (metadata, or a date on a line of its own) is weaker
    evidence: a page dated long ago and never reviewed gets an info finding; a date
    inside a sentence dates a source, not the page. A news report or press release
    (``medlint.evidence.doc_kind``) is not reviewed or updated at all, so its dateline, the
    date of a study it cites ("SOURCE: Lancet, March 3, 2016") and its "Updated"
    filing stamp are not judged; measured on real news and releases (FakeHealth),
    reading those as review dates was wrong 40 times in 40. ``today``
    (YYYY-MM-DD) pins the date for reproducible runs.

    It judges a date that is in the text, not one that is missing, so it runs the same on a
    fragment (``document = "fragment"``, see DS104): a section that states its own review date
    is stale by it.
    """

    code = "DS106"
    name = "stale-review"
    category = "disclosure"
    severity = Severity.WARNING
    options = {
        "max-age-years": Option(3.0, float, "Report a review, update or publication date older than this."),
        "today": Option("", str, "The date to measure age from, YYYY-MM-DD (empty: the real today)."),
    }
    source = (
        "NHS Information Standard (review every 3 years); HONcode principle 3; JAMA benchmarks (currency)"
    )
    should_fire = (
        Example("Last reviewed: 4 January 2019\n\n" + _ARTICLE_BODY, options={"today": "2026-01-01"}),
        Example(
            "---\nreviewed: 2020-05-01\n---\n\n" + _ARTICLE_BODY,
            format="markdown",
            options={"today": "2026-01-01"},
        ),
        Example(
            "March 3, 2015\n\n" + _ARTICLE_BODY,
            options={"today": "2026-01-01"},
            note="a page with only an old publication date: info",
        ),
    )
    should_not_fire = (
        Example("Last reviewed: 4 January 2025\n\n" + _ARTICLE_BODY, options={"today": "2026-01-01"}),
        Example(
            "---\ndate: 2015-01-01\nreviewed: 2025-06-01\n---\n\n" + _ARTICLE_BODY,
            format="markdown",
            options={"today": "2026-01-01"},
        ),
        Example(
            "March 3, 2015\n\n" + _NEWS_REPORT + "\n\nSOURCE: JRSM Open, March 1, 2015.",
            options={"today": "2026-01-01"},
            note="a dated news report and its citation date: reporting is not reviewed",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        # date.today() is fromtimestamp(time.time()), with an import of the time module at each call
        today = (
            dt.date.fromisoformat(self.opts["today"])
            if self.opts["today"]
            else dt.date.fromtimestamp(time.time())
        )
        limit = float(self.opts["max-age-years"])
        reviews: list[tuple[dt.date, int, int]] = []
        published: list[tuple[dt.date, int, int]] = []
        datelines: list[
            tuple[dt.date, int, int]
        ] = []  # publication dates in metadata or on a line of their own
        for key in ("reviewed", "updated", "date"):
            value = doc.metadata.get(key)
            if value:
                d = parse_date(str(value)[:10]) or parse_date(str(value))
                if d is not None and doc.blocks:
                    found = (d, *lead_span(doc))
                    (reviews if key != "date" else published).append(found)
                    if key == "date":
                        datelines.append(found)
        for s, e, d, review in _found_dates(doc):
            (reviews if review else published).append((d, s, e))
            if not review and _on_short_line(doc, s, e):
                datelines.append((d, s, e))
        if reviews:
            newest = max(reviews + published, key=lambda c: c[0])
            severity = Severity.WARNING
            what = "last reviewed or updated"
            advice = "review the article against current guidance"
        elif datelines and not is_reporting(doc):
            # a date inside a sentence ("published March 3, 2016 in the Lancet") dates a source, not the page
            newest = max(datelines, key=lambda c: c[0])
            severity = Severity.INFO
            what = "published"
            advice = "no review or update date is given: review the article and say when"
        else:
            return
        age = (today - newest[0]).days / 365.25
        if age > limit:
            yield Finding(
                newest[1],
                newest[2],
                f"{what} {newest[0].isoformat()}, {age:.1f} years ago (limit {limit:g}): {advice}",
                data={"date": newest[0].isoformat(), "age_years": round(age, 2)},
                severity=severity,
            )


def _on_short_line(doc: Document, start: int, end: int, max_other: int = 40) -> bool:
    """The date stands on a line of its own or nearly ("Published: March 3, 2015"), as a dateline does."""
    ls = doc.source.rfind("\n", 0, start) + 1
    le = doc.source.find("\n", end)
    return (len(doc.source) if le == -1 else le) - ls - (end - start) <= max_other
