"""Fast paths of MT105's matcher and TX109's scan answer as their plain forms.

``SpunTermIndex.find`` meets the document's words once with the union of the words that open a
reading (``_any_opener``) and each table with the few found; its plain form meets every table with
the document's words (``spun_terms._PLAIN_OPENERS``). ``in_text_order`` sorts by a word's whole
index sequence, the plain form by its first index. TX109 takes the words wordfreq rates common
away with a set difference before its scan; its plain form scans every word
(``TX109._PLAIN_SCAN``). Compared on rule examples, corpus texts and MedQuAD answers."""

from __future__ import annotations

import pytest
from parity_texts import medquad_answers, rule_and_corpus_texts

import medlint
from medlint.formats import load_document
from medlint.rules.text_integrity import TX109
from medlint.rules.translation.MT105 import SpunTerm
from medlint.text import spun_terms
from medlint.text.spun_terms import current_index, in_text_order


def _texts() -> list[str]:
    own = [
        ex if isinstance(ex, str) else ex.text for ex in (*SpunTerm.should_fire, *SpunTerm.should_not_fire)
    ]
    return [*own, *rule_and_corpus_texts(), *medquad_answers(40, 2)]


def _find(text: str, plain: bool, monkeypatch: pytest.MonkeyPatch) -> list[spun_terms.SpunHit]:
    monkeypatch.setattr(spun_terms, "_PLAIN_OPENERS", plain)
    doc = load_document(text, "markdown")
    return current_index().find(doc.lower_words, doc.joinable, doc.word_index)


def test_find_with_the_openers_set_agrees_with_its_plain_form(monkeypatch: pytest.MonkeyPatch) -> None:
    kinds = {"pair": 0, "template": 0, "other": 0}
    for text in _texts():
        fast = _find(text, False, monkeypatch)
        assert fast == _find(text, True, monkeypatch), text[:80]
        for h in fast:
            kinds["template" if h.template else "pair" if len(h.swaps) == 2 else "other"] += 1
    # readings from the replacement table, the head and spinner templates and the swapped pairs
    assert kinds["pair"] > 0 and kinds["template"] > 0 and kinds["other"] > 20, kinds


def test_each_table_opens_inside_the_openers_set() -> None:
    index = current_index()
    for table in (
        index.replacements,
        index.pair_firsts,
        index.phrase_firsts,
        index.head_replacements,
        spun_terms._CONDITION_WORDS,
        index.spinner_replacements,
    ):
        assert table <= index._any_opener


def test_in_text_order_is_the_order_of_first_occurrence() -> None:
    for text in _texts()[:300]:
        positions = load_document(text, "text").word_index
        words = list(positions)[::-1]
        assert in_text_order(words, positions) == sorted(words, key=lambda w: positions[w][0])


def _tx109(text: str) -> list[tuple[int, int, str, tuple[str, ...], bool]]:
    return [
        (d.start.offset, d.end.offset, d.text, d.suggestions, d.fix is not None)
        for d in medlint.lint_text(text, select=["TX109"], format="markdown")
    ]


def test_tx109_scan_of_uncommon_words_agrees_with_scanning_every_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [
        "You may recieve corticosteriods for the swelling; it is avaliable.\n",
        "Exercise strengthens the bodys muscles. Teh test.\n",
        *_texts(),
    ]
    found = 0
    for text in texts:
        monkeypatch.setattr(TX109, "_PLAIN_SCAN", False)
        fast = _tx109(text)
        monkeypatch.setattr(TX109, "_PLAIN_SCAN", True)
        assert fast == _tx109(text), text[:80]
        found += len(fast)
    assert found > 5
