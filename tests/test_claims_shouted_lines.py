"""A line set in capitals is read as a claim, not as an acronym (``medlint.kinds.claim.is_name``)."""

from __future__ import annotations

import medlint

_INTRO = "Intro line for the page here.\n\n"


def _warnings(line: str) -> list[tuple[str, str]]:
    return [
        (d.code, d.text)
        for d in medlint.lint_text(_INTRO + line + "\n")
        if d.code.startswith("CL") and d.severity.name in ("WARNING", "ERROR")
    ]


def test_a_shouted_line_is_read_as_the_same_claim_in_lower_case() -> None:
    assert ("CL101", "CURE") in _warnings("THIS TEA MAY CURE DIABETES.")
    assert ("CL102", "BREAKTHROUGH") in _warnings(
        "THE NEW PILL IS A REVOLUTIONARY BREAKTHROUGH FOR PEOPLE WITH DIABETES."
    )


def test_an_acronym_among_lower_case_words_is_still_a_name() -> None:
    assert _warnings("Results of the MIRACLE trial were published in March.") == []
