"""Helpers used by several repetition rules."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import HEADING, TABLE_CELL, Document
from ...rule import Finding


def _normalized_units(doc: Document) -> list[tuple[int, int, bool, str, int]]:
    """Headings and sentences in order as (start, end, is_heading, normalized text, words),
    built once per document for RP102 and RP103."""
    return doc.derived(_build_units)


def _build_units(doc: Document) -> list[tuple[int, int, bool, str, int]]:
    units: list[tuple[int, int, bool]] = [(b.start, b.end, True) for b in doc.blocks if b.kind == HEADING]
    units += [
        (s.start, s.end, False)
        for s in doc.sentences
        if doc.blocks[s.block].kind not in (HEADING, TABLE_CELL)
    ]
    units.sort()
    out = []
    for start, end, is_heading in units:
        key = doc.words_key(start, end)
        out.append((start, end, is_heading, key, key.count(" ") + 1 if key else 0))
    return out


def _repeats(doc: Document, min_words: int, want_heading: bool) -> Iterator[Finding]:
    seen: dict[str, tuple[int, int, bool]] = {}
    for start, end, is_heading, key, n_words in _normalized_units(doc):
        if n_words < min_words:
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = (start, end, is_heading)
            continue
        involves_heading = is_heading or first[2]
        if involves_heading != want_heading:
            continue
        what = "heading" if want_heading else "sentence"
        line = doc.position(first[0]).line
        yield Finding(
            start,
            end,
            f"this {what} repeats line {line}: {_short(doc.prose[start:end])!r}",
            related=((first[0], first[1], "first occurrence"),),
        )


#: A line at least this long is a paragraph of its own, not a line of a hard-wrapped paragraph.
_PARAGRAPH_LINE = 200


def _nearby(doc: Document, first: int, later: int) -> bool:
    """The later copy is in the same paragraph as the first or in the next one that is not a heading.

    A paragraph is a block, except where a plain-text copy separates paragraphs with single line
    breaks (its block is the whole page): there a line of paragraph length between the copies
    (``_PARAGRAPH_LINE``) is a paragraph between them, so a standfirst restated pages later is
    far, as it would be with blank lines; a hard-wrapped paragraph's short lines are not.
    """
    a, b = doc.block_at(first), doc.block_at(later)
    if a is None or b is None:
        return False
    if a == b:
        between = doc.prose[first:later].split("\n")[1:-1]  # whole lines strictly between
        return not any(len(line) >= _PARAGRAPH_LINE for line in between)
    return all(doc.blocks[i].kind == HEADING for i in range(a + 1, b))


def _other_section(doc: Document, first: int, later: int) -> bool:
    """A heading stands between the blocks of the two offsets: the later one is in another section
    (another record of a page written to one form: a train company's, a meal's)."""
    a, b = doc.block_at(first), doc.block_at(later)
    return a is not None and b is not None and any(doc.blocks[i].kind == HEADING for i in range(a + 1, b))


def _short(text: str, n: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1] + "\u2026"
