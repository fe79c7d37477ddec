"""A negated verb after "and" negates the claim only when the words between them are a noun coordinated with it
("Detox teas and juice cleanses do not remove toxins"); with a pronoun among them they are a new clause's subject
("Neurologists push pharmaceuticals and most of them don't tell you about diet", an s51 development page), whose
negation is its own, and the claim before stays the page's (`medlint.evidence.context._negated_predicate`)."""

from __future__ import annotations

from medlint.config import Config
from medlint.evidence.context import _negated_predicate, _tokens
from medlint.linter import Linter


def _codes(text: str, code: str) -> list[str]:
    return [d.text for d in Linter(Config(), select=[code]).lint_text(text, "text") if d.code == code]


def test_a_new_clause_after_and_keeps_the_claim() -> None:
    text = "Neurologists push pharmaceuticals and most of them don't tell you about diet."
    assert _codes(text, "CL111") == ["Neurologists push pharmaceuticals"]


def test_a_coordinated_noun_still_shares_the_negation() -> None:
    assert _negated_predicate(_tokens("and juice cleanses do not remove toxins"))
    assert not _negated_predicate(_tokens("and most of them do not tell you about diet"))
    assert _codes("Detox teas and juice cleanses do not remove toxins.", "CL113") == []
