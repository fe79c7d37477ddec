"""Every diagnostic's span is the exact source text, in every construct of every format."""

from __future__ import annotations

import pytest

import medlint
from medlint.document import LIST_ITEM, PARAGRAPH, QUOTE, Document
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
    # character references between words, decoded before parsing (formats/charrefs.py): spans stay the file's
    (
        "html",
        "<p>Don&#8217;t take the&nbsp;the tablets &mdash; the the end.</p>\n<p>One &amp; two the the</p>",
    ),
]


@pytest.mark.parametrize(("fmt", "src"), CASES)
def test_spans_are_exact(fmt: str, src: str) -> None:
    doc = load_document(src, fmt)
    # the prose view has the length of the source it was built from: the file, or its decoded copy
    assert doc.original in (None, src)
    assert len(doc.prose) == len(doc.source)
    soft = _soft_breaks(doc) if fmt in ("markdown", "html") else set()
    for i, (a, b) in enumerate(zip(doc.source, doc.prose, strict=True)):
        # each character is kept or blanked to a space; line breaks are never blanked, but for a soft line break
        # inside a Markdown or HTML paragraph, list item or quotation, which reads as a space (CommonMark 6.8)
        assert b == a or (b == " " and (a not in "\r\n" or i in soft)), (i, a, b)
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


def _soft_breaks(doc: Document) -> set[int]:
    """The source's line ends inside a paragraph, list item or quotation, before the block's own last line end."""
    return {
        i
        for b in doc.blocks
        if b.kind in (PARAGRAPH, LIST_ITEM, QUOTE)
        for i in range(b.start, b.end)
        if doc.source[i] == "\n" and doc.source[i + 1 : b.end].strip()
    }


def test_newlines_survive_in_the_prose_view() -> None:
    for fmt, src in CASES:
        doc = load_document(src, fmt)
        soft = _soft_breaks(doc) if fmt in ("markdown", "html") else set()
        assert (
            [doc.file_offset(i) for i, c in enumerate(doc.source) if c == "\n" and i not in soft]
            == [doc.file_offset(i) for i, c in enumerate(doc.prose) if c == "\n"]
            == [i for i, c in enumerate(src) if c == "\n" and i not in {doc.file_offset(j) for j in soft}]
        )


def test_a_markdown_soft_line_break_reads_as_a_space_and_a_hard_one_stays() -> None:
    src = "Many of our clients have been\nable to quit their pills.  \nA new line.\\\nAnother.\n\n# Title\n"
    doc = load_document(src, "markdown")
    # the soft break joins; the two-space and the backslash hard breaks stay (the backslash is markup, blanked)
    assert doc.prose.startswith(
        "Many of our clients have been able to quit their pills.  \nA new line. \nAnother."
    )
    assert doc.prose.count("\n") == src.count("\n") - 1
    found = medlint.lint_text(
        "Many of our clients have been\nable to quit their antidepressants.\n", format="markdown"
    )
    assert [d.code for d in found if d.code == "CL110"] == ["CL110"]
    assert not [d for d in medlint.lint_text("have been\nable", format="text") if d.code == "CL110"]
