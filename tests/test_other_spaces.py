"""A no-break or typographic space between words reads as a plain one (``medlint.text.spaces``)."""

from __future__ import annotations

import medlint
from medlint.formats import load_document
from medlint.text.spaces import plain_spaces


def _codes(text: str, code: str) -> list[str]:
    return [d.text for d in medlint.lint_text(text, select=[code]) if d.code == code]


def test_the_prose_view_reads_a_no_break_space_as_a_space_and_keeps_offsets() -> None:
    src = "Studies\u00a0show that garlic cures\u202fcancer.\n"
    doc = load_document(src, "text")
    assert doc.prose == src.replace("\u00a0", " ").replace("\u202f", " ")
    assert len(doc.prose) == len(src) and doc.source == src


def test_rules_read_phrases_across_a_no_break_space() -> None:
    assert _codes("Studies\u00a0show that garlic lowers cholesterol.", "CL106") != []
    assert _codes("Take the\u00a0the tablets with water.", "RP101") == ["the\u00a0the"]
    assert _codes("Women are at risk of losing of\u00a0losing their coverage.", "RP105") != []


def test_plain_spaces_keeps_length_and_leaves_the_ideographic_space() -> None:
    assert plain_spaces("a\u00a0b\u2009c\u3000d") == "a b c\u3000d"
    assert plain_spaces("plain") == "plain"


def test_a_list_marker_followed_by_a_no_break_space_opens_a_list_item() -> None:
    doc = load_document("Take care:\n\n-\u00a0Rest in bed today\n2.\u00a0Drink water often\n", "text")
    assert [(b.kind, doc.prose[b.start : b.end]) for b in doc.blocks] == [
        ("paragraph", "Take care:"),
        ("list_item", "Rest in bed today"),
        ("list_item", "Drink water often"),
    ]
