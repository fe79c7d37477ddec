"""RD: reading level, sentence length and jargon for patient material.

Health-literacy guidance (NIH, AMA, CDC Clear Communication Index) asks for
patient material at grade 6 to 8. SMOG is the usual formula for health
material (it predicts 100% comprehension; McLaughlin 1969) and Flesch-Kincaid
the most common; both come from textstat, offline.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable

from ..diagnostic import Severity
from ..doc_kind import is_patient_information, is_reporting
from ..document import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Document
from ..lazy_re import lazy_compile
from ..rule import Example, Finding, Option, Rule
from ..word_frequency import is_rarer_than

_PROSE_KINDS = (PARAGRAPH, LIST_ITEM, QUOTE)
_WORDS = lazy_compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*")

_EASY = (
    "Drink water when you are thirsty. Rest when you feel tired. Eat fruit and greens each day. "
    "Walk for a short time after meals. Sleep at the same time each night. Call your doctor if you feel worse. "
)
_HARD = (
    "Pharmacological interventions targeting postprandial hyperglycaemia demonstrate considerable heterogeneity "
    "regarding cardiovascular outcomes, necessitating individualised therapeutic decision-making incorporating "
    "comorbidities, polypharmacy considerations, and socioeconomic determinants of medication adherence. "
)

_HARD_ADVICE = "You should discuss individualised glycaemic targets with your physician, particularly regarding hypoglycaemia. "


class ReadingGrade(Rule):
    """The reading grade is above the target for patient material (default grade 8).

    SMOG (used when the text has 30 or more sentences, as the formula
    requires) or else Flesch-Kincaid grade, computed on the prose only. A
    document-level finding gives both scores; sections (text under a heading)
    of at least ``section-min-sentences`` sentences above the target get an
    info finding each, so the hardest part is easy to find.

    The grade target is for patient material, so the finding is a warning only on
    a patient-information page (``medlint.doc_kind``: not a news report or press
    release, and advising the reader or built of patient sections such as
    "Symptoms") or where the sentences average ``long-sentence-words`` words or
    more (default 30), which an editor would break up for any lay reader. News
    reports, press releases and other prose are written at newspaper level by
    convention: above the target they get an info finding. Measured on real news
    and releases (FakeHealth), the grade-8 warning everywhere was right 3 times
    in 40.
    """

    code = "RD101"
    name = "reading-grade"
    category = "readability"
    severity = Severity.WARNING
    options = {
        "target": Option(8.0, float, "The highest acceptable reading grade (US school grade)."),
        "min-words": Option(
            100, int, "Texts with fewer words get no grade (the formulas need running text)."
        ),
        "section-min-sentences": Option(8, int, "Sections with fewer sentences get no finding of their own."),
        "long-sentence-words": Option(
            30.0,
            float,
            "Outside patient pages, a grade finding is a warning only if sentences average this many words.",
        ),
    }
    source = (
        "McLaughlin 1969 (SMOG); Kincaid et al. 1975 (Flesch-Kincaid); AMA and NIH health-literacy "
        "guidance (patient material at grade 6-8); CDC Clear Communication Index"
    )
    should_fire = (
        Example(_HARD * 5, note="prose that gives no advice: info"),
        Example(_HARD * 3 + _HARD_ADVICE * 3, note="a page that advises the reader: warning"),
    )
    should_not_fire = (_EASY * 3, Example("Pharmacological heterogeneity.", note="too short to score"))

    def check(self, doc: Document) -> Iterable[Finding]:
        from ..readability import counts

        blocks = [b for b in doc.blocks if b.kind in _PROSE_KINDS]
        text = "\n".join(doc.prose[b.start : b.end] for b in blocks)
        n_words = len(_WORDS.findall(text))
        if n_words < self.opts["min-words"]:
            return
        target = float(self.opts["target"])
        sentences = [s for s in doc.sentences if doc.blocks[s.block].kind in _PROSE_KINDS]
        use_smog = len(sentences) >= 30
        scores = counts(text)
        fk, smog_grade = scores.flesch_kincaid, scores.smog
        grade = smog_grade if use_smog else fk
        if grade > target:
            first = blocks[0]
            formula = "SMOG" if use_smog else "Flesch-Kincaid"
            mean_words = n_words / max(1, len(sentences))
            long_sentences = mean_words >= float(self.opts["long-sentence-words"])
            warn = long_sentences or is_patient_information(doc)
            message = (
                f"reading grade {grade:.1f} ({formula}; SMOG {smog_grade:.1f}, Flesch-Kincaid {fk:.1f}) is "
                f"above the target of {target:g} for patient material: use shorter sentences and everyday words"
            )
            if long_sentences:
                message += f" (sentences average {mean_words:.0f} words)"
            elif not warn:
                kind = (
                    "a news report or press release"
                    if is_reporting(doc)
                    else "the text gives readers no advice"
                )
                message += f" (a note only: {kind}, and its sentences average {mean_words:.0f} words)"
            yield Finding(
                first.start,
                first.end,
                message,
                data={
                    "smog": smog_grade,
                    "flesch_kincaid": fk,
                    "target": target,
                    "mean_words": mean_words,
                },
                severity=Severity.WARNING if warn else Severity.INFO,
            )
        yield from self._sections(doc, target)

    def _sections(self, doc: Document, target: float) -> Iterable[Finding]:
        from ..readability import flesch_kincaid

        headings = [i for i, b in enumerate(doc.blocks) if b.kind == HEADING]
        if len(headings) < 2:
            return
        per_block = Counter(s.block for s in doc.sentences if doc.blocks[s.block].kind in _PROSE_KINDS)
        bounds = [*headings, len(doc.blocks)]
        for hi, nxt in itertools.pairwise(bounds):
            body = [b for b in doc.blocks[hi + 1 : nxt] if b.kind in _PROSE_KINDS]
            n_sent = sum(per_block[i] for i in range(hi + 1, nxt))
            if not body or n_sent < self.opts["section-min-sentences"]:
                continue
            fk = flesch_kincaid("\n".join(doc.prose[b.start : b.end] for b in body))
            if fk > target:
                head = doc.blocks[hi]
                yield Finding(
                    head.start,
                    head.end,
                    f"this section reads at grade {fk:.1f} (Flesch-Kincaid), above the target of {target:g}",
                    severity=Severity.INFO,
                    data={"flesch_kincaid": fk},
                )


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
        for s in doc.sentences:
            if doc.blocks[s.block].kind == HEADING:
                continue
            n = len(_WORDS.findall(s.text))
            if n > limit:
                yield Finding(
                    s.start, s.end, f"sentence of {n} words (limit {limit}): split it", data={"words": n}
                )


class JargonDensity(Rule):
    """A paragraph dense with long, rare words (info).

    Words of ``min-length`` letters or more that are rare in everyday English
    (Zipf frequency below ``max-zipf`` in wordfreq's list; see
    ``medlint.word_frequency``) are counted
    per paragraph; above ``max-share`` of the words, the paragraph is flagged
    with its rarest words, which are the ones to explain or replace.
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
        for block in doc.blocks:
            if block.kind not in _PROSE_KINDS:
                continue
            words = _WORDS.findall(doc.prose[block.start : block.end])
            if len(words) < self.opts["min-words"]:
                continue
            long_words = [w for w in words if len(w) >= self.opts["min-length"]]
            max_zipf = float(self.opts["max-zipf"])
            rare = [w for w in long_words if is_rarer_than(w.lower(), max_zipf)]
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
        by_block: dict[int, list[bool]] = {}
        for s in doc.sentences:
            if doc.blocks[s.block].kind in _PROSE_KINDS:
                by_block.setdefault(s.block, []).append(bool(_PASSIVE.search(s.text)))
        for bi, flags in by_block.items():
            if len(flags) < self.opts["min-sentences"]:
                continue
            share = sum(flags) / len(flags)
            if share > self.opts["max-share"]:
                block = doc.blocks[bi]
                yield Finding(
                    block.start,
                    block.end,
                    f"{sum(flags)} of {len(flags)} sentences here are passive: say who does what",
                    data={"share": round(share, 3)},
                )
