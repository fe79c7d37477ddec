"""When the page's ``main`` holds an ``article``, an ``article`` outside ``main`` is a card of the
sidebar or footer (a journal's buy box printed again for the wide layout, a teaser), not the page's
text. Small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, hits, page

from medlint.formats.chrome import articles_in_main

TITLE = "<h1>Clinic opens a new diabetes ward</h1>\n"
BUY = (
    '<div class="buy-box"><h2>Access options</h2>\n'
    '<article class="box"><h3>Buy single article</h3>\n'
    "<p>Instant access to the full article as a file you can keep.</p></article></div>\n"
)


def test_a_box_in_main_printed_again_in_the_sidebar_is_not_a_repeated_heading() -> None:
    source = page(f"<main><article>{TITLE}{BODY}{BUY}</article></main>\n<aside>{BUY}</aside>\n")
    assert articles_in_main(source)
    assert hits(source, "RP103") == []


def test_without_main_the_sidebar_copy_is_still_reported() -> None:
    source = page(f"<div><article>{TITLE}{BODY}{BUY}</article></div>\n<aside>{BUY}</aside>\n")
    assert not articles_in_main(source)
    first = source.index("Access options")
    at = source.index("Access options", first + 1)
    line = source[:at].count("\n") + 1
    assert (at, at + len("Access options"), line, at - source.rfind("\n", 0, at)) in hits(source, "RP103")


def test_a_heading_printed_twice_inside_the_main_article_is_still_reported() -> None:
    twice = "<h2>Who can use the ward</h2>\n"
    source = page(
        f"<main><article>{TITLE}{twice}{BODY}{twice}{BODY}</article></main>\n<aside>{BUY}</aside>\n"
    )
    at = source.index("Who can use", source.index("Who can use") + 1)
    line = source[:at].count("\n") + 1
    assert hits(source, "RP103") == [(at, at + len("Who can use the ward"), line, 5)]


def test_a_main_that_holds_no_article_leaves_the_page_as_it_was() -> None:
    assert not articles_in_main(page(f"<main>{TITLE}{BODY}</main>\n<article>{BUY}</article>\n"))
    assert not articles_in_main(page(f'<main><article class="comment">{BODY}</article></main>\n'))
