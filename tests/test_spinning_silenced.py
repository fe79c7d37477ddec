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
