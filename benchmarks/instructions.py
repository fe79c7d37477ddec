"""A fixed input for counting instructions: warm up, then lint a fixed slice of MedQuAD answers.

Run under valgrind twice, with and without the measured slice, and subtract:

    export PYTHONHASHSEED=0 MEDLINT_CACHE_DIR=/tmp/cache-$TREE   # a private start-up cache
    python benchmarks/instructions.py --measure 5                  # prime that cache first
    valgrind --tool=callgrind python benchmarks/instructions.py --measure 0
    valgrind --tool=callgrind python benchmarks/instructions.py --measure 200

The answers are MedQuAD's (Ben Abacha and Demner-Fushman 2019, CC BY 4.0), numbered in file order
as ``speed.py`` deals them, each linted as Markdown ``# question`` + answer with the default rules
in one process: the warm-up answers first (lexicons, tables and lazy patterns load, as in
``speed.py``'s warm-up), then ``--measure`` answers from ``--start``. The words of both slices go
to stderr. Nothing is asserted or kept.
"""

from __future__ import annotations

import argparse
import os
import sys
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "medquad" / "medquad.jsonl"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import medquad_articles  # noqa: E402


def answers(path: Path, n: int) -> list[tuple[str, str]]:
    """The first ``n`` MedQuAD answers with text, in file order, as (name, Markdown text): the
    articles ``speed.py`` times, so both benchmarks read the same text."""
    out = list(islice(medquad_articles(path), n))
    if len(out) < n:
        raise SystemExit(f"only {len(out)} MedQuAD answers in {path}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("MEDQUAD_JSONL", DEFAULT_DATA)))
    ap.add_argument("--warm", default="3000:3070", help="warm-up answers, START:END (default 3000:3070)")
    ap.add_argument("--start", type=int, default=3100, help="first measured answer (default 3100)")
    ap.add_argument(
        "--measure", type=int, default=200, help="answers measured (default 200; 0: warm-up only)"
    )
    args = ap.parse_args()
    warm_from, warm_to = (int(x) for x in args.warm.split(":"))
    texts = answers(args.data, max(warm_to, args.start + args.measure))

    from medlint.config import Config
    from medlint.linter import Linter

    linter = Linter(Config())
    warm = texts[warm_from:warm_to]
    measured = texts[args.start : args.start + args.measure]
    for name, text in warm:
        linter.lint_text(text, "markdown", name)
    findings = sum(len(linter.lint_text(text, "markdown", name)) for name, text in measured)
    words = sum(len(t.split()) for _, t in warm), sum(len(t.split()) for _, t in measured)
    print(f"warm-up {words[0]:,} words, measured {words[1]:,} words, {findings} findings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
