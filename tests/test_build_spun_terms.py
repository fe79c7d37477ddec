"""scripts/build_spun_terms.py: the reference counts behind MT105's collocations and confidence."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import build_spun_terms as build  # noqa: E402


def test_a_template_sentence_counts_once() -> None:
    template = "Much of this information comes from Orphanet."
    counts = build.count_reference([template] * 50 + ["Risk factors vary.", "Some risk factors are genetic."])
    assert counts.pairs[("information", "comes")] == 1
    assert counts.pairs[("risk", "factors")] == 2


def test_the_same_pair_in_new_contexts_counts_each_time() -> None:
    texts = [f"Swollen lymph nodes {w} here." for w in ("appear", "show", "form", "grow", "ache", "hurt")]
    counts = build.count_reference(texts)
    assert counts.pairs[("lymph", "nodes")] == 6
    # "nodes" always follows "lymph" and "lymph" always precedes "nodes": both demanded, both cohesive
    assert counts.demanded(("lymph", "nodes")) == 0b11
    assert counts.cohesive(("lymph", "nodes")) == 0b11


def test_a_loose_pair_is_not_demanded() -> None:
    others = (
        "disease",
        "failure",
        "rate",
        "valve",
        "muscle",
        "rhythm",
        "defect",
        "surgery",
        "health",
        "beat",
    )
    texts = [f"The heart {w} was studied." for w in others]
    texts += [f"A heart attack {w} today." for w in ("happened", "struck", "came", "hit", "began")]
    counts = build.count_reference(texts)
    # every "attack" follows "heart", so "heart" is demanded beside "attack" (bit 0); "heart"
    # goes with many words, so "attack" is not demanded (bit 1 clear) ...
    assert counts.demanded(("heart", "attack")) == 0b01
    # ... and it is "attack" that demands its neighbour
    assert counts.cohesive(("heart", "attack")) == 0b10


def test_two_words_for_one_from_screener_pairs() -> None:
    """A screener pair that writes two words for one, every other word kept, gives a two-word
    replacement; pairs of other shapes give none."""
    pairs = [
        ("bone malignant growth", "bone cancer"),
        ("kind 2 diabetes", "type 2 diabetes"),
        ("a b c d", "x"),
    ]
    common = {w: 4.0 for w in ("malignant", "growth", "kind")}
    got = build.phrase_swaps(build.WordNet({}, {}), pairs, {"cancer", "type"}, common)
    assert got == {"malignant": {"growth": ("cancer",)}}


def test_a_head_the_reference_keeps_to_a_few_phrases_is_no_ordinary_head() -> None:
    """ "sickness" after a handful of words (motion, morning) is no writer's head: a swap to it
    is reported; "condition" after many words is one ("heart condition" is English)."""
    modifiers = [f"w{chr(97 + i)}{chr(97 + j)}" for i in range(5) for j in range(5)]
    texts = [f"They had {m} condition today." for m in modifiers]
    texts += [f"They had {m} sickness today." for m in ("motion", "morning", "sleeping")]
    heads = build.ordinary_heads(build.count_reference(texts))
    assert "condition" in heads
    assert "sickness" not in heads


def test_a_rare_word_is_of_health_register_only_when_health_writing_uses_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A word below the frequency table's floor counts as Zipf ``RARE_ZIPF`` in English: a word
    health writing never uses ("peevish") is not of its register, one it uses
    ("ultrasonography") is; a word of the table keeps its own frequency."""
    monkeypatch.setattr(build, "medquad_zipf", lambda: {"ultrasonography": 3.5, "tumor": 5.5})
    common = {"tumor": 4.0, "kind": 5.5}
    got = build.health_register(["peevish", "ultrasonography", "tumor", "kind"], common)
    assert got == frozenset({"ultrasonography", "tumor"})


def _wordnet(synsets: list[tuple[str, list[str]]]) -> build.WordNet:
    """A WordNet of the given synsets: (part of speech, lemmas)."""
    lemmas: dict[tuple[str, str], tuple[int, list[str], list[tuple[str, str, str]]]] = {}
    index: dict[str, list[tuple[str, str]]] = {}
    for k, (pos, names) in enumerate(synsets):
        key = (pos, f"{k:08d}")
        lemmas[key] = (0, names, [])
        for name in names:
            index.setdefault(name, []).append(key)
    return build.WordNet(lemmas, index)


def _reference(monkeypatch, texts: list[str]) -> build.ReferenceCounts:  # type: ignore[no-untyped-def]
    """Counts of ``texts`` as the builder's reference, every word of health writing's register."""
    counts = build.count_reference(texts)
    monkeypatch.setattr(build, "reference_counts", lambda: counts)
    monkeypatch.setattr(build, "common_words", lambda: {})
    monkeypatch.setattr(build, "medquad_zipf", lambda: {w: 5.0 for w in counts.words})
    return counts


