"""The ReCOVery first-look verdict file is well-formed and the development/test split is stable.

Neither test needs the ReCOVery data: the verdict file is read as shipped, and the split is a
pure function of the id. A split that moved would silently mix the halves the fixes may read
with the halves they must not.
"""

from __future__ import annotations

import csv
import zlib
from pathlib import Path

from benchmarks.realworld.common import short
from benchmarks.realworld.recovery_data import half
from benchmarks.realworld.verdicts import HEADER, VERDICTS, load_verdicts
from medlint.registry import default_registry

FOLDER = Path(__file__).resolve().parent.parent / "benchmarks" / "realworld" / "verdicts_recovery"


def test_recovery_verdicts_are_well_formed() -> None:
    paths = sorted(FOLDER.glob("*.tsv"))
    assert paths, "no ReCOVery verdict file"
    for path in paths:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        assert tuple(rows[0]) == HEADER
        for row in rows[1:]:
            assert len(row) == len(HEADER), row
            assert row[5] in VERDICTS, row
    rows_ = load_verdicts(paths)
    assert rows_
    codes = set(default_registry().rules)
    for v in rows_:
        assert v.rule in codes, f"unknown rule {v.rule}"
        assert v.article_id.isdigit(), v.article_id  # ReCOVery's news_id
        assert 0 <= v.start < v.end, (v.article_id, v.rule, v.start, v.end)
        assert v.text and short(v.text) == v.text, "text must be cut as common.short cuts it"
        assert v.reason.strip() and v.reason == " ".join(v.reason.split())
    keys = [(v.article_id, v.rule, v.start, v.end) for v in rows_]
    assert len(keys) == len(set(keys)), "a finding is labelled twice"


def test_recovery_split_is_stable() -> None:
    fixed = {"83": "dev", "75": "dev", "1486": "dev", "1249": "test", "1105": "test", "1112": "test"}
    assert {i: half(i) for i in fixed} == fixed
    # the rule behind it, spelled out: CRC-32 of the UTF-8 id, even = development
    for i in fixed:
        assert half(i) == ("dev" if zlib.crc32(i.encode("utf-8")) % 2 == 0 else "test")
    # both halves of the shipped verdicts are populated
    halves = {half(v.article_id) for v in load_verdicts(FOLDER.glob("*.tsv"))}
    assert halves == {"dev", "test"}
