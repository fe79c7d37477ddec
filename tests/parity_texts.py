"""Texts for the parity tests of fast paths: every rule's examples and the development corpus.

A fast path fenced behind its plain form is checked on varied real inputs before random ones;
each parity test adds the random strings of the characters its own code treats apart.
"""

from __future__ import annotations

import gc
import json
import random
from collections.abc import Sequence
from itertools import islice
from pathlib import Path
from typing import Any


def rule_and_corpus_texts() -> list[str]:
    """Every default rule's should-fire and should-not-fire examples, then the development corpus."""
    from medlint.registry import default_registry

    texts: list[str] = []
    for rule in default_registry().rules.values():
        for ex in (*rule.should_fire, *rule.should_not_fire):
            texts.append(ex if isinstance(ex, str) else ex.text)
    root = Path(__file__).resolve().parent.parent
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "benchmarks" / "corpus").glob("*.*"))]
    return texts


#: The MedQuAD answers beside the project (``../shared/data``); absent on a machine without them.
MEDQUAD = Path(__file__).resolve().parents[2] / "shared" / "data" / "medquad" / "medquad.jsonl"


def medquad_answers(step: int, per_record: int) -> list[str]:
    """Every ``step``-th of the first 4,000 MedQuAD records, its first ``per_record`` answers each as
    Markdown (``# question`` + answer): real prose for a parity test, or nothing without the data."""
    if not MEDQUAD.exists():
        return []
    with MEDQUAD.open(encoding="utf-8") as fh:
        return [
            f"# {qa['question']}\n\n{qa['answer']}\n"
            for line in islice(fh, 0, 4000, step)
            for qa in json.loads(line)["qa"][:per_record]
        ]


def random_strings(alphabet: Sequence[str], count: int, *, seed: int, max_pieces: int = 50) -> list[str]:
    """``count`` seeded strings of up to ``max_pieces`` pieces drawn from ``alphabet``."""
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, max_pieces))) for _ in range(count)]


def loaded_probed_patterns() -> list[Any]:
    """Every distinct ``ProbedPattern`` of the rules and packs loaded in this process, found through
    the garbage collector (patterns live in rule modules, packs and caches, not in one registry).

    Distinct by pattern, flags and probes: in a whole test run the packs are loaded many times, and
    each copy put to every text made the probe tests the slowest of the suite."""
    from medlint.registry import default_registry
    from medlint.text.matching import ProbedPattern

    default_registry()  # every rule module and pack loaded
    unique: dict[tuple[Any, ...], Any] = {}
    for p in gc.get_objects():
        if isinstance(p, ProbedPattern):
            unique.setdefault((p.regex.pattern, p.regex.flags, p.probes, p.also), p)
    return list(unique.values())
