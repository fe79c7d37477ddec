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
  "Hemochromotosis"), kept when the result is no known word; rule TX109;
- ``eponym-glued`` (words25): a capitalised name before an eponym's head noun
  ("Farber's disease", "Crohn disease"), written with a bare "s" glued on
  ("Farbers disease"); the name is a capitalised word written there with its
  possessive ("Farber's disease"), not ending in "s" (so "Down's syndrome"
  -> "Downs syndrome", a word of its own, counts, and is a miss); rule TX112.
  MedQuAD's development side is also the build side of TX112's table, so a
  name of these sentences is in the table by construction when written three
  times there: the script also prints the recall over the names only
  wordfreq's side of the table (``--wordfreq-only``) would hold;
- ``then-than`` (words25): an adverb "then" ("If ..., then", "and then")
  written "than"; rule TX113;
- ``than-then`` (words25): "more/less/fewer/rather/other than" written
  "then"; rule TX113;
- ``depend-of`` (words25): "depend(s/ed/ing) on" written "of"; rule TX114;
- ``lost-stop`` (words25): two sentences of one answer in a row, the second
  opening with "The", "This" or "These" and a lower-case word, the full stop
  between them taken out ("... in the legs The upper back ..."); rule TX115.

Only counts are printed (no sentence), so the output may be committed; the
slips are the script's, the sentences NIH's and CDC's.

    python benchmarks/words23_corrupt.py [--n 300] [--seed 2026] [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# appended, so that PYTHONPATH may point the run at another checkout's medlint (a base commit)
sys.path.append(str(ROOT))

from benchmarks.corrupt_common import Case, parser, recall_line  # noqa: E402
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
) -> list[Case]:
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


def modal_past(rng: random.Random, n: int, verbs: set[str], past: dict[str, str]) -> list[Case]:
    """A modal's bare verb put in its past form ("can led")."""
    from medlint.text.word_classes import BARE_VERB

    return _past_after(rng, n, verbs, past, _MODAL_VERB, BARE_VERB, skip_unchanged=False)


def to_past(rng: random.Random, n: int, verbs: set[str], past: dict[str, str]) -> list[Case]:
    """An infinitive's verb put in its past form ("used to treated")."""
    from medlint.text.word_classes import VERB_ONLY

    return _past_after(rng, n, verbs, past, _TO_VERB, VERB_ONLY, skip_unchanged=True)


_FIRST_WORD = re.compile(r"([A-Z][a-z]{9,})\b")


def capital_vowel(rng: random.Random, n: int) -> list[Case]:
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


_EPONYM = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]{2,})['’]s (disease|syndrome|palsy|sign|ataxia|tumor|phenomenon|anomaly|thyroiditis)\b"
)


def eponym_glued(rng: random.Random, n: int) -> list[Case]:
    """A name's possessive before an eponym's head written with a bare "s" ("Farbers disease")."""
    pool = []
    for s in sentences():
        m = _EPONYM.search(s)
        if not m or m.group(1).endswith("s"):
            continue  # a name ending in "s" ("Graves'") has no glued form
        glued = m.group(1) + "s"
        start = m.start()
        pool.append((s, s[:start] + glued + " " + m.group(2) + s[m.end() :], start, start + len(glued)))
    return rng.sample(pool, min(n, len(pool)))


_THEN_ADVERB = re.compile(r"(?:, |\band )(then) [a-z]")
_THAN_CLOSING = re.compile(r"\b(?:more|less|fewer|rather|other) (than) ")
_DEPEND_ON = re.compile(r"\b[Dd]epend(?:s|ed|ing)? (on) ")


def swap_word(rng: random.Random, n: int, pattern: re.Pattern[str], written: str) -> list[Case]:
    """``pattern``'s group 1 written as ``written`` ("then" -> "than"), ``n`` sampled."""
    pool = []
    for s in sentences():
        m = pattern.search(s)
        if not m:
            continue
        start = m.start(1)
        pool.append((s, s[:start] + written + s[m.end(1) :], start, start + len(written)))
    return rng.sample(pool, min(n, len(pool)))


_OPENS_WITH_DETERMINER = re.compile(r"(?:The|This|These) [a-z]")


def lost_stop(rng: random.Random, n: int) -> list[Case]:
    """Two sentences in a row, the full stop between them taken out, ``n`` sampled: (the pair,
    the pair run together, the span of the first one's last word and the second's first word)."""
    pool = []
    for a in load_answers(data_path(None)):
        if medquad_is_heldout(a.doc_id):
            continue
        found = list(_SENTENCE.finditer(a.answer))
        for first, second in itertools.pairwise(found):
            one, two = first.group(0).strip(), second.group(0).strip()
            if not one.endswith(".") or not _OPENS_WITH_DETERMINER.match(two):
                continue
            if a.answer[first.end() : second.start()].strip(" ") or "\n" in first.group(0).strip():
                continue  # not in a row on one line
            last = one[:-1].rsplit(" ", 1)[-1]
            if not last.isalpha() or not last.islower():
                continue
            clean = one + " " + two
            joined = one[:-1] + " " + two
            start = len(one) - 1 - len(last)
            pool.append((clean, joined, start, len(one) + len(two.split(" ", 1)[0])))
    return rng.sample(pool, min(n, len(pool)))


def title_contraction(rng: random.Random, n: int) -> list[Case]:
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
    ap = parser(__doc__, 2026)
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument(
        "--wordfreq-only",
        action="store_true",
        help="eponym-glued: also count the names wordfreq's side of TX112's table holds by itself",
    )
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
        "eponym-glued": ("TX112", eponym_glued(rng, args.n), "markdown", "# Note\n\n"),
        "then-than": ("TX113", swap_word(rng, args.n, _THEN_ADVERB, "than"), "markdown", "# Note\n\n"),
        "than-then": ("TX113", swap_word(rng, args.n, _THAN_CLOSING, "then"), "markdown", "# Note\n\n"),
        "depend-of": ("TX114", swap_word(rng, args.n, _DEPEND_ON, "of"), "markdown", "# Note\n\n"),
        "lost-stop": ("TX115", lost_stop(rng, args.n), "markdown", "# Note\n\n"),
    }
    if args.classes:
        classes = {k: v for k, v in classes.items() if k in args.classes}
    for name, (code, cases, fmt, head) in classes.items():
        linter = Linter(select=[code])
        tail = "\n\nThis is a sentence.\n" if fmt == "text" else "\n"
        print(recall_line(linter, name, (code,), cases, fmt, head, tail))
        if name == "eponym-glued" and args.wordfreq_only:
            wordfreq_names(linter, cases, head, args.wordnet)
    return 0


def wordfreq_names(linter: object, cases: list[Case], head: str, wordnet: Path) -> None:
    """Recall over the sampled names that wordfreq's side of TX112's table holds by itself (names
    the development text, which is also the table's build side, did not put there)."""
    from collections import Counter

    from scripts.build_accents import wordnet_lemmas
    from scripts.build_eponyms import from_wordfreq

    names = from_wordfreq(wordnet_lemmas(wordnet), Counter())
    kept = [c for c in cases if c[1][c[2] : c[3] - 1].lower() in names]
    found = 0
    for _clean, corrupted, start, end in kept:
        at = len(head)
        hits = linter.lint_text(head + corrupted + "\n", "markdown")  # type: ignore[attr-defined]
        found += any(d.start.offset < at + end and d.end.offset > at + start for d in hits)
    print(
        f"eponym-glued, names wordfreq's side holds: TX112 found {found}/{len(kept)} of {len(cases)} sampled"
    )


if __name__ == "__main__":
    raise SystemExit(main())
