"""Markdown writers who head sections with a bold line instead of "#": the line is a heading."""

from __future__ import annotations

from medlint import lint_text
from medlint.document import HEADING, PARAGRAPH
from medlint.formats import load_document


def blocks(source: str) -> list[tuple[str, str]]:
    doc = load_document(source, "markdown")
    return [(b.kind, doc.prose[b.start : b.end]) for b in doc.blocks]


def test_a_bold_line_opening_a_paragraph_is_a_heading() -> None:
    source = "**How is it treated?**\n\nYour doctor may suggest changes.\n\n__Symptoms__\nFever and cough.\n"
    assert blocks(source) == [
        (HEADING, "How is it treated?"),
        (PARAGRAPH, "Your doctor may suggest changes."),
        (HEADING, "Symptoms"),
        (PARAGRAPH, "Fever and cough."),
    ]


def test_bold_sentences_long_bold_and_bold_inside_a_line_are_emphasis() -> None:
    assert blocks("**Call 911 at once.**\n")[0][0] == PARAGRAPH
    assert blocks("**" + "word " * 12 + "word**\n")[0][0] == PARAGRAPH
    assert blocks("Take it **with food** only.\n")[0][0] == PARAGRAPH
    assert blocks("**Warning** take it with food.\n")[0][0] == PARAGRAPH
    # one paragraph, whose soft line break the prose view reads as a space (CommonMark 6.8)
    assert blocks("Some text\n**Bold line**\n") == [(PARAGRAPH, "Some text   Bold line")]


def test_a_bold_title_printed_twice_is_a_repeated_heading() -> None:
    source = "**Can stem cells treat diabetes?**\n\n**Can stem cells treat diabetes?**\n\nStem cells can become other cells.\n"
    found = [(d.code, d.start.line, d.start.column) for d in lint_text(source, format="markdown")]
    assert ("RP103", 3, 3) in found
