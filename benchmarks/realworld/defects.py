"""Defects marked by hand in linted documents, and how findings are scored against them (recall).

A precision figure says how often a finding is right; it cannot say what the rules miss. For
that an editor marks, independently of the linter and before looking at its output, every span
they would change, and a defect counts as found when a finding's span overlaps it.

A defect file is a TSV with the header ``item_id start end text kind reason``: start/end are
code-point offsets into the linted document, ``text`` the marked text cut as ``common.short``,
``kind`` one of ``KINDS`` and ``reason`` one line. Kept apart from the scripts so the tests can
check the files' form without the data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.realworld.verdicts import tsv_rows

HEADER = ("item_id", "start", "end", "text", "kind", "reason")
#: ``mt-visible``: a machine-translation error visible from the English alone (calque, wrong
#: word sense, German word order, literal idiom, untranslated German, ...); ``mt-source``: a
#: meaning error only visible beside the source; ``claim``: an unsupported or overstated
#: health claim the text itself makes.
KINDS = ("mt-visible", "mt-source", "grammar", "spelling", "punctuation", "claim", "other")


@dataclass(frozen=True)
class Defect:
    """One marked span."""

    item_id: str
    start: int
    end: int
    text: str
    kind: str
    reason: str


@dataclass(frozen=True)
class Hit:
    """What recall needs of a finding: where it is, which rule, and whether it is warning+."""

    item_id: str
    code: str
    start: int
    end: int
    warning: bool


def load_defects(paths: Iterable[Path]) -> list[Defect]:
    """Every row of every defect file; raises ValueError on a malformed row."""
    out: list[Defect] = []
    for path, n, row in tsv_rows(paths, HEADER):
        item, start, end, text, kind, reason = row
        if kind not in KINDS:
            raise ValueError(f"{path}:{n}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
        if not int(start) < int(end):
            raise ValueError(f"{path}:{n}: start must be before end")
        out.append(Defect(item, int(start), int(end), text, kind, reason))
    return out


def covered(defect: Defect, hits: Sequence[Hit]) -> bool:
    """True when some finding on the same item shares at least one character with the defect.

    An empty finding span (a missing word or mark) counts when it lies inside the defect.
    """
    for h in hits:
        if h.item_id != defect.item_id:
            continue
        if h.start == h.end:
            if defect.start <= h.start <= defect.end:
                return True
        elif h.start < defect.end and defect.start < h.end:
            return True
    return False


#: Columns of ``recall``: which findings may cover a defect.
COLUMNS = ("any", "content", "mt", "warning")
CONTENT = ("MT", "CL", "RP", "TX")


def recall(defects: Sequence[Defect], hits: Sequence[Hit]) -> dict[str, dict[str, int]]:
    """Per kind (and "all"): n, and how many defects some finding overlaps.

    Columns: any finding; a finding of the content families (MT, CL, RP, TX: readability and
    disclosure findings span whole sentences or documents, so they overlap by accident); an MT
    finding; any finding at warning or error.
    """
    by_item: dict[str, list[Hit]] = {}
    for h in hits:
        by_item.setdefault(h.item_id, []).append(h)
    out: dict[str, dict[str, int]] = {k: dict.fromkeys(("n", *COLUMNS), 0) for k in (*KINDS, "all")}
    for d in defects:
        mine = by_item.get(d.item_id, [])
        row = {
            "n": 1,
            "any": covered(d, mine),
            "content": covered(d, [h for h in mine if h.code[:2] in CONTENT]),
            "mt": covered(d, [h for h in mine if h.code[:2] == "MT"]),
            "warning": covered(d, [h for h in mine if h.warning]),
        }
        for key in (d.kind, "all"):
            for col, val in row.items():
                out[key][col] += int(val)
    return out


def recall_lines(title: str, rc: dict[str, dict[str, int]], skip_empty: bool = False) -> list[str]:
    """``recall``'s table as text: a title, a header, then per kind and "all" the count and each column's
    hits with their share. ``skip_empty`` leaves out kinds with no defect (a small marked sample has
    few kinds); "all" is always shown. One place for the layout the benchmarks that mark defects share."""
    lines = [
        title,
        f"{'kind':<12} {'n':>4} {'any rule':>12} {'content':>12} {'MT family':>12} {'warning+':>12}",
    ]
    for kind in (*KINDS, "all"):
        row = rc[kind]
        n = row["n"]
        if skip_empty and not n and kind != "all":
            continue
        cells = [f"{row[c]:>4} {row[c] / n:>6.0%}" if n else f"{row[c]:>4} {'-':>6}" for c in COLUMNS]
        lines.append(f"{kind:<12} {n:>4} " + " ".join(f"{c:>12}" for c in cells))
    return lines
