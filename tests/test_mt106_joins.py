"""MT106 finds where five of its patterns can match by two scans (``_Joins``: a stop with a letter
after it, a digit joined to a letter or a stop) and matches each pattern only there (perf40a): the
same matches, in the same order, as each pattern's own scan of the whole text (``_PLAIN_JOINS``),
and the same findings."""

from __future__ import annotations

from typing import Any

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint import Linter
from medlint.formats import load_document
from medlint.rules.translation import MT106
from medlint.rules.translation.MT106 import (
    _DIGIT_LETTER,
    _GLUED_BRACKET_STOP,
    _GLUED_ORDINAL,
    _GLUED_STOP,
    _GLUED_STOP_LOWER,
    _LETTER_DIGIT,
    _Joins,
)

TEXTS = [
    "It helps the medicine.It works (sideburns).The hair line and psychologically.the patient's life.",
    "1Prior to surgery, 4.Folic acid, 12Months later. 10.Folic 110.Abc x12.Abc 1Wiseman JT 99.Xyz",
    "pressure140 over 90, type2 diabetes, 2hours, 30minutes, 5mg, 1990s 15kDa 2nd x1 Z9 é5 a0",
    "e.g.the etc.the www.nih.gov U.S.A. (a).Bcd [1].Bcd ).Ab ].Abc? !Xy ?Ab .A",
    "",
    "1",
    "a1",
    "1a",
    "1.",
    ".A",
]

#: the characters the patterns treat apart: digits, stops, brackets, both cases, the function words
#: ``_GLUED_STOP_LOWER`` reads, letters outside ASCII, spaces and line breaks
_PIECES = [
    "a",
    "z",
    "abcd",
    "A",
    "Z",
    "Abc",
    "the",
    "but",
    "1",
    "9",
    "0",
    "12",
    ".",
    "!",
    "?",
    ")",
    "]",
    "é",
    " ",
    "\n",
]


def _texts() -> list[str]:
    return [*TEXTS, *rule_and_corpus_texts(), *medquad_answers(30, 2)]


def _spans(matches: Any) -> list[tuple[int, int, tuple[Any, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


def _compare(text: str) -> int:
    """Asserts each ``_Joins`` answer is the plain scan's; returns how many matches were compared."""
    joins = _Joins(text)
    n = 0
    for pattern in (_GLUED_STOP, _GLUED_STOP_LOWER):
        plain = [m.start() for m in pattern.finditer(text)]
        assert joins.stop_positions(pattern) == plain, (pattern.pattern, text[:80])
        n += len(plain)
    for fast, plain_matches in (
        (joins.bracket_stops(), _GLUED_BRACKET_STOP.finditer(text)),
        (joins.ordinals(), _GLUED_ORDINAL.finditer(text)),
    ):
        plain_spans = _spans(plain_matches)
        assert _spans(fast) == plain_spans, text[:80]
        n += len(plain_spans)
    assert joins.digit_letter() == (_DIGIT_LETTER.search(text) is not None), text[:80]
    assert joins.letter_digit() == (_LETTER_DIGIT.search(text) is not None), text[:80]
    return n


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_on_hand_made_cases(text: str) -> None:
    _compare(text)


def test_hand_made_cases_are_found() -> None:
    assert _compare(TEXTS[0]) == 4  # ".It", ".The" and its bracket, ".the"
    assert [m.start() for m in _Joins(TEXTS[1]).ordinals()] == [0, 19, 33, 49, 74, 86]
    assert _Joins("a1").letter_digit() and not _Joins("1a").letter_digit() and _Joins("1a").digit_letter()


def test_same_matches_on_random_strings() -> None:
    seen = sum(_compare(text) for text in random_strings(_PIECES, 4000, seed=40, max_pieces=30))
    assert seen >= 200  # the comparison sees matches of every kind, not only silence


def test_same_matches_on_examples_and_corpus() -> None:
    for text in _texts():
        _compare(load_document(text, "markdown").prose)


def test_same_findings_with_the_plain_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    rule: Any = next(r for r in Linter(select=["MT106"]).rules if r.code == "MT106")
    findings = 0
    texts = [*_texts(), *random_strings(_PIECES, 600, seed=41, max_pieces=40)]
    for text in texts:
        doc = load_document(text, "markdown")
        fast = list(rule.check(doc))
        with monkeypatch.context() as m:
            m.setattr(MT106, "_PLAIN_JOINS", True)
            assert fast == list(rule.check(doc)), text[:80]
        findings += len(fast)
    assert findings >= 20
