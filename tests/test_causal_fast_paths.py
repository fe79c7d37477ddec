"""The fast forms of the observational-design tests (``causal.names_observational`` and
``names_observational_design``) agree with the full patterns they stand for."""

from __future__ import annotations

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint.evidence.causal import (
    OBSERVATIONAL,
    OBSERVATIONAL_DESIGN,
    doc_names_observational_design,
    names_observational,
    names_observational_design,
)

#: each matched by the records branch only, in the spellings and spacing it allows
RECORDS_ONLY = [
    "The team reviewed the medical records of 80 women.",
    "Researchers USED HOSPITAL CLAIMS DATA from 2010.",
    "We identified patients in the electronic health records.",
    "It was a retrospectively designed study.",
    "A retrospective look at 300 cases.",
    "In a chart\nreview of the clinic's files.",
    "Real-world evidence shows the same.",
    "Medicaid claims were analysed.",
    "Examining the insurance databases of two states.",
]


def _texts() -> list[str]:
    pieces = [
        " reviewed",
        " the",
        " medical",
        " records",
        " claims",
        " data",
        " chart",
        " review",
        " real-world",
        " evidence",
        " shows",
        " retrospective",
        " study",
        " cohort",
        " using",
        " hospital",
        " databases",
        "\n",
        ".",
        " Records",
        " CLAIMS",
    ]
    return [
        *RECORDS_ONLY,
        *rule_and_corpus_texts(),
        *medquad_answers(60, 3),
        *random_strings(pieces, 400, seed=107, max_pieces=12),
    ]


@pytest.mark.parametrize(
    "fast, full", [(names_observational, OBSERVATIONAL), (names_observational_design, OBSERVATIONAL_DESIGN)]
)
def test_the_fast_form_agrees_with_the_full_pattern(fast, full) -> None:  # type: ignore[no-untyped-def]
    texts = _texts()
    assert [fast(t) for t in texts] == [full.search(t) is not None for t in texts]
    assert [fast(t, t.lower()) for t in texts] == [full.search(t) is not None for t in texts]


def test_the_records_branch_alone_is_found() -> None:
    assert all(names_observational_design(t) for t in RECORDS_ONLY)
    assert all(OBSERVATIONAL_DESIGN.search(t) for t in RECORDS_ONLY)


def test_the_document_form_agrees_with_the_text_form() -> None:
    """``doc_names_observational_design`` (searched only where the document's words hold a probe,
    once per document) answers as ``names_observational_design`` of the prose, on documents that
    name a design, one only through the records branch, a probe word without a match ("surveys"
    is not "survey" or "surveyed"; "records" with no study of them), and none."""
    from medlint.formats import load_document

    texts = [
        *_texts(),
        "Doctors surveys show nothing.",
        "Keep your records of doses in a notebook.",
        "The cohort was followed for ten years.",
        "Researchers used hospital claims data.",
    ]
    docs = [load_document(t, "text") for t in texts]
    fast = [doc_names_observational_design(d) for d in docs]
    assert fast == [names_observational_design(d.prose, d.lower) for d in docs]
    assert fast[-4:] == [False, False, True, True]
    assert any(fast) and not all(fast)
