"""Whole words every match of a pattern holds, looked up in a document's words.

A pattern's probes (``matching.literal_probe_sets``) are substrings: ``\\brats?\\b`` has the
probe "rat", which "rate", "separate" and "duration" hold, so a document with any of those
words is searched for a rat it does not mention. Where the pattern bounds a literal by word
boundaries on both sides, every match holds that literal as a whole run of word characters,
and a document can match only if one of its words is that run. Such a run is exactly one of
the document's word tokens, or one part of a token joined by apostrophes or hyphens
("rat's", "rat-borne"): a token is a run of word characters other than "_"
(``tokens.WORD_RE``), and the characters on either side of a ``\\b``-bounded run are not word
characters. Lower-casing maps the words as it maps the probes (``matching._EXOTIC``: a text
where it does not is searched in full).

The edges of a literal, read from the parsed pattern (``re._parser``): ``\\b``, ``^``, a
character or a class that holds no word character (a space, ``\\s``, a hyphen), or one or more
of those. Between two edges, every string the pattern can match there is listed (literal
letters and digits, small classes of them, optional letters, alternatives, separators
between words: "rats?" is "rat" or "rat"+"s"); each string gives its longest word, and a
match holds one of those as a whole word. Anything else between the edges (``\\w+``, a
repeat, a lookaround, a character outside ASCII, a local flag) gives no set; a pattern
with ``re.ASCII`` (whose ``\\b`` reads "é" as a boundary) or ``re.LOCALE`` gives none at all.

``word_sets`` is derived once per pattern and kept in the start-up cache; ``ProbedPattern``
asks ``DocumentWords.holds_all`` before it searches. tests/test_word_probes.py checks, on
varied texts, that a document refused by these sets has no match.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from ..cache import Memo
from ..document import Document
from .regex_guard import parse_shared

try:  # the parser behind re.compile (Python 3.11 and later)
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - Python 3.10: no word sets
    _parser = _c = None

#: strings listed between two edges, at most
_MAX_STRINGS = 64
#: branches of an alternation each put in its place in the sequence, at most
_MAX_BRANCHES = 16
_WORD_CHAR = re.compile(r"\w")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
#: what joins the parts of a word token (``tokens.WORD_RE``)
_JOINERS = re.compile("['\u2019\\-]")

_WORD_SETS = Memo("word-probes")


class _Unknown(Exception):
    """Something between two edges whose strings are not listed here."""


def word_sets(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of lower-case words (ASCII letters and digits) of which every match of ``pattern``
    holds one of each as a whole word; () when none is known. Kept in the start-up cache."""
    key = (pattern, int(flags))
    found = _WORD_SETS.get(key)
    if not isinstance(found, tuple):
        found = tuple(tuple(sorted(s)) for s in derive_word_sets(pattern, flags))
        _WORD_SETS.put(key, found)
    return tuple(frozenset(s) for s in found)


