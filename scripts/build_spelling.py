"""Build TX109's table of rare English words that lie next to a common word ("near-words.tsv").

TX109 (misspelling) reports a lower-case word that medlint's dictionary lacks
when one edit (a letter inserted, deleted, substituted, or two letters
swapped) turns it into a common word. medlint's dictionary at run time is
wordfreq's table (``rules/data/word-frequencies.tsv``, Zipf 2.5 and more) and
the words of health writing (``rules/data/lexicon/health-words.tsv``). wordfreq
counts web text, so frequent misspellings are in it ("recieve" 2.75, "teh"
3.04) while many real but rare English words are not ("abye", "clonus"), so a
third source says what is a word: WordNet 3.0 (Princeton University, WordNet
licence) lemmas of every part of speech, its exception-list forms, and the
regular inflections of its lemmas (plural nouns, verb forms in -s, -ed, -ing,
comparatives). Shipping all of WordNet would cost a table of 150,000 forms; TX109
needs only the forms it might otherwise take for a misspelling, so this table
keeps a WordNet form when

- wordfreq gives it less than ``CEILING_ZIPF`` (above that TX109 never reports a
  word: "alot" 3.93); words of the health-words table are kept too, since that
  table, built from crawled answers, also holds the crawl's defects ("bodys",
  "syndromea"), which TX109 judges by their shape, not by that table;
- it is one edit, or a near miss (two strings sharing a one-letter deletion),
  from a word of wordfreq's table: the only words TX109's candidate search can
  reach.

No corpus text is read; only WordNet's word lists and wordfreq's table.

    python scripts/build_spelling.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "rules" / "data" / "lexicon" / "near-words.tsv"
FREQ = ROOT / "rules" / "data" / "word-frequencies.tsv"
#: TX109's highest allowed ``max_zipf``: forms at or above it in wordfreq are never candidates.
CEILING_ZIPF = 3.5
VOWELS = frozenset("aeiou")
#: TX109's lowest allowed correction frequency for a short word, and the length from which any
#: word of the table may be a correction (see medlint/rules/text_integrity/TX109.py).
SHORT_FLOOR = 3.0
LONG_WORD = 8
#: An over-generated inflection this much rarer (Zipf) than its other spelling is dropped.
DOMINATED_GAP = 1.0


def read_table(path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#":
            word, value = line.split("\t")[:2]
            out[word] = float(value)
    return out


def wordnet_lemmas(folder: Path) -> dict[str, set[str]]:
    """Part of speech -> WordNet's single-word, lower-case alphabetic lemmas."""
    out: dict[str, set[str]] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        lemmas: set[str] = set()
        for line in (folder / f"index.{pos}").open(encoding="latin-1"):
            if line.startswith(" "):
                continue
            lemma = line.split(" ", 1)[0].lower()
            if lemma.isalpha() and lemma.isascii():
                lemmas.add(lemma)
        out[pos] = lemmas
    return out


def exception_forms(folder: Path) -> set[str]:
    forms: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"{pos}.exc").open(encoding="latin-1"):
            form = line.split()[0].lower()
            if form.isalpha() and form.isascii():
                forms.add(form)
    return forms


def _doubles(word: str) -> bool:
    """Whether a final consonant doubles before -ed/-ing/-er ("stop" -> "stopped")."""
    return (
        len(word) >= 3
        and word[-1] not in VOWELS
        and word[-1] not in "wxy"
        and word[-2] in VOWELS
        and word[-3] not in VOWELS
    )


def inflections(word: str, pos: str) -> set[str]:
    """Regular inflections of a WordNet lemma (over-generating is safe: the table only grows)."""
    out: set[str] = set()
    if pos in ("noun", "verb"):
        if word.endswith("y") and len(word) > 1 and word[-2] not in VOWELS:
            out.add(word[:-1] + "ies")
        elif word.endswith(("s", "x", "z", "ch", "sh", "o")):
            out.add(word + "es")
            out.add(word + "s")
        else:
            out.add(word + "s")
    if pos == "verb":
        stem = word[:-1] if word.endswith("e") else word
        if word.endswith("y") and len(word) > 1 and word[-2] not in VOWELS:
            out.add(word[:-1] + "ied")
        else:
            out.add(stem + "ed")
        out.add(stem + "ing")
        out.add(word + "ing")
        if _doubles(word):
            out.add(word + word[-1] + "ed")
            out.add(word + word[-1] + "ing")
    if pos == "adj":
        stem = word[:-1] if word.endswith("e") else word
        if word.endswith("y") and len(word) > 1 and word[-2] not in VOWELS:
            stem = word[:-1] + "i"
        out.add(stem + "er")
        out.add(stem + "est")
        if _doubles(word):
            out.add(word + word[-1] + "er")
            out.add(word + word[-1] + "est")
    return out


def deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter inserted, deleted or substituted, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def reachable(word: str, zipf: float) -> bool:
    """Whether TX109 could offer ``word`` as a correction: common (Zipf ``SHORT_FLOOR`` or more), or,
    for a correction of ``LONG_WORD`` letters or more, any word of the table."""
    return zipf >= SHORT_FLOOR or len(word) >= LONG_WORD - 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    freq = read_table(FREQ)
    by_pos = wordnet_lemmas(args.wordnet)
    forms = exception_forms(args.wordnet)
    for lemmas in by_pos.values():
        forms |= lemmas
    listed = set(forms)
    for pos, lemmas in by_pos.items():
        for lemma in lemmas:
            forms |= inflections(lemma, pos)
    # a final consonant doubles or not by stress ("occurred", "visited"), which the lists do not
    # give: of the two spellings, one far rarer in wordfreq than the other is not the word's
    for lemma in by_pos["verb"] | by_pos["adj"]:
        if _doubles(lemma):
            for suffix in ("ed", "ing", "er", "est"):
                single, double = lemma + suffix, lemma + lemma[-1] + suffix
                for a, b in ((single, double), (double, single)):
                    if a not in listed and freq.get(a, 0.0) < freq.get(b, 0.0) - DOMINATED_GAP:
                        forms.discard(a)
    # the symmetric-deletion neighbourhood of wordfreq's words: a key is a word or a word with one
    # letter gone; two words one edit apart share a key, and one_edit confirms the pair
    keys: dict[str, list[str]] = {}
    for word, zipf in freq.items():
        if reachable(word, zipf):
            for key in deletes(word) | {word}:
                keys.setdefault(key, []).append(word)
    kept = []
    for f in sorted(forms):
        if freq.get(f, 0.0) >= CEILING_ZIPF or len(f) < 3:
            continue
        near = {w for key in deletes(f) | {f} for w in keys.get(key, ())}
        if any(one_edit(f, w) for w in near):
            kept.append(f)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            "# Built by scripts/build_spelling.py: WordNet 3.0 lemmas, exception forms and regular inflections\n"
            "# (WordNet 3.0 Copyright 2006 by Princeton University, WordNet licence) rarer than Zipf "
            f"{CEILING_ZIPF} in wordfreq\n"
            "# (Speer et al., data CC BY-SA 4.0) and one edit or a near miss from a word of its table. Column: word.\n"
        )
        for f in kept:
            fh.write(f"{f}\n")
    print(f"wrote {len(kept)} words to {OUT.relative_to(ROOT)} (of {len(forms)} WordNet forms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
