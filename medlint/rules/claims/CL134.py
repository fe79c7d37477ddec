"""CL134 surrogate-benefit-headline: A release's headline or opening claims a health benefit that the article shows only as a change in a surrogate measure."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.apostrophe import cue
from ...evidence.causal import NEGATION
from ...evidence.claim_structure import in_boilerplate
from ...evidence.context import claim_context, sentence_of
from ...evidence.doc_kind import is_press_release, is_reporting
from ...rule import Finding, Rule
from ._main_statement import LEAD_BENEFIT, main_statement, promised
from ._surrogates import OUTCOME_OR_CAVEAT, SURROGATE

# a change said of a measure: the verb of a result ("lowered", "reduced", "shrank", "improved",
# "inhibit"), as CL123's change words, but as a predicate, not an adjective ("higher", "better")
_CHANGE_VERB = (
    r"(?:lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|"
    r"increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|cut(?:s|ting)?|drop(?:s|ped|ping)?|"
    r"fell|fall(?:s|ing)?|declin(?:e|es|ed|ing)|shr[iu]nk(?:s|ing)?|shrank|inhibit(?:s|ed|ing)?|"
    r"suppress(?:es|ed|ing)?|normali[sz](?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|halt(?:s|ed|ing)?|"
    r"slow(?:s|ed|ing)?)"
)
# the measure as the object of the change ("lowered cholesterol", "reduced levels of C-reactive
# protein", "inhibit breast tumour growth": at most three words between) ...
# (the words between are the measure's modifiers, not a preposition or conjunction that starts another
# phrase: "were reduced compared with cortisol" says nothing of cortisol's change)
_VERB_THEN_MEASURE = cue(
    r"\b" + _CHANGE_VERB + r"\s+(?:(?!(?:with|than|to|by|from|in|on|at|for|and|or|but|as|compared|"
    r"versus|vs)\b)[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# ... or as its subject ("blood pressure fell", "cholesterol levels dropped by 10 percent")
_MEASURE_THEN_VERB = cue(
    r"^\s*(?:levels?\s+|readings?\s+)?(?:(?:was|were|had|has|have)\s+)?(?:significantly\s+|markedly\s+)?"
    + _CHANGE_VERB
    + r"\b",
    re.IGNORECASE,
)
# outcomes a patient lives with that CL123's list leaves out: infection and its spread, side effects,
# weight, anxiety and mood, and the risk or incidence of a disease (what an observational study counts)
_MORE_OUTCOMES = cue(
    r"\b(?:infections?|transmission|side effects?|adverse (?:events?|effects?|reactions?)|(?:body )?weight|"
    r"pounds|kilograms|anxiety|depression|risk|incidence|odds|lived|live longer)\b",
    re.IGNORECASE,
)
# a figure in the outcome's sentence: the outcome reported as a result ("median survival was 12.3 months",
# "a 39 percent decreased risk"), not named as a topic
_FIGURE = cue(r"\d|\b(?:percent|half|third|quarter|twice|double[ds]?|tripled?)\b", re.IGNORECASE)


# a change said in a relative clause of what a thing does ("a vitamin that raises ..."), or as the way
# a benefit may come about ("may reduce the risk by improving insulin sensitivity"): not the study's result
_PROPERTY = cue(r"\b(?:that|which|by)\s+" + _CHANGE_VERB + r"\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
_FEWER = cue(r"\b(?:fewer|less|lower|reduced|higher|increased|more)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
_CAVEAT = cue(
    r"\bsurrogate|\bdid not (?:measure|look at|assess)\b|\bwhether (?:this|these|that|it|the \w+)\b",
    re.IGNORECASE,
)


def _outcome_reported(doc: Document, body: int, start: int) -> bool:
    """Whether the article reports a result in an outcome a patient lives with: after ``start`` (the
    main statement's end), the outcome as the object or subject of a change, or counted as fewer or
    more ("fewer heart attacks", "deaths fell", "reduced pain"); after ``body`` (the headline's end:
    the opening too), the outcome in a sentence that gives a figure ("lived an average of 12.3
    months", "a 39 percent decreased risk"); or whether it says the measure's limit after ``start``
    (a surrogate; whether the change translates; what was not measured)."""
    prose = doc.prose
    if _CAVEAT.search(prose, start):
        return True
    for pattern in (OUTCOME_OR_CAVEAT, _MORE_OUTCOMES):
        for m in pattern.finditer(prose, body):
            sent = sentence_of(doc, m.start())
            if sent is not None and _FIGURE.search(sent.text):
                return True
            if m.start() < start:
                continue
            before = prose[max(start, m.start() - 60) : m.start()]
            if (
                _VERB_THEN_MEASURE.search(before)
                or _FEWER.search(before)
                or _MEASURE_THEN_VERB.match(prose[m.end() : m.end() + 60])
            ):
                return True
    return False


def _measured_change(doc: Document, start: int) -> re.Match[str] | None:
    """The first surrogate reported as changed after ``start``: the measure as the object or the
    subject of a change verb (a claim's structure: what changed, and that it is a measure), in the
    article's own words (not its boilerplate, not negated or asked, not inside a speaker's quotation)."""
    prose = doc.prose
    for m in SURROGATE.finditer(doc):
        if m.start() < start or in_boilerplate(doc, m.start()):
            continue
        if prose[max(0, m.start() - 5) : m.start()].lower() == "high ":
            continue  # "high blood pressure": the condition, not a measured change
        before = prose[max(start, m.start() - 60) : m.start()]
        if "\n" in before:
            before = before.rsplit("\n", 1)[1]
        if not (_VERB_THEN_MEASURE.search(before) or _MEASURE_THEN_VERB.match(prose[m.end() : m.end() + 60])):
            continue
        if _PROPERTY.search(before):
            continue  # a property of a thing named ("niacin, a vitamin that raises levels of ..."), not a result
        context = claim_context(doc, m.start(), m.end())
        if context.suppressed or context.question or context.quoted or context.hedged or context.hypothetical:
            continue  # not the article's report of its result: negated, asked, supposed, or a speaker's words
        return m
    return None


class SurrogateBenefitHeadline(Rule):
    """A release's headline or opening claims a health benefit that the article shows only as a change in a surrogate measure.

    A surrogate (blood pressure, cholesterol, blood glucose, a biomarker, a
    tumour's size, bone density, a lung-function test) stands in for what
    matters to patients, and can improve while patients do no better (Fleming
    and DeMets, Ann Intern Med 1996). HealthNewsReview.org's reviewers fault a
    release whose headline states a clinical benefit ("may reduce harm to
    infants' lungs", "helps delay type 2 diabetes") when the study measured
    only a marker, and spin studies of press releases count a benefit claimed
    beyond what was measured (Yavchitz et al., PLoS Med 2012; Sumner et al.,
    BMJ 2014). The rule reads the claim's structure: the main statement (the
    title and the first two sentences, as CL124 and CL131 read it) of a news
    report or press release (``doc_kind``) promises a benefit (CL124's reading:
    not negated, asked, a compound name or an indication) and names no
    surrogate itself, and after it the article reports a surrogate as the
    object or subject of a change ("lowered blood glucose", "tumour growth was
    inhibited"; not in a speaker's quotation, not hedged or supposed, not a
    property of a thing named, "a vitamin that raises HDL", nor the way a
    benefit may come about, "by improving insulin sensitivity"), while it
    reports no result in an outcome a patient lives with (CL123's list:
    death, survival, heart attacks, fractures, symptoms, pain, quality of
    life, events, outcomes; also infection, side effects, weight, anxiety,
    depression, a disease's risk or incidence): none as the object or
    subject of a change after the opening ("fewer heart attacks", "deaths
    fell"), none in a sentence with a figure after the headline ("lived an
    average of 12 months"), and it does not call the measure a surrogate or
    ask whether the change translates into benefit. A headline that names the measure
    ("Drug lowers blood pressure") states what was found: CL123 judges an
    article that reports nothing else. Without a trained pipeline the
    structure is read from word windows (a change verb up to three words
    before the measure, or just after it). Info and opt-in (``extend-select =
    ["CL134"]``): the editor names the measure in the headline, or says the
    outcome patients care about was not studied.
    """

    code = "CL134"
    name = "surrogate-benefit-headline"
    category = "claims"
    severity = Severity.INFO
    enabled_by_default = False
    source = (
        "Fleming TR, DeMets DL, 'Surrogate end points in clinical trials: are we being misled?', Ann Intern Med "
        "1996;125(7):605-13; Yavchitz A et al., PLoS Med 2012;9(9):e1001308 (spin in press releases); "
        "HealthNewsReview.org criterion 'Does the news release avoid unjustifiable, sensational language?' and "
        "toolkit 'Surrogate markers may not tell the whole story'"
    )
    should_fire = (
        "Cocoa compound may help delay type 2 diabetes\n\nBOSTON - A compound found in cocoa may help delay type 2 "
        "diabetes, researchers said on Monday. The team will present the work at a meeting.\n\nIn the study, the "
        "compound lowered blood glucose in 40 adults.",
    )
    should_not_fire = (
        "Cocoa compound lowers blood glucose\n\nBOSTON - A compound found in cocoa lowered blood glucose in 40 "
        "adults, researchers said on Monday. The team will present the work at a meeting.\n\nThe compound "
        "lowered blood glucose by 10 percent.",
        "Cocoa compound may help delay type 2 diabetes\n\nBOSTON - A compound found in cocoa may help delay type 2 "
        "diabetes, researchers said on Monday. The team will present the work at a meeting.\n\nThe compound "
        "lowered blood glucose in 40 adults. Whether this leads to fewer cases of diabetes is not known.",
        "Cocoa compound may help prevent heart attacks\n\nBOSTON - A compound found in cocoa may help prevent heart "
        "attacks, researchers said on Monday. The team will present the work at a meeting.\n\nThe compound "
        "lowered cholesterol in 4,000 adults, and fewer of them had heart attacks.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not doc.blocks or not SURROGATE.could_match_doc(doc):
            return
        if not (is_reporting(doc) or is_press_release(doc)):
            return
        prose = doc.prose
        spans = main_statement(doc)
        if not spans:
            return
        main_end = spans[-1][1]
        if any(SURROGATE.regex.search(prose, s, e) for s, e, _ in spans):
            return  # the main statement names the measure: it says what was found
        body = spans[0][1] if spans[0][2] == "headline" else spans[0][0]
        if _outcome_reported(doc, body, main_end):
            return  # an outcome patients live with is reported, or the measure's limit is said
        for start, end, where in spans:
            if NEGATION.search(prose, start, end):
                continue
            benefit = next(
                (m for m in LEAD_BENEFIT.finditer(prose, start, end) if promised(doc, start, end, m)), None
            )
            if benefit is None:
                continue
            measure = _measured_change(doc, main_end)
            if measure is None:
                return
            yield Finding(
                benefit.start(),
                benefit.end(),
                f"the {where} claims a health benefit (\u201c{benefit.group()}\u201d) but the article reports only a "
                f"change in a surrogate measure (\u201c{measure.group()}\u201d) and no outcome patients feel: name "
                f"the measure in the {where}, or say the outcome was not studied",
                ("e.g. 'Cocoa compound lowers blood glucose in 40 adults'",),
                data={"measure_at": measure.start()},
            )
            return  # once per article
