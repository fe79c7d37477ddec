"""The readability rules' fast paths against their plain forms (perf24): RD103 reads the text's own
names only for a paragraph over its share without them, and passes over short words before
stripping possessives; ``own_names`` counts the prose's words in bulk, as ``own_names_plain`` one
at a time."""

from __future__ import annotations

from collections.abc import Collection

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

import medlint
from medlint.document import Document, Sentence
from medlint.formats import load_document
from medlint.rules.readability import RD103
from medlint.rules.readability._shared import (
    _word_uses,
    _word_uses_doc,
    _word_uses_plain,
    graded_sentences,
    own_names,
    own_names_plain,
)

# 31 words, "thrombocytopenia" four times (13%): jargon unless a heading names it
_PLATELETS = (
    "Thrombocytopenia means a low platelet count. In thrombocytopenia the blood clots slowly, and "
    "thrombocytopenia can cause bruises. Doctors treat thrombocytopenia by finding its cause and by "
    "watching the count over time."
)


def _rd103(text: str, fmt: str = "markdown") -> list[tuple[int, int, int, int, str]]:
    return [
        (d.start.offset, d.start.line, d.start.column, d.end.offset, d.message)
        for d in medlint.lint_text(text, fmt, select=["RD103"])
    ]


def test_a_word_the_heading_names_is_not_jargon() -> None:
    assert _rd103("# Thrombocytopenia\n\n" + _PLATELETS + "\n") == []


def test_the_same_word_under_another_heading_is() -> None:
    head = "# Low platelets\n\n"
    assert _rd103(head + _PLATELETS + "\n") == [
        (
            len(head),
            3,
            1,
            len(head) + len(_PLATELETS),
            "13% of the words in this paragraph are long and rare (e.g. thrombocytopenia): "
            "explain or replace them",
        )
    ]


_RARE_ALPHABET = [
    " ",
    " ",
    ". ",
    "\n\n",
    "# ",
    "thrombocytopenia",
    "Thrombocytopenia",
    "thrombocytopenia's",
    "Takayasu",
    "arteritis",
    "haemorrhage",
    "anticoagulant's",
    "hospital\u2019s",
    "THROMBOCYTOPENIA'S",
    "Anticoagulant\u2019S",
    "the",
    "and",
    "blood",
    "with",
]


def _texts() -> list[str]:
    return (
        rule_and_corpus_texts()
        + medquad_answers(11, 2)
        + random_strings(_RARE_ALPHABET, 300, seed=24, max_pieces=120)
    )


def test_rd103_finds_what_its_plain_form_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    fast = [_rd103(t) for t in texts]
    monkeypatch.setattr(RD103, "_PLAIN", True)
    assert [_rd103(t) for t in texts] == fast
    assert sum(map(bool, fast)) >= 10  # the comparison sees findings, not only silence


_NAME_ALPHABET = [
    " ",
    " ",
    ". ",
    "\n",
    "\n\n",
    "# ",
    "- ",
    "(",
    "Takayasu",
    "takayasu",
    "TAKAYASU",
    "Takayasu's",
    "Orphanet",
    "arteritis",
    "Arteritis",
    "Wolff-Parkinson-White",
    "the",
    "The",
    "A",
    "I",
    "it",
]


def test_own_names_are_the_plain_forms() -> None:
    seen = 0
    for text in _texts() + random_strings(_NAME_ALPHABET, 400, seed=2424, max_pieces=80):
        doc = load_document(text, "markdown")
        for sentences in (graded_sentences(doc), doc.sentences, doc.sentences[1:]):
            fast, plain = own_names(doc, sentences), own_names_plain(doc, sentences)
            assert list(fast.items()) == list(plain.items()), text
            seen += bool(fast)
    assert seen >= 100


def test_word_uses_from_spellings_are_the_plain_counts() -> None:
    """``_word_uses`` (each distinct spelling gives its count to its lower-case word, perf28) and
    ``_word_uses_plain`` (every word lower-cased and counted): the same counts, the lower-case words
    in the same order (of first use), the same capitalised uses and lower-case words."""
    seen = 0
    for text in _texts() + random_strings(_NAME_ALPHABET, 400, seed=2828, max_pieces=80):
        doc = load_document(text, "markdown")
        for sentences in (graded_sentences(doc), doc.sentences, doc.sentences[1:]):
            fast, plain = _word_uses(sentences), _word_uses_plain(sentences)
            assert list(fast[0].items()) == list(plain[0].items()), text
            assert fast[1:] == plain[1:], text
            seen += bool(fast[1])
    assert seen >= 100


_DOC_WORD_ALPHABET = [
    *_NAME_ALPHABET,
    "covid-19",
    "COVID-19",
    "B12",
    "2B",
    "2010",
    "1'Ray",
    "x-Ray",
    "X-RAY",
    "Mc'Donald",
    "Mc-",
    "-Donald",
    "\u2019s",
    "'",
    "Caf\u00e9",
    "1.",
    "3",
    "A-B",
]


