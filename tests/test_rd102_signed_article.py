"""RD102 on an article its page signs and dates (``doc_kind.is_signed_article``): a byline and a
publication date in the page's metadata, no medical review, patient sections or advice to the reader,
is published as news, magazine and blog articles are, and gets the report limit (34)."""

from __future__ import annotations

from test_rd102_fact_check import _LONG, _MID  # the same 33- and 40-word sentences

from medlint.evidence.doc_kind import is_reporting, is_signed_article
from medlint.linter import load_document
from medlint.rules.readability.RD102 import LongSentence

_BYLINE = '<meta name="author" content="Jane Roe">'
_DATE = '<meta property="article:published_time" content="2020-02-05T09:00:00Z">'
_REVIEW = '<meta name="medically_reviewed_by" content="Dr. John Doe">'
_ADVICE = "If you have a fever, you should call your doctor before you visit the clinic."


def _page(head: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<html><head><title>A clinic in the town</title>{head}</head>\n"
        f"<body><article><h1>A clinic in the town</h1>\n{body}</article></body></html>\n"
    )


def _found(source: str) -> list[tuple[int, int, int, str]]:
    doc = load_document(source, "html")
    return [(f.start, f.end, f.data["words"], f.message) for f in LongSentence().check(doc)]


def test_a_signed_dated_article_sentence_of_33_words_passes_and_one_of_40_fires() -> None:
    source = _page(_BYLINE + _DATE, _MID, _LONG)
    doc = load_document(source, "html")
    assert is_signed_article(doc) and not is_reporting(doc)
    start = source.index(_LONG)
    assert _found(source) == [(start, start + len(_LONG), 40, "sentence of 40 words (limit 34): split it")]


def test_a_byline_without_a_date_keeps_the_patient_limit() -> None:
    source = _page(_BYLINE, _MID)
    assert not is_signed_article(load_document(source, "html"))
    start = source.index(_MID)
    assert _found(source) == [(start, start + len(_MID), 33, "sentence of 33 words (limit 30): split it")]


def test_a_medically_reviewed_page_keeps_the_patient_limit() -> None:
    source = _page(_BYLINE + _DATE + _REVIEW, _MID)
    assert not is_signed_article(load_document(source, "html"))
    start = source.index(_MID)
    assert _found(source) == [(start, start + len(_MID), 33, "sentence of 33 words (limit 30): split it")]


def test_a_signed_page_that_advises_the_reader_keeps_the_patient_limit() -> None:
    source = _page(_BYLINE + _DATE, _ADVICE, _MID)
    assert not is_signed_article(load_document(source, "html"))
    start = source.index(_MID)
    assert _found(source) == [(start, start + len(_MID), 33, "sentence of 33 words (limit 30): split it")]


def test_plain_text_carries_no_byline_metadata() -> None:
    text = "A clinic in the town\n\nBy Jane Roe, February 5, 2020\n\n" + _MID + "\n"
    assert not is_signed_article(load_document(text, "text"))
