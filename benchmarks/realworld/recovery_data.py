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
- The copy was decoded as Mac Roman where it was UTF-8 ("‚Äô" for "’", in 87 of the 100
  articles), and a few runs were already misread as Latin-1 in ReCOVery's own crawl ("â\x80\x99").
  Neither is on the published pages, so both are undone before linting (``repair``): every
  article's text round-trips exactly. The first-look verdicts were labelled on the damaged copy
  and moved to the repaired offsets once with ``repair``'s offset map (``remap_verdicts``).
- The linted document is ``title.strip() + "\\n\\n" + body_text.strip()``, format "text"
  (the crawl keeps one paragraph per line); where the body already opens with the title (the
  page's own headline, crawled with the body), the title is not prepended again, as in
  ``fakehealth_data``.
- The split is fixed before anything was looked at: ``zlib.crc32(news_id) % 2`` == 0 is the
  development half (fixes may be read off it), 1 the test half (measured, never read by a fix).
"""

from __future__ import annotations

import csv
import os
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache

from benchmarks.realworld.common import pinned_file_text

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
    #: the document as the copy has it (before ``repair``), and where its offsets went
    raw_text: str = ""
    where: tuple[int, ...] = ()


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
#: a run that UTF-8 read as Latin-1 leaves: a lead byte's letter, then C1 controls or Latin-1 signs
_LATIN1_MOJIBAKE = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf]{1,3}")


def _undo_latin1(run: str) -> str:
    """Undo ReCOVery's own Latin-1 misreading inside a run; a lone "Â" was a no-break space's lead byte."""

    def fix(m: re.Match[str]) -> str:
        try:
            return m.group().encode("latin-1").decode("utf-8")
        except UnicodeError:
            return m.group()

    run = _LATIN1_MOJIBAKE.sub(fix, run)
    return "" if run == "\u00c2" else run


def repair(text: str) -> tuple[str, list[int]]:
    """The text with the copy's Mac Roman misreading undone, and where each input offset went.

    Returns ``(repaired, where)`` with ``len(where) == len(text) + 1``: ``where[i]`` is the
    offset in ``repaired`` of input offset ``i`` (offsets inside a repaired run go to its start).
    Runs of non-ASCII characters are repaired one by one, so ASCII text keeps its shape; a run
    that does not round-trip is left alone.
    """
    out: list[str] = []
    where = [0] * (len(text) + 1)
    pos = 0
    new_len = 0
    for m in _NON_ASCII_RUN.finditer(text):
        for i in range(pos, m.start()):
            where[i] = new_len + (i - pos)
        out.append(text[pos : m.start()])
        new_len += m.start() - pos
        run = m.group()
        try:
            fixed = _undo_latin1(run.encode("mac_roman").decode("utf-8"))
        except UnicodeError:
            fixed = run
        for i in range(m.start(), m.end()):
            where[i] = new_len
        out.append(fixed)
        new_len += len(fixed)
        pos = m.end()
    for i in range(pos, len(text) + 1):
        where[i] = new_len + (i - pos)
    out.append(text[pos:])
    return "".join(out), where


def _csv_text(root: str | os.PathLike[str] | None) -> str:
    """The CSV at ``COMMIT`` from the given checkout, else $RECOVERY_DIR, else the default places."""
    candidates = [root] if root else [os.environ.get("RECOVERY_DIR"), *DEFAULT_DIRS]
    return pinned_file_text(
        candidates,
        COMMIT,
        CSV_PATH,
        "run `git clone https://github.com/FinlayDuff/Dissertation` and pass --recovery PATH or set RECOVERY_DIR",
    )


@lru_cache(maxsize=2)
def load(root: str | None = None) -> tuple[NewsArticle, ...]:
    """Every article of the copy, in file order."""
    csv.field_size_limit(1 << 30)
    rows = csv.DictReader(_csv_text(root).splitlines(keepends=True))
    out = []
    for row in rows:
        title, body = (row.get("title") or "").strip(), (row.get("body_text") or "").strip()
        raw = title + "\n\n" + body
        text, where = repair(raw)
        fixed_title = repair(title)[0]
        if fixed_title and _opens_with(text[len(fixed_title) + 2 :], fixed_title):
            cut = len(fixed_title) + 2
            text = text[cut:]
            where = [max(0, w - cut) for w in where]
        out.append(
            NewsArticle(
                news_id=row["news_id"],
                publisher=row.get("publisher") or "",
                reliable=(row.get("reliability") or "").strip() == "1",
                text=text,
                raw_text=raw,
                where=tuple(where),
            )
        )
    return tuple(out)


def _opens_with(body: str, title: str) -> bool:
    """True when the body's first line is the title (case and spacing aside)."""
    first = body.lstrip().split("\n", 1)[0]
    return " ".join(first.split()).casefold().startswith(" ".join(title.split()).casefold())


def remap(article: NewsArticle, start: int, end: int) -> tuple[int, int]:
    """A span of the damaged copy's document moved to the linted (repaired) document."""
    return article.where[start], article.where[end]


def half(news_id: str) -> str:
    """ "dev" or "test": the fixed split by CRC-32 of the id."""
    return "dev" if zlib.crc32(news_id.encode("utf-8")) % 2 == 0 else "test"
