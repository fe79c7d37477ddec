"""MT-family findings on the HealthFC development half only (English read as MT of the German).

The English versions of the HealthFC fact-checks read as machine translation of the German
(see ``healthfc_data.py``). This script lints the DEVELOPMENT half (``half(id) == "dev"``)
and nothing else: the test half is labelled by someone else and must never be opened,
printed or linted by a detector's author. It prints findings per item and, with ``--json``,
writes them so that two versions of the code can be compared (``--compare OLD.json``
prints the findings the current code adds or loses, with context, to be read by hand).

    python benchmarks/realworld/healthfc_mt_dev.py --json /tmp/after.json --compare /tmp/before.json

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

Key = tuple[str, str, int, int]


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
                    "context": context(item.text, d.start.offset, d.end.offset, 70),
                }
            )
    return len(items), words, out


def _key(f: dict[str, object]) -> Key:
    return (str(f["id"]), str(f["code"]), int(f["start"]), int(f["end"]))  # type: ignore[call-overload]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--healthfc", help="HealthFC clone (default $HEALTHFC_DIR or the known mirrors)")
    ap.add_argument("--rules", default="MT", help="comma-separated codes or families (default MT)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write the findings to this file")
    ap.add_argument("--compare", type=Path, metavar="OLD", help="print findings added or lost against OLD")
    args = ap.parse_args(argv)
    n_items, words, found = dev_findings(args.healthfc, args.rules.split(","))
    by_code = Counter(str(f["code"]) for f in found)
    items_hit = len({f["id"] for f in found})
    print(
        f"HealthFC development half: {n_items} items, {words:,} words; {len(found)} findings at warning+ "
        f"({len(found) / n_items:.2f} per item, {1000 * len(found) / words:.2f} per 1,000 words) "
        f"in {items_hit} items: {dict(sorted(by_code.items()))}"
    )
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
