"""Recall and false alarms on hand-labelled page sets kept outside the repository.

    python benchmarks/page_sets.py mt DIR [--min-severity info] [--misses]
    python benchmarks/page_sets.py claims DIR [--misses] [--outside]
    python benchmarks/page_sets.py careful DIR [--hits]
    python benchmarks/page_sets.py claims DIR --tree ../other-checkout   # the same set on another tree
    python benchmarks/page_sets.py claims DIR1 DIR2 ...   # each set, then their sum by category

Since the twenty-ninth session, helpers have collected real pages from the search tool's page
corpus (machine-translated and spun health pages, quack claim pages, careful pages that quote or
refute claims) and labelled them by hand. The texts are third-party and cannot be re-fetched by a
script, so they are never committed; this script is what reads them, so that a figure in
``benchmarks/CLAIMS.md`` can be re-run by anyone who holds such a directory, and a start tree
and an end tree are measured the same way (``--tree``: the checkout whose ``medlint`` is run,
through ``PYTHONPATH``).

A set is a directory of page texts (``NN.txt``, plain text, linted as a document fragment with
``medlint check --isolated``) and a ``labels.tsv`` with no header, one row per label:

- ``mt``: file, category (``calque``, ``word-sense``, ``spun-term``, ...), the flagged text (an
  exact substring of the page), the correction. A label is *found* when an MT, TX or RP finding at
  ``--min-severity`` or above overlaps the first occurrence of its text (RP since the forty-fourth
  session: a repeated word, "fried fried spicy things", is a defect the labellers mark on these pages,
  and RP101 is what names it; before, only MT and TX counted).
- ``claims``: file, category (``cure``, ``conspiracy``, ...), the claim sentence. *Found* when a
  CL finding at warning or above overlaps it; ``--outside`` lists the CL findings that overlap no
  labelled sentence (claims the labeller left, or false alarms: read them).
- ``careful``: file, category (``quoted``, ``negated``, ``debunked``, ..., or ``REAL-CLAIM``), the
  sentence. Reported: CL warnings on the pages, trap sentences (every category but REAL-CLAIM)
  that a CL warning overlaps, and REAL-CLAIM sentences that one does.

Labels whose text is not in their page are counted apart and not scored. Given several directories,
each is reported, then their sum: by category for claims and MT sets, and for careful sets the CL
warnings by rule, on a trap (with the trap's category) or elsewhere. The sum prints counts only, so
held-out sets can be summed without reading a page or a label. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RANK = {"info": 0, "warning": 1, "error": 2}
#: The families whose findings count for each kind of set.
_FAMILIES = {"mt": ("MT", "TX", "RP"), "claims": ("CL",), "careful": ("CL",)}
#: The careful set's label for a sentence the page itself asserts (not a trap).
REAL_CLAIM = "REAL-CLAIM"


@dataclass(frozen=True)
class Label:
    file: str
    category: str
    text: str


@dataclass(frozen=True)
class Finding:
    file: str
    code: str
    severity: str
    start: int
    end: int


def read_labels(directory: Path) -> list[Label]:
    """The rows of ``labels.tsv`` (file, category, text, and for MT sets a correction, ignored here)."""
    rows = []
    for line in (directory / "labels.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0] and not line.startswith("#"):
            rows.append(Label(parts[0], parts[1], parts[2]))
    return rows


def lint(
    directory: Path, files: Sequence[str], tree: Path, extend: str = "", config: Path | None = None
) -> list[Finding]:
    """Every finding of ``medlint check`` (run from ``tree``) on the set's pages, in one process;
    ``extend``: rules to run besides the defaults (opt-in rules, to see what they would add); ``config``: a
    configuration file to read instead of none (rule options, such as CL148's own scorer table)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(tree)
    if tree.resolve() != ROOT:
        env.setdefault("MEDLINT_CACHE_DIR", str(Path("/tmp") / f"medlint-cache-{tree.resolve().name}"))
    cmd = [
        sys.executable,
        "-m",
        "medlint",
        "check",
        *(["--config", str(config)] if config else ["--isolated"]),
    ]
    cmd += ["-q", "--document", "fragment"]
    cmd += ["--exit-zero", "--format", "json", *(["--extend-select", extend] if extend else [])]
    cmd += [str(directory / f) for f in files]
    out = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, check=True).stdout
    return [
        Finding(Path(d["path"]).name, d["code"], d["severity"], d["start"]["offset"], d["end"]["offset"])
        for d in json.loads(out)["diagnostics"]
    ]


