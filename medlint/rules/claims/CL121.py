"""CL121 unquantified-effect: A study's effect called "significant" or "substantial" with no figure in the sentence."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document, Sentence
from ...evidence.apostrophe import cue
from ...evidence.claim_structure import in_boilerplate
from ...evidence.context import claim_context, sentence_of
from ...evidence.doc_kind import is_press_release, is_reporting
from ...rule import Finding, Rule
from ...text.matching import ProbedPattern

# an effect given a size word but no size: "significantly improved", "substantially lower",
# "markedly reduced", "greatly boosts"; "statistically significant" is a test result, not a size
# word, and a negated one ("no significant improvement", "did not significantly reduce") says
# nothing was found. "Dramatic(ally)" is CL117's.
_INFLATED_EFFECT = ProbedPattern(
    cue(
        r"(?<!statistically )(?<!\bnot )(?<!\bno )(?<!\bnor )"
        r"\b(?:significant(?:ly)?|substantial(?:ly)?|marked(?:ly)?|considerabl[ey]|greatly|vastly)\s+"
        r"(?:\w+\s+)?(?:improv\w+|reduc\w+|benefits?|beneficial|better|lower(?:s|ed|ing)?|increas\w+|decreas\w+|"
        r"boost\w*|enhanc\w+|impact|effects?|drop\w*|declin\w+|gains?|fewer|less|more effective|outperform\w*|"
        r"extend\w*|prolong\w*)\b",
        re.IGNORECASE,
    ),
    ("significant", "substantial", "marked", "considerabl", "greatly", "vastly"),
)
# a figure in the sentence: a digit, or a size in words ("half", "a third", "doubled")
_FIGURE = cue(
    r"\d|\b(?:half|halved|a third|one third|two thirds|a quarter|one quarter|twice|doubled|tripled|"
    r"(?:two|three|four|five|ten)(?:-fold| times))\b",
    re.IGNORECASE,
)
# the size given in the sentence after the claim, in the same paragraph ("Patients in the chlorhexidine
# group developed significantly fewer infections. They had a 4 percent infection rate, nearly half
# that of the iodine group."): a share, a count of a group, a change from one figure to another or a
# ratio in words; not any digit, which there may be a date, a dose or a journal's issue
_SIZE = cue(
    r"\d(?:[\d,.]*\d)?\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)"
    r"|\b\d[\d,]*\s*(?:/|of|out\s+of|in)\s+(?:the\s+)?\d"
    r"|\bfrom\s+(?:an?\s+average\s+of\s+|about\s+)?\d[\d,.]*\b[^.!?;]{0,40}?\bto\s+\d"
    r"|\b(?:half|halved|a third|one third|two thirds|a quarter|one quarter|twice|doubled|tripled|"
    r"(?:two|three|four|five|ten)(?:-fold| times))\b",
    re.IGNORECASE,
)

# settled knowledge, not the study's effect: "It is well known that diet has a significant impact on
# cognitive function" (the background a release starts from, as a reference page would say it)
_KNOWN = cue(
    r"\b(?:it\s+is|it's|it\u2019s|it\s+has\s+(?:long\s+)?been|as\s+is)\s+(?:well[- ]|widely\s+|generally\s+|long\s+)?"
    r"(?:known|established|recogni[sz]ed|accepted)\b(?:\s+that\b)?"
    # up to the size word with no second clause and no study in between ("It is well known that diet
    # matters, and a new study found that the drink significantly improved memory" is the study's)
    r"(?:(?!\b(?:and|but|while|whereas|stud(?:y|ies)|trials?|researchers|found|showed|results?)\b)[^.!?;])*$",
    re.IGNORECASE,
)


class UnquantifiedEffect(Rule):
    """A study's effect called "significant" or "substantial" with no figure in the sentence.

    "The drug significantly improved memory", "patients had substantially
    fewer attacks": in a report of research the size word stands in for the
    size. A reader cannot tell a 2% change from a halving, and "significant"
    reads as "large" to a lay reader when the study meant only "unlikely to be
    chance". HealthNewsReview.org reviewers marked releases down for exactly
    this ("significant reduction", "significant step", a "significant" result
    with no number), under both "unjustifiable, sensational language" and
    "quantify the benefits"; Sumner et al. (BMJ 2014) trace exaggerated news to
    the press release's own wording. The rule fires in news reports and press
    releases (``doc_kind``; a reference page saying that quitting smoking
    "greatly reduces" risk summarises settled knowledge) on an effect given a
    size word (significantly, substantially, markedly, considerably, greatly,
    vastly) in a sentence that gives no figure at all, and whose next sentence in the
    paragraph does not give the size either (a share, a count of a group, a change from one
    figure to another, a ratio in words: the release says the effect, then its numbers). "Statistically
    significant", negated uses ("no significant improvement") and a press
    release's "About" boilerplate do not fire; quoted ones do, as the criterion says ("including in the quotes of
    researchers"). Info and opt-in (``extend-select = ["CL121"]``): a screening
    note for an editor, who adds the numbers or drops the adverb.
    """

    code = "CL121"
    name = "unquantified-effect"
    category = "claims"
    severity = Severity.INFO
    enabled_by_default = False
    source = (
        "HealthNewsReview.org criteria 'Does the story quantify the benefits?' and 'Does it include "
        "unjustifiable, sensational language?'; Sumner P et al., BMJ 2014;349:g7015 (exaggeration in "
        "health press releases)"
    )
    should_fire = (
        "BOSTON (Reuters) - A new study found that the drug significantly improved memory in older adults. "
        "The researchers said the results were encouraging.",
    )
    should_not_fire = (
        "BOSTON (Reuters) - A new study found that the drug significantly improved memory scores, by 4 points "
        "on a 30-point scale. The researchers said the results were encouraging.",
        "BOSTON (Reuters) - A new study found that the drug did not significantly improve memory. "
        "The researchers said the results were disappointing.",
        "Quitting smoking greatly reduces the risk of heart disease.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _INFLATED_EFFECT.could_match_doc(doc) or not (is_reporting(doc) or is_press_release(doc)):
            return
        for m in _INFLATED_EFFECT.finditer(doc):
            sent = sentence_of(doc, m.start())
            text = sent.text if sent is not None else doc.prose[m.start() : m.end()]
            if _FIGURE.search(text):
                continue  # the size is given: the word describes it
            if sent is not None and _KNOWN.search(doc.prose, sent.start, m.start()):
                continue  # settled knowledge the article starts from, not the study's effect
            if sent is not None and _sized_next(doc, sent):
                continue  # the next sentence gives the size the word stands for
            if in_boilerplate(doc, m.start()):
                continue  # the issuer's "About" block describes itself, not the study
            if claim_context(doc, m.start(), m.end()).suppressed:
                continue
            yield Finding(
                m.start(),
                m.end(),
                f"effect called \u201c{m.group()}\u201d with no figure in the sentence or the next: say how large it was "
                "(from what to what, in how many people), or drop the size word",
                ("give the numbers, e.g. 'attacks fell from 4 to 3 a month'",),
            )


def _sized_next(doc: Document, sent: Sentence) -> bool:
    """Whether the sentence after ``sent``, in the same block, gives a size (``_SIZE``) of the same
    outcome: the two share a content word ("significantly fewer infections" / "a 4 percent infection
    rate"); a figure about something else ("About a third of patients reported discomfort") is not
    the effect's size."""
    i = bisect.bisect_right(doc.sentence_starts, sent.start)
    if i >= len(doc.sentences):
        return False
    nxt = doc.sentences[i]
    if nxt.block != sent.block or _SIZE.search(nxt.text) is None:
        return False
    return bool(_content_words(sent.text) & _content_words(nxt.text))


_WORD = cue(r"[a-z][a-z-]{4,}")
# words any two sentences of a study report share: who was studied, the study, the comparison
_GENERIC = frozenset(
    "about after among compared control every group other patient people participant person study "
    "their there these those treated treatment which while would could should significantly "
    "percent".split()
)

_GENERIC_STEMS = frozenset(w.rstrip("s") for w in _GENERIC)


def _content_words(text: str) -> set[str]:
    """The sentence's words of five letters or more, a plural's "s" dropped, less ``_GENERIC``."""
    return {w.rstrip("s") for w in _WORD.findall(text.lower()) if w.rstrip("s") not in _GENERIC_STEMS}
