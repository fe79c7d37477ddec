from __future__ import annotations

from pathlib import Path

from benchmarks.spun_classes import (
    Lexicon,
    classify,
    foreign_beside_register,
    missed_dev_rows,
    news_candidates,
)

#: reference uses (a total of 2,000,000 tokens), English Zipf, attested pairs, thesaurus links
USES = {
    "people": 600,
    "lung": 4000,
    "failure": 3000,
    "nodules": 150,
    "cancer": 9000,
    "study": 5000,
    "author": 0,
    "<num>": 50000,
}
ZIPF = {"lung": 4.1, "failure": 4.5, "disappointment": 4.0, "nodules": 2.7, "handles": 3.9, "cancer": 4.9}
ZIPF |= {"people": 5.9, "study": 5.2, "author": 4.9, "knobs": 3.0, "emanation": 2.2}
PAIRS = {("lung", "cancer"): 800, ("lung", "failure"): 40, ("lung", "nodules"): 12}
LINKS = {("disappointment", "failure")}


def lexicon() -> Lexicon:
    return Lexicon(
        uses=lambda w: USES.get(w, 0),
        pair=lambda a, b: PAIRS.get((a, b), 0),
        common=lambda a, b: (a, b) == ("study", "author"),
        zipf=lambda w: ZIPF.get(w, 0.0),
        related=lambda x, o: (x, o) in LINKS or (o, x) in LINKS,
        total=2_000_000,
    )


def test_a_word_health_writing_never_uses_beside_a_word_of_its_register() -> None:
    lex = lexicon()
    # "lung": 4,000 uses = Zipf 6.3 in the reference against 4.1 in English; "disappointment": none
    assert foreign_beside_register(lex, "lung", "disappointment") == "disappointment"
    assert foreign_beside_register(lex, "handles", "lung") == "handles"
    # attested in the reference, or a pair of general English: never
    assert foreign_beside_register(lex, "lung", "cancer") is None
    assert foreign_beside_register(lex, "study", "author") is None
    # too rare in English for the default band (Zipf 3.0), read at a lower one
    assert foreign_beside_register(lex, "lung", "emanation") is None
    assert foreign_beside_register(lex, "lung", "emanation", min_zipf=2.0) == "emanation"
    # "people": 600 uses = Zipf 5.5 in the reference, 5.9 in English: no word of the register
    assert foreign_beside_register(lex, "people", "handles") is None
    # a number (the reference's "<num>") is no word of the register
    assert foreign_beside_register(lex, "<num>", "handles") is None


def test_classes_of_a_missed_pair() -> None:
    lex = lexicon()
    assert classify(lex, "lung disappointment", "lung failure") == (
        "two words",
        "head swapped",
        "never in health writing",
        "swapped-out frequent",
        "thesaurus link",
        "reading sees it",
    )
    assert classify(lex, "lung knobs", "lung nodules") == (
        "two words",
        "head swapped",
        "never in health writing",
        "swapped-out frequent",
        "no thesaurus link",
        "reading sees it",
    )
    # the note in brackets is no word of the term; a different count of words is its own class
    assert classify(lex, "lung knobs (LN)", "lung nodules (LN)")[:2] == ("two words", "head swapped")
    assert classify(lex, "lung knob growths", "lung nodules") == ("different length",)


def test_only_development_rows_are_read(tmp_path: Path) -> None:
    misses = tmp_path / "misses.tsv"
    misses.write_text(
        "0\tlung knobs\tlung nodules\tsame length, a word kept\tnew\t-\t\t-\n"
        "1\tkidney sickness\tkidney disease\tsame length, a word kept\tnew\tinfo\tMT105\t-\n"
        "2\theld out\theld out\tsame length, a word kept\tnew\t-\t\t-\n",
        encoding="utf-8",
    )
    rows, skipped = missed_dev_rows(misses)
    assert [r[1] for r in rows] == ["lung knobs"]
    assert skipped == 1


def test_news_candidates_positions() -> None:
    lex = lexicon()
    texts = ["The", "lung", "handles", "and", "lung", "cancer", "and", "Lung", "knobs"]
    norm = [t.lower() for t in texts]
    joined = [True] * (len(texts) - 1) + [False]
    # "lung handles" at words 1-2; "lung cancer" is attested; "Lung knobs" is capitalised
    assert list(news_candidates(lex, norm, joined, texts, 3.0)) == [(1, "handles")]
    joined[1] = False  # a line or block break between the two words: no pair
    assert list(news_candidates(lex, norm, joined, texts, 3.0)) == []
