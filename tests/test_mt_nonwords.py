"""MT106 (glued-words) and MT107 (wrong-inflection): exact spans, fixes, and what they leave alone."""

from __future__ import annotations

import medlint
from medlint.fixes import apply_fixes
from medlint.text.lexicon import glued_splits, is_known, wrong_inflection


def _hits(text: str, code: str, fmt: str = "text") -> list[tuple[int, int, int, str, tuple[str, ...], bool]]:
    return [
        (d.start.line, d.start.column, d.end.column, d.text, d.suggestions, bool(d.fix and d.fix.safe))
        for d in medlint.lint_text(text, select=[code], format=fmt)
    ]


def test_run_together_words_positions_and_fixes() -> None:
    text = "Title\nPeople withtype 2 diabetes check their bloodsugar levelsare high."
    assert _hits(text, "MT106") == [
        (2, 8, 16, "withtype", ("with type",), True),
        (2, 40, 50, "bloodsugar", ("blood sugar",), True),
        (2, 51, 60, "levelsare", ("levels are",), True),
    ]


def test_sentence_glued_to_the_next() -> None:
    assert _hits("Ask about the medicine.It may interact.", "MT106") == [
        (1, 15, 26, "medicine.It", ("medicine. It",), True)
    ]
    src = "Ask about the medicine.It may interact."
    fixed, count = apply_fixes(src, medlint.lint_text(src, select=["MT106"]))
    assert (fixed, count) == ("Ask about the medicine. It may interact.", 1)


def test_addresses_initials_names_and_compounds_pass() -> None:
    for text in (
        "See www.cdc.gov/diabetes.Html or mail info@nih.gov today.",
        "The U.S.Army guide, e.g.The list, and version 2.It of the app.",
        "Metformin, Januvia and BRCA1 carriers; an HbA1c test; GeneReviews and MedlinePlus.",
        "An underactive thyroid, a nonfatal stroke, flulike symptoms, digitalis and a windpipe.",
    ):
        assert _hits(text, "MT106") == [], text
    assert _hits("Use `config.Load` and `bloodsugar` here.", "MT106", "markdown") == []


def test_wrong_inflections() -> None:
    text = "Most patients overcomed it.\nThe nurse teached her. Dr Childs saw two childs."
    assert _hits(text, "MT107") == [
        (1, 15, 24, "overcomed", ("overcame",), False),
        (2, 11, 18, "teached", ("taught",), False),
    ]


def test_dictionary() -> None:
    assert is_known("hepatosplenomegaly") and is_known("diabetes")
    assert not is_known("withtype")
    assert glued_splits("metabolismthe") == (("metabolism", "the"),)
    assert glued_splits("incoordination") == ()  # "in" begins ordinary compounds
    assert wrong_inflection("tooths") == ("tooth", ("teeth",))
    assert wrong_inflection("taught") is None


def test_number_run_together_with_a_word() -> None:
    text = "Walk 2hours and 30minutes.\nEat 1,000calories; sent in June 1999should go."
    assert _hits(text, "MT106") == [
        (1, 6, 12, "2hours", ("2 hours",), True),
        (1, 17, 26, "30minutes", ("30 minutes",), True),
        (2, 5, 18, "1,000calories", ("1,000 calories",), True),
        (2, 33, 43, "1999should", ("1999 should",), True),
    ]
    fixed, count = apply_fixes(text, medlint.lint_text(text, select=["MT106"]))
    assert (fixed, count) == (
        "Walk 2 hours and 30 minutes.\nEat 1,000 calories; sent in June 1999 should go.",
        4,
    )


def test_units_ordinals_names_and_addresses_after_numbers_pass() -> None:
    for text in (
        "Take 5mg or 20mmol for 3hrs; 9kcal, 15kDa and 10mmHg.",
        "The 2nd and 21st, the 1990s, 5alpha-reductase and 11beta hydroxylase.",
        "See example.org/a%20deletions.pdf, 2020report.pdf and v1.2steps.",
    ):
        assert _hits(text, "MT106") == [], text
