"""The words by which a text names a health subject, read by the hundred, not one by one.

Several rules ask the same question of a whole page — is it about health at all? — before they
read it as health writing: DS101 (a health article without a disclaimer), TX105 (clinical text)
and the claim rules' shared context (a "game changer" on a business page claims nothing about
health). One place holds the words so that the gates cannot drift apart: ``CORE`` is what a
medical page names in almost every paragraph; ``BROAD`` adds the body, its make-up and health
habits, which the claim rules need so that a genetics or anatomy page still counts as health.
"""

from __future__ import annotations

from ..document import Document
from .apostrophe import cue

#: patients, conditions, treatments and the people and places of care
CORE = (
    r"patients?|diseases?|treatments?|therap(?:y|ies)|symptoms?|doctors?|medicines?|medications?|drugs?|"
    r"doses?|diagnos\w+|clinical|health|cancer|diabetes|infection|vaccin\w+|surgery|supplements?|pain"
)
#: the body, its make-up, health habits and more conditions: with ``CORE``, every word by which a
#: claim can be about health
BROAD = CORE + (
    r"|treat(?:s|ed|ing)?|physicians?|nurses?|medical|health\w*|cancers?|infections?|pills?|cures?|cured|"
    r"illness\w*|disorders?|heart|blood|brain|weight|diet\w*|obes\w+|hospitals?|skin|joints?|immun\w+|sleep|"
    r"anxiety|depression|nutrition\w*|vitamins?|remed\w+|healing|heal|wellness|fitness|body|calories|"
    r"cholesterol|arthritis|dementia|alzheimer\w*|virus\w*|covid\w*|pregnan\w+|mental|stress|fat|detox\w*|"
    r"genes?|genetic\w*|mutations?|proteins?|cells?|tissues?|syndromes?|conditions?|chromosom\w*|inherit\w*|"
    r"tumou?rs?|muscles?|bones?|organs?|liver|kidneys?|lungs?|nerves?|abnormal\w*|disabilit\w*|"
    # the eyes' and the mouth's health: an eye-exercise page is about health ("If you want to improve your eyesight");
    # "eyes", "ears", "vision" and "glasses" name a look, attention, a company's plans and a drink in news as often (they
    # raised hype words on WMT22's news references when they counted)
    r"eyesight|teeth|tooth|dental"
)

# matched against the lower-cased text, case-sensitively: 2.5x faster than IGNORECASE
HEALTH_CORE = cue(rf"\b(?:{CORE})\b")
HEALTH_BROAD = cue(rf"\b(?:{BROAD})\b")


def health_words(doc: Document) -> int:
    """How many times the text names a health subject by a ``CORE`` word (DS101, TX105)."""
    return len(HEALTH_CORE.findall(doc.lower))  # no groups: one string per match, counted in C
