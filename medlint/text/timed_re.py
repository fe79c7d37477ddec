"""Regular expressions from user rule packs, run under a time budget.

A pack regex such as ``(a+)+$`` backtracks exponentially on a line like
``aaaa...ab``: with the standard ``re`` module one such pattern hangs the whole
run. Patterns from packs outside medlint (a project's ``packs``, plugins) are
therefore compiled twice: by ``re``, so that syntax errors read as before and
the pattern means what Python users expect, and by the ``regex`` module in its
``re``-compatible VERSION0 mode, whose searches accept a ``timeout``. A search
that runs over the budget raises :class:`PatternTimeout`, which the linter
reports as one ML901 diagnostic naming the rule, the pattern and the file; the
other rules still run. Built-in packs are medlint's own, tested code and keep
plain ``re``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast

from .lazy_re import lazy_compile
from .wide_spaces import widen_spaces

#: Seconds one search of one pack pattern may take (one block at a time, see ProbedPattern).
TIMEOUT = 2.0


class PatternTimeout(TimeoutError):
    """A pack pattern's search ran over its budget."""

    def __init__(self, pattern: str, seconds: float) -> None:
        self.pattern = pattern
        self.seconds = seconds
        super().__init__(
            f"pattern {pattern!r} ran for over {seconds:g} s and was stopped "
            "(catastrophic backtracking? simplify nested quantifiers such as (a+)+)"
        )


class TimedPattern:
    """Stands in for a ``re.Pattern``: the same searches, each under ``TIMEOUT`` seconds."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        import regex  # imported only when a user pack has patterns

        self.compiled = re.compile(pattern, flags)  # validates, and gives ``.flags`` as re reports it
        self.pattern = pattern
        self.flags = self.compiled.flags
        self._timed: Any = regex.compile(pattern, int(flags) | regex.VERSION0)

    def _call(self, method: str, *args: Any) -> Any:
        try:
            return getattr(self._timed, method)(*args, timeout=TIMEOUT)
        except TimeoutError:
            raise PatternTimeout(self.pattern, TIMEOUT) from None

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._call("search", string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._call("match", string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._call("fullmatch", string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        """Matches, the whole iteration under one budget (``regex`` times the operation)."""
        it = self._call("finditer", string, pos, endpos)
        while True:
            try:
                yield next(it)
            except StopIteration:
                return
            except TimeoutError:
                raise PatternTimeout(self.pattern, TIMEOUT) from None

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        return cast("list[Any]", self._call("findall", string, pos, endpos))

    def __repr__(self) -> str:
        return f"TimedPattern({self.pattern!r}, {self.flags!r})"


def compile_pack_regex(pattern: str, flags: int, trusted: bool) -> re.Pattern[str]:
    """``re.compile`` for medlint's own packs; a :class:`TimedPattern` for anyone else's.
    Raises ``re.error`` for a bad pattern either way."""
    pattern = widen_spaces(pattern, flags)  # a phrase read across emphasised or linked words (wide_spaces)
    if trusted:
        # compiled on first use: most built-in patterns never run on a given text, and compiling
        # them all cost a third of a one-file check's start-up (tests compile every one)
        return lazy_compile(pattern, flags)
    return cast("re.Pattern[str]", TimedPattern(pattern, flags))
