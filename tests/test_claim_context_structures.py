"""Careful pages' structures that hand a claim to others or reject it: a list whose lead-in names others'
claims or whose next sentence rejects its items, and a debunking label with words around its noun."""

from __future__ import annotations

import pytest

from medlint.linter import Linter


def _warnings(text: str) -> list[tuple[str, str]]:
    found = Linter(select=["CL101", "CL119"]).lint_text(text, "markdown")
    return [(d.code, d.text) for d in found if d.severity.name.lower() != "info"]


@pytest.mark.parametrize(
    "lead_in",
    [
        "Online, you may read things like:",
        "Claims you may see online:",
        "Here is what the sellers promise:",
    ],
)
def test_list_handed_to_others_by_its_lead_in(lead_in: str) -> None:
    text = f"{lead_in}\n\n- Garlic cures high blood pressure\n- Bitter melon reverses diabetes\n"
    assert _warnings(text) == []


@pytest.mark.parametrize(
    "verdict",
    ["None of these are backed by evidence.", "Don't fall for these claims.", "All of these are myths."],
)
def test_list_rejected_by_the_sentence_after_it(verdict: str) -> None:
    text = f"Some pages say so.\n\n- Garlic cures high blood pressure\n- Bitter melon reverses diabetes\n\n{verdict}\n"
    assert _warnings(text) == []


def test_list_with_no_rejection_after_it_is_the_page_claim() -> None:
    text = "Our tips:\n\n- Garlic cures high blood pressure\n\nNone of these foods is expensive.\n"
    assert ("CL101", "cures") in _warnings(text)


def test_labels_with_words_around_the_debunking_noun() -> None:
    assert _warnings("Common myth: cinnamon cures diabetes.\n") == []
    assert _warnings("Fake cure: black salve cures skin cancer.\n") == []
    assert ("CL101", "cures") in _warnings("Cinnamon cures diabetes.\n")
