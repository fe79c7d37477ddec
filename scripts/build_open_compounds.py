"""Build TX128's table of closed compounds that English writes as one word ("childbirth", "bedtime").

Writers who learnt English as a second language, machine translation and hurried typing split a
closed compound at the join of its two words: "child birth", "bed time", "tea spoons", "pain killer",
"eye lashes", "anti depressants". Both halves are words, so a spelling list passes them, and TX116
(broken-word) reads only splits that leave a fragment ("tripl e"). Whether two words make one is a
question of usage, which counts answer:

- the closed word is in wordfreq's table (``rules/data/word-frequencies.tsv``, Zipf 2.5 or more)
  and has at least ``MIN_LENGTH`` letters;
- each half is a common word (Zipf ``HALF_ZIPF`` or more) of at least three letters and no function
  word ("with out", "in active", "per use" and "any more" are left: a preposition or a determiner
  makes a phrase with any word after it), and the second no adverb in "-ly" ("play fully", "speak
  softly": a verb and its adverb);
- the first half is no adjective (WordNet 3.0 lists at least as many adjective senses as noun senses
  for it): an adjective makes a phrase with a noun ("a short hand", "a broad band of tissue", "a
  common place", "the fat test"), a noun seldom does ("tea spoons", "child birth");
- general English writes the closed form at least ``CLOSED_RATIO`` times as often as the pair: the
  unigram and bigram counts of the Google Books data as shipped in **symspellpy** (SymSpell, Wolf
  Garbe, MIT licence; ``frequency_dictionary_en_82_765.txt`` and
  ``frequency_bigramdictionary_en_243_342.txt``, a pair absent from the bigram list being rarer
  than 6.4 million). So "every day", "heart beat" (a heart beats), "health care" and "some one"
  (old books' spelling) are left;
- consumer-health reference prose never writes the pair: it is not among the pairs counted twice or
  more in the build side of MedQuAD (``rules/data/refstats/bigrams.bin``), so "blood stream" and
  "stomach ache", which NIH answers write open, are left.

    pip install 'medlint[build]'
    python scripts/build_open_compounds.py

Writes ``rules/data/lexicon/open-compounds.tsv``: one line per pair, ``first second<TAB>closed``,
sorted. Rebuild after the word-frequency and reference tables.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from medlint.text.general_bigrams import FUNCTION  # noqa: E402

OUT = ROOT / "rules" / "data" / "lexicon" / "open-compounds.tsv"
WORDS = ROOT / "rules" / "data" / "word-frequencies.tsv"
#: The shortest closed word read: shorter ones split into short words by chance ("into", "also").
MIN_LENGTH = 6
#: Each half must be at least this common (Zipf) and this long: rare or short halves make pairs by
#: chance ("refi ned", "cen ter"; those fragments are TX116's).
HALF_ZIPF = 3.0
HALF_LENGTH = 3
#: General English must write the closed word this many times as often as the pair.
CLOSED_RATIO = 2.0
#: Words that make a phrase with whatever follows them, besides the function words of the general
#: pairs: a preposition, a quantity or a comparative ("per use", "less pain", "more over").
PHRASE_WORDS = frozenset("per less more most least much many few one ones well".split())
UNIGRAMS = "frequency_dictionary_en_82_765.txt"
BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"

HEADER = """\
# Closed compounds written as two words, for TX128 (open-compound). Built by
# scripts/build_open_compounds.py from wordfreq 3.1.1's table (rules/data/word-frequencies.tsv; data
# CC BY-SA 4.0, Speer et al.), the Google Books unigram and bigram counts shipped in symspellpy 6.10.1
# (SymSpell by Wolf Garbe, MIT licence) and MedQuAD's build-side pair counts (rules/data/refstats;
# CC BY 4.0). Only the word pairs are kept, no counts. Format: first second<TAB>closed (sorted).
"""


def read_zipfs(path: Path) -> dict[str, float]:
    """wordfreq's table: word -> Zipf frequency."""
    out: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, zipf = line.partition("\t")
            out[word] = float(zipf)
    return out


def read_counts(path: Path, width: int) -> dict[str, int]:
    """A SymSpell frequency file: the ``width`` words of a line joined by a space -> its count."""
    out: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            fields = line.split()
            if len(fields) == width + 1:
                out[" ".join(fields[:width])] = int(fields[width])
    return out


def symspell_dir() -> Path:
    """The folder of symspellpy's dictionaries (the build extra)."""
    import symspellpy

    return Path(os.path.dirname(symspellpy.__file__))


def sense_counts(index: Path) -> dict[str, int]:
    """Each lemma of a WordNet index file -> its number of senses."""
    out: dict[str, int] = {}
    for line in index.open(encoding="latin-1"):
        if not line.startswith(" "):
            fields = line.split()
            out[fields[0]] = int(fields[2])
    return out


def adjectives(wordnet: Path) -> frozenset[str]:
    """The words WordNet reads as adjectives at least as often as nouns (by their numbers of senses)."""
    adj, noun = sense_counts(wordnet / "index.adj"), sense_counts(wordnet / "index.noun")
    return frozenset(w for w, n in adj.items() if n >= noun.get(w, 0))


def splits(word: str) -> Iterator[tuple[str, str]]:
    """Each way of cutting ``word`` in two halves of at least ``HALF_LENGTH`` letters."""
    for cut in range(HALF_LENGTH, len(word) - HALF_LENGTH + 1):
        yield word[:cut], word[cut:]


def build(
    zipfs: Mapping[str, float],
    unigrams: Mapping[str, int],
    bigrams: Mapping[str, int],
    reference_count: object,
    adjective_words: frozenset[str] = frozenset(),
) -> list[tuple[str, str, str]]:
    """The (first, second, closed) rows: see the module docstring. ``reference_count(a, b)`` is the
    pair's count in the reference prose."""
    count = reference_count  # a callable; typed loosely so tests can pass a dict's get
    skip = FUNCTION | PHRASE_WORDS
    rows = []
    for closed in zipfs:
        if len(closed) < MIN_LENGTH or not closed.isalpha():
            continue
        for first, second in splits(closed):
            if first in skip or second in skip or second.endswith("ly") or first in adjective_words:
                continue
            if zipfs.get(first, 0.0) < HALF_ZIPF or zipfs.get(second, 0.0) < HALF_ZIPF:
                continue
            pair = f"{first} {second}"
            if unigrams.get(closed, 0) < CLOSED_RATIO * bigrams.get(pair, 0):
                continue
            if count(first, second) > 0:  # type: ignore[operator]
                continue
            rows.append((first, second, closed))
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument(
        "--symspell", type=Path, help="folder of symspellpy's dictionaries (default: the installed package)"
    )
    args = ap.parse_args(argv)
    from medlint.text.refstats import load

    folder = args.symspell or symspell_dir()
    reference = load()
    rows = build(
        read_zipfs(WORDS),
        read_counts(folder / UNIGRAMS, 1),
        read_counts(folder / BIGRAMS, 2),
        reference.count,
        adjectives(args.wordnet),
    )
    OUT.write_text(HEADER + "".join(f"{a} {b}\t{c}\n" for a, b, c in rows), encoding="utf-8")
    print(f"{len(rows)} pairs -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
