"""TX118 and TX120 ask the reference statistics last: a document whose candidates fail the
structural tests never loads refstats' tables (most of a one-file run's cost of these rules)."""

from __future__ import annotations

from medlint.formats import load_document
from medlint.rules.text_integrity.TX118 import RelativeAgreement
from medlint.rules.text_integrity.TX120 import LessCount
from medlint.text import refstats


def test_no_reference_look_up_until_a_candidate_passes_the_structural_tests() -> None:
    text = (
        "Research suggests that rest helps. This means that the dose is less severe in the morning. "
        "Doctors treat patients who have asthma. The results show which drugs work.\n"
    )
    doc = load_document(text, "text", "a.txt")
    refstats.load.cache_clear()
    assert list(RelativeAgreement().check(doc)) == []
    assert list(LessCount().check(doc)) == []
    assert refstats.load.cache_info().currsize == 0
    # a candidate that passes them still reads the reference: the word-class table does not hold
    # "murmurs", the reference's "murmur" is a noun
    doc = load_document("Most murmurs that start early is harmless.\n", "text", "b.txt")
    assert [f.suggestions for f in RelativeAgreement().check(doc)] == [("are",)]
    assert refstats.load.cache_info().currsize == 1
