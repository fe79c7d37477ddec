"""Every finding of the claim sets' test halves (a ``dump.py`` dump) with its verdict from every file on record.

    python match_claims.py DUMPDIR [--verdicts-dir benchmarks/realworld]

Verdict sources: ``verdicts_monant/`` (``statements_*`` for the statements), ``verdicts_recovery/``,
``recovery_test_label14_verdicts.tsv``, ``verdicts_healthfc/findings_test.tsv``, ``misinfo_test_verdicts.tsv``,
``misinfo_verdicts.tsv`` (CL125) and every ``label*_claims_test_verdicts.tsv``. A finding takes the first
unused verdict of its (id, rule, start, end); failing that, one of its id and rule whose span overlaps (the
statements by their text's start). Writes DUMPDIR/SET.matched.tsv (id, rule, severity, start, end, verdict
or ``-``, source, message, text) and prints, per set, warning+ and info counts with TP/labelled, overall and
for the content families (MT, CL, RP, TX). Written by label19 and label20.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

csv.field_size_limit(10**9)
SETS = ("monant", "statements", "recovery", "healthfc", "reddit")
BENCH = {
    "monant": "monant",
    "monant_statements": "statements",
    "recovery": "recovery",
    "healthfc": "healthfc",
    "misinfo": "reddit",
    "reddit": "reddit",
}


def rows(p: Path) -> list[dict[str, str]]:
    with p.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def verdicts(r: Path) -> dict[str, list[tuple]]:
    v: dict[str, list[tuple]] = {b: [] for b in SETS}

    def add(
        b: str, i: str, rule: str, s: object, e: object, verdict: str, src: str, text: str | None = None
    ) -> None:
        v[b].append((str(i), rule, int(str(s)), int(str(e)), verdict, src, text))

    for p in sorted((r / "verdicts_monant").glob("*.tsv")):
        for x in rows(p):
            if p.name.startswith("statements_"):
                add("statements", x["claim_id"], x["rule"], -1, -1, x["verdict"], p.name, x["text"])
            else:
                add(
                    "monant",
                    x["article_id"],
                    x["rule"],
                    x["start"],
                    x["end"],
                    x["verdict"],
                    p.name,
                    x["text"],
                )
    for p in sorted((r / "verdicts_recovery").glob("*.tsv")):
        for x in rows(p):
            add("recovery", x["article_id"], x["rule"], x["start"], x["end"], x["verdict"], p.name, x["text"])
    for x in rows(r / "recovery_test_label14_verdicts.tsv"):
        add("recovery", x["article_id"], x["rule"], x["start"], x["end"], x["verdict"], "label14")
    for x in rows(r / "verdicts_healthfc/findings_test.tsv"):
        add("healthfc", x["article_id"], x["rule"], x["start"], x["end"], x["verdict"], "hfc", x["text"])
    for x in rows(r / "misinfo_test_verdicts.tsv"):
        add("reddit", x["idx"], x["rule"], x["start"], x["end"], x["verdict"], "misinfo_test")
    for x in rows(r / "misinfo_verdicts.tsv"):
        add("reddit", x["idx"], "CL125", x["start"], x["end"], x["verdict"], "misinfo")
    for p in sorted(r.glob("label*_claims_test_verdicts.tsv")):
        for x in rows(p):
            i = x.get("id") or x.get("article_id") or ""
            add(BENCH[x["benchmark"]], i, x["rule"], x["start"], x["end"], x["verdict"], p.name)
    return v


def match(dump: Path, name: str, vs: list[tuple]) -> list[tuple[dict[str, str], tuple | None]]:
    found = rows(dump / f"{name}.tsv")
    key: dict[tuple, list[int]] = {}
    for k, v in enumerate(vs):
        key.setdefault(v[:4], []).append(k)
    used: set[int] = set()
    out: list[tuple[dict[str, str], tuple | None]] = []
    for x in found:
        m = None
        for k in key.get((x["id"], x["rule"], int(x["start"]), int(x["end"])), []):
            if k not in used:
                used.add(k)
                m = vs[k]
                break
        out.append((x, m))
    for n, (x, m) in enumerate(out):  # overlap fallback, same id and rule
        if m:
            continue
        for k, v in enumerate(vs):
            if k in used or v[0] != x["id"] or v[1] != x["rule"]:
                continue
            if v[2] == -1:  # statements: by text
                if v[6] and x["text"].startswith(v[6][:40].rstrip("…")):
                    used.add(k)
                    out[n] = (x, v)
                    break
                continue
            if v[2] < int(x["end"]) and int(x["start"]) < v[3]:
                used.add(k)
                out[n] = (x, v)
                break
    return out


def tp(group: list[tuple[dict[str, str], tuple | None]]) -> tuple[int, int]:
    return sum(1 for _x, m in group if m and m[4] == "TP"), sum(1 for _x, m in group if m)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump", type=Path)
    ap.add_argument("--verdicts-dir", type=Path, default=Path(__file__).resolve().parents[1])
    args = ap.parse_args(argv)
    vs = verdicts(args.verdicts_dir)
    for b in SETS:
        if not (args.dump / f"{b}.tsv").exists():
            continue
        out = match(args.dump, b, vs[b])
        with (args.dump / f"{b}.matched.tsv").open("w") as fh:
            for x, m in out:
                cells = [x["id"], x["rule"], x["severity"], x["start"], x["end"]]
                cells += [m[4] if m else "-", m[5] if m else "", x["message"], x["text"]]
                fh.write("\t".join(cells) + "\n")
        w = [o for o in out if o[0]["severity"] in ("warning", "error")]
        i = [o for o in out if o[0]["severity"] == "info"]

        def content(g: list) -> list:
            return [o for o in g if o[0]["rule"][:2] in ("MT", "CL", "RP", "TX")]

        print(
            f"{b}: warning+ {len(w)} TP/labelled {tp(w)} unlabelled {sum(1 for o in w if not o[1])}; "
            f"content warning+ {len(content(w))} {tp(content(w))}; info {len(i)} {tp(i)} "
            f"unlabelled {sum(1 for o in i if not o[1])}; content info {len(content(i))} {tp(content(i))} "
            f"unlabelled {sum(1 for o in content(i) if not o[1])}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
