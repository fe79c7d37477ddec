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
        names = text_names(doc)
        for i, block in enumerate(doc.blocks):
            if i not in readable:
                continue
            words = letter_words(doc).between(block.start, block.end)
            if len(words) < self.opts["min-words"]:
                continue
            long_words = [
                (w, _without_possessive(w))
                for w in words
                if len(_without_possessive(w)) >= self.opts["min-length"]
            ]
            max_zipf = float(self.opts["max-zipf"])
            rare = [
                stem
                for w, stem in long_words
                if is_rarer_than(stem.lower(), max_zipf)
                and w.lower() not in names
                and stem.lower() not in names
            ]
            share = len(rare) / len(words)
            if share > self.opts["max-share"]:
                top = [w for w, _ in Counter(w.lower() for w in rare).most_common(5)]
                yield Finding(
                    block.start,
                    block.end,
                    f"{share:.0%} of the words in this paragraph are long and rare (e.g. {', '.join(top[:3])}): "
                    "explain or replace them",
                    tuple(top),
                    data={"share": round(share, 3)},
                )
