"""``counts`` removes punctuation from ASCII text by ``str.translate`` (perf40a), as textstat's
``remove_punctuation`` does by two substitutions: compared on every ASCII character, on random
text of apostrophes, contractions, marks and letters outside ASCII, on the rule examples, corpus
and MedQuAD answers, and as ``counts`` with the plain form (``_PLAIN_PUNCTUATION``)."""

from __future__ import annotations

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint.formats import load_document
from medlint.rules.readability._shared import graded_sentences, graded_text
from medlint.text import readability
from medlint.text.readability import _remove_punctuation, _textstat, counts

#: apostrophes before contraction endings and before other letters, marks of every kind, digits,
#: the underscore, whitespace and control characters, and letters outside ASCII
_ALPHABET = [
    "'",
    "'s",
    "'t",
    "'d",
    "'ve",
    "'ll",
    "'re",
    "'x",
    "n't",
    "don",
    "It",
    "word",
    " ",
    "\t",
    "\n",
    "\x1c",
    "\x01",
    "\x7f",
    ".",
    ",",
    "-",
    "--",
    "(",
    ")",
    '"',
    "%",
    "_",
    "3",
    "\u2019",
    "\u00e9",
    "\u00a0",
]


def _plain(text: str) -> str:
    return str(_textstat().remove_punctuation(text))


def test_every_ascii_character() -> None:
    for c in map(chr, range(128)):
        for text in (c, f"a{c}b", f"it{c}s", f"'{c}", f"{c}'s"):
            assert _remove_punctuation(text) == _plain(text), repr(text)


def test_random_text() -> None:
    for text in random_strings(_ALPHABET, 5000, seed=40, max_pieces=30):
        assert _remove_punctuation(text) == _plain(text), repr(text)


def _graded() -> list[str]:
    out = []
    for text in [*rule_and_corpus_texts(), *medquad_answers(13, 3)]:
        doc = load_document(text, "markdown")
        out.append(graded_text(graded_sentences(doc)))
        out.append(doc.prose)
    return out


def test_graded_texts_and_their_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _graded()
    assert sum("'" in t for t in texts) >= 20  # contractions and possessives are compared too
    for text in texts:
        assert _remove_punctuation(text) == _plain(text), text[:80]
    fast = [counts(t) for t in texts]
    monkeypatch.setattr(readability, "_PLAIN_PUNCTUATION", True)
    assert [counts(t) for t in texts] == fast
