"""careful22: a family history that only says whom a treatment claim is about is no genetics sentence.

``non_claim_reason`` reads a sentence about a condition's inheritance ("it runs in families", "a family
history of glaucoma raises the risk") as background, not a claim. A sentence whose family history only
qualifies its people ("people with a family history of arthritis") and that states what a treatment,
food or habit does to an outcome ("cod liver oil protects the joints of ...") is that treatment claim,
and CL106 asks for the research invoked for it. Every text is hand-written; columns are 1-based, end
exclusive.
"""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.evidence.claim_structure import non_claim_reason
from medlint.linter import Linter


def _found(text: str) -> list[tuple[str, str, int, int, int]]:
    diags = Linter(Config(), select=["CL106"]).lint_text(text, "text")
    return [(d.code, str(d.severity), d.start.line, d.start.column, d.end.column) for d in diags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a treatment claim about people who have a family history: the appeal warns
        (
            "Studies have shown that a daily spoonful of cod liver oil protects the joints of people with a "
            "family history of arthritis.",
            [("CL106", "warning", 1, 1, 19)],
        ),
        (
            "Research proves that turmeric capsules delay memory loss in women who have a strong family "
            "history of dementia.",
            [("CL106", "warning", 1, 1, 16)],
        ),
        # the family history is what the sentence is about: background, no warning
        (
            "Studies have shown that the disorder runs in families.",
            [],
        ),
        (
            "Studies have shown that people with a family history of the disorder are more likely to develop it.",
            [],
        ),
        (
            "Research has shown that having a family history of glaucoma increases the risk of the disease.",
            [],
        ),
    ],
)
def test_family_history(text: str, expected: list[tuple[str, str, int, int, int]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Aspirin lowers the risk of colon cancer in people with a family history of the disease.", None),
        ("Green tea is safe for people whose family history includes liver disease.", None),
        ("People with a family history of glaucoma should have regular eye exams.", "genetics"),
        ("A family history of migraine is common, and it helps doctors make the diagnosis.", "genetics"),
        ("The condition runs in families, and a gene test helps confirm it.", "genetics"),
    ],
)
def test_non_claim_reason_family(text: str, reason: str | None) -> None:
    assert non_claim_reason(text) == reason
