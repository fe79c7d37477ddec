"""Word and word-pair counts of clean consumer-health prose, and a bigram model over them.

MT and spinner output is made of common words in combinations clean writing
never uses ("blood night", "venomous hands"). A list of known bad phrases only
finds what it holds; counts of what clean text *does* say find the rest. The
tables in ``rules/data/refstats/`` (built by ``scripts/build_refstats.py`` from
the build half of MedQuAD's NIH/CDC answers; see the README there for sources
and licences) hold, for a vocabulary of the common words:

- ``vocab.tsv``: one line per word, sorted by word: its id, count, how many times it opens a counted
  pair, how many distinct words follow it and precede it, and how often a
  determiner precedes it (a cheap sign that it can head or modify a noun), how
  often a determiner follows it (verbs and prepositions) and how often it ends
  a phrase (before punctuation, a line end or a function word: nouns do,
  attributive adjectives do not) and how often it follows a copula or an
  intensifier (predicative adjectives);
- ``bigrams.bin``: zlib-compressed sorted ``uint32`` pair keys
  (``id1 * 65536 + id2``) and ``uint16`` counts.

A pair is two adjacent words with only whitespace between them within one
sentence, both lower-cased; digits become ``<num>``. Loading is lazy (first use
by a rule) and takes a few tens of milliseconds; lookups are a binary search.

The model is interpolated absolute discounting with Kneser-Ney continuation
probabilities (Chen and Goodman 1998); the fluency of a run of words is its
SLOR (Pauls and Klein 2012; Kann, Rothe and Filippova 2018): the mean of
``log P(w | previous) - log P(w)`` over scored pairs, which cancels the
rarity of the words themselves and keeps how well they fit together.
"""

from __future__ import annotations

import array
import bisect
import functools
import math
import re
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .tokens import WORD_RE

if TYPE_CHECKING:
    from ..document import Document

#: Tokens of the model: the project's one word pattern, as ``Document.words()``.
TOKEN_RE = WORD_RE
NUM = "<num>"
MAGIC = b"MLBG1\n"
DISCOUNT = 0.75
#: Words that mark the next word as a noun or the start of a noun phrase (not the demonstratives:
#: "that can", "this causes" are pronouns).
DETERMINERS = frozenset("the a an your their his her its our my some any each every".split())
#: Articles and possessives: a noun is seldom followed by one, a verb or preposition often is
#: ("that" and "this" are left out: "a disorder that ...").
ARTICLES = frozenset("the a an your their his its our my".split())
#: Words after which an adjective stands alone ("is rare", "very common").
PREDICATIVE = frozenset("is are was were be been being become becomes became very too so quite less".split())
#: Words after which the previous word has ended its phrase (a noun phrase's head comes before them).
FUNCTION_WORDS = DETERMINERS | frozenset(
    "of and or in on to for with by from as at is are was were be been can may will would should could "
    "than then also into over under about after before between during which who whom whose that if when "
    "while because but not do does did has have had".split()
)


def normalise(word: str) -> str:
    """The model's form of a word token: lower case, digits collapsed to ``<num>``."""
    w = word.lower().replace("\u2019", "'")
    return NUM if any(c.isdigit() for c in w) else w


def _normalise_lower(w: str) -> str:
    return NUM if any(c.isdigit() for c in w) else w.replace("\u2019", "'")


def pairs_of(text: str) -> Iterator[tuple[str, str, int, int, int, int]]:
    """Adjacent word pairs with only whitespace (at most one line break) between them.

    Yields (word1, word2, start1, end1, start2, end2) with normalised words.
    """
    prev: re.Match[str] | None = None
    for m in TOKEN_RE.finditer(text):
        if prev is not None:
            gap = text[prev.end() : m.start()]
            if gap.isspace() and gap.count("\n") <= 1:
                yield (
                    normalise(prev.group()),
                    normalise(m.group()),
                    prev.start(),
                    prev.end(),
                    m.start(),
                    m.end(),
                )
        prev = m


class WordStats(NamedTuple):
    """One vocabulary entry (see the module docstring for the columns)."""

    id: int
    freq: int
    left: int
    successors: int
    predecessors: int
    after_determiner: int
    before_determiner: int
    phrase_end: int
    predicative: int

    def noun_like(self, min_end: float, max_other: float, min_after_determiner: float = 0.05) -> bool:
        """Whether the word behaves like a noun in the reference: it often follows a
        determiner (pronouns, modals and conjunctions do not), often ends a phrase
        (attributive adjectives and determiners do not), seldom takes an article after it
        (verbs and prepositions do) and seldom follows a copula or intensifier ("is rare",
        "very common": adjectives do)."""
        limit = max_other * self.freq
        return (
            self.after_determiner >= min_after_determiner * self.freq
            and self.phrase_end >= min_end * self.freq
            and self.before_determiner <= limit
            and self.predicative <= limit
        )


