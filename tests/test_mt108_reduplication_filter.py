"""MT108's reduplication scan asks ``_reduplication`` only about an "and" or "or" between two equal
words (perf40a); the plain form (``_PLAIN_REDUPLICATION``) asks about every one. Compared as hits of
``repetition_hits`` and as findings, on the rule's examples, corpus texts, MedQuAD answers and
random text built of doubled words, conjunctions, capitals and punctuation."""

from __future__ import annotations

from typing import Any

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint import Linter
from medlint.formats import load_document
from medlint.rules.translation import _repetition_scan
from medlint.rules.translation._grammar_scan import Scan
from medlint.rules.translation.MT108 import GrammarPattern

#: pieces that make "X and X" in every shape ``_reduplication`` tells apart
_ALPHABET = [
    " ",
    " ",
    " and ",
    " or ",
    "and",
    "or",
    ", ",
    ". ",
    "\n\n",
    "-",
    "years",
    "Story",
    "story",
    "waited",
    "better",
    "tendons",
    "conditions",
    "memory",
    "loss",
    "the",
    "in",
    "teeth and teeth",
    " loss and loss ",
    "conditions or conditions",
    "Story and Story",
    "cancer and cancer care",
    "pain and pain.",
]


def _texts() -> list[str]:
    own = [
        ex if isinstance(ex, str) else ex.text
        for ex in (*GrammarPattern.should_fire, *GrammarPattern.should_not_fire)
    ]
    return [
        *own,
        *rule_and_corpus_texts(),
        *medquad_answers(20, 2),
        *random_strings(_ALPHABET, 400, seed=40, max_pieces=60),
    ]


def _rule() -> Any:
    return next(r for r in Linter(select=["MT108"]).rules if r.code == "MT108")


def test_reduplication_hits_agree_with_the_plain_form(monkeypatch: pytest.MonkeyPatch) -> None:
    hits = 0
    for text in _texts():
        doc = load_document(text, "markdown")
        s = Scan(doc)
        monkeypatch.setattr(_repetition_scan, "_PLAIN_REDUPLICATION", False)
        fast = _repetition_scan.repetition_hits(s, doc.word_index, set())
        monkeypatch.setattr(_repetition_scan, "_PLAIN_REDUPLICATION", True)
        assert fast == _repetition_scan.repetition_hits(s, doc.word_index, set()), text[:80]
        hits += sum(h.pattern == _repetition_scan.REDUPLICATION for h in fast)
    assert hits >= 20  # the comparison sees hits, not only silence


def test_findings_agree_with_the_plain_form(monkeypatch: pytest.MonkeyPatch) -> None:
    rule = _rule()
    for text in _texts()[::2]:
        doc = load_document(text, "markdown")
        monkeypatch.setattr(_repetition_scan, "_PLAIN_REDUPLICATION", False)
        fast = list(rule.check(doc))
        monkeypatch.setattr(_repetition_scan, "_PLAIN_REDUPLICATION", True)
        assert fast == list(rule.check(doc)), text[:80]
