"""Fast paths of MT105's matcher answer as their plain forms.

``SpunTermIndex.find`` tries a pair of replacements as both words swapped only when one of them is
foreign to health writing (without which ``_both_swapped`` finds nothing), and reads each
occurrence's neighbours once, only those some group of the replacement lists; its plain form
(``spun_terms._PLAIN_FIND``) tries every pair and looks every neighbour up in every group.
``own_term_hits`` reads the replacements ``find`` found in the same word index; its plain form
(``spun_terms._PLAIN_OWN``) finds them afresh.
Compared on MT105's examples, every default rule's examples, the corpus and MedQuAD answers.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from parity_texts import medquad_answers, rule_and_corpus_texts

from medlint.formats import load_document
from medlint.rules.translation.MT105 import SpunTerm
from medlint.text import spun_terms
from medlint.text.spun_terms import current_index, own_term_hits


def _texts() -> list[str]:
    own = [
        ex if isinstance(ex, str) else ex.text for ex in (*SpunTerm.should_fire, *SpunTerm.should_not_fire)
    ]
    spun = [
        "Staunch cubicles can become any cell. Insusceptible framework cells fight germs.",
        "The kidney failure clinic. Kidney insolvency, kidney omission and kidney destiny follow.",
    ]
    return [*own, *spun, *rule_and_corpus_texts(), *medquad_answers(40, 2)]


def _assert_agrees(
    run: Callable[[str, bool, pytest.MonkeyPatch], list[spun_terms.SpunHit]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``run``'s fast form finds what its plain form finds on every text, among them many readings
    of both words swapped and of one word beside a kept one (so the comparison is not vacuous)."""
    both = one = 0
    for text in _texts():
        fast = run(text, False, monkeypatch)
        assert fast == run(text, True, monkeypatch), text[:80]
        for h in fast:
            if len(h.swaps) == 2 and h.last == h.first + 1 and not h.template:
                both += 1
            elif len(h.swaps) == 1 and not h.template:
                one += 1
    assert both > 0 and one > 20, (both, one)


def _find(text: str, plain: bool, monkeypatch: pytest.MonkeyPatch) -> list[spun_terms.SpunHit]:
    monkeypatch.setattr(spun_terms, "_PLAIN_FIND", plain)
    doc = load_document(text, "markdown")
    return current_index().find(doc.lower_words, doc.joinable, doc.word_index)


def test_find_agrees_with_its_plain_form(monkeypatch: pytest.MonkeyPatch) -> None:
    _assert_agrees(_find, monkeypatch)


def test_both_words_swapped_found_at_their_words(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Staunch cubicles can become any cell."
    for plain in (False, True):
        hits = _find(text, plain, monkeypatch)
        assert [(h.first, h.last, h.term.text, h.swaps) for h in hits] == [
            (0, 1, "stem cells", (("stem", "staunch"), ("cells", "cubicles")))
        ]
    # the same words apart: no term
    assert _find("Cubicles can be staunch.", False, monkeypatch) == []


def test_own_term_hits_agree_with_finding_the_replacements_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    index = current_index()
    docs = [load_document(t, "markdown") for t in _texts()]
    found = 0
    for k, doc in enumerate(docs):
        args = (index, doc.lower_words, doc.joinable, doc.word_index)
        monkeypatch.setattr(spun_terms, "_PLAIN_OWN", True)
        plain = own_term_hits(*args)
        monkeypatch.setattr(spun_terms, "_PLAIN_OWN", False)
        index.find(doc.lower_words, doc.joinable, doc.word_index)
        assert own_term_hits(*args) == plain, doc.source[:80]
        # after find read another document, the list is found afresh
        other = docs[k - 1]
        index.find(other.lower_words, other.joinable, other.word_index)
        assert own_term_hits(*args) == plain, doc.source[:80]
        found += len(plain)
    assert found > 0


def test_own_term_hits_at_their_words() -> None:
    doc = load_document(
        "The kidney failure clinic. Kidney insolvency, kidney omission and kidney destiny follow.", "text"
    )
    index = current_index()
    index.find(doc.lower_words, doc.joinable, doc.word_index)
    hits = own_term_hits(index, doc.lower_words, doc.joinable, doc.word_index)
    assert [(h.first, h.last, h.got) for h in hits] == [
        (4, 5, "insolvency"),
        (6, 7, "omission"),
        (9, 10, "destiny"),
    ]


def _narrowed(text: str, plain: bool, monkeypatch: pytest.MonkeyPatch) -> list[spun_terms.SpunHit]:
    monkeypatch.setattr(spun_terms, "_PLAIN_NARROW", plain)
    doc = load_document(text, "markdown")
    return current_index().find(doc.lower_words, doc.joinable, doc.word_index)


def test_find_narrowed_once_per_document_agrees_with_every_replacement_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``find`` passes over a replacement when no replacement of the document is foreign to health
    writing and the document holds no word its groups list beside it (``_PLAIN_NARROW``: every
    replacement read): the same hits, in the same order."""
    _assert_agrees(_narrowed, monkeypatch)


def test_find_narrowed_at_exact_words(monkeypatch: pytest.MonkeyPatch) -> None:
    # both words swapped, one of them foreign ("staunch cubicles" for stem cells), after words that
    # are replacements too; then one word swapped beside a kept one in a document whose
    # replacements are none of them foreign ("lymph knobs" for lymph nodes)
    cases = [
        ("Doctors found results. Staunch cubicles can become any cell.", [(3, 4, "stem cells")]),
        ("Swollen lymph knobs can be a sign of infection.", [(1, 2, "lymph nodes")]),
    ]
    for text, want in cases:
        for plain in (False, True):
            hits = _narrowed(text, plain, monkeypatch)
            assert [(h.first, h.last, h.term.text) for h in hits] == want, (text, plain)
