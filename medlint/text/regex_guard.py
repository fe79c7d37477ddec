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

import functools
import importlib
import re
import unicodedata
from typing import Any

try:  # the parser behind re.compile (Python 3.11 and later)
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
    _compiler: Any = importlib.import_module("re._compiler")
except ImportError:  # pragma: no cover - Python 3.10: no guard
    _parser = _c = _compiler = None

_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


@functools.lru_cache(maxsize=32)
def parse_shared(pattern: str, flags: int = 0) -> Any:
    """``re._parser.parse(pattern, flags)``, the tree kept for the next few asks: a pattern's first
    use parses it up to four times (its guard here, its word sets, its stop characters, its
    program in ``lazy_re``). Every caller only reads the tree (tests/test_cold_derivation.py
    checks that it is unchanged afterwards); a bad pattern raises ``re.error`` at every ask."""
    return _parser.parse(pattern, flags)


#: a range wider than this (``[^...]``-like sets, ``[\u0000-\uffff]``) is not worth a class
_MAX_RANGE = 300


class _Unknown(Exception):
    """The first characters cannot be derived for certain."""


def guarded(pattern: str, flags: int = 0) -> str:
    """``(?=[first characters])(?:pattern)``, or ``pattern`` unchanged (see the module doc)."""
    if _parser is None or _GLOBAL_FLAGS.match(pattern) or flags & (re.VERBOSE | re.DEBUG | re.LOCALE):
        return pattern
    try:
        parsed = parse_shared(pattern, int(flags))
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


# -- the guard as the engine's own first-character set ------------------------------------------

#: The characters outside ASCII that ``re`` matches to an ASCII character when case is ignored:
#: U+0130 and U+212A lower-case to "i" and "k", and ``re`` folds U+0131 with "i" and U+017F with
#: "s". tests/test_regex_guard.py scans every code point to check that there are no others.
ASCII_FOLD_PARTNERS = "\u0130\u0131\u017f\u212a"
_CANDIDATES = tuple(map(chr, range(128))) + tuple(ASCII_FOLD_PARTNERS)


#: tests set this to give a guard of one character as a set too (``first_set_program``)
_PLAIN_FIRST_SET = False


def first_set_program(parsed: Any, program: list[int], flags: int) -> list[int] | None:
    """``program`` (the engine code ``re`` compiled from ``parsed``, a guarded pattern) with the
    guard's class also given to the engine as its first-character set, or None when that
    cannot be done exactly.

    Why: ``re`` derives a first-character set (the ``INFO`` block's charset: the search loop
    skips, in C, every position whose character is not in it) only from a first element that
    consumes a case-sensitive character, never from a lookahead and never under IGNORECASE.
    So a guarded pattern still enters the matcher at every position just to test the guard;
    profiling a default run showed the matcher's entry at every position among the largest
    costs of the regex engine. The set given here holds every character the guard's class
    accepts under the pattern's flags (case-folded for IGNORECASE: both cases and the fold
    partners above; only for a class of ASCII characters, whose partners are known exactly),
    so a position it skips is one where the guard, and so the pattern, cannot match: the same
    matches, the same spans. The pattern's width limits are kept as ``re`` computed them.
    A category (``\\s``, ``\\d``, ``\\w``) is given as the engine's own category test: no
    character outside one folds into it. Anything else (a negated set, a range, a cased
    letter outside ASCII under IGNORECASE, a program without the plain ``INFO`` block) gives
    None and the program stays as ``re`` made it.
    """
    if _compiler is None or not parsed.data or not program:
        return None
    op, av = parsed.data[0]
    if op is not _c.ASSERT or av[0] != 1 or len(av[1].data) != 1:
        return None  # not a lookahead of one class
    inner_op, inner_av = av[1].data[0]
    items = inner_av if inner_op is _c.IN else [(inner_op, inner_av)] if inner_op is _c.LITERAL else None
    if not items:
        return None
    final = int(flags | parsed.state.flags)
    ignore = final & re.IGNORECASE
    chars: list[str] = []
    categories: list[tuple[Any, Any]] = []
    for item, arg in items:
        if item is _c.LITERAL:
            chars.append(chr(arg))
        elif item is _c.CATEGORY:  # \d, \s, \w and their opposites: case-closed sets
            categories.append((item, arg))
        else:
            return None
    if ignore and chars:
        # what folds to an ASCII character is known (ASCII_FOLD_PARTNERS); a punctuation mark or
        # a space outside ASCII has no case, is no case mapping's target and folds only to itself
        others = [c for c in chars if not c.isascii()]
        if any(unicodedata.category(c)[0] not in "PZ" for c in others):
            return None
        one_class = re.compile("[" + "".join(map(re.escape, chars)) + "]", final & ~re.DEBUG)
        chars = [c for c in (*_CANDIDATES, *others) if one_class.fullmatch(c)]
    # the plain block ``re`` writes when it finds no prefix: INFO, skip, mask 0, min, max
    if program[0] != _c.INFO or program[1] != 4 or program[2] != 0 or program[3] == 0:
        return None
    if len(chars) == 1 and not categories and not _PLAIN_FIRST_SET:
        # one character (",", ".", ":"): given as a literal prefix of one character that the match
        # does not skip (``prefix_skip`` 0, as ``re`` writes for a prefix inside a group: the match
        # still starts with the guard), which the engine looks for with a plain comparison loop,
        # several times faster than its set test at each character
        code = [_c.INFO, 0, _c.SRE_INFO_PREFIX, program[3], program[4], 1, 0, ord(chars[0])]
        code.extend(_compiler._generate_overlap_table([ord(chars[0])]))
        code[1] = len(code) - 1
        return code + program[5:]
    charset, _ = _compiler._optimize_charset([*((_c.LITERAL, ord(c)) for c in chars), *categories])
    code = [_c.INFO, 0, _c.SRE_INFO_CHARSET, program[3], program[4]]
    _compiler._compile_charset(charset, final, code)
    code[1] = len(code) - 1
    return code + program[5:]
