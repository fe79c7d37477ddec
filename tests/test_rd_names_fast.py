"""``own_names`` counts the uses of its candidates only (perf40a: the heading words and the words
capitalised inside sentences, ``_named_from_capitals``) instead of every word of the prose: the
same names, uses and order as the plain form (``_PLAIN_NAMES``) on the rule examples, corpus,
MedQuAD answers and random pages of headings, capitalised and lower-case names, names glued to
digits, sentence-initial names and text outside ASCII; and the same RD101 and RD103 findings."""

from __future__ import annotations

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

import medlint
from medlint.formats import load_document
from medlint.rules.readability import _shared

#: the shapes a name takes: in a heading, capitalised inside a sentence, at a sentence's start, in
#: lower case, in capitals, as a possessive, glued to a digit, hyphened, and a word outside ASCII
_PIECES = [
    "# Takayasu arteritis\n\n",
    "## Treating hypothyroidism\n\n",
    "Takayasu",
    "takayasu",
    "TAKAYASU",
    "Takayasu's",
    "Takayasu-2",
    "arteritis",
    "Arteritis",
    "hypothyroidism",
    "Hypothyroidism",
    "Orphanet",
    "orphanet",
    "Wolff-Parkinson-White",
    "covid-19",
    "COVID-19",
    "B12",
    "caf\u00e9",
    "the",
    "doctor",
    " ",
    " ",
    " ",
    ". ",
    ", ",
    "\n\n",
    "- ",
]


def _texts() -> list[str]:
    return [
        *rule_and_corpus_texts(),
        *medquad_answers(5, 3),
        *random_strings(_PIECES, 1500, seed=40, max_pieces=60),
    ]


def test_names_uses_and_order_are_the_plain_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [load_document(text, fmt) for text in _texts() for fmt in ("markdown", "text")]
    args = [(doc, _shared.graded_sentences(doc)) for doc in docs]
    fast = [list(_shared.own_names(doc, sentences).items()) for doc, sentences in args]
    monkeypatch.setattr(_shared, "_PLAIN_NAMES", True)
    assert [list(_shared.own_names(doc, sentences).items()) for doc, sentences in args] == fast
    assert sum(len(names) > 1 for names in fast) >= 50  # pages with several names, in an order


@pytest.mark.parametrize("code", ["RD101", "RD103"])
def test_findings_are_the_plain_ones(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    texts = [*rule_and_corpus_texts(), *medquad_answers(9, 2)]

    def run() -> list[list[tuple[int, int, str]]]:
        return [
            [
                (d.start.offset, d.end.offset, d.message)
                for d in medlint.lint_text(t, "markdown", select=[code])
            ]
            for t in texts
        ]

    fast = run()
    monkeypatch.setattr(_shared, "_PLAIN_NAMES", True)
    assert run() == fast
    assert sum(map(bool, fast)) >= 10
