"""careful23: a scare quote on a claim's first word does not make the claim a quotation.

"Most people who took the \u201cvaccine\u201d ... were lied to" (a Reddit development post): CL111's match
opens on the scare-quoted "vaccine" and runs on past the closing mark, and the shared claim context read the
whole claim as quoted (skipped) because its first offset lies inside quotation marks. A quotation of at most
three words that closes before the claim's last word, which lies outside every quotation, holds a word the
writer disowns, not the claim. A quotation that holds the whole claim, a reported claim and a rebutted one
keep their readings. Hand-written sentences; positions are 1-based columns, end exclusive.
"""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[str, str, int, int, int]]:
    diags = Linter(Config(), select=["CL101", "CL102", "CL111"]).lint_text(text, "text")
    return [(d.code, str(d.severity), d.start.line, d.start.column, d.end.column) for d in diags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Most people who took the \u201cvaccine\u201d don't want to face the fact that they were lied to.",
            [("CL111", "error", 1, 27, 86)],
        ),
        (
            'Most people who took the "vaccine" don\'t want to face the fact that they were lied to.',
            [("CL111", "error", 1, 27, 86)],
        ),
        (
            "Most people who took the vaccine don't want to face the fact that they were lied to.",
            [("CL111", "error", 1, 26, 84)],
        ),
        (
            "She said the \u201cvaccine\u201d don't want to face the fact that they were lied to.",
            [("CL111", "info", 1, 15, 74)],
        ),
    ],
)
def test_a_scare_quoted_opening_word_leaves_the_claim_the_writers(
    text: str, expected: list[tuple[str, str, int, int, int]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "\u201cMost people who took the vaccine were lied to,\u201d the post says.",
        "A post says people who took the \u201cvaccine\u201d were lied to. That is false.",
        "Critics call the tea a \u201cmiracle\u201d cure.",
        "The \u201cmiracle cure\u201d for arthritis is a scam.",
    ],
)
def test_a_quotation_that_holds_the_claim_stays_quiet(text: str) -> None:
    assert _found(text) == []
