"""DS107 warnings on the DEVELOPMENT side of MedQuAD (``medquad_is_heldout`` false), for labelling.

    PYTHONPATH=. python benchmarks/realworld/label_tools/ds107_medquad_dev.py [--json OUT] [--sample N]

Each answer is linted as ``benchmarks/realworld/medquad.py`` lints it (its ``document``, Markdown) with
DS107 alone; warnings are counted (MedQuAD's headline counts only the content families, so DS107 is not
in it). ``--sample N`` prints N of them drawn with seed 27 (collection, answer, offsets, flagged span);
``--json`` writes every warning's collection, answer and offsets. The path is appended, not put first,
so ``PYTHONPATH`` picks the checkout whose medlint is measured (the base's, for a before figure).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[3]))

from benchmarks.realworld.medquad import data_path, load_answers
from medlint import Linter, Severity
from scripts.data_splits import medquad_is_heldout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="MedQuAD jsonl (default as medquad.py)")
    ap.add_argument("--json", help="write every warning here")
    ap.add_argument("--sample", type=int, default=0, help="print this many warnings drawn with seed 27")
    args = ap.parse_args(argv)
    answers = [a for a in load_answers(data_path(args.data)) if not medquad_is_heldout(a.doc_id)]
    linter = Linter(select=["DS107"])
    found = []
    for a in answers:
        for d in linter.lint_text(a.document, "markdown"):
            if d.code == "DS107" and d.severity >= Severity.WARNING:
                found.append(
                    {
                        "collection": a.collection,
                        "answer": a.key,
                        "start": d.start.offset,
                        "end": d.end.offset,
                    }
                    | {"text": d.text}
                )
    print(f"{len(answers)} development answers, {len(found)} DS107 warnings")
    if args.sample:
        drawn = list(found)
        random.Random(27).shuffle(drawn)
        for h in drawn[: args.sample]:
            print(f"{h['collection']}\t{h['answer']}\t{h['start']}\t{h['end']}\t{h['text']}")
    if args.json:
        Path(args.json).write_text(json.dumps(found) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
