"""CL145 recovery-story-on-claims-page: One person's recovery told as proof, on a page that sells a remedy."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.context import claim_context, sentence_of
from ...rule import Example, Finding
from ...text.lazy_re import lazy_compile
from ...text.lexicon import condition_words
from ._remedy_page import RemedyPage, RemedyPageRule, left_to_others, other_codes_note

#: Adverbs that may stand inside the story's predicate ("is now completely gone", "has greatly improved").
_ADVERBS = (
    r"(?:(?:now|finally|completely|totally|fully|entirely|almost|nearly|virtually|really|truly|all|just|simply|"
    r"greatly|dramatically|significantly|much|so|also|even|soon|quickly|gradually|literally|actually|"
    r"pretty\s+much)\s+)*"
)
#: The person the story is about: the writer, or someone the writer tells of. "they" is left out: in NIH and
#: news prose it is a class of patients ("when they are free of symptoms"), not one person's story.
_PERSON = r"(?:I|we|he|she)"
#: What the story says is better: a complaint, a measure of health or a body part by its everyday name (the
#: serious diseases of the condition lexicon join these at first use).
_EVERYDAY_COMPLAINTS = (
    "pain pains ache aches symptoms symptom rash rashes acne eczema psoriasis migraine migraines headache headaches "
    "cramps bloating constipation heartburn reflux fatigue tiredness insomnia anxiety depression cough fever swelling "
    "inflammation itch itching allergies asthma arthritis joint joints knee knees back skin sinuses congestion sugar "
    "glucose cholesterol a1c hba1c levels numbers readings weight tumor tumors tumour tumours cancer lump lumps cyst "
    "cysts wart warts infection condition disease problem problems periods nausea diarrhea diarrhoea ulcer ulcers "
    "gout candida ibs tinnitus vision eyesight hearing memory energy sleep digestion mood health"
).split()
#: (s65) A word between the possessive and the complaint ("my husband's eczema", "his blood sugar"): not a possessive
#: itself, which opens the complaint's own phrase ("To my surprise her skin improved" is her skin's story)
_OWNED_WORD = r"(?:(?!(?:my|our|his|her|their|your)\b)[\w\u2019'-]+\s+)"
#: Complaints whose stopping is a recovery ("my migraines have stopped"; not "my periods stopped")
_STOPPING = (
    r"pain|pains|aches?|symptoms?|migraines?|headaches?|cramps|bleeding|itch(?:ing)?|cough(?:ing)?|seizures?|"
    r"attacks|flare-?ups?|nausea|vomiting|diarrh(?:o)?ea|hot\s+flashes|panic\s+attacks|nightmares|snoring"
)
#: Verbs and states of a complaint that got better ("disappeared", "went back to normal", "is gone").
_IMPROVED = (
    r"(?:disappeared|vanished|went\s+away|gone\s+away|melted\s+away|cleared(?:\s+up)?|subsided|eased|improved|"
    r"dropped|decreased|went\s+down|came\s+down|normali[sz]ed|returned\s+to\s+normal|went\s+back\s+to\s+normal|"
    r"got\s+(?:much\s+|a\s+lot\s+|so\s+much\s+)?better|gotten\s+(?:much\s+)?better|healed(?:\s+up)?|shrunk|shrank|"
    rf"(?:is|are|was|were)\s+{_ADVERBS}gone)"
)
#: Verbs that put a person into a state ("I am", "she has been", "I felt").
_BE = (
    r"(?:am|was|were|is|are|[\u2019']m|[\u2019']s|have\s+been|has\s+been|had\s+been|[\u2019']ve\s+been|got|became|"
    r"feel|felt|remained|stayed)"
)
#: A person's state of health after the story's remedy: cured, back to normal, free of a complaint, off a
#: medicine, years younger. "Free of side effects" is a safety claim, CL103's, not a recovery.
_WELL = (
    r"(?:cured|healed|well\s+again|healthy\s+again|back\s+to\s+normal|normal\s+again|"
    r"free\s+(?:of|from)\s+(?!(?:any\s+|all\s+)?(?:harmful\s+|serious\s+|the\s+)?(?:side|adverse|chemicals|additives))|"
    r"[a-z]+[- ]free\b|in\s+(?:complete\s+|full\s+)?remission|"
    r"off\s+(?:all\s+)?(?:my|his|her|the)\s+(?:[\w-]+\s+)?(?:meds|medications?|medicines?|insulin|pills|drugs|inhalers?)|"
    r"fine\s+now|(?:so\s+much\s+|much\s+|a\s+lot\s+|far\s+)?better\s+(?:now|since|after|than\s+ever)|"
    r"\d+\s+years\s+younger|like\s+a\s+new\s+(?:person|man|woman))"
)
#: Medicine in the sentence makes the recovery the medicine's outcome, not the remedy's proof ("since she added a
#: medication").
_MEDICINE = lazy_compile(
    r"\b(?:medications?|medicines?|drugs?|insulin|antibiotics?|injections?|prescri\w+)\b",
    re.IGNORECASE,
)
#: Research and clinical care anywhere in the paragraph make the recovery a report of them ("Young received the
#: vaccine and pembrolizumab ... 'My skin has cleared up.'", a news story's trial patient; s65: "my life has changed
#: completely thanks to this research", a release's trial participant).
_CLINICAL = lazy_compile(
    r"\b(?:randomi[sz]ed|placebo|trials?|stud(?:y|ies)|participants|research|surgery|surgical|operation|transplant\w*|"
    r"chemo\w*|radiation|radiotherapy|immunotherapy|infusions?|vaccines?|hospital)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1)
def _readings() -> re.Pattern[str]:
    """The story's readings, compiled once with the condition lexicon among the complaints."""
    complaints = "|".join(sorted({*_EVERYDAY_COMPLAINTS, *condition_words()}, key=len, reverse=True))
    complaint = rf"(?:blood\s+sugar|blood\s+pressure|hot\s+flashes|(?:{complaints}))"
    return re.compile(
        # the person's state: "I am fine now", "he is back to normal", "I was pain-free"
        rf"\b{_PERSON}\s+{_ADVERBS}{_BE}\s+{_ADVERBS}{_WELL}|"
        # the person's complaint gone or better: "my headaches have disappeared", "his blood sugar dropped"
        rf"\b(?:my|our|his|her)\s+{_OWNED_WORD}{{0,2}}?{complaint}\s+(?:(?:has|have|had)\s+)?{_ADVERBS}"
        rf"{_IMPROVED}\b|"
        # the complaint or the medicine no longer had: "I no longer have hypothyroidism"
        rf"\b{_PERSON}\s+(?:now\s+)?no\s+longer\s+(?:have|has|need|needs|suffer|suffers|take|takes|get|gets|"
        r"experience|experiences|require|requires)\b|"
        # a time without the complaint: "I had not had a migraine headache for three years"
        rf"\b{_PERSON}\s+(?:have|has|had)(?:n[\u2019']t|\s+not|\s+never)\s+(?:had|needed|taken|suffered|"
        r"experienced)\s+(?:a|an|any|another|one|a\s+single)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:since|for|in)\b|"
        # relief found: "I finally found relief"
        rf"\b{_PERSON}\s+(?:finally\s+|immediately\s+|instantly\s+)?(?:found|got|felt|gotten)\s+(?:[\w-]+\s+)?"
        r"relief\b|"
        # weight lost as the story's number: "I lost 30 pounds"
        rf"\b{_PERSON}\s+(?:have\s+|has\s+|had\s+)?(?:lost|dropped|shed)\s+(?:over\s+|about\s+|almost\s+|nearly\s+|"
        r"more\s+than\s+)?\d+\s*(?:pounds|lbs?|kg|kilos|kilograms|stone|dress\s+sizes?|inches)\b|"
        # a change from disability to health: "he went from being in a wheelchair to walking"
        rf"\b{_PERSON}\s+went\s+from\s+being\b|"
        # (s55) the complaint's state now: "my blood sugar readings are now in the normal range", "my skin was
        # clearer than it had been in years", "my migraines have stopped completely"
        rf"\b(?:my|our|his|her)\s+{_OWNED_WORD}{{0,2}}?{complaint}(?:\s+(?:readings?|numbers|levels?|results))?\s+"
        rf"(?:is|are|was|were|looks?|looked|has\s+been|have\s+been)\s+{_ADVERBS}(?:in\s+the\s+normal\s+range|"
        r"within\s+(?:the\s+)?normal|normal|clear|clearer|smoother|healthier|stronger|stable|under\s+control)\b|"
        rf"\b(?:my|our|his|her)\s+{_OWNED_WORD}{{0,2}}?(?:{_STOPPING})\s+(?:(?:has|have|had)\s+)?{_ADVERBS}"
        r"stopped\b|"
        # the writer well in words of feeling, energy and ability: "I feel amazing", "I have more energy than ever",
        # "I can finally sleep through the night", "I finally got my life back"
        rf"\bI\s+{_ADVERBS}(?:feel|felt)\s+{_ADVERBS}(?:amazing|great|fantastic|wonderful|incredible|awesome|"
        r"better|healthier|younger|so\s+much\s+better|like\s+a\s+new\s+(?:person|man|woman))\b|"
        rf"\b{_PERSON}\s+(?:now\s+)?(?:have|has|had)\s+(?:so\s+much\s+|a\s+lot\s+|much\s+|far\s+)?more\s+"
        r"energy\b|"
        rf"\b{_PERSON}\s+can\s+(?:now\s+|finally\s+|once\s+again\s+)+(?:sleep|walk|run|breathe|eat|see|hear|move|"
        r"work|play|climb|dance|sit|stand)\b|"
        r"\b(?:got|get|have|had)\s+(?:my|his|her|our)\s+li(?:fe|ves)\s+back\b|"
        # the remedy's effect noticed, or success after every other failure: "I noticed a huge difference", "nothing
        # worked until I found this cream"
        rf"\b{_PERSON}\s+(?:{_ADVERBS})(?:definitely\s+|immediately\s+|instantly\s+)?(?:noticed|saw|felt|experienced|"
        r"seen)\s+(?:a|an|such\s+a|some)\s+(?:(?:huge|big|great|dramatic|massive|significant|real|noticeable|remarkable|"
        r"amazing|incredible|tremendous|definite|clear|marked)\s+)?(?:difference|improvement|change)\b|"
        r"\bnothing\s+(?:else\s+)?(?:worked|helped)\s+until\b|"
        # (s65) results seen, the remedy working for the writer, a life changed: "I started to see some good results in
        # the first week", "how rapidly they worked for my migraines", "it worked wonders", "My life changed forever"
        rf"\b{_PERSON}\s+(?:started|began)\s+(?:to\s+see|seeing|noticing|to\s+notice)\s+(?:some\s+|real\s+)?"
        r"(?:(?:good|great|amazing|positive|real)\s+)?(?:results|improvements?|a\s+difference)\b|"
        r"\b(?:it|they|this|these)\s+(?:has\s+|have\s+|had\s+)?(?:really\s+|actually\s+|truly\s+)?worked\s+"
        r"(?:(?:so\s+)?(?:well|quickly|rapidly|fast)\s+)?(?:for\s+(?:me|him|us|(?:my|his|her|our)\s+[\w\u2019'-]+)\b|wonders\b|miracles\b|"
        r"like\s+(?:magic|a\s+charm)\b)|"
        r"\b(?:my|our|his|her)\s+li(?:fe|ves)\s+(?:has\s+|have\s+)?(?:changed|turned\s+around|transformed)\b|"
        # (s65) the complaint gone within the story's time, told of no one by name: "Within three minutes after applying
        # the oils, the pain was gone" (past tense: a leaflet's "the pain is gone when ..." is no story)
        r"\bthe\s+(?:pain|itch(?:ing)?|rash|headache|migraine|swelling|redness|acne|eczema|symptoms|cough|nausea)\s+"
        r"(?:was|were)\s+(?:completely\s+|totally\s+|entirely\s+|all\s+)?gone\b|"
        # (s66) the same of any complaint, an adjective before it or a second one beside it ("The meltdowns and rages
        # were completely gone", "the ultra-sensitive hearing was gone")
        rf"\bthe\s+(?:[\w-]+\s+)?(?:{complaint}|meltdowns|tantrums|rages|outbursts|seizures|flare-?ups)"
        rf"(?:\s+and\s+(?:[\w-]+\s+)?(?:{complaint}|meltdowns|tantrums|rages|outbursts|seizures))?\s+"
        r"(?:was|were)\s+(?:completely\s+|totally\s+|entirely\s+|all\s+)?gone\b|"
        # the seller's people as the proof, with what got better: "Customers report fewer headaches", "our readers have
        # written to tell us their arthritis improved" (a drug's "users report" its harm is no recovery),
        # "my doctor couldn't believe my results"
        r"\b(?:our\s+)?(?:customers|readers|clients|buyers)\s+(?:have\s+|often\s+|regularly\s+)?(?:report|reported|"
        r"say|said|tell|told|write|wrote|written|notice|noticed|swear|rave)\b(?=[^.!?\n]{0,80}?\b(?:fewer|less|no\s+longer|"
        r"better|improv\w*|relie\w*|gone|disappear\w*|cured|healed|lost|results?)\b)|"
        r"\bmy\s+(?:doctor|physician|gp|cardiologist|endocrinologist|dermatologist)\s+(?:could\s*n[\u2019']?t|could\s+not|"
        r"can[\u2019']?t|cannot|did\s*n[\u2019']?t|did\s+not)\s+believe\b",
        re.IGNORECASE,
    )


