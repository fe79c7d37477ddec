"""PhraseMatcher.iter_matches (which returns at once when no trie first word is in the document)
against a plain leftmost-longest matcher that tries every word."""

from __future__ import annotations

from pathlib import Path

import pytest
from parity_texts import medquad_answers

from medlint.document import Document
from medlint.formats import load_document
from medlint.text.matching import PhraseMatcher, phrase_words, phrase_words_plain

_PHRASES = [
    "breast cancer",
    "breast",
    "cancer cell",
    "high blood pressure",
    "blood",
    "kidney failure",
    "type 2 diabetes",
    "the",
    "of the",
    "miracle cure",
]


def _plain(phrases: list[str], doc: Document) -> list[tuple[int, int, int, int, str]]:
    """Every word tried as a start: the longest phrase that starts there and runs over joinable
    gaps, leftmost first, none overlapping."""
    keyed = {tuple(phrase_words(p)): p for p in phrases}
    lowers, joinable, words = doc.lower_words, doc.joinable, doc.words()
    out = []
    i, n = 0, len(lowers)
    while i < n:
        best = None
        for j in range(i, n):
            if tuple(lowers[i : j + 1]) in keyed:
                best = j
            if not joinable[j]:
                break
        if best is None:
            i += 1
            continue
        out.append((words.starts[i], words.ends[best], i, best, keyed[tuple(lowers[i : best + 1])]))
        i = best + 1
    return out


def _texts() -> list[str]:
    texts = [
        "",
        "No phrase here at all.",
        "Breast  cancer cells; breast, cancer. High blood pressure and blood.",
        "Kidney\n\nfailure. kidney - failure. kidney\nfailure",
        "Of the type 2 diabetes miracle cure, the cure of the breast cancer cell.",
    ]
    texts += medquad_answers(step=400, per_record=2)
    return texts


@pytest.mark.parametrize("phrases", [[], ["miracle cure"], _PHRASES], ids=["empty", "one", "many"])
def test_iter_matches_equals_trying_every_word(phrases: list[str]) -> None:
    matcher = PhraseMatcher((p, p) for p in phrases)
    for text in _texts():
        doc = load_document(text, "markdown")
        got = [(m.start, m.end, m.first_word, m.last_word, m.value) for m in matcher.iter_matches(doc)]
        assert got == _plain(phrases, doc), text[:80]


@pytest.mark.parametrize(
    "phrase",
    [
        "Breast Cancer",
        "type-2 DIABETES",
        "don't  stop",
        "O'Neil's  syndrome",
        "covid_19 x",
        "a - b",
        "MD, PhD.",
        "İstanbul KELVIN \u212aelvin",
        "naïve Café",
        "",
        "  ",
        "x'",
        "don\u2019t",
    ],
)
def test_phrase_words_equals_the_plain_form(phrase: str) -> None:
    assert phrase_words(phrase) == phrase_words_plain(phrase)


def test_phrase_words_of_every_shipped_lexicon_phrase_equal_the_plain_form() -> None:
    rules = Path(__file__).resolve().parents[1] / "rules"
    phrases = [
        line.split("\t")[0]
        for path in sorted(rules.glob("*.tsv"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert len(phrases) > 1000
    for phrase in phrases:
        assert phrase_words(phrase) == phrase_words_plain(phrase), phrase
