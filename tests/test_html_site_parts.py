"""The site around a saved article: hidden text, link boxes, template parts printed twice, and
where document-level findings are anchored. Fixtures are small pages written for these tests."""

from __future__ import annotations

from medlint import lint_text
from medlint.formats import load_document
from medlint.formats.chrome import article_region, chrome_reason

TITLE = "<h1>Managing type 2 diabetes</h1>\n"
BODY = (
    "<p>Type 2 diabetes is a long-term condition. Many people manage it with healthy eating.</p>\n"
    "<p>Regular activity lowers blood sugar, and some people also need tablets or insulin.</p>\n"
)
ARTICLE_TEXTS = [
    "Managing type 2 diabetes",
    "Type 2 diabetes is a long-term condition. Many people manage it with healthy eating.",
    "Regular activity lowers blood sugar, and some people also need tablets or insulin.",
]


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>t</title>{head}</head><body>\n{body}</body></html>\n"


def block_texts(source: str) -> list[str]:
    doc = load_document(source, "html")
    return [doc.prose[b.start : b.end] for b in doc.blocks]


def test_screen_reader_only_text_is_not_the_articles() -> None:
    source = page(
        '<header><h2 class="sr-only">Site navigation</h2>'
        '<a class="u-screen-reader-text skip-link" href="#main">Skip to content</a></header>\n'
        f"<main>{TITLE}{BODY}</main>\n"
        '<footer><h2 class="visually-hidden">Follow us on our channels</h2></footer>\n'
    )
    assert block_texts(source) == ARTICLE_TEXTS
    assert chrome_reason("span", {"class": "off-screen"}, inside_article=True, page_marks_article=True) == (
        "screen-reader only"
    )
    # a class that merely contains the letters is not one
    assert (
        chrome_reason("div", {"class": "screenshot"}, inside_article=False, page_marks_article=True) is None
    )


def test_a_link_box_outside_the_article_is_chrome_and_inside_it_stays() -> None:
    links = '<div class="top"><a href="/">Homepage</a> | <a href="/login">Log In</a> | <a href="/a-z">Health A-Z</a></div>\n'
    source = page(f"{links}<article>{TITLE}{BODY}{links}</article>\n{links}")
    texts = [" ".join(t.split()) for t in block_texts(source)]
    assert texts == [*ARTICLE_TEXTS, "Homepage | Log In | Health A-Z"]
    doc = load_document(source, "html")
    inside = source.index("Homepage", source.index("<article>"))
    assert doc.prose[inside : inside + 8] == "Homepage"
    assert doc.blocks[-1].start == inside


def test_on_a_page_that_marks_no_article_only_a_menu_is_a_link_box() -> None:
    menu = '<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/c">Contact</a></li></ul>\n'
    references = (
        "<ol>"
        '<li><a href="https://doi.org/1">Metformin and lifestyle change in the prevention of type 2 diabetes</a></li>'
        '<li><a href="https://doi.org/2">Long-term outcomes of intensive glucose control in adults</a></li>'
        '<li><a href="https://doi.org/3">Physical activity and glycaemic control: a systematic review</a></li>'
        "</ol>\n"
    )
    texts = block_texts(page(f"{menu}{TITLE}{BODY}{references}"))
    assert texts[: len(ARTICLE_TEXTS)] == ARTICLE_TEXTS
    assert len(texts) == len(ARTICLE_TEXTS) + 3
    assert texts[-1] == "Physical activity and glycaemic control: a systematic review"


def test_a_footer_printed_twice_is_read_once() -> None:
    footer = (
        "<footer><p>\u00a9 2005-2020 Example Health Media LLC. All rights reserved. Example Health is part "
        "of a media group.</p></footer>\n"
    )
    source = page(f"<article>{TITLE}{BODY}</article>\n{footer}{footer}")
    texts = block_texts(source)
    assert texts[:3] == ARTICLE_TEXTS
    assert len(texts) == 4 and texts[3].startswith("\u00a9 2005-2020 Example Health Media LLC.")
    doc = load_document(source, "html")
    first = source.index("\u00a9")
    assert doc.blocks[3].start == first
    # the repetition rule no longer sees a sentence said twice
    assert [d for d in lint_text(source, format="html") if d.code == "RP102"] == []