def _sentence_sets(doc: Document) -> list[list[Sentence]]:
    """Graded sentences, all, all but the first, every other one (not in a row), all backwards."""
    sentences = doc.sentences
    return [graded_sentences(doc), sentences, sentences[1:], sentences[::2], sentences[::-1]]


def test_word_uses_from_document_words_are_the_plain_counts() -> None:
    """``_word_uses_doc`` (the sentences' lower-case words read from the document's words, their
    capitals found in the text, perf29) and ``_word_uses_plain``: the same counts in the same
    order, the same capitalised uses and lower-case words; words with digits, joiners, capitals
    after a digit or a joiner, text that is not ASCII, sentences out of a row and out of order."""
    seen = 0
    for text in _texts() + random_strings(_DOC_WORD_ALPHABET, 500, seed=2929, max_pieces=80):
        doc = load_document(text, "markdown")
        for sentences in _sentence_sets(doc):
            fast, plain = _word_uses_doc(doc, sentences), _word_uses_plain(sentences)
            assert list(fast[0].items()) == list(plain[0].items()), text
            assert fast[1:] == plain[1:], text
            seen += bool(fast[1])
    assert seen >= 100


def test_word_uses_read_from_document_words_with_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    """An ASCII text with words holding digits is read from the document's words, not tokenized
    again (``_word_uses`` is not called), and counts as the plain form counts."""
    from medlint.rules.readability import _shared

    text = (
        "Covid-19 and B12 in 2010. The COVID-19 Takayasu test, x-Ray and 2B were Takayasu's. "
        "3 Takayasu cases were seen; takayasu-like Takayasu signs.\n"
    )
    doc = load_document(text, "text")

    def refuse(sentences: object) -> None:
        raise AssertionError("tokenized again")

    plain = _word_uses_plain(doc.sentences)
    monkeypatch.setattr(_shared, "_word_uses", refuse)
    fast = _word_uses_doc(doc, doc.sentences)
    assert list(fast[0].items()) == list(plain[0].items())
    assert fast[1:] == plain[1:]
    assert fast[0]["covid"] == 2 and fast[0]["b"] == 2 and fast[0]["takayasu"] == 3
    # "Takayasu" three times ("Takayasu's" and "takayasu-like" are words of their own); after "3",
    # which is no word, it opens its sentence and is not counted as written inside it
    assert fast[1]["takayasu"] == 2 and fast[1]["takayasu's"] == 1 and "takayasu" not in fast[2]


def test_word_uses_of_one_word_in_three_spellings() -> None:
    text = "The cure. THE cure is the Cure, they said; the cure's name is The Cure.\n"
    doc = load_document(text, "text")
    uses, inner_caps, lower_seen = _word_uses(doc.sentences)
    # "the" first (as "The"), then "cure", "is", "they", "said", "cure's", "name"
    assert list(uses.items()) == [
        ("the", 5),
        ("cure", 4),
        ("is", 2),
        ("they", 1),
        ("said", 1),
        ("cure's", 1),
        ("name", 1),
    ]
    # "The" opens the first sentence (not counted there), and is inside the second at its end;
    # "Cure" twice inside sentences; "THE" is in capitals
    assert inner_caps == {"the": 1, "cure": 2}
    assert lower_seen == {"the", "cure", "is", "they", "said", "cure's", "name"}


def test_own_names_of_a_name_capitalised_inside_sentences() -> None:
    text = "Takayasu is rare. It is called Takayasu arteritis. We saw Takayasu twice and Takayasu once.\n"
    doc = load_document(text, "text")
    # three uses inside sentences (the one opening the first is not), never in lower case
    assert own_names(doc, doc.sentences) == {"takayasu": 4}
    lower = text + "Some write takayasu.\n"
    doc = load_document(lower, "text")
    assert own_names(doc, doc.sentences) == {}


