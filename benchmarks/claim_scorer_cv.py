"""CL148's learned claim scorer, measured on page sets it was not trained on (leave one set out).

    python benchmarks/claim_scorer_cv.py DIR [DIR ...] [--fakehealth DIR] [--data ../shared/data] [--build-args '...']

Each DIR is a hand-labelled page set (``claims/`` and ``careful/`` with their ``labels.tsv``; see
``benchmarks/page_sets.py``). For each set in turn, a scorer table is built from the other sets
(``scripts/build_claim_scorer.py``, with its clean prose: MedQuAD's build side, the build half of the clean
sentences and FakeHealth's development half) and the set is measured twice with ``page_sets.py``: without
CL148, and with CL148 reading that table (its ``table`` option; since the sixty-fifth session every rule of the
remedy-page gate, CL142-CL148, reads it, since the page score opens the gate for all of them). The shipped table is trained on every read
set, so its figures on those sets flatter it; this is the figure that says what the scorer does on pages it
never saw, short of a set collected after the build (``benchmarks/CLAIMS.md`` reports those).

With ``--build-args '--prior OLD.tsv --prior-l2 0.01'`` each fold starts from an earlier table, as the shipped one
was built (s68); the prior must be one that never saw the sets, or every fold has seen its held-out set. ``--cl148
min-score=0.3`` gives every fold's CL148 that option (the other figures of §131's table).

Reported per set and summed: claims labels found (a CL warning overlaps them), careful pages' trap
sentences with a CL warning, careful pages' own unsupported claims (REAL-CLAIM) with one, and the CL
warnings on careful pages that overlap no label at all (false alarms, or a claim the labeller left).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.page_sets import REAL_CLAIM, evaluate  # noqa: E402
from scripts import build_claim_scorer  # noqa: E402

#: The rules that read the remedy-page gate, whose page score comes from the ``table`` option (s65)
GATE_RULES = ("CL142", "CL143", "CL144", "CL145", "CL146", "CL147", "CL148")


def figures(directory: Path, config: Path) -> tuple[int, int, int, int, int, int, int]:
    """(claims found, claims labels, traps hit, traps, real claims hit, real claims, CL warnings on careful pages
    outside every label) of one set under ``config``."""
    claims = evaluate("claims", directory / "claims", ROOT, "warning", config=config)
    careful = evaluate("careful", directory / "careful", ROOT, "warning", config=config)
    found: Counter[str] = claims["found"]  # type: ignore[assignment]
    total: Counter[str] = claims["total"]  # type: ignore[assignment]
    c_found: Counter[str] = careful["found"]  # type: ignore[assignment]
    c_total: Counter[str] = careful["total"]  # type: ignore[assignment]
    traps_hit = sum(n for cat, n in c_found.items() if cat != REAL_CLAIM)
    traps = sum(n for cat, n in c_total.items() if cat != REAL_CLAIM)
    return (
        sum(found.values()),
        sum(total.values()),
        traps_hit,
        traps,
        c_found[REAL_CLAIM],
        c_total[REAL_CLAIM],
        len(careful["outside"]),  # type: ignore[arg-type]
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", type=Path, nargs="+", help="hand-labelled page sets")
    ap.add_argument(
        "--fakehealth", default=None, help="EnyanDai/FakeHealth checkout (default: $FAKEHEALTH_DIR)"
    )
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="../shared/data")
    ap.add_argument(
        "--build-args", default="", help="more options for scripts/build_claim_scorer.py, e.g. '--l2 3e-4'"
    )
    ap.add_argument(
        "--cl148",
        action="append",
        default=[],
        metavar="OPTION=VALUE",
        help="a CL148 option for every fold, e.g. 'min-score=0.3' (repeatable; s68 chose min-score this way)",
    )
    args = ap.parse_args(argv)
    cl148_options = "".join(
        f"{key.strip()} = {value.strip()}\n" for key, _, value in (o.partition("=") for o in args.cl148)
    )
    if len(args.directory) < 2:
        ap.error("leave-one-out needs two sets or more")
    sums = [[0] * 7, [0] * 7]
    with tempfile.TemporaryDirectory(prefix="medlint-cv-") as tmp_name:
        tmp = Path(tmp_name)
        without = tmp / "without.toml"
        without.write_text('ignore = ["CL148"]\n', encoding="utf-8")
        print(
            f"{'set':10} {'claims found':>22} {'careful traps hit':>22} {'real claims hit':>18} "
            f"{'careful, elsewhere':>20}"
        )
        for held in args.directory:
            table = tmp / f"{held.name}.tsv"
            others = [str(d) for d in args.directory if d != held]
            build = ["--pages", *others, "--data", str(args.data), "--out", str(table)]
            if args.fakehealth:
                build += ["--fakehealth", args.fakehealth]
            build += args.build_args.split()
            build_claim_scorer.main(build)
            with_cfg = tmp / f"{held.name}.toml"
            # (s65) the page score opens the gate of every remedy-page rule, so each reads the fold's table
            with_cfg.write_text(
                "".join(
                    f'[rules.{code}]\ntable = "{table}"\n' + (cl148_options if code == "CL148" else "") + "\n"
                    for code in GATE_RULES
                ),
                encoding="utf-8",
            )
            before, after = figures(held, without), figures(held, with_cfg)
            for total, figs in zip(sums, (before, after), strict=True):
                for i, v in enumerate(figs):
                    total[i] += v
            print(row(held.name, before, after))
    print(row("sum", sums[0], sums[1]))
    return 0


def row(name: str, before: Sequence[int], after: Sequence[int]) -> str:
    """One line of the table: each figure without CL148 and with it."""
    return (
        f"{name:10} {before[0]:>5} -> {after[0]:>3} of {after[1]:<4}"
        f"   {before[2]:>5} -> {after[2]:>3} of {after[3]:<4}   {before[4]:>3} -> {after[4]:>2} of {after[5]:<4}"
        f"   {before[6]:>8} -> {after[6]:>3}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
