"""A claim asked as a question and answered no at once is denied (``medlint.evidence.context``):
"Is Big Pharma hiding a cure? No." is a careful page's myth-busting form, not the framing it asks
about. An answer of yes states the claim; no answer leaves the rule's own setting for questions."""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter

RULES = ["CL111", "CL113", "CL125"]


def _found(text: str) -> list[tuple[str, str, int, int]]:
    diags = Linter(Config(), select=RULES).lint_text(text, "text")
    return [(d.code, str(d.severity), d.start.column, d.end.column) for d in diags]


@pytest.mark.parametrize(
    "text",
    [
        "Did the CDC hide vaccine injury data? No. The data are public.",
        "Is Big Pharma hiding a cure for cancer? The answer is no.",
        "Do vaccines cause autism? No, they do not.",
        "Is Big Pharma hiding a cure for cancer? Not at all.",
    ],
)
def test_a_question_answered_no_is_silent(text: str) -> None:
    assert _found(text) == []


def test_an_unanswered_question_keeps_the_rules_setting() -> None:
    assert _found("Is Big Pharma hiding a cure for cancer?") == [("CL111", "error", 4, 21)]


def test_no_opening_a_statement_is_no_answer() -> None:
    text = "Is Big Pharma hiding a cure for cancer? No one knows, but they profit from illness."
    assert [f[0] for f in _found(text)] == ["CL111"]
