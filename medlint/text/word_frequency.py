"""How common an English word is, on wordfreq's Zipf scale, without loading wordfreq.

RD103 (jargon density) and MT110 (keyword stuffing) ask whether a word is
rarer than a threshold. Importing wordfreq and reading its English list costs
about 0.27 s, more than the rest of a one-file ``medlint check``. For the
thresholds the rules use (Zipf 2.5 and above) the answer is in
``rules/data/word-frequencies.tsv``: every alphabetic word of wordfreq's
English list at Zipf 2.5 or more (built by scripts/build_word_frequencies.py),
searched in place (``medlint.text.sorted_lines``). A word missing from it is rarer
than 2.5. Lower thresholds fall back to wordfreq itself.

A default run also holds the whole table as a dict (``zipf_table``, kept in the start-up cache): a word
never asked before is read from it (a hash look-up) instead of by a search of the
file's lines in Python, and a document's words that the table lacks are one set
difference in C (``unlisted_words``), shared by the rules that ask whether a token is
a word (TX116, MT106).
"""

from __future__ import annotations

import functools
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from ..cache import Memo
from .sorted_lines import SortedLines

if TYPE_CHECKING:
    from ..document import Document

#: The table holds every word at or above this frequency.
TABLE_MIN_ZIPF = 2.5


@functools.lru_cache(maxsize=1)
def _table() -> SortedLines:
    from ..data import data_file

    return SortedLines.from_file(data_file("word-frequencies.tsv"), b"\t")


#: the word-frequency file's bytes -> its table as a dict (``zipf_table``), kept between runs
_WORD_TABLES = Memo("word-frequency-table")


@functools.lru_cache(maxsize=1)
def zipf_table() -> dict[str, float]:
    """The table as a dict, word -> Zipf frequency, the one copy a process holds: TX109 reads it for
    every word (a word's candidate corrections are hundreds of look-ups), TX116 and MT106 for their
    pieces. The parsed dict is kept in the start-up cache, keyed on the file's bytes: parsing it is
    most of a one-file run's first TX109 check, loading it a few milliseconds. It holds exactly the
    lines of ``_table`` (tests/test_word_frequency_fast.py compares the two)."""
    from ..data import data_file

    data = data_file("word-frequencies.tsv").read_bytes()
    cached = _WORD_TABLES.get(data)
    if isinstance(cached, dict):
        return cached
    table = parse_word_table(data.decode("utf-8"))
    _WORD_TABLES.put(data, table)
    return table


def parse_word_table(text: str) -> dict[str, float]:
    """word -> Zipf frequency from the lines of word-frequencies.tsv (comments skipped)."""
    lines = [line for line in text.splitlines() if line and line[0] != "#"]
    tokens = "\t".join(lines).split("\t")
    return dict(zip(tokens[::2], map(float, tokens[1::2]), strict=True))


#: tests set this to read every word from the sorted file (``_table``), the form before the dict
_PLAIN = False


@functools.lru_cache(maxsize=65536)
def is_rarer_than(word: str, threshold: float) -> bool:
    """Whether the lower-case ``word`` has a Zipf frequency below ``threshold``. On distinct text
    most calls are for a word not asked before: a hash look-up in ``zipf_table``, where a search of
    the sorted file's lines in Python cost ten times as much."""
    if threshold >= TABLE_MIN_ZIPF:
        if _PLAIN:
            return is_rarer_than_plain(word, threshold)
        z = zipf_table().get(word)
        return z is None or z < threshold
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en")) < threshold


def is_rarer_than_plain(word: str, threshold: float) -> bool:
    """``is_rarer_than`` for a threshold of ``TABLE_MIN_ZIPF`` or more, read from the sorted file
    (the plain form, kept for tests/test_word_frequency_fast.py)."""
    z = _table().get(word)
    return z is None or float(z) < threshold


def zipf_of(word: str) -> float | None:
    """The lower-case ``word``'s Zipf frequency from the table, or None when it is rarer than 2.5."""
    if _PLAIN:
        z = _table().get(word)
        return None if z is None else float(z)
    return zipf_table().get(word)


def unlisted_words(doc: Document) -> AbstractSet[str]:
    """The document's distinct lower-case words (``Document.word_index``'s keys) that the table
    lacks: found once per document by one set difference in C and shared (not to be changed) by
    the rules that ask whether a token is a word: TX116 reads its pieces from them, MT106 its
    glued-word candidates. Most documents have a few dozen."""
    return doc.derived(_unlisted_words)


def _unlisted_words(doc: Document) -> AbstractSet[str]:
    if _PLAIN:
        return {w for w in doc.word_index if is_rarer_than_plain(w, TABLE_MIN_ZIPF)}
    # ``difference`` walks the document's words (the smaller side) and looks each up in the dict
    return set(doc.word_index).difference(zipf_table())
