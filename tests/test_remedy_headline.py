"""The remedy-page gate's headline reading (``_remedy_page.remedy_headline``): a headline that promises a remedy from
outside medicine opens the page; one that debunks, warns or asks does not, and neither does a body sentence."""

from __future__ import annotations

import pytest

from medlint.formats import plain
from medlint.rules.claims._remedy_page import remedy_headline

BODY = "\n\nDrink water every day. It helps the body."


@pytest.mark.parametrize(
    "headline",
    [
        "Type 2 diabetes natural remedies",
        "12 Ways to Lower Blood Sugar Levels Naturally",
        "How to lower blood pressure without medication",
        "Home remedies to cure thyroid",
        "Drug-free relief for back pain",
        "How to Reverse Hypothyroidism and Hashimotos",
        "Reversing Type 2 Diabetes",
        "7 Steps to Reverse Fatty Liver",
        "Naturopathic treatment of asthma",
        "Alternative Cancer Therapies",
        "Top 10 Herbs for Diabetes",
        "Best Essential Oils for Anxiety",
        "How to Get Rid of Piles Permanently",
    ],
)
def test_promising_headline_opens_the_page(headline: str) -> None:
    assert remedy_headline(plain.load(headline + BODY))


@pytest.mark.parametrize(
    "headline",
    [
        "The Natural Cancer Cure Lie",
        "Do natural remedies for diabetes work?",
        "5 natural remedies that don't work",
        "What the science says about home remedies",
        "Herbal remedies: the risks",
        "Managing type 2 diabetes",
        "Drug reverses memory loss in mice",
        "Can you reverse type 2 diabetes?",
        "Reverse transcriptase inhibitors for HIV",
        "Alternative cancer therapies: what the evidence says",
        "Alternative treatments for back pain?",
        "Herbs for diabetes: what the research says",
        "How to treat a burn",
    ],
)
def test_weighing_or_plain_headline_opens_nothing(headline: str) -> None:
    assert not remedy_headline(plain.load(headline + BODY))


def test_a_body_sentence_is_no_headline() -> None:
    text = "You can lower blood pressure naturally with a walk every day. It helps.\n\nDrink water."
    assert not remedy_headline(plain.load(text))
