"""Build rules/data/refstats/: word and word-pair counts of clean consumer-health prose.

MT121 (unattested collocations) and MT120 (machine-translated text) compare a
document's word pairs with what clean health writing says. This script counts
them in the *build* half of MedQuAD's answers (``scripts/data_splits.py``:
documents whose id hashes into the held-out quarter are never read), keeps a
vocabulary of the words seen at least ``--min-count`` times and the pairs of
vocabulary words seen at least ``--min-pair`` times, and writes

- ``vocab.tsv``  word, id (by descending count), count, count as a pair's first
  word, distinct successors, distinct predecessors, count after a determiner,
  count before an article or possessive, count at the end of a phrase (before punctuation,
  a line end or a function word), count after a copula or intensifier;
  sorted by the word's UTF-8 bytes;
- ``bigrams.bin`` zlib(MAGIC, n, uint32 keys id1*65536+id2 sorted, uint16 counts).

The format and the model are described in ``medlint/text/refstats.py``, which also
holds the tokeniser, so build and lint split text the same way.

By default only MedQuAD (CC BY 4.0) is counted. ``--with-clean-sentences`` adds
the build half (even rows) of ``../shared/data/clean_sentences.tsv`` for local
experiments; part of that file is GPL-3.0 and the rest has no stated licence,
so the shipped table is built without it (see rules/data/refstats/README.md).

    python scripts/build_refstats.py [--medquad PATH] [--min-count 3] [--min-pair 2]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from data_splits import clean_sentence_is_heldout, medquad_is_heldout  # noqa: E402

from medlint.text.refstats import (  # noqa: E402
    ARTICLES,
    DETERMINERS,
    FUNCTION_WORDS,
    MAGIC,
    PREDICATIVE,
    TOKEN_RE,
    normalise,
    pairs_of,
)

SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "rules" / "data" / "refstats"


def medquad_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if not doc.get("id") or medquad_is_heldout(
                doc["id"]
            ):  # one document has no id: read by neither side
                continue
            for qa in doc.get("qa", []):
                answer = qa.get("answer") or ""
                if answer.strip():
                    yield answer


def clean_sentence_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t")
        next(reader)
        for i, row in enumerate(reader):
            if row and not clean_sentence_is_heldout(i):
                yield row[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--medquad", type=Path, default=SHARED / "medquad" / "medquad.jsonl")
    ap.add_argument("--with-clean-sentences", type=Path, nargs="?", const=SHARED / "clean_sentences.tsv")
    ap.add_argument("--min-count", type=int, default=3, help="vocabulary: words seen at least this often")
    ap.add_argument("--min-pair", type=int, default=2, help="pairs seen at least this often are kept")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    unigrams: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    heads: Counter[str] = Counter()
    texts = 0
    sources = [medquad_texts(args.medquad)]
    if args.with_clean_sentences:
        sources.append(clean_sentence_texts(args.with_clean_sentences))
    for source in sources:
        for text in source:
            texts += 1
            tokens = list(TOKEN_RE.finditer(text))
            unigrams.update(normalise(m.group()) for m in tokens)
            text_pairs = [(a, b) for a, b, *_ in pairs_of(text)]
            pairs.update(text_pairs)
            # a word whose next token is not joined to it (punctuation, line end) ends a phrase
            joined = {(s1, e1) for *_, s1, e1, _, _ in pairs_of(text)}
            heads.update(normalise(m.group()) for m in tokens if (m.start(), m.end()) not in joined)
    total = sum(unigrams.values())

    words = sorted((w for w, c in unigrams.items() if c >= args.min_count), key=lambda w: (-unigrams[w], w))
    if len(words) > 65535:
        words = words[:65535]
    ids = {w: i for i, w in enumerate(words)}
    left: Counter[str] = Counter()
    succ: Counter[str] = Counter()
    pred: Counter[str] = Counter()
    det: Counter[str] = Counter()
    before_det: Counter[str] = Counter()
    predicative: Counter[str] = Counter()
    distinct = 0
    kept: list[tuple[int, int]] = []
    for (a, b), c in pairs.items():
        if a in DETERMINERS:
            det[b] += c
        if b in ARTICLES:
            before_det[a] += c
        if b in FUNCTION_WORDS:
            heads[a] += c
        if a in PREDICATIVE:
            predicative[b] += c
        if a not in ids or b not in ids:
            continue
        distinct += 1
        left[a] += c
        succ[a] += 1
        pred[b] += 1
        if c >= args.min_pair:
            kept.append((ids[a] * 65536 + ids[b], min(c, 65535)))
    kept.sort()

    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "vocab.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# medlint reference statistics: built by scripts/build_refstats.py; see README.md here\n")
        fh.write(f"# tokens {total}\n# pairs {distinct}\n# words {len(words)}\n#end\n")
        for w in sorted(words, key=lambda w: w.encode("utf-8")):
            fh.write(
                f"{w}\t{ids[w]}\t{unigrams[w]}\t{left[w]}\t{succ[w]}\t{pred[w]}\t{det[w]}\t{before_det[w]}\t{heads[w]}\t{predicative[w]}\n"
            )
    import array

    keys = array.array("I", (k for k, _ in kept))
    counts = array.array("H", (c for _, c in kept))
    if sys.byteorder != "little":
        keys.byteswap()
        counts.byteswap()
    blob = MAGIC + len(kept).to_bytes(4, "little") + keys.tobytes() + counts.tobytes()
    (args.out / "bigrams.bin").write_bytes(zlib.compress(blob, 9))
    print(
        f"{texts} texts, {total} tokens, vocabulary {len(words)}, {distinct} distinct pairs, "
        f"{len(kept)} kept (count >= {args.min_pair}); "
        f"vocab.tsv {(args.out / 'vocab.tsv').stat().st_size:,} B, "
        f"bigrams.bin {(args.out / 'bigrams.bin').stat().st_size:,} B; {time.perf_counter() - t0:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
