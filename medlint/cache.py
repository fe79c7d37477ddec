"""A persistent memo of start-up work whose result depends only on its input.

A one-file ``medlint check`` spends a good part of its start-up on work that
gives the same answer in every run: compiling the same regular expressions,
parsing the same YAML packs and data files, deriving the same substring
probes from the same patterns. This module remembers those answers between
runs, in one file in the platform's cache folder (never in the project):

- ``$MEDLINT_CACHE_DIR`` if set (empty: no cache), else ``$XDG_CACHE_HOME/medlint``,
  ``~/.cache/medlint``, ``~/Library/Caches/medlint`` (macOS) or
  ``%LOCALAPPDATA%\\medlint\\Cache`` (Windows);
- ``MEDLINT_NO_CACHE=1`` turns it off.

Every entry is keyed on its whole input (the pattern and flags, the YAML
text), so a changed pack, config or plugin can only miss, never hit a stale
answer. What computes the answers is in the file's key: medlint's version,
the Python build and its regex engine, and the size and modification time of
the modules that compute them (this one, ``text/matching.py``, ``yamlio.py``,
``kinds/tortured.py``, ``text/tokens.py``, ``text/sorted_lines.py``, ``text/spun_terms.py``,
``text/readability.py``, ``text/lazy_re.py``, ``text/regex_guard.py``, ``text/regex_stops.py``,
``text/word_probes.py``, ``rules/text_integrity/TX109.py``, ``text/lexicon.py``, PyYAML). A cache that is missing, unreadable,
corrupt (its checksum is stored) or unwritable is ignored: the work is done as if there were none.
New entries are written once, when the process exits, through a temporary
file and an atomic rename, so concurrent runs never see half a file.

``Memo`` is the one interface: ``get(key)`` gives ``None`` on a miss, and the
callers (``text.lazy_re``, ``text.matching``, ``yamlio``, ``kinds.tortured``,
``text.sorted_lines``, ``text.spun_terms``, ``text.readability``, ``text.word_probes``, TX109's word table and correction sets, the lexicon's
sorted word views) compute the plain way then and ``put`` the answer; tests/test_cache.py checks that
cached answers equal freshly computed ones.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
from pathlib import Path
from typing import Any

ENV_DIR = "MEDLINT_CACHE_DIR"
ENV_OFF = "MEDLINT_NO_CACHE"
_MAGIC = b"medlint-startup-cache 1\n"
#: past this many entries the file starts over (user packs that change often must not grow it forever)
MAX_ENTRIES = 20_000
#: cache files kept in the folder (one per medlint and Python version; the newest stay)
KEEP_FILES = 4


def cache_dir() -> Path | None:
    """The folder of the cache file, or None when caching is off."""
    if os.environ.get(ENV_OFF, "") not in ("", "0"):
        return None
    if ENV_DIR in os.environ:
        return Path(os.environ[ENV_DIR]) if os.environ[ENV_DIR] else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "medlint" / "Cache" if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "medlint"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache") / "medlint"


def _code_stamp() -> str:
    """What computes the cached answers: medlint's version, Python's build and regex engine, and
    the size and modification time of the modules that compute them."""
    import _sre
    from importlib.util import find_spec

    from . import __version__

    here = Path(__file__).resolve().parent
    # the modules whose code computes cached answers (probe sets, YAML, lexicon grouping by word)
    files = [
        Path(__file__),
        here / "text" / "matching.py",
        here / "yamlio.py",
        here / "kinds" / "tortured.py",
        here / "text" / "tokens.py",
        here / "text" / "sorted_lines.py",
        here / "text" / "spun_terms.py",
        here / "text" / "readability.py",
        here / "text" / "lazy_re.py",
        here / "text" / "regex_guard.py",
        here / "text" / "regex_stops.py",
        here / "text" / "word_probes.py",
        here / "rules" / "text_integrity" / "TX109.py",
        here / "text" / "drug_names.py",
        here / "pack_definitions.py",
        here / "text" / "lexicon.py",
    ]
    spec = find_spec("yaml")
    if spec is not None and spec.origin:
        files.append(Path(spec.origin))
    stamps = []
    for f in files:
        try:
            st = f.stat()
            stamps.append(f"{f.name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            stamps.append(f"{f.name}:?")
    return "|".join([__version__, sys.version, f"sre{_sre.MAGIC}:{_sre.CODESIZE}", *stamps])


class _Store:
    """The cache file's tables, loaded on first use and written back at exit if anything was added."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[Any, bytes]] | None = None
        self.added: dict[str, dict[Any, bytes]] = {}
        self.path: Path | None = None
        self.stamp = ""

    def load(self) -> dict[str, dict[Any, bytes]]:
        if self.tables is not None:
            return self.tables
        self.tables = {}
        try:
            folder = cache_dir()  # Path.home() raises where no home folder can be found
            if folder is None:
                return self.tables
            import zlib

            self.stamp = _code_stamp()
            self.path = folder / f"startup-{zlib.crc32(self.stamp.encode()):08x}.bin"
            self.tables = _read(self.path, self.stamp)
        except Exception:  # the cache must never break a run
            self.tables = {}
        return self.tables

    def save(self) -> None:
        if not self.added or self.path is None:
            return
        try:
            tables = _read(self.path, self.stamp)  # another run may have added entries meanwhile
            if sum(len(t) for t in tables.values()) > MAX_ENTRIES:
                tables = {}
            for name, entries in self.added.items():
                tables.setdefault(name, {}).update(entries)
            _write(self.path, self.stamp, tables)
            self.added = {}
        except Exception:  # read-only home, full disk, a race: the next run computes again
            pass


