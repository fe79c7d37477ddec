"""The fast forms of the observational-design tests (``causal.names_observational`` and
``names_observational_design``) agree with the full patterns they stand for."""

from __future__ import annotations

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint.evidence.causal import (
    OBSERVATIONAL,
    OBSERVATIONAL_DESIGN,
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
