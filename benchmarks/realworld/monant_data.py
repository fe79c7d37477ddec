"""The Monant sample: real fact-check articles and fact-checked health claims, split once.

The Monant Medical Misinformation Dataset (Srba, Pecher, Tomlein, Moro, Stefancova, Simko and
Bielikova, "Monant Medical Misinformation Dataset: Mapping Articles to Fact-Checked Claims",
SIGIR 2022; Kempelen Institute of Intelligent Technologies) publishes a static sample in its
repository: ``sample_data/claims.csv`` holds 1,000 health claims checked by fact-checking
organisations (Snopes, FullFact, Health Feedback, ...), each with the claim as the checker
states it (``statement``), the checker's rating and, for many, the fact-check article itself
(``description``). The sample may be used for research only: its texts are never committed
here, only claim ids, offsets, labels and reasons. Read at commit ``COMMIT`` of
``git clone https://github.com/kinit-sk/medical-misinformation-dataset``
(``--monant PATH`` or ``$MONANT_DIR``).

Two kinds of text come out of it:

- **Fact-check pages** (:func:`fact_checks`): descriptions of at least ``MIN_PAGE_WORDS``
  words, linted as HTML when they carry markup and as plain text otherwise. They are careful
  pages that quote, report and refute health claims: the place to measure false alarms on
  debunking prose.
- **Claim statements** (:func:`statements`): the claims as the checkers state them, with their
  rating; search-query patterns (``(coffee enemas|coffee enema) treat cancer``) are left out.

The split is fixed before anything was looked at: ``zlib.crc32(id) % 2 == 0`` is the
development half (detectors may be built from it), 1 the test half (measured only).
"""

from __future__ import annotations

import csv
import io
import os
import zlib
from dataclasses import dataclass
from functools import lru_cache

from benchmarks.realworld.common import pinned_file_text

COMMIT = "06b084f3fb47f64184c2936f5bc1615c5b9aa376"
CSV_PATH = "sample_data/claims.csv"
DEFAULT_DIRS = ("/work/.mirror/kinit-sk+medical-misinformation-dataset/repo", "/work/data/monant")
#: Descriptions shorter than this are summaries or questions, not fact-check pages.
MIN_PAGE_WORDS = 150
#: Ratings that say the claim is wrong.
FALSE_RATINGS = frozenset({"false", "mostly-false"})
#: Ratings that say the claim is right.
TRUE_RATINGS = frozenset({"true", "mostly-true"})


@dataclass(frozen=True)
class Claim:
    """One row of the sample: its ``id``, rating, the claim as stated, and the fact-check text (may be short)."""

    claim_id: str
    rating: str
    statement: str
    description: str

    @property
    def half(self) -> str:
        """ "dev" or "test", by CRC-32 of the id."""
        return "dev" if zlib.crc32(self.claim_id.encode()) % 2 == 0 else "test"

    @property
    def page_format(self) -> str:
        """ "html" when the description carries markup, else "text"."""
        return "html" if "</" in self.description or "<p>" in self.description else "text"


def _csv_text(root: str | os.PathLike[str] | None) -> str:
    candidates = [root] if root else [os.environ.get("MONANT_DIR"), *DEFAULT_DIRS]
    return pinned_file_text(
        candidates,
        COMMIT,
        CSV_PATH,
        "run `git clone https://github.com/kinit-sk/medical-misinformation-dataset` and pass "
        "--monant PATH or set MONANT_DIR",
    )


@lru_cache(maxsize=2)
def load(root: str | None = None) -> tuple[Claim, ...]:
    """Every row of the sample, in file order."""
    csv.field_size_limit(1 << 30)
    rows = csv.DictReader(io.StringIO(_csv_text(root), newline=""))
    return tuple(
        Claim(
            claim_id=row["id"],
            rating=(row.get("rating") or "").strip(),
            statement=(row.get("statement") or "").strip(),
            description=row.get("description") or "",
        )
        for row in rows
    )


def fact_checks(half: str | None = None, root: str | None = None) -> list[Claim]:
    """Rows whose description is a fact-check page (``MIN_PAGE_WORDS`` words or more), optionally one half."""
    return [
        c
        for c in load(root)
        if len(c.description.split()) >= MIN_PAGE_WORDS and (half is None or c.half == half)
    ]


def statements(half: str | None = None, root: str | None = None) -> list[Claim]:
    """Rows with a claim written as a sentence (no search-query alternation), optionally one half."""
    return [
        c for c in load(root) if c.statement and "|" not in c.statement and (half is None or c.half == half)
    ]
