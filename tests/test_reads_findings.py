"""A rule that reads the other rules' findings runs after them, in one process or spread over several."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

import pytest

import medlint.parallel as parallel
from medlint.linter import Linter, rule_linter

_CLAIMS_PAGE = (
    "Doctors won't tell you this, but garlic cures cancer. Detox your body with our cleanse.\n\n"
    "Birch leaf tea stimulates urination and stops spasms.\n"
)


def test_rules_that_read_findings_run_last() -> None:
    rules = Linter().rules
    readers = [i for i, r in enumerate(rules) if r.reads_findings]
    assert readers, "CL142 reads the other rules' findings"
    assert readers == list(range(len(rules) - len(readers), len(rules)))


def test_the_gate_is_the_other_rules_findings() -> None:
    found = [d.text for d in Linter().lint_text(_CLAIMS_PAGE) if d.code == "CL142"]
    assert found == ["Birch leaf tea stimulates urination"]
    # with the rules that found the page's other claims switched off, the sentence is a nutrition guide's
    quiet = Linter(ignore=["CL101", "CL111", "CL113", "CL119"]).lint_text(_CLAIMS_PAGE)
    assert [d.code for d in quiet if d.code.startswith("CL")] == []
    # run alone (its examples and test cases are run with the default rules, ``rule_linter``)
    assert [d.code for d in Linter(select=["CL142"]).lint_text(_CLAIMS_PAGE)] == []
    assert [d.code for d in rule_linter("CL142").lint_text(_CLAIMS_PAGE) if d.code == "CL142"] == ["CL142"]


def test_spread_over_processes_it_still_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_PARALLEL_CHARS", 0)
    linter = Linter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        spread = [
            d.to_dict() for d in parallel.lint_text_parallel(linter, _CLAIMS_PAGE, "text", "a.txt", pool, 2)
        ]
    alone = [d.to_dict() for d in linter.lint_text(_CLAIMS_PAGE, "text", "a.txt")]
    assert spread == alone
    assert any(d["code"] == "CL142" for d in spread)
