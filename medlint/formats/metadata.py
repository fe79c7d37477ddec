"""Normalise article metadata (front matter, HTML meta, JSON-LD) to one set of keys.

Rules ask for ``author``, ``date``, ``updated``, ``reviewed``, ``reviewed_by``,
``references``, ``disclaimer``, ``title``, ``description`` and never need to
know whether a site says ``datePublished``, ``published_at`` or ``pubdate``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

#: Besides sites' own names, the standard vocabularies of page metadata: Dublin Core (``dc.``,
#: ``dcterms.``: journal and library pages), Highwire Press / Google Scholar (``citation_``:
#: every journal article page PubMed and Google Scholar index) and Parse.ly (news sites).
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "og:title", "citation_title", "dc.title", "dcterms.title"),
    "author": (
        "author",
        "authors",
        "byline",
        "written_by",
        "writer",
        "creator",
        "article:author",
        "og:article:author",
        "citation_author",
        "dc.creator",
        "dcterms.creator",
        "parsely_author",
    ),
    "date": (
        "date",
        "published",
        "publish_date",
        "published_at",
        "pubdate",
        "date_published",
        "datepublished",
        "article:published_time",
        "og:article:published_time",
        "publication_date",
        "created",
        "citation_publication_date",
        "citation_date",
        "citation_online_date",
        "dc.date",
        "dc.date.issued",
        "dcterms.issued",
        "dcterms.created",
        "dcterms.date",
        "parsely_pub_date",
    ),
    "updated": (
        "updated",
        "last_updated",
        "modified",
        "date_modified",
        "lastmod",
        "datemodified",
        "article:modified_time",
        "og:article:modified_time",
        "last_modified",
        "updated_at",
        "dcterms.modified",
    ),
    "reviewed": (
        "reviewed",
        "last_reviewed",
        "review_date",
        "reviewed_on",
        "lastreviewed",
        "medically_reviewed_date",
        "reviewed_date",
    ),
    "reviewed_by": ("reviewed_by", "medically_reviewed_by", "reviewer", "reviewedby", "medical_reviewer"),
    "references": ("references", "sources", "citations", "bibliography", "citation"),
    "disclaimer": ("disclaimer", "medical_disclaimer"),
    "description": ("description", "summary", "og:description"),
    "disclosure": ("disclosure", "funding", "conflicts_of_interest", "competing_interests", "sponsor"),
}
_LOOKUP = {alias: key for key, aliases in ALIASES.items() for alias in aliases}


def _plain(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        name = value.get("name") or value.get("@id")
        return str(name) if name else {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def normalize_metadata(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Known keys under their canonical names; the first alias present wins."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        canon = _LOOKUP.get(str(key).strip().lower().replace("-", "_").replace(" ", "_"))
        if canon is None:
            canon = _LOOKUP.get(str(key).strip().lower())
        if canon is None or canon in out or value in (None, "", [], {}):
            continue
        out[canon] = _plain(value)
    return out
