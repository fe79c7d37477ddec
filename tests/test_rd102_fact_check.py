"""RD102 on a fact-check (``doc_kind.is_fact_check``): a headline putting a claim as a yes/no question
over a dated account of it is reporting, and gets the report limit (34); a patient Q&A page does not."""

from __future__ import annotations

from medlint.evidence.doc_kind import is_fact_check, is_reporting
from medlint.linter import load_document
from medlint.rules.readability.RD102 import LongSentence

_TITLE = "Did a Clinic Turn Away Patients Without Masks?\n"
_DECK = "A post shared thousands of times made the claim.\n"
_DATED = "In March 2020, a post about a small clinic began to circulate online.\n"
# 33 words
_MID = (
    "The clinic, which is run by the local health trust with help from two charities, told us that it "
    "had never turned anyone away and that masks were handed out at the door."
)
# 40 words
_LONG = (
    "The clinic, which is run by the local health trust with help from two charities and a university, "
    "told us that it had never turned anyone away and that masks were handed out free to every patient at "
    "the door."
)


def _found(text: str, fmt: str = "text") -> list[tuple[int, int, int, str]]:
    return [
        (f.start, f.end, f.data["words"], f.message) for f in LongSentence().check(load_document(text, fmt))
    ]


def test_a_fact_check_sentence_of_33_words_passes_and_one_of_40_fires() -> None:
    text = _TITLE + _DECK + _DATED + _MID + "\n" + _LONG + "\n"
    doc = load_document(text, "text")
    assert is_fact_check(doc) and not is_reporting(doc)
    start = len(_TITLE + _DECK + _DATED + _MID) + 1
    assert _found(text) == [(start, start + len(_LONG), 40, "sentence of 40 words (limit 34): split it")]


def test_without_a_dated_account_the_same_page_keeps_the_patient_limit() -> None:
    undated = "A post about a small clinic began to circulate online.\n"
    text = _TITLE + _DECK + undated + _MID + "\n"
    assert not is_fact_check(load_document(text, "text"))
    start = len(_TITLE + _DECK + undated)
    assert _found(text) == [(start, start + len(_MID), 33, "sentence of 33 words (limit 30): split it")]


def test_a_bare_year_does_not_date_a_claim() -> None:
    # "In 2011, researchers ..." dates a study, as reference pages do
    text = _TITLE + "In 2011, researchers looked at clinics.\n" + _MID + "\n"
    assert not is_fact_check(load_document(text, "text"))
    text = _TITLE + "In early 2011, a post went round.\n" + _MID + "\n"
    assert is_fact_check(load_document(text, "text"))


def test_a_question_for_information_is_no_claim() -> None:
    text = "What Did the Clinic Do About Masks?\n" + _DATED + _MID + "\n"
    assert not is_fact_check(load_document(text, "text"))
    start = len("What Did the Clinic Do About Masks?\n" + _DATED)
    assert _found(text) == [(start, start + len(_MID), 33, "sentence of 33 words (limit 30): split it")]


def test_a_patient_question_heading_keeps_the_patient_limit() -> None:
    # a MedQuAD-style page: "# Is X inherited?" over an answer, even with a dated sentence
    head = "# Is Lynch syndrome inherited?\n\n"
    text = head + "In March 2020, a new review was published.\n" + _MID + "\n"
    doc = load_document(text, "markdown")
    assert not is_fact_check(doc)
    start = len(head + "In March 2020, a new review was published.\n")
    assert _found(text, "markdown") == [
        (start, start + len(_MID), 33, "sentence of 33 words (limit 30): split it")
    ]


def test_a_claim_question_heading_over_a_dated_account_is_a_fact_check() -> None:
    text = "# Did a Clinic Turn Away Patients Without Masks?\n\n" + _DATED + "\n" + _MID + "\n"
    assert is_fact_check(load_document(text, "markdown"))
    assert _found(text, "markdown") == []
