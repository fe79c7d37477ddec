"""medlint.text.word_place: where a word stands (set apart, in code, in English) and the words of its
sentence that a judgement of its language reads."""

from __future__ import annotations

from medlint.formats import load_document
from medlint.text.word_place import in_code, in_english, sentence_neighbours, set_apart


def _index(words_text: list[str], word: str) -> int:
    return words_text.index(word)


def test_sentence_neighbours_stop_at_a_full_stop_and_the_block_edge() -> None:
    doc = load_document("One two three. Four five six seven.\n\nEight nine.", "text")
    words = doc.words()
    texts = [words[k].text for k in range(len(words))]
    five = _index(texts, "five")
    got = [texts[k] for k in sentence_neighbours(doc, words, five, five, 10)]
    assert got == ["Four", "six", "seven"]  # not "three" (a full stop), not "Eight" (another block)
    assert [texts[k] for k in sentence_neighbours(doc, words, five, five, 1)] == ["Four", "six"]
    # a pair read from its first word back and its second word on
    assert [texts[k] for k in sentence_neighbours(doc, words, five, five + 1, 10)] == ["Four", "seven"]


def test_in_english_reads_the_function_words_of_the_sentence() -> None:
    doc = load_document(
        "Ich habe das Buch gelesen und es ist nicht gut. The tablet is taken with water.", "text"
    )
    words = doc.words()
    texts = [words[k].text for k in range(len(words))]
    assert not in_english(doc, words, _index(texts, "Buch"))
    assert in_english(doc, words, _index(texts, "tablet"))


def test_set_apart_reads_joiners_quotes_and_addresses() -> None:
    prose = "take anti-tnf drugs, spelled 'anemia' or see www.example.com/anemia today"
    at = prose.index("tnf")
    assert set_apart(prose, at, at + 3, prose)  # joined by a hyphen
    at = prose.index("anemia")
    assert set_apart(prose, at, at + 6, prose)  # a quoted spelling
    at = prose.index("today")
    assert not set_apart(prose, at, at + 5, prose)


def test_in_code_finds_the_word_in_a_code_element_or_span() -> None:
    assert in_code("<p>Run <code>pip install medlint</code> now</p>", "medlint")
    assert in_code("Run `medlint check` now", "medlint")
    assert not in_code("medlint checks articles", "medlint")