def _read(path: Path, stamp: str) -> dict[str, dict[Any, bytes]]:
    import zlib

    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    if not raw.startswith(_MAGIC) or len(raw) < len(_MAGIC) + 4:
        return {}
    body = raw[len(_MAGIC) + 4 :]
    if zlib.crc32(body) != int.from_bytes(raw[len(_MAGIC) : len(_MAGIC) + 4], "big"):
        return {}
    saved_stamp, tables = marshal.loads(body)
    if saved_stamp != stamp or not isinstance(tables, dict):
        return {}
    return tables


def _write(path: Path, stamp: str, tables: dict[str, dict[Any, bytes]]) -> None:
    import zlib

    body = marshal.dumps((stamp, tables))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(_MAGIC + zlib.crc32(body).to_bytes(4, "big") + body)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    # files of other medlint or Python versions: the few used last stay (two Pythons in turn)
    others = sorted(path.parent.glob("startup-*.bin"), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in others[KEEP_FILES:]:
        old.unlink()


_STORE = _Store()
atexit.register(_STORE.save)


class Memo:
    """One table of the cache: values are kept as marshal bytes, so what a caller later does to
    the object it got cannot change what is stored, and only plain data (str, int, float, bool,
    None, bytes, tuple, list, dict) can be stored at all."""

    def __init__(self, name: str) -> None:
        self.name = name

    def get(self, key: Any) -> Any:
        """The value stored for ``key``, or None."""
        raw = _STORE.load().get(self.name, {}).get(key)
        if raw is None:
            raw = _STORE.added.get(self.name, {}).get(key)
            if raw is None:
                return None
        try:
            return marshal.loads(raw)
        except Exception:
            return None

    def put(self, key: Any, value: Any) -> None:
        """Remember ``value`` for ``key`` (from the next run on); values marshal cannot store are skipped."""
        _STORE.load()
        if _STORE.path is None:  # caching is off
            return
        try:
            raw = marshal.dumps(value)
            marshal.dumps(key)
        except ValueError:
            return
        _STORE.added.setdefault(self.name, {})[key] = raw


def reset() -> None:
    """Forget what was loaded and added (tests point ``MEDLINT_CACHE_DIR`` elsewhere between runs)."""
    _STORE.tables = None
    _STORE.added = {}
    _STORE.path = None


def save() -> None:
    """Write new entries now (also done at exit)."""
    _STORE.save()
