"""RD104 passive-density: A paragraph where most sentences are in the passive voice (info)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...rule import Finding, Option, Rule
from ...text.lazy_re import lazy_compile
from ._shared import readable_blocks

_BE = r"(?:is|are|was|were|be|been|being|am)"


_IRREGULAR = (
    "given|taken|shown|known|seen|done|made|found|told|written|drawn|held|kept|left|lost|paid|put|read|run|said|"
    "sent|set|spent|thought|brought|bought|caught|taught|built|chosen|driven|eaten|fallen|forgotten|frozen|"
    "hidden|ridden|risen|spoken|stolen|sworn|torn|worn|woken|broken|begun|bitten|blown|grown|thrown|understood|"
    "withdrawn|undertaken|overcome|led|fed|bred|shed|hit|cut|shut|spread|split"
)


_PASSIVE = lazy_compile(
    rf"\b{_BE}(?:\s+(?:not|also|often|usually|still|then|now|being|widely|commonly|rarely|never))*\s+"
    rf"(?:[a-z]+ed|{_IRREGULAR})\b",
    re.IGNORECASE,
)


class PassiveDensity(Rule):
    """A paragraph where most sentences are in the passive voice (info).

    "The dose should be taken" hides who acts; patient material reads better
    in the active voice ("Take the dose"). Sentences are counted passive by a
    pattern (a form of "be" followed by a past participle); a paragraph of at
    least ``min-sentences`` sentences with more than ``max-share`` of them
    passive is reported. The pattern is a heuristic: adjectives such as "is
    tired" can count, so the threshold is high and the severity info.
    """

    code = "RD104"
    name = "passive-density"
    category = "readability"
    severity = Severity.INFO
    options = {
        "max-share": Option(
            0.6, float, "Report a paragraph whose share of passive sentences is above this (0-1)."
        ),
        "min-sentences": Option(4, int, "Paragraphs with fewer sentences are not checked."),
    }
    source = "Federal Plain Language Guidelines (2011), 'Use active voice'; CDC Clear Communication Index"
    should_fire = (
        "The tablets were taken by most patients. The dose was increased after a week. "
        "Side effects were reported by a few people. The trial was stopped early.",
    )
    should_not_fire = (
        "Most patients took the tablets. Doctors raised the dose after a week. "
        "A few people reported side effects. The team stopped the trial early.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        by_block: dict[int, list[str]] = {}
        readable = readable_blocks(doc)
        for s in doc.sentences:
            if s.block in readable:
                by_block.setdefault(s.block, []).append(s.text)
        for bi, texts in by_block.items():
            if len(texts) < self.opts["min-sentences"]:
                continue  # too short to judge: its sentences are not searched at all
            passive = passive_over(texts, self.opts["max-share"])
            if passive is not None:
                block = doc.blocks[bi]
                yield Finding(
                    block.start,
                    block.end,
                    f"{passive} of {len(texts)} sentences here are passive: say who does what",
                    data={"share": round(passive / len(texts), 3)},
                )


def passive_over(texts: list[str], max_share: float) -> int | None:
    """How many of ``texts`` (a paragraph's sentences) are passive, when more than ``max_share`` of
    them are; None otherwise. Stops searching once the sentences left, all passive, could not
    take the share past ``max_share`` (most paragraphs: after a few active sentences);
    ``passive_over_plain`` searches every sentence."""
    n = len(texts)
    passive = 0
    for k, text in enumerate(texts):
        if _PASSIVE.search(text):
            passive += 1
        if (passive + n - k - 1) / n <= max_share:
            return None
    return passive


def passive_over_plain(texts: list[str], max_share: float) -> int | None:
    """``passive_over`` with every sentence searched."""
    flags = [bool(_PASSIVE.search(text)) for text in texts]
    return sum(flags) if sum(flags) / len(flags) > max_share else None
