"""RP103 on the parts a news template sets around the title: the standfirst (a summary sentence set as
a sub-heading under the headline) said again in the story, and an infinite-scroll navigator whose
copy of the headline is a ``javascript:`` link. Small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, hits, page

from medlint.formats.html import load

TITLE = "<h1>Clinic opens a new diabetes ward</h1>\n"
DEK = "The ward will treat two hundred patients a year from the spring."
STORY = f"<p>{DEK} Doctors said the beds were needed.</p>\n"


def test_a_standfirst_said_again_in_the_story_is_not_a_repeated_heading() -> None:
    source = page(f"<main>{TITLE}<h2>{DEK}</h2>\n{BODY}{STORY}</main>")
    assert hits(source, "RP103") == []
    at = source.index(DEK)
    assert load(source).metadata["standfirst"] == [at, at + len(DEK)]


def test_a_section_heading_under_the_title_said_again_is_reported() -> None:
    heading = "Who can use the ward?"
    story = f"<p>{heading} Adults with type 2 diabetes.</p>\n"
    source = page(f"<main>{TITLE}<h2>{heading}</h2>\n{BODY}{story}</main>")
    assert "standfirst" not in load(source).metadata
    at = source.index(heading, source.index(heading) + 1)
    line = source[:at].count("\n") + 1
    assert hits(source, "RP103") == [(at, at + len(heading), line, 4)]


def test_a_standfirst_printed_again_as_a_heading_is_still_reported() -> None:
    source = page(f"<main>{TITLE}<h2>{DEK}</h2>\n{BODY}<h3>{DEK}</h3>\n</main>")
    at = source.index(f"<h3>{DEK}") + 4
    line = source[:at].count("\n") + 1
    assert [h for h in hits(source, "RP103") if h[0] == at] == [(at, at + len(DEK), line, 5)]


NAVIGATOR = '<div class="next-story"><a href="{}" onclick="scrollToPage(1)">{}</a></div>\n'
HEADLINE = "Clinic opens a new diabetes ward"


def test_a_script_link_repeating_the_headline_points_at_it() -> None:
    source = page(f"<main>{TITLE}{BODY}</main>\n" + NAVIGATOR.format("javascript:;", HEADLINE))
    assert hits(source, "RP103") == []
    at = source.index("<a href")
    assert load(source).metadata["script_links"] == [[at, source.index("</a>") + len("</a>")]]
    assert load(source).links == []  # no address to check


def test_the_same_line_without_a_link_is_reported() -> None:
    source = page(f"<main>{TITLE}{BODY}</main>\n" + f'<div class="next-story">{HEADLINE}</div>\n')
    at = source.index(HEADLINE, source.index(HEADLINE) + 1)
    line = source[:at].count("\n") + 1
    assert hits(source, "RP103") == [(at, at + len(HEADLINE), line, 25)]


# -- a list of excerpts of other pages, each opening with a link and cut off with an ellipsis --------

EXCERPT = '<li><p><a href="/other/{0}">Entry {0}</a> \u2014 A text that quotes (another page \u2026 Wikipedia</p></li>\n'


def test_a_list_of_excerpts_cut_off_is_other_pages_text() -> None:
    items = "".join(EXCERPT.format(n) for n in range(3))
    source = page(f"{BODY}<h3>Other entries</h3>\n<ul>{items}</ul>\n")
    assert hits(source, "TX102") == []
    at = source.index("<ul>")
    assert load(source).prose[at : source.index("</ul>")].split() == []


def test_a_list_whose_items_are_not_all_excerpts_is_kept() -> None:
    items = "".join(EXCERPT.format(n) for n in range(2))
    items += '<li><p><a href="/other/9">Entry 9</a> \u2014 A text that quotes (another page.</p></li>\n'
    source = page(f"{BODY}<h3>Other entries</h3>\n<ul>{items}</ul>\n")
    opened = [source.index("(another", source.index(f'href="/other/{n}"')) for n in (0, 1, 9)]
    assert [h[0] for h in hits(source, "TX102")] == opened
    # two excerpts are not yet a list of them
    source = page(f"{BODY}<ul>" + "".join(EXCERPT.format(n) for n in range(2)) + "</ul>\n")
    assert len(hits(source, "TX102")) == 2


# -- the lines of the article's header: date line, byline, photo credit (TX101) ---------------------


def _col(source: str, at: int) -> tuple[int, int]:
    line = source[:at].count("\n") + 1
    return line, at - (source.rfind("\n", 0, at) + 1) + 1


def test_the_field_lines_around_the_title_are_the_templates_spacing() -> None:
    header = (
        "<p>Last Updated : Nov 20, 2019 01:41 PM</p>\n"
        f"{TITLE}"
        "<p>by Ann Lee , Health Desk</p>\n"
        "<p>Photo : Jane Roe</p>\n"
    )
    source = page(f"<main>{header}{BODY}<p>Rest well , and drink water.</p>\n</main>")
    lines = load(source).metadata["header_lines"]
    assert [source[s:e] for s, e in lines] == [
        "Last Updated : Nov 20, 2019 01:41 PM",
        "by Ann Lee , Health Desk",
        "Photo : Jane Roe",
    ]
    # the header's spacing is not reported; the same slip in the body is, at its space
    at = source.index(" , and")
    assert hits(source, "TX101") == [(at, at + 2, *_col(source, at))]


def test_a_sentence_under_the_title_and_a_field_in_the_body_are_still_checked() -> None:
    # a line written as a sentence ends the header; a "Label : value" line in the body is text
    source = page(
        f"<main>{TITLE}<p>Doctors say the beds are needed , and soon.</p>\n{BODY}"
        "<ul><li>Adults : two tablets</li></ul>\n</main>"
    )
    assert "header_lines" not in load(source).metadata
    first, second = source.index(" , and soon"), source.index(" : two")
    assert hits(source, "TX101") == [
        (first, first + 2, *_col(source, first)),
        (second, second + 2, *_col(source, second)),
    ]


def test_no_title_no_header_lines() -> None:
    source = page(f"<main><p>Photo : Jane Roe</p>\n{BODY}</main>")
    assert "header_lines" not in load(source).metadata
    at = source.index(" :")
    assert hits(source, "TX101") == [(at, at + 2, *_col(source, at))]
