"""Surrogate measures and the outcomes patients feel: CL123 (surrogate-only) and CL134
(surrogate-benefit headline) read both the same way."""

from __future__ import annotations

import re

from ...evidence.apostrophe import cue
from ...text.matching import ProbedPattern

# a surrogate: a measurement standing in for a health outcome (a level, a reading, a scan, a
# tumour's size), which can improve while patients do no better
SURROGATE = ProbedPattern.of(
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
OUTCOME_OR_CAVEAT = cue(
    r"\b(?:deaths?|died|die|dying|mortality|surviv\w+|heart attacks?|strokes?|fractures?|hospitali[sz]\w+|"
    r"amputations?|dementia|quality of life|disabilit\w+|relapses?|recurrence|symptoms?|pain|events?|outcomes?|"
    r"kidney failure|blindness|surrogate)\b"
    r"|\bwhether (?:this|these|that|it|the \w+) (?:\w+\s+){0,3}(?:translates?|leads?|results?|means?)\b",
    re.IGNORECASE,
)
