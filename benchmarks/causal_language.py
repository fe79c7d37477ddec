"""Direct-causal detection (the core of CL107) on Yu et al.'s labelled sentences.

Prints precision, recall and F1 of ``medlint.evidence.causal.is_direct_causal`` for the
``direct_causal`` label on the PubMed (Yu, Li, Wang, EMNLP 2019) and press
release (Yu et al., COLING 2020) samples in ../shared/data, next to the
word-list baseline reported in ../shared/data/README.md (direct-causal
precision 0.48 and 0.66). Also prints warnings per 1,000 words of the CL rules
on 14,909 clean published sentences.

    python benchmarks/causal_language.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"

BASELINE_PRECISION = {"pubmed": 0.48, "press releases": 0.66}


def score(path: Path) -> tuple[float, float, float, int, int, int]:
    from medlint.evidence.causal import is_direct_causal

    tp = fp = fn = 0
    for row in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"):
        predicted = is_direct_causal(row["sentence"])
        gold = row["label"] == "direct_causal"
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, tp, fp, fn


def clean_rate() -> tuple[int, int, int]:
    from medlint import Severity
    from medlint.linter import Linter

    sentences = [
        r["sentence"]
        for r in csv.DictReader((DATA / "clean_sentences.tsv").open(encoding="utf-8"), delimiter="\t")
    ]
    linter = Linter(select=["CL"])
    warnings = infos = words = 0
    for i in range(0, len(sentences), 100):
        chunk = "\n\n".join(sentences[i : i + 100])
        words += len(chunk.split())
        for d in linter.lint_text(chunk):
            if d.severity >= Severity.WARNING:
                warnings += 1
            else:
                infos += 1
    return warnings, infos, words


def main() -> int:
    if not DATA.exists():
        print(f"{DATA} not found: ../shared must be beside the repository", file=sys.stderr)
        return 2
    print("Direct-causal sentence detection (CL107 classifier)")
    print(f"{'corpus':16} {'P':>5} {'R':>5} {'F1':>5}  tp  fp  fn  baseline P")
    for name, file in (
        ("pubmed", "causal_language_pubmed_sample.tsv"),
        ("press releases", "causal_language_pressrelease_sample.tsv"),
    ):
        p, r, f1, tp, fp, fn = score(DATA / file)
        print(
            f"{name:16} {p:5.2f} {r:5.2f} {f1:5.2f} {tp:3d} {fp:3d} {fn:3d}  {BASELINE_PRECISION[name]:.2f}"
        )
    warnings, infos, words = clean_rate()
    print(
        f"CL rules on clean published sentences: {warnings} warnings, {infos} info in {words:,} words "
        f"({1000 * warnings / words:.3f} warnings per 1,000 words)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
