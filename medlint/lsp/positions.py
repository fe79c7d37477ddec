"""Code-point offsets <-> LSP positions.

medlint counts offsets and columns in Unicode code points (Python string
indices). LSP counts a line's characters in UTF-16 code units unless client and
server agree on another encoding, so a character outside the Basic Multilingual
Plane (most emoji) is one code point but two LSP characters. LSP lines end at
``\\n``, ``\\r\\n`` or a lone ``\\r``; medlint's own 1-based lines split on ``\\n``
only, so positions are always derived from the offset, never from medlint's
line and column.

Pure Python with no pygls import, so it is tested without the ``lsp`` extra.
"""

from __future__ import annotations

import bisect
import re

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"

_LINE_END_RE = re.compile(r"\r\n|\r|\n")


def _units(text: str, encoding: str) -> int:
    """Length of ``text`` in the code units of ``encoding``."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    # UTF-16: one unit per code point, two for each code point above U+FFFF.
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class LineIndex:
    """Line starts of one text, for converting positions both ways."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding if encoding in (UTF8, UTF16, UTF32) else UTF16
        starts = [0]
        #: offset where each line's content ends (before its line ending)
        ends: list[int] = []
        for m in _LINE_END_RE.finditer(text):
            ends.append(m.start())
            starts.append(m.end())
        ends.append(len(text))
        self.starts = starts
        self.ends = ends

    def position(self, offset: int) -> tuple[int, int]:
        """0-based (line, character) of a code-point offset, characters in this index's units.

        An offset inside a ``\\r\\n`` pair (which LSP cannot address) maps to the end of its line.
        """
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        stop = min(offset, self.ends[line])
        return line, _units(self.text[start:stop], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """Code-point offset of a 0-based LSP position; clamped to the line, as LSP asks."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self.ends[line]
        if self.encoding == UTF32:
            return min(start + max(character, 0), end)
        used = 0
        i = start
        while i < end and used < character:
            used += _units(self.text[i], self.encoding)
            i += 1
        return i

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of a 0-based line's content, without its line ending."""
        return self.starts[line], self.ends[line]

    def line_ending(self, line: int) -> str:
        """The characters ending a 0-based line ("" for the last line)."""
        if line + 1 >= len(self.starts):
            return ""
        return self.text[self.ends[line] : self.starts[line + 1]]

    @property
    def line_count(self) -> int:
        return len(self.starts)
