"""A claim handed to its believers in its own sentence ("... or so thousands of patients believed") or
held in a third person's belief ("He thought he'd found a cure") is theirs, not the writer's; held
"despite evidence to the contrary" it is debunked; so is a claim that is a named belief's content ("the
immediate thought ... is that ointments will cure psoriasis") and one under a possibility that takes a
clause ("it may be possible that ... a permanent cure"), each read off a careful page
(``medlint.evidence.context``)."""

from __future__ import annotations

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[str, int, int, str, str]]:
    diags = Linter(Config(), select=["CL101", "CL125"]).lint_text(text, "text")
    return [(d.code, d.start.column, d.end.column, d.text, str(d.severity)) for d in diags]


def test_or_so_they_believed_despite_evidence_is_debunked() -> None:
    text = (
        "Apricot seeds can cure cancer \u2014 or so thousands of cancer patients believed in the 1970s, "
        "despite lots of evidence to the contrary."
    )
    assert _found(text) == []


def test_or_so_a_company_claims_is_attributed() -> None:
    assert _found("Apricot seeds can cure cancer, or so the company claims.") == [
        ("CL101", 15, 23, "can cure", "info"),
    ]


def test_the_writers_own_or_so_keeps_the_claim() -> None:
    assert _found("This tea cures diabetes, or so I believe.") == [("CL101", 10, 15, "cures", "warning")]


def test_a_third_persons_belief_is_attributed_the_writers_is_not() -> None:
    text = "She thought she'd found a cure for cancer. I thought I had found a cure for my diabetes."
    assert _found(text) == [
        ("CL101", 25, 35, "a cure for", "info"),
        ("CL101", 66, 76, "a cure for", "warning"),
    ]


def test_a_belief_named_as_the_subject_holds_the_claim() -> None:
    text = (
        "The immediate thought that comes to mind is that ointments will cure psoriasis. "
        "The common misconception is that vinegar cures diabetes. My belief is that this tea cures cancer."
    )
    assert _found(text) == [
        ("CL101", 65, 69, "cure", "info"),
        ("CL101", 165, 170, "cures", "warning"),
    ]


def test_a_possibility_that_takes_a_clause_hedges_it() -> None:
    text = "It may be possible that in the near future, we have a permanent cure for psoriasis."
    assert [f[4] for f in _found(text)] == ["info"]


def test_hopefully_cured_by_a_gene_therapy_is_caution_a_remedy_stays_a_claim() -> None:
    text = "A boy became the first patient treated for, and hopefully cured of, sickle-cell anemia by gene therapy."
    assert [f[4] for f in _found(text)] == ["info"]
    assert [f[4] for f in _found("This herbal tea will hopefully cure your diabetes.")] == ["warning"]
