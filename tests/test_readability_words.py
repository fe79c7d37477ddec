"""The readability rules' shared word view (``LetterWords``) gives ``_WORDS.findall`` of any stretch
(and its length)."""

from __future__ import annotations

import random

from medlint.formats import load_document
from medlint.rules.readability._shared import _WORDS, LetterWords

_PIECES = [
    "type-2",
    "Crohn's",
    "don\u2019t",
    "well-being",
    "x",
    "A1c",
    "3",
    "caf\u00e9",
    "ab-",
    "-cd",
    "'",
    "o'",
    " ",
]


def test_words_between_any_two_offsets_are_the_words_of_that_text() -> None:
    rng = random.Random(5)
    checked = cut = 0
    for _ in range(60):
        text = "".join(rng.choice([*_PIECES, " ", " ", ". ", ", ", "\n"]) for _ in range(rng.randint(1, 40)))
        doc = load_document(text, "text")
        words = LetterWords(doc)
        n = len(doc.prose)
        for _ in range(30):
            start = rng.randint(0, n)
            end = rng.randint(start, n)
            expected = _WORDS.findall(doc.prose[start:end])
            assert words.between(start, end) == expected, (doc.prose, start, end)
            assert words.count(start, end) == len(expected)
            checked += 1
            cut += bool(expected) and (start > 0 and doc.prose[start - 1 : start + 1].isalpha())
    assert checked == 1800 and cut > 20  # stretches that start inside a word were among them


_ASCII_PIECES = [
    "type-2",
    "covid-19",
    "B12",
    "1-a-2b",
    "Crohn's",
    "well-being",
    "x",
    "A1c",
    "3",
    "12,000",
    "ab-",
    "-cd",
    "'",
    "o'",
    "snake_case",
    "a--b",
    "x'y'z",
    "(see)",
]


def test_words_read_from_the_document_words_are_the_plain_split() -> None:
    """``LetterWords`` copies an ASCII piece's document words that hold no digit and splits the
    others: the same offsets as splitting the whole prose by ``_WORDS`` (``plain``)."""
    rng = random.Random(11)
    kinds = set()
    for i in range(300):
        pieces = _ASCII_PIECES if i % 3 else [*_ASCII_PIECES, *_PIECES]
        text = "".join(rng.choice([*pieces, " ", " ", ". ", ", ", "\n"]) for _ in range(rng.randint(1, 60)))
        doc = load_document(text, rng.choice(["text", "markdown"]))
        fast, plain = LetterWords(doc), LetterWords(doc, plain=True)
        assert (list(fast._starts), list(fast._ends)) == (list(plain._starts), list(plain._ends)), text
        assert [m.span() for m in _WORDS.finditer(doc.prose)] == list(
            zip(plain._starts, plain._ends, strict=True)
        )
        kinds.add((doc.prose.isascii(), any(c.isdigit() for c in doc.prose)))
    assert kinds >= {(True, True), (True, False), (False, True)}
