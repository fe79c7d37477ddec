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
