"""CL rules that need more than a lexicon: uncited research, causal overclaims,
animal results stated for people, and treatment advice with no doctor in sight.

(The lexicon claim rules CL101-CL105 are in ``rules/claims.yml``.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..causal import OBSERVATIONAL, causal_match
from ..citations import cited_near
from ..context import claim_context
from ..diagnostic import Severity
from ..document import HEADING, Document
from ..lazy_re import lazy_compile
from ..phrases import ProbedPattern
from ..rule import Example, Finding, Rule

_RESEARCH = ProbedPattern.of(
    lazy_compile(
        r"\b(?:(?:many |several |recent |new |numerous )?(?:studies|research|trials|scientists|researchers|"
        r"clinical trials|experiments) (?:show|shows|showed|have shown|has shown|prove|proves|proved|have proven|"
        r"has proven|found|find|confirm|confirms|confirmed|demonstrate|demonstrates|demonstrated)|"
        r"(?:a|one) (?:new |recent |large |small )?(?:study|trial|survey|report|experiment) "
        r"(?:shows|showed|found|finds|proves|proved|confirms|confirmed|demonstrated)|"
        r"according to (?:research|studies|scientists|experts|a study)|research suggests|studies suggest|"
        r"scientifically shown|research has proven)\b",
        re.IGNORECASE,
    )
)
_OUTCOME_NUMBER = ProbedPattern(
    lazy_compile(
        r"\b\d{1,3}(?:\.\d+)?\s?(?:%|percent|per cent)\s+of\s+(?:the\s+)?(?:patients|people|users|women|men|adults|"
        r"children|participants|sufferers|customers)\b"
        r"|\b\d{1,3}(?:\.\d+)?\s?(?:%|percent|per cent)\s+(?:success|cure|recovery|remission)\s+rate\b"
        r"|\b(?:reduces?|cuts?|lowers?|boosts?|increases?|improves?|slashes)\b[^.!?]{0,60}\bby\s+\d{1,3}(?:\.\d+)?\s?(?:%|percent|per cent)",
        re.IGNORECASE,
    ),
    # every outcome figure is a percentage; the words a probe could be derived from
    # ("patients", "people") are in most health paragraphs (4% of a run on MedQuAD without it)
    ("%", "percent", "per cent"),
)


class UncitedResearch(Rule):
    """Research invoked with no source: "studies show", "a trial found", "90% of patients".

    A reader cannot check research the article does not name. A research
    phrase or an outcome percentage needs a citation (link, DOI, journal,
    author-year or numbered reference) in the same sentence, the next
    sentence, or the paragraph. Negated and hedged mentions are skipped.
    """

    code = "CL106"
    name = "uncited-research"
    category = "claims"
    severity = Severity.WARNING
    source = (
        "HealthNewsReview.org criterion 'Does the story use independent sources'; JAMA benchmarks "
        "(Silberg et al. 1997): attribution of references and sources; DISCERN item 2"
    )
    should_fire = (
        "Studies show that green tea burns fat.",
        "In the trial, 90% of patients were cured.",
        Example(
            "## Evidence\n\nResearch has proven that fasting resets the immune system.", format="markdown"
        ),
    )
    should_not_fire = (
        "Studies show that green tea has little effect on weight (Jurgens et al., Cochrane, 2012).",
        Example(
            "A trial found fewer falls in the exercise group ([Sherrington 2019](https://doi.org/10.1002/14651858.CD012424)).",
            format="markdown",
        ),
        "No studies show that the tea burns fat.",
        "In the trial, published in The Lancet, 90% of patients improved.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        for pattern, what in ((_RESEARCH, "research"), (_OUTCOME_NUMBER, "an outcome figure")):
            for m in pattern.finditer(doc):  # no regex pass where the probes are absent
                start, end = m.start(), m.end()
                bi = doc.block_at(start)
                if bi is None or doc.blocks[bi].kind == HEADING:
                    continue
                if cited_near(doc, start, end):
                    continue
                ctx = claim_context(doc, start, end)
                if ctx.suppressed:
                    continue
                yield Finding(
                    start,
                    end,
                    f"{what} cited with no source: name the study (journal, year, link or DOI)",
                    severity=Severity.INFO if ctx.softened else None,
                )


_EXPERIMENTAL = lazy_compile(
    r"\b(?:randomi[sz]ed|trial|placebo|meta-analys[ie]s|experiment\w*)\b", re.IGNORECASE
)


_OBSERVATIONAL = ProbedPattern.of(OBSERVATIONAL)


class CausalOverclaim(Rule):
    """Direct causal wording about findings the article itself calls observational.

    An observational study (cohort, survey, "associated with") cannot show
    that one thing causes another, yet news copy turns "linked to" into
    "cuts the risk" (Sumner et al., BMJ 2014). When the article signals
    observational evidence, sentences with direct causal wording ("reduces",
    "prevents", "leads to") and no hedge are flagged; the suggestion is
    correlational wording. The sentence classifier is measured against Yu et
    al.'s labelled PubMed and press-release sentences by
    ``benchmarks/causal_language.py``.
    """

    code = "CL107"
    name = "causal-overclaim"
    category = "claims"
    severity = Severity.WARNING
    source = (
        "Sumner P et al., BMJ 2014;349:g7015 (exaggeration in health press releases); Yu B, Li Y, Wang J, "
        "EMNLP 2019 and Yu B et al., COLING 2020 (causal language in science writing)"
    )
    should_fire = (
        "The cohort study followed 5,000 adults for ten years. Drinking coffee prevents heart disease.",
        "In a survey of 2,000 nurses, those who slept longer were associated with lower weight. "
        "Sleep reduces obesity.",
    )
    should_not_fire = (
        "The cohort study followed 5,000 adults. Drinking coffee was associated with less heart disease.",
        "In a randomised trial, the drug reduces blood pressure by 5 mmHg.",
        "The cohort study followed 5,000 adults. Coffee may lower the risk of heart disease.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _OBSERVATIONAL.could_match(doc.lower) or not OBSERVATIONAL.search(doc.prose):
            return
        blocks = doc.blocks
        for s in doc.sentences:
            if blocks[s.block].kind == HEADING:
                continue
            m = causal_match(s.text)
            if m is None or _EXPERIMENTAL.search(s.text):
                continue
            # the observational evidence must be described nearby: this or the two previous blocks
            lo = blocks[max(0, s.block - 2)].start
            if not OBSERVATIONAL.search(doc.prose, lo, blocks[s.block].end):
                continue
            start = s.start + m.start()
            ctx = claim_context(doc, start, s.start + m.end())
            if ctx.suppressed or ctx.quoted:
                continue
            yield Finding(
                s.start,
                s.end,
                f"causal wording “{m.group()}” for an observational finding: observational studies "
                "show associations, not causes",
                ("is associated with", "is linked to"),
            )


_ANIMAL = ProbedPattern.of(
    lazy_compile(
        r"\b(?:in|on|of|with|from)\s+(?:\w+\s+){0,2}(?:mice|mouse|rats?|rodents?|animals?|dogs|monkeys|pigs|zebrafish|"
        r"cell cultures?|cells in (?:a|the) (?:dish|lab)|petri dish(?:es)?|test tubes?|laboratory animals)\b"
        r"|\bin vitro\b|\banimal (?:study|studies|experiments?|models?)\b|\b(?:mice|rats)\s+(?:given|fed|treated)\b",
        re.IGNORECASE,
    )
)
_PEOPLE_BENEFIT = lazy_compile(
    r"\b(?:you|your|people|patients|humans|women|men|adults|children|anyone|everyone|sufferers)\b"
    r"[^.!?]{0,80}\b(?:will|can|could|would|should)?\s*(?:work|help|cure|protect|reduce|lower|prevent|reverse|"
    r"improve|boost|heal|benefit|treat)\w*"
    r"|\b(?:work|help|cure|protect|benefit)\w*\s+(?:for|in)\s+(?:you|people|patients|humans|women|men|adults|children)\b",
    re.IGNORECASE,
)
_CAVEAT = lazy_compile(
    r"\b(?:not (?:yet )?(?:been )?(?:tested|studied|shown|proven) in (?:humans|people)|in humans remains|"
    r"(?:animal|mouse|rat|lab|laboratory) (?:results|studies|findings) (?:do not|don't|often fail|may not)|"
    r"human (?:trials|studies) (?:are|will be) needed|more research|early-stage|preliminary|"
    r"whether (?:this|it|the same) (?:works|applies) in (?:humans|people))",
    re.IGNORECASE,
)


class AnimalToHuman(Rule):
    """Benefits claimed for people on evidence from mice, rats or cells, with no caveat.

    Most treatments that work in animals or in a dish fail in people; the FDA
    and HealthNewsReview.org treat an animal or in-vitro study used to back a
    claim for people as a red flag. A paragraph whose evidence is "in mice" or
    "in cell cultures" and which claims a benefit for people must say that
    human trials are still needed.
    """

    code = "CL108"
    name = "animal-to-human"
    category = "claims"
    severity = Severity.WARNING
    source = (
        "HealthNewsReview.org criterion 'quality of the evidence' (animal and lab studies); FTC Health "
        "Products Compliance Guidance 2022 (animal and in-vitro studies as substantiation)"
    )
    should_fire = (
        "Rats given the extract ran farther, so it will work for you too.",
        "In mice, the compound cleared amyloid. Patients with Alzheimer's can now reverse memory loss.",
    )
    should_not_fire = (
        "In mice, the compound cleared amyloid. It has not been tested in humans, and human trials are needed.",
        "In a trial of 400 patients, the drug lowered blood pressure.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _ANIMAL.could_match(doc.lower):
            return  # every animal or lab mention contains one of the probes
        for block in doc.blocks:
            text = doc.prose[block.start : block.end]
            animal = _ANIMAL.regex.search(text) if _ANIMAL.could_match(text.lower()) else None
            if animal is None or _CAVEAT.search(text):
                continue
            people = _PEOPLE_BENEFIT.search(text)
            if people is None:
                continue
            start, end = block.start + animal.start(), block.start + animal.end()
            if claim_context(doc, start, end).suppressed:
                continue
            yield Finding(
                start,
                end,
                f"evidence “{animal.group()}” is used for a benefit to people without saying human studies are needed",
                ("add: 'this has not yet been tested in people'",),
                related=((block.start + people.start(), block.start + people.end(), "claim for people"),),
            )


_ADVICE = lazy_compile(
    r"\s*(?:(?:you|patients|people|diabetics|sufferers|readers)\s+(?:should|must|need to|can safely)\s+)?"
    r"(?:stop|quit|discontinue|start|take|double|halve|increase|decrease|reduce|skip|replace|swap|switch|"
    r"come off|give up|use)\b[^.!?\n]{0,120}\b(?:medicines?|medications?|drugs?|dose|doses|dosage|tablets?|"
    r"pills?|capsules?|insulin|painkillers?|antidepressants?|statins?|antibiotics?|blood thinners?|"
    r"inhaler|treatment|chemotherapy|prescri\w+|\d+\s?(?:mg|g|mcg|iu|units?|ml))\b",
    re.IGNORECASE,
)
_STOP_MEDICINE = lazy_compile(
    r"\s*(?:(?:you|patients|people|diabetics|sufferers|readers)\s+(?:should|must|can)\s+)?"
    r"(?:stop|quit|discontinue)\s+(?:taking|using)\s+(?:your|all|the|their)\b[^.!?\n]{0,60}",
    re.IGNORECASE,
)
_DOCTOR = lazy_compile(
    r"\b(?:talk|speak|check)\s+(?:to|with)\s+(?:your|a)\s+(?:doctor|gp|pharmacist|nurse|care team|health\s*care|"
    r"healthcare|specialist|prescriber)|\b(?:ask|consult|see|tell)\s+(?:your|a)\s+(?:doctor|gp|pharmacist|nurse|"
    r"care team|health\s*care|healthcare|specialist|prescriber)|\bmedical (?:advice|supervision)|"
    r"\bunder (?:the )?(?:care|guidance|supervision) of\b|\byour (?:doctor|pharmacist|prescriber) (?:can|will|may)\b",
    re.IGNORECASE,
)


class UnhedgedAdvice(Rule):
    """Treatment advice (start, stop or change a medicine or dose) with no "talk to your doctor".

    Stopping insulin, doubling a dose or swapping a prescribed medicine for a
    supplement can kill. Advice about medicines needs a pointer to the reader's
    doctor or pharmacist in the same or the next paragraph.
    """

    code = "CL109"
    name = "unhedged-advice"
    category = "claims"
    severity = Severity.WARNING
    source = (
        "Li Y, Wang J, Yu B, EMNLP 2021 (health advice in science writing); NHS medicines guidance "
        "('do not stop taking a prescribed medicine without talking to your doctor')"
    )
    should_fire = (
        "Stop taking your blood pressure tablets once you feel better.",
        Example("- Double your insulin dose before exercise.", format="markdown"),
        "You should replace your statins with red yeast rice.",
    )
    should_not_fire = (
        "Do not stop taking your tablets without talking to your doctor.",
        "Stop taking your tablets only after you speak with your doctor.",
        "Take a short walk after meals.",
        "Ask your pharmacist before you take painkillers with other medicines.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        from ..disclaimer import find_disclaimers

        blocks = doc.blocks
        # the boilerplate disclaimer's "consult your doctor" does not answer specific advice
        boilerplate = {d.start for d in find_disclaimers(doc)}
        # advice is a sentence that opens with it: match anchored at each sentence start
        for sent in doc.sentences:
            bi = sent.block
            m = _ADVICE.match(doc.prose, sent.start, sent.end) or _STOP_MEDICINE.match(
                doc.prose, sent.start, sent.end
            )
            if m is None:
                continue
            window = [b for b in blocks[max(0, bi - 1) : bi + 2] if b.start not in boilerplate]
            if any(_DOCTOR.search(doc.prose, b.start, b.end) for b in window):
                continue
            start, end = m.start() + (len(m.group()) - len(m.group().lstrip())), m.end()
            ctx = claim_context(doc, start, end)
            if ctx.suppressed:
                continue
            yield Finding(
                start,
                end,
                "advice to change a medicine or dose with no pointer to a doctor or pharmacist",
                ("add: 'talk to your doctor or pharmacist before changing your medicine'",),
            )
