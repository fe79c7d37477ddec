"""Build TX110's table: accented words and what they become when a crawl drops the accented letters.

A page whose bytes went through the wrong encoding and a filter that keeps
ASCII loses every letter with a diacritic: "Sjögren" prints as "Sjgren",
"Ménière" as "Mnire", "café" as "caf". The damaged form is read off the
accented word, so the table comes from a reference list of accented words,
not from the damage seen: every word of wordfreq's large English list
(Speer et al., data CC BY-SA 4.0) at Zipf ``MIN_ZIPF`` or more that has a
Latin letter with a diacritic (one that decomposes to an ASCII letter and a
mark) and is otherwise ASCII letters; the key is the word without those
letters. A key is kept when it is ``MIN_KEY`` letters or more, no word of
that list itself (Zipf 0: "caf" from "café" is a word there, "sjgren" is not)
and no lemma of WordNet 3.0 (Princeton University, WordNet licence: "habitus"
from "habitués" is a word of medicine), nor is the key with an "s" after it (the
rule reads "Sjgrens" too: "habitu" + "s"), so the key can only be the damaged word.
MedQuAD's health-word table cannot serve: its crawl lost the same letters, so it
holds "sjgren" and "behet" as words. Two words with one key keep the
commoner, which must be ``RIVAL_GAP`` commoner than the other; otherwise both
are written and the rule offers both.

    python scripts/build_accents.py [--wordnet /usr/share/wordnet]

Writes ``rules/data/lexicon/accents.tsv`` (key, accented words by frequency).
No corpus text is read.
"""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "data" / "lexicon" / "accents.tsv"
#: Only accented words at least this common in wordfreq's English list ("sjögren" is 1.57, "behçet" 1.11).
MIN_ZIPF = 1.0
#: The shortest key: "jos" (José), "dj" (déjà) are too short to tell from other damage.
MIN_KEY = 4
#: A rival accented word within this many Zipf of the commonest is also offered.
RIVAL_GAP = 1.0
HEADER = (
    "# Built by scripts/build_accents.py from wordfreq's large English list (Speer et al., data\n"
    "# CC BY-SA 4.0): a word with its accented letters dropped (no word of the list itself, no\n"
    "# WordNet 3.0 lemma: Copyright 2006 by Princeton University, WordNet licence), then the accented\n"
    "# words it comes from, commonest first.\n"
)


def _accented_latin(word: str) -> bool:
    """ASCII letters and at least one Latin letter with a diacritic ("é", "ö", "ñ", "ç")."""
    if word.isascii() or not word.isalpha():
        return False
    return all(ch.isascii() or unicodedata.normalize("NFD", ch)[0].isascii() for ch in word)


def wordnet_lemmas(wordnet: Path) -> set[str]:
    """Every single-word lemma of WordNet's four index files."""
    out: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (wordnet / f"index.{pos}").open(encoding="latin-1"):
            if not line.startswith(" "):
                out.add(line.split(" ", 1)[0])
    return out


def build(lemmas: set[str]) -> dict[str, list[tuple[str, float]]]:
    from wordfreq import iter_wordlist, zipf_frequency

    table: dict[str, list[tuple[str, float]]] = {}
    for w in iter_wordlist("en", "large"):
        z = zipf_frequency(w, "en", "large")
        if z < MIN_ZIPF:
            break  # the list is in frequency order
        if not _accented_latin(w):
            continue
        key = "".join(ch for ch in w if ch.isascii())
        # the rule also reads the key with an "s" after it ("Sjgrens"): that must be no word either
        # ("habitu" + "s" is "habitus", a word of medicine)
        if len(key) < MIN_KEY or any(
            k in lemmas or zipf_frequency(k, "en", "large") > 0 for k in (key, key + "s")
        ):
            continue
        table.setdefault(key, []).append((w, z))
    return table


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    table = build(wordnet_lemmas(ap.parse_args().wordnet))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        for key in sorted(table):
            rows = sorted(table[key], key=lambda r: -r[1])
            top = rows[0][1]
            kept = [w for w, z in rows if top - z < RIVAL_GAP]
            fh.write(f"{key}\t{' '.join(kept)}\n")
    print(f"wrote {len(table)} keys to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
