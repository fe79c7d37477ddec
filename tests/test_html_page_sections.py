"""Parts of a saved page that are not the article's prose or not copies of it: a comments plugin's
heading and what follows its thread, a pager, two options of one list that share an outcome, an
interview's question and the answer that takes up its words. Small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, page

from medlint.formats import load_document

_ADVERT = (
    "Advertise with the most visited news site in the country today, we offer digital marketing packages."
)
_AFTER = "<p>Explaining the new guidance, the minister said masks stay on in clinics.</p>\n"


def _commented(thread: str, tail: str = f"<p>{_ADVERT}</p>\n") -> str:
    return page(f"<article>{BODY}<h3>Comments</h3>\n{thread}\n{tail}</article>\n")


def test_a_heading_over_a_comment_thread_and_what_follows_it_are_not_the_article() -> None:
    source = _commented('<div class="fb-comments" data-numposts="10"></div>')
    prose = load_document(source, "html").prose
    assert "Comments" not in prose and "Advertise" not in prose
    assert "Regular activity lowers blood sugar" in prose
    assert prose.index("Regular activity") == source.index("Regular activity")


def test_a_heading_not_right_before_the_thread_and_blocks_after_a_same_rank_heading_stay() -> None:
    # words between the heading and the thread: the heading titles those words, not the thread
    source = _commented('<p>Share your view below.</p><div class="fb-comments"></div>')
    prose = load_document(source, "html").prose
    assert "Comments" in prose and "Advertise" in prose
    # the section under the comments heading ends at the next heading of its rank
    source = _commented('<div class="fb-comments"></div>', f"<p>{_ADVERT}</p>\n<h3>Masks</h3>\n{_AFTER}")
    prose = load_document(source, "html").prose
    assert "Advertise" not in prose
    assert prose.index("Explaining the new guidance") == source.index("Explaining the new guidance")


def test_a_pager_is_navigation() -> None:
    pager = '<div class="pager-wrap"><span class="pager prev">\u00ab</span><span class="pager next">\u00bb</span></div>'
    source = page(f"<main>{BODY}<p>More videos (1 of 9)</p>{pager}</main>")
    prose = load_document(source, "html").prose
    assert "\u00ab" not in prose and "\u00bb" not in prose
    assert "More videos (1 of 9)" in prose
