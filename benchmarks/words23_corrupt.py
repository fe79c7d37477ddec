"""Recall on hand-made slips: clean development MedQuAD sentences corrupted with one error each.

This is our own construction (words23), not a data set: it takes sentences
of development MedQuAD answers (``medquad_is_heldout`` false), puts one slip
of a class into each, and counts how often the rule meant to find that class
reports a finding over the changed word. The unchanged sentences are linted
too, as a control (a finding there is no recall). Classes:

- ``modal-past``: a modal ("can", "may", "should", "will", "could", "must",
  "might", "would") or "do not"/"does not" before a bare verb, with the verb
  put in its past form ("can lead" -> "can led", "may cause" -> "may caused");
  irregular past forms from WordNet 3.0's ``verb.exc``, the rest regular;
  rule MT108;
- ``title-contraction``: a sentence holding "don't", "can't", "won't",
  "doesn't", "didn't" before a verb, cut to the contraction's clause,
  written in Title Case as a heading would be and without the apostrophe
  ("Factors You Cant Control"); rule TX108;
- ``to-past`` (words24): "to" before a bare verb that is no noun (the
  infinitive: "used to treat", "able to walk"), the verb put in its past
  form ("used to treated"); every such "to", whatever word stands before it,
  so a head MT108's table lacks counts as a miss; rule MT108;
- ``capital-vowel`` (words24): a sentence opening with a word of ten or more
  letters that wordfreq or MedQuAD's health-word table knows, one of its
  inner vowels replaced by another vowel ("Hemochromatosis" ->
  "Hemochromotosis"), kept when the result is no known word; rule TX109.

Only counts are printed (no sentence), so the output may be committed; the
slips are the script's, the sentences NIH's and CDC's.

    python benchmarks/words23_corrupt.py [--n 300] [--seed 2026] [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# appended, so that PYTHONPATH may point the run at another checkout's medlint (a base commit)
sys.path.append(str(ROOT))

from benchmarks.realworld.medquad import data_path, load_answers  # noqa: E402
from scripts.data_splits import medquad_is_heldout  # noqa: E402

MODALS = ("can", "may", "should", "will", "could", "must", "might", "would", "does not", "do not")
_MODAL_VERB = re.compile(r"\b(" + "|".join(MODALS) + r") ([a-z]{3,})\b")
_TO_VERB = re.compile(r"\b([a-z]+) to ([a-z]{3,})\b")
_CONTRACTION = re.compile(r"\b(\w+) (don't|can't|won't|doesn't|didn't) ([a-z]{3,})\b")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")


def sentences(limit_answers: int | None = None) -> Iterator[str]:
    """Sentences of development MedQuAD answers, in file order."""
    for k, a in enumerate(load_answers(data_path(None))):
        if medquad_is_heldout(a.doc_id):
            continue
        if limit_answers is not None and k >= limit_answers:
            return
        for m in _SENTENCE.finditer(a.answer):
            yield m.group(0).strip()


def verb_lexicon(wordnet: Path) -> tuple[set[str], dict[str, str]]:
    """WordNet's verb lemmas and, for irregular verbs, one past form ("lead" -> "led")."""
    verbs = {
        line.split(" ", 1)[0] for line in (wordnet / "index.verb").open(encoding="latin-1") if line[:1] != " "
    }
    past: dict[str, str] = {}
    for line in (wordnet / "verb.exc").open(encoding="latin-1"):
        form, base = line.split()[:2]
        if not form.endswith(("ing", "s")) and base not in past and form != base:
            past[base] = form
    return verbs, past


def regular_past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _past_after(
    rng: random.Random,
    n: int,
    verbs: set[str],
    past: dict[str, str],
    pattern: re.Pattern[str],
    word_class: str,
    skip_unchanged: bool,
) -> list[tuple[str, str, int, int]]:
    """(clean, corrupted, start, end) of the changed word, ``n`` of them sampled: the verb in
    ``pattern``'s second group, of ``word_class``, put in its past form (``skip_unchanged``: not
    where that form is the verb itself, "put", "cut")."""
    from medlint.text.word_classes import classes

    pool = []
    for s in sentences():
        m = pattern.search(s)
        if not m or m.group(2) not in verbs or word_class not in classes(m.group(2)):
            continue
        form = past.get(m.group(2)) or regular_past(m.group(2))
        if skip_unchanged and form == m.group(2):
            continue
        start = m.start(2)
        pool.append((s, s[:start] + form + s[m.end(2) :], start, start + len(form)))
    return rng.sample(pool, min(n, len(pool)))


