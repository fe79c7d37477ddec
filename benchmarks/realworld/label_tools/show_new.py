"""The findings ``compare.py`` found new or changed, with context, for labelling (stdout only: third-party text).

    cd TREE && PYTHONPATH=. python show_new.py AFTERDIR SET [N SEED]

Reads AFTERDIR/SET.new.tsv; with N and SEED, a ``random.Random(SEED)`` sample of N when there are more.
Writes the rows shown to AFTERDIR/SET.tolabel.tsv, in the order printed. Written by label19 and label20.
"""

from __future__ import annotations

import gzip
import html
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, ".")
sys.path.insert(0, "benchmarks")


def texts(name: str, misinfo_csv: str = "/tmp/misinfo.csv") -> dict[str, str] | None:
    if name == "medquad":
        from benchmarks.realworld.medquad import data_path
        from benchmarks.realworld.medquad_heldout_sample import heldout_documents

        return dict(heldout_documents(data_path(None)))
    if name in ("monant", "statements"):
        from benchmarks.realworld import monant_data as md

        if name == "monant":
            return {c.claim_id: c.description for c in md.fact_checks("test", None)}
        return {c.claim_id: c.statement for c in md.statements("test", None)}
    if name == "recovery":
        from benchmarks.realworld import recovery_data as rc

        return {a.news_id: a.text for a in rc.load(None)}
    if name == "healthfc":
        from benchmarks.realworld import healthfc_data as hfc

        return {i.item_id: i.text for i in hfc.load(None)}
    if name == "reddit":
        from benchmarks.misinfo_posts import read_posts

        return dict(read_posts(misinfo_csv))
    return None  # the page sets: read from the saved pages


def page(name: str, f: str, cache: dict[str, str]) -> str:
    from medlint.formats import decode

    if f not in cache:
        if name == "html_aeb":
            raw = gzip.decompress(Path(f"/work/data/aeb/html/{f}.gz").read_bytes())
        else:
            found = sorted(Path("/work/data/trafilatura").rglob(f"{f}*"))
            raw = found[0].read_bytes()
            if found[0].suffix == ".gz":
                raw = gzip.decompress(raw)
        cache[f] = decode(raw, f)
    return cache[f]


def strip(x: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", x)).split())


def main(argv: list[str]) -> int:
    d, name = Path(argv[0]), argv[1]
    rows = [line.rstrip("\n").split("\t") for line in (d / f"{name}.new.tsv").open(encoding="utf-8")]
    if len(argv) > 3 and len(rows) > int(argv[2]):
        rows = random.Random(int(argv[3])).sample(rows, int(argv[2]))
    t = texts(name)
    cache: dict[str, str] = {}
    with (d / f"{name}.tolabel.tsv").open("w") as fh:
        for k, r in enumerate(rows, 1):
            i, rule, sev, s, e, msg = r[0], r[1], r[2], int(r[3]), int(r[4]), r[5]
            fh.write("\t".join(r) + "\n")
            src = t[i] if t is not None else page(name, i, cache)

            def show(x: str) -> str:
                return x.replace("\n", "\\n") if t is not None else strip(x)

            before = show(src[max(0, s - 300) : s])[-220:]
            after = show(src[e : e + 300])[:160]
            print(f"{k}: {i} {rule} {sev} {s}-{e} [{r[-1]}] {msg}")
            print(f"   <<{before}>> [[{show(src[s:e])[:500]}]] <<{after}>>\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
