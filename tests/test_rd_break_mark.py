"""The readability helpers' item-break gate searches from the mark (``_BREAK_MARK_FROM_MARK``) instead of
from the space before it (``_BREAK_MARK``): a search finds something in exactly the same texts, and
``table_run`` answers the same with its plain form (``_shared._PLAIN``)."""

from __future__ import annotations

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint.formats import load_document
from medlint.rules.readability import _shared
from medlint.rules.readability._shared import _BREAK_MARK, _BREAK_MARK_FROM_MARK, table_run

TEXTS = [
    "",
    "-",
    " -",
    "a - b",
    "a -b",
    "a-b",
    "\t\u2013",
    "x \u2014 y",
    "x\u2014y",
    "\u2022 item",
    "a \u2022 b",
    "a * b | c",
    "5% of",
    "5%\tof",
    "5%of",
    "% ",
    " %",
    " % ",
    "%%  ",
    "\n- item",
    "a\u00a0- b",  # a no-break space is no space of the class
]
#: spaces, tabs, line breaks, the marks and what stands beside them
_PIECES = [" ", "\t", "\n", "\u00a0", "-", "--", "\u2013", "\u2014", "\u2022", "*", "|", "%", "a", "5", "B"]


def _same(text: str) -> bool:
    return (_BREAK_MARK_FROM_MARK.search(text) is None) is (_BREAK_MARK.search(text) is None)


@pytest.mark.parametrize("text", TEXTS + random_strings(_PIECES, 3000, seed=104, max_pieces=8))
def test_the_gate_finds_a_mark_where_the_plain_search_does(text: str) -> None:
    assert _same(text)


def test_the_gate_and_table_run_on_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    found = 0
    for text in [*rule_and_corpus_texts(), *medquad_answers(40, 2)]:
        for sent in load_document(text, "markdown").sentences:
            assert _same(sent.text), sent.text[:80]
            found += _BREAK_MARK.search(sent.text) is not None
            fast = table_run(sent.text)
            with monkeypatch.context() as m:
                m.setattr(_shared, "_PLAIN", True)
                assert table_run(sent.text) is fast, sent.text[:80]
    assert found >= 10
