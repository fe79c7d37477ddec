"""Claim patterns and evidence cues read an apostrophe in either form (evidence/apostrophe.py)."""

from __future__ import annotations

import re

import pytest

from medlint.evidence.apostrophe import either_apostrophe
from medlint.evidence.causal import NEGATION


@pytest.mark.parametrize(
    ("pattern", "rewritten"),
    [
        (r"n't\b", r"n['\u2019]t\b"),
        (r"can\'t", r"can['\u2019]t"),
        (r"[\w'-]+", r"[\u2019\w'-]+"),  # at the class's start: a trailing "-" stays literal
        (r"[^'\"]", r"[^\u2019'\"]"),  # a negated class excludes both
        (r"[]']", r"[]\u2019']"),  # a leading "]" is literal
        (r"\bno\b", r"\bno\b"),  # nothing to do
    ],
)
def test_rewrite(pattern: str, rewritten: str) -> None:
    assert either_apostrophe(pattern) == rewritten
    re.compile(either_apostrophe(pattern))


@pytest.mark.parametrize("text", ["it doesn't cure", "it doesn\u2019t cure"])
def test_negation_reads_both_forms_with_exact_offsets(text: str) -> None:
    m = NEGATION.search(text)
    assert m is not None and (m.start(), m.end()) == (7, 10)


def test_curly_apostrophe_does_not_match_other_quotes() -> None:
    rx = re.compile(either_apostrophe(r"won't"))
    assert rx.search("won\u2019t") and rx.search("won't")
    assert not rx.search("won\u201dt") and not rx.search("won\u2018t")
