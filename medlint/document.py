"""The Document every rule reads.

The central idea is one offset space: the format loader builds a *prose view*
exactly as long as the source, with markup, code, URLs and tags turned into
spaces (newlines kept). Any offset a rule computes in the prose view is the
offset in the original file, so no rule ever has to map positions back and no
match is ever re-located by searching the source again.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .diagnostic import Position
from .segment import sentence_spans

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc as SpacyDoc

HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
QUOTE = "quote"
TABLE_CELL = "table_cell"
CAPTION = "caption"

BLOCK_KINDS = (HEADING, PARAGRAPH, LIST_ITEM, QUOTE, TABLE_CELL, CAPTION)

WORD_RE = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")


@dataclass(frozen=True)
class Block:
    """A unit of prose that sentences never cross: heading, paragraph, list item, ..."""

    start: int
    end: int
    kind: str = PARAGRAPH
    level: int = 0


@dataclass(frozen=True)
class Link:
    """A hyperlink or bare URL; kept because a link next to a claim is a citation."""

    start: int
    end: int
    url: str


@dataclass(frozen=True)
class Comment:
    """A markup comment (HTML or Markdown); suppression directives live here."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int
    text: str


@dataclass(slots=True)
class Word:
    """A regex word token. Not frozen: a frozen dataclass costs twice as much to build, and a
    document holds one per word (built once, shared by every rule, which must not change it)."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass
class Document:
    """Source text plus everything the format loader learned about it."""

    source: str
    prose: str
    format: str
    blocks: list[Block]
    path: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    nlp_model: str | None = None
    _line_starts: list[int] = field(default_factory=list, init=False, repr=False)
    _cache: dict[str, Any] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if len(self.prose) != len(self.source):
            raise ValueError(
                f"prose view has length {len(self.prose)}, source {len(self.source)}: "
                "a format loader broke the one-offset-space invariant"
            )
        starts = [0]
        find = self.source.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._line_starts = starts

    # -- positions ---------------------------------------------------------
    def position(self, offset: int) -> Position:
        """1-based line and column (in code points) for a source offset."""
        offset = max(0, min(offset, len(self.source)))
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return Position(offset, line + 1, offset - self._line_starts[line] + 1)

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of a 1-based line, without its line ending."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.source)
        if end > start and self.source[end - 1] == "\r":
            end -= 1
        return start, end

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    # -- prose access --------------------------------------------------------
    def block_text(self, block: Block) -> str:
        return self.prose[block.start : block.end]

    def block_at(self, offset: int) -> int | None:
        """Index of the block containing ``offset``, or None."""
        starts = self._block_starts()
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < self.blocks[i].end:
            return i
        return None

    def _block_starts(self) -> list[int]:
        cached = self._cache.get("block_starts")
        if cached is None:
            cached = [b.start for b in self.blocks]
            self._cache["block_starts"] = cached
        return cached

    def words(self) -> list[Word]:
        """Regex word tokens over the prose view; cheap, no spaCy needed."""
        cached = self._cache.get("words")
        if cached is None:
            cached = [Word(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(self.prose)]
            self._cache["words"] = cached
        return cached

    @property
    def lower(self) -> str:
        """The prose view lower-cased, built once: rules use it for cheap substring probes."""
        cached = self._cache.get("lower")
        if cached is None:
            cached = self.prose.lower()
            self._cache["lower"] = cached
        return cached

    @property
    def word_count(self) -> int:
        return len(self.words())

    # -- NLP, run at most once per document -----------------------------------
    def block_docs(self) -> list[SpacyDoc]:
        """One spaCy Doc per block (same order as ``blocks``), built lazily once."""
        cached = self._cache.get("block_docs")
        if cached is None:
            from .nlp import get_nlp_or_blank

            nlp = get_nlp_or_blank(self.nlp_model)
            cached = list(nlp.pipe(self.block_text(b) for b in self.blocks))
            self._cache["block_docs"] = cached
        return cached

    @property
    def has_syntax(self) -> bool:
        """True when the loaded pipeline has a dependency parser (a trained model)."""
        from .nlp import get_nlp_or_blank

        return "parser" in get_nlp_or_blank(self.nlp_model).pipe_names

    @property
    def sentences(self) -> list[Sentence]:
        """Sentences within blocks, built once.

        From medlint's punctuation segmenter (no spaCy import; see ``segment``),
        or from the parser when a trained pipeline is configured.
        """
        cached = self._cache.get("sentences")
        if cached is None:
            cached = []
            if self.nlp_model not in (None, "", "blank") and self.has_syntax:
                for bi, (block, sdoc) in enumerate(zip(self.blocks, self.block_docs(), strict=True)):
                    for sent in sdoc.sents:
                        for s, e in _trim(sent.text):
                            start = block.start + sent.start_char + s
                            end = block.start + sent.start_char + e
                            cached.append(Sentence(start, end, bi, self.prose[start:end]))
            else:
                for bi, block in enumerate(self.blocks):
                    base = block.start
                    for s, e in sentence_spans(self.prose[block.start : block.end]):
                        cached.append(Sentence(base + s, base + e, bi, self.prose[base + s : base + e]))
            self._cache["sentences"] = cached
        return cached

    def iter_blocks(self, *kinds: str) -> Iterator[tuple[int, Block]]:
        for i, b in enumerate(self.blocks):
            if not kinds or b.kind in kinds:
                yield i, b


def _trim(text: str) -> list[tuple[int, int]]:
    lead = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return [(lead, end)] if end > lead else []
