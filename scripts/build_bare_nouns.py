"""Build MT108's bare-noun table: how clean health prose writes each singular noun, bare or with a determiner.

``rules/data/lexicon/bare-nouns.tsv`` has two kinds of rows:

- ``a`` rows: adjectives a frame may have between its frame word and the noun ("is important
  symptom"): single-word WordNet 3.0 adjective lemmas, whether or not also a noun, verb or adverb
  lemma ("long history", "light meal": s64; before it only adjective-only lemmas, and "has long history"
  passed), no determiner or quantifier ("every", "another", "last", "little", "more") and no
  participle (-ed, -ing), with Zipf ``MIN_ADJECTIVE_ZIPF`` or more in ``rules/data/word-frequencies.tsv``;
- ``n`` rows: ``noun, n, determined, bare, indefinite, frame words`` for every singular noun of the word-class
  table (``s``, or ``h`` without ``j``) that heads a phrase at least ``MIN_USES`` times in the
  build side of MedQuAD (``medquad_is_heldout`` false; answers, as Markdown) and of
  clean_sentences.tsv (even rows, ten sentences a paragraph): ``determined`` counts it after a
  determiner, possessive or "one" (with at most one listed adjective between), ``bare`` counts it
  with none after one of the check's frame words, ``indefinite`` counts it after "a" or "an" (a
  mass noun takes "the" but seldom "a": "the information"), and ``frame words`` lists the words it was
  seen bare right after (no adjective between: "play vital role" twice in the reference is two slips, not a
  fixed phrase), each with its count ("by:12" for "by mouth", "in:9" for "in hospital").

Both counts use the rule's own scan (``medlint.rules.translation._grammar_bare.noun_uses``) over
the same document model, so the reference and a linted document are read alike. Held-out
MedQuAD and the odd rows of clean_sentences.tsv are never read (``scripts/data_splits.py``).

General English's fixed phrases that health prose seldom writes ("in person", "by country", "in
history") come from SymSpell's list of the commonest English word pairs (each seen 6.4 million
times or more in Google Books; symspellpy, MIT licence, ``medlint[build]``): a frame word whose
pair with the noun is in that list is written into the noun's row as ``word:g``, so the rule
treats it as a fixed phrase of the noun. The list only ever clears a frame; it never condemns one
(a common pair may also be the start of a longer phrase, "in day care", which costs recall only).

    pip install 'medlint[build]'     # symspellpy: only this build reads it
    python scripts/build_bare_nouns.py [--wordnet /usr/share/wordnet] [--bigrams FILE]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from data_splits import build_side_texts  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
if not DATA.exists():
    DATA = Path("/work/shared/data")
OUT = ROOT / "rules" / "data" / "lexicon" / "bare-nouns.tsv"
MIN_ADJECTIVE_ZIPF = 3.0
MIN_USES = 20
#: Determiner-like adjectives of WordNet: a noun after them has its determiner ("every day",
#: "another month") or is a fixed bare phrase ("last year", "next week").
QUANTIFIERS = frozenset(
    "every another other such own same many much few several various numerous certain last next "
    "past previous following little less least more most enough plenty".split()
)
#: Cardinal numbers, which WordNet lists as adjectives: "Seventeen percent were" counts, it modifies no bare noun
CARDINAL_ADJECTIVES = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion "
    "trillion dozen".split()
)
#: Prepositions and particles WordNet also lists as adjectives ("is above goal", "after surgery"): a noun after
#: them is the preposition's object, not a noun the adjective modifies.
PREPOSITION_ADJECTIVES = frozenset(
    "above after before below behind beyond down in inside near off on out outside over through under up "
    "within without".split()
)
HEADER = (
    "# MT108 bare-noun table, built by scripts/build_bare_nouns.py from WordNet 3.0 (Princeton University,\n"
    "# WordNet licence), wordfreq (CC BY-SA 4.0), symspellpy's English bigram list (MIT licence) and the\n"
    "# build side of MedQuAD (Ben Abacha and Demner-Fushman 2019, CC BY 4.0) and clean_sentences.tsv.\n"
    "# Rows: word, a (an adjective a frame may have before its noun); or word, n, uses after a determiner,\n"
    "# bare uses in the check's frames, uses after a or an, and the frame words it was seen bare after\n"
    "# with their counts (g: a common pair of general English). Counts only; no text of the sources.\n"
)


def adjectives(wordnet: Path, zipf: dict[str, float]) -> list[str]:
    def lemmas(pos: str) -> set[str]:
        out = set()
        for line in (wordnet / f"index.{pos}").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(" "):
                out.add(line.split(" ", 1)[0])
        return out

    other: set[str] = set()
    from medlint.rules.translation._grammar_bare import DETERMINERS
    from medlint.rules.translation._grammar_words import CLOSED_CLASS

    return sorted(
        w
        for w in lemmas("adj")
        if w.isalpha()
        and w.islower()
        and w not in other
        and w not in CLOSED_CLASS
        and w not in DETERMINERS
        and w not in QUANTIFIERS
        and w not in PREPOSITION_ADJECTIVES
        and w not in CARDINAL_ADJECTIVES
        and not w.endswith(("ed", "ing"))  # participles: "have increased year by year"
        and zipf.get(w, 0) >= MIN_ADJECTIVE_ZIPF
    )


def general_pairs(path: Path) -> set[tuple[str, str]]:
    """The pairs of SymSpell's list whose first word is a frame word of the check."""
    from medlint.rules.translation._grammar_bare import FRAME_WORDS

    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3 and parts[0] in FRAME_WORDS:
            out.add((parts[0], parts[1]))
    return out


