"""Two readings of careful pages (s31): a myth page's numbered claim answered by its own denial in the next
sentence ("14. Vaccines cause autism" over "Vaccines do not cause autism.") is the myth reported, and a belief
named by its gerund ("believing that vaccines can cause autism undermines vaccination efforts") is the belief's,
not the writer's. A denial of something else after the claim leaves it the page's own."""

from __future__ import annotations

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[str, int, int, str]]:
    diags = Linter(Config(), select=["CL125", "CL101"]).lint_text(text, "text")
    return [(d.code, d.start.line, d.start.column, str(d.severity)) for d in diags]


def test_a_numbered_myth_denied_by_the_next_sentence_is_reported() -> None:
    assert (
        _found("14. Vaccines cause autism\n\nVaccines do not cause autism. We repeat: they do not.\n") == []
    )


def test_a_denial_of_something_else_leaves_the_claim() -> None:
    text = "Vaccines cause autism. Doctors do not want you to know that vaccines cause autism.\n"
    assert ("CL125", 1, 1, "error") in _found(text)


def test_a_belief_named_by_its_gerund_is_not_the_writers_claim() -> None:
    text = "Vaccines are safe. Therefore, believing that vaccines can cause autism undermines vaccination efforts.\n"
    assert [f for f in _found(text) if f[3] != "info"] == []
