"""Text a saved page prints twice for a script to choose from, read once: a page title printed again
by the template (a sticky bar, a mobile header) and a truncated preview beside the full text it
stands for (a gallery's cut caption, a description cut with "... more"). Small pages written for
these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, hits, page

from medlint.formats.html import load

_TITLE = "What is your opinion on taking vitamin D in winter ?"
_CAPTION = (
    "Dr Jane Roe, head of the diabetes clinic, left, and John Doe, a nurse at the clinic, show the new"
    " glucose monitor at the health fair in Leeds on Tuesday."
)
_CUT = "Dr Jane Roe, head of the diabetes clinic, left, and John Doe, a nurse at the clinic, show the new"


def _blocks(source: str) -> list[str]:
    doc = load(source)
    return [" ".join(doc.prose[b.start : b.end].split()) for b in doc.blocks]


def test_a_page_title_printed_twice_by_the_template_is_one_title() -> None:
    sticky = f'<div class="bar"><h1>{_TITLE}</h1></div>\n'
    source = page(f"{sticky}<div><h1>{_TITLE}</h1>\n{BODY}</div>")
    assert hits(source, "RP103") == []
    # the space before the question mark is still reported, once: in the copy kept
    at = source.index(" ?")
    assert hits(source, "TX101") == [(at, at + 2, 2, 72)]
    assert _blocks(source).count(_TITLE) == 1


def test_the_title_kept_is_the_one_in_the_article() -> None:
    sticky = f'<div class="bar"><h1>{_TITLE}</h1></div>\n'
    source = page(f"{sticky}<main><h1>{_TITLE}</h1>\n{BODY}</main>")
    doc = load(source)
    kept = [b.start for b in doc.blocks if doc.prose[b.start : b.end].startswith("What is")]
    assert kept == [source.index(_TITLE, source.index("<main>"))]


def test_a_heading_said_again_as_a_sentence_and_two_short_titles_stay() -> None:
    # RP103's own case: the title again as the body's first line
    source = page(f"<main><h1>{_TITLE}</h1>\n<p>{_TITLE}</p>\n{BODY}</main>")
    at = source.index(_TITLE, source.index("<p>"))
    assert hits(source, "RP103") == [(at, at + len(_TITLE), 3, 4)]
    # a two-word h1 is a widget's label, not a title compared with the others
    assert _blocks(page(f"<h1>Our Menu</h1><main><h1>Our Menu</h1>\n{BODY}</main>")).count("Our Menu") == 2


def test_a_truncated_caption_beside_the_full_one_is_read_once() -> None:
    gallery = (
        f'<div class="caption-full">{_CAPTION}<a class="more"> less</a></div>\n'
        f'<div class="caption-truncated">{_CUT}<a class="more"> ... more</a></div>\n'
    )
    source = page(f"<main>{BODY}{gallery}</main>")
    assert hits(source, "RP104") == []
    assert not any(b.startswith("Dr Jane") and b.endswith("more") for b in _blocks(source))
    assert any(b.startswith("Dr Jane") and "Leeds" in b for b in _blocks(source))


def test_a_preview_cut_mid_sentence_without_a_link_is_read_once() -> None:
    source = page(f"<main>{BODY}<p>{_CAPTION}</p>\n<p>{_CUT}\u2026</p>\n</main>")
    assert [b for b in _blocks(source) if b.startswith("Dr Jane")] == [_CAPTION]


def test_whole_sentences_opening_a_longer_paragraph_stay() -> None:
    # a pull quote, or a writer saying a sentence again: the repetition rules judge it
    said = "Regular checks of blood sugar at home help many people keep their diabetes under control."
    source = page(f"<main>{BODY}<p>{said} Ask your nurse how often.</p>\n<p>{said}</p>\n</main>")
    assert [b for b in _blocks(source) if b.startswith("Regular checks")] == [
        f"{said} Ask your nurse how often.",
        said,
    ]
