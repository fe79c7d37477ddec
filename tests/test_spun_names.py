"""Organisations' names swapped word by word (``medlint.text.spun_names``): the name's shape is kept,
one word may be written as the spinner's two, and a real name of the same shape is left."""

from __future__ import annotations

from medlint.text.spun_names import NameHit, name_hits, name_openings

SYNONYMS = {"wellbeing": ("health",), "affiliation": ("association",), "group": ("organization",)}


def _read(words: list[str], joinable: bytes) -> list[NameHit]:
    """``name_hits`` over ``words`` written with one space between them, opening where ``name_openings`` says."""
    prose = " ".join(words)
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
    return name_hits(words.__getitem__, len(words), joinable, SYNONYMS, name_openings(prose, starts))


def _hits(text: str) -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
    words = text.split()
    return [
        (" ".join(words[h.first : h.last + 1]), h.name, h.swaps)
        for h in _read(words, bytes([1] * len(words)))
    ]


def test_two_words_for_one_joined_into_a_synonym() -> None:
    assert _hits("the World Well being Group said") == [
        (
            "World Well being Group",
            "World Health Organization",
            (("Health", "Well being"), ("Organization", "Group")),
        )
    ]


def test_the_names_own_word_after_the_spinners_word() -> None:
    assert _hits("the American Coronary heart Affiliation advises") == [
        (
            "American Coronary heart Affiliation",
            "American Heart Association",
            (("Heart", "Coronary heart"), ("Association", "Affiliation")),
        )
    ]


def test_a_name_may_open_inside_a_longer_run() -> None:
    found = _hits("Data from the Nationwide Most cancers Institute show")
    assert [f[0] for f in found] == ["Nationwide Most cancers Institute"]


def test_one_uncertain_swap_of_a_known_shape_is_a_real_name() -> None:
    assert _hits("the Baylor College of Medicine and the American Thyroid Association") == []


def test_a_known_name_is_not_swapped() -> None:
    assert _hits("the American Heart Association and the World Health Organization") == []


def test_words_broken_by_punctuation_are_no_run() -> None:
    words = "World Well being Group".split()
    assert _read(words, bytes([1, 0, 1, 0])) == []


def test_a_name_is_aligned_only_where_one_of_its_words_stands_in_place() -> None:
    from medlint.text.spun_names import _kept_in_place

    name = ("American", "Heart", "Association")
    assert _kept_in_place(name, ["american", "coronary", "heart", "affiliation"])
    assert _kept_in_place(name, ["nationwide", "coronary", "heart", "association"])
    # the name's words stand too far from where a reading opening here would keep them
    assert not _kept_in_place(name, ["health", "canada", "warns", "of", "american", "heart"])


def test_a_title_case_line_of_names_words_with_no_certain_swap_is_no_name() -> None:
    assert _hits("Health Canada Warns Of New Drug Risks For Heart Patients In American Hospitals") == []