def test_long_words_are_the_long_words_between() -> None:
    from medlint.rules.readability._shared import letter_words

    for text in _texts()[::3]:
        doc = load_document(text, "markdown")
        words = letter_words(doc)
        n = len(doc.prose)
        for start, end in [(0, n), *((b.start, b.end) for b in doc.blocks), (1, n - 1), (n // 3, n // 2)]:
            for letters in (1, 5, 9):
                expected = [w for w in words.between(start, end) if len(w) >= letters]
                assert words.long_words(start, end, letters) == expected


_PIECE_ALPHABET = [
    " ",
    " ",
    "\t",
    ".",
    ". ",
    "!",
    "?",
    "-",
    " - ",
    " -- ",
    " \u2013 ",
    "\u2022",
    " | ",
    "*",
    "%",
    "97% ",
    "3",
    ")",
    "]",
    "D",
    "It",
    "The",
    "Takayasu",
    "takayasu's",
    "arteritis",
    "word",
    "we",
    "and",
    "Even",
    "No evidence",
]


def test_graded_text_pieces_and_table_runs_are_the_plain_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    from medlint.rules.readability import _shared

    docs = [load_document(text, "markdown") for text in _texts()]
    sentences = [s for doc in docs for s in doc.sentences]
    strings = [s.text for s in sentences] + random_strings(_PIECE_ALPHABET, 2000, seed=242, max_pieces=40)
    names = [_shared.text_names(doc) for doc in docs]

    def run() -> tuple[list[object], ...]:
        return (
            [_shared.table_run(t) for t in strings],
            [_shared.sentence_pieces(t) for t in strings],
            [_shared.graded_text(doc.sentences, n) for doc, n in zip(docs, names, strict=True)],
            [_shared.graded_text(doc.sentences, ("takayasu", "arteritis")) for doc in docs],
        )

    fast = run()
    monkeypatch.setattr(_shared, "_PLAIN", True)
    plain = run()
    for got, expected in zip(fast, plain, strict=True):
        assert got == expected
    # some strings are table runs and some are glued sentences
    assert sum(map(_shared.table_run, strings)) >= 20
    assert sum(len(_shared.sentence_pieces(t)) > 1 for t in strings) >= 20


#: the characters ``_found_names`` treats apart: names and their plurals in three cases, joiners
#: before, inside and after them, letters glued on, and characters whose lower case is longer or is
#: an ASCII letter (the Turkish capital I with a dot, the Kelvin sign)
_NAME_ALPHABET = [
    " ",
    " ",
    "\n",
    "-",
    "'",
    "\u2019",
    "s",
    "es",
    "a",
    "Z",
    "3",
    "_",
    ".",
    "virus",
    "Virus",
    "VIRUSES",
    "viruses",
    "meningioma",
    "Meningiomas",
    "meningiomaes",
    "ab",
    "AB",
    "abab",
    "\u0130",
    "\u212a",
    "\u00e9",
]


def test_own_names_found_in_the_line_are_the_plain_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """``graded_text`` finds a page's own names with ``str.find`` in the lower-cased line (perf32):
    the same line as ``_WORDS.sub`` judging every word, on real sentences with their page's names
    and on random strings with names, plurals, joiners, glued letters and non-ASCII characters."""
    from medlint.rules.readability import _shared

    docs = [load_document(text, "markdown") for text in _texts()]
    cases: list[tuple[str, Collection[str]]] = []
    for doc in docs:
        names = _shared.text_names(doc)
        cases += [(s.text, names) for s in doc.sentences if names]
    name_sets: list[Collection[str]] = [
        {"virus"},
        ("virus", "viruses"),
        {"meningioma", "ab"},
        ["ab", "abab", "virus"],
        {"a"},
        {"s"},
        {""},
        {"virus-ab", "ab's"},
        {"\u00e9"},
        {"k"},
        {"i"},
        # more than ``_MANY_NAMES``: the line's words are judged instead of each name found
        {"virus", "meningioma", "ab", "k", *(f"name{i}" for i in range(40))},
        {"viruses", "abab", "\u00e9", *(f"zz{i}" for i in range(40))},
    ]
    strings = random_strings(_NAME_ALPHABET, 3000, seed=3201, max_pieces=30)
    cases += [(t, name_sets[i % len(name_sets)]) for i, t in enumerate(strings)]
    found = [_shared._found_names(t, n) for t, n in cases]
    monkeypatch.setattr(_shared, "_PLAIN", True)
    plain = [_shared._plain_names(t, n) for t, n in cases]
    assert found == plain
    # the names were there to find: real lines and random ones changed
    changed = sum(f != t for f, (t, _n) in zip(found, cases, strict=True))
    assert changed >= 500
    assert _shared._found_names("Viruses, a virus-like virus's VIRUS.", {"virus"}) == (
        "name, a virus-like virus's name."
    )


def test_rare_words_judged_once_are_the_plain_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """``rare_words`` judges each distinct word once and finds a possessive in either case (perf30):
    the same (word, stem) pairs as one test per word, a possessive in capitals read as its word."""
    words = [
        "THROMBOCYTOPENIA'S",
        "Anticoagulant\u2019S",
        "thrombocytopenia",
        "THROMBOCYTOPENIA'S",
        "hospital's",
        "considerable",
        "Pharmacological",
        "Takayasu's",
    ]
    fast = RD103.rare_words(words, 9, 3.0)
    assert fast == [
        ("THROMBOCYTOPENIA'S", "THROMBOCYTOPENIA"),
        ("Anticoagulant\u2019S", "Anticoagulant"),
        ("thrombocytopenia", "thrombocytopenia"),
        ("THROMBOCYTOPENIA'S", "THROMBOCYTOPENIA"),
        ("Pharmacological", "Pharmacological"),
    ]
    monkeypatch.setattr(RD103, "_PLAIN", True)
    assert RD103.rare_words(words, 9, 3.0) == fast
