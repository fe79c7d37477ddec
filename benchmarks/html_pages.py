"""Findings on real saved web pages: how many, per rule, and whose text they flag.

    python benchmarks/html_pages.py [--trafilatura PATH] [--half dev|test|all] [--sample N] [--tsv FILE]

The pages are trafilatura's evaluation set (Adrien Barbaresi, ACL 2021 demo;
``git clone https://github.com/adbar/trafilatura``, Apache-2.0; never committed),
split as in ``html_chrome.py`` (``crc32(file name) % 2``: dev 0, test 1). Only
ENGLISH pages count (``<html lang="en...">``, or, with no lang, labels whose
words are mostly English function words): medlint lints English.

Every default rule runs on each page as saved (``format="html"``). For each
finding, the words of its span's prose are looked up in the page's labels
(``tests/evaldata.json``): inside a boilerplate snippet ("without"), inside an
article snippet ("with"), or neither. This is a measurable PROXY for "a false
warning from the site": the labels cover a few snippets per page, so most
findings fall in neither, and a boilerplate finding may still be right.

``--sample N`` lints a seeded sample of N English pages of the half (the machine
is shared; a page takes seconds); ``--tsv`` writes one line per finding (file,
rule, offset, flagged text cut to 60 characters, label) for hand labelling.

``--rest`` lints the English pages of the half left OUT of that seeded sample: pages nobody labelled
or built on when the sample was the working set (the thirteenth session's fresh measure).

``--aeb PATH`` lints a second, fresh page set instead: the 181 news and blog pages of Zyte's article
extraction benchmark (``git clone https://github.com/scrapinghub/article-extraction-benchmark``, MIT;
never committed; or set ``AEB_DIR``), split the same way (``crc32(file name) % 2``) and labelled with
its ground-truth article body: a finding whose words lie in the body is "article", else "none". It
joined in the fourteenth session; nobody had linted it before. ``realworld/aeb_dev_warning_verdicts.tsv``
labels the 107 warnings of ``--aeb --half dev --min-severity warning`` at the fourteenth session's start, and
``realworld/aeb_dev_info_verdicts.tsv`` 100 of the 567 info findings of ``--aeb --half dev`` (the rows
``random.Random(15).sample(range(567), 100)`` picks among the info rows of ``--tsv``, in its order).

``--verdicts FILE`` scores the run against hand verdicts (a TSV of file, rule, start, end, verdict
TP/FP/unsure, reason; ``realworld/trafilatura_dev_warning_verdicts.tsv`` labels the 262 warnings of
``--half dev --sample 60 --min-severity warning`` at the twelfth session's start): how many of the
run's findings carry a verdict, their precision, and how many are new (no verdict: label them).
``realworld/trafilatura_dev_rest_warning_verdicts.tsv`` labels the 280 warnings of ``--half dev --sample 60
--rest --min-severity warning`` at the thirteenth session's start, and the 39 its fixes moved.
``realworld/trafilatura_dev_info_verdicts.tsv`` and ``trafilatura_dev_rest_info_verdicts.tsv`` label the
info findings of the RP, DS and TX102-TX107 rules on those two sets (the eighteenth session, pages21);
``--verdicts`` given twice scores a run against a warning file and an info file together.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import random
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from html_chrome import checkout, pages, words  # noqa: E402

from medlint import Linter  # noqa: E402
from medlint.diagnostic import Severity  # noqa: E402
from medlint.formats import decode  # noqa: E402

_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z-]+)", re.IGNORECASE)
_ENGLISH_WORDS = frozenset("the of and to in is that for it with as was on are by be this from at".split())
SEED = 12


def is_english(source: str, item: dict) -> bool:
    """``<html lang>`` when the page gives one; else the labels' text: at least 8% of its words are
    the commonest English function words (German, French or Chinese text has next to none)."""
    m = _LANG.search(source[:5000])
    if m:
        return m.group(1).lower().startswith("en")
    text = words(" ".join([*(item.get("with") or ()), *(item.get("without") or ())])).split()
    return bool(text) and sum(w in _ENGLISH_WORDS for w in text) / len(text) >= 0.08


def aeb_pages(arg: str | None, half: str) -> Iterator[tuple[dict, Path, bytes]]:
    """(labels, path, page bytes) of each page of the article extraction benchmark in ``half``. The
    labels hold the ground-truth article body's paragraphs as "with" snippets and no "without"."""
    base = Path(arg or os.environ.get("AEB_DIR") or ROOT.parent / "article-extraction-benchmark")
    truth_file = base / "ground-truth.json"
    if not truth_file.is_file():
        raise SystemExit(
            f"no article-extraction-benchmark checkout at {base}: git clone "
            "https://github.com/scrapinghub/article-extraction-benchmark and pass --aeb PATH or set AEB_DIR"
        )
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    for key in sorted(truth):
        path = base / "html" / f"{key}.html.gz"
        name = f"{key}.html"
        if not path.is_file() or (half != "all" and ("dev", "test")[zlib.crc32(name.encode()) % 2] != half):
            continue
        body = truth[key].get("articleBody") or ""
        item = {"with": [p for p in body.split("\n") if p.strip()], "without": []}
        yield item, path.with_name(name), gzip.decompress(path.read_bytes())


