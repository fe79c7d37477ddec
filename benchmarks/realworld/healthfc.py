"""medlint on HealthFC: real machine-translated health prose, and careful debunking prose.

    python benchmarks/realworld/healthfc.py                        # rates, precision, recall
    python benchmarks/realworld/healthfc.py --unlabelled MT110     # test-half findings still to label
    python benchmarks/realworld/healthfc.py --unlabelled CL102 --info --tsv   # rows to fill in
    python benchmarks/realworld/healthfc.py --half dev             # rates of one half only
    python benchmarks/realworld/healthfc.py --json out.json

HealthFC (``healthfc_data``) holds 750 Medizin-transparent fact-checks whose English versions read
as machine translation of the German; each item is linted alone with the default configuration,
format "text". Printed:

(a) findings per 1,000 words per rule family, at warning+ and at info, for each half;
(b) on the test half, precision among labelled findings per rule and per family, at warning+
    and at info separately, with 95% Wilson intervals (``verdicts_healthfc/findings_*.tsv``,
    matched as ``verdicts.match`` does);
(c) recall on the hand-marked sample of the test half (``verdicts_healthfc/defects_test.tsv``):
    for each kind of defect, how many a finding overlaps: any rule at any severity, the content
    families (MT, CL, RP, TX) only, the MT family only, and any rule at warning+ only.

The development half is for building detectors; only rates are printed for it. Labels exist for
the test half only. Data: ``--healthfc PATH`` or ``$HEALTHFC_DIR`` (``git clone
https://github.com/jvladika/HealthFC``). HealthFC: Vladika, Schneider and Matthes, LREC-COLING
2024; texts by Medizin-transparent, CC BY-NC-ND 4.0, never committed here.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.realworld import healthfc_data as hfc
from benchmarks.realworld.common import pooled, precision_lines
from benchmarks.realworld.defects import Hit, load_defects, recall, recall_lines
from benchmarks.realworld.fakehealth import Finding, Tally, band, print_unlabelled, rule_findings
from benchmarks.realworld.verdicts import Verdict, load_verdicts, match
from medlint import Linter, Severity

HERE = Path(__file__).resolve().parent
VERDICT_DIR = HERE / "verdicts_healthfc"
SEED = 2026
HALVES = ("dev", "test")
#: Families whose info-level findings are labelled too (the MT detectors and the claim rules).
INFO_LABELLED = ("MT", "CL")
#: Size of the seeded sample of the test half whose defects were marked by hand.
MARKED = 150

_LINTER: Linter | None = None
_TEXTS: dict[str, str] = {}


def _init(texts: dict[str, str], select: Sequence[str] | None) -> None:
    global _LINTER, _TEXTS
    _LINTER = Linter(select=select)
    _TEXTS = texts


def _lint(item_id: str) -> list[Finding]:
    assert _LINTER is not None
    return rule_findings(_LINTER, item_id, _TEXTS[item_id], hfc.FORMAT)


def lint_items(
    texts: dict[str, str], ids: Sequence[str], jobs: int, select: Sequence[str] | None = None
) -> Iterator[Finding]:
    """Every finding on the given items, item by item in the given order."""
    return pooled(_init, (texts, select), _lint, ids, jobs)


def marked_ids(test_ids: Sequence[str], n: int = MARKED) -> list[str]:
    """The items read and marked by hand: ``random.Random(2026).sample(sorted(test ids), n)``."""
    return random.Random(SEED).sample(sorted(test_ids), n)


def family(code: str) -> str:
    """The rule family: the two letters of the code."""
    return code[:2]


def rates(findings: Sequence[Finding], words: int) -> dict[str, dict[str, float]]:
    """Findings per 1,000 words per family, at warning+ and at info."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"warning": 0, "info": 0})
    for f in findings:
        counts[family(f.code)][band(f.severity)] += 1
    per = 1000 / words if words else 0.0
    out = {fam: {b: round(n * per, 2) for b, n in c.items()} for fam, c in sorted(counts.items())}
    out["all"] = {b: round(sum(c[b] for c in counts.values()) * per, 2) for b in ("warning", "info")}
    return out


def precision(findings: Sequence[Finding], verdicts: Sequence[Verdict]) -> dict[str, Any]:
    """Per band: precision per rule and per family among labelled findings, and the unlabelled count."""
    got = match([f.key for f in findings], verdicts)
    rules: dict[tuple[str, str], Tally] = defaultdict(Tally)
    fams: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for f, v in zip(findings, got, strict=True):
        for t in (rules[(band(f.severity), f.code)], fams[(band(f.severity), family(f.code))]):
            t.count(v)
    out: dict[str, Any] = {"verdicts": len(verdicts), "matched": sum(v is not None for v in got)}
    for b in ("warning", "info"):
        total = Tally()
        for (bb, _), t in fams.items():
            if bb == b:
                total.add(t)
        out[b] = {
            "rules": {code: t.row() for (bb, code), t in sorted(rules.items()) if bb == b},
            "families": {fam: t.row() for (bb, fam), t in sorted(fams.items()) if bb == b},
            "all": total.row(),
        }
    return out


