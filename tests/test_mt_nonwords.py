"""MT106 (glued-words) and MT107 (wrong-inflection): exact spans, fixes, and what they leave alone."""

from __future__ import annotations

import medlint
from medlint.fixes import apply_fixes
from medlint.text.lexicon import form_of_listed, glued_splits, is_known, wrong_inflection


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


def test_two_long_words_run_together() -> None:
    text = "Title\nIt causes inflammationirritation of the skin and liver cirrhosisscarring."
    assert _hits(text, "MT106") == [
        (2, 11, 33, "inflammationirritation", ("inflammation irritation",), False),
        (2, 56, 73, "cirrhosisscarring", ("cirrhosis scarring",), False),
    ]
    diags = medlint.lint_text(text, select=["MT106"])
    assert [d.severity.name for d in diags] == ["WARNING", "WARNING"]
    # two long words may be a closed compound no table lists ("rattlesnakes"): applied only when asked
    assert apply_fixes(text, diags)[0] == text
    assert apply_fixes(text, diags, unsafe=True)[0].endswith(
        "inflammation irritation of the skin and liver cirrhosis scarring."
    )


def test_compounds_radicals_prefixes_addresses_and_own_terms_are_no_long_pair() -> None:
    for text in (
        "Crowdfunders, guardrails and clearinghouses; a spokesperson and a councilperson.",  # compound heads
        "A pseudolymphoma, methylcellulose, hydroxysteroid and counterstimulation.",  # prefixes, radicals
        "Visit http://www. lawsonresearch. ca/ news for more.",  # an address the crawl spaced out
        "The councilmember met councilmembers; the councilmember spoke.",  # the text's own compound
    ):
        assert _hits(text, "MT106") == [], text


def test_another_form_of_a_listed_compound_is_no_long_pair() -> None:
    # "coronaviruses" is "coronavirus" with its plural ending, "weightlifters" shares its stem with
    # "weightlifting": closed compounds with an ending changed; "cirrhosisscarring" is no word's form
    text = "Title\nNew coronaviruses and weightlifters; rattlesnakes and liver cirrhosisscarring."
    assert _hits(text, "MT106") == [(2, 61, 78, "cirrhosisscarring", ("cirrhosis scarring",), False)]
    assert form_of_listed("coronaviruses") == "coronavirus"
    assert form_of_listed("weightlifters") == "weightlifting"
    assert form_of_listed("cirrhosisscarring") is None
    assert form_of_listed("inflammationirritation") is None


def test_a_word_run_together_with_the_number_after_it() -> None:
    text = "Title\nHigh blood pressure140 over 90. Take a short course2 or 3 days; add bleach1 teaspoon."
    assert _hits(text, "MT106") == [
        (2, 12, 23, "pressure140", ("pressure 140",), False),
        (2, 46, 53, "course2", ("course 2",), False),
        (2, 69, 76, "bleach1", ("bleach 1",), False),
    ]
    diags = medlint.lint_text(text, select=["MT106"])
    fixed, count = apply_fixes(text, diags, unsafe=True)
    assert count == 3 and "pressure 140 over 90" in fixed and "bleach 1 teaspoon" in fixed


def test_reference_numbers_names_and_versions_after_a_word_pass() -> None:
    text = (
        "Studies8,9 show it. Experts3 believe it. Use python3 now. The covid19 outbreak and covid19 "
        "cases; contraceptives2 may harm; see trials1, 2."
    )
    assert _hits(text, "MT106") == []


def test_a_wordnet_word_or_inflection_is_no_glued_pair() -> None:
    # "assorting" (assort + ing, a WordNet verb) splits as "as" + "sorting", but is a word
    text = "He kept assorting the letters; the levelsare high."
    assert _hits(text, "MT106") == [(1, 36, 45, "levelsare", ("levels are",), True)]
