"""CL123 surrogate-only: Research reported only through surrogate markers, with no outcome patients feel."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.apostrophe import cue
from ...evidence.claim_structure import in_boilerplate
from ...evidence.context import sentence_of
from ...evidence.doc_kind import is_press_release, is_reporting
from ...evidence.sources import RESEARCH_MENTION
from ...rule import Finding, Rule
from ...text.matching import ProbedPattern

# a surrogate: a measurement standing in for a health outcome (a level, a reading, a scan, a
# tumour's size), which can improve while patients do no better
_SURROGATE = ProbedPattern.of(
    cue(
        r"\b(?:biomarkers?|blood pressure|cholesterol|LDL|HDL|triglycerides?|HbA1c|A1c|blood (?:sugar|glucose)|"
        r"glucose levels?|insulin (?:resistance|sensitivity|levels?)|bone (?:mineral )?density|"
        r"tumou?r (?:shrinkage|size|volume|growth|response)|(?:objective )?response rates?|C-reactive protein|"
        r"inflammatory markers?|markers? of (?:\w+\s+)?inflammation|PSA levels?|viral load|plaque|lung function|"
        r"FEV1|arterial stiffness|cortisol|gene expression|brain activity|"
        r"levels? of (?:\w+\s+){0,2}(?:protein|hormone|enzyme|antibod\w+|markers?))\b",
        re.IGNORECASE,
    )
)
# an outcome a patient lives with, named anywhere in the article: death and survival, the events
# a surrogate is meant to predict, symptoms, pain, function, quality of life; or the surrogate
# named as one ("a surrogate marker", "whether this translates into fewer strokes")
_OUTCOME_OR_CAVEAT = cue(
    r"\b(?:deaths?|died|die|dying|mortality|surviv\w+|heart attacks?|strokes?|fractures?|hospitali[sz]\w+|"
    r"amputations?|dementia|quality of life|disabilit\w+|relapses?|recurrence|symptoms?|pain|events?|outcomes?|"
    r"kidney failure|blindness|surrogate)\b"
    r"|\bwhether (?:this|these|that|it|the \w+) (?:\w+\s+){0,3}(?:translates?|leads?|results?|means?)\b",
    re.IGNORECASE,
)


# the surrogate as the study's result: a change in the same sentence ("lowered cholesterol",
# "reduce plaque buildup", "induce tumor shrinkage"), not a background mention ("approved to treat
# high blood pressure", "regulates metabolism and blood pressure")
_CHANGE = cue(
    r"\b(?:lower\w*|reduc\w+|decreas\w+|improv\w+|increas\w+|rais(?:e|es|ed|ing)|boost\w*|cut(?:s|ting)?|"
    r"drop\w*|fell|fall(?:s|ing)?|declin\w+|shr[iu]nk\w*|inhibit\w*|suppress\w*|normali[sz]\w+|"
    r"enhanc\w+|halt\w*|slow\w*|better|higher|lower)\b",
    re.IGNORECASE,
)


class SurrogateOnly(Rule):
    """Research reported only through surrogate markers, with no outcome patients feel.

    A surrogate endpoint (blood pressure, cholesterol, a biomarker, tumour
    shrinkage, bone density) stands in for what matters to patients: living
    longer, fewer heart attacks or fractures, feeling better. Drugs have
    improved surrogates while harming patients. HealthNewsReview.org's
    "quality of the evidence" criterion asks stories to say when a result is a
    surrogate ("surrogate markers may not tell the whole story"), and its
    reviewers mark down releases that present a change in a marker as a health
    benefit. The rule fires once, at the first surrogate reported as changed
    ("lowered cholesterol", "induced tumour shrinkage"), in a news report or
    press release (``doc_kind``) that mentions research and names no
    patient outcome anywhere (death, survival, heart attack, stroke, fracture,
    hospital stay, symptoms, pain, quality of life, events, outcomes) and does
    not call the measure a surrogate or ask whether it translates into
    benefit. Info and opt-in (``extend-select = ["CL123"]``): a screening note
    for an editor, who adds what is known about the outcome, or says it is not.
    """

    code = "CL123"
    name = "surrogate-only"
    category = "claims"
    severity = Severity.INFO
    enabled_by_default = False
    source = (
        "HealthNewsReview.org criterion 'Does the story grasp the quality of the evidence?' and toolkit "
        "'Surrogate markers may not tell the whole story'; Fleming TR, DeMets DL, 'Surrogate end points in "
        "clinical trials: are we being misled?', Ann Intern Med 1996;125(7):605-13"
    )
    should_fire = (
        "BOSTON (Reuters) - A new study found that the supplement lowered cholesterol in 60 adults. "
        "The researchers said they were encouraged.",
    )
    should_not_fire = (
        "BOSTON (Reuters) - A new study found that the supplement lowered cholesterol in 60 adults. "
        "Whether this leads to fewer heart attacks is not known, the researchers said.",
        "BOSTON (Reuters) - A new study found that the drug lowered blood pressure and cut strokes by a third. "
        "The researchers said they were encouraged.",
        "High cholesterol raises the risk of heart disease.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _SURROGATE.could_match_doc(doc) or not (is_reporting(doc) or is_press_release(doc)):
            return
        if RESEARCH_MENTION.search(doc.prose) is None or _OUTCOME_OR_CAVEAT.search(doc.prose):
            return
        for m in _SURROGATE.finditer(doc):
            if in_boilerplate(doc, m.start()):
                continue
            sent = sentence_of(doc, m.start())
            if sent is None or not _CHANGE.search(sent.text):
                continue  # a background mention, not the result reported
            if doc.prose[max(0, m.start() - 5) : m.start()].lower() == "high ":
                continue  # "high blood pressure": the condition, not a measured change
            yield Finding(
                m.start(),
                m.end(),
                f"the research is reported only through a surrogate (\u201c{m.group()}\u201d) and the article names "
                "no outcome patients feel (survival, heart attacks, fractures, symptoms): say whether the change "
                "is known to mean better health, or that it is not",
                ("add, e.g., 'the study did not measure whether fewer people had heart attacks'",),
            )
            return  # once per article
