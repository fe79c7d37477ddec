"""careful20: CL105 and CL106 on someone else's appeal the article reports, and on a rebuttal's own words.

- an appeal handed to someone by a verb outside its own words ("Says research has proven ...", "A Facebook
  user claimed that scientists have confirmed ...") is a note, as CL101-CL103 give reported claims; the
  appeal's own "say" ("Science says ...", "Some people say ...", "According to research, ...") is not a
  report of it and still warns;
- "Studies show otherwise", "research shows the contrary", "The science says otherwise" contradict the claim
  before them: CL106 notes them, CL105 does not read them; "otherwise healthy adults" still fires.

Every text is hand-written; positions are 1-based columns, end exclusive.
"""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[str, str, int, int, int]]:
    diags = Linter(Config(), select=["CL105", "CL106"]).lint_text(text, "text")
    return [(d.code, str(d.severity), d.start.line, d.start.column, d.end.column) for d in diags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Says research has proven that coconut oil reverses Alzheimer's disease.",
            [("CL106", "info", 1, 6, 25)],
        ),
        (
            "A Facebook user claimed that scientists have confirmed 5G towers spread the virus.",
            [("CL106", "info", 1, 30, 55)],
        ),
        (
            "The influencer told her followers that studies show raw milk cures asthma.",
            [("CL106", "info", 1, 40, 52)],
        ),
        ("Posts insist that everyone knows fluoride lowers IQ.", [("CL105", "info", 1, 19, 33)]),
    ],
)
def test_a_reported_appeal_is_a_note(text: str, expected: list[tuple[str, str, int, int, int]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Research has proven that coconut oil reverses Alzheimer's disease.",
            [("CL106", "warning", 1, 1, 20)],
        ),
        ("Scientists have confirmed that 5G towers spread the virus.", [("CL106", "warning", 1, 1, 26)]),
        ("Everyone knows fluoride lowers IQ.", [("CL105", "warning", 1, 1, 15)]),
        # the appeal's own "say" and "according to" do not report it
        ("Science says vitamin C cures colds.", [("CL105", "warning", 1, 1, 13)]),
        ("Some people say vitamin C cures colds.", [("CL105", "warning", 1, 1, 16)]),
        ("According to research, turmeric cures cancer.", [("CL106", "warning", 1, 1, 22)]),
    ],
)
def test_the_quack_twin_still_warns(text: str, expected: list[tuple[str, str, int, int, int]]) -> None:
    assert _found(text) == expected


def test_a_quoted_appeal_rated_false_is_silent() -> None:
    assert _found('The post said: "Science says garlic cures cancer." We rated it false.') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some bloggers claim vinegar dissolves gout crystals. Research shows the contrary.",
            [("CL106", "info", 1, 54, 68)],
        ),
        (
            "Health officials call the claim baseless; research shows the opposite.",
            [("CL106", "info", 1, 43, 57)],
        ),
        ("Some say garlic cures cancer. The science says otherwise.", []),
    ],
)
def test_a_rebuttals_own_words(text: str, expected: list[tuple[str, str, int, int, int]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Studies show otherwise healthy adults lose 10 pounds a month on this tea.",
            [("CL106", "warning", 1, 1, 13)],
        ),
        (
            "The science says otherwise healthy people should detox every spring.",
            [("CL105", "warning", 1, 5, 17)],
        ),
    ],
)
def test_otherwise_as_an_adverb_still_fires(
    text: str, expected: list[tuple[str, str, int, int, int]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The author contends that clinical trials have proven magnets relieve arthritis, which is wrong.",
            [("CL106", "info", 1, 26, 53)],
        ),
        # the writer's own assertion, with no one to hand it to
        (
            "Clinical trials have proven magnets relieve arthritis, and our customers agree.",
            [("CL106", "warning", 1, 1, 28)],
        ),
    ],
)
def test_a_contended_appeal_is_reported(text: str, expected: list[tuple[str, str, int, int, int]]) -> None:
    assert _found(text) == expected


def test_a_reporting_word_after_the_appeal_is_no_frame() -> None:
    # "reported" as an attribute of the finding, after the appeal: the writer's own research claim
    text = "Research shows that the most frequently reported side effect of the tea is nausea."
    assert _found(text) == [("CL106", "warning", 1, 1, 15)]
