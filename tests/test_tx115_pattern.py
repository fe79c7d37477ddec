"""TX115's determiner pattern opens with its space (scanned for as a literal) instead of a
look-behind: the same matches, at the same offsets, with the same groups, as the pattern it
replaced."""

from __future__ import annotations

import re

import pytest

from medlint.rules.text_integrity.TX115 import _DETERMINER

#: the pattern as it was written before (a look-behind first)
PLAIN = re.compile(r"(?<=[a-z\])]) (?P<det>The|This|These) (?=[a-z]{2,}\b)")

TEXTS = [
    "Weakness in the legs The upper back may hurt too.",
    "new techniques [4] The risk is low.",
    "(see above) This drug is safe. These pills) These ones",
    "A The b The cc The dd",  # capital before, one letter after, then a match
    " The start of a text The end",
    "words  The double space, then word\tThe tab and x The\nnewline",
    "end] These results and end) This one and end]The none",
    "ÄThe umlaut é The accent and z  The",
    "",
    "The",
    "a The ab",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches(text: str) -> None:
    got = [(m.span(), m.groupdict()) for m in _DETERMINER.finditer(text)]
    want = [(m.span(), m.groupdict()) for m in PLAIN.finditer(text)]
    assert got == want


def test_same_matches_on_rule_examples() -> None:
    from medlint.rules.text_integrity.TX115 import RunTogetherSentences

    for example in (*RunTogetherSentences.should_fire, *RunTogetherSentences.should_not_fire):
        text = example if isinstance(example, str) else example.text
        assert [m.span() for m in _DETERMINER.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]
