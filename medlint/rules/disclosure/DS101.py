"""DS101 missing-disclaimer: A health article with no medical disclaimer; a warning only on pages that advise patients."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.doc_kind import is_patient_information, is_reporting
from ...evidence.health_subject import health_words
from ...rule import Example, Finding, Option, Rule
from ._page import document_kind, names_disclaimer, no_page_message, shows_page
from ._shared import (
    _ARTICLE_BODY,
    _GOOD_DISCLAIMER,
    _NEWS_REPORT,
    _is_health_article,
    lead_span,
)

#: Highwire Press / Google Scholar metadata that names the journal an article page belongs to
#: (``medlint.formats.metadata``): every journal article page PubMed and Google Scholar index has it
_JOURNAL_META = ("citation_journal_title", "citation_journal_abbrev")


def _journal_article(doc: Document) -> bool:
    """The page's metadata names the journal it is an article of: written for clinicians and
    researchers, and a journal prints no reader's disclaimer under its papers."""
    meta = doc.metadata.get("html_meta")
    return isinstance(meta, dict) and any(meta.get(key) for key in _JOURNAL_META)


#: schema.org's news types (https://schema.org/NewsArticle and its subtypes): a page that declares one of
#: them of itself is a newspaper's or agency's story, whatever its text's own marks
_NEWS_TYPES = frozenset(
    {
        "NewsArticle",
        "AnalysisNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "LiveBlogPosting",
    }
)


def _news_page(doc: Document) -> bool:
    """The page's own markup says it is news: a schema.org news type (JSON-LD ``@type`` or microdata
    ``itemtype``) or the Google News ``news_keywords`` tag, which only news sites set. A reader's
    view of the text alone can miss it (a case story told without a dateline, business news)."""
    types = doc.metadata.get("schema_types")
    if isinstance(types, list) and _NEWS_TYPES.intersection(types):
        return True
    meta = doc.metadata.get("html_meta")
    return isinstance(meta, dict) and bool(meta.get("news_keywords"))


class MissingDisclaimer(Rule):
    """A health article with no medical disclaimer; a warning only on pages that advise patients.

    Readers need to be told that an article informs and does not replace their
    doctor (HONcode principle 2, "complementarity"). That principle is written for
    pages that give the reader health advice: a patient-information page, a
    self-care guide, a product page. News reports and press releases carry no
    medical disclaimer, and a health editor would not add one, so they get no
    finding; on any other page whose own voice gives no advice the finding is info
    (``medlint.evidence.doc_kind`` reads the kind of document from its structure: datelines,
    wire headers, media contacts, reported speech, advice sentences, patient
    sections). Measured on real news and releases (FakeHealth), firing at warning
    everywhere was right 0 times in 40, and the info note that replaced it on news
    was right 0 times in 39.

    A disclaimer is recognised by its components, not a heading. Sites that keep
    the disclaimer in the page template can say so with ``disclaimer = "site"`` in
    the config, and an article can point to one with a ``disclaimer:`` front-matter
    field.

    What a file is decides whether that absence means anything (``document`` in the config,
    ``--document``, or ``medlint-document:`` in the file; ``_page.py`` says why): off on a
    fragment (a section cut from a page has none of its page's furniture), an info note that says
    so on a text that shows no sign of being a whole page (``doc_kind.page_signs``), a warning on
    a page. On 1,500 development MedQuAD answers (each linted alone) this rule's warnings fell
    from 633 to 4; on FakeHealth's 2,128 whole news stories and releases its findings did not
    change.

    A long text that names a health subject less than once in ``words-per-health-word`` words
    (a gardening guide that mentions plant diseases, a banking column, a political essay) is not
    a health article, and a journal's article page (its metadata names the journal) is written for
    clinicians: neither gets the note. Nor does a saved page whose own markup declares it news (a
    schema.org ``NewsArticle`` type, Google News's ``news_keywords`` tag): on the development saved pages
    (trafilatura and aeb) all 7 DS101 findings were on news pages, labelled false, two of them at
    warning where the story's text showed no dateline or reported speech.
    """

    code = "DS101"
    name = "missing-disclaimer"
    category = "disclosure"
    severity = Severity.WARNING
    options = {
        "min-words": Option(
            100, int, "Texts with fewer words are not treated as articles and are not checked."
        ),
        "words-per-health-word": Option(
            300,
            int,
            "Texts that name a health subject less often than once in this many words are not health "
            "articles and are not checked.",
        ),
    }
    source = "HONcode principle 2 (complementarity); JAMA benchmarks (disclosure); DISCERN item 15"
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
        Example(_NEWS_REPORT, note="a news report: reporting carries no disclaimer"),
        _ARTICLE_BODY * 3 + "\n\n" + _GOOD_DISCLAIMER,
        Example(
            "---\ndisclaimer: https://example.org/medical-disclaimer\n---\n\n" + _ARTICLE_BODY * 3,
            format="markdown",
        ),
        Example("Short note about a clinic opening time.", note="not a health article"),
        Example(
            '<html><head><script type="application/ld+json">{"@type": "NewsArticle"}</script></head><body>'
            "<article><h1>Zinc and colds</h1><p>" + _ARTICLE_BODY * 3 + "</p></article></body></html>",
            format="html",
            note="a page whose own markup declares it news",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        kind = document_kind(self, doc)
        if kind == "fragment" or self.config.disclaimer == "site" or doc.metadata.get("disclaimer"):
            return
        if not _is_health_article(doc, int(self.opts["min-words"])) or not doc.blocks:
            return
        if doc.derived(health_words) * int(self.opts["words-per-health-word"]) < doc.word_count:
            return  # health named in passing: not a health article
        if _journal_article(doc):
            return  # a journal's paper: written for clinicians, and journals print no disclaimer
        if names_disclaimer(doc):
            return  # present (perhaps broken off); DS102 judges whether it is complete
        if _news_page(doc):
            return  # a news story by its own markup: reporting carries no disclaimer
        start, end = lead_span(doc)
        if kind == "auto" and not shows_page(doc):
            yield Finding(
                start, end, no_page_message("no medical disclaimer", "add one"), severity=Severity.INFO
            )
            return
        if is_patient_information(doc):
            yield Finding(
                start,
                end,
                "no medical disclaimer: add that the article is for information only, is not a substitute for "
                "professional advice, and that readers should consult their doctor",
            )
            return
        if is_reporting(doc):
            return  # news reports and press releases carry none, and an editor would not add one
        yield Finding(
            start,
            end,
            "no medical disclaimer (a page that gives no advice, so only a note): add one if readers may act "
            "on the article",
            severity=Severity.INFO,
        )
