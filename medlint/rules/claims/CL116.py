"""CL116 missing-limitations: Research results reported with no limitation stated anywhere in the article."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.apostrophe import cue
from ...evidence.sources import REPORTED_RESULT, states_limitations
from ...rule import Finding, Rule
from ...text.matching import ProbedPattern
from ._shared import reported_research

# a reported result: "the study found", "researchers found that", "results showed", "the trial showed"
_RESULT = ProbedPattern.of(REPORTED_RESULT)


# randomised trials pooled in a systematic review or meta-analysis
_STRONG_DESIGN = cue(
    r"\b(?:meta-analys[ie]s|systematic review|pooled|Cochrane review)\b[^.]{0,200}?\brandomi[sz]ed\b"
    r"|\brandomi[sz]ed\b[^.]{0,200}?\b(?:meta-analys[ie]s|systematic review|pooled)\b"
    r"|\b(?:pooled|combined)\s+(?:\d+|[a-z]+)\s+randomi[sz]ed\s+(?:controlled\s+)?trials\b",
    re.IGNORECASE,
)


class MissingLimitations(Rule):
    """Research results reported with no limitation stated anywhere in the article.

    HealthNewsReview.org's "quality of the evidence" criterion and DISCERN
    item 8 ("areas of uncertainty") ask whether a story says what its evidence
    cannot show: a small or early study, an observational design that cannot
    prove cause, results in mice, findings not yet confirmed or peer reviewed.
    The rule fires once, at the first reported result, when the article states
    no limitation of any kind and does not report pooled randomised trials (a
    meta-analysis or systematic review). It is reported at info: a short news
    item on a large, definitive trial may need none, so an editor decides.

    Opt-in (``extend-select = ["CL116"]``): it reads the whole article's
    evidence for nearly every health text, about a tenth of a default run's
    time, for a note that only screens stories for review
    (``benchmarks/claims_review.py``).
    """

    code = "CL116"
    name = "missing-limitations"
    category = "claims"
    severity = Severity.INFO
    enabled_by_default = False
    source = (
        "HealthNewsReview.org criterion 'Does the story grasp the quality of the evidence?'; DISCERN "
        "item 8 (does it describe areas of uncertainty?); JAMA benchmarks (Silberg et al. 1997)"
    )
    should_fire = (
        "The study found that walking after meals lowered blood sugar in adults with diabetes. "
        "The researchers recommend a 10-minute walk.",
    )
    should_not_fire = (
        "The study found that walking after meals lowered blood sugar, but it was small, and larger "
        "trials are needed.",
        "The study found that the drug cured mice; it has not been tested in people.",
        "Walking after meals is a good habit.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _RESULT.could_match_doc(doc) or states_limitations(doc):
            return
        if _STRONG_DESIGN.search(doc.prose):
            return  # pooled randomised evidence: the strongest design, limits matter less
        for m in reported_research(doc, _RESULT):
            yield Finding(
                m.start(),
                m.end(),
                "research results reported with no limitation stated anywhere in the article (size, design, "
                "stage, or what the study cannot show)",
                (
                    "add what the study cannot show, e.g. 'the study was small and did not prove cause and effect'",
                ),
            )
            return  # once per article
