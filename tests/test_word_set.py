"""``Document.word_set`` answers as its plain form, and MT108 finds the same with either.

MT108 meets its constant word sets (triggers, frame words, pronouns) with the document's words as
a frozenset (``Document.word_set``) instead of the word index's dict; the plain form
(``document._PLAIN_WORD_SET``) gives the index's keys view. Compared as word sets and as MT108's
findings (positions, messages, fixes, data) on the rule's examples, every default rule's examples,
the corpus and MedQuAD answers.
"""

from __future__ import annotations

from typing import Any

import pytest
from parity_texts import medquad_answers, rule_and_corpus_texts

from medlint import Linter, document
from medlint.formats import load_document
from medlint.rules.translation.MT108 import GrammarPattern


def _texts() -> list[str]:
    own = [
        ex if isinstance(ex, str) else ex.text
        for ex in (*GrammarPattern.should_fire, *GrammarPattern.should_not_fire)
    ]
    return [*own, *rule_and_corpus_texts(), *medquad_answers(40, 2)]


def _rule() -> Any:
    return next(r for r in Linter(select=["MT108"]).rules if r.code == "MT108")


def test_word_set_holds_the_word_index_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in _texts()[:200]:
        monkeypatch.setattr(document, "_PLAIN_WORD_SET", False)
        fast = load_document(text, "markdown").word_set
        assert isinstance(fast, frozenset)
        monkeypatch.setattr(document, "_PLAIN_WORD_SET", True)
        doc = load_document(text, "markdown")
        plain = doc.word_set
        assert plain == doc.word_index.keys()
        assert fast == plain


def test_word_set_at_exact_words() -> None:
    doc = load_document("The Cell, the cells and THE cell.", "text")
    assert doc.word_set == frozenset({"the", "cell", "cells", "and"})


def test_mt108_findings_agree_with_the_plain_word_set(monkeypatch: pytest.MonkeyPatch) -> None:
    rule = _rule()
    findings = 0
    for text in _texts():
        monkeypatch.setattr(document, "_PLAIN_WORD_SET", False)
        fast = list(rule.check(load_document(text, "markdown")))
        monkeypatch.setattr(document, "_PLAIN_WORD_SET", True)
        assert fast == list(rule.check(load_document(text, "markdown"))), text[:80]
        findings += len(fast)
    # not vacuous: the texts hold many MT108 findings
    assert findings >= 20