def test_a_paragraph_repeated_inside_the_article_stays_for_the_repetition_rules() -> None:
    para = "<p>Regular activity lowers blood sugar, and some people also need tablets or insulin.</p>\n"
    source = page(f"<article>{TITLE}{BODY}{para}</article>\n")
    assert block_texts(source) == [*ARTICLE_TEXTS, ARTICLE_TEXTS[-1]]


def test_a_hidden_drawer_outside_the_article_is_chrome() -> None:
    drawer = '<div class="top-drawer hidden"><h2>Verify Phone</h2><a href="#">Cancel</a></div>\n'
    styled = '<div style="display: none"><p>Your phone has been verified.</p></div>\n'
    assert block_texts(page(f"{drawer}{styled}<article>{TITLE}{BODY}</article>\n")) == ARTICLE_TEXTS
    # inside the article, a hidden box is as often the text a script shows: kept
    source = page(f"<article>{TITLE}{BODY}{styled}</article>\n")
    assert block_texts(source)[-1] == "Your phone has been verified."


def test_document_findings_are_anchored_on_the_articles_title_not_a_site_word() -> None:
    nav_word = '<div class="brand"><a href="/">Homepage</a></div>\n'
    health = (
        "<p>Zinc lozenges may shorten a cold by about a day in adults, according to a 2017 review. The effect "
        "is small, and high doses can upset the stomach. Children should not take adult doses. People who "
        "take antibiotics should ask a pharmacist first, because zinc can change how some drugs are absorbed. "
        "Most colds get better on their own within seven to ten days with rest and fluids.</p>\n"
    )
    source = page(
        f"{nav_word}<article>\n<h1>Zinc for colds</h1>\n{health * 3}</article>\n",
        head='<meta name="date" content="2012-03-03">',
    )
    found = {
        d.code: (d.start.line, d.start.column, d.text)
        for d in lint_text(source, format="html")
        if d.code in ("DS101", "DS104", "DS106")
    }
    title_line = source[: source.index("<h1>")].count("\n") + 1
    assert found["DS106"] == (title_line, 5, "Zinc for colds")
    assert found["DS104"] == (title_line, 5, "Zinc for colds")
    doc = load_document(source, "html")
    assert doc.metadata["lead"] == [source.index("Zinc for colds"), source.index("</h1>")]


def test_without_an_h1_the_first_block_is_still_the_anchor() -> None:
    doc = load_document(page(f"<p>Intro line.</p>{BODY}"), "html")
    assert "lead" not in doc.metadata


COMMENT = "<p>I tried this for a week and my sugar readings came down a lot, thanks for the tips here..</p>"


def test_a_comment_thread_is_not_the_articles_text_however_long() -> None:
    # WordPress: each comment in its own <article>, the thread inside the post's <article> and longer
    # than the 120 words that keep a share-named box in the article as its text
    thread = "".join(
        f'<li class="comment" id="comment-{i}"><article id="div-comment-{i}" class="comment-body">'
        f'<div class="comment-content">{COMMENT}</div></article></li>'
        for i in range(8)
    )
    source = page(
        f'<article class="post">{TITLE}{BODY}'
        f'<section class="comments"><ol class="comment-list">{thread}</ol></section></article>\n'
    )
    assert block_texts(source) == ARTICLE_TEXTS
    assert [d.code for d in lint_text(source, "html") if d.code == "TX101"] == []


def test_comment_articles_do_not_make_the_page_mark_its_article() -> None:
    # the only <article> elements are the comments': the page's article is its <main>, and the
    # thread beside it (not inside) is still blanked
    one = (
        '<article id="div-comment-7" class="comment-body"><div class="comment-content">'
        f"{COMMENT}</div></article>"
    )
    source = page(
        f'<main class="main">{TITLE}{BODY}<div class="comments"><ol class="comment-list"><li>'
        f"{one}</li></ol></div></main>\n"
    )
    assert article_region(source) == "main"
    assert block_texts(source) == ARTICLE_TEXTS


