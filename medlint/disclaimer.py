"""Find medical disclaimers by their components.

A medical disclaimer is recognised by what it says, not by a heading: "for
informational purposes only", "not a substitute for professional advice",
"consult your doctor", "never delay seeking advice", "in an emergency call ...".
The components and their sources are in ``rules/data/disclaimer-components.yml``
(from termly.io, legalclarity.org and the FDA DSHEA wording). A span that holds
one or more components is a disclaimer; the DS rules judge whether it is
complete, and the claim rules never fire inside one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .document import Document
from .registry import builtin_pack_dir

DISCLAIMER_START = re.compile(r"\b(?:medical\s+)?disclaimers?\b|\bimportant\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class DisclaimerSpan:
    start: int
    end: int
    components: frozenset[str]

    @property
    def complete(self) -> bool:
        """Informational-only or not-a-substitute, plus an instruction to consult a professional."""
        c = self.components
        core = bool(c & {"informational_only", "not_substitute", "not_medical_advice"})
        action = bool(c & {"consult_professional", "never_disregard", "emergency"})
        return core and action


@functools.lru_cache(maxsize=1)
def component_patterns() -> dict[str, re.Pattern[str]]:
    import yaml

    data = yaml.safe_load(
        (builtin_pack_dir() / "data" / "disclaimer-components.yml").read_text(encoding="utf-8")
    )
    return {name: re.compile(rx, re.IGNORECASE | re.DOTALL) for name, rx in data["components"].items()}


def find_disclaimers(doc: Document) -> list[DisclaimerSpan]:
    """Disclaimer spans (one per block holding components, merged when adjacent)."""
    cached = doc._cache.get("disclaimer.spans")
    if cached is not None:
        return cached
    patterns = component_patterns()
    hits: dict[int, set[str]] = {}
    for name, rx in patterns.items():
        for m in rx.finditer(doc.prose):
            bi = doc.block_at(m.start())
            if bi is not None:
                hits.setdefault(bi, set()).add(name)
    # "ask your pharmacist" in the body is advice, not a disclaimer: a block counts only
    # with a defining component or when it is introduced as a disclaimer
    defining = {
        "informational_only",
        "not_substitute",
        "not_medical_advice",
        "never_disregard",
        "no_doctor_patient_relationship",
        "fda_dshea_start",
        "fda_dshea",
    }
    hits = {
        bi: names
        for bi, names in hits.items()
        if names & defining or DISCLAIMER_START.match(doc.prose, doc.blocks[bi].start)
    }
    spans: list[DisclaimerSpan] = []
    for bi in sorted(hits):
        block = doc.blocks[bi]
        if spans and doc.block_at(spans[-1].end - 1) == bi - 1:
            prev = spans.pop()
            spans.append(DisclaimerSpan(prev.start, block.end, prev.components | frozenset(hits[bi])))
        else:
            spans.append(DisclaimerSpan(block.start, block.end, frozenset(hits[bi])))
    doc._cache["disclaimer.spans"] = spans
    return spans
