"""CL110 reads a promise to show how to stop a prescribed treatment ("How To Stop Kidney Dialysis Naturally",
"learn how to get off insulin") and leaves tapering advice ("how to stop taking antidepressants safely")."""

from __future__ import annotations

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[int, int, str, str]]:
    diags = Linter(Config(), select=["CL110"]).lint_text(text, "text")
    return [(d.start.column, d.end.column, d.text, str(d.severity)) for d in diags]


def test_a_promise_to_show_how_to_stop_a_treatment() -> None:
    assert _found("How To Stop Kidney Dialysis Naturally\n\nOur plan works.") == [
        (1, 28, "How To Stop Kidney Dialysis", "error")
    ]
    assert _found("This guide shows how to get off insulin for good.") == [
        (18, 40, "how to get off insulin", "error")
    ]
    assert _found("With this diet, many will get off insulin naturally.") == [
        (27, 52, "get off insulin naturally", "error")
    ]


def test_tapering_advice_and_a_doctor_are_not() -> None:
    assert _found("Here is how to stop taking antidepressants safely, step by step.") == []
    assert _found("Ask your doctor how to stop taking your blood pressure pills.") == []
    assert _found("Learn how to stop taking opioids without withdrawal.") == []
