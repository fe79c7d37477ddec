"""(s67) CL142's complaint lexicon (scripts/build_complaint_words.py): WordNet's ailments and symptoms as the health
objects a remedy is credited with relieving, and the words left out as meaning something else in prose."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from medlint.linter import rule_linter
from medlint.text.lexicon import complaint_words

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import build_complaint_words


@pytest.mark.parametrize("word", ["tinnitus", "gingivitis", "sinusitis", "cold", "dizziness"])
def test_ailments_and_symptoms_are_complaints(word: str) -> None:
    assert word in complaint_words()


@pytest.mark.parametrize("word", sorted(build_complaint_words.NOT_COMPLAINT_IN_PROSE))
def test_words_of_other_meanings_are_left_out(word: str) -> None:
    assert word not in complaint_words()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ginkgo extract relieves tinnitus.", "Ginkgo extract relieves tinnitus"),
        ("Yogurt consumption removes halitosis.", "Yogurt consumption removes halitosis"),
    ],
)
def test_remedy_credited_with_relieving_a_complaint(text: str, span: str) -> None:
    found = rule_linter("CL142", rule_options={"min-other-codes": 0}).lint_text(text)
    assert [(d.code, d.text, d.start.column) for d in found if d.code == "CL142"] == [("CL142", span, 1)]
