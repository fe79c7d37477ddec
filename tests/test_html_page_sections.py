"""Parts of a saved page that are not the article's prose or not copies of it: a comments plugin's
heading and what follows its thread, a pager, two options of one list that share an outcome, an
interview's question and the answer that takes up its words. Small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, hits, page

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


_OUTCOME = "Penny is crestfallen and says her recipe was a failure."


def test_two_options_of_one_list_sharing_an_outcome_are_not_a_repeat() -> None:
    items = (
        f'<li>"Can I get the rest to go?" (Minus fifty points.) {_OUTCOME}</li>\n'
        f'<li>"How did you get it so rubbery?" (No effect.) {_OUTCOME}</li>\n'
    )
    source = page(f"<main>{BODY}<ul>\n{items}</ul>\n</main>")
    assert hits(source, "RP102") == []
    # the same sentence in two paragraphs is still a repeat, at the later copy
    paragraphs = items.replace("<li>", "<p>").replace("</li>", "</p>")
    source = page(f"<main>{BODY}{paragraphs}</main>")
    later = source.index(_OUTCOME, source.index(_OUTCOME) + 1)
    line = source[:later].count("\n") + 1
    column = later - source.rfind("\n", 0, later)
    assert hits(source, "RP102") == [(later, later + len(_OUTCOME), line, column)]


def test_an_item_printed_twice_whole_in_one_list_is_still_a_repeat() -> None:
    item = f'"How did you get it so rubbery?" (No effect.) {_OUTCOME}'
    source = page(f"<main>{BODY}<ul>\n<li>{item}</li>\n<li>{item}</li>\n</ul>\n</main>")
    second = source.index(item, source.index(item) + 1)  # the second item, each sentence of it
    asked = len('"How did you get it so rubbery?"')
    later = source.index(_OUTCOME, second)
    line = source[:later].count("\n") + 1
    column = later - source.rfind("\n", 0, later)
    assert hits(source, "RP102") == [
        (second, second + asked, line, 5),
        (later, later + len(_OUTCOME), line, column),
    ]


_QUESTION = "What is the main difference between a medical wig and a traditional wig?"
_ANSWER = (
    "One of the main differences between a medical wig and traditional wig is that a traditional wig cap "
    "uses combs to attach to the head, which is not feasible for most wearers."
)
_SPUN = (
    "One of the chief differences between a medical wig and traditional wig is that a traditional wig cap "
    "uses combs to fix it to the head, which is not feasible for most wearers."
)


def test_an_answer_taking_up_its_question_is_not_a_second_version() -> None:
    source = page(f"<main>{BODY}<p>{_QUESTION}</p>\n<p>{_ANSWER}</p>\n</main>")
    assert hits(source, "RP104") == []
    # two statements, one spun from the other, are still a near-duplicate, at the later one
    source = page(f"<main>{BODY}<p>{_ANSWER}</p>\n<p>{_SPUN}</p>\n</main>")
    at = source.index(_SPUN)
    line = source[:at].count("\n") + 1
    assert hits(source, "RP104") == [(at, at + len(_SPUN), line, 4)]


_HEADLINES = (
    "Record turnout sees the winner receive 70million votes, more than any candidate in history",
    "Bank pumps another 150bn into the economy and warns output will slump this quarter",
    "Girl, two, who died after drinking toilet cleaner had been sent home from A&amp;E, inquest hears",
)


_STORY = (
    "<p>The clinic in the town centre opened a new diabetes service this week, with nurses on hand "
    "every weekday to check blood sugar, review tablets and insulin doses, and talk through meal "
    "plans with anyone who has been diagnosed in the last year or who finds their readings hard to "
    "keep steady.</p>\n"
)


def test_a_list_of_other_stories_headlines_is_not_the_article_on_a_page_that_marks_none() -> None:
    items = "".join(f'<li><a href="/news/{i}">{h}</a></li>\n' for i, h in enumerate(_HEADLINES))
    source = page(f"<div>{BODY}{_STORY}<h3>Most read</h3>\n<ul>\n{items}</ul>\n</div>")
    prose = load_document(source, "html").prose
    assert "Record turnout" not in prose and "inquest hears" not in prose
    assert prose.index("Regular activity") == source.index("Regular activity")
    # absolute links on the host of the page's og:url are its own too; on another host they are not
    head = '<meta property="og:url" content="https://www.example.org/health/clinic.html">'
    for host, kept in (("https://example.org", False), ("https://other.example.net", True)):
        linked = source.replace('href="/news/', f'href="{host}/news/')
        prose = load_document(
            page(linked[linked.index("<div>") : linked.index("</body>")], head), "html"
        ).prose
        assert ("Record turnout" in prose) is kept
    # an address the URL parser rejects is no link to the site, and breaks nothing
    broken = source.replace('href="/news/1"', 'href="http://[ccpa-preferences]"')
    assert "Bank pumps another" in load_document(broken, "html").prose


def test_a_reference_list_with_its_authors_outside_the_links_stays() -> None:
    items = "".join(
        f'<li>Smith J, Jones K. <a href="/ref/{i}">{h}</a>. J Health Res. 2020;{i}:1-9.</li>\n'
        for i, h in enumerate(_HEADLINES)
    )
    source = page(f"<div>{BODY}{_STORY}<h3>References</h3>\n<ol>\n{items}</ol>\n</div>")
    prose = load_document(source, "html").prose
    at = source.index("Record turnout")
    assert prose[at : at + len("Record turnout")] == "Record turnout"


def test_an_exclamation_mark_closing_a_link_is_the_call_to_action_s() -> None:
    promo = '<p>Pro tip: <a href="/meals">Get more pre-workout meal ideas here</a>!</p>\n'
    claim = "<p>This new meal plan cures diabetes!</p>\n"
    source = page(f"<main>{BODY}{promo}{claim}</main>")
    at = source.index("diabetes!") + len("diabetes")
    line = source[:at].count("\n") + 1
    assert hits(source, "TX105") == [(at, at + 1, line, at - source.rfind("\n", 0, at))]


def test_a_bem_element_named_share_is_chrome_though_its_block_is_the_article() -> None:
    share = (
        '<div class="article__share"><span>Follow the clinic on</span>'
        '<a href="https://news.example.org/clinic"><img src="news.svg" alt="News"></a></div>\n'
    )
    source = page(f'<article><div class="article__body">{BODY}</div>\n{share}</article>\n')
    prose = load_document(source, "html").prose
    assert "Follow the clinic" not in prose
    assert prose.index("Regular activity") == source.index("Regular activity")
    # a BEM element that names content stays, whatever its block: the article's text
    kept = source.replace("article__share", "share__text")
    at = kept.index("Follow the clinic on")
    assert load_document(kept, "html").prose[at : at + 20] == "Follow the clinic on"
    # a block with a name of its own keeps its words: an editor's note on a gallery item is content
    note = source.replace("article__share", "gallery-main-content__item__comment")
    at = note.index("Follow the clinic on")
    assert load_document(note, "html").prose[at : at + 20] == "Follow the clinic on"
