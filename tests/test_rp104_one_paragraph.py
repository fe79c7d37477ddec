"""RP104 makes no shingles for a page with fewer than two paragraphs to compare (perf40a): such a
page has no pair, so its findings are the plain form's (``_PLAIN_ONE_PARAGRAPH``), compared on
the rule examples, corpus, MedQuAD answers and random pages of repeated, short, run-in and
subheading paragraphs."""

from __future__ import annotations

from typing import Any

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint import Linter
from medlint.formats import load_document
from medlint.rules.repetition import RP104

_PARAGRAPH = (
    "Type 1 diabetes is an autoimmune disease in which the immune system destroys the cells that make "
    "insulin in the pancreas."
)
_NEAR = (
    "Type 1 diabetes is an autoimmune illness where the immune system destroys the cells that produce "
    "insulin in the pancreas, so people need insulin every day."
)
#: whole paragraphs and the pieces between them: near-duplicates, other prose, a short line, a
#: subheading with no closing mark, a quotation, a list item and a heading
_PIECES = [
    _PARAGRAPH,
    _NEAR,
    "Type 2 diabetes usually develops in adults when the body stops responding well to insulin and the "
    "pancreas cannot keep up with demand over time.",
    "Short line.",
    "Living with type 1 diabetes as an adult in a busy city",
    "> " + _PARAGRAPH,
    "- " + _NEAR,
    "# Diabetes",
    "\n\n",
    "\n\n",
    " ",
]


def _rule() -> Any:
    return next(r for r in Linter(select=["RP104"]).rules if r.code == "RP104")


def _texts() -> list[str]:
    return [
        *rule_and_corpus_texts(),
        *medquad_answers(10, 3),
        *random_strings(_PIECES, 600, seed=40, max_pieces=8),
    ]


def test_findings_are_the_plain_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    rule = _rule()
    found = 0
    for text in _texts():
        for fmt in ("markdown", "text"):
            doc = load_document(text, fmt)
            fast = list(rule.check(doc))
            monkeypatch.setattr(RP104, "_PLAIN_ONE_PARAGRAPH", True)
            assert list(rule.check(doc)) == fast, text[:80]
            monkeypatch.setattr(RP104, "_PLAIN_ONE_PARAGRAPH", False)
            found += len(fast)
    assert found >= 30  # the comparison sees pairs reported, not only pages of one paragraph


def test_two_near_paragraphs_are_still_a_pair() -> None:
    found = list(_rule().check(load_document(_PARAGRAPH + "\n\n" + _NEAR + "\n", "markdown")))
    assert len(found) == 1
