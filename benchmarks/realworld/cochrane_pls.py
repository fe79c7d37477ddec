"""medlint on Cochrane plain-language summaries: careful lay health text no rule was built on.

    python benchmarks/realworld/cochrane_pls.py                     # counts, precision, false warnings
    python benchmarks/realworld/cochrane_pls.py --unlabelled CL102 --tsv   # warning rows to fill in
    python benchmarks/realworld/cochrane_pls.py --info-sample --tsv       # the seeded info sample's rows
    python benchmarks/realworld/cochrane_pls.py --json out.json

The 60 summaries of ``cochrane_pls_data.sample_ids`` are each linted alone with the default
configuration, format "text". Printed: the sample's size; findings per rule at warning+ and at
info; precision among labelled findings per rule and per band with 95% Wilson intervals
(``verdicts_cochrane/*.tsv``, matched as ``verdicts.match`` does); false warnings per 1,000 words;
and recall on the first ``MARKED`` items, read in full and their defects marked by hand
(``defects_cochrane/*.tsv``): how many a finding overlaps (any rule, the content families, the MT
family, warning+ only).
Every warning-level finding is labelled, and of the info notes a seeded sample of at most 40
(``info_sample``), so the info precision is that of a random sample.

The sample is held out: it was looked at once to measure the rules (CLAIMS.md section 57), and no
rule is to be tuned on it. Data: ``--data PATH`` or ``$COCHRANE_PLS_DIR`` (see
``cochrane_pls_data``); the summaries are never committed here.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.realworld import cochrane_pls_data as cpd
from benchmarks.realworld.common import context, precision_lines, short
from benchmarks.realworld.defects import Hit, load_defects, recall, recall_lines
from benchmarks.realworld.fakehealth import Finding, Tally, band, print_unlabelled
from benchmarks.realworld.healthfc import lint_items
from benchmarks.realworld.verdicts import Verdict, format_row, load_verdicts, match
from medlint import Severity

HERE = Path(__file__).resolve().parent
VERDICT_DIR = HERE / "verdicts_cochrane"
DEFECT_DIR = HERE / "defects_cochrane"
#: The first this many items of the sample were read in full and their defects marked by hand.
MARKED = 15
#: At most this many info notes are labelled, drawn by ``info_sample``.
INFO_SAMPLE = 40


def info_sample(findings: Sequence[Finding], n: int = INFO_SAMPLE) -> list[Finding]:
    """A seeded sample of the info-level findings, drawn from them in (article, start, rule) order.

    The draw depends only on the findings of the code that was labelled, so it is repeatable.
    """
    pool = sorted(
        (f for f in findings if f.severity < Severity.WARNING),
        key=lambda f: (f.article_id, f.start, f.end, f.code),
    )
    return random.Random(f"{cpd.SEED}:info").sample(pool, min(n, len(pool)))


def evaluate(findings: Sequence[Finding], verdicts: Sequence[Verdict], words: int) -> dict[str, Any]:
    """Per band: findings and precision per rule; false warnings per 1,000 words."""
    got = match([f.key for f in findings], verdicts)
    rules: dict[tuple[str, str], Tally] = defaultdict(Tally)
    totals: dict[str, Tally] = defaultdict(Tally)
    for f, v in zip(findings, got, strict=True):
        for t in (rules[(band(f.severity), f.code)], totals[band(f.severity)]):
            t.count(v)
    out: dict[str, Any] = {"verdicts": len(verdicts), "matched": sum(v is not None for v in got)}
    for b in ("warning", "info"):
        out[b] = {
            "rules": {code: t.row() for (bb, code), t in sorted(rules.items()) if bb == b},
            "all": totals[b].row(),
        }
    w = totals["warning"]
    out["false_warnings_per_1000_words"] = round(w.fp * 1000 / words, 2) if words else None
    out["warnings_per_1000_words"] = round((w.n + w.unlabelled) * 1000 / words, 2) if words else None
    return out


def format_report(res: dict[str, Any]) -> str:
    """The report as plain text."""
    e = res["eval"]
    lines = [
        f"Cochrane plain-language summaries: {res['items']} items, {res['words']:,} words "
        f"(seed {cpd.SEED}); {e['verdicts']} verdicts on file, {e['matched']} matched",
        f"warnings per 1,000 words {e['warnings_per_1000_words']}, "
        f"false warnings per 1,000 words {e['false_warnings_per_1000_words']}",
    ]
    for b, title in (("warning", "at warning or error"), ("info", "at info")):
        lines += precision_lines(f"per rule, {title}:", {**e[b]["rules"], "all": e[b]["all"]})
    if "recall" in res:
        lines += recall_lines(
            f"recall on the first {MARKED} items read in full ({res['marked_words']:,} words):",
            res["recall"],
            skip_empty=True,
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--data", help="clone or mirror of the dataset (default $COCHRANE_PLS_DIR, then known places)"
    )
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="worker processes")
    ap.add_argument("--verdicts", type=Path, default=VERDICT_DIR, help="folder of verdict *.tsv files")
    ap.add_argument("--json", metavar="OUT", help="also write the results as JSON")
    ap.add_argument(
        "--unlabelled", metavar="RULE", help="print unlabelled warning-level findings of one rule"
    )
    ap.add_argument(
        "--info-sample", action="store_true", help="print the unlabelled findings of the info sample"
    )
    ap.add_argument("--limit", type=int, default=1000, help="with --unlabelled: at most this many")
    ap.add_argument("--width", type=int, default=200, help="context characters either side")
    ap.add_argument("--info", action="store_true", help="with --unlabelled: include info-level findings")
    ap.add_argument("--tsv", action="store_true", help="print verdict rows to fill in")
    args = ap.parse_args(argv)

    items = cpd.load(args.data)
    texts = {it.item_id: it.text for it in items}
    ids = cpd.sample_ids(items)
    verdicts = load_verdicts(args.verdicts.glob("*.tsv"))
    found = list(lint_items(texts, ids, args.jobs))
    if args.unlabelled:
        print_unlabelled(
            texts.__getitem__, found, verdicts, args.unlabelled, args.limit, args.width, args.info, args.tsv
        )
        return 0
    if args.info_sample:
        picked = info_sample(found)
        got = match([f.key for f in picked], verdicts)
        for f, v in zip(picked, got, strict=True):
            if v is not None:
                continue
            print(format_row(Verdict(f.article_id, f.code, f.start, f.end, short(f.text), "?", "")))
            if not args.tsv:
                print(f"   [{Severity(f.severity)}] {f.message}")
                print(f"   {context(texts[f.article_id], f.start, f.end, args.width)}")
        return 0
    words = sum(len(texts[i].split()) for i in ids)
    res: dict[str, Any] = {
        "command": "python benchmarks/realworld/cochrane_pls.py",
        "items": len(ids),
        "words": words,
        "eval": evaluate(found, verdicts, words),
    }
    marked = ids[:MARKED]
    defects = load_defects(DEFECT_DIR.glob("*.tsv"))
    stray = {d.item_id for d in defects} - set(marked)
    if stray:
        raise SystemExit(f"defects marked outside the first {MARKED} items: {sorted(stray)[:5]}")
    hits = [Hit(f.article_id, f.code, f.start, f.end, f.severity >= Severity.WARNING) for f in found]
    res["recall"] = recall(defects, hits)
    res["marked_words"] = sum(len(texts[i].split()) for i in marked)
    print(format_report(res))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
