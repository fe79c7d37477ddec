"""Direct causal language in a sentence ("X reduces Y"), as opposed to correlational
("X is associated with Y"), conditional ("X may reduce Y") or no relationship.

A precision-first rule set: a sentence is direct causal when it holds a causal
verb in a form that asserts a general effect (present tense "reduces",
"prevents", "leads to", "is effective", past "caused"/"led to"/"prevented"),
and holds no hedge, no correlational marker and no negation. Descriptive past
tense changes ("increased", "decreased") are left out because in abstracts
they mostly report a trend, not a cause. Measured on Yu et al. (2019, 2020)
samples by ``benchmarks/causal_language.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text.matching import ProbedPattern
from .apostrophe import cue

if TYPE_CHECKING:
    from ..document import Document

_STRONG = (
    r"caus(?:e|es|ed)|lead(?:s)? to|led to|result(?:s|ed)? in|prevent(?:s|ed)?|protect(?:s|ed)? against|"
    r"trigger(?:s|ed)?|eliminat(?:es|ed)|revers(?:es|ed)|"
    r"(?:is|are|was|were) (?:safe and )?(?:effective|efficacious|beneficial|protective)|"
    r"effective in (?:reducing|treating|preventing|improving)|contribut(?:es|ed) to|driven by|due to|"
    r"(?:has|have) (?:a |an )?(?:positive |negative |beneficial |protective |significant )?(?:effect|impact)s? on|"
    r"impacts?|affect(?:s|ed)|enabl(?:es|ed)"
)
_PRESENT = (
    r"reduces|increases|decreases|improves|boosts|cuts|lowers|raises|promotes|enhances|induces|inhibits|"
    r"worsens|alleviates|attenuates|restores|impairs|shortens|extends|accelerates|delays|saves lives|harms|"
    r"kills|doubles|halves|slashes|curbs|benefits|helps|suppress(?:es)?|diminish(?:es|ed)"
)
CAUSAL = cue(rf"\b(?:{_STRONG}|{_PRESENT})\b", re.IGNORECASE)
HEDGE = cue(
    r"\b(?:may|might|could|can|would|possibly|potentially|likely|suggest\w*|appear\w*|seem\w*|unclear|"
    r"whether|if|hypothes\w*|propose\w*|warrant\w*|need\w* to|should|further (?:research|studies|investigation)|"
    r"future (?:research|studies))\b",
    re.IGNORECASE,
)
CORRELATIONAL = cue(
    r"\b(?:associat\w*|correlat\w*|link(?:s|ed)? (?:to|with)|relationship|related to|predict\w*|risk factor|"
    r"(?:higher|lower|greater|increased|reduced) (?:risk|odds|likelihood)|more likely|less likely|odds|"
    r"tied to|connected to|in relation to|"
    # a slope, the shape of a dose-response finding: "for every 1 cm of stretch, the length increases
    # by 0.45 cm", "for each additional cup a day"
    r"for (?:every|each) (?:additional |extra )?(?:\d[\d.,]*|one|two|three|four|five|ten)\b)\b",
    re.IGNORECASE,
)
NEGATION = cue(r"\b(?:not|no|neither|nor|without|failed to|cannot)\b|n't\b", re.IGNORECASE)

# records of care studied after the fact, in a study's own frame: "a retrospective analysis", "the team
# reviewed the medical records of 157 survivors", "hospital claims data", "real-world data showed"; not
# records or real-world study named in passing ("coded as hip fractures in medical records", "the vaccine
# needs more real-world study")
_RECORDS = (
    r"retrospective(?:ly)?\s+(?:\w+\s+)?(?:stud(?:y|ies)|analys[ie]s|review|cohort|data|look)|"
    r"(?:review\w*|analy[sz]\w*|examin\w*|stud(?:y|ied|ying)|data\s+from|using|used|included|looked\s+at|"
    r"identified\s+\w+\s+(?:in|from))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:medical|health|hospital|patient|insurance|administrative|electronic)\s+(?:records|claims|databases?)|"
    r"(?:insurance|administrative|hospital|medicare|medicaid)\s+claims(?:\s+data(?:bases?)?)?|claims\s+data(?:bases?)?|"
    r"chart\s+reviews?|real-world\s+(?:data|evidence|stud(?:y|ies)|analys[ie]s)\s+(?:show\w*|found|finds|from|suggest\w*|of)"
)

_OBSERVATIONAL_WORDS = (
    r"observational|cohort|cross-sectional|case-control|survey(?:ed)?|questionnaire|registry data|"
    r"population-based study|epidemiological|associated with|linked (?:to|with)|correlat\w+|"
    r"association between"
)
OBSERVATIONAL = cue(r"\b(?:" + _OBSERVATIONAL_WORDS + "|" + _RECORDS + r")\b", re.IGNORECASE)


# the study design named explicitly (not just "associated with", which trials use too)
_DESIGN_WORDS = (
    r"observational|cohort|cross-sectional|case-control|survey(?:ed)?|questionnaires?|registry|"
    r"population-based|epidemiologic\w*|health records|followed \w+ (?:people|adults|men|women|participants)"
)
OBSERVATIONAL_DESIGN = cue(r"\b(?:" + _DESIGN_WORDS + "|" + _RECORDS + r")\b", re.IGNORECASE)

# The records branch opens on a dozen common verbs ("using", "included", "review"), so a regex that
# holds it tries them at every word of every text: five times the cost of the rest of CL107. Every
# match of it holds one of these words, which a text rarely does; the functions below try the branch
# only then (``tests/test_causal_fast_paths.py`` checks they agree with the full patterns).
_RECORD_WORDS = ("retrospective", "records", "claims", "database", "chart", "real-world")
OBSERVATIONAL_WORDING = _OBSERVATIONAL_PLAIN = cue(r"\b(?:" + _OBSERVATIONAL_WORDS + r")\b", re.IGNORECASE)
_DESIGN_PLAIN = cue(r"\b(?:" + _DESIGN_WORDS + r")\b", re.IGNORECASE)
_RECORDS_ALONE = cue(r"\b(?:" + _RECORDS + r")\b", re.IGNORECASE)


def mentions_record_words(lower: str) -> bool:
    """Whether lower-cased text holds a word every match of the records branch holds: without one,
    only ``OBSERVATIONAL_WORDING`` can match (rules gate on it with a cheap probe)."""
    return any(w in lower for w in _RECORD_WORDS)


def _records_named(text: str, lower: str | None) -> bool:
    return (
        mentions_record_words(text.lower() if lower is None else lower)
        and _RECORDS_ALONE.search(text) is not None
    )


def names_observational(text: str, lower: str | None = None) -> bool:
    """Whether ``OBSERVATIONAL`` matches ``text`` (``lower``: ``text.lower()``, when at hand)."""
    return _OBSERVATIONAL_PLAIN.search(text) is not None or _records_named(text, lower)


def names_observational_design(text: str, lower: str | None = None) -> bool:
    """Whether ``OBSERVATIONAL_DESIGN`` matches ``text`` (``lower``: ``text.lower()``, when at hand)."""
    return _DESIGN_PLAIN.search(text) is not None or _records_named(text, lower)


# the same two searches, each made only when the document's words hold its probes
_DESIGN_PROBED = ProbedPattern.of(_DESIGN_PLAIN)
_RECORDS_PROBED = ProbedPattern.of(_RECORDS_ALONE)


def doc_names_observational_design(doc: Document) -> bool:
    """``names_observational_design(doc.prose, doc.lower)``, answered once per document (CL107 and
    the source readers ask it of the same article), each regex searched over the prose only when
    the document holds its probes (``ProbedPattern.search``): most articles name no design word,
    and the search then read every position of the prose to say so.
    tests/test_causal_fast_paths.py compares the two."""
    return doc.derived(_doc_names_observational_design)


def _doc_names_observational_design(doc: Document) -> bool:
    return _DESIGN_PROBED.search(doc) is not None or (
        mentions_record_words(doc.lower) and _RECORDS_PROBED.search(doc) is not None
    )


# a randomised trial reported anywhere in the article (not "a randomised trial is needed")
TRIAL_REPORTED = cue(
    r"\b(?:randomi[sz]ed|randomly (?:assigned|allocated)|placebo|double-blind)\b"
    r"(?![^.!?]{0,40}\b(?:is|are|would be|will be)\s+(?:still\s+)?(?:needed|required|necessary|warranted))",
    re.IGNORECASE,
)


#: Causal verbs in the forms that assert an effect of an exposure ("coffee prevents",
#: "coffee cut the risk"); bare and infinitive forms ("to prevent") and nouns ("impact",
#: "cause") are left out: they name a purpose or a topic, not a finding. Used by CL107.
CLAIM_VERB = cue(
    # a passive ("is caused by asbestos") makes the outcome the subject: aetiology, not an exposure's effect
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )"
    r"\b(?:causes|caused(?!\s+(?:\w+ly\s+)?by\b)|prevents|prevented|protects against|protected against|reduces|reduced the risk|"
    r"lowers|lowered the risk|cuts|cut the risk|slashes|slashed|halves|halved|boosts|increases|raises|"
    r"triggers|leads to|led to|"
    # the verb, not the noun ("provides good results in older women", "the results in mice")
    r"(?<!good )(?<!great )(?<!the )(?<!positive )(?<!promising )(?<!similar )(?<!better )(?<!excellent )"
    r"(?<!its )(?<!their )(?<!these )(?<!early )(?<!final )(?<!study )(?<!trial )(?<!best )(?<!same )"
    r"(?<!encouraging )(?<!mixed )(?<!overall )(?<!initial )results in|reverses|reversed|wards off|staves off|fights|improves|"
    r"is (?:good|bad) for|are (?:good|bad) for|makes you|make you|keeps? \w+ (?:away|at bay)|"
    r"(?:is|are) (?:protective|beneficial) (?:against|for))\b",
    re.IGNORECASE,
)


def claim_verb_match(sentence: str) -> re.Match[str] | None:
    """The causal verb when ``sentence`` states an effect as fact (no hedge, correlational
    wording or negation), from the narrower ``CLAIM_VERB`` list; else None."""
    m = CLAIM_VERB.search(sentence)
    if m is None:
        return None
    if HEDGE.search(sentence) or CORRELATIONAL.search(sentence) or NEGATION.search(sentence):
        return None
    return m


def causal_match(sentence: str) -> re.Match[str] | None:
    """The causal verb when ``sentence`` makes a direct causal claim, else None."""
    m = CAUSAL.search(sentence)
    if m is None:
        return None
    if HEDGE.search(sentence) or CORRELATIONAL.search(sentence) or NEGATION.search(sentence):
        return None
    return m


def is_direct_causal(sentence: str) -> bool:
    return causal_match(sentence) is not None
