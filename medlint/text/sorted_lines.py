"""Look words up in a sorted text table without parsing the whole table.

The CMU Pronouncing Dictionary (135,000 lines) and medlint's word-frequency
table (51,000 lines) were each turned into a dict when a process started: 120
ms and 25 ms of a one-file ``medlint check`` that needs a few hundred words
from them. Their lines are sorted by the word that starts them, so a small
index of every kilobyte stride's first word (built on the first lookup, about
two milliseconds for the CMU file) narrows a lookup to three kilobytes of the
raw bytes, and one substring search finds the line. Answers are kept; a document pays only
for its own words.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

# 1 KB: on distinct text a new word is looked up every 20 words or so; a 4 KB stride made each
# lookup scan 12 KB (2.3x slower) to save a millisecond of index
_STRIDE = 1024


class SortedLines:
    """``key<sep>value`` lines sorted by key (byte order); ``get`` returns the value.

    ``line_key`` maps a line's raw key to the key it is sorted by (the CMU file
    lists ``word(2)`` right after ``word``). A few neighbouring lines out of
    order are tolerated: each lookup also searches the strides either side.
    Lines that sort before every key (``#`` comments) are harmless.
    """

    def __init__(self, data: bytes, sep: bytes, *, line_key: Callable[[bytes], bytes] | None = None) -> None:
        self._data = data
        self._sep = sep
        self._line_key = line_key
        self._found: dict[str, str | None] = {}
        self._starts: list[int] = []
        self._keys: list[bytes] = []

    def get(self, key: str) -> str | None:
        """The value on the first line whose key is exactly ``key``, or None."""
        try:
            return self._found[key]
        except KeyError:
            pass
        value = self._search(key.encode("utf-8")) if key else None
        self._found[key] = value
        return value

    def _index(self) -> None:
        """The start and sort key of the first line after every stride boundary."""
        data, sep = self._data, self._sep
        starts, keys = [0], []
        at = data.find(b"\n", _STRIDE)
        while at != -1 and at + 1 < len(data):
            starts.append(at + 1)
            at = data.find(b"\n", at + _STRIDE)
        for start in starts:
            end = data.find(b"\n", start)
            end = len(data) if end == -1 else end
            cut = data.find(sep, start, end)
            key = data[start : end if cut == -1 else cut]
            keys.append(self._line_key(key) if self._line_key else key)
        self._starts, self._keys = starts, keys

    def _search(self, target: bytes) -> str | None:
        if not self._starts:
            self._index()
        data, starts = self._data, self._starts
        i = bisect.bisect_right(self._keys, target) - 1
        lo = starts[max(0, i - 1)]
        hi = starts[i + 2] if i + 2 < len(starts) else len(data)
        needle = target + self._sep
        if lo == 0 and data.startswith(needle):
            at = 0
        else:
            at = data.find(b"\n" + needle, max(0, lo - 1), hi)
            if at == -1:
                return None
            at += 1
        end = data.find(b"\n", at)
        return data[at + len(needle) : len(data) if end == -1 else end].strip().decode("utf-8")
