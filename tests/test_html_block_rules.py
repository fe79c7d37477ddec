"""How rules treat block types of saved pages: pull quotes, glossary cells, and text in scripts
written without spaces. Fixtures are small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, hits, page

from medlint import lint_text

# -- pull quotes, glossary cells, unspaced scripts ------------------------------------------------


def test_a_pull_quote_repeating_a_body_sentence_is_not_a_repeat() -> None:
    sentence = "Gropers profit from their victims' fear of causing a fuss in public."
    pull = page(
        f"<main>{BODY}<blockquote><p>{sentence}</p></blockquote>\n<p>Victims speak up more. {sentence}</p></main>"
    )
    assert hits(pull, "RP102") == []
    # the same sentence twice in the text is still one repeat, at the second copy
    twice = page(f"<main>{BODY}<p>{sentence}</p>\n<p>Victims speak up more. {sentence}</p></main>")
    at = twice.index(sentence, twice.index(sentence) + 1)
    line = twice[:at].count("\n") + 1
    assert [h[:3] for h in hits(twice, "RP102")] == [(at, at + len(sentence), line)]
    # and so is a quotation that repeats another quotation
    quoted = page(
        f"<main>{BODY}<blockquote><p>{sentence}</p></blockquote>\n<p>Text between.</p>"
        f"<blockquote><p>{sentence}</p></blockquote></main>"
    )
    at = quoted.index(sentence, quoted.index(sentence) + 1)
    assert [h[:2] for h in hits(quoted, "RP102")] == [(at, at + len(sentence))]


def test_a_gloss_in_a_table_cell_is_not_a_sentence_fragment() -> None:
    table = "<table><tr><td>ために</td><td>tame ni</td><td>in order to/for</td></tr></table>"
    assert hits(page(f"<main>{BODY}{table}</main>"), "TX104") == []
    cell = "<table><tr><td>Due to the risk of infection.</td></tr></table>"
    source = page(f"<main>{BODY}{cell}</main>")
    at = source.index("Due to")
    assert [h[:2] for h in hits(source, "TX104")] == [(at, at + len("Due to the risk of infection."))]


def test_a_kana_written_twice_as_entities_is_not_a_repeated_word() -> None:
    # "&#12414;&#12414;" is the word まま; each entity is decoded in place with padding after it
    source = page(
        f"<main>{BODY}<p>&#12381;&#12398;&#12414;&#12414;&#12395;&#12375;&#12390; = leave it as it is.</p></main>"
    )
    assert hits(source, "RP101") == []
    english = page(f"<main>{BODY}<p>Leave it as it is is fine, leave the the rest.</p></main>")
    at = english.index("the the")
    assert [h[:2] for h in hits(english, "RP101")] == [(at, at + 7)]


# -- fields of a record ---------------------------------------------------------------------------


def test_the_same_list_under_two_field_labels_is_not_a_repeated_sentence() -> None:
    # a meal plan gives each meal's containers, an author list each contribution's authors
    meal = "<p><strong>Portion Fix Containers:</strong> 1 Green, 1 Red, 1 Yellow, 1 tsp.</p>\n"
    plan = page(
        f"<main>{BODY}<h3>Breakfast</h3>\n<p>Eggs on toast with greens.</p>\n{meal}"
        f"<h3>Lunch</h3>\n<p>A bowl of soup with bread.</p>\n{meal}</main>"
    )
    assert hits(plan, "RP102") == []
    authors = "A.B. Lee, C. Dobkin, D. Gorry."
    credits = page(
        f"<main>{BODY}<p>Conception and design: {authors}</p>\n<p>Drafting of the article: {authors}</p></main>"
    )
    assert hits(credits, "RP102") == []
    # a label before a sentence is still prose: its copy is reported, at the second copy
    note = "<p><strong>Note:</strong> Take the tablets with food every morning.</p>\n"
    notes = page(f"<main>{BODY}{note}<p>Drink water.</p>\n{note}</main>")
    sentence = "Note:</strong> Take the tablets with food every morning."
    at = notes.index(sentence, notes.index(sentence) + 1)
    line = notes[:at].count("\n") + 1
    assert [h[:3] for h in hits(notes, "RP102")] == [(at, at + len(sentence), line)]
    # and a list that is a sentence of the text, not a field's value, is reported too
    listed = "Bring 1 green, 1 red, 1 yellow and 1 tsp."
    prose = page(f"<main>{BODY}<p>{listed}</p>\n<p>Drink water.</p>\n<p>{listed}</p></main>")
    at = prose.index(listed, prose.index(listed) + 1)
    assert [h[:2] for h in hits(prose, "RP102")] == [(at, at + len(listed))]


def test_author_contribution_lines_under_long_labels_are_not_near_duplicates() -> None:
    # the labels of a contribution statement run to 67 characters ("Critical revision ... content")
    names = "A.B. Lee, C. Dobkin, D. Gorry, E. Ray, F. Cole."
    long_label = "Critical revision of the article for important intellectual content"
    credits = page(
        f"<main>{BODY}<p>{long_label}: {names}</p>\n<p>Final approval of the article: {names}</p></main>"
    )
    assert hits(credits, "RP104") == []
    # one label over two versions of the same value is still a paragraph printed twice
    value = "the authors checked every table and figure in the draft twice."
    twice = page(
        f"<main>{BODY}<p>{long_label}: {value}</p>\n"
        f"<p>{long_label}: {value.replace('checked', 'verified')}</p></main>"
    )
    at = twice.index(long_label, twice.index(long_label) + 1)
    end = twice.index("</p>", at)
    assert hits(twice, "RP104") == [(at, end, 5, 4)]


def test_a_pull_quote_the_page_hides_from_screen_readers_is_a_display_copy() -> None:
    sentence = "No one mentioned that the sick state of our finances is not a technology problem."
    story = f"<p>Apps will not fix it. {sentence} Banks know it.</p>\n"
    aside = f'<aside class="pullquote" aria-hidden="true"><p>{sentence}</p></aside>\n'
    assert hits(page(f"<main>{BODY}{aside}{story}</main>"), "RP102") == []
    # set off without the mark, it is read as text, and the story's copy repeats it
    plain = '<aside class="pullquote">' + aside.split(">", 1)[1]
    shown = page(f"<main>{BODY}{plain}{story}</main>")
    at = shown.index(sentence, shown.index(sentence) + 1)
    line = shown[:at].count("\n") + 1
    assert [h[:3] for h in hits(shown, "RP102")] == [(at, at + len(sentence), line)]
    # a block the page hides so that the text says nowhere else is still read
    alone = page(f'<main>{BODY}<div aria-hidden="true"><p>Take the the tablets with food.</p></div></main>')
    at = alone.index("the the")
    assert [h[:2] for h in hits(alone, "RP101")] == [(at, at + len("the the"))]


def test_selling_words_in_a_block_that_is_all_link_text_name_another_page() -> None:
    teaser = (
        '<ul><li><a href="/deals">The best cake deals you can shop now</a></li>\n'
        '<li><a href="/mix">Acme\u2122 Cake Mix</a></li></ul>\n'
    )
    assert hits(page(f"<main>{BODY}{teaser}</main>"), "DS108") == []
    # the same words in the page's own sentence are its selling voice, a link inside it or not
    own = page(f'<main>{BODY}<p>Try <a href="/mix">Acme\u2122 Cake Mix</a> today.</p>\n</main>')
    at = own.index("\u2122")
    line = own[:at].count("\n") + 1
    assert hits(own, "DS108") == [(at, at + 1, line, at - own.rfind("\n", 0, at))]
    shop = page(f"<main>{BODY}<p>Here are the best cake deals you can shop now.</p>\n{teaser}</main>")
    at = shop.index("shop now")
    assert [h[:2] for h in hits(shop, "DS108")] == [(at, at + len("shop now"))]


def test_alike_paragraphs_under_different_headings_are_parallel_sections() -> None:
    one = "Click the button at the top of your browser and then choose the option to allow this site."
    two = "Click the button at the side of your browser and then choose the option to trust this site."

    def found(source: str) -> list[tuple[int, int, str]]:
        return [
            (d.start.offset, d.end.offset, d.severity.name)
            for d in lint_text(source, "html")
            if d.code == "RP104"
        ]

    sections = page(
        f"<main>{BODY}<h3>For the first browser:</h3>\n<p>{one}</p>\n<h3>For the other one:</h3>\n<p>{two}</p></main>"
    )
    at = sections.index(two)
    assert found(sections) == [(at, at + len(two), "INFO")]
    # pasted one after the other, or under one heading printed twice, they are two versions
    pasted = page(f"<main>{BODY}<p>{one}</p>\n<p>{two}</p></main>")
    at = pasted.index(two)
    assert found(pasted) == [(at, at + len(two), "WARNING")]
    same = page(
        f"<main>{BODY}<h3>Allow the site</h3>\n<p>{one}</p>\n<h3>Allow the site</h3>\n<p>{two}</p></main>"
    )
    at = same.index(two)
    assert found(same) == [(at, at + len(two), "WARNING")]


def test_an_exclamation_in_a_links_text_is_a_call_to_action() -> None:
    promo = '<p>Insulin works fast! <a href="/news">Sign up for our newsletter here!</a></p>\n'
    source = page(f"<main>{BODY}{promo}</main>")
    at = source.index("fast!") + len("fast")
    line = source[:at].count("\n") + 1
    assert hits(source, "TX105") == [(at, at + 1, line, at - source.rfind("\n", 0, at))]
    card = '<a href="/video"><div><p>NOW ON VIDEO! Click to subscribe!</p></div></a>\n'
    assert hits(page(f"<main>{BODY}{card}</main>"), "TX105") == []


def test_the_publishers_mark_on_its_own_product_is_no_hidden_sponsor() -> None:
    own = "<p>Bake it with Acme Foods\u2122 cake mix in just 15 minutes.</p>\n"
    site = '<meta property="og:site_name" content="AcmeFoods.com">'
    assert hits(page(f"<main>{BODY}{own}</main>", head=site), "DS108") == []
    # the site named in its address does as well
    url = '<meta property="og:url" content="https://www.acmefoods.com/recipes/cake">'
    assert hits(page(f"<main>{BODY}{own}</main>", head=url), "DS108") == []
    # on another site the same sentence sells another's product
    other = page(f"<main>{BODY}{own}</main>", head='<meta property="og:site_name" content="Daily Health">')
    at = other.index("\u2122")
    line = other[:at].count("\n") + 1
    assert hits(other, "DS108") == [(at, at + 1, line, at - other.rfind("\n", 0, at))]
