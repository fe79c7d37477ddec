"""``kinds.base.pattern_candidates`` (one ProbeIndex shared by the pack rules, asked once per
document, its candidates narrowed by ``could_match_doc``) gives each rule the candidates its own
index gives (``_PLAIN_CANDIDATES``, the plain form) less those whose ``finditer`` finds nothing, on
every rule's examples, the development corpus and MedQuAD answers, and the claim and
existence rules report the same findings with either. The shared filter answers candidates whose
probe sets are all of letters and digits from the probes the words hold (``_words_answer``), as
``could_match_doc`` answers them (``_PLAIN_SHARED_FILTER``, its plain form)."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator

import pytest
from parity_texts import medquad_answers, rule_and_corpus_texts

from medlint.formats import load_document
from medlint.kinds import base
from medlint.kinds.base import _shared_candidates, _SharedIndex, pattern_candidates
from medlint.kinds.claim import Claim
from medlint.kinds.existence import Existence
from medlint.registry import default_registry
from medlint.rule import Rule
from medlint.text.matching import ProbedPattern, ProbeIndex


def _pack_rules() -> list[Rule]:
    """Every claim and existence rule with patterns, default and opt-in, as the linter builds them."""
    rules = [cls() for cls in default_registry().rules.values() if issubclass(cls, (Claim, Existence))]
    return [r for r in rules if r.patterns]  # type: ignore[attr-defined]


def _texts() -> list[str]:
    return [*rule_and_corpus_texts(), *medquad_answers(20, 2)]


@pytest.fixture
def plain() -> Iterator[None]:
    base._PLAIN_CANDIDATES = True
    try:
        yield
    finally:
        base._PLAIN_CANDIDATES = False


def test_each_rule_gets_its_own_candidates_from_the_shared_index() -> None:
    rules = _pack_rules()
    assert len(rules) >= 14
    warm = load_document("A first document: every rule joins the shared index.", "text")
    for r in rules:
        pattern_candidates(r.pattern_index, r.patterns, warm)  # type: ignore[attr-defined]
    shared = nonempty = dropped = 0
    for text in _texts():
        doc = load_document(text, "markdown")
        for r in rules:
            index = r.pattern_index  # type: ignore[attr-defined]
            got = pattern_candidates(index, r.patterns, doc)  # type: ignore[attr-defined]
            plain = index.candidates(doc)
            assert got == [i for i in plain if r.patterns[i].could_match_doc(doc)], (r.code, text[:80])  # type: ignore[attr-defined]
            assert all(not list(r.patterns[i].finditer(doc)) for i in set(plain) - set(got))  # type: ignore[attr-defined]
            shared += base._shared.member(index) is not None
            nonempty += bool(got)
            dropped += len(plain) - len(got)
    # the shared path answered (every rule had joined), and not only with empty lists
    assert shared == len(rules) * len(_texts())
    assert nonempty > 300 and dropped > 1000


def test_claim_and_existence_findings_are_those_of_the_plain_form(plain: None) -> None:
    rules = _pack_rules()
    texts = _texts()[::3]
    plain_runs = [
        [(r.code, f.start, f.end, f.message) for r in rules for f in r.check(load_document(t, "markdown"))]
        for t in texts
    ]
    base._PLAIN_CANDIDATES = False
    for r in rules:  # join
        list(r.check(load_document("warm up", "text")))
    fast_runs = [
        [(r.code, f.start, f.end, f.message) for r in rules for f in r.check(load_document(t, "markdown"))]
        for t in texts
    ]
    assert fast_runs == plain_runs
    assert sum(map(len, fast_runs)) > 100


def test_a_pattern_of_the_second_member_found_at_its_place() -> None:
    first = [ProbedPattern.of(re.compile(r"\bmiracle\b", re.I))]
    second = [
        ProbedPattern.of(re.compile(r"\bdetox\b", re.I)),
        ProbedPattern.of(re.compile(r"\bcures? cancer\b", re.I)),
    ]
    i1, i2 = ProbeIndex(first), ProbeIndex(second)
    text = "This tea cures cancer, they say."
    doc = load_document(text, "text")
    assert pattern_candidates(i1, first, doc) == i1.candidates(doc) == []  # joins; asks its own index
    assert pattern_candidates(i2, second, doc) == [1]  # joins
    doc = load_document(text, "text")
    assert base._shared.member(i1) is not None and base._shared.member(i2) is not None
    assert pattern_candidates(i1, first, doc) == []
    assert pattern_candidates(i2, second, doc) == [1]
    (m,) = second[1].finditer(doc)
    assert (m.start(), m.end()) == (9, 21)


def test_a_member_that_is_gone_is_dropped_and_its_id_never_matches_another() -> None:
    pats = [ProbedPattern.of(re.compile(r"\bvaccine\b"))]
    gone = ProbeIndex(pats)
    shared = _SharedIndex(()).joined(gone, pats)
    assert shared.member(gone) == 0
    gone_id = id(gone)
    del gone
    gc.collect()
    other = ProbeIndex(pats)
    assert shared.member(other) is None  # even if ``other`` reuses the id
    assert id(other) != gone_id or shared.slot.get(id(other)) == 0
    assert [ref() for ref, _ in shared.joined(other, pats).members] == [other]


def _shared_runs(texts: list[str]) -> list[list[list[int]]]:
    return [_shared_candidates(load_document(t, "markdown"))[1] for t in texts]


def test_the_shared_filter_keeps_what_could_match_doc_keeps(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = _pack_rules()
    warm = load_document("A first document: every rule joins the shared index.", "text")
    for r in rules:
        pattern_candidates(r.pattern_index, r.patterns, warm)  # type: ignore[attr-defined]
    texts = _texts()
    shared = base._shared
    fast = _shared_runs(texts)
    monkeypatch.setattr(base, "_PLAIN_SHARED_FILTER", True)
    plain = _shared_runs(texts)
    assert fast == plain
    # the fast answer was asked, and it both kept and dropped candidates
    answered = kept = dropped = 0
    for text, per in zip(texts, plain, strict=True):
        doc = load_document(text, "markdown")
        assert base._words_answer(shared, doc) is not None
        kept_here = {o + i for o, own in zip(shared.offsets, per, strict=True) for i in own}
        for i in shared.index.candidates(doc):
            if shared.word_sets()[0][i] is not None:
                answered += 1
                kept += i in kept_here
                dropped += i not in kept_here
    assert answered > 1000 and kept > 100 and dropped > 1000


def test_a_pattern_with_one_set_of_two_is_dropped_and_one_with_both_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pats = [
        ProbedPattern.of(re.compile(r"\bmiracle\s+cure\b", re.I)),  # needs "miracle" and "cure"
        ProbedPattern.of(re.compile(r"\bpictures?\s+from\b", re.I)),  # needs "picture" and "from"
        ProbedPattern.of(re.compile(r"\bcan cure\b", re.I)),  # not letters and digits: asked as before
    ]
    index = ProbeIndex(pats)
    monkeypatch.setattr(base, "_shared", _SharedIndex(()).joined(index, pats))
    assert base._shared.word_sets()[0][0] is not None and base._shared.word_sets()[0][2] is None
    text = "A miracle cure? Pictures of the clinic. It can cure nothing."
    doc = load_document(text, "text")
    assert index.candidates(doc) == [0, 1, 2]  # "picture" opens pattern 1 though "from" is absent
    assert _shared_candidates(doc)[1] == [[0, 2]]
    (m,) = pats[0].finditer(doc)
    assert (m.start(), m.end()) == (2, 14)
    (m,) = pats[2].finditer(doc)
    assert (m.start(), m.end()) == (43, 51)
    doc = load_document("Pictures from the clinic.", "text")
    assert _shared_candidates(doc)[1] == [[1]]
