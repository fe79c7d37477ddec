"""CL142's cheap bound (``_verbs_after_remedies``) never falls below the count it guards (``_count_named_benefits``):
the bound decides whether a page is walked at all, so a bound below the count would shut a page the count opens."""

from __future__ import annotations

import pytest

from medlint.formats import plain
from medlint.rules.claims import CL142

TEXTS = [
    "Garlic is a herb used in cooking.\n\nGarlic lowers blood pressure. Garlic thins the blood. Garlic kills "
    "bacteria. Garlic boosts the immune system. Garlic relieves colds.",
    "Consuming garlic helps lower bad cholesterol. Regular consumption of garlic thins the blood. People who are "
    "diabetic will find garlic very useful because garlic regulates blood sugar level. Lemon water relieves heartburn. "
    "Ginger eases nausea. Turmeric fights inflammation.",
    "The liver produces bile acid that helps in fat metabolism. Exercise lowers blood pressure. Your doctor may "
    "prescribe insulin to lower blood sugar.",
    "Some say garlic kills bacteria. Garlic may thin the blood. Garlic does not cure colds. Studies show ginger eases "
    "nausea. Honey soothes a sore throat.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_bound_is_never_below_the_count(text: str) -> None:
    doc = plain.load(text)
    assert CL142._verbs_after_remedies(doc) >= CL142._count_named_benefits(doc)


def test_a_page_of_five_named_benefits_passes_the_bound() -> None:
    doc = plain.load(TEXTS[0])
    assert CL142._count_named_benefits(doc) >= 5
    assert CL142._verbs_after_remedies(doc) >= 5
