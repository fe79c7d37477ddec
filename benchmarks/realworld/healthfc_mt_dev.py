"""MT-family findings on the HealthFC development half only (English read as MT of the German).

The English versions of the HealthFC fact-checks read as machine translation of the German
(see ``healthfc_data.py``). This script lints the DEVELOPMENT half (``half(id) == "dev"``)
and nothing else: the test half is labelled by someone else and must never be opened,
printed or linted by a detector's author. It prints findings per item and, with ``--json``,
writes them so that two versions of the code can be compared (``--compare OLD.json``
prints the findings the current code adds or loses, with context, to be read by hand).

    python benchmarks/realworld/healthfc_mt_dev.py --json /tmp/after.json --compare /tmp/before.json

MT108 findings are counted per pattern too, and findings are matched to the author's own
verdicts on the development half (``healthfc_mt_dev_verdicts.tsv``, same format as
``verdicts/``: TP where a strict English health editor would change the text): the summary
prints right/labelled per rule and lists findings with no verdict, to be read and labelled.

Source: HealthFC (Vladika, Schneider and Matthes, LREC-COLING 2024), CC BY-NC-ND 4.0; the
texts are read from a local clone and never committed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a file
    sys.path.insert(0, str(ROOT))

from benchmarks.realworld.common import context  # noqa: E402
from benchmarks.realworld.healthfc_data import FORMAT, half, load  # noqa: E402
from benchmarks.realworld.verdicts import Found, load_verdicts, match  # noqa: E402

Key = tuple[str, str, int, int]
#: The author's verdicts on MT findings of the development half (never the test half).
DEV_VERDICTS = Path(__file__).with_name("healthfc_mt_dev_verdicts.tsv")


def dev_findings(root: str | None, families: Sequence[str]) -> tuple[int, int, list[dict[str, object]]]:
    """Items, words and the findings (warning or above) of ``families`` on the development half."""
    from medlint.diagnostic import Severity
    from medlint.linter import Linter

    linter = Linter(select=list(families))
    items = [item for item in load(root) if half(item.item_id) == "dev"]
    words = 0
    out: list[dict[str, object]] = []
    for item in items:
        words += len(item.text.split())
        for d in linter.lint_text(item.text, format=FORMAT):
            if d.severity < Severity.WARNING:
                continue
            out.append(
                {
                    "id": item.item_id,
                    "code": d.code,
                    "start": d.start.offset,
                    "end": d.end.offset,
                    "text": d.text,
                    "pattern": str((d.data or {}).get("pattern") or ""),
                    "context": context(item.text, d.start.offset, d.end.offset, 70),
                }
            )
    return len(items), words, out


def verdict_summary(found: list[dict[str, object]], path: Path) -> list[str]:
    """Lines giving right/labelled per rule against the verdict file, and the unlabelled findings."""
    verdicts = [v for v in load_verdicts([path]) if half(v.article_id) == "dev"]
    found_keys = [Found(str(f["id"]), str(f["code"]), *_key(f)[2:], str(f["text"])[:60]) for f in found]
    matched = match(found_keys, verdicts)
    per_rule: dict[str, list[int]] = {}
    unlabelled = []
    for f, v in zip(found, matched, strict=True):
        counts = per_rule.setdefault(str(f["code"]), [0, 0, 0])
        if v is None:
            counts[2] += 1
            unlabelled.append(f)
        else:
            counts[0] += v.correct
            counts[1] += 1
    lines = [
        "verdicts ("
        + path.name
        + "): "
        + ", ".join(f"{code} {r}/{n} right, {u} unlabelled" for code, (r, n, u) in sorted(per_rule.items()))
    ]
    lines += [f"? {f['id']} {f['code']} {f['start']} {f['end']} {f['context']}" for f in unlabelled]
    return lines


def _key(f: dict[str, object]) -> Key:
    return (str(f["id"]), str(f["code"]), int(f["start"]), int(f["end"]))  # type: ignore[call-overload]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--healthfc", help="HealthFC clone (default $HEALTHFC_DIR or the known mirrors)")
    ap.add_argument("--rules", default="MT", help="comma-separated codes or families (default MT)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write the findings to this file")
    ap.add_argument("--compare", type=Path, metavar="OLD", help="print findings added or lost against OLD")
    ap.add_argument(
        "--verdicts",
        type=Path,
        default=DEV_VERDICTS,
        help="the development half's verdicts (default %(default)s)",
    )
    ap.add_argument("--unlabelled", action="store_true", help="list the findings with no verdict")
    args = ap.parse_args(argv)
    n_items, words, found = dev_findings(args.healthfc, args.rules.split(","))
    by_code = Counter(str(f["code"]) for f in found)
    items_hit = len({f["id"] for f in found})
    print(
        f"HealthFC development half: {n_items} items, {words:,} words; {len(found)} findings at warning+ "
        f"({len(found) / n_items:.2f} per item, {1000 * len(found) / words:.2f} per 1,000 words) "
        f"in {items_hit} items: {dict(sorted(by_code.items()))}"
    )
    patterns = Counter(str(f["pattern"]) for f in found if f["code"] == "MT108")
    print(f"MT108 by pattern: {dict(sorted(patterns.items()))}")
    if args.verdicts.exists():
        lines = verdict_summary(found, args.verdicts)
        print(lines[0])
        if args.unlabelled:
            print("\n".join(lines[1:]))
    if args.json:
        args.json.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.compare:
        old = {_key(f): f for f in json.loads(args.compare.read_text(encoding="utf-8"))}
        new = {_key(f): f for f in found}
        added = [new[k] for k in sorted(new.keys() - old.keys())]
        lost = [old[k] for k in sorted(old.keys() - new.keys())]
        print(f"added {len(added)}, lost {len(lost)}")
        for tag, rows in (("+", added), ("-", lost)):
            for f in rows:
                print(f"{tag} {f['id']} {f['code']} {f['context']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
