"""RD101 reads a fact-check (``doc_kind.is_fact_check``) and an article its page signs and dates
(``doc_kind.is_signed_article``) as reporting, as RD102 does: no note for a grade above the patient
target unless the sentences are long, and no section notes."""

from __future__ import annotations

import medlint
from medlint.evidence.doc_kind import is_fact_check, is_reporting, is_signed_article
from medlint.linter import load_document
from medlint.rules.readability._shared import _HARD

_BYLINE = '<meta name="author" content="Jane Roe">'
_DATE = '<meta property="article:published_time" content="2020-02-05T09:00:00Z">'


def _page(head: str, body: str) -> str:
    return (
        f"<html><head><title>A clinic in the town</title>{head}</head>\n"
        f"<body><article><h1>A clinic in the town</h1>\n<p>{body}</p>\n</article></body></html>\n"
    )


def _rd101(source: str, fmt: str) -> list[tuple[str, int, int, int, int]]:
    return [
        (d.severity.name, d.start.offset, d.start.line, d.start.column, d.end.offset)
        for d in medlint.lint_text(source, fmt, select=["RD101"])
    ]


def test_hard_prose_on_a_signed_dated_article_gets_no_note() -> None:
    body = _HARD * 5
    source = _page(_BYLINE + _DATE, body)
    doc = load_document(source, "html")
    assert is_signed_article(doc) and not is_reporting(doc)
    assert _rd101(source, "html") == []


def test_the_same_prose_without_a_byline_gets_its_note() -> None:
    body = _HARD * 5
    source = _page(_DATE, body)
    assert not is_signed_article(load_document(source, "html"))
    start = source.index(body)
    assert start == 174  # line 3, after "<p>"
    assert _rd101(source, "html") == [("INFO", 174, 3, 4, 174 + len(body) - 1)]


_TITLE = "Did a Clinic Turn Away Patients Without Masks?\n"
_DATED = "In March 2020, a post about a small clinic began to circulate online.\n"


def test_a_fact_check_gets_no_section_notes_and_an_undated_page_does() -> None:
    sections = "".join(f"# Part {n}\n\n" + _HARD * 8 + "\n\n" for n in (1, 2))
    text = "# " + _TITLE + "\n" + _DATED + "\n" + sections
    assert is_fact_check(load_document(text, "markdown"))
    assert _rd101(text, "markdown") == []
    undated = (
        "# " + _TITLE + "\n" + "A post about a small clinic began to circulate online.\n" + "\n" + sections
    )
    assert not is_fact_check(load_document(undated, "markdown"))
    heads = [undated.index("# Part 1") + 2, undated.index("# Part 2") + 2]  # the headings' text
    assert heads == [108, 2624]
    # the page's note from its first sentence (line 3) to the last section's end, a note at each heading
    assert _rd101(undated, "markdown") == [
        ("INFO", 50, 3, 1, len(undated.rstrip())),
        ("INFO", 108, 5, 3, 114),
        ("INFO", 2624, 9, 3, 2630),
    ]
