"""CL120 comparison-unstated: A report of research that never says what the result was compared with."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.doc_kind import is_press_release, is_reporting
from ...evidence.sources import RESEARCH_MENTION, states_comparison
from ...rule import Finding, Rule
from ...text.matching import ProbedPattern
from ._shared import reported_research

_RESEARCH = ProbedPattern.of(RESEARCH_MENTION)


class ComparisonUnstated(Rule):
    """A report of research that never says what the result was compared with.

    HealthNewsReview.org's "quality of the evidence" criterion asks whether a
    story explains what kind of study it reports and what that design can show;
    its reviewers mark down releases that report improvement with no word on a
    control group, a placebo or random assignment, because without a comparison
    the change may be the natural course of the disease, the placebo effect,
    regression to the mean or chance. The spin literature (Boutron and Ravaud,
    PNAS 2018) counts a within-group change reported as a treatment effect among
    the ways a report overstates a result. The rule fires once, at the first mention of the research, in a
    news report or press release (``doc_kind``: reference pages describe what
    is known, not one study) that states no comparison anywhere: no random
    assignment, placebo, sham, control group, usual care, untreated group, or
    any comparison ("compared with women who did not take it", "versus
    warfarin", "among the three groups").

    Opt-in (``extend-select = ["CL120"]``) and info: a survey or a diagnostic
    accuracy study may need no control group, so it screens articles for an
    editor (``benchmarks/claims_review.py``) rather than asking for an edit.
    """

    code = "CL120"
    name = "comparison-unstated"
    category = "claims"
    severity = Severity.INFO
    enabled_by_default = False
    source = (
        "HealthNewsReview.org criterion 'Does the story grasp the quality of the evidence?'; Boutron I, Ravaud P, "
        "'Misrepresentation and distortion of research in biomedical literature', PNAS 2018;115(11):2613-9 "
        "(within-group change reported as a treatment effect); Oxman AD et al., J Clin Epidemiol 1993 (index of scientific quality)"
    )
    should_fire = (
        "BOSTON (Reuters) - A new study found that adults who walked after meals had lower blood sugar. "
        "The researchers found the effect within two weeks.",
    )
    should_not_fire = (
        "BOSTON (Reuters) - A new study found that adults who walked after meals had lower blood sugar than "
        "those who sat. The researchers found the effect within two weeks.",
        "BOSTON (Reuters) - A new randomized trial found that the drug lowered blood pressure. "
        "The researchers found the effect within two weeks.",
        "Studies suggest that walking after meals lowers blood sugar.",
        "Walking after meals is a good habit.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _RESEARCH.could_match_doc(doc) or not (is_reporting(doc) or is_press_release(doc)):
            return
        if states_comparison(doc):
            return
        for m in reported_research(doc, _RESEARCH):
            yield Finding(
                m.start(),
                m.end(),
                "research reported with no comparison stated anywhere in the article: say what the result was "
                "compared with (placebo, usual care, an untreated group) and whether the groups were assigned at "
                "random",
                ("add, e.g., 'compared with 200 patients randomly assigned to a placebo'",),
            )
            return  # once per article
