"""Is medlint's time per word flat in a document's length? One document of concatenated MedQuAD
answers against the same answers linted one by one (two warmed linters taking turns).

    PYTHONPATH=. python benchmarks/whole_vs_pieces.py           # ms per 10,000 words
    PYTHONPATH=. python benchmarks/whole_vs_pieces.py --profile # and cProfile of a 20k-word document

The MedQuAD slices follow speed.py's dealer (file order, each answer used once). Printed, never asserted.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.speed import DEFAULT_DATA, Dealer, medlint_linter, medquad_articles, one_document, words


def main() -> None:
    dealer = Dealer(medquad_articles(DEFAULT_DATA))
    la, lb = medlint_linter(), medlint_linter()
    warm = one_document(dealer, 20_000)
    la.lint_text(warm, "markdown")
    lb.lint_text(warm, "markdown")
    for size in (10_000, 10_000, 30_000):
        doc = one_document(dealer, size)
        parts = doc.split("\n\n# ")
        pieces = [parts[0]] + ["# " + p for p in parts[1:]]
        n = words(doc)
        start = time.process_time()
        la.lint_text(doc, "markdown")
        whole = time.process_time() - start
        start = time.process_time()
        for piece in pieces:
            lb.lint_text(piece, "markdown")
        apart = time.process_time() - start
        print(
            f"{n:,} words: one document {whole * 1e7 / n:.1f} ms/10k, {len(pieces)} answers {apart * 1e7 / n:.1f} ms/10k"
        )
        la, lb = lb, la
    if "--profile" in sys.argv:
        doc = one_document(dealer, 20_000)
        profiler = cProfile.Profile()
        profiler.enable()
        la.lint_text(doc, "markdown")
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
