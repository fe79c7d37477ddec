"""tokens.ASCII_LOWER_WORD_RE finds what WORD_RE finds in lower-cased ASCII text (Document.words splits
such a chunk with it, phrase_words such a phrase)."""

from __future__ import annotations

import random

from parity_texts import medquad_answers

from medlint.document import _ASCII_GAPS_AND_WORDS, _GAPS_AND_WORDS, _GAPS_AND_WORDS_POSSESSIVE, Words
from medlint.text.tokens import ASCII_LOWER_WORD_RE, WORD_RE

_PIECES = [
    "don't",
    "COVID-19",
    "type-2",
    "a--b",
    "x'",
    "'y",
    "snake_case",
    "B12",
    "1,000",
    "3.5",
    "e.g.",
    "-",
    "'",
    "well-being's",
    "\t",
    "#",
    "(x)",
]


_OTHER = [
    "caf\u00e9",
    "don\u2019t",
    "\u00fcber-cool",
    "\u0130stanbul",
    "na\u00efve",
    "x\u2019",
    "\u00b2",
    "\u212aelvin",
    "\u201cq\u201d",
]


def _texts(ascii_only: bool = True) -> list[str]:
    rng = random.Random(3)
    pieces = _PIECES if ascii_only else [*_PIECES, *_OTHER]
    texts = [
        "".join(rng.choice([*pieces, " ", "\n", ". "]) for _ in range(rng.randint(0, 50))) for _ in range(300)
    ]
    texts += medquad_answers(step=200, per_record=3)
    return [t for t in texts if t.isascii() or not ascii_only]


def test_ascii_pattern_matches_as_word_re_on_lower_cased_ascii() -> None:
    texts = _texts()
    assert len(texts) > 300
    for text in texts:
        lower = text.lower()
        assert [m.span() for m in ASCII_LOWER_WORD_RE.finditer(lower)] == [
            m.span() for m in WORD_RE.finditer(lower)
        ]
        assert _ASCII_GAPS_AND_WORDS.split(lower) == _GAPS_AND_WORDS.split(lower)


def test_possessive_split_is_the_plain_split() -> None:
    texts = _texts(ascii_only=False)
    assert sum(not t.isascii() for t in texts) > 100
    for text in texts:
        assert _GAPS_AND_WORDS_POSSESSIVE.split(text) == _GAPS_AND_WORDS.split(text)


def test_document_words_are_word_re_matches() -> None:
    for text in _texts(ascii_only=False):
        words = Words(text)
        assert [(s, e) for s, e in zip(words.starts, words.ends, strict=True)] == [
            m.span() for m in WORD_RE.finditer(text)
        ]
        assert words.lowers == [m.group().lower() for m in WORD_RE.finditer(text)]
