"""A fix never edits markup: an edit whose span holds a tag or a Markdown mark is dropped."""

from __future__ import annotations

import medlint


def _fixes(text: str, fmt: str, code: str) -> list[object]:
    return [d.fix for d in medlint.lint_text(text, format=fmt) if d.code == code]


def test_a_doubled_word_across_a_closing_tag_keeps_its_finding_but_loses_its_fix() -> None:
    # deleting "</i> the" would leave "<i>the pills" with its tag unclosed
    (fix,) = _fixes("<p>Take <i>the</i> the pills.</p>", "html", "RP101")
    assert fix is None
    (fix,) = _fixes("<p>Take the the pills.</p>", "html", "RP101")
    assert fix is not None


def test_a_phrase_written_twice_across_markup_keeps_its_finding_but_loses_its_fix() -> None:
    (fix,) = _fixes("<p>Take it <b>with water</b> with water daily.</p>", "html", "RP105")
    assert fix is None
    (fix,) = _fixes("Take it **with water** with water daily.\n", "markdown", "RP105")
    assert fix is None
    (fix,) = _fixes("Take it with water with water daily.\n", "markdown", "RP105")
    assert fix is not None
