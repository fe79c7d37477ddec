"""The ReCOVery news convention: ids, linted text and the development/test split.

ReCOVery (Zhou, Mulay, Ferrara and Zafarani, "ReCOVery: A Multimodal Repository for
COVID-19 News Credibility Research", CIKM 2020; licence CC BY-NC-SA 4.0) collected COVID-19
news from 22 reliable and 38 unreliable sites. Its own repository no longer holds the news
texts; 100 of them (50 reliable, 50 unreliable) survive in a public copy,
``data/transformed/recovery-news-data_100.csv`` of FinlayDuff/Dissertation, read here at
commit ``COMMIT``. Get it with ``git clone https://github.com/FinlayDuff/Dissertation`` and
pass ``--recovery PATH`` or set ``$RECOVERY_DIR``. The texts are never committed here: only
news ids, offsets, labels and reasons.

- An article id is ReCOVery's ``news_id``.
- The linted document is ``title.strip() + "\\n\\n" + body_text.strip()``, format "text"
  (the crawl keeps one paragraph per line).
- The split is fixed before anything was looked at: ``zlib.crc32(news_id) % 2`` == 0 is the
  development half (fixes may be read off it), 1 the test half (measured, never read by a fix).
"""

from __future__ import annotations

import csv
import os
import subprocess
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

COMMIT = "a88a6f36b8b204d8077628fc227550fae4fa6306"
CSV_PATH = "data/transformed/recovery-news-data_100.csv"
DEFAULT_DIRS = ("/work/.mirror/FinlayDuff+Dissertation/repo", "/work/data/Dissertation")
FORMAT = "text"


@dataclass(frozen=True)
class NewsArticle:
    """One ReCOVery article: id, site, reliability label (1 reliable, 0 unreliable) and text."""

    news_id: str
    publisher: str
    reliable: bool
    text: str


def _csv_text(root: str | os.PathLike[str] | None) -> str:
    """The CSV at ``COMMIT``: read with ``git show`` from a clone or bare mirror, else from a work tree."""
    candidates = [root] if root else [os.environ.get("RECOVERY_DIR"), *DEFAULT_DIRS]
    for cand in candidates:
        if not cand:
            continue
        path = Path(cand)
        if not path.exists():
            continue
        show = subprocess.run(
            ["git", "-C", str(path), "show", f"{COMMIT}:{CSV_PATH}"],
            capture_output=True,
            check=False,
        )
        if show.returncode == 0:
            return show.stdout.decode("utf-8")
        if (path / CSV_PATH).is_file():
            return (path / CSV_PATH).read_text(encoding="utf-8")
    raise FileNotFoundError(
        "no ReCOVery copy found; run `git clone https://github.com/FinlayDuff/Dissertation` "
        "and pass --recovery PATH or set RECOVERY_DIR"
    )


@lru_cache(maxsize=2)
def load(root: str | None = None) -> tuple[NewsArticle, ...]:
    """Every article of the copy, in file order."""
    csv.field_size_limit(1 << 30)
    rows = csv.DictReader(_csv_text(root).splitlines(keepends=True))
    out = []
    for row in rows:
        title, body = (row.get("title") or "").strip(), (row.get("body_text") or "").strip()
        out.append(
            NewsArticle(
                news_id=row["news_id"],
                publisher=row.get("publisher") or "",
                reliable=(row.get("reliability") or "").strip() == "1",
                text=title + "\n\n" + body,
            )
        )
    return tuple(out)


def half(news_id: str) -> str:
    """ "dev" or "test": the fixed split by CRC-32 of the id."""
    return "dev" if zlib.crc32(news_id.encode("utf-8")) % 2 == 0 else "test"
