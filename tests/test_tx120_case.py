"""TX120's suggestion keeps the case of the word it replaces ("LESS" -> "FEWER", "Less" -> "Fewer")."""

from __future__ import annotations

from medlint.config import Config
from medlint.linter import Linter


def test_the_suggestion_keeps_the_words_case() -> None:
    diags = Linter(Config(), select=["TX120"]).lint_text(
        "There are LESS antigens in vaccines than ever. Less antigens are used. It has less side effects.",
        "text",
    )
    assert [(d.text, d.suggestions) for d in diags] == [
        ("LESS", ("FEWER",)),
        ("Less", ("Fewer",)),
        ("less", ("fewer",)),
    ]
