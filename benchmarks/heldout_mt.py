"""False alarms of the MT family on clean text no build step read.

    python benchmarks/heldout_mt.py [--sample N] [--seed S] [--select MT120,MT121]

Held-out MedQuAD answers (``scripts/data_splits.py``), each linted alone as
``# question`` + answer Markdown, and the held-out (odd) rows of
``clean_sentences.tsv`` in windows of 10 consecutive sentences; reported: MT
findings at warning or above per 1,000 words, by rule, with the commonest
flagged spans. MedQuAD: Ben Abacha and Demner-Fushman 2019, CC BY 4.0. The
realworld benchmark (benchmarks/realworld/) measures the same for every family;
this one is the quick check for the reference-statistics rules.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from data_splits import clean_sentence_is_heldout, medquad_is_heldout  # noqa: E402

from medlint.diagnostic import Severity  # noqa: E402
from medlint.linter import Linter  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def heldout_medquad(path: Path) -> list[str]:
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc.get("id") and medquad_is_heldout(doc["id"]):
                for qa in doc.get("qa", []):
                    if (qa.get("answer") or "").strip():
                        docs.append(f"# {qa['question'].strip()}\n\n{qa['answer'].strip()}\n")
    return docs


def heldout_clean_windows(path: Path, size: int = 10) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t")
        next(reader)
        rows = [row[0] for i, row in enumerate(reader) if row and clean_sentence_is_heldout(i)]
    return [" ".join(rows[i : i + size]) for i in range(0, len(rows), size)]


GLUE_VERDICTS = ROOT / "benchmarks" / "realworld" / "medquad_mt106_verdicts.tsv"


def check_glue_verdicts(medquad: Path, verdicts: Path = GLUE_VERDICTS) -> None:
    """Re-lint the answers of the labelled MT106 sample and print how many labelled spans are
    still reported and what the labels say. The sample is 40 MT106 warnings drawn at random
    (seed 1) from the held-out answers: MedQuAD's crawl dropped dashes and spaces
    ("abdomenthe area"), so most MT106 warnings there are defects of the data itself. Answers
    are named "collection/id" and by their index in the document's ``qa`` list (MedQuAD's ids
    repeat across collections)."""
    with verdicts.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    wanted = {(r["doc"], int(r["qa"])) for r in rows}
    answers: dict[tuple[str, int], str] = {}
    with medquad.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            for i, qa in enumerate(doc.get("qa", [])):
                key = (f"{doc.get('collection')}/{doc.get('id')}", i)
                if key in wanted:
                    answers[key] = f"# {qa['question'].strip()}\n\n{qa['answer'].strip()}\n"
    linter = Linter(select=["MT106"])
    found: set[tuple[str, int, int, int]] = set()
    for (doc_id, qa_index), text in answers.items():
        for d in linter.lint_text(text, "markdown"):
            if d.severity >= Severity.WARNING:
                found.add((doc_id, qa_index, d.start.offset, d.end.offset))
    still = [r for r in rows if (r["doc"], int(r["qa"]), int(r["start"]), int(r["end"])) in found]
    verdicts_seen = Counter(r["verdict"] for r in still)
    print(
        f"  MT106 labelled sample ({verdicts.name}): {len(still)}/{len(rows)} labelled spans still reported; "
        + ", ".join(f"{v} {n}" for v, n in sorted(verdicts_seen.items()))
    )


def measure(name: str, texts: list[str], fmt: str, linter: Linter) -> None:
    words = 0
    by_code: Counter[str] = Counter()
    info: Counter[str] = Counter()
    spans: Counter[tuple[str, str]] = Counter()
    t0 = time.perf_counter()
    for text in texts:
        words += len(text.split())
        for d in linter.lint_text(text, fmt):
            if d.code.startswith("MT") and d.severity >= Severity.WARNING:
                by_code[d.code] += 1
                spans[(d.code, d.text.lower())] += 1
            elif d.code.startswith("MT"):
                info[d.code] += 1
    total = sum(by_code.values())
    print(
        f"{name}: {len(texts)} texts, {words:,} words, {total} MT warnings = "
        f"{1000 * total / max(words, 1):.3f} per 1,000 words ({time.perf_counter() - t0:.1f} s)"
    )
    for code, n in sorted(by_code.items()):
        print(f"  {code}: {n} ({1000 * n / max(words, 1):.3f} per 1,000 words)")
    for code, n in sorted(info.items()):
        print(f"  {code} (info, not counted above): {n} findings in {len(texts)} texts")
    for (code, text), n in spans.most_common(15):
        print(f"    {n:3d}  {code}  {text[:70]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--medquad", type=Path, default=SHARED / "medquad" / "medquad.jsonl")
    ap.add_argument("--clean", type=Path, default=SHARED / "clean_sentences.tsv")
    ap.add_argument("--sample", type=int, default=0, help="lint a seeded sample of this many MedQuAD answers")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument(
        "--select",
        default="",
        help="rules to run (comma-separated); default: the default run's MT rules and MT120",
    )
    ap.add_argument(
        "--surprise", type=float, default=None, help="MT121's surprise-score (turns on its info test)"
    )
    args = ap.parse_args(argv)
    if args.select:
        options = {} if args.surprise is None else {"MT121": {"surprise-score": args.surprise}}
        linter = Linter(select=args.select.split(","), rule_options=options)
    else:
        from wmt22 import mt_family_linter

        linter = mt_family_linter()
    docs = heldout_medquad(args.medquad)
    if args.sample and args.sample < len(docs):
        docs = random.Random(args.seed).sample(docs, args.sample)
    measure("held-out MedQuAD answers", docs, "markdown", linter)
    if GLUE_VERDICTS.exists():
        check_glue_verdicts(args.medquad)
    measure("held-out clean sentences (windows of 10)", heldout_clean_windows(args.clean), "text", linter)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
