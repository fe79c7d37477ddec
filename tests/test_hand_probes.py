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


_DISCLAIMER_FORMS = {
    "not_medical_advice": [
        *_phrases(
            "does not|do not|doesn't|doesn\u2019t|doesnXt", "constitute", "medical|professional", "advice"
        ),
        *_phrases("this|it", "is not medical advice"),
    ],
    "never_disregard": [
        *_phrases("never", "disregard|ignore", "|professional", "medical advice"),
        *_phrases("|never", "delay", "|in", "seeking", "it|medical advice|care|treatment"),
    ],
}


@pytest.mark.parametrize("name", sorted(_DISCLAIMER_FORMS))
def test_every_form_of_a_disclaimer_component_holds_its_rarer_probe(name: str) -> None:
    from medlint.evidence.disclaimer import _RARER_SETS, component_patterns

    assert set(_DISCLAIMER_FORMS) == set(_RARER_SETS)
    rx = component_patterns()[name]
    for phrase in _DISCLAIMER_FORMS[name]:
        text = "Note: " + " ".join(phrase.split()) + " here."
        m = rx.search(text)
        assert m is not None, phrase  # the phrase is one of the component's forms
        assert any(p in m.group().lower() for p in _RARER_SETS[name]), phrase


def test_a_disclaimer_is_found_with_the_rarer_probes_and_in_a_case_exotic_text() -> None:
    from medlint.evidence.disclaimer import find_disclaimers
    from medlint.formats import load_document

    for text, components in [
        ("Zinc helps.\n\nThis is not medical advice. Never delay seeking care.", {"not_medical_advice"}),
        ("Zinc helps.\n\nNever ignore medical advice from your doctor.", {"never_disregard"}),
        (
            "\u0130stanbul zinc.\n\nIt is not medical advice; never delay seeking care.",
            {"not_medical_advice"},
        ),
    ]:
        spans = find_disclaimers(load_document(text, "text"))
        assert spans and components <= spans[-1].components, (text, spans)
