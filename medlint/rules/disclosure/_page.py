"""Whether a text is a whole page, for the checks that judge a whole page (DS101, DS104, DS105).

A page's byline, date and disclaimer are page furniture. A section cut from a page (one answer of a
Q&A page, a CMS body field, an excerpt, a docs-site include) carries none of it, and "no author" said
of it is said of a page the linter never saw. What a file is comes from, in order:

1. the file itself: ``medlint-document: fragment`` in its front matter, a
   ``<meta name="medlint-document" content="fragment">`` in an HTML head, or a
   ``<!-- medlint-document: fragment -->`` comment (Markdown, HTML);
2. the configuration: ``document = "auto" | "page" | "fragment"`` (``Config.document``);
3. with ``"auto"`` (the default), the text's structure: ``shows_page`` below.
"""

from __future__ import annotations

from collections.abc import Callable

from ...document import Document
from ...evidence.disclaimer import DISCLAIMER_START, find_disclaimers
from ...evidence.doc_kind import page_signs
from ...file_settings import declared_document
from ...rule import Rule

#: why a page-level finding on a text that shows no page metadata is only a note
NO_PAGE_NOTE = (
    "this text shows no page metadata (no title over a body, byline, date, front matter or page head) "
    "and may be a section of a page"
)


def no_page_message(what: str, advice: str) -> str:
    """The info note's message: what is missing, why it is only a note, and what to do."""
    return f'{what}, but {NO_PAGE_NOTE}: if it is a whole article, {advice} (or set document = "page")'


def declared_kind(doc: Document) -> str | None:
    """What the file says it is (``page``, ``fragment`` or ``auto``), or None when it says nothing
    or names no valid kind (the engine reports such a value: ML906)."""
    return declared_document(doc).kind


def document_kind(rule: Rule, doc: Document) -> str:
    """``page``, ``fragment`` or ``auto``: the file's own word, else the configuration's."""
    return declared_kind(doc) or rule.config.document


def names_disclaimer(doc: Document) -> bool:
    """A medical disclaimer in the metadata or the text (complete or broken off)."""
    return bool(
        doc.metadata.get("disclaimer")
        or find_disclaimers(doc)
        or any(DISCLAIMER_START.match(doc.prose, b.start) for b in doc.blocks)
    )


def shows_page(doc: Document) -> bool:
    """The text shows itself to be a whole page or article: the format's and layout's marks
    (``doc_kind.page_signs``: page metadata, a title over a body, sections, reporting), or page
    furniture the disclosure rules find themselves (a byline, a date, a disclaimer). Cached."""
    return doc.derived(_shows_page)


def _shows_page(doc: Document) -> bool:
    global _FURNITURE
    if page_signs(doc):
        return True
    if _FURNITURE is None:
        # imported at the first call (those rule modules import this one), not at each: an
        # import statement costs microseconds even when its module is loaded
        from .DS104 import names_author
        from .DS105 import names_date

        _FURNITURE = (names_author, names_date)
    author, date = _FURNITURE
    return author(doc) or date(doc) or names_disclaimer(doc)


#: DS104's ``names_author`` and DS105's ``names_date``, once ``_shows_page`` has imported them
_FURNITURE: tuple[Callable[[Document], bool], Callable[[Document], bool]] | None = None
