"""Per-rule YAML test cases (SQLFluff style): ``tests/rules/<CODE>.yml``.

Beside the executable examples in each rule (which say only "fires" or "does
not fire"), a case file pins what a rule reports exactly::

    rule: RP101
    cases:
      doubled_word:
        text: Take the the tablets.
        format: text            # text (default), markdown or html
        options: {}             # rule options for this case only
        fires:                  # every finding of this rule, in order; [] = none
          - {line: 1, column: 6, end_line: 1, end_column: 13, text: the the, severity: error}
        fixed: Take the tablets.  # the text after --fix (safe fixes only)

Lines and columns are 1-based and count code points; ``end_column`` is the
column just after the last flagged character. ``severity`` is optional per
finding. The list is compared whole, so a missing, extra or moved finding fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from medlint.config import Config
from medlint.fixes import apply_fixes
from medlint.linter import rule_linter
from medlint.registry import default_registry

CASE_DIR = Path(__file__).resolve().parent / "rules"
CASE_FILES = sorted(CASE_DIR.glob("*.yml"))
CASE_KEYS = {"text", "format", "options", "fires", "fixed", "note"}
FIRE_KEYS = {"line", "column", "end_line", "end_column", "text"}


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and set(data) == {"rule", "cases"}, f"{path.name}: needs 'rule' and 'cases'"
    assert data["rule"] == path.stem, f"{path.name} holds cases for {data['rule']}"
    return data


def _params() -> list[Any]:
    out = []
    for path in CASE_FILES:
        data = _load(path)
        for name, case in data["cases"].items():
            out.append(pytest.param(data["rule"], case, id=f"{data['rule']}:{name}"))
    return out


def test_case_files_cover_the_rule_families() -> None:
    """Every RP, TX and DS rule has a case file; each file fires at least once and passes once."""
    codes = set(default_registry().rules)
    have = {p.stem for p in CASE_FILES}
    assert have <= codes, f"case files for unknown rules: {sorted(have - codes)}"
    wanted = {c for c in codes if c[:2] in ("RP", "TX", "DS")}
    assert wanted <= have, f"rules without a case file: {sorted(wanted - have)}"
    for path in CASE_FILES:
        cases = _load(path)["cases"].values()
        assert any(c["fires"] for c in cases), f"{path.name}: no case where the rule fires"
        assert any(not c["fires"] for c in cases), f"{path.name}: no case where the rule stays silent"


@pytest.mark.parametrize(("code", "case"), _params())
def test_rule_case(code: str, case: dict[str, Any]) -> None:
    assert set(case) <= CASE_KEYS, f"unknown case keys {sorted(set(case) - CASE_KEYS)}"
    options = case.get("options") or {}
    linter = rule_linter(code, Config(), rule_options=dict(options) if options else None)
    every = linter.lint_text(case["text"], case.get("format", "text"))
    assert [d.message for d in every if d.code == "ML901"] == []  # the rule did not crash
    diags = [d for d in every if d.code == code]
    expected = case["fires"]
    for item in expected:
        assert FIRE_KEYS <= set(item) <= FIRE_KEYS | {"severity"}, f"a finding needs {sorted(FIRE_KEYS)}"
    got = [
        {
            "line": d.start.line,
            "column": d.start.column,
            "end_line": d.end.line,
            "end_column": d.end.column,
            "text": d.text,
            **({"severity": str(d.severity)} if "severity" in want else {}),
        }
        for d, want in zip(diags, [*expected, *([{}] * len(diags))], strict=False)
    ]  # findings beyond the expected ones are listed in full, so the comparison names them
    assert got == expected
    if "fixed" in case:
        assert expected, "'fixed' belongs to a case where the rule fires"
        fixed, _ = apply_fixes(case["text"], diags)
        assert fixed == case["fixed"]