def _spans(directory: Path, labels: Sequence[Label]) -> tuple[dict[Label, tuple[int, int]], int]:
    """Each label's span in its page (first occurrence), and how many labels were not found there."""
    texts: dict[str, str] = {}
    spans: dict[Label, tuple[int, int]] = {}
    missing = 0
    for label in labels:
        if label.file not in texts:
            path = directory / label.file
            texts[label.file] = path.read_text(encoding="utf-8") if path.exists() else ""
        at = texts[label.file].find(label.text)
        if at < 0:
            missing += 1
        else:
            spans[label] = (at, at + len(label.text))
    return spans, missing


def _overlaps(f: Finding, span: tuple[int, int]) -> bool:
    return f.start < span[1] and f.end > span[0]


def evaluate(
    kind: str, directory: Path, tree: Path, min_severity: str, extend: str = "", config: Path | None = None
) -> dict[str, object]:
    """The set's figures: found labels by category, and the findings outside the labels."""
    labels = read_labels(directory)
    spans, missing = _spans(directory, labels)
    files = sorted({lab.file for lab in labels} | {p.name for p in directory.glob("*.txt")})
    families = _FAMILIES[kind]
    least = _RANK["warning" if kind != "mt" else min_severity]
    findings = [
        f
        for f in lint(directory, files, tree, extend, config)
        if f.code[:2] in families and _RANK[f.severity] >= least
    ]
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_file[f.file].append(f)
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: list[Label] = []
    for label, span in spans.items():
        total[label.category] += 1
        if any(_overlaps(f, span) for f in by_file[label.file]):
            found[label.category] += 1
        else:
            misses.append(label)
    labelled = defaultdict(list)
    for label, span in spans.items():
        labelled[label.file].append(span)
    outside = [f for f in findings if not any(_overlaps(f, s) for s in labelled[f.file])]
    return {
        "found": found,
        "total": total,
        "missing": missing,
        "findings": findings,
        "outside": outside,
        "misses": misses,
        "pages": len(files),
    }


def _in_context(directory: Path, f: Finding) -> str:
    """The finding with some of its page around it, for reading."""
    text = (directory / f.file).read_text(encoding="utf-8")
    return f"{f.file} {f.code} {text[max(0, f.start - 60) : f.end + 40]!r}"


def report(kind: str, directory: Path, result: dict[str, object], args: argparse.Namespace) -> None:
    found: Counter[str] = result["found"]  # type: ignore[assignment]
    total: Counter[str] = result["total"]  # type: ignore[assignment]
    findings: list[Finding] = result["findings"]  # type: ignore[assignment]
    outside: list[Finding] = result["outside"]  # type: ignore[assignment]
    misses: list[Label] = result["misses"]  # type: ignore[assignment]
    print(f"{directory} ({result['pages']} pages, tree {args.tree})")
    if result["missing"]:
        print(f"  labels whose text is not in their page (not scored): {result['missing']}")
    if kind == "careful":
        traps = sum(v for c, v in total.items() if c != REAL_CLAIM)
        trap_hits = sum(v for c, v in found.items() if c != REAL_CLAIM)
        print(f"  CL warnings on the pages: {len(findings)}")
        print(f"  trap sentences with a CL warning: {trap_hits}/{traps}")
        print(f"  real claims with a CL warning: {found[REAL_CLAIM]}/{total[REAL_CLAIM]}")
        if args.hits:
            for f in findings:
                print(f"    {_in_context(directory, f)}")
        return
    what = "/".join(_FAMILIES[kind])
    sev = args.min_severity if kind == "mt" else "warning"
    n, k = sum(total.values()), sum(found.values())
    article = "an" if what.startswith("MT") else "a"
    print(f"  labels overlapped by {article} {what} finding at {sev}+: {k}/{n} = {k / max(1, n):.1%}")
    for category in sorted(total):
        print(f"    {category:20s} {found[category]:4d}/{total[category]:4d}")
    print(f"  {what} findings on the pages: {len(findings)}, outside the labels: {len(outside)}")
    if args.outside:
        for f in outside:
            print(f"    OUT {_in_context(directory, f)}")
    if args.misses:
        for label in misses:
            print(f"    MISS {label.file} {label.category} {label.text[:150]!r}")


