"""Regular expressions compiled on first use.

Compiling medlint's 200 or so patterns cost about 30 ms of every start-up, a
sixth of a one-file ``medlint check``, and most never run on a given text:
their rule's substring probe is absent, or the construct they look for (a
date, a promotion, an FDA statement) is not there. A lazy pattern keeps the
source and flags and compiles on the first method call; it then binds the
compiled pattern's methods onto itself, so later calls cost what a plain
compiled pattern's do.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """Stands in for a ``re.Pattern``; see ``lazy_compile``."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:  # for what is not bound yet (everything, before use)
        compiled = self.__dict__.get("compiled")
        if compiled is None:
            compiled = re.compile(self.pattern, self.flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
            self.__dict__["compiled"] = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self.flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` deferred to the first search, match, finditer, findall, sub or split."""
    return cast("re.Pattern[str]", LazyPattern(pattern, int(flags)))
