"""Hand-labelled verdicts on findings, and how findings of the current code are matched to them.

A verdict file is a TSV with the header ``article_id rule start end text verdict reason``:
start/end are code-point offsets of the finding in the linted document, ``text`` is the
flagged text cut to 60 characters, ``verdict`` is TP or FP and ``reason`` one line.

Rules change while labels stay, so a finding matches a verdict with the same article, rule,
start and end; failing that, one with the same article, rule and text whose span overlaps
(the span moved a little, e.g. because the rule now trims a word). Each verdict is used once.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

HEADER = ("article_id", "rule", "start", "end", "text", "verdict", "reason")
VERDICTS = ("TP", "FP")


@dataclass(frozen=True)
class Verdict:
    """One labelled finding."""

    article_id: str
    rule: str
    start: int
    end: int
    text: str
    verdict: str
    reason: str
    source: str = ""

    @property
    def correct(self) -> bool:
        return self.verdict == "TP"


@dataclass(frozen=True)
class Found:
    """A finding of the current code, reduced to what matching needs."""

    article_id: str
    rule: str
    start: int
    end: int
    text: str


def tsv_rows(paths: Iterable[Path], header: tuple[str, ...]) -> Iterator[tuple[Path, int, list[str]]]:
    """(file, line number, cells) of every non-blank row of every label file, files in name order.

    Raises ValueError on a file whose header is not ``header`` or a row of another width: a
    hand-edited label file must fail loudly, not be half read.
    """
    for path in sorted(paths):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            first = next(reader, None)
            if first is None:
                continue
            if tuple(first) != header:
                raise ValueError(f"{path}: header must be {' '.join(header)}")
            for n, row in enumerate(reader, start=2):
                if not row or not "".join(row).strip():
                    continue
                if len(row) != len(header):
                    raise ValueError(f"{path}:{n}: expected {len(header)} columns, got {len(row)}")
                yield path, n, row


def load_verdicts(paths: Iterable[Path]) -> list[Verdict]:
    """Every row of every verdict file; raises ValueError on a malformed row."""
    out: list[Verdict] = []
    for path, n, row in tsv_rows(paths, HEADER):
        art, rule, start, end, text, verdict, reason = row
        if verdict not in VERDICTS:
            raise ValueError(f"{path}:{n}: verdict must be TP or FP, not {verdict!r}")
        out.append(Verdict(art, rule, int(start), int(end), text, verdict, reason, path.name))
    return out


def format_row(v: Verdict) -> str:
    """One TSV line (no newline); tabs and newlines in free text become spaces."""
    cells = [v.article_id, v.rule, str(v.start), str(v.end), v.text, v.verdict, v.reason]
    return "\t".join(" ".join(c.split()) for c in cells)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    if a_start == a_end or b_start == b_end:  # empty spans overlap when they touch
        return a_start <= b_end and b_start <= a_end
    return a_start < b_end and b_start < a_end


def match(found: Sequence[Found], verdicts: Sequence[Verdict]) -> list[Verdict | None]:
    """The verdict for each finding (None when unlabelled); exact offsets first, then moved spans."""
    by_key: dict[tuple[str, str, int, int], list[int]] = defaultdict(list)
    by_rule: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, v in enumerate(verdicts):
        by_key[(v.article_id, v.rule, v.start, v.end)].append(i)
        by_rule[(v.article_id, v.rule)].append(i)
    used: set[int] = set()
    out: list[Verdict | None] = [None] * len(found)
    for j, f in enumerate(found):
        for i in by_key.get((f.article_id, f.rule, f.start, f.end), []):
            if i not in used:
                used.add(i)
                out[j] = verdicts[i]
                break
    for j, f in enumerate(found):
        if out[j] is not None:
            continue
        for i in by_rule.get((f.article_id, f.rule), []):
            v = verdicts[i]
            if i not in used and v.text == f.text and _overlaps(v.start, v.end, f.start, f.end):
                used.add(i)
                out[j] = v
                break
    return out
