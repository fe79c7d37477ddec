"""CL124 early-research-headline: A headline that promises a health benefit from animal, laboratory or early-phase research."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import HEADING, Document
from ...evidence.apostrophe import cue
from ...evidence.causal import NEGATION
from ...evidence.context import claim_context, sentence_of
from ...evidence.doc_kind import is_press_release, is_reporting
from ...rule import Finding, Rule
from ._shared import has_headline

# a benefit for patients: a treatment effect ("treats", "prevents", "restores", "reverses",
# "aids weight loss"), a cure, or the promise of one ("shows promise", "offers hope")
_BENEFIT = cue(
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
_LEAD_BENEFIT = cue(
    r"(?!\b(?:treatments?|therap(?:y|ies))\b)(?!\bpromise[sd]?\s+to\b)" + _BENEFIT.pattern, re.IGNORECASE
)
# research at an early stage, where most promising results never become treatments: animals,
# cells, a pilot or first-in-human study, a phase 1 trial, a proof of concept, a single case
_EARLY = cue(
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
# a headline that names the stage in general words ("..., Early Research Suggests"): the body says what
# the early research was, so these count only in the headline
_STAGE_NAMED = cue(r"\bearly (?:research|results|findings|data|stud(?:y|ies)|trials?)\b", re.IGNORECASE)
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
# a randomised trial reported: the headline's claim then rests on more than early research
_RANDOMISED = cue(
    r"\b(?:randomi[sz]ed|randomly (?:assigned|allocated)|placebo|double-blind)\b", re.IGNORECASE
)
# a randomised experiment in animals ("a randomized study with two groups of mice", "mice given a
# placebo") is still animal research: it says nothing of a trial in people
_ANIMAL_SUBJECTS = cue(
    r"\b(?:mice|mouse|rats?|rodents?|animals?|zebrafish|primates|monkeys|pigs|dogs|rabbits)\b", re.IGNORECASE
)
_HUMAN_SUBJECTS = cue(
    r"\b(?:people|persons?|humans?|adults|children|patients|participants|volunteers|women|men|subjects)\b",
    re.IGNORECASE,
)


def _human_trial(doc: Document) -> bool:
    """Whether the article reports a randomised or placebo-controlled trial that is not an animal
    experiment: randomisation, a placebo or blinding named with no animal near it in its sentence
    (40 characters before, 50 after), or with people named there too ("After work in mice, a
    randomized trial of 300 adults")."""
    for m in _RANDOMISED.finditer(doc.prose):
        sent = sentence_of(doc, m.start())
        lo, hi = (sent.start, sent.end) if sent is not None else (m.start(), m.end())
        near = doc.prose[max(lo, m.start() - 40) : min(hi, m.end() + 50)]
        if not _ANIMAL_SUBJECTS.search(near) or _HUMAN_SUBJECTS.search(near):
            return True
    return False


def _promised(doc: Document, start: int, end: int, m: re.Match[str]) -> bool:
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


class EarlyResearchHeadline(Rule):
    """A headline that promises a health benefit from animal, laboratory or early-phase research.

    Sumner et al. (BMJ 2014) found that exaggeration in health news starts in
    the press release, and that inferring benefit for people from animal or
    cell research is one of its three commonest forms; HealthNewsReview.org
    reviewers mark a release's language unjustifiable when its headline
    promises a treatment ("restores", "prevents", "shows promise for") that
    mice, cells or a pilot study cannot show, and note that the headline is
    what most readers see. Most results at this stage never become a treatment.
    The rule reads the main statement as Sumner et al. coded it, the title and
    the first two sentences, of a news report or press release (``doc_kind``):
    it fires on the headline (the document's opening heading, or a plain-text
    title line of any length up to 30 words), or else on the
    opening two sentences, when it names a benefit (a treatment effect, a cure,
    promise or hope, or certainty about the result: "safe", "effective",
    "superior", "kills") without negation, and the article reports animal,
    laboratory, pilot, proof-of-concept, single-case or phase 1 research
    (animals count without a species when they are the studied animals: "fed
    the compound to animals"), or calls its own result preliminary,
    early-stage or small, or gives a size under 50 ("a study of 19 men"), and
    no randomised trial in people (a randomised experiment in mice is animal
    research), unless the headline, or the opening, names the stage itself
    ("restores memory in mice"). HealthNewsReview.org's language criterion
    names this certainty about early results: "found safe" after a small
    phase 1 trial, "effective" after a study the release itself calls
    preliminary. A benefit the study set out to test ("to see whether the drug
    is safe"), a headline that asks ("Does deuterium-reduced water prevent
    cancer?", a fact-check's title) and a compound name ("cholesterol-lowering
    drugs") promise nothing, and nor does a treatment named as a topic ("FDA
    rejects Avastin as breast cancer therapy") or by its indication ("laser
    treatments used to treat skin conditions"), and help given to research ("neurosurgeon helps pave
    the way for deep brain stimulation") is not help given to patients. It fires once per article. Info and opt-in (``extend-select =
    ["CL124"]``): the editor decides whether the headline should name the
    stage ("in mice") or drop the promise.
    """

    code = "CL124"
    name = "early-research-headline"
    category = "claims"
    severity = Severity.INFO
    enabled_by_default = False
    source = (
        "Sumner P et al., 'The association between exaggeration in health related science news and academic "
        "press releases', BMJ 2014;349:g7015 (human inference from animal research); HealthNewsReview.org "
        "criterion 'Does the story/release include unjustifiable, sensational language?'"
    )
    should_fire = (
        "Compound restores memory in Alzheimer's disease\n\nBOSTON (Reuters) - Researchers found that the "
        "compound restored memory in mice with an Alzheimer's-like disease.",
        "Compound studied for Alzheimer's disease\n\nBOSTON (Reuters) - A new compound could restore memory in "
        "people with Alzheimer's disease, researchers said on Monday. The team will present the work at a "
        "meeting.\n\nThe compound restored memory in mice.",
        "Experimental drug found safe in colon cancer\n\nBOSTON (Reuters) - In a small, phase I clinical trial of 20 "
        "patients, the drug caused few side effects, researchers said on Monday.",
    )
    should_not_fire = (
        "Compound studied for Alzheimer's disease\n\nBOSTON (Reuters) - A new compound could restore memory in "
        "mice with an Alzheimer's-like disease, researchers said on Monday. The team will present the work at a "
        "meeting.\n\nTrials in people are planned.",
        "Compound restores memory in mice\n\nBOSTON (Reuters) - Researchers found that the compound restored memory "
        "in mice with an Alzheimer's-like disease. In a randomized trial in people, it did not.",
        "Compound does not restore memory\n\nBOSTON (Reuters) - Researchers found that the compound did not restore "
        "memory in mice.",
        "Drug lowers blood pressure\n\nBOSTON (Reuters) - In a randomized trial of 400 adults, the drug lowered "
        "blood pressure by 5 mmHg compared with a placebo.",
        "Drug tested in colon cancer\n\nBOSTON (Reuters) - Researchers set out to test whether the drug is safe in "
        "people with colon cancer, they said on Monday. Results are expected next year.\n\nThe work is a small "
        "pilot trial.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        blocks = doc.blocks
        if not blocks:
            return
        # the main statement, as Sumner et al. coded it: the title and the first two sentences
        spans: list[tuple[int, int]] = []
        body_start = 0
        if has_headline(doc):
            head = blocks[0]
            if _EARLY.search(doc.prose, head.start, head.end) or _STAGE_NAMED.search(
                doc.prose, head.start, head.end
            ):
                return  # the headline names the stage itself ("... in mice")
            spans.append((head.start, head.end))
            body_start = head.end
        lead = [s for s in doc.sentences if s.start >= body_start and blocks[s.block].kind != HEADING][:2]
        if lead:
            spans.append((lead[0].start, lead[-1].end))  # the two read as one: either may name the stage
        if not spans or not (is_reporting(doc) or is_press_release(doc)):
            return
        early = _EARLY.search(doc.prose, body_start)
        if early is None or _human_trial(doc):
            return
        for i, (start, end) in enumerate(spans):
            if NEGATION.search(doc.prose, start, end):
                continue
            if _EARLY.search(doc.prose, start, end):
                continue  # the headline or the opening names the stage itself
            benefits = _LEAD_BENEFIT.finditer(doc.prose, start, end)
            m = next((m for m in benefits if _promised(doc, start, end, m)), None)
            if m is None:
                continue
            where = "headline" if i == 0 and body_start else "opening"
            yield Finding(
                m.start(),
                m.end(),
                f"{where} promises a benefit (\u201c{m.group()}\u201d) from early research (the article reports "
                f"\u201c{early.group()}\u201d): name the stage, or drop the promise",
                ("e.g. 'Compound restores memory in mice'",),
            )
            return  # once per article: the main statement
