"""Multi-word phrase matching in one pass over the words of a document.

Lexicon rules hold thousands of phrases (the tortured-phrase list alone has
8,000+). One regex per phrase would make linting cost grow with the lexicon;
a word trie walked once per word start keeps it proportional to the text.
"""

from __future__ import annotations

import functools
import re
import weakref
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, ClassVar, Generic, TypeVar

from ..cache import Memo
from ..document import Document
from .regex_stops import stop_chars
from .tokens import ASCII_LOWER_WORD_RE, WORD_RE
from .word_probes import DocumentWords, word_sets

T = TypeVar("T")

_END = object()


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    start: int
    end: int
    first_word: int
    last_word: int
    value: T


def phrase_words(phrase: str) -> list[str]:
    """The lowercase word keys a phrase is matched by (same tokenizer as documents).

    An ASCII phrase is lower-cased first and split in one C call (``ASCII_LOWER_WORD_RE``), as
    ``Document.words`` splits an ASCII chunk: lower-casing ASCII changes letters only, one for one, and a letter is a
    word character either way, so the words and their boundaries are the same.
    ``phrase_words_plain`` lower-cases each word found in the phrase as written; tests/test_phrase_walk.py
    compares the two. Lexicons add thousands of phrases as documents bring their first words.
    """
    if phrase.isascii():
        return ASCII_LOWER_WORD_RE.findall(phrase.lower())
    return phrase_words_plain(phrase)


def apostrophe_forms(phrase: str) -> tuple[str, ...]:
    """The phrase as a lexicon writes it and, if it holds a straight apostrophe, with the typographic one a
    web page writes ("Crohn's illness", "Crohn\u2019s illness"): a matcher given both reads either, since the
    document's words keep the apostrophe they were written with."""
    return tuple(dict.fromkeys((phrase, phrase.replace("'", "\u2019"))))


def phrase_words_plain(phrase: str) -> list[str]:
    """``phrase_words`` for any phrase: each word token lower-cased."""
    return [m.group().lower() for m in WORD_RE.finditer(phrase)]


