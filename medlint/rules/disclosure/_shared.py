"""Helpers used by several disclosure rules."""

from __future__ import annotations

import datetime as dt
import re

from ...document import Document
from ...evidence.doc_kind import is_reporting
from ...evidence.health_subject import HEALTH_CORE
from ...text.dates import DATE as _DATE
from ...text.dates import parse_date
from ...text.lazy_re import lazy_compile


def lead_span(doc: Document) -> tuple[int, int]:
    """Where a finding about the whole document goes: the article's title when the format names
    one (an HTML page's ``h1``, ``metadata["lead"]``), else the first block. On a saved web page the
    first block is often a site word that survived ("Homepage", "Log In"); a finding anchored there
    points at nothing the editor would change. Callers check ``doc.blocks`` first."""
    lead = doc.metadata.get("lead")
    if isinstance(lead, list) and len(lead) == 2:
        return int(lead[0]), int(lead[1])
    first = doc.blocks[0]
    return first.start, first.end


_GOOD_DISCLAIMER = (
    "Zinc may shorten colds in adults. Sleep and fluids help most people recover within a week.\n\n"
    "This article is for informational purposes only and is not a substitute for professional medical advice. "
    "Always consult your doctor about your health."
)


_ARTICLE_BODY = (
    "Zinc lozenges may shorten a cold by about a day in adults, according to a 2017 review in JRSM Open. "
    "The effect is small, and high doses can upset the stomach. Children should not take adult doses. "
    "People who take antibiotics should ask a pharmacist first, because zinc can change how some drugs are absorbed. "
    "Most colds get better on their own within seven to ten days with rest and fluids. "
)


_NEWS_REPORT = (
    "CHICAGO (Reuters) - Zinc lozenges shortened colds by about a day in adults, researchers said on Monday. "
    + _ARTICLE_BODY
    + "\n\n\u201cThe effect is small,\u201d said Dr. Ann Lee, who led the study. \u201cBut it is real.\u201d "
    "The team says a larger trial is planned."
)


def _is_health_article(doc: Document, min_words: int) -> bool:
    if doc.word_count < min_words:
        return False
    return doc.derived(_names_health_three_times)


def _names_health_three_times(doc: Document) -> bool:
    hits = HEALTH_CORE.finditer(doc.lower)
    return sum(1 for _, _m in zip(range(3), hits, strict=False)) >= 3  # stop at the third


# a review or update statement ends right before its date: "Last reviewed: 4 January 2019",
# "Page last updated on", "Medically reviewed by Dr. Sam Lee on"; a dateline or a citation
# ("SOURCE: Lancet, March 3, 2016") is a publication date, not a review
_REVIEW_LINE = lazy_compile(
    r"\b(?:(?:page|content|article)\s+)?(?:last\s+)?(?:medically\s+)?(?P<word>reviewed|updated|revised|modified|"
    r"review(?:\s+date)?|update)(?:\s+by\s+[^\n:;]{1,60}?)?(?:\s+(?:on|in))?\s*[:|\u2013\u2014-]?\s*$",
    re.IGNORECASE,
)


#: on a saved page, the blocks under the article's title that may be its byline or date line ...
_LEAD_BLOCKS = 4
#: ... each a line of at most this many words ("By admin - 2018-09-16", "October 12, 2017"); a
#: paragraph of the text is not (its dates are the story's: "runs until 20 January 2019")
_LEAD_LINE_WORDS = 12


def _head_and_tail(doc: Document, lines: int = 15) -> list[tuple[int, int]]:
    """Where a byline or date stands: the first and last ``lines`` lines, and on a saved page the
    short lines among the ``_LEAD_BLOCKS`` blocks under the article's title (``metadata["lead"]``).
    A page's file begins with its site's header, often hundreds of lines above the article, whose
    byline and date line ("October 12, 2017" under the headline) sit beside its title."""
    n = doc.line_count
    ranges = [(doc.line_span(1)[0], doc.line_span(min(n, lines))[1])]
    if n > lines:
        ranges.append((doc.line_span(max(1, n - lines))[0], len(doc.source)))
    lead = doc.metadata.get("lead")
    if isinstance(lead, list) and len(lead) == 2:
        i = doc.block_at(int(lead[0]))
        if i is not None:
            for b in doc.blocks[i + 1 : i + 1 + _LEAD_BLOCKS]:
                if len(doc.prose[b.start : b.end].split()) > _LEAD_LINE_WORDS:
                    continue
                if not any(s <= b.start and b.end <= e for s, e in ranges):
                    ranges.append((doc.prose.rfind("\n", 0, b.start) + 1, b.end))
    return ranges


# a year, \b(?:19|20)\d\d\b: the word boundary is read behind the first two digits, so that re
# searches for a "1" or a "2" instead of trying the boundary at every position of the text
_YEAR = lazy_compile(r"(?:19|20)(?<=\b\d\d)\d\d\b")


def _found_dates(doc: Document) -> list[tuple[int, int, dt.date, bool]]:
    """Dates near the top or bottom: (start, end, date, is_review_or_update). Cached per document."""
    return doc.derived(_scan_dates)


def _scan_dates(doc: Document) -> list[tuple[int, int, dt.date, bool]]:
    # a news report's "Updated" stamp is when it was filed, not a review
    reporting = is_reporting(doc)
    out = []
    seen: set[int] = set()
    for s, e in _head_and_tail(doc):
        # every date holds a year: try the full pattern only on the line around each year
        for y in _YEAR.finditer(doc.prose, s, e):
            ls = max(s, doc.prose.rfind("\n", 0, y.start()) + 1)
            if ls in seen:
                continue
            seen.add(ls)
            le = doc.prose.find("\n", y.end())
            le = len(doc.prose) if le == -1 else le
            # clamped to the range: a saved page's date line may share its source line with the text
            for m in _DATE.finditer(doc.prose, ls, min(le, e)):
                d = parse_date(m.group())
                if d is None:
                    continue
                rm = _REVIEW_LINE.search(doc.prose, max(ls, m.start() - 100), m.start())
                review = rm is not None and (rm.group("word").lower().startswith("review") or not reporting)
                out.append((m.start(), m.end(), d, review))
    return out