class RefStats:
    """The loaded tables; build one with :func:`load` (cached)."""

    def __init__(self, vocab_data: bytes, bigram_blob: bytes) -> None:
        self.total = 0
        self.distinct_pairs = 0
        self.size = 0
        for line in vocab_data[: vocab_data.find(b"\n#end")].decode("utf-8").splitlines():
            parts = line[1:].split()
            if len(parts) == 2 and parts[0] in ("tokens", "pairs", "words"):
                setattr(
                    self,
                    {"tokens": "total", "pairs": "distinct_pairs", "words": "size"}[parts[0]],
                    int(parts[1]),
                )
        body = vocab_data[vocab_data.find(b"\n#end\n") + 6 :].decode("utf-8")
        # word -> the rest of its line, parsed on first use: about 5 ms for the whole table,
        # where a search in place per new word cost more over a long run of distinct documents
        self._vocab: dict[str, str] = dict(line.split("\t", 1) for line in body.splitlines())
        self._stats: dict[str, WordStats | None] = {}
        self._terms: dict[str, tuple[int, int, float, float, float]] = {}
        self._seen_pairs: dict[int, int] = {}  # pair key -> count, for pairs already looked up
        raw = zlib.decompress(bigram_blob)
        if not raw.startswith(MAGIC):
            raise ValueError("bigram table: bad header")
        n = int.from_bytes(raw[len(MAGIC) : len(MAGIC) + 4], "little")
        at = len(MAGIC) + 4
        self._keys = array.array("I")
        self._keys.frombytes(raw[at : at + 4 * n])
        self._counts = array.array("H")
        self._counts.frombytes(raw[at + 4 * n : at + 6 * n])
        if sys.byteorder != "little":
            self._keys.byteswap()
            self._counts.byteswap()
        if not self.total or not self.distinct_pairs or not self.size:
            raise ValueError("vocabulary table: missing '# tokens', '# pairs' or '# words' header")

    def __len__(self) -> int:
        return len(self._keys)

    def word(self, w: str) -> WordStats | None:
        """The vocabulary entry of a normalised word, or None when it is rarer than the vocabulary's floor."""
        try:
            return self._stats[w]
        except KeyError:
            pass
        row = self._vocab.get(w) if not w.startswith("#") else None
        stats = None if row is None else WordStats(*(int(x) for x in row.split("\t")))
        if len(self._stats) > 300_000:  # words outside the vocabulary accumulate over a long run
            self._stats.clear()
        self._stats[w] = stats
        return stats

    def count(self, w1: str, w2: str) -> int:
        """How often the pair occurred in the reference (pairs seen once are pruned: 0)."""
        a, b = self.word(w1), self.word(w2)
        if a is None or b is None:
            return 0
        key = a.id * 65536 + b.id
        i = bisect.bisect_left(self._keys, key)
        return self._counts[i] if i < len(self._keys) and self._keys[i] == key else 0

    def unigram_logp(self, w: str) -> float | None:
        """log P(w) in the reference, or None outside the vocabulary."""
        s = self.word(w)
        return None if s is None else math.log(s.freq / self.total)

    def pair_score(self, w1: str, w2: str) -> float | None:
        """``log P(w2 | w1) - log P(w2)``, or None when either word is outside the vocabulary."""
        a, b = self.word(w1), self.word(w2)
        if a is None or b is None or a.left == 0:
            return None
        c = self.count(w1, w2)
        p_cont = max(b.predecessors, 1) / self.distinct_pairs
        p = max(c - DISCOUNT, 0.0) / a.left + DISCOUNT * a.successors / a.left * p_cont
        return math.log(p) - math.log(b.freq / self.total)

    def pair_scores(
        self, words: Sequence[str], joined: Sequence[bool], step: int = 1
    ) -> list[tuple[int, float]]:
        """``(i, pair_score(words[i], words[i + 1]))`` for every ``step``-th ``i`` where
        ``joined[i]`` and both words are in the vocabulary."""
        return list(self._iter_scores(words, joined, step))

    def _iter_scores(
        self, words: Sequence[str], joined: Sequence[bool], step: int
    ) -> Iterator[tuple[int, float]]:
        """The same numbers as :meth:`pair_score`, computed in one loop with each word's
        terms looked up once: MT120 scores every pair of a document."""
        terms = self._terms
        keys, counts = self._keys, self._counts
        n_keys = len(keys)
        bisect_left, log = bisect.bisect_left, math.log
        seen = self._seen_pairs
        if len(seen) > 500_000:
            seen.clear()
        if len(terms) > 300_000:
            terms.clear()
        for i in range(0, len(words) - 1, step):
            if not joined[i]:
                continue
            w1, w2 = words[i], words[i + 1]
            a = terms.get(w1)
            if a is None:
                a = terms[w1] = self._term(w1)
            if a[0] < 0:
                continue
            b = terms.get(w2)
            if b is None:
                b = terms[w2] = self._term(w2)
            if b[0] < 0 or a[1] == 0:
                continue
            key = a[0] * 65536 + b[0]
            c = seen.get(key)
            if c is None:
                j = bisect_left(keys, key)
                c = seen[key] = counts[j] if j < n_keys and keys[j] == key else 0
            p = (c - DISCOUNT) / a[1] + a[2] * b[3] if c else a[2] * b[3]
            yield i, log(p) - b[4]

    def score_sums(
        self, words: Sequence[str], joined: Sequence[bool], step: int = 1
    ) -> tuple[int, float, float]:
        """(n, sum, sum of squares) of the scores :meth:`pair_scores` would list, without building the list.

        MT120 needs only a document's mean (and, for its early exit, the spread)
        unless it fires; skipping a tuple per pair keeps its cost down.
        """
        n, total, squares = 0, 0.0, 0.0
        for _, v in self._iter_scores(words, joined, step):
            n += 1
            total += v
            squares += v * v
        return n, total, squares

    def _term(self, w: str) -> tuple[int, int, float, float, float]:
        """Per-word terms of the model: id, left count, backoff weight ``D * successors / left``,
        continuation probability, log unigram probability; id -1 outside the vocabulary."""
        s = self.word(w)
        if s is None:
            return (-1, 0, 0.0, 0.0, 0.0)
        backoff = DISCOUNT * s.successors / s.left if s.left else 0.0
        return (
            s.id,
            s.left,
            backoff,
            max(s.predecessors, 1) / self.distinct_pairs,
            math.log(s.freq / self.total),
        )

    def expected(self, w1: str, w2: str) -> float:
        """The pair count expected if the two words were independent (0 outside the vocabulary)."""
        a, b = self.word(w1), self.word(w2)
        if a is None or b is None:
            return 0.0
        return a.left * b.freq / self.total


