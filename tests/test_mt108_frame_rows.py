"""MT108's constructions look up each trigger word's frame row once per document and set of disabled
patterns (``_construction_scan._row_tests``), where ``_at`` walked the rows at each use of the word: the
same tests in the same order for every trigger and every single disabled pattern, and the same
findings with the plain form (``_construction_scan._PLAIN_ROWS``) on rule examples, the corpus and
MedQuAD answers, with nothing disabled and with each construction pattern disabled in turn."""

from __future__ import annotations

from typing import Any

import pytest
from parity_texts import medquad_answers, rule_and_corpus_texts

from medlint import Linter
from medlint.formats import load_document
from medlint.rules.translation import _construction_scan as cs
from medlint.rules.translation.MT108 import GrammarPattern


def _plain_tests(word: str, disabled: frozenset[str]) -> tuple[Any, ...]:
    """What ``_at`` tries for ``word``, read from its loop as written."""
    for words, tries in cs._FRAMES:
        if word not in words:
            continue
        enabled = [test for pattern, test in tries if pattern not in disabled]
        if not enabled:
            continue
        return tuple(enabled)
    return ()


def _patterns() -> list[str]:
    return sorted({pattern for _, tries in cs._FRAMES for pattern, _ in tries})


@pytest.mark.parametrize("disabled", [frozenset(), *(frozenset({p}) for p in _patterns())])
def test_row_tests_are_the_tests_at_tries(disabled: frozenset[str]) -> None:
    for word in sorted(cs._FRAME_TRIGGERS | {"the", "xyzzy"}):
        assert cs._row_tests(word, disabled) == _plain_tests(word, disabled), word


def _texts() -> list[str]:
    own = [
        ex if isinstance(ex, str) else ex.text
        for ex in (*GrammarPattern.should_fire, *GrammarPattern.should_not_fire)
    ]
    return [*own, *rule_and_corpus_texts(), *medquad_answers(40, 2)]


def _hits(texts: list[str], disabled: set[str]) -> list[Any]:
    from medlint.rules.translation._grammar_scan import Scan

    out = []
    for text in texts:
        doc = load_document(text, "markdown")
        out.append(cs.construction_hits(Scan(doc), doc.word_index, disabled))
    return out


@pytest.mark.parametrize("disabled", [set(), *({p} for p in _patterns()[:6])])
def test_construction_hits_agree_with_the_plain_rows(
    monkeypatch: pytest.MonkeyPatch, disabled: set[str]
) -> None:
    texts = _texts()
    fast = _hits(texts, disabled)
    monkeypatch.setattr(cs, "_PLAIN_ROWS", True)
    assert fast == _hits(texts, disabled)
    if not disabled:
        assert sum(map(len, fast)) >= 5


def test_findings_agree_with_the_plain_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    rule: Any = next(r for r in Linter(select=["MT108"]).rules if r.code == "MT108")
    for text in _texts():
        fast = list(rule.check(load_document(text, "markdown")))
        with monkeypatch.context() as m:
            m.setattr(cs, "_PLAIN_ROWS", True)
            assert fast == list(rule.check(load_document(text, "markdown"))), text[:80]
