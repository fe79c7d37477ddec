"""The lead-in test shared by the text rules' unmarked passages and the claim context."""

from __future__ import annotations

import pytest

from medlint.text.quotes import lead_in


@pytest.mark.parametrize(
    "line",
    [
        "One viral post read:",
        "In a statement, the agency said:",
        "The flyer handed out at the market read:",
        "It went on. Dr. Tom Wingfield of the clinic explained:",
    ],
)
def test_a_line_that_hands_what_follows_to_a_source_is_a_lead_in(line: str) -> None:
    assert lead_in(line)


@pytest.mark.parametrize(
    "line",
    [
        "Symptoms include:",  # the writer's own list follows
        "E-mail:",  # a form's field
        "She wrote a long post. Here it is",  # no colon
        "The post went viral. Here is the truth:",  # the sentence before the colon names no source
    ],
)
def test_a_line_that_introduces_the_writers_own_words_is_not(line: str) -> None:
    assert not lead_in(line)


def test_a_closer_with_no_opener_closes_nothing() -> None:
    """A page cut at its start keeps a quotation's closing mark without its opener; the next quotation still
    opens ("...pills!\u201d \u201cCure lupus with ..." is inside its quotation)."""
    from medlint.text.quotes import quote_open

    assert quote_open("Cure it now!\u201d \u201cCure lupus with")
    assert not quote_open("Cure it now!\u201d \u201cCure lupus.\u201d Then")
    assert not quote_open("He is 5\u201d tall and")


def test_a_block_whose_quotation_lost_its_opening_mark() -> None:
    """The words before a sentence-ending closer with no opener before it are quoted; a closer after a word
    (an inch mark, a stray) is not such a quotation."""
    from medlint.formats import load_document
    from medlint.text.quotes import inside_quotes, lost_opener_end, quotation_around

    doc = load_document(
        "Cure your lupus without pills!\u201d \u201cCure lupus at home!\u201d\n\nThere is no miracle cure.\n",
        "text",
    )
    prose = doc.prose
    assert inside_quotes(doc, prose.index("lupus without"))
    assert inside_quotes(doc, prose.index("at home"))
    assert not inside_quotes(doc, prose.index("miracle"))
    assert quotation_around(doc, prose.index("without")) == (0, prose.index("\u201d"))
    plain = "The board is 5\u201d wide and sturdy."
    assert lost_opener_end(plain, 0, len(plain)) is None


def test_quoted_ads_on_a_careful_page_are_not_its_claims() -> None:
    from medlint import lint_text

    text = (
        "Cure your lupus without pharmaceutical pills!\u201d \u201cCure lupus with these natural products and have "
        "no side effects!\u201d\n\nThere is NO miracle pill that can cure lupus.\n"
    )
    assert not [d for d in lint_text(text) if d.code in ("CL101", "CL103")]
