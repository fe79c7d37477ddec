"""TX109's corrections met with the strings ``edit_strings`` builds (each position's insertions and
slips mapped over the letters in C) are the corrections met with the set ``edits`` builds, the plain
form (``spelling._PLAIN_EDITS``): the same strings, the same corrections, the same findings. Compared on
every rule's examples, the corpus and MedQuAD answers."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

import medlint
from medlint.rules.text_integrity import TX109
from medlint.text import spelling, word_frequency


def _texts() -> list[str]:
    return [*rule_and_corpus_texts(), *medquad_answers(40, 2)]


def _words() -> list[str]:
    found = {w.lower() for text in _texts() for w in re.findall(r"[^\W\d_]+", text)}
    return sorted(found)


def _forget() -> None:
    spelling.corrections.cache_clear()
    TX109._judge.cache_clear()


@pytest.fixture
def fresh() -> Iterator[None]:
    _forget()
    yield
    _forget()


def test_edit_strings_are_the_edits() -> None:
    odd = ["", "a", "aa", "ab", "ba", "aab", "x-y", "naïve", "AbC", "%s", "o'neil", "corticosteriods"]
    words = [*odd, *_words(), *random_strings("abcdeé'-Zq", 300, seed=27, max_pieces=9)]
    assert len(words) > 5000
    for w in words:
        got = set(spelling.edit_strings(w))
        got.discard(w)
        assert got == spelling.edits(w), w


def _corrections(
    words: list[str], plain: bool, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[tuple[float, str], ...]]:
    monkeypatch.setattr(spelling, "_PLAIN_EDITS", plain)
    _forget()
    return [spelling.corrections(w, long_word) for w in words for long_word in (6, 10)]


def test_corrections_agree_with_the_plain_form(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    zipfs = word_frequency.zipf_table()
    unknown = [w for w in _words() if w not in zipfs]
    words = ["recieve", "avaliable", "corticosteriods", "teh", "aa", "", *unknown]
    fast = _corrections(words, False, monkeypatch)
    assert fast == _corrections(words, True, monkeypatch)
    assert spelling.corrections("corticosteriods", 10)[0] == (2.67, "corticosteroids")
    assert sum(1 for c in fast if c) > 200
    # health words wordfreq lacks are offered for long words
    assert any(cand not in zipfs for found in fast for _, cand in found)


def _tx109(text: str) -> list[tuple[int, int, int, str, tuple[str, ...]]]:
    return [
        (d.start.offset, d.start.line, d.start.column, d.text, d.suggestions)
        for d in medlint.lint_text(text, select=["TX109"], format="markdown")
    ]


def test_findings_agree_with_the_plain_form(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    found = 0
    for text in _texts():
        monkeypatch.setattr(spelling, "_PLAIN_EDITS", False)
        _forget()
        fast = _tx109(text)
        monkeypatch.setattr(spelling, "_PLAIN_EDITS", True)
        _forget()
        assert fast == _tx109(text), text[:80]
        found += len(fast)
    assert found > 5


@pytest.mark.parametrize("plain", [False, True])
def test_positions_either_way(fresh: None, monkeypatch: pytest.MonkeyPatch, plain: bool) -> None:
    monkeypatch.setattr(spelling, "_PLAIN_EDITS", plain)
    _forget()
    got = _tx109("You may recieve a shot.\n\nThe results are avaliable today.\n")
    assert [(s, line, col) for s, line, col, _, _ in got] == [(8, 1, 9), (41, 3, 17)]
    assert _tx109("You may receive a shot; the results are available today.\n") == []