class RecoveryStoryOnClaimsPage(RemedyPageRule):
    """One person's recovery told as proof, on a page that sells a remedy.

    "I am back to normal and no longer have hypothyroidism", "my husband's and my health has greatly improved",
    "Now he is back to normal, without dialysis", "I had not had a migraine headache for three years now": a
    person (the writer, or someone the writer tells of: I, we, he, she, or my/his/her complaint) whose complaint
    is gone, better or no longer had, or who is cured, free of it, off a medicine, back to normal or relieved; and
    (since the fifty-fifth session's second pass) the complaint's state now ("my readings are in the normal range",
    "my skin was clearer"), the writer well in words of feeling, energy and ability ("I feel amazing", "I can
    finally sleep through the night", "I got my life back"), success after every other failure ("nothing worked
    until I found this cream"), an effect noticed ("I noticed a huge difference") and the seller's customers or
    readers reporting what got better; and (s65) an improvement felt or results seen ("I definitely felt an
    improvement", "I started to see some good results"), the remedy working for the writer ("they worked so rapidly
    for my migraines", "it worked wonders"), a life changed, and a complaint gone in the story's past tense ("the
    pain was gone"; since the sixty-sixth session any complaint, with an adjective before it or a second beside it:
    "The meltdowns and rages were completely gone").
    The FDA lists personal testimonials among the tip-offs of health fraud, and the FTC asks that an endorsement
    show typical results backed by evidence. CL114 reports the phrases of testimonial marketing on any page;
    this rule reads the story's structure (a person and a predicate of recovery, with the serious diseases of
    the condition lexicon and everyday complaints as what got better), so a story in words no list holds is
    read too. News stories tell patients' recoveries after a drug or an operation, which is why the rule reads
    only a page that already makes other unsupported health claims (``_remedy_page``), and a sentence naming
    a medicine, or a paragraph naming research, surgery, a vaccine or a hospital, is left as a report of them; "they" is left (a class of
    patients in NIH prose, "when they are free of symptoms"), as are negated, debunked, asked, supposed and
    cited sentences (the claim context). A span another claim rule reported is left to it.
    """

    code = "CL145"
    name = "recovery-story-on-claims-page"
    category = "claims"
    severity = Severity.WARNING
    source = (
        "FDA, \u201cHealth Fraud Scams\u201d (personal testimonials as a tip-off); FTC Guides Concerning the Use of "
        "Endorsements and Testimonials in Advertising (16 CFR 255.2, typical results); FTC Health Products "
        "Compliance Guidance (2022); DISCERN item 4"
    )
    should_fire = (
        Example(
            "Doctors won't tell you this, but garlic cures cancer.\n\nI drank the tonic every morning. Today I am "
            "back to normal and my headaches have disappeared.",
        ),
        Example(
            "This detox tea flushes toxins from your liver.\n\nMy father tried it for a month. Now he no longer "
            "has any joint pain.",
            note="one finding of a marker rule (CL113's detox) opens the page",
        ),
    )
    should_not_fire = (
        Example(
            "I had knee pain for years. Now I am back to normal and my knee has improved.",
            note="no other claim on the page",
        ),
        Example(
            "Doctors won't tell you this, but garlic cures cancer.\n\nAfter the surgery he was pain-free. When "
            "they are free of symptoms, patients may stop. I did not feel better.",
            note="surgery, a class of patients, negation",
        ),
    )

    def read_page(self, doc: Document, page: RemedyPage, claimed: list[tuple[int, int]]) -> Iterable[Finding]:
        prose = doc.prose
        out = []
        reported_sentences = set()
        for m in _readings().finditer(prose):
            start, end = m.start(), m.end()
            sentence = sentence_of(doc, start)
            if sentence is not None:
                if (
                    sentence.start in reported_sentences
                    or _MEDICINE.search(sentence.text)
                    or _CLINICAL.search(doc.block_text(doc.blocks[sentence.block]))
                ):
                    continue
            if left_to_others(doc, start, end, claimed):
                continue
            ctx = claim_context(doc, start, end)
            if ctx.suppressed or ctx.question or ctx.hypothetical or ctx.cited:
                continue
            if sentence is not None:
                reported_sentences.add(sentence.start)
            words = " ".join(prose[start:end].split())
            out.append(
                Finding(
                    start,
                    end,
                    f"a personal recovery told as proof (\u201c{words}\u201d) on a page that makes other unsupported "
                    f"health claims{other_codes_note(page)}: one person's story does not show that a remedy works; "
                    "cite controlled studies or cut it",
                )
            )
        return out
