"""RD103 jargon-density: A paragraph dense with long, rare words (info)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...rule import Finding, Option, Rule
from ...text.word_frequency import is_rarer_than
from ._shared import _EASY, _HARD, letter_words, readable_blocks, text_names

_POSSESSIVE = ("'s", "\u2019s")


def _without_possessive(word: str) -> str:
    """The word a possessive is made of ("daughter\u2019s" -> "daughter"): a word list counts the
    word, and its possessive form is as everyday as it is, however rarely the list holds it."""
    return word[:-2] if word.lower().endswith(_POSSESSIVE) and len(word) > 3 else word


#: the plain form of :meth:`JargonDensity.check` (every word of a paragraph read and its possessive
#: stripped, the text's own names found for every document), kept for tests/test_rd_fast.py
_PLAIN = False


#: a possessive's ending in every case ``_without_possessive`` lower-cases the word to find
_POSSESSIVE_CASES = ("'s", "\u2019s", "'S", "\u2019S")


def rare_words(words: list[str], min_length: int, max_zipf: float) -> list[tuple[str, str]]:
    """The long, rare ``words`` as (word, the word a possessive is made of); a word shorter than
    ``min_length`` has a shorter stem, and is passed over unless ``_PLAIN``.

    Each distinct word of the paragraph is judged once (a paragraph repeats its long words), and
    its possessive found by its ending in either case, without lower-casing it first: a word's
    last two characters lower-case to "'s" or "\u2019s" only when they are one of
    ``_POSSESSIVE_CASES`` (only "'" and "\u2019" lower-case to themselves, only "s" and "S" to
    "s"). ``_PLAIN``: every word tested alone, the form tests/test_rd_fast.py compares."""
    if _PLAIN:
        return [
            (w, stem)
            for w in words
            if len(stem := _without_possessive(w)) >= min_length and is_rarer_than(stem.lower(), max_zipf)
        ]
    judged: dict[str, str | None] = {}  # word -> its stem when rare, None when not
    out = []
    for w in words:
        if w in judged:
            rare = judged[w]
        else:
            stem = w[:-2] if len(w) > 3 and w.endswith(_POSSESSIVE_CASES) else w
            long = len(w) >= min_length and len(stem) >= min_length
            rare = judged[w] = stem if long and is_rarer_than(stem.lower(), max_zipf) else None
        if rare is not None:
            out.append((w, rare))
    return out


#: the plain form of the count in :meth:`JargonDensity.check`: every paragraph's rare words listed by
#: ``rare_words`` before their share is known (tests/test_rd103_rare_count.py compares the two)
_PLAIN_RARE_COUNT = False

#: (min-length, max-zipf) -> word -> the word a possessive is made of when the word is long and rare,
#: else None: ``rare_words``' verdict, a pure function of the word, kept between paragraphs and
#: documents (health text repeats its long words across pages as within one)
_RARE_STEMS: dict[tuple[int, float], dict[str, str | None]] = {}
#: words a table of ``_RARE_STEMS`` holds before it is emptied (a long-running server stays small)
_RARE_STEMS_MAX = 1 << 16


def rare_stems(words: list[str], min_length: int, max_zipf: float) -> list[str | None]:
    """For each of ``words``, the word a possessive is made of when ``rare_words`` lists it, else None.

    The words not judged before are found by one set difference in C against the remembered
    verdicts (``_RARE_STEMS``) and judged as ``rare_words`` judges them; the list is then one
    ``map`` of dict look-ups, so a paragraph's rare words are counted (``list.count(None)``) without
    a Python step per word, and only a paragraph over the share is listed word by word. Most
    paragraphs are under it."""
    key = (min_length, max_zipf)
    judged = _RARE_STEMS.get(key)
    if judged is None or len(judged) > _RARE_STEMS_MAX:
        judged = _RARE_STEMS[key] = {}
    for w in set(words).difference(judged):
        stem = w[:-2] if len(w) > 3 and w.endswith(_POSSESSIVE_CASES) else w
        long = len(w) >= min_length and len(stem) >= min_length
        judged[w] = stem if long and is_rarer_than(stem.lower(), max_zipf) else None
    return list(map(judged.__getitem__, words))


class JargonDensity(Rule):
    """A paragraph dense with long, rare words (info).

    Words of ``min-length`` letters or more that are rare in everyday English
    (Zipf frequency below ``max-zipf`` in wordfreq's list; see
    ``medlint.text.word_frequency``) are counted
    per paragraph; above ``max-share`` of the words, the paragraph is flagged
    with its rarest words, which are the ones to explain or replace. The text's own names
    (``own_names``: the condition a heading names, a name capitalised inside sentences) are not
    counted: the writer can explain them but not replace them. A possessive is counted as the word
    it is made of ("daughter\u2019s" as "daughter").
    """

    code = "RD103"
    name = "jargon-density"
    category = "readability"
    severity = Severity.INFO
    options = {
        "min-length": Option(9, int, "Words with fewer letters never count as jargon."),
        "max-zipf": Option(3.0, float, "A long word rarer than this Zipf frequency counts as jargon."),
        "max-share": Option(
            0.12, float, "Report a paragraph whose share of jargon words is above this (0-1)."
        ),
        "min-words": Option(25, int, "Paragraphs with fewer words are not checked."),
    }
    source = (
        "Plain Language Medical Dictionary (University of Michigan); CDC Clear Communication Index item 9"
    )
    should_fire = (_HARD * 2,)
    should_not_fire = (_EASY * 2,)

    def check(self, doc: Document) -> Iterable[Finding]:
        readable = readable_blocks(doc)
        names: dict[str, int] | None = None  # ``text_names``, found at the first paragraph that needs them
        min_length, max_zipf = int(self.opts["min-length"]), float(self.opts["max-zipf"])
        max_share = self.opts["max-share"]
        for i, block in enumerate(doc.blocks):
            if i not in readable:
                continue
            n_words = letter_words(doc).count(block.start, block.end)
            if n_words < self.opts["min-words"]:
                continue
            if _PLAIN:
                words = letter_words(doc).between(block.start, block.end)
            else:  # only the long words are sliced from the text
                words = letter_words(doc).long_words(block.start, block.end, min_length)
            if _PLAIN or _PLAIN_RARE_COUNT:
                rare = rare_words(words, min_length, max_zipf)
            else:
                stems = rare_stems(words, min_length, max_zipf)
                if (len(stems) - stems.count(None)) / n_words <= max_share:
                    continue  # under the share before the names are taken out: under it after
                rare = [(w, stem) for w, stem in zip(words, stems, strict=True) if stem is not None]
            # the text's own names only take words out of the count: a paragraph at or under the
            # share without them is under it with them too, and needs no names (unless ``_PLAIN``)
            if _PLAIN or len(rare) / n_words > max_share:
                if names is None:
                    names = text_names(doc)
                rare = [(w, stem) for w, stem in rare if w.lower() not in names and stem.lower() not in names]
            share = len(rare) / n_words
            if share > max_share:
                top = [w for w, _ in Counter(stem.lower() for _, stem in rare).most_common(5)]
                yield Finding(
                    block.start,
                    block.end,
                    f"{share:.0%} of the words in this paragraph are long and rare (e.g. {', '.join(top[:3])}): "
                    "explain or replace them",
                    tuple(top),
                    data={"share": round(share, 3)},
                )
