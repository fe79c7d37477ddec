"""``blocks_holding``'s word route against its plain form (perf31).

A long document reads the blocks of a registered letter-and-digit probe off the words that hold it
(``matching._ProbeWords``) instead of searching its whole text once per probe of every pattern;
``blocks_holding_plain`` is the search. Both must give the same blocks (or None) for every pattern
the rules load, on real text of every format and on texts built to break the word route: a word
outside every block, a block that ends inside a word, blocks out of order, a case-exotic text, a
probe registered after the document was first asked.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from parity_texts import loaded_probed_patterns, medquad_answers, random_strings, rule_and_corpus_texts

from medlint.document import Block, Document
from medlint.formats import load_document
from medlint.text import matching
from medlint.text.matching import ProbedPattern, blocks_holding, blocks_holding_plain


@pytest.fixture(scope="module")
def patterns() -> list[Any]:
    found = [p for p in loaded_probed_patterns() if p.probes]
    assert len(found) > 200
    return found


def _same(docs: list[Document], patterns: list[Any]) -> tuple[int, int]:
    """Assert both forms agree on every pattern of every document; (word-route answers, stretch
    answers) given from the words, to show the route was taken."""
    blocks = stretches = 0
    for doc in docs:
        for p in patterns:
            plain = blocks_holding_plain(doc, p.probes, p.also)
            assert blocks_holding(doc, p.probes, p.also) == plain, (p.regex.pattern, doc.source[:80])
        state = doc._derived.get(matching._ProbeWords)
        if state is not None:
            blocks += sum(v is not None for v in state._blocks.values())
            stretches += len(state._at)
    return blocks, stretches


def test_every_pattern_on_real_text(monkeypatch: pytest.MonkeyPatch, patterns: list[Any]) -> None:
    monkeypatch.setattr(matching, "_WORD_ROUTE_FROM", 0)  # every document takes the word route
    answers = medquad_answers(9, 2)
    texts = rule_and_corpus_texts()
    docs = [load_document(t, "markdown") for t in texts]
    # long documents: answers one after another, as Markdown, plain text and HTML paragraphs
    for k in range(0, len(answers), 60):
        joined = "\n\n".join(answers[k : k + 60])
        docs.append(load_document(joined, "markdown"))
        docs.append(load_document(joined, "text"))
        paragraphs = "".join(f"<p>{a}</p>\n" for a in answers[k : k + 60])
        docs.append(load_document(f"<html><body>{paragraphs}</body></html>", "html"))
    blocks, stretches = _same(docs, patterns)
    assert blocks > 10_000 and stretches > 1_000


_PIECES = [
    "cure",
    "cures",
    "study",
    "secure",
    "NCT",
    " ",
    " ",
    "\n",
    "\n\n",
    "# ",
    "- ",
    ". ",
    "\u212a",
    "\u0130",
    "'",
    "-",
]


def test_every_pattern_on_random_text(monkeypatch: pytest.MonkeyPatch, patterns: list[Any]) -> None:
    monkeypatch.setattr(matching, "_WORD_ROUTE_FROM", 0)
    docs = [
        load_document(t, fmt) for t in random_strings(_PIECES, 150, seed=31) for fmt in ("markdown", "text")
    ]
    _same(docs, patterns)


def _doc(prose: str, blocks: list[tuple[int, int]]) -> Document:
    return Document(source=prose, prose=prose, format="text", blocks=[Block(s, e) for s, e in blocks])


#: registers its probes, as every pattern a rule builds does
_CURE = ProbedPattern(re.compile(r"\bcures?\b.*\b(?:here|there)\b"), ("cure",), (("here", "there"),))


@pytest.mark.parametrize(
    ("prose", "blocks", "expected"),
    [
        ("a cure here\n\nno cure there", [(0, 11), (13, 26)], [0, 1]),
        ("a cure here\n\nnothing else", [(0, 11), (13, 25)], [0]),
        ("a cure here\n\nno cure there", [(0, 11)], None),  # a word outside every block
        ("a cure here\n\nsecurely so", [(0, 11), (13, 18)], [0, 1]),  # "securely" runs past its block
        ("a cure here\n\nsecurely so", [(0, 11), (13, 15)], None),  # and "cure" starts past it
        ("a cure,here", [(0, 7), (7, 11)], [0]),  # "here" starts where the block of "cure" ends
        ("a cure here\n\nno cure there", [(13, 26), (0, 11)], None),  # blocks out of order
        ("a cure here, no cure there", [(0, 14), (10, 26)], [0, 1]),  # blocks that overlap
        ("a \u212aelvin cure here", [(0, 18)], [0]),  # a case-exotic text
    ],
)
def test_built_documents(
    monkeypatch: pytest.MonkeyPatch, prose: str, blocks: list[tuple[int, int]], expected: list[int] | None
) -> None:
    monkeypatch.setattr(matching, "_WORD_ROUTE_FROM", 0)
    doc = _doc(prose, blocks)
    probes, also = _CURE.probes, _CURE.also
    assert blocks_holding_plain(doc, probes) == expected
    assert blocks_holding(doc, probes) == expected
    assert blocks_holding(doc, probes, also) == blocks_holding_plain(doc, probes, also)


def test_a_probe_registered_later_is_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matching, "_WORD_ROUTE_FROM", 0)
    doc = _doc("zyxwvu one\n\nzyxwvu two and qwzrtp", [(0, 10), (12, 33)])
    assert blocks_holding(doc, ("cure",)) == []  # the document's word index is built now
    ProbedPattern(re.compile(r"qwzrtp"), ("qwzrtp",))
    assert blocks_holding(doc, ("qwzrtp",)) == [1] == blocks_holding_plain(doc, ("qwzrtp",))
    assert (
        blocks_holding(doc, ("zyxwvu",), (("qwzrtp",),))
        == [1]
        == blocks_holding_plain(doc, ("zyxwvu",), (("qwzrtp",),))
    )


def test_a_long_document_takes_the_word_route() -> None:
    text = "\n\n".join(f"Paragraph {k} says a cure works, or not." for k in range(800))
    assert len(text) >= matching._WORD_ROUTE_FROM
    doc = load_document(text, "markdown")
    assert blocks_holding(doc, ("cure",)) == list(range(800)) == blocks_holding_plain(doc, ("cure",))
    assert doc._derived[matching._ProbeWords]._blocks["cure"] == list(range(800))
