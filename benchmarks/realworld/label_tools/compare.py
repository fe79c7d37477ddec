"""Compare two dumps of ``dump.py`` finding by finding.

    python compare.py BEFOREDIR AFTERDIR SET [SET ...]

A finding's key is (id, rule, start, end). Per set it prints the counts of new findings (a key not found
before, or found fewer times), findings whose severity changed, findings whose message alone changed, and
findings gone, by rule and severity; it writes AFTERDIR/SET.new.tsv (new and severity-changed findings,
the last column ``new`` or ``sev:OLD``), SET.msg.tsv and SET.gone.tsv. Written by label19 and label20.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

FIELDS = ("id", "rule", "severity", "start", "end", "message", "text")

csv.field_size_limit(10**9)


def load(p: Path) -> list[tuple[str, ...]]:
    with p.open(encoding="utf-8", newline="") as fh:
        return [
            tuple(r[k] for k in FIELDS) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def compare(before: Path, after: Path, name: str) -> None:
    b = load(before / f"{name}.tsv")
    a = load(after / f"{name}.tsv")
    kb: dict[tuple, list] = defaultdict(list)
    ka: dict[tuple, list] = defaultdict(list)
    for x in b:
        kb[(x[0], x[1], x[3], x[4])].append(x)
    for x in a:
        ka[(x[0], x[1], x[3], x[4])].append(x)
    out = []
    gone = []
    for k, xs in ka.items():
        ys = kb.get(k, [])
        for i, x in enumerate(xs):
            if i >= len(ys):
                out.append((*x, "new"))
            elif ys[i][2] != x[2]:
                out.append((*x, "sev:" + ys[i][2]))
            elif ys[i][5] != x[5]:
                out.append((*x, "msg"))
    for k, ys in kb.items():
        n = len(ka.get(k, []))
        gone.extend((*y, "gone") for y in ys[n:])
    new = sum(1 for x in out if x[-1] == "new")
    sevs = sum(1 for x in out if x[-1].startswith("sev"))
    msgs = sum(1 for x in out if x[-1] == "msg")
    print(
        f"== {name}: before {len(b)} after {len(a)}; new {new}, severity changed {sevs}, "
        f"message only {msgs}, gone {len(gone)}"
    )
    for (rule, severity, kind), v in sorted(Counter((x[1], x[2], x[-1]) for x in out).items()):
        print(f"   {rule} {severity} {kind}: {v}")
    if gone:
        print("   gone:", dict(Counter((y[1], y[2]) for y in gone)))
    with (after / f"{name}.new.tsv").open("w") as fh:
        fh.writelines("\t".join(x) + "\n" for x in out if x[-1] != "msg")
    with (after / f"{name}.msg.tsv").open("w") as fh:
        fh.writelines("\t".join(x) + "\n" for x in out if x[-1] == "msg")
    with (after / f"{name}.gone.tsv").open("w") as fh:
        fh.writelines("\t".join(y) + "\n" for y in gone)


def main(argv: list[str]) -> int:
    before, after = Path(argv[0]), Path(argv[1])
    for name in argv[2:]:
        compare(before, after, name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
