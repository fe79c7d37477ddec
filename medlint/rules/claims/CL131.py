"""CL131 novelty-in-main-statement: A release's headline, opening or quoted speaker claims a first or a breakthrough."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.apostrophe import cue
from ...evidence.context import claim_context
from ...evidence.doc_kind import is_press_release, is_reporting
from ...rule import Finding, Rule
from ._main_statement import main_statement

# a first or a breakthrough claimed for the work: a first ("first-ever", "world's first", "first of its
# kind", "for the first time", "is the first study to show"), or the words that call a result a
# turning point ("breakthrough", "game changer", "revolutionize", "unprecedented", "landmark",
# "groundbreaking", "paradigm shift", "transformative"); not a regulator's designation ("breakthrough
# therapy designation", "Breakthrough Device")
_NOVELTY = cue(
    r"\b(?:first[- ]ever|world'?s first|first[- ]of[- ](?:its|a)[- ]kind|(?:the\s+)?first\s+of\s+its\s+kind|"
    r"for the first time|"
    r"breakthroughs?(?!\s+(?:therapy\s+|device\s+)?designation|\s+devices?\b)|"
    r"revolution(?:ary|i[sz]e[sd]?|i[sz]ing)|game[- ]chang(?:er|ers|ing)|unprecedented|landmark|"
    r"ground-?breaking|paradigm[- ]shift(?:ing)?|never before|transformative)\b",
    re.IGNORECASE,
)
# "the first" + what is first + "to" + a verb (or "of its kind"), said of what the work or someone is ("is
# the first study to show", "was the first to use", "becoming the first center to offer", "-- the first
# trial to publish"): not a subject ("The first laser treatments used to treat ... were developed 40 years
# ago", "The first place to start is ...") nor a stretch of time ("in the first four to six weeks")
_FIRST_TO = cue(
    r"(?:\b(?:is|was|are|were|be|been|being|become|becomes|became|becoming|as|remains?)|[\u2014,(-])\s+"
    r"(?:(?:one|among)\s+of\s+)?(?P<w>the\s+first\s+(?:(?!(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|few|several|days?|weeks?|months?|years?)\b)[\w-]+\s+){0,3}?(?:to\s+[a-z]+|of\s+its\s+kind)\b)",
    re.IGNORECASE,
)
# a person's own first, not the work's: patients who start a treatment ("people receiving
# immunotherapy for the first time"), or someone who feels well again ("for the first time in years")
_PERSONS_FIRST = cue(
    r"\b(?:receiv(?:e|es|ed|ing)|start(?:s|ed|ing)?|tak(?:e|es|en|ing)|took|undergo(?:es|ing)?|underwent|"
    r"tr(?:y|ies|ied|ying))\s+(?:[\w-]+\s+){0,5}?for the first time$",
    re.IGNORECASE,
)
# what a word sizes when it is not the work: "unprecedented" before a donor's gift or the times ("an
# unprecedented gift of $130 million", "two unprecedented trends", as CL104 reads it), "landmark" as an
# earlier study's epithet before its name ("data from the landmark Women's Health Initiative")
_NOT_THE_WORK = cue(
    r"\s+(?:[\w-]+\s+)?(?:gifts?|donations?|pledges?|philanthropy|generosity|support|funding|investments?|"
    r"trends?|times|demand|challenges?|pressures?|pandemic|crisis|outbreaks?|shortages?)\b",
    re.IGNORECASE,
)
_NAMED_STUDY = cue(r"\s+(?:[A-Z][\w'\u2019-]*\s+){1,5}(?:Study|Trial|Initiative|Project|Survey|Program)\b")
# after "for the first time": a first since some time ago ("for the first time in years", "... in 14 years",
# "in more than a decade"), a recurrence, not a novelty; or a person's ("in my life")
_IN_YEARS = cue(
    r"\s+in\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?(?:(?:\d+|a|an|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|many|a\s+few)\s+)?(?:years|decades?|months|weeks|generations?|centur(?:y|ies)|"
    r"a\s+long\s+time|(?:my|his|her|their|our)\s+(?:life|lives))\b",
    re.IGNORECASE,
)


def _persons_first(doc: Document, start: int, end: int, words: str) -> bool:
    """Whether "for the first time" is a person's first, not the work's."""
    if not words.lower().startswith("for the first time"):
        return False
    prose = doc.prose
    if _IN_YEARS.match(prose, end):
        return True
    return _PERSONS_FIRST.search(prose[max(0, start - 80) : end]) is not None


class NoveltyInMainStatement(Rule):
    """A release's headline, opening or quoted speaker claims a first or a breakthrough.

    HealthNewsReview.org's language criterion asks whether a release uses
    unjustifiable, sensational language "including in the quotes of
    researchers", and Schwitzer's list of words to avoid opens with "first"
    and "breakthrough"; Sumner et al. (BMJ 2014) found the exaggeration in
    health news starts in the release's main statement, its title and first
    two sentences. Where the words stand matters: "the first study to show" in
    the headline or the opening is what most readers take away, and a quote of
    the release's own researchers or officers ("a game changer", "this study
    is a breakthrough") is the release's voice, not an outside judgement. The
    rule fires once per news report or press release (``doc_kind``) on the
    first claim of novelty or of a turning point in the headline, the first
    two sentences of the body, or inside quotation marks anywhere: a first
    ("first-ever", "world's first", "first of its kind", "for the first time",
    "is the first trial to show"), or "breakthrough", "game changer",
    "revolutionize", "unprecedented", "landmark", "groundbreaking", "paradigm
    shift", "transformative". Not a regulator's designation ("breakthrough
    therapy designation"), "the first" as a subject or a stretch of time ("The
    first laser treatments were developed 40 years ago", "in the first four to
    six weeks"), an earlier study's epithet ("data from the landmark Women's
    Health Initiative"), "unprecedented" sizing a gift or the times, a person's own first ("patients receiving immunotherapy for
    the first time", "for the first time in years I felt well"), or words the
    context reads as negated or debunked. A hedge does not excuse it ("could be
    a game changer" is the criterion's example). CL104 and CL117 note the words
    wherever they stand; this rule reads where they stand. Info and opt-in
    (``extend-select = ["CL131"]``): the editor says what is new against what
    was known, and by whose judgement, or drops the word.
    """

    code = "CL131"
    name = "novelty-in-main-statement"
    category = "claims"
    severity = Severity.INFO
    enabled_by_default = False
    source = (
        "HealthNewsReview.org criterion 'Does the story/release include unjustifiable, sensational language?' "
        "(including in the quotes of researchers); Schwitzer G, 'Tips for understanding studies' (words to "
        "avoid: first, breakthrough); Sumner P et al., BMJ 2014;349:g7015 (the main statement)"
    )
    should_fire = (
        "Scientists make breakthrough in anal cancer treatment\n\nMANCHESTER - Specialists have found a way to "
        "detect the cancer earlier, researchers said on Monday.",
        "Heart device studied in 40 patients\n\nBOSTON - A new heart device lowered blood pressure in a trial of "
        "40 patients, researchers said on Monday. The trial lasted 12 weeks.\n\n\u201cThis is the first study to show that the device "
        "works,\u201d said Dr. Lee, who led the trial.",
    )
    should_not_fire = (
        "Heart device studied in 40 patients\n\nBOSTON - A new heart device lowered blood pressure in a trial of "
        "40 patients, researchers said on Monday. The trial lasted 12 weeks.\n\nEarlier devices had similar "
        "effects.",
        "Drug gets breakthrough therapy designation\n\nBOSTON - The FDA granted breakthrough therapy designation "
        "to the drug, the company said on Monday.",
        "Immunotherapy studied in melanoma\n\nBOSTON - The drug worked better in patients receiving immunotherapy "
        "for the first time, researchers said on Monday.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if not doc.blocks or not (is_reporting(doc) or is_press_release(doc)):
            return
        prose = doc.prose
        spans = main_statement(doc)
        found: tuple[int, tuple[int, int, str], str] | None = None
        matches = [(m.start(), m.end(), m.group()) for m in _NOVELTY.finditer(prose)]
        # a capital "The first" after a dash or comma starts a sentence (a dateline's "BOSTON - The first
        # laser treatments were ..."): the subject, not what the work is
        matches += [
            (m.start("w"), m.end("w"), m.group("w"))
            for m in _FIRST_TO.finditer(prose)
            if m.group("w")[0] == "t"
        ]
        for start, end, words in sorted(matches):
            where = next((name for s, e, name in spans if s <= start < e), None)
            if where is None and found is not None:
                continue  # a quote after the main statement's own claim: the first one is reported
            if _persons_first(doc, start, end, words):
                continue
            lowered = words.lower()
            if lowered == "unprecedented" and _NOT_THE_WORK.match(prose, end):
                continue
            if lowered == "landmark" and _NAMED_STUDY.match(prose, end):
                continue  # an earlier study's epithet ("the landmark Women's Health Initiative")
            context = claim_context(doc, start, end)
            if context.suppressed or context.question:
                continue
            if where is None:
                if not context.quoted:
                    continue
                where = "a quote"
            rank = 0 if where != "a quote" else 1
            if found is None or rank < found[0]:
                found = (rank, (start, end, words), where)
            if rank == 0:
                break
        if found is None:
            return
        _, (start, end, words), where = found
        yield Finding(
            start,
            end,
            f"{where} claims a first or a breakthrough (\u201c{' '.join(words.split())}\u201d): say what is new against "
            "what was known, and on whose judgement, or drop the word",
            ("e.g. 'The drug lowered blood pressure in 40 patients' instead of 'Breakthrough drug'",),
        )
