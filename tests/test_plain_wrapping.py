"""Plain text hard-wrapped at a fixed width reads as its paragraphs; lines of their own stay lines."""

from __future__ import annotations

import textwrap

import medlint
from medlint.formats import load_document
from medlint.formats.wrapping import wrapped_breaks

_STORY = (
    "The new study followed 1,200 adults for ten years. Studies have found that people who walk every "
    "day live longer, but this one could not say why. The authors said more research is needed before "
    "doctors change their advice."
)


def _breaks(text: str) -> list[int]:
    """The wraps of a text whose paragraphs are separated by blank lines."""
    blocks, pos = [], 0
    for part in text.split("\n\n"):
        blocks.append((pos, pos + len(part.rstrip("\n"))))
        pos += len(part) + 2
    return list(wrapped_breaks(text, blocks))


def test_a_paragraph_wrapped_at_72_columns_is_read_as_one_line() -> None:
    wrapped = "\n".join(textwrap.wrap(_STORY, 72))
    assert _breaks(wrapped) == [i for i, c in enumerate(wrapped) if c == "\n"]
    doc = load_document(wrapped + "\n", "text")
    assert "Studies have found" in doc.prose
    assert doc.prose.count("\n") == 1  # the file's last line end stays


def test_a_phrase_across_a_wrap_is_found_where_the_file_has_it() -> None:
    lines = [
        "Researchers followed 1,200 adults in three cities for ten years. Studies have",
        "found that people who walk every day live longer, but this one could not",
        "say why. The authors said that more research is needed before doctors change",
        "their advice.",
    ]
    text = "\n".join(lines) + "\n"
    # the first and third line ends are wraps ("found", "their" would not fit in 77 columns); the second is not
    # ("say" would have fitted): a line end of its own inside a wrapped paragraph
    assert _breaks(text) == [len(lines[0]), len("\n".join(lines[:3]))]
    found = [
        (d.text, d.start.line, d.start.column, d.end.line, d.end.column)
        for d in medlint.lint_text(text, format="text", select=["CL106"])
    ]
    assert found == [("Studies have\nfound", 1, 66, 2, 6)]


def test_two_lines_alone_are_not_read_as_wrapped() -> None:
    text = "A chain e-mail read:\nRape is an oil used as a illuminate for magazines.\nIt is a illuminate for nothing.\n"
    assert _breaks(text) == []
    story = "\n".join(textwrap.wrap(_STORY, 72))
    # with a wrapped paragraph in the same file, a two-line paragraph is read at the file's width
    two = "Walking also lowers blood pressure in most adults, the authors wrote in\ntheir report."
    assert _breaks(story + "\n\n" + two)[-1] == len(story) + 2 + two.index("\n")


def test_lines_of_their_own_are_not_joined() -> None:
    listing = "Symptoms include\nfever\ncough\nheadache\n"
    assert _breaks(listing) == []
    one_paragraph_a_line = _STORY + "\n" + _STORY.upper() + "\n"
    assert _breaks(one_paragraph_a_line) == []  # lines wider than any wrapping program's width
    address = "National Institutes of Health\n9000 Rockville Pike\nBethesda, Maryland 20892\n"
    assert _breaks(address) == []


def test_a_word_broken_at_its_hyphen_keeps_its_line_end() -> None:
    text = "The trial gave 81 mg of aspirin a day to women who took part in the low-\ndose arm of the study."
    assert _breaks(text) == []
