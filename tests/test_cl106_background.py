"""careful21: CL106 on research invoked for a condition's settled background, not for a claim to act on.

CL106 asks for the source of research an article invokes as proof of a claim a reader would act on
("studies show that green tea burns fat"). A consumer page that says what a condition is (its genes,
proteins and cells, its inheritance, who has it, what it is linked with) with "studies have shown"
gives background: a note, not a warning. The same appeal for anything a reader could take or do, or
for what an agent does to health (a treatment, a food, a habit; "reduces", "causes", "feeds",
"is safe"), still warns.

Every text is hand-written; positions are 1-based columns, end exclusive.
"""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[str, str, int, int, int]]:
    diags = Linter(Config(), select=["CL106"]).lint_text(text, "text")
    return [(d.code, str(d.severity), d.start.line, d.start.column, d.end.column) for d in diags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the condition's make-up: genes and proteins, cells
        (
            "Scientists have shown that the enzyme made from this gene sits at the junctions of blood vessel cells.",
            [("CL106", "info", 1, 1, 22)],
        ),
        (
            "Several studies have found that the tumour cells carry an extra copy of one chromosome.",
            [("CL106", "info", 1, 1, 27)],
        ),
        # who has it, and its course
        (
            "Research has shown that siblings of an affected child are more likely to develop the disorder.",
            [("CL106", "info", 1, 1, 19)],
        ),
        (
            "Recent studies have shown that the rash affects about 2 in 1,000 adults over 60.",
            [("CL106", "info", 1, 1, 26)],
        ),
        (
            "Studies have shown that most small cysts of this kind remain stable for years.",
            [("CL106", "info", 1, 1, 19)],
        ),
        # an association stated as one, about the condition
        (
            "Studies show that the syndrome is linked to an earlier viral infection of the gut.",
            [("CL106", "info", 1, 1, 13)],
        ),
    ],
)
def test_background_is_a_note(text: str, expected: list[tuple[str, str, int, int, int]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a treatment or something taken
        (
            "Studies have shown that a daily spoonful of cod liver oil protects the joints of people with stiff knees.",
            [("CL106", "warning", 1, 1, 19)],
        ),
        (
            "Research shows that the new injection is safe for people with this gene variant.",
            [("CL106", "warning", 1, 1, 15)],
        ),
        # what an agent does to health, with cells or a link in the same clause
        ("Studies show that sugar feeds cancer cells.", [("CL106", "warning", 1, 1, 13)]),
        ("Research proves that vaccines are linked to autism.", [("CL106", "warning", 1, 1, 16)]),
        (
            "Scientists have confirmed that mobile phone radiation damages the cells of the brain.",
            [("CL106", "warning", 1, 1, 26)],
        ),
        # a habit or an exposure chosen by the reader
        (
            "Studies have shown that people who drink diet soda are more likely to develop dementia.",
            [("CL106", "warning", 1, 1, 19)],
        ),
        # a description that is no background class stays as it was
        ("Studies show that cancer is a fungus.", [("CL106", "warning", 1, 1, 13)]),
    ],
)
def test_an_appeal_for_a_claim_to_act_on_still_warns(
    text: str, expected: list[tuple[str, str, int, int, int]]
) -> None:
    assert _found(text) == expected


def test_the_background_reading_ends_at_the_clause() -> None:
    # the act after "but" is another clause: the background before it is still background
    text = "Studies have shown that the disorder is more common in boys, but treatment helps most children."
    assert _found(text) == [("CL106", "info", 1, 1, 19)]
    # the act before "but" keeps the warning
    text = "Studies have shown that fish oil protects the heart, but the genes involved are unknown."
    assert _found(text) == [("CL106", "warning", 1, 1, 19)]
