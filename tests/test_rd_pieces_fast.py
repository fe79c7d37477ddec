"""``sentence_pieces`` returns a sentence with no cut as its one piece without cutting and pairing,
and finds a glued subheading's opener from its capital (``_glued_openers``) instead of from every
space (perf40a): the same pieces as the plain form (``_PLAIN_PIECES``), the same openers as
``_GLUED_OPENER``'s scan at any bounds, and the same RD101 and RD102 findings."""

from __future__ import annotations

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

import medlint
from medlint.formats import load_document
from medlint.rules.readability import _shared

#: what the pieces and openers turn on: spaces and tabs (one or several), line breaks, stops glued or
#: not, capitalised openers and names, lower-case words, personal pronouns, joiners and commas
_ALPHABET = [
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    ".",
    ". ",
    "?",
    ",",
    ", ",
    ":",
    "D",
    "It",
    "The",
    "Even",
    "We",
    "And",
    "Takayasu",
    "No evidence",
    "Cause unclear",
    "word",
    "the",
    "we",
    "and",
    "of",
    "I",
    "x",
]


def _texts() -> list[str]:
    return [*rule_and_corpus_texts(), *medquad_answers(9, 3)]


def _strings() -> list[str]:
    sentences = [s.text for text in _texts() for s in load_document(text, "markdown").sentences]
    return sentences + random_strings(_ALPHABET, 3000, seed=40, max_pieces=40)


def test_pieces_are_the_plain_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    strings = _strings()
    fast = [_shared.sentence_pieces(t) for t in strings]
    monkeypatch.setattr(_shared, "_PLAIN_PIECES", True)
    assert [_shared.sentence_pieces(t) for t in strings] == fast
    # the comparison sees subheadings left out and sentences cut, not only whole sentences
    assert sum(p[0][0] > len(t) - len(t.lstrip()) for t, p in zip(strings, fast, strict=True) if p) >= 20
    assert sum(len(p) > 1 for p in fast) >= 20


def _spans(matches: object) -> list[tuple[int, int, int, str]]:
    return [(m.start(), m.end(), m.start(1), m.group(1)) for m in matches]  # type: ignore[attr-defined]


def test_openers_are_the_scans_at_any_bounds() -> None:
    found = 0
    for text in _strings():
        n = len(text)
        for start, end in ((0, n), (1, n), (2, n - 1), (n // 3, n), (0, n // 2)):
            expected = _spans(_shared._GLUED_OPENER.finditer(text, start, end))
            assert _spans(_shared._glued_openers(text, start, end)) == expected, (text[:80], start, end)
            found += len(expected)
    assert found >= 200


def test_hand_made_openers() -> None:
    text = "Cause unclear The mere fact.  No evidence  Even though it was,  X"
    assert [m.group(1) for m in _shared._glued_openers(text, 0, len(text))] == ["The", "Even"]
    # a capital whose space lies before the bounds opens no match, as in the scan
    assert _shared._glued_openers("word The mere fact", 5, 18) == []
    assert list(_shared._GLUED_OPENER.finditer("word The mere fact", 5, 18)) == []


@pytest.mark.parametrize("code", ["RD101", "RD102"])
def test_findings_are_the_plain_ones(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    texts = _texts()

    def run() -> list[list[tuple[int, int, str]]]:
        return [
            [
                (d.start.offset, d.end.offset, d.message)
                for d in medlint.lint_text(t, "markdown", select=[code])
            ]
            for t in texts
        ]

    fast = run()
    monkeypatch.setattr(_shared, "_PLAIN_PIECES", True)
    assert run() == fast
    assert sum(map(bool, fast)) >= 10
