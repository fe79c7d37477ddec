"""The Monant verdict files are well-formed and each labels one half only.

No Monant data is needed: the files are read as shipped, and the half is a pure function of the
claim id (``monant_data.Claim.half``). ``first_look.tsv`` is the development half's: a verdict there
on a test-half page would mean the test half was read while fixes were still being made.
``test_first_look.tsv`` is the test half's, labelled once by someone who changed no rule: a
development-half row there would mix the measured half with the half the rules were built from.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from benchmarks.realworld.common import short
from benchmarks.realworld.monant_data import Claim
from benchmarks.realworld.verdicts import load_verdicts
from medlint.registry import default_registry

FOLDER = Path(__file__).resolve().parent.parent / "benchmarks" / "realworld" / "verdicts_monant"


#: Each verdict file on page findings and the half it may label (a file not listed here fails the test).
HALF_OF_FILE = {"first_look.tsv": "dev", "test_first_look.tsv": "test"}
#: Verdicts on claim statements linted alone (``benchmarks/monant_claims.py``), test half only.
STATEMENTS_TEST = "statements_test.tsv"
STATEMENT_HEADER = ["claim_id", "rule", "rating", "text", "verdict", "reason"]


def test_monant_verdict_files_are_the_known_ones() -> None:
    """A new file must say which half it labels, here, before its rows are accepted."""
    assert sorted(p.name for p in FOLDER.glob("*.tsv")) == sorted([*HALF_OF_FILE, STATEMENTS_TEST])


def test_monant_statement_verdicts_are_well_formed_and_on_the_test_half() -> None:
    lines = (FOLDER / STATEMENTS_TEST).read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == STATEMENT_HEADER
    assert len(lines) > 1, "no statement verdicts"
    codes = {c for c in default_registry().rules if c.startswith("CL")}
    keys = []
    for line in lines[1:]:
        claim_id, rule, rating, text, verdict, reason = line.split("\t")
        assert claim_id.isdigit() and Claim(claim_id, "", "", "").half == "test", claim_id
        assert rule in codes, f"not a claim rule: {rule}"
        assert rating and text and len(text) <= 60, (claim_id, text)
        assert verdict in ("TP", "FP"), verdict
        assert reason.strip() and reason == " ".join(reason.split())
        keys.append((claim_id, rule))
    assert len(keys) == len(set(keys)), "a statement's rule is labelled twice"


def test_monant_verdicts_are_well_formed_and_each_file_on_its_half() -> None:
    codes = set(default_registry().rules)
    rows = []
    for name, half in HALF_OF_FILE.items():
        file_rows = load_verdicts([FOLDER / name])  # raises on a malformed row
        assert file_rows, f"no rows in {name}"
        for v in file_rows:
            assert v.article_id.isdigit(), v.article_id  # the sample's claim id
            assert Claim(v.article_id, "", "", "").half == half, (name, v.article_id)
            assert zlib.crc32(v.article_id.encode()) % 2 == (0 if half == "dev" else 1)
        rows.extend(file_rows)
    for v in rows:
        assert v.rule in codes, f"unknown rule {v.rule}"
        assert 0 <= v.start < v.end, (v.article_id, v.rule, v.start, v.end)
        assert v.text and short(v.text) == v.text, "text must be cut as common.short cuts it"
        assert v.reason.strip() and v.reason == " ".join(v.reason.split())
    keys = [(v.article_id, v.rule, v.start, v.end) for v in rows]
    assert len(keys) == len(set(keys)), "a finding is labelled twice"
