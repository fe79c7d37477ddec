"""A claim asked as a question and answered no at once is denied (``medlint.evidence.context``):
"Is Big Pharma hiding a cure? No." is a careful page's myth-busting form, not the framing it asks
about. An answer of yes states the claim; no answer leaves the rule's own setting for questions."""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter

RULES = ["CL111", "CL113", "CL125"]


def _found(text: str) -> list[tuple[str, str, int, int]]:
    diags = Linter(Config(), select=RULES).lint_text(text, "text")
    return [(d.code, str(d.severity), d.start.column, d.end.column) for d in diags]


@pytest.mark.parametrize(
    "text",
    [
        "Did the CDC hide vaccine injury data? No. The data are public.",
        "Is Big Pharma hiding a cure for cancer? The answer is no.",
        "Do vaccines cause autism? No, they do not.",
        "Is Big Pharma hiding a cure for cancer? Not at all.",
    ],
)
def test_a_question_answered_no_is_silent(text: str) -> None:
    assert _found(text) == []


def test_an_unanswered_question_keeps_the_rules_setting() -> None:
    assert _found("Is Big Pharma hiding a cure for cancer?") == [("CL111", "error", 4, 21)]


def test_no_opening_a_statement_is_no_answer() -> None:
    text = "Is Big Pharma hiding a cure for cancer? No one knows, but they profit from illness."
    # the question's frame, and the profit motive the answer states in its own voice (s51)
    assert [f[0] for f in _found(text)] == ["CL111", "CL111"]


# careful18: the answer given by those who know, or a short denial, is an answer of no too
@pytest.mark.parametrize(
    "text",
    [
        "Are regulators in the pocket of Pfizer? Most experts say no.",
        "Is the CDC hiding vaccine injuries? The evidence says otherwise.",
        "Did the CDC hide vaccine injuries? Not according to the inspector general's review.",
        "Can the foot pads really pull heavy metals out of your body overnight? Probably not.",
        "Is Big Pharma hiding a cure for cancer? Not really: cures are patented and sold.",
    ],
)
def test_a_question_answered_no_by_experts_or_briefly_is_silent(text: str) -> None:
    assert _found(text) == []


def test_experts_saying_no_one_is_no_answer() -> None:
    text = "Is the FDA in bed with Big Pharma? Experts say no one can trust it anymore."
    assert _found(text) == [("CL111", "error", 4, 34)]


def test_a_question_about_a_claims_truth_hands_the_claim_to_someone_else() -> None:
    # unanswered: the rule's setting for attributed claims (CL111: info), not its setting for questions
    assert _found("Is it true that the CDC is hiding vaccine injuries?") == [("CL111", "info", 17, 34)]
    # answered yes: the writer's own claim
    text = "Is it really true that Big Pharma controls the FDA? Yes, and here is the proof."
    assert _found(text) == [("CL111", "error", 24, 51)]


@pytest.mark.parametrize(
    "text",
    [
        "There is no reliable scientific evidence that, as the video claims, health officials at the FDA "
        "concealed vaccine adverse events from the public.",
        "There is no good clinical evidence whatsoever that Big Pharma has kept a cure from the public.",
        "There is no solid proof that our clay pulls impurities and heavy metals out of your body.",
    ],
)
def test_no_evidence_with_words_between_takes_a_clause(text: str) -> None:
    assert _found(text) == []


def test_evidence_that_without_no_is_no_denial() -> None:
    text = "There is plenty of scientific evidence that the FDA concealed vaccine adverse events from the public."
    assert _found(text) == [("CL111", "error", 45, 85)]


@pytest.mark.parametrize(
    "text",
    [
        "Is Big Pharma hiding a cure for cancer? Not so fast.",
        "Is Big Pharma hiding a cure for cancer? Not so.",
        "Is Big Pharma hiding a cure for cancer? Highly unlikely.",
        "Is Big Pharma hiding a cure for cancer? Not quite: the drugs are patented and sold.",
    ],
)
def test_a_short_denial_answers_no(text: str) -> None:
    assert _found(text) == []


def test_a_question_the_next_sentence_sets_out_to_check_is_asked() -> None:
    # the question is someone else's, under inquiry: the rule's attributed setting (CL111: info)
    for follow in ("Here's what the science says.", "We checked.", "Let's look at the evidence."):
        assert _found(f"Is Big Pharma hiding a cure for cancer? {follow}") == [("CL111", "info", 4, 21)]
    # answered yes first: the writer's claim
    text = "Is Big Pharma hiding a cure for cancer? Absolutely. Here's what the science says."
    assert _found(text) == [("CL111", "error", 4, 21)]
