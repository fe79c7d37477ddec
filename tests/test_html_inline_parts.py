"""How parts of a saved page are read that are not running text: ruby annotations, embedded social
posts, teaser cards, pull quotes, glossary cells, and text in scripts written without spaces.
Fixtures are small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, hits, page

from medlint.formats import load_document

# -- ruby -------------------------------------------------------------------------------------

RUBY = (
    "<p>Chikan (<ruby>&#30196;&#28450;<rp>&#65288;</rp><rt>&#12385;&#12363;&#12435;</rt>"
    "<rp>&#65289;</rp></ruby>), or groping on trains, is a crime.</p>\n"
)


def test_ruby_readings_and_their_fallback_parentheses_are_not_prose() -> None:
    source = page(f"<main>{RUBY}{BODY}</main>")
    doc = load_document(source, "html")
    # the character references are decoded before the page is parsed: the prose view is read at the decoded
    # page's offsets (doc.source), the diagnostics at the file's (formats/charrefs.py)
    decoded = doc.source
    base = decoded.index("痴")
    reading = decoded.index("<rt>") + 4
    fallback = decoded.index("\uff08")
    assert doc.file_offset(base) == source.index("&#30196;")
    assert doc.prose[reading : decoded.index("</rt>")].strip() == ""
    assert doc.prose[fallback : fallback + 1].strip() == ""
    # the Chinese gloss in brackets is the original after its English word; no fullwidth
    # parenthesis is left in the text to report
    assert hits(source, "TX107") == []
    assert hits(source, "MT114") == []


def test_an_rt_without_its_end_tag_ends_at_the_next_annotation_or_the_ruby() -> None:
    source = page("<main><p><ruby>漢<rt>kan<rt>ji</ruby> is a word. A plain rt word stays.</p></main>")
    doc = load_document(source, "html")
    p = doc.blocks[0]
    assert " ".join(doc.prose[p.start : p.end].split()) == "漢 is a word. A plain rt word stays."


def test_fullwidth_punctuation_after_a_plain_word_is_still_reported() -> None:
    # the fix only reads ruby annotations as annotations: a fullwidth stop in English text is a slip
    source = page("<main><p>Rest is the treatment\uff0e Drink water.</p></main>")
    at = source.index("\uff0e")
    assert hits(source, "TX107") == [(at, at + 1, 2, at - source.rindex("\n", 0, at))]


def test_a_fullwidth_stop_after_ruby_text_is_japanese_punctuation() -> None:
    source = page(
        "<main><p>The tweet said: <ruby>&#28961;&#35222;<rp>(</rp><rt>&#12416;&#12375;</rt><rp>)</rp></ruby>"
        "&#12290; It means ignore it.</p></main>"
    )
    assert hits(source, "TX107") == []


# -- embedded posts -----------------------------------------------------------------------------

POST = (
    '<blockquote class="twitter-tweet"><p lang="ja" dir="ltr">&#12415;&#12435;&#12394;&#12395;'
    "&#30693;&#12387;&#12390;&#12362;&#12356;&#12390;</p>"
    '<p>&mdash; Jane Roe (@janeroe) <a href="https://twitter.com/janeroe/status/1">January 24, 2020</a></p>'
    "</blockquote>\n"
)


def test_an_embedded_post_is_one_block_with_its_credit_line() -> None:
    source = page(f"<main>{BODY}{POST}<p>He wants everyone to know this.</p></main>")
    doc = load_document(source, "html")
    quotes = [b for b in doc.blocks if b.kind == "quote"]
    assert [(doc.file_offset(b.start), doc.file_offset(b.end)) for b in quotes] == [
        (source.index("&#12415;"), source.index("January 24, 2020") + len("January 24, 2020"))
    ]
    assert hits(source, "MT114") == []


def test_the_same_text_in_a_quotation_without_a_credit_line_is_reported() -> None:
    # without lang="ja" too: a block the markup declares Japanese is skipped (ML905), not reported
    quote = POST.replace("(@janeroe) ", "").replace(' lang="ja"', "")
    source = page(f"<main>{BODY}{quote}<p>He wants everyone to know this.</p></main>")
    start = source.index("&#12415;")
    end = source.index("&#12390;</p>") + len(
        "&#12390;"
    )  # the last character: its whole reference in the file
    line = source[:start].count("\n") + 1
    assert hits(source, "MT114") == [(start, end, line, start - source.rindex("\n", 0, start))]
    doc = load_document(source, "html")
    assert len([b for b in doc.blocks if b.kind == "quote"]) == 2


# -- teaser cards -------------------------------------------------------------------------------

CARDS = (
    '<div class="group">'
    '<div class="item"><a href="/en/story-a"><h2>Berlin museum returns remains</h2>'
    "<p>The remains were handed over to the national museum. (29.04.2019)</p></a></div>"
    '<div class="item"><a href="/en/story-b"><h2>Colonial history on show</h2>'
    "<p>An exhibition explores a painful chapter of history. (17.10.2016)</p></a></div>"
    "</div>\n"
)


def test_links_that_wrap_a_heading_and_paragraph_are_teaser_cards() -> None:
    # a page that marks no article: only menus of short links were link boxes before
    source = page(f"<div>{BODY}<h4>Recommended</h4>\n{CARDS}</div>")
    doc = load_document(source, "html")
    texts = [" ".join(doc.prose[b.start : b.end].split()) for b in doc.blocks]
    assert "Berlin museum returns remains" not in texts
    assert texts[-1] == "Recommended"
    assert hits(source, "MT122") == []


def test_a_date_in_the_articles_own_paragraph_is_still_reported() -> None:
    source = page(f"<div>{BODY}<p>The museum returned the remains on 29.04.2019 in Berlin.</p></div>")
    at = source.index("29.04.2019")
    line = source[:at].count("\n") + 1
    assert hits(source, "MT122") == [(at, at + 10, line, at - source.rindex("\n", 0, at))]


def test_a_card_inside_the_article_and_a_long_unclosed_link_stay() -> None:
    inside = page(f"<article>{BODY}{CARDS}</article>")
    assert any("Berlin museum returns remains" in t for t in _texts(inside))
    long_link = page(
        '<div><a href="/x"><p>' + "This sentence is part of the article and is long. " * 10 + "</p></a></div>"
    )
    assert any("part of the article" in t for t in _texts(long_link))


PICTURED = (
    '<section class="row"><a href="/videos/why-people-frown" class="media-teaser">'
    '<img src="t.jpg" alt=""><span class="description hidden">Why smiling just didnt happen in '
    "old photographs.</span><h5>Why people frown in photographs</h5></a>"
    '<a href="/videos/walk" class="media-teaser"><img src="w.jpg" alt=""><h5>How far to walk</h5></a>'
    "</section>\n"
)


def test_a_pictured_card_in_the_article_region_is_a_teaser() -> None:
    # a page's <main> holds the story and a row of video teasers, each a link around a picture,
    # a hidden description and a title; each listing card its own <article> is the same structure
    for region in ("main", "article"):
        source = page(f"<{region}>{BODY}{PICTURED}</{region}>")
        assert not any("frown" in t or "walk" in t for t in _texts(source))
        assert hits(source, "TX108") == []


def test_a_card_without_a_picture_or_linking_in_page_stays_in_the_article() -> None:
    own = "<p>Some patients didnt take the tablets.</p>\n"
    bare = PICTURED.replace('<img src="t.jpg" alt="">', "")
    source = page(f"<main>{BODY}{own}{bare}</main>")
    texts = _texts(source)
    assert any("Why people frown" in t for t in texts) and not any("How far" in t for t in texts)
    at = source.index("didnt")
    line = source[:at].count("\n") + 1
    column = at - source.rindex("\n", 0, at)
    assert hits(source, "TX108")[0] == (at, at + 5, line, column)
    anchored = page(f"<main>{BODY}{PICTURED.replace('/videos/walk', '#walk')}</main>")
    assert any("How far to walk" in t for t in _texts(anchored))


PRINTED = (
    '<div class="{}"><div class="border">Citation: retrieved 20 November 2019. This document is '
    "subject to copyright; it didnt come from a doctor.</div></div>\n"
)


def test_a_block_shown_only_in_print_is_not_the_pages_text() -> None:
    # "d-none d-print-block": hidden on screen, printed under the story, in the article or out of it
    source = page(f"<article>{BODY}{PRINTED.format('d-none d-print-block')}</article>")
    assert not any("subject to copyright" in t for t in _texts(source))
    assert hits(source, "TX108") == []


def test_a_block_also_shown_on_screen_stays() -> None:
    source = page(f"<article>{BODY}{PRINTED.format('mt-4 d-print-block')}</article>")
    assert any("subject to copyright" in t for t in _texts(source))
    at = source.index("didnt")
    line = source[:at].count("\n") + 1
    assert hits(source, "TX108") == [(at, at + 5, line, at - source.rindex("\n", 0, at))]


def _texts(source: str) -> list[str]:
    doc = load_document(source, "html")
    return [" ".join(doc.prose[b.start : b.end].split()) for b in doc.blocks]


# -- the byline in Open Graph article tags -------------------------------------------------------


def test_open_graph_article_author_names_the_author() -> None:
    body = (
        "<p>Zinc lozenges may shorten a cold by about a day in adults, according to a 2017 review. "
        "The effect is small, and high doses can upset the stomach. Children should not take adult doses. "
        "People who take antibiotics should ask a pharmacist first, because zinc can change how some drugs "
        "are absorbed. Most colds get better on their own within seven to ten days with rest and fluids.</p>\n"
    ) * 3
    head = '<meta property="og:article:author" content="AFP/The Local"/>'
    source = page(f"<main><h1>Zinc and colds</h1>{body}</main>", head)
    assert load_document(source, "html").metadata["author"] == "AFP/The Local"
    assert hits(source, "DS104") == []
    bare = page(f"<main><h1>Zinc and colds</h1>{body}</main>")
    at = bare.index("Zinc and colds")
    assert [h[:3] for h in hits(bare, "DS104")] == [(at, at + len("Zinc and colds"), 2)]


# -- table cells ---------------------------------------------------------------------------------


def test_a_short_cell_with_a_nested_paragraph_is_one_block() -> None:
    cell = "<td>&#8220;The raindrops are loud on the roof.\n<p>It is soothing, though.&#8221;</p>\n</td>"
    source = page(f"<main>{BODY}<table><tr>{cell}<td>Penny</td></tr></table></main>")
    doc = load_document(source, "html")
    start = source.index("&#8220;The")
    end = source.index("&#8221;</p>") + len("&#8221;")  # the closing mark: its whole reference in the file
    cells = [(doc.file_offset(b.start), doc.file_offset(b.end)) for b in doc.blocks if b.kind == "table_cell"]
    assert cells[0] == (start, end)
    assert hits(source, "TX102") == []


def test_the_quotation_left_open_in_a_cell_is_still_reported() -> None:
    cell = "<td>&#8220;The raindrops are loud on the roof.\n<p>It is soothing, though.</p>\n</td>"
    source = page(f"<main>{BODY}<table><tr>{cell}</tr></table></main>")
    at = source.index("&#8220;The")
    line = source[:at].count("\n") + 1
    assert hits(source, "TX102") == [(at, at + len("&#8220;"), line, at - source.rindex("\n", 0, at))]


def test_a_long_layout_cell_and_a_cell_holding_a_table_keep_their_paragraphs() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i} of the article says one thing about sleep and health.</p>" for i in range(12)
    )
    layout = page(f"<table><tr><td>Intro of the page.{paragraphs}</td></tr></table>")
    assert len(load_document(layout, "html").blocks) == 13
    nested = page("<table><tr><td>Intro.<table><tr><td>Dose</td><td>5 mg</td></tr></table></td></tr></table>")
    assert _texts(nested) == ["Intro.", "Dose", "5 mg"]


# -- taxonomy links ------------------------------------------------------------------------------


def test_a_category_label_link_is_site_furniture() -> None:
    # WordPress prints the post's category over its title as a rel="category tag" link; this one
    # typed with a Cyrillic "С"
    label = (
        '<div class="meta-categories"><a href="/category/column/" rel="category tag">\u0421olumn</a></div>\n'
    )
    source = page(f"<article>{label}<h1>About bugs</h1>\n{BODY}</article>")
    assert not any("olumn" in t for t in _texts(source))
    assert hits(source, "MT115") == []


def test_a_tag_link_inside_a_sentence_stays() -> None:
    own = '<p>Read the weekly <a href="/tag/column/" rel="tag">\u0421olumn</a> for more.</p>\n'
    source = page(f"<article><h1>About bugs</h1>\n{BODY}{own}</article>")
    at = source.index("\u0421olumn")
    line = source[:at].count("\n") + 1
    assert [h[:3] for h in hits(source, "MT115")] == [(at, at + 6, line)]


# -- a listing whose every teaser is an <article> ----------------------------------------------

TEASER = (
    '<article><p class="cate"><a href="/list?cate=culture">Culture</a></p>'
    '<h2><a href="/view?seq={0}">Why the band didnt play on day {0}</a></h2><p class="date">2023-11-03</p>'
    "</article>\n"
)


def test_articles_that_are_teasers_of_other_pages_are_chrome() -> None:
    story = f"<article><h1>Temperatures drop</h1>\n{BODY}</article>\n"
    source = page(f"{story}<section>{TEASER.format(1)}{TEASER.format(2)}</section>")
    texts = _texts(source)
    assert not any("band" in t for t in texts) and any("Type 2 diabetes" in t for t in texts)
    assert hits(source, "TX108") == []


def test_an_article_of_its_own_words_or_the_only_one_stays() -> None:
    own = TEASER.format(1).replace(
        "</article>", "<p>The band said it was too cold to play outside.</p></article>"
    )
    story = f"<article><h1>Temperatures drop</h1>\n{BODY}</article>\n"
    source = page(f"{story}<section>{own}{TEASER.format(2)}</section>")
    at = source.index("didnt")
    line = source[:at].count("\n") + 1
    assert hits(source, "TX108") == [(at, at + 5, line, at - source.rfind("\n", 0, at))]
    alone = page(TEASER.format(1))
    assert any("band" in t for t in _texts(alone))
