"""careful22: claim rules on pages about no health subject.

The CL rules are about health claims. A hype word or a customer count on a page that names no health
subject (business news, sports, a tech magazine), in a paragraph that names none, claims nothing about
health: "Netflix has been a game changer", "the Argentine Open became the Holy Grail for professional
polo players", "the platform has helped thousands of people monetize ...". A short text (a post, a
snippet) is judged by itself, and a paragraph that names a health subject still fires on such a page.
Every text is hand-written; positions are 1-based lines and columns, end exclusive.
"""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter

#: a business story's paragraphs: 30 words each, no health subject
_BUSINESS = (
    "The company reported its quarterly earnings on Tuesday and said that subscriber numbers grew in every "
    "market it serves, while analysts in New York expected the shares to rise again next week.\n\n"
) * 8
_SPORT = (
    "The tournament was first played in the capital more than a century ago, and the same three clubs have "
    "met in the final for most of the last twenty seasons in front of large crowds.\n\n"
) * 8

#: a genetics page's paragraphs: genes, proteins and cells, none of the words of a care page
_GENETICS = (
    "The gene provides instructions for making a protein that is found in the cells of the inner ear, and "
    "mutations in both copies of the gene are inherited from the parents of a child with the syndrome.\n\n"
) * 8


def _found(text: str, fmt: str = "text", rules: tuple[str, ...] = ("CL102", "CL114")) -> list[tuple]:
    diags = Linter(Config(), select=list(rules)).lint_text(text, fmt)
    return [(d.code, str(d.severity), d.start.line, d.start.column, d.end.column) for d in diags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page about no health subject: quiet
        (_BUSINESS + "Netflix has been a game changer for the whole television industry.", []),
        (_SPORT + "The open became the Holy Grail for professional players of the game.", []),
        (_BUSINESS + "After all, the platform has helped thousands of people monetize their posts.", []),
        # the same page, a paragraph that names a health subject: fires
        (
            _BUSINESS + "The new pill is a game changer for people with joint pain.",
            [("CL102", "warning", 17, 19, 31)],
        ),
        (
            _BUSINESS + "This tea has helped thousands of people lose weight.",
            [("CL114", "warning", 17, 10, 40)],
        ),
        # a genetics page is about health, whatever paragraph the words stand in
        (
            _GENETICS + "For the families, the new finding was a miracle.",
            [("CL102", "warning", 17, 41, 48)],
        ),
        # a short text is judged by itself
        (
            "Netflix has been a game changer for the whole television industry.",
            [("CL102", "warning", 1, 20, 32)],
        ),
    ],
)
def test_claims_on_pages_about_no_health(text: str, expected: list[tuple]) -> None:
    assert _found(text) == expected
