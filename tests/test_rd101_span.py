"""RD101 (prose24): a page's grade is reported over the text it was computed on, not over the first
block alone, which is often a plain sentence or a list's lead-in that no editor would simplify."""

from __future__ import annotations

import medlint
from medlint.rules.readability._shared import _EASY, _HARD

_TITLE = "# How to prevent trichinellosis?\n\n"
_PLAIN_ITEM = "- Wash your hands with warm water and soap after handling raw meat.\n"
_ADVICE = "You should ask your doctor which medicine suits you."


def _rd101(text: str) -> list[tuple[str, int, int, int, int, int]]:
    return [
        (d.severity.name, d.start.offset, d.start.line, d.start.column, d.end.offset, d.end.line)
        for d in medlint.lint_text(text, "markdown", select=["RD101"])
        if "this section" not in d.message
    ]


def test_a_plain_first_item_is_not_the_whole_span() -> None:
    text = _TITLE + _PLAIN_ITEM + "\n" + _HARD * 4 + _ADVICE + "\n"
    item = len(_TITLE) + 2  # the item's text, after "- "
    # graded: the plain item and the hard paragraph after it; before prose24 the span was the item
    # alone (ending at offset 101, a grade-4 sentence)
    assert item == 36 and text.index("\n", item) == 101
    assert _rd101(text) == [("WARNING", item, 3, 3, len(text.rstrip()), 5)]


def test_one_paragraph_keeps_its_span() -> None:
    text = _TITLE + _HARD * 4 + _ADVICE + "\n"
    assert _rd101(text) == [("WARNING", len(_TITLE), 3, 1, len(text.rstrip()), 3)]


def test_plain_blocks_draw_nothing() -> None:
    text = _TITLE + _PLAIN_ITEM + "\n" + _EASY * 3 + "\n\n" + _EASY * 2 + "\n"
    assert _rd101(text) == []
