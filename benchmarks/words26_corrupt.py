"""Recall on hand-made broken words and slips (words26): clean development MedQuAD sentences, one slip each.

Our own construction, a sibling of ``benchmarks/words23_corrupt.py`` (whose
sentence reader it uses: development MedQuAD answers, ``medquad_is_heldout``
false). Each class puts one slip into a sentence and counts how often the rule
meant for it reports a finding over the changed words; the unchanged sentence
is linted too, as a control. Classes:

- ``split-fragment``: a lower-case word of five letters or more split by a
  space one or two letters from either end ("triple" -> "tripl e",
  "flushing" -> "fl ushing"); rule TX116;
- ``split-inner``: the same word split three letters or more from both ends
  ("therapy" -> "ther apy"); rule TX116;
- ``moved-space``: two lower-case words of three letters or more in a row,
  the space between them moved one letter left or right ("corticosteroid
  drugs" -> "corticosteroidd rugs"); rule TX116;
- ``long-one-edit`` and ``long-two-edit``: a lower-case word of ten letters or
  more that wordfreq or the health-word table knows, with one or two slips
  (a letter dropped, doubled, two swapped, a vowel for another), kept when no
  known word results; rule TX109;
- ``verb-for-noun``: a determiner or possessive, a noun and "of" ("the extent
  of"), the noun replaced by the verb one letter away (``TX117.noun_for``
  read backwards: "the extend of"); rule TX117.

Only counts are printed (no sentence), so the output may be committed.

    python benchmarks/words26_corrupt.py [--n 300] [--seed 2026] [--classes ...]
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
from benchmarks.words23_corrupt import sentences  # noqa: E402

_LOWER_WORD = re.compile(r"(?<![\w'-])([a-z]{5,})(?![\w'-])")
_PAIR = re.compile(r"(?<![\w'-])([a-z]{3,}) ([a-z]{3,})(?![\w'-])")
_LONG_WORD = re.compile(r"(?<![\w'-])([a-z]{10,})(?![\w'-])")
_NOUN_OF = re.compile(r"\b(?:the|a|an|this|its|their|his|her|our|your|what) ([a-z]{4,}) of\b")


def _pool(limit: int = 4000) -> list[str]:
    out = []
    for s in sentences():
        out.append(s)
        if len(out) >= limit:
            break
    return out


def split_word(rng: random.Random, n: int, fragment: bool) -> list[Case]:
    from medlint.text.lexicon import is_known

    cases = []
    for s in _pool():
        words = [m for m in _LOWER_WORD.finditer(s) if is_known(m.group(1))]
        if not words:
            continue
        m = rng.choice(words)
        w = m.group(1)
        cuts = [1, 2, len(w) - 2, len(w) - 1] if fragment else list(range(3, len(w) - 2))
        if not cuts:
            continue
        k = rng.choice(cuts)
        bad = w[:k] + " " + w[k:]
        cases.append((s, s[: m.start()] + bad + s[m.end() :], m.start(), m.start() + len(bad)))
    return rng.sample(cases, min(n, len(cases)))


def moved_space(rng: random.Random, n: int) -> list[Case]:
    from medlint.text.lexicon import is_known

    cases = []
    for s in _pool():
        pairs = [m for m in _PAIR.finditer(s) if is_known(m.group(1)) and is_known(m.group(2))]
        if not pairs:
            continue
        m = rng.choice(pairs)
        a, b = m.group(1), m.group(2)
        bad = a[:-1] + " " + a[-1] + b if rng.random() < 0.5 else a + b[0] + " " + b[1:]
        x, y = bad.split(" ")
        if is_known(x) and is_known(y):
            continue  # two words again: no slip a reader could see
        cases.append((s, s[: m.start()] + bad + s[m.end() :], m.start(), m.end()))
    return rng.sample(cases, min(n, len(cases)))


def _slip(rng: random.Random, w: str) -> str:
    k = rng.randrange(1, len(w) - 1)
    kind = rng.choice(("drop", "double", "swap", "vowel"))
    if kind == "drop":
        return w[:k] + w[k + 1 :]
    if kind == "double":
        return w[:k] + w[k] + w[k:]
    if kind == "swap":
        return w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    inner = [i for i in range(1, len(w) - 1) if w[i] in "aeiou"]
    i = rng.choice(inner) if inner else k
    return w[:i] + rng.choice([v for v in "aeiou" if v != w[i]]) + w[i + 1 :]


def long_misspelling(rng: random.Random, n: int, edits: int) -> list[Case]:
    from medlint.text.lexicon import is_known, is_near_word

    cases = []
    for s in _pool(20000):
        words = [m for m in _LONG_WORD.finditer(s) if is_known(m.group(1))]
        if not words:
            continue
        m = rng.choice(words)
        bad = m.group(1)
        for _ in range(edits):
            bad = _slip(rng, bad)
        if bad == m.group(1) or is_known(bad) or is_near_word(bad):
            continue
        cases.append((s, s[: m.start()] + bad + s[m.end() :], m.start(), m.start() + len(bad)))
    return rng.sample(cases, min(n, len(cases)))


def verb_for_noun(rng: random.Random, n: int) -> list[Case]:
    from medlint.data import pack_dir
    from medlint.rules.text_integrity.TX117 import noun_for

    table = pack_dir() / "data" / "lexicon" / "word-classes.tsv"
    lines = table.read_text(encoding="utf-8").splitlines()
    heads = [line.split("\t")[0] for line in lines if line and line[0] != "#"]
    verbs = {noun: v for v in heads if (noun := noun_for(v))}
    cases = []
    for s in sentences():
        for m in _NOUN_OF.finditer(s):
            verb = verbs.get(m.group(1))
            if verb:
                cases.append((s, s[: m.start(1)] + verb + s[m.end(1) :], m.start(1), m.start(1) + len(verb)))
    return rng.sample(cases, min(n, len(cases)))


def main() -> int:
    args = parser(__doc__, 2026).parse_args()
    rng = random.Random(args.seed)
    makers: dict[str, Maker] = {
        "split-fragment": (("TX116",), lambda: split_word(rng, args.n, True)),
        "split-inner": (("TX116",), lambda: split_word(rng, args.n, False)),
        "moved-space": (("TX116",), lambda: moved_space(rng, args.n)),
        "long-one-edit": (("TX109",), lambda: long_misspelling(rng, args.n, 1)),
        "long-two-edit": (("TX109",), lambda: long_misspelling(rng, args.n, 2)),
        "verb-for-noun": (("TX117",), lambda: verb_for_noun(rng, args.n)),
    }
    run(makers, args.classes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
