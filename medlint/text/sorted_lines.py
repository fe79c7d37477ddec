"""Look words up in a sorted text table without parsing the whole table.

The CMU Pronouncing Dictionary (135,000 lines) and medlint's word-frequency
table (51,000 lines) were each turned into a dict when a process started: 120
ms and 25 ms of a one-file ``medlint check`` that needs a few hundred words
from them. Their lines are sorted by the word that starts them, so a small
index of every kilobyte stride's first word (built on the first lookup, about
two milliseconds for the CMU file) narrows a lookup to three kilobytes of the
raw bytes, and one substring search finds the line. Answers are kept; a document pays only
for its own words.

``SortedLines.from_file`` goes further for the tables medlint ships: the
file is mapped into memory instead of read (a lookup touches a few pages of
it, not its 3.6 MB), and the stride index is kept in the start-up cache
(``medlint.cache``) under the file's path, size and modification time, so a
run neither reads the whole file nor walks it: about 10 ms of every
one-file check for the CMU dictionary.
"""

from __future__ import annotations

import bisect
import itertools
import mmap
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..cache import Memo

# 1 KB: on distinct text a new word is looked up every 20 words or so; a 4 KB stride made each
# lookup scan 12 KB (2.3x slower) to save a millisecond of index
_STRIDE = 1024
#: (file, size, mtime, separator, stride, key function) -> (line starts, sort keys); see ``from_file``
_INDEXES = Memo("sorted-lines-index")
_UNSEEN = object()


class SortedLines:
    """``key<sep>value`` lines sorted by key (byte order); ``get`` returns the value.

    ``line_key`` maps a line's raw key to the key it is sorted by (the CMU file
    lists ``word(2)`` right after ``word``). A few neighbouring lines out of
    order are tolerated: each lookup also searches the strides either side.
    Lines that sort before every key (``#`` comments) are harmless.
    """

    def __init__(
        self, data: bytes | mmap.mmap, sep: bytes, *, line_key: Callable[[bytes], bytes] | None = None
    ) -> None:
        #: bytes, or a read-only memory map of the file (``from_file``): both search and slice alike
        self._data: Any = data
        self._sep = sep
        self._line_key = line_key
        self._found: dict[str, str | None] = {}
        self._starts: list[int] = []
        self._keys: list[bytes] = []

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], sep: bytes, *, line_key: Callable[[bytes], bytes] | None = None
    ) -> SortedLines:
        """The table in the file at ``path``, mapped into memory, its index from the start-up cache
        when the file is unchanged (same path, size and modification time). The same answers as
        ``SortedLines(Path(path).read_bytes(), sep, line_key=line_key)``."""
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            if st.st_size == 0:  # an empty file cannot be mapped
                return cls(b"", sep, line_key=line_key)
            data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        table = cls(data, sep, line_key=line_key)
        key_fn = None if line_key is None else f"{line_key.__module__}.{line_key.__qualname__}"
        key = (str(Path(path).resolve()), st.st_size, st.st_mtime_ns, sep, _STRIDE, key_fn)
        cached = _INDEXES.get(key)
        if cached is not None:
            table._starts, table._keys = cached
        else:
            table._index()
            _INDEXES.put(key, (table._starts, table._keys))
        return table

    def get(self, key: str) -> str | None:
        """The value on the first line whose key is exactly ``key``, or None."""
        # a sentinel, not try/except: over distinct text most calls are for a word not asked
        # before, and a raised KeyError cost more than the lookup around it
        value = self._found.get(key, _UNSEEN)
        if value is _UNSEEN:
            value = self._found[key] = self._search(key.encode("utf-8")) if key else None
        return value  # type: ignore[return-value]

    def values_with_prefix(self, prefix: str) -> list[str]:
        """The values of every line whose key (as written, not mapped by ``line_key``) starts with
        ``prefix``, read from the strides that can hold such keys. Not remembered: for work done
        once and kept, such as ranking a pattern's probes."""
        if not prefix:
            return []
        if not self._starts:
            self._index()
        data, starts, keys = self._data, self._starts, self._keys
        target = prefix.encode("utf-8")
        lo = starts[max(0, bisect.bisect_left(keys, target) - 2)]
        j = bisect.bisect_right(keys, target + b"\xff") + 1
        hi = starts[j] if j < len(starts) else len(data)
        sep = self._sep
        lines = data[lo:hi].split(b"\n")
        out = []
        # sorted: the lines with the prefix follow the first line not below it
        for line in itertools.islice(lines, bisect.bisect_left(lines, target), None):
            if not line.startswith(target):
                break
            _key, found, value = line.partition(sep)
            if found:
                out.append(value.strip().decode("utf-8"))
        return out

    def values_containing(self, part: str, most: int) -> list[str] | None:
        """The values of every line whose key (as written) holds ``part``, or None when more than
        ``most`` lines do: a pass over the table, for work done once and kept."""
        data, sep = self._data, self._sep
        needle = part.encode("utf-8")
        if not needle or sep in needle or b"\n" in needle:
            return []
        out: list[str] = []
        at = data.find(needle)
        while at != -1:
            if len(out) >= most:
                return None
            start = data.rfind(b"\n", 0, at) + 1
            end = data.find(b"\n", at)
            end = len(data) if end == -1 else end
            cut = data.find(sep, start, end)
            if cut != -1 and at + len(needle) <= cut:
                out.append(data[cut + len(sep) : end].strip().decode("utf-8"))
            at = data.find(needle, end)
        return out

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
        if lo == 0 and data[: len(needle)] == needle:
            at = 0
        else:
            at = data.find(b"\n" + needle, max(0, lo - 1), hi)
            if at == -1:
                return None
            at += 1
        end = data.find(b"\n", at)
        return data[at + len(needle) : len(data) if end == -1 else end].strip().decode("utf-8")
