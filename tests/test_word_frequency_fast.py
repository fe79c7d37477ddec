"""The word table's fast paths against their plain forms (perf30): ``is_rarer_than`` and ``zipf_of``
read a word from TX109's dict (``zipf_table``) instead of searching the sorted file; a document's
words the table lacks are one set difference (``unlisted_words``), from which MT106 takes its
glued-word candidates and TX116 its pieces."""

from __future__ import annotations

import random

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

import medlint
from medlint.data import data_file
from medlint.formats import load_document
from medlint.rules.translation import MT106
from medlint.text import word_frequency
from medlint.text.word_frequency import (
    TABLE_MIN_ZIPF,
    _unlisted_words,
    is_rarer_than,
    is_rarer_than_plain,
    zipf_of,
    zipf_table,
)

#: thresholds the rules ask for, and the table's edges
_THRESHOLDS = (2.5, 2.75, 3.0, 3.5, 4.0, 5.0, 7.0, 8.5)


def _table_words() -> list[str]:
    text = data_file("word-frequencies.tsv").read_text(encoding="utf-8")
    return [line.partition("\t")[0] for line in text.splitlines() if line and line[0] != "#"]


def _odd_strings() -> list[str]:
    """Strings no word list holds, and strings at the sorted file's edges: a comment's start, a
    key that sorts before or after every line, a word's prefix and extension, non-ASCII text."""
    rng = random.Random(30)
    words = _table_words()
    out = ["", "#", "# Zipf", "\t", "a\tb", "\uffff", "zzzzzz", "aaaaaa", "caf\u00e9", "covid-19", "Blood"]
    for w in rng.sample(words, 2000):
        out += [w[:-1], w + "s", w + "x", w.upper(), w[1:]]
    out += [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 12)))
        for _ in range(3000)
    ]
    return out


def test_the_dict_holds_every_line_of_the_sorted_file() -> None:
    table = zipf_table()
    words = _table_words()
    assert len(table) == len(words) == len(set(words))
    for w in words:
        assert zipf_of(w) == table[w] == float(word_frequency._table().get(w) or "nan"), w


def test_is_rarer_than_is_its_plain_form() -> None:
    """Every word of the table and thousands that are not, at every threshold the rules use: the
    dict's answer is the sorted file's (the lru cache is bypassed: ``__wrapped__``)."""
    fast = is_rarer_than.__wrapped__  # type: ignore[attr-defined]
    rng = random.Random(3030)
    words = _table_words()
    cases = rng.sample(words, 6000) + _odd_strings()
    for w in cases:
        for t in _THRESHOLDS:
            assert fast(w, t) == is_rarer_than_plain(w, t), (w, t)
    # the comparison sees both answers at each threshold
    assert {fast(w, 3.0) for w in cases} == {True, False}


def test_zipf_of_is_its_plain_form(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = _odd_strings()[:4000] + _table_words()[::7]
    fast = [zipf_of(w) for w in cases]
    monkeypatch.setattr(word_frequency, "_PLAIN", True)
    assert [zipf_of(w) for w in cases] == fast
    assert sum(z is None for z in fast) > 1000 and sum(z is not None for z in fast) > 1000


_GLUED_ALPHABET = [
    " ",
    " ",
    ". ",
    "\n\n",
    "# ",
    "withtype",
    "Withtype",
    "levelsare",
    "bloodsugar",
    "cirrhosisscarring",
    "inflammationirritation",
    "inflammationirritations",
    "coronaviruses",
    "butanal",
    "personalis",
    "cura",
    "the",
    "blood",
    "sugar",
    "tripl",
    "e",
    "fl",
    "ushing",
    "Corticosteroidd",
    "rugs",
    "stunnel",
    "30minutes",
]


def _texts() -> list[str]:
    return (
        rule_and_corpus_texts()
        + medquad_answers(11, 2)
        + random_strings(_GLUED_ALPHABET, 300, seed=30, max_pieces=80)
    )


def test_unlisted_words_and_glued_candidates_are_their_plain_forms() -> None:
    """``unlisted_words`` is the index's words the sorted file lacks; MT106's candidates read from
    them are the plain pass's, in the same order (of first use)."""
    seen = 0
    for text in _texts():
        doc = load_document(text, "markdown")
        plain_unlisted = {w for w in doc.word_index if is_rarer_than_plain(w, TABLE_MIN_ZIPF)}
        assert set(_unlisted_words(doc)) == plain_unlisted, text
        fast = MT106.glued_candidates(doc)
        assert fast == MT106.glued_candidates_plain(doc), text
        seen += len(fast) >= 2
    assert seen >= 50  # the order is compared on lists of several words


def _findings(text: str) -> list[tuple[str, int, int, str]]:
    return [
        (d.code, d.start.offset, d.end.offset, d.message)
        for d in medlint.lint_text(text, "markdown", select=["MT106", "TX116", "RD103", "MT110", "RP104"])
    ]


def test_rules_find_what_their_plain_forms_find(monkeypatch: pytest.MonkeyPatch) -> None:
    """MT106, TX116 and rules that ask ``is_rarer_than`` give the same findings with every word
    read from the sorted file (the caches cleared so that no answer of the fast form is reused)."""
    texts = _texts()
    fast = [_findings(t) for t in texts]
    monkeypatch.setattr(word_frequency, "_PLAIN", True)
    monkeypatch.setattr(MT106, "_PLAIN", True)
    is_rarer_than.cache_clear()
    try:
        plain = [_findings(t) for t in texts]
    finally:
        is_rarer_than.cache_clear()
    assert plain == fast
    codes = {f[0] for found in fast for f in found}
    assert {"MT106", "TX116", "RD103"} <= codes  # the comparison sees findings of each
