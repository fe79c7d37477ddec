"""The punctuation a regular expression can never match: a search for it can stop there.

``ProbedPattern.finditer`` searches only the blocks of a document that hold
one of a pattern's probes, but most documents are one or two long blocks
(a MedQuAD answer is a heading and one paragraph), so that narrowed little:
the regex engine still tried the pattern at every position of the
paragraph. A pattern that can never match a full stop or a comma (nowhere:
not in a class, not as ``.``, not inside a lookaround) has every match
inside one stretch of text between such characters, and that stretch holds
the probe the match contains; so only the stretches around the probe need
searching, each up to the character that ends it.

That is exact, not a heuristic, when (checked here on the parsed pattern):

- no part of the pattern can match the stop character ``c``: a match never
  covers it, and a lookahead reaching it fails at it whether the text goes on
  or ends there (a negative lookahead succeeds either way);
- ``c`` is not a word character, so ``\\b`` and ``\\B`` see the same at the
  end of a stretch as at ``c``;
- the pattern has no end anchor (``$``, ``\\Z``), which would match at the
  cut and not at ``c``.

Everything before a stretch stays visible (``re`` searches from ``pos``
with lookbehinds and ``\\b`` still seeing the text before it). A pattern the
parser cannot take apart for certain (back-references, conditionals, local
flags it does not know, LOCALE) gets no stop characters: it is searched the
plain way. tests/test_regex_stops.py checks both ways find the same matches.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any

from .regex_guard import CATEGORY_ESCAPES, parse_shared

try:  # the parser behind re.compile (Python 3.11 and later)
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - Python 3.10: no stop characters
    _parser = _c = None

#: characters that end clauses and sentences (never word characters), the ones a stretch may end at
CANDIDATES = '.,;:!?()[]"\u201c\u201d\n'
assert not any(ch.isalnum() or ch == "_" for ch in CANDIDATES)
assert all({ch.lower(), ch.upper(), ch.casefold()} == {ch} for ch in CANDIDATES)
_CANDIDATE_SET = frozenset(CANDIDATES)
#: the flags as plain ints: ``int & re.IGNORECASE`` goes through ``enum``'s Python-level ``__and__``
_IGNORECASE, _ASCII = int(re.IGNORECASE), int(re.ASCII)


class _Unknown(Exception):
    """The pattern holds something whose characters are not derived here."""


def stop_chars(pattern: str, flags: int = 0) -> str:
    """The characters of ``CANDIDATES`` no part of ``pattern`` can match, in ``CANDIDATES``
    order; "" when there are none or the pattern cannot be analysed for certain."""
    if _parser is None or flags & (re.LOCALE | re.DEBUG):
        return ""
    try:
        parsed = parse_shared(pattern, int(flags))
        all_flags = int(flags) | int(parsed.state.flags)
        if all_flags & re.LOCALE:
            return ""
        matched: set[str] = set()
        _walk(parsed.data, all_flags, matched)
    except (_Unknown, re.error, RecursionError):
        return ""
    return "".join(ch for ch in CANDIDATES if ch not in matched)


def _walk(seq: Any, flags: int, matched: set[str]) -> None:
    """Add to ``matched`` every candidate some element of the parsed sequence can match."""
    for op, av in seq:
        if op is _c.LITERAL:
            matched |= _literal_hits(av, flags & _IGNORECASE)
        elif op is _c.IN:
            matched |= _in_matches(av, flags)
        elif op is _c.ANY:
            matched |= _CANDIDATE_SET
        elif op is _c.NOT_LITERAL:
            matched |= _CANDIDATE_SET - _cases(chr(av), flags)
        elif op is _c.BRANCH:
            for branch in av[1]:
                _walk(branch, flags, matched)
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            _walk(inner, (flags | add_flags) & ~del_flags, matched)
        elif op in _REPEATS:
            _walk(av[2], flags, matched)
        elif op is _ATOMIC:
            _walk(av, flags, matched)
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            _walk(av[1], flags, matched)
        elif op is _c.AT:
            if av not in _SAFE_ANCHORS:
                raise _Unknown  # an end anchor matches where a stretch is cut, not at its stop
        else:
            raise _Unknown  # back-references, conditionals, anything new


def _in_matches(items: Any, flags: int) -> set[str]:
    """The candidates a character class (``[...]``, ``\\s``) can match.

    Every candidate is caseless (its lower, upper and folded forms are itself), so under
    IGNORECASE a listed character matches a candidate exactly when one of its case forms is
    that candidate, and a negated class matches the candidates it does not list."""
    negate = False
    hit: set[str] = set()
    for item, arg in items:
        if item is _c.NEGATE:
            negate = True
        elif item is _c.LITERAL:
            hit |= _literal_hits(arg, flags & _IGNORECASE)
        elif item is _c.RANGE:
            low, high = arg
            hit.update(ch for ch in CANDIDATES if low <= ord(ch) <= high)
        elif item is _c.CATEGORY:
            hit |= _category_hits(arg, flags & _ASCII)
        else:
            raise _Unknown
    return set(_CANDIDATE_SET - hit) if negate else hit


def _cases(ch: str, flags: int) -> set[str]:
    return {ch, ch.lower(), ch.upper(), ch.casefold()} if flags & _IGNORECASE else {ch}


@functools.lru_cache(maxsize=4096)
def _literal_hits(code: int, ignorecase: int) -> frozenset[str]:
    """The candidates the literal character ``code`` matches (with ``ignorecase``, any of its
    case forms): ``_cases(chr(code), flags) & _CANDIDATE_SET``, worked out once per character."""
    return frozenset(_cases(chr(code), ignorecase) & _CANDIDATE_SET)


@functools.lru_cache(maxsize=64)
def _category_hits(category: Any, ascii_flag: int) -> frozenset[str]:
    """The candidates a category escape (``\\s``, ``\\W`` ...) matches, worked out once per
    category and ASCII flag; ``_Unknown`` for a category not in ``CATEGORY_ESCAPES``."""
    test = CATEGORY_ESCAPES.get(category)
    if test is None:
        raise _Unknown
    return frozenset(ch for ch in CANDIDATES if re.fullmatch(test, ch, ascii_flag) is not None)


_REPEATS = (
    ()
    if _c is None
    else tuple(
        op for op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) if op is not None
    )
)
_ATOMIC = None if _c is None else getattr(_c, "ATOMIC_GROUP", None)
#: anchors that look only at the characters around a position, or only at the start
_SAFE_ANCHORS = (
    () if _c is None else (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BOUNDARY, _c.AT_NON_BOUNDARY)
)