class PhraseMatcher(Generic[T]):
    """Case-insensitive, token-boundary, leftmost-longest phrase matcher over a word trie.

    A large lexicon defers its own parsing (``kinds.tortured`` adds the rows
    whose first word a document holds); the matcher itself inserts every
    phrase it is given.
    """

    def __init__(self, phrases: Iterable[tuple[str, T]] = ()) -> None:
        self._root: dict[object, object] = {}
        self._added = 0
        for phrase, value in phrases:
            self.add(phrase, value)

    def __len__(self) -> int:
        """Phrases added (a phrase added twice counts twice; the later value wins)."""
        return self._added

    def add(self, phrase: str, value: T) -> None:
        keys = phrase_words(phrase)
        if not keys:
            raise ValueError(f"phrase {phrase!r} has no words")
        node = self._root
        for key in keys:
            node = node.setdefault(key, {})  # type: ignore[assignment]
        node[_END] = value
        self._added += 1

    def iter_matches(self, doc: Document) -> Iterator[PhraseMatch[T]]:
        """Leftmost-longest, non-overlapping matches in document order.

        Only positions whose word starts some phrase are visited: the document's
        word index (built once, shared by every lexicon) is intersected with the
        trie's first words, so a rule with 8,000 phrases costs about as much as
        one with 8 on a text that contains none of them. Most calls find no such
        word (a claim rule without phrases has an empty trie): they return an
        empty iterator without starting the walk, which is what the walk would
        yield from no start positions.
        """
        root = self._root
        if not root:
            return iter(())
        index = doc.word_index
        firsts = index.keys() & root.keys()
        if not firsts:
            return iter(())
        return self._walk(doc, sorted(chain.from_iterable(map(index.__getitem__, firsts))))

    def iter_matches_among(self, doc: Document, words: AbstractSet[str]) -> Iterator[PhraseMatch[T]]:
        """``iter_matches`` with the trie's first words looked for among ``words``: some of the
        document's distinct words, which must hold every one of them that is a first word of the
        trie (a lexicon that meets the document's words once with all its first words, and
        hands each of its tables the few found)."""
        root = self._root
        if not root:
            return iter(())
        firsts = words & root.keys()
        if not firsts:
            return iter(())
        index = doc.word_index
        return self._walk(doc, sorted(chain.from_iterable(map(index.__getitem__, firsts))))

    def _walk(self, doc: Document, starts: list[int]) -> Iterator[PhraseMatch[T]]:
        """The matches that start at the word indexes ``starts`` (ascending), as ``iter_matches``."""
        words = doc.words()
        joinable = doc.joinable
        lowers = doc.lower_words
        root = self._root
        n = len(words)
        last_end = -1
        for i in starts:
            if i <= last_end:
                continue
            node: Any = root[lowers[i]]  # the trie's nodes are dicts (``add``)
            best: tuple[int, object] | None = None
            j = i
            while True:
                if _END in node:
                    best = (j, node[_END])
                if j + 1 >= n or not joinable[j]:
                    break
                nxt = node.get(lowers[j + 1])
                if nxt is None:
                    break
                node = nxt
                j += 1
            if best is None:
                continue
            last, value = best
            last_end = last
            yield PhraseMatch(words.starts[i], words.ends[last], i, last, value)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ProbedPattern:
    """A regex with cheap substring probes: when none is in the text, no regex pass.

    Whether or not it has probes, a pattern is searched block by block: a match
    never crosses from one block into the next (sentences do not), so deriving
    a probe can only skip work, never change what matches.

    ``also`` holds further probe sets every match needs one of besides ``probes``
    (``\\bpictures?\\s+from`` needs "picture" and "from"): a text must hold one
    probe of each set to be searched. ``ProbedPattern(regex, probes)`` without
    them is the plain form; ``tests`` check that both find the same matches.
    """

    regex: re.Pattern[str]
    probes: tuple[str, ...]
    also: tuple[tuple[str, ...], ...] = ()
    #: a pattern of which every match of ``regex`` holds a match (a pack pattern's ``gate``):
    #: a block whose searched text holds none is not searched (``_in_blocks``). For a pattern
    #: tried at every word whose probes are substrings of common words ("treat" in
    #: "treatment"): the gate asks for the word itself. ``_PLAIN_GATES`` searches every block.
    gate: re.Pattern[str] | None = None
    #: each probe set as (probe, whether it is letters and digits only) pairs, for ``could_match_doc``
    _sets: tuple[tuple[tuple[str, bool], ...], ...] = field(init=False, repr=False, compare=False, default=())
    #: ``stops``, once derived
    _stops: str | None = field(init=False, repr=False, compare=False, default=None)
    #: each probe set split for ``could_match_doc``: its letter-and-digit probes as a frozenset, its
    #: other probes as (probe, False) pairs
    _split: tuple[tuple[frozenset[str], tuple[tuple[str, bool], ...]], ...] = field(
        init=False, repr=False, compare=False, default=()
    )
    #: ``word_probes.word_sets`` of the regex, once derived
    _words: tuple[frozenset[str], ...] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        if self.probes:
            sets = tuple(
                tuple((p, p.isascii() and p.isalnum()) for p in s) for s in (self.probes, *self.also)
            )
            object.__setattr__(self, "_sets", sets)
            split = tuple(
                (frozenset(p for p, in_words in s if in_words), tuple(pair for pair in s if not pair[1]))
                for s in sets
            )
            object.__setattr__(self, "_split", split)
            _WordProbes.register(p for s in sets for p, _ in s)

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> ProbedPattern:
        """Probes derived from the pattern's text; none for verbose patterns (whitespace and
        ``#`` there are not literal text)."""
        if int(getattr(regex, "flags", 0)) & re.VERBOSE:
            return cls(regex, ())
        sets = literal_probe_sets(regex.pattern)
        return cls(regex, sets[0], sets[1:]) if sets else cls(regex, ())

    def could_match(self, lowered_text: str) -> bool:
        """Whether ``lowered_text`` holds one probe of every set (True when there are none).

        About 90 patterns ask this of every document, many with the same probes
        ("study", "your"), so each probe's answer is remembered for the text
        last asked about (``probe_answers``). ``could_match_plain`` is the same
        test without that; tests/test_probes.py checks they agree.
        """
        if not self.probes:
            return True
        answers = probe_answers(lowered_text)
        if answers is None:
            return True
        for probes in (self.probes, *self.also) if self.also else (self.probes,):
            for probe in probes:
                hit = answers.get(probe)
                if hit is None:
                    hit = answers[probe] = probe in lowered_text
                if hit:
                    break
            else:
                return False
        return True

    def could_match_plain(self, lowered_text: str) -> bool:
        """``could_match`` without remembered answers."""
        if not self.probes or _case_exotic(lowered_text):
            return True
        return any(p in lowered_text for p in self.probes) and all(
            any(p in lowered_text for p in probes) for probes in self.also
        )

    def could_match_doc(self, doc: Document) -> bool:
        """``could_match(doc.lower)``, with a probe of letters and digits only looked for in the
        document's distinct words (``DocumentProbes``) instead of its whole text.

        A set's letter-and-digit probes are asked at once, as one set operation against the
        registered probes the document's words hold (``DocumentProbes.found``), which is what
        ``DocumentProbes.answer`` says of each, one at a time, in ``could_match_doc_general``.
        Only a set holding a probe registered later, and the other probes ("can cure"), are
        asked one by one as there.
        tests/test_probes.py compares the two.
        """
        if not self._sets:
            return True
        state = doc.derived(DocumentProbes)
        answers = state.answers
        if answers is None:
            return True
        found, universe = state.found, state.universe
        for words, others in self._split:
            if words:
                if not words.isdisjoint(found):
                    continue  # a registered probe the words hold
                if not words <= universe:
                    if self._set_holds(state, answers, words - universe, True):
                        continue
            if not others or not self._set_holds(state, answers, others, False):
                return False
        return True

    @staticmethod
    def _set_holds(
        state: DocumentProbes,
        answers: dict[str, bool],
        probes: Iterable[str] | Iterable[tuple[str, bool]],
        in_words: bool,
    ) -> bool:
        """Whether the document holds one of ``probes`` (strings when ``in_words``, else pairs),
        each answered once per document as ``could_match_doc_general`` answers it."""
        for item in probes:
            probe = item if isinstance(item, str) else item[0]
            hit = answers.get(probe)
            if hit is None:
                hit = answers[probe] = state.holds(probe, in_words)
            if hit:
                return True
        return False

    def could_match_doc_general(self, doc: Document) -> bool:
        """``could_match_doc`` one probe at a time: the plain form of its set operations."""
        if not self._sets:
            return True
        state = doc.derived(DocumentProbes)
        answers = state.answers
        if answers is None:
            return True
        for probes in self._sets:
            for probe, in_words in probes:
                if state.answer(probe, in_words):
                    break
            else:
                return False
        return True

    def holds_words(self, doc: Document) -> bool:
        """Whether the document's words hold a word of each of the regex's whole-word sets
        (``word_probes``: "rat" for ``\\brats?\\b``, which "rate" does not satisfy); True when
        it has none. Only for a search of the whole prose or of its blocks and stretches, whose
        ends are never inside a word: a search that ends inside one sees a word boundary there."""
        sets = self._words
        if sets is None:
            sets = word_sets(self.regex.pattern, int(getattr(self.regex, "flags", 0)))
            object.__setattr__(self, "_words", sets)
        return not sets or doc.derived(DocumentWords).holds_all(sets)

    def search(self, doc: Document, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``regex.search(doc.prose, pos, endpos)``, skipped when the document lacks a probe: for
        the patterns that look at the whole text once (a press release's end mark, a label).
        ``search_plain`` asks the probes only, not the whole words (``holds_words``)."""
        if not self.could_match_doc(doc):
            return None
        if pos == 0 and endpos is None and not self.holds_words(doc):
            return None
        return self.regex.search(doc.prose, pos, len(doc.prose) if endpos is None else endpos)

    def search_plain(self, doc: Document, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``search`` without the whole-word test."""
        if not self.could_match_doc(doc):
            return None
        return self.regex.search(doc.prose, pos, len(doc.prose) if endpos is None else endpos)

    def finditer(self, doc: Document) -> Iterator[re.Match[str]]:
        """Matches in the prose view, searched only in the blocks that hold a probe, in a document
        whose words hold the regex's whole words (``holds_words``; ``finditer_plain`` does not ask
        them)."""
        if not self.could_match_doc(doc) or not self.holds_words(doc):
            return iter(())
        return self._finditer_probed(doc)

    def finditer_plain(self, doc: Document) -> Iterator[re.Match[str]]:
        """``finditer`` without the whole-word test."""
        if not self.could_match_doc(doc):
            return iter(())
        return self._finditer_probed(doc)

    def _finditer_probed(self, doc: Document) -> Iterator[re.Match[str]]:
        """``finditer`` of a document that holds the probes."""
        blocks = blocks_holding(doc, self.probes, self.also) if self.probes else None
        if blocks is None or _case_exotic(doc.lower):
            return self._in_blocks(doc, list(range(len(doc.blocks))))
        stops = self.stops
        if not stops:
            return self._in_blocks(doc, blocks)
        return self._in_stretches(doc, blocks, stops)

    @property
    def stops(self) -> str:
        """The clause and sentence marks no part of the pattern can match (``pattern_stops``)."""
        stops = self._stops
        if stops is None:
            stops = pattern_stops(self.regex)
            object.__setattr__(self, "_stops", stops)
        return stops

    def _in_stretches(self, doc: Document, blocks: list[int], stops: str) -> Iterator[re.Match[str]]:
        """``_in_blocks``, each block searched only in the stretches that hold a probe
        (``_stretch_matches``). For a document whose lower-cased text lines up with its prose
        (``blocks_holding`` gave blocks)."""
        prose, lower = doc.prose, doc.lower
        positions = doc.derived(_StopPositions)

        def cuts() -> Sequence[int]:
            return positions.of(stops)

        probes, also = self.probes, self.also
        held = None if _PLAIN_HELD_PROBES else held_probes(doc, probes, also)
        if held is not None:
            probes, also = held
        done = 0  # where the last match ended, as in _in_blocks
        for bi in blocks:
            block = doc.blocks[bi]
            start = max(prose.rfind("\n", 0, block.start) + 1, done)
            for m in _stretch_matches(self.regex, prose, lower, start, block.end, cuts, probes, also):
                done = max(done, m.end())
                yield m

    def finditer_text(
        self,
        text: str,
        lower: str | None = None,
        start: int = 0,
        end: int | None = None,
        doc: Document | None = None,
    ) -> Iterator[re.Match[str]]:
        """``regex.finditer(text, start, end)`` searched as ``finditer_stretches`` searches. For a
        pattern searched over a whole text or one block's text (``doc``: the document whose
        prose or lower-cased prose ``text`` is)."""
        return finditer_stretches(self.regex, self.probes, self.also, text, lower, start, end, doc)

    def search_text(
        self,
        text: str,
        lower: str | None = None,
        start: int = 0,
        end: int | None = None,
        doc: Document | None = None,
    ) -> re.Match[str] | None:
        """``regex.search(text, start, end)``, as ``finditer_text`` searches."""
        return next(self.finditer_text(text, lower, start, end, doc), None)

    def _in_blocks(self, doc: Document, blocks: list[int]) -> Iterator[re.Match[str]]:
        prose = doc.prose
        gate = None if _PLAIN_GATES else self.gate
        done = 0  # where the last match ended: table cells can share a line
        for bi in blocks:
            block = doc.blocks[bi]
            # from the start of the block's line, so that ^ and a blanked list marker match as before
            start = max(prose.rfind("\n", 0, block.start) + 1, done)
            if gate is not None and gate.search(prose, start, block.end) is None:
                continue  # every match holds one of the gate's: none here (``gate``)
            for m in self.regex.finditer(prose, start, block.end):
                done = max(done, m.end())
                yield m


_STOPS = Memo("regex-stops")

#: search every block a pattern's probes allow, not asking its ``gate`` (tests compare the two)
_PLAIN_GATES = False


class _StopPositions:
    """Where a document's prose holds each set of stop characters (``ProbedPattern.stops``),
    found once per document and set: most patterns share a few sets."""

    __slots__ = ("_aligned", "_by_stops", "_lower", "_prose")

    def __init__(self, doc: Document) -> None:
        self._prose = doc.prose
        self._lower = doc.lower
        #: lower-casing kept the length, so it mapped every character to one character
        self._aligned = len(self._lower) == len(self._prose)
        self._by_stops: dict[tuple[str, bool], array[int]] = {}

    def of(self, stops: str, lowered: bool = False) -> array[int]:
        """Ascending offsets of the characters of ``stops`` in the prose (``lowered``: in its
        lower-cased form), 4 bytes each (a long document has a stop every few words).

        When the lower-cased prose lines up with the prose, both hold the stops at the same
        offsets (a stop is one of ``regex_stops.CANDIDATES``: it lower-cases to itself, and no
        other character lower-cases to anything holding one; tests/test_regex_stops.py checks
        every code point), so the offsets are found once for both."""
        key = (stops, lowered)
        found = self._by_stops.get(key)
        if found is None:
            if lowered and self._aligned:
                found = self.of(stops)
            else:
                text = self._lower if lowered else self._prose
                found = array("i", [m.start() for m in _stop_class(stops).finditer(text)])
            self._by_stops[key] = found
        return found


#: ``pattern_stops`` answers already given in this process, by compiled pattern: it is asked once
#: per search (hundreds of thousands of times a run), and the start-up cache's answer is a marshal
#: load each time, or, with the cache off or unwritable, a fresh parse of the pattern each time.
_STOPS_SEEN: dict[re.Pattern[str], str] = {}


def pattern_stops(regex: re.Pattern[str]) -> str:
    """The clause and sentence marks no part of ``regex`` can match (``regex_stops``): a match
    never crosses one. Derived once per pattern and kept in the start-up cache."""
    stops = _STOPS_SEEN.get(regex)
    if stops is not None:
        return stops
    key = (regex.pattern, int(regex.flags))
    stops = _STOPS.get(key)
    if not isinstance(stops, str):
        stops = stop_chars(*key)
        _STOPS.put(key, stops)
    _STOPS_SEEN[regex] = stops
    return stops


def finditer_stretches(
    regex: re.Pattern[str],
    probes: tuple[str, ...],
    also: tuple[tuple[str, ...], ...],
    text: str,
    lower: str | None = None,
    start: int = 0,
    end: int | None = None,
    doc: Document | None = None,
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, start, end)``: the same matches, searched only in the stretches
    between stop characters (``pattern_stops``) that hold one of ``probes`` and one of every
    set in ``also``, when the regex has stops; every match holds one probe of each set
    (``literal_probe_sets``). ``lower`` is ``text.lower()``, when the caller has it; ``doc``,
    when ``text`` is its prose or lower-cased prose (the stops are then found once for it)."""
    end = len(text) if end is None else end
    stops = pattern_stops(regex) if probes else ""
    if stops:
        lower = text.lower() if lower is None else lower
        if len(lower) == len(text) and not _case_exotic(lower):
            if doc is not None and (text is doc.prose or text is doc.lower):
                positions, lowered = doc.derived(_StopPositions), text is not doc.prose
                held = (
                    None if _PLAIN_HELD_PROBES or lower is not doc.lower else held_probes(doc, probes, also)
                )
                if held is not None:
                    probes, also = held

                def cuts() -> Sequence[int]:
                    return positions.of(stops, lowered)  # found once per document

            else:

                def cuts() -> Sequence[int]:
                    return [m.start() for m in _stop_class(stops).finditer(text, start, end)]

            return _stretch_matches(regex, text, lower, start, end, cuts, probes, also)
    return regex.finditer(text, start, end)


def _stretch_matches(
    regex: re.Pattern[str],
    text: str,
    lower: str,
    start: int,
    end: int,
    cuts: Callable[[], Sequence[int]],
    probes: tuple[str, ...],
    also: tuple[tuple[str, ...], ...],
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, start, end)``, searched only in the stretches between two stop
    characters (``cuts()``: their offsets, ascending, those in ``[start, end)`` at least;
    asked for only when a probe is there) that hold one of ``probes`` (in ``lower``, which
    lines up with ``text``) and one of every set in ``also``.

    A match holds such probes and never covers a stop (``regex_stops``), and the engine never
    looks past the stop that ends a stretch, so a stretch's matches are the ones the whole
    search finds there; everything before ``start`` stays visible to lookbehinds and ``\\b``,
    as in the whole search.
    """
    find = lower.find
    stretches: set[tuple[int, int]] = set()
    stops: Sequence[int] | None = None
    for probe in probes:
        at = find(probe, start, end)
        while at != -1:
            if stops is None:
                stops = cuts()
            # the stretch around this probe (no probe holds a stop, so the probe is inside it)
            k = bisect_right(stops, at)
            s = stops[k - 1] + 1 if k and stops[k - 1] >= start else start
            e = stops[k] if k < len(stops) and stops[k] < end else end
            stretches.add((s, e))
            at = find(probe, e, end)  # on past this stretch
    for s, e in sorted(stretches):
        if not also or all(any(find(p, s, e) != -1 for p in probe_set) for probe_set in also):
            yield from regex.finditer(text, s, e)


@functools.lru_cache(maxsize=64)
def _stop_class(stops: str) -> re.Pattern[str]:
    """A regex for any one of ``stops``."""
    return re.compile(f"[{re.escape(stops)}]")


class ProbeIndex:
    """Which of a rule's probed patterns could match a document, found from their first probe sets.

    A rule of many patterns (a claim pack rule has up to 60) asked each pattern
    ``could_match_doc`` in turn, a Python call per pattern per document, though
    most documents hold no probe of most patterns. A pattern can match only if
    the document holds a probe of each of its sets, so the index files each
    pattern under one set, the one likely to be rarest (``_selectivity``:
    "autism" rather than "cause", "led", "gave" ...), and maps each probe of
    that set to the patterns it opens: a document's candidates are the patterns
    opened by the probes it holds (each answered once, as ``could_match_doc``
    answers it), plus every pattern without probes. The candidates still pass
    through ``finditer``, which checks all their sets, so the matches are those
    of asking every pattern (tests/test_probes.py checks it).
    """

    __slots__ = (
        "__weakref__",  # the pack kinds' shared index (``kinds.base.pattern_candidates``) holds weak ones
        "_always",
        "_by_piece",
        "_by_word",
        "_count",
        "_late",
        "_piece_keys",
        "_unpieced",
        "_word_probes",
    )

    def __init__(self, patterns: Sequence[ProbedPattern]) -> None:
        self._count = len(patterns)
        by_probe: dict[tuple[str, bool], list[int]] = {}
        always: list[int] = []
        for i, pattern in enumerate(patterns):
            if not pattern._sets:
                always.append(i)
                continue
            rarest = max(pattern._sets, key=_selectivity)
            for probe in rarest:
                by_probe.setdefault(probe, []).append(i)
        #: letter-and-digit probes, answered from the document's words as one set operation
        self._by_word = {probe: tuple(ix) for (probe, in_words), ix in by_probe.items() if in_words}
        self._word_probes = frozenset(self._by_word)
        #: other probes ("can cure"), answered one by one, filed under their longest run of three
        #: or more letters and digits (``_PIECES``, registered with their pattern): a text without
        #: that run cannot hold the probe ("cure" for "can cure"); those without one apart
        by_piece: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        unpieced: list[tuple[str, tuple[int, ...]]] = []
        for (literal, in_words), ix in by_probe.items():
            if in_words:
                continue
            pieces = _PIECES.get(literal, ())
            if pieces:
                by_piece.setdefault(max(pieces, key=len), []).append((literal, tuple(ix)))
            else:
                unpieced.append((literal, tuple(ix)))
        self._by_piece = {piece: tuple(v) for piece, v in by_piece.items()}
        self._piece_keys = frozenset(self._by_piece)
        self._unpieced = tuple(unpieced)
        self._always = tuple(always)
        #: (a registered-probe universe, the word probes and the pieces it lacks): for the last
        #: universe asked about (it changes only when a pattern with new probes is built), so the
        #: differences are taken once per universe instead of once per document
        self._late: tuple[frozenset[str], frozenset[str], frozenset[str]] = (
            frozenset(),
            self._word_probes,
            self._piece_keys,
        )

    def candidates(self, doc: Document) -> list[int]:
        """Indexes, in order, of the patterns whose first probe set the document holds, and of
        those without probes; every index when the document's case mapping is exotic."""
        state = doc.derived(DocumentProbes)
        answers = state.answers
        if answers is None:
            return list(range(self._count))
        found = set(self._always)
        by_word = self._by_word
        for probe in self._word_probes & state.found:
            found.update(by_word[probe])
        universe, late, late_pieces = self._late
        if universe is not state.universe:
            late = self._word_probes - state.universe
            late_pieces = self._piece_keys - state.universe
            self._late = (state.universe, late, late_pieces)
        for probe in late:  # registered after the document was asked
            if state.holds(probe, True):
                found.update(by_word[probe])
        # another probe only where its piece is in the words (or was registered after them): a
        # registered piece the words lack is answered False, and so is the probe (``holds``)
        by_piece = self._by_piece
        for piece in (self._piece_keys & state.found) | late_pieces:
            for probe, indexes in by_piece[piece]:
                hit = answers.get(probe)
                if hit is None:
                    hit = answers[probe] = state.holds(probe, False)
                if hit:
                    found.update(indexes)
        for probe, indexes in self._unpieced:
            hit = answers.get(probe)
            if hit is None:
                hit = answers[probe] = state.holds(probe, False)
            if hit:
                found.update(indexes)
        return sorted(found)

    def candidates_general(self, doc: Document) -> list[int]:
        """``candidates`` asking every probe of the index one at a time (its plain form)."""
        state = doc.derived(DocumentProbes)
        answers = state.answers
        if answers is None:
            return list(range(self._count))
        found = set(self._always)
        probes = [(p, True, ix) for p, ix in self._by_word.items()]
        probes += [(p, False, ix) for entries in self._by_piece.values() for p, ix in entries]
        probes += [(p, False, ix) for p, ix in self._unpieced]
        for probe, in_words, indexes in probes:
            if state.answer(probe, in_words):
                found.update(indexes)
        return sorted(found)


def _selectivity(probes: tuple[tuple[str, bool], ...]) -> tuple[int, int]:
    """How seldom a probe set is likely to be in a text, to compare sets without a word list: by
    its shortest probe (long literals are rarer ones: "autism" before "led") and then by how few
    alternatives it has (one noun before sixteen verbs)."""
    return min(len(p) for p, _ in probes), -len(probes)


#: Lower-cased forms of the only characters an IGNORECASE regex matches to an ASCII letter
#: while ``str.lower`` maps them elsewhere: dotless i (U+0131), long s (U+017F), and the
#: combining dot that U+0130 (capital I with dot) leaves after "i". A text holding one is
#: searched in full, so an ASCII probe is never wrong about it.
_EXOTIC = ("\u0131", "\u017f", "\u0307")
_exotic_seen: list[tuple[str, bool]] = []


class DocumentProbes:
    """Which probes a document's lower-cased text holds, each answered once per document.

    A probe of ASCII letters and digits only ("study", "nct") is in the
    lower-cased text exactly when it is inside one word token, because every
    character of it is a word character (``[^\\W_]``) both in the text and in
    the token, and lower-casing maps those characters one to one (``_EXOTIC``
    texts, where it does not, answer None). The registered probes of that
    kind are all answered at once from the document's distinct words
    (``_WordProbes``, which reads each word once per process: a run meets
    most words again and again) instead of one substring search each, about
    300 per document, kept as two sets: a registered probe is held exactly
    when it is in ``found`` (``answer``). Other probes ("can cure",
    "case-control", "%") and letter-and-digit probes registered after the
    document was first asked are looked for in the text when a pattern first
    asks, and remembered in ``answers``.
    """

    __slots__ = ("answers", "found", "lower", "universe")

    def __init__(self, doc: Document) -> None:
        self.lower = doc.lower
        #: probe -> whether the text holds it, for the probes outside ``universe`` asked so far
        #: (the registered ones are answered by ``found``); None: every probe is a maybe
        #: (``_EXOTIC``)
        self.answers: dict[str, bool] | None = None
        #: the registered probes (``universe``, as registered when the document was first asked)
        #: that the document's words hold
        self.found: frozenset[str] = frozenset()
        self.universe: frozenset[str] = frozenset()
        if not _case_exotic(self.lower):
            words = _WordProbes.current
            self.found = frozenset(words.probes_in(doc.word_index))
            self.universe = words.universe
            self.answers = {}

    def answer(self, probe: str, in_words: bool) -> bool:
        """Whether the lower-cased text holds ``probe`` (``in_words``: letters and digits only),
        answered once per document: from ``found`` for a registered probe, else remembered in
        ``answers``. Not for an exotic text (``answers`` is None)."""
        if in_words and probe in self.universe:
            return probe in self.found
        answers = self.answers
        assert answers is not None
        hit = answers.get(probe)
        if hit is None:
            hit = answers[probe] = self.holds(probe, in_words)
        return hit

    def holds(self, probe: str, in_words: bool) -> bool:
        """Whether the lower-cased text holds ``probe`` (``in_words``: letters and digits only),
        for a probe ``answers`` lacks.

        Another probe ("blood pressure", "covid-19") is searched in the text only when each
        of its runs of three or more letters and digits is inside a word: a text holding the
        probe holds those runs."""
        answers = self.answers
        if not in_words and answers is not None:
            universe, found = self.universe, self.found
            for piece in _PIECES.get(probe, ()):
                if (piece in universe and piece not in found) or answers.get(piece) is False:
                    return False
        return probe in self.lower


class _WordProbes:
    """For each lower-cased word seen in this process, the registered letter-and-digit probes it
    contains.

    The probes (``universe``) are registered by every ProbedPattern as it is
    built: its letter-and-digit probes, and the runs of three or more letters
    and digits of its other probes (``_PIECES``: a text without one of them
    cannot hold the probe). A probe registered later starts a new index
    (``current`` is replaced as a whole; a document keeps the answers it got,
    and a probe they lack is searched in the text). Each new word is read
    once (``_inside``: a dict lookup per position); the table is emptied when
    it holds ``LIMIT`` words (a long-running server meets ever new tokens).
    """

    LIMIT = 200_000
    current: ClassVar[_WordProbes]

    __slots__ = ("__weakref__", "_by_prefix", "_short", "_words", "universe")

    def __init__(self, universe: frozenset[str]) -> None:
        self.universe = universe
        self._words: dict[str, frozenset[str]] = _InsideTable(self)
        # built on the first document: every ProbedPattern built at start-up registers its probes
        self._by_prefix: dict[str, tuple[str, ...]] | None = None
        self._short: tuple[str, ...] = ()

    def _build(self) -> dict[str, tuple[str, ...]]:
        """The probes of three or more characters by their first three (the shorter ones apart)."""
        by_prefix: dict[str, list[str]] = {}
        for probe in sorted(self.universe):
            if len(probe) >= 3:
                by_prefix.setdefault(probe[:3], []).append(probe)
        self._short = tuple(sorted(p for p in self.universe if len(p) < 3))
        built = self._by_prefix = {k: tuple(v) for k, v in by_prefix.items()}
        return built

    @classmethod
    def register(cls, probes: Iterable[str]) -> None:
        """Index these probes from now on: a letter-and-digit probe itself, another probe's runs
        of three or more letters and digits (``_PIECES``)."""
        wanted = set()
        for probe in probes:
            if probe.isascii() and probe.isalnum():
                wanted.add(probe)
            elif probe not in _PIECES:
                _PIECES[probe] = pieces = tuple(_PIECE.findall(probe))
                wanted.update(pieces)
        new = wanted - cls.current.universe
        if new:
            cls.current = cls(cls.current.universe | new)

    def inside_each(self, words: Iterable[str]) -> Iterator[tuple[str, frozenset[str]]]:
        """Each of ``words`` that holds a registered probe, with the probes it holds (``probes_in``
        word by word)."""
        table = self._words
        if len(table) >= self.LIMIT:
            table.clear()
        get = table.get
        for word in words:
            inside = get(word)
            if inside is None:
                inside = table[word] = self._inside(word)
            if inside:
                yield word, inside

    def probes_in(self, words: Iterable[str]) -> AbstractSet[str]:
        """The registered probes inside any of ``words``.

        Every document asks this of its distinct words, most of them read before (the table
        holds each word's probes, mostly none): the union of what the table holds for each is
        taken in C, a word not yet in it read by the table's ``__missing__``, where
        ``probes_in_plain`` loops over the words; tests/test_probes.py compares the two."""
        if _PLAIN_PROBES_IN:
            return self.probes_in_plain(words)
        table = self._words
        if len(table) >= self.LIMIT:
            table.clear()
        return _NONE.union(*map(table.__getitem__, words))

    def probes_in_plain(self, words: Iterable[str]) -> set[str]:
        """``probes_in`` word by word (its plain form)."""
        table = self._words
        if len(table) >= self.LIMIT:
            table.clear()
        get = table.get
        found: set[str] = set()
        for word in words:
            inside = get(word)
            if inside is None:
                inside = table[word] = self._inside(word)
            if inside:
                found |= inside
        return found

    def _inside(self, word: str) -> frozenset[str]:
        """The registered probes inside ``word``: at each position, the probes that start with
        the three characters there (most positions start none)."""
        by_prefix = self._by_prefix if self._by_prefix is not None else self._build()
        get, found = by_prefix.get, None
        for i in range(len(word) - 2):
            starting = get(word[i : i + 3])
            if starting is not None:
                for probe in starting:
                    if word.startswith(probe, i):
                        found = [probe] if found is None else [*found, probe]
        for probe in self._short:
            if probe in word:
                found = [probe] if found is None else [*found, probe]
        return _NONE if found is None else frozenset(found)


class _InsideTable(dict[str, frozenset[str]]):
    """``_WordProbes``' table: each word read so far -> the registered probes inside it; a word
    not read yet is read on its first look-up (``_WordProbes._inside``), so a look-up of any
    word, new or not, is one C call (``_WordProbes.probes_in``). The table reaches its owner by
    a weak reference: an owner replaced by ``register`` (and its table of up to ``LIMIT`` words)
    is freed at once, as before, not left in a cycle for the collector."""

    __slots__ = ("_owner",)

    def __init__(self, owner: _WordProbes) -> None:
        super().__init__()
        self._owner = weakref.ref(owner)

    def __missing__(self, word: str) -> frozenset[str]:
        owner = self._owner()
        assert owner is not None, "a table is read only through its owner"
        inside = self[word] = owner._inside(word)
        return inside


_NONE: frozenset[str] = frozenset()
#: tests set this to read a document's probes word by word (``_WordProbes.probes_in_plain``)
_PLAIN_PROBES_IN = False
_WordProbes.current = _WordProbes(_NONE)
#: a probe that is not letters and digits only -> its runs of three or more letters and digits
_PIECES: dict[str, tuple[str, ...]] = {}
_PIECE = re.compile(r"[0-9a-z]{3,}")


_answers_for: list[tuple[str, dict[str, bool] | None]] = []


def probe_answers(lowered_text: str) -> dict[str, bool] | None:
    """Which probes ``lowered_text`` holds, as far as asked so far: one dict for the text last
    asked about (a document's ``lower``, shared by all its patterns); None when the text holds
    a character that makes ASCII probes unreliable (``_EXOTIC``)."""
    last = _answers_for[-1] if _answers_for else None  # one read: another thread may replace it
    if last is not None and last[0] is lowered_text:
        return last[1]
    answers: dict[str, bool] | None = None if _case_exotic(lowered_text) else {}
    _answers_for[:] = [(lowered_text, answers)]
    return answers


def _case_exotic(lowered_text: str) -> bool:
    """Whether ``lowered_text`` holds one of ``_EXOTIC``; remembered for the last text asked about."""
    last = _exotic_seen[-1] if _exotic_seen else None  # one read: another thread may replace it
    if last is not None and last[0] is lowered_text:
        return last[1]
    found = any(c in lowered_text for c in _EXOTIC)
    _exotic_seen[:] = [(lowered_text, found)]
    return found


def blocks_holding(
    doc: Document, probes: tuple[str, ...], also: tuple[tuple[str, ...], ...] = ()
) -> list[int] | None:
    """Indexes of the blocks whose lower-cased text holds one of ``probes``, in order; None
    when that cannot narrow a search (no probes, lower-casing changed the text's length,
    or a probe lies outside every block).

    With ``also`` (a pattern's further probe sets, ``ProbedPattern.also``), a block is kept
    only if the stretch from the start of its line to its end also holds one probe of each
    set: a match found by searching that stretch (``ProbedPattern.finditer``) or the block
    alone holds them all. Not for a case-exotic text (``_EXOTIC``), where a probe can miss a
    match: there only ``probes`` narrow, as they always have.

    A long document (``_WORD_ROUTE_FROM`` characters or more) answers its registered
    letter-and-digit probes from the words that hold them (``_ProbeWords``) instead of
    searching its whole text once per probe of every pattern: in a long document nearly every
    pattern passes the document-wide probe test, so those searches grew with the number of
    patterns times the length of the text (a fifth of the time of a 60,000-word document).
    ``blocks_holding_plain`` is the search alone; tests/test_probe_blocks.py compares them."""
    lower = doc.lower
    if not probes or len(lower) != len(doc.prose):
        return None
    sets = None if _PLAIN_HELD_PROBES else held_probes(doc, probes, also)
    if sets is not None:
        probes, also = sets
        if not probes:
            return []  # no probe in the text: no block holds one
    if len(lower) < _WORD_ROUTE_FROM:
        return blocks_holding_plain(doc, probes, also)
    index = doc.derived(_ProbeWords)
    found: set[int] = set()
    for probe in probes:
        held = index.blocks_of(probe)
        if held is None:
            if _find_blocks(doc, lower, probe, found) is None:
                return None
        else:
            found.update(held)
    if not also or _case_exotic(lower):
        return sorted(found)
    kept = []
    for bi in sorted(found):
        block = doc.blocks[bi]
        start = lower.rfind("\n", 0, block.start) + 1
        if all(any(index.holds(doc, lower, p, start, block.end) for p in probe_set) for probe_set in also):
            kept.append(bi)
    return kept


def blocks_holding_plain(
    doc: Document, probes: tuple[str, ...], also: tuple[tuple[str, ...], ...] = ()
) -> list[int] | None:
    """``blocks_holding`` by searching the lower-cased text for each probe (every document
    shorter than ``_WORD_ROUTE_FROM``; the plain form the word route is tested against)."""
    lower = doc.lower
    if not probes or len(lower) != len(doc.prose):
        return None
    found: set[int] = set()
    for probe in probes:
        if _find_blocks(doc, lower, probe, found) is None:
            return None
    if not also or _case_exotic(lower):
        return sorted(found)
    kept = []
    for bi in sorted(found):
        block = doc.blocks[bi]
        start = lower.rfind("\n", 0, block.start) + 1
        if all(any(lower.find(p, start, block.end) != -1 for p in probe_set) for probe_set in also):
            kept.append(bi)
    return kept


def _find_blocks(doc: Document, lower: str, probe: str, found: set[int]) -> set[int] | None:
    """Add to ``found`` the blocks where ``probe`` occurs in ``lower`` (one search per block that
    holds it, then on past that block's end); None when an occurrence lies outside every block."""
    at = lower.find(probe)
    while at != -1:
        bi = doc.block_at(at)
        if bi is None:
            return None
        found.add(bi)
        at = lower.find(probe, doc.blocks[bi].end)  # on to the next block's occurrences
    return found


#: search every probe of a pattern in the text, not only those its words may hold (tests compare the two)
_PLAIN_HELD_PROBES = False


def held_probes(
    doc: Document, probes: tuple[str, ...], also: tuple[tuple[str, ...], ...] = ()
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]] | None:
    """``probes`` and each set of ``also`` less the registered letter-and-digit probes the
    document's lower-cased text lacks (``DocumentProbes``: a registered probe is in the text
    exactly when it is in ``found``); None for a case-exotic text (no probe is known absent).

    The block and stretch searches (``blocks_holding``, ``_stretch_matches``) look for every probe
    of a set in the text, one ``str.find`` each, and on MedQuAD answers about six of seven find
    nothing: a pattern passes ``could_match_doc`` with one probe of a set, and the set's other
    probes are mostly absent. A probe left out finds nothing there, so the blocks and stretches
    found, and the matches, are the same; a set left empty holds no probe."""
    state = doc.derived(DocumentProbes)
    if state.answers is None:
        return None
    universe, found = state.universe, state.found
    return _held(probes, universe, found), tuple(_held(s, universe, found) for s in also)


def _held(probes: tuple[str, ...], universe: frozenset[str], found: frozenset[str]) -> tuple[str, ...]:
    """``probes`` less the ones in ``universe`` and not in ``found``, the split of ``probes`` by
    ``universe`` kept for the universe last asked (``_PROBE_SPLIT``)."""
    split = _PROBE_SPLIT.get(probes)
    if split is None or split[0] is not universe:
        if len(_PROBE_SPLIT) >= 20_000:  # a server that reloads its packs meets new patterns
            _PROBE_SPLIT.clear()
        registered = frozenset(p for p in probes if p in universe)
        split = _PROBE_SPLIT[probes] = (universe, registered, tuple(p for p in probes if p not in universe))
    _, registered, others = split
    kept = registered & found
    if not others:
        return tuple(kept)
    return (*kept, *others)


#: a probe set -> (the universe it was split by, its probes registered there, its other probes)
_PROBE_SPLIT: dict[tuple[str, ...], tuple[frozenset[str], frozenset[str], tuple[str, ...]]] = {}


#: lower-cased texts this long or longer read their probes' blocks off their words (``blocks_holding``):
#: about where the two cost the same on MedQuAD answers run together (at 28,000 characters the word
#: route takes half the time of the searches, at 40,000 about a third)
_WORD_ROUTE_FROM = 8_000


class _ProbeWords:
    """Where a long document's registered letter-and-digit probes occur, read off its words.

    Such a probe occurs in the lower-cased text exactly where it occurs inside a word token
    (``DocumentProbes``: every character of it is a word character, and outside an
    ``_EXOTIC`` text lower-casing maps characters one to one). A word lying wholly inside one
    block (``block_of``) puts each of its occurrences in that block; a probe held by any word
    that does not (a word outside every block, or running past its block's end) is searched
    in the text instead, as is a probe not registered (``_WordProbes.universe``) when the
    document was first asked, or any probe of an exotic text.
    """

    __slots__ = ("_at", "_at_searched", "_blocks", "_by_probe", "_index", "_starts", "block_of", "universe")

    def __init__(self, doc: Document) -> None:
        #: for each word, the block it lies wholly inside, or -1
        self.block_of: array[int] | None = _word_blocks(doc)
        self.universe: frozenset[str] = _NONE
        #: probe -> the document's distinct lower-cased words that hold it
        self._by_probe: dict[str, list[str]] = {}
        #: probe -> the sorted blocks of its occurrences, or None (searched in the text)
        self._blocks: dict[str, list[int] | None] = {}
        #: probe -> the sorted start offsets of the words holding it (``holds``), and the probes
        #: ``holds`` searches in the text instead
        self._at: dict[str, array[int]] = {}
        self._at_searched: set[str] = set()
        self._index: dict[str, Sequence[int]] = {}
        self._starts: Sequence[int] = ()
        if self.block_of is None or _case_exotic(doc.lower):
            return
        probes = _WordProbes.current
        self.universe = probes.universe
        by_probe = self._by_probe
        for word, inside in probes.inside_each(doc.word_index):
            for probe in inside:
                held = by_probe.get(probe)
                if held is None:
                    by_probe[probe] = [word]
                else:
                    held.append(word)
        self._index = doc.word_index
        self._starts = doc.word_starts

    def _word_indexes(self, probe: str) -> list[int] | None:
        """The indexes of the words holding ``probe``, ascending; None when it must be searched."""
        if probe not in self.universe:
            return None
        index = self._index
        at = sorted(chain.from_iterable(index[w] for w in self._by_probe.get(probe, ())))
        block_of = self.block_of
        assert block_of is not None
        if at and min(map(block_of.__getitem__, at)) < 0:
            return None
        return at

    def blocks_of(self, probe: str) -> list[int] | None:
        """The blocks where ``probe`` occurs, or None: search the text."""
        try:
            return self._blocks[probe]
        except KeyError:
            pass
        held: list[int] | None = None
        if probe in self.universe:
            index, block_of = self._index, self.block_of
            assert block_of is not None
            found: set[int] = set()
            for word in self._by_probe.get(probe, ()):
                found.update(map(block_of.__getitem__, index[word]))
            if -1 not in found:
                held = sorted(found)
        self._blocks[probe] = held
        return held

    def holds(self, doc: Document, lower: str, probe: str, start: int, end: int) -> bool:
        """``lower.find(probe, start, end) != -1`` for ``start`` at the start of a line and
        ``end`` at a block's end: a word wholly inside a block and starting in the stretch
        ends inside it (blocks do not overlap, and no word runs across a newline)."""
        starts = self._at.get(probe)
        if starts is None:
            if probe not in self._at_searched:
                at = self._word_indexes(probe)
                if at is not None:
                    starts = self._at[probe] = array("i", map(self._starts.__getitem__, at))
                else:
                    self._at_searched.add(probe)
            if starts is None:
                return lower.find(probe, start, end) != -1
        k = bisect_left(starts, start)
        return k < len(starts) and starts[k] < end


def _word_blocks(doc: Document) -> array[int] | None:
    """For each word of ``doc``, the index of the block it lies wholly inside (the block
    ``Document.block_at`` gives for each of its characters), or -1; None when the blocks are
    not in order or overlap, where that does not follow."""
    starts, ends = doc.word_starts, doc.words().ends
    out = array("i", [-1]) * len(starts)
    last_end = 0
    for bi, block in enumerate(doc.blocks):
        if block.start < last_end or block.end < block.start:
            return None
        last_end = block.end
        i = bisect_left(starts, block.start)
        j = bisect_left(starts, block.end, i)
        if j > i:
            out[i:j] = array("i", [bi]) * (j - i)
            if ends[j - 1] > block.end:
                out[j - 1] = -1
    return out


_PROBE_SETS = Memo("probes")


def literal_probe_sets(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Every set of probes one of which every match of ``pattern`` contains, the one
    ``literal_probes`` gives first; () if unknown.

    Each literal run or required group of a pattern without top-level alternation
    is such a set ("picture"/"image" and "from" in ``(?:pictures?|images?)\\s+from``);
    a pattern with top-level branches has the one set ``literal_probes`` gives.
    Derived once per pattern and kept in the start-up cache (``medlint.cache``).
    """
    found: tuple[tuple[str, ...], ...] | None = _PROBE_SETS.get(pattern)
    if found is None:
        found = derive_probe_sets(pattern)
        _PROBE_SETS.put(pattern, found)
    return found


def derive_probe_sets(pattern: str) -> tuple[tuple[str, ...], ...]:
    """``literal_probe_sets`` computed from the pattern's text (no cache)."""
    branches: list[list[tuple[str, ...]]] = []
    try:
        probes, end = _alternation(pattern, 0, branches)
    except (ValueError, IndexError):
        return ()
    if end != len(pattern) or probes is None:
        return ()
    if len(branches) != 1:
        return (probes,)
    rest = [c for c in dict.fromkeys(branches[0]) if c != probes]
    return (probes, *rest)


def literal_probes(pattern: str) -> tuple[str, ...]:
    """Lower-cased texts one of which every match of ``pattern`` contains, or () if unknown.

    A regex none of whose probes is in the lower-cased text cannot match, so
    rules skip it with a few substring searches. Probes come from literal text
    that every match must contain: a run of ASCII letters, digits, spaces,
    hyphens and apostrophes ("cure" in ``\\bcan\\s+cure``), or a required group
    of alternatives (``(?:substitute|replacement)``), or one probe per branch of
    a top-level alternation. Of the candidates in a sequence the one whose
    probes are rarest in English wins (``_commonness``).

    The parser is strict because rule packs are user input: anything it does not
    fully understand gives no probe at all, never a wrong one. That covers
    escapes that stand for a character (``\\x41``, ``\\u00e9``, ``\\N{...}``,
    octal, back-references), verbose mode (``(?x)``), conditionals and any
    group syntax not listed in ``_sequence``.
    """
    try:
        probes, end = _alternation(pattern, 0)
    except (ValueError, IndexError):
        return ()
    if end != len(pattern) or probes is None:
        return ()
    return probes


_Probes = tuple[str, ...] | None
#: A literal run of fewer than three letters is too common to probe for ("in", "a "), except a
#: token mixing letters and digits ("5g", "b12", "h1n1"): as rare in prose as a longer word.
_LETTERS_AND_DIGITS = re.compile(r"(?=[a-z]*[0-9])(?=[0-9]*[a-z])[a-z0-9]{2,}")
#: Escapes that match no literal letter or digit: classes, anchors, and whitespace controls.
_NON_LITERAL_ESCAPES = frozenset("bBsSdDwWAZtnrfv")
_INLINE_FLAGS = re.compile(r"\(\?([aiLmsux]*)(?:-([imsx]*))?([:)])")


def _alternation(
    p: str, i: int, candidates: list[list[tuple[str, ...]]] | None = None
) -> tuple[_Probes, int]:
    """Probes of the alternation starting at ``i``; stops at an unmatched ")" or the end.
    ``candidates``, if given, gets each branch's required probe sets (see ``_sequence``)."""
    branches = []
    while True:
        found: list[tuple[str, ...]] = []
        best, i = _sequence(p, i, found)
        if candidates is not None:
            candidates.append(found)
        branches.append(best)
        if i < len(p) and p[i] == "|":
            i += 1
            continue
        break
    if any(b is None for b in branches):
        return None, i
    return tuple(dict.fromkeys(x for b in branches if b for x in b)), i


def _sequence(p: str, i: int, found: list[tuple[str, ...]] | None = None) -> tuple[_Probes, int]:
    """The best of the probe sets every match of the sequence at ``i`` needs (its literal runs
    and required groups), and where the sequence ends; ``found`` gets all of those sets."""
    candidates: list[tuple[str, ...]] = []
    run: list[str] = []

    def close() -> None:
        text = "".join(run).strip()
        if sum(c.isalpha() for c in text) >= 3 or _LETTERS_AND_DIGITS.fullmatch(text):
            candidates.append((text,))
        run.clear()

    n = len(p)
    while i < n:
        ch = p[i]
        if ch in "|)":
            break
        if ch == "\\":
            close()
            nxt = p[i + 1]
            if nxt.isalnum() and nxt not in _NON_LITERAL_ESCAPES:
                raise ValueError(f"escape \\{nxt} may stand for a character")
            i += 2
        elif ch == "[":
            close()
            j = i + 1
            if j < n and p[j] == "^":
                j += 1
            if j < n and p[j] == "]":
                j += 1
            while p[j] != "]":
                j += 2 if p[j] == "\\" else 1
            i = j + 1
        elif ch == "(":
            close()
            lookaround = p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)
            if p.startswith("(?#", i):
                i = p.index(")", i) + 1
                continue
            flags = _INLINE_FLAGS.match(p, i)
            if p.startswith("(?P<", i):
                j = p.index(">", i) + 1
            elif lookaround:
                j = i + (4 if p[i + 2] == "<" else 3)
            elif p.startswith("(?:", i):
                j = i + 3
            elif flags is not None and (flags.group(1) or flags.group(2)):
                if "x" in (flags.group(1) or ""):
                    raise ValueError("verbose mode")
                j = flags.end()
                if flags.group(3) == ")":  # "(?i)" sets flags; "(?i:...)" is a group
                    i = j
                    continue
            elif p.startswith("(?", i):
                raise ValueError("group syntax not understood")  # conditionals, verbose, atomic...
            else:
                j = i + 1
            inner, j = _alternation(p, j)
            if p[j] != ")":
                raise ValueError("unbalanced group")
            optional, i = _quantifier(p, j + 1)
            if inner and not optional and not lookaround:
                candidates.append(inner)
        elif ch in "?*+{":
            optional, after = _quantifier(p, i)
            if after == i:  # a literal "{"
                close()
                i += 1
                continue
            i = after
            if optional and run:
                run.pop()  # the character before was optional
            close()
        elif ch.isascii() and (ch.isalnum() or ch in " '-"):
            run.append(ch.lower())
            i += 1
        else:  # ".", "^", "$", other punctuation, and non-ASCII letters (their case is not simple)
            close()
            i += 1
    close()
    if found is not None:
        found.extend(candidates)
    if not candidates:
        return None, i
    if len(candidates) == 1:
        return candidates[0], i
    return min(candidates, key=_commonness), i


def _commonness(probes: tuple[str, ...]) -> tuple[float, int, int]:
    """How often a text is likely to hold one of ``probes``, to choose a sequence's probe set: the
    summed English frequency of its probes (``_probe_frequency``: "defy"/"ignore"/"stop" before
    "must"/"should"/"have"), then, as before word frequencies, its shortest probe (longer literals
    are rarer) and how few alternatives it has. Any set is correct (every match holds one of each);
    the choice only decides which texts and stretches are searched."""
    return sum(map(_probe_frequency, probes)), -min(map(len, probes)), len(probes)


_TOKEN = re.compile(r"[a-z0-9]+")


@functools.lru_cache(maxsize=4096)
def _probe_frequency(probe: str) -> float:
    """Roughly how often English text holds the substring ``probe`` (a frequency, ``10 ** zipf``):
    a phrase as often as its rarest word, a word by its commonest completion in the word-frequency
    table (a stem "vaccin" by "vaccine"; "cur" by "current"), else by the commonest table word
    holding it ("ublished", right of a class in ``[Pp]ublished``, by "published"; one that many
    table words hold, "ation" in ``immuni[sz]ation``, as a common word); a word in no table word
    ("5g") by the table's floor, and a probe without letters or digits ("%") as a common word."""
    tokens = _TOKEN.findall(probe)
    if not tokens:
        return 10.0**6.0
    from .word_frequency import TABLE_MIN_ZIPF, _table

    table = _table()
    best = []
    for token in tokens:
        zipfs = table.values_with_prefix(token) or table.values_containing(token, _MOST_HOLDERS)
        # in more than ``_MOST_HOLDERS`` table words ("ation"): as common as a common word
        best.append(6.0 if zipfs is None else max(map(float, zipfs), default=TABLE_MIN_ZIPF - 0.5))
    return 10.0 ** min(best)


#: table words holding a probe read one by one, at most (past that, the probe counts as common)
_MOST_HOLDERS = 40


def _quantifier(p: str, i: int) -> tuple[bool, int]:
    """(whether what precedes may occur zero times, index after the quantifier at ``i``)."""
    if i >= len(p) or p[i] not in "?*+{":
        return False, i
    if p[i] == "{":
        j = p.find("}", i)
        body = p[i + 1 : j] if j != -1 else ""
        if j == -1 or not re.fullmatch(r"\d*(?:,\d*)?", body):
            return False, i  # a literal "{"
        low = body.split(",")[0]
        optional, i = (not low or int(low) == 0), j + 1
    else:
        optional, i = p[i] in "?*", i + 1
    if i < len(p) and p[i] in "?+":
        i += 1  # lazy or possessive
    return optional, i
