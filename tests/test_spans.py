"""Every diagnostic's span is the exact source text, in every construct of every format."""

from __future__ import annotations

import pytest

import medlint
from medlint.formats import load_document

CASES = [
    ("text", "Intro line.\r\n\r\nThe the cure\r\n"),
    ("text", "Ça va 😀 — the the cure.\n"),
    ("markdown", "---\ntitle: The the\nauthor: A\n---\n\nBody the the here.\n"),
    ("markdown", "- item one\n- the the item\n  1. nested the the\n"),
    ("markdown", "> quoted the the\n> more\n"),
    ("markdown", "| a | b |\n|---|---|\n| the the | x |\n"),
    ("markdown", "Link [the the](https://example.org/the the) and *the the* and `the the`.\n"),
    ("markdown", "```\nthe the\n```\n\n    the the indented code\n\nProse the the.\n"),
    ("markdown", "# Heading the the\n\nText &amp; the the.\n"),
    (
        "html",
        "<html><head><title>The the</title><style>the the</style></head><body>"
        "<p>One &amp; <b>the</b> the</p><script>var s='the the'</script><ul><li>the the</li></ul></body></html>",
    ),
    ("html", "<p>Emoji 😀 then the the end</p>\r\n<p>Line two the the</p>"),
]


@pytest.mark.parametrize(("fmt", "src"), CASES)
def test_spans_are_exact(fmt: str, src: str) -> None:
    doc = load_document(src, fmt)
    assert len(doc.prose) == len(src)
    for i, (a, b) in enumerate(zip(src, doc.prose, strict=True)):
        # each character is kept or blanked to a space; line breaks are never blanked
        assert b == a or (b == " " and a not in "\r\n"), (i, a, b)
    diags = medlint.lint_text(src, format=fmt, select=["RP101"])
    for d in diags:
        assert d.text == src[d.start.offset : d.end.offset]
        line_start = src.rfind("\n", 0, d.start.offset) + 1
        assert d.start.column == d.start.offset - line_start + 1
        assert d.start.line == src.count("\n", 0, d.start.offset) + 1


def test_code_front_matter_urls_tags_never_fire() -> None:
    src = CASES[7][1]
    assert [d.start.line for d in medlint.lint_text(src, format="markdown", select=["RP101"])] == [7]
    fm = CASES[2][1]
    assert [d.start.line for d in medlint.lint_text(fm, format="markdown", select=["RP101"])] == [6]
    html = CASES[9][1]
    found = [d.text for d in medlint.lint_text(html, format="html", select=["RP101"])]
    assert found == ["the</b> the", "the the"]


def test_markdown_link_and_emphasis_keep_text_but_not_markup() -> None:
    src = CASES[6][1]
    texts = [d.text for d in medlint.lint_text(src, format="markdown", select=["RP101"])]
    assert texts == ["the the", "the the"]  # link text and emphasis; not the URL, not the code span


def test_newlines_survive_in_the_prose_view() -> None:
    for fmt, src in CASES:
        doc = load_document(src, fmt)
        assert [i for i, c in enumerate(src) if c == "\n"] == [
            i for i, c in enumerate(doc.prose) if c == "\n"
        ]
