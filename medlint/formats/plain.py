"""Plain text: blank lines separate blocks; URLs and list markers are not prose."""

from __future__ import annotations

from ..document import Document
from ._prose import apply_replacements, find_urls, list_marker_spans, plain_blocks


def load(source: str) -> Document:
    links = find_urls(source)
    replacements: list[tuple[int, int, str | None]] = [(lk.start, lk.end, None) for lk in links]
    if source.startswith("\ufeff"):
        replacements.append((0, 1, None))
    prose = apply_replacements(source, replacements)
    blocks = plain_blocks(prose)
    markers = list_marker_spans(source, blocks)
    if markers:
        prose = apply_replacements(prose, markers)
    return Document(source=source, prose=prose, format="text", blocks=blocks, links=links)
