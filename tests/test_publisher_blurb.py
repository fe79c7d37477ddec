"""careful22: a publisher's blurb about itself is not the article's claim.

A paragraph that opens with the page's own name (``og:site_name``) as its subject ("WIRED is where
tomorrow is realized ... The breakthroughs and innovations that we uncover ...") is the publisher's
blurb, as an "About <Organisation>" section is. Every text is hand-written; positions are 1-based lines
and columns, end exclusive.
"""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple]:
    diags = Linter(Config(), select=["CL102"]).lint_text(text, "html")
    return [(d.code, str(d.severity), d.start.line, d.start.column, d.end.column) for d in diags]


_PAGE = (
    "<html lang='en'><head><title>Sleep study | Wired</title>"
    "<meta property='og:site_name' content='Wired'></head><body>"
    "<h1>A better night's sleep</h1>"
    "<p>People who kept a regular bedtime slept longer and reported less anxiety, a trial of 120 adults "
    "with insomnia found. Doctors say the effect on health is small but real.</p>"
    "<footer><p>{blurb}</p></footer></body></html>"
)


@pytest.mark.parametrize(
    ("blurb", "expected"),
    [
        # the publisher's own blurb: not the article's claim
        (
            "WIRED is where tomorrow is realized. The breakthroughs and innovations that we uncover lead to new "
            "ways of thinking.",
            [],
        ),
        # a paragraph that does not open with the page's name: the page's own words (the footer is
        # 332 characters into the one-line page)
        (
            "The breakthroughs and miracles we uncover lead to new ways of thinking about health.",
            [("CL102", "warning", 1, 337, 350), ("CL102", "warning", 1, 355, 363)],
        ),
    ],
)
def test_publisher_blurb(blurb: str, expected: list[tuple]) -> None:
    assert _found(_PAGE.format(blurb=blurb)) == expected
