"""Page chrome of saved web pages (menus, forms, sidebars, cookie banners, link boxes) is not the article."""

from __future__ import annotations

import re

from medlint import lint_text
from medlint.formats import load_document
from medlint.formats.chrome import ChromeSpan, article_region, chrome_reason, keep_spans

ARTICLE = (
    "<h1>Managing type 2 diabetes</h1>\n"
    "<p>Type 2 diabetes is a long-term condition. Many people manage it with healthy eating.</p>\n"
)
SIDEBAR = (
    '<aside class="widget-area"><h3>Trending now</h3><ul>\n'
    '<li><a href="/x">This kitchen spice cures diabetes in 7 days</a></li>\n'
    '<li><a href="/y">Big Pharma doesn\'t want you to know this weight loss secret</a></li>\n'
    "</ul></aside>\n"
)


def page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>t</title></head><body>\n{body}</body></html>\n"


def block_texts(source: str) -> list[str]:
    doc = load_document(source, "html")
    return [doc.prose[b.start : b.end] for b in doc.blocks]


def codes(source: str) -> list[tuple[str, int, int]]:
    return [
        (d.code, d.start.line, d.start.column)
        for d in lint_text(source, format="html")
        if d.code.startswith("CL")
    ]


def test_sidebar_claims_outside_the_article_are_not_the_articles() -> None:
    source = page(f"<article>\n{ARTICLE}</article>\n{SIDEBAR}")
    assert codes(source) == []
    assert block_texts(source) == [
        "Managing type 2 diabetes",
        "Type 2 diabetes is a long-term condition. Many people manage it with healthy eating.",
    ]


def test_the_same_claims_inside_the_article_are_reported_at_their_source_position() -> None:
    claim = "<p>This kitchen spice cures diabetes in 7 days.</p>\n"
    source = page(f"<article>\n{ARTICLE}{claim}</article>\n{SIDEBAR}")
    found = codes(source)
    assert ("CL101", 5, 23) in found
    line = source.splitlines()[4]
    assert line[22:27] == "cures"


def test_prose_view_keeps_length_and_offsets() -> None:
    source = page(f"<main>\n{ARTICLE}</main>\n{SIDEBAR}")
    doc = load_document(source, "html")
    assert len(doc.prose) == len(source)
    start = source.index("Type 2 diabetes is")
    assert doc.prose[start : start + 18] == "Type 2 diabetes is"
    assert "Trending" not in doc.prose and "Big Pharma" not in doc.prose


def test_callout_aside_inside_the_article_stays() -> None:
    source = page(
        f'<article>\n{ARTICLE}<aside class="callout"><p>About 1 in 10 adults has diabetes.</p></aside>\n</article>\n'
    )
    assert "About 1 in 10 adults has diabetes." in block_texts(source)


def test_aside_inside_main_but_outside_the_article_is_a_sidebar() -> None:
    source = page(
        f"<main><article>\n{ARTICLE}</article>\n<aside><p>Sign up for our newsletter!</p></aside></main>\n"
    )
    assert "Sign up for our newsletter!" not in block_texts(source)


def test_aside_on_a_page_that_marks_no_article_stays() -> None:
    source = page(f"{ARTICLE}<aside><p>About 1 in 10 adults has diabetes.</p></aside>\n")
    assert "About 1 in 10 adults has diabetes." in block_texts(source)


def test_navigation_forms_buttons_and_named_components_are_blanked() -> None:
    source = page(
        '<div id="cookie-consent"><p>We use cookies. Click Accept to continue!</p><button>Accept</button></div>\n'
        '<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">Weight loss</a></li></ul></nav>\n'
        f"{ARTICLE}"
        '<div class="socialShare"><a href="https://facebook.com/x">Share on Facebook</a></div>\n'
        '<form><p>Get our free tips!</p><input type="email"><button>Subscribe</button></form>\n'
        '<div class="sponsored-links"><p>Doctors are stunned: this one trick reverses diabetes.</p></div>\n'
    )
    doc = load_document(source, "html")
    assert [doc.prose[b.start : b.end] for b in doc.blocks] == block_texts(page(ARTICLE))
    assert doc.links == []
    assert codes(source) == []


