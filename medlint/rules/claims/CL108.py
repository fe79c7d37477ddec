"""CL108 animal-to-human: Benefits claimed for people on evidence from mice, rats or cells, with no caveat."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import HEADING, Document
from ...evidence.apostrophe import cue
from ...evidence.claim_structure import non_claim_reason
from ...evidence.context import claim_context
from ...evidence.sources import human_caveats
from ...rule import Finding, Rule
from ...text.matching import ProbedPattern

# "in mice" is evidence wherever it stands; "on", "of", "from" and "with" only after a word of
# research ("studies of mice", "data from rats", "tested on animals"): "get a disease directly from an
# animal" is a route of infection and "the CDC Rodents site" a page
_ANIMAL = ProbedPattern.of(
    cue(
        r"(?:\bin|\b(?:stud(?:y|ies)|research|experiments?|data|results|tests?|tested|trials?|evidence|"
        r"findings|work)\s+(?:\w+\s+){0,2}(?:on|of|from|with|using))"
        r"\s+(?:\w+\s+){0,2}(?:mice|mouse|rats?|rodents?|animals?|monkeys|zebrafish|"
        r"cell cultures?|cells in (?:a|the) (?:dish|lab)|petri dish(?:es)?|test tubes?|laboratory animals)\b"
        r"|\bin vitro\b|\banimal (?:study|studies|experiments?|models?)\b"
        r"|\b(?:mice|rats|rabbits|monkeys|dogs|pigs)\s+(?:given|fed|treated|injected)\b",
        re.IGNORECASE,
    )
)


# a claimed benefit for people: "it will work for you", "patients can now reverse memory loss"
_PEOPLE_BENEFIT = cue(
    r"\b(?:you|people|patients|humans|women|men|adults|children|anyone|everyone|sufferers|diabetics)\b"
    r"[^.!?]{0,60}?\b(?:will|can|could|would|may)\s+(?:now\s+|soon\s+|finally\s+|also\s+)?(?:be able to\s+)?"
    r"(?:work|help|cure|protect|reduce|lower|prevent|reverse|improve|boost|heal|benefit|treat|beat|fight|lose)\w*"
    r"|\b(?:work|help|cure|protect|benefit)\w*\s+(?:for|in)\s+(?:you|people|patients|humans|women|men|adults|children)\b",
    re.IGNORECASE,
)


# the paragraph reports research in people too: "In animal studies, some phthalates may promote
# infertility. Previous research in men suggests that ... may reduce the quality of sperm": what it
# says of people rests on that, not on the animals
_HUMAN_RESEARCH = cue(
    r"\b(?:research|stud(?:y|ies)|trials?|data|observations|evidence)\s+(?:in|on|with|among|of|involving)\s+"
    r"(?:\d[\d,]*\s+)?(?:(?:healthy|adult|older|young|pregnant)\s+)?(?:humans|people|men|women|adults|children|"
    r"patients|volunteers|participants)\b",
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
        "In animal studies, the compound lowered blood sugar. Research in people shows that patients can "
        "lower their blood sugar with it.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _ANIMAL.could_match_doc(doc):
            return  # every animal or lab mention contains one of the probes
        caveat: bool | None = None  # asked of the whole article once there is something to report
        for block in doc.blocks:
            if block.kind == HEADING:
                continue
            text = doc.prose[block.start : block.end]
            lowered = text.lower()
            animal = _ANIMAL.search_text(text, lowered) if _ANIMAL.could_match(lowered) else None
            if animal is None or non_claim_reason(text) == "reference":
                continue
            people = _PEOPLE_BENEFIT.search(text)
            if people is None or _HUMAN_RESEARCH.search(text):
                continue
            if caveat is None:
                caveat = bool(human_caveats(doc))
            if caveat:
                return  # the article says the result still has to be shown in people
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
