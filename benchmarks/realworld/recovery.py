"""Precision of medlint's findings on unseen COVID-19 news (ReCOVery), per rule, and how the
CL findings separate unreliable from reliable sites.

    python benchmarks/realworld/recovery.py                         # tables for dev, test and all
    python benchmarks/realworld/recovery.py --half dev              # the development half only
    python benchmarks/realworld/recovery.py --unlabelled CL102      # findings still to label, with context
    python benchmarks/realworld/recovery.py --unlabelled CL102 --tsv --info   # rows to fill in

Lints the 100 ReCOVery articles of the public copy (``recovery_data``: ids, linted text and the
fixed development/test split) with the default configuration, format "text"; matches each
finding to the hand-labelled verdicts in ``verdicts_recovery/*.tsv`` (``verdicts``: exact
offsets, or an overlapping span with the same rule and text) and prints, per rule, precision
among labelled findings with n and a 95% Wilson interval, at warning+ and separately at info,
how many findings are still unlabelled, and totals per content family (MT, CL, RP, TX), for
the content families together and for all rules.

It also prints how well CL findings per 1,000 words separate articles of unreliable sites from
articles of reliable ones: an AUC (Mann-Whitney: the probability that a random unreliable
article scores higher than a random reliable one, ties counting half; 0.5 is chance) with a
seeded 1,000-resample bootstrap 95% interval over articles. Once for all CL rules, once for the
per-claim rules and once for the once-per-article rules (the split of
``benchmarks/claims_review.py``: ``ARTICLE_LEVEL``), then for all content warnings. Warnings
only by default; the CL lines are repeated with info findings included.

The reliability label is the site's (ReCOVery rated the 60 sites, not the articles): a
reliable site can publish a poor article and an unreliable one a sound article, so the AUC
measures agreement with the site's rating, not with a judgement of the article.

The data: ``--recovery PATH`` or ``$RECOVERY_DIR``; get it with
``git clone https://github.com/FinlayDuff/Dissertation`` (see ``recovery_data``). ReCOVery:
Zhou, Mulay, Ferrara and Zafarani, CIKM 2020 (CC BY-NC-SA 4.0); the texts are never committed here.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.claims_review import ARTICLE_LEVEL, auc, bootstrap
from benchmarks.realworld import recovery_data as rc
from benchmarks.realworld.common import CONTENT_FAMILIES, is_content
from benchmarks.realworld.fakehealth import Finding, Tally, band, lint_documents, print_unlabelled
from benchmarks.realworld.verdicts import Verdict, load_verdicts, match
from medlint import Severity

HERE = Path(__file__).resolve().parent
VERDICT_DIR = HERE / "verdicts_recovery"
SEED = 2026
BOOT = 1000
HALVES = ("dev", "test")


def lint_all(articles: Iterable[rc.NewsArticle], select: Sequence[str] | None = None) -> list[Finding]:
    """Every rule finding on the articles (engine notices ML* left out), in article order."""
    return lint_documents(((a.news_id, a.text, rc.FORMAT) for a in articles), select)


def evaluate(findings: Sequence[Finding], verdicts: Sequence[Verdict]) -> dict[str, Any]:
    """Precision per rule and band, with totals per content family, for the content families and for all."""
    got = match([f.key for f in findings], verdicts)
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for f, v in zip(findings, got, strict=True):
        tallies[(band(f.severity), f.code)].count(v)
    out: dict[str, Any] = {"findings": len(findings), "matched": sum(v is not None for v in got)}
    groups: dict[str, Callable[[str], bool]] = {
        **{fam: (lambda code, fam=fam: code.startswith(fam)) for fam in CONTENT_FAMILIES},
        "content": is_content,
        "all": lambda code: True,
    }
    for b in ("warning", "info"):
        totals: dict[str, dict[str, Any]] = {}
        for name, member in groups.items():
            total = Tally()
            for (bb, code), t in tallies.items():
                if bb == b and member(code):
                    total.add(t)
            totals[name] = total.row()
        rules = {code: t.row() for (bb, code), t in sorted(tallies.items()) if bb == b}
        out[b] = {"rules": rules, "totals": totals}
    return out


def format_table(title: str, res: dict[str, Any]) -> str:
    """Precision per rule, warning+ then info, then the family, content and overall totals."""
    lines = [f"{title}: {res['findings']} findings, {res['matched']} matched to verdicts"]
    for b, heading in (("warning", "at warning or error"), ("info", "at info")):
        lines += [
            "",
            f"Findings {heading}:",
            f"{'rule':<7} {'findings':>8} {'labelled':>8} {'TP':>4} {'FP':>4} {'precision':>9} {'95% CI':>13} {'unlabelled':>10}",
        ]
        for code, r in [*res[b]["rules"].items(), *res[b]["totals"].items()]:
            if code in CONTENT_FAMILIES and not r["findings"]:
                continue
            prec = f"{r['precision']:.2f}" if r["precision"] is not None else "-"
            ci = f"{r['ci95'][0]:.2f}-{r['ci95'][1]:.2f}" if r["ci95"] else "-"
            label = f"{code} *" if code in CONTENT_FAMILIES else code
            lines.append(
                f"{label:<7} {r['findings']:>8} {r['labelled']:>8} {r['tp']:>4} {r['fp']:>4} {prec:>9} {ci:>13} {r['unlabelled']:>10}"
            )
    lines.append("(* a family's total)")
    return "\n".join(lines)


@dataclass(frozen=True)
class Score:
    """Which findings count towards an article's rate."""

    name: str
    member: Callable[[Finding], bool]


