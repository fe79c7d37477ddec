"""RD101 leaves out a two-row symptom table run into its legend and a list run into its lead-in's line."""

from __future__ import annotations

import medlint
from medlint.linter import load_document
from medlint.rules.readability._shared import _EASY, _HARD, flattened_list, graded_sentences, run_in_list

_ITEMS = (
    "Hypertrophic cardiomyopathy Progressive muscle weakness Intellectual disability Abnormal retinal "
    "pigmentation Respiratory insufficiency Cardiac arrhythmia Exercise intolerance Learning difficulties "
)
#: a bulleted list whose line breaks a crawl lost, run into its lead-in's sentence
_RUN_IN = "Signs and symptoms may include: " + _ITEMS * 3 + "Visual impairment."
_TITLE = "# What are the symptoms of Danon disease?\n\n"

#: a GARD symptom table of two rows (an empty frequency cell each, "-") and the legend the crawl ran into its line
_TWO_ROWS = (
    "Signs and Symptoms Approximate number of patients (when available) Absent tibia - "
    "Autosomal recessive inheritance - "
)
_LEGEND = (
    "The Human Phenotype Ontology (HPO) has collected information on how often a sign or symptom occurs in a "
    "condition. Much of this information comes from Orphanet, a European rare disease database. The frequency "
    "of a sign or symptom is usually listed as a rough estimate of the percentage of patients who have that "
    "feature. Because these frequencies are based on a specific study, the fractions may be different if "
    "another group of patients are examined. "
)
_TIBIA = "# What are the signs and symptoms of Absence of tibia?\n\n"
_ADVICE = "You should ask your doctor about it. "


def _rd101(text: str) -> list[tuple[str, int, int, int, int]]:
    return [
        (d.severity.name, d.start.offset, d.start.line, d.start.column, d.end.offset)
        for d in medlint.lint_text(text, "markdown", select=["RD101"])
    ]


def test_a_list_run_into_its_lead_in_is_not_graded() -> None:
    # easy prose and a 70-word run of symptom names after "include:": graded 13.4 before, a warning
    text = _TITLE + _EASY * 2 + _RUN_IN + " Ask your doctor about them.\n"
    assert _rd101(text) == []
    graded = graded_sentences(load_document(text, "markdown", None, None))
    assert [s.text for s in graded[-2:]] == [
        "Call your doctor if you feel worse.",
        "Ask your doctor about them.",
    ]


def test_hard_prose_beside_a_run_in_list_still_fires() -> None:
    prose = _HARD * 4 + _ADVICE
    text = _TITLE + prose + _RUN_IN + "\n"
    assert _rd101(text) == [("WARNING", 43, 3, 1, 43 + len(prose + _RUN_IN))]


def test_run_in_list_needs_everyday_words_capitalised_after_lower_case_ones() -> None:
    assert run_in_list(_RUN_IN)
    assert run_in_list(
        "It can be a sign of one of the following: An upper respiratory tract infection, such as strep "
        "throat Blood disorders, especially leukemia Inflammatory bowel disease"
    )
    # a title after the colon: its words are capitalised from the first
    assert not run_in_list(
        "For more, go to the CDC's Vaccines and Preventable Diseases: Seasonal Influenza (Flu) Vaccination Web page."
    )
    # a name's words joined by "of" and "and"; names rare as everyday words
    assert not run_in_list(
        "Funded by: the National Institute of Child Health and Human Development in Bethesda."
    )
    assert not run_in_list("It may include: problems seen with Sjogren syndrome and with Crohn disease.")
    assert not run_in_list("Strep throat Blood disorders Inflammatory bowel disease")  # no lead-in


def test_a_two_row_table_and_its_legend_are_not_graded() -> None:
    # one plain sentence, then the table's line with the legend run in: the legend was graded (11.9)
    text = _TIBIA + "Affected people are born without a shin bone. \n\n" + _TWO_ROWS + _LEGEND * 2 + "\n"
    assert _rd101(text) == []
    graded = graded_sentences(load_document(text, "markdown", None, None))
    assert [s.text for s in graded] == ["Affected people are born without a shin bone."]


def test_hard_prose_before_a_two_row_table_still_fires() -> None:
    prose = _HARD * 4 + _ADVICE.strip()
    text = _TIBIA + prose + "\n\n" + _TWO_ROWS + _LEGEND * 2 + "\n"
    assert _rd101(text) == [("WARNING", 56, 3, 1, 56 + len(prose))]


def test_two_capitalised_cells_make_a_table_and_a_dash_pair_does_not() -> None:
    assert flattened_list(_TWO_ROWS + _LEGEND)
    assert flattened_list(
        "Anencephaly 90% Primary adrenal insufficiency 90% Spina bifida - The Human Phenotype"
    )
    assert not flattened_list("The drug - Zoloft - works well in most people.")
    assert not flattened_list("The new drug -- a pill -- works better than the old one.")
