"""Why the screener's development pairs are missed, by what a detector could see, and what the
biggest class's sentence-level reading would cost on real news.

    python benchmarks/spinning.py --folds dev --screener-only --misses OUT.tsv
    python benchmarks/spun_classes.py OUT.tsv            # the classes of the missed pairs
    FAKEHEALTH_DIR=... python benchmarks/spun_classes.py OUT.tsv --news   # and the reading on news

Reads the pair-by-pair file of ``spinning.py`` (measure 1) and keeps the rows of the
development folds (0-1) that no generic detector found; rows of the test folds are skipped
unread. Each missed pair of the same length as its expected term is classed along the axes a
detector can see without the expected term, and along two that only the expected term shows:

- how many words, and which were swapped: every word, the last word (the head of an English
  noun term) kept, or the head itself swapped;
- the swapped-in word's use in health writing (the reference counts of ``medlint.text.refstats``,
  the build side of MedQuAD): never (below the vocabulary's floor of 3 uses), rare (under 20
  uses) or common;
- the swapped-out word's use there (100 uses or more: a frequent word of health writing);
- whether a thesaurus links the two words (WordNet's synonyms or MyThes's entries, either way);
- whether the pair holds the reading below (``foreign_beside_register``);

and, apart, how many hold a pair that neither the reference nor general English writes.

The reading of the biggest class: a word health writing never uses (not in the reference's
vocabulary) that is an ordinary English word (wordfreq Zipf ``min_zipf`` or more), written
beside a word of health writing's register (a word of letters, 100 reference uses or more, and a Zipf in the
reference at least 0.7 above its Zipf in English at large: "lung", "DNA", "infection"), in a pair
that neither the reference nor the general-English pairs write, both words lower-case. With
``--news`` it is counted on every kept FakeHealth article (title and text) as candidate pairs per
1,000 words, split by the foreign word's Zipf in English, with the commonest pairs. Nothing here
is a rule: the reading is measured, not shipped (docs/benchmarks.md, spin23).
"""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

#: the screener folds whose misses may be read (``spinning.DEV_FOLDS``)
DEV_FOLDS = frozenset({"0", "1"})
#: a word of health writing's register: this many reference uses and this much more common there
REGISTER_USES = 100
REGISTER_LIFT = 0.7
#: the swapped-in word's reference uses below which it is "rare" in health writing
RARE_USES = 20
#: Zipf bands of the foreign word in English, for the news count
BANDS = ((1.0, 3.0), (3.0, 9.0))

_NOTE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\?")
_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """Lower-case words of a phrase as ``spinning.pair_kind`` counts them (a note in brackets
    dropped, hyphens split)."""
    return _WORD.findall(_NOTE.sub(" ", text).lower())


@dataclass(frozen=True)
class Lexicon:
    """What the classes read: reference uses of a word, the reference count of a pair (both
    numbers), whether general English writes a pair, a word's Zipf in English, and whether a
    thesaurus links two words."""

    uses: Callable[[str], int]
    pair: Callable[[str, str], int]
    common: Callable[[str, str], bool]
    zipf: Callable[[str], float]
    related: Callable[[str, str], bool]
    total: int

    def reference_zipf(self, word: str) -> float:
        return math.log10(max(self.uses(word), 0.5) / self.total * 1e9)

    def register(self, word: str) -> bool:
        """A word of health writing's register ("lung", "infection"; not "study", "people")."""
        uses = self.uses(word) if word.isalpha() else 0
        return uses >= REGISTER_USES and self.reference_zipf(word) - self.zipf(word) >= REGISTER_LIFT

    def foreign(self, word: str, min_zipf: float) -> bool:
        """An ordinary English word that health writing never uses."""
        return word.isalpha() and self.uses(word) == 0 and self.zipf(word) >= min_zipf

    def unattested(self, a: str, b: str) -> bool:
        return not self.pair(a, b) and not self.common(a, b)


def foreign_beside_register(lex: Lexicon, a: str, b: str, min_zipf: float = 3.0) -> str | None:
    """The foreign word of the pair ``a b`` when the pair is the biggest class's reading (see the
    module docstring), else None."""
    if a == b or not lex.unattested(a, b):
        return None
    if lex.register(a) and lex.foreign(b, min_zipf):
        return b
    if lex.register(b) and lex.foreign(a, min_zipf):
        return a
    return None


def classify(lex: Lexicon, tortured: str, expected: str) -> tuple[str, ...]:
    """The classes of a missed pair: ``("different length",)`` or (size, swapped words, the
    swapped-in word's use in health writing, the swapped-out word's, thesaurus link, reading)."""
    t, e = words(tortured), words(expected)
    if len(t) != len(e) or len(t) < 2:
        return ("different length",) if len(t) != len(e) else ("one word",)
    swapped = [i for i in range(len(t)) if t[i] != e[i]]
    size = "two words" if len(t) == 2 else "three words" if len(t) == 3 else "four words or more"
    if len(swapped) == len(t):
        where = "every word swapped"
    else:
        where = "head swapped" if len(t) - 1 in swapped else "head kept"
    ins = [lex.uses(t[i]) for i in swapped]
    use = (
        "never in health writing"
        if min(ins) == 0
        else "rare there"
        if min(ins) < RARE_USES
        else "common there"
    )
    outs = (
        "swapped-out frequent"
        if all(lex.uses(e[i]) >= REGISTER_USES for i in swapped)
        else "swapped-out rarer"
    )
    link = "thesaurus link" if all(lex.related(t[i], e[i]) for i in swapped) else "no thesaurus link"
    seen = any(foreign_beside_register(lex, t[i], t[i + 1]) for i in range(len(t) - 1))
    return (size, where, use, outs, link, "reading sees it" if seen else "reading blind")


