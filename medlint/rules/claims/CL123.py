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
from ._surrogates import OUTCOME_OR_CAVEAT, SURROGATE

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
        if not SURROGATE.could_match_doc(doc) or not (is_reporting(doc) or is_press_release(doc)):
            return
        if RESEARCH_MENTION.search(doc.prose) is None or OUTCOME_OR_CAVEAT.search(doc.prose):
            return
        for m in SURROGATE.finditer(doc):
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
