"""Patterns of false findings on a fresh page set (Zyte's article extraction benchmark, dev half),
fixed where the page is read or where a rule treats a block: lines a page sets between a
quotation's paragraphs, bylines and date lines beside the headline, wrappers of site parts, hidden
copies of visible text and unrendered shortcodes. Fixtures are small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, hits, page

from medlint import lint_text

# -- a quotation's paragraphs with captions, an ad label or a link line between -----------------


def test_a_quotation_reopened_after_a_caption_and_an_ad_label_is_not_unclosed() -> None:
    opened = "<p>The coach said: \u201cWe trained hard all week. We are ready.</p>\n"
    between = (
        '<div class="photo"><img src="a.jpg"><span>The team at training (Image: GETTY )</span></div>\n'
        "<div><span>Advertisement</span></div>\n"
    )
    reopened = "<p>\u201cThe players know what is at stake.\u201d</p>\n"
    source = page(f"<main>{BODY}{opened}{between}{reopened}</main>")
    assert hits(source, "TX102") == []
    # a paragraph of text between ends the quotation: the mark left open is reported, where it stands
    prose = "<p>The club then named its new captain for the season.</p>\n"
    source = page(f"<main>{BODY}{opened}{prose}{reopened}</main>")
    at = source.index("\u201cWe trained")
    line = source[:at].count("\n") + 1
    col = at - source.rfind("\n", 0, at)
    assert hits(source, "TX102") == [(at, at + 1, line, col)]


def test_a_straight_quoted_quotation_reopened_after_a_post_credit_is_not_unpaired() -> None:
    opened = '<p>The club said: "He has won trophies in four countries.</p>\n'
    credit = "<p>Club statement \u2014 Example FC (@ExampleFC) November 20, 2019</p>\n"
    reopened = '<p>"He is one of the most successful managers."</p>\n'
    assert hits(page(f"<main>{BODY}{opened}{credit}{reopened}</main>"), "TX102") == []
    # four such lines between are more than a page sets: the mark is reported
    source = page(f"<main>{BODY}{opened}{credit * 4}{reopened}</main>")
    at = source.index('"He has')
    assert [h[:2] for h in hits(source, "TX102")] == [(at, at + 1)]


# -- a byline and a date line under the headline, far below the file's first lines ---------------

ARTICLE = "".join(
    f"<p>Patients with type 2 diabetes took the new drug for {n} weeks in the trial, and their doctors "
    "measured blood sugar, weight and side effects at each visit to the clinic.</p>\n"
    for n in range(6, 30)
)
HEADER = "".join(f'<div class="menu-row"><span>Section {n}</span></div>\n' for n in range(40))


def test_a_byline_element_under_the_headline_names_the_author() -> None:
    byline = '<div class="attribution"><span class="author">Jane Roe and John Poe</span></div>\n'
    source = page(f"{HEADER}<h1>Diabetes drug trial reports results</h1>\n{byline}{ARTICLE}")
    assert hits(source, "DS104") == []
    # without it the finding stands, on the headline
    source = page(f"{HEADER}<h1>Diabetes drug trial reports results</h1>\n{ARTICLE}")
    at = source.index("Diabetes drug")
    line = source[:at].count("\n") + 1
    assert hits(source, "DS104") == [(at, at + len("Diabetes drug trial reports results"), line, 5)]
    # a byline element far below the headline (a teaser's) is not the article's
    teaser = '<p><span class="author">Sam Lee</span></p>\n'
    source = page(f"{HEADER}<h1>Diabetes drug trial reports results</h1>\n{ARTICLE}{teaser}")
    assert [h[:2] for h in hits(source, "DS104")] == [(at, at + len("Diabetes drug trial reports results"))]


def test_a_date_line_under_the_headline_dates_the_page() -> None:
    dated = '<div class="press-date"><div>October 12, 2017</div></div>\n'
    source = page(f"{HEADER}<h1>Diabetes drug trial reports results</h1>\n{dated}{ARTICLE}")
    assert hits(source, "DS105") == []
    source = page(f"{HEADER}<h1>Diabetes drug trial reports results</h1>\n{ARTICLE}")
    at = source.index("Diabetes drug")
    line = source[:at].count("\n") + 1
    assert hits(source, "DS105") == [(at, at + len("Diabetes drug trial reports results"), line, 5)]
    # a date in the text's first paragraph is the story's, not the page's
    story = (
        "<p>The trial of the new diabetes drug runs until 20 January 2019 in four clinics, and patients "
        "can still join it.</p>\n"
    )
    source = page(f"{HEADER}<h1>Diabetes drug trial reports results</h1>\n{story}{ARTICLE}")
    assert [h[:3] for h in hits(source, "DS105")] == [
        (at, at + len("Diabetes drug trial reports results"), line)
    ]


def test_a_news_dateline_with_its_year_dates_the_page_wherever_it_stands() -> None:
    # WebMD: "Feb. 23, 2015 -- " opens the report's first paragraph, far below the site's header and
    # its first heading ("Allergies Health Center"), which the lead was read from
    lead = "<h1>Allergies Health Center</h1>\n" + "".join(f"<p>Section {n}.</p>\n" for n in range(20))
    dated = "<p>Feb. 23, 2015 -- Life-threatening peanut allergies have risen in children.</p>\n"
    source = page(f"{HEADER}{lead}{dated}{ARTICLE}")
    assert hits(source, "DS105") == []
    at = source.index("Allergies Health")
    line = source[:at].count("\n") + 1
    undated = page(f"{HEADER}{lead}{ARTICLE}")
    assert hits(undated, "DS105") == [(at, at + len("Allergies Health Center"), line, 5)]
    # a date inside a sentence is no dateline; several dated paragraphs are a timeline's entries
    inside = "<p>On Feb. 23, 2015 -- a Monday -- the study began.</p>\n"
    assert [h[:2] for h in hits(page(f"{HEADER}{lead}{inside}{ARTICLE}"), "DS105")] == [
        (at, at + len("Allergies Health Center"))
    ]
    timeline = dated + dated.replace("Feb. 23", "March 3")
    assert [h[:2] for h in hits(page(f"{HEADER}{lead}{timeline}{ARTICLE}"), "DS105")] == [
        (at, at + len("Allergies Health Center"))
    ]


# -- a site part's wrapper named by the part ----------------------------------------------------


def test_a_wrapper_named_by_the_breadcrumb_it_wraps_is_chrome() -> None:
    title = "Tariff demands may expand the trade deal"
    crumbs = f'<div id="breadcrumb-wrapper"><ul><li><a href="/">Home</a></li><li>{title}</li></ul></div>\n'
    source = page(f"{crumbs}<main><h1>{title}</h1>\n{BODY}</main>")
    assert hits(source, "RP103") == []
    # a layout box named with the same word stays prose: its copy of the title is a repeat
    layout = f'<div class="breadcrumb-layout"><p>{title}</p></div>\n'
    source = page(f"{layout}<main><h1>{title}</h1>\n{BODY}</main>")
    at = source.index(title, source.index("<h1>"))
    assert hits(source, "RP103") == [(at, at + len(title), 3, 11)]


# -- a blogging engine's shortcode printed as typed ------------------------------------------------


def test_an_unrendered_shortcode_is_markup_not_quotation() -> None:
    code = "<p>[button link=\u201d type=\u201dbig\u201d newwindow=\u201dyes\u201d] Send us your review[/button]</p>\n"
    source = page(f"<main>{BODY}{code}</main>")
    assert hits(source, "TX102") == []
    # a bracket the writer typed stays text: its stray closing quote is reported where it stands
    typed = "<p>The label [size=\u201d big] was wrong.</p>\n"
    source = page(f"<main>{BODY}{typed}</main>")
    at = source.index("\u201d big")
    assert hits(source, "TX102") == [(at, at + 1, 4, at - source.rfind("\n", 0, at))]


# -- a template's hidden copy of shown text ------------------------------------------------------


def test_a_hidden_copy_of_the_headline_is_not_a_repeat() -> None:
    title = "Forces blocking the refugees' return home"
    sticky = f'<div class="sticky-bar" style="display:none"><div class="title">{title}</div></div>\n'
    source = page(f"<h1>{title}</h1>\n{sticky}{BODY}")
    assert hits(source, "RP103") == []
    # shown twice, it is a repeat, at the second copy
    shown = f'<div class="sticky-bar"><div class="title">{title}</div></div>\n'
    source = page(f"<h1>{title}</h1>\n{shown}{BODY}")
    at = source.index(title, source.index("sticky-bar"))
    assert hits(source, "RP103") == [(at, at + len(title), 3, 44)]


def test_hidden_text_shown_nowhere_else_is_still_linted() -> None:
    more = '<div class="more" hidden><p>Some people also need the the tablets at night.</p></div>\n'
    source = page(f"<h1>Living with diabetes</h1>\n{BODY}{more}")
    at = source.index("the the")
    assert [h[:2] for h in hits(source, "RP101")] == [(at, at + 7)]


def test_a_disclaimer_box_named_with_an_ad_word_is_not_chrome() -> None:
    offer = "<p>This mesh router is on sale this week, so you can buy now and save.</p>\n"
    box = '<div class="ad-disclaimer-container"><p>FTC: We use income earning affiliate links.</p></div>\n'
    source = page(f"<article><h1>Gift guide</h1>\n{BODY}{offer}{box}</article>")
    assert hits(source, "DS108") == []
    # an ad slot is still chrome: the offer has no disclosure beside it
    slot = '<div class="ad-container"><p>FTC: We use income earning affiliate links.</p></div>\n'
    source = page(f"<article><h1>Gift guide</h1>\n{BODY}{offer}{slot}</article>")
    at = source.index("buy now")
    assert hits(source, "DS108") == [(at, at + len("buy now"), 5, at - source.rfind("\n", 0, at))]


# -- a bare "Disclaimer" that links to the site's disclaimer page ----------------------------------


def test_a_disclaimer_link_is_not_a_disclaimer_cut_short() -> None:
    linked = '<p><a href="https://example.com/disclaimer">Disclaimer</a></p>\n'
    source = page(f"<main>{BODY}{linked}</main>")
    assert hits(source, "DS102") == []
    bare = "<p>Disclaimer</p>\n"
    source = page(f"<main>{BODY}{bare}</main>")
    at = source.index("Disclaimer<")
    assert hits(source, "DS102") == [(at, at + len("Disclaimer"), 4, 4)]


def test_a_notice_heading_over_its_paragraph_is_no_disclaimer_cut_short() -> None:
    # Mozilla: <h4>Important: Sync your new profile</h4> and the notice's paragraph under it
    notice = (
        "<h4>Important: Sync your new profile</h4>\n<p>Developer Edition comes with a new profile so you can "
        "run it alongside other versions.</p>\n"
    )
    assert hits(page(f"<main>{BODY}{notice}</main>"), "DS102") == []
    # the same words in a paragraph, or a heading with nothing after it, still break off
    para = "<p>Important: Sync your new profile</p>\n<p>Developer Edition comes with a new profile.</p>\n"
    source = page(f"<main>{BODY}{para}</main>")
    at = source.index("Important:")
    assert hits(source, "DS102") == [(at, at + len("Important: Sync your new profile"), 4, 4)]
    last = "<h4>Important: Sync your new profile</h4>\n"
    source = page(f"<main>{BODY}{last}</main>")
    at = source.index("Important:")
    assert hits(source, "DS102") == [(at, at + len("Important: Sync your new profile"), 4, 5)]


# -- a long sentence that is mostly a speaker's quoted words ------------------------------------

LONG = (
    "People who have had a stroke, or who have been told by a doctor that they are at high risk of one, "
    "should ask at their next visit whether the tablets they take each day are still the right ones for them"
)


def test_a_long_sentence_mostly_in_quotation_marks_is_the_speakers_not_the_writers() -> None:
    quoted = f"<p>\u201c{LONG},\u201d the nurse said.</p>\n"
    assert hits(page(f"<main>{BODY}{quoted}</main>"), "RD102") == []
    assert [d for d in lint_text(f'"{LONG}," the nurse said.\n', "text") if d.code == "RD102"] == []
    # the writer's own sentence is reported, from its first word to its full stop
    own = f"<p>{LONG}.</p>\n"
    source = page(f"<main>{BODY}{own}</main>")
    at = source.index("People who")
    line = source[:at].count("\n") + 1
    assert hits(source, "RD102") == [(at, at + len(LONG) + 1, line, 4)]
    # a short quoted phrase inside the writer's sentence leaves it the writer's
    scare = LONG.replace("the right ones", "\u201cthe right ones\u201d")
    source = page(f"<main>{BODY}<p>{scare}.</p>\n</main>")
    at = source.index("People who")
    assert hits(source, "RD102") == [(at, at + len(scare) + 1, line, 4)]


def test_a_long_sentence_of_an_embedded_post_is_the_posters() -> None:
    post = f"<blockquote><p>{LONG}. \u2014 Jane Roe (@janeroe) May 23, 2020</p></blockquote>\n"
    assert hits(page(f"<main>{BODY}{post}</main>"), "RD102") == []


# -- the titles of two empty widgets a script fills -----------------------------------------------


def _widget(title: str, inside: str = "") -> str:
    return f'<section class="block"><h2 class="block-title">{title}</h2><div class="field">{inside}</div></section>\n'


def test_two_empty_widget_titles_are_not_a_repeated_heading() -> None:
    widgets = _widget("You may also like") + _widget("You may also like")
    subscribe = "<section><h4>Subscribe</h4><p>Sign up to our newsletter for weekly news.</p></section>\n"
    assert hits(page(f"<main>{BODY}</main>\n{widgets}{subscribe}"), "RP103") == []
    # a widget that holds text is headed by its title: the copy is reported, where it stands
    filled = _widget("You may also like") + _widget(
        "You may also like", "<p>Ten foods that help you sleep.</p>"
    )
    source = page(f"<main>{BODY}</main>\n{filled}{subscribe}")
    at = source.index("You may also like", source.index("You may also like") + 1)
    line = source[:at].count("\n") + 1
    col = at - source.rfind("\n", 0, at)
    assert hits(source, "RP103") == [(at, at + len("You may also like"), line, col)]
