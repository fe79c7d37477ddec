"""DS103 vague-source: A source that names nothing: "(source: internet)", "from the web", "according to reports"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...kinds.base import prose_text
from ...rule import Finding, Rule
from ...text.lazy_re import lazy_compile
from ...text.matching import ProbedPattern

_VAGUE = [
    ProbedPattern.of(lazy_compile(rx, re.IGNORECASE))
    for rx in (
        r"\(?\s*source\s*[:\uff1a]?\s*(?:the\s+)?(?:internet|web|network|online|google|wechat|baidu|weibo|"
        r"social media|media reports?)\b[^)\n]{0,40}\)?",
        r"\bsource(?:internet|network|web)\b[^)\n]{0,40}\)?",
        r"\b(?:pictures?|images?|photos?|content|article|text)\s+(?:from|source[ds]? from)\s+(?:the\s+)?"
        r"(?:internet|web|network)\b",
        r"\b(?:taken|copied|collected|compiled|reprinted)\s+from\s+(?:the\s+)?(?:internet|web|network)\b",
        r"\bfor\s+reference\s+only\b",
        r"\bif\s+there\s+is\s+(?:any\s+)?infringement\b",
    )
]


_ACCORDING = ProbedPattern.of(
    lazy_compile(
        r"\baccording to (?:(?:some|many|several|recent|media|news|online)\s+)?"
        r"(?:reports?|sources?|the internet|the web|online sources|experts|studies)\b",
        re.IGNORECASE,
    )
)


class VagueSource(Rule):
    """A source that names nothing: "(source: internet)", "from the web", "according to reports".

    Attribution only helps if a reader can follow it (JAMA benchmark
    "attribution"). Scraped and translated pages end with "source: internet,
    for reference only"; news copy says "according to reports" and stops.
    """

    code = "DS103"
    name = "vague-source"
    category = "disclosure"
    severity = Severity.WARNING
    source = "JAMA benchmarks (attribution; Silberg et al., JAMA 1997;277:1244-5); HONcode principle 4 (attribution)"
    should_fire = (
        "Rest helps.\n\n(Source: internet, for reference only)",
        "Rest helps.\n\n(sourceweb, reference only)",
        "According to reports, the drug works.",
        "Pictures from the internet.",
    )
    should_not_fire = (
        "According to reports in The Lancet, the drug works.",
        "Source: NHS, Colds and flu (2024).",
        "The internet is full of health advice.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        taken: list[tuple[int, int]] = []
        for pattern in _VAGUE:  # most specific first; a later, overlapping match is the same source
            for m in pattern.finditer(doc):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                yield Finding(
                    m.start(),
                    m.end(),
                    f"vague source “{prose_text(doc, m.start(), m.end())}”: name the publication, author and date",
                )
        for m in _ACCORDING.finditer(doc):
            tail = doc.prose[m.end() : m.end() + 60]
            if re.match(r"\s+(?:in|from|by|at|published in)\s+(?:the\s+)?[A-Z]", tail) or re.match(
                r"\s*\(", tail
            ):
                continue
            yield Finding(
                m.start(), m.end(), f"“{m.group()}” names no source: say which report, by whom, when"
            )
