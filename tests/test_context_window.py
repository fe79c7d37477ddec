"""``medlint.evidence.context.context_window``: a claim's sentence is read within CONTEXT_REACH characters of it,
so a run-on "sentence" of thousands of words (scraped text with no full stops) is not read whole for each of its
claims; an ordinary sentence is read whole."""

from __future__ import annotations

from medlint.config import Config
from medlint.evidence.context import CONTEXT_REACH, context_window
from medlint.linter import Linter


def test_an_ordinary_sentence_is_read_whole() -> None:
    prose = "Some people say that garlic cures cancer, but it does not."
    assert context_window(prose, 0, len(prose), 21, 40) == (0, len(prose))


def test_a_run_on_sentence_is_cut_at_a_space_within_reach() -> None:
    words = "word " * 2000
    prose = words + "garlic cures cancer " + words
    start = len(words)
    end = start + len("garlic cures cancer")
    lo, hi = context_window(prose, 0, len(prose), start, end)
    assert start - CONTEXT_REACH <= lo < start and prose[lo - 1] == " "
    assert end < hi <= end + CONTEXT_REACH and prose[hi] == " "


def test_a_cue_far_before_the_claim_in_a_run_on_sentence_is_out_of_reach_but_a_near_one_is_not() -> None:
    filler = "and the " * 400
    near = f"{filler}There is no evidence that garlic cures cancer {filler}"
    diags = Linter(Config(), select=["CL119"]).lint_text(near, "text")
    assert [d for d in diags if str(d.severity) != "info"] == []
