"""A press release's main statement and what it promises: the spans Sumner et al. (BMJ 2014) coded
as a release's main statement (its headline and the first two sentences of its body), the benefit
for patients a span may promise, and the words that mark research as early (animals, cells, a pilot
or phase 1 trial, a handful of people).

CL124 (early-research headline), CL131 (novelty in the main statement), CL132 (study described
late), CL133 (null-result spin) and CL134 (surrogate-benefit headline) read a release the same way,
so the reading lives here rather than in one rule that the others import from.
"""

from __future__ import annotations

import re

from ...document import HEADING, Document
from ...evidence.apostrophe import cue
from ...evidence.context import claim_context
from ._shared import has_headline

# a benefit for patients: a treatment effect ("treats", "prevents", "restores", "reverses",
# "aids weight loss"), a cure, or the promise of one ("shows promise", "offers hope")
BENEFIT = cue(
    r"\b(?:cur(?:e|es|ed|ing)|treat(?:s|ed|ing|ment|ments)?|therap(?:y|ies)|prevent(?:s|ed|ing)?|"
    r"protect(?:s|ed|ing)?|revers(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|repair(?:s|ed|ing)?|heal(?:s|ed|ing)?|"
    r"fight(?:s|ing)?|beat(?:s|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|block(?:s|ed|ing)?|"
    r"improv(?:e|es|ed|ing)|boost(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|"
    r"slow(?:s|ed|ing)?|aid(?:s|ed|ing)?|help(?:s|ed|ing)?|relie(?:f|ve|ves|ved)|"
    r"promising|promise|hope|breakthrough|"
    # certainty about the result: a treatment called safe or effective, better than another, or said to
    # kill or heal outright (HealthNewsReview.org: "found safe" after a small phase 1 trial overreaches)
    r"safe|safely|effective|superior|outperform(?:s|ed)?|eliminat(?:e|es|ed)|kills?|destroy(?:s|ed)?)\b",
    re.IGNORECASE,
)
# a treatment or therapy named as a topic promises nothing, in the opening ("leading to improper
# treatment") as in the headline ("FDA rejects Avastin as breast cancer therapy", "The shallow waters
# of dolphin therapy claims"), and a product's "promise to ..." is the product's claim: the benefit
# must be a treatment effect, a cure, or promise or hope the research is said to show
LEAD_BENEFIT = cue(
    r"(?!\b(?:treatments?|therap(?:y|ies))\b)(?!\bpromise[sd]?\s+to\b)" + BENEFIT.pattern, re.IGNORECASE
)
# research at an early stage, where most promising results never become treatments: animals,
# cells, a pilot or first-in-human study, a phase 1 trial, a proof of concept, a single case
EARLY = cue(
    r"\b(?:mice|mouse|rats?|rodents?|zebrafish|fruit flies|primates|pigs|animal (?:models?|stud(?:y|ies)|experiments)|"
    r"in vitro|ex vivo|porcine|cell cultures?|cultured cells|cell lines?|petri dish|test tubes?|in the lab(?:oratory)?\b|"
    # animals as the research's subjects, without a species: the studied animals ("in the animals"), animals
    # given the treatment ("fed the compound to animals on a high-fat diet"), "experiments in animals"; not
    # research mentioned in general ("let alone studies on animals", "studies on animals and humans")
    r"(?:in|on|of)\s+(?:the|these|those)\s+(?:(?:laboratory|lab|obese|diabetic|treated)\s+)?animals\b|"
    r"(?:fed|gave|given|administered|injected|tested)\b[^.!?]{0,50}?\b(?:to|in|on|into)\s+"
    r"(?:(?:laboratory|lab|obese|diabetic)\s+)?animals\b(?!\s+and\s+(?:humans|people))|"
    r"experiments?\s+(?:in|on|with)\s+animals\b(?!\s+and\s+(?:humans|people))|"
    r"laboratory (?:stud(?:y|ies)|experiments|research)|pilot (?:clinical )?(?:stud(?:y|ies)|trials?)|"
    r"phase (?:1|I|one)\b(?! *(?:and|/|-) *(?:2|II|two))|first[- ]in[- ](?:human|man)|feasibility stud(?:y|ies)|"
    r"proof[- ]of[- ](?:concept|principle)|case (?:report|study) of (?:a|one)|"
    # the article's own word for an early result: preliminary, early-stage, small, one patient, a case series
    r"preliminary (?:stud(?:y|ies)|results?|findings|data|research|trials?)|"
    r"early[- ]stage (?:stud(?:y|ies)|trials?|research)|"
    r"small (?:pilot |clinical |preliminary |observational )?(?:stud(?:y|ies)|trials?)|"
    # a study whose own size is small, said in numbers: "a study of 10 men", "the trial in 34 patients"
    # (fewer than 50 people); not a study still to come ("a follow-up study on 30 patients is planned")
    r"(?:stud(?:y|ies)|trials?|experiments?)\s+(?:[\w-]+\s+){0,3}?(?:of|in|involving|with|on|among|enrolling)\s+"
    r"(?:only\s+|just\s+)?(?:[1-9]|[1-4]\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a\s+dozen)\s+(?:[\w-]+\s+){0,2}?(?:men|women|patients|participants|people|volunteers|adults|children|"
    r"subjects|individuals|infants|babies)(?![^.!?]{0,40}\b(?:is|are|will\s+be)\s+(?:planned|needed|under\s*way))|"
    # the same size said of the people taken into the study ("Forty vascular surgery patients were enrolled in
    # the study", "12 women took part"), or of the first patients of a study reporting early ("interim results
    # for the first 34 patients"); not a count still to come ("30 patients will be enrolled")
    r"(?<![\d,.-])(?:[1-9]|[1-4]\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty)(?:[- ](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?)\s+(?:[\w-]+\s+){0,3}?(?:men|women|patients|participants|people|volunteers|"
    r"adults|children|subjects|individuals)\s+(?:were|was)\s+(?:enrolled|recruited|studied)\b|"
    r"(?<![\d,.-])(?:[1-9]|[1-4]\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty)(?:[- ](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?)\s+(?:[\w-]+\s+){0,3}?(?:men|women|patients|participants|people|volunteers|"
    r"adults|children|subjects|individuals)\s+(?:took\s+part|participated)\b|"
    r"(?:results|data|findings)\s+(?:for|from|of|on|in)\s+the\s+first\s+(?:[1-9]|[1-4]\d)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:patients|participants|people|volunteers|subjects)|"
    r"(?:in|of|on|involving|treating) (?:only )?(?:one|a single) patient(?![\u2019'])|case series)\b",
    re.IGNORECASE,
)

