"""The HealthFC convention: item ids, linted text and the development/test split.

HealthFC (Vladika, Schneider and Matthes, "HealthFC: Verifying Health Claims with
Evidence-Based Medical Fact-Checking", LREC-COLING 2024) holds 750 health claims checked by
Medizin-transparent (University for Continuing Education Krems; authors Bernd Kerschner,
Jana Meixner, Teresa König, Iris Hinneburg, Julia Harlfinger, Claudia Christof, Jörg
Wipplinger, Iris Mair, Verena Ahne, Tanja Wolf, Björn Bernitt, Lilith Teusch), with the
German texts and their English versions. Licence CC BY-NC-ND 4.0: the texts are never
committed here, only item ids, offsets, labels and reasons. Read at commit ``COMMIT`` of
``git clone https://github.com/jvladika/HealthFC`` (``--healthfc PATH`` or ``$HEALTHFC_DIR``).

- An item id is ``hfc-<row>``, the 0-based row of ``Datensatz.csv``.
- The linted English document is the claim (a question, as a heading line), a blank line,
  the explanation, a blank line, and the top sentences (one paragraph), format "text".
- The German source of the same parts is kept beside it for labelling meaning errors.
- The split is fixed before anything was looked at: ``zlib.crc32(id) % 2`` == 0 is the
  development half (detectors may be built from it), 1 the test half (measured only).
"""

from __future__ import annotations

import csv
import os
import zlib
from dataclasses import dataclass
from functools import lru_cache

from benchmarks.realworld.common import pinned_file_text

COMMIT = "9f31d765e5d4a99bd9fff667e82de503bc5684f5"
CSV_PATH = "Datensatz.csv"
DEFAULT_DIRS = ("/work/.mirror/jvladika+HealthFC/repo", "/work/data/HealthFC")
FORMAT = "text"


@dataclass(frozen=True)
class Item:
    """One HealthFC item: id, verdict label, English document and its German source."""

    item_id: str
    label: str
    text: str
    german: str
    url: str


def _csv_text(root: str | os.PathLike[str] | None) -> str:
    """The CSV at ``COMMIT`` from the given checkout, else $HEALTHFC_DIR, else the default places."""
    candidates = [root] if root else [os.environ.get("HEALTHFC_DIR"), *DEFAULT_DIRS]
    return pinned_file_text(
        candidates,
        COMMIT,
        CSV_PATH,
        "run `git clone https://github.com/jvladika/HealthFC` and pass --healthfc PATH or set HEALTHFC_DIR",
    )


def _document(claim: str, explanation: str, top: str) -> str:
    return "\n\n".join(" ".join(part.split()) for part in (claim, explanation, top) if part.strip())


@lru_cache(maxsize=2)
def load(root: str | None = None) -> tuple[Item, ...]:
    """Every item, in file order."""
    csv.field_size_limit(1 << 30)
    out = []
    for row_no, row in enumerate(csv.DictReader(_csv_text(root).splitlines(keepends=True))):
        out.append(
            Item(
                item_id=f"hfc-{row_no}",
                label=row.get("label") or "",
                text=_document(
                    row.get("en_claim", ""), row.get("en_explanation", ""), row.get("en_top_sentences", "")
                ),
                german=_document(
                    row.get("de_claim", ""), row.get("de_explanation", ""), row.get("de_top_sentences", "")
                ),
                url=row.get("url") or "",
            )
        )
    return tuple(out)


def half(item_id: str) -> str:
    """ "dev" or "test": the fixed split by CRC-32 of the id."""
    return "dev" if zlib.crc32(item_id.encode("utf-8")) % 2 == 0 else "test"
