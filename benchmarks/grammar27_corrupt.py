"""Recall on hand-made agreement, less/fewer, it's/its, phrase and drug-name slips (grammar27).

Our own construction, a sibling of ``benchmarks/words26_corrupt.py`` (whose
sentence reader it uses: development MedQuAD answers, ``medquad_is_heldout``
false). Each class puts one slip into a sentence and counts how often the rule
meant for it reports a finding over the changed words; the unchanged sentence
is linted too, as a control. Classes:

- ``relative-agreement``: a sentence that opens with a plural subject (an
  optional determiner and up to two words, then a plural ending in "s" or
  "people", "children", "women", "men", "adults"), a "who" or "that" clause,
  and within eight words "have", "are", "were" or "do", that verb put in the
  singular ("People who ... have" -> "has"); the regex does not parse, so
  some verbs it changes belong to the clause (no defect the rule could be
  asked to see in the same way); rule TX118;
- ``its-possessive``: "its" before a lower-case word written "it's"; rule TX119;
- ``less-count``: "fewer" before a lower-case word written "less"; rule TX120
  (MT108's ``less-plural`` reads a plural right after "less": the script
  prints the share either rule finds too);
- ``phrase-slip``: a word of three to seven letters between two lower-case
  words whose pairs the reference statistics count 30 times or more each, one
  letter changed so that it makes another word of the reference vocabulary
  ("in some cases" -> "in come cases"); rule TX121;
- ``drug-name``: a drug name (a known word with a drug stem of
  ``medlint.text.drug_names.DRUG_STEMS``) given one slip (a letter dropped, doubled, two
  swapped, a vowel for another) that makes no known word; rule TX109.

Only counts are printed (no sentence), so the output may be committed.

    python benchmarks/grammar27_corrupt.py [--n 300] [--seed 2027] [--classes ...]
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# appended, so that PYTHONPATH may point the run at another checkout's medlint (a base commit)
sys.path.append(str(ROOT))

from benchmarks.corrupt_common import Case, Maker, parser, run  # noqa: E402
from benchmarks.words26_corrupt import _pool, _slip  # noqa: E402

_RELATIVE = re.compile(
    r"^(?:(?:The|These|Those|Many|Most|Some|All) )?(?:[a-z]+ ){0,2}?"
    r"(?:[a-z]{3,}s|people|children|women|men|adults|People|Children|Women|Men|Adults|[A-Z][a-z]+s)"
    r" (?:who|that) (?:[a-z'-]+ ){1,7}?(have|are|were|do)\b"
)
_SINGULAR = {"have": "has", "are": "is", "were": "was", "do": "does"}
_ITS = re.compile(r"\b([Ii])ts ([a-z]+)")
_FEWER = re.compile(r"\b([Ff])ewer (?!than\b|and\b|or\b)([a-z]+)")
_TRIPLE = re.compile(r"(?<![\w'-])(?=([a-z]+) ([a-z]{3,7}) ([a-z]+)(?![\w'-]))")
_WORD = re.compile(r"(?<![\w'-])([a-z]{6,})(?![\w'-])")


def relative_agreement(rng: random.Random, n: int, pool: list[str]) -> list[Case]:
    cases = []
    for s in pool:
        m = _RELATIVE.match(s)
        if m:
            a, b = m.start(1), m.end(1)
            bad = _SINGULAR[m.group(1)]
            cases.append((s, s[:a] + bad + s[b:], a, a + len(bad)))
    return rng.sample(cases, min(n, len(cases)))


def swap_head(rng: random.Random, n: int, pool: list[str], pattern: re.Pattern[str], new: str) -> list[Case]:
    """The matched head word ("its", "fewer") replaced by ``new``, capitalised as it was."""
    cases = []
    for s in pool:
        found = list(pattern.finditer(s))
        if not found:
            continue
        m = rng.choice(found)
        head_end = m.start(2) - 1
        bad = (new[0].upper() if m.group(1).isupper() else new[0]) + new[1:]
        cases.append((s, s[: m.start()] + bad + s[head_end:], m.start(), m.start() + len(bad)))
    return rng.sample(cases, min(n, len(cases)))


def phrase_slip(rng: random.Random, n: int, pool: list[str]) -> list[Case]:
    from medlint.rules.text_integrity.TX121 import MIN_PHRASE_PAIR, _variants
    from medlint.text.refstats import load

    ref = load()
    cases = []
    for s in pool:
        found = [
            m
            for m in _TRIPLE.finditer(s)
            if ref.count(m.group(1), m.group(2)) >= MIN_PHRASE_PAIR
            and ref.count(m.group(2), m.group(3)) >= MIN_PHRASE_PAIR
        ]
        if not found:
            continue
        m = rng.choice(found)
        w = m.group(2)
        options = []
        for v in sorted(_variants(w)):
            st = ref.word(v)
            if st is not None and st.freq >= 20 and len(v) >= 3 and v.isalpha():
                options.append(v)
        if not options:
            continue
        bad = rng.choice(options)
        a = m.start(2)
        cases.append((s, s[:a] + bad + s[a + len(w) :], a, a + len(bad)))
    return rng.sample(cases, min(n, len(cases)))


def drug_name(rng: random.Random, n: int, pool: list[str]) -> list[Case]:
    from medlint.text.drug_names import is_drug_name
    from medlint.text.lexicon import is_known, is_near_word

    cases = []
    for s in pool:
        found = [m for m in _WORD.finditer(s) if is_drug_name(m.group(1)) and is_known(m.group(1))]
        if not found:
            continue
        m = rng.choice(found)
        bad = _slip(rng, m.group(1))
        if bad == m.group(1) or is_known(bad) or is_near_word(bad):
            continue
        cases.append((s, s[: m.start()] + bad + s[m.end() :], m.start(), m.start() + len(bad)))
    return rng.sample(cases, min(n, len(cases)))


def main() -> int:
    args = parser(__doc__, 2027).parse_args()
    rng = random.Random(args.seed)
    pool = _pool(400000)
    makers: dict[str, Maker] = {
        "relative-agreement": (("TX118",), lambda: relative_agreement(rng, args.n, pool)),
        "its-possessive": (("TX119",), lambda: swap_head(rng, args.n, pool, _ITS, "it's")),
        "less-count": (("TX120", "MT108"), lambda: swap_head(rng, args.n, pool, _FEWER, "less")),
        "phrase-slip": (("TX121",), lambda: phrase_slip(rng, args.n, pool)),
        "drug-name": (("TX109",), lambda: drug_name(rng, args.n, pool)),
    }
    run(makers, args.classes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
