"""DS105 missing-date: No date of publication, update or review."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...rule import Example, Finding, Option, Rule
from ...text.dates import MONTH_NAME
from ...text.lazy_re import lazy_compile
from ._page import document_kind, no_page_message, shows_page
from ._shared import _ARTICLE_BODY, _found_dates, _is_health_article, lead_span

#: a wire dateline that gives the day and leaves out the year by convention, at the head of a report:
#: "SEATTLE, June 24 --", "WEDNESDAY, Jan. 27 (HealthDay News) --" (its year is the day it ran)
_YEARLESS_DATELINE = lazy_compile(
    rf"\b(?:[A-Z]{{3,}}DAY|[A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]+)*),\s+(?:[A-Z][a-z.]+(?:\s+|(?<=\.)))?"
    rf"(?i:{MONTH_NAME})\.?\s+\d{{1,2}}\s*(?:\([^()\n]{{2,40}}\)\s*)?(?:--|[\u2013\u2014]|-(?=\s))\s"
)

#: a day the text itself names as its own: a release "published today [May 3]", "published today,
#: Friday, April 13", "published today (28/04/17)"; a dated correction or update note: "CORRECTION
#: (Feb. 12, 11:50 a.m.):", "Update Feb. 17, 10:30 a.m.:", "FOR THE RECORD / June 25, 4:06 p.m.:",
#: "in an earlier version of this article (5/8/15)"
_DAY = rf"(?:{MONTH_NAME}\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH_NAME}\b|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b)"
#: matched on the lower-cased text, at each place one of its words stands
_OWN_DAY = lazy_compile(
    rf"published\s+today[\s,(\[]{{1,3}}(?:[a-z]+day,?\s+)?{_DAY}"
    rf"|(?:corrections?|update|for\s+the\s+record|an\s+earlier\s+version\s+of\s+this\s+article)[\s:(]{{1,6}}{_DAY}"
    # the page's own history: "The first version of this page was originally published on March 12."
    rf"|originally\s+(?:published|posted|appeared)\s+(?:online\s+)?(?:on\s+)?{_DAY}"
)
#: the words those notes open with: the pattern runs only where one stands
_OWN_DAY_WORDS = (
    "published today",
    "correction",
    "update",
    "for the record",
    "an earlier version",
    "originally",
)
#: how far into the text a dateline may stand (a crawled page runs its header into the first line)
_DATELINE_REACH = 600
#: ``_PLAIN_YEARLESS`` turns off the test ``_dash_then_space`` (tests/test_doc_kind_fast_path.py
#: compares the two)
_PLAIN_YEARLESS = False


class MissingDate(Rule):
    """No date of publication, update or review.

    Medical knowledge changes; a reader must know how current an article is
    (JAMA benchmark "currency"). Metadata dates and datelines near the top or
    bottom of the text count, and so does a wire dateline at the head of a report
    that gives the day without the year ("SEATTLE, June 24 --", "LONDON, Jan 8
    (Reuters) - "), as news services write it. So does a day the text names as
    its own anywhere: a release "published today [May 3]", a dated correction
    or update note ("CORRECTION (Feb. 12, 11:50 a.m.):", "Update Feb. 17").

    What a file is decides whether that absence means anything (``document`` in the config,
    ``--document``, or ``medlint-document:`` in the file; ``_page.py`` says why): off on a
    fragment (a section cut from a page has none of its page's furniture), an info note that says
    so on a text that shows no sign of being a whole page (``doc_kind.page_signs``), a warning on
    a page. On 1,500 development MedQuAD answers (each linted alone) this rule's warnings fell
    from 669 to 3; on FakeHealth's 2,128 whole news stories and releases, 5 became notes and
    precision held.
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
    should_fire = (
        Example("Zinc and colds\n\n" + _ARTICLE_BODY * 3, note="a page: a title over its body"),
        Example(_ARTICLE_BODY * 3, note="no sign of a whole page: an info note"),
    )
    should_not_fire = (
        Example(
            "---\nmedlint-document: fragment\n---\n\n# Zinc and colds\n\n" + _ARTICLE_BODY * 3,
            format="markdown",
            note="a file that says it is a section of a page",
        ),
        "March 3, 2025\n\n" + _ARTICLE_BODY * 3,
        Example("---\ndate: 2025-03-03\n---\n\n" + _ARTICLE_BODY * 3, format="markdown"),
        Example(
            '<html><head><meta property="article:published_time" content="2025-03-03"></head><body><p>'
            + _ARTICLE_BODY * 3
            + "</p></body></html>",
            format="html",
        ),
        _ARTICLE_BODY * 3 + "\n\nLast updated: 3 March 2025",
        Example("SEATTLE, June 24 -- " + _ARTICLE_BODY * 3, note="a wire dateline without its year"),
        Example(
            _ARTICLE_BODY * 3 + "\n\nCORRECTION (Feb. 12, 11:50 a.m.): An earlier version misspelled a name."
        ),
        Example(
            "Heart scans outperform stress tests - 10/26/2015\n\n" + _ARTICLE_BODY * 3, note="a numeric date"
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        kind = document_kind(self, doc)
        if kind == "fragment" or any(doc.metadata.get(k) for k in ("date", "updated", "reviewed")):
            return
        if not _is_health_article(doc, int(self.opts["min-words"])) or not doc.blocks:
            return
        if names_date(doc):
            return
        if kind == "auto" and not shows_page(doc):
            yield Finding(
                *lead_span(doc),
                no_page_message("no publication, update or review date", "add one"),
                severity=Severity.INFO,
            )
            return
        yield Finding(*lead_span(doc), "no publication, update or review date: add one")


def names_date(doc: Document) -> bool:
    """A date of publication, update or review: in the metadata, near the top or bottom, a wire
    dateline without its year, or a day the text names as its own. Cached."""
    return doc.derived(_names_date)


def _names_date(doc: Document) -> bool:
    if any(doc.metadata.get(k) for k in ("date", "updated", "reviewed")):
        return True
    if not doc.blocks:
        return False
    if _found_dates(doc):
        return True
    if _yearless_dateline(doc):
        return True
    return _names_its_day(doc.lower)


def _yearless_dateline(doc: Document) -> bool:
    """A wire dateline without its year in the text's first ``_DATELINE_REACH`` characters."""
    start = doc.blocks[0].start
    end = min(len(doc.prose), start + _DATELINE_REACH)
    if not _PLAIN_YEARLESS and not _dash_then_space(doc.prose, start, end):
        return False
    return bool(_YEARLESS_DATELINE.search(doc.prose, start, end))


def _dash_then_space(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a dash ("-", an en or an em dash) followed by white space,
    as every match of ``_YEARLESS_DATELINE`` closes ("--", "\u2013", "-(?=\\s)", then "\\s"). Found
    with ``str.find`` (the dateline pattern is tried at every capital letter, a regex character
    class at every character): most texts hold no such dash in their first lines."""
    for dash in "-\u2013\u2014":
        at = text.find(dash, start, end)
        while at != -1:
            if at + 1 < end and text[at + 1].isspace():
                return True
            at = text.find(dash, at + 1, end)
    return False


def _names_its_day(lower: str) -> bool:
    """A release's "published today [May 3]" or a dated correction or update note, looked for
    only where one of their words stands (in the lower-cased text: no case-folding regex)."""
    for word in _OWN_DAY_WORDS:
        at = lower.find(word)
        while at != -1:
            if _OWN_DAY.match(lower, at):
                return True
            at = lower.find(word, at + len(word))
    return False
