"""CL111 reads three conspiracy frames of an s36 quack page: medicine's institutions said to be controlled by
the industry, in the passive ("Medical school education is controlled by drug companies"); proof or a cure
said to be kept from the public; and medicine's research called advertising in disguise."""

from __future__ import annotations

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[int, int, str, str]]:
    diags = Linter(Config(), select=["CL111"]).lint_text(text, "text")
    return [(d.start.column, d.end.column, d.text, str(d.severity)) for d in diags]


def test_an_institution_controlled_by_the_industry() -> None:
    assert _found("Medical school education is controlled by drug companies.") == [
        (16, 57, "education is controlled by drug companies", "error")
    ]
    assert _found("The trial was run by drug companies.") == []


def test_proof_kept_from_the_public() -> None:
    text = "The proof was kept from the public by the industry."
    assert _found(text) == [(5, 35, "proof was kept from the public", "error")]
    assert _found("The proof was not kept from the public.") == []


def test_research_called_advertising_in_disguise() -> None:
    assert _found("It's advertising disguised as science.") == [
        (6, 38, "advertising disguised as science", "error")
    ]


def test_a_careful_page_reporting_the_frame_is_not_the_frame() -> None:
    text = "Some websites claim that the cure has been kept from the public by drug companies."
    assert [f for f in _found(text) if f[3] == "error"] == []
