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

import functools
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

#: strings listed in one stretch between two word edges, at most (a stretch of more gives no set)
_MAX_STRINGS = 4096
#: words in one set, at most: a larger set costs a document more look-ups than it saves
_MAX_WORDS = 2048
#: unions of an alternation's branch sets, at most (``_Derivation.either``)
_MAX_UNIONS = 3
_WORD_CHAR = re.compile(r"\w")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
#: what joins the parts of a word token (``tokens.WORD_RE``)
_JOINERS = re.compile("['\u2019\\-]")

_WORD_SETS = Memo("word-probes")

#: What a parsed item tells of a word edge (a position where no word goes on: the character
#: before it or the one at it is not a word character, or there is none) on one side of it,
#: from the other side: the side is an edge whatever the other is (``_ALWAYS``: ``\\b``, a
#: space, a group whose every branch ends in one, a lookbehind that ends in one), it is one
#: when the other side is (``_PASSES``: a test that consumes nothing, ``\\s*``), or nothing
#: is known (``_NEVER``: a letter, ``\\w``, ``.``). A pair (forward: the side after from the
#: side before; backward: the side before from the side after).
_ALWAYS, _PASSES, _NEVER = 2, 1, 0
_Edges = tuple[int, int]


class _Unknown(Exception):
    """Something in a stretch whose strings are not listed here."""


