"""False alarms of the CL rules on MedQuAD answers (NIH and CDC consumer-health pages).

Each answer is linted alone as Markdown ``# question`` + answer, the convention
of ``benchmarks/realworld``; only held-out documents are used
(``scripts/data_splits.py``). Prints findings at warning and above per 1,000
words for each CL rule, with the most frequent flagged strings. The CL110-CL115
rules must stay at or below 0.1 per 1,000 words.

Data: MedQuAD, Ben Abacha and Demner-Fushman 2019 (CC BY 4.0), in
``../shared/data/medquad/medquad.jsonl``.

    python -m benchmarks.claims.medquad_cl [--limit N] [--select CL]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from medlint.diagnostic import Severity  # noqa: E402
from medlint.linter import Linter  # noqa: E402
from scripts.data_splits import medquad_is_heldout  # noqa: E402

MEDQUAD = ROOT.parent / "shared" / "data" / "medquad" / "medquad.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--medquad", default=str(MEDQUAD))
    ap.add_argument("--limit", type=int, default=0, help="answers to lint (0: all held-out answers)")
    ap.add_argument("--select", default="CL")
    ap.add_argument("--all", action="store_true", help="every answer, not only the held-out documents")
    args = ap.parse_args(argv)
    linter = Linter(select=args.select.split(","))
    words = answers = 0
    per_rule: Counter[str] = Counter()
    strings: dict[str, Counter[str]] = {}
    with open(args.medquad, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if not args.all and not medquad_is_heldout(str(doc.get("id") or doc.get("url") or "")):
                continue
            for qa in doc["qa"]:
                answer = (qa.get("answer") or "").strip()
                if not answer:
                    continue
                text = f"# {qa['question'].strip()}\n\n{answer}\n"
                words += len(answer.split())
                answers += 1
                for d in linter.lint_text(text, "markdown"):
                    if d.severity >= Severity.WARNING:
                        per_rule[d.code] += 1
                        strings.setdefault(d.code, Counter())[" ".join(d.text.split())[:60]] += 1
                if args.limit and answers >= args.limit:
                    break
            if args.limit and answers >= args.limit:
                break
    print(
        f"MedQuAD {'all' if args.all else 'held-out'} answers: {answers}, {words} words; CL warnings+ per 1,000 words"
    )
    for code in sorted(per_rule):
        top = ", ".join(f"{s!r} x{n}" for s, n in strings[code].most_common(5))
        print(f"{code}  {per_rule[code]:5d}  {1000 * per_rule[code] / max(words, 1):.3f}  {top}")
    total = sum(per_rule.values())
    print(f"all    {total:5d}  {1000 * total / max(words, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
