"""MT lexicon rules: matcher speed, false positives on clean text, spun-synonym recall.

    python benchmarks/mt_lexicon.py

Prints: words per second of the tortured-phrase matcher (MT101) on a text of
over 1,000,000 words; MT101/MT103/MT104 false positives per 100,000 words on
the held-out half of the clean published sentences
(../shared/data/clean_sentences.tsv; scripts/data_splits.py: MT103's build step
reads only the other half); and the held-out recall of the spun-synonym
generator (MT103) over the five screener folds of scripts/data_splits.py, with
each held-out fold's pairs removed from the mined swaps and its expected terms
removed from the vocabulary (and, second figure, with only the pairs removed).
"""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
DATA = ROOT.parent / "shared" / "data"


def main() -> int:
    from medlint.config import Config
    from medlint.linter import Linter

    if not DATA.exists():
        print(f"{DATA} not found: ../shared must be beside the repository", file=sys.stderr)
        return 2
    sentences = [
        r["sentence"]
        for r in csv.DictReader((DATA / "clean_sentences.tsv").open(encoding="utf-8"), delimiter="\t")
    ]
    text = "\n\n".join(sentences)
    big = "\n\n".join([text] * 3)  # about 1,040,000 words
    n_words = len(big.split())
    linter = Linter(Config(), select=["MT101"])
    linter.lint_text("Kidney disappointment is treated with dialysis.")  # lexicon loads once, here
    start = time.perf_counter()
    linter.lint_text(big)
    elapsed = time.perf_counter() - start
    print(
        f"MT101 tortured-phrase matcher: {n_words:,} words in {elapsed:.2f}s = {n_words / elapsed:,.0f} words/s"
    )

    from medlint.kinds.tortured import Tortured

    rule = linter.rules[0]
    Tortured._lexicon_cache.clear()
    start = time.perf_counter()
    lexicon = rule.lexicon()  # type: ignore[attr-defined]
    grouped = time.perf_counter() - start
    lexicon.prepare_all()
    parsed = time.perf_counter() - start - grouped
    print(
        f"MT101 lexicon: {len(lexicon):,} entries grouped by first word in {grouped:.3f}s (once per process); "
        f"parsing every group took {parsed:.3f}s more (a document parses only the groups of its own words)"
    )

    from data_splits import clean_sentence_is_heldout

    heldout = [s for i, s in enumerate(sentences) if clean_sentence_is_heldout(i)]
    words = 0
    hits: dict[str, int] = {}
    for code in ("MT101", "MT103", "MT104"):
        lint = Linter(Config(), select=[code])
        hits[code] = 0
        for i in range(0, len(heldout), 200):
            chunk = "\n\n".join(heldout[i : i + 200])
            if code == "MT101":
                words += len(chunk.split())
            hits[code] += len(lint.lint_text(chunk))
    for code, h in hits.items():
        print(
            f"{code} on the held-out half of the clean published sentences ({len(heldout):,} sentences, "
            f"{words:,} words): {h} findings = {100_000 * h / words:.2f} per 100,000 words"
        )
    print("MT103 spun-synonym generator, held-out screener pairs:")
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_spun_synonyms.py"), "--holdout"],
        capture_output=True,
        text=True,
    )
    print("  " + out.stdout.strip().replace("\n", "\n  "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
