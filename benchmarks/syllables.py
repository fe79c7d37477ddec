"""How well each fallback counts the syllables of words the CMU dictionary lacks.

textstat takes syllable counts from the CMU Pronouncing Dictionary and, for a
word the dictionary lacks (drug names, coinages), falls back to pyphen's
hyphenation points plus one. medlint's RD101 takes words and sentences from
textstat but counts syllables itself, by vowel groups for those words
(``medlint.text.readability``). Both fallbacks
are scored here against the CMU count on a sample of dictionary words, as if
the dictionary lacked them.

    python benchmarks/syllables.py [--sample 20000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=20_000)
    args = ap.parse_args()
    import pyphen

    from medlint.text.readability import SyllableTable, _cmudict_bytes, vowel_group_syllables

    raw = _cmudict_bytes()
    words = [
        line.split(" ", 1)[0]
        for line in raw.decode("utf-8").splitlines()
        if line and not line.startswith(";;;") and not line.split(" ", 1)[0].endswith(")")
    ]
    words = [w for w in words if w.isalpha() and len(w) > 2]
    sample = random.Random(1).sample(words, min(args.sample, len(words)))
    table = SyllableTable(raw)
    truth = {w: table.syllables(w) for w in sample}
    start = time.perf_counter()
    hyphenator = pyphen.Pyphen(lang="en")
    load = time.perf_counter() - start
    fallbacks = {
        "pyphen (textstat's fallback)": lambda w: len(hyphenator.positions(w)) + 1,
        "vowel groups (medlint's)": vowel_group_syllables,
    }
    print(f"{len(sample):,} CMU words (of {len(words):,} alphabetic ones, seed 1), counted as if missing:")
    print(f"{'fallback':30} {'exact':>6} {'within 1':>9} {'mean error':>11}")
    for name, count in fallbacks.items():
        errors = [count(w) - truth[w] for w in sample]
        exact = sum(e == 0 for e in errors) / len(errors)
        near = sum(abs(e) <= 1 for e in errors) / len(errors)
        print(f"{name:30} {exact:6.1%} {near:9.1%} {sum(errors) / len(errors):+11.2f}")
    print(f"loading pyphen's English dictionary: {load * 1000:.0f} ms (once per process)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
