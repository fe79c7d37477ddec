"""Helpers shared by the format loaders for building a same-length prose view."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..document import HEADING, LIST_ITEM, PARAGRAPH, Block, Link
from ..text.segment import TERMINAL
from ..text.spaces import OTHER_SPACES

_NOT_NEWLINE = re.compile(r"[^\r\n]")

URL_RE = re.compile(
    r"""(?:\bhttps?://|\bwww\.)[^\s<>"'()\[\]{}]*[^\s<>"'()\[\]{}.,;:!?]"""
    r"""|\bdoi:\s?10\.\d{4,9}/\S*[^\s.,;:!?)\]]"""
    r"""|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b""",
    re.IGNORECASE,
)


def blank(text: str) -> str:
    """Spaces for every character but line breaks, so lines and offsets survive."""
    return _NOT_NEWLINE.sub(" ", text)


def apply_replacements(source: str, replacements: Iterable[tuple[int, int, str | None]]) -> str:
    """Build the prose view: each (start, end, repl) range becomes ``repl`` padded
    with spaces to the range's length, or blanks when ``repl`` is None.

    Ranges may overlap or nest; the first one to cover a character wins.
    """
    out: list[str] = []
    pos = 0
    for start, end, repl in sorted(replacements, key=lambda r: (r[0], -r[1])):
        if end <= pos:
            continue
        start = max(start, pos)
        out.append(source[pos:start])
        seg = source[start:end]
        if repl is None:
            out.append(blank(seg))
        else:
            out.append((repl + blank(seg[len(repl) :]))[: len(seg)] if len(repl) <= len(seg) else blank(seg))
        pos = end
    out.append(source[pos:])
    prose = "".join(out)
    assert len(prose) == len(source)
    return prose


def find_urls(text: str, base: int = 0) -> list[Link]:
    return [Link(base + m.start(), base + m.end(), m.group()) for m in URL_RE.finditer(text)]


#: a list item's marker and the space after it, which a web page's copy often writes as a no-break space ("-\u00a0Rest")
_LIST_MARKER = re.compile(
    f"[ \\t{OTHER_SPACES}]*(?:[-*+\u2022\u25aa\u2013]|\\d{{1,3}}[.)]|[a-z][.)])[ \\t{OTHER_SPACES}]+"
)


def plain_blocks(prose: str, start: int = 0, end: int | None = None) -> list[Block]:
    """Blocks of a plain-text region: blank lines separate blocks, each list item is
    a block, and a short single line without final punctuation is a heading."""
    end = len(prose) if end is None else end
    blocks: list[Block] = []
    para_start: int | None = None
    para_end = start
    para_lines = 0
    kind = PARAGRAPH

    def flush() -> None:
        nonlocal para_start, para_lines, kind
        if para_start is not None and para_end > para_start:
            block_kind = kind
            text = prose[para_start:para_end]
            if kind == PARAGRAPH and para_lines == 1 and _is_heading_line(text):
                block_kind = HEADING
            blocks.append(Block(para_start, para_end, block_kind))
        para_start = None
        para_lines = 0
        kind = PARAGRAPH

    pos = start
    while pos < end:
        nl = prose.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        line = prose[pos:line_end]
        stripped = line.strip()
        if not stripped:
            flush()
        else:
            marker = _LIST_MARKER.match(line)
            lead = len(line) - len(line.lstrip())
            if marker and line[marker.end() :].strip():
                flush()
                kind = LIST_ITEM
                lead = marker.end()
            if para_start is None:
                para_start = pos + lead
            para_end = pos + len(line.rstrip())
            para_lines += 1
        pos = line_end + 1
    flush()
    return blocks


def _is_heading_line(text: str) -> bool:
    """A short line standing alone: no final punctuation, or a question (a headline)."""
    words = text.split()
    last = text.rstrip()[-1:]
    if not 0 < len(words) <= 12:
        return False
    return last == "?" or (last not in TERMINAL and last != ",")


def list_marker_spans(source: str, blocks: list[Block]) -> list[tuple[int, int, None]]:
    """The list markers before list-item blocks, to blank in the prose view."""
    spans: list[tuple[int, int, None]] = []
    for b in blocks:
        if b.kind == LIST_ITEM:
            line_start = source.rfind("\n", 0, b.start) + 1
            if line_start < b.start:
                spans.append((line_start, b.start, None))
    return spans
