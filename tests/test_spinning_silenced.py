from __future__ import annotations

from benchmarks.spinning import silenced
from medlint.text.spun_terms import InMemoryTerms, SpunTermIndex, Term


def _unattested() -> SpunTermIndex:
    terms = [Term(("type", "2", "diabetes"), False), Term(("chronic", "disease"), False)]
    synonyms = {"kind": ("type",), "interminable": ("chronic",)}
    return SpunTermIndex(synonyms, InMemoryTerms(terms, {"type", "chronic"}), frozenset())


def test_a_span_the_tables_attest_is_silenced() -> None:
    index = _unattested()
    attested = frozenset({"interminable disease"})
    assert silenced(index, attested, "an interminable disease of the liver") == ["interminable disease"]
    # the matcher finds "kind 2 diabetes", but nothing attests it: MT105 reports it
    assert silenced(index, attested, "a kind 2 diabetes case") == []
    assert silenced(index, frozenset({"kind 2 diabetes"}), "a kind 2 diabetes case") == ["kind 2 diabetes"]


def test_an_attested_span_the_matcher_does_not_find_is_not_counted() -> None:
    # "chronic disease" is the term itself: no variant, nothing silenced though it is listed
    assert silenced(_unattested(), frozenset({"chronic disease"}), "a chronic disease") == []


def test_crawl_artefacts_are_glued_tokens_not_spun_words() -> None:
    """spinning.py counts MT106's glued tokens apart from the MT false alarms: a number run into a
    word ("30minutes", which wordfreq's web counts know), a sentence run into the next, a token
    no word list has; a real MT finding is not counted apart."""
    from benchmarks.spinning import crawl_artefact
    from medlint import lint_text

    text = "Walk for 30minutes a day. Drink water.Then rest. Eat a a apple."
    found = {d.text: crawl_artefact(d) for d in lint_text(text, select=["MT106", "RP101"])}
    assert found["30minutes"] is True
    assert found["water.Then"] is True
    assert [t for t, apart in found.items() if not apart] == ["a a"]
