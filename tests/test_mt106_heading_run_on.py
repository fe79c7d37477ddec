"""MT106 reads a capitalised word run on after a lower-case word as a heading or a sentence glued to the
text before it ("stomach diseasesLimitations"), and leaves brands and code ("miraDry", "getElementById")."""

from __future__ import annotations

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[int, int, str]]:
    diags = Linter(Config(), select=["MT106"]).lint_text(text, "text")
    return [(d.start.column, d.end.column, d.text) for d in diags]


def test_a_heading_run_on_after_a_word() -> None:
    assert _found("There are many stomach diseasesLimitations of treatment.") == [
        (24, 43, "diseasesLimitations")
    ]
    assert _found("See the 2008 Physical Activity Guidelines forAmericans for more.") == [
        (43, 55, "forAmericans")
    ]


def test_brands_code_and_closed_compounds_are_left() -> None:
    assert _found("A device called miraDry and the pill ellaOne.") == []
    assert _found("Call getElementById in the script.") == []
