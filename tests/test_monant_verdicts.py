"""The Monant first-look verdict file is well-formed and labels the development half only.

No Monant data is needed: the file is read as shipped, and the half is a pure function of the
claim id (``monant_data.Claim.half``). A verdict on a test-half page would mean the test half
was read while fixes were still being made.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from benchmarks.realworld.common import short
from benchmarks.realworld.monant_data import Claim
from benchmarks.realworld.verdicts import load_verdicts
from medlint.registry import default_registry

FOLDER = Path(__file__).resolve().parent.parent / "benchmarks" / "realworld" / "verdicts_monant"


def test_monant_verdicts_are_well_formed_and_on_the_development_half() -> None:
    rows = load_verdicts(sorted(FOLDER.glob("*.tsv")))  # raises on a malformed row
    assert rows, "no Monant verdict file"
    codes = set(default_registry().rules)
    for v in rows:
        assert v.rule in codes, f"unknown rule {v.rule}"
        assert v.article_id.isdigit(), v.article_id  # the sample's claim id
        assert Claim(v.article_id, "", "", "").half == "dev", v.article_id
        assert zlib.crc32(v.article_id.encode()) % 2 == 0
        assert 0 <= v.start < v.end, (v.article_id, v.rule, v.start, v.end)
        assert v.text and short(v.text) == v.text, "text must be cut as common.short cuts it"
        assert v.reason.strip() and v.reason == " ".join(v.reason.split())
    keys = [(v.article_id, v.rule, v.start, v.end) for v in rows]
    assert len(keys) == len(set(keys)), "a finding is labelled twice"