def table_dir() -> Path:
    from ..data import pack_dir

    return pack_dir() / "data" / "refstats"


@functools.lru_cache(maxsize=1)
def load() -> RefStats:
    """The shipped tables, read on first use and kept for the process."""
    d = table_dir()
    return RefStats((d / "vocab.tsv").read_bytes(), (d / "bigrams.bin").read_bytes())


def log_likelihood_ratio(observed: int, left: int, right: int, total: int) -> float:
    """Dunning's G² for a 2x2 contingency table of a word pair, signed: negative when the pair is rarer than chance.

    ``left``: occurrences of the first word as a pair's first word; ``right``:
    occurrences of the second word; ``total``: all tokens.
    """
    k11 = observed
    k12 = max(left - observed, 0)
    k21 = max(right - observed, 0)
    k22 = max(total - left - right + observed, 0)

    def h(*ks: float) -> float:
        n = sum(ks)
        return sum(k * math.log(k / n) for k in ks if k > 0)

    g2 = 2.0 * (h(k11, k12, k21, k22) - h(k11 + k12, k21 + k22) - h(k11 + k21, k12 + k22))
    expected = left * right / total
    return -g2 if observed < expected else g2


def mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def number_forms(word: str) -> tuple[str, ...]:
    """The word with its singular/plural partner ("disorder" <-> "disorders", "study" <-> "studies").

    Clean text that says "other disorders" attests "other disorder" as a
    combination; counting a pair over both numbers keeps grammatical number from
    looking like an unattested collocation.
    """
    forms = [word]
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    elif word.endswith("es") and len(word) > 3:
        forms += [word[:-2], word[:-1]]
    elif word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
    elif word.endswith("y") and len(word) > 2:
        forms += [word[:-1] + "ies", word + "s"]
    else:
        forms += [word + "s", word + "es"]
    return tuple(forms)


def doc_words(doc: Document) -> tuple[list[str], list[bool]]:
    """The document's words normalised as in the tables, and whether each is joined to the next.

    A pair is ``words[i], words[i + 1]`` where ``joined[i]``: only whitespace (at
    most one line break) between them, in one block. Built once per document and
    shared by MT120 and MT121.
    """
    return doc.derived(_doc_words)


def _doc_words(doc: Document) -> tuple[list[str], list[bool]]:
    norm = [w if w.isalpha() else _normalise_lower(w) for w in doc.lower_words]
    return norm, list(map(bool, doc.joinable))
