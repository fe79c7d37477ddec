"""Helpers used by several readability rules."""

from __future__ import annotations

from ...document import LIST_ITEM, PARAGRAPH, QUOTE
from ...text.lazy_re import lazy_compile

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
