"""careful21: the writer's doubt adverb ("supposedly", "allegedly", "purportedly") hands the claim to others.

"The day after she supposedly died from the vaccine" is what a fact-check says of a hoax: the claim is
someone else's, as after "claimed". Every CL rule reads it from the shared claim context; the neutral
"reportedly" is not such a cue. Hand-written sentences; positions are 1-based columns, end exclusive.
"""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[str, str, int, int, int]]:
    diags = Linter(Config(), select=["CL101", "CL125"]).lint_text(text, "text")
    return [(d.code, str(d.severity), d.start.line, d.start.column, d.end.column) for d in diags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tea supposedly cures cancer.", [("CL101", "info", 1, 20, 25)]),
        ("This powder allegedly cures arthritis in a week.", [("CL101", "info", 1, 23, 28)]),
        ("A week after he purportedly died from the flu shot, he posted a video.", []),
    ],
)
def test_a_doubted_claim_is_not_the_writers(
    text: str, expected: list[tuple[str, str, int, int, int]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tea cures cancer.", [("CL101", "warning", 1, 9, 14)]),
        ("This powder reportedly cures arthritis in a week.", [("CL101", "warning", 1, 24, 29)]),
        (
            "A week after he died from the flu shot, his mother posted a video.",
            [("CL125", "error", 1, 17, 39)],
        ),
    ],
)
def test_the_writers_own_claim_still_fires(text: str, expected: list[tuple[str, str, int, int, int]]) -> None:
    assert _found(text) == expected