# a benefit asked about, not claimed: "to test whether the drug is safe", "to see if it helps"
_ASKED = cue(
    r"(?:\b(?:whether|if|to (?:test|assess|evaluate|determine|see|examine|establish|investigate))\b"
    # the benefit as what is being tested: "testing the viability of deep brain stimulation to treat
    # Alzheimer's disease", "evaluated the safety of the drug to prevent ..."
    r"|\b(?:test(?:s|ed|ing)?|assess(?:es|ed|ing)?|evaluat(?:e|es|ed|ing)|investigat(?:e|es|ed|ing)|"
    r"examin(?:e|es|ed|ing))\s+(?:the\s+)?(?:viability|feasibility|safety|efficacy|effectiveness|usefulness|"
    r"potential|ability)\s+of\b)[^.?!]*$",
    re.IGNORECASE,
)
# a treatment's indication, not a result: "laser treatments used to treat skin conditions", "a drug
# approved to prevent migraine", "indicated for treating": what an existing therapy is for
_INDICATION = cue(
    r"\b(?:used|approved|prescribed|indicated|licensed|given|taken)\s+(?:\w+\s+)?(?:to|for)\s+$",
    re.IGNORECASE,
)
# help given to research, not to patients: "Barrow neurosurgeon helps pave way for deep brain
# stimulation", "the data help explain why", "helped design the trial"
_HELPS_RESEARCH = cue(
    r"\s+(?:to\s+)?(?:pave|paving|develop|design|identify|understand|explain|answer|determine|map|guide|"
    r"inform|advance|lead|launch|fund|shed|lay)\b",
    re.IGNORECASE,
)
_SENTENCE_END = cue(r"[.!?]")


def main_statement(doc: Document) -> list[tuple[int, int, str]]:
    """The title and the first two sentences of the body, as Sumner et al. coded a release's main
    statement (CL124 reads the same spans), each with its name for the message."""
    spans: list[tuple[int, int, str]] = []
    body_start = 0
    if has_headline(doc):
        head = doc.blocks[0]
        spans.append((head.start, head.end, "headline"))
        body_start = head.end
    lead = [s for s in doc.sentences if s.start >= body_start and doc.blocks[s.block].kind != HEADING][:2]
    if lead:
        spans.append((lead[0].start, lead[-1].end, "opening"))
    return spans


def promised(doc: Document, start: int, end: int, m: re.Match[str]) -> bool:
    """Whether the benefit word ``m`` (within ``start``-``end``) is promised, not part of a compound
    name ("deuterium-reduced water", "cholesterol-lowering drugs"), asked in a question ("Does
    deuterium-reduced water prevent cancer?") or the question a study set out to answer ("to test
    whether the drug is safe"), or not the article's claim at all (debunked: "their supposed healing
    powers")."""
    prose = doc.prose
    if m.start() > start and prose[m.start() - 1] == "-":
        return False
    stop = _SENTENCE_END.search(prose, m.end(), end)
    if stop is not None and stop.group() == "?":
        return False
    if _ASKED.search(prose, start, m.start()) is not None:
        return False
    if _INDICATION.search(prose, max(start, m.start() - 40), m.start()) is not None:
        return False
    if m.group().lower().startswith("help") and _HELPS_RESEARCH.match(prose, m.end(), end):
        return False  # help given to the research ("helps pave the way for ..."), not a benefit
    context = claim_context(doc, m.start(), m.end())
    return not (context.suppressed or context.question)
