"""RD102 (prose24): a plain-text paragraph's heading, byline or lead-in line is not read together with
the sentence on the next line (``_shared.sentence_pieces`` cuts at those line breaks)."""

from __future__ import annotations

import medlint
from medlint.rules.readability._shared import sentence_pieces

#: 29 words: under the limit (30) alone, 34 with the two heading lines before it
_SENTENCE = (
    "The first problem with the list is that it does not take into account the deaths "
    "that take place as a matter of course every day in the country."
)
#: 18 words, a lead-in to a quoted message
_LEAD_IN = (
    "Thousands of accounts shared the message, some of which claimed the words had been written by a doctor:"
)


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_pieces(text)]


def _rd102(text: str) -> list[tuple[int, int, int, int]]:
    return [
        (d.start.offset, d.start.line, d.start.column, d.end.offset)
        for d in medlint.lint_text(text, "text", select=["RD102"])
    ]


def test_pieces_leave_out_heading_lines_and_cut_after_a_lead_in() -> None:
    assert _pieces("Analysis\nInterpretation\u00a0\n" + _SENTENCE) == [_SENTENCE]
    assert _pieces("By Jane Smith\n" + _SENTENCE) == [_SENTENCE]
    assert _pieces(_LEAD_IN + "\nChicken pox is a virus.") == [_LEAD_IN, "Chicken pox is a virus."]


def test_pieces_keep_a_wrapped_sentence() -> None:
    # a line that goes on in lower case, or a line ending in a lower-case word, is one sentence wrapped
    wrapped = "The first problem with the list is that\nit does not take into account the deaths."
    assert _pieces(wrapped) == [wrapped]
    name = "The study was run by researchers at the\nUniversity of Toronto in the country."
    assert _pieces(name) == [name]


def test_rd102_does_not_count_a_heading_line_into_the_sentence_after_it() -> None:
    text = "Some intro here.\n\nAnalysis\nWhat the Researchers Found\n" + _SENTENCE + "\n"
    assert (
        len(_SENTENCE.split()) == 29
        and len(("Analysis What the Researchers Found " + _SENTENCE).split()) == 34
    )
    assert _rd102(text) == []


def test_rd102_still_counts_a_long_sentence_after_a_heading_line() -> None:
    long = _SENTENCE[:-1] + ", and the rest of the numbers come from a list that nobody checked."
    assert len(long.split()) == 42
    text = "Some intro here.\n\nAnalysis\n" + long + "\n"
    start = text.index("The first")
    # reported over the sentence alone (line 4), not from the heading line
    assert _rd102(text) == [(start, 4, 1, start + len(long))]
