"""A claim inside the that-clause of a reported idea ("The suggestion that ... is a conspiracy
theory") is the idea's content: not asserted, and debunked when the sentence's main verb calls it
false, however far the verb stands after the claim (``medlint.evidence.context``)."""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter

RULES = ["CL101", "CL111"]


def _warnings(text: str) -> list[tuple[str, int, int, str]]:
    diags = Linter(Config(), select=RULES).lint_text(text, "text")
    return [
        (d.code, d.start.column, d.end.column, d.text)
        for d in diags
        if str(d.severity) in ("warning", "error")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The suggestion that drug companies hide a cure for diabetes because it can't be patented is a "
        "conspiracy theory with no basis.",
        "The widespread idea that doctors hide a cure for cancer to keep patients coming back is baseless.",
        "This claim that Big Pharma hides the cure for diabetes so that it can sell insulin for decades has no basis.",
    ],
)
def test_reported_idea_judged_false_is_silent(text: str) -> None:
    assert _warnings(text) == []


def test_the_same_claim_in_the_writers_own_voice_fires() -> None:
    text = "Drug companies hide a cure for diabetes because it can't be patented."
    assert _warnings(text) == [
        ("CL111", 1, 20, "Drug companies hide"),
        ("CL101", 21, 31, "a cure for"),
        ("CL111", 41, 69, "because it can't be patented"),
    ]


def test_a_clause_after_a_semicolon_is_the_writers_own() -> None:
    text = "The idea that diet matters is old; drug companies hide a cure for diabetes because it can't be patented."
    assert [w[0] for w in _warnings(text)] == ["CL111", "CL101", "CL111"]
