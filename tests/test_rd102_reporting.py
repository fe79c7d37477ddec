"""RD102 in a news report: the patient-material limit of 30 words is not the report's; above 34 it fires."""

from __future__ import annotations

from medlint.evidence.doc_kind import is_reporting
from medlint.linter import load_document
from medlint.rules.readability.RD102 import LongSentence

_LEAD = "LONDON (Reuters) - Health officials said on Tuesday that a new clinic would open next month.\n\n"
# 34 words
_MID = (
    "The clinic, which will be run by the local health trust with help from two charities, is expected to "
    "see several hundred patients in its first year and to cut waiting times by half."
)
# 40 words
_LONG = (
    "The trust said the clinic, which will be run with help from two charities and a local university, is "
    "expected to see several hundred patients in its first year and to cut the waiting times that patients "
    "face by half."
)


def _found(text: str) -> list[tuple[int, int, int]]:
    return [(f.start, f.end, f.data["words"]) for f in LongSentence().check(load_document(text, "text"))]


def test_a_report_sentence_of_34_words_passes_and_one_of_40_fires() -> None:
    text = _LEAD + _MID + "\n\n" + _LONG + "\n"
    assert is_reporting(load_document(text, "text"))
    start = len(_LEAD) + len(_MID) + 2
    assert _found(text) == [(start, start + len(_LONG), 40)]


def test_the_same_34_words_fire_outside_a_report() -> None:
    text = "Our new clinic opens next month.\n\n" + _MID + "\n"
    assert not is_reporting(load_document(text, "text"))
    start = len("Our new clinic opens next month.\n\n")
    assert _found(text) == [(start, start + len(_MID), 34)]


def test_the_report_limit_is_an_option() -> None:
    text = _LEAD + _MID + "\n"
    found = [
        (f.start, f.data["words"])
        for f in LongSentence({"reporting-max-words": 30}).check(load_document(text, "text"))
    ]
    assert found == [(len(_LEAD), 34)]
