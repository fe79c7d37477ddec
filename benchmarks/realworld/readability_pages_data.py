"""Mozilla Readability's test pages: page ids, which pages count, their text blocks and the split.

Mozilla Readability (``git clone https://github.com/mozilla/readability``, Apache-2.0) keeps, in
``test/test-pages/NAME/``, a page as saved from its site (``source.html``), the article Readability
extracts from it (``expected.html``) and its metadata (``expected-metadata.json``: title, byline,
language). Read here at commit ``COMMIT`` from the first of ``--readability PATH``,
``$READABILITY_DIR`` or the mirror in ``DEFAULT_DIRS`` (a clone, a bare mirror or a plain copy).
The pages are never committed here: only ids, offsets, labels and reasons.

- A page id is its folder name (``bbc-1``, ``webmd-2``); the repository never reuses one.
- Only pages SAVED FROM A PUBLISHED SITE count. The repository also holds hand-written unit-test
  fixtures (``base-url``, ``rtl-1``, ``lazy-image-3``: a few paragraphs of lorem ipsum exercising
  one code path). The test is structural: a saved page brings its site's head, scripts, styles and
  navigation, so its ``source.html`` is at least ``MIN_SOURCE_BYTES`` long; at ``COMMIT`` every
  fixture is under 4,000 bytes (the largest, ``dev418``, 3,815) and every saved page over 10,000
  (the smallest, ``daringfireball-1``, 10,099).
- Only ENGLISH pages count (medlint lints English): at least 8% of the words of the extracted
  article (``expected.html``) are the commonest English function words, the test of
  ``benchmarks/html_pages.py``; a page's ``lang`` attribute is not used, since some pages have none
  and one (``liberation-1``) declares English over French text.
- The split is fixed before anything was looked at: ``zlib.crc32(page id) % 2`` == 0 is the
  development half (fixes may be read off it), 1 the test half (measured once, never read by a fix).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import zlib
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from benchmarks.realworld.common import pinned_file_text

COMMIT = "ab4027a8b37669745016869a37a504727992b2ba"
PAGES_DIR = "test/test-pages"
DEFAULT_DIRS = ("/work/.mirror/mozilla+readability/repo", "/work/data/readability")
FORMAT = "html"
#: a saved page's source is at least this long; the repository's hand-written fixtures are far shorter
MIN_SOURCE_BYTES = 8_000
#: share of the article's words that must be common English function words for an English page
MIN_ENGLISH_SHARE = 0.08
_ENGLISH_WORDS = frozenset("the of and to in is that for it with as was on are by be this from at".split())
CLONE_HINT = "run `git clone https://github.com/mozilla/readability` and pass --readability PATH or set READABILITY_DIR"
HALVES = ("dev", "test")

_WORD = re.compile(r"\w+")


def words(text: str) -> str:
    """Lower-case words joined by single spaces: text matches across markup and line breaks."""
    return " ".join(w.lower() for w in _WORD.findall(text))


def half(page_id: str) -> str:
    """The half a page belongs to: "dev" when ``crc32(page id) % 2 == 0``, else "test"."""
    return HALVES[zlib.crc32(page_id.encode("utf-8")) % 2]


@dataclass(frozen=True)
class Page:
    """One saved page: its id, the page as saved, the article Readability extracts and its metadata."""

    page_id: str
    source: str
    expected: str
    metadata: dict[str, Any]

    @property
    def saved_from_site(self) -> bool:
        """A page saved from a published site rather than a hand-written unit-test fixture."""
        return len(self.source.encode("utf-8")) >= MIN_SOURCE_BYTES

    @property
    def english(self) -> bool:
        """The extracted article is English by the function-word test (see the module doc)."""
        text = words(block_text(self.expected)).split()
        return bool(text) and sum(w in _ENGLISH_WORDS for w in text) / len(text) >= MIN_ENGLISH_SHARE

    @property
    def half(self) -> str:
        return half(self.page_id)


def _candidates(root: str | None) -> list[str | None]:
    return [root] if root else [os.environ.get("READABILITY_DIR"), *DEFAULT_DIRS]


def _page_ids(root: str | None) -> list[str]:
    """The folder names under ``PAGES_DIR`` at ``COMMIT`` (or in a plain copy), sorted."""
    for cand in _candidates(root):
        if not cand or not Path(cand).exists():
            continue
        listing = subprocess.run(
            ["git", "-C", str(cand), "ls-tree", "--name-only", f"{COMMIT}:{PAGES_DIR}"],
            capture_output=True,
            text=True,
            check=False,
        )
        if listing.returncode == 0 and listing.stdout.strip():
            return sorted(listing.stdout.split())
        folder = Path(cand) / PAGES_DIR
        if folder.is_dir():
            return sorted(p.name for p in folder.iterdir() if (p / "source.html").is_file())
    raise FileNotFoundError(f"no copy of {PAGES_DIR} found; {CLONE_HINT}")


@lru_cache(maxsize=2)
def load_all(root: str | None = None) -> tuple[Page, ...]:
    """Every test page of the repository, fixtures and other languages included, by id."""
    out = []
    for page_id in _page_ids(root):
        cands = _candidates(root)
        source = pinned_file_text(cands, COMMIT, f"{PAGES_DIR}/{page_id}/source.html", CLONE_HINT)
        expected = pinned_file_text(cands, COMMIT, f"{PAGES_DIR}/{page_id}/expected.html", CLONE_HINT)
        try:
            meta = json.loads(
                pinned_file_text(cands, COMMIT, f"{PAGES_DIR}/{page_id}/expected-metadata.json", CLONE_HINT)
            )
        except FileNotFoundError:
            meta = {}
        out.append(Page(page_id, source, expected, meta))
    return tuple(out)


def load(root: str | None = None, which: str = "all") -> list[Page]:
    """The English pages saved from published sites, of half ``which`` ("dev", "test" or "all")."""
    return [
        p for p in load_all(root) if p.saved_from_site and p.english and (which == "all" or p.half == which)
    ]


#: elements whose start or end closes a block of text (a paragraph, a list item, a cell, a heading)
_BLOCKS = frozenset(
    "address article aside blockquote br caption dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
#: elements whose content is never page text
_HIDDEN = frozenset("script style noscript template svg math head title iframe object".split())


class _Blocks(HTMLParser):
    """Collects the text of a page one block at a time (text between two block boundaries)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._buf: list[str] = []
        self._hidden = 0

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text:
            self.blocks.append(text)
        self._buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def blocks(markup: str) -> list[str]:
    """The text blocks of ``markup`` in document order (scripts, styles and the head left out)."""
    parser = _Blocks()
    parser.feed(markup)
    parser.close()
    return parser.blocks


def block_text(markup: str) -> str:
    """All the text of ``markup``, one block a line."""
    return "\n".join(blocks(markup))


def snippets(page: Page, min_words: int = 3) -> tuple[list[str], list[str]]:
    """(article, boilerplate) snippets of a page, as ``benchmarks/html_chrome.py`` counts them: every
    block of ``expected.html`` of at least ``min_words`` words is article; every block of
    ``source.html`` of that length whose words are nowhere in the extracted article is boilerplate
    (Readability dropped it: navigation, related links, comments, also a caption or byline it left out).
    """
    article_words = f" {words(block_text(page.expected))} "
    article = [b for b in blocks(page.expected) if len(words(b).split()) >= min_words]
    boilerplate = [
        b
        for b in blocks(page.source)
        if len(words(b).split()) >= min_words and f" {words(b)} " not in article_words
    ]
    return article, boilerplate
