"""Phrase patterns read across emphasised or linked words (``medlint.text.wide_spaces``)."""

from __future__ import annotations

import re

import medlint
from medlint.text.wide_spaces import widen_spaces


def test_free_spaces_widen_and_the_rest_stay() -> None:
    assert widen_spaces("studies show") == "studies +show"
    assert widen_spaces("(?:a|b) c") == "(?:a|b) +c"
    assert widen_spaces("(?<=mrna )(?:shots?)") == "(?<=mrna )(?:shots?)"  # a lookbehind keeps its width
    assert widen_spaces("[ ,]x a ?b a {2}b") == "[ ,]x +a ?b +a {2}b"
    assert widen_spaces(r"\ x") == r"\ x"
    assert (
        widen_spaces(r"caf\N{LATIN SMALL LETTER E WITH ACUTE} cures")
        == r"caf\N{LATIN SMALL LETTER E WITH ACUTE} +cures"
    )
    assert widen_spaces("a b", re.VERBOSE) == "a b"
    # single-spaced text matches as before; a run of spaces (blanked markup) matches too
    assert re.fullmatch(widen_spaces("want you to know"), "want you to know")
    assert re.fullmatch(widen_spaces("want you to know"), "want you      to know")


def _codes(text: str, fmt: str) -> set[str]:
    return {d.code for d in medlint.lint_text(text, format=fmt)}


def test_a_claim_with_an_emphasised_or_bolded_word_inside_is_still_read() -> None:
    html = "<p>Doctors <strong>don&#8217;t want you</strong> to know this one trick for back pain.</p>"
    assert "CL111" in _codes(html, "html")
    assert "CL106" in _codes("Studies **show** that garlic lowers cholesterol.\n", "markdown")
    assert "CL106" in _codes("<p>Studies <em>show</em> that garlic lowers cholesterol.</p>", "html")
