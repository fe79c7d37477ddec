"""The headline of a plain-text article: a title line longer than a plain-text heading is still the headline."""

from __future__ import annotations

import medlint
from medlint.document import HEADING, PARAGRAPH
from medlint.formats import load_document
from medlint.rules.claims._shared import has_headline

LONG_TITLE = "Eating Foods High in Vitamin C Cuts Risk of Cataract Progression by a Third, Researchers at King's College Report"
BODY = "In a cohort study of 300 twins, vitamin C intake from food was associated with less cataract progression."


def test_long_title_line_is_the_headline() -> None:
    doc = load_document(f"{LONG_TITLE}\n\n{BODY}", "text")
    assert doc.blocks[0].kind == PARAGRAPH  # more than twelve words: not a plain-text heading
    assert has_headline(doc)
    assert load_document(f"Vitamin C cuts cataract risk\n\n{BODY}", "text").blocks[0].kind == HEADING


def test_opening_sentence_or_lone_paragraph_is_not_a_headline() -> None:
    assert not has_headline(load_document(f"{LONG_TITLE}.\n\n{BODY}", "text"))  # a full stop: a sentence
    assert not has_headline(load_document(f"{LONG_TITLE}\nsecond line\n\n{BODY}", "text"))  # two lines
    assert not has_headline(load_document(LONG_TITLE, "text"))  # nothing after it


def test_cl107_headline_finding_position_and_message() -> None:
    found = [d for d in medlint.lint_text(f"{LONG_TITLE}\n\n{BODY}", format="text", select=["CL107"])]
    assert [(d.start.line, d.start.column, d.text) for d in found] == [(1, 32, "Cuts")]
    assert found[0].message.startswith(
        "headline states cause and effect (\u201cCuts\u201d) for an observational finding"
    )


def test_cl124_long_title_is_called_the_headline() -> None:
    text = (
        "New Compound Restores Memory in People With Alzheimer's Disease, Researchers at a Boston Hospital Report"
        "\n\nBOSTON (Reuters) - In mice with an Alzheimer's-like disease, the compound restored memory."
    )
    found = medlint.lint_text(text, format="text", select=["CL124"])
    assert [(d.start.line, d.start.column, d.text) for d in found] == [(1, 14, "Restores")]
    assert found[0].message.startswith("headline promises a benefit (\u201cRestores\u201d)")
