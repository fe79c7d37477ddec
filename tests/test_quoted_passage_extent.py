"""``introduced_passage``: where a passage after a lead-in ends when its own structure says so."""

from __future__ import annotations

from medlint.formats import load_document
from medlint.text.quotes import introduced_passage


def _at(text: str, words: str, fmt: str = "text") -> tuple[int, int] | None:
    doc = load_document(text, fmt)
    return introduced_passage(doc, text.index(words))


_LETTER = "Two emails hit our inbox in 2007:\nHi All-\nJust wanted to warn you.\nIt was scary.\n\nThe writer resumes."


def test_a_letter_runs_from_its_salutation_to_the_end_of_its_block() -> None:
    span = (_LETTER.index("Hi All"), _LETTER.index("\n\nThe writer"))
    for words in ("Hi All", "Just wanted", "It was scary"):
        assert _at(_LETTER, words) == span
    assert _at(_LETTER, "The writer") is None


def test_a_letter_ends_at_the_signature_after_its_sign_off() -> None:
    text = "The message read:\nDear friends,\nPlease share this.\nThanks,\nMary\nMost of it was false."
    span = (text.index("Dear"), text.index("\nMost"))
    assert _at(text, "Please") == span
    assert _at(text, "Mary") == span
    assert _at(text, "Most of it") is None


def test_a_letter_in_the_block_after_its_lead_in() -> None:
    text = "One reader wrote:\n\nHello everyone!\nMy son was ill for a week.\nHe is fine now.\nA long line.\n\nWe checked."
    span = (text.index("Hello"), text.index("\n\nWe checked"))
    assert _at(text, "He is fine") == span
    assert _at(text, "A long line") == span  # more than three lines: a letter all the same
    assert _at(text, "We checked") is None


def test_lines_with_a_quotations_editorial_marks_continue_the_passage() -> None:
    text = (
        "One site posted this headline:\nChina seeks approval\nThe court in Chhina [sic] will approve it.\n"
        "It was left out [...] of the report.\nThe State tells the court more.\nThis is not a genuine report."
    )
    assert _at(text, "China seeks") == (text.index("China seeks"), text.index("\nThe court"))
    continued = (text.index("The court"), text.index("\nThe State"))
    assert _at(text, "The court") == continued
    assert _at(text, "It was left") == continued
    assert _at(text, "The State") is None  # no mark: whose words it is, the text does not say


def test_a_mark_inside_the_writers_own_quotation_does_not_continue_it() -> None:
    text = 'One site posted this headline:\nChina seeks approval\nIt named "Chhina [sic]" as the country.'
    assert _at(text, "It named") is None


def test_a_quotation_closed_paragraphs_later_covers_the_paragraphs_between() -> None:
    text = (
        "In a letter, the doctor wrote:\n\n\u201cWe were overwhelmed.\n\nNo one knew what to do.\n\n"
        "Then it ended.\u201d She left.\n\nThe writer resumes."
    )
    assert _at(text, "We were") is None  # opens with its mark: quotation_around reads it
    assert _at(text, "No one") == (text.index("No one"), text.index("\n\nThen"))
    closing = text.index("\u201d")
    assert _at(text, "Then it") == (text.index("Then it"), closing)
    assert _at(text, "\u201d She") is None  # the closing mark itself is TX102's to read
    assert _at(text, "She left") is None
    assert _at(text, "The writer") is None


def test_a_quotation_never_closed_or_cut_by_a_heading_gives_nothing() -> None:
    unclosed = "In a letter, the doctor wrote:\n\n\u201cWe were overwhelmed.\n\nNo one knew what to do.\n"
    assert _at(unclosed, "No one") is None
    headed = "In a letter, the doctor wrote:\n\n\u201cWe were overwhelmed.\n\n# Next\n\nNo one knew.\u201d\n"
    assert _at(headed, "No one", "markdown") is None


_POINTED_BACK = (
    "Many people forwarded the following message:\nPut onions in every room. It must work..\n"
    "Try it and see.\nDoctors disagree. The message quoted above is one such offering."
)


def test_a_passage_runs_to_the_writers_pointer_back_to_it() -> None:
    span = (_POINTED_BACK.index("Put onions"), _POINTED_BACK.index("\nDoctors"))
    assert _at(_POINTED_BACK, "It must work") == span
    assert _at(_POINTED_BACK, "Try it") == span
    assert _at(_POINTED_BACK, "Doctors") is None


def test_no_pointer_back_when_another_lead_in_stands_between() -> None:
    text = (
        "Many people forwarded the following message:\nPut onions in every room.\nTry it and see.\n"
        "One doctor told us:\nIt is a myth.\nThe message quoted above is one such offering."
    )
    assert _at(text, "Try it") is None  # the first line after the lead-in only, as before
