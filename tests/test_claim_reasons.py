"""A claim rule's per-pattern ``reason`` (CL125 says for each myth what the evidence is), and the
context cues that careful myth-busting pages use: a heading that asks without its question mark,
a claim labelled false in the next sentence, a claim under a "Myth" label block."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from medlint.config import Config
from medlint.kinds.claim import Claim
from medlint.linter import Linter
from medlint.rule import RuleError


def _spec(**extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "code": "ZZ901",
        "name": "test-claim",
        "kind": "claim",
        "category": "claims",
        "severity": "warning",
        "description": "A test rule.",
        "source": "tests",
        "examples": {"fire": ["x"], "pass": ["y"]},
    }
    spec.update(extra)
    return spec


def test_message_with_reason_needs_a_reason_for_every_pattern() -> None:
    spec = _spec(
        message="“{match}”: {reason}", patterns=[{"pattern": r"\bfoo\b", "reason": "why"}, r"\bbar\b"]
    )
    with pytest.raises(RuleError, match="reason"):
        Claim.from_spec(spec, Path("."), "test")


def test_pattern_mapping_takes_only_pattern_and_reason() -> None:
    spec = _spec(message="“{match}”", patterns=[{"pattern": r"\bfoo\b", "why": "x"}])
    with pytest.raises(RuleError, match="pattern"):
        Claim.from_spec(spec, Path("."), "test")


def _cl125(text: str, fmt: str = "text") -> list[str]:
    diags = Linter(Config(), select=["CL125"]).lint_text(text, fmt)
    return [d.message for d in diags if d.code == "CL125"]


def test_each_myth_gets_its_own_reason() -> None:
    (autism,) = _cl125("Vaccines cause autism.")
    (fiveg,) = _cl125("5G towers spread the coronavirus.")
    assert "Hviid" in autism and "5G" not in autism
    assert "WHO" in fiveg and "autism" not in fiveg


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("## Do vaccines cause autism\n\nNo. Large studies found no link.", "markdown"),
        ("Vaccines cause autism. That is a myth.", "text"),
        ("Vaccines cause autism.\n\nVerdict: False.", "text"),
        ("## Myth #2\n\nThe COVID vaccine alters your DNA.", "markdown"),
    ],
)
def test_careful_page_contexts(text: str, fmt: str) -> None:
    assert _cl125(text, fmt) == []


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        # a heading that states the myth, not asks it
        ("## Vaccines cause autism\n\nEvery parent should know this.", "markdown"),
        # the next sentence says something else is false, not the claim
        ("Vaccines cause autism. It does not matter what the CDC says.", "text"),
        # a heading above that is not a label
        ("## The truth\n\nThe COVID vaccine alters your DNA.", "markdown"),
    ],
)
def test_stated_myths_still_fire(text: str, fmt: str) -> None:
    assert len(_cl125(text, fmt)) == 1
