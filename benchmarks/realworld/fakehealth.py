"""Precision of medlint's findings on real health news and press releases (FakeHealth), per rule.

    python benchmarks/realworld/fakehealth.py                     # precision table
    python benchmarks/realworld/fakehealth.py --unlabelled RP101  # findings still to label, with context
    python benchmarks/realworld/fakehealth.py --unlabelled MT110 --limit 40 --tsv   # rows to fill in
    python benchmarks/realworld/fakehealth.py --json out.json
    python benchmarks/realworld/fakehealth.py --rest              # every article outside the sample and rounds
    python benchmarks/realworld/fakehealth.py --all               # every kept article: the pooled precision

Lints the seeded sample of 400 FakeHealth articles (``fakehealth_data``: ids, text and
sample), matches each finding to the hand-labelled verdicts in ``verdicts/*.tsv``
(``verdicts``: exact offsets, or an overlapping span with the same rule and text) and prints,
per rule, precision among labelled findings with n and a 95% Wilson interval, at warning+
and separately at info, and how many findings are still unlabelled.

The checkout: ``--fakehealth PATH`` or ``$FAKEHEALTH_DIR`` (default /work/data/FakeHealth);
get it with ``git clone https://github.com/EnyanDai/FakeHealth``. FakeHealth: Dai, Sun and
Wang, "Ginger Cannot Cure Cancer: Battling Fake Health News with a Comprehensive Data
Repository", ICWSM 2020.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.realworld import fakehealth_data as fh
from benchmarks.realworld.common import context, is_content, pooled, short, wilson
from benchmarks.realworld.verdicts import Found, Verdict, format_row, load_verdicts, match
from medlint import Linter, Severity
from medlint.registry import default_registry

HERE = Path(__file__).resolve().parent
VERDICT_DIR = HERE / "verdicts"
SEED = 2026


@dataclass(frozen=True)
class Finding:
    """One finding on one article of the sample (the linted document is rebuilt on demand)."""

    article_id: str
    code: str
    severity: int
    start: int
    end: int
    text: str
    message: str

    @property
    def key(self) -> Found:
        return Found(self.article_id, self.code, self.start, self.end, short(self.text))


def rule_findings(linter: Linter, doc_id: str, text: str, fmt: str) -> list[Finding]:
    """The rule findings on one document, in the linter's order; engine notices (ML*) are not rule
    findings and are left out. The one place a diagnostic becomes a benchmark ``Finding``."""
    return [
        Finding(doc_id, d.code, int(d.severity), d.start.offset, d.end.offset, d.text, d.message)
        for d in linter.lint_text(text, fmt)
        if not d.code.startswith("ML")
    ]


def lint_documents(
    docs: Iterable[tuple[str, str, str]], select: Sequence[str] | None = None
) -> list[Finding]:
    """Every rule finding on ``(id, text, format)`` documents, in order; engine notices (ML*) left out."""
    linter = Linter(select=select)
    out: list[Finding] = []
    for doc_id, text, fmt in docs:
        out += rule_findings(linter, doc_id, text, fmt)
    return out


_LINTER: Linter | None = None
_ROOT: str | None = None


def _init(root: str, select: Sequence[str] | None) -> None:
    global _LINTER, _ROOT
    _LINTER = Linter(select=select)
    _ROOT = root


def _lint(article_id: str) -> list[Finding]:
    assert _LINTER is not None
    return rule_findings(_LINTER, article_id, fh.load_article(_ROOT, article_id), fh.FORMAT)


def lint_sample(
    root: str, ids: Sequence[str], jobs: int, select: Sequence[str] | None = None
) -> Iterator[Finding]:
    """Every finding on the given articles, article by article in the given order."""
    return pooled(_init, (root, select), _lint, ids, jobs)


@dataclass
class Tally:
    """Labelled and unlabelled findings of one rule at one severity band."""

    tp: int = 0
    fp: int = 0
    unlabelled: int = 0

    @property
    def n(self) -> int:
        return self.tp + self.fp

    def count(self, verdict: Verdict | None) -> None:
        """One finding, by the verdict it matched: TP, FP, or unlabelled (None). One place says
        what a verdict counts as, for every benchmark that tallies findings."""
        if verdict is None:
            self.unlabelled += 1
        elif verdict.correct:
            self.tp += 1
        else:
            self.fp += 1

    def add(self, other: Tally) -> None:
        """Fold ``other``'s counts into this one (a band's, family's or group's total)."""
        self.tp += other.tp
        self.fp += other.fp
        self.unlabelled += other.unlabelled

    def row(self) -> dict[str, Any]:
        lo, hi = wilson(self.tp, self.n)
        return {
            "findings": self.n + self.unlabelled,
            "labelled": self.n,
            "tp": self.tp,
            "fp": self.fp,
            "precision": round(self.tp / self.n, 3) if self.n else None,
            "ci95": [round(lo, 3), round(hi, 3)] if self.n else None,
            "unlabelled": self.unlabelled,
        }


def band(severity: int) -> str:
    return "warning" if severity >= Severity.WARNING else "info"


def evaluate(
    findings: Sequence[Finding], verdicts: Sequence[Verdict], ids: Collection[str] | None = None
) -> dict[str, Any]:
    """Precision per rule and band, the totals, and the labelled findings that no longer fire.

    A verdict on an article of the sample that matches no current finding is "gone": a
    fixed false positive if it was FP, a lost true positive (a recall regression) if TP.
    """
    got = match([f.key for f in findings], verdicts)
    used = {id(m) for m in got if m is not None}
    gone: dict[str, dict[str, int]] = defaultdict(lambda: {"TP": 0, "FP": 0})
    for vd in verdicts:
        if id(vd) not in used and (ids is None or vd.article_id in ids):
            gone[vd.rule][vd.verdict] += 1
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for f, v in zip(findings, got, strict=True):
        tallies[(band(f.severity), f.code)].count(v)
    out: dict[str, Any] = {"verdicts": len(verdicts), "matched": sum(v is not None for v in got)}
    for b in ("warning", "info"):
        rules = {code: t.row() for (bb, code), t in sorted(tallies.items()) if bb == b}
        total = Tally()
        content = Tally()
        for (bb, code), t in tallies.items():
            if bb == b:
                total.add(t)
                if is_content(code):
                    content.add(t)
        out[b] = {"rules": rules, "all": total.row(), "content": content.row()}
    out["gone"] = {code: dict(n) for code, n in sorted(gone.items())}
    return out


def format_table(res: dict[str, Any]) -> str:
    """Precision per rule, warning+ then info, as plain text ("content": the MT, CL, RP and TX rules)."""
    lines = [
        f"FakeHealth sample: {res['articles']} articles ({res['words']:,} words), "
        f"{res['verdicts']} verdicts on file, {res['matched']} matched to current findings",
    ]
    for b, title in (("warning", "at warning or error"), ("info", "at info")):
        lines += [
            "",
            f"Findings {title}:",
            f"{'rule':<7} {'findings':>8} {'labelled':>8} {'TP':>4} {'FP':>4} {'precision':>9} {'95% CI':>13} {'unlabelled':>10}",
        ]
        rules = res[b]["rules"]
        extra = [("content", res[b]["content"]), ("all", res[b]["all"])]
        for code, r in [*rules.items(), *extra]:
            prec = f"{r['precision']:.2f}" if r["precision"] is not None else "-"
            ci = f"{r['ci95'][0]:.2f}-{r['ci95'][1]:.2f}" if r["ci95"] else "-"
            lines.append(
                f"{code:<7} {r['findings']:>8} {r['labelled']:>8} {r['tp']:>4} {r['fp']:>4} {prec:>9} {ci:>13} {r['unlabelled']:>10}"
            )
    if res.get("gone"):
        lines += ["", "Labelled findings that no longer fire (FP gone = fixed; TP gone = lost):"]
        for code, n in res["gone"].items():
            lines.append(f"{code:<7} FP gone {n['FP']:>4}   TP gone {n['TP']:>4}")
    return "\n".join(lines)


def show_labelled(
    root: str, findings: Sequence[Finding], verdicts: Sequence[Verdict], code: str, verdict: str, width: int
) -> None:
    """Labelled findings of one rule that still fire, and its verdicts that no longer match, with reasons."""
    mine = [f for f in findings if f.code == code]
    got = match([f.key for f in mine], verdicts)
    firing = [(f, v) for f, v in zip(mine, got, strict=True) if v is not None and verdict in ("", v.verdict)]
    used = {id(v) for v in got if v is not None}
    articles = {f.article_id for f in findings} | {v.article_id for v in verdicts if v.rule == code}
    gone = [
        v
        for v in verdicts
        if v.rule == code and id(v) not in used and verdict in ("", v.verdict) and v.article_id in articles
    ]
    print(
        f"# {code}: {len(firing)} labelled findings still fire; {len(gone)} verdicts no longer match",
        file=sys.stderr,
    )
    for i, (f, v) in enumerate(firing, 1):
        doc = fh.load_article(root, f.article_id)
        print(f"{i}. {v.verdict} {f.article_id} {f.start}-{f.end} [{Severity(f.severity)}] {v.reason}")
        print(f"   {context(doc, f.start, f.end, width)}")
        print()
    for v in gone:
        print(f"gone: {v.verdict} {v.article_id} {v.start}-{v.end} {v.text!r}: {v.reason}")


def print_unlabelled(
    text_of: Callable[[str], str],
    findings: Sequence[Finding],
    verdicts: Sequence[Verdict],
    code: str,
    limit: int,
    width: int,
    info: bool,
    tsv: bool,
) -> None:
    """Unlabelled findings of one rule, in a seeded random order that labelling does not disturb:
    as rows to fill in (``tsv``) or with message and context (``text_of`` gives a document's text).
    Shared by every real-world benchmark that has verdict files."""
    pool = [f for f in findings if f.code == code and (info or f.severity >= Severity.WARNING)]
    random.Random(f"{SEED}:{code}").shuffle(pool)
    got = match([f.key for f in pool], verdicts)
    todo = [f for f, v in zip(pool, got, strict=True) if v is None][:limit]
    labelled = sum(v is not None for v in got)
    print(
        f"# {code}: {len(pool)} findings, {labelled} labelled, showing {len(todo)} unlabelled",
        file=sys.stderr,
    )
    for i, f in enumerate(todo, 1):
        row = format_row(Verdict(f.article_id, f.code, f.start, f.end, short(f.text), "?", ""))
        if tsv:
            print(row)
            continue
        print(f"{i}. {row}")
        print(f"   [{Severity(f.severity)}] {f.message}")
        print(f"   {context(text_of(f.article_id), f.start, f.end, width)}")
        print()


def show_unlabelled(
    root: str,
    findings: Sequence[Finding],
    verdicts: Sequence[Verdict],
    code: str,
    limit: int,
    width: int,
    info: bool,
    tsv: bool,
) -> None:
    """Unlabelled FakeHealth findings of one rule (``print_unlabelled``)."""
    print_unlabelled(
        lambda article_id: fh.load_article(root, article_id),
        findings,
        verdicts,
        code,
        limit,
        width,
        info,
        tsv,
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--fakehealth", help="FakeHealth checkout (default $FAKEHEALTH_DIR or /work/data/FakeHealth)"
    )
    ap.add_argument("--n", type=int, default=fh.SAMPLE_SIZE, help="sample size (the convention is 400)")
    ap.add_argument(
        "--heldout",
        type=int,
        metavar="N",
        help="lint N articles from outside the development sample (fakehealth_data.heldout_ids) instead",
    )
    ap.add_argument(
        "--round",
        type=int,
        default=1,
        choices=(1, 2, 3),
        help="with --heldout: which held-out round (default 1)",
    )
    ap.add_argument(
        "--rest",
        action="store_true",
        help="lint every article outside the development sample and held-out rounds 1-3 (fakehealth_data.rest_ids)",
    )
    ap.add_argument(
        "--all",
        action="store_true",
        help="lint every kept article (sample, rounds 1-3 and the rest): precision pooled over all verdicts",
    )
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="worker processes")
    ap.add_argument("--verdicts", type=Path, default=VERDICT_DIR, help="folder of verdict TSV files")
    ap.add_argument("--json", metavar="OUT", help="also write the results as JSON")
    ap.add_argument("--unlabelled", metavar="CODE", help="print unlabelled findings of one rule with context")
    ap.add_argument("--limit", type=int, default=1000, help="with --unlabelled: at most this many")
    ap.add_argument(
        "--width", type=int, default=200, help="with --unlabelled: context characters either side"
    )
    ap.add_argument("--info", action="store_true", help="with --unlabelled: include info-level findings")
    ap.add_argument("--tsv", action="store_true", help="with --unlabelled: print verdict rows to fill in")
    ap.add_argument(
        "--labelled", metavar="CODE", help="print labelled findings of one rule with verdict and reason"
    )
    ap.add_argument("--verdict", choices=("TP", "FP"), default="", help="with --labelled: only this verdict")
    args = ap.parse_args(argv)

    root = str(fh.root_dir(args.fakehealth))
    if args.all:
        ids = fh.all_ids(root)
    elif args.rest:
        ids = fh.rest_ids(root)
    elif args.heldout:
        ids = fh.heldout_ids(root, args.heldout, args.round)
    else:
        ids = fh.sample_ids(root, args.n)
    verdicts = load_verdicts(args.verdicts.glob("*.tsv"))
    one = args.unlabelled or args.labelled
    # one rule alone, unless it judges a page by the other rules' findings (``Rule.reads_findings``)
    reader = one is not None and getattr(default_registry().rules.get(one.upper()), "reads_findings", False)
    select = [one] if one and not reader else None
    findings = list(lint_sample(root, ids, args.jobs, select))
    if args.unlabelled:
        show_unlabelled(
            root, findings, verdicts, args.unlabelled, args.limit, args.width, args.info, args.tsv
        )
        return 0
    if args.labelled:
        show_labelled(root, findings, verdicts, args.labelled, args.verdict, args.width)
        return 0
    res = evaluate(findings, verdicts, set(ids))
    res["articles"] = len(ids)
    res["words"] = sum(len(fh.load_article(root, a).split()) for a in ids)
    res["command"] = "python benchmarks/realworld/fakehealth.py" + (
        " --all"
        if args.all
        else " --rest"
        if args.rest
        else f" --heldout {args.heldout} --round {args.round}"
        if args.heldout
        else ""
    )
    print(format_table(res))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
