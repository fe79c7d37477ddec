"""MT116 (page-term-swap): exact spans, the page as the reference, and the gates."""

from __future__ import annotations

import medlint
from medlint.text.page_terms import same_word


def _hits(text: str) -> list[tuple[int, int, int, int, str, tuple[str, ...], str]]:
    return [
        (d.start.offset, d.end.offset, d.start.line, d.start.column, d.text, d.suggestions, d.severity.name)
        for d in medlint.lint_text(text, select=["MT116"])
    ]


def test_a_swap_of_a_term_the_page_writes_intact() -> None:
    text = "Horner syndrome is rare.\nPeople with Horner symptom have a small pupil."
    assert _hits(text) == [(37, 51, 2, 13, "Horner symptom", ("Horner syndrome",), "INFO")]
    (d,) = medlint.lint_text(text, select=["MT116"])
    assert d.data["term"] == "horner syndrome"


def test_the_swapped_word_may_be_the_first() -> None:
    # "congenital" all but demanded before "diaphragmatic"; "innate" is its synonym
    text = "Congenital diaphragmatic hernia is a defect. An innate diaphragmatic hernia needs surgery."
    assert _hits(text) == [(48, 68, 1, 49, "innate diaphragmatic", ("congenital diaphragmatic",), "INFO")]


def test_no_intact_term_on_the_page_passes() -> None:
    assert _hits("People with Horner symptom have a small pupil. It is rare.") == []


def test_a_kept_word_with_many_partners_passes() -> None:
    # "brain" is paired with many words in health writing: "brain trauma" is a writer's variation
    assert _hits("Brain injury is common. Brain trauma can follow a fall.") == []


def test_forms_of_one_word_and_attested_pairs_pass() -> None:
    assert _hits("Early detection helps. Earlier detection helps more.") == []
    assert _hits("Horner syndrome is rare. Horner syndromes are rarer.") == []
    assert (
        same_word("early", "earlier")
        and same_word("tumor", "tumour")
        and not same_word("symptom", "syndrome")
    )


def test_a_name_inside_a_sentence_passes() -> None:
    # both words capitalised inside a sentence: a name, not a swap
    text = "Horner syndrome is rare. The Horner Symptom Fund pays for care."
    assert _hits(text) == []
    # at a sentence's opening the capital says nothing
    assert [h[:2] for h in _hits("Horner syndrome is rare. Horner Symptom is rarer.")] == [(25, 39)]


def test_off_by_default() -> None:
    text = "Horner syndrome is rare.\nPeople with Horner symptom have a small pupil."
    assert [d for d in medlint.lint_text(text) if d.code == "MT116"] == []
