"""CL rules that need more than a lexicon: uncited research, causal overclaims,
animal results stated for people, and treatment advice with no doctor in sight.

(The lexicon claim rules CL101-CL105 are in ``rules/claims.yml``.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..causal import OBSERVATIONAL, claim_verb_match
from ..claim_structure import REFERENCE, claim_subject, non_claim_reason
from ..context import claim_context, sentence_of
from ..diagnostic import Severity
from ..document import HEADING, Document
from ..evidence import article_evidence, names_source
from ..lazy_re import lazy_compile
from ..phrases import ProbedPattern
from ..rule import Example, Finding, Rule

_RESEARCH = ProbedPattern.of(
    lazy_compile(
        r"\b(?:(?:many |several |recent |new |numerous )?(?:studies|research|trials|scientists|researchers|"
        r"clinical trials|experiments) (?:show|shows|showed|have shown|has shown|prove|proves|proved|have proven|"
        r"has proven|found|find|confirm|confirms|confirmed|demonstrate|demonstrates|demonstrated)"
        # "the researchers found 36 studies" counts sources: a literature search, not a finding
        r"(?!\s+\d[\d,]*\s+(?:studies|trials|papers|articles|reports|reviews))|"
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


_OUTCOME_AFTER = lazy_compile(
    r"[^.!?]{0,60}?\b(?:cured|healed|improv\w*|better|recover\w*|respond\w*|remission|relief|benefit\w*|"
    r"success\w*|symptom-free|free of (?:symptoms|pain|disease)|no longer (?:need|have|had|suffer|take|use)\w*|"
    r"lost (?:weight|\d)|reduc\w+|disappear\w*|normali[sz]\w*|reversed|off (?:their|all) (?:medication|medicine|drugs|insulin))",
    re.IGNORECASE,
)


class UncitedResearch(Rule):
    """Research invoked in an article that names no source at all ("studies show", "90% were cured").

    "Studies show", "a trial found", "90% of patients were cured": a reader cannot check research the article does not name. The article is
    taken as a whole: a journal, conference presentation, named trial, DOI,
    link, citation or reference list anywhere in it counts for every research
    mention (a news story names the journal once and reports the findings for
    ten paragraphs). Outcome figures count only when they describe an outcome
    ("90% of patients improved"), not prevalence ("affects 15 percent of
    males"). Negated, quoted and debunked mentions are skipped; hedged ones
    ("research suggests") are reported at info.
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
        "The results were presented at the annual meeting of the American Academy of Neurology. "
        "The researchers found that 60% of patients improved.",
        "Epilepsy affects about 1% of people. Seizures occur in about 15 percent of males with the condition.",
        "\u201cStudies show it works,\u201d the seller said.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        found = list(self._unsourced_mentions(doc))
        # the whole-article evidence is read only when there is something to report: most texts
        # mention no research at all
        if found and not names_source(doc):
            yield from found  # the article names its research nowhere: no mention can be looked up

    def _unsourced_mentions(self, doc: Document) -> Iterator[Finding]:
        for pattern, what in ((_RESEARCH, "research"), (_OUTCOME_NUMBER, "an outcome figure")):
            for m in pattern.finditer(doc):  # no regex pass where the probes are absent
                start, end = m.start(), m.end()
                bi = doc.block_at(start)
                if bi is None or doc.blocks[bi].kind == HEADING:
                    continue
                sent = sentence_of(doc, start)
                text = sent.text if sent is not None else doc.prose[start:end]
                if what == "an outcome figure":
                    if non_claim_reason(text) == "prevalence" or not (
                        m.group().lower().endswith("rate") or _OUTCOME_AFTER.match(doc.prose, end)
                    ):
                        continue  # a descriptive figure, not an outcome
                ctx = claim_context(doc, start, end)
                if ctx.suppressed or ctx.quoted:
                    continue
                yield Finding(
                    start,
                    end,
                    f"{what} with no source: the article names no study, journal, trial, conference, link or DOI",
                    severity=Severity.INFO if ctx.softened else None,
                )


_EXPERIMENTAL = lazy_compile(
    r"\b(?:randomi[sz]ed|randomly (?:assigned|allocated)|trials?|placebo|meta-analys[ie]s|experiment\w*|"
    r"sham|double-blind|controlled study)\b",
    re.IGNORECASE,
)
# the study design named explicitly (not just "associated with", which trials use too)
_DESIGN = lazy_compile(
    r"\b(?:observational|cohort|cross-sectional|case-control|survey(?:ed)?|questionnaires?|registry|"
    r"population-based|epidemiologic\w*|health records|followed \w+ (?:people|adults|men|women|participants))\b",
    re.IGNORECASE,
)
_OBSERVATIONAL = ProbedPattern.of(OBSERVATIONAL)
# a randomised trial reported anywhere in the article (not "a randomised trial is needed")
_TRIAL_REPORTED = lazy_compile(
    r"\b(?:randomi[sz]ed|randomly (?:assigned|allocated)|placebo|double-blind)\b"
    r"(?![^.!?]{0,40}\b(?:is|are|would be|will be)\s+(?:still\s+)?(?:needed|required|necessary|warranted))",
    re.IGNORECASE,
)
_CONTENT_WORD = lazy_compile(r"[a-z][a-z'-]{3,}")
# words shared by any two sentences about a study: they say nothing about its exposure
_GENERIC = frozenset(
    """study studies research researchers scientists people adults women children participants patients
    years year those with were have that this than more less their from they which when also such about
    after among between risk risks higher lower likely link linked associated association health compared
    percent data found find results result group groups team report reported said says analysis""".split()
)


def _content_words(text: str) -> set[str]:
    """Lower-case content words, crudely stemmed (plural s) so "eggs" meets "egg"."""
    out = set()
    for w in _CONTENT_WORD.findall(text.lower()):
        w = w.rstrip("'")
        if w.endswith("s") and len(w) > 4:
            w = w[:-1]
        if w not in _GENERIC:
            out.add(w)
    return out


class CausalOverclaim(Rule):
    """A finding the article calls observational restated as cause and effect.

    An observational study (cohort, survey, "associated with") cannot show
    that one thing causes another, yet news copy turns "coffee drinkers had
    less heart disease" into "coffee prevents heart disease" (Sumner et al.,
    BMJ 2014). The rule fires on a sentence that states an effect as fact
    ("prevents", "cuts the risk", "leads to"; no hedge, no correlational
    wording) when its subject is the exposure of an observational finding
    described in the same or the two previous paragraphs, in an article that
    names an observational design. Not claims: randomised-trial results
    (CL107 is for observational findings only), prevalence, genetics ("due to
    BRCA1 genes"), "death from any cause", background physiology whose
    subject is not the study's exposure, reference-list titles, and quoted
    or attributed statements. The sentence classifier is measured against Yu
    et al.'s labelled PubMed and press-release sentences by
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
        "In a cohort study of 5,000 adults, coffee drinking was associated with less heart disease. "
        "Drinking coffee prevents heart disease.",
        "In a survey of 2,000 nurses, those who slept longer were associated with lower weight. "
        "Longer sleep reduces obesity.",
    )
    should_not_fire = (
        "The cohort study followed 5,000 adults. Drinking coffee was associated with less heart disease.",
        "In a randomised trial, the drug reduces blood pressure by 5 mmHg.",
        "In a cohort study, coffee was associated with less heart disease. Coffee may lower the risk.",
        "In a cohort study, coffee drinking was associated with less stroke. Smoking causes stroke, said Dr. Lee.",
        "The cohort study linked mutations to ovarian cancer. Mutations in the BRCA1 gene cause ovarian cancer.",
        "In the cohort, coffee drinking was associated with fewer deaths. "
        "Death from any cause occurred in 359 coffee drinkers.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _OBSERVATIONAL.could_match(doc.lower) or not _DESIGN.search(doc.prose):
            return  # the article never names an observational design
        if _TRIAL_REPORTED.search(doc.prose):
            return  # a trial is reported: its causal results are not observational findings
        blocks = doc.blocks
        sentences = doc.sentences
        # exposure words of the observational findings, per block
        observed: list[tuple[int, int, set[str]]] = [
            (i, s.block, _content_words(s.text))
            for i, s in enumerate(sentences)
            if OBSERVATIONAL.search(s.text) and not _EXPERIMENTAL.search(s.text)
        ]
        if not observed:
            return
        for si, s in enumerate(sentences):
            if blocks[s.block].kind == HEADING:
                continue
            m = claim_verb_match(s.text)
            if m is None or _EXPERIMENTAL.search(doc.prose, blocks[s.block].start, blocks[s.block].end):
                continue
            if non_claim_reason(s.text) is not None or REFERENCE.search(
                doc.prose, blocks[s.block].start, blocks[s.block].end
            ):
                continue
            nearby: set[str] = set()
            for oi, ob, words in observed:
                if oi != si and s.block - 2 <= ob <= s.block:
                    nearby |= words
            subject = _content_words(claim_subject(doc, s, s.start + m.start(), s.start + m.end()))
            if not subject & nearby:
                continue  # the sentence is not about the exposure the study observed
            start = s.start + m.start()
            ctx = claim_context(doc, start, s.start + m.end())
            if ctx.suppressed or ctx.quoted or ctx.attributed or ctx.softened:
                continue
            yield Finding(
                s.start,
                s.end,
                f"causal wording \u201c{m.group()}\u201d for an observational finding: observational studies "
                "show associations, not causes",
                ("is associated with", "is linked to"),
            )


_ANIMAL = ProbedPattern.of(
    lazy_compile(
        r"\b(?:in|on|of|from)\s+(?:\w+\s+){0,2}(?:mice|mouse|rats?|rodents?|animals?|monkeys|zebrafish|"
        r"cell cultures?|cells in (?:a|the) (?:dish|lab)|petri dish(?:es)?|test tubes?|laboratory animals)\b"
        r"|\bin vitro\b|\banimal (?:study|studies|experiments?|models?)\b"
        r"|\b(?:mice|rats|rabbits|monkeys|dogs|pigs)\s+(?:given|fed|treated|injected)\b",
        re.IGNORECASE,
    )
)
# a claimed benefit for people: "it will work for you", "patients can now reverse memory loss"
_PEOPLE_BENEFIT = lazy_compile(
    r"\b(?:you|people|patients|humans|women|men|adults|children|anyone|everyone|sufferers|diabetics)\b"
    r"[^.!?]{0,60}?\b(?:will|can|could|would|may)\s+(?:now\s+|soon\s+|finally\s+|also\s+)?(?:be able to\s+)?"
    r"(?:work|help|cure|protect|reduce|lower|prevent|reverse|improve|boost|heal|benefit|treat|beat|fight|lose)\w*"
    r"|\b(?:work|help|cure|protect|benefit)\w*\s+(?:for|in)\s+(?:you|people|patients|humans|women|men|adults|children)\b",
    re.IGNORECASE,
)


class AnimalToHuman(Rule):
    """Benefits claimed for people on evidence from mice, rats or cells, with no caveat.

    Most treatments that work in animals or in a dish fail in people; the FDA
    and HealthNewsReview.org treat an animal or in-vitro study used to back a
    claim for people as a red flag. The rule fires on a paragraph whose
    evidence is "in mice" or "in cell cultures" and which claims a benefit for
    people ("it will work for you too"), when the article nowhere says that
    the result still has to be shown in people ("trials in people are
    needed", "mouse results rarely translate to humans", "preclinical"): a
    caveat anywhere in the article counts. Reference-list entries, quoted
    statements and negated claims are skipped; hedged claims ("could help
    patients") are reported at info.
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
        "In mice, the compound cleared amyloid, so patients will benefit.\n\n"
        "Mouse results often fail to translate to people, the authors cautioned.",
        "Children who grow up with dogs have lower rates of asthma.",
        "\u201cIn mice it works, so people will benefit,\u201d the company said.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _ANIMAL.could_match(doc.lower):
            return  # every animal or lab mention contains one of the probes
        if article_evidence(doc).has_human_caveat:
            return  # the article says the result still has to be shown in people
        for block in doc.blocks:
            if block.kind == HEADING:
                continue
            text = doc.prose[block.start : block.end]
            animal = _ANIMAL.regex.search(text) if _ANIMAL.could_match(text.lower()) else None
            if animal is None or non_claim_reason(text) == "reference":
                continue
            people = _PEOPLE_BENEFIT.search(text)
            if people is None:
                continue
            p_start, p_end = block.start + people.start(), block.start + people.end()
            ctx = claim_context(doc, p_end - 1, p_end)
            if ctx.suppressed or ctx.quoted:
                continue
            start, end = block.start + animal.start(), block.start + animal.end()
            yield Finding(
                start,
                end,
                f"evidence \u201c{animal.group()}\u201d is used for a benefit to people without saying human "
                "studies are needed",
                ("add: 'this has not yet been tested in people'",),
                severity=Severity.INFO if ctx.softened else None,
                related=((p_start, p_end, "claim for people"),),
            )


_MEDICINE = (
    r"(?:medicines?|medications?|meds|drugs?|dose|doses|dosage|tablets?|pills?|capsules?|insulin|painkillers?|"
    r"antidepressants?|statins?|antibiotics?|blood thinners?|inhalers?|chemotherapy|prescri\w+|"
    r"\d+\s?(?:mg|g|mcg|iu|units?|ml))"
)
# advice to change a medicine or its dose, at the start of a sentence (stopping and replacing are CL110)
_ADVICE = lazy_compile(
    r"\s*(?:(?:you|patients|people|diabetics|sufferers|readers)\s+(?:should|must|need to|can safely)\s+)?"
    r"(?:start|take|double|halve|increase|decrease|reduce|skip|swap|switch|use|cut back on|cut down on)\b"
    # not a noun ("Use of drugs"), nor a risk-factor list ("Take certain medicines, such as ...")
    r"(?!\s+(?:of|in|on|as|certain|any|some|other|medicines? that|medications? that|drugs that)\b)[^.!?\n]{0,120}\b"
    + _MEDICINE
    + r"\b",
    re.IGNORECASE,
)
_DOCTOR = lazy_compile(
    r"\b(?:talk|speak|check)\s+(?:to|with)\s+(?:your|a)\s+(?:doctor|gp|pharmacist|nurse|care team|health\s*care|"
    r"healthcare|specialist|prescriber)|\b(?:ask|consult|see|tell)\s+(?:your|a)\s+(?:doctor|gp|pharmacist|nurse|"
    r"care team|health\s*care|healthcare|specialist|prescriber)|\bmedical (?:advice|supervision)|"
    r"\bunder (?:the )?(?:care|guidance|supervision) of\b|\byour (?:doctor|pharmacist|prescriber) (?:can|will|may)\b",
    re.IGNORECASE,
)
# a medication guide or label: its instructions are the prescriber's, not the article's advice
_LABEL = lazy_compile(
    r"\b(?:as prescribed by your|as directed by your|important safety information|medication guide|"
    r"if you miss a dose|prescribing information|full prescribing)\b",
    re.IGNORECASE,
)


class UnhedgedAdvice(Rule):
    """Advice to start, take or change the dose of a medicine, with no "talk to your doctor".

    Doubling a dose or switching a prescribed medicine can kill. Advice
    about medicines needs a pointer to the reader's doctor or pharmacist in
    the same or the next paragraph. Not advice: medication-guide and label
    instructions ("Take XARELTO exactly as prescribed", "Take your next dose
    at your regularly scheduled time"), noun phrases ("Use of osteoporosis
    drugs has dropped"), negated and quoted sentences. Advice to stop or
    replace a treatment is CL110.
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
        Example("- Double your insulin dose before exercise.", format="markdown"),
        "You should switch your statins to a lower dose on weekends.",
        "Take 10,000 IU of vitamin D every morning.",
    )
    should_not_fire = (
        "Do not change your dose without talking to your doctor.",
        "Take a short walk after meals.",
        "Ask your pharmacist before you take painkillers with other medicines.",
        "Take XARELTO exactly as prescribed by your doctor. If you miss a dose, take it as soon as you remember. "
        "Take your next dose at your regularly scheduled time.",
        "Use of osteoporosis drugs has dropped by half.",
        Example(
            "People at risk include those who:\n\n- Take certain medicines, such as ACE inhibitors",
            format="markdown",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        from ..disclaimer import find_disclaimers

        if _LABEL.search(doc.prose):
            return  # a medication guide: instructions, not advice
        blocks = doc.blocks
        # the boilerplate disclaimer's "consult your doctor" does not answer specific advice
        boilerplate = {d.start for d in find_disclaimers(doc)}
        # advice is a sentence that opens with it: match anchored at each sentence start
        for sent in doc.sentences:
            bi = sent.block
            m = _ADVICE.match(doc.prose, sent.start, sent.end)
            if m is None or non_claim_reason(sent.text) in ("instruction", "reference"):
                continue
            window = [b for b in blocks[max(0, bi - 1) : bi + 2] if b.start not in boilerplate]
            if any(_DOCTOR.search(doc.prose, b.start, b.end) for b in window):
                continue
            start, end = m.start() + (len(m.group()) - len(m.group().lstrip())), m.end()
            ctx = claim_context(doc, start, end)
            if ctx.suppressed or ctx.quoted:
                continue
            yield Finding(
                start,
                end,
                "advice to change a medicine or dose with no pointer to a doctor or pharmacist",
                ("add: 'talk to your doctor or pharmacist before changing your medicine'",),
            )
