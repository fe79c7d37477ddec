"""Detection quality on the labelled corpus: precision, recall, F1 per family and rule.

    python benchmarks/quality.py            # table
    python benchmarks/quality.py --show     # also list misses and false positives
    python benchmarks/quality.py --json

Counts, per article, only diagnostics of the families the article is annotated
for (clean articles count for all families: every finding there is a false
positive). Also prints findings per 1,000 words on the clean articles.
LanguageTool is not used.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import FAMILIES, load_corpus, matches  # noqa: E402

from medlint import Severity  # noqa: E402
from medlint.config import Config  # noqa: E402
from medlint.linter import Linter  # noqa: E402


def evaluate(show: bool = False) -> dict[str, object]:
    linter = Linter(Config())
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    clean_words = 0
    clean_warnings = 0
    clean_all = 0
    details: list[str] = []
    articles = load_corpus()
    for art in articles:
        diags = [
            d
            for d in linter.lint_file(art.path)
            if d.code[:2] in art.families and not d.code.startswith("ML")
        ]
        if art.clean:
            clean_words += len(art.path.read_text(encoding="utf-8").split())
            clean_warnings += sum(1 for d in diags if d.severity >= Severity.WARNING)
            clean_all += len(diags)
        unmatched = list(diags)
        for exp in art.expected:
            hit = next((d for d in unmatched if matches(exp, d.code, d.text, d.start.line)), None)
            if hit is None:
                fn[exp.code] += 1
                details.append(f"MISS {art.path.name}:{exp.line or '-'} {exp.code} {exp.text or ''}")
            else:
                tp[exp.code] += 1
                unmatched.remove(hit)
        for d in unmatched:
            fp[d.code] += 1
            details.append(f"FP   {art.path.name}:{d.start.line} {d.code} {d.text[:60]!r}")
    rows = {}
    for key in sorted(set(tp) | set(fp) | set(fn)):
        rows[key] = _prf(tp[key], fp[key], fn[key])
    fams = {}
    for fam in FAMILIES:
        t = sum(v for k, v in tp.items() if k.startswith(fam))
        f = sum(v for k, v in fp.items() if k.startswith(fam))
        n = sum(v for k, v in fn.items() if k.startswith(fam))
        fams[fam] = _prf(t, f, n)
    return {
        "articles": len(articles),
        "clean_articles": sum(a.clean for a in articles),
        "families": fams,
        "rules": rows,
        "clean_words": clean_words,
        "clean_warnings_per_1000_words": round(1000 * clean_warnings / max(1, clean_words), 3),
        "clean_findings_per_1000_words": round(1000 * clean_all / max(1, clean_words), 3),
        "details": details if show else [],
    }


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="list misses and false positives")
    ap.add_argument("--family", help="only print this family's rules")
    args = ap.parse_args()
    res = evaluate(show=args.show)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(
        f"Corpus: {res['articles']} articles ({res['clean_articles']} clean, {res['clean_words']} words in clean ones)"
    )
    print(f"{'family':8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for fam, m in res["families"].items():  # type: ignore[union-attr]
        if args.family and fam != args.family:
            continue
        print(
            f"{fam:8} {m['precision']:6.2f} {m['recall']:6.2f} {m['f1']:6.2f} {m['tp']:4d} {m['fp']:4d} {m['fn']:4d}"
        )
    print()
    print(f"{'rule':8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for code, m in res["rules"].items():  # type: ignore[union-attr]
        if args.family and not code.startswith(args.family):
            continue
        print(
            f"{code:8} {m['precision']:6.2f} {m['recall']:6.2f} {m['f1']:6.2f} {m['tp']:4d} {m['fp']:4d} {m['fn']:4d}"
        )
    print()
    print(
        f"Clean articles: {res['clean_warnings_per_1000_words']} warnings and "
        f"{res['clean_findings_per_1000_words']} findings (any severity) per 1,000 words"
    )
    for line in res["details"]:  # type: ignore[union-attr]
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
