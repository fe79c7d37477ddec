"""How far do the words of a release separate HealthNewsReview.org's verdicts at all?

    python benchmarks/claims_ceiling.py [--fakehealth DIR] [--gpt4fh DIR] [--boot 1000]

``benchmarks/claims_review.py`` asks how well medlint's CL findings separate releases the
reviewers rated unsatisfactory from satisfactory ones. This script asks the question
behind its targets (issue 14: length-controlled AUC >= 0.70 for "unjustifiable,
sensational language", >= 0.65 for "quality of the evidence"): how well does *any*
reading of the words do, when it is fitted to the reviewers' own verdicts? A linter's
rules name defects an editor can fix; a classifier fitted to the criterion may use any
word that happens to go with it ("university of", "placebo"). So the classifier's AUC on
releases it never saw is a ceiling for what the text, at this sample size, supports.

The model: a ridge classifier (least squares with an L2 penalty, solved in closed form in
the dual) on binary word and word-pair features weighted by inverse document frequency,
each release's vector of unit length. It is fitted on the development half of
``claims_review.py`` (the same CRC-32 split, the same releases, the same verdicts) with its
penalty chosen by 5-fold cross-validation inside that half, and scored once on the test
half. Reported: the test half's AUC, plain and length-stratified (pairs compared within a
quartile of length, as ``claims_review.py`` reports its headline), with bootstrap 95%
intervals; and, for comparison, the same model's 5-fold cross-validated AUC over every
release (each scored by a model fitted without it).

Data as in ``claims_review.py`` (never committed: the reviewers' verdicts from
ashwani227/gpt4AnalysisFakeHealth, the texts from EnyanDai/FakeHealth). Needs numpy (a
dependency of spaCy, so always installed with medlint) and openpyxl (``medlint[bench]``).
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.claims_review import (  # noqa: E402
    EVIDENCE,
    SENSATIONAL,
    auc,
    bootstrap,
    half_of,
    load_reviews,
    quartiles,
)
from benchmarks.realworld import fakehealth_data  # noqa: E402

#: the penalties cross-validation chooses among (larger: smoother weights)
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


@dataclass
class Release:
    release_id: str
    text: str
    criteria: dict[str, str]

    def verdict(self, criterion: str) -> int | None:
        """1 for "Not Satisfactory", 0 for "Satisfactory", None when not rated."""
        for question, answer in self.criteria.items():
            if criterion in question.lower():
                return {"Not Satisfactory": 1, "Satisfactory": 0}.get(answer)
        return None


def features(text: str) -> set[str]:
    """The release's lower-case words and adjacent word pairs (presence only)."""
    words = _WORD.findall(text.lower())
    return set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


class RidgeClassifier:
    """Ridge regression on centred 0/1 labels over idf-weighted, unit-length feature vectors.

    With a few hundred releases and tens of thousands of features the dual form is cheap:
    ``w = X^T (X X^T + penalty I)^-1 (y - mean y)``; the score is ``x . w``."""

    def __init__(self, train: Sequence[set[str]], labels: Sequence[int], penalty: float) -> None:
        import numpy as np

        df = Counter(g for feats in train for g in feats)
        self.vocab = {g: i for i, g in enumerate(sorted(g for g, c in df.items() if c >= 2))}
        n = len(train)
        self.idf = np.zeros(len(self.vocab))
        for g, i in self.vocab.items():
            self.idf[i] = math.log((1 + n) / (1 + df[g])) + 1
        x = self.matrix(train)
        y = np.asarray(labels, dtype=float)
        alpha = np.linalg.solve(x @ x.T + penalty * np.eye(n), y - y.mean())
        self.weights = x.T @ alpha

    def matrix(self, rows: Sequence[set[str]]) -> np.ndarray:
        import numpy as np

        m = np.zeros((len(rows), len(self.vocab)))
        for r, feats in enumerate(rows):
            cols = [i for g in feats if (i := self.vocab.get(g)) is not None]
            m[r, cols] = self.idf[cols]
        m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-12
        return m

    def scores(self, rows: Sequence[set[str]]) -> list[float]:
        return [float(s) for s in self.matrix(rows) @ self.weights]