def test_footer_disclaimer_stays_and_its_menu_goes() -> None:
    footer = (
        "<footer><nav><ul><li><a>About</a></li><li><a>Privacy</a></li></ul></nav>\n"
        "<p>This article is for general information and is not a substitute for advice from your doctor.</p>"
        "</footer>\n"
    )
    texts = block_texts(page(f"<article>\n{ARTICLE}</article>\n{footer}"))
    assert texts[-1].startswith("This article is for general information")
    assert "About" not in texts and "Privacy" not in texts


def test_a_long_chrome_element_inside_the_article_is_its_text() -> None:
    body = "<p>" + "Vitamin D helps the body absorb calcium from food. " * 15 + "</p>"
    share = '<div class="share-bar"><a>Share</a></div>'
    source = page(f'<article>\n{ARTICLE}<div class="share-zone">{body}</div>{share}</article>\n')
    texts = block_texts(source)
    assert texts[-1].startswith("Vitamin D helps") and "Share" not in texts


def test_layout_names_and_bem_modifiers_do_not_make_chrome() -> None:
    for attrs in (
        {"class": "c-fixed-sidebar-layout"},
        {"class": "elementor-widget-container"},
        {"class": "TestReport__Section--Ads"},
    ):
        assert chrome_reason("div", attrs, inside_article=True, page_marks_article=True) is None, attrs
    sidebar = chrome_reason("div", {"class": "c-sidebar"}, inside_article=False, page_marks_article=True)
    assert sidebar == "class sidebar"


def test_a_container_named_for_content_is_not_chrome() -> None:
    source = page(f'<div class="post-content comments-open">\n{ARTICLE}</div>\n')
    assert block_texts(source) == block_texts(page(ARTICLE))


def test_a_form_around_the_whole_page_is_kept() -> None:
    # ASP.NET WebForms wraps every page in one <form>: blanking it would blank the article
    source = page(f'<form id="aspnetForm">\n{ARTICLE}<nav><a href="/">Home</a></nav></form>\n')
    assert block_texts(source) == block_texts(page(ARTICLE))
    marked = page(f'<form id="aspnetForm"><main>\n{ARTICLE}</main>{SIDEBAR}</form>\n')
    assert block_texts(marked) == block_texts(page(ARTICLE))


def test_a_long_sidebar_beside_a_short_article_is_still_chrome() -> None:
    sidebar = SIDEBAR.replace(
        "</ul>", "<li>Ten more words of links to other pages on the same site.</li></ul>" * 5
    )
    assert block_texts(page(f"<article>\n{ARTICLE}</article>\n{sidebar}")) == block_texts(page(ARTICLE))


def test_unclosed_chrome_runs_to_the_end_unless_it_would_take_the_article() -> None:
    source = page(f"{ARTICLE}<p>One more paragraph of the article here.</p><nav><a>Home</a> <a>Contact</a>")
    assert block_texts(source)[-1] == "One more paragraph of the article here."


