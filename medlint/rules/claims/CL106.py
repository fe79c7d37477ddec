"""CL106 uncited-research: Research invoked in an article that names no source at all ("studies show", "90% were cured")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ...diagnostic import Severity
from ...document import HEADING, Document
from ...evidence.apostrophe import cue
from ...evidence.claim_structure import PREVALENCE, non_claim_reason
from ...evidence.context import claim_context, said_only_after, sentence_of
from ...evidence.sources import appraises_evidence, names_source
from ...rule import Example, Finding, Rule
from ...text.matching import ProbedPattern

_RESEARCH = ProbedPattern(
    cue(
        r"\b(?:(?:many |several |recent |new |numerous )?(?:studies|research|trials|scientists|researchers|"
        # a relative pronoun between ("uncovered research that shows this one tea can help you lose weight")
        r"clinical trials|experiments) (?:(?:that|which) )?(?:show|shows|showed|prove|proves|proved|found|find|confirm|confirms|"
        r"confirmed|demonstrate|demonstrates|demonstrated|revealed|discovered|"
        # the perfect, with the adverbs that sell it: "scientists have (now) confirmed"
        r"(?:have|has) (?:now |recently |finally |already |long |repeatedly |since )?(?:shown|proven|proved|found|"
        r"confirmed|demonstrated|discovered|revealed)|(?:have|has) established that)"
        # "the researchers found 36 studies" counts sources: a literature search, not a finding
        r"(?!\s+\d[\d,]*\s+(?:studies|trials|papers|articles|reports|reviews))"
        # "something that many researchers find very troubling" is an opinion: the verb takes an
        # adjective that ends the clause, not a result (the clause ends where no word follows: a
        # full stop named in the lookahead would make it a character the pattern reads, not a stop)
        r"(?!\s+(?:it\s+|this\s+|that\s+)?(?:very|quite|deeply|particularly|especially|rather|extremely|really|so|"
        r"most|highly)\s+[a-z]+(?:\s*(?:that|because)\b|(?![\w\s-])))|"
        # doctors and experts offered as a source of findings: "Doctors have discovered that ...", in the
        # perfect and with a clause (the simple past narrates a case: "doctors found a tumour")
        r"(?:doctors|physicians|experts|medical experts|health experts) (?:have|has) (?:now |recently |finally |"
        r"already |long |repeatedly )?(?:shown|proven|proved|found|confirmed|demonstrated|discovered|established|"
        r"revealed) that|"
        r"(?:a|one) (?:new |recent |large |small |clinical |scientific |major |published |landmark |separate |similar )?(?:study|trial|survey|report|experiment) "
        r"(?:shows|showed|found|finds|proves|proved|confirms|confirmed|demonstrated|"
        # the perfect of one study: "A study has shown that applying onion juice ... will cause hair re-growth"
        r"(?:has|had) (?:now |recently |already |also )?(?:shown|proven|proved|found|confirmed|demonstrated|revealed))|"
        # research said to validate a remedy's effect ("recent studies validated its effectiveness against influenza":
        # s53; researchers who "have validated the test" did research, they claim nothing of a remedy)
        r"(?:(?:many |several |recent |new |numerous )?(?:studies|research|trials|scientists|researchers|experiments) "
        r"(?:(?:that|which) )?(?:(?:have|has) )?validat(?:e|es|ed) (?:its|their) (?:effectiveness|efficacy|benefits?|"
        r"use|safety|healing|power|effects?))|"
        # research said to support or back a remedy's use (s56: "Many studies have supported the use of onion juice for
        # hair loss", "Scientific research supports the use of garlic"); "evidence supports" is left to the evidence
        # rules, as "research supports the idea" names no use
        r"(?:(?:many |several |recent |new |numerous |scientific |clinical )?(?:studies|research|trials|scientists|"
        r"researchers|experiments) (?:(?:have|has) (?:also )?)?(?:support(?:s|ed)?|back(?:s|ed)?) the (?:use|"
        r"effectiveness|efficacy|benefits?|healing\s+(?:power|properties)) of)|"
        # testing in the perfect, offered as a finding ("Testing has shown that manuka oil is more effective": s53; a
        # test's present result, "tests show that your platelet count is low", is a diagnosis)
        r"testing (?:have|has) (?:now |recently |already |also )?(?:shown|proven|proved|confirmed|demonstrated)|"
        # (s61: not experts the outlet interviewed, "according to experts who spoke with USA TODAY", a news story's
        # sourcing)
        r"according to (?:research|studies|(?:scientists|experts)(?!,?\s+(?:who|that)\s+(?:spoke|talked|told|were\s+"
        r"interviewed|were\s+consulted))|a study)|research suggests|studies suggest|"
        r"scientifically shown|research has proven)\b",
        re.IGNORECASE,
    ),
    # a verb of every branch: the probes derived from the text were its nouns ("research",
    # "study", "report", in most MedQuAD paragraphs), and every clause holding one was searched
    # (the nouns as a second set cost more to check in each clause than they saved)
    (
        "show",
        "prove",
        "found",
        "find",
        "confirm",
        "demonstrat",
        "according to",
        "suggest",
        "reveal",
        "discover",
        "establish",
        "validate",
        "support",
        "back",
    ),
)


#: a research verb that hedges what it reports: "studies suggest" claims less than "studies show"
_HEDGING_VERB = cue(r"\bsuggests?\b", re.IGNORECASE)

#: the mention opens a temporal or conditional clause: research as a condition or a general
#: procedure ("New technology is allowed into the market after studies show it is safe", "once
#: trials confirm it"), not a finding the article reports
_SUBORDINATE = cue(
    r"\b(?:after|once|until|unless|before|if|whenever)\s+(?:(?:the|more|further|new|enough|larger|better|good)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_BEFORE_WINDOW = 40  # characters before a mention read for its clause opener

#: the finding reported as a possibility, by a modal within its first words: "According to research, papaya leaf
#: extract may aid in platelet recovery" (research that says "may" claims what "research suggests" does; not
#: "could", a reported "can": "a small study showed that the therapy could improve mobility")
_MODAL_FINDING = cue(
    r"\s*,?\s*(?:that\s+)?(?:[\w'\u2019-]+\s+){0,5}?(?:may|might)\s+(?!not\b)", re.IGNORECASE
)

#: the research reported found nothing: "Well-conducted studies find neither a preventive nor an
#: alleviating effect", "studies show no benefit", "According to scientists, there is no known cure" (s53),
#: "According to studies, erection ability did not
#: increase significantly" (an effect measured and missed). A careful page's refutation; an
#: unsourced one is still worth a note
_NEGATIVE_RESULT = cue(
    # (not an absence of harm, which is itself a safety claim: "studies showed no long-term safety issues")
    r"\s*,?\s*(?:that\s+)?(?:(?:there\s+(?:is|are|was|were)\s+(?:still\s+)?)?(?:no|neither|nothing|little\s+or\s+no|none)\b(?![^.!?;:]{0,40}?\b(?:safety|side[- ]effects?|"
    r"adverse|harms?|harmful|risks?|dangers?|dangerous|toxic\w*|complications?|problems|issues|concerns?)\b)"
    r"|[^.!?;:]{0,100}?\b(?:do|does|did|is|are|was|were|could|can|has|have|had)\s*(?:not|n['\u2019]t)\s+"
    r"(?:\w+\s+){0,2}?(?:improve|increase|reduce|lower|help|work|prevent|change|affect|benefit|differ|protect|"
    r"relieve|shorten|lengthen|slow|extend|raise|cut|lead|show|find|support|alleviate)\w*\s+"
    # an effect measured and missed: "did not increase significantly" (not any negated description,
    # "beliefs don't change much over time")
    r"(?:\w+\s+){0,3}?(?:significantly|at\s+all|any\s+(?:more|better|less|faster)|better\s+than\s+(?:a\s+)?"
    r"(?:placebo|dummy|sham)))"
    # the finding an effect that was not there, said of the thing the clause names: "Research shows that hard water has
    # little to no impact on the risk", "studies found that the supplements had no meaningful impact on weight loss",
    # "studies show they're less effective than exercise", "One study found zero high-quality evidence that the pills
    # work" (a careful page's debunking; not an absence of harm, "had no effect on safety", which the guard above
    # keeps out of the bare "no")
    r"|[^.!?;:]{0,60}?\b(?:has|have|had|made|makes|make)\s+(?:little\s+(?:to|or)\s+no|no|zero|almost\s+no)\s+"
    r"(?:(?:meaningful|significant|measurable|clear|real|lasting|noticeable|detectable)\s+)?"
    r"(?:impact|effect|benefit|difference|influence)s?\b(?![^.!?;:]{0,30}?\b(?:safety|side[- ]effects?|adverse|harms?|"
    r"harmful|toxic\w*|complications?)\b)"
    r"|[^.!?;:]{0,60}?\b(?:(?:are|is|were|was)|['\u2019]re)\s+(?:much\s+|far\s+)?less\s+effective\s+than\b"
    r"|\s*(?:that\s+)?(?:zero|no)\s+(?:(?:high|good)-quality\s+|reliable\s+|convincing\s+)?evidence\s+that\b"
    # (s67) the evidence said to be thin: "according to experts, there is limited scientific evidence to support these
    # claims", "studies show insufficient evidence" (a careful page's caution, not a finding to source)
    r"|\s*,?\s*(?:that\s+)?(?:there\s+(?:is|are|was|were)\s+(?:still\s+|only\s+)?)?(?:very\s+)?(?:little|limited|"
    r"insufficient|scant|scarce|weak|inconclusive|not\s+enough|no\s+(?:conclusive|solid|strong|good))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:evidence|proof|data)\b"
    # research that contradicts the claim just stated, a rebuttal's own words: "Studies show otherwise",
    # "research shows the opposite" (the clause ends there: not "studies show otherwise healthy adults ...")
    r"|\s*(?:otherwise|(?:quite\s+)?the\s+(?:opposite|contrary))(?:\s+(?:is|was)\s+(?:true|the\s+case))?"
    r"\s*(?:[.!?;:,)\u2014]|$)",
    re.IGNORECASE,
)


#: the mention says what the research was: its design ("two well-done randomized-controlled trials
#: show"), a review of it ("the summarized results of previous studies show"), its quality
#: ("well-conducted studies find"), or studies the article has already described ("both studies
#: show", "the results of the four studies show"). A careful fact-check describes its evidence this
#: way instead of naming journals; the reader is told what kind of evidence it is, which is what a
#: vague "studies show" withholds (whether design and size are described at all is CL118's question)
_DESCRIBED = cue(
    r"\b(?:randomi[sz]ed|(?:placebo|sham)[- ]controlled|controlled|double[- ]blind(?:ed)?|systematic|"
    r"meta-?analy\w*|cohort|observational|prospective|retrospective|case-control|cross-sectional|cross-?over|"
    r"summari[sz]ed|pooled|well[- ](?:done|conducted|designed|made|controlled)|(?:high|good)[- ]quality|rigorous|"
    r"both|(?:the|these|those|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))"
    # up to four more words of the same noun phrase ("... results of previously published")
    r"(?:[\s-]+[\w-]+){0,4}?[\s-]*$",
    re.IGNORECASE,
)
_DESCRIBED_WINDOW = 70  # characters before a mention read for its noun phrase
_PHRASE_STOP = cue(r"[.!?;:,()\[\]\n\u2014]")

#: research credited to a named institution: "according to research by University College London",
#: "a study from the Karolinska Institute found" (the reader can look the institution's work up)
_NAMED_BODY = cue(
    r"\s+(?:(?:led|conducted|carried out|published)\s+)?(?:by|from|at|of)\s+(?:the\s+)?"
    r"(?-i:(?:[A-Z][\w'\u2019&.-]*|of|for|and|de)\s+){0,5}?"
    r"(?-i:University|College|Institute|Institut|Hospital|School|Centre|Center|Clinic|Foundation|Agency|Ministry|"
    r"Department|Organi[sz]ation|Council|Society|Academy|Association|Laborator(?:y|ies)|Infirmary|Trust|"
    r"CDC|NIH|WHO|NHS|FDA|EMA)\b",
    re.IGNORECASE,
)


#: the kind of evidence, by its model or its stage, as the word that heads the mention: "Animal studies
#: have shown", "Familial studies have shown", "Laboratory studies show", "some initial research trials
#: showed" (a reader is told it is mice, cells, families or a first look: what a bare "studies show"
#: withholds). Only next to the research noun ("initial data from a small study showed" describes the
#: data, and a company's unpublished study stays an appeal); a size alone is not a kind ("a few small
#: studies have found" still fires, as a bare count does)
_KIND = cue(
    r"\b(?:animal|laborator(?:y|ies)|lab|mouse|mice|rodent|rat|cell|test[- ]tube|in\s+vitro|twin|family|familial|"
    r"pilot|preliminary|initial|early)(?:[\s-]+(?:research|clinical|human|model))?[\s-]*$",
    re.IGNORECASE,
)


def _described(prose: str, start: int) -> bool:
    """Whether the noun phrase that ends in the mention describes the research (``_DESCRIBED``, ``_KIND``)."""
    window = prose[max(0, start - _DESCRIBED_WINDOW) : start]
    stops = list(_PHRASE_STOP.finditer(window))
    if stops:
        window = window[stops[-1].end() :]
    return _DESCRIBED.search(window) is not None or _KIND.search(window) is not None


#: the last words of an outcome figure that says its outcome itself ("a 90% cure rate", "your risk is 58% lower"), with
#: no outcome word after it to read
_OWN_OUTCOME = ("rate", "lower", "higher", "less", "greater", "smaller")
_OUTCOME_NUMBER = ProbedPattern(
    cue(
        r"\b\d{1,3}(?:\.\d+)?\s?(?:%|percent|per cent)\s+of\s+(?:the\s+)?(?:patients|people|users|women|men|adults|"
        r"children|participants|sufferers|customers)\b"
        r"|\b\d{1,3}(?:\.\d+)?\s?(?:%|percent|per cent)\s+(?:success|cure|recovery|remission)\s+rate\b"
        r"|\b(?:reduces?|cuts?|lowers?|boosts?|increases?|improves?|slashes)\b[^.!?]{0,60}\bby\s+\d{1,3}(?:\.\d+)?\s?(?:%|percent|per cent)"
        # a risk given a figure as the outcome of what the reader does: "If you follow a healthy diet and lifestyle your
        # risk of diabetes is 58% lower" (an s43 blind-set page)
        r"|\b(?:risk|chances?|odds)\b[^.!?]{0,40}?\b(?:is|are|was|were|becomes?)\s+(?:about\s+|nearly\s+|up\s+to\s+)?"
        r"\d{1,3}(?:\.\d+)?\s?(?:%|percent|per cent)\s+(?:lower|higher|less|greater|smaller)\b",
        re.IGNORECASE,
    ),
    # every outcome figure is a percentage; the words a probe could be derived from
    # ("patients", "people") are in most health paragraphs (4% of a run on MedQuAD without it)
    ("%", "percent", "per cent"),
)


#: the outcome came without treatment: "about 20 percent of patients recover without treatment", "About
#: 10-20% of people with eosinophilic fasciitis recover spontaneously": the condition's natural course (a
#: descriptive statistic of its outlook), not the result of something a reader could take or do
_UNTREATED = cue(
    r"\b(?:without\s+(?:any\s+)?(?:treatment|therapy|medication|intervention)|spontaneously|on\s+(?:their|its)\s+own)\b",
    re.IGNORECASE,
)

_OUTCOME_AFTER = cue(
    r"[^.!?]{0,60}?\b(?:cured|healed|improv\w*|better|recover\w*|respond\w*|remission|relief|benefit\w*|"
    r"success\w*|symptom-free|free of (?:symptoms|pain|disease)|no longer (?:need|have|had|suffer|take|use)\w*|"
    r"lost (?:weight|\d)|reduc\w+|disappear\w*|normali[sz]\w*|reversed|off (?:their|all) (?:medication|medicine|drugs|insulin))",
    re.IGNORECASE,
)


def _background(text: str, at: int) -> bool:
    """Whether the sentence ``text`` whose research mention starts at ``at`` states a condition's
    genetics or prevalence (its background), not a claim: a prevalence counts only where it does not
    end before the mention, so a figure in a run-on sentence before it ("... 5 to 10 percent of women
    with gestational diabetes continue to have high blood glucose ... type 2.1 Research has shown that
    metformin can reduce the risk", a numbered note read as no sentence end) is not what the research
    is invoked for."""
    reason = non_claim_reason(text)
    if reason != "prevalence":
        return reason == "genetics"
    figures = list(PREVALENCE.finditer(text))
    if any(m.end() > at for m in figures):
        return True
    for m in figures:  # every figure is before the mention: is the sentence background otherwise?
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return non_claim_reason(text) in ("genetics", "prevalence")


class UncitedResearch(Rule):
    """Research invoked in an article that names no source at all ("studies show", "90% were cured").

    "Studies show", "a trial found", "90% of patients were cured": a reader cannot check research the article does not name. The article is
    taken as a whole: a journal, conference presentation, named trial, DOI,
    link, citation or reference list anywhere in it counts for every research
    mention (a news story names the journal once and reports the findings for
    ten paragraphs). Outcome figures count only when they describe an outcome
    ("90% of patients improved"), not prevalence ("affects 15 percent of
    males", "8 to 10 percent of American children under 18 years of age
    have"). Research is invoked in the present and the perfect ("scientists
    have now confirmed"), and doctors and experts are invoked as its source
    when they "have found that" (not "doctors found a tumour": a case). A
    condition's genetics or prevalence stated as research findings
    ("researchers have found that mutations in the TRIP11 gene cause it") is
    its background, not research invoked for a claim, and is skipped.
    Negated, quoted and debunked mentions are skipped; hedged ones
    ("research suggests"), reported ones ("Says studies prove ...": someone
    else's appeal handed over by a verb), a rebuttal's "studies show
    otherwise" and research invoked for an effect that was not there, a
    debunking's evidence ("research shows that hard water has little to no
    impact", "studies show they're less effective than exercise", "one study
    found zero high-quality evidence that the pills work"; not an absence of
    harm, which is a safety claim) are reported at info, and so is a finding
    the sentence itself gives as a possibility ("According to research, the
    extract may aid recovery"; not a reported "could"). Research the mention itself
    describes is not a vague appeal and is skipped: by its design or quality
    ("two well-done randomized-controlled trials show", "the summarized results
    of previous studies show"), as studies already described ("both studies
    show"), or credited to a named institution ("research by University College
    London"); a bare count ("over 20 studies show") still fires. An article
    that grades the body of evidence it summarises ("the assessment is based
    mainly on studies over 12 months", "this is hardly researched") gets a
    note, not a warning: it has told the reader what kind of evidence stands
    behind its "studies show" (a fact-check copied without its reference list).
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
            # the article names its research nowhere: no mention can be looked up. An article that
            # grades its body of evidence (what it rests on, where it is missing) has told the reader
            # what kind of evidence each mention stands for: a note, not a warning (an evidence
            # summary whose reference list was cut off, as in a fact-check copied without it)
            if appraises_evidence(doc):
                found = [replace(f, severity=Severity.INFO) for f in found]
            yield from found

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
                        m.group().lower().endswith(_OWN_OUTCOME) or _OUTCOME_AFTER.match(doc.prose, end)
                    ):
                        continue  # a descriptive figure, not an outcome
                    if _UNTREATED.search(doc.prose, end, sent.end if sent is not None else end):
                        continue  # the condition's natural course: a descriptive figure of its outlook
                if what == "research" and (
                    _described(doc.prose, start) or _NAMED_BODY.match(doc.prose, end) is not None
                ):
                    continue  # the research is described or credited, not merely invoked
                if what == "research" and _background(
                    text, start - (sent.start if sent is not None else start)
                ):
                    # "researchers have found that mutations in the TRIP11 gene cause it", "studies have
                    # found that it affects 1 in 5,000": a condition's background, not research invoked
                    # for a claim a reader would act on
                    continue
                ctx = claim_context(doc, start, end)
                if ctx.suppressed or ctx.quoted:
                    continue
                # the hedge may be the research verb itself ("research suggests", "studies suggest")
                # someone else's appeal the article reports ("Says studies prove ...", "The narrator asserts
                # that studies prove ...", "An image purports to show that ..."): a note, as CL101-CL103 give
                # it; not for a verb only after it, which may be an attribute ("Research shows that the most
                # commonly reported trigger ...")
                reported = ctx.said and not said_only_after(doc, start, end)
                hedged = ctx.softened or reported or _HEDGING_VERB.search(m.group()) is not None
                if not hedged and what == "research":
                    hedged = bool(
                        _SUBORDINATE.search(doc.prose, max(0, start - _BEFORE_WINDOW), start)
                        or _NEGATIVE_RESULT.match(doc.prose, end, sent.end if sent is not None else end)
                        or _MODAL_FINDING.match(doc.prose, end, sent.end if sent is not None else end)
                    )
                yield Finding(
                    start,
                    end,
                    f"{what} with no source: the article names no study, journal, trial, conference, link or DOI",
                    severity=Severity.INFO if hedged else None,
                )
