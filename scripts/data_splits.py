"""The one definition of which reference data is held out of every build step.

Build scripts (``scripts/build_*.py``) may read only the *build* side of each
split; benchmarks report false alarms and recall only on the *held-out* side.
The split is a hash of a stable id, so it never depends on file order and any
script can recompute it without importing another.

- MedQuAD (``../shared/data/medquad/medquad.jsonl``): a document is held out
  when the CRC-32 of its ``id`` is divisible by 4 (about a quarter).
- ``clean_sentences.tsv``: data row *i* (0-based, header excluded) is held out
  when *i* is odd; the even rows are the build half.
- Screener pairs (``tortured_phrases_biomedical.tsv``): five folds by the CRC-32
  of the lower-cased tortured phrase; a benchmark builds with four folds and
  measures on the fifth.
- FakeHealth articles (EnyanDai/FakeHealth, never committed): an article is held
  out when the CRC-32 of its file stem ("news_reviews_00124") is odd. This is the
  test half of ``benchmarks/claims_review.py`` (``half_of``), so the claim scorer's
  build (``scripts/build_claim_scorer.py``) never reads a release that benchmark tests on.
"""

from __future__ import annotations

import csv
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

SCREENER_FOLDS = 5


def medquad_is_heldout(doc_id: str | None) -> bool:
    """True for MedQuAD documents no build step may read (one CDC document has no id: held out)."""
    return zlib.crc32((doc_id or "").encode("utf-8")) % 4 == 0


def clean_sentence_is_heldout(row_index: int) -> bool:
    """True for the half of clean_sentences.tsv no build step may read."""
    return row_index % 2 == 1


def fakehealth_is_heldout(article_id: str) -> bool:
    """True for FakeHealth articles no build step may read: "HealthRelease/news_reviews_00124" or its stem."""
    stem = article_id.rpartition("/")[2]
    return zlib.crc32(stem.encode("utf-8")) % 2 == 1


def screener_fold(phrase: str) -> int:
    """The fold (0..4) a tortured phrase belongs to."""
    return zlib.crc32(phrase.strip().lower().encode("utf-8")) % SCREENER_FOLDS


def build_side_answers(data: Path) -> Iterator[str]:
    """The non-empty answers of the MedQuAD documents not held out, in file order."""
    with (data / "medquad" / "medquad.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if medquad_is_heldout(str(doc.get("id") or "")):
                continue
            yield from (qa["answer"] for qa in doc["qa"] if (qa.get("answer") or "").strip())


def build_side_texts(data: Path) -> list[str]:
    """Every build-side text under ``data`` (``../shared/data``): the answers of MedQuAD documents
    not held out, then the build half of clean_sentences.tsv in runs of ten sentences (one
    paragraph each), for the builders that read clean prose the same way."""
    texts = list(build_side_answers(data))
    with (data / "clean_sentences.tsv").open(encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        sentences = [r["sentence"] for i, r in enumerate(rows) if not clean_sentence_is_heldout(i)]
    texts.extend("\n\n".join(sentences[k : k + 10]) for k in range(0, len(sentences), 10))
    return texts