def test_chrome_reason_explains_itself() -> None:
    assert chrome_reason("nav", {}, inside_article=True, page_marks_article=True) == "nav"
    assert (
        chrome_reason("div", {"role": "search"}, inside_article=False, page_marks_article=False)
        == "role=search"
    )
    assert chrome_reason("aside", {}, inside_article=False, page_marks_article=True) == "sidebar"
    assert chrome_reason("aside", {}, inside_article=True, page_marks_article=True) is None
    assert chrome_reason("div", {"class": "related-posts"}, inside_article=True, page_marks_article=True) == (
        "class related"
    )
    assert (
        chrome_reason("article", {"class": "comments"}, inside_article=False, page_marks_article=True) is None
    )
    assert chrome_reason("div", {"class": "shadow"}, inside_article=False, page_marks_article=False) is None
    assert article_region("<main><article>") == "article"
    assert article_region('<div role="main">') == "main"
    assert article_region("<div>") is None
    text = "one two three four"
    assert keep_spans(text, [ChromeSpan(0, 3), ChromeSpan(0, 13)], page_marks_article=False) == [(0, 3)]
    assert keep_spans(text, [ChromeSpan(0, 13)], page_marks_article=True) == [(0, 13)]
    assert keep_spans(text, [ChromeSpan(0, 18, True), ChromeSpan(4, 7)], page_marks_article=True) == [(4, 7)]
    long = "word " * 121
    assert keep_spans(long, [ChromeSpan(0, len(long), in_article=True)], page_marks_article=True) == []
    assert keep_spans(long, [ChromeSpan(0, len(long))], page_marks_article=True) == [(0, len(long))]


def test_previous_and_next_story_links_are_chrome_whatever_else_their_name_says() -> None:
    # the Newspaper theme's box under each story: the titles of the stories before and after it
    box = (
        '<div class="td-block-row td-post-next-prev"><div class="td-post-next-prev-content"><span>Previous '
        'article</span><a href="/a">Israel Stops for Rememberance and More News</a></div></div>\n'
    )
    assert block_texts(page(f"<article>\n{ARTICLE}{box}</article>\n")) == block_texts(page(ARTICLE))
    assert block_texts(page(f"{ARTICLE}{box}")) == block_texts(page(ARTICLE))
    for name in ("prev-next", "cb-next-previous-block", "next-prev-nav"):
        reason = chrome_reason("div", {"class": name}, inside_article=True, page_marks_article=True)
        assert reason == "previous/next links", name
    for name in ("next-steps", "post-previous-versions", "entry-content"):
        assert chrome_reason("div", {"class": name}, inside_article=True, page_marks_article=True) is None, (
            name
        )


def test_a_link_named_as_chrome_inside_a_sentence_is_the_sentences_text() -> None:
    # an annotated study text: each note is a popup opened from a link around the words of the
    # sentence it explains; the link's class names a popup, its words are the sentence's own
    note = 'href="javascript:void(0);" onclick="return overlib(\'A note.\')" class="popup"'
    body = (
        f'<p>He kept two books, "<a {note}>Edwards on the Will,</a>" and "Priestly on Necessity." '
        f"Under the circumstances, <a {note}>those books</a> induced a salutary feeling.</p>\n"
    )
    source = page(body)
    # every word of the paragraph stays, in order
    assert re.findall(r"\w+", load_document(source, "html").prose) == re.findall(
        r"\w+", re.sub("<[^>]*>", " ", body)
    )
    assert [d for d in lint_text(source, format="html") if d.code == "TX102"] == []


def test_a_link_named_as_chrome_that_opens_a_paragraph_or_stands_alone_is_still_chrome() -> None:
    # no running text before it in its paragraph: a popup trigger, a promo line
    for body in (
        '<p><a class="popup" href="/signup">Sign up for our newsletter</a></p>\n',
        '<div><span class="promo">Get 50% off today</span></div>\n',
        '<p><span class="promo">Get 50% off today</span> <a class="popup" href="/s">Sign up now</a></p>\n',
    ):
        source = page(f"{ARTICLE}{body}")
        assert block_texts(source) == block_texts(page(ARTICLE)), body


