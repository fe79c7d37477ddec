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

from ..data import data_file
from ..document import Document
from ..text.matching import ProbedPattern, _case_exotic, blocks_holding, finditer_stretches
from .apostrophe import cue

DISCLAIMER_START = re.compile(r"\b(?:medical\s+)?disclaimers?\b|\bimportant\s*:", re.IGNORECASE)


#: What a disclaimer must say: the text is information only, not a substitute for or not medical
#: advice (HONcode principle 2); with one of ACTION_COMPONENTS it is complete.
CORE_COMPONENTS = frozenset({"informational_only", "not_substitute", "not_medical_advice"})
#: What it must tell the reader to do.
ACTION_COMPONENTS = frozenset({"consult_professional", "never_disregard", "emergency"})


@dataclass(frozen=True)
class DisclaimerSpan:
    start: int
    end: int
    components: frozenset[str]

    @property
    def complete(self) -> bool:
        """Informational-only or not-a-substitute, plus an instruction to consult a professional."""
        return bool(self.components & CORE_COMPONENTS) and bool(self.components & ACTION_COMPONENTS)


@functools.lru_cache(maxsize=1)
def component_patterns() -> dict[str, re.Pattern[str]]:
    from ..yamlio import safe_load_cached

    data = safe_load_cached(data_file("disclaimer-components.yml").read_text(encoding="utf-8"))
    return {name: cue(rx, re.IGNORECASE | re.DOTALL) for name, rx in data["components"].items()}


@functools.lru_cache(maxsize=1)
def _probes() -> dict[str, tuple[str, ...]]:
    return {name: sets[0] if sets else () for name, sets in _probe_sets().items()}


@functools.lru_cache(maxsize=1)
def _probe_sets() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each component's probe sets: every match holds one probe of each (``literal_probe_sets``)."""
    from ..text.matching import literal_probe_sets

    return {name: literal_probe_sets(rx.pattern) for name, rx in component_patterns().items()}


#: Components that make a block a disclaimer on their own; the others ("consult your
#: doctor", "in an emergency") only complete one, since in the body they are advice.
DEFINING = frozenset(
    {
        "informational_only",
        "not_substitute",
        "not_medical_advice",
        "never_disregard",
        "no_doctor_patient_relationship",
        "fda_dshea_start",
        "fda_dshea",
    }
)


def find_disclaimers(doc: Document) -> list[DisclaimerSpan]:
    """Disclaimer spans, one per block holding components; adjacent blocks share components."""
    return doc.derived(_find_disclaimers)


#: for a defining component whose derived first probe set is a word of most health paragraphs
#: ("medical"), a rarer set every match needs (tests/test_hand_probes.py checks each on every
#: form of the component). Any required set finds the same blocks and matches in a text whose
#: lower-casing is plain; a case-exotic text (``matching._case_exotic``, where a probe can miss
#: an IGNORECASE match) keeps the derived sets, so what it is narrowed by does not change.
_RARER_SETS = {"not_medical_advice": ("advice",), "never_disregard": ("disregard", "ignore", "seeking")}


@functools.lru_cache(maxsize=1)
def _search_sets() -> dict[str, tuple[tuple[str, ...], ...]]:
    """``_probe_sets`` with ``_RARER_SETS`` in place of the derived sets."""
    return {**_probe_sets(), **{name: (rarer,) for name, rarer in _RARER_SETS.items()}}


#: search every defining component block by block, not asking its gate first (tests compare the two)
_PLAIN_DISCLAIMER_GATES = False


@functools.lru_cache(maxsize=1)
def _defining_gates() -> dict[str, ProbedPattern]:
    """Each defining component with probe sets, as a ProbedPattern over its ``_search_sets``, to
    ask ``could_match_doc`` before its blocks are searched.

    Seven defining components are looked for in every document, each a search of the whole
    lower-cased text per probe (``blocks_holding``) though few documents hold a disclaimer; a
    document whose words lack one of a component's sets holds no match of it (every match holds a
    probe of each), and its words answer that in a few set operations (``DocumentProbes``). A
    case-exotic text is answered True (``could_match_doc``) and searched as before. Built on first
    use: the sets come from the components' file."""
    patterns = component_patterns()
    return {
        name: ProbedPattern(patterns[name], sets[0], tuple(sets[1:]))
        for name, sets in _search_sets().items()
        if name in DEFINING and sets
    }


def _find_disclaimers(doc: Document) -> list[DisclaimerSpan]:
    patterns = component_patterns()
    probes = _probes()
    search_sets = _probe_sets() if _case_exotic(doc.lower) else _search_sets()
    gates = {} if _PLAIN_DISCLAIMER_GATES else _defining_gates()
    hits: dict[int, set[str]] = {}
    for name, rx in patterns.items():
        if name not in DEFINING:
            continue
        gate = gates.get(name)
        if gate is not None and not gate.could_match_doc(doc):
            continue  # the words lack one of its sets: no block holds a match
        sets = search_sets[name]
        first = sets[0] if sets else ()
        candidates = blocks_holding(doc, first, sets[1:])
        for bi in range(len(doc.blocks)) if candidates is None else candidates:
            block = doc.blocks[bi]
            # rx.search(doc.prose, block.start, block.end), searched where the probes are
            found = finditer_stretches(rx, first, sets[1:], doc.prose, doc.lower, block.start, block.end, doc)
            if next(found, None) is not None:
                hits.setdefault(bi, set()).add(name)
    # a block counts with a defining component or when it is introduced as a disclaimer;
    # only those blocks are searched for the completing components
    for bi, block in enumerate(doc.blocks):
        if bi not in hits and DISCLAIMER_START.match(doc.prose, block.start):
            hits[bi] = set()
    if not hits and not _PLAIN_DISCLAIMER_GATES:
        return []  # no block to complete (what the rest finds from no blocks)
    lower = doc.lower
    for name, rx in patterns.items():
        if name in DEFINING or (probes[name] and not any(p in lower for p in probes[name])):
            continue
        for bi in hits:
            block = doc.blocks[bi]
            if rx.search(doc.prose, block.start, block.end):
                hits[bi].add(name)
    hits = {bi: names for bi, names in hits.items() if names}
    spans = [
        DisclaimerSpan(doc.blocks[bi].start, doc.blocks[bi].end, frozenset(hits[bi])) for bi in sorted(hits)
    ]
    # a disclaimer set as several short paragraphs is one disclaimer: its parts complete each other
    for i in range(1, len(spans)):
        a, b = spans[i - 1], spans[i]
        if doc.block_at(b.start) == (doc.block_at(a.start) or 0) + 1 and not (
            "fda_dshea_start" in a.components or "fda_dshea_start" in b.components
        ):
            union = a.components | b.components
            spans[i - 1] = DisclaimerSpan(a.start, a.end, union)
            spans[i] = DisclaimerSpan(b.start, b.end, union)
    return spans
