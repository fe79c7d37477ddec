"""CL118 evidence-undescribed: Research reported without its design, its size, its length or any limitation."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.doc_kind import is_press_release, is_reporting
from ...evidence.sources import (
    RESEARCH_MENTION,
    names_design,
    names_one_time_design,
    reads_association_as_cause,
    states_duration,
    states_limitations,
    states_size,
)
from ...rule import Finding, Rule
from ...text.matching import ProbedPattern
from ._shared import reported_research

_RESEARCH = ProbedPattern.of(RESEARCH_MENTION)
# how each missing item reads in the message
_MISSING_TEXT = {
    "design": "design",
    "size": "size",
    "duration": "duration",
    "limitations": "limitations",
    "causation caveat": "caution that an association cannot show cause (the article states one as cause and effect)",
}


class EvidenceUndescribed(Rule):
    """Research reported without its design, its size, its length or any limitation.

    HealthNewsReview.org's "quality of the evidence" criterion asks where a
    study sits in the hierarchy of evidence ("Was it an animal study? An
    observational study? A small, safety trial? A large, randomized controlled
    trial? A meta-analysis?") and marks down stories that "leave out study
    limitations"; Oxman's index of scientific quality for health reports asks
    for the design and the number of people studied. An article that reports
    research and says none of these gives readers no way to weigh it. The rule
    reads news reports and press releases (``doc_kind``): a reference page that
    mentions "studies" summarises what is known rather than reporting one study
    (on MedQuAD's NIH and CDC answers the ungated rule fired 1.5 times per 1,000
    words). A fourth item comes from the same criterion ("an observational study ... cannot prove
    cause and effect") and from Sumner et al. (BMJ 2014), who found causal claims made from
    correlational studies one of the three commonest exaggerations in health press releases: an
    article that reports an observational finding (an association, a cohort, a survey) and no
    randomised trial, states an effect in cause-and-effect words ("coffee protects the liver") and
    never cautions that an association cannot show cause is missing that caution. A fifth item is
    the study's length: the same criterion's reviews ask "for how long?" next to "how many?" (a
    12-week study of a long-term outcome, a safety trial whose 36 days of follow-up go unsaid), and
    an article that never says how long its study ran or followed people ("for 12 weeks", "a
    two-year trial", "long-term follow-up", read only in a sentence about the study) is missing it,
    unless the study is a one-time survey (a cross-sectional study, a questionnaire, a poll), which
    has no length to give.
    It fires once, at the first mention of the research, naming what is missing (design, size,
    duration, limitations, causation caveat); the missing items are in the finding's
    ``data["missing"]``, so a screening score can count them. CL116 is the
    narrower note that a reported result comes with no limitation.

    Opt-in (``extend-select = ["CL118"]``) and info: a short item on a
    well-known trial may need none of these, so it screens articles for an
    editor (``benchmarks/claims_review.py``) rather than asking for an edit.
    """

    code = "CL118"
    name = "evidence-undescribed"
    category = "claims"
    severity = Severity.INFO
    enabled_by_default = False
    source = (
        "HealthNewsReview.org criterion 'Does the story grasp the quality of the evidence?' (hierarchy of "
        "evidence, limitations); Oxman AD et al., 'An index of scientific quality for health reports in the "
        "lay press', J Clin Epidemiol 1993 (design and size of the study); DISCERN items 4 and 8"
    )
    should_fire = (
        "BOSTON (Reuters) - In a small randomized trial of 500 adults, coffee drinking led to fewer liver "
        "problems than tea.",
        "BOSTON (Reuters) - The study found that walking after meals lowered blood sugar in adults with diabetes.",
        "BOSTON (Reuters) - Researchers found that the drug shrank tumors in 40 patients.",
        "BOSTON (Reuters) - In a small cohort study of 500 adults, coffee drinking was associated with fewer "
        "liver problems. Coffee prevents liver disease, the authors said.",
    )
    should_not_fire = (
        "BOSTON (Reuters) - The randomized trial of 1,200 patients found that the drug lowered blood pressure "
        "over two years; longer trials are needed.",
        "BOSTON (Reuters) - The compound shrank tumors in mice, the researchers said; 30 mice were treated for "
        "four weeks, and trials in people are needed.",
        "Walking after meals is a good habit.",
        "Studies suggest that walking after meals lowers blood sugar in adults with diabetes.",
        "BOSTON (Reuters) - In a single-center survey of 600 adolescents, researchers found that those who slept "
        "longer had better grades.",
        "BOSTON (Reuters) - In a small cohort study of 500 adults followed for ten years, coffee drinking was "
        "associated with fewer liver problems. Coffee prevents liver disease, the authors said, though the study "
        "cannot prove it.",
        "BOSTON (Reuters) - In a small randomized trial of 500 adults, coffee drinking for six months led to fewer "
        "liver problems than tea. Coffee prevents liver disease, the authors said.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _RESEARCH.could_match_doc(doc) or not (is_reporting(doc) or is_press_release(doc)):
            return  # a reference page summarises what is known; it does not report one study
        missing = [
            what
            for what, named in (
                ("design", names_design(doc)),
                ("size", states_size(doc)),
                ("duration", states_duration(doc) or names_one_time_design(doc)),
                ("limitations", states_limitations(doc)),
                ("causation caveat", not reads_association_as_cause(doc)),
            )
            if not named
        ]
        if not missing:
            return
        described = [_MISSING_TEXT[what] for what in missing]
        for m in reported_research(doc, _RESEARCH):
            yield Finding(
                m.start(),
                m.end(),
                f"research reported with no {', no '.join(described)} stated anywhere in the article: say what "
                "kind of study it was, how many took part, for how long, and what it cannot show",
                (
                    "add, e.g., 'a randomized trial of 400 adults; it was short and did not measure heart attacks'",
                ),
                data={"missing": missing},
            )
            return  # once per article
