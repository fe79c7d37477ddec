"""``DocumentWords.holds_all`` (each whole-word set asked in C) answers as its plain form
``holds_all_plain`` (one ``holds`` call per word) for the whole-word sets of every loaded pattern,
on rule examples, corpus texts and MedQuAD answers, and on words found only as a part of a joined
token ("rat-borne", "patient's")."""

from __future__ import annotations

from parity_texts import loaded_probed_patterns, medquad_answers, rule_and_corpus_texts

from medlint.formats import load_document
from medlint.text.word_probes import DocumentWords, word_sets


def _sets() -> list[tuple[frozenset[str], ...]]:
    found = {word_sets(p.regex.pattern, int(p.regex.flags)) for p in loaded_probed_patterns()}
    return sorted((s for s in found if s), key=repr)


def test_a_word_found_only_inside_a_joined_token() -> None:
    words = DocumentWords(load_document("A rat-borne virus. The patient's notes.", "text"))
    for sets, expected in [
        ((frozenset({"rat"}),), True),
        ((frozenset({"patient"}), frozenset({"virus", "mice"})), True),
        ((frozenset({"rat"}), frozenset({"mice"})), False),
        ((frozenset({"borne", "mouse"}), frozenset({"notes"})), True),
    ]:
        assert words.holds_all(sets) is words.holds_all_plain(sets) is expected, sets


def test_holds_all_agrees_with_its_plain_form_on_every_loaded_pattern() -> None:
    sets = _sets()
    texts = [*rule_and_corpus_texts()[:400], *medquad_answers(40, 2)]
    answers = {True: 0, False: 0}
    for text in texts:
        words = DocumentWords(load_document(text, "text"))
        fast = [words.holds_all(s) for s in sets]
        assert fast == [words.holds_all_plain(s) for s in sets]
        answers[True] += sum(fast)
        answers[False] += len(fast) - sum(fast)
    assert len(sets) > 100 and answers[True] > 1000 and answers[False] > 1000