_CONTEXTS = ("today", "again", "slowly", "often", "twice", "later", "here")


def test_three_word_collocations_hold_together(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A triple the reference writes as a unit is a term ("body mass index"); a free modifier
    before a pair that stands after many words is not ("small blood vessels"), nor a clause
    ("heart pumps blood") nor a triple with a synonym in one place ("body weight index")."""
    # (the word after each phrase varies: a phrase counts once per distinct pair of words around it)
    texts = [f"Her body mass index {w}." for w in _CONTEXTS]
    texts += [f"The small blood vessels {w}." for w in _CONTEXTS]
    texts += [f"{v} blood vessels {w}." for v in ("Many", "Tiny", "New") for w in _CONTEXTS]
    texts += [f"The heart pumps blood {w}." for w in _CONTEXTS]
    texts += [f"The liver fat score {w}." for w in _CONTEXTS]
    texts += ["The liver lipid score fell."]
    _reference(monkeypatch, texts)
    wordnet = _wordnet(
        [
            ("n", ["body"]),
            ("n", ["mass"]),
            ("n", ["index"]),
            ("a", ["small"]),
            ("n", ["blood"]),
            ("n", ["vessels"]),
            ("n", ["heart"]),
            ("v", ["pumps"]),
            ("v", ["pumps"]),
            ("v", ["pumps"]),
            ("n", ["pumps"]),
            ("n", ["liver"]),
            ("n", ["fat", "lipid"]),
            ("n", ["score"]),
        ]
    )
    assert build.reference_triples(wordnet) == [("body", "mass", "index")]


def test_a_noun_compound_may_hold_loosely_on_one_side(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """ "blood glucose" takes other heads ("meter"), yet "blood glucose levels" is a term: its first
    word is a noun. An adjective there modifies freely ("poor muscle tone")."""
    before = ("Her", "His", "Your", "Their", "Our", "Low", "High")
    texts = [f"{b} blood glucose levels {w}." for b, w in zip(before, _CONTEXTS, strict=True)]
    texts += [
        f"{b} blood glucose {h} {w}."
        for h in ("meter", "test")
        for b, w in zip(before[:4], _CONTEXTS[:4], strict=True)
    ]
    texts += [f"{b} poor muscle tone {w}." for b, w in zip(before, _CONTEXTS, strict=True)]
    texts += [f"{v} muscle tone {w}." for v in ("Good", "Weak", "Some") for w in _CONTEXTS]
    _reference(monkeypatch, texts)
    wordnet = _wordnet(
        [
            ("n", ["blood"]),
            ("n", ["glucose"]),
            ("n", ["levels"]),
            ("n", ["meter"]),
            ("n", ["test"]),
            ("a", ["poor"]),
            ("n", ["muscle"]),
            ("n", ["tone"]),
        ]
    )
    assert build.reference_triples(wordnet) == [("blood", "glucose", "levels")]
    monkeypatch.setattr(build, "TRIPLE_LOOSE_HOLD", 1.0)
    assert build.reference_triples(wordnet) == []


def test_a_symbol_ends_a_collocation_but_does_not_start_one() -> None:
    """ "vitamin b12": a symbol after the kind it belongs to; "COVID-19 patients" is a name with a
    free head after it; a number alone is no word of a term."""
    assert build._collocation_word("b12", last=True)
    assert build._collocation_word("covid-19", last=True)
    assert not build._collocation_word("b12")
    assert not build._collocation_word("12", last=True)
    assert build._collocation_word("vitamin")


def test_abbreviation_definitions_spell_their_abbreviation() -> None:
    text = (
        "Adults with chronic kidney disease (CKD) need magnetic resonance imaging (MRIs) less often. "
        "Ask about it (FAQ). The clinic (WHO) helped."
    )
    assert list(build.definitions(text)) == [
        ("ckd", ("chronic", "kidney", "disease")),
        ("mri", ("magnetic", "resonance", "imaging")),
    ]
    assert build._initials(("centers", "for", "disease", "control")) == "cdc"


def test_compound_variants_swap_one_part_of_a_fixed_compound(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """ "x-ray" -> "x-beam", "x-shaft": a part swapped for a WordNet synonym, confident where the
    reference all but demands the part after "x-" and the replacement is foreign to it. Not in a
    name's compound ("Dandy-Walker"), nor where
    the reference fills the slot with a synonym ("long-run" beside "long-term"), nor with a word
    of health writing's register ("illness-related" for disease-related: a writer's choice)."""
    texts = [f"An x-ray {w}." for w in _CONTEXTS]
    texts += [f"The x-linked form {w}." for w in _CONTEXTS[:2]]
    texts += [f"A long-term plan {w}." for w in _CONTEXTS] + ["A long-run view."]
    texts += [f"A disease-related change {w}." for w in _CONTEXTS] + ["Her illness was mild."]
    texts += [f"The Dandy-Walker form {w}." for w in _CONTEXTS]
    counts = _reference(monkeypatch, texts)
    wordnet = _wordnet(
        [
            ("n", ["ray", "beam", "shaft"]),
            ("n", ["term", "run"]),
            ("n", ["disease", "illness"]),
            ("n", ["dandy", "beau"]),
        ]
    )
    got = build.compound_variants(wordnet, counts, set(), {})
    assert got == {"x-beam": ("x-ray", True), "x-shaft": ("x-ray", True)}
    # a compound of the terms is known however seldom the reference writes it; not demanded there
    got = build.compound_variants(wordnet, counts, {"rna-ray"}, {})
    assert got["rna-beam"] == ("rna-ray", False)
    # a kept part joined to many different words is a prefix: its slot takes any word ("re-")
    monkeypatch.setattr(build, "MIN_HEAD_MODIFIERS", 2)
    assert "x-beam" not in build.compound_variants(wordnet, counts, set(), {})


def test_spinner_words_are_screener_swaps_foreign_to_health_writing(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        build,
        "zipf_in_health_writing",
        lambda w: {"intercession": 1.0, "ailment": 2.5, "therapy": 4.5}.get(w, 2.0),
    )
    swaps = {
        ("intervention", "intercession"),  # rare everywhere: a spinner word
        ("disease", "sufferers"),  # common in English at large: a writer's word
        ("disease", "therapy"),  # a word of health writing
        ("waste", "squander"),  # "waste" is no term word
        ("disease", "ailment"),
        ("intervention", "care"),  # a word of a term
    }
    common = {"intercession": 2.6, "sufferers": 3.3, "ailment": 2.9, "squander": 2.8, "therapy": 4.6}
    table = build.spinner_word_table(swaps, {"intervention", "disease"}, {"care", "intervention"}, common)
    assert table == {"ailment": ("disease",), "intercession": ("intervention",)}


def test_a_short_symbol_ends_a_collocation_a_short_word_does_not(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """ "vitamin b6" is a term as "vitamin b12" is: a symbol of two characters names a member of a
    numbered series; a word of two letters after a noun ("weight up") is no term."""
    before = ("Her", "His", "Your", "Their", "Our", "Low", "High")
    texts = [f"{b} vitamin {s} {w}." for s in ("B6", "B12") for b, w in zip(before, _CONTEXTS, strict=True)]
    texts += [f"{b} weight up {w}." for b, w in zip(before, _CONTEXTS, strict=True)]
    # (pointwise mutual information needs a corpus around the phrases)
    texts += [f"Other{k} filler{k} words{k} here{k}." for k in range(300)]
    _reference(monkeypatch, texts)
    wordnet = _wordnet([("n", ["vitamin"]), ("n", ["weight"]), ("n", ["up"])])
    assert build._symbol("b6") and build._symbol("q10")
    assert not build._symbol("up") and not build._symbol("12")
    assert build.reference_collocations(wordnet) == [("vitamin", "b12"), ("vitamin", "b6")]


def test_a_name_word_takes_the_commonest_and_the_rarest_wider_relations(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """At the tight words of other terms a wider relation must be an everyday word that health
    writing does not use too often ("composite" for syndrome, not "symptom"); inside a name or a
    bound term (``in_name``) the commonest ("symptom") and a WordNet lemma rarer than the table
    that the reference never uses ("instrumentality") count too; a rare word the reference uses
    does not, nor a function word, nor a spelling variant."""
    monkeypatch.setattr(
        build, "zipf_in_health_writing", lambda w: {"symptom": 6.7, "composite": 3.0}.get(w, 2.0)
    )
    monkeypatch.setattr(build, "medquad_zipf", lambda: {"ultrasonography": 3.5})
    wordnet = _wordnet([("n", ["instrumentality"]), ("n", ["ultrasonography"]), ("n", ["syndromes"])])
    common = {"symptom": 4.5, "composite": 3.5, "with": 7.0}
    loose = {
        x: build.wide_replacement(wordnet, "syndrome", x, common, False) for x in ("symptom", "composite")
    }
    assert loose == {"symptom": False, "composite": True}
    named = {
        x: build.wide_replacement(wordnet, "syndrome", x, common, True)
        for x in (
            "symptom",
            "composite",
            "instrumentality",
            "ultrasonography",
            "with",
            "syndromes",
            "peevish",
        )
    }
    assert named == {
        "symptom": True,
        "composite": True,
        "instrumentality": True,
        "ultrasonography": False,
        "with": False,
        "syndromes": False,
        "peevish": False,  # not a WordNet lemma here: no thesaurus's pick
    }
