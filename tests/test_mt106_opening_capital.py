"""MT106 reads a glued pair capitalised only because it opens its sentence ("Thetreatment works"), found on
MedQuAD's crawl and FakeHealth; a capitalised pair of two content words, or one the page writes again, has a
name's shape and stays silent (WMT22's "Easyhome", MedQuAD's "Hirschsprung")."""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[int, int, str, tuple[str, ...], str]]:
    diags = Linter(Config(), select=["MT106"]).lint_text(text, "text")
    return [(d.start.column, d.end.column, d.text, d.suggestions, d.severity.name) for d in diags]


def test_a_pair_with_a_function_word_opening_its_sentence_fires_with_its_capital() -> None:
    assert _found("The drug is new. Thetreatment works in most patients.") == [
        (18, 30, "Thetreatment", ("The treatment",), "WARNING")
    ]


def test_two_long_words_opening_a_sentence_fire() -> None:
    assert _found("Metabolicsyndrome raises the risk of heart disease.") == [
        (1, 18, "Metabolicsyndrome", ("Metabolic syndrome",), "WARNING")
    ]


def test_the_fix_keeps_the_capital() -> None:
    (diag,) = Linter(Config(), select=["MT106"]).lint_text("Ifheart failure worsens, call a doctor.", "text")
    assert diag.fix is not None and [e.replacement for e in diag.fix.edits] == ["If heart"]


@pytest.mark.parametrize(
    "text",
    [
        # two content words, capitalised: a brand's or a surname's shape
        "Easyhome sold the beds. Prices rose.",
        # a capitalised pair the page writes again is a name ("Hirschsprung disease")
        "Hirschsprung disease affects the bowel. Hirschsprung described it in 1886.",
        # capitalised inside a sentence: a name
        "The company Thetreatment sells pills.",
    ],
)
def test_names_stay_silent(text: str) -> None:
    assert _found(text) == []