def derive_word_sets(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """``word_sets`` computed from the pattern (no cache)."""
    if _parser is None or flags & (re.ASCII | re.LOCALE | re.DEBUG):
        return []
    try:
        parsed = parse_shared(pattern, int(flags))
    except Exception:
        return []
    if parsed.state.flags & (re.ASCII | re.LOCALE):  # inline (?a) or (?L)
        return []
    return list(dict.fromkeys(_sequence_sets(list(parsed), memo={})))


def derive_word_sets_plain(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """``derive_word_sets`` listing every stretch's strings afresh (no memo): the reference the
    memo is tested against."""
    if _parser is None or flags & (re.ASCII | re.LOCALE | re.DEBUG):
        return []
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:
        return []
    if parsed.state.flags & (re.ASCII | re.LOCALE):
        return []
    return list(dict.fromkeys(_sequence_sets(list(parsed))))


#: a stretch's strings by the identities of its parsed items (one derivation's parse tree, alive
#: while it runs), or None when they are not listed (``_Unknown``)
_Memo = dict[tuple[int, ...], "frozenset[str] | None"]


def _sequence_sets(items: list[Any], expand: bool = True, memo: _Memo | None = None) -> list[frozenset[str]]:
    """The word sets of a sequence of parsed items: one for each stretch between two edges whose
    strings are listed, those of the plain groups in it, and one for its first alternation
    (the parser writes ``\\bmice\\b|\\brats?\\b`` as ``\\b`` and then the branches): the
    sequence with each branch in its place must give a set, and a match holds a word of one.
    Only at the top (``expand``) and for up to ``_MAX_BRANCHES`` branches: the work stays small.
    With ``memo``, a stretch met again (each branch put in its place repeats the stretches
    outside it) is not listed again."""
    sets: list[frozenset[str]] = []
    edges = [k for k, item in enumerate(items) if _is_edge(item)]
    for a, b in pairwise(edges):
        if b - a < 2:
            continue
        stretch = items[a + 1 : b]
        strings = _stretch_strings(stretch, memo)
        if strings is None:
            continue
        words = set()
        for s in strings:
            parts = _NOT_WORD.split(s)
            longest = max(parts, key=len)
            if not longest:
                break  # a string without a word (the stretch may be empty): no set
            words.add(longest)
        else:
            sets.append(frozenset(words))
    if not expand:
        return sets
    for op, av in items:
        if op is _c.SUBPATTERN and not av[1] and not av[2]:  # a group without local flags
            sets += _sequence_sets(list(av[3]), False, memo)
    for k, (op, av) in enumerate(items):
        if op is _c.BRANCH and len(av[1]) <= _MAX_BRANCHES:
            per_branch = [
                _sequence_sets([*items[:k], *branch, *items[k + 1 :]], False, memo) for branch in av[1]
            ]
            if all(per_branch):
                sets.append(frozenset().union(*(branch_sets[0] for branch_sets in per_branch)))
            break
    return sets


def _stretch_strings(stretch: list[Any], memo: _Memo | None) -> frozenset[str] | set[str] | None:
    """``_strings(stretch)``, None for ``_Unknown``; from ``memo`` when the stretch was met before."""
    if memo is None:
        try:
            return _strings(stretch)
        except _Unknown:
            return None
    key = tuple(map(id, stretch))
    if key not in memo:
        try:
            memo[key] = frozenset(_strings(stretch))
        except _Unknown:
            memo[key] = None
    return memo[key]


def _is_edge(item: tuple[Any, Any]) -> bool:
    """Whether ``item`` matches only where a word cannot go on: ``\\b``, ``^``, ``\\A``, or one
    or more characters that are not word characters."""
    op, av = item
    if op is _c.AT:
        return av in (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_LINE, _c.AT_BEGINNING_STRING)
    if op in (_c.LITERAL, _c.IN):
        return _separator(item)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, sub = av
        return low >= 1 and len(sub) == 1 and _separator(next(iter(sub)))
    return False


def _separator(item: tuple[Any, Any]) -> bool:
    """Whether ``item`` matches one character and never a word character."""
    op, av = item
    if op is _c.LITERAL:
        return _WORD_CHAR.match(chr(av)) is None
    if op is _c.IN:
        return bool(av) and all(
            (o is _c.CATEGORY and a in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD))
            or (o is _c.LITERAL and _WORD_CHAR.match(chr(a)) is None)
            for o, a in av
        )
    return False


def _separators(repeat: tuple[Any, Any, Any]) -> bool:
    """Whether a repeat's body is one separator (``_separator``)."""
    sub = list(repeat[2])
    return len(sub) == 1 and _separator(sub[0])


def _strings(items: list[Any]) -> set[str]:
    """Every string the sequence ``items`` can match, lower-cased, a separator as " "; raises
    ``_Unknown`` for anything else or for more than ``_MAX_STRINGS`` strings."""
    out = {""}
    for item in items:
        op, av = item
        if _separator(item):
            options = {" "}
        elif op is _c.LITERAL:
            ch = chr(av)
            if not (ch.isascii() and ch.isalnum()):
                raise _Unknown
            options = {ch.lower()}
        elif op is _c.IN:
            options = set()
            for o, a in av:
                ch = chr(a) if o is _c.LITERAL else ""
                if not (ch.isascii() and ch.isalnum()):
                    raise _Unknown  # a range, a category, a negation, "_" ...
                options.add(ch.lower())
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and _separators(av):
            options = {" "} if av[0] >= 1 else {"", " "}  # "\\s+", "[ -]?"
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, sub = av
            if high > 3:
                raise _Unknown
            inner = _strings(list(sub))
            options = set()
            for times in range(low, high + 1):
                repeated = {""}
                for _ in range(times):
                    repeated = {a + b for a in repeated for b in inner}
                    if len(repeated) > _MAX_STRINGS:
                        raise _Unknown
                options |= repeated
        elif op is _c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown
            options = _strings(list(sub))
        elif op is _c.BRANCH:
            options = set()
            for branch in av[1]:
                options |= _strings(list(branch))
        else:
            raise _Unknown
        out = {a + b for a in out for b in options}
        if len(out) > _MAX_STRINGS:
            raise _Unknown
    return out


#: ``matching._case_exotic``, once ``DocumentWords`` has imported it (an import statement costs
#: microseconds at each call, even when its module is loaded)
_CASE_EXOTIC: Callable[[str], bool] | None = None


class DocumentWords:
    """Whether a document's words hold given whole words (``word_sets``), once per document."""

    __slots__ = ("_exotic", "_index", "_parts")

    def __init__(self, doc: Document) -> None:
        global _CASE_EXOTIC
        if _CASE_EXOTIC is None:  # imported at the first document (matching imports this module)
            from .matching import _case_exotic

            _CASE_EXOTIC = _case_exotic
        case_exotic = _CASE_EXOTIC
        self._index = doc.word_index
        #: a text whose lower-casing is not the regex's case folding holds every word (``_EXOTIC``)
        self._exotic = case_exotic(doc.lower)
        #: the parts of the tokens joined by apostrophes or hyphens, built when first needed
        self._parts: frozenset[str] | None = None

    def holds(self, word: str) -> bool:
        """Whether ``word`` is one of the document's words or a part of one."""
        if word in self._index:
            return True
        return word in self._joined_parts()

    def _joined_parts(self) -> frozenset[str]:
        parts = self._parts
        if parts is None:
            parts = self._parts = frozenset(
                part for token in self._index if not token.isalnum() for part in _JOINERS.split(token)
            )
        return parts

    def holds_all(self, sets: tuple[frozenset[str], ...]) -> bool:
        """Whether the document holds a word of every set (True for a case-exotic text).

        Each set is asked of the words in C (a ``map`` of look-ups, then one set operation
        with the joined tokens' parts) instead of one ``holds`` call per word of it, as
        ``holds_all_plain`` does; tests/test_holds_all_fast_path.py compares the two."""
        if self._exotic:
            return True
        held = self._index.__contains__
        for words in sets:
            if not any(map(held, words)) and words.isdisjoint(self._joined_parts()):
                return False
        return True

    def holds_all_plain(self, sets: tuple[frozenset[str], ...]) -> bool:
        """``holds_all`` asking ``holds`` of each word (its plain form)."""
        if self._exotic:
            return True
        holds = self.holds
        return all(any(holds(w) for w in words) for words in sets)
