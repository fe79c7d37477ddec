"""Settings a file gives about itself, read where the file writes them.

A file can say what it is with ``medlint-document: fragment`` (front matter), ``<meta
name="medlint-document" content="fragment">`` (an HTML head) or a ``<!-- medlint-document:
fragment -->`` comment (Markdown, HTML). The page-level disclosure rules ask which kind the file
declares (``medlint.rules.disclosure._page``); the engine reports a value that names no kind
(ML906), since a misspelt directive would otherwise be dropped without a word and the
configuration's setting used in its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .config import DOCUMENT_KINDS
from .document import Document

#: the directive's key, in front matter, an HTML ``<meta name>`` or a comment
DOCUMENT_DIRECTIVE = "medlint-document"
_COMMENT_VALUE = re.compile(rf"{DOCUMENT_DIRECTIVE}\s*[:=]?\s*([\w-]+)", re.IGNORECASE)
_KEY = re.compile(re.escape(DOCUMENT_DIRECTIVE), re.IGNORECASE)


@dataclass(frozen=True)
class DeclaredDocument:
    """The kind the file declares (the first valid value), the values that name no kind, and
    where the directive is first written (offsets into the source; 0, 0 when not found)."""

    kind: str | None
    invalid: tuple[str, ...]
    start: int
    end: int


def declared_document(doc: Document) -> DeclaredDocument:
    """What ``doc`` says it is, read once per document (``Document.derived``)."""
    return doc.derived(_declared_document)


def _declared_document(doc: Document) -> DeclaredDocument:
    values: list[object] = []
    front = doc.metadata.get("front_matter")
    if isinstance(front, dict):
        values += [v for k, v in front.items() if str(k).lower().replace("_", "-") == DOCUMENT_DIRECTIVE]
    meta = doc.metadata.get("html_meta")
    if isinstance(meta, dict):
        values += [v for k, v in meta.items() if str(k).lower() == DOCUMENT_DIRECTIVE]
    for comment in doc.comments:
        m = _COMMENT_VALUE.search(comment.text)
        if m:
            values.append(m.group(1))
    if not values:
        return DeclaredDocument(None, (), 0, 0)
    kinds = [str(v).strip().lower() for v in values]
    kind = next((k for k in kinds if k in DOCUMENT_KINDS), None)
    invalid = tuple(str(v).strip() for v, k in zip(values, kinds, strict=True) if k not in DOCUMENT_KINDS)
    key = _KEY.search(doc.source)
    start, end = (key.start(), key.end()) if key else (0, 0)
    return DeclaredDocument(kind, invalid, start, end)
