"""A new seed's MedQuAD samples drawn on a ``dump.py`` dump, with context, for labelling.

    python draw.py DUMPDIR SEED > /tmp/drawSEED.txt      # context is third-party text: keep it outside the repo

The draw is ``medquad_heldout_sample.draw`` on the dump's warnings, less the keys of every verdict file of a
pair whose seed is below SEED (``PAIRS``), with TX108 and TX103 and MT106 apart from C (``APART18``). It
writes DUMPDIR/drawSEED.tsv (index, answer, rule, start, end, sample ``A``, ``C`` or ``A+C``), the rows a
verdict file needs, and prints each finding with its message and 260 characters either side. Written by label20.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

import benchmarks.realworld.medquad_heldout_sample as m
from benchmarks.realworld.common import context
from benchmarks.realworld.medquad import data_path

csv.field_size_limit(10**9)


def main(argv: list[str]) -> int:
    dump, seed = Path(argv[0]), int(argv[1])
    with (dump / "medquad.tsv").open(encoding="utf-8", newline="") as fh:
        found = [
            m.Finding(r["id"], r["rule"], int(r["start"]), int(r["end"]), r["severity"], r["message"])
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            if r["severity"] in ("warning", "error")
        ]
    earlier: dict = {}
    for pair in m.PAIRS:
        if pair.seed < seed:
            earlier.update(m.load_verdicts(pair.path))
    a, c = m.draw(found, seed, earlier, m.APART18)
    rest = [w for w in found if w.key not in earlier]
    print(
        f"{len(found)} warnings; {len(rest)} with no verdict; C pool {len(m.content_pool(rest, m.APART18))}",
        file=sys.stderr,
    )
    texts = dict(m.heldout_documents(data_path(None)))
    ak = {w.key for w in a}
    ck = {w.key for w in c}
    drawn = [*a, *(w for w in c if w.key not in ak)]
    with (dump / f"draw{seed}.tsv").open("w") as fh:
        for k, w in enumerate(drawn):
            s = "A+C" if w.key in ak and w.key in ck else ("A" if w.key in ak else "C")
            fh.write("\t".join([str(k), w.answer, w.rule, str(w.start), str(w.end), s]) + "\n")
            print(f"#{k} {s} {w.answer} {w.rule} {w.start}-{w.end} | {w.message}")
            print(f"    {context(texts[w.answer], w.start, w.end, 260)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
