"""Which line ends of a plain-text paragraph are a hard wrap, not a line of its own.

E-mail, plain-text exports and many scraped pages break every paragraph at a fixed width (72 or
80 columns). A reader joins those lines; the rules read phrases across a space, not across a line
end, so "Studies have\\nfound" must read as "Studies have found". A plain-text block is also where a
list without markers, an address, a poem or one sentence a line stands ("fever\\ncough\\nheadache"),
and a file with one paragraph a line and no blank lines between is a single block: those line ends
are real. Markdown and HTML say which is which (CommonMark's soft breaks, HTML's white space); plain
text does not, so the wrap is read from the lines' lengths, the test a wrapping program applies: a
line end is a wrap when the next line's first word would not have fitted on the line before it.

The width is the document's, read from its paragraphs of three lines or more where two thirds of the line
ends pass that test at the block's widest line (``MIN_WIDTH`` to ``MAX_WIDTH`` columns); with it, a two-line
paragraph of the same file is read too. A file with no such paragraph is not wrapped, and nothing
in it is joined: two lines alone say too little.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

#: The widest column a wrapping program is set to (72, 76, 78 and 80 are the common ones; 100 is generous).
MAX_WIDTH = 100
#: The narrowest: below it, short lines are a list or verse, not a wrapped paragraph.
MIN_WIDTH = 40
#: A wrapped line ends within this many columns of the width (a long next word leaves a short line).
SLACK = 20
#: A line may run this many columns past the width read from other paragraphs (a program wrapping at 72
#: columns may have left none of them wider than 70)
OVER = 8
#: A line ending on one of these broke a word, not the space between two.
_HYPHENS = frozenset("-\u2010\u00ad")

Line = tuple[int, int]


def _lines(text: str, start: int, end: int) -> list[Line]:
    lines: list[Line] = []
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        if nl == -1:
            lines.append((pos, end))
            return lines
        lines.append((pos, nl))
        pos = nl + 1


def _wraps(text: str, lines: list[Line], width: int) -> Iterator[int]:
    """The line ends of one block that a program wrapping at ``width`` columns would have made."""
    for (s, e), (ns, ne) in itertools.pairwise(lines):
        length = e - s
        following = text[ns:ne].lstrip()
        first_word = following.split(maxsplit=1)[0] if following else ""
        if not first_word or not width - SLACK <= length <= width + OVER:
            continue
        if text[e - 1 : e] in _HYPHENS:
            continue  # a word broken at its hyphen ("low-\ndose"): a space would split it ("low- dose")
        if length + 1 + len(first_word) > max(width, length):
            yield e


def document_width(text: str, blocks: Iterable[tuple[int, int]]) -> int | None:
    """The width the document's paragraphs are wrapped at, or None: the widest line of the blocks of three lines
    or more two thirds of whose line ends are wraps at their own widest line (a program wrapping at 72 columns
    leaves some paragraphs no line wider than 70)."""
    widths: set[int] = set()
    for start, end in blocks:
        lines = _lines(text, start, end)
        if len(lines) < 3:
            continue
        width = max(e - s for s, e in lines)
        if not MIN_WIDTH <= width <= MAX_WIDTH:
            continue
        if 3 * len(list(_wraps(text, lines, width))) >= 2 * (len(lines) - 1):
            widths.add(width)
    return max(widths, default=None)


def wrapped_breaks(text: str, blocks: Iterable[tuple[int, int]]) -> Iterator[int]:
    """The offsets of the line ends inside ``blocks`` (start and end offsets of paragraphs) that are a hard wrap
    at the document's width."""
    blocks = list(blocks)
    width = document_width(text, blocks)
    if width is None:
        return
    for start, end in blocks:
        # a paragraph's own widest line may fall a few columns short of the document's width
        yield from _wraps(text, _lines(text, start, end), width)