def format_report(res: dict[str, Any]) -> str:
    """The three parts as plain text."""
    lines: list[str] = []
    for half in HALVES:
        if half not in res["rates"]:
            continue
        r = res["rates"][half]
        lines += [
            f"(a) {half} half: {res['items'][half]} items, {res['words'][half]:,} words; findings per 1,000 words",
            f"{'family':<7} {'warning+':>9} {'info':>9}",
        ]
        lines += [f"{fam:<7} {v['warning']:>9.2f} {v['info']:>9.2f}" for fam, v in r.items()]
        lines.append("")
    if "precision" in res:
        p = res["precision"]
        lines.append(
            f"(b) test half: {p['verdicts']} verdicts on file, {p['matched']} matched to current findings"
        )
        for b, title in (("warning", "at warning or error"), ("info", "at info")):
            lines += precision_lines(f"per family, {title}:", {**p[b]["families"], "all": p[b]["all"]})
            lines += precision_lines(f"per rule, {title}:", p[b]["rules"])
            lines.append("")
    if "recall" in res:
        lines += recall_lines(
            f"(c) recall on the marked sample of the test half ({res['marked_items']} items, {res['marked_words']:,} words):",
            res["recall"],
        )
    return "\n".join(lines)


def show_unlabelled(
    texts: dict[str, str],
    findings: Sequence[Finding],
    verdicts: Sequence[Verdict],
    code: str,
    limit: int,
    width: int,
    info: bool,
    tsv: bool,
) -> None:
    """Unlabelled test-half findings of one rule, in a seeded order that labelling does not disturb.

    Warning+ only, except for the MT and CL families (``INFO_LABELLED``) or with ``info``.
    """
    info = info or family(code) in INFO_LABELLED  # their info-level findings are labelled too
    print_unlabelled(texts.__getitem__, findings, verdicts, code, limit, width, info, tsv)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--healthfc", help="HealthFC clone or mirror (default $HEALTHFC_DIR, then the known places)"
    )
    ap.add_argument("--half", choices=("dev", "test", "both"), default="both", help="which half to lint")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="worker processes")
    ap.add_argument(
        "--verdicts", type=Path, default=VERDICT_DIR, help="folder of findings_*.tsv and defects_*.tsv"
    )
    ap.add_argument("--json", metavar="OUT", help="also write the results as JSON")
    ap.add_argument("--unlabelled", metavar="RULE", help="print unlabelled test-half findings of one rule")
    ap.add_argument("--limit", type=int, default=1000, help="with --unlabelled: at most this many")
    ap.add_argument(
        "--width", type=int, default=200, help="with --unlabelled: context characters either side"
    )
    ap.add_argument("--info", action="store_true", help="with --unlabelled: include info-level findings")
    ap.add_argument("--tsv", action="store_true", help="with --unlabelled: print verdict rows to fill in")
    args = ap.parse_args(argv)

    items = hfc.load(args.healthfc)
    texts = {it.item_id: it.text for it in items}
    halves = HALVES if args.half == "both" else (args.half,)
    if args.unlabelled:
        halves = ("test",)
    ids = {h: [it.item_id for it in items if hfc.half(it.item_id) == h] for h in halves}
    verdicts = load_verdicts(args.verdicts.glob("findings_*.tsv"))
    select = [args.unlabelled] if args.unlabelled else None
    found = {h: list(lint_items(texts, ids[h], args.jobs, select)) for h in halves}
    if args.unlabelled:
        show_unlabelled(
            texts, found["test"], verdicts, args.unlabelled, args.limit, args.width, args.info, args.tsv
        )
        return 0
    res: dict[str, Any] = {"rates": {}, "items": {}, "words": {}}
    for h in halves:
        words = sum(len(texts[i].split()) for i in ids[h])
        res["items"][h] = len(ids[h])
        res["words"][h] = words
        res["rates"][h] = rates(found[h], words)
    if "test" in halves:
        res["precision"] = precision(found["test"], verdicts)
        defects = load_defects(args.verdicts.glob("defects_test.tsv"))
        marked = marked_ids(ids["test"])
        stray = {d.item_id for d in defects} - set(marked)
        if stray:
            raise SystemExit(f"defects marked outside the sample: {sorted(stray)[:5]}")
        hits = [
            Hit(f.article_id, f.code, f.start, f.end, f.severity >= Severity.WARNING) for f in found["test"]
        ]
        res["recall"] = recall(defects, hits)
        res["marked_items"] = len(marked)
        res["marked_words"] = sum(len(texts[i].split()) for i in marked)
    res["command"] = "python benchmarks/realworld/healthfc.py" + (
        "" if args.half == "both" else f" --half {args.half}"
    )
    print(format_report(res))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
