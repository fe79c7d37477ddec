"""Document's derived views agree with a plain computation, and stay small per word.

The views (words as parallel arrays, lower-cased words, the word index, the
joinable gaps, word ranges of a block, sentence starts) are built once per
document for speed and memory; each is checked here against the obvious
one-liner it replaces, on the benchmark corpus in all three formats.
"""

from __future__ import annotations

import itertools
import random
import tracemalloc
from pathlib import Path

import pytest

from medlint.document import Document
from medlint.formats import detect_format, load_document
from medlint.text.tokens import WORD_RE

CORPUS = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus"
EDGE_CASES = [
    ("empty.txt", ""),
    ("one.txt", "Fever"),
    ("joiners.txt", "Crohn's and COVID-19 -- type-2, don\u2019t; 5 mg\n\nNew block here.\n"),
    ("table.md", "| a | b |\n|---|---|\n| fever fever | rash |\n\n# Head\n\nBody text, here.\n"),
]


def _documents() -> list[tuple[str, Document]]:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.iterdir()) if p.suffix != ".yml"]
    return [(name, load_document(text, detect_format(name), name)) for name, text in texts + EDGE_CASES]


@pytest.mark.parametrize(("name", "doc"), _documents(), ids=lambda v: v if isinstance(v, str) else "")
def test_word_views_agree_with_a_plain_computation(name: str, doc: Document) -> None:
    matches = list(WORD_RE.finditer(doc.prose))
    words = doc.words()
    assert [(w.start, w.end, w.text) for w in words] == [(m.start(), m.end(), m.group()) for m in matches]
    assert [(words[i].start, words[i].text) for i in range(len(words))] == [(w.start, w.text) for w in words]
    assert [w.text for w in words[1:3]] == [m.group() for m in matches[1:3]]
    assert doc.word_count == len(matches)
    lowers = [m.group().lower() for m in matches]
    assert doc.lower_words == lowers
    assert list(doc.word_starts) == [m.start() for m in matches]
    assert {w: list(at) for w, at in doc.word_index.items()} == {
        w: [i for i, x in enumerate(lowers) if x == w] for w in set(lowers)
    }
    for k in range(len(matches) - 1):
        gap = doc.prose[matches[k].end() : matches[k + 1].start()]
        plain = gap == " " or (gap.isspace() and gap.count("\n") <= 1)
        crosses = any(matches[k].start() < b.end <= matches[k + 1].start() for b in doc.blocks)
        assert bool(doc.joinable[k]) == (plain and not crosses), (name, k, gap)
    if matches:
        assert not doc.joinable[-1]
    for block in doc.blocks:
        inside = [i for i, m in enumerate(matches) if block.start <= m.start() < block.end]
        assert list(doc.words_in(block.start, block.end)) == inside
    assert doc.sentence_starts == [s.start for s in doc.sentences]
    assert doc.block_starts == [b.start for b in doc.blocks]
    assert doc.lower == doc.prose.lower()


@pytest.mark.parametrize(("name", "doc"), _documents(), ids=lambda v: v if isinstance(v, str) else "")
def test_words_key_read_from_the_words_agrees_with_tokenizing_the_text(name: str, doc: Document) -> None:
    """``Document.words_key`` (from ``words()`` where it can) == ``tokens.words_key`` of the text,
    for every sentence and block and for spans whose ends fall inside words."""
    from medlint.text.tokens import words_key

    spans = [(s.start, s.end) for s in doc.sentences] + [(b.start, b.end) for b in doc.blocks]
    rng = random.Random(name)
    n = len(doc.prose)
    spans += [tuple(sorted((rng.randrange(n + 1), rng.randrange(n + 1)))) for _ in range(50)] if n else []
    spans += [(0, n), (0, 0), (n, n)]
    for start, end in spans:
        assert doc.words_key(start, end) == words_key(doc.prose[start:end]), (name, start, end)


def test_words_key_of_a_non_ascii_or_cut_span_is_tokenized_afresh() -> None:
    doc = load_document("\u0130stanbul St\u00fcdy. Fever-free days, don't.", "text")
    assert doc.words_key(0, 16) == "i stanbul st\u00fcdy"  # U+0130 lower-cases to i + a combining dot
    assert doc.words_key(16, 32) == "fever-free days"
    assert doc.words_key(18, 32) == "ver-free days"  # starts inside a word: that word's end only


def test_words_split_a_piece_at_a_time_agree_with_finditer(monkeypatch: pytest.MonkeyPatch) -> None:
    """``Words`` splits the text a piece at a time, cut after a newline: with pieces of a few
    characters, every cut falls near a word, and the words are still ``WORD_RE``'s matches."""
    import medlint.document as document

    texts = [text for _, text in EDGE_CASES]
    texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.iterdir()) if p.suffix != ".yml"][:5]
    texts += [
        "\n",
        "a\nb",
        "\nword\n",
        "a\n\n\n\nb",
        "a \n b,\n\nc",
        "x" * 50 + "\n" + "y-z\n\n\u0130stanbul \u017ftudy caf\u00e9_x",
    ]
    for chunk in (1, 3, 7, 1 << 16):
        monkeypatch.setattr(document, "_CHUNK", chunk)
        for text in texts:
            words = document.Words(text)
            matches = list(WORD_RE.finditer(text))
            assert list(words.starts) == [m.start() for m in matches], (chunk, text[:40])
            assert list(words.ends) == [m.end() for m in matches]
            assert words.lowers == [m.group().lower() for m in matches]
            gaps = [text[a.end() : b.start()] for a, b in itertools.pairwise(matches)]
            plain = [g == " " or (g.isspace() and g.count("\n") <= 1) for g in gaps]
            assert list(map(bool, words.plain_gaps)) == plain, (chunk, text[:40])


def test_derived_builds_once_per_document_and_function() -> None:
    calls: list[int] = []

    def build(doc: Document) -> list[int]:
        calls.append(1)
        return [len(doc.prose)]

    doc = load_document("Rest helps.", "text")
    assert doc.derived(build) is doc.derived(build)
    assert len(calls) == 1
    assert load_document("Rest helps.", "text").derived(build) == [11]
    assert len(calls) == 2


def test_word_views_cost_a_few_dozen_bytes_per_word() -> None:
    """Offsets in arrays and shared lower-case strings: a Word object per word (about 150
    bytes with its text and offsets) would break this bound many times over."""
    rng = random.Random(7)
    vocabulary = [f"term{i}" for i in range(2000)] + ["the", "of", "and", "a", "to", "in"] * 200
    paragraphs = [" ".join(rng.choice(vocabulary) for _ in range(80)) + "." for _ in range(500)]
    doc = load_document("\n\n".join(paragraphs), "text")
    n = 80 * 500
    tracemalloc.start()
    try:
        doc.words()
        _ = doc.lower_words, doc.word_index, doc.joinable
        size, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert doc.word_count == n
    assert size / n < 48, f"{size / n:.0f} bytes per word"


def test_word_index_is_the_same_in_lists_and_in_arrays(monkeypatch: pytest.MonkeyPatch) -> None:
    """An article-sized document keeps its word index in lists, a long one in arrays; both say
    the same thing."""
    import medlint.document as document

    text = "The dose. The doses of the drug, the dose again; a dose."
    small = load_document(text, "text").word_index
    monkeypatch.setattr(document, "_INDEX_ARRAYS_FROM", 1)
    big = load_document(text, "text").word_index
    assert isinstance(small["dose"], list) and not isinstance(big["dose"], list)
    assert {w: list(at) for w, at in small.items()} == {w: list(at) for w, at in big.items()}
    assert list(small["the"]) == [0, 2, 5, 7]
