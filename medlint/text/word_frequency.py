"""How common an English word is, on wordfreq's Zipf scale, without loading wordfreq.

RD103 (jargon density) and MT110 (keyword stuffing) ask whether a word is
rarer than a threshold. Importing wordfreq and reading its English list costs
about 0.27 s, more than the rest of a one-file ``medlint check``. For the
thresholds the rules use (Zipf 2.5 and above) the answer is in
``rules/data/word-frequencies.tsv``: every alphabetic word of wordfreq's
English list at Zipf 2.5 or more (built by scripts/build_word_frequencies.py),
searched in place (``medlint.text.sorted_lines``). A word missing from it is rarer
than 2.5. Lower thresholds fall back to wordfreq itself.
"""

from __future__ import annotations

import functools

from .sorted_lines import SortedLines

#: The table holds every word at or above this frequency.
TABLE_MIN_ZIPF = 2.5


@functools.lru_cache(maxsize=1)
def _table() -> SortedLines:
    from ..data import data_file

    return SortedLines.from_file(data_file("word-frequencies.tsv"), b"\t")


@functools.lru_cache(maxsize=65536)
def is_rarer_than(word: str, threshold: float) -> bool:
    """Whether the lower-case ``word`` has a Zipf frequency below ``threshold``."""
    if threshold >= TABLE_MIN_ZIPF:
        z = _table().get(word)
        return z is None or float(z) < threshold
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en")) < threshold


def zipf_of(word: str) -> float | None:
    """The lower-case ``word``'s Zipf frequency from the table, or None when it is rarer than 2.5."""
    z = _table().get(word)
    return None if z is None else float(z)