def modal_past(
    rng: random.Random, n: int, verbs: set[str], past: dict[str, str]
) -> list[tuple[str, str, int, int]]:
    """A modal's bare verb put in its past form ("can led")."""
    from medlint.text.word_classes import BARE_VERB

    return _past_after(rng, n, verbs, past, _MODAL_VERB, BARE_VERB, skip_unchanged=False)


def to_past(
    rng: random.Random, n: int, verbs: set[str], past: dict[str, str]
) -> list[tuple[str, str, int, int]]:
    """An infinitive's verb put in its past form ("used to treated")."""
    from medlint.text.word_classes import VERB_ONLY

    return _past_after(rng, n, verbs, past, _TO_VERB, VERB_ONLY, skip_unchanged=True)


_FIRST_WORD = re.compile(r"([A-Z][a-z]{9,})\b")


def capital_vowel(rng: random.Random, n: int) -> list[tuple[str, str, int, int]]:
    """(clean, corrupted, 0, end): a long first word with one inner vowel changed, ``n`` sampled."""
    from medlint.text.lexicon import is_known

    pool = []
    for s in sentences():
        m = _FIRST_WORD.match(s)
        if not m or not is_known(m.group(1).lower()):
            continue
        word = m.group(1)
        inner = [k for k in range(2, len(word) - 2) if word[k] in "aeiou"]
        if not inner:
            continue
        k = inner[len(word) % len(inner)]
        swapped = word[:k] + "aeioua"["aeiou".index(word[k]) + 1] + word[k + 1 :]
        if is_known(swapped.lower()):
            continue
        pool.append((s, swapped + s[len(word) :], 0, len(word)))
    return rng.sample(pool, min(n, len(pool)))


def title_contraction(rng: random.Random, n: int) -> list[tuple[str, str, int, int]]:
    pool = []
    for s in sentences():
        m = _CONTRACTION.search(s)
        if not m:
            continue
        clause = s[m.start() :].rstrip(".!?")
        words = clause.split()[:6]
        title = " ".join(w[:1].upper() + w[1:] for w in words)
        bare = m.group(2).replace("'", "")
        corrupted = title.replace(m.group(2)[:1].upper() + m.group(2)[1:], bare[:1].upper() + bare[1:], 1)
        start = len(words[0]) + 1
        pool.append((title, corrupted, start, start + len(bare)))
    return rng.sample(pool, min(n, len(pool)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="corrupted sentences per class")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    from medlint import Linter

    verbs, past = verb_lexicon(args.wordnet)
    rng = random.Random(args.seed)
    classes = {
        "modal-past": ("MT108", modal_past(rng, args.n, verbs, past), "markdown", "# Note\n\n"),
        # a heading line, as a page prints it, then a sentence
        "title-contraction": ("TX108", title_contraction(rng, args.n), "text", ""),
        "to-past": ("MT108", to_past(rng, args.n, verbs, past), "markdown", "# Note\n\n"),
        "capital-vowel": ("TX109", capital_vowel(rng, args.n), "markdown", "# Note\n\n"),
    }
    for name, (code, cases, fmt, head) in classes.items():
        linter = Linter(select=[code])
        found = control = 0
        for clean, corrupted, start, end in cases:
            tail = "\n\nThis is a sentence.\n" if fmt == "text" else "\n"
            at = len(head)
            hits = linter.lint_text(head + corrupted + tail, fmt)
            if any(d.start.offset < at + end and d.end.offset > at + start for d in hits):
                found += 1
            if linter.lint_text(head + clean + tail, fmt):
                control += 1
        n = len(cases)
        print(
            f"{name}: {code} found {found}/{n} = {found / max(n, 1):.1%} of the corrupted sentences; "
            f"clean versions with any {code} finding {control}/{n}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