def _cl(min_severity: int, which: str) -> Callable[[Finding], bool]:
    def member(f: Finding) -> bool:
        if not f.code.startswith("CL") or f.severity < min_severity:
            return False
        if which == "claim":
            return f.code not in ARTICLE_LEVEL
        if which == "article":
            return f.code in ARTICLE_LEVEL
        return True

    return member


SCORES = (
    Score("CL warnings, all rules", _cl(Severity.WARNING, "all")),
    Score("CL warnings, per-claim rules", _cl(Severity.WARNING, "claim")),
    Score("CL warnings, once-per-article rules", _cl(Severity.WARNING, "article")),
    Score(
        "content warnings (MT, CL, RP, TX)", lambda f: is_content(f.code) and f.severity >= Severity.WARNING
    ),
    Score("CL info and above, all rules", _cl(Severity.INFO, "all")),
    Score("CL info and above, per-claim rules", _cl(Severity.INFO, "claim")),
    Score("CL info and above, once-per-article rules", _cl(Severity.INFO, "article")),
)


def separation(
    articles: Sequence[rc.NewsArticle], findings: Sequence[Finding], boot: int = BOOT
) -> list[str]:
    """AUC lines: findings per 1,000 words, unreliable site (positive) against reliable site."""
    labels = [int(not a.reliable) for a in articles]
    words = [max(len(a.text.split()), 1) for a in articles]
    index = {a.news_id: i for i, a in enumerate(articles)}
    n = len(articles)
    rows = [
        f"Unreliable vs reliable site: {n} articles ({sum(labels)} unreliable); "
        f"findings per 1,000 words, AUC [bootstrap 95% CI, {boot} resamples, seed {SEED}]"
    ]
    for score in SCORES:
        counts = [0] * n
        for f in findings:
            if f.article_id in index and score.member(f):
                counts[index[f.article_id]] += 1
        rate = [1000 * c / w for c, w in zip(counts, words, strict=True)]

        def stat(idx: list[int], rate: list[float] = rate) -> float:
            return auc([rate[i] for i in idx], [labels[i] for i in idx])

        value = stat(list(range(n)))
        lo, hi = bootstrap(stat, n, boot, SEED)
        fired = sum(c > 0 for c in counts)
        rows.append(
            f"  {score.name:44} AUC {value:.3f} [{lo:.3f}, {hi:.3f}]  "
            f"(fires on {fired}/{n}; findings {sum(counts)})"
        )
    return rows


def show_unlabelled(
    articles: Sequence[rc.NewsArticle],
    findings: Sequence[Finding],
    verdicts: Sequence[Verdict],
    code: str,
    width: int,
    info: bool,
    tsv: bool,
) -> None:
    """Every unlabelled ReCOVery finding of one rule (``fakehealth.print_unlabelled``)."""
    texts = {a.news_id: a.text for a in articles}
    print_unlabelled(texts.__getitem__, findings, verdicts, code, len(findings), width, info, tsv)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--recovery", help="a clone of FinlayDuff/Dissertation (default $RECOVERY_DIR)")
    ap.add_argument(
        "--half",
        choices=("dev", "test", "all"),
        default="all",
        help="which half (default all: a table for each half, then for all articles)",
    )
    ap.add_argument("--verdicts", type=Path, default=VERDICT_DIR, help="folder of verdict TSV files")
    ap.add_argument("--unlabelled", metavar="CODE", help="print unlabelled findings of one rule with context")
    ap.add_argument(
        "--width", type=int, default=200, help="with --unlabelled: context characters either side"
    )
    ap.add_argument("--info", action="store_true", help="with --unlabelled: include info-level findings")
    ap.add_argument("--tsv", action="store_true", help="with --unlabelled: print verdict rows to fill in")
    ap.add_argument("--boot", type=int, default=BOOT, help="bootstrap resamples for the AUC intervals")
    args = ap.parse_args(argv)

    every = rc.load(args.recovery)
    articles = [a for a in every if args.half == "all" or rc.half(a.news_id) == args.half]
    verdicts = load_verdicts(args.verdicts.glob("*.tsv")) if args.verdicts.is_dir() else []
    findings = lint_all(articles)
    if args.unlabelled:
        show_unlabelled(articles, findings, verdicts, args.unlabelled, args.width, args.info, args.tsv)
        return 0
    parts = [*HALVES, "all"] if args.half == "all" else [args.half]
    for part in parts:
        ids = {a.news_id for a in articles if part == "all" or rc.half(a.news_id) == part}
        mine = [f for f in findings if f.article_id in ids]
        # verdicts of other articles cannot match, but keep them out so "matched" is per half
        theirs = [v for v in verdicts if v.article_id in ids]
        words = sum(len(a.text.split()) for a in articles if a.news_id in ids)
        title = f"ReCOVery, {part} half" if part != "all" else "ReCOVery, all articles"
        print(format_table(f"{title} ({len(ids)} articles, {words:,} words)", evaluate(mine, theirs)))
        print()
    print("\n".join(separation(articles, findings, args.boot)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
