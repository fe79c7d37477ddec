"""careful23: a fact-checker's rating after a claim, and "report" as a verb that hands a claim to someone.

The shared claim context (``medlint/evidence/context.py``) read a verdict after a claim only as "Verdict:",
"Rating:" or "Our rating:" followed by "false", "misleading", "pants on fire" ...: the rating scales'
other negative verdicts ("Mostly False", "Inaccurate", "Unsupported"), a label with an article ("The
verdict: misleading") and the checker's verb ("We rated this claim False", "PolitiFact rates the statement
Mostly False") left the claim the writer's own. A true or a mixed rating, or a customer's rating, is no
verdict. "report" as a finite verb after a comma, "and" or people who report ("Russian scientists test
vaccine, report no side effects") hands the claim to them as "reports" does; the noun ("Read the full
report", "the lab report proves it") and the writer's own "We report" do not. Hand-written sentences;
positions are 1-based columns, end exclusive.
"""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[str, str, int, int, int]]:
    diags = Linter(Config(), select=["CL101", "CL103"]).lint_text(text, "text")
    return [(d.code, str(d.severity), d.start.line, d.start.column, d.end.column) for d in diags]


@pytest.mark.parametrize(
    "text",
    [
        "Black seed oil cures diabetes in a month. We rated this claim False.",
        "Black seed oil cures diabetes in a month. PolitiFact rates the statement Mostly False.",
        "Black seed oil cures diabetes in a month.\n\nThe verdict: misleading.",
        "Black seed oil cures diabetes in a month. Rating: Mostly False",
        "Black seed oil cures diabetes in a month. Our rating: Inaccurate.",
    ],
)
def test_a_claim_rated_false_is_quiet(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Black seed oil cures diabetes in a month. We rated this claim True.",
        "Black seed oil cures diabetes in a month. Rating: Half True",
        "Black seed oil cures diabetes in a month. Customers rated it five stars.",
        "Black seed oil cures diabetes in a month. The verdict is in: it works.",
    ],
)
def test_no_negative_rating_keeps_the_warning(text: str) -> None:
    assert _found(text) == [("CL101", "warning", 1, 16, 21)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian scientists test vector vaccine, report no side effects", [("CL103", "info", 1, 48, 63)]),
        ("The developers report that the vaccine is 100% safe.", [("CL103", "info", 1, 43, 52)]),
        ("The new vaccine is 100% safe. Read the full report.", [("CL103", "warning", 1, 20, 29)]),
        ("Our tea is 100% safe, and the lab report proves it.", [("CL103", "warning", 1, 12, 21)]),
        ("We report that the serum is 100% safe.", [("CL103", "warning", 1, 29, 38)]),
    ],
)
def test_report_as_a_verb_hands_the_claim_on(
    text: str, expected: list[tuple[str, str, int, int, int]]
) -> None:
    assert _found(text) == expected
