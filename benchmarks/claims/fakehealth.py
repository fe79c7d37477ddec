"""The FakeHealth sample shared with ``benchmarks/realworld``: ids, documents, CL findings.

Convention (kept identical on both branches so verdict files merge): article ids
``HealthStory/<stem>`` and ``HealthRelease/<stem>`` for every JSON file in
``dataset/content/HealthStory|HealthRelease/`` of a local checkout of
EnyanDai/FakeHealth (``git clone https://github.com/EnyanDai/FakeHealth``; path by
``--fakehealth`` or ``$FAKEHEALTH``, default ``/work/data/FakeHealth``); the linted
document is ``title.strip() + "\\n\\n" + text.strip()`` as format "text"; articles
with fewer than 50 words of text are dropped; the sample is
``random.Random(2026).sample(sorted(ids), 400)``. No article text is ever written
to the repository: only ids, offsets, rule codes and verdicts.

Usage::

    python -m benchmarks.claims.fakehealth list [--unlabelled]   # findings with context, for labelling
    python -m benchmarks.claims.fakehealth precision              # precision per rule against the verdicts
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import medlint  # noqa: E402
from medlint.diagnostic import Severity  # noqa: E402

VERDICTS = ROOT / "benchmarks" / "realworld" / "verdicts" / "claims.tsv"
HEADER = ("article_id", "rule", "start", "end", "text", "verdict", "reason")
SAMPLE_SIZE = 400
SEED = 2026
MIN_WORDS = 50


def fakehealth_dir(arg: str | None = None) -> Path:
    return Path(arg or os.environ.get("FAKEHEALTH") or "/work/data/FakeHealth")


def load_articles(root: Path) -> dict[str, str]:
    """Every article id with its linted document (articles under 50 words dropped)."""
    out: dict[str, str] = {}
    for kind in ("HealthStory", "HealthRelease"):
        for path in sorted((root / "dataset" / "content" / kind).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            text = (data.get("text") or "").strip()
            if len(text.split()) < MIN_WORDS:
                continue
            out[f"{kind}/{path.stem}"] = (data.get("title") or "").strip() + "\n\n" + text
    return out


def sample_ids(articles: dict[str, str]) -> list[str]:
    return random.Random(SEED).sample(sorted(articles), SAMPLE_SIZE)


def short(text: str, limit: int = 60) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def context(text: str, start: int, end: int, width: int = 160) -> str:
    left, right = text[max(0, start - width) : start], text[end : end + width]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def findings(doc: str, select: tuple[str, ...] = ("CL",)) -> Iterator[tuple[str, int, int, str]]:
    for d in medlint.lint_text(doc, format="text", select=list(select)):
        if d.severity >= Severity.WARNING:
            yield d.code, d.start.offset, d.end.offset, d.message


def read_verdicts(path: Path = VERDICTS) -> dict[tuple[str, str, int, int], tuple[str, str]]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {
            (r["article_id"], r["rule"], int(r["start"]), int(r["end"])): (r["verdict"], r["reason"])
            for r in rows
        }


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("list", "precision"))
    ap.add_argument("--fakehealth")
    ap.add_argument("--unlabelled", action="store_true", help="list only findings with no verdict yet")
    ap.add_argument("--select", default="CL", help="comma-separated rule prefixes (default CL)")
    args = ap.parse_args(argv)
    articles = load_articles(fakehealth_dir(args.fakehealth))
    verdicts = read_verdicts()
    select = tuple(args.select.split(","))
    tally: dict[str, Counter[str]] = {}
    words = 0
    for aid in sample_ids(articles):
        doc = articles[aid]
        words += len(doc.split())
        for code, start, end, message in findings(doc, select):
            v = verdicts.get((aid, code, start, end))
            tally.setdefault(code, Counter())[v[0] if v else "?"] += 1
            if args.command == "list" and not (args.unlabelled and v):
                print("\t".join((aid, code, str(start), str(end), short(doc[start:end]), v[0] if v else "?")))
                print("   MSG:", message)
                print("   CTX:", context(doc, start, end))
    if args.command == "precision":
        print(f"{SAMPLE_SIZE} FakeHealth articles, {words} words; CL findings at warning+")
        print(f"{'rule':7} {'n':>4} {'TP':>4} {'FP':>4} {'?':>4}  precision  95% CI")
        for code in sorted(tally):
            c = tally[code]
            n = c["TP"] + c["FP"]
            lo, hi = wilson(c["TP"], n)
            p = f"{c['TP'] / n:.2f}" if n else "  - "
            print(
                f"{code:7} {sum(c.values()):4d} {c['TP']:4d} {c['FP']:4d} {c['?']:4d}  {p:>9}  [{lo:.2f}, {hi:.2f}]"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
