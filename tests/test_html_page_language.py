"""The language a saved page declares on its ``<html>`` element, weighed with its words (ML905), and a
picture's caption, which is the picture's source's wording (MT111). Small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, hits, page

from medlint import Linter, lint_text
from medlint.formats import load_document
from medlint.text.language import non_english

# a short German news item: 21 German function words, none of English's, under the 40 a text
# needs to be judged on its words alone
_NEWS = (
    "<h1>Weinbergsbahnen nicht manipuliert</h1>\n"
    "<p>Die Polizei hat mitgeteilt, dass an den Bahnen keine Manipulation festgestellt wurde. "
    "Vielmehr lagen in beiden Fällen technische Mängel vor.</p>\n"
    "<p>Die Ermittlungen zum Fall in Trittenheim gehen weiter, wie der Sender berichtet. Ein "
    "Winzer hatte sich nur durch einen Sprung retten können, als die Bahn nicht mehr bremste.</p>\n"
)

# what old templates print before the real tag: two copies for old Internet Explorer inside
# conditional comments, then the page's own tag
_CONDITIONAL = (
    '<!doctype html>\n<!--[if IE 8]> <html class="ie8" lang="en"> <![endif]-->\n'
    '<!--[if gt IE 8]><!--> <html lang="{lang}"> <!--<![endif]-->\n'
)


def _german(lang: str, body: str = _NEWS) -> str:
    return (
        _CONDITIONAL.format(lang=lang)
        + f"<head><title>t</title></head><body><article>\n{body}</article></body></html>\n"
    )


def test_a_short_page_declared_german_whose_words_are_german_is_not_english() -> None:
    source = _german("de-DE")
    doc = load_document(source, "html")
    # the conditional comments' lang="en" is not the page's
    assert doc.metadata["page_language"] == "de-DE"
    guess = non_english(doc)
    assert guess is not None and (guess.language, guess.english) == ("German", 0)
    assert 8 <= guess.own < 40
    diags = Linter().lint_text(source, "html")
    assert [(d.code, d.start.offset, d.start.line, d.start.column) for d in diags] == [("ML905", 0, 1, 1)]
    assert "German" in diags[0].message


def test_the_same_words_declared_english_or_undeclared_are_too_few_to_tell() -> None:
    # the English rules then read the German: "an den" ("at the") as a doubled article
    for lang in ("en", ""):
        source = _german(lang) if lang else _german("x").replace(' lang="x"', "")
        doc = load_document(source, "html")
        assert doc.metadata.get("page_language") == (lang or None)
        assert non_english(doc) is None
        at = source.index("an den")
        line = source.count("\n", 0, at) + 1
        assert hits(source, "MT108") == [(at, at + 2, line, at - source.rfind("\n", 0, at))]
        assert (at, line) == ({"en": 254, "": 244}[lang], 6)


def test_a_page_declared_german_whose_words_are_english_is_read_as_english() -> None:
    source = _german("de", BODY)
    doc = load_document(source, "html")
    assert doc.metadata["page_language"] == "de" and non_english(doc) is None
    assert "ML905" not in {d.code for d in lint_text(source, "html")}


# MT111: the article writes "COVID-19"; an agency's picture caption writes "Covid-19"
_STORY = (
    "<p>The COVID-19 figures rose again this week, the health service said on Monday.</p>\n"
    "<p>Ministers will meet on Friday to decide whether the COVID-19 rules stay in place.</p>\n"
)
_CAPTION = "Dr Tony Holohan at a Covid-19 update press conference. Picture: Colin Keegan"


def test_a_figure_caption_is_not_a_second_spelling() -> None:
    figure = f'<figure><img src="a.jpg" alt=""><figcaption>{_CAPTION}</figcaption></figure>\n'
    source = page(f"<article>{_STORY}{figure}</article>")
    assert hits(source, "MT111") == []


def test_the_same_words_in_a_paragraph_are() -> None:
    source = page(f"<article>{_STORY}<p>{_CAPTION}</p>\n</article>")
    at = source.index("Covid-19")
    line = source.count("\n", 0, at) + 1
    column = at - source.rfind("\n", 0, at)
    assert hits(source, "MT111") == [(at, at + len("Covid-19"), line, column)]
    assert (at, line, column) == (274, 4, 25)
