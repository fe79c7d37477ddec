"""A first-character guard that lets ``re`` skip positions where a pattern cannot start.

Most of medlint's patterns start with ``\\b`` and a case-insensitive
alternation of words (``\\b(?:studies|research|trials) (?:show|found)``).
``re`` finds no literal or character-set prefix in such a pattern, so at
every word start it tries every branch, letter by letter; half of a lint
run's time was the regex engine doing that. Every match of such a pattern
starts with one of a known set of characters (the first letters of its
branches), so the pattern ``P`` is compiled as ``(?=[chars])(?:P)``: the
same matches (the lookahead is zero-width, the group does not capture), with
one character-class test instead of the branches at every other position.

``guarded(pattern, flags)`` gives the source to compile, or the pattern
itself when the guard cannot be derived for certain (a first element that
is ``.``, a negated set, a back-reference, an atomic
group, a group with its own flags, a pattern that can match the empty
string, leading global flags) or would not help (the pattern does not start
with an anchor or lookaround and is not case-insensitive: ``re`` then uses
its own prefix search, which a lookahead would defeat). The class is
compiled with the pattern's own flags, so case-insensitive matching folds
its characters exactly as it folds the pattern's. tests/test_regex_guard.py
checks that guarded and plain patterns find the same matches.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # the parser behind re.compile (Python 3.11 and later)
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - Python 3.10: no guard
    _parser = _c = None

_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
#: a range wider than this (``[^...]``-like sets, ``[\u0000-\uffff]``) is not worth a class
_MAX_RANGE = 300


class _Unknown(Exception):
    """The first characters cannot be derived for certain."""


def guarded(pattern: str, flags: int = 0) -> str:
    """``(?=[first characters])(?:pattern)``, or ``pattern`` unchanged (see the module doc)."""
    if _parser is None or _GLOBAL_FLAGS.match(pattern) or flags & (re.VERBOSE | re.DEBUG | re.LOCALE):
        return pattern
    try:
        parsed = _parser.parse(pattern, flags)
        if not parsed.data or not (flags & re.IGNORECASE or parsed.data[0][0] in _ZERO_WIDTH):
            return pattern
        chars, nullable = _first(parsed.data)
    except (_Unknown, re.error, RecursionError):
        return pattern
    if nullable or not chars:
        return pattern
    return f"(?=[{''.join(sorted(chars))}])(?:{pattern})"


_ZERO_WIDTH = () if _c is None else (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
#: the class escape of each category code (``\d`` for CATEGORY_DIGIT, ...); also read by regex_stops
CATEGORY_ESCAPES = (
    {}
    if _c is None
    else {
        _c.CATEGORY_DIGIT: r"\d",
        _c.CATEGORY_NOT_DIGIT: r"\D",
        _c.CATEGORY_SPACE: r"\s",
        _c.CATEGORY_NOT_SPACE: r"\S",
        _c.CATEGORY_WORD: r"\w",
        _c.CATEGORY_NOT_WORD: r"\W",
    }
)
_REPEATS = (
    ()
    if _c is None
    else tuple(
        op for op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) if op is not None
    )
)


def _first(seq: Any) -> tuple[set[str], bool]:
    """(what a match of the parsed sequence can start with, as class items: escaped characters and
    category escapes such as ``\\d``; whether the sequence can match the empty string)."""
    out: set[str] = set()
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue  # anchors and lookarounds consume nothing
        if op is _c.LITERAL:
            out.add(re.escape(chr(av)))
            return out, False
        if op is _c.IN:
            for item, arg in av:
                if item is _c.LITERAL:
                    out.add(re.escape(chr(arg)))
                elif item is _c.RANGE and arg[1] - arg[0] <= _MAX_RANGE:
                    out.update(re.escape(chr(c)) for c in range(arg[0], arg[1] + 1))
                elif item is _c.CATEGORY and arg in CATEGORY_ESCAPES:
                    out.add(CATEGORY_ESCAPES[arg])  # \d, \w, \s...: the same class test as the pattern's
                else:  # NEGATE, a wide range
                    raise _Unknown
            return out, False
        if op is _c.BRANCH:
            nullable = False
            for branch in av[1]:
                chars, empty = _first(branch)
                out |= chars
                nullable |= empty
            if not nullable:
                return out, False
            continue  # an empty branch: what follows can start the match too
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if add_flags or del_flags:
                raise _Unknown
            chars, empty = _first(inner)
            out |= chars
            if not empty:
                return out, False
            continue
        if op in _REPEATS:
            low, _high, item = av
            chars, empty = _first(item)
            out |= chars
            if low > 0 and not empty:
                return out, False
            continue
        raise _Unknown  # ANY, NOT_LITERAL, GROUPREF, ATOMIC_GROUP, conditionals...
    return out, True
