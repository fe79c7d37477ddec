"""Helpers used by several repetition rules."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import HEADING, TABLE_CELL, Document
from ...rule import Finding
from ...text.quotes import quotation_around


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


_CLOSING_QUOTES = "\"'\u201d\u2019"


def _quoted(doc: Document, start: int, end: int, *, whole: bool = True) -> bool:
    """The span lies inside one quotation closed in its block (``He said: "... span ..."``, a
    paragraph that is one speaker's quoted words): the text quotes someone's words there. A quote
    mark left open (a stray one in a long caption) says nothing of where a quotation is. With
    ``whole`` false (a paragraph: 'He said: "..."') the quotation need only hold its middle."""
    at = next((i for i in range((start + end) // 2, end) if doc.prose[i].isalnum()), None)
    quoted = quotation_around(doc, at) if at is not None else None
    if quoted is None:
        return False
    bi = doc.block_at(at) if at is not None else None
    opener, closer = quoted
    if bi is None or closer >= doc.blocks[bi].end or doc.prose[closer] not in _CLOSING_QUOTES:
        return False
    # the closing mark ends a word, and the quotation holds the whole span: a straight quote before a
    # word ('... patients. "I do') opens the next quotation, and the one before it was never closed
    if doc.prose[closer + 1 : closer + 2].isalnum():
        return False
    return not whole or (opener <= start + 1 and closer >= end - 2)


def _quotes_the_other(
    doc: Document, first: tuple[int, int], later: tuple[int, int], *, whole: bool = True
) -> bool:
    """One copy stands inside a quotation and the other does not: a story quoting a statement that
    the page then prints in full (or the other way round) quotes it; it is not a second copy of it.
    Two quoted copies (one quotation given twice) and two plain ones are copies."""
    return _quoted(doc, *first, whole=whole) != _quoted(doc, *later, whole=whole)


def _in_summary_box(doc: Document, at: int) -> bool:
    """Offset ``at`` lies in a box of a saved page that restates the article in brief (the HTML
    reader's ``summary_boxes``: a recipe card, a highlights or key-points box)."""
    return any(start <= at < end for start, end in doc.metadata.get("summary_boxes", ()))


def _restated_in_box(doc: Document, first: int, later: int) -> bool:
    """One copy lies in a box restating the article (a recipe card giving the post's title and
    description again, a highlights box over the body) and the other outside it: the box's
    copy is the page's design, not the writer's second copy."""
    return _in_summary_box(doc, first) != _in_summary_box(doc, later)


def _short(text: str, n: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1] + "\u2026"
