"""The findings ``compare.py`` found gone, each with the verdict it had before (for spotting true findings lost).

    python gone.py BEFOREDIR AFTERDIR [SET ...]

Claim sets (``monant``, ``statements``, ``recovery``, ``healthfc``, ``reddit``) take the verdict that
``match_claims.py`` matched in BEFOREDIR/SET.matched.tsv (run it on the before dump first); ``medquad`` takes
the verdicts of every ``medquad_heldout_label*_verdicts.tsv`` and ``medquad_mt106_verdicts.tsv`` by answer,
rule and span; the page sets by file, rule and start from their test verdict files. Prints the counts by
rule, severity and verdict (``-`` for none) and writes AFTERDIR/SET.gone_labelled.tsv. Written by label21.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

csv.field_size_limit(10**9)
HERE = Path(__file__).resolve().parents[1]
CLAIMS = ("monant", "statements", "recovery", "healthfc", "reddit")
PAGES = {
    "html_traf": ("trafilatura_test_warning_verdicts.tsv",),
    "html_traf_rest": (
        "trafilatura_test_rest_warning_verdicts.tsv",
        "trafilatura_test_rest_info_verdicts.tsv",
    ),
    "html_aeb": ("aeb_test_warning_verdicts.tsv", "aeb_test_info_verdicts.tsv"),
}
SETS = ("medquad", *CLAIMS, *PAGES)


def rows(p: Path) -> list[dict[str, str]]:
    with p.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def lookup(before: Path, name: str) -> dict[tuple[str, ...], str]:
    """(id, rule, start, end) -> verdict (pages: end is ignored, the files key on the start)."""
    out: dict[tuple[str, ...], str] = {}
    if name in CLAIMS:
        with (before / f"{name}.matched.tsv").open(encoding="utf-8") as fh:
            for line in fh:
                x = line.rstrip("\n").split("\t")
                out.setdefault((x[0], x[1], x[3], x[4]), x[5])
    elif name == "medquad":
        paths = [
            *sorted(HERE.glob("medquad_heldout_label*_verdicts.tsv")),
            HERE / "medquad_mt106_verdicts.tsv",
        ]
        for p in paths:
            for r in rows(p):
                if "answer" in r:
                    out[(r["answer"], r["rule"], r["start"], r["end"])] = r["verdict"]
    else:
        for f in PAGES[name]:
            for r in rows(HERE / f):
                out[(r["file"], r["rule"], r["start"], "")] = r["verdict"]
    return out


def main(argv: list[str]) -> int:
    before, after = Path(argv[0]), Path(argv[1])
    for name in argv[2:] or SETS:
        with (after / f"{name}.gone.tsv").open(encoding="utf-8") as fh:
            gone = [line.rstrip("\n").split("\t") for line in fh]
        known = lookup(before, name)
        end = name not in PAGES
        labels = [known.get((g[0], g[1], g[3], g[4] if end else ""), "-") for g in gone]
        by = Counter((g[1], g[2], v) for g, v in zip(gone, labels, strict=True))
        print(
            f"== {name}: gone {len(gone)}: "
            + ", ".join(f"{r} {s} {v}:{n}" for (r, s, v), n in sorted(by.items()))
        )
        with (after / f"{name}.gone_labelled.tsv").open("w", encoding="utf-8") as fh:
            for g, v in zip(gone, labels, strict=True):
                fh.write("\t".join([*g[:5], v, g[6][:60] if len(g) > 6 else ""]) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
