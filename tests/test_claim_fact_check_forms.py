"""Two forms of fact-check pages read off real ones (``medlint.evidence.context``): the next sentence
restates others' claims as its subject and calls them false ("Claims research ... found garlic can cure
COVID-19 are false"), so the claim stated before it is debunked; and posts or messages named by what
they are about ("several posts about how garlic can cure Covid-19") report the claim, not assert it."""

from __future__ import annotations

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[str, int, int, str, str]]:
    diags = Linter(Config(), select=["CL101"]).lint_text(text, "text")
    return [(d.code, d.start.column, d.end.column, d.text, str(d.severity)) for d in diags]


def test_claims_restated_and_called_false_in_the_next_sentence() -> None:
    text = (
        "A study has found Australian garlic can cure COVID-19. Claims research conducted by the Doherty "
        "Institute found garlic can cure COVID-19 are false."
    )
    assert _found(text) == []


def test_the_same_claim_with_a_true_verdict_stands() -> None:
    text = "A study has found Australian garlic can cure COVID-19. Claims about it are everywhere."
    assert [f[4] for f in _found(text)] == ["warning"]


def test_posts_about_how_report_the_claim() -> None:
    text = "Several posts about how garlic can cure Covid-19 have been circulating on WhatsApp."
    assert [f[4] for f in _found(text)] == ["info"]
    assert [f[4] for f in _found("Garlic can cure Covid-19, as our posts show.")] == ["warning"]


def test_a_claims_subject_denied_outright_next() -> None:
    text = (
        'Superfoods prevent cancer\n\nThere really is no such thing as a "superfood." It is a marketing term.'
    )
    assert Linter(Config(), select=["CL119"]).lint_text(text, "text") == []
    # the thing denied must be the claim's own: a cure-all is not turmeric
    assert [
        f[3] for f in _found("Turmeric cures cancer. There is no such thing as a cure-all, but it works.")
    ] == ["cures"]
