"""RD102 long-sentence: A sentence longer than ``max-words`` words (default 30)."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import HEADING, Document
from ...rule import Finding, Option, Rule
from ._shared import letter_words, reference_blocks


class LongSentence(Rule):
    """A sentence longer than ``max-words`` words (default 30).

    Long sentences are the strongest single predictor of hard text; plain
    language guidance for health material asks for 15-20 words on average and
    few over 30.
    """

    code = "RD102"
    name = "long-sentence"
    category = "readability"
    severity = Severity.INFO
    options = {"max-words": Option(30, int, "Report sentences with more words than this.")}
    source = (
        "CDC Clear Communication Index (2019); NIH Clear & Simple; Federal Plain Language Guidelines (2011)"
    )
    should_fire = (
        "People who have had a stroke, or who have been told by a doctor that they are at high risk of one, "
        "should ask at their next appointment whether the tablets they take each day are still the right ones for them.",
    )
    should_not_fire = (
        "People who have had a stroke should ask whether their tablets are still right for them.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        limit = int(self.opts["max-words"])
        words = letter_words(doc)
        references = reference_blocks(doc)
        for s in doc.sentences:
            if doc.blocks[s.block].kind == HEADING or s.block in references:
                continue
            n = words.count(s.start, s.end)  # the words of s.text
            if n > limit:
                yield Finding(
                    s.start, s.end, f"sentence of {n} words (limit {limit}): split it", data={"words": n}
                )
