"""RP102 on a saved page: a block printed whole in two places far apart is one part of the page's
template (a standfirst in the header and the body, an author's bio over and under the story), not a
sentence the writer repeated. Small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, hits, page

from medlint import lint_text

_DEK = "Our top picks for family events and fun for the month of September."
_BETWEEN = (
    "<p>The fair opens on Friday with rides for children of every age.</p>\n"
    "<p>Tickets cost less when bought online before the weekend.</p>\n"
)


def test_a_block_printed_whole_twice_far_apart_is_the_template() -> None:
    source = page(f"<article><p>{_DEK}</p>\n{BODY}{_BETWEEN}<p>{_DEK}</p>\n</article>")
    assert hits(source, "RP102") == []


def test_the_sentence_restated_inside_another_paragraph_is_still_a_repeat() -> None:
    source = page(f"<article><p>{_DEK}</p>\n{BODY}{_BETWEEN}<p>See you all there. {_DEK}</p>\n</article>")
    at = source.rindex(_DEK)
    assert hits(source, "RP102") == [(at, at + len(_DEK), 7, 23)]
    assert at == 489


def test_a_plain_text_paragraph_pasted_twice_far_apart_is_still_a_repeat() -> None:
    text = (
        f"{_DEK}\n\nType 2 diabetes is a long-term condition.\n\n"
        f"The fair opens on Friday with rides for children of every age.\n\n{_DEK}\n"
    )
    found = [
        (d.start.offset, d.end.offset, d.start.line, d.start.column, str(d.severity))
        for d in lint_text(text, "text")
        if d.code == "RP102"
    ]
    assert found == [(176, 243, 7, 1, "info")]
