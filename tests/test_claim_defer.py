"""``defer-to``: a claim rule leaves a claim to the rule that owns it (one finding per claim).
CL140 (a treatment said to cause a serious harm) defers to CL125 (the named myths)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from medlint.config import Config
from medlint.formats import load_document
from medlint.kinds.claim import Claim
from medlint.linter import Linter
from medlint.rule import RuleError


def _spec(code: str, **extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "code": code,
        "name": f"test-claim-{code.lower()}",
        "kind": "claim",
        "category": "claims",
        "severity": "warning",
        "message": "“{match}”",
        "description": "A test rule.",
        "source": "tests",
        "examples": {"fire": ["x"], "pass": ["y"]},
    }
    spec.update(extra)
    return spec


@pytest.fixture(autouse=True)
def _free_test_rules() -> Iterator[None]:
    """The test rules built here are freed after each test, so that no later test that gathers every
    loaded pattern through the garbage collector (``parity_texts.loaded_probed_patterns``) meets them."""
    yield
    gc.collect()


def test_defer_to_must_be_a_list_of_codes() -> None:
    with pytest.raises(RuleError, match="defer-to"):
        Claim.from_spec(_spec("ZZ911", patterns=[r"\bfoo\b"], **{"defer-to": "ZZ910"}), Path("."), "test")


def test_a_finding_that_overlaps_the_owners_is_left_to_it() -> None:
    # the owner is held, as a registry holds its rules (the index of claim rules keeps none alive)
    owner = Claim.from_spec(_spec("ZZ910", patterns=[r"\bpills? cause gout\b"]), Path("."), "test")
    rule = Claim.from_spec(
        _spec("ZZ912", patterns=[r"\b(?:pills?|tonics?) cause \w+"], **{"defer-to": ["ZZ910"]}),
        Path("."),
        "test",
    )
    text = "The pills cause gout. Tonics cause hiccups. Pills cause rashes."
    spans = [(f.start, f.end) for f in rule().check(load_document(text, "text"))]
    # "pills cause gout" is the owner's; the other two claims are this rule's own
    assert spans == [(22, 42), (44, 62)]
    assert [(f.start, f.end) for f in owner().check(load_document(text, "text"))] == [(4, 20)]


def test_an_owner_that_is_not_loaded_takes_nothing() -> None:
    rule = Claim.from_spec(
        _spec("ZZ913", patterns=[r"\bpills cause gout\b"], **{"defer-to": ["ZZ999"]}), Path("."), "test"
    )
    spans = [(f.start, f.end) for f in rule().check(load_document("The pills cause gout.", "text"))]
    assert spans == [(4, 20)]


def _codes(text: str) -> list[tuple[str, int, int]]:
    diags = Linter(Config(), select=["CL125", "CL140"]).lint_text(text, "text")
    return [(d.code, d.start.offset, d.end.offset) for d in diags]


def test_cl140_leaves_the_named_myth_to_cl125() -> None:
    # before: both rules reported "Vaccines cause infertility" (0-26), the myth and the general shape
    assert _codes("Vaccines cause infertility.") == [("CL125", 0, 26)]
    assert _codes("Vaccines Kill People") == [("CL125", 0, 20)]


def test_cl140_keeps_a_harm_claim_that_is_no_named_myth() -> None:
    assert _codes("Vaccines cause infertility. Statins cause dementia.") == [
        ("CL125", 0, 26),
        ("CL140", 28, 50),
    ]
