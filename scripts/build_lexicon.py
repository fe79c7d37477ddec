"""Build the dictionary tables of MT106 (glued-words) and MT107 (wrong-inflection).

- ``rules/data/lexicon/health-words.tsv``: words of health writing that the
  shipped word-frequency table (wordfreq, Zipf 2.5 and more) lacks: lower-case
  alphabetic words seen at least ``MIN_COUNT`` times in the build side of
  MedQuAD's answers (MedQuAD, Ben Abacha and Demner-Fushman 2019, CC BY 4.0;
  only the words and their counts are kept), in MedQuAD's focus terms and
  synonyms, or in rules/data/medical-terms.txt. A MedQuAD word that splits into
  a common word and a function word ("metabolismthe", "levelswhich": the crawl
  dropped an em dash) is left out unless it is also a term word, since those
  are the glued words MT106 exists to find. Rare English words that look like
  two words run together ("digitalis", "flatfoot") are added from wordfreq's
  large English list (Zipf 1.3 or more).
- ``rules/data/lexicon/inflections.tsv``: regular-looking inflections of
  irregular English verbs and nouns ("overcomed", "teached", "childs") with
  the irregular forms, from WordNet 3.0's exception lists (verb.exc,
  noun.exc; Princeton University, WordNet licence), keeping only forms of
  common bases (Zipf 3.5 or more) whose irregular form is common too (3.2 or
  more: "shod" and "spotlit" are rare enough that "shoed" and "spotlighted" are
  in use) and that are not words themselves (absent from
  the word-frequency table, from the build side of MedQuAD answers and of
  ../shared/data/clean_sentences.tsv); doubled consonants ("offsetting") and
  Latin or Greek plurals ("nuclei", where "nucleuses" is also English) are
  not irregular forms for this purpose. Forms that are also surnames
  ("Childs") are in wordfreq's table and so are left out.

    python scripts/build_lexicon.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from data_splits import clean_sentence_is_heldout, medquad_is_heldout  # noqa: E402

from medlint.text.lexicon import FUNCTION_PARTS  # noqa: E402
from medlint.text.tokens import WORD_RE  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "rules" / "data" / "lexicon"
MIN_COUNT = 2
WORD_ZIPF = 3.5
IRREGULAR_ZIPF = 3.2
RARE_WORD_ZIPF = 1.3
LEARNED_PLURALS = ("a", "i", "ae", "es", "x", "im")
LEARNED_SINGULARS = ("us", "um", "is", "on", "ex", "ix", "a", "o")
HEADER = (
    "# Built by scripts/build_lexicon.py. Sources: MedQuAD answers, focus terms and synonyms, build side only\n"
    "# (Ben Abacha and Demner-Fushman 2019, CC BY 4.0; only words and counts kept), medlint's\n"
    "# medical-terms.txt, wordfreq (Speer et al., data CC BY-SA 4.0) and WordNet 3.0 exception lists\n"
    "# (WordNet 3.0 Copyright 2006 by Princeton University, used under the WordNet licence).\n"
)


def words(text: str) -> list[str]:
    return [m.group().lower() for m in WORD_RE.finditer(text)]


def wordfreq_table() -> dict[str, float]:
    rows = (ROOT / "rules" / "data" / "word-frequencies.tsv").read_text(encoding="utf-8").splitlines()
    return {r.split("\t")[0]: float(r.split("\t")[1]) for r in rows if r and not r.startswith("#")}


def glued_to_function_word(word: str, freq: dict[str, float]) -> bool:
    """A crawl artefact such as "metabolismthe" or "withtype": a common word and a function word."""
    return any(
        (word[:k] in FUNCTION_PARTS and freq.get(word[k:], 0.0) >= 3.5)
        or (word[k:] in FUNCTION_PARTS and freq.get(word[:k], 0.0) >= 3.5)
        for k in range(2, len(word) - 1)
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    freq = wordfreq_table()
    counts: Counter[str] = Counter()
    term_words: set[str] = set()
    with (DATA / "medquad" / "medquad.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if medquad_is_heldout(str(doc.get("id") or "")):
                continue
            for qa in doc["qa"]:
                counts.update(words(qa["answer"]))
            for t in [doc["focus"], *doc["synonyms"]]:
                term_words.update(words(t))
    for line in (ROOT / "rules" / "data" / "medical-terms.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term_words.update(words(line))
    clean: Counter[str] = Counter()
    rows = csv.DictReader((DATA / "clean_sentences.tsv").open(encoding="utf-8"), delimiter="\t")
    for i, r in enumerate(rows):
        if not clean_sentence_is_heldout(i):
            clean.update(words(r["sentence"]))

    health = {}
    glued_left_out = 0
    for w, c in counts.items():
        if not (w.isalpha() and w.islower()) or w in freq:
            continue
        if w in term_words:
            health[w] = c
        elif c >= MIN_COUNT:
            if glued_to_function_word(w, freq):
                glued_left_out += 1
                continue
            health[w] = c
    for w in term_words:
        if w.isalpha() and w.islower() and w not in freq:
            health.setdefault(w, counts.get(w, 0))
    # real English words below the shipped table's Zipf 2.5 that look like two words run together
    # ("digitalis", "flatfoot", "forkhead"): wordfreq's large list knows them (Zipf 1.3 or more;
    # glued web text such as "bloodsugar" stays below that)
    import wordfreq

    from medlint.text.lexicon import glued_splits

    rare_real = 0
    for w in wordfreq.iter_wordlist("en", wordlist="large"):
        if len(w) > 3 and w.isalpha() and w.islower() and w not in freq and w not in health:
            if wordfreq.zipf_frequency(w, "en", wordlist="large") < RARE_WORD_ZIPF:
                break  # the list is sorted by frequency
            if glued_splits(w):
                health[w] = 0
                rare_real += 1
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "health-words.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            HEADER + "# words of health writing missing from word-frequencies.tsv; columns: word, count\n"
        )
        for w in sorted(health):
            fh.write(f"{w}\t{health[w]}\n")

    irregular: dict[str, set[str]] = {}
    for name, kind in (("verb.exc", "verb"), ("noun.exc", "noun")):
        for line in (args.wordnet / name).open(encoding="latin-1"):
            form, *bases = line.split()
            if kind == "verb" and form.endswith("ing"):
                continue  # "offsetting": a doubled consonant, not an irregular past
            if kind == "noun" and (
                form.endswith(LEARNED_PLURALS) or any(b.endswith(LEARNED_SINGULARS) for b in bases)
            ):
                continue  # Latin and Greek plurals ("podia", "nuclei"): the English -s plural is also right
            for base in bases:
                if base.isalpha() and form.isalpha():
                    irregular.setdefault(f"{kind}:{base}", set()).add(form)
    wrong: dict[str, tuple[str, set[str]]] = {}
    for key, forms in irregular.items():
        kind, base = key.split(":")
        if freq.get(base, 0.0) < WORD_ZIPF or max(freq.get(f, 0.0) for f in forms) < IRREGULAR_ZIPF:
            continue  # a rare irregular form ("shod", "spotlit") leaves the regular one in use too
        if kind == "verb":
            naive = [base + "d" if base.endswith("e") else base + "ed"]
        else:
            naive = [base + "es" if base.endswith(("s", "x", "z", "ch", "sh")) else base + "s"]
        for n in naive:
            if n in forms or n in freq or counts.get(n) or clean.get(n):
                continue
            if any(f.endswith(("ed", "s")) and f.startswith(base[:-1]) for f in forms):
                continue  # a regular spelling variant (abetted), not an irregular form
            wrong.setdefault(n, (base, set()))[1].update(forms)
    with (OUT / "inflections.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            HEADER
            + "# regular-looking inflections of irregular words; columns: wrong form, base, right forms\n"
        )
        for n in sorted(wrong):
            base, forms = wrong[n]
            fh.write(f"{n}\t{base}\t{' '.join(sorted(forms))}\n")
    print(
        f"wrote {len(health)} health words ({glued_left_out} MedQuAD words left out as glued, "
        f"{rare_real} rare English words that look glued kept) "
        f"and {len(wrong)} wrong inflections to {OUT.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
