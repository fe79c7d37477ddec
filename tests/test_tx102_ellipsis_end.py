"""TX102 reads whether a paragraph ends on an ellipsis from its stripped end (``ends_on_ellipsis``)
instead of searching ``_ELLIPSIS_END`` through it: the same answer on hand-made and random texts,
every rule example, the corpus and MedQuAD answers, and the same TX102 findings."""

from __future__ import annotations

from typing import Any

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint import Linter
from medlint.formats import load_document
from medlint.rules.text_integrity import TX102
from medlint.rules.text_integrity.TX102 import _ELLIPSIS_END, ends_on_ellipsis

TEXTS = [
    "",
    ".",
    "..",
    "...",
    "\u2026",
    "It was set to...",
    "It was set to\u2026  \n",
    "a. .",
    "a..x",
    "cut ..\u00a0\u2003",  # spaces outside ASCII
    "cut ..\n\n",
    "cut ...\u200b",  # a zero-width space is no white space
    "dots .. in the middle. end",
    "\u2026\u2026 \t\r\n\x0b\x0c\x1c\x1d\x1e\x1f\x85",
]
#: full stops, ellipses, letters and every kind of space around them
_PIECES = [
    ".",
    "..",
    "\u2026",
    "a",
    "B",
    " ",
    "\t",
    "\n",
    "\r",
    "\u00a0",
    "\u2003",
    "\u200b",
    "\x1c",
    "\x85",
    "!",
]


def _plain(text: str) -> bool:
    return _ELLIPSIS_END.search(text) is not None


@pytest.mark.parametrize("text", TEXTS + random_strings(_PIECES, 3000, seed=102, max_pieces=12))
def test_same_answer(text: str) -> None:
    assert ends_on_ellipsis(text) is _plain(text)


def test_same_answer_and_findings_on_examples_and_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    rule: Any = next(r for r in Linter(select=["TX102"]).rules if r.code == "TX102")
    cut = 'Strokes \u201cis set to...\n\nThe teaser \u201cends here\u2026 \n\nA "quote that is closed".\n'
    texts = [cut, *rule_and_corpus_texts(), *medquad_answers(40, 2)]
    ends = 0
    for text in texts:
        doc = load_document(text, "markdown")
        for block in doc.blocks:
            piece = doc.prose[block.start : block.end]
            assert ends_on_ellipsis(piece) is _plain(piece)
            ends += _plain(piece)
        fast = list(rule.check(load_document(text, "markdown")))
        with monkeypatch.context() as m:
            m.setattr(TX102, "_PLAIN_ELLIPSIS", True)
            assert fast == list(rule.check(load_document(text, "markdown"))), text[:80]
    assert ends >= 2
