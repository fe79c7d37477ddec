"""A small saved page around a body written for a test, and the findings of one rule on it
(tests/test_html_inline_parts.py and tests/test_html_block_rules.py share them)."""

from __future__ import annotations

from medlint import lint_text

BODY = (
    "<p>Type 2 diabetes is a long-term condition. Many people manage it with healthy eating.</p>\n"
    "<p>Regular activity lowers blood sugar, and some people also need tablets or insulin.</p>\n"
)


def page(body: str, head: str = "") -> str:
    return f'<!DOCTYPE html><html lang="en"><head><title>t</title>{head}</head><body>\n{body}</body></html>\n'


def hits(source: str, code: str) -> list[tuple[int, int, int, int]]:
    """(start offset, end offset, line, column) of each ``code`` finding on the page."""
    return [
        (d.start.offset, d.end.offset, d.start.line, d.start.column)
        for d in lint_text(source, "html")
        if d.code == code
    ]
