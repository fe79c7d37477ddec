"""Regular expressions compiled on first use.

Compiling medlint's 200 or so patterns cost about 30 ms of every start-up, a
sixth of a one-file ``medlint check``, and most never run on a given text:
their rule's substring probe is absent, or the construct they look for (a
date, a promotion, an FDA statement) is not there. A lazy pattern keeps the
source and flags and compiles on the first method call; it then binds the
compiled pattern's methods onto itself, so later calls cost what a plain
compiled pattern's do.

Compiling is itself remembered between runs (``compile_cached``): ``re``
turns a pattern into a program for its matching engine in Python, about
0.3 ms a pattern and 20 ms of a one-file check; the program is kept in
medlint's start-up cache (``medlint.cache``), keyed on the pattern and its
flags (and, through the cache file's key, on the Python build and its
regex engine), and handed back to the engine as ``re`` itself does. A lazy
pattern is compiled with a first-character guard where one helps
(``regex_guard``: the same matches, fewer positions tried).
"""

from __future__ import annotations

import importlib
import re
from array import array
from typing import Any, cast

from ..cache import Memo

_sre: Any = importlib.import_module("_sre")
try:  # the parser and code generator behind re.compile (Python 3.11 and later)
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10: plain re.compile
    _compiler = _parser = None

#: a program is stored as bytes of unsigned code words (marshal reads bytes faster than int lists)
_LAYOUT_MATCHES = _compiler is not None and array("I").itemsize == getattr(_sre, "CODESIZE", 0)
#: decided on first use by ``_engine_agrees`` (None: not yet)
_USABLE: bool | None = None
_PROGRAMS = Memo("re")


def compile_cached(pattern: str, flags: int = 0, *, first_set: bool = False) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with the engine program kept in the start-up cache.

    The pattern object is the one ``re.compile`` gives (equal to it: same
    flags, pattern and program; tests/test_cache.py compares them). A bad
    pattern raises ``re.error`` from ``re``'s own parser. Anything else that
    goes wrong (an unusual Python, a stored entry the engine rejects) falls
    back to ``re.compile``.
    """
    global _USABLE
    flags = int(flags)
    if _USABLE is None:
        _USABLE = _LAYOUT_MATCHES and _engine_agrees()
    if not _USABLE or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key: tuple[Any, ...] = (pattern, flags, "first-set") if first_set else (pattern, flags)
    entry = _PROGRAMS.get(key)
    if entry is not None:
        try:
            final, code, groups, names, index = entry
            return cast(
                "re.Pattern[str]",
                _sre.compile(pattern, final, array("I", code).tolist(), groups, names, index),
            )
        except Exception:
            pass
    try:
        compiled, entry = _build(pattern, flags, first_set)
    except re.error:
        raise
    except Exception:  # pragma: no cover - an interpreter whose internals differ
        return re.compile(pattern, flags)
    _PROGRAMS.put(key, entry)
    return compiled


def _build(pattern: str, flags: int, first_set: bool = False) -> tuple[re.Pattern[str], tuple[Any, ...]]:
    """What ``re.compile`` does, step by step, keeping the program for the cache; with
    ``first_set``, a guarded pattern's guard is also the engine's first-character set
    (``regex_guard.first_set_program``: the same matches, fewer positions entered)."""
    from .regex_guard import parse_shared

    parsed = parse_shared(pattern, flags)  # read, never changed, by the code generator
    program = _compiler._code(parsed, flags)
    if first_set:
        from .regex_guard import first_set_program

        try:
            program = first_set_program(parsed, program, flags) or program
        except Exception:  # pragma: no cover - never let a speed-up break compiling
            pass
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    final = int(flags | parsed.state.flags)
    groups = parsed.state.groups - 1
    compiled = _sre.compile(pattern, final, program, groups, groupindex, tuple(indexgroup))
    entry = (final, array("I", program).tobytes(), groups, groupindex, tuple(indexgroup))
    return cast("re.Pattern[str]", compiled), entry


def _engine_agrees() -> bool:
    """Whether this interpreter's ``re`` internals build what ``re.compile`` builds.

    ``re._parser``, ``re._compiler`` and ``_sre`` are CPython internals with no
    promise of stability; a pattern object compares equal only with the same
    pattern, flags and engine program, so one canary with named and numbered
    groups, flags and a back-reference decides, once per process, whether the
    cached path is used at all. Anything else, or any error, means plain
    ``re.compile`` everywhere.
    """
    canary = r"(?P<word>\b\w+)\s+(?:a|b)\1(?i:x)?(\d+)"
    try:
        built, _ = _build(canary, re.MULTILINE)
        return bool(built == re.compile(canary, re.MULTILINE) and built.groupindex == {"word": 1})
    except Exception:
        return False


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """Stands in for a ``re.Pattern``; see ``lazy_compile``."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:  # for what is not bound yet (everything, before use)
        compiled = self.__dict__.get("compiled")
        if compiled is None:
            source = _guarded_source(self.pattern, self.flags)
            try:
                compiled = compile_cached(source, self.flags, first_set=source != self.pattern)
            except re.error:
                if source == self.pattern:
                    raise  # the pattern itself is bad: its own error
                compiled = compile_cached(self.pattern, self.flags)  # a guard must never break a pattern
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
            self.__dict__["compiled"] = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self.flags!r})"


_GUARDED = Memo("regex-guards")


def _guarded_source(pattern: str, flags: int) -> str:
    """The source a lazy pattern is compiled from: ``regex_guard.guarded`` (a first-character
    lookahead; same matches), derived once and kept in the start-up cache."""
    key = (pattern, flags)
    source = _GUARDED.get(key)
    if source is None:
        from .regex_guard import guarded

        try:
            source = guarded(pattern, flags)
        except Exception:  # pragma: no cover - never let a speed-up break compiling
            source = pattern
        _GUARDED.put(key, source)
    return cast(str, source)


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` deferred to the first search, match, finditer, findall, sub or split."""
    return cast("re.Pattern[str]", LazyPattern(pattern, int(flags)))
