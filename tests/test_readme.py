"""The README's rules table is what `medlint rules --format markdown` prints, so it cannot drift."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from medlint.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
BEGIN = "<!-- rules-table:begin"
END = "<!-- rules-table:end -->"


def test_readme_rules_table_matches_the_registry() -> None:
    text = README.read_text(encoding="utf-8")
    table = text.split(BEGIN, 1)[1].split("\n", 1)[1].split(END, 1)[0].strip()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["rules", "--format", "markdown"]) == 0
    assert table == out.getvalue().strip(), (
        "regenerate the README table with: medlint rules --format markdown"
    )
