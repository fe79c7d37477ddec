"""CL115 unnamed-proof: "Clinically proven" or "doctor recommended" in an article that names no study."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.apostrophe import cue
from ...evidence.claim_structure import in_boilerplate, non_claim_reason
from ...evidence.context import claim_context, sentence_of
from ...evidence.sources import names_source
from ...rule import Finding, Rule
from ...text.matching import ProbedPattern, ProbeIndex

# one pattern per form, each with its own probes (a text must hold one word of every
# required group, "doctors" and "recommend"), so that common words alone ("doctor", "research")
# do not send every article through the whole pattern
_PROOFS = tuple(
    ProbedPattern.of(cue(p, re.IGNORECASE))
    for p in (
        r"\b(?:clinically|scientifically|medically)\s+(?:proven|tested|shown|validated)\b",
        # "It has also been scientifically confirmed that drinking warm water ..." (not "medically confirmed
        # fractures" nor "clinically established that patients had", a study's own words)
        r"\bscientifically\s+(?:confirmed|verified)\b",
        r"\b(?:doctor|physician|dermatologist|pharmacist|dentist)s?[- ](?:recommended|approved|endorsed|tested|"
        r"formulated)\b",
        r"\brecommended\s+by\s+(?:\d[\d,]*\s+|many\s+|most\s+|top\s+|leading\s+)?(?:doctors|physicians|"
        r"[a-z]+ologists|[a-z]+iatrists|pharmacists|nutritionists|dietitians|surgeons|experts)\b",
        r"\b(?:backed|supported)\s+by\s+(?:science|research|clinical (?:studies|trials|research))\b",
        # "proven by research to boost immunity": proof with nothing named
        r"\bproven\s+(?:by|in)\s+(?:(?:modern|medical|western)\s+)?(?:science|research|studies|clinical (?:studies|trials|research))\b",
        # (s61) natural products as a class said to have been proven safe or effective ("Natural products have been used
        # since ancient times and have been proven safe, with few side effects"): proof of a whole class, nothing named
        r"\b(?:natural|herbal|ayurvedic|homeopathic|traditional)\s+(?:[\w-]+\s+)?(?:products?|remed(?:y|ies)|medicines?|"
        r"treatments?|supplements?|herbs)\b[^.!?\n]{0,60}?\b(?:have|has|had)\s+(?:long\s+|also\s+)?been\s+proven\s+"
        r"(?:to\s+be\s+)?(?:safe|effective|harmless|non-?toxic)\b",
        # (s61) research over years said to have proven it, with nothing named ("Research over the last sixty years has
        # proven time and time again that many ayurvedic practices ... are very powerful natural remedies"; 0 on 4.9M
        # clean words, where research "has shown" a finding someone is named for)
        r"\bresearch\s+(?:(?:over|in|during|from)\s+the\s+(?:last|past)\s+(?:[\w-]+\s+)?(?:years|decades|centur(?:y|ies))\s+)?"
        r"(?:has|have)\s+(?:repeatedly\s+|consistently\s+|now\s+|also\s+)?prov(?:en|ed)\s+(?:time\s+and\s+(?:time\s+)?again\s+|"
        r"repeatedly\s+|beyond\s+(?:any\s+)?doubt\s+)?that\b",
        # a crowd of unnamed studies said to prove it: "There are many studies that prove the effectiveness of yoga and
        # naturopathy in diabetes" ("many studies which show a link", a finding's report, is not proof claimed)
        r"\b(?:many|several|numerous|countless|lots\s+of)\s+(?:scientific\s+|clinical\s+)?(?:studies|researches|"
        r"trials)\s+(?:that|which)\s+(?:have\s+)?prove[dns]?\b",
        # endorsement and proof stated flatly: "Doctors recommend it. Science proves it works."
        # any specialist by the name of the trade ("Top neurologists recommend it", "cardiologists trust it")
        r"\b(?:doctors|physicians|experts|[a-z]+ologists|[a-z]+iatrists|pharmacists|nutritionists|dietitians|"
        r"surgeons)\s+(?:recommend|endorse|trust|swear by)\s+(?:it|this|our|these)\b",
        # unnamed proof of the product itself: "Science proves it works", "Studies prove it", "Research
        # has proven that our formula ..." (not a finding's object: "studies prove that smoking ..."); the
        # span ends at the verb
        r"\b(?:science|studies|research|clinical (?:studies|trials|research)|trials|tests)\s+(?:prove|proves|"
        r"have proven|has proven|have proved|has proved)(?=\s+(?:it|this|that (?:it|this|our))\b)",
        # (not the writer's own account of the evidence: "a clear, science-backed explanation that separates fact
        # from fiction", a fact-check's promise about its text, not proof claimed for a product)
        r"\bscience[- ]backed\b(?!\s+(?:explanations?|information|answers?|facts|articles?|guides?|overviews?|look|"
        r"reviews?|advice|insights?|breakdowns?|summar(?:y|ies)|content|perspective)\b)",
        # proof asserted in the passive with no one named: "sugar is proven to suppress a key response in the
        # immune system", "it has been proven that cancer can only proliferate ..." (no treatment "has been
        # proven to" help is a negation, which the claim context reads)
        r"\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|also\s+|already\s+)?proven\s+to\s+"
        r"(?!be\s+(?:false|wrong|untrue|ineffective|unsafe|harmful|dangerous)\b)[a-z]+",
        r"\bit\s+(?:has\s+(?:now\s+|also\s+|already\s+)?been|is)\s+(?:now\s+)?proven\s+that\b",
        # (s62) a result said found, with no one named and the cure already done ("It is also found to have successfully
        # dissolved small kidney stones after its regular use"; 0 on 4.9M clean words, where findings have a finder)
        r"\b(?:is|are|has\s+been|have\s+been)\s+(?:also\s+|now\s+)?(?:found|shown|proven|proved|known)\s+to\s+have\s+"
        r"(?:successfully\s+|completely\s+|effectively\s+)?(?:cured|dissolved|healed|reversed|eliminated|removed|"
        r"shrunk|destroyed|cleared)\b",
        # science itself said to have proven it, or unnamed research said to show a remedy works ("Science has proven
        # that turmeric heals the gut", "herbs that have both a long history and clinical research showing their
        # effectiveness"; 0 in MedQuAD, FakeHealth, the clean sentences and WMT22, where research is named by who did it)
        r"\bscience\s+(?:has\s+|have\s+)?(?:proven|proved|proves|shown|shows|confirmed|confirms)\s+that\b",
        r"\b(?:research|studies|trials|clinical\s+research)\s+(?:showing|proving|confirming|demonstrating)\s+(?:its|"
        r"their)\s+(?:effectiveness|efficacy|benefits|power)\b",
        # an endorsement by a count of unnamed doctors: "Recommended by thousands of physicians", "trusted by
        # over 5,000 doctors", "9 out of 10 dentists recommend", "80% of doctors recommend it" (no doctor
        # and no survey is named)
        r"\b(?:recommended|trusted|endorsed|approved)\s+by\s+(?:(?:over|more\s+than|nearly|"
        r"almost)\s+)?(?:thousands|hundreds|tens\s+of\s+thousands|\d[\d,]*\+?)\s+(?:of\s+)?(?:(?:top|leading|"
        r"practicing|practising|licensed|board-certified|american|uk|german)\s+)?(?:doctors|physicians|"
        r"[a-z]+ologists|[a-z]+iatrists|pharmacists|nutritionists|dietitians|surgeons|dentists|nurses|experts)\b",
        r"\b(?:\d{1,2}\s+(?:out\s+)?of\s+(?:10|ten)|\d{2,3}\s?%\s+of|nine\s+(?:out\s+)?of\s+ten)\s+(?:[\w-]+\s+)?"
        r"(?:doctors|physicians|[a-z]+ologists|[a-z]+iatrists|pharmacists|dentists|nutritionists|dietitians|surgeons|"
        r"nurses)\s+(?:recommend|endorse|trust|use|prefer|choose|swear\s+by)\b",
    )
)
_PROOF_INDEX = ProbeIndex(_PROOFS)


class UnnamedProof(Rule):
    """ "Clinically proven" or "doctor recommended" in an article that names no study.

    Proof and endorsement claims borrow the authority of trials and doctors:
    the FTC requires competent and reliable scientific evidence behind
    "clinically proven", and an endorsement must be real and typical. When the
    article names no journal, trial, conference, DOI, link or reference
    anywhere, the reader has nothing to check. The claim is efficacy puffery,
    not a safety claim (safety is CL103). Negated, debunked ("marketed as
    clinically proven") and quoted uses do not fire.
    """

    code = "CL115"
    name = "unnamed-proof"
    category = "claims"
    severity = Severity.WARNING
    source = (
        "FTC Health Products Compliance Guidance (2022) ('clinically proven' establishment claims need "
        "competent and reliable scientific evidence); FTC Endorsement Guides (16 CFR 255); HONcode "
        "principle 4 (justifiability); DISCERN item 2"
    )
    should_fire = (
        "There are many studies that prove the effectiveness of yoga and naturopathy in diabetes.",
        "This clinically proven formula melts belly fat.",
        "It has been scientifically confirmed that drinking warm water in the morning is beneficial.",
        "Our doctor-recommended drops relieve joint pain.",
        "The serum is backed by science and loved by customers.",
        "Proven by research to boost your immune system.",
        "Doctors recommend it. Science proves it works.",
        "Top neurologists recommend it to their patients.",
        "Studies prove it works for joint pain.",
        "Clinical trials have proven that our formula restores hair.",
        "Sugar is proven to suppress the immune system.",
        "It has been proven that cancer cannot grow in an alkaline body.",
        "Recommended by thousands of physicians.",
    )
    should_not_fire = (
        "This clinically proven formula lowered LDL by 12% in a trial published in JAMA Cardiology.",
        "No supplement is clinically proven to prevent colds.",
        "No treatment has been proven to slow the disease.",
        "Be wary of products marketed as clinically proven.",
        "\u201cIt is clinically proven,\u201d the label says.",
        "No studies prove that it works.",
        "Claims that studies prove it cures acne are false.",
        "Studies prove that smoking causes lung cancer.",
        "The drug is prescribed by thousands of doctors every day.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        proofs = [_PROOFS[i] for i in _PROOF_INDEX.candidates(doc) if _PROOFS[i].could_match_doc(doc)]
        if not proofs or names_source(doc):
            return
        found = sorted({(m.start(), m.end(), m.group()) for p in proofs for m in p.finditer(doc)})
        last_end = -1
        for start, end, text in found:
            if start < last_end:
                continue  # two forms over the same words: report once
            last_end = end
            if in_boilerplate(doc, start):
                continue
            sent = sentence_of(doc, start)
            if sent is not None and non_claim_reason(sent.text) == "reference":
                continue
            ctx = claim_context(doc, start, end)
            if ctx.suppressed or ctx.quoted:
                continue
            yield Finding(
                start,
                end,
                f"proof or endorsement claim \u201c{text}\u201d with no study, journal, trial or "
                "reference named anywhere in the article",
                ("name the trial (journal, year, link or DOI) or drop the claim",),
                severity=Severity.INFO if ctx.softened or ctx.attributed else None,
            )
