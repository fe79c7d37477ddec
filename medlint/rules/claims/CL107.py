"""CL107 causal-overclaim: A finding the article calls observational restated as cause and effect."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import HEADING, Document
from ...evidence.apostrophe import cue
from ...evidence.causal import (
    CORRELATIONAL,
    HEDGE,
    NEGATION,
    OBSERVATIONAL_WORDING,
    TRIAL_REPORTED,
    claim_verb_match,
    doc_names_observational_design,
    mentions_record_words,
    names_observational,
)
from ...evidence.claim_structure import REFERENCE, claim_subject, non_claim_reason
from ...evidence.context import claim_context
from ...rule import Example, Finding, Rule
from ...text.matching import ProbedPattern
from ._shared import has_headline

_EXPERIMENTAL = cue(
    r"\b(?:randomi[sz]ed|randomly (?:assigned|allocated)|trials?|placebo|meta-analys[ie]s|experiment\w*|"
    r"sham|double-blind|controlled study|"
    # an animal or laboratory experiment: the substance was given, so "led to" reports an experiment's
    # result, not an observational finding ("The study was conducted on nematodes and mice, in which
    # glucosamine led to an extended life span")
    r"(?:in|on|with)\s+(?:\w+\s+)?(?:mice|rats|rodents|nematodes|worms|fruit\s+flies|zebrafish|monkeys|cell\s+cultures?)|"
    r"in\s+vitro|animal\s+(?:study|studies|experiments?|models?))\b",
    re.IGNORECASE,
)


# the observational wording but the records branch, whose opening verbs ("using", "review") are in
# most texts: a document that may match that branch holds one of its rare words (mentions_record_words)
_OBSERVATIONAL = ProbedPattern.of(OBSERVATIONAL_WORDING)

# the premise of a gap statement: a known benefit conceded, then the shortfall the study is about ("The
# integration of palliative care improves symptom control, yet many patients are never offered these
# services"). The effect is the field's settled background, not the article's observational finding.
_GAP_AFTER = cue(
    r",?\s+(?:yet|but)\s+(?:(?:many|most|few|only|too\s+few|fewer\s+than\s+\w+)\b[^.;]{0,40}?\b"
    r"(?:not|never|fail|lack|under\w*|receiv\w*|offered|us(?:e|es|ed|ing))\b|it\s+is\s+(?:rarely|seldom|underused))",
    re.IGNORECASE,
)


# the opening reporting the study's finding: "A new study shows that PAP therapy improves ...", "A new
# study from The University of Texas Medical Branch at Galveston has revealed that ..." (the issuer's
# name can be long)
_STUDY_FOUND = cue(
    r"\b(?:study|studies|analysis|research|researchers|scientists|investigators)\b[^.;:]{0,100}?"
    r"\b(?:shows?|showed|shown|finds|found|reveals?|revealed|demonstrates?|demonstrated|reports?|reported)\s+that\b",
    re.IGNORECASE,
)

# a headline's plural subject takes the bare verb ("Anti-rejection medications protect against
# Alzheimer's disease", "Nuts lower heart risk"); CLAIM_VERB leaves bare forms out because in a body
# sentence they are mostly a purpose ("to prevent") or a modal's verb ("may lower"). In a headline the
# infinitive, the modal and "help" are excluded here, and the hedge, negation and correlational
# checks of claim_verb_match apply.
_HEADLINE_PLURAL_VERB = cue(
    r"(?<!\bto )(?<!\bhelp )(?<!\bhelps )(?<!\bwill )(?<!\bdid )(?<!\bdo )(?<!\bdoes )"
    # after a determiner or a perfect's auxiliary the word is an adjective: "had a lower body weight"
    r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bhad )(?<!\bhave )(?<!\bhas )(?<!\bwith )(?<!\bof )"
    r"(?<!\btheir )(?<!\bits )"
    r"\b(?:protect against|prevent|reduce|lower|cut|slash|halve|boost|raise|cause|lead to|reverse|ward off|"
    r"prolong|extend)\b",
    re.IGNORECASE,
)


def _headline_verb(text: str) -> re.Match[str] | None:
    """The causal verb of a headline stating an effect as fact: ``claim_verb_match``, or a bare verb after
    a plural subject, with the same hedge, correlational-wording and negation checks."""
    m = claim_verb_match(text)
    if m is not None:
        return m
    m = _HEADLINE_PLURAL_VERB.search(text)
    if m is None or HEDGE.search(text) or CORRELATIONAL.search(text) or NEGATION.search(text):
        return None
    return m


_CONTENT_WORD = cue(r"[a-z][a-z'-]{3,}")


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
    names an observational design (records of care studied after the fact
    count: "a retrospective analysis", "reviewed the medical records of 157
    survivors", "claims data"). A headline (the document's opening
    heading, or in plain text its opening title line) is read against every
    observational sentence of the article, since it states the article's
    main finding; there a plural subject's bare verb counts ("Anti-rejection
    medications protect against Alzheimer's disease"). Not claims: randomised-trial results
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
        Example(
            "In a cohort study, coffee drinking was associated with less heart disease. Coffee prevents heart "
            "disease, but the effect was smaller in women.",
            note="a contrast that concedes no shortfall leaves the claim standing",
        ),
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
        Example(
            "In a cohort study, palliative care was associated with fewer hospital days. Palliative care "
            "improves symptom control, yet many patients are never offered it.",
            note="a settled benefit conceded before the gap the study addresses",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not (
            _OBSERVATIONAL.could_match_doc(doc) or mentions_record_words(doc.lower)
        ) or not doc_names_observational_design(doc):
            return  # the article never names an observational design
        if TRIAL_REPORTED.search(doc.prose):
            return  # a trial is reported: its causal results are not observational findings
        blocks = doc.blocks
        sentences = doc.sentences
        # exposure words of the observational findings, per block
        observed: list[tuple[int, int, set[str]]] = [
            (i, s.block, _content_words(s.text))
            for i, s in enumerate(sentences)
            if names_observational(s.text) and not _EXPERIMENTAL.search(s.text)
        ]
        if not observed:
            return
        headline = has_headline(doc)
        if headline:
            yield from self._headline(doc, observed)
        # the opening two sentences, which with the headline make the main statement
        lead = [
            i
            for i, s in enumerate(sentences)
            if blocks[s.block].kind != HEADING and not (headline and s.block == 0)
        ]
        lead = lead[:2]
        for si, s in enumerate(sentences):
            if blocks[s.block].kind == HEADING or (headline and s.block == 0):
                continue  # the headline is read above, against the whole article
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
            if not subject & nearby and not (si in lead and _STUDY_FOUND.search(s.text, 0, m.start())):
                # the sentence is not about the exposure the study observed; the opening's "a study
                # found that ..." states the article's own finding, which is observational here
                continue
            if _GAP_AFTER.search(s.text, m.end()):
                continue  # a conceded, settled benefit before the gap the study addresses
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

    def _headline(self, doc: Document, observed: list[tuple[int, int, set[str]]]) -> Iterable[Finding]:
        """The headline stating the article's observational finding as cause and effect.

        The headline is the main statement (Sumner et al. coded it with the opening sentences):
        "Vitamin C cuts risk of cataract" over a cohort study is the exaggeration the study cannot
        support, wherever in the article the design is named. Its subject must be the exposure of an
        observational sentence somewhere in the article (not an experiment's).
        """
        head = next((s for s in doc.sentences if s.block == 0), None)
        if head is None or head.text.rstrip().endswith("?"):
            return
        m = _headline_verb(head.text)
        if m is None or non_claim_reason(head.text) is not None or _EXPERIMENTAL.search(head.text):
            return
        exposures: set[str] = set()
        for _, ob, words in observed:
            if ob != 0:
                exposures |= words
        subject = _content_words(claim_subject(doc, head, head.start + m.start(), head.start + m.end()))
        if not subject & exposures:
            return
        start = head.start + m.start()
        ctx = claim_context(doc, start, head.start + m.end())
        # "..., Study Finds" attributes the headline to the study it overstates: attribution is no
        # defence here, unlike in the body, where the rule leaves a quoted researcher's words alone
        if ctx.suppressed or ctx.quoted or ctx.softened:
            return
        yield Finding(
            start,
            head.start + m.end(),
            f"headline states cause and effect (\u201c{m.group()}\u201d) for an observational finding: "
            "observational studies show associations, not causes",
            ("is linked to", "is associated with"),
        )
