"""Inline suppression comments in Markdown and HTML, and unused-suppression reports."""

from __future__ import annotations

import pytest

from medlint.linter import Linter
from medlint.registry import Registry
from medlint.rule import Finding, Rule


class _Word(Rule):
    code = "ZS101"
    name = "flag-zinc"
    category = "testing"
    description = "Flags the word zinc."

    def check(self, doc):  # type: ignore[no-untyped-def]
        start = 0
        while (i := doc.prose.find("zinc", start)) >= 0:
            yield Finding(i, i + 4, "zinc")
            start = i + 4


class _Other(_Word):
    code = "ZS202"
    name = "flag-iron"

    def check(self, doc):  # type: ignore[no-untyped-def]
        i = doc.prose.find("iron")
        if i >= 0:
            yield Finding(i, i + 4, "iron")


@pytest.fixture
def linter() -> Linter:
    reg = Registry()
    reg.add(_Word, "test")
    reg.add(_Other, "test")
    return Linter(registry=reg)


def lines(diags: list) -> list[tuple[str, int]]:  # type: ignore[type-arg]
    return [(d.code, d.start.line) for d in diags]


def test_disable_enable_region_markdown(linter: Linter) -> None:
    md = "zinc one\n\n<!-- medlint-disable ZS101 -->\nzinc two, iron\n<!-- medlint-enable ZS101 -->\n\nzinc three\n"
    assert lines(linter.lint_text(md, "markdown")) == [("ZS101", 1), ("ZS202", 4), ("ZS101", 7)]


def test_disable_by_name_and_without_codes(linter: Linter) -> None:
    md = "<!-- medlint-disable flag-zinc -->\nzinc and iron\n"
    assert lines(linter.lint_text(md, "markdown")) == [("ZS202", 2)]
    md = "<!-- medlint-disable -->\nzinc and iron\n"
    assert lines(linter.lint_text(md, "markdown")) == []


def test_disable_next_line_skips_blank_lines(linter: Linter) -> None:
    md = "<!-- medlint-disable-next-line ZS101 -->\n\nzinc here\nzinc there\n"
    assert lines(linter.lint_text(md, "markdown")) == [("ZS101", 4)]


def test_disable_line_in_html(linter: Linter) -> None:
    html = "<p>zinc <!-- medlint-disable-line ZS101 --></p>\n<p>zinc</p>\n"
    assert lines(linter.lint_text(html, "html")) == [("ZS101", 2)]


def test_unused_suppression_is_reported(linter: Linter) -> None:
    md = "<!-- medlint-disable-next-line ZS202 -->\nzinc only\n"
    diags = linter.lint_text(md, "markdown")
    assert lines(diags) == [("ML903", 1), ("ZS101", 2)]
    assert "no longer suppresses ZS202" in diags[0].message
    assert diags[0].text.startswith("<!-- medlint-disable-next-line")


def test_comments_in_code_blocks_are_not_directives(linter: Linter) -> None:
    md = "```\n<!-- medlint-disable -->\n```\n\nzinc\n"
    assert lines(linter.lint_text(md, "markdown")) == [("ZS101", 5)]


def test_plain_text_has_no_comment_syntax(linter: Linter) -> None:
    assert lines(linter.lint_text("<!-- medlint-disable -->\nzinc\n", "text")) == [("ZS101", 2)]
