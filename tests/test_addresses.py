"""The shared address and page-chrome tests that TX108, TX109, TX110, TX112, TX116, TX127 and MT106 ask."""

from __future__ import annotations

import pytest

from medlint.formats import markdown
from medlint.text.addresses import in_address, in_broken_address
from medlint.text.page_chrome import chrome_label


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("see example.dont for more", "dont", True),  # a dot inside a name
        ("mail @youre today", "youre", True),
        ("the file my_dont here", "dont", True),
        ("I dont know.", "dont", False),
        ("They said dont. Then left.", "dont", False),  # a full stop that ends the sentence
        ("Ask them: dont wait", "dont", False),
        ("Read it.Dont wait", "Dont", True),  # a glued sentence reads as a name here; MT106 reads those
        ("path/dont/x", "dont", True),
    ],
)
def test_in_address(text: str, word: str, expected: bool) -> None:
    assert in_address(text, *_span(text, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("see http://fasebj. msubmit. net for it", "msubmit", True),
        ("see www. lawsonresearch. ca/ news", "news", True),
        ("see www.example.org and then msubmit more", "msubmit", False),  # a space after a word
        ("no address here msubmit", "msubmit", False),
        ("www. example.\nmsubmit", "msubmit", False),  # another line
    ],
)
def test_in_broken_address(text: str, word: str, expected: bool) -> None:
    assert in_broken_address(text, text.index(word)) is expected


def test_chrome_label_reads_short_lines_and_links_not_sentences_or_lists() -> None:
    text = "En Espanol\n\nSjogren syndrome is rare. It dries the eyes.\n\n- Sjogren syndrome\n"
    doc = markdown.load(text)
    assert chrome_label(doc, *_span(text, "Espanol"))
    first = text.index("Sjogren")
    assert not chrome_label(doc, first, first + 7)
    item = text.rindex("Sjogren")
    assert not chrome_label(doc, item, item + 7)
