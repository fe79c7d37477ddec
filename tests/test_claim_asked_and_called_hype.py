"""Three frames of careful pages read in context (``medlint.evidence.context``), found on fresh pages in the
forty-second session: a claim inside a question someone is said to ask ("Many people want to know how to get
rid of diabetes") is not the page's claim; claims the next sentence calls hype or false ("The truth is, most
of those claims are hype") are debunked; a cure denied outright after a contrast in the same sentence ("...,
but there is no permanent cure for diabetes") is denied. And a participle after an article names a state,
not a treatment that cures ("A cured patient is a lost revenue stream")."""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter

RULES = ["CL101", "CL113", "CL119"]


def _found(text: str) -> list[tuple[str, str, int, int]]:
    diags = Linter(Config(), select=RULES).lint_text(text, "text")
    return [(d.code, str(d.severity), d.start.column, d.end.column) for d in diags]


@pytest.mark.parametrize(
    "text",
    [
        "Many people ask how to get rid of diabetes.",
        "Patients often want to know whether turmeric cures arthritis.",
        "People wonder if diabetes can be cured permanently.",
        "Many diabetes patients want to know how to get rid of diabetes completely, but unfortunately, there is"
        " no such permanent cure for diabetes.",
        "You have probably seen headlines promising a drink that will flush toxins out of your system. The truth"
        " is, most of those claims are hype.",
        "This tea will flush toxins out of your system. Most of these claims are false.",
        "A cured patient is a lost revenue stream.",
        "The cured patients went home after a week.",
    ],
)
def test_asked_debunked_and_attributive_forms_are_silent(text: str) -> None:
    assert _found(text) == []


def test_a_promise_to_teach_the_cure_still_fires() -> None:
    # "learn how to" is the page's own promise, not someone's question
    assert _found("Learn how to get rid of diabetes for good.") == [("CL101", "warning", 1, 33)]


def test_a_question_closed_before_the_claim_does_not_reach_it() -> None:
    text = "People ask why, and the answer is simple: this herb cures diabetes."
    assert ("CL101", "warning", 53, 58) in _found(text)


def test_a_cure_denied_in_the_next_sentence_may_deny_another_disease() -> None:
    # only the claim's own sentence is read for a denied cure: the next one may be about something else
    codes = [f[0] for f in _found("This tea cures diabetes. There is no cure for cancer.")]
    assert "CL101" in codes and "CL119" in codes


def test_a_cure_unlike_any_other_is_no_denial() -> None:
    codes = [f[0] for f in _found("This tea cures diabetes, but there is no cure like it.")]
    assert "CL101" in codes


def test_a_verb_after_an_article_is_not_the_participle() -> None:
    assert _found("This herb cured my arthritis.") == [("CL101", "warning", 11, 16)]
