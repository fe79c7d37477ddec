"""scripts/build_open_compounds.py: which splits of a closed word become TX128's pairs, on tables in
miniature (no symspellpy, WordNet or corpus needed)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import build_open_compounds as build  # noqa: E402

from medlint.rules.text_integrity.TX128 import open_compounds  # noqa: E402

#: wordfreq Zipf values of the words the cases use
_ZIPFS = {
    "childbirth": 3.2,
    "child": 5.2,
    "birth": 4.8,
    "healthcare": 4.5,
    "health": 5.6,
    "care": 5.3,
    "without": 6.0,
    "with": 7.0,
    "out": 6.5,
    "shorthand": 3.0,
    "short": 5.3,
    "hand": 5.4,
    "bloodstream": 3.2,
    "blood": 5.0,
    "stream": 4.6,
    "playfully": 2.9,
    "play": 5.4,
    "fully": 4.9,
    "redone": 3.0,
    "red": 5.2,
    "one": 6.5,
    "refined": 4.0,
    "refi": 2.6,
    "ned": 3.4,
}
#: Google Books counts: "health care" is written far more often open than closed
_UNIGRAMS = {"childbirth": 900, "healthcare": 1000, "without": 10**6, "shorthand": 800, "bloodstream": 700}
_BIGRAMS = {"health care": 5000, "with out": 100}
#: consumer-health reference prose writes "blood stream" open
_REFERENCE = {("blood", "stream"): 9}


def _rows() -> list[tuple[str, str, str]]:
    return build.build(
        _ZIPFS, _UNIGRAMS, _BIGRAMS, lambda a, b: _REFERENCE.get((a, b), 0), frozenset({"short", "red"})
    )


def test_a_noun_pair_general_english_writes_closed_is_kept() -> None:
    assert ("child", "birth", "childbirth") in _rows()


def test_pairs_usage_writes_open_or_that_make_phrases_are_left() -> None:
    pairs = {(a, b) for a, b, _closed in _rows()}
    assert ("health", "care") not in pairs  # general English writes it open more often
    assert ("blood", "stream") not in pairs  # the reference prose writes it open
    assert ("with", "out") not in pairs  # a function word
    assert ("short", "hand") not in pairs  # an adjective first: "short hands"
    assert ("play", "fully") not in pairs  # a verb and its adverb
    assert ("red", "one") not in pairs  # a pronoun second, and an adjective first
    assert ("refi", "ned") not in pairs  # rare halves: a fragment, TX116's
    assert pairs == {("child", "birth")}


def test_splits_keep_halves_of_three_letters() -> None:
    assert list(build.splits("bedtime")) == [("bed", "time"), ("bedt", "ime")]


def test_the_shipped_table_is_read_as_first_to_second_to_closed() -> None:
    table = open_compounds()
    assert table["child"]["birth"] == "childbirth"
    assert "care" not in table.get("health", {})
    assert all(first and second and closed for first, row in table.items() for second, closed in row.items())