def word_sets(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of lower-case words (ASCII letters and digits) of which every match of ``pattern``
    holds one of each as a whole word; () when none is known. Kept in the start-up cache."""
    key = (pattern, int(flags))
    found = _WORD_SETS.get(key)
    if not isinstance(found, tuple):
        found = tuple(tuple(sorted(s)) for s in _rarest_first(derive_word_sets(pattern, flags)))
        _WORD_SETS.put(key, found)
    return tuple(frozenset(s) for s in found)


def _rarest_first(sets: list[frozenset[str]]) -> list[frozenset[str]]:
    """``sets`` with the set a text is least likely to hold first (``_Derivation.commonness``): a
    document that lacks the words of one is turned away at the first set it lacks."""
    if len(sets) < 2:
        return sets
    from .word_frequency import TABLE_MIN_ZIPF, zipf_table

    zipf, rare = zipf_table(), TABLE_MIN_ZIPF - 0.5
    return sorted(sets, key=lambda words: sum(10.0 ** zipf.get(w, rare) for w in words))


def derive_word_sets(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """``word_sets`` computed from the pattern (no cache)."""
    return _derive(pattern, flags, parse_shared, memo=True)


def derive_word_sets_plain(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """``derive_word_sets`` working out every item's edges and strings afresh wherever it is met
    (no memo): the reference the memo is tested against."""
    return _derive(pattern, flags, None, memo=False)


def _derive(
    pattern: str, flags: int, parse: Callable[[str, int], Any] | None, memo: bool
) -> list[frozenset[str]]:
    if _parser is None or flags & (re.ASCII | re.LOCALE | re.DEBUG):
        return []
    try:
        parsed = (parse or _parser.parse)(pattern, int(flags))
    except Exception:
        return []
    if parsed.state.flags & (re.ASCII | re.LOCALE):  # inline (?a) or (?L)
        return []
    try:
        return _pruned(_Derivation(memo).sets_of(_items(parsed), False, False))
    except RecursionError:  # a pattern nested deeper than the stack: no sets
        return []


def _pruned(sets: list[frozenset[str]]) -> list[frozenset[str]]:
    """``sets`` without repeats and without a set that holds another (its test is implied)."""
    unique = list(dict.fromkeys(sets))
    return [s for s in unique if not any(other < s for other in unique)]


class _Derivation:
    """The word sets of one parsed pattern (``sets_of``); with ``memo``, each item's edges and
    strings are worked out once, where a nested group is otherwise met again at each level."""

    def __init__(self, memo: bool) -> None:
        from .word_frequency import TABLE_MIN_ZIPF, zipf_table

        self._zipf = zipf_table()
        self._rare = TABLE_MIN_ZIPF - 0.5  # a word the table lacks
        self._edge_memo: dict[int, _Edges] | None = {} if memo else None
        self._string_memo: dict[int, frozenset[str] | None] | None = {} if memo else None
        #: each string's rarest word ("" for none): the strings of a group are met again in
        #: the stretches of each level around it
        self._rarest: dict[str, str] = {}

    # -- word edges ----------------------------------------------------------------------
    def edges(self, item: tuple[Any, Any]) -> _Edges:
        """(forward, backward) of one parsed item (``_ALWAYS``, ``_PASSES``, ``_NEVER``)."""
        memo = self._edge_memo
        if memo is None:
            return self._item_edges(item)
        found = memo.get(id(item))
        if found is None:
            found = memo[id(item)] = self._item_edges(item)
        return found

    def sequence_edges(self, items: Any) -> _Edges:
        """(forward, backward) of a sequence: those of its last (first) item that does not pass."""
        sequence = _items(items)
        forward = backward = _PASSES
        for item in reversed(sequence):
            forward = self.edges(item)[0]
            if forward != _PASSES:
                break
        for item in sequence:
            backward = self.edges(item)[1]
            if backward != _PASSES:
                break
        return forward, backward

    def _item_edges(self, item: tuple[Any, Any]) -> _Edges:
        op, av = item
        if op is _c.LITERAL:
            return (_NEVER, _NEVER) if _word_code(av) else (_ALWAYS, _ALWAYS)
        if op is _c.IN:
            return (_ALWAYS, _ALWAYS) if _separator(item) else (_NEVER, _NEVER)
        if op is _c.AT:
            return (_ALWAYS, _ALWAYS) if av in _EDGE_ATS else (_PASSES, _PASSES)
        if op is _c.ASSERT:
            direction, sub = av
            forward, backward = self.sequence_edges(sub)
            # a lookahead's pattern starts here, a lookbehind's ends here
            sure = (backward if direction > 0 else forward) == _ALWAYS
            return (_ALWAYS, _ALWAYS) if sure else (_PASSES, _PASSES)
        if op is _c.ASSERT_NOT:
            # (?!\w), (?![\w-]|...), (?<!\w): no word character after (before) this position
            return (_ALWAYS, _ALWAYS) if _any_word_character(_items(av[1])) else (_PASSES, _PASSES)
        if op is _c.SUBPATTERN:
            _, add_flags, _, sub = av
            if add_flags & (re.ASCII | re.LOCALE):  # (?a:...): another \b and \w
                return _NEVER, _NEVER
            return self.sequence_edges(sub)
        if op is _ATOMIC_GROUP:
            return self.sequence_edges(av)
        if op is _c.BRANCH:
            pairs = [self.sequence_edges(branch) for branch in av[1]]
            return min(f for f, _ in pairs), min(b for _, b in pairs)
        if op in _REPEATS:
            low, high, sub = av
            if high == 0:
                return _PASSES, _PASSES
            forward, backward = self.sequence_edges(sub)
            if low == 0:  # or nothing at all
                return min(forward, _PASSES), min(backward, _PASSES)
            return forward, backward
        return _NEVER, _NEVER  # ".", "[^x]", a back-reference, a conditional ...

    # -- word sets -----------------------------------------------------------------------
    def sets_of(self, items: list[Any], before: bool, after: bool) -> list[frozenset[str]]:
        """The word sets of a sequence whose start (end) is a word edge when ``before``
        (``after``): one for each stretch between two edges whose strings are listed, then
        those of its groups, its alternations (a set of one of each branch's sets: a match
        holds a word of the branch it takes) and the first pass of its repeats."""
        word = _literal_word(items)
        if word is not None:  # a plain word, as most branches of a long alternation are
            return [frozenset((word,))] if before and after and word else []
        n = len(items)
        pairs = [self.edges(item) for item in items]
        edge = [before, *([False] * (n - 1)), after] if n else [before or after]
        changed = True
        while changed:  # an edge found backward may carry forward past a test, and back
            changed = False
            for k in range(n):
                if not edge[k + 1] and (pairs[k][0] == _ALWAYS or (pairs[k][0] == _PASSES and edge[k])):
                    edge[k + 1] = changed = True
            for k in range(n - 1, -1, -1):
                if not edge[k] and (pairs[k][1] == _ALWAYS or (pairs[k][1] == _PASSES and edge[k + 1])):
                    edge[k] = changed = True
        found: list[tuple[int, list[frozenset[str]]]] = []
        at = [k for k in range(n + 1) if edge[k]]
        for a, b in pairwise(at):
            words = self.stretch_words(items[a:b])
            if words is not None:
                found.append((a, [words]))
        for k, (op, av) in enumerate(items):
            if op is _c.SUBPATTERN and not av[1] and not av[2]:  # a group without local flags
                found.append((k, self.sets_of(_items(av[3]), edge[k], edge[k + 1])))
            elif op is _ATOMIC_GROUP:
                found.append((k, self.sets_of(_items(av), edge[k], edge[k + 1])))
            elif op is _c.BRANCH:
                per_branch = [self.sets_of(_items(branch), edge[k], edge[k + 1]) for branch in av[1]]
                if all(per_branch):
                    found.append((k, self.either(per_branch)))
            elif op in _REPEATS and av[0] >= 1:
                _, high, sub = av
                # the first pass ends where the repeat ends, or where the next pass starts
                forward, backward = self.sequence_edges(sub)
                end = forward == _ALWAYS or (edge[k + 1] and (high == 1 or backward == _ALWAYS))
                found.append((k, self.sets_of(_items(sub), edge[k], end)))
        found.sort(key=lambda pair: pair[0])  # stable: a stretch before the groups it starts with
        return [words for _, sets in found for words in sets]

    def either(self, per_branch: list[list[frozenset[str]]]) -> list[frozenset[str]]:
        """Sets of an alternation from its branches' sets: a union of one set of each branch (a match
        takes a branch and holds a word of each of its sets). The first union takes each branch's
        rarest set, the next its second rarest (or its last), and so on: each is a further test
        ("study"/"research" and then "show"/"found" of "studies show|research found")."""
        ranked = [sorted(sets, key=self.commonness) for sets in per_branch]
        unions = []
        for j in range(min(max(map(len, ranked)), _MAX_UNIONS)):
            either = frozenset().union(*(sets[min(j, len(sets) - 1)] for sets in ranked))
            if len(either) <= _MAX_WORDS:
                unions.append(either)
        return unions

    def stretch_words(self, stretch: list[Any]) -> frozenset[str] | None:
        """The rarest word of each string the stretch can match, or None when a string holds no
        word or they are not listed: between two edges, each word of a string is a whole word."""
        try:
            strings = self.strings(stretch)
        except _Unknown:
            return None
        words = set()
        rarest = self._rarest
        for s in strings:
            word = rarest.get(s)
            if word is None:
                parts = [part for part in _NOT_WORD.split(s) if part]
                # a string without a word (the stretch may be empty) gives no set
                word = rarest[s] = min(parts, key=self.word_commonness) if parts else ""
            if not word:
                return None
            words.add(word)
        return frozenset(words) if len(words) <= _MAX_WORDS else None

    def word_commonness(self, word: str) -> tuple[float, int, str]:
        """How common a word is (its Zipf frequency), then shorter first: the rarest is chosen."""
        return self._zipf.get(word, self._rare), -len(word), word

    def commonness(self, words: frozenset[str]) -> tuple[float, int, tuple[str, ...]]:
        """How likely a text is to hold one of ``words`` (their summed frequencies)."""
        zipf, rare = self._zipf, self._rare
        return sum(10.0 ** zipf.get(w, rare) for w in words), len(words), tuple(sorted(words))

    def strings(self, items: list[Any]) -> frozenset[str] | set[str]:
        """Every string the sequence ``items`` can match, lower-cased, a separator as " ", a
        test that consumes nothing as ""; raises ``_Unknown`` for anything else or for more
        than ``_MAX_STRINGS`` strings."""
        out: set[str] | frozenset[str] = {""}
        run: list[str] = []  # letters and digits not yet added to ``out``
        for item in items:
            op, av = item
            if op is _c.LITERAL and av in _ALNUM:
                run.append(_ALNUM[av])
                continue
            if run:
                tail, run = "".join(run), []
                out = {a + tail for a in out}
            options = self.item_strings(item)
            if len(out) * len(options) > _MAX_STRINGS:
                raise _Unknown
            if options != {""}:
                out = {a + b for a in out for b in options}
        if run:
            tail = "".join(run)
            out = {a + tail for a in out}
        return out

    def item_strings(self, item: tuple[Any, Any]) -> frozenset[str] | set[str]:
        """``strings`` of one item, from the memo when it was listed before."""
        memo = self._string_memo
        if memo is None:
            return self._item_strings(item)
        key = id(item)
        if key not in memo:
            try:
                memo[key] = frozenset(self._item_strings(item))
            except _Unknown:
                memo[key] = None
        found = memo[key]
        if found is None:
            raise _Unknown
        return found

    def _item_strings(self, item: tuple[Any, Any]) -> frozenset[str] | set[str]:
        op, av = item
        if _separator(item):
            return {" "}
        if op is _c.LITERAL:
            ch = chr(av)
            if not (ch.isascii() and ch.isalnum()):
                raise _Unknown
            return {ch.lower()}
        if op is _c.IN:
            options = set()
            for o, a in av:
                ch = chr(a) if o is _c.LITERAL else ""
                if not (ch.isascii() and ch.isalnum()):
                    raise _Unknown  # a range, a category, a negation, "_" ...
                options.add(ch.lower())
            return options
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return {""}  # a test: the strings without it hold those with it
        if op in _REPEATS and _separators(av):
            return {" "} if av[0] >= 1 else {"", " "}  # "\\s+", "[ -]?"
        if op in _REPEATS:
            low, high, sub = av
            if high > 3:
                raise _Unknown
            inner = self.strings(_items(sub))
            options = set()
            for times in range(low, high + 1):
                repeated: set[str] = {""}
                for _ in range(times):
                    if len(repeated) * len(inner) > _MAX_STRINGS:
                        raise _Unknown
                    repeated = {a + b for a in repeated for b in inner}
                options |= repeated
            return options
        if op is _c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown
            return self.strings(_items(sub))
        if op is _ATOMIC_GROUP:
            return self.strings(_items(av))
        if op is _c.BRANCH:
            options = set()
            for branch in av[1]:
                options |= self.strings(_items(branch))
                if len(options) > _MAX_STRINGS:
                    raise _Unknown
            return options
        raise _Unknown


#: the position tests that hold only at a word edge: ``\\b``, ``^``, ``\\A``, ``$``, ``\\Z``
#: (a search's end, like ``\\b`` there, is never inside a word: ``ProbedPattern.holds_words``)
_EDGE_ATS = (
    ()
    if _c is None
    else (
        _c.AT_BOUNDARY,
        _c.AT_BEGINNING,
        _c.AT_BEGINNING_LINE,
        _c.AT_BEGINNING_STRING,
        _c.AT_END,
        _c.AT_END_LINE,
        _c.AT_END_STRING,
    )
)
_REPEATS = () if _c is None else (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
#: ``(?>...)`` (Python 3.11 and later)
_ATOMIC_GROUP = None if _c is None else getattr(_c, "ATOMIC_GROUP", None)


def _items(sub: Any) -> list[Any]:
    """The items of a parsed sequence: a ``SubPattern``'s list (iterating one calls a Python
    ``__getitem__`` per item), or the sequence itself."""
    data = getattr(sub, "data", None)
    return data if isinstance(data, list) else list(sub)


def _any_word_character(items: list[Any]) -> bool:
    """Whether ``items`` is one character test that takes every word character (``\\w``,
    ``[\\w-]``), or an alternation of which a branch is."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is _c.IN:
        return all(o is not _c.NEGATE for o, _ in av) and any(
            o is _c.CATEGORY and a is _c.CATEGORY_WORD for o, a in av
        )
    if op is _c.BRANCH:
        return any(_any_word_character(_items(branch)) for branch in av[1])
    if op is _c.SUBPATTERN and not av[1] and not av[2]:
        return _any_word_character(_items(av[3]))
    return False


