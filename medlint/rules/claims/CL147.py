"""CL147 sweeping-cause-on-claims-page: Most or all diseases given one cause or one cure, on a page that sells a remedy."""

from __future__ import annotations

import re

from ...diagnostic import Severity
from ...rule import Example
from ...text.lazy_re import lazy_compile
from ._remedy_page import PatternOnRemedyPage, RemedyPage, other_codes_note

#: Diseases taken all together: "all disease", "most illnesses", "every health problem", "90% of all ailments".
_ALL_DISEASE = (
    r"(?:all|most|almost\s+all|nearly\s+all|virtually\s+all|almost\s+every|every|\d{2,3}\s*(?:%|percent)\s+of(?:\s+all)?)"
    r"\s+(?:(?:chronic|modern|degenerative|human|known)\s+)?(?:diseases?|illness(?:es)?|sickness(?:es)?|ailments?|"
    r"health\s+(?:problems?|issues?|conditions?|complaints?))"
)
#: The sweeping claim: one cause ("are caused by toxins", "starts in the gut", "the root cause of all disease is"),
#: or one cure ("can be reversed with the right diet").
_SWEEPING = lazy_compile(
    rf"\b{_ALL_DISEASE}\s+(?:(?:is|are)\s+(?:caused\s+by|the\s+result\s+of|rooted\s+in|due\s+to|born\s+in)|"
    r"(?:starts?|begins?|originates?|stems?|comes?)\s+(?:in|from)|(?:can|could)\s+be\s+(?:reversed|cured|healed|"
    r"eliminated|eradicated))\b|"
    rf"\b(?:the\s+)?(?:root\s+|real\s+|main\s+|underlying\s+|one\s+)?causes?\s+of\s+{_ALL_DISEASE}\s+(?:is|are)\b",
    re.IGNORECASE,
)


class SweepingCauseOnClaimsPage(PatternOnRemedyPage):
    """Most or all diseases given one cause or one cure, on a page that sells a remedy.

    "Most diseases are caused by toxins in the body", "The root cause of all disease is chronic inflammation",
    "Almost every health problem starts in the gut", "All chronic diseases can be reversed with the right diet":
    diseases taken all together (all, most, almost every, "90% of all") given one cause or one cure. No body of
    evidence supports such a claim, and on a page that sells a remedy it is the premise of the pitch (the remedy
    removes the one cause); the FDA names products that claim to treat a wide range of diseases as a tip-off of
    health fraud. Public-health writing says "many chronic diseases are linked to a few risk behaviours", which the
    rule leaves ("many", "linked to"), and it reads only a page that already makes other unsupported health claims
    (``_remedy_page``). Negated, reported, quoted, asked or supposed sentences (the claim context) are left.
    """

    code = "CL147"
    name = "sweeping-cause-on-claims-page"
    category = "claims"
    severity = Severity.WARNING
    reading = _SWEEPING
    source = (
        "FDA, \u201cHealth Fraud Scams\u201d (one product said to cure or treat a wide range of diseases); FTC Health "
        "Products Compliance Guidance (2022): a page's net impression"
    )
    should_fire = (
        Example(
            "This detox tea flushes toxins from your liver.\n\nMost diseases are caused by toxins in the body. The "
            "root cause of all disease is chronic inflammation.",
            note="one finding of a marker rule (CL113's detox) opens the page",
        ),
    )
    should_not_fire = (
        Example("Most diseases are caused by toxins in the body.", note="no other claim on the page"),
        Example(
            "This detox tea flushes toxins from your liver.\n\nMany chronic diseases are linked to smoking. It is "
            "not true that all disease starts in the gut.",
            note="many and linked to; negated",
        ),
    )

    def message(self, words: str, page: RemedyPage) -> str:
        return (
            f"diseases taken all together given one cause or one cure (\u201c{words}\u201d) on a page that "
            f"makes other unsupported health claims{other_codes_note(page)}: no evidence supports one cause "
            "or one cure for most diseases; name the condition and the evidence, or cut it"
        )
