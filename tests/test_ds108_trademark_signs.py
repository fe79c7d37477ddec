"""DS108 finds a page's trademark signs only when ``\u2122`` or ``\u00ae`` is in its text
(``trademark_signs``): the same matches as searching ``_TRADEMARK`` always (``DS108._PLAIN_MARKS``),
and the same DS108 findings."""

from __future__ import annotations

from typing import Any

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint import Linter
from medlint.formats import load_document
from medlint.rules.disclosure import DS108
from medlint.rules.disclosure.DS108 import _TRADEMARK, trademark_signs

_PIECES = ["a", " ", "\u2122", "\u00ae", "\u00a9", "R", "TM", "\u0101", "\U0001f600", "\n"]


def _spans(matches: list[Any]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.mark.parametrize("text", ["", "Brand\u2122 tea", "Brand\u00ae", "no marks", "\u00e9\u2122"])
def test_hand_made(text: str) -> None:
    assert _spans(trademark_signs(text)) == _spans(list(_TRADEMARK.finditer(text)))


def test_random_strings() -> None:
    for text in random_strings(_PIECES, 3000, seed=108, max_pieces=12):
        assert _spans(trademark_signs(text)) == _spans(list(_TRADEMARK.finditer(text))), text


def test_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    rule: Any = next(r for r in Linter(select=["DS108"]).rules if r.code == "DS108")
    for text in [*rule_and_corpus_texts(), *medquad_answers(40, 2)]:
        prose = load_document(text, "markdown").prose
        assert _spans(trademark_signs(prose)) == _spans(list(_TRADEMARK.finditer(prose)))
        fast = list(rule.check(load_document(text, "markdown")))
        with monkeypatch.context() as m:
            m.setattr(DS108, "_PLAIN_MARKS", True)
            assert fast == list(rule.check(load_document(text, "markdown"))), text[:80]
