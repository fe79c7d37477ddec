"""CL109 unhedged-advice: Advice to start, take or change the dose of a medicine, with no "talk to your doctor"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.apostrophe import cue
from ...evidence.claim_structure import non_claim_reason
from ...evidence.context import claim_context, items_under_lead_in
from ...evidence.disclaimer import find_disclaimers
from ...rule import Example, Finding, Rule
from ...text.matching import ProbedPattern

_MEDICINE = (
    r"(?:medicines?|medications?|meds|drugs?|dose|doses|dosage|tablets?|pills?|capsules?|insulin|painkillers?|"
    r"antidepressants?|statins?|antibiotics?|blood thinners?|inhalers?|chemotherapy|prescri\w+|"
    r"\d+\s?(?:mg|g|mcg|iu|units?|ml))"
)


# advice to change a medicine or its dose, at the start of a sentence (stopping and replacing are CL110)
_ADVICE = cue(
    r"\s*(?:(?:you|patients|people|diabetics|sufferers|readers)\s+(?:should|must|need to|can safely)\s+)?"
    r"(?:start|take|double|halve|increase|decrease|reduce|skip|swap|switch|use|cut back on|cut down on)\b"
    # not a noun ("Use of drugs"), nor a risk-factor list ("Take certain medicines, such as ..."),
    # nor the discourse idiom that brings in an example ("Take, for example, children's Chestal, a cough medicine")
    r"(?!\s+(?:of|in|on|as|certain|any|some|other|medicines? that|medications? that|drugs that)\b)"
    r"(?!,?\s+(?:for\s+(?:example|instance)|as\s+an\s+example)\b)[^.!?\n]{0,120}\b" + _MEDICINE + r"\b",
    re.IGNORECASE,
)


_CARER = (
    r"(?:doctor|gp|physician|pharmacist|prescriber|nurse|specialist|care team|diabetes team|"
    r"health\s*care (?:provider|professional|team)|healthcare (?:provider|professional|team)|consultant)"
)
_DOCTOR = cue(
    r"\b(?:talk|speak|check)\s+(?:to|with)\s+(?:your|a)\s+(?:doctor|gp|pharmacist|nurse|care team|health\s*care|"
    r"healthcare|specialist|prescriber)|\b(?:ask|consult|see|tell)\s+(?:your|a)\s+(?:doctor|gp|pharmacist|nurse|"
    r"care team|health\s*care|healthcare|specialist|prescriber)|\bmedical (?:advice|supervision)|"
    r"\bunder (?:the )?(?:care|guidance|supervision) of\b|\byour (?:doctor|pharmacist|prescriber) (?:can|will|may)\b"
    # advice made conditional on the prescriber: "only if your doctor agrees", "if your doctor says
    # it's OK", "with your doctor's approval", "unless your GP advises otherwise"
    r"|\b(?:if|when|once|unless|until|as|after|only if)\s+(?:your|a|the)\s+(?:own\s+)?" + _CARER + r"\s+"
    r"(?:agrees?|says?|tells?|approves?|recommends?|advises?|prescribes?|suggests?|decides?|confirms?|okays?|OKs?|"
    r"allows?|directs?|instructs?|has (?:agreed|approved|said))\b"
    # (s60) the determiner may be lost in a non-native writer's pointer ("Take regularly with doctor’s advice")
    r"|\b(?:(?:your|a|the)\s+)?(?:own\s+)?"
    + _CARER
    + r"(?:['\u2019]s|s['\u2019])\s+(?:approval|permission|advice|agreement|"
    r"supervision|guidance|go-ahead|ok|okay|consent|instructions?|direction|say-so|blessing)\b"
    r"|\b(?:approved|agreed|supervised|advised|prescribed|recommended|directed)\s+by\s+(?:your|a|the)\s+"
    + _CARER
    + r"|\bunder\s+(?:close\s+|strict\s+)?(?:medical|clinical|a doctor['\u2019]s)\s+(?:supervision|care|guidance)\b"
    # the carer as the one who advises, in the lead-in or the paragraph next to the advice: "Health care
    # providers may advise women who have recurrent UTIs to try one of the following", "A health care
    # provider will give specific instructions for taking insulin"
    r"|\b(?:(?:your|a|the|their)\s+)?(?:own\s+)?"
    + _CARER
    + r"s?\s+(?:(?:may|might|can|will|could|would|should|usually|often|generally|typically|likely|probably|also|"
    r"then|therefore|sometimes)\s+){0,3}(?:advise|recommend|prescribe|adjust|suggest|tell|give|decide|instruct|"
    r"direct|explain|change|start)s?\b",
    re.IGNORECASE,
)


#: advice to take the medicine already prescribed, as it is: "Take Your Prescribed Medicines", "take the
#: medicines your doctor prescribed" (adherence; not a change: "Double your prescribed dose" still fires)
_PRESCRIBED = cue(
    r"\s*(?:(?:you|patients|people)\s+(?:should|must|need to)\s+)?(?:take|use)\s+(?:all\s+(?:of\s+)?)?(?:your|the)\s+"
    r"(?:(?:prescribed|prescription)\s+(?:medicines?|medications?|meds|drugs?|pills?|tablets?)\b|"
    r"(?:medicines?|medications?|meds|drugs?|pills?|tablets?)\s+(?:(?:that\s+)?(?:your|the)\s+(?:doctor|"
    r"health\s*care provider|gp)\s+)?prescribed\b)",
    re.IGNORECASE,
)


# a medication guide or label: its instructions are the prescriber's, not the article's advice
_LABEL = ProbedPattern.of(
    cue(
        r"\b(?:as prescribed by your|as directed by your|important safety information|medication guide|"
        r"if you miss a dose|prescribing information|full prescribing)\b",
        re.IGNORECASE,
    )
)


# a lead-in that ends on a modal or a verb and a colon ("The overuse of antibiotics can:", "Side effects may
# include:"): its items finish its sentence, so a bare verb opening one ("Increase the risk of drug-resistant
# infections") is the lead-in's predicate, not an imperative
_PREDICATE_LEAD_IN = re.compile(
    r"\b(?:can|may|might|could|will|would|should|must|also|often|to|include|includes|cause|causes)\s*:\s*$",
    re.IGNORECASE,
)


class UnhedgedAdvice(Rule):
    """Advice to start, take or change the dose of a medicine, with no "talk to your doctor".

    Doubling a dose or switching a prescribed medicine can kill. Advice
    about medicines needs a pointer to the reader's doctor or pharmacist in
    the same or the next paragraph; advice made conditional on the prescriber
    ("only if your doctor agrees", "with your doctor's approval", "under
    medical supervision") has that pointer. Not advice: medication-guide and label
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
        "Increase your dose only if your doctor says it's OK.",
        "Switch to the generic tablets with your pharmacist's approval.",
        "Take a short walk after meals.",
        "Ask your pharmacist before you take painkillers with other medicines.",
        "Take XARELTO exactly as prescribed by your doctor. If you miss a dose, take it as soon as you remember. "
        "Take your next dose at your regularly scheduled time.",
        "Use of osteoporosis drugs has dropped by half.",
        Example(
            "People at risk include those who:\n\n- Take certain medicines, such as ACE inhibitors",
            format="markdown",
        ),
        Example(
            "The overuse of antibiotics can:\n\n- Kill healthy bacteria.\n- Increase the risk of drug-resistant "
            "infections.",
            format="markdown",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if _LABEL.search(doc):
            return  # a medication guide: instructions, not advice
        blocks = doc.blocks
        # the boilerplate disclaimer's "consult your doctor" does not answer specific advice
        boilerplate = {d.start for d in find_disclaimers(doc)}
        continued: set[int] | None = None  # item advice that finishes a lead-in's sentence, found on demand
        # advice is a sentence that opens with it: match anchored at each sentence start
        for sent in doc.sentences:
            bi = sent.block
            m = _ADVICE.match(doc.prose, sent.start, sent.end)
            if m is None or non_claim_reason(sent.text) in ("instruction", "reference"):
                continue
            if _PRESCRIBED.match(m.group()):
                continue  # taking what the prescriber prescribed: the doctor has already decided
            if continued is None:
                continued = {
                    found.start()
                    for found in items_under_lead_in(
                        doc, _PREDICATE_LEAD_IN, lambda s, e: _ADVICE.match(doc.prose, s, e)
                    )
                }
            if m.start() in continued:
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
                # advice the article reports as someone's ("The bottom line, according to the
                # experts? Start with a small dose.") is theirs, not the article's: a note
                severity=Severity.INFO if ctx.said else None,
            )
