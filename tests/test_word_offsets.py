"""``Words`` keeps an article's word offsets in lists and longer prose's in arrays
(``document._OFFSET_LISTS_UPTO``): the same words, offsets and gaps either way, and the same
document views read from them."""

from __future__ import annotations

import pytest

import medlint.document as document
from medlint.document import Words
from medlint.formats import load_document


def _texts() -> list[str]:
    from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

    pieces = ["word", "Word", "don't", "COVID-19", "x\u2019y", " ", "  ", "\n", "\n\n", ", ", ". ", "-", "_"]
    pieces += ["\u00e9t\u00e9", "\u0130stanbul", "\u00df", "\t", "\u00a0", "42", "'", "\u2019"]
    return [
        *rule_and_corpus_texts(),
        *medquad_answers(40, 3),
        *random_strings(pieces, 300, seed=40),
        # past one split (``_CHUNK``): arrays, and a gap running over a chunk's end
        "Rest helps. " * 7000 + "\n" + "   \n" * 10 + "Fever rose.",
    ]


def _views(text: str) -> tuple[object, ...]:
    doc = load_document(text, "markdown")
    words = doc.words()
    n = len(doc.prose)
    return (
        list(words.starts),
        list(words.ends),
        list(words.lowers),
        bytes(words.plain_gaps),
        [(w.start, w.end, w.text) for w in words],
        [(w.start, w.end, w.text) for w in words[1:5]],
        {w: list(at) for w, at in doc.word_index.items()},
        doc.joinable,
        [doc.words_key(s.start, s.end) for s in doc.sentences],
        [doc.words_in(0, k) for k in range(0, n, max(1, n // 7))],
    )


def test_offset_lists_and_arrays_give_the_same_views(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    fast = [_views(t) for t in texts]
    monkeypatch.setattr(document, "_PLAIN_OFFSET_ARRAYS", True)
    plain = [_views(t) for t in texts]
    for text, f, p in zip(texts, fast, plain, strict=True):
        assert f == p, text[:200]


def test_an_article_keeps_lists_and_long_prose_arrays(monkeypatch: pytest.MonkeyPatch) -> None:
    short = Words("Rest helps. Fever rose.")
    assert isinstance(short.starts, list) and isinstance(short.ends, list)
    long = Words("Rest helps. " * 7000)
    assert not isinstance(long.starts, list) and not isinstance(long.ends, list)
    monkeypatch.setattr(document, "_PLAIN_OFFSET_ARRAYS", True)
    assert not isinstance(Words("Rest helps.").starts, list)
