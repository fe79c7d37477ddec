"""The lead-in test shared by the text rules' unmarked passages and the claim context."""

from __future__ import annotations

import pytest

from medlint.text.quotes import lead_in


@pytest.mark.parametrize(
    "line",
    [
        "One viral post read:",
        "In a statement, the agency said:",
        "The flyer handed out at the market read:",
        "It went on. Dr. Tom Wingfield of the clinic explained:",
    ],
)
def test_a_line_that_hands_what_follows_to_a_source_is_a_lead_in(line: str) -> None:
    assert lead_in(line)


@pytest.mark.parametrize(
    "line",
    [
        "Symptoms include:",  # the writer's own list follows
        "E-mail:",  # a form's field
        "She wrote a long post. Here it is",  # no colon
        "The post went viral. Here is the truth:",  # the sentence before the colon names no source
    ],
)
def test_a_line_that_introduces_the_writers_own_words_is_not(line: str) -> None:
    assert not lead_in(line)
