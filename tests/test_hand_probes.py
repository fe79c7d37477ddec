"""Hand-picked probes of patterns whose derived probes were common words.

``ProbedPattern.of`` derives one probe per top-level branch, often the branch's
noun ("research", "study"), which most health paragraphs hold. These patterns
name their probes by hand (a verb of every branch). Every set must be in every
match, or a finding is lost: checked here on every combination of each branch's
required alternatives.
"""

from __future__ import annotations

import itertools

import pytest

from medlint.rules.claims import CL106
from medlint.text.matching import ProbedPattern


def _phrases(*parts: str) -> list[str]:
    """Every combination of the ``|``-separated alternatives of each part, joined by spaces."""
    return [" ".join(c) for c in itertools.product(*(p.split("|") for p in parts))]


_RESEARCH_VERBS = (
    "show|shows|showed|have shown|has shown|prove|proves|proved|have proven|has proven|found|find|confirm|"
    "confirms|confirmed|demonstrate|demonstrates|demonstrated"
)
_CL106 = [
    *_phrases("studies|research|trials|scientists|researchers|clinical trials|experiments", _RESEARCH_VERBS),
    *_phrases("a|one", "study|trial|survey|report|experiment", "shows|showed|found|finds|proves|proved|confirms|"
              "confirmed|demonstrated"),
    *_phrases("according to", "research|studies|scientists|experts|a study"),
    "research suggests", "studies suggest", "scientifically shown", "research has proven",
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "phrases"),
    [(CL106._RESEARCH, _CL106)],
    ids=["CL106 research"],
)
def test_every_match_holds_a_probe_of_every_set(pattern: ProbedPattern, phrases: list[str]) -> None:
    assert len(phrases) > 50
    for phrase in phrases:
        text = "It said that " + " ".join(phrase.split()) + " it."
        m = pattern.regex.search(text.lower())
        assert m is not None, phrase  # the phrase is one of the pattern's forms
        for probes in (pattern.probes, *pattern.also):
            assert any(p in m.group() for p in probes), (phrase, probes)
        assert next(pattern.finditer_text(text.lower()), None) is not None, phrase
