"""DS102 truncated-disclaimer: A disclaimer that starts and breaks off, or lacks its essential parts."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import HEADING, Document
from ...evidence.disclaimer import CORE_COMPONENTS, DISCLAIMER_START, component_patterns, find_disclaimers
from ...rule import Example, Finding, Rule
from ...text.matching import ProbedPattern
from ._shared import _GOOD_DISCLAIMER


@functools.cache
def _fda_start() -> ProbedPattern:
    """The opening of the FDA supplement statement, with its probes ("statement", "evaluated"):
    most texts hold none, and the pattern is searched in the whole text."""
    return ProbedPattern.of(component_patterns()["fda_dshea_start"])


#: Words the paragraph after a bare "Disclaimer" line needs to be that line's text.
_MIN_FOLLOWING_WORDS = 6


def _text_follows(doc: Document, bi: int) -> bool:
    """The block after block ``bi`` is a paragraph of its own: "Disclaimer" alone on its line (or as
    a heading) introduces it, as in press releases and site footers; "Disclaimer of" or a bare
    "Disclaimer" at the end of the page is what breaks off."""
    if bi + 1 >= len(doc.blocks):
        return False
    nxt = doc.blocks[bi + 1]
    return len(doc.prose[nxt.start : nxt.end].split()) >= _MIN_FOLLOWING_WORDS


def _all_link(doc: Document, start: int, end: int) -> bool:
    """The block at [start, end) is all the text of one link: a bare "Disclaimer" that links to the
    site's disclaimer page names it, and breaks nothing off."""
    return any(lk.start <= start and end <= lk.end for lk in doc.links if lk.start <= start)


class TruncatedDisclaimer(Rule):
    """A disclaimer that starts and breaks off, or lacks its essential parts.

    "Disclaimer of" at the end of a page, a disclaimer sentence that stops
    mid-way, a disclaimer that only says "for informational purposes" without
    sending readers to a professional, and a partial FDA supplement statement
    ("This statement has not been evaluated by the Food and Drug
    Administration" without "This product is not intended to diagnose, treat,
    cure, or prevent any disease") are all reported.
    """

    code = "DS102"
    name = "truncated-disclaimer"
    category = "disclosure"
    severity = Severity.ERROR
    source = (
        "FDA, 21 CFR 101.93(c) (DSHEA disclaimer wording, required in full); HONcode principle 2; "
        "termly.io and legalclarity.org medical disclaimer components"
    )
    should_fire = (
        "Rest helps.\n\nDisclaimer of",
        "Rest helps.\n\nDisclaimer",
        "Rest helps.\n\nThis article is for informational purposes only and",
        "Rest helps.\n\nThis article is for informational purposes only.",
        "Take one capsule daily. This statement has not been evaluated by the Food and Drug Administration.",
    )
    should_not_fire = (
        _GOOD_DISCLAIMER,
        "Take one capsule daily. This statement has not been evaluated by the Food and Drug Administration. "
        "This product is not intended to diagnose, treat, cure, or prevent any disease.",
        "Rest helps. Disclaimers on supplement labels are often ignored by shoppers.",
        "Rest helps.\n\nDisclaimer\n\nThe foregoing release contains forward-looking statements about our products.",
        Example(
            "<p>Rest helps.</p><h4>Important: Sync your new profile</h4><p>The new edition comes with a new "
            "profile, so sync it with your account.</p>",
            format="html",
            note="a notice's heading over its paragraph",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        patterns = component_patterns()
        reported: set[int] = set()
        # 1. a block that opens a disclaimer and stops short or mid-sentence
        for bi, block in enumerate(doc.blocks):
            text = doc.prose[block.start : block.end]
            m = DISCLAIMER_START.match(text)
            if m is None:
                continue
            rest = text[m.end() :].strip(" :\u2014-")
            words = rest.split()
            if (not words or block.kind == HEADING) and _text_follows(doc, bi):
                # "Disclaimer" as the heading of the paragraph after it, or a notice's heading
                # ("Important: Sync your new profile"): a title over its text, which says it
                continue
            if not words and _all_link(doc, block.start, block.end):
                continue  # a link to the site's disclaimer page ("<a href=/disclaimer>Disclaimer</a>")
            if len(words) < 6 or text.rstrip()[-1:] not in '.!?)\u201d"':
                reported.add(bi)
                yield Finding(
                    block.start, block.end, "the disclaimer breaks off before it says anything complete"
                )
        # 2. disclaimer spans that stop mid-sentence or lack a component
        for span in find_disclaimers(doc):
            if doc.block_at(span.start) in reported:
                continue
            if "fda_dshea_start" in span.components and not span.components & CORE_COMPONENTS:
                continue  # a partial FDA statement on its own: reported below
            text = doc.prose[span.start : span.end].rstrip()
            if text[-1:] not in '.!?)\u201d"*':
                yield Finding(span.start, span.end, "the disclaimer stops mid-sentence")
            elif not span.complete and span.components & CORE_COMPONENTS:
                # the article's own text may already send readers to a professional ("If you want to
                # try vinegar, talk to your doctor first"): the disclaimer then only repeats less than
                # a template would, a note rather than a warning
                elsewhere = bool(patterns["consult_professional"].search(doc.prose, 0, span.start)) or bool(
                    patterns["consult_professional"].search(doc.prose, span.end)
                )
                yield Finding(
                    span.start,
                    span.end,
                    "incomplete disclaimer: it should also tell readers to consult a doctor or qualified "
                    "health provider (and what to do in an emergency)"
                    + (" (the article says so elsewhere)" if elsewhere else ""),
                    ("Always consult your doctor or another qualified health provider.",),
                    severity=Severity.INFO if elsewhere else Severity.WARNING,
                )
        # 3. the FDA supplement statement must be complete and exact
        full = patterns["fda_dshea"]
        start = _fda_start()
        for m in start.regex.finditer(doc.prose) if start.could_match_doc(doc) else ():
            if not full.match(doc.prose, m.start()):
                at = doc.block_at(m.start())
                end = doc.blocks[at].end if at is not None else m.end()
                yield Finding(
                    m.start(),
                    end,
                    "incomplete FDA supplement disclaimer: it must continue \u201cThis product is not intended to "
                    "diagnose, treat, cure, or prevent any disease.\u201d",
                    ("This product is not intended to diagnose, treat, cure, or prevent any disease.",),
                )
