"""CL133 null-result-spin: A release's headline or opening claims a benefit that the article later says was not statistically significant."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.apostrophe import cue
from ...evidence.causal import NEGATION
from ...evidence.claim_structure import in_boilerplate
from ...evidence.context import sentence_of
from ...evidence.doc_kind import is_press_release, is_reporting
from ...rule import Finding, Rule
from ._main_statement import LEAD_BENEFIT, main_statement, promised

# the article's own statement that its result was not shown: not statistically significant, no
# significant difference or benefit, the primary endpoint not met (Boutron et al., JAMA 2010: the
# forms spin takes around a nonsignificant primary outcome)
_NULL = cue(
    r"\b(?:(?:did|does|do)\s+not\s+(?:reach|achieve|attain|show|find|demonstrate|produce|meet)\s+(?:a\s+|any\s+)?"
    r"(?:statistical(?:ly)?\s+)?significan(?:ce|t)"
    r"|(?:was|were|is|are)\s+not\s+(?:statistically\s+)?significant"
    r"|(?:no|not\s+a)\s+(?:statistically\s+)?significant\s+(?:difference|benefit|improvement|effect|change|"
    r"reduction|increase)"
    r"|(?:not|no)\s+statistically\s+significant"
    r"|primary\s+(?:end\s*point|outcome)[^.!?]{0,60}?\b(?:was|were)\s+not\s+(?:met|achieved|reached)"
    r"|(?:did\s+not|failed\s+to)\s+(?:meet|reach|achieve)\s+(?:its|the|their)\s+primary"
    r"|primary\s+(?:end\s*point|outcome)[^.!?]{0,80}?\b(?:did\s+not|failed\s+to)\s+(?:differ|improve|change|show))\b",
    re.IGNORECASE,
)
# a null result only supposed: "until a panel could determine that there was no significant benefit",
# "whether the difference is not significant"
_HYPOTHETICAL = cue(r"\b(?:if|whether|until|unless|or\s+(?:could|would|might))\b[^.;!?]*$", re.IGNORECASE)
# a null in the comparison group, which is the result, not against it: "no significant benefit seen in
# patients given the fake stimulation"
_IN_CONTROL_GROUP = cue(
    r"[^.;!?]{0,40}?\b(?:in|among|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:given|receiving|taking|on|in)\s+"
    r"(?:the\s+|a\s+)?(?:placebo|sham|fake|dummy|control)\b",
    re.IGNORECASE,
)
# a null about a harm is the safety result a release should report ("with no significant increase in major
# bleeding", "more cases of pancreatic cancer, although the difference was not statistically significant")
_HARM = cue(
    r"\b(?:side[- ]effects?|adverse|bleeding|complications?|toxicit(?:y|ies)|harms?|safety|"
    r"more\s+cases\s+of|deaths?\s+from)\b",
    re.IGNORECASE,
)


def _against_benefit(doc: Document, m: re.Match[str]) -> bool:
    """Whether the null statement ``m`` says the result itself was not shown: not a hypothesis, not a
    finding in the comparison group, not a harm that did not rise."""
    prose = doc.prose
    sent = sentence_of(doc, m.start())
    start, end = (sent.start, sent.end) if sent is not None else (m.start(), m.end())
    if _HYPOTHETICAL.search(prose, start, m.start()):
        return False
    if _IN_CONTROL_GROUP.match(prose, m.end(), end):
        return False
    return _HARM.search(prose, start, end) is None


class NullResultSpin(Rule):
    """A release's headline or opening claims a benefit that the article later says was not statistically significant.

    Boutron et al. (JAMA 2010) named "spin" the reporting of a trial whose
    primary outcome was not significant as if the treatment worked, and
    Yavchitz et al. (PLoS Med 2012) found it in press releases and the news
    they feed. HealthNewsReview.org's "quality of the evidence" criterion
    faults a release that claims a benefit in its headline and buries the
    null result in the body. The rule reads news reports and press releases
    (``doc_kind``): it fires once, at the benefit word, when the main
    statement (the title and the first two sentences, as CL124 and CL131
    read it) promises a benefit ("helps", "improves", "reduces", "shows
    promise"; CL124's reading, so a question, a study's aim or a compound
    name promises nothing) and later, outside a press release's "About"
    block, the article says the result was not shown: not statistically
    significant, no significant difference or benefit, the primary endpoint
    not met. A main statement that negates its claim leads with the null
    and does not fire; nor does a null only supposed ("until a panel could
    determine that there was no significant benefit"), one in the comparison
    group ("no significant benefit in patients given the sham"), or a harm
    that did not rise ("no significant increase in bleeding", the safety
    result a release should give). Info and opt-in (``extend-select =
    ["CL133"]``): the editor leads with the main result or says in the
    opening that the benefit was not shown.
    """

    code = "CL133"
    name = "null-result-spin"
    category = "claims"
    severity = Severity.INFO
    enabled_by_default = False
    source = (
        "Boutron I et al., JAMA 2010;303(20):2058-64 (spin in reports of trials with nonsignificant primary "
        "outcomes); Yavchitz A et al., PLoS Med 2012;9(9):e1001308 (spin in press releases); HealthNewsReview.org "
        "criterion 'Does the news release seem to grasp the quality of the evidence?'"
    )
    should_fire = (
        "Text messages help smokers quit\n\nBOSTON - A text messaging program helps smokers quit, researchers "
        "said on Monday. The program sends daily tips.\n\nIn a trial of 500 smokers, 12 percent of those who got "
        "the messages quit, against 9 percent of the others. The difference did not reach statistical "
        "significance.",
    )
    should_not_fire = (
        "Text messages do not help smokers quit\n\nBOSTON - A text messaging program did not help smokers quit, "
        "researchers said on Monday.\n\nIn a trial of 500 smokers, the difference was not statistically "
        "significant.",
        "Drug lowers the risk of stroke\n\nBOSTON - A new drug lowers the risk of stroke, researchers said on "
        "Monday.\n\nIn a trial of 5,000 patients, strokes fell by a third, with no significant increase in "
        "bleeding.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not doc.blocks or not (is_reporting(doc) or is_press_release(doc)):
            return
        prose = doc.prose
        spans = main_statement(doc)
        if not spans:
            return
        if any(NEGATION.search(prose, s, e) for s, e, _ in spans):
            return  # the main statement says what was not shown: it leads with the null
        main_end = spans[-1][1]
        null = next(
            (
                m
                for m in _NULL.finditer(prose, main_end)
                if not in_boilerplate(doc, m.start()) and _against_benefit(doc, m)
            ),
            None,
        )
        if null is None:
            return
        for start, end, where in spans:
            benefit = next(
                (m for m in LEAD_BENEFIT.finditer(prose, start, end) if promised(doc, start, end, m)), None
            )
            if benefit is None:
                continue
            said = " ".join(null.group().split())
            yield Finding(
                benefit.start(),
                benefit.end(),
                f"the {where} claims a benefit (\u201c{benefit.group()}\u201d) that the article later says was not "
                f"shown (\u201c{said}\u201d): lead with the main result, or say in the {where} that the benefit "
                "was not shown",
                ("e.g. 'Text messages did not help smokers quit overall'",),
                data={"null_at": null.start()},
            )
            return  # once per article