def _separator(item: tuple[Any, Any]) -> bool:
    """Whether ``item`` matches one character and never a word character."""
    op, av = item
    if op is _c.LITERAL:
        return not _word_code(av)
    if op is _c.IN:
        return bool(av) and all(
            (o is _c.CATEGORY and a in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD))
            or (o is _c.LITERAL and not _word_code(a))
            for o, a in av
        )
    return False


@functools.lru_cache(maxsize=1024)
def _word_code(code: int) -> bool:
    """Whether the character of code point ``code`` is a word character (``\\w``)."""
    return _WORD_CHAR.match(chr(code)) is not None


#: the code point of each ASCII letter and digit -> the letter lower-cased, or the digit
_ALNUM = {ord(ch): ch.lower() for ch in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}


def _literal_word(items: list[Any]) -> str | None:
    """The lower-cased word ``items`` spell when each is an ASCII letter or digit, else None."""
    letters = []
    for op, av in items:
        if op is not _c.LITERAL or av not in _ALNUM:
            return None
        letters.append(_ALNUM[av])
    return "".join(letters)


def _separators(repeat: tuple[Any, Any, Any]) -> bool:
    """Whether a repeat's body is one separator (``_separator``)."""
    sub = _items(repeat[2])
    return len(sub) == 1 and _separator(sub[0])