def test_the_comment_text_itself_is_linted_when_not_in_a_thread() -> None:
    # the same words in the article's own paragraph are the writer's: TX101 reports the doubled stop
    source = page(f"<article>{TITLE}{COMMENT}</article>\n")
    hits = [d for d in lint_text(source, "html") if d.code == "TX101"]
    at = source.index("..")
    assert [(d.start.offset, d.end.offset, d.start.line) for d in hits] == [(at, at + 2, 3)]


def test_a_heading_repeated_by_its_contents_entry_or_a_teaser_is_not_a_repeat() -> None:
    toc = '<ul class="toc"><li><a href="#data">Example trial data</a></li></ul>\n'
    body = "<p>Some text is here for the body.</p>\n"
    section = '<h2 id="data">Example trial data</h2>\n<p>More text follows here.</p>\n'
    teaser = '<div class="more"><a href="/other"><h3>Sleep and memory in older adults</h3></a></div>\n'
    linked = page(
        f"<main>{TITLE}{toc}{body}{section}<h2>Sleep and memory in older adults</h2>"
        f"<p>Text.</p>{teaser}</main>\n"
    )
    assert [d for d in lint_text(linked, "html") if d.code == "RP103"] == []
    # the same two headings printed twice as plain headings are reported, at the second copy
    plain = page(f"<main>{TITLE}<h2>Example trial data</h2>{body}{section}</main>\n")
    hits = [d for d in lint_text(plain, "html") if d.code == "RP103"]
    at = plain.index("Example trial data", plain.index("Example trial data") + 1)
    assert [(d.start.offset, d.end.offset, d.start.line) for d in hits] == [(at, at + 18, 4)]


def test_a_quotation_opening_on_an_ellipsis_written_as_entities() -> None:
    # "&#8220;..." decodes to the quote padded with spaces: it is not "“ ." (a quote of nothing)
    source = page(
        "<main><p>She smiled. &#8220;...You want to get more serious? I feel the same.&#8221;</p>"
        "<p>He wrote &#8220;, and stopped.</p></main>\n"
    )
    hits = [d for d in lint_text(source, "html") if d.code == "TX101"]
    at = source.index("&#8220;, ")
    assert [(d.start.offset, d.end.offset, d.start.line) for d in hits] == [(at, at + 8, 2)]


def test_a_list_of_thumbnail_teasers_is_chrome_on_a_page_that_marks_no_article() -> None:
    # each item is a link to another story holding its picture and its headline; an ad slot's label
    # between them does not make the list the article's
    def teasers(picture: str, site: str = "") -> str:
        heads = [
            "Singer shares her diet secret..",
            "Star reveals his morning routine",
            "Chef opens a green restaurant",
        ]
        items = [
            f'<li><a href="{site}/story-{i}">{picture}<span>{head}</span></a></li>'
            for i, head in enumerate(heads)
        ]
        return f"<ul>{items[0]}<li>Advertisement</li>{''.join(items[1:])}</ul>\n"

    picture = '<img src="/t.jpg" alt="">'
    source = page(f"{TITLE}{BODY}{teasers(picture)}")
    assert block_texts(source) == ARTICLE_TEXTS
    assert [d for d in lint_text(source, format="html") if d.code == "TX101"] == []
    # the same headlines without pictures, linking to another site, are a reference-like list of
    # titles: still read, and the doubled full stop is reported where it stands (linking to the
    # page's own site they are its other pages' titles: tests/test_html_page_sections.py)
    plain = page(f"{TITLE}{BODY}{teasers('', 'https://other.example.org')}")
    at = plain.index("..")
    found = [d for d in lint_text(plain, format="html") if d.code == "TX101"]
    assert [(d.start.offset, d.end.offset, d.start.line) for d in found] == [(at, at + 2, 5)]
    # inside the article of a page that marks one, a list of pictured links is the article's
    marked = page(f"<article>{TITLE}{BODY}{teasers(picture)}</article>")
    assert len(block_texts(marked)) == len(ARTICLE_TEXTS) + 4
