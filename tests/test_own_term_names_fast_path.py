"""``own_term_hits`` passes over a term the document never writes itself when it has one written
form, before asking ``name`` of each of its words (dropping names can only lose forms); its plain
form (``spun_terms._PLAIN_OWN_NAMES``) asks ``name`` first and counts the forms after. Compared on
MT105's examples, every default rule's examples, the corpus and MedQuAD answers, with MT105's own
``name`` test; exact words for a term whose third form is a name.
"""

from __future__ import annotations

import pytest
from parity_texts import medquad_answers, rule_and_corpus_texts

from medlint.document import Document
from medlint.formats import load_document
from medlint.rules.translation.MT105 import SpunTerm, _capitalised_inside, _title_case_line
from medlint.text import spun_terms
from medlint.text.spun_terms import OwnTermHit, current_index, own_term_hits

SPUN = "Heart failure is common. Kidney insolvency, kidney omission and kidney destiny follow."
#: the third form written as a name ("Kidney Destiny" capitalised inside a sentence)
NAMED = (
    "Heart failure is common. Kidney insolvency and kidney omission follow. We met at Kidney Destiny today."
)


def _texts() -> list[str]:
    own = [
        ex if isinstance(ex, str) else ex.text for ex in (*SpunTerm.should_fire, *SpunTerm.should_not_fire)
    ]
    return [*own, SPUN, NAMED, *rule_and_corpus_texts(), *medquad_answers(40, 2)]


def _hits(doc: Document, plain: bool, monkeypatch: pytest.MonkeyPatch, asked: list[int]) -> list[OwnTermHit]:
    monkeypatch.setattr(spun_terms, "_PLAIN_OWN_NAMES", plain)

    def name(i: int) -> bool:
        asked.append(i)
        return _capitalised_inside(doc, i) and not _title_case_line(doc, i)

    return own_term_hits(current_index(), doc.lower_words, doc.joinable, doc.word_index, name=name)


def test_agrees_with_asking_every_name_first(monkeypatch: pytest.MonkeyPatch) -> None:
    found = asked_fast = asked_plain = 0
    for text in _texts():
        doc = load_document(text, "markdown")
        fast_asked: list[int] = []
        plain_asked: list[int] = []
        fast = _hits(doc, False, monkeypatch, fast_asked)
        assert fast == _hits(doc, True, monkeypatch, plain_asked), text[:80]
        # the fast form asks of a subset of the words the plain form asks of
        assert set(fast_asked) <= set(plain_asked), text[:80]
        found += len(fast)
        asked_fast += len(fast_asked)
        asked_plain += len(plain_asked)
    assert found > 0
    # most single-form groups never reach ``name``
    assert asked_fast < asked_plain / 2, (asked_fast, asked_plain)


@pytest.mark.parametrize("plain", [False, True])
def test_three_forms_at_their_words(plain: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    hits = _hits(load_document(SPUN, "text"), plain, monkeypatch, [])
    assert [(h.first, h.last, h.got, h.want, h.intact, h.variants) for h in hits] == [
        (4, 5, "insolvency", "failure", False, 3),
        (6, 7, "omission", "failure", False, 3),
        (9, 10, "destiny", "failure", False, 3),
    ]


@pytest.mark.parametrize("plain", [False, True])
def test_a_form_written_as_a_name_is_no_form(plain: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = load_document(NAMED, "text")
    asked: list[int] = []
    assert _hits(doc, plain, monkeypatch, asked) == []
    # asked of the three forms' replacements; "Destiny" (word 14) is a name, leaving two forms
    if plain:
        assert {5, 8, 14} <= set(asked)
    else:
        assert asked == [5, 8, 14]
    # without the name test the three forms are reported
    index = current_index()
    every = own_term_hits(index, doc.lower_words, doc.joinable, doc.word_index)
    assert [(h.first, h.last, h.got) for h in every] == [
        (4, 5, "insolvency"),
        (7, 8, "omission"),
        (13, 14, "destiny"),
    ]


@pytest.mark.parametrize("plain", [False, True])
def test_two_rare_forms_at_their_words(plain: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    # two forms are enough where both words are rare in English: a group of two is not passed over
    text = "Heart failure is common. Kidney nonachievement follows, and kidney nonaccomplishment too."
    hits = _hits(load_document(text, "text"), plain, monkeypatch, [])
    assert [(h.first, h.last, h.got, h.variants) for h in hits] == [
        (4, 5, "nonachievement", 2),
        (8, 9, "nonaccomplishment", 2),
    ]
