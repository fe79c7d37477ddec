"""Helpers used by several readability rules."""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from ...document import LIST_ITEM, PARAGRAPH, QUOTE, Document
from ...text.lazy_re import lazy_compile

_PROSE_KINDS = (PARAGRAPH, LIST_ITEM, QUOTE)


_WORDS = lazy_compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*")
#: ``_WORDS`` as the one group of a split: gaps and words alternate in what it returns
_GAPS_AND_WORDS = lazy_compile(r"([A-Za-z]+(?:['\u2019-][A-Za-z]+)*)")


class LetterWords:
    """The ``_WORDS`` tokens of a document's prose, found in one pass for every readability rule.

    RD101 counts them per document, RD102 per sentence and RD103 reads them per
    paragraph: three passes of the same tokenizer over the same text. Here the
    prose is split once and a stretch's words are the ones between its ends
    (two bisections). A word that runs across an end of the stretch (a
    sentence cut inside a word) is not one of the stretch's own: the stretch
    is tokenized afresh then, as before. tests/test_readability_words.py checks
    :meth:`between` against ``_WORDS.findall`` of the stretch.
    """

    __slots__ = ("_ends", "_prose", "_starts", "_words")

    def __init__(self, doc: Document) -> None:
        self._prose = doc.prose
        pieces = _GAPS_AND_WORDS.split(doc.prose)  # gap, word, gap, ..., gap
        offsets = list(accumulate(map(len, pieces), initial=0))
        self._starts = offsets[1:-2:2]
        self._ends = offsets[2:-1:2]
        self._words = pieces[1::2]

    def between(self, start: int, end: int) -> list[str]:
        """``_WORDS.findall(prose[start:end])``."""
        starts, ends = self._starts, self._ends
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if (i and ends[i - 1] > start) or (j > i and ends[j - 1] > end):
            return _WORDS.findall(self._prose[start:end])  # a word cut by an end of the stretch
        return self._words[i:j]


def letter_words(doc: Document) -> LetterWords:
    """The document's ``LetterWords``, built once and shared."""
    return doc.derived(LetterWords)


_EASY = (
    "Drink water when you are thirsty. Rest when you feel tired. Eat fruit and greens each day. "
    "Walk for a short time after meals. Sleep at the same time each night. Call your doctor if you feel worse. "
)


_HARD = (
    "Pharmacological interventions targeting postprandial hyperglycaemia demonstrate considerable heterogeneity "
    "regarding cardiovascular outcomes, necessitating individualised therapeutic decision-making incorporating "
    "comorbidities, polypharmacy considerations, and socioeconomic determinants of medication adherence. "
)
