"""CL143 medicine-disparaged-on-claims-page: Prescribed medicine spoken ill of, on a page that sells a remedy."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.claim_structure import in_boilerplate
from ...evidence.context import claim_context
from ...rule import Example, Finding
from ...text.lazy_re import lazy_compile
from ._remedy_page import (
    MEDICINE_KINDS,
    RemedyPage,
    RemedyPageRule,
    left_to_others,
    not_the_pages_own,
    other_codes_note,
)

#: Words that speak ill of it: its cost, its harm, a failure to reach the cause, a life of dependence.
_DISPARAGING = lazy_compile(
    r"\b(?:harsh|costly|expensive|toxic|useless|(?:is|are|even)\s+dangerous|worse|cover(?:s|ing)?\s+up|"
    # side effects called many or grave ("a host of dangerous side effects", "far fewer side effects than Rx
    # drugs"): "can have side effects" alone is a leaflet's fact
    # (s61) medicine called heavy ("surgical procedures or heavy medications to get rid of the kidney stones")
    r"heavy\s+(?=(?:[\w-]+\s+)?(?:medications?|medicines?|drugs|doses?|chemicals)\b)|"
    r"(?:serious|severe|harmful|nasty|terrible|awful|horrible|unacceptable|negative|fewer|less|host\s+of|lots?\s+of|many|"
    r"full\s+of)\s+(?:[\w-]+\s+){0,2}?side[\s-]effects?|"
    r"mask(?:s|ing)?|suppress(?:es|ing)?|little\s+to\s+offer|only\s+(?:treat|address|manage|mask|cover)s?|"
    # a failure said flatly ("DON'T stop MS"), or to reach "the root cause" (not any mechanism a news story names:
    # "do not address the compromised insulin machinery" explains a trial)
    r"(?:don[\u2019']?t|do\s+not|doesn[\u2019']?t|does\s+not|never)\s+(?:work|stop|cure|fix|heal|"
    r"address\s+(?:the\s+)?(?:root|underlying|real|actual)?\s*(?:causes?|problems?|issues?))|"
    r"addicted|poison\w*|damag(?:e|es|ed|ing)|harm(?:s|ed|ful)?|stifles?|interfer(?:e|es|ing)\s+with|"
    r"ill\s+effects|for\s+(?:a\s+)?lifetime|(?:the\s+)?rest\s+of\s+(?:your|my|their|his|her|(?:a|the)\s+patient[\u2019']s|"
    r"one[\u2019']s)\s+li(?:fe|ves)|"
    # harm or failure said another way: "can lead to the occurrence of adverse effects", "work for only about
    # half", "would only aid in maintaining the disorder", "a nightmare", "dependent on"
    r"(?:lead|leads|led)\s+to\s+(?:[\w-]+\s+){0,4}?(?:adverse|side|ill|harmful|toxic)\s+effects?|"
    r"work\s+(?:for|in)\s+only|only\s+(?:aid|help)s?\s+in\s+maintaining|nightmares?|(?:more\s+)?dependent\s+on|"
    # (s55) harm and failure by their general words rather than a page's phrase: a verb of damage ("destroys your
    # immune system", "depletes your body of B12", "wipe out your gut bacteria"), a reader left worse ("will make you
    # sicker", "leave you weaker"), a failure told by frequency or comparison ("rarely works", "no better than a
    # sugar pill", "nothing to offer"), the symptoms alone ("treats only the symptoms") or the cause passed over
    # ("instead of looking for the cause"), and dependence as captivity ("a lifelong prison sentence", "hooked")
    r"destroy(?:s|ed|ing)?|deplet(?:e|es|ed|ing)|wip(?:e|es|ed|ing)\s+out|weaken(?:s|ed|ing)?|ruin(?:s|ed|ing)?|"
    r"wreak(?:s|ed|ing)?\s+havoc|rob(?:s|bed|bing)?\s+(?:you|your|the\s+body)|"
    r"(?:make|makes|made|making|leave|leaves|left|leaving)\s+(?:you|people|patients|them|us|him|her)\s+"
    r"(?:even\s+|much\s+|far\s+)?(?:sicker|weaker|worse|fatter|more\s+(?:sick|ill|tired|depressed))|"
    r"(?:rarely|seldom|never)\s+(?:works?|worked|helps?|helped|cures?|cured)|no\s+better\s+than|"
    r"(?:little|nothing)\s+(?:else\s+)?to\s+offer|"
    r"(?:only|just|merely)\s+(?:[\w-]+\s+){0,3}?(?:the\s+)?symptoms|"
    r"instead\s+of\s+(?:[\w-]+\s+){1,3}?(?:the\s+)?(?:root|underlying|real|actual)?\s*causes?|"
    r"prison|slaves?|slavery|hooked|band[\s-]?aids?|"
    # (s58) a failure told as a verdict ("Modern medicine has failed to cure diabetes"), a medicine that does
    # nothing ("pills that do nothing to address the underlying problem"), the reader kept on it for life ("you will be
    # on them for life") or left worse ("will make your diabetes worse")
    r"fail(?:s|ed)?\s+to\s+(?:cure|stop|heal|fix|help|treat|reverse|control)|(?:do|does|did)\s+nothing\s+(?:to|for|about)|"
    r"on\s+(?:them|it|these|those|[\w-]+)\s+for\s+(?:life|ever)|"
    r"(?:make|makes|made|making)\s+(?:your|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?worse|"
    # (s59) a failure told as what it cannot do or is not ("Drugs can't accomplish this", "isn't the solution"), the
    # cause left unreached in the passive ("the root cause ... is never addressed"), an organ's failing laid at it
    # ("can contribute to liver dysfunction")
    r"(?:can[\u2019']?t|cannot|can\s+not|won[\u2019']?t|will\s+not)\s+(?:ever\s+)?(?:accomplish|achieve|fix|solve|cure|"
    r"reverse|heal)\s+(?:this|that|it|the\s+problem)|(?:isn[\u2019']?t|aren[\u2019']?t|is\s+not|are\s+not)\s+(?:the\s+|a\s+)?"
    r"(?:real\s+|long[\s-]term\s+|permanent\s+)?(?:answer|solution|cure)|(?:root|underlying|real|actual)\s+causes?\s+"
    r"(?:[\w-]+\s+){0,6}?(?:is|are)\s+(?:never|not|rarely)\s+(?:addressed|treated|fixed|resolved)|"
    r"(?:wasn[\u2019']?t|weren[\u2019']?t|isn[\u2019']?t|aren[\u2019']?t|was\s+not|were\s+not|is\s+not|are\s+not|stopped)\s+"
    r"(?:really\s+|even\s+)?working|"
    r"(?:cause|causes|caused|contribute\s+to|contributes\s+to|lead\s+to|leads\s+to)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:dysfunction|toxicity|failure)|"
    # (s60) the root cause never reached by any verb ("medications that never got to the root cause of her issue"), a
    # medicine that did nothing ("She took the antibiotic, and it did nothing") or was not helping ("the medication
    # was not serving her well")
    r"(?:never|don[\u2019']?t|do\s+not|doesn[\u2019']?t|does\s+not|didn[\u2019']?t|did\s+not|fail(?:s|ed)?\s+to)\s+"
    r"(?:[\w-]+\s+){1,2}?(?:the\s+)?(?:root|underlying|real|actual)\s+causes?|"
    r"(?:do|does|did)\s+nothing(?=\s*[.,;!?]|\s+(?:at\s+all|whatsoever))|"
    # relief said to be only for a while ("Painkillers only provide temporary relief"; "may provide temporary relief"
    # without "only" is a leaflet's fact)
    r"(?:only|just|merely)\s+(?:provides?|gives?|offers?|brings?)\s+(?:(?:a|some)\s+)?(?:temporary|short[\s-]term|"
    r"momentary|short[\s-]lived)\s+relief|(?:provides?|gives?|offers?|brings?)\s+only\s+(?:(?:a|some)\s+)?(?:temporary|"
    r"short[\s-]term|momentary|short[\s-]lived)\s+relief|"
    # (s66) a failure said flatly of any object ("Drugs cannot cure a dietary disease"), medicine called ineffective,
    # hard on the body or a habit the body gets used to, a disease said to resist it ("cannot be reversed with bypass
    # surgery ... or blocker drugs"), and medicine "not helping"
    r"(?:can[\u2019']?t|cannot|can\s+not|won[\u2019']?t|will\s+not|will\s+never|can\s+never)\s+(?:ever\s+)?(?:cure|reverse|heal)\s+"
    r"(?:you|a|an|the|your|any|this|that|it)\b|ineffective|ineffectual|hard\s+on\s+(?:the|your)\s+(?:body|liver|kidneys?|"
    r"stomach|gut)|(?:body|you)\s+(?:gets?|become|becomes)\s+used\s+to|"
    r"(?:cannot|can[\u2019']?t|can\s+not|won[\u2019']?t|will\s+not|never)\s+be\s+(?:cured|reversed|healed|fixed)\s+(?:with|by)|"
    r"(?:is|are|was|were)\s+not\s+helping|"
    # (s67) a failure told as the medicine's own end ("where drug injections failed completely", "When Drug Injections
    # Failed?"; not a trial's patients "who failed chemotherapy", whose verb takes the medicine as object), help only to
    # a limited extent, a harm to the airways' defences ("Cough syrups paralyze the cilia"), the disease said to be
    # pushed inside (homeopathy's "suppression": "only succeed in pushing the disease inside")
    r"fail(?:s|ed)(?=\s*[?.!,;]|\s+(?:completely|miserably|totally|utterly|again)\b)|"
    r"to\s+a\s+(?:very\s+)?(?:limited|small)\s+extent|paralyz\w*|paralys(?:e|es|ed|ing)|"
    r"(?:push|pushes|pushed|pushing|drive|drives|driving|drove)\s+(?:the\s+)?(?:disease|illness|problem|symptoms)\s+"
    r"(?:deeper|inside|inwards?|into\s+the\s+body)|"
    # no good treatment in it ("there is no satisfactory treatment available for this disease in allopathy")
    r"no\s+(?:satisfactory|effective|permanent|real|lasting|proper|good)\s+(?:treatment|cure|solution|answer|remedy)s?|"
    r"(?:wasn[\u2019']?t|weren[\u2019']?t|isn[\u2019']?t|aren[\u2019']?t|was\s+not|were\s+not|is\s+not|are\s+not)\s+"
    r"(?:really\s+)?(?:serving|helping|doing)\s+(?:[\w-]+\s+)?(?:well|any\s+good|much|anything))\b|"
    # (s56) medicine said to be unneeded: a condition handled without it ("you can at least manage it without
    # medication") or the reader told they need none ("We do not need medication to improve our lifestyle"); the
    # match ends before the medicine's word, which the sentence's medicine reading names
    r"\b(?:manag|control|treat|beat|cur|heal|lower|reduc|revers|fix|handl|overcom|get(?:ting)?\s+rid\s+of|liv)\w*\s+"
    r"(?:[\w'\u2019-]+\s+){0,5}?without\s+(?:any\s+|the\s+(?:need|use)\s+(?:for|of)\s+|using\s+|taking\s+)?"
    r"(?=(?:[\w-]+\s+)?(?:medications?|medicines?|meds|drugs|pills|prescriptions?)\b)|"
    # (s67) or said possible without it ("Reversal is 100% possible without medication")
    r"\b(?:reversal|recovery|healing|cure|remission|reversing\s+it)\s+is\s+(?:[\w%-]+\s+){0,2}?possible\s+without\s+"
    r"(?:any\s+|the\s+(?:need|use)\s+(?:for|of)\s+|using\s+|taking\s+)?(?=(?:[\w-]+\s+)?(?:medications?|medicines?|meds|drugs|"
    r"pills|prescriptions?|insulin)\b)|"
    r"\b(?:don[\u2019']?t|do\s+not|never|won[\u2019']?t|will\s+not)\s+(?:really\s+|even\s+|ever\s+)?need\s+"
    r"(?:any\s+|to\s+take\s+)?(?=(?:[\w-]+\s+)?(?:medications?|medicines?|meds|drugs|pills)\b)",
    re.IGNORECASE,
)
#: A negation just before the word of harm, which denies it ("reduce antibiotic exposure ... with no apparent harm")
_DENIED = lazy_compile(r"\b(?:no|without|not|never|little|minimal)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: The readings of ``_DISPARAGING`` that call medicine unneeded rather than bad (the message says which)
_UNNEEDED = lazy_compile(r"\b(?:without|need)\s", re.IGNORECASE)
#: A pronoun opening a sentence, standing for the medicine the sentence before names ("They interfere with
#: digestion", a list's item under "Why antacids fail")
_PRONOUN_OPENING = lazy_compile(
    r"\s*(?:they|these|those|such\s+(?:drugs|medications|medicines|pills))\b", re.IGNORECASE
)
#: A sentence whose medicine is what it warns against taking with the page's remedy, advice to ask a doctor or to
#: keep taking the medicine: a caution the page owes its readers, not disparagement ("talk to your doctor if you
#: take blood thinners", "symptoms get worse if you stop taking your medicine").
_CAUTION = lazy_compile(
    # (s60) not a patient's round of many doctors ("went from doctor to doctor")
    r"\b(?:(?<!\bto\s)(?:doctor|physician)(?!\s+to\s+(?:doctor|physician))|pharmacist|consult|talk\s+to|"
    r"speak\s+(?:to|with)|ask\s+your|interact(?:s|ions?)?|"
    r"if\s+you\s+(?:are\s+)?(?:take|taking|on|stop)|before\s+(?:you\s+)?(?:start|stop|take|taking|using)|"
    r"(?:should|must|keep|continue\s+to)\s+tak(?:e|ing)|stop\s+taking|take\s+your)\b",
    re.IGNORECASE,
)


class MedicineDisparagedOnClaimsPage(RemedyPageRule):
    """Prescribed medicine spoken ill of, on a page that sells a remedy.

    "diabetics go around purchasing intensely costly diabetes drugs, continuing it for a lifetime",
    "Medication to try to cover up symptoms without first addressing the cause is useless", "many prescription
    medications actually stifle creativity", "Pharmaceutical medications DON'T stop MS": one sentence that
    names a kind of prescribed medicine and speaks ill of it (its cost, its harm, its side effects, a failure to
    reach the cause, a life spent on it; "can lead to the occurrence of adverse effects", "work for only about half
    of those who take them", "a nightmare", a body "dependent on" it; since the fifty-fifth session also by the
    general words of harm and failure: a verb of damage, "will make you sicker", "rarely works", "no better than",
    "nothing to offer", "treats only the symptoms", "instead of looking for the cause", "a prison sentence"; since
    the fifty-sixth session also called unneeded: a condition handled without it, "you can manage it without
    medication", or the reader told they need none, "We do not need medication"; since the fifty-ninth session also by
    what it cannot do or is not, "Drugs can't accomplish this", "isn't the solution", its "negative side effects", the root
    cause "never addressed", an organ's failure laid at it, "can contribute to liver dysfunction", a medicine "not
    working", an antibiotic named by its INN stem: "the Erythromycin ointment wasn't working"; since the sixty-sixth
    session also a failure said of any object, "Drugs cannot cure a dietary disease", medicine called ineffective,
    "hard on the body", a habit the body "gets used to", a disease that "cannot be reversed with" it, medicine "not
    helping", and conventional or modern medicine and beta or channel blockers as the medicine named). A
    sentence that opens with "they", "these" or "those" stands for the medicine the sentence before names ("Antacids
    are sold everywhere. They interfere with digestion."). Medicine called unnatural or dismissed outright is CL110's, and a
    sentence another claim rule reported is left to it. Said in
    a drug leaflet or a news story, such a sentence informs; said on a page that sells a remedy
    (``_remedy_page``: two other claim codes, or one finding of a rule in ``marker-codes``) it is the other half
    of the pitch, and it may lead a reader to drop a medicine they need (FDA: health-fraud products are promoted
    as alternatives to approved treatment; HONcode: information should support, not replace, the relationship
    with a physician). The sentence must not be a caution the page owes its readers (a doctor, a pharmacist, an
    interaction, "if you take"), nor another claim rule's finding, nor negated, reported, quoted, asked or
    cited (the claim context); a sentence that names a doctor is left even where it disparages ("You don't
    always need harsh laxatives or a doctor visit"), the price of leaving the cautions. On the 50 claims pages of the five read page sets it found 13 sentences, 9 of them
    labelled claims and the other 4 the same disparagement unlabelled ("Prescription sleeping pills can be
    expensive"), and nothing on their 50 careful pages; on the 4.9M clean words one finding, in the clean
    sentences' ten-abstract paragraphs. Without the gate the reading matches hundreds of sentences of health news
    and NIH answers (a drug's side effects reported, a leaflet's cautions), which is why it reads only remedy pages;
    a failure to reach a cause counts only as "the root cause" ("do not address the compromised insulin machinery"
    explains a trial in a FakeHealth story).
    """

    code = "CL143"
    name = "medicine-disparaged-on-claims-page"
    category = "claims"
    severity = Severity.WARNING
    source = (
        "FDA, \u201cHealth Fraud Scams\u201d (products promoted as alternatives to approved treatment); HONcode "
        "principle 2, complementarity (information supports, not replaces, the patient-physician relationship); "
        "FTC Health Products Compliance Guidance (2022): a page's net impression"
    )
    should_fire = (
        Example(
            "Type 2 Diabetes Natural Remedies\n\nDrugs can\u2019t accomplish this. Diet and exercise can.",
            note="a headline that promises a remedy from outside medicine opens the page",
        ),
        Example(
            "How I reversed my type 2 diabetes in 30 days.\n\n"
            "Diabetics go around purchasing costly diabetes drugs, continuing them for a lifetime.",
            note="one finding of a marker rule (CL114's testimonial) opens the page",
        ),
    )
    should_not_fire = (
        Example(
            "Diabetics go around purchasing costly diabetes drugs, continuing them for a lifetime.",
            note="no other claim on the page",
        ),
        Example(
            "Do Natural Remedies for Diabetes Work?\n\nDrugs can\u2019t accomplish this. Diet can help.",
            note="a headline that asks whether the remedy works opens nothing",
        ),
        Example(
            "How I reversed my type 2 diabetes in 30 days.\n\n"
            "Talk to your doctor first if you take blood pressure drugs, which can make you dizzy and worse.",
            note="a caution the page owes its readers",
        ),
    )

    def read_page(self, doc: Document, page: RemedyPage, claimed: list[tuple[int, int]]) -> Iterable[Finding]:
        prose = doc.prose
        out = []
        # whether the sentence before named a medicine (or stood for one with its pronoun): "Antacids are sold
        # everywhere. They interfere with digestion."
        named_before = False
        for sentence in doc.sentences:
            text = prose[sentence.start : sentence.end]
            medicine = MEDICINE_KINDS.search(text)
            if medicine is None and named_before:
                medicine = _PRONOUN_OPENING.match(text)
            named_before = medicine is not None and _CAUTION.search(text) is None
            bad = _DISPARAGING.search(text) if medicine else None
            if medicine is None or bad is None or _CAUTION.search(text):
                continue
            if _DENIED.search(text, max(0, bad.start() - 30), bad.start()):
                continue  # (s60) harm denied: "with no apparent harm", "without serious side effects"
            start = sentence.start + min(medicine.start(), bad.start())
            end = sentence.start + max(medicine.end(), bad.end())
            # (another claim rule's finding anywhere in the sentence leaves the sentence to it)
            if left_to_others(doc, sentence.start, sentence.end, claimed) or in_boilerplate(doc, start):
                continue
            if not_the_pages_own(claim_context(doc, start, end)):
                continue
            words = " ".join(prose[start:end].split())
            others = other_codes_note(page)
            unneeded = _UNNEEDED.search(bad.group()) is not None
            what = "called unneeded" if unneeded else "spoken ill of"
            out.append(
                Finding(
                    start,
                    end,
                    f"prescribed medicine {what} (\u201c{words}\u201d) on a page that sells a remedy{others}: "
                    "name the evidence for the harm or the failure, or remove it; a reader may drop a medicine "
                    "they need",
                )
            )
        return out
