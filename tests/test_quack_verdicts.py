"""``benchmarks/realworld/quack1[456]_dev_verdicts.tsv`` and ``careful1[89]_dev_verdicts.tsv`` are well-formed
and label development halves only.

Each file holds the verdicts on the dangerous-claim findings that one session's changes (quack14:
CLAIMS.md section 19; quack15: section 21; quack16: section 24) created on the development halves
of ReCOVery, the Monant claim statements and the Reddit posts (careful18, CLAIMS.md section 31: every
unlabelled warning of every rule on the five development sets, the Monant fact-check pages and HealthFC's
development half too): ids, offsets, rule, severity,
verdict and reason, never the texts. No data set is needed: each set's
half is a pure function of the id (CRC-32, even = development), so a row on a test-half id fails here.
"""

from __future__ import annotations

import csv
import zlib
from pathlib import Path

import pytest

from benchmarks.realworld.healthfc_data import half as healthfc_half
from benchmarks.realworld.monant_data import Claim
from benchmarks.realworld.recovery_data import half as recovery_half
from medlint.registry import default_registry
from scripts.data_splits import medquad_is_heldout

REALWORLD = Path(__file__).resolve().parent.parent / "benchmarks" / "realworld"
FILES = (
    "quack14_dev_verdicts.tsv",
    "quack15_dev_verdicts.tsv",
    "quack16_dev_verdicts.tsv",
    "careful18_dev_verdicts.tsv",
    "careful19_dev_verdicts.tsv",
    "careful21_dev_verdicts.tsv",
    "careful23_dev_verdicts.tsv",
    "quack17_dev_verdicts.tsv",
    "claims22_dev_verdicts.tsv",
    "claims23_dev_verdicts.tsv",
)
#: files that label findings of every rule, not only the claims family
EVERY_RULE = ("careful18_dev_verdicts.tsv", "careful19_dev_verdicts.tsv")
HEADER = ("set", "id", "rule", "start", "end", "severity", "verdict", "reason")


def _half(set_name: str, item: str) -> str:
    if set_name == "recovery-dev":
        return recovery_half(item)
    if set_name in ("monant-statements-dev", "monant-dev"):
        return Claim(item, "", "", "").half
    if set_name == "healthfc-dev":
        return healthfc_half(item)
    if set_name == "medquad-dev":  # claims22: a MedQuAD answer, "<document id>#<answer index>"
        return "test" if medquad_is_heldout(item.split("#")[0]) else "dev"
    assert set_name == "reddit-dev", set_name
    return "dev" if zlib.crc32(item.encode("utf-8")) % 2 == 0 else "test"


@pytest.mark.parametrize("name", FILES)
def test_quack_verdicts_are_well_formed_and_on_development_halves(name: str) -> None:
    with (REALWORLD / name).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert tuple(rows[0]) == HEADER
    codes = set(default_registry().rules)
    keys = set()
    for row in rows[1:]:
        assert len(row) == len(HEADER), row
        set_name, item, rule, start, end, severity, verdict, reason = row
        assert _half(set_name, item) == "dev", row
        assert rule in codes and (name in EVERY_RULE or rule.startswith("CL")), row
        assert 0 <= int(start) < int(end), row
        assert severity in ("info", "warning", "error"), row
        assert verdict in ("TP", "FP"), row
        assert reason.strip() and reason == " ".join(reason.split()), row
        keys.add((set_name, item, rule, start, end))
    assert len(keys) == len(rows) - 1, "a finding is labelled twice"
