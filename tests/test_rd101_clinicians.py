"""RD101 reads a section's heading for whom it is written: ``clinician_heading`` and ``clinician_blocks``."""

from __future__ import annotations

import pytest

from medlint.formats import load_document
from medlint.rules.readability._shared import clinician_blocks, clinician_heading


@pytest.mark.parametrize(
    "heading",
    [
        "Physician Diagnosis",
        "Information for Health Care Providers",
        "Resources for Health Professionals",
        "For Clinicians",
        "U.S. Healthcare Providers:",
        "Recommendations for Obstetric Health Care Providers",
        "Clinical Features",
    ],
)
def test_a_heading_for_clinicians(heading: str) -> None:
    assert clinician_heading(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "When should I call my health care provider?",  # the reader's own question
        "Diagnosis",
        "How Doctors Diagnose Anemia",  # what the reader will meet, written for the reader
        "Talk to Your Health Care Provider",
        "Laboratory Detection",  # a subsection whose level plain text does not keep: not read
    ],
)
def test_a_heading_for_the_reader(heading: str) -> None:
    assert not clinician_heading(heading)


def test_the_section_runs_to_the_next_heading_or_label_line() -> None:
    text = (
        "Ticks spread the disease.\n\nPhysician Diagnosis\n\nClinicians should test early.\n\n"
        "Serology helps.\n\nTreatment\n\nRest and drink water.\n"
    )
    doc = load_document(text, "text")
    inside = {doc.prose[doc.blocks[i].start : doc.blocks[i].end] for i in clinician_blocks(doc)}
    assert inside == {"Clinicians should test early.", "Serology helps."}


def test_a_page_without_the_words_has_no_section_for_clinicians() -> None:
    assert (
        clinician_blocks(load_document("Physical Exam\n\nThe doctor listens to your chest.\n", "text"))
        == frozenset()
    )