def label(flagged: str, item: dict) -> str:
    """ "boilerplate", "article" or "none": the labelled snippet that holds the flagged words (or
    that the flagged words hold), boilerplate first."""
    key = words(flagged)
    if not key:
        return "none"
    for kind, name in (("without", "boilerplate"), ("with", "article")):
        for snippet in item.get(kind) or ():
            s = words(snippet)
            if s and (key in s or s in key):
                return name
    return "none"


def score(rows: list[tuple[str, str, str, int, str, str]], paths: list[Path]) -> None:
    """Print the labelled precision of ``rows`` (file, rule, severity, offset, ...) against the
    verdicts in ``paths`` (a warning file and an info file of one page set): a finding matches a
    verdict by file, rule and start offset."""
    verdicts: dict[tuple[str, str, int], str] = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            next(f)
            for line in f:
                name, rule, start, _end, verdict, *_ = line.rstrip("\n").split("\t")
                verdicts[name, rule, int(start)] = verdict
    seen: Counter[str] = Counter(verdicts.get((row[0], row[1], row[3]), "new") for row in rows)
    judged = seen["TP"] + seen["FP"]
    print(
        f"verdicts ({' + '.join(p.name for p in paths)}, {len(verdicts)}): TP {seen['TP']}, FP {seen['FP']}, unsure {seen['unsure']},"
        f" new (unlabelled) {seen['new']}; labelled precision {seen['TP']}/{judged}"
        f" = {seen['TP'] / max(1, judged):.1%}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trafilatura", help="a checkout of adbar/trafilatura")
    ap.add_argument(
        "--aeb", nargs="?", const="", help="lint the article extraction benchmark's pages instead"
    )
    ap.add_argument("--half", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--sample", type=int, default=0, help="lint a seeded sample of this many English pages")
    ap.add_argument(
        "--rest",
        action="store_true",
        help="lint the English pages of the half that are NOT in the seeded sample of --sample N (fresh pages)",
    )
    ap.add_argument("--tsv", help="write one line per finding here")
    ap.add_argument(
        "--verdicts",
        action="append",
        help="score the findings against this TSV of hand verdicts (give it twice for a warning and an info file)",
    )
    ap.add_argument(
        "--min-severity", choices=("info", "warning", "error"), default="info", help="lowest severity counted"
    )
    args = ap.parse_args(argv)
    if args.aeb is not None:
        found: Iterator[tuple[dict, Path, bytes]] = aeb_pages(args.aeb or None, args.half)
    else:
        base = checkout(args.trafilatura)
        found = ((item, path, path.read_bytes()) for _url, item, path in pages(base, args.half))
    english = []
    for item, path, raw in found:
        try:
            source = decode(raw, str(path))
        except Exception:  # a page medlint refuses is not a page to score
            continue
        if is_english(source, item):
            english.append((item, path, source))
    chosen = english
    if args.sample and args.sample < len(english):
        chosen = sorted(random.Random(SEED).sample(english, args.sample), key=lambda e: e[1].name)
        if args.rest:
            sampled = {path.name for _item, path, _source in chosen}
            chosen = [entry for entry in english if entry[1].name not in sampled]
    linter = Linter()
    per_rule: Counter[str] = Counter()
    where: dict[str, Counter[str]] = {}
    rows: list[tuple[str, str, str, int, str, str]] = []
    for item, path, source in chosen:
        for d in linter.lint_text(source, "html"):
            if d.code.startswith("ML") or d.severity < Severity.parse(args.min_severity):
                continue
            lab = label(html.unescape(re.sub(r"<[^>]*>", " ", d.text)), item)
            per_rule[d.code] += 1
            where.setdefault(d.code, Counter())[lab] += 1
            rows.append(
                (
                    path.name,
                    d.code,
                    d.severity.name.lower(),
                    d.start.offset,
                    " ".join(d.text.split())[:60],
                    lab,
                )
            )
    n = len(chosen)
    print(
        ("article-extraction-benchmark" if args.aeb is not None else "trafilatura")
        + f" pages, half {args.half}: {len(english)} English"
        + (f", findings at {args.min_severity} or above" if args.min_severity != "info" else "")
        + (f", seeded sample of {n} (seed {SEED})" if n < len(english) and not args.rest else "")
        + (f", the {n} not in the seeded sample of {args.sample} (seed {SEED})" if args.rest else "")
    )
    total = sum(per_rule.values())
    print(f"findings: {total} = {total / max(1, n):.2f} per page")
    print(
        f"{'rule':6} {'findings':>8} {'per page':>9} {'in boilerplate':>15} {'in article':>11} {'unlabelled':>11}"
    )
    for code, count in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        w = where[code]
        print(
            f"{code:6} {count:>8} {count / max(1, n):>9.2f} {w['boilerplate']:>15} {w['article']:>11} {w['none']:>11}"
        )
    labs: Counter[str] = Counter()
    for c in where.values():
        labs.update(c)
    print(
        f"{'all':6} {total:>8} {total / max(1, n):>9.2f} {labs['boilerplate']:>15} {labs['article']:>11} {labs['none']:>11}"
    )
    if args.verdicts:
        score(rows, [Path(v) for v in args.verdicts])
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as out:
            out.write("file\trule\tseverity\toffset\tflagged\tlabel\n")
            for row in rows:
                out.write("\t".join(str(x).replace("\t", " ") for x in row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