#: ``matching._case_exotic``, once ``DocumentWords`` has imported it (an import statement costs
#: microseconds at each call, even when its module is loaded)
_CASE_EXOTIC: Callable[[str], bool] | None = None


class DocumentWords:
    """Whether a document's words hold given whole words (``word_sets``), once per document."""

    __slots__ = ("_exotic", "_index", "_parts", "_words")

    def __init__(self, doc: Document) -> None:
        global _CASE_EXOTIC
        if _CASE_EXOTIC is None:  # imported at the first document (matching imports this module)
            from .matching import _case_exotic

            _CASE_EXOTIC = _case_exotic
        case_exotic = _CASE_EXOTIC
        self._index = doc.word_index
        #: the document's distinct words, as a frozenset (shared with the rules that read it)
        self._words = doc.word_set
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

        Each set is asked of the words in C (one set operation with the document's distinct
        words, ``Document.word_set``, which walks the smaller of the two: a set of a long
        alternation holds hundreds of words, then one with the joined tokens' parts) instead of
        one ``holds`` call per word of it, as ``holds_all_plain`` does;
        tests/test_holds_all_fast_path.py compares the two."""
        if self._exotic:
            return True
        held = self._words
        for words in sets:
            if words.isdisjoint(held) and words.isdisjoint(self._joined_parts()):
                return False
        return True

    def holds_all_plain(self, sets: tuple[frozenset[str], ...]) -> bool:
        """``holds_all`` asking ``holds`` of each word (its plain form)."""
        if self._exotic:
            return True
        holds = self.holds
        return all(any(holds(w) for w in words) for words in sets)