def write(adjs: list[str], rows: list[str]) -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        for w in adjs:
            fh.write(f"{w}\ta\n")
        for r in rows:
            fh.write(r + "\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--bigrams", type=Path, help="symspellpy's bigram list (default: the installed one)")
    args = ap.parse_args()
    from build_general_bigrams import default_source

    general = general_pairs(args.bigrams or default_source())
    rows = (ROOT / "rules" / "data" / "word-frequencies.tsv").read_text(encoding="utf-8").splitlines()
    zipf = {r.split("\t")[0]: float(r.split("\t")[1]) for r in rows if r and not r.startswith("#")}
    adjs = adjectives(args.wordnet, zipf)
    write(adjs, [])

    from medlint.formats import load_document
    from medlint.rules.translation import _grammar_bare as bare
    from medlint.rules.translation._grammar_scan import Scan

    bare.table.cache_clear()
    determined: Counter[str] = Counter()
    bare_uses: Counter[str] = Counter()
    indefinite: Counter[str] = Counter()
    after: defaultdict[str, Counter[str]] = defaultdict(Counter)
    texts = build_side_texts(DATA)
    for text in texts:
        doc = load_document(text, "markdown")
        s = Scan(doc)
        index = doc.word_index
        for i, j in bare.noun_uses(s, index, bare.DETERMINERS.intersection(index)):
            determined[s.lowers[j]] += 1
            if s.lowers[i] in ("a", "an"):
                indefinite[s.lowers[j]] += 1
        for i, j in bare.noun_uses(s, index, bare.FRAME_WORDS.intersection(index)):
            if bare.in_frame(s, i, j):
                noun = s.lowers[j]
                bare_uses[noun] += 1
                if j == i + 1:
                    # a frame word is a noun's fixed phrase only where the two stand together ("in place",
                    # "take place"); "play vital role" and "play major role" in the reference are slips, and
                    # counted per adjective they would make "play" a fixed frame of "role"
                    after[noun][s.lowers[i]] += 1
    out = []
    for noun in sorted(set(determined) | set(bare_uses)):
        total = determined[noun] + bare_uses[noun]
        if total >= MIN_USES:
            seen = after[noun]
            words = ",".join(
                f"{w}:g" if (w, noun) in general else f"{w}:{seen[w]}"
                for w in sorted(set(seen) | {w for w in bare.FRAME_WORDS if (w, noun) in general})
            )
            out.append(f"{noun}\tn\t{determined[noun]}\t{bare_uses[noun]}\t{indefinite[noun]}\t{words}")
    write(adjs, out)
    bare.table.cache_clear()
    print(
        f"wrote {len(adjs)} adjectives and {len(out)} nouns to {OUT.relative_to(ROOT)} from {len(texts)} texts"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
