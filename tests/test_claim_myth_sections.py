"""(s67) Myth sections: a heading that names its section's myths labels the one-line myths under it, and a page whose
headline announces myths states one in each subheading; the same words outside such a section stay the page's claims."""

from __future__ import annotations

import pytest

from medlint.linter import Linter


def _warnings(text: str, fmt: str = "text") -> list[tuple[str, str, int, int]]:
    found = Linter(select=["CL101", "CL145"]).lint_text(text, fmt)
    return [
        (d.code, d.text, d.start.line, d.start.column) for d in found if d.severity.name.lower() != "info"
    ]


SECTION = (
    "There are two kinds of migraine myths.\n\n"
    "{heading}\n\n"
    "We can cure your migraines in 5 easy secret steps!\n\n"
    "I haven't had a migraine attack since making this one small change, and you can too.\n\n"
    "These are the myths that give us false hope.\n"
)


@pytest.mark.parametrize("heading", ["Snake Oil Myths", "Common Migraine Myths", "Myths About Migraine"])
def test_one_line_myths_under_a_myth_heading(heading: str) -> None:
    assert _warnings(SECTION.format(heading=heading)) == []


def test_same_lines_under_another_heading_are_the_page_claims() -> None:
    assert ("CL101", "We can cure your migraines", 5, 1) in _warnings(SECTION.format(heading="Our Promise"))


def test_a_paragraph_of_prose_ends_the_myth_run() -> None:
    text = (
        "Snake Oil Myths\n\n"
        "These myths come from sellers, and they have been around for many years; readers should know them well.\n"
        "They spread fast.\n\n"
        "We can cure your migraines in 5 easy secret steps!\n"
    )
    assert ("CL101", "We can cure your migraines", 6, 1) in _warnings(text)


MYTH_PAGE = (
    "{headline}\n\n"
    "Feed a cold, starve a fever\n"
    "Being sick often kills your appetite; force-feeding won't help.\n\n"
    "Vicks VapoRub in your socks cures coughs\n"
    "In 2007, a widely circulated email recommended it; the idea seems far-fetched.\n"
)


def test_subheading_of_a_myth_page_states_a_myth() -> None:
    assert _warnings(MYTH_PAGE.format(headline="5 Most Common Myths About the Cold")) == []


def test_subheading_of_another_page_is_its_claim() -> None:
    assert _warnings(MYTH_PAGE.format(headline="5 Ways to Beat a Cold")) == [("CL101", "cures", 6, 29)]


def test_myth_page_markdown_heading() -> None:
    text = "# Cold myths and facts\n\n## VapoRub in socks cures coughs\n\nIt does not; the vapour must be inhaled.\n"
    assert _warnings(text, "markdown") == []


def test_an_email_retold_is_reported() -> None:
    text = (
        "In 2007, a widely circulated email recommended putting VapoRub on children's feet to cure coughs. "
        "The email identified the source of the miracle cure as a research council.\n"
    )
    found = Linter(select=["CL101", "CL102"]).lint_text(text)
    assert [(d.code, d.severity.name.lower()) for d in found] == [("CL102", "info")]


def test_the_pages_own_email_is_its_claim() -> None:
    found = Linter(select=["CL101"]).lint_text(
        "Our email newsletter recommended garlic, which cures colds.\n"
    )
    assert [(d.code, d.text, d.severity.name.lower()) for d in found] == [("CL101", "cures", "warning")]
