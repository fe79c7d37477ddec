"""``quotes.passage_in_full`` answers as its plain form, which searches the text from its start.

The fast form finds the lead-in's words once per document and searches only from the line of their
first occurrence (``_in_full_words``). Compared at every offset of every default rule's examples,
the corpus, MedQuAD answers, and seeded random texts built of lead-in pieces: the words split over
lines ("in\\nfull"), in capitals ("FULL TEXT:"), before and after other lines and lead-ins.
"""

from __future__ import annotations

import random

from parity_texts import medquad_answers, rule_and_corpus_texts

from medlint.formats import load_document
from medlint.text.quotes import passage_in_full, passage_in_full_plain

_PIECES = (
    "The post reads in full:",
    "Here is the letter in full (translated):",
    "The full text of the statement:",
    "FULL TEXT:",
    "It is quoted verbatim:",
    "in\nfull:",
    "read in \n full text:",
    "in its entirety:",
    "In Its\nEntirety:",
    "full",
    "fully",
    "The agency said:",
    "She wrote in full",
    ":",
    "\n",
    "\n\n",
    " ",
    "Some words here.",
    "verbatim",
    "in full: not the end",
)


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def _agree(text: str, fmt: str, step: int = 1) -> None:
    doc = load_document(text, fmt)
    n = len(doc.prose)
    for at in [*range(0, n + 1, step), n]:
        assert passage_in_full(doc, at) == passage_in_full_plain(doc, at), (text[:200], at)


def test_random_lead_ins() -> None:
    for text in _random_texts(1500, seed=5):
        _agree(text, "text")
        _agree(text, "markdown")


def test_rule_examples_corpus_and_medquad() -> None:
    texts = rule_and_corpus_texts() + medquad_answers(40, 2)
    assert texts
    for text in texts:
        _agree(text, "markdown", step=1 if len(text) < 4000 else 7)
