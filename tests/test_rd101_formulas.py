"""RD101 (prose24): a page of 30 sentences or more is graded by SMOG, which reads about two grades
above Flesch-Kincaid on the same text; a page Flesch-Kincaid puts within the margin of the target
gets a note, not a warning (plain NIH patient pages: Flesch-Kincaid 6.7, SMOG 9.8)."""

from __future__ import annotations

import medlint
from medlint.text.readability import counts

_TITLE = "# Staying active\n\n"
_ADVICE = "You should ask your doctor which medicine suits you. "
_TERMS = "Regular exercise can improve circulation and energy. "
_PLAIN = "Walk with a friend after meals each day. "


def _rd101(body: str) -> list[tuple[str, int, int, int, str]]:
    text = _TITLE + body + "\n"
    return [
        (d.severity.name, d.start.offset, d.start.line, d.end.offset, d.message)
        for d in medlint.lint_text(text, "markdown", select=["RD101"])
    ]


def test_smog_above_and_flesch_kincaid_at_the_target_is_a_note() -> None:
    body = _ADVICE + _TERMS * 12 + _PLAIN * 18
    c = counts(body)
    assert c.sentences == 31 and round(c.smog, 1) == 10.3 and round(c.flesch_kincaid, 1) == 6.2
    [(severity, start, line, end, message)] = _rd101(body)
    assert (severity, start, line, end) == ("INFO", len(_TITLE), 3, len(_TITLE) + len(body.rstrip()))
    assert message.startswith("reading grade 10.3 (SMOG; SMOG 10.3, Flesch-Kincaid 6.2)")
    assert message.endswith("(a note only: Flesch-Kincaid 6.2 is not 1 grade above the target)")


def test_both_formulas_above_the_target_still_warn() -> None:
    body = _ADVICE + _TERMS * 20 + _PLAIN * 10
    c = counts(body)
    assert c.sentences == 31 and round(c.smog, 1) == 12.4 and round(c.flesch_kincaid, 1) == 10.1
    [(severity, start, line, end, message)] = _rd101(body)
    assert (severity, start, line, end) == ("WARNING", len(_TITLE), 3, len(_TITLE) + len(body.rstrip()))
    assert "a note only" not in message
