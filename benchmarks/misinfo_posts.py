"""CL findings on real health-misinformation posts: how many posts the claims family flags,
with and without CL125 (debunked-health-myth), and CL125's precision on a hand-labelled sample.

Data (never committed): the Reddit health-misinformation dataset of Anik et al. (2025), CC BY 4.0,
COVID-19, flu and HIV posts (1,161 rows, columns ``idx,text``)::

    git clone https://github.com/AnirbanSahaAnik/health-misinformation-reddit-dataset
    python benchmarks/misinfo_posts.py health-misinformation-reddit-dataset
    python benchmarks/misinfo_posts.py PATH --show-sample 60        # print a seeded sample to label
    python benchmarks/misinfo_posts.py PATH --verdicts benchmarks/realworld/misinfo_verdicts.tsv
    python benchmarks/misinfo_posts.py PATH --fakehealth /work/data/FakeHealth   # + CL125 on careful news

PATH is the checkout or the CSV itself (``Data/Health_Misinformation_reddit_Dataset.csv``).

Development and test halves: the posts are split once by ``zlib.crc32(idx) % 2`` (0 =
development, 1 = test), as ``claims_review.py`` splits releases. Patterns are looked for on the
development half only (``--half dev --unflagged`` prints its posts that no CL rule flags); the
test half is measured once, at the end (``--half test``, ``--sample-all N`` to print a seeded
sample of CL warnings of any rule, ``--verdicts-all FILE`` to score them)::

    python benchmarks/misinfo_posts.py PATH --half dev --unflagged          # posts to read
    python benchmarks/misinfo_posts.py PATH --half test --sample-all 40     # sample to label
    python benchmarks/misinfo_posts.py PATH --half test --verdicts-all benchmarks/realworld/misinfo_test_verdicts.tsv

The CL125 commit d3098a6 (before this split) was written after reading posts of the whole
dataset, so neither half is unseen by the rules.
Each post is linted alone as format "text" with only the CL rules selected. "Flagged" means at
least one CL finding at warning or error. Not every post in the dataset states a myth (many
are questions, jokes or replies), so the share of posts flagged is a floor on recall, not recall.

The verdict file (``benchmarks/realworld/misinfo_verdicts.tsv``) holds, per labelled CL125 finding,
``idx``, ``start``, ``end`` (code-point offsets into the post's text), ``verdict`` (TP or FP: TP
only when a strict health editor would change the text for the reason the message gives) and a
short ``reason``: never the post's text. A verdict whose span no longer matches a finding is
reported as stale.

``--fakehealth DIR`` also lints every FakeHealth article (``git clone
https://github.com/EnyanDai/FakeHealth``; all 2,237 stories and releases, short ones too, as the
real-world benchmark builds them: title, blank line, text) with CL125 alone and lists each finding
(article id, offsets, matched words) to stdout: professionally edited health news, where a finding
is a false alarm unless the article itself states a myth.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a file: lint with this checkout's medlint
    sys.path.insert(0, str(ROOT))

from medlint.config import Config  # noqa: E402
from medlint.diagnostic import Severity  # noqa: E402
from medlint.linter import Linter  # noqa: E402
from medlint.registry import default_registry  # noqa: E402

CSV_NAME = "Data/Health_Misinformation_reddit_Dataset.csv"
RULE = "CL125"
SEED = 2026


@dataclass(frozen=True)
class Finding:
    idx: str
    code: str
    start: int
    end: int
    severity: Severity
    text: str


def read_posts(path: str | Path) -> list[tuple[str, str]]:
    """(idx, text) rows of the dataset, from the checkout or the CSV file itself."""
    p = Path(path)
    if p.is_dir():
        p = p / CSV_NAME
    if not p.is_file():
        raise FileNotFoundError(
            f"{p}: no dataset CSV; run `git clone https://github.com/AnirbanSahaAnik/health-misinformation-reddit-dataset`"
        )
    csv.field_size_limit(sys.maxsize)
    with p.open(encoding="utf-8", newline="") as fh:
        return [(row["idx"], row["text"] or "") for row in csv.DictReader(fh)]


def half(idx: str) -> str:
    """ "dev" or "test": the fixed split of the posts (``zlib.crc32(idx) % 2``, as claims_review.py)."""
    return "test" if zlib.crc32(idx.encode("utf-8")) % 2 else "dev"


def cl_codes(with_rule: bool) -> list[str]:
    """Every CL rule (opt-in ones too: they report at info and do not count), with or without CL125."""
    return sorted(c for c in default_registry().rules if c.startswith("CL") and (with_rule or c != RULE))


def lint(posts: Sequence[tuple[str, str]], codes: Sequence[str]) -> list[Finding]:
    linter = Linter(Config(), select=list(codes))
    out = []
    for idx, text in posts:
        for d in linter.lint_text(text, "text"):
            if d.code in codes:
                out.append(Finding(idx, d.code, d.start.offset, d.end.offset, d.severity, d.text))
    return out


def flagged(findings: Sequence[Finding]) -> set[str]:
    return {f.idx for f in findings if f.severity >= Severity.WARNING}


def report(posts: Sequence[tuple[str, str]], before: Sequence[Finding], after: Sequence[Finding]) -> None:
    n = len(posts)
    b, a = flagged(before), flagged(after)
    print(f"posts linted: {n:,}")
    print(f"posts with a CL finding at warning+ without {RULE}: {len(b):,} ({len(b) / n:.1%})")
    print(f"posts with a CL finding at warning+ with {RULE}:    {len(a):,} ({len(a) / n:.1%})")
    mine = flagged([f for f in after if f.code == RULE])
    print(f"posts with a {RULE} finding at warning+: {len(mine):,}; flagged only by {RULE}: {len(a - b):,}")
    print("\nper rule (warning+): posts, findings; info findings")
    per_posts: dict[str, set[str]] = {}
    per_warn: Counter[str] = Counter()
    per_info: Counter[str] = Counter()
    for f in after:
        if f.severity >= Severity.WARNING:
            per_posts.setdefault(f.code, set()).add(f.idx)
            per_warn[f.code] += 1
        else:
            per_info[f.code] += 1
    for code in sorted(set(per_warn) | set(per_info)):
        print(f"  {code}  {len(per_posts.get(code, ())):5d} {per_warn[code]:5d}   info {per_info[code]}")


def show_sample(posts: Sequence[tuple[str, str]], findings: Sequence[Finding], n: int) -> None:
    """A seeded sample of CL125 findings with the words around them, for labelling (stdout only)."""
    text = dict(posts)
    mine = sorted((f for f in findings if f.code == RULE), key=lambda f: (int(f.idx), f.start))
    chosen = random.Random(SEED).sample(mine, min(n, len(mine)))
    for f in sorted(chosen, key=lambda f: (int(f.idx), f.start)):
        t = text[f.idx]
        context = (
            t[max(0, f.start - 220) : f.start] + "[[" + t[f.start : f.end] + "]]" + t[f.end : f.end + 160]
        )
        print(f"{f.idx}\t{f.start}\t{f.end}\t{f.severity}\t{' '.join(context.split())}\n")


def show_unflagged(posts: Sequence[tuple[str, str]], findings: Sequence[Finding]) -> None:
    """Every post with no CL warning, in full (stdout only), for reading the misses."""
    hit = flagged(findings)
    info: dict[str, list[str]] = {}
    for f in findings:
        if f.severity < Severity.WARNING:
            info.setdefault(f.idx, []).append(f.code)
    for idx, text in posts:
        if idx not in hit:
            extra = f"\t(info: {','.join(sorted(set(info[idx])))})" if idx in info else ""
            print(f"{idx}{extra}\t{' '.join(text.split())}\n")


def show_sample_all(posts: Sequence[tuple[str, str]], findings: Sequence[Finding], n: int) -> None:
    """A seeded sample of CL warnings of every rule, with context, for labelling (stdout only)."""
    text = dict(posts)
    warn = sorted(
        (f for f in findings if f.severity >= Severity.WARNING), key=lambda f: (int(f.idx), f.start, f.code)
    )
    chosen = random.Random(SEED).sample(warn, min(n, len(warn)))
    for f in sorted(chosen, key=lambda f: (int(f.idx), f.start, f.code)):
        t = text[f.idx]
        context = (
            t[max(0, f.start - 220) : f.start] + "[[" + t[f.start : f.end] + "]]" + t[f.end : f.end + 160]
        )
        print(f"{f.idx}\t{f.code}\t{f.start}\t{f.end}\t{f.severity}\t{' '.join(context.split())}\n")


def score_all(findings: Sequence[Finding], verdicts: Path) -> None:
    """Precision of CL warnings of every rule on a labelled sample (columns idx, rule, start, end, verdict)."""
    spans = {(f.idx, f.code, f.start, f.end) for f in findings if f.severity >= Severity.WARNING}
    counts: Counter[str] = Counter()
    per_rule: dict[str, Counter[str]] = {}
    stale = 0
    with verdicts.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if (row["idx"], row["rule"], int(row["start"]), int(row["end"])) not in spans:
                stale += 1
                continue
            counts[row["verdict"]] += 1
            per_rule.setdefault(row["rule"], Counter())[row["verdict"]] += 1
    n = counts["TP"] + counts["FP"]
    precision = counts["TP"] / n if n else float("nan")
    print(f"\nCL warning precision on {verdicts.name}: {counts['TP']}/{n} = {precision:.3f} (stale: {stale})")
    for code in sorted(per_rule):
        c = per_rule[code]
        print(f"  {code}  {c['TP']}/{c['TP'] + c['FP']}")


def score(findings: Sequence[Finding], verdicts: Path) -> None:
    """CL125 precision on the labelled sample."""
    spans = {(f.idx, f.start, f.end) for f in findings if f.code == RULE and f.severity >= Severity.WARNING}
    counts: Counter[str] = Counter()
    stale = 0
    with verdicts.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if (row["idx"], int(row["start"]), int(row["end"])) not in spans:
                stale += 1
                continue
            counts[row["verdict"]] += 1
    n = counts["TP"] + counts["FP"]
    precision = counts["TP"] / n if n else float("nan")
    print(
        f"\n{RULE} precision on {verdicts.name}: {counts['TP']}/{n} = {precision:.3f} (stale verdicts: {stale})"
    )


def fakehealth_findings(root: Path) -> None:
    """Every CL125 finding on every FakeHealth article (stdout only: the texts are not ours)."""
    sys.path.insert(0, str(ROOT / "benchmarks" / "realworld"))
    from fakehealth_data import COLLECTIONS, load_article

    linter = Linter(Config(), select=[RULE])
    ids = [
        f"{c}/{p.stem}"
        for c in COLLECTIONS
        for p in sorted((root / "dataset" / "content" / c).glob("*.json"))
    ]
    found = 0
    for article_id in ids:
        text = load_article(root, article_id)
        for d in linter.lint_text(text, "text"):
            if d.code == RULE:
                found += 1
                print(f"{article_id}\t{d.start.offset}\t{d.end.offset}\t{d.severity}\t{d.text}")
    print(f"\nFakeHealth: {len(ids):,} articles, {found} {RULE} findings")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", help="the dataset checkout, or its CSV")
    ap.add_argument(
        "--show-sample", type=int, metavar="N", help=f"print a seeded sample of N {RULE} findings"
    )
    ap.add_argument("--verdicts", type=Path, help=f"score {RULE} precision against this verdict TSV")
    ap.add_argument("--fakehealth", type=Path, metavar="DIR", help=f"also list {RULE} findings on FakeHealth")
    ap.add_argument(
        "--half", choices=("dev", "test", "all"), default="all", help="which half of the fixed split to lint"
    )
    ap.add_argument("--unflagged", action="store_true", help="print every post no CL rule flags at warning")
    ap.add_argument(
        "--sample-all", type=int, metavar="N", help="print a seeded sample of N CL warnings, any rule"
    )
    ap.add_argument(
        "--verdicts-all", type=Path, help="score CL warnings of every rule against this verdict TSV"
    )
    args = ap.parse_args(argv)
    posts = [p for p in read_posts(args.data) if args.half == "all" or half(p[0]) == args.half]
    before = lint(posts, cl_codes(with_rule=False))
    after = lint(posts, cl_codes(with_rule=True))
    report(posts, before, after)
    if args.show_sample:
        print()
        show_sample(posts, [f for f in after if f.severity >= Severity.WARNING], args.show_sample)
    if args.verdicts:
        score(after, args.verdicts)
    if args.unflagged:
        print()
        show_unflagged(posts, after)
    if args.sample_all:
        print()
        show_sample_all(posts, after, args.sample_all)
    if args.verdicts_all:
        score_all(after, args.verdicts_all)
    if args.fakehealth:
        print()
        fakehealth_findings(args.fakehealth)
    return 0


if __name__ == "__main__":
    sys.exit(main())
