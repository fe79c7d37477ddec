"""MT106 finds its glued capitals ("coughAnd", "diseasesLimitations") by asking its two patterns only at
a capital after three lower-case letters, and whether a letter stands before a digit by a search that
opens with the digit: the same positions and answers as the plain scans of the whole text, and the same
findings."""

from __future__ import annotations

from typing import Any

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint import Linter
from medlint.formats import load_document
from medlint.rules.translation import MT106
from medlint.rules.translation.MT106 import _glued_capital_positions, _has_letter_digit

TEXTS = [
    "the treatment of coughAnd, the best remedy",
    "Moderate hemophiliaYou may need stomach diseasesLimitations of treatment and conservationDiet.",
    "getElementById, WebMD, YouTube, ellaOne and miraDry; abcDefGhiJkl abcdEfghIjklMn",
    "aAnd abAnd abcAnd abcdAnd: abcThe abcTheir abcIt abcIts abcX abcXy abcXyz abcXyzW",
    "ÄäöThe éèàAnd ABCAnd abc And abc\nAnd abcAndThe abcTheThe",
    "",
    "A",
    "abcD",
    "pressure140 over 90, type2 diabetes, 2hours, x1, ab12, Z9, é5",
    "no digits at all here",
    "1990s 15kDa 10mmHg 2nd",
]


def _examples() -> list[str]:
    return [*rule_and_corpus_texts(), *medquad_answers(40, 2)]


#: the characters the scans treat apart: lower and upper case, the words the patterns read, digits,
#: letters outside ASCII, spaces and line breaks
_PIECES = ["a", "b", "z", "A", "Z", "And", "The", "It", "Xyz", "Xy", "in", "1", "9", "é", "É", " ", "\n", "."]


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    fast = (_glued_capital_positions(text), _has_letter_digit(text))
    with monkeypatch.context() as m:
        m.setattr(MT106, "_PLAIN_SCANS", True)
        plain = (_glued_capital_positions(text), _has_letter_digit(text))
    return fast, plain


@pytest.mark.parametrize("text", TEXTS)
def test_same_positions(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, plain = _both(text, monkeypatch)
    assert fast == plain


def test_hand_made_cases_are_found() -> None:
    assert _glued_capital_positions(TEXTS[0]) == [TEXTS[0].index("And")]
    assert _glued_capital_positions("abcD") == []  # "D" opens no sentence and no word of three letters
    assert _has_letter_digit(TEXTS[8]) and not _has_letter_digit(TEXTS[9]) and not _has_letter_digit("Z9 é5")


@pytest.mark.parametrize("text", random_strings(_PIECES, 3000, seed=106, max_pieces=30))
def test_same_positions_on_random_strings(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, plain = _both(text, monkeypatch)
    assert fast == plain


def test_same_positions_on_examples_and_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in _examples():
        fast, plain = _both(text, monkeypatch)
        assert fast == plain, text[:80]


def test_same_findings_on_examples_and_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    rule: Any = next(r for r in Linter(select=["MT106"]).rules if r.code == "MT106")
    findings = 0
    for text in _examples():
        fast = list(rule.check(load_document(text, "markdown")))
        with monkeypatch.context() as m:
            m.setattr(MT106, "_PLAIN_SCANS", True)
            assert fast == list(rule.check(load_document(text, "markdown"))), text[:80]
        findings += len(fast)
    assert findings >= 5
