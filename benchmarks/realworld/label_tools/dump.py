"""Every finding of the held-out sets, one TSV per set, for comparing two commits finding by finding.

    cd TREE && PYTHONPATH=. python /path/to/label_tools/dump.py OUTDIR [SET ...]

Sets: ``medquad`` (the held-out answers of ``medquad_heldout_sample.py``, every severity), ``monant``,
``statements``, ``recovery``, ``healthfc`` (the claim benchmarks' test halves, as their scripts lint them),
``reddit`` (the test half of the health-misinformation posts, CL rules only; ``--misinfo-csv``) and ``html``
(``html_traf``, ``html_traf_rest`` and ``html_aeb``: the trafilatura test half's seeded 60 pages, the rest,
and the aeb test half, every severity). Default: all. Columns: id, rule, severity, start, end, message, and
the flagged text's first 80 characters (third-party text: the TSVs stay outside the repository).
Written by label19 and label20 (who changed no rule); the run's tree is the one on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, ".")
sys.path.insert(0, "benchmarks")

from medlint import Config, Linter, Severity

SETS = ("medquad", "monant", "statements", "recovery", "healthfc", "reddit", "html")


def clean(s: object) -> str:
    return str(s).replace("\t", " ").replace("\n", "\\n").replace("\r", " ")


def sev(s: int) -> str:
    return Severity(int(s)).name.lower()


def write(out: Path, name: str, rows: Iterable[tuple]) -> None:
    rows = list(rows)
    with (out / f"{name}.tsv").open("w", encoding="utf-8") as fh:
        fh.write("id\trule\tseverity\tstart\tend\tmessage\ttext\n")
        for r in rows:
            fh.write("\t".join(clean(x) for x in r) + "\n")
    print(name, len(rows), flush=True)


def dump_medquad(out: Path) -> None:
    from benchmarks.realworld.medquad import data_path
    from benchmarks.realworld.medquad_heldout_sample import heldout_documents

    linter = Linter()
    rows = []
    for name, text in heldout_documents(data_path(None)):
        for d in linter.lint_text(text, "markdown"):
            if not d.code.startswith("ML"):
                rows.append(
                    (name, d.code, sev(d.severity), d.start.offset, d.end.offset, d.message, d.text[:80])
                )
    write(out, "medquad", rows)


def dump_claims(out: Path, which: set[str], misinfo_csv: str) -> None:
    if "monant" in which:
        from benchmarks.realworld import monant_data as md
        from benchmarks.realworld.monant import lint_all

        found = lint_all(md.fact_checks("test", None))
        write(
            out,
            "monant",
            ((f.article_id, f.code, sev(f.severity), f.start, f.end, f.message, f.text[:80]) for f in found),
        )
    if "statements" in which:
        from benchmarks.realworld import monant_data as md

        linter = Linter(Config())
        rows = []
        for c in md.statements("test", None):
            for d in linter.lint_text(c.statement, "text"):
                if d.code.startswith("CL"):
                    rows.append(
                        (
                            c.claim_id,
                            d.code,
                            sev(d.severity),
                            d.start.offset,
                            d.end.offset,
                            d.message,
                            d.text[:80],
                        )
                    )
        write(out, "statements", rows)
    if "recovery" in which:
        from benchmarks.realworld import recovery_data as rc
        from benchmarks.realworld.recovery import lint_all as rl

        arts = [a for a in rc.load(None) if rc.half(a.news_id) == "test"]
        write(
            out,
            "recovery",
            (
                (f.article_id, f.code, sev(f.severity), f.start, f.end, f.message, f.text[:80])
                for f in rl(arts)
            ),
        )
    if "healthfc" in which:
        from benchmarks.realworld import healthfc_data as hfc
        from benchmarks.realworld.healthfc import lint_items

        items = hfc.load(None)
        texts = {i.item_id: i.text for i in items}
        ids = [i.item_id for i in items if hfc.half(i.item_id) == "test"]
        found = lint_items(texts, ids, 1)
        write(
            out,
            "healthfc",
            ((f.article_id, f.code, sev(f.severity), f.start, f.end, f.message, f.text[:80]) for f in found),
        )
    if "reddit" in which:
        from benchmarks.misinfo_posts import cl_codes, half, read_posts

        posts = [p for p in read_posts(misinfo_csv) if half(p[0]) == "test"]
        linter = Linter(Config(), select=cl_codes(True))
        rows = []
        for idx, text in posts:
            for d in linter.lint_text(text, "text"):
                rows.append(
                    (idx, d.code, sev(d.severity), d.start.offset, d.end.offset, d.message, d.text[:80])
                )
        write(out, "reddit", rows)


def dump_html(out: Path) -> None:
    import html_pages as hp

    from medlint.formats import decode

    def english(found: Iterable[tuple]) -> list[tuple]:
        kept = []
        for item, path, raw in found:
            try:
                src = decode(raw, str(path))
            except Exception:
                continue
            if hp.is_english(src, item):
                kept.append((item, path, src))
        return kept

    base = hp.checkout(None)
    traf = english((item, path, path.read_bytes()) for _u, item, path in hp.pages(base, "test"))
    chosen = sorted(random.Random(hp.SEED).sample(traf, 60), key=lambda e: e[1].name)
    names = {p.name for _i, p, _s in chosen}
    rest = [e for e in traf if e[1].name not in names]
    aeb = english(hp.aeb_pages(None, "test"))
    linter = Linter()
    for name, pages in (("html_traf", chosen), ("html_traf_rest", rest), ("html_aeb", aeb)):
        n = 0
        with open(out / f"{name}.tsv", "w") as fh:
            fh.write("id\trule\tseverity\tstart\tend\tmessage\ttext\n")
            for _item, path, src in pages:
                for d in linter.lint_text(src, "html"):
                    if d.code.startswith("ML"):
                        continue
                    n += 1
                    t = " ".join(d.text.split())[:80].replace("\t", " ")
                    msg = d.message.replace("\t", " ").replace("\n", " ")
                    fh.write(
                        f"{path.name}\t{d.code}\t{sev(d.severity)}\t{d.start.offset}\t{d.end.offset}\t{msg}\t{t}\n"
                    )
        print(name, len(pages), n, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("sets", nargs="*", help=f"any of {', '.join(SETS)} (default: all)")
    ap.add_argument(
        "--misinfo-csv", default="/tmp/misinfo.csv", help="Health_Misinformation_reddit_Dataset.csv"
    )
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    which = set(args.sets or SETS)
    if which - set(SETS):
        ap.error(f"unknown sets: {', '.join(sorted(which - set(SETS)))}")
    if "medquad" in which:
        dump_medquad(args.out)
    dump_claims(args.out, which, args.misinfo_csv)
    if "html" in which:
        dump_html(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
