"""False-alarm rate of opt-in and info-level claim rules on MedQuAD answers, per 1,000 words.

``benchmarks/realworld/medquad.py`` counts warnings only, so the opt-in screening
rules (CL116-CL118, CL120, CL121, CL123, CL124, all info) never show there. This script lints each
answer exactly as that benchmark does (Markdown ``# <question>`` then the answer;
``Answer.document``) with only the named rules selected, counts their findings at
every severity, and prints the rate and a few findings with context. MedQuAD's
answers are professionally edited NIH and CDC pages, so nearly every finding of a
screening rule for news reports and press releases is a false alarm.

Data: MedQuAD, Ben Abacha and Demner-Fushman 2019 (CC BY 4.0), in
``../shared/data/medquad/medquad.jsonl`` or ``--data PATH`` / env ``MEDQUAD_JSONL``.

    python benchmarks/claims_info_rates.py CL120,CL121,CL124,CL123 [--sample N] [--show 5]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.realworld import medquad  # noqa: E402
from medlint.linter import Linter  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rules", help="comma-separated rule codes")
    ap.add_argument("--data", help="medquad.jsonl (default ../shared/data/medquad/medquad.jsonl)")
    ap.add_argument(
        "--sample", type=int, default=0, help=f"lint N answers drawn with seed {medquad.SEED} (0: all)"
    )
    ap.add_argument("--show", type=int, default=3, help="findings to print per rule, with context")
    args = ap.parse_args(argv)
    codes = [c.strip() for c in args.rules.split(",") if c.strip()]
    answers = medquad.load_answers(medquad.data_path(args.data))
    if args.sample:
        answers = random.Random(medquad.SEED).sample(answers, min(args.sample, len(answers)))
    linter = Linter(select=codes)
    words = 0
    counts: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    for ans in answers:
        text = ans.document
        words += len(text.split())
        for d in linter.lint_text(text, "markdown"):
            counts[d.code] += 1
            context = text[max(0, d.start.offset - 60) : d.end.offset + 60].replace("\n", " ")
            shown.setdefault(d.code, []).append(context)
    print(f"MedQuAD: {len(answers)} answers, {words} words; findings at any severity")
    for code in codes:
        print(f"{code}  {counts[code]:6}  {1000 * counts[code] / max(words, 1):.4f} per 1,000 words")
        for context in shown.get(code, [])[: args.show]:
            print(f"    ...{context}...")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
