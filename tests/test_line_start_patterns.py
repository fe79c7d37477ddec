"""Patterns anchored at a line start read only their own line's lead.

A saved web page's prose is its source with the markup blanked, so it holds long runs of
spaces and line breaks (scripts, styles, menus blanked as chrome). A ``(?m)^`` pattern whose
lead is ``[\\s*_#>-]*`` runs across those breaks from every line start and backs off through
the whole run each time: quadratic in the run, seconds per page on real sites (a BBC page took
9 s in DS101's press-release signals). The lead must stop at the line's end; a match then
starts on the line that holds it, which is what these tests check (a test of structure, not of
time).
"""

from __future__ import annotations

import re

import pytest

from medlint.evidence import doc_kind
from medlint.rules.disclosure import DS104

BLANK = "   \n" * 4 + "  \t\n"


def _regex(obj: object) -> re.Pattern[str]:
    return getattr(obj, "regex", obj)  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("pattern", "line"),
    [
        (doc_kind._WIRE_HEADER, "Press release: new results"),
        (doc_kind._WIRE_HEADER, "Boston (PR Newswire) - new results"),
        (doc_kind._CONTACT_LINE, "* Media contact: Jane Roe"),
        (doc_kind._DATELINE, "CHICAGO (Reuters) - new results"),
        (doc_kind._SOURCE_CITATION, "SOURCES: the journal"),
        (DS104._BYLINE, "By Jane Roe"),
        (DS104._CREDIT_NOTE, "Reporting was contributed by Jane Roe."),
    ],
)
def test_a_line_start_match_begins_on_its_own_line(pattern: object, line: str) -> None:
    text = BLANK + line
    found = _regex(pattern).search(text)
    assert found is not None
    assert "\n" not in text[found.start() : found.end()]


def test_the_press_release_end_mark_has_one_way_through_a_blank_line() -> None:
    """'###' and '-30-' still match; a long blank line that is not one is rejected the same way."""
    end_mark = doc_kind._END_MARK
    assert end_mark.search("text\n  - ### -  \nmore")
    assert end_mark.search("text\n\t###\n")
    assert end_mark.search("text\n - 30 - \n")
    assert not end_mark.search("text\n - # # \n")
    # the two blank runs around the optional dash are written so that only one can take a blank
    assert "-?[ \\t]*" not in end_mark.pattern
