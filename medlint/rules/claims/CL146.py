"""CL146 timeframe-on-claims-page: A result promised within a time, on a page that sells a remedy."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.context import claim_context
from ...rule import Example, Finding
from ...text.lazy_re import lazy_compile
from ._remedy_page import (
    MEDICINE_KINDS,
    RemedyPage,
    RemedyPageRule,
    left_to_others,
    not_the_pages_own,
    other_codes_note,
)

#: A short time to the result: "within days", "in as little as two weeks", "in just 3 days", "after the first cup",
#: "within hours", "overnight", "from the very first day", "in 48 hours".
_TIME = (
    r"(?:(?:within|in|after|under)\s+(?:just\s+|only\s+|as\s+little\s+as\s+|less\s+than\s+|about\s+|around\s+)?"
    r"(?:(?:\d+(?:\s*[\u2013-]\s*\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty|a|an|a\s+couple\s+of|a\s+few|"
    r"a\s+matter\s+of)\s+)?(?:minutes?|hours?|days?|weeks?|months?|nights?|"
    # (s66) a course counted in sessions or visits ("clears up sciatica in two sessions")
    r"sessions?|visits?|treatments?|applications?)|(?:after|from)\s+(?:the\s+)?(?:very\s+)?"
    r"first\s+(?:day|use|dose|cup|glass|application|week|night|sip)|overnight|in\s+no\s+time|immediately|instantly|"
    # (s60) a short time left unnumbered ("regrow the hair in a short period of time")
    r"(?:in|within)\s+(?:a\s+)?(?:very\s+)?short\s+(?:period\s+of\s+time|span\s+of\s+time|time|period)|"
    r"right\s+away|at\s+once|"
    # (s66) a change seen as it comes ("You will see your infection getting reduced day by day")
    r"day\s+by\s+day|over\s+a\s+(?:space|matter)\s+of\s+(?:days|weeks))"
)
#: The result promised: a future change, a difference or relief noticed, a complaint gone or down, the remedy
#: starting to work ("will be gone", "will drop", "see results", "notice a difference", "feel better", "goes down",
#: "starts working").
_RESULT = (
    r"(?:will\s+(?:be\s+)?(?:[\w-]+\s+)?(?:gone|drop|fall|normali[sz]e|heal|clear|improve|disappear|vanish|glow|"
    r"diminish|decrease|ease|subside|lessen|"
    r"go\s+(?:down|away)|feel|see|notice|start|begin|lose|shrink|fade|return\s+to\s+normal|be\s+(?:back\s+to\s+)?"
    r"normal|help\s+(?:you\s+)?(?:to\s+)?(?:re)?(?:grow|lose|heal|clear|cure|reverse|get\s+rid\s+of|relieve|"
    r"reduce|lower|eliminate))|(?:see|notice|feel|experience|get)\s+(?:[\w-]+\s+){0,2}?(?:results|difference|improvements?|"
    r"relief|change|effects?|movements?)|(?:feel|get)\s+(?:much\s+)?better|(?:goes|go|went)\s+(?:down|away)|"
    r"(?:disappears?|vanish(?:es)?|clears?\s+up|subsides?)|(?:starts?|begins?)\s+(?:working|to\s+work)|"
    # (s66) the remedy's own verb of an end to the complaint, its object between ("End Sciatica in Weeks", "guaranteed to
    # end sciatica in weeks or days", "extinguish sciatica ... over a space of weeks")
    # (an object after it: "The wound heals in two weeks" is a course, not a promise)
    r"(?:end|ends|extinguish(?:es)?|eliminates?|cures?|reverses?|heals?|gets?\s+rid\s+of|banish(?:es)?)"
    r"(?=\s+(?!(?:in|within|after|over|under|by|on|at|for)\b)[\w-]))"
)
#: Either order in one sentence, the time before or after the result, with no stop between.
#: (s67) or speed promised in one phrase: relief said to be instant or quick ("Have this for instant relief", "taken
#: everyday to get quick relief"; not the "quick-relief" inhaler, nor a medicine's, which the sentence's medicine word
#: leaves), a complaint stopped "in its tracks" ("it has stopped two colds in their tracks")
_QUICK = (
    r"(?:instant|immediate|quick|fast|rapid|speedy|overnight)\s+relief(?![\s-]+(?:medicines?|medications?|inhalers?))|"
    r"stop(?:s|ped|ping)?\s+(?:[\w-]+\s+){1,3}?in\s+(?:its|their)\s+tracks"
)
_PROMISE = lazy_compile(
    rf"\b{_TIME}\b[^.!?\n]{{0,80}}?\b{_RESULT}\b|\b{_RESULT}\b[^.!?\n]{{0,60}}?\b{_TIME}\b|(?<![\w-]){_QUICK}\b",
    re.IGNORECASE,
)
#: A clinic's instruction or a course told as natural history: a doctor, a call, "usually" or "most cases"
#: ("Most colds go away within a week", "see a doctor if symptoms do not improve within 3 days").
_NOT_A_PROMISE = lazy_compile(
    r"\b(?:doctor|physician|pharmacist|call|emergency|usually|typically|normally|generally|most\s+(?:cases|colds|"
    r"people\s+recover)|on\s+its\s+own|by\s+itself|not)\b",
    re.IGNORECASE,
)


class TimeframeOnClaimsPage(RemedyPageRule):
    """A result promised within a time, on a page that sells a remedy.

    "In as little as two weeks your joint pain will be gone", "You will see results within days", "Your blood sugar
    will drop in just 3 days", "Most people notice a difference after the first cup": a short time (within, in or
    after minutes, hours, days, weeks or months, after the first cup or dose, overnight) and a result in the same
    sentence (a change to come, a difference or relief noticed, a complaint gone or down, the remedy starting to
    work; since the sixty-sixth session also the remedy's own verb of an end with its object, "end sciatica in weeks",
    "clears up sciatica in two sessions", a course counted in sessions or visits, and a change seen "day by day").
    The FDA lists "quick fixes" among the tip-offs of health fraud and the FTC asks that a promised result
    be substantiated for the time it names. CL112 reports the phrases of such promises on any page; this rule reads
    the promise's structure, so a promise in words no list holds is read too, but only on a page that already
    makes other unsupported health claims (``_remedy_page``), since health guides and news tell a course of
    illness or a drug's onset the same way ("most colds go away within a week"). A sentence that names a
    medicine, a doctor or a call, or tells the usual course ("usually", "most cases", "on its own"),
    or is negated, reported, quoted, asked or supposed (the claim context), is left.
    """

    code = "CL146"
    name = "timeframe-on-claims-page"
    category = "claims"
    severity = Severity.WARNING
    source = (
        "FDA, \u201cHealth Fraud Scams\u201d (quick fixes as a tip-off); FTC Health Products Compliance Guidance "
        "(2022): claims of how fast a product works need competent and reliable scientific evidence"
    )
    should_fire = (
        Example(
            "Doctors won't tell you this, but garlic cures cancer.\n\nIn as little as two weeks your joint pain will "
            "be gone. You will see results within days.",
        ),
    )
    should_not_fire = (
        Example("In as little as two weeks your joint pain will be gone.", note="no other claim on the page"),
        Example(
            "Doctors won't tell you this, but garlic cures cancer.\n\nMost colds usually go away within a week. See "
            "a doctor if the fever does not go down within 3 days.",
            note="the usual course; a doctor and a condition",
        ),
    )

    def read_page(self, doc: Document, page: RemedyPage, claimed: list[tuple[int, int]]) -> Iterable[Finding]:
        prose = doc.prose
        out = []
        for sentence in doc.sentences:
            text = sentence.text
            if _NOT_A_PROMISE.search(text) or MEDICINE_KINDS.search(text):
                continue
            m = _PROMISE.search(text)
            if m is None:
                continue
            start, end = sentence.start + m.start(), sentence.start + m.end()
            if left_to_others(doc, start, end, claimed) or not_the_pages_own(claim_context(doc, start, end)):
                continue
            words = " ".join(prose[start:end].split())
            out.append(
                Finding(
                    start,
                    end,
                    f"a result promised within a time (\u201c{words}\u201d) on a page that makes other unsupported "
                    f"health claims{other_codes_note(page)}: results vary and no remedy guarantees a date; say what "
                    "was measured, in whom and over what time, or cut the promise",
                )
            )
        return out
