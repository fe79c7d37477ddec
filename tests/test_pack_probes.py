"""Every pattern of the built-in packs has literal probes.

A pack pattern is searched only in the blocks that hold one probe of each of its probe sets
(``medlint.text.matching.literal_probe_sets``); a pattern whose probes cannot be derived is
searched in the whole text of every document, which cost one rule of the ninth session 20% of its
lint time on MedQuAD answers (an optional group inside an alternation, ``(?:'|’)?s``, where a
character class, ``['’]?s``, derives the same probes). This keeps such a pattern from landing
unnoticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from medlint.data import pack_dir
from medlint.text.matching import literal_probe_sets


def _pack_patterns() -> list[tuple[str, str, str]]:
    out = []
    for path in sorted(Path(pack_dir()).glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        rules = data.get("rules", []) if isinstance(data, dict) else []
        for rule in rules:
            for entry in rule.get("patterns") or []:
                pattern = entry["pattern"] if isinstance(entry, dict) else entry
                out.append((path.name, str(rule.get("code")), pattern))
    return out


PATTERNS = _pack_patterns()


def test_the_packs_hold_patterns() -> None:
    assert len(PATTERNS) > 100


@pytest.mark.parametrize(
    ("pack", "code", "pattern"), PATTERNS, ids=[f"{p}:{c}:{i}" for i, (p, c, _) in enumerate(PATTERNS)]
)
def test_every_pack_pattern_has_probes(pack: str, code: str, pattern: str) -> None:
    assert literal_probe_sets(pattern), f"{pack} {code}: no literal probes can be derived from {pattern!r}"
