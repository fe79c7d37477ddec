"""The Cochrane plain-language-summary convention: item ids, linted text and the seeded sample.

Devaraj, Marshall, Wallace and Li, "Paragraph-level Simplification of Medical Texts", NAACL 2021,
repository AshOlogn/Paragraph-level-Simplification-of-Medical-Texts (licence CC BY 4.0; the
summaries are Cochrane's). Its ``data/data-1024/{split}.target`` files hold the plain-language
summaries of Cochrane systematic reviews, one per line, with the review's DOI on the same line of
``{split}.doi``: lay health text written for patients and the public, which no benchmark here had
used. The texts are never committed here, only ids, offsets, labels and reasons. Read at commit
``COMMIT`` of ``git clone https://github.com/AshOlogn/Paragraph-level-Simplification-of-Medical-Texts``
(``--data PATH`` or ``$COCHRANE_PLS_DIR``); the training split's files are over the mirror's size
limit, so only the validation and test splits (891 summaries) are read.

- An item id is the review's DOI (unique across the two splits).
- The linted document is the summary line with its surrounding whitespace stripped, format "text"
  (the dataset keeps no title or headings: each summary is one paragraph).
- The sample is ``random.Random(2026).sample(sorted(ids), 60)``: held out, looked at once
  (CLAIMS.md section 57); nothing is to be tuned on it.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from functools import lru_cache

from benchmarks.realworld.common import pinned_file_text

COMMIT = "edf6504ea28b2458ec6b4c172482ad15387aeeef"
SPLITS = ("val", "test")
DEFAULT_DIRS = ("/work/.mirror/AshOlogn+Paragraph-level-Simplification-of-Medical-Texts/repo",)
FORMAT = "text"
SEED = 2026
SAMPLE = 60
CLONE_HINT = (
    "run `git clone https://github.com/AshOlogn/Paragraph-level-Simplification-of-Medical-Texts` "
    "and pass --data PATH or set COCHRANE_PLS_DIR"
)


@dataclass(frozen=True)
class Item:
    """One plain-language summary: its id (the review's DOI), split and linted text."""

    item_id: str
    split: str
    text: str


def _file(root: str | None, path: str) -> str:
    candidates = [root] if root else [os.environ.get("COCHRANE_PLS_DIR"), *DEFAULT_DIRS]
    return pinned_file_text(candidates, COMMIT, path, CLONE_HINT)


@lru_cache(maxsize=2)
def load(root: str | None = None) -> tuple[Item, ...]:
    """Every summary of the validation and test splits, in file order.

    Raises ValueError when a split's DOI and summary files differ in length or a DOI repeats,
    since the ids would then not name one text each.
    """
    out: list[Item] = []
    seen: set[str] = set()
    for split in SPLITS:
        dois = _file(root, f"data/data-1024/{split}.doi").splitlines()
        texts = _file(root, f"data/data-1024/{split}.target").splitlines()
        if len(dois) != len(texts):
            raise ValueError(f"{split}: {len(dois)} DOIs but {len(texts)} summaries")
        for doi, text in zip(dois, texts, strict=True):
            doi = doi.strip()
            if doi in seen:
                raise ValueError(f"DOI {doi} occurs twice")
            seen.add(doi)
            out.append(Item(doi, split, text.strip()))
    return tuple(out)


def sample_ids(items: tuple[Item, ...], n: int = SAMPLE) -> list[str]:
    """The seeded sample: ``random.Random(2026).sample(sorted(ids), n)``."""
    return random.Random(SEED).sample(sorted(it.item_id for it in items), n)
