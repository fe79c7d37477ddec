"""False warnings per 1,000 words on the held-out MedQuAD answers when a merge moved findings' spans.

    python mq_moved_estimate.py DUMPDIR SEED REST_FP/REST_N [MOVED_FP/MOVED_N]

``medquad_heldout_sample.py`` drops a sampled finding whose offsets changed from its sample and counts the
unlabelled rest at the sample's false share, so a merge that moves many false findings' spans (prose24's RD101
over the whole graded text) lowers the estimate without removing them. This counts every warning of DUMPDIR
(a ``dump.py`` dump): a finding with a verdict in a ``medquad_heldout_label*_verdicts.tsv`` file by that verdict
(the seed's own A/C sample excepted, which is counted at the share as the script does); an unlabelled finding
whose rule and key are in DUMPDIR/medquad.new.tsv (``compare.py``: moved or new) at MOVED_FP/MOVED_N; the rest at
REST_FP/REST_N. Wilson bounds on each share, the other held. Written by label22.
"""

from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

csv.field_size_limit(10**9)
HERE = Path(__file__).resolve().parents[1]
WORDS = 704_858  # the held-out answers' words (medquad_heldout_sample.py)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    r = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (c - r) / d, (c + r) / d


def share(s: str) -> tuple[int, int]:
    k, n = s.split("/")
    return int(k), int(n)


def main(argv: list[str]) -> int:
    dump, seed = Path(argv[0]), argv[1]
    rf, rn = share(argv[2])
    mf, mn = share(argv[3]) if len(argv) > 3 else (0, 0)
    labels: dict[tuple[str, ...], tuple[str, bool]] = {}
    for p in sorted(HERE.glob("medquad_heldout_label*_verdicts.tsv")):
        if "info" in p.name:
            continue
        own = p.name == f"medquad_heldout_label{seed}_verdicts.tsv"
        with p.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                labels[(r["answer"], r["rule"], r["start"], r["end"])] = (
                    r["verdict"],
                    own and r["sample"] in ("A", "C", "A+C"),
                )
    new_path = dump / "medquad.new.tsv"
    moved = set()
    if new_path.is_file():
        for line in new_path.open(encoding="utf-8"):
            x = line.rstrip("\n").split("\t")
            moved.add((x[0], x[1], x[3], x[4]))
    known = known_fp = n_moved = rest = total = 0
    with (dump / "medquad.tsv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["severity"] not in ("warning", "error"):
                continue
            total += 1
            k = (r["id"], r["rule"], r["start"], r["end"])
            if k in labels and not labels[k][1]:
                known += 1
                known_fp += labels[k][0] == "FP"
            elif k not in labels and k in moved and mn:
                n_moved += 1
            else:
                rest += 1
    f = 1000 / WORDS
    rlo, rhi = wilson(rf, rn)
    mlo, mhi = wilson(mf, mn)
    pm = mf / mn if mn else 0.0
    est = f * (known_fp + rest * rf / rn + n_moved * pm)
    lo = f * (known_fp + rest * rlo + n_moved * mlo)
    hi = f * (known_fp + rest * rhi + n_moved * mhi)
    print(
        f"{total:,} warnings = {f * total:.2f} per 1,000 words; {known:,} counted by their verdicts ({known_fp} false), "
        f"{n_moved} unlabelled moved or new at {mf}/{mn}, {rest:,} at {rf}/{rn}: "
        f"an estimated {est:.3f} false per 1,000 words [{lo:.3f}-{hi:.3f}]"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
