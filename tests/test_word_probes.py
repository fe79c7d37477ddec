"""Whole-word probes (``medlint.text.word_probes``): a document whose words lack them is not
searched, and nothing is lost by that (``ProbedPattern.finditer`` against ``finditer_plain``)."""

from __future__ import annotations

import re

from parity_texts import loaded_probed_patterns, medquad_answers, random_strings, rule_and_corpus_texts

from medlint.formats import load_document
from medlint.text.matching import ProbedPattern
from medlint.text.word_probes import derive_word_sets


def test_a_bounded_literal_gives_its_whole_words() -> None:
    assert derive_word_sets(r"\brats?\b", re.I) == [frozenset({"rat", "rats"})]
    assert derive_word_sets(r"\bcure\s+(?:your|their)\b") == [
        frozenset({"cure"}),
        frozenset({"your", "their"}),
    ]
    # a phrase gives its longest word; a separator may be left out ("typeone")
    assert frozenset({"vitro", "mice"}) in derive_word_sets(r"\b(?:in vitro|mice)\b")
    assert derive_word_sets(r"\btype[ -]?one\b") == [frozenset({"typeone", "type"})]
    assert derive_word_sets(r"(?m)^SOURCE\s+[A-Z]") == [frozenset({"source"})]
    # each branch of a top-level alternation gives a set, or the pattern has none
    assert derive_word_sets(r"\bmice\b|\brats?\b") == [frozenset({"mice", "rat", "rats"})]
    assert derive_word_sets(r"\bmice\b|rats?") == []


def test_an_edge_inside_a_group_or_a_test_and_a_long_alternation() -> None:
    # a group whose every branch ends in a space, passed over by a repeat that may match nothing
    assert frozenset({"cure", "cures", "heal", "heals"}) in derive_word_sets(
        r"\b(?:can|will|is\s+able\s+to)\s+(?:(?:really|also)\s+){0,2}(?:cure|heal)s?\s+\w+"
    )
    # lookbehinds that end in a space or a line break, a lookahead of no word character
    assert derive_word_sets(r"(?:(?<=\bmay )|(?<=\bmight )|^)cure(?![\w-])") == [frozenset({"cure"})]
    assert derive_word_sets(r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:cure|beat)\s+\w+") == [
        frozenset({"cure", "beat"})
    ]
    # a test inside the stretch matches nothing; more than 64 strings are listed
    assert derive_word_sets(r"\b(?=cur)(?<!\bnew )cure[sd]\b") == [frozenset({"cures", "cured"})]
    many = "|".join(f"w{k}" for k in range(300))
    assert derive_word_sets(rf"\b(?:{many})s?\b") == [
        frozenset({f"w{k}" for k in range(300)} | {f"w{k}s" for k in range(300)})
    ]
    # each branch of an alternation gives a set: "herbal" of the one that goes on with any word
    assert derive_word_sets(r"\b(?:herbs?|herbal\s+[\w-]+|supplements?)\s+\w+") == [
        frozenset({"herb", "herbs", "herbal", "supplement", "supplements"})
    ]


def test_no_edge_where_a_word_may_go_on() -> None:
    assert derive_word_sets(r"\b(?:can|will\w)(?:cure|heal)\b") == []  # "cancure"
    assert derive_word_sets(r"(?:(?<=\bmay )|(?<=may))cure\b") == []  # "maycure"
    assert derive_word_sets(r"(?:\s|x)cure\b") == []  # "xcure"
    assert derive_word_sets(r"\s?cure\b") == []  # "scure"
    assert derive_word_sets(r"(?!\d)cure\b") == []
    assert derive_word_sets(r"(?a:\b)cure\b") == []
    assert derive_word_sets(r"\bcure(?:\s+\w+)?") == []  # "cures"


def test_no_whole_word_without_both_edges_or_with_a_word_boundary_of_another_kind() -> None:
    assert derive_word_sets(r"rats?\b") == []  # "separats"
    assert derive_word_sets(r"\brat") == []  # "rate"
    assert derive_word_sets(r"\brat\w*\b") == []
    assert derive_word_sets(r"\bfoo_bar\b") == []  # "_" is a word character no token holds
    assert derive_word_sets(r"\bcafé\b") == []
    assert derive_word_sets(r"\b(?:rat|)\b") == []  # the stretch may be empty
    assert derive_word_sets(r"\brat\b", re.ASCII) == []  # "\b" between "t" and "é" in "raté"
    assert derive_word_sets(r"(?a)\brat\b") == []
    assert derive_word_sets(r"\b(?-i:Rat)\b", re.I) == []


def test_a_document_without_the_whole_word_is_not_searched() -> None:
    pattern = ProbedPattern.of(re.compile(r"\brats?\b", re.I))
    assert pattern.probes == ("rat",)
    doc = load_document("The separate rate of the duration was low.", "text")
    assert pattern.could_match_doc(doc)  # "rat" is inside three of its words
    assert not pattern.holds_words(doc)
    assert list(pattern.finditer(doc)) == [] == list(pattern.finditer_plain(doc))
    assert pattern.search(doc) is None


def test_a_document_with_the_whole_word_is_searched_also_inside_joined_tokens() -> None:
    pattern = ProbedPattern.of(re.compile(r"\brats?\b", re.I))
    doc = load_document("Two Rats died.\nThe rat's tail and rat-borne germs.", "text")
    assert pattern.holds_words(doc)
    assert [m.span() for m in pattern.finditer(doc)] == [(4, 8), (19, 22), (34, 37)]
    only_joined = load_document("The rat-borne germs.", "text")
    assert pattern.holds_words(only_joined)
    assert [m.span() for m in pattern.finditer(only_joined)] == [(4, 7)]
    found = pattern.search(only_joined)
    assert found is not None and found.span() == (4, 7)


def _near_misses(patterns: list[ProbedPattern]) -> list[str]:
    """Random text of the patterns' whole words, as words, inside longer words, joined, in
    capitals and beside underscores, between separators."""
    words = sorted({w for p in patterns for s in p._words or () for w in s})
    pieces = [" ", " ", ". ", "\n", "-", "'s", "_", "e", "se", "s"]
    for w in words:
        pieces += [f" {w}", f" {w}e", f" se{w}", f" {w.upper()}", f"{w}"]
    return random_strings(pieces, 300, seed=14, max_pieces=40)


def test_whole_word_probes_lose_no_match() -> None:
    """Every loaded pattern, fast path against plain form, on the rule examples, the
    development corpus, MedQuAD answers and random near misses of the patterns' words; the
    whole words turn away a good share of the documents the probes let through."""
    patterns = loaded_probed_patterns()
    docs = [load_document(t, "markdown") for t in [*rule_and_corpus_texts(), *medquad_answers(40, 2)]]
    for p in patterns:  # derive every pattern's words
        p.holds_words(docs[0])
    with_words = [p for p in patterns if p._words]
    assert len(with_words) > len(patterns) // 2
    docs += [load_document(t, "text") for t in _near_misses(with_words)]
    turned_away = 0
    for doc in docs:
        for p in with_words:
            # where the words are held, both forms run the same search; where they are not, the
            # plain form must find nothing
            if p.could_match_doc(doc) and not p.holds_words(doc):
                turned_away += 1
                assert list(p.finditer(doc)) == [] == list(p.finditer_plain(doc)), (
                    p.regex.pattern,
                    doc.prose,
                )
                assert p.search(doc) is None is p.search_plain(doc), (p.regex.pattern, doc.prose)
                assert p.regex.search(doc.prose) is None, (p.regex.pattern, doc.prose)
    assert turned_away > 1000
