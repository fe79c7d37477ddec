"""Look words up in a sorted text table without parsing the whole table.

The CMU Pronouncing Dictionary (135,000 lines) and medlint's word-frequency
table (30,000 lines) were each turned into a dict when a process started: 120
ms and 25 ms of a one-file ``medlint check`` that needs a few hundred words
from them. Their lines are sorted by the word that starts them, so a binary
search over the raw bytes finds a word in about 17 steps; answers are kept,
and a document only pays for its own words.
"""

from __future__ import annotations

from collections.abc import Callable


class SortedLines:
    """``key<sep>value`` lines sorted by key (byte order); ``get`` returns the value.

    ``line_key`` maps a line's raw key to the key it is sorted by (the CMU file
    lists ``word(2)`` right after ``word``). ``window`` lines either side of
    where the search lands are also read, for files with a few neighbours out
    of order. Lines that sort before every key (``#`` comments) are harmless.
    """

    def __init__(
        self,
        data: bytes,
        sep: bytes,
        *,
        line_key: Callable[[bytes], bytes] | None = None,
        window: int = 0,
    ) -> None:
        self._data = data
        self._sep = sep
        self._line_key = line_key
        self._window = window
        self._found: dict[str, str | None] = {}

    def get(self, key: str) -> str | None:
        """The value on the first line whose key is exactly ``key``, or None."""
        try:
            return self._found[key]
        except KeyError:
            pass
        value = self._search(key.encode("utf-8")) if key else None
        self._found[key] = value
        return value

    def _key_at(self, start: int) -> tuple[bytes, int]:
        """(sort key of the line at ``start``, start of the next line)."""
        data = self._data
        nl = data.find(b"\n", start)
        end = len(data) if nl == -1 else nl
        cut = data.find(self._sep, start, end)
        key = data[start : end if cut == -1 else cut]
        return (self._line_key(key) if self._line_key else key), end + 1

    def _search(self, target: bytes) -> str | None:
        data = self._data
        lo, hi = 0, len(data)
        while lo < hi:  # both stay at line starts; lo ends at the first line whose key >= target
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo, mid) + 1 or lo
            key, nxt = self._key_at(start)
            if key < target:
                lo = nxt
            else:
                hi = start
        start = lo
        for _ in range(self._window):
            if start <= 0:
                break
            start = data.rfind(b"\n", 0, start - 1) + 1
        prefix = target + self._sep
        for _ in range(2 * self._window + 1):
            if start >= len(data):
                break
            nl = data.find(b"\n", start)
            end = len(data) if nl == -1 else nl
            if data.startswith(prefix, start, end):
                return data[start + len(prefix) : end].strip().decode("utf-8")
            start = end + 1
        return None
