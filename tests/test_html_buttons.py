"""A link or box drawn as a button (ARIA ``role="button"``, a "btn"/"button" class) is a control, like a
``<button>``: its words are a label ("Read more", "Accept all", "Get your free meal plan"), not the
article's text. Small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, hits, page

from medlint.formats import load_document

_HEAD = "<h2>Get your free meal plan</h2>\n"
_LABEL = "Get your free meal plan"


def test_a_box_with_the_button_role_is_a_control_not_a_heading_printed_again() -> None:
    source = page(f'<article>{_HEAD}{BODY}<div role="button" tabindex="0">{_LABEL}</div>\n</article>')
    prose = load_document(source, "html").prose
    assert prose.count(_LABEL) == 1 and prose.index(_LABEL) == source.index(_LABEL)
    assert hits(source, "RP103") == []


def test_a_link_with_a_button_class_is_a_control() -> None:
    for cls in ("btn btn-primary", "wp-block-button__link", "c-buttons"):
        source = page(f'<article>{_HEAD}{BODY}<p><a class="{cls}" href="/plan">{_LABEL}</a></p>\n</article>')
        assert load_document(source, "html").prose.count(_LABEL) == 1, cls


def test_the_same_words_as_a_paragraph_are_the_heading_printed_again() -> None:
    source = page(f"<article>{_HEAD}{BODY}<p>{_LABEL}</p>\n</article>")
    at = source.rindex(_LABEL)
    assert hits(source, "RP103") == [(at, at + len(_LABEL), 5, 4)]
    assert at == 294