def out_of_fold(
    feats: Sequence[set[str]], labels: Sequence[int], penalty: float, folds: int = 5
) -> list[float]:
    """Each release scored by a model fitted on the other folds (a fixed shuffle)."""
    order = list(range(len(labels)))
    random.Random(2026).shuffle(order)
    out = [0.0] * len(labels)
    for f in range(folds):
        held = order[f::folds]
        held_set = set(held)
        train = [i for i in order if i not in held_set]
        model = RidgeClassifier([feats[i] for i in train], [labels[i] for i in train], penalty)
        for i, s in zip(held, model.scores([feats[i] for i in held]), strict=True):
            out[i] = s
    return out


def chosen_penalty(feats: Sequence[set[str]], labels: Sequence[int]) -> tuple[float, float]:
    """The penalty with the best 5-fold cross-validated AUC inside the given releases, and that AUC."""
    best = max((auc(out_of_fold(feats, labels, p), labels), p) for p in PENALTIES)
    return best[1], best[0]


def load(fakehealth: Path, gpt4fh: Path) -> list[Release]:
    """The releases ``claims_review.py`` lints, with their texts as it lints them."""
    out = []
    for rid, criteria in sorted(load_reviews(gpt4fh).items()):
        article_id = f"HealthRelease/{rid}"
        if not (fakehealth / "dataset" / "content" / "HealthRelease" / f"{rid}.json").exists():
            continue
        if fakehealth_data.text_words(fakehealth, article_id) < fakehealth_data.MIN_WORDS:
            continue
        out.append(Release(rid, fakehealth_data.load_article(fakehealth, article_id), criteria))
    return out


def report(releases: list[Release], criterion: str, boot: int) -> list[str]:
    rated = [(r, v) for r in releases if (v := r.verdict(criterion)) is not None]
    dev = [(r, v) for r, v in rated if half_of(r.release_id) == "dev"]
    test = [(r, v) for r, v in rated if half_of(r.release_id) == "test"]
    dev_feats = [features(r.text) for r, _ in dev]
    dev_labels = [v for _, v in dev]
    penalty, dev_auc = chosen_penalty(dev_feats, dev_labels)
    model = RidgeClassifier(dev_feats, dev_labels, penalty)
    scores = model.scores([features(r.text) for r, _ in test])
    labels = [v for _, v in test]
    strata = quartiles([float(len(r.text.split())) for r, _ in test])

    def line(name: str, stratified: bool) -> str:
        def stat(idx: list[int]) -> float:
            return auc(
                [scores[i] for i in idx],
                [labels[i] for i in idx],
                [strata[i] for i in idx] if stratified else None,
            )

        lo, hi = bootstrap(stat, len(labels), boot)
        return f"  {name:58} AUC {stat(list(range(len(labels)))):.3f} [{lo:.3f}, {hi:.3f}]"

    all_feats = [features(r.text) for r, _ in rated]
    all_labels = [v for _, v in rated]
    return [
        f"{criterion}: development half n={len(dev)} ({sum(dev_labels)} unsatisfactory), "
        f"test half n={len(test)} ({sum(labels)})",
        f"  penalty {penalty:g} chosen by 5-fold cross-validation in the development half (AUC there {dev_auc:.3f})",
        line("fitted on the development half, test half", stratified=False),
        line("fitted on the development half, test half, length-stratified", stratified=True),
        f"  {'5-fold cross-validated over all rated releases':58} AUC "
        f"{auc(out_of_fold(all_feats, all_labels, penalty), all_labels):.3f}",
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fakehealth", default=os.environ.get("FAKEHEALTH", "/work/data/FakeHealth"))
    ap.add_argument("--gpt4fh", default=os.environ.get("GPT4FH", "/work/data/gpt4fh"))
    ap.add_argument("--boot", type=int, default=1000, help="bootstrap resamples")
    args = ap.parse_args(argv)
    releases = load(Path(args.fakehealth), Path(args.gpt4fh))
    print(
        f"{len(releases)} releases; a bag-of-words ridge classifier fitted to the reviewers' own verdicts "
        "(words and word pairs, idf-weighted)"
    )
    for criterion in (SENSATIONAL, EVIDENCE):
        for row in report(releases, criterion, args.boot):
            print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
