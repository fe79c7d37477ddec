"""MT108's article fast path answers as its plain form.

Every trigger but "a" and "an" reaches ``GrammarPattern._at`` only when the next word is one of
its patterns' words (``NEXT_FOR``) or has one of its class letters (``LETTERS_FOR``). "a" and "an"
went to ``_at`` before every next word, since the article's form depends on any word; the fast
path sends them through the whole of ``_at`` only when the next word passes that filter, and
otherwise asks ``_article_form_at`` (the tests ``_at`` makes first, then the form). The plain form
(``MT108._PLAIN_ARTICLES``) sends every one through ``_at``. Compared at each such word, and as
findings, on rule examples, corpus texts and MedQuAD answers.
"""

from __future__ import annotations

from typing import Any

import pytest
from parity_texts import medquad_answers, rule_and_corpus_texts

from medlint import Linter
from medlint.formats import load_document
from medlint.rules.translation import MT108
from medlint.rules.translation.MT108 import GrammarPattern


def _texts() -> list[str]:
    own = [
        ex if isinstance(ex, str) else ex.text
        for ex in (*GrammarPattern.should_fire, *GrammarPattern.should_not_fire)
    ]
    return [*own, *rule_and_corpus_texts(), *medquad_answers(40, 2)]


def _rule() -> Any:
    return next(r for r in Linter(select=["MT108"]).rules if r.code == "MT108")


def test_article_form_at_answers_as_at_wherever_the_fast_path_asks_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fast = GrammarPattern._article_form_at
    asked: list[Any] = []

    def both(self: GrammarPattern, s: Any, trigger: str, i: int, disabled: set[str]) -> Any:
        hit = fast(self, s, trigger, i, disabled)
        assert hit == GrammarPattern._at(self, s, trigger, i, disabled), (trigger, s.lowers[i : i + 3])
        asked.append(hit)
        return hit

    monkeypatch.setattr(GrammarPattern, "_article_form_at", both)
    rule = _rule()
    for text in _texts():
        rule.check(load_document(text, "markdown"))
    # the article's form is found at such words ("a HIV test", "an X-ray"), and most are no finding
    assert sum(h is not None for h in asked) >= 5
    assert len(asked) > 1000


def test_findings_with_the_article_fast_path_agree_with_its_plain_form(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rule = _rule()
    article_findings = 0
    for text in _texts():
        doc = load_document(text, "markdown")
        monkeypatch.setattr(MT108, "_PLAIN_ARTICLES", False)
        fast = list(rule.check(doc))
        monkeypatch.setattr(MT108, "_PLAIN_ARTICLES", True)
        assert fast == list(rule.check(doc)), text[:80]
        article_findings += sum(f.data["pattern"] == "article-form" for f in fast)
    assert article_findings >= 5


def test_article_form_at_finds_the_form_at_exact_offsets() -> None:
    # none of the next words is one another pattern after "a"/"an" looks for: the fast path's words
    text = "It is an plant. Take a apple, an hour and a union."
    found = [(f.start, f.end, f.data["pattern"]) for f in _rule().check(load_document(text, "text"))]
    assert found == [(6, 8, "article-form"), (21, 22, "article-form")]
    assert (
        list(_rule().check(load_document("It is a plant. Take an apple, an hour and a union.", "text"))) == []
    )
