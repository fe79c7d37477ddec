"""The reporting verbs of ``text.speech_verbs`` are read by both readers of attribution."""

from __future__ import annotations

import pytest

from medlint.evidence import context
from medlint.text import quotes
from medlint.text.speech_verbs import REPORTING_VERBS


@pytest.mark.parametrize("verb", REPORTING_VERBS.split("|"))
def test_each_reporting_verb_names_a_speaker_for_quotations_and_claims(verb: str) -> None:
    sentence = f"The cure works, the doctor {verb} the panel."
    assert quotes._SPEECH.search(sentence) is not None
    assert context._ATTRIBUTION.search(sentence) is not None


def test_a_word_holding_a_reporting_verb_is_not_one() -> None:
    sentence = "The saidi family toldo us nothing; the notebook explainsx it."
    assert quotes._SPEECH.search(sentence) is None
    assert context._ATTRIBUTION.search(sentence) is None
