"""Precision of medlint's findings on careful fact-check pages (the Monant sample), per rule.

    python benchmarks/realworld/monant.py --half dev                  # the development half's table
    python benchmarks/realworld/monant.py --half dev --unlabelled TX101          # still to label, with context
    python benchmarks/realworld/monant.py --half dev --unlabelled all --tsv      # rows to fill in, every rule

Lints the fact-check pages of one half of the Monant sample (``monant_data.fact_checks``: Snopes,
FullFact, Health Feedback... articles that quote, report and refute health claims) with the
default configuration, each page as HTML when it carries markup and as plain text otherwise;
matches each finding to the hand-labelled verdicts in ``verdicts_monant/*.tsv`` (``verdicts``:
exact offsets, or an overlapping span with the same rule and text) and prints, per rule,
precision among labelled findings with n and a 95% Wilson interval, at warning+ and separately
at info, how many are still unlabelled, and totals per content family, for the content
families together and for all rules (the table of ``recovery.py``).

Why a separate benchmark: pages that debunk quote the claim they check, embed the social
posts that spread it and name its variants, so a rule that reads quoted words as the writer's
fires on the careful page. The verdicts' article id is the sample's claim ``id``.

The data: ``--monant PATH`` or ``$MONANT_DIR``; ``git clone
https://github.com/kinit-sk/medical-misinformation-dataset`` (Srba et al., SIGIR 2022, KInIT;
research use only: the texts are never committed here, only ids, offsets, short flagged spans
and labels). Build from the development half only; the test half is measured once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.realworld import monant_data as md
from benchmarks.realworld.fakehealth import Finding, lint_documents, print_unlabelled
from benchmarks.realworld.recovery import evaluate, format_table
from benchmarks.realworld.verdicts import load_verdicts

HERE = Path(__file__).resolve().parent
VERDICT_DIR = HERE / "verdicts_monant"


def lint_all(pages: Iterable[md.Claim], select: Sequence[str] | None = None) -> list[Finding]:
    """Every rule finding on the pages (engine notices ML* left out), in page order."""
    return lint_documents(((c.claim_id, c.description, c.page_format) for c in pages), select)


def finding_verdict_files(folder: Path) -> list[Path]:
    """The folder's verdicts on findings; ``statements_*.tsv`` label claim statements (other columns)."""
    return sorted(p for p in folder.glob("*.tsv") if not p.name.startswith("statements_"))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--monant", help="a clone of kinit-sk/medical-misinformation-dataset (default $MONANT_DIR)"
    )
    ap.add_argument("--half", choices=("dev", "test"), default="dev", help="which half (default dev)")
    ap.add_argument("--verdicts", type=Path, default=VERDICT_DIR, help="folder of verdict TSV files")
    ap.add_argument(
        "--unlabelled", metavar="CODE", help="print unlabelled findings of one rule ('all': every rule)"
    )
    ap.add_argument(
        "--width", type=int, default=200, help="with --unlabelled: context characters either side"
    )
    ap.add_argument("--info", action="store_true", help="with --unlabelled: include info-level findings")
    ap.add_argument("--tsv", action="store_true", help="with --unlabelled: print verdict rows to fill in")
    args = ap.parse_args(argv)

    pages = md.fact_checks(args.half, args.monant)
    ids = {c.claim_id for c in pages}
    verdicts = load_verdicts(finding_verdict_files(args.verdicts)) if args.verdicts.is_dir() else []
    # verdicts of the other half cannot match, but keep them out so "matched" is per half
    verdicts = [v for v in verdicts if v.article_id in ids]
    findings = lint_all(pages)
    if args.unlabelled:
        texts = {c.claim_id: c.description for c in pages}
        codes = sorted({f.code for f in findings}) if args.unlabelled == "all" else [args.unlabelled]
        for code in codes:
            print_unlabelled(
                texts.__getitem__, findings, verdicts, code, len(findings), args.width, args.info, args.tsv
            )
        return 0
    words = sum(len(c.description.split()) for c in pages)
    title = f"Monant fact-check pages, {args.half} half ({len(pages)} pages, {words:,} words)"
    print(format_table(title, evaluate(findings, verdicts)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
