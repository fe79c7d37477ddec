"""The block and stretch searches look only for the probes a document's words may hold.

``matching.held_probes`` drops from a pattern's probe sets the registered letter-and-digit probes
the document's lower-cased text lacks (``DocumentProbes.found``) before ``blocks_holding``,
``ProbedPattern._in_stretches`` and ``finditer_stretches`` look for them one ``str.find`` at a time;
the plain form (``matching._PLAIN_HELD_PROBES``) looks for every probe. Both must give the same
blocks and matches for every pattern the rules load, on rule examples, the corpus, MedQuAD answers,
seeded strings of probe words and stop characters, case-exotic texts and a probe registered after a
document was first asked. (``tests/test_probe_blocks.py`` compares ``blocks_holding`` with
``blocks_holding_plain``, which never drops a probe.)
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from parity_texts import loaded_probed_patterns, medquad_answers, random_strings, rule_and_corpus_texts

from medlint.document import Document
from medlint.formats import load_document
from medlint.text import matching
from medlint.text.matching import DocumentProbes, ProbedPattern, blocks_holding, finditer_stretches


@pytest.fixture(scope="module")
def patterns() -> list[Any]:
    found = [p for p in loaded_probed_patterns() if p.probes]
    assert len(found) > 200
    return found


def _answers(doc: Document, patterns: list[Any]) -> list[Any]:
    """Each pattern's blocks, matches in the prose view and matches in the lower-cased text."""
    out: list[Any] = []
    for p in patterns:
        out.append(blocks_holding(doc, p.probes, p.also))
        out.append([m.span() for m in p.finditer(doc)])
        out.append(
            [m.span() for m in finditer_stretches(p.regex, p.probes, p.also, doc.lower, doc.lower, doc=doc)]
        )
    return out


def _same(texts: list[str], patterns: list[Any], monkeypatch: pytest.MonkeyPatch) -> int:
    """Assert both forms agree on every pattern of every text; the number of matches found."""
    matches = 0
    for text in texts:
        answers = []
        for plain in (True, False):
            monkeypatch.setattr(matching, "_PLAIN_HELD_PROBES", plain)
            answers.append(_answers(load_document(text, "markdown"), patterns))
        assert answers[0] == answers[1], text[:80]
        matches += sum(len(a) for a in answers[1][1::3])
    return matches


def test_every_pattern_on_real_text(monkeypatch: pytest.MonkeyPatch, patterns: list[Any]) -> None:
    texts = [*rule_and_corpus_texts(), *medquad_answers(40, 2)]
    assert _same(texts, patterns, monkeypatch) > 1_000


def test_every_pattern_on_random_text(monkeypatch: pytest.MonkeyPatch, patterns: list[Any]) -> None:
    # probe words of every pattern, stops, newlines, and the characters that make a text case-exotic
    words = sorted({probe for p in patterns for s in (p.probes, *p.also) for probe in s})
    pieces = [f"{w} " for w in words[::3]] + [". ", ", ", "; ", "\n", "\n\n", "\u0131", "Study ", "X"]
    texts = random_strings(pieces, 300, seed=11, max_pieces=40)
    assert _same(texts, patterns, monkeypatch) > 100


def test_a_probe_registered_later_is_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    # a word new to this process in each form, its probe registered after the words were read
    for plain, word in ((True, "zorblatt"), (False, "quonzigg")):
        monkeypatch.setattr(matching, "_PLAIN_HELD_PROBES", plain)
        doc = load_document(f"Asthma is common.\n\n{word.title()} cures it, they say.\n\nMore.", "markdown")
        doc.derived(DocumentProbes)
        late = ProbedPattern(re.compile(rf"{word}\s+cures", re.IGNORECASE), (word, f"{word}x"))
        assert late.probes[0] not in doc.derived(DocumentProbes).universe
        assert [m.span() for m in late.finditer(doc)] == [(19, 33)]
        assert blocks_holding(doc, late.probes, late.also) == [1]
        assert matching.held_probes(doc, late.probes) == ((word, f"{word}x"), ())


def test_an_absent_probe_is_dropped() -> None:
    ProbedPattern(re.compile("x"), ("study", "trial"), (("found", "shows"),))  # registered
    doc = load_document("Asthma is common. A study found it.", "text")
    held = matching.held_probes(doc, ("study", "trial"), (("found", "shows"),))
    assert held == (("study",), (("found",),))
    exotic = load_document("Dıet and a study.", "text")
    assert matching.held_probes(exotic, ("study", "trial")) is None
