"""A seeded sample of the findings whose span moved after a merge, the old span's end marked, for labelling.

    cd TREE && PYTHONPATH=. python moved.py AFTERDIR SET RULE N SEED [SEVERITY]

Reads AFTERDIR/SET.new.tsv (``compare.py``) and AFTERDIR/SET.gone_labelled.tsv (``gone.py``): a new finding of
RULE at SEVERITY (default warning) whose answer, rule and start match a gone one moved; a ``random.Random(SEED)``
sample of N is printed (stdout only: third-party text) with `` || `` where the old span ended and the old
verdict, and written to AFTERDIR/SET.moved_tolabel.tsv. Written by label22 (prose24's RD101 reported over the
whole graded text).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, ".")

import show_new as sn


def main(argv: list[str]) -> int:
    d, name, rule, n, seed = Path(argv[0]), argv[1], argv[2], int(argv[3]), int(argv[4])
    sev = argv[5] if len(argv) > 5 else "warning"
    gone: dict[tuple[str, str, str], list[str]] = {}
    for line in (d / f"{name}.gone_labelled.tsv").open(encoding="utf-8"):
        g = line.rstrip("\n").split("\t")
        gone.setdefault((g[0], g[1], g[3]), g)
    new = [line.rstrip("\n").split("\t") for line in (d / f"{name}.new.tsv").open(encoding="utf-8")]
    moved = [r for r in new if r[1] == rule and r[2] == sev and (r[0], r[1], r[3]) in gone]
    pick = random.Random(seed).sample(moved, n) if len(moved) > n else moved
    t = sn.texts(name)
    cache: dict[str, str] = {}
    with (d / f"{name}.moved_tolabel.tsv").open("w", encoding="utf-8") as fh:
        for k, r in enumerate(pick, 1):
            g = gone[(r[0], r[1], r[3])]
            s, old_end, e = int(r[3]), int(g[4]), int(r[4])
            fh.write("\t".join(r[:5]) + "\n")
            src = t[r[0]] if t is not None else sn.page(name, r[0], cache)

            def show(x: str) -> str:
                return x.replace("\n", " / ") if t is not None else sn.strip(x)

            print(f"{k}: {r[0]} {s}-{e} (old end {old_end}, old verdict {g[5]}) {r[5][:110]}")
            print(f"   {show(src[s:old_end])} || {show(src[old_end:e])[:2400]}\n")
    print(f"{len(moved)} moved, {len(pick)} shown", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
