"""Findings and page chrome on Mozilla Readability's saved pages: per rule, where they fall, precision.

    python benchmarks/realworld/readability_pages.py --half dev                  # the development half
    python benchmarks/realworld/readability_pages.py --half dev --min-severity warning --tsv /tmp/rp.tsv
    python benchmarks/realworld/readability_pages.py --half dev --info-sample 40 --tsv /tmp/info.tsv

Lints every English page saved from a published site (``readability_pages_data``: ids, the
fixture and language tests, the fixed dev/test split) with the default configuration, format
"html", as saved (``source.html``). Prints:

- the loader's page-chrome figures, as ``benchmarks/html_chrome.py`` prints them: the share of
  article snippets (blocks of ``expected.html``, the article Readability extracts) whose words stay
  in medlint's prose view, and the share of boilerplate snippets (blocks of the page that Readability
  dropped) that the view leaves out, with chrome blanked (the default) and kept;
- per rule, the findings (``ML`` loader notes left out) and how many flag words of the extracted
  article ("in article") or words Readability left out ("outside": chrome, also a title, byline or
  caption it drops) -- a measurable proxy, not a verdict;
- precision against hand verdicts (``readability_pages_<half>_verdicts.tsv`` beside this file, or
  ``--verdicts FILE``: file, rule, start, end, verdict TP/FP/unsure, reason; a finding matches by page
  id, rule and start offset), per rule and in all, with how many findings are still unlabelled.

``--tsv FILE`` writes one line per finding (page id, rule, severity, start, end, flagged text cut to
60 characters, in article or outside) for labelling; ``--info-sample N`` keeps, of the info findings,
only ``random.Random(SEED).sample`` of N in ``--tsv`` order (warnings and errors all stay).
``--min-severity`` sets the lowest severity counted. The test half is held out: run it once, at
the end of a change, never to build one.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.realworld import readability_pages_data as rp  # noqa: E402
from benchmarks.realworld.common import wilson  # noqa: E402
from medlint import Linter  # noqa: E402
from medlint.diagnostic import Severity  # noqa: E402
from medlint.formats.html import load as load_html  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 29

Row = tuple[str, str, str, int, int, str, str]


def verdict_file(which: str) -> Path:
    """The default verdict file of a half."""
    return HERE / f"readability_pages_{which}_verdicts.tsv"


def chrome_table(pages: Sequence[rp.Page]) -> list[str]:
    """Article snippets kept and boilerplate snippets removed by the loader, chrome blanked and kept."""
    counts = {mode: {"article": [0, 0], "boilerplate": [0, 0]} for mode in ("chrome blanked", "chrome kept")}
    for page in pages:
        article, boilerplate = rp.snippets(page)
        for mode, skip in (("chrome blanked", True), ("chrome kept", False)):
            prose = f" {rp.words(load_html(page.source, skip_chrome=skip).prose)} "
            for kind, group in (("article", article), ("boilerplate", boilerplate)):
                for snippet in group:
                    counts[mode][kind][0] += f" {rp.words(snippet)} " in prose
                    counts[mode][kind][1] += 1
    lines = [f"{'loader':16} {'article snippets kept':>24} {'boilerplate snippets removed':>30}"]
    for mode, c in counts.items():
        a, b = c["article"], c["boilerplate"]
        lines.append(
            f"{mode:16} {a[0]:>6}/{a[1]:<6} = {a[0] / max(1, a[1]):5.1%}"
            f" {b[1] - b[0]:>8}/{b[1]:<6} = {(b[1] - b[0]) / max(1, b[1]):5.1%}"
        )
    return lines


def lint(pages: Sequence[rp.Page], min_severity: str) -> list[Row]:
    """One row per finding at ``min_severity`` or above: page id, rule, severity, start, end, flagged
    text (60 characters), and whether its words are in the extracted article."""
    linter = Linter()
    floor = Severity.parse(min_severity)
    rows: list[Row] = []
    for page in pages:
        article = f" {rp.words(rp.block_text(page.expected))} "
        for d in linter.lint_text(page.source, rp.FORMAT):
            if d.code.startswith("ML") or d.severity < floor:
                continue
            key = rp.words(html.unescape(re.sub(r"<[^>]*>", " ", d.text)))
            where = "article" if key and f" {key} " in article else "outside"
            flagged = " ".join(d.text.split())[:60]
            rows.append(
                (page.page_id, d.code, d.severity.name.lower(), d.start.offset, d.end.offset, flagged, where)
            )
    return rows


def read_verdicts(path: Path) -> dict[tuple[str, str, int], str]:
    """(page id, rule, start) -> verdict, from a verdict TSV with a header line."""
    out: dict[tuple[str, str, int], str] = {}
    with open(path, encoding="utf-8") as f:
        next(f, None)
        for line in f:
            if not line.strip():
                continue
            page_id, rule, start, _end, verdict, *_ = line.rstrip("\n").split("\t")
            out[page_id, rule, int(start)] = verdict
    return out


def precision_table(rows: Sequence[Row], verdicts: dict[tuple[str, str, int], str]) -> list[str]:
    """Per rule and in all: findings, TP, FP, unsure, unlabelled, precision with a 95% Wilson interval."""
    per: dict[str, Counter[str]] = {}
    for page_id, rule, _severity, start, *_ in rows:
        v = verdicts.get((page_id, rule, start), "new")
        per.setdefault(rule, Counter())[v] += 1
        per.setdefault("all", Counter())[v] += 1
    lines = [
        f"{'rule':6} {'findings':>8} {'TP':>4} {'FP':>4} {'unsure':>6} {'new':>4} {'precision':>9} {'95% CI':>11}"
    ]
    for rule in [*sorted(r for r in per if r != "all"), "all"]:
        c = per.get(rule)
        if c is None:
            continue
        judged = c["TP"] + c["FP"]
        prec = f"{c['TP'] / judged:.2f}" if judged else "-"
        lo, hi = wilson(c["TP"], judged) if judged else (0.0, 0.0)
        ci = f"{lo:.2f}-{hi:.2f}" if judged else "-"
        lines.append(
            f"{rule:6} {sum(c.values()):>8} {c['TP']:>4} {c['FP']:>4} {c['unsure']:>6} {c['new']:>4} {prec:>9} {ci:>11}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--readability", help="a clone of mozilla/readability (default $READABILITY_DIR)")
    ap.add_argument("--half", choices=("dev", "test"), required=True, help="which half (test: held out)")
    ap.add_argument(
        "--min-severity", choices=("info", "warning", "error"), default="info", help="lowest severity counted"
    )
    ap.add_argument("--tsv", help="write one line per finding here")
    ap.add_argument(
        "--info-sample", type=int, default=0, help="in --tsv, keep a seeded sample of N info findings"
    )
    ap.add_argument(
        "--verdicts", type=Path, help="a verdict TSV (default readability_pages_<half>_verdicts.tsv)"
    )
    ap.add_argument("--no-chrome", action="store_true", help="skip the page-chrome table (faster)")
    args = ap.parse_args(argv)

    pages = rp.load(args.readability, args.half)
    n_words = sum(len(rp.words(rp.block_text(p.expected)).split()) for p in pages)
    print(
        f"Mozilla Readability test pages at {rp.COMMIT[:7]}, half {args.half}: {len(pages)} English pages"
        f" saved from sites ({n_words:,} words of extracted article)"
    )
    if not args.no_chrome:
        print("\n".join(chrome_table(pages)))
    rows = lint(pages, args.min_severity)
    per_rule: Counter[str] = Counter(r[1] for r in rows)
    where: dict[str, Counter[str]] = {}
    for r in rows:
        where.setdefault(r[1], Counter())[r[6]] += 1
    total = len(rows)
    print(f"findings at {args.min_severity} or above: {total} = {total / max(1, len(pages)):.2f} per page")
    print(f"{'rule':6} {'findings':>8} {'severity':>8} {'in article':>11} {'outside':>8}")
    severity = {r[1]: r[2] for r in rows}
    for code, count in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        print(
            f"{code:6} {count:>8} {severity[code]:>8} {where[code]['article']:>11} {where[code]['outside']:>8}"
        )
    inside = sum(c["article"] for c in where.values())
    print(f"{'all':6} {total:>8} {'':>8} {inside:>11} {total - inside:>8}")
    vfile = args.verdicts or verdict_file(args.half)
    if vfile.is_file():
        print(f"precision against {vfile.name}:")
        print("\n".join(precision_table(rows, read_verdicts(vfile))))
    if args.tsv:
        out_rows = list(rows)
        if args.info_sample:
            info = [i for i, r in enumerate(rows) if r[2] == "info"]
            keep = set(random.Random(SEED).sample(info, min(args.info_sample, len(info))))
            out_rows = [r for i, r in enumerate(rows) if r[2] != "info" or i in keep]
        with open(args.tsv, "w", encoding="utf-8") as out:
            out.write("file\trule\tseverity\tstart\tend\tflagged\twhere\n")
            for row in out_rows:
                out.write("\t".join(str(x).replace("\t", " ") for x in row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
