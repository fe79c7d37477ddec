"""Multi-word phrase matching in one pass over the words of a document.

Lexicon rules hold thousands of phrases (the tortured-phrase list alone has
8,000+). One regex per phrase would make linting cost grow with the lexicon;
a word trie walked once per word start keeps it proportional to the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from .document import WORD_RE, Document, Word

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
    """The lowercase word keys a phrase is matched by (same tokenizer as documents)."""
    return [m.group().lower() for m in WORD_RE.finditer(phrase)]


class PhraseMatcher(Generic[T]):
    """Case-insensitive, token-boundary, leftmost-longest phrase matcher.

    ``add`` only files a phrase under its first word; the phrase goes into the
    word trie the first time a document holds that word. Loading a lexicon of
    thousands of phrases then costs little more than reading it, and each
    document pays only for the phrases that could start in it.
    """

    def __init__(self, phrases: Iterable[tuple[str, T]] = ()) -> None:
        self._root: dict[object, object] = {}
        self._pending: dict[str, list[tuple[str, T]]] = {}
        self._added = 0
        for phrase, value in phrases:
            self.add(phrase, value)

    def __len__(self) -> int:
        """Phrases added (a phrase added twice counts twice; the later value wins)."""
        return self._added

    def add(self, phrase: str, value: T) -> None:
        first = WORD_RE.search(phrase)
        if first is None:
            raise ValueError(f"phrase {phrase!r} has no words")
        self._pending.setdefault(first.group().lower(), []).append((phrase, value))
        self._added += 1

    def _insert(self, phrase: str, value: T) -> None:
        node = self._root
        for key in phrase_words(phrase):
            node = node.setdefault(key, {})  # type: ignore[assignment]
        node[_END] = value

    def _build_for(self, words: Iterable[str]) -> None:
        """Insert the pending phrases whose first word is among ``words``."""
        pending = self._pending
        for word in pending.keys() & words:
            for phrase, value in pending.pop(word):
                self._insert(phrase, value)

    def iter_matches(self, doc: Document) -> Iterator[PhraseMatch[T]]:
        """Leftmost-longest, non-overlapping matches in document order.

        Only positions whose word starts some phrase are visited: the document's
        word index (built once, shared by every lexicon) is intersected with the
        trie's first words, so a rule with 8,000 phrases costs about as much as
        one with 8 on a text that contains none of them.
        """
        words = doc.words()
        joinable = joinable_gaps(doc)
        lowers = lowered_words(doc)
        index = word_positions(doc)
        if self._pending:
            self._build_for(index.keys())
        root = self._root
        starts = sorted(i for w in index.keys() & root.keys() for i in index[w])
        n = len(words)
        last_end = -1
        for i in starts:
            if i <= last_end:
                continue
            node = root[lowers[i]]
            best: tuple[int, object] | None = None
            j = i
            while True:
                assert isinstance(node, dict)
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
            yield PhraseMatch(words[i].start, words[last].end, i, last, value)  # type: ignore[arg-type]


def word_positions(doc: Document) -> dict[str, list[int]]:
    """Lower-cased word -> indexes in ``doc.words()``, built once per document."""
    cached = doc._cache.get("word_positions")
    if cached is None:
        cached = {}
        for i, w in enumerate(lowered_words(doc)):
            cached.setdefault(w, []).append(i)
        doc._cache["word_positions"] = cached
    return cached


def joinable_gaps(doc: Document) -> list[bool]:
    """For each word, whether the gap to the next word is plain whitespace in one block.

    Punctuation ("breast, cancer") or a block boundary breaks a phrase.
    """
    cached = doc._cache.get("joinable")
    if cached is None:
        words: list[Word] = doc.words()
        prose = doc.prose
        cached = []
        block_ends = sorted(b.end for b in doc.blocks)
        bi = 0
        for k in range(len(words) - 1):
            a, b = words[k].end, words[k + 1].start
            while bi < len(block_ends) and block_ends[bi] <= words[k].start:
                bi += 1
            crosses = bi < len(block_ends) and block_ends[bi] <= b
            gap = prose[a:b]
            cached.append(not crosses and (gap == " " or (gap.isspace() and gap.count("\n") <= 1)))
        cached.append(False)
        doc._cache["joinable"] = cached
    return cached


def lowered_words(doc: Document) -> list[str]:
    """Lower-cased word texts, computed once per document and shared by every lexicon."""
    cached = doc._cache.get("lowers")
    if cached is None:
        cached = [w.text.lower() for w in doc.words()]
        doc._cache["lowers"] = cached
    return cached


@dataclass(frozen=True)
class ProbedPattern:
    """A regex with cheap substring probes: when none is in the text, no regex pass."""

    regex: re.Pattern[str]
    probes: tuple[str, ...]

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> ProbedPattern:
        return cls(regex, literal_probes(regex.pattern))

    def could_match(self, lowered_text: str) -> bool:
        return not self.probes or any(p in lowered_text for p in self.probes)

    def finditer(self, doc: Document) -> Iterator[re.Match[str]]:
        if not self.could_match(doc.lower):
            return iter(())
        return self.regex.finditer(doc.prose)


def literal_probes(pattern: str) -> tuple[str, ...]:
    """Lower-cased texts one of which every match of ``pattern`` contains, or () if unknown.

    A top-level alternation ("does not constitute medical advice|is not medical
    advice") gives one probe per branch, when every branch has one.
    """
    probes = []
    for branch in _top_level_branches(pattern):
        probe = literal_probe(branch)
        if not probe:
            return ()
        probes.append(probe)
    return tuple(dict.fromkeys(probes))


def _top_level_branches(pattern: str) -> list[str]:
    branches = []
    depth = 0
    start = 0
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            j = pattern.find("]", i + 2)
            i = n if j == -1 else j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def literal_probe(pattern: str) -> str:
    """The longest run of letters every match of ``pattern`` must contain (lower-cased), or "".

    A regex whose probe is absent from the lower-cased text cannot match, so
    rules skip it with one substring search. Only literal text at the top level
    of the pattern counts (not inside groups, classes or escapes, not before a
    quantifier that makes it optional), and a top-level alternation gives no probe.
    """
    out: list[str] = []
    depth = 0
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(" ")
            i += 2
            continue
        if ch == "[":
            j = pattern.find("]", i + 2)
            out.append(" ")
            i = n if j == -1 else j + 1
            continue
        if ch == "(":
            depth += 1
            out.append(" ")
        elif ch == ")":
            depth = max(0, depth - 1)
            out.append(" ")
        elif ch == "|" and depth == 0:
            return ""
        elif ch in "?*{" and depth == 0:
            if out:
                out[-1] = " "  # the preceding character is optional
            out.append(" ")
        elif depth == 0 and ch.isalpha():
            out.append(ch.lower())
        else:
            out.append(" ")
        i += 1
    runs = [r for r in "".join(out).split() if len(r) >= 3]
    return max(runs, key=len) if runs else ""
