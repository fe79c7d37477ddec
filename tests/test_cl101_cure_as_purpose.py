"""CL101 reads a cure named as what a remedy is for ("remedies for arthritis to cure the ailment"), as what
it is good at ("good for curing arthritis") or as what the writer knows how to do ("We know how to cure
cancer"), reporting the cure itself (the pattern's ``claim`` group); it leaves a cure named as an aim
("scientists are working to cure arthritis"), a bare purpose with no remedy named and a medical
treatment's purpose."""

from __future__ import annotations

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[int, int, str, str]]:
    diags = Linter(Config(), select=["CL101"]).lint_text(text, "text")
    return [(d.start.column, d.end.column, d.text, str(d.severity)) for d in diags]


def test_a_cure_named_as_a_purpose_is_a_cure_claim() -> None:
    text = "There are natural remedies for arthritis to cure the ailment and ease the pain."
    assert _found(text) == [(42, 61, "to cure the ailment", "warning")]
    assert _found("Honey in warm water is good for curing arthritis.") == [
        (24, 49, "good for curing arthritis", "warning")
    ]
    assert _found("We know how to cure cancer, diabetes and heart disease.") == [
        (1, 27, "We know how to cure cancer", "warning")
    ]


def test_a_bare_purpose_with_no_remedy_named_is_a_careful_pages_report() -> None:
    assert _found("Desperate patients travel abroad for stem cell injections to cure arthritis.") == []
    assert _found("It is impossible to cure diabetes with diet alone.") == []


def test_a_cure_named_as_an_aim_is_not() -> None:
    assert _found("Scientists are working to cure arthritis.") == []
    assert _found("The trial aims to cure the disease in children.") == []


def test_a_denied_purpose_is_not() -> None:
    assert [f for f in _found("There are no home remedies to cure arthritis.") if f[3] != "info"] == []


def test_a_cure_named_as_a_medical_treatments_purpose_is_not() -> None:
    assert _found("Doctors use chemotherapy to cure some cancers.") == []
    assert _found("A stem cell transplant is the only way to cure sickle cell disease.") == []
    assert _found("New drugs for curing hepatitis C are expensive.") == []
