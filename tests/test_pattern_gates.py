"""A pack pattern's ``gate`` only skips work: every match of the pattern holds a match of it.

``ProbedPattern.gate`` (a claim pattern mapping's ``gate``) is searched in each block before the
pattern, and a block without one is not searched; ``matching._PLAIN_GATES`` searches every block
the probes allow. Compared on every default rule's examples, the corpus, MedQuAD answers and a few
texts of the gated patterns' own claims (in capitals and in the characters IGNORECASE folds: long
s, Kelvin sign), and each match of the plain search is checked to hold a match of its gate, so
that a gate which misses a form the pattern matches fails here (as a gate without "cures?" does).
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from parity_texts import loaded_probed_patterns, medquad_answers, rule_and_corpus_texts

from medlint.formats import load_document
from medlint.text import matching
from medlint.text.matching import ProbedPattern

_OWN = [
    "Garlic cures cancer. Ginger can also really prevent and treat heart disease.",
    "Turmeric effectively fights off Alzheimer's disease. Herbal tea will get rid of diabetes.",
    "Black seed oil KILLS leukemia. Soursop destroys tumours. Onions ward off the flu.",
    "Essential oils protect against COVID-19. Elderberry suppresses influenza and cures HIV.",
    "Garlic \u017ftops cancer. Cinnamon \u212aills diabetes.",  # what IGNORECASE folds to s and k
    "Garlic has the ability to shrink tumors. Broccoli is able to halt cancer.",
    "The treatment of cancer is surgery. Treated patients recover. Prevention helps.",
]


def _gated() -> list[ProbedPattern]:
    return [p for p in loaded_probed_patterns() if p.gate is not None]


def _texts() -> list[str]:
    return [*_OWN, *rule_and_corpus_texts(), *medquad_answers(10, 3)]


def _spans(
    pattern: ProbedPattern, text: str, plain: bool, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[int, int]]:
    monkeypatch.setattr(matching, "_PLAIN_GATES", plain)
    return [m.span() for m in pattern.finditer(load_document(text, "markdown"))]


def _misses(pattern: ProbedPattern, texts: list[str], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The matches of the plain search that hold no match of the gate, and the texts whose gated
    search finds other matches than the plain one."""
    assert pattern.gate is not None
    out = []
    for text in texts:
        plain = _spans(pattern, text, True, monkeypatch)
        doc = load_document(text, "markdown")
        out += [doc.prose[a:b] for a, b in plain if pattern.gate.search(doc.prose, a, b) is None]
        if _spans(pattern, text, False, monkeypatch) != plain:
            out.append(text[:80])
    return out


def test_there_is_a_gated_pattern() -> None:
    assert _gated(), "no pack pattern has a gate: this test compares nothing"


def test_gated_search_finds_what_the_plain_search_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    for pattern in _gated():
        assert _misses(pattern, texts, monkeypatch) == [], pattern.regex.pattern[:80]
        # not vacuous: the pattern matches, and its gate skips blocks the probes let through
        assert sum(len(_spans(pattern, t, True, monkeypatch)) for t in _OWN) >= 10
        gate = pattern.gate
        assert gate is not None
        skipped = 0
        for text in texts[:400]:
            doc = load_document(text, "markdown")
            if pattern.could_match_doc(doc) and gate.search(doc.prose) is None:
                skipped += 1
        assert skipped > 20, skipped


def test_a_gate_that_misses_a_form_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison above fails for a gate that leaves out a verb the pattern reads."""
    for pattern in _gated():
        gate = pattern.gate
        assert gate is not None and "cures?|" in gate.pattern
        broken = dataclasses.replace(
            pattern, gate=re.compile(gate.pattern.replace("cures?|", ""), gate.flags)
        )
        assert _misses(broken, _OWN, monkeypatch), "a gate without 'cures?' passed"


def test_only_patterns_take_a_gate() -> None:
    """A gate is read for ``patterns``; anywhere else (``mentions``) it would be ignored, so it is an error."""
    from medlint.kinds.claim import _gates, _patterns_and_reasons
    from medlint.rule import RuleError

    items = [{"pattern": r"\bcures\b", "gate": "cure"}, r"\bheals\b"]
    assert _patterns_and_reasons(items, "XX1", gates=True) == ([r"\bcures\b", r"\bheals\b"], ["", ""])
    assert _gates(items) == ["cure", None]
    with pytest.raises(RuleError, match="'gate'"):
        _patterns_and_reasons(items, "XX1")