def report_sum(kind: str, directories: Sequence[Path], results: Sequence[dict[str, object]]) -> None:
    """The sets summed: counts only, by category (claims, MT) or by rule and trap category (careful)."""
    print(f"sum of {len(directories)} sets")
    if kind == "careful":
        on_trap: Counter[tuple[str, str]] = Counter()
        elsewhere: Counter[str] = Counter()
        for directory, result in zip(directories, results, strict=True):
            spans, _ = _spans(directory, read_labels(directory))
            for f in result["findings"]:  # type: ignore[attr-defined]
                traps = [
                    lab.category for lab, span in spans.items() if lab.file == f.file and _overlaps(f, span)
                ]
                traps = [c for c in traps if c != REAL_CLAIM]
                if traps:
                    on_trap[(f.code, traps[0])] += 1
                else:
                    elsewhere[f.code] += 1
        for code in sorted({c for c, _ in on_trap} | set(elsewhere)):
            kinds = ", ".join(f"{cat} {n}" for (c, cat), n in sorted(on_trap.items()) if c == code)
            n_trap = sum(n for (c, _), n in on_trap.items() if c == code)
            print(
                f"  {code}: on a trap {n_trap}{f' ({kinds})' if kinds else ''}, elsewhere {elsewhere[code]}"
            )
        return
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for result in results:
        found.update(result["found"])  # type: ignore[arg-type]
        total.update(result["total"])  # type: ignore[arg-type]
    n, k = sum(total.values()), sum(found.values())
    print(f"  labels found: {k}/{n} = {k / max(1, n):.1%}")
    for category in sorted(total, key=lambda c: -total[c]):
        print(f"    {category:20s} {found[category]:4d}/{total[category]:4d}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kind", choices=sorted(_FAMILIES))
    parser.add_argument("directory", type=Path, nargs="+")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose medlint is run")
    parser.add_argument("--min-severity", default="info", choices=sorted(_RANK), help="MT sets only")
    parser.add_argument("--misses", action="store_true", help="list the labels no finding overlaps")
    parser.add_argument("--outside", action="store_true", help="list the findings outside the labels")
    parser.add_argument("--hits", action="store_true", help="careful sets: list the CL warnings")
    parser.add_argument("--extend-select", default="", metavar="CODES", help="opt-in rules to run as well")
    parser.add_argument(
        "--config", type=Path, default=None, help="a configuration file to read (default: none)"
    )
    args = parser.parse_args(argv)
    missing = [d for d in args.directory if not (d / "labels.tsv").exists()]
    if missing:
        print(f"{missing[0]}: no labels.tsv", file=sys.stderr)
        return 2
    results = []
    for directory in args.directory:
        result = evaluate(args.kind, directory, args.tree, args.min_severity, args.extend_select, args.config)
        report(args.kind, directory, result, args)
        results.append(result)
    if len(results) > 1:
        report_sum(args.kind, args.directory, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
