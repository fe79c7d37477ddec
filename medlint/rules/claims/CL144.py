"""CL144 remedy-hype-on-claims-page: A remedy praised with a word of hype, on a page that sells a remedy."""

from __future__ import annotations

import re

from ...diagnostic import Severity
from ...rule import Example
from ...text.lazy_re import lazy_compile
from ._remedy_page import PatternOnRemedyPage, RemedyPage, other_codes_note

#: Words of hype: praise that measures nothing (HealthNewsReview's and the FDA's red-flag words are CL102's;
#: these are the everyday ones a remedy page uses for the same purpose).
_HYPE = (
    r"(?:amazing|amazingly|incredible|incredibly|remarkable|remarkably|astonishing|astounding|extraordinary|"
    r"phenomenal|magical|magic|powerful|potent|unbelievable|fantastic|wonderful|spectacular|mighty|ultimate|"
    r"definitive|life[- ]changing|miraculous|superb|outstanding|exceptional|awesome|marvell?ous)"
)
#: Words between the hype and what it praises that name the kind of virtue ("amazing health benefits", "powerful
#: anti-inflammatory compounds").
_VIRTUE = (
    r"(?:(?:health|healing|medicinal|curative|therapeutic|anti[- ]?[a-z]+|natural|nutritional|detox[a-z]*|"
    r"cleansing|protective)\s+){0,2}"
)
#: What the hype praises: a remedy by its kind, or its virtues ("properties", "benefits", "healing powers").
_PRAISED = (
    r"(?:remed(?:y|ies)|cures?|foods?|herbs?|spices?|plants?|ingredients?|combinations?|mixtures?|drinks?|"
    r"tonics?|elixirs?|teas?|juices?|oils?|nutrients?|compounds?|antioxidants?|properties|benefits?|effects|"
    r"powers?|qualities|solutions?|medicines?|healers?|fruits?|vegetables?|seeds?|roots?|leaves)"
)
#: The readings: hype before what it praises ("this powerful combination", "its remarkable properties"); the
#: names a remedy page gives a food ("superfood", "a nutritional powerhouse", "healing powers", "nature's
#: pharmacy"); and a remedy ranked first with nothing measured ("is one of the healthiest foods in the world", "is
#: the absolute best remedy for").
_READING = lazy_compile(
    rf"\b{_HYPE}\s+{_VIRTUE}{_PRAISED}\b|\bsuper[- ]?foods?\b|\bpowerhouses?\b|\bhealing\s+powers?\b|"
    r"\bnature[\u2019']s\s+(?:own\s+)?(?:medicine|pharmacy|cure|remedy|antibiotic|viagra|aspirin|botox|"
    r"multivitamin|miracle)\b|"
    r"\b(?:is|are)\s+(?:(?:considered|known\s+as|regarded\s+as|said\s+to\s+be|believed\s+to\s+be)\s+)?"
    r"(?:one\s+of\s+)?the\s+(?:absolute\s+)?(?:best|healthiest|most\s+(?:powerful|potent|effective|"
    r"nutritious))\s+(?:[a-z-]+\s+){0,2}?(?:for|in|on|foods?|remed(?:y|ies)|herbs?|spices?|ways?)\b|"
    # (s55) the idioms of praise that measure nothing: "ginger works wonders for digestion", "the fountain of youth",
    # "jaw-dropping results"
    r"\b(?:work|works|worked|working|do|does|did|doing)\s+wonders\b|\bfountains?\s+of\s+youth\b|"
    r"\b(?:jaw[- ]dropping|mind[- ]blowing|eye[- ]popping)\b",
    re.IGNORECASE,
)


class RemedyHypeOnClaimsPage(PatternOnRemedyPage):
    """A remedy praised with a word of hype, on a page that sells a remedy.

    "This powerful combination is effective in:", "Its remarkable properties come from its sulfur compounds",
    "This plant can be considered as super food as it is one of the healthiest foods in the whole world",
    "Healing powers of Garlic & Lemon": praise that measures nothing, given to a remedy, its virtues or its
    benefits. A hype word before what it praises (amazing, incredible, remarkable, powerful, potent, magical ...
    before a remedy's kind, "properties", "benefits", "combination"), the names such pages give a food
    ("superfood", "powerhouse", "healing powers", "nature's pharmacy"), and a remedy ranked first with nothing
    measured ("is one of the healthiest foods", "is the best remedy for"), and the idioms of praise ("works
    wonders", "the fountain of youth", "jaw-dropping results"). Health news and NIH answers use
    some of these words of drugs and findings ("a powerful new drug", "potent antioxidants" in a chemistry
    report), which is why the rule reads only a page that already makes other unsupported health claims
    (``_remedy_page``: two other claim codes, or one finding of a rule in ``marker-codes``); there the praise
    is the pitch, and the FTC judges a page by its net impression. CL102 reports the red-flag words of fraud and
    hype ("miracle", "breakthrough") on any page; a span another claim rule reported is left to it, and praise
    negated, reported, quoted, asked or supposed (the claim context) is not the page's. Written in the
    fifty-fourth session from the hype labels the five read claims sets' claim rules missed; on their 50 claims
    pages it found 7 spans, all inside labelled claims, and nothing on their 50 careful pages.
    """

    code = "CL144"
    name = "remedy-hype-on-claims-page"
    category = "claims"
    severity = Severity.WARNING
    reading = _READING
    source = (
        "FTC Health Products Compliance Guidance (2022): a page's net impression, and puffery that implies an "
        "objective claim needs substantiation; Schwitzer, \u201c7 words (and more) you shouldn't use in medical "
        "news\u201d (HealthNewsReview.org); FDA, \u201cHealth Fraud Scams\u201d"
    )
    should_fire = (
        Example(
            "How I reversed my type 2 diabetes in 30 days.\n\nThis powerful combination of garlic and lemon "
            "cleans your arteries.",
            note="one finding of a marker rule (CL114's testimonial) opens the page",
        ),
        Example(
            "Doctors won't tell you this, but garlic cures cancer.\n\nMoringa is a superfood, one of the "
            "healthiest foods in the world.",
        ),
    )
    should_not_fire = (
        Example(
            "This powerful combination of garlic and lemon is a family favourite.",
            note="no other claim on the page",
        ),
        Example(
            "How I reversed my type 2 diabetes in 30 days.\n\nThere is nothing magical about kale.\n\n"
            "Some sellers call turmeric a superfood, but the evidence is thin.",
            note="praise denied or reported",
        ),
    )

    def message(self, words: str, page: RemedyPage) -> str:
        return (
            f"a remedy praised with hype (\u201c{words}\u201d) on a page that makes other unsupported "
            f"health claims{other_codes_note(page)}: say what it was shown to do, in whom and by how much, "
            "or cut the praise"
        )
