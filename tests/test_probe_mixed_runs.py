"""A literal run mixing letters and digits ("5g", "b12", "a1") is a probe, though it has fewer than
three letters: a text without it cannot match, so the pattern is skipped (``matching._sequence``).

The probes only skip work: every pattern that now has such a probe finds, through its probes, what
its plain form (no probes: searched in every block) finds, on the rule examples, the development
corpus and random strings of the pieces these patterns are made of.
"""

from __future__ import annotations

import re

import pytest
from parity_texts import loaded_probed_patterns, random_strings, rule_and_corpus_texts

from medlint.formats import load_document
from medlint.text.matching import ProbedPattern, derive_probe_sets

_MIXED = re.compile(r"(?=[a-z]*[0-9])(?=[0-9]*[a-z])[a-z0-9]{2,}")


@pytest.mark.parametrize(
    ("pattern", "sets"),
    [
        (
            r"\b5g\s+towers?\s+(?:cause|spread)\s+covid",
            (("5g",), ("tower",), ("cause", "spread"), ("covid",)),  # the rarest set first
        ),
        (r"\bA1[cC]\b", (("a1",),)),
        (r"\bvitamin\s+b12\b", (("b12",), ("vitamin",))),
        (r"\bh1n1\b|\bswine\s+flu\b", (("h1n1", "swine"),)),  # a branch with only a mixed run
        (r"\bin\s+vitro\b", (("vitro",),)),  # two letters and no digit: still no probe
        (r"\b5\s?g\b", ()),  # "5" and "g" are separate runs, neither mixed
    ],
)
def test_a_run_of_letters_and_digits_is_a_probe(pattern: str, sets: tuple[tuple[str, ...], ...]) -> None:
    assert derive_probe_sets(pattern) == sets


def test_a_pattern_is_skipped_where_its_mixed_probe_is_missing() -> None:
    p = ProbedPattern.of(re.compile(r"\b5g\s+towers?\s+(?:cause|spread)\s+covid", re.IGNORECASE))
    fires = load_document("Some say 5G towers spread COVID.\n", "text")
    assert [(m.start(), m.end()) for m in p.finditer(fires)] == [(9, 31)]
    assert p.could_match_doc(fires)
    passes = load_document("Some say towers spread COVID.\n", "text")
    assert not p.could_match_doc(passes)
    assert list(p.finditer(passes)) == []


def _patterns_with_mixed_probes() -> list[ProbedPattern]:
    return [
        p
        for p in loaded_probed_patterns()
        if any(_MIXED.fullmatch(x) for s in (p.probes, *p.also) for x in s)
    ]


def test_mixed_probes_find_what_the_plain_patterns_find() -> None:
    patterns = _patterns_with_mixed_probes()
    assert len(patterns) >= 4  # the 5G claims, A1c, the biomarker list
    pieces = [
        " ",
        "\n",
        ". ",
        "5g",
        "5G",
        "5-g",
        "g5",
        "towers ",
        "cause ",
        "spread ",
        "covid",
        "COVID-19 ",
        "the virus ",
        "A1c",
        "a1C",
        "HbA1c ",
        "b12",
        "weaken ",
        "immune ",
        "your ",
        "is ",
        "caused by ",
    ]
    texts = rule_and_corpus_texts() + random_strings(pieces, 300, seed=13)
    texts += [
        "5G networks spread the coronavirus.",
        "The virus is caused by 5G.",
        "5G weakens your immune system.",
    ]
    docs = [(text, load_document(text, "text")) for text in texts]
    found = 0
    for p in patterns:
        plain = ProbedPattern(p.regex, ())
        for text, doc in docs:
            got = [(m.start(), m.end()) for m in p.finditer(doc)]
            assert got == [(m.start(), m.end()) for m in plain.finditer(doc)], (p.regex.pattern, text)
            found += len(got)
    assert found > 0  # matches put to the test