def missed_dev_rows(path: Path) -> tuple[list[list[str]], int]:
    """The development rows of a misses file that no detector found, and how many test rows
    were skipped unread."""
    rows, skipped = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) < 6:
            continue
        if cells[0] not in DEV_FOLDS:
            skipped += 1
            continue
        if cells[5] == "-":
            rows.append(cells)
    return rows, skipped


def news_candidates(
    lex: Lexicon, norm: Sequence[str], joined: Sequence[bool], texts: Sequence[str], min_zipf: float
) -> Iterable[tuple[int, str]]:
    """Indices ``i`` (the pair ``norm[i], norm[i + 1]``) of a document that the reading picks, with
    the foreign word; capitalised words (names, a sentence's first word) are skipped."""
    for i in range(len(norm) - 1):
        if not joined[i] or texts[i][:1].isupper() or texts[i + 1][:1].isupper():
            continue
        got = foreign_beside_register(lex, norm[i], norm[i + 1], min_zipf)
        if got is not None:
            yield i, got


def default_lexicon() -> Lexicon:
    from build_spun_terms import WORDNET, WordNet
    from spinning import MYTHES, read_thesaurus
    from wordfreq import zipf_frequency

    from medlint.text import refstats
    from medlint.text.general_bigrams import common_pair

    stats = refstats.load()
    wordnet = WordNet.read(WORDNET)
    mythes = read_thesaurus(MYTHES) if MYTHES.exists() else {}

    def uses(w: str) -> int:
        got = stats.word(w)
        return got.freq if got is not None else 0

    def pair(a: str, b: str) -> int:
        return sum(stats.count(p, q) for p in refstats.number_forms(a) for q in refstats.number_forms(b))

    def related(x: str, o: str) -> bool:
        return (
            x in wordnet.synonyms(o)
            or o in wordnet.synonyms(x)
            or x in mythes.get(o, ())
            or o in mythes.get(x, ())
        )

    return Lexicon(uses, pair, common_pair, lambda w: zipf_frequency(w, "en"), related, stats.total)


def news(lex: Lexicon, min_zipf: float) -> None:
    from benchmarks.realworld import fakehealth_data as fh
    from medlint.formats import load_document
    from medlint.text.refstats import doc_words

    root = os.environ.get("FAKEHEALTH_DIR")
    ids = fh.all_ids(root)
    total = 0
    found: Counter[str] = Counter()
    band: Counter[tuple[float, float]] = Counter()
    for aid in ids:
        doc = load_document(fh.load_article(root, aid), fh.FORMAT, None, None)
        norm, joined = doc_words(doc)
        texts = [w.text for w in doc.words()]
        total += len(norm)
        for i, word in news_candidates(lex, norm, joined, texts, min_zipf):
            found[f"{norm[i]} {norm[i + 1]}"] += 1
            z = lex.zipf(word)
            band[next((b for b in BANDS if b[0] <= z < b[1]), BANDS[-1])] += 1
    n = sum(found.values())
    print(
        f"FakeHealth, every kept article ({len(ids)}, {total:,} words): {n} candidate pairs = "
        f"{n / max(1, total) * 1000:.2f} per 1,000 words ({len(found)} distinct)"
    )
    for lo, hi in BANDS:
        print(f"  foreign word's English Zipf {lo}-{hi}: {band[(lo, hi)]}")
    print("  commonest: " + "; ".join(f"{k} {v}" for k, v in found.most_common(25)))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("misses", type=Path, help="spinning.py --misses output")
    ap.add_argument("--news", action="store_true", help="count the reading on every FakeHealth article")
    ap.add_argument("--min-zipf", type=float, default=3.0, help="the foreign word's least Zipf in English")
    args = ap.parse_args(argv)
    lex = default_lexicon()
    rows, skipped = missed_dev_rows(args.misses)
    print(f"missed development pairs: {len(rows)} (test-fold rows skipped unread: {skipped})")
    classes = [classify(lex, r[1], r[2]) for r in rows]
    counts: Counter[tuple[str, ...]] = Counter()
    for c in classes:
        for k in range(1, min(len(c), 3) + 1):
            counts[c[:k]] += 1
    for key in sorted(counts):
        print(f"  {'  ' * (len(key) - 1)}{key[-1]}: {counts[key]}")
    axis: Counter[str] = Counter(label for c in classes if len(c) > 1 for label in c)
    print("  by axis (same length): " + "; ".join(f"{k} {v}" for k, v in sorted(axis.items())))
    same = [(words(r[1]), words(r[2])) for r in rows]
    same = [(t, e) for t, e in same if len(t) == len(e) > 1]
    free = [[lex.unattested(t[i], t[i + 1]) for i in range(len(t) - 1)] for t, _ in same]
    print(
        f"  of the {len(same)} of the same length, {sum(map(any, free))} hold a pair neither the reference nor "
        f"general English writes, {sum(map(all, free))} only such pairs"
    )
    seen = [r[1] for r, c in zip(rows, classes, strict=True) if c[-1] == "reading sees it"]
    print(f"  the reading sees {len(seen)}: " + "; ".join(seen))
    if args.news:
        news(lex, args.min_zipf)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
