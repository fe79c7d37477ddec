"""Whether two adjacent content words are a common pair of general English.

MT105 (spun-term) and MT121 (unattested-collocation) learn what health writing says
from consumer-health reference text (MedQuAD's NIH and CDC answers). That text never
writes much ordinary English ("financial aid", "illicit drugs", "family physician"),
so a phrase it lacks is not yet a spinner's swap. ``rules/data/general/bigrams.tsv``
(built by ``scripts/build_general_bigrams.py`` from SymSpell's list of the commonest
English word pairs, each seen 6.4 million times or more in Google Books; MIT licence,
see the README beside it) holds the pairs of content words medlint's tables know.
A pair there is one English writers choose; a pair absent may still be English (the
list stops at the commonest pairs), so the table only ever clears a phrase, never
condemns one.

The table is searched in place (``SortedLines.from_file``: mapped, not read) the first
time a rule asks, which happens only when a rule already holds a candidate; a first
word's row is split once per process.
"""

from __future__ import annotations

import functools

from .sorted_lines import SortedLines

#: Words the table leaves out: a pair with one says nothing about whether two content words
#: go together ("of the", "for illness"), and they were half of SymSpell's pairs.
FUNCTION = frozenset(
    "a an the of and or nor but if then than so as at by for from in into on onto to with without "
    "about above after against along among around before behind below beneath beside between beyond "
    "during except inside near off out outside over past since through throughout till toward towards "
    "under until up upon via within is are was were be been being am do does did done has have had "
    "having can could may might must shall should will would this that these those it its i me my we "
    "us our you your he him his she her they them their who whom whose which what when where why how "
    "not no also very too all any each every some such both either neither other another".split()
)


class GeneralBigrams:
    """Common pairs of English content words: first word -> the words that follow it."""

    def __init__(self, lines: SortedLines) -> None:
        self._lines = lines
        self._rows: dict[str, frozenset[str]] = {}

    def followers(self, first: str) -> frozenset[str]:
        """The words that commonly follow the lower-case ``first`` (empty if none are listed)."""
        row = self._rows.get(first)
        if row is None:
            text = self._lines.get(first)
            row = self._rows[first] = frozenset(text.split(" ")) if text else frozenset()
        return row

    def common(self, first: str, second: str) -> bool:
        """Whether the lower-case pair ``first second`` is a common pair of general English."""
        return second in self.followers(first)


@functools.lru_cache(maxsize=1)
def general_bigrams() -> GeneralBigrams:
    """The shipped table, opened once per process on first use."""
    from ..data import data_file

    return GeneralBigrams(SortedLines.from_file(data_file("general/bigrams.tsv"), b"\t"))


def common_pair(first: str, second: str) -> bool:
    """Whether ``first second`` (lower case) is a common pair of English content words."""
    if first in FUNCTION or second in FUNCTION:
        return False
    return general_bigrams().common(first, second)
