"""The general-English pair table, and MT105's matcher clearing swaps that make a common pair."""

from __future__ import annotations

from medlint.data import data_file
from medlint.text.general_bigrams import FUNCTION, common_pair
from medlint.text.spun_terms import InMemoryTerms, SpunTermIndex, Term


def test_common_pairs_of_english_and_spun_pairs() -> None:
    assert common_pair("financial", "aid")
    assert common_pair("illicit", "drugs")
    assert common_pair("family", "physician")
    assert not common_pair("heart", "onslaught")  # a spinner's swap for "heart attack"
    assert not common_pair("lymph", "knobs")
    assert not common_pair("drugs", "illicit")  # order matters
    assert not common_pair("of", "the")  # function words are not in the table


def test_table_is_sorted_and_holds_no_function_word() -> None:
    keys: list[bytes] = []
    for raw in data_file("general/bigrams.tsv").read_bytes().splitlines():
        if raw.startswith(b"#"):
            continue
        first, _, rest = raw.partition(b"\t")
        seconds = rest.split(b" ")
        assert seconds == sorted(seconds) and all(seconds)
        assert first.decode() not in FUNCTION
        assert not FUNCTION.intersection(s.decode() for s in seconds)
        keys.append(first)
    assert keys == sorted(keys) and len(keys) == len(set(keys)) and len(keys) > 1000


def _find(index: SpunTermIndex, text: str) -> list[tuple[int, int, str, bool]]:
    lowers = text.lower().split()
    positions: dict[str, list[int]] = {}
    for i, w in enumerate(lowers):
        positions.setdefault(w, []).append(i)
    return [
        (h.first, h.last, h.term.text, h.confident)
        for h in index.find(lowers, [True] * len(lowers), positions)
    ]


def _index() -> SpunTermIndex:
    terms = [
        Term(("illegal", "drugs"), False, strong=1),
        Term(("regulatory", "agency"), True),
        Term(("centers", "for", "disease", "control"), True),
    ]
    synonyms = {
        "illicit": ("illegal",),
        "banned": ("illegal",),
        "authority": ("agency",),
        "illness": ("disease",),
    }
    common = {("illicit", "drugs"), ("regulatory", "authority"), ("for", "illness")}
    return SpunTermIndex(
        synonyms,
        InMemoryTerms(terms, {"illegal", "agency", "disease"}),
        frozenset(),
        general=lambda a, b: (a, b) in common,
    )


def test_a_swap_that_makes_a_common_pair_is_cleared() -> None:
    index = _index()
    assert _find(index, "use of illicit drugs") == []
    assert _find(index, "use of banned drugs") == [(2, 3, "illegal drugs", True)]


def test_a_name_with_a_common_pair_is_pointed_at_without_confidence() -> None:
    index = _index()
    assert _find(index, "the regulatory authority said") == [(1, 2, "regulatory agency", False)]


def test_pairs_with_a_function_word_say_nothing() -> None:
    # "for illness" is listed as common here, but a pair with a function word is never asked;
    # "illness control" is not common: the name stays a confident finding
    index = _index()
    assert _find(index, "the centers for illness control") == [(1, 4, "centers for disease control", True)]