def test_a_feed_of_teasers_in_the_main_region_is_chrome_however_long() -> None:
    # Yahoo's layout: role=main holds the story and, below it, a "Stream" of other stories' teasers
    # whose paragraphs the site runs together ("tonight.When"); the feed is longer than the
    # in-article guard's 120 words, and still not the article's text
    teaser = (
        '<li class="js-stream-content"><h3><a href="/other">Another story</a></h3>'
        "<p>The senator spoke on the news tonight.When reached, a spokeswoman declined to comment on the "
        "position or on anything else that the reporters asked about the matter.</p></li>\n"
    )
    feed = f'<div id="td-applet-stream_container"><ul id="Stream">\n{teaser * 6}</ul></div>\n'
    source = page(f'<div id="Main" role="main">\n<section>{ARTICLE}</section>\n{feed}</div>\n')
    assert block_texts(source) == block_texts(page(f'<div role="main">\n{ARTICLE}</div>\n'))
    glued = [(d.code, d.start.line) for d in lint_text(source, format="html") if d.code == "MT106"]
    assert glued == []
    # the same teasers in a box no name calls a feed stay (a wrapper the in-article guard protects)
    kept = page(f'<div role="main">\n{ARTICLE}<div class="x"><ul>\n{teaser * 6}</ul></div>\n</div>\n')
    hits = [
        (d.start.line, d.start.column, d.text) for d in lint_text(kept, format="html") if d.code == "MT106"
    ]
    assert hits == [(line, 107, "tonight.When") for line in range(6, 12)]
    # one story of the feed, named content, is not a feed by itself; a long "stream" box in the
    # article is blanked, a long share box there kept
    assert (
        chrome_reason("li", {"class": "js-stream-content"}, inside_article=True, page_marks_article=True)
        is None
    )
    assert (
        chrome_reason("ul", {"id": "Stream"}, inside_article=True, page_marks_article=True) == "class stream"
    )
    long = "word " * 121
    span = ChromeSpan(0, len(long), in_article=True, feed=True)
    assert keep_spans(long, [span], page_marks_article=True) == [(0, len(long))]


def test_a_teaser_article_inside_a_related_box_does_not_make_the_box_the_article() -> None:
    # the New York Times: a "Related Coverage" box in the story and another after it, each teaser an
    # <article>; the teaser is no article region, so the box stays chrome and its heading, printed
    # twice, is no repeated heading of the story (RP103)
    def box(name: str) -> str:
        return (
            f'<section class="{name}"><header><h2>Related Coverage</h2></header><ol><li>'
            '<article class="story theme-summary"><a href="/other"><h2>U.S. Sweetens Offer to Take Sudan '
            "Off Terrorist List</h2></a></article></li></ol></section>\n"
        )

    source = page(
        f"<article>\n{ARTICLE}{box('related-combined-coverage-marginalia')}</article>\n"
        f"{box('related-combined-coverage')}"
    )
    assert block_texts(source) == block_texts(page(f"<article>\n{ARTICLE}</article>\n"))
    assert [d.code for d in lint_text(source, format="html") if d.code == "RP103"] == []
    # a box no name calls a list of other stories keeps its teaser article's words
    other = page(f"<article>\n{ARTICLE}</article>\n{box('coverage')}")
    assert "Related Coverage" in block_texts(other)


def test_a_thread_of_replies_is_chrome_and_its_quoted_heading_no_repeat() -> None:
    # Kinja (Lifehacker): readers' replies under the post, one quoting the post's heading
    heading = "Make a List of Everything You Own and Do Some Decluttering"
    post = f"<article>\n{ARTICLE}<h3>{heading}</h3>\n<p>List what you own, then give away half of it.</p>\n</article>\n"
    reply = (
        '<section class="js_replies"><div class="replies-wrapper"><article class="js_reply reply">'
        f'<div class="reply-content post-content"><blockquote><h3>{heading}</h3></blockquote>'
        "<p>Why would I make a list when I could get right down to the business?</p></div></article>"
        "</div></section>\n"
    )
    source = page(post + reply)
    assert block_texts(source) == block_texts(page(post))
    assert [d.code for d in lint_text(source, format="html") if d.code == "RP103"] == []
    # "reply" alone names no thread: an expert's reply may be the page's text
    assert (
        chrome_reason("div", {"class": "doctor-reply"}, inside_article=False, page_marks_article=True) is None
    )
