"""``single_quote_spans`` tries its opener and closer patterns only at the single quotation marks
of the range (none at all where the range holds no opening one); its plain form
(``quotes._PLAIN_SINGLE_QUOTES``) searches the whole range with each pattern. Compared on every
block of every default rule's examples, the corpus and MedQuAD answers, on whole texts and on
random strings of quotation marks, apostrophes, letters, digits and punctuation; exact offsets for
curly and straight quotations.
"""

from __future__ import annotations

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint.formats import load_document
from medlint.text import quotes
from medlint.text.quotes import single_quote_spans


def _both(text: str, start: int, end: int | None, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    monkeypatch.setattr(quotes, "_PLAIN_SINGLE_QUOTES", True)
    plain = single_quote_spans(text, start, end)
    monkeypatch.setattr(quotes, "_PLAIN_SINGLE_QUOTES", False)
    fast = single_quote_spans(text, start, end)
    assert fast == plain, (text[start:end][:120], fast, plain)
    return fast


def test_agrees_with_searching_the_whole_range(monkeypatch: pytest.MonkeyPatch) -> None:
    spans = 0
    for text in [*rule_and_corpus_texts(), *medquad_answers(40, 2)]:
        doc = load_document(text, "markdown")
        for block in doc.blocks:
            spans += len(_both(doc.prose, block.start, block.end, monkeypatch))
        _both(doc.prose, 0, None, monkeypatch)
    assert spans > 0


def test_agrees_on_random_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    alphabet = ["'", "\u2018", "\u2019", "a", "b", "1", "9", "s", " ", ".", ",", "_", "\u2026", "\u201c", "-"]
    spans = 0
    for text in random_strings(alphabet, 3000, seed=23, max_pieces=30):
        spans += len(_both(text, 0, None, monkeypatch))
        # a range inside the text: the patterns' look-behind sees before it, their look-ahead not past it
        if len(text) > 4:
            spans += len(_both(text, 2, len(text) - 2, monkeypatch))
    assert spans > 100


@pytest.mark.parametrize("plain", [False, True])
def test_spans_at_their_marks(plain: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotes, "_PLAIN_SINGLE_QUOTES", plain)
    text = "They call it a \u2018cure\u2019 and a 'miracle', but don't say so in the '90s."
    assert single_quote_spans(text) == [(15, 20), (28, 36)]
    # curly marks only
    assert single_quote_spans("a \u2018cure\u2019 here") == [(2, 7)]
    # an opener only: an apostrophe, no span; a curly closer alone closes nothing
    assert single_quote_spans("the patients\u2019 notes and \u2018open") == []
    # the range ends before the closer: its quotation is not closed inside it
    assert single_quote_spans(text, 0, 36) == [(15, 20)]
