"""CL132 study-described-late: A release's headline and opening report a result; what kind of study, and how many, comes only in its second half."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ...diagnostic import Severity
from ...document import Document
from ...evidence.apostrophe import cue
from ...evidence.claim_structure import in_boilerplate
from ...evidence.context import claim_context
from ...evidence.doc_kind import is_press_release, is_reporting
from ...evidence.sources import _DESIGN, _SHARE_BEFORE, _SIZE, _SIZE_IN_WORDS
from ...rule import Finding, Rule
from ._main_statement import EARLY, main_statement

# a result reported in the main statement: the research or what it found
_RESULT = cue(
    r"\b(?:stud(?:y|ies)|trials?|research(?:ers)?|scientists|findings?|found|results?|investigators|analysis)\b",
    re.IGNORECASE,
)

# a review of the literature is a design too ("according to a literature review", "a new research review")
_REVIEW = cue(
    r"\b(?:literature|scientific|research|Cochrane)\s+reviews?\b|\breview\s+of\s+(?:\d[\d,]*|[a-z-]+)\s+"
    r"(?:studies|trials)\b",
    re.IGNORECASE,
)
# a single patient the work treated, named in the main statement, is the study's size, a case ("to successfully
# treat a patient with advanced cancer", "implanted a wireless device inside a heart failure patient")
_ONE_PATIENT = cue(
    r"\b(?:treat(?:s|ed|ing)?|cured?|saved?|implant(?:s|ed|ing)?\b[^.!?]{0,60}?\b(?:in|inside|into))\s+"
    r"(?:a|one|the\s+first)\s+(?:[\w-]+\s+){0,3}?patient\b",
    re.IGNORECASE,
)
# a part of a group, not a count of those studied: "Ninety percent of patients", "three examples of patients"
_PART = cue(r"\b(?:percent|per\s+cent|of)\b", re.IGNORECASE)
# "in vitro" in the name of a treatment ("in vitro fertilization") is no laboratory design
_IVF = cue(r"\s+fertili[sz]ation\b", re.IGNORECASE)
# a population counted in thousands or millions is background ("17.7 million people die"), not a size
_POPULATION = cue(r"\b(?:thousand|million|billion)\b", re.IGNORECASE)


def study_description_spans(doc: Document, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Where ``doc.prose[start:end]`` says what kind of study it reports (a design, animals or cells,
    an early phase, a review) or how many took part, in the order they stand."""
    prose = doc.prose
    found = [
        (m.start(), m.end())
        for rx in (_DESIGN, EARLY, _REVIEW)
        for m in rx.finditer(prose, start, end)
        if not _IVF.match(prose, m.end())
    ]
    found += [
        (m.start(), m.end()) for m in _SIZE.finditer(prose, start, end) if not _POPULATION.search(m.group())
    ]
    found += [
        (m.start(), m.end())
        for m in _SIZE_IN_WORDS.finditer(prose, start, end)
        # not a share ("half of the 20 people", "Ninety percent of patients", "three examples of patients")
        if _SHARE_BEFORE.search(prose, max(0, m.start() - 24), m.start()) is None
        and not _PART.search(m.group())
    ]
    yield from sorted(found)


def _first_description(doc: Document) -> tuple[int, int] | None:
    """The first place the article says what kind of study it was or how many took part, outside
    boilerplate (a press release's "About" block)."""
    for start, end in study_description_spans(doc, 0, len(doc.prose)):
        if not in_boilerplate(doc, start):
            return start, end
    return None


class StudyDescribedLate(Rule):
    """A release's headline and opening report a result; what kind of study, and how many, comes only in its second half.

    HealthNewsReview.org's "quality of the evidence" criterion asks whether a
    release lets readers grasp what the evidence is: an animal study, an
    observational study, a small safety trial, a large randomised trial.
    Sumner et al. (BMJ 2014) read a release's main statement, its title and
    first two sentences, as what readers and journalists take away; a release that reports its result
    there and says what kind of study it was, or how many took part, only
    after the middle of the article ("The compound was tested in mice",
    "The study enrolled 42 adults" in the closing paragraphs) leaves the
    headline's result standing without its evidence. The rule reads news
    reports and press releases (``doc_kind``); it fires once, at the main
    statement's first word of research or finding, when neither the title
    nor the first two sentences of the body name a design (randomised,
    observational, cohort, mice, cells, pilot, phase, survey, review ...) or a
    size ("42 adults", "n = 40"; one treated patient, a case), and the
    article's first such statement (outside a press release's "About"
    block; a population counted in millions, a share such as "ninety
    percent of patients" and "in vitro fertilization" are none) stands in
    the second half of its text. A result only a quoted speaker reports
    ("“We have found ...,” said") is not the article's. An article that
    never describes its study is CL118's. Info and
    opt-in (``extend-select = ["CL132"]``): the editor moves the design and
    the size into the opening ("In a study of 42 mice, ...").
    """

    code = "CL132"
    name = "study-described-late"
    category = "claims"
    severity = Severity.INFO
    enabled_by_default = False
    source = (
        "HealthNewsReview.org criterion 'Does the news release seem to grasp the quality of the evidence?'; "
        "Sumner P et al., BMJ 2014;349:g7015 (the main statement: title and first two sentences)"
    )
    should_fire = (
        "Compound restores memory\n\nBOSTON - A new compound restores memory, researchers said on Monday. It "
        "could help people with dementia.\n\nMemory loss affects many older people and their families, and "
        "there is no cure for it yet. Doctors have long looked for ways to slow it down.\n\nThe compound was "
        "tested in mice.",
    )
    should_not_fire = (
        "Compound restores memory in mice\n\nBOSTON - A new compound restores memory, researchers said on "
        "Monday. It could help people with dementia.\n\nMemory loss affects many older people and their "
        "families, and there is no cure for it yet. Doctors have long looked for ways to slow it down.\n\nThe "
        "compound was tested in mice.",
        "Compound restores memory\n\nBOSTON - A new compound restores memory, researchers said on Monday. It "
        "was tested in 40 mice.\n\nMemory loss affects many older people and their families, and there is no "
        "cure for it yet. Doctors have long looked for ways to slow it down.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not doc.blocks or not (is_reporting(doc) or is_press_release(doc)):
            return
        prose = doc.prose
        spans = main_statement(doc)
        if not spans:
            return
        main_start, main_end = spans[0][0], spans[-1][1]
        # the article's own report of a result, not a quoted speaker's ("\u201cWe have found ...,\u201d said")
        # nor a negated or debunked one
        result = next(
            (
                m
                for m in _RESULT.finditer(prose, main_start, main_end)
                if not (ctx := claim_context(doc, m.start(), m.end())).suppressed and not ctx.quoted
            ),
            None,
        )
        if result is None:
            return  # the main statement reports no research of its own
        if any(True for _ in study_description_spans(doc, main_start, main_end)):
            return  # the title or the opening says what kind of study it was, or how many
        if _ONE_PATIENT.search(prose, main_start, main_end):
            return  # one patient: the opening gives the size (a case), as CL124 counts it
        first = _first_description(doc)
        if first is None or first[0] <= len(prose) / 2:
            return  # never described (CL118's), or described in the article's first half
        said = " ".join(prose[first[0] : first[1]].split())
        yield Finding(
            result.start(),
            result.end(),
            "the headline and opening report a result without saying what kind of study it was or how many took "
            f"part; the article first says so in its second half (\u201c{said}\u201d): say it in the opening",
            ("e.g. 'In a study of 40 mice, a new compound restored memory'",),
            data={"described_at": first[0]},
        )
