"""A claim handed to an unnamed authority ("According to experts,", "Doctors say") on a page that names
no source anywhere is the page's own claim (``medlint.evidence.context._VAGUE_SPEAKER``); a named speaker,
or a page that names its study, keeps the claim reported. Hand-written texts; 1-based columns, end
exclusive."""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[str, str, int, int, int]]:
    diags = Linter(Config(), select=["CL101"]).lint_text(text, "text")
    return [(d.code, str(d.severity), d.start.line, d.start.column, d.end.column) for d in diags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to experts, turmeric cures arthritis.", [("CL101", "warning", 1, 32, 37)]),
        ("Doctors say turmeric cures arthritis.", [("CL101", "warning", 1, 22, 27)]),
        ("Many scientists now agree that turmeric cures arthritis.", [("CL101", "warning", 1, 41, 46)]),
    ],
)
def test_an_unnamed_authority_on_a_page_without_sources_is_the_pages_claim(
    text: str, expected: list[tuple[str, str, int, int, int]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named speaker reports the claim
        ("Dr. Jane Smith said turmeric cures arthritis.", [("CL101", "info", 1, 30, 35)]),
        # so does an unnamed one on a page that names its study
        (
            "A 2020 trial in the journal Nutrients tested turmeric in 120 adults. Experts say turmeric cures "
            "arthritis.",
            [("CL101", "info", 1, 91, 96)],
        ),
        # others' belief, which a page may go on to refute, stays reported
        ("Some people say turmeric cures arthritis.", [("CL101", "info", 1, 26, 31)]),
    ],
)
def test_a_named_or_sourced_report_stays_a_report(
    text: str, expected: list[tuple[str, str, int, int, int]]
) -> None:
    assert _found(text) == expected
