"""CL124 early-research-headline: A headline that promises a health benefit from animal, laboratory or early-phase research."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import HEADING, Document
from ...evidence.apostrophe import cue
from ...evidence.causal import NEGATION
from ...evidence.context import sentence_of
from ...evidence.doc_kind import is_press_release, is_reporting
from ...rule import Finding, Rule
from ._main_statement import EARLY, LEAD_BENEFIT, promised
from ._shared import has_headline

# a headline that names the stage in general words ("..., Early Research Suggests"): the body says what
# the early research was, so these count only in the headline
_STAGE_NAMED = cue(r"\bearly (?:research|results|findings|data|stud(?:y|ies)|trials?)\b", re.IGNORECASE)
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
            if EARLY.search(doc.prose, head.start, head.end) or _STAGE_NAMED.search(
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
        early = EARLY.search(doc.prose, body_start)
        if early is None or _human_trial(doc):
            return
        for i, (start, end) in enumerate(spans):
            if NEGATION.search(doc.prose, start, end):
                continue
            if EARLY.search(doc.prose, start, end):
                continue  # the headline or the opening names the stage itself
            benefits = LEAD_BENEFIT.finditer(doc.prose, start, end)
            m = next((m for m in benefits if promised(doc, start, end, m)), None)
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
