"""MT106 on a page that runs words together: once three distinct pairs are found by the dictionary test,
the pairs it leaves as doubtful are read too ("incases", "aperson", "offand", "thatthe", "fourounces"), since
a page that lost its spaces lost them everywhere (the forty-ninth session's development page, rewritten)."""

from __future__ import annotations

from medlint.config import Config
from medlint.linter import Linter

_GLUED = "Hair fallsoff for many reasons, regardlessof age, and itgrows back slowly when treatmentof the scalp stops. "


def _found(text: str) -> list[tuple[int, str, tuple[str, ...], str]]:
    diags = Linter(Config(), select=["MT106"]).lint_text(text, "text")
    return [(d.start.column, d.text, d.suggestions, d.severity.name) for d in diags]


def test_doubtful_pairs_fire_on_a_glued_page() -> None:
    found = _found(_GLUED + "Still, incases like these aperson may add fourounces of oil.")
    assert (6, "fallsoff", ("falls off",), "WARNING") in found
    assert (116, "incases", ("in cases",), "WARNING") in found
    assert (135, "aperson", ("a person",), "WARNING") in found
    assert (151, "fourounces", ("four ounces",), "INFO") in found


def test_doubtful_pairs_are_silent_without_the_page_evidence() -> None:
    assert _found("Still, incases like these aperson may add fourounces of oil.") == []
    # two pairs are not yet a page that lost its spaces
    assert [f[1] for f in _found("It regardlessof age itgrows, and incases of doubt.")] == [
        "regardlessof",
        "itgrows",
    ]


def test_compounds_and_privative_words_stay_silent_on_a_glued_page() -> None:
    found = [f[1] for f in _found(_GLUED + "An acardiac twin, a weeklong stay, a grapelike cluster.")]
    assert "acardiac" not in found and "weeklong" not in found and "grapelike" not in found


def test_a_doubtful_split_is_offered_not_applied() -> None:
    diags = Linter(Config(), select=["MT106"]).lint_text(_GLUED + "Then incases of pain.", "text")
    doubtful = [d for d in diags if d.text == "incases"]
    assert doubtful and doubtful[0].fix is not None and not doubtful[0].fix.safe
