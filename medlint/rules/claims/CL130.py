"""CL130 relative-risk-only: A change in risk given only as a relative percentage, with no absolute figure in the article."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.apostrophe import cue
from ...evidence.claim_structure import in_boilerplate
from ...evidence.context import claim_context
from ...evidence.doc_kind import is_press_release, is_reporting
from ...rule import Finding, Rule
from ...text.matching import ProbedPattern

# a percentage, not "percentage points" (an absolute difference)
_PCT = r"\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)(?!\s*(?:age\s+)?points?\b)"
_SIZE = r"(?:(?:about|nearly|almost|up\s+to|more\s+than|over|roughly|approximately|around|some|an\s+estimated)\s+)?"
# what a relative change is a change in: a risk, the odds, a chance, a rate of an outcome, deaths
# (a rate of a process, "the rate of brain shrinkage", "the rate of decline", is a measurement's change)
_RISK = (
    r"(?:risk|odds|likelihood|chances?|incidence|mortality|deaths?|"
    r"rates?(?!\s+of\s+(?:[\w-]+\s+){0,2}?(?:shrinkage|decline|growth|progression|loss|atrophy|change|healing|"
    r"absorption|metabolism|flow|weight\s+gain)\b))"
)
# a relative change: "cut the risk of stroke by 32 percent", "the risk rose by 9 percent",
# "29 per cent lower odds", "a 52 percent reduction in lung cancer risk", "33 percent less likely";
# a level ("a rate of 9.1 percent", "a risk of 3 percent") is an absolute figure, not a change
_RELATIVE = ProbedPattern(
    cue(
        r"(?<!heart )(?<!pulse )(?<!breathing )(?<!respiratory )(?<!metabolic )(?<!filtration )(?<!flow )"
        r"\b" + _RISK + r"\b(?:\s+(?!of\b|by\b)[\w-]+){0,1}(?:\s+of\s+[^.!?;:\n]{0,50}?)?"
        r"\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?"
        r"(?:(?:cut|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|"
        r"rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|drop(?:s|ped|ping)?|fell|falls?|rose|rises?|dropped|"
        r"declin(?:e|es|ed|ing)|slash(?:es|ed|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?)\s+)?"
        r"by\s+" + _SIZE + r"(?:" + _PCT + r"|half|a\s+third|a\s+quarter|two-thirds|three-quarters)"
        r"|\b" + _SIZE + _PCT + r"(?:\s+|-)(?:lower|higher|reduced|increased|"
        r"decreased|greater|smaller|elevated)\s+(?:[\w-]+\s+){0,2}?" + _RISK + r"\b"
        r"|\b" + _PCT + r"\s+(?:reduction|increase|decrease|drop|decline|rise|fall|cut)\s+in\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}?" + _RISK + r"\b"
        r"|\b" + _PCT + r"\s+(?:less|more)\s+likely\b"
        # a ratio in words: "twice as likely", "three times more likely", "doubled the risk", "cut the risk in half"
        r"|\b(?:twice|(?:two|three|four|five|six|ten|\d+(?:\.\d+)?)\s+times)\s+(?:as|more|less)\s+likely\b"
        r"|\b(?:doubl|tripl|quadrupl|halv)(?:e|es|ed|ing)\s+(?:the\s+|their\s+|your\s+|his\s+|her\s+)?"
        r"(?:[\w-]+\s+){0,2}?" + _RISK + r"\b"
        r"|\b" + _RISK + r"\b[^.!?;:\n]{0,50}?\s+in\s+half\b",
        re.IGNORECASE,
    ),
    ("risk", "odds", "likel", "chance", "rate", "incidence", "mortality", "death"),
)
# an absolute figure for a comparison anywhere in the article: both rates ("from 4% to 3%",
# "3.1 percent versus 4.5 percent", "compared with 27.6%"), a share of a group ("43 percent of
# participants", "9% in the placebo group"), counts ("12 of 300 patients", "1 in 20"), a rate per
# population ("per 1,000"), percentage points, or the words themselves ("absolute risk",
# "number needed to treat")
_ABSOLUTE = cue(
    r"\bfrom\s+\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)?\s+(?:in\s+\w+\s+)?to\s+\d"
    r"|\bto\s+\d[\d.,]*\s*(?:%|percent|per\s+cent|[a-z]+)?,?\s+(?:up|down)\s+from\s+\d"
    r"|\d\s*(?:%|percent|per\s+cent)\s*\)?,?\s+(?:versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:\w+\s+){0,3}?\d"
    r"|\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
    r"|\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?:of|in|among)\s+(?:the\s+|those\s+|all\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:group|groups|arm|patients|participants|people|women|men|adults|children|subjects|volunteers|those|"
    r"cases|users|smokers|infants|babies|mothers)\b"
    r"|\b\d[\d,]*\s+(?:out\s+)?of\s+(?:every\s+|the\s+)?\d[\d,]*\b|\b(?:one|\d+)\s+in\s+(?:every\s+)?\d[\d,]*\b"
    # a count of a group ("in 1,037 of the patients"), a share with an outcome ("2.4 percent ended up with
    # breast cancer"), a figure for a round number of people ("in 1,000 patients")
    r"|\b\d[\d,]*\s+of\s+(?:the|these|those|all)\s+(?:[\w-]+\s+){0,2}?(?:patients|participants|people|women|men|"
    r"adults|children|subjects|volunteers)\b"
    r"|\d\s*(?:%|percent|per\s+cent)\s+(?:of\s+(?:them|those)\s+)?(?:ended\s+up|developed|had|got|died|were\s+diagnosed|"
    r"experienced|suffered)\b"
    r"|\b(?:in|for|among|per)\s+(?:every\s+)?(?:100|1,?000|10,?000|100,?000)\s+(?:patients|people|women|men|adults|children)\b"
    r"|\bper\s+(?:1,?000|10,?000|100,?000|100|million)\b|\bpercentage\s+points?\b"
    r"|\babsolute\s+(?:risks?|reductions?|differences?|benefits?|terms|numbers?|rates?)\b|\bnumber\s+needed\s+to\s+(?:treat|harm)\b",
    re.IGNORECASE,
)


class RelativeRiskOnly(Rule):
    """A change in risk given only as a relative percentage, with no absolute figure in the article.

    "The drug cut the risk of stroke by 32 percent", "a 29 per cent lower
    odds of complications": a relative change says nothing of how many people
    it concerns. A 50% cut is 2 in 100 becoming 1 in 100, or 2 in 100,000
    becoming 1 in 100,000; readers, and doctors, judge a treatment better when
    they are told only the relative figure (Schwartz, Woloshin and Welch,
    *Know Your Chances*; the Cochrane review of Akl et al. 2011), and
    HealthNewsReview.org reviewers marked a release down for giving relative
    risk with no absolute numbers. The rule fires, in news reports and press
    releases (``doc_kind``), on each relative change in a risk, odds, chance,
    rate or deaths ("by 32 percent", "29 percent lower odds", "a 52 percent
    reduction in lung cancer risk", "33 percent less likely", or a ratio in
    words: "twice as likely", "doubled the risk") when the article
    nowhere gives an absolute figure for a comparison: both rates ("from 4%
    to 3%", "3.1 percent versus 4.5 percent"), a share of a group ("9% of the
    placebo group"), counts ("12 of 300 patients", "1 in 20"), a rate per
    1,000, percentage points, or the absolute risk itself. A level ("a rate
    of 9.1 percent") is an absolute figure, not a change. Negated and debunked
    statements and a press release's "About" boilerplate do not fire;
    researchers' quotes do. Info and opt-in (``extend-select = ["CL130"]``):
    the editor adds the absolute numbers for each group.
    """

    code = "CL130"
    name = "relative-risk-only"
    category = "claims"
    severity = Severity.INFO
    enabled_by_default = False
    source = (
        "HealthNewsReview.org criterion 'Does the story adequately quantify the benefits?' (relative vs. absolute "
        "risk); Akl EA et al., 'Using alternative statistical formats for presenting risks and risk reductions', "
        "Cochrane Database Syst Rev 2011;(3):CD006776"
    )
    should_fire = (
        "BOSTON (Reuters) - In a study of 9,000 adults, the drug cut the risk of stroke by 32 percent, "
        "researchers said on Monday.",
        "BOSTON (Reuters) - Women who ran had a 21 percent lower risk of heart disease, a new study finds.",
    )
    should_not_fire = (
        "BOSTON (Reuters) - In a study of 9,000 adults, the drug cut the risk of stroke by 32 percent, from "
        "3.1 percent to 2.1 percent, researchers said on Monday.",
        "BOSTON (Reuters) - The infection rate was 9.1 percent in the hospital, a new study finds.",
        "BOSTON (Reuters) - The drug did not cut the risk of stroke by 32 percent, researchers said.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _RELATIVE.could_match_doc(doc) or not (is_reporting(doc) or is_press_release(doc)):
            return
        if _ABSOLUTE.search(doc.prose):
            return  # the article gives absolute figures somewhere: the reader can size the change
        for m in _RELATIVE.finditer(doc):
            if in_boilerplate(doc, m.start()):
                continue
            if claim_context(doc, m.start(), m.end()).suppressed:
                continue
            yield Finding(
                m.start(),
                m.end(),
                f"relative change (\u201c{m.group()}\u201d) with no absolute figure anywhere in the article: "
                "say how many people in each group had the outcome",
                ("e.g. 'from 4 in 100 to 3 in 100 over five years'",),
            )
