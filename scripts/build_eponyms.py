"""Build TX112's table: eponyms whose possessive "s" a writer may glue on ("Farbers disease").

A name that gives a disease, syndrome or sign its name takes a possessive
("Farber's disease") or none ("Farber disease"); written "Farbers disease",
the apostrophe was dropped. Which names those are is read off clean reference
text, never off the slips:

- the build side of MedQuAD and clean_sentences.tsv (``scripts.data_splits``):
  a capitalised word written three or more times before an eponym's head noun
  (``HEADS``), as "X's" or "X", that reads as a name (its possessive is
  written at least once, or the word never appears in lower case), and whose
  form with an "s" is never a name of its own there ("Graves'", "Graves's");
- wordfreq's large English list (Speer et al., data CC BY-SA 4.0): a
  possessive "x's" at Zipf 1.3 or more whose "x" is no WordNet 3.0 lemma (a
  name, not a common noun) and whose "xs" is at least 1.0 Zipf rarer than
  the possessive ("peyronie's" 1.43, "peyronies" 0; not "graves", "roberts",
  "williams": names that end in "s").

A name of either source that is itself "Y" + "s" for another name "Y" of the
table is dropped (the reference text's own glued forms, "Crohns"), and so is
a name ending in "s" ("Graves", "Menkes": nothing to glue), and a name
whose accented letters a crawl dropped (a key of TX110's accents.tsv,
"Behet": TX110 reports that word). The table
maps the glued form, lower case, to the possessive as the source wrote it.

    python scripts/build_eponyms.py [--wordnet /usr/share/wordnet] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_accents import wordnet_lemmas  # noqa: E402  (the same WordNet reading TX110's table uses)

OUT = ROOT / "rules" / "data" / "lexicon" / "eponyms.tsv"
DATA = ROOT.parent / "shared" / "data"

#: The head nouns an eponym names (shared with the rule, which reads the glued form only before one).
HEADS = (
    "disease diseases syndrome syndromes palsy sign phenomenon anomaly tumor tumors tumour lymphoma sarcoma "
    "ataxia dystrophy law test reflex cyst ulcer disorder triad criteria maneuver contracture node nodes "
    "arthritis neuroma hernia fracture encephalopathy encephalitis thyroiditis dementia chorea myopathy "
    "neuropathy leukemia procedure operation cells cell gland glands canal duct membrane capsule"
).split()
#: A name needs this many uses before a head in the reference text.
MIN_USES = 3
#: wordfreq: the possessive at least this common, and the glued form this much rarer.
MIN_POSSESSIVE_ZIPF = 1.3
MARGIN = 1.0
HEADER = (
    "# Built by scripts/build_eponyms.py from the build side of MedQuAD and clean_sentences.tsv and\n"
    "# wordfreq's large English list (Speer et al., data CC BY-SA 4.0), WordNet 3.0 lemmas (Copyright\n"
    '# 2006 by Princeton University, WordNet licence): an eponym\'s form with its possessive "s" glued\n'
    "# on, lower case, then the possessive.\n"
)


def from_reference(texts: list[str]) -> tuple[dict[str, str], Counter[str]]:
    """Names read off clean text, and every "Xs'"/"Xs's" count (names ending in "s")."""
    heads = "|".join(HEADS)
    token = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})(['’]s|['’])?(?=[\s,.;:)]|$)( (?:" + heads + r")\b)?")
    lower = re.compile(r"(?<![\w'’-])([a-z]{3,})\b")
    possessive: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    s_name: Counter[str] = Counter()
    lower_case: Counter[str] = Counter()
    for t in texts:
        for m in token.finditer(t):
            word, suffix, head = m.groups()
            if suffix:
                if head and suffix[-1] == "s":
                    possessive[word] += 1
                if word.endswith("s"):
                    s_name[word] += 1
            elif head:
                plain[word] += 1
        for m in lower.finditer(t):
            lower_case[m.group(1)] += 1
    names: dict[str, str] = {}
    for word in set(possessive) | set(plain):
        if possessive[word] + plain[word] < MIN_USES or s_name[word + "s"] or possessive[word + "s"]:
            continue
        if possessive[word] or not lower_case[word.lower()]:
            names[word.lower()] = word
    return names, s_name


def from_wordfreq(lemmas: set[str], s_name: Counter[str]) -> dict[str, str]:
    from wordfreq import iter_wordlist, zipf_frequency

    names: dict[str, str] = {}
    for w in iter_wordlist("en", "large"):
        z = zipf_frequency(w, "en", "large")
        if z < MIN_POSSESSIVE_ZIPF:
            break  # the list is in frequency order
        if not w.endswith("'s") or not w[:-2].isascii() or not w[:-2].isalpha() or len(w) < 5:
            continue
        name = w[:-2]
        if name in lemmas or zipf_frequency(name + "s", "en", "large") > z - MARGIN:
            continue
        if s_name[name.capitalize() + "s"]:
            continue
        names[name] = name.capitalize()
    return names


def build(wordnet: Path, data: Path) -> dict[str, str]:
    from scripts.data_splits import build_side_texts

    reference, s_name = from_reference(build_side_texts(data))
    names = from_wordfreq(wordnet_lemmas(wordnet), s_name)
    names.update(reference)  # the reference text's spelling of a name wins ("Hashimoto")
    # a name a crawl stripped of its accented letters ("Behet", "Sjgren") is TX110's finding, with
    # the accented name for its fix: one finding for the span, not two
    accents = ROOT / "rules" / "data" / "lexicon" / "accents.tsv"
    damaged = {
        line.split("\t", 1)[0] for line in accents.read_text(encoding="utf-8").splitlines() if line[:1] != "#"
    }
    names = {key: word for key, word in names.items() if key not in damaged}
    glued = {key + "s" for key in names}
    # a name that ends in "s" itself ("Graves", "Menkes") has no glued form to read
    return {key + "s": word + "'s" for key, word in names.items() if key not in glued and key[-1] != "s"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default ../shared/data)")
    args = ap.parse_args()
    table = build(args.wordnet, args.data)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        for key in sorted(table):
            fh.write(f"{key}\t{table[key]}\n")
    print(f"wrote {len(table)} names to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
