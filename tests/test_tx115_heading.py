"""TX115: a heading or list item run into its text is told apart from a sentence whose full stop was lost.

A heading takes no full stop, so there the message names the lost line break, no fix is offered and it
is a note (an extraction more often than a writer joins a heading to its text);
after a sentence of its own the full stop is offered (unsafe).
"""

from __future__ import annotations

from medlint import Linter


def test_heading_run_in_names_the_line_break_and_offers_no_full_stop() -> None:
    text = "Studies overall not meaningful The conclusion is weak.\n"
    [d] = Linter(select=["TX115"]).lint_text(text, "text")
    assert (d.start.offset, d.end.offset, d.text) == (20, 34, "meaningful The")
    assert "a heading or a list item runs into the sentence after it" in d.message
    assert "line break" in d.message and d.fix is None and d.severity.name == "INFO"


def test_sentence_run_in_offers_the_full_stop() -> None:
    text = (
        "The pain often starts in the lower back and then spreads to the legs The doctor may order a scan.\n"
    )
    [d] = Linter(select=["TX115"]).lint_text(text, "text")
    assert (d.start.offset, d.end.offset, d.text) == (64, 72, "legs The")
    assert "a full stop was lost" in d.message and d.severity.name == "WARNING"
    assert d.fix is not None and [(e.start, e.end, e.replacement) for e in d.fix.edits] == [(68, 68, ".")]
