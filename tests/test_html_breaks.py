"""Loose HTML text broken by <br> (no <p>): a blank line's two <br> end a paragraph, a bold line is a heading."""

from __future__ import annotations

from medlint import lint_text
from medlint.document import HEADING, LIST_ITEM, PARAGRAPH
from medlint.formats import load_document


def blocks(source: str) -> list[tuple[str, str]]:
    doc = load_document(source, "html")
    return [(b.kind, doc.prose[b.start : b.end]) for b in doc.blocks]


def test_two_breaks_end_a_paragraph_and_one_does_not() -> None:
    source = "<div>First line,<br>same paragraph.<br><br>\nSecond paragraph.<br/> <br/>Third.</div>"
    assert blocks(source) == [
        (PARAGRAPH, "First line,    same paragraph."),
        (PARAGRAPH, "Second paragraph."),
        (PARAGRAPH, "Third."),
    ]


def test_a_bold_line_before_a_break_is_a_heading() -> None:
    source = (
        "<div><strong>What is high blood pressure?</strong><br>\n"
        "It is force against your artery walls.<br><br>\n"
        "<b>How is it treated</b><br>Diet, exercise and &nbsp;medicine.</div>"
    )
    assert [kind for kind, _ in blocks(source)] == [HEADING, PARAGRAPH, HEADING, PARAGRAPH]
    assert blocks(source)[2] == (HEADING, "How is it treated")


def test_bold_words_inside_a_line_are_emphasis() -> None:
    source = "<div>Take it <b>with food</b>.<br><b>Never</b> double a dose.<br><br></div>"
    assert [kind for kind, _ in blocks(source)] == [PARAGRAPH]
    long_bold = "<div><b>" + "word " * 13 + "</b><br>Text.</div>"
    assert [kind for kind, _ in blocks(long_bold)] == [PARAGRAPH]
    sentence = "<div><b>Call 911 at once.</b><br>Then sit down.</div>"
    assert [kind for kind, _ in blocks(sentence)] == [PARAGRAPH]


def test_an_unclosed_bold_does_not_leak_into_the_next_block() -> None:
    source = "<div><b>Note: see below</div><div>Short line<br>More text here.</div>"
    assert blocks(source)[-1][0] == PARAGRAPH


def test_a_title_printed_twice_between_breaks_is_a_repeated_heading() -> None:
    title = "<strong>Can stem cells treat diabetes?</strong><br>\n"
    source = f"<div>{title}{title}Stem cells are cells that can become other cells.<br><br></div>"
    found = [(d.code, d.start.line, d.start.column) for d in lint_text(source, format="html")]
    assert ("RP103", 2, 9) in found


def test_bulleted_lines_broken_by_br_inside_a_paragraph_are_list_items() -> None:
    # a changelog or symptom list typed as one <p> with a marker at the start of each line
    source = (
        "<p>Symptoms include:<br>+ a high temperature<br />+ a new, continuous cough<br>"
        "+ a loss of smell</p>\n<p>&bull; Rest<br>&bull; Drink fluids</p>"
    )
    assert blocks(source) == [
        (PARAGRAPH, "Symptoms include:"),
        (LIST_ITEM, "+ a high temperature"),
        (LIST_ITEM, "+ a new, continuous cough"),
        (LIST_ITEM, "+ a loss of smell"),
        # "&bull;" decoded before the page is parsed (formats/charrefs.py): one character, no padding
        (LIST_ITEM, "\u2022 Rest"),
        (LIST_ITEM, "\u2022 Drink fluids"),
    ]
    # each item is read on its own: no 'sentence' runs across the lines
    long_list = (
        "<p>" + "<br>".join(f"+ Added item number {i} with its own short note" for i in range(12)) + "</p>"
    )
    assert [d.code for d in lint_text(long_list, format="html") if d.code in ("RD101", "RD102")] == []


def test_lines_of_a_paragraph_that_are_not_all_bulleted_stay_one_paragraph() -> None:
    source = "<p>Take one tablet<br>- or two if the pain is bad -<br>with water.</p><p>A - B<br>+ C</p>"
    assert blocks(source) == [
        (PARAGRAPH, "Take one tablet    - or two if the pain is bad -    with water."),
        (PARAGRAPH, "A - B    + C"),
    ]
