"""TX109's ``drug_stem`` screens with one ``str.endswith`` over every stem before its ordered loop:
the same stem as the plain loop for every word of the health table and for random strings."""

from __future__ import annotations

import random

from medlint.text.drug_names import DRUG_STEMS, drug_stem
from medlint.text.spelling import _health_counts


def _plain(word: str) -> str | None:
    for stem in DRUG_STEMS:
        if word.endswith(stem) and len(word) >= len(stem) + 3:
            return stem
    return None


def test_drug_stem_matches_the_plain_loop() -> None:
    rng = random.Random(109)
    words = [w for w, _ in _health_counts()]
    words += [
        "".join(rng.choice("acdefilmnoprstxyz") for _ in range(rng.randint(0, 14))) for _ in range(5000)
    ]
    words += ["carbamazepine", "pril", "xxpril", "floxacin", "ciprofloxacin", "gentamycin", "gentamicin"]
    assert [drug_stem(w) for w in words] == [_plain(w) for w in words]
    assert drug_stem("ciprofloxacin") == _plain("ciprofloxacin") is not None
