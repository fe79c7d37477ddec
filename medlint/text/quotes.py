"""Double quotation marks: where they are, and whether an offset lies inside a quotation.

One helper for the project: the claim context (is this claim someone's quoted
words?) and the text-integrity rules (unpaired or mixed quotes) read quotes the
same way. A quotation never runs past its block: a Markdown list item, a table
cell or a paragraph is where an unclosed quote's scope ends, so an unbalanced
``"`` in one list item cannot hide a claim in the next.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from .lazy_re import lazy_compile

OPEN_CURLY, CLOSE_CURLY, STRAIGHT = "\u201c", "\u201d", '"'
_DOUBLE_QUOTE = lazy_compile('["\u201c\u201d]')


def double_quotes(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, str]]:
    """(offset, style) of each double quote in ``text[start:end]``; style is "straight" or "curly"."""
    for m in _DOUBLE_QUOTE.finditer(text, start, len(text) if end is None else end):
        yield m.start(), "straight" if m.group() == STRAIGHT else "curly"


def quote_open(text: str) -> bool:
    """Whether ``text`` ends inside a quotation: more curly openers than closers, or an
    odd number of straight quotes (a straight quote opens and closes alike)."""
    if text.count(OPEN_CURLY) > text.count(CLOSE_CURLY):
        return True
    return text.count(STRAIGHT) % 2 == 1


def inside_quotes(doc: Document, at: int) -> bool:
    """Whether offset ``at`` of ``doc.prose`` lies inside a quotation opened earlier in its block.

    Outside every block (blanked markup) nothing is quoted.
    """
    bi = doc.block_at(at)
    if bi is None:
        return False
    return quote_open(doc.prose[doc.blocks[bi].start : at])
