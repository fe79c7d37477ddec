"""CL findings on the Monant sample: fact-checked claims stated alone, and the fact-check pages.

Data (research-only licence, never committed): the Monant Medical Misinformation Dataset sample
(Srba et al., SIGIR 2022, Kempelen Institute of Intelligent Technologies), read by
``benchmarks/realworld/monant_data.py``::

    git clone https://github.com/kinit-sk/medical-misinformation-dataset
    MONANT_DIR=medical-misinformation-dataset python benchmarks/monant_claims.py --half dev
    python benchmarks/monant_claims.py --half dev --misses     # dev false statements no CL rule flags
    python benchmarks/monant_claims.py --half dev --hits       # statements a CL rule flags

Two measurements, one half at a time (the split is ``monant_data``'s: CRC-32 of the claim id;
rules are built from the development half only, the test half is measured once at the end):

- **Statements.** Each claim as the checker states it ("Drinking boiled garlic water will cure
  COVID-19.") is linted alone as plain text with the default rules. By rating group (false and
  mostly-false / true and mostly-true / every other rating), the number of statements with a CL
  finding at warning or error, and at any severity, in all and per rule. A flagged false statement
  is a hit; a flagged true statement is not necessarily wrong (a true claim can still be worded as
  a cure), but the two rates side by side show whether a rule tells them apart. Many statements
  are not health-outcome claims at all (numbers, events, quotations), so the share flagged is a
  floor on recall, not recall.
- **Fact-check pages.** Each fact-check article of the half is linted with the default rules and
  every CL finding (every severity) is listed with the words around it. Those pages quote, report
  and refute claims: a CL warning there is a false alarm unless the page makes the claim in its
  own voice.

Texts are printed to stdout only for reading; nothing here writes them to a file.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a file: lint with this checkout's medlint
    sys.path.insert(0, str(ROOT))

from benchmarks.realworld import monant_data  # noqa: E402
from medlint.config import Config  # noqa: E402
from medlint.diagnostic import Severity  # noqa: E402
from medlint.linter import Linter  # noqa: E402

#: The three rating groups the statements are reported by, in print order.
GROUPS = ("false", "true", "other")


@dataclass(frozen=True)
class Finding:
    """One CL diagnostic on one text of the sample (offsets are code points into that text)."""

    claim_id: str
    code: str
    start: int
    end: int
    severity: Severity


def group(rating: str) -> str:
    """The rating group: "false" (false, mostly-false), "true" (true, mostly-true) or "other"."""
    if rating in monant_data.FALSE_RATINGS:
        return "false"
    if rating in monant_data.TRUE_RATINGS:
        return "true"
    return "other"


def cl_findings(linter: Linter, claim_id: str, text: str, fmt: str) -> list[Finding]:
    """The CL diagnostics of the default rules on one text."""
    return [
        Finding(claim_id, d.code, d.start.offset, d.end.offset, d.severity)
        for d in linter.lint_text(text, fmt)
        if d.code.startswith("CL")
    ]


def flagged(findings: Iterable[Finding], floor: Severity) -> set[str]:
    """Ids of the texts with a CL finding at ``floor`` or above."""
    return {f.claim_id for f in findings if f.severity >= floor}


def report_statements(claims: Sequence[monant_data.Claim], findings: Sequence[Finding]) -> None:
    """Statements flagged by rating group, at warning+ and at info+, in all and per rule."""
    by_group: dict[str, set[str]] = {g: set() for g in GROUPS}
    for c in claims:
        by_group[group(c.rating)].add(c.claim_id)
    print(f"statements linted: {len(claims)}  (" + ", ".join(f"{g} {len(by_group[g])}" for g in GROUPS) + ")")
    warn, info = flagged(findings, Severity.WARNING), flagged(findings, Severity.INFO)
    print("\nstatements with a CL finding        warning+          info+")
    for g in GROUPS:
        ids = by_group[g]
        n = len(ids) or 1
        w, i = len(ids & warn), len(ids & info)
        print(f"  {g:<6} ({len(ids):3d})                 {w:4d} ({w / n:6.1%})  {i:4d} ({i / n:6.1%})")
    codes = sorted({f.code for f in findings})
    print("\nper rule: statements at warning+ / info+, by group (" + " / ".join(GROUPS) + ")")
    for code in codes:
        mine = [f for f in findings if f.code == code]
        w_ids, i_ids = flagged(mine, Severity.WARNING), flagged(mine, Severity.INFO)
        cells = "   ".join(f"{len(by_group[g] & w_ids):3d}/{len(by_group[g] & i_ids):3d}" for g in GROUPS)
        print(f"  {code}  {cells}")


def show_statements(
    claims: Sequence[monant_data.Claim], findings: Sequence[Finding], *, hits: bool, only_false: bool
) -> None:
    """Statements with (``hits``) or without a CL warning, with their rating and rules (stdout only)."""
    warn = flagged(findings, Severity.WARNING)
    codes: dict[str, list[str]] = {}
    for f in findings:
        codes.setdefault(f.claim_id, []).append(f"{f.code}:{f.severity.name.lower()}:{f.start}-{f.end}")
    for c in claims:
        if only_false and group(c.rating) != "false":
            continue
        if (c.claim_id in warn) == hits:
            extra = ",".join(codes.get(c.claim_id, [])) or "-"
            print(f"{c.claim_id}\t{c.rating}\t{extra}\t{' '.join(c.statement.split())}")


def show_pages(pages: Sequence[monant_data.Claim], findings: Sequence[Finding], context: int) -> None:
    """Every CL finding on the fact-check pages, with the words around it (stdout only)."""
    text = {p.claim_id: p.description for p in pages}
    words = sum(len(p.description.split()) for p in pages)
    per: Counter[tuple[str, str]] = Counter()
    for f in findings:
        per[(f.code, "warning+" if f.severity >= Severity.WARNING else "info")] += 1
    n_warn = sum(1 for f in findings if f.severity >= Severity.WARNING)
    print(
        f"\nfact-check pages: {len(pages)} ({words:,} words); CL findings: {len(findings)}, at warning+: {n_warn}"
    )
    for (code, sev), n in sorted(per.items()):
        print(f"  {code}  {sev:<8} {n}")
    for f in sorted(findings, key=lambda f: (f.claim_id, f.start, f.code)):
        t = text[f.claim_id]
        around = (
            t[max(0, f.start - context) : f.start]
            + "[["
            + t[f.start : f.end]
            + "]]"
            + t[f.end : f.end + context]
        )
        print(
            f"{f.claim_id}\t{f.code}\t{f.severity.name.lower()}\t{f.start}-{f.end}\t{' '.join(around.split())}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev", "test"), required=True, help="which half of the sample")
    parser.add_argument(
        "--monant", default=None, help="checkout of the dataset (default: $MONANT_DIR, mirrors)"
    )
    parser.add_argument("--misses", action="store_true", help="list false statements with no CL warning")
    parser.add_argument("--hits", action="store_true", help="list statements with a CL warning")
    parser.add_argument("--no-pages", action="store_true", help="skip the fact-check pages")
    parser.add_argument(
        "--context", type=int, default=160, help="characters shown each side of a page finding"
    )
    args = parser.parse_args(argv)

    linter = Linter(Config())
    claims = monant_data.statements(args.half, args.monant)
    findings = [f for c in claims for f in cl_findings(linter, c.claim_id, c.statement, "text")]
    report_statements(claims, findings)
    if args.misses:
        print("\nfalse statements with no CL warning:")
        show_statements(claims, findings, hits=False, only_false=True)
    if args.hits:
        print("\nstatements with a CL warning:")
        show_statements(claims, findings, hits=True, only_false=False)
    if not args.no_pages:
        pages = monant_data.fact_checks(args.half, args.monant)
        page_findings = [
            f for p in pages for f in cl_findings(linter, p.claim_id, p.description, p.page_format)
        ]
        show_pages(pages, page_findings, args.context)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
