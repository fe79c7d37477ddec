"""``Document.word_set`` answers as its plain form, and the rules reading it find the same with either.

MT108, MT105, MT107, TX116 and the language gate meet their constant word sets (triggers, frame
words, the spun-term tables' openers, wrong forms, fragments, function words) with the document's
words as a frozenset (``Document.word_set``) instead of the word index's dict; the plain form
(``document._PLAIN_WORD_SET``) gives the index's keys view. Compared as word sets, as the function
word counts, and as the rules' findings (positions, messages, fixes, data) on MT108's examples,
every default rule's examples, the corpus and MedQuAD answers.
"""

from __future__ import annotations

from typing import Any

import pytest
from parity_texts import medquad_answers, rule_and_corpus_texts

from medlint import Linter, document
from medlint.formats import load_document
from medlint.rules.translation.MT108 import GrammarPattern
from medlint.text.language import function_word_counts


def _texts() -> list[str]:
    own = [
        ex if isinstance(ex, str) else ex.text
        for ex in (*GrammarPattern.should_fire, *GrammarPattern.should_not_fire)
    ]
    return [*own, *rule_and_corpus_texts(), *medquad_answers(40, 2)]


def _rule(code: str = "MT108") -> Any:
    return next(r for r in Linter(select=[code]).rules if r.code == code)


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


def test_function_word_counts_agree_with_the_index_alone() -> None:
    for text in _texts()[:200]:
        doc = load_document(text, "markdown")
        assert function_word_counts(doc.word_index, doc.word_set) == function_word_counts(doc.word_index)


@pytest.mark.parametrize(("code", "least"), [("MT108", 20), ("MT105", 5), ("MT107", 1), ("TX116", 1)])
def test_findings_agree_with_the_plain_word_set(
    monkeypatch: pytest.MonkeyPatch, code: str, least: int
) -> None:
    rule = _rule(code)
    findings = 0
    for text in _texts():
        monkeypatch.setattr(document, "_PLAIN_WORD_SET", False)
        fast = list(rule.check(load_document(text, "markdown")))
        monkeypatch.setattr(document, "_PLAIN_WORD_SET", True)
        assert fast == list(rule.check(load_document(text, "markdown"))), text[:80]
        findings += len(fast)
    # not vacuous: the texts hold the rule's findings
    assert findings >= least, findings
