"""A learned score for how much a sentence reads like an unsupported health claim (CL148).

The claim rules read claims by their wording: a cure, a testimonial, detox, a conspiracy. Each reading is a pattern,
and a page whose writer words the same claims differently ("everything changed when we addressed my son's biology",
"gives permanent results, naturally") passes them all. On pages collected and labelled after the rules were written,
the patterns found about a fifth of the sentences a strict health editor marked, session after session.

This module scores a sentence instead: a logistic regression over its words and word pairs, trained by
``scripts/build_claim_scorer.py`` on sentences a strict health editor labelled on real pages that sell remedies (the
positives), on the other sentences of careful pages that debunk, quote or weigh the same claims (hard negatives), and
on clean consumer-health and news prose (MedQuAD's build side, the build half of the clean sentences, the development
half of FakeHealth). The weights ship in ``rules/data/claims/claim-scorer.tsv``; scoring needs nothing else at run
time: a sentence's features are looked up in a dict and summed.

A score is the model's probability that an editor marks the sentence; it is not a verdict. CL148 reads it only on a
page that sells a remedy, and only for a sentence the claim context leaves as the page's own (not negated, quoted,
asked or attributed), which is where the score was measured.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..data import data_file

#: The shipped table: one ``feature<TAB>weight`` row per feature, ``#`` comment lines on top
TABLE = "claims/claim-scorer.tsv"
#: The intercept's feature name in the table
BIAS = "<bias>"

#: A run of digits, which the model reads as one word "0"
_DIGITS = re.compile(r"\d+")
#: A word: letters with one inner apostrophe ("don't", "children's"), or a run of digits
_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?|\d+")


#: A sentence between its neighbours: (the sentence before it, the sentence, the sentence after it; "" for none)
InContext = tuple[str, str, str]


def in_context(sentences: list[str]) -> list[InContext]:
    """Each of a document's ``sentences`` between its neighbours: (before, sentence, after), "" at either end; what
    :func:`feature_set`, :meth:`ClaimScorer.score` and :meth:`ClaimScorer.explain` read."""
    return list(zip(["", *sentences[:-1]], sentences, [*sentences[1:], ""], strict=True))


@dataclass(frozen=True)
class Token:
    """A word of a sentence as the model sees it (lower-cased, curly apostrophe made straight, digits made "0"),
    with its offsets in the sentence."""

    text: str
    start: int
    end: int


def _norm(word: str) -> str:
    """A lower-cased word as a feature: digits become "0", a curly apostrophe a straight one."""
    return "0" if word.isdigit() else word.replace("\u2019", "'")


def tokens(sentence: str) -> list[Token]:
    """The words of ``sentence`` as the model reads them."""
    return [Token(_norm(m.group().lower()), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]


def features(toks: list[Token]) -> Iterator[tuple[str, int, int]]:
    """Each feature of a sentence with the span it covers: every word, and every pair of adjacent words (joined by a
    space). A feature that occurs twice is yielded twice; the model counts it once (:func:`feature_set`)."""
    for i, tok in enumerate(toks):
        yield tok.text, tok.start, tok.end
        if i + 1 < len(toks):
            nxt = toks[i + 1]
            yield f"{tok.text} {nxt.text}", tok.start, nxt.end


def feature_set(sentence: str, before: str = "", after: str = "") -> set[str]:
    """The distinct features of ``sentence``: what the model is trained on and scores (presence, not counts).

    Besides the sentence's own words and pairs, the words of the sentence ``before`` it ("<word") and ``after`` it
    (">word"): a claim is often debunked by its neighbour ("The truth is, ...", "However, no study has shown ..."), and
    a remedy page's claims come in runs. Leaving one read page set out in turn, the neighbours' words found 238 of 530
    claims labels where the sentence alone found 231, with as many careful traps warned and three fewer warnings
    elsewhere on careful pages; the shipped table spends that gain on five times as many NIH sentences at twice the
    weight (231 of 530, the careful pages' warnings unchanged), which keeps NIH diabetes answers from reading as remedy
    pages (``benchmarks/claim_scorer_cv.py``)."""
    out = {f for f, _, _ in features(tokens(sentence))}
    out.update("<" + t.text for t in tokens(before))
    out.update(">" + t.text for t in tokens(after))
    return out


class ScorerTableError(ValueError):
    """A claim-scorer table that cannot be read or is not one."""


@dataclass(frozen=True)
class Scored:
    """A sentence's score and the features that raised it most, with their spans in the sentence."""

    score: float
    #: (feature, weight, start, end), heaviest first, positive weights only
    reasons: tuple[tuple[str, float, int, int], ...]


class ClaimScorer:
    """The trained weights, and the score of a sentence under them."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights
        self.bias = weights.get(BIAS, 0.0)

    @classmethod
    def from_file(cls, path: Path) -> ClaimScorer:
        """Load a table written by ``scripts/build_claim_scorer.py``; a file that is none raises
        :class:`ScorerTableError` naming the file and the line."""
        weights: dict[str, float] = {}
        try:
            with path.open(encoding="utf-8") as fh:
                for number, line in enumerate(fh, 1):
                    if not line.strip() or line.startswith("#"):
                        continue
                    feature, tab, weight = line.rstrip("\n").rpartition("\t")
                    try:
                        value = float(weight)
                    except ValueError:
                        value = math.nan
                    if not tab or not feature or not math.isfinite(value):
                        raise ScorerTableError(
                            f"{path}:{number}: not a 'feature<TAB>weight' row of a claim-scorer table"
                        )
                    weights[feature] = value
        except (OSError, UnicodeDecodeError) as exc:
            raise ScorerTableError(f"{path}: cannot read the claim-scorer table ({exc})") from exc
        if BIAS not in weights:
            raise ScorerTableError(
                f"{path}: no {BIAS} row: not a table written by scripts/build_claim_scorer.py"
            )
        return cls(weights)

    def score(self, sentence: str, before: str = "", after: str = "") -> float:
        """The model's probability that a strict health editor marks ``sentence`` (between the sentences ``before``
        and ``after`` it, "" where there is none) as an unsupported claim.

        The fast path of :meth:`explain` (every sentence of a page is scored): the same features without their
        spans, normalised on the whole sentence at once; ``tests/test_claim_scorer.py`` holds the two to the same
        score."""
        words = _words(sentence)
        feats = set(words)
        feats.update(map(" ".join, itertools.pairwise(words)))
        if before:
            feats.update(["<" + w for w in _words(before)])
        if after:
            feats.update([">" + w for w in _words(after)])
        return _sigmoid(self.bias + sum(map(self.weights.get, feats, itertools.repeat(0.0))))

    def score_all(self, sentences: list[str]) -> list[float]:
        """The score of each of a document's ``sentences`` between its neighbours: :meth:`score` with every sentence
        read once (a page's every sentence is scored, and each is also its neighbours' context)."""
        words = [_words(s) for s in sentences]
        get = self.weights.get
        base = self.bias
        out = []
        last = len(words) - 1
        for i, own in enumerate(words):
            feats = set(own)
            feats.update(map(" ".join, itertools.pairwise(own)))
            if i:
                feats.update(["<" + w for w in words[i - 1]])
            if i < last:
                feats.update([">" + w for w in words[i + 1]])
            out.append(_sigmoid(base + sum(map(get, feats, itertools.repeat(0.0)))))
        return out

    def explain(self, sentence: str, top: int = 3, before: str = "", after: str = "") -> Scored:
        """The score of ``sentence`` (between ``before`` and ``after``) and its ``top`` heaviest positive features of
        its own words (each counted at its first span; the neighbours' words count in the score only)."""
        weights = self.weights
        seen: dict[str, tuple[float, int, int]] = {}
        for feature, start, end in features(tokens(sentence)):
            if feature not in seen:
                seen[feature] = (weights.get(feature, 0.0), start, end)
        context = {"<" + w for w in _words(before)} | {">" + w for w in _words(after)}
        z = self.bias + sum(w for w, _, _ in seen.values()) + sum(weights.get(f, 0.0) for f in context)
        ranked = sorted(((f, w, s, e) for f, (w, s, e) in seen.items() if w > 0), key=lambda r: (-r[1], r[2]))
        return Scored(_sigmoid(z), tuple(ranked[:top]))


def _words(text: str) -> list[str]:
    """The words of ``text`` as :func:`tokens` normalises them, without their spans (the fast path)."""
    return _TOKEN.findall(_DIGITS.sub("0", text.lower().replace("\u2019", "'")))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    ez = math.exp(z)
    return ez / (1.0 + ez)


@functools.lru_cache(maxsize=1)
def shipped_scorer() -> ClaimScorer:
    """The scorer of the shipped table, loaded once per process (about 20 ms)."""
    return ClaimScorer.from_file(data_file(TABLE))


@functools.lru_cache(maxsize=4)
def scorer_from(path: str) -> ClaimScorer:
    """The scorer of a user's own table (CL148's ``table`` option), loaded once per process."""
    return ClaimScorer.from_file(Path(path))
