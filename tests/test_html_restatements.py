"""Copies a saved page prints on purpose: a statement quoted in a story and then printed in full,
two fields of a form given one value, a recipe card or highlights box restating the post (RP102,
RP103, RP104). Small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, hits, page

from medlint import lint_text
from medlint.formats import load_document

_STATEMENT = (
    "The clinic will close its doors on Friday for a full review of its records. "
    "Patients with appointments next week will be called by the staff."
)


def _quoted_then_printed(story: str) -> str:
    return page(
        f"<main>{BODY}<p>The director spoke to reporters on Monday morning.</p>\n"
        f"<p>{story}</p>\n<p>Local leaders asked for calm in the town.</p>\n"
        f"<h2>Statement from the director</h2>\n<p>{_STATEMENT}</p>\n</main>"
    )


def test_a_statement_quoted_in_the_story_and_printed_in_full_is_not_repeated() -> None:
    quoted = _quoted_then_printed(f"She said: \u201c{_STATEMENT}\u201d")
    assert hits(quoted, "RP102") == []
    assert hits(quoted, "RP104") == []
    # the same sentences written twice as the writer's own text are still a repeat, at each later copy
    # (inside a paragraph of other words: a paragraph printed whole twice far apart is the page's
    # template, tests/test_html_template_parts.py)
    plain = _quoted_then_printed(f"Her view was plain. {_STATEMENT}")
    later = plain.index(_STATEMENT, plain.index(_STATEMENT) + 1)
    first_end = _STATEMENT.index(" Patients") + 1
    line = plain[:later].count("\n") + 1
    assert hits(plain, "RP102") == [
        (later, later + first_end - 1, line, later - plain.rfind("\n", 0, later)),
        (later + first_end, later + len(_STATEMENT), line, later + first_end - plain.rfind("\n", 0, later)),
    ]


def test_one_quotation_given_twice_is_still_a_repeat() -> None:
    sentence = "We will reopen the clinic as soon as the review is done."
    quotation = f"\u201cThe staff did well. {sentence} Thank you all.\u201d"
    source = page(
        f"<main>{BODY}<p>She said: {quotation}</p>\n<h2>Later</h2>\n"
        f"<p>Asked again, she said: {quotation}</p>\n</main>"
    )
    later = source.index(sentence, source.index(sentence) + 1)
    assert [h[:2] for h in hits(source, "RP102")] == [(later, later + len(sentence))]


def test_one_value_under_two_heads_of_one_record_is_still_a_repeat() -> None:
    # one company's answers closing twice with the same sentence: an editor cuts one
    value = "Call the assisted travel team on 0800 123 456 to book your help."
    record = (
        f"<h3>Northern Rail</h3>\n<p><strong>Bicycles allowed?</strong> Folding ones only. {value}</p>\n"
        f"<p><strong>Prams allowed?</strong> Yes, if folded. {value}</p>\n"
    )
    source = page(f"<main>{BODY}{record}</main>")
    at = source.index(value, source.index(value) + 1)
    assert [h[:2] for h in hits(source, "RP102")] == [(at, at + len(value))]


def test_one_question_asked_in_other_words_in_another_record_is_not_a_repeat() -> None:
    answer = "Yes, but it is at the discretion of the driver on the day."
    source = page(
        f"<main>{BODY}<h3>Northern Rail</h3>\n<p><strong>Animals or pets allowed?</strong> {answer}</p>\n"
        f"<h3>Island Line</h3>\n<p><strong>Animals and pets allowed?</strong> {answer}</p>\n</main>"
    )
    assert hits(source, "RP102") == []
    # without the bold heads the answer is a sentence of the text printed twice (far apart: info)
    bare = source.replace("<strong>", "").replace("</strong>", "")
    at = bare.index(answer, bare.index(answer) + 1)
    assert [h[:2] for h in hits(bare, "RP102")] == [(at, at + len(answer))]


_DESCRIPTION = (
    "Soft olive bread baked with garlic, herbs and a good glug of olive oil. "
    "Great as a side with pasta recipes to soak up the juices."
)


def _recipe_post(card_class: str) -> str:
    return page(
        "<main><article><h1>Olive and Herb Focaccia Bread</h1>\n"
        f"<p>{_DESCRIPTION}</p>\n<p>Start the dough the night before so it can rise slowly.</p>\n"
        f'<div class="{card_class}"><h2>Olive and Herb Focaccia Bread</h2>\n'
        f"<p>{_DESCRIPTION}</p>\n<p>Prep Time 15 mins</p></div>\n</article></main>"
    )


def test_the_reader_marks_a_recipe_card_and_a_highlights_box_but_not_a_box_around_the_title() -> None:
    source = _recipe_post("wprm-recipe-container")
    card = source.index('<div class="wprm')
    assert load_document(source, "html").metadata["summary_boxes"] == [
        [card, source.index("</div>", card) + len("</div>")]
    ]
    highlights = page(
        '<main><article class="recipes-post"><h1>Title of the post</h1>\n'
        '<section class="field-highlights"><ul><li>One point.</li></ul></section>\n'
        "<p>One point.</p></article></main>"
    )
    box = highlights.index("<section")
    # the article's own box names a recipe too, but it holds the title: it is the post, not a card
    assert load_document(highlights, "html").metadata["summary_boxes"] == [
        [box, highlights.index("</section>") + len("</section>")]
    ]


def test_a_recipe_card_restating_the_post_is_not_a_repeat() -> None:
    source = _recipe_post("wprm-recipe-container")
    assert [d.code for d in lint_text(source, "html") if d.code.startswith("RP")] == []
    # the same blocks in a box that names no summary are a title printed twice (RP103); the description
    # printed whole in two places is the template's (tests/test_html_template_parts.py), but its
    # sentences in another paragraph of the box are repeats
    plain = _recipe_post("entry-box")
    title = "Olive and Herb Focaccia Bread"
    heading = plain.index(title, plain.index(title) + 1)
    assert [h[:2] for h in hits(plain, "RP103")] == [(heading, heading + len(title))]
    assert hits(plain, "RP102") == []
    restated = plain.replace(f"<p>{_DESCRIPTION}</p>\n<p>Prep", f"<p>In short. {_DESCRIPTION}</p>\n<p>Prep")
    later = restated.index(_DESCRIPTION, restated.index(_DESCRIPTION) + 1)
    cut = _DESCRIPTION.index(" Great") + 1
    assert [h[:2] for h in hits(restated, "RP102")] == [
        (later, later + cut - 1),
        (later + cut, later + len(_DESCRIPTION)),
    ]


def test_a_lead_in_ending_with_a_colon_is_not_the_heading_printed_again() -> None:
    source = page(
        f"<main>{BODY}<h2>For example</h2>\n<p>Some methods copy the list each time.</p>\n"
        "<p>We can mutate the list we made ourselves. For example:</p>\n<pre>items.sort()</pre>\n</main>"
    )
    assert hits(source, "RP103") == []
    # the heading's words on a paragraph of their own are the heading printed again
    alone = source.replace("We can mutate the list we made ourselves. For example:", "For example:")
    at = alone.index("For example:")
    assert [h[:2] for h in hits(alone, "RP103")] == [(at, at + len("For example:"))]


def test_one_work_cited_by_two_notes_is_not_a_repeated_sentence() -> None:
    # Wikipedia's reference list: two notes cite one page of one book, each entry a <cite>
    entry = (
        '<li><b><a href="#cite_ref-3">^</a></b> <span class="reference-text"><cite class="citation book">'
        "Bogue, Mike (September 26, 2017). <i>Apocalypse Then: American and Japanese Atomic Cinema, "
        "1951-1967</i>. McFarland and Company. p. 80.</cite></span></li>\n"
    )
    refs = "<ol>\n" + entry + entry + "</ol>\n"
    assert hits(page(f"<main>{BODY}{refs}</main>"), "RP102") == []
    # the same entries without the citation markup are two copies of a sentence
    plain = refs.replace('<cite class="citation book">', "").replace("</cite>", "")
    source = page(f"<main>{BODY}{plain}</main>")
    second = source.index("<li>", source.index("<li>") + 1)
    at = source.index("^", second)
    title = source.index("Apocalypse", second)
    assert [h[:2] for h in hits(source, "RP102")] == [
        (at, source.index("2017).", second) + len("2017).")),
        (title, source.index("</i>.", title) + len("</i>.")),
        (source.index("McFarland", second), source.index("p. 80.", second) + len("p. 80.")),
    ]
