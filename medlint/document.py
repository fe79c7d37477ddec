"""The Document every rule reads.

The central idea is one offset space: the format loader builds a *prose view*
exactly as long as the source, with markup, code, URLs and tags turned into
spaces (newlines kept, but for the soft line breaks inside a Markdown paragraph,
list item or quotation, which a renderer reads as spaces; and a no-break or
typographic space reads as U+0020: ``medlint.formats.load_document``). Any offset a rule computes in the prose view is the
offset in the original file, so no rule ever has to map positions back and no
match is ever re-located by searching the source again.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from array import array
from collections.abc import Callable, Iterator, MutableSequence, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

from .diagnostic import Position
from .text.segment import sentence_spans
from .text.tokens import ASCII_LOWER_WORD_RE, WORD_RE, words_key

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc as SpacyDoc

HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
QUOTE = "quote"
TABLE_CELL = "table_cell"
CAPTION = "caption"

BLOCK_KINDS = (HEADING, PARAGRAPH, LIST_ITEM, QUOTE, TABLE_CELL, CAPTION)


T = TypeVar("T")


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
    """A regex word token, built on access from ``Words`` (rules must not change it)."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


#: ``WORD_RE`` as the one group of a split: gaps and words alternate in what it returns
_GAPS_AND_WORDS = re.compile(f"({WORD_RE.pattern})", WORD_RE.flags)
assert _GAPS_AND_WORDS.groups == 1, "WORD_RE must not capture"
#: the same split with possessive quantifiers (Python 3.11), for chunks that are not ASCII: a
#: run of word characters is followed only by a joiner, which none of them is, and nothing
#: follows the group, so no match ever gives characters back (tests/test_tokens_ascii.py)
try:
    _GAPS_AND_WORDS_POSSESSIVE = re.compile(r"([^\W_]++(?:['\u2019\-][^\W_]++)*+)")
except re.error:  # pragma: no cover - Python 3.10: no possessive quantifiers
    _GAPS_AND_WORDS_POSSESSIVE = _GAPS_AND_WORDS
#: the same for a lower-cased ASCII chunk (``tokens.ASCII_LOWER_WORD_RE``)
_ASCII_GAPS_AND_WORDS = re.compile(f"({ASCII_LOWER_WORD_RE.pattern})")
#: characters of prose split at a time (then on to the next newline)
_CHUNK = 1 << 16
#: tests set this to make ``Document.word_set`` the word index's keys view (the plain form)
_PLAIN_WORD_SET = False
#: documents of this many words or more keep their word index in arrays (``Document.word_index``)
_INDEX_ARRAYS_FROM = 20_000
#: prose of at most this many characters (one split, ``_CHUNK``) keeps its word offsets in lists
#: (``Words``); longer prose, in 4-byte arrays
_OFFSET_LISTS_UPTO = _CHUNK
#: tests set this to keep every document's word offsets in arrays (the plain form of ``Words``)
_PLAIN_OFFSET_ARRAYS = False


def _plain_gap(gap: str) -> bool:
    """Whether words this far apart can be one phrase: a space, or whitespace with at most one
    newline (not punctuation, not a blank line)."""
    return gap == " " or (gap.isspace() and gap.count("\n") <= 1)


class _PlainGaps(dict[str, bool]):
    """``_plain_gap`` of the short gaps met so far (", ", " ", ". " again and again); a longer gap
    is judged every time, so the table stays small."""

    def __missing__(self, gap: str) -> bool:
        plain = _plain_gap(gap)
        if len(gap) <= 4:
            self[gap] = plain
        return plain


_PLAIN_GAPS = _PlainGaps()
_UNBUILT: Any = object()


class Words(Sequence[Word]):
    """The words of a document (``WORD_RE`` over the prose view) as parallel arrays.

    A 1M-word document holds over a million words; one object per word (a
    ``Word``, its text and two offsets) cost about 150 bytes each, most of the
    memory of a long run. Here a word is two 4-byte offsets (in a long document; an
    article's offsets are in lists, ``_OFFSET_LISTS_UPTO``) and a reference to
    its lower-cased text, which is shared by every use of the same word. A
    ``Word`` is built when a rule indexes or iterates.
    """

    __slots__ = ("_prose", "ends", "lowers", "plain_gaps", "starts")

    def __init__(self, prose: str) -> None:
        self._prose = prose
        #: start and end offset of each word: lists for an article (``_OFFSET_LISTS_UPTO``
        #: characters), 4-byte arrays for longer prose (offsets fit 32 bits: files over 20 MB are
        #: refused). Filling an array converts each of the split's int objects to 4 bytes, a fifth
        #: of the split's time, and every read of an array item (rules index and bisect these for
        #: each word) builds an int object again; a list holds the split's ints as they are, and
        #: an article's few thousand of them cost tens of kilobytes at most (a 1M-word document
        #: must stay small: tests/test_document_views.py bounds the bytes per word)
        self.starts: MutableSequence[int]
        self.ends: MutableSequence[int]
        if len(prose) <= _OFFSET_LISTS_UPTO and not _PLAIN_OFFSET_ARRAYS:
            self.starts, self.ends = [], []
        else:
            self.starts, self.ends = array("i"), array("i")
        #: each word lower-cased; equal words share one (interned) string
        self.lowers: list[str] = []
        #: for each word but the last, whether the gap to the next word is plain whitespace (a
        #: space, or whitespace with at most one newline): ``Document.joinable`` before blocks
        self.plain_gaps = bytearray()
        # the text split into gaps and words, all in C: [gap, word, gap, ..., gap]; the running
        # sum of the pieces' lengths gives each word's start and end. A piece of text at a time,
        # cut after a newline (no word holds one), so a long text's pieces never all exist at once.
        base, n = 0, len(prose)
        trailing: str | None = None  # the gap after the last word so far, when it may go on
        while base < n:
            cut = prose.find("\n", base + _CHUNK)
            cut = n if cut == -1 else cut + 1
            chunk = prose[base:cut]
            if chunk.isascii():
                # lower-casing ASCII changes letters only, one for one, and every letter is a word
                # character either way: the split of the lower-cased chunk has the same pieces,
                # its words already lower-cased (one C call instead of one per word), split by
                # the ASCII form of WORD_RE (``tokens.ASCII_LOWER_WORD_RE``: the same pieces)
                pieces = _ASCII_GAPS_AND_WORDS.split(chunk.lower())
                lowered = pieces[1::2]
            else:
                pieces = _GAPS_AND_WORDS_POSSESSIVE.split(chunk)
                lowered = list(map(str.lower, pieces[1::2]))
            offsets = list(itertools.accumulate(map(len, pieces), initial=base))
            self.starts.extend(offsets[1:-2:2])
            self.ends.extend(offsets[2:-1:2])
            self.lowers.extend(map(sys.intern, lowered))
            if len(pieces) == 1:  # no word here: the gap goes on
                trailing = None if trailing is None else trailing + pieces[0]
            else:
                if trailing is not None:
                    self.plain_gaps.append(_plain_gap(trailing + pieces[0]))
                self.plain_gaps.extend(map(_PLAIN_GAPS.__getitem__, pieces[2:-1:2]))
                trailing = pieces[-1]
            base = cut

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Word: ...
    @overload
    def __getitem__(self, i: slice) -> list[Word]: ...
    def __getitem__(self, i: int | slice) -> Word | list[Word]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        start, end = self.starts[i], self.ends[i]
        return Word(start, end, self._prose[start:end])

    def __iter__(self) -> Iterator[Word]:
        prose = self._prose
        for start, end in zip(self.starts, self.ends, strict=True):
            yield Word(start, end, prose[start:end])


def line_starts(text: str) -> list[int]:
    """The offset of each line's first character (the Document's positions, and the HTML report's)."""
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


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
    #: (start, end, language tag) of the elements the markup declares to be in a language other
    #: than English (HTML ``lang="ja"``): ``text.language.foreign_passages`` reads their blocks
    declared_languages: list[tuple[int, int, str]] = field(default_factory=list)
    #: The file's own text when ``source`` is a decoded copy of it (an HTML page whose character references between
    #: words were decoded so that "don&#8217;t" reads as one word), and for each offset of ``source`` (and its end) the
    #: offset in the file: ``position``, ``file_text`` and ``file_offset`` report in the file's coordinates
    #: (``medlint.formats.charrefs``). None: ``source`` is the file's text.
    original: str | None = None
    origin: Sequence[int] | None = None
    _line_starts: list[int] = field(default_factory=list, init=False, repr=False)
    _original_line_starts: list[int] = field(default_factory=list, init=False, repr=False)
    _derived: dict[Callable[[Document], Any], Any] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if len(self.prose) != len(self.source):
            raise ValueError(
                f"prose view has length {len(self.prose)}, source {len(self.source)}: "
                "a format loader broke the one-offset-space invariant"
            )
        self._line_starts = line_starts(self.source)

    # -- positions ---------------------------------------------------------
    def position(self, offset: int) -> Position:
        """1-based line and column (in code points) for a source offset, in the file's coordinates (a decoded
        ``source`` has the file's lines: no reference it decodes holds a line end)."""
        offset = max(0, min(offset, len(self.source)))
        if self.origin is None:
            line = bisect.bisect_right(self._line_starts, offset) - 1
            return Position(offset, line + 1, offset - self._line_starts[line] + 1)
        offset = self.origin[offset]
        if not self._original_line_starts:
            self._original_line_starts = line_starts(self.original or "")
        line = bisect.bisect_right(self._original_line_starts, offset) - 1
        return Position(offset, line + 1, offset - self._original_line_starts[line] + 1)

    def file_offset(self, offset: int) -> int:
        """The file's offset for a source offset (the same unless ``source`` is decoded)."""
        offset = max(0, min(offset, len(self.source)))
        return offset if self.origin is None else self.origin[offset]

    def file_text(self, start: int, end: int) -> str:
        """The file's text over the source span ``[start, end)``: what a diagnostic quotes."""
        if self.origin is None or self.original is None:
            return self.source[start:end]
        return self.original[self.file_offset(start) : self.file_offset(end)]

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
        i = bisect.bisect_right(self.block_starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < self.blocks[i].end:
            return i
        return None

    def opens_sentence(self, offset: int) -> bool:
        """Whether only whitespace, or a mark that ends or opens a sentence, stands before ``offset`` in its block.

        A capital there says nothing about a name; elsewhere it does. Cheaper than
        ``sentences`` because it reads back from the offset only.
        """
        block = self.block_at(offset)
        start = self.blocks[block].start if block is not None else 0
        prose = self.prose
        i = offset - 1
        while i >= start and prose[i].isspace():
            i -= 1
        return i < start or prose[i] in ".!?:\"'\u201c\u2018(-"

    # -- derived views, each built once on first use -----------------------------
    @cached_property
    def block_starts(self) -> list[int]:
        """Start offset of each block, for bisecting."""
        return [b.start for b in self.blocks]

    @cached_property
    def _words(self) -> Words:
        return Words(self.prose)

    def words(self) -> Words:
        """Regex word tokens over the prose view; cheap, no spaCy needed."""
        return self._words

    @property
    def word_count(self) -> int:
        return len(self._words)

    @property
    def lower_words(self) -> list[str]:
        """Each word lower-cased, in order (equal words share one string)."""
        return self._words.lowers

    @property
    def word_starts(self) -> MutableSequence[int]:
        """Start offset of each word, for bisecting."""
        return self._words.starts

    def words_key(self, start: int, end: int) -> str:
        """The words of ``prose[start:end]`` lower-cased and joined by single spaces, which is
        ``tokens.words_key`` of that text (RP102 and RP103 compare sentences by it).

        Read from ``words()`` when the text is ASCII (lower-casing then moves no word
        boundary) and no word runs across either end; tokenized afresh otherwise.
        tests/test_document_views.py checks both ways agree.
        """
        text = self.prose[start:end]
        if text.isascii():
            words = self._words
            starts, ends = words.starts, words.ends
            i = bisect.bisect_left(starts, start)
            j = bisect.bisect_left(starts, end, i)
            if (i == 0 or ends[i - 1] <= start) and (j == i or ends[j - 1] <= end):
                return " ".join(words.lowers[i:j])
        return words_key(text)

    def words_in(self, start: int, end: int) -> range:
        """Indexes (in ``words()``) of the words that start in ``[start, end)``."""
        starts = self._words.starts
        return range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))

    @cached_property
    def lower(self) -> str:
        """The prose view lower-cased: rules use it for cheap substring probes."""
        return self.prose.lower()

    @cached_property
    def word_index(self) -> dict[str, Sequence[int]]:
        """Lower-cased word -> its indexes in ``words()``, ascending.

        Lists for an article-sized document: built with ``setdefault`` they cost half the time
        of 4-byte arrays (the largest single cost of a default run, shared by every rule that
        reads the index), and 20,000 words of ints cost under a megabyte. From
        ``_INDEX_ARRAYS_FROM`` words on, arrays, as before: a list holds an int object of 28
        bytes per occurrence, and a 1M-word document must stay small
        (tests/test_document_views.py bounds the bytes per word).
        """
        lowers = self._words.lowers
        if len(lowers) >= _INDEX_ARRAYS_FROM:
            big: dict[str, array[int]] = {}
            for i, w in enumerate(lowers):
                at = big.get(w)
                if at is None:
                    big[w] = at = array("i")
                at.append(i)
            return cast("dict[str, Sequence[int]]", big)
        index: dict[str, list[int]] = {}
        setdefault = index.setdefault
        for i, w in enumerate(lowers):
            setdefault(w, []).append(i)
        return cast("dict[str, Sequence[int]]", index)

    @cached_property
    def word_set(self) -> AbstractSet[str]:
        """The document's distinct lower-cased words (``word_index``'s keys) as one frozenset.

        For the rules that meet a constant word set with the document's words (``TRIGGERS &
        words``, ``not FORMS.isdisjoint(words)``): a set operation between two sets walks the
        smaller one with the hashes both already hold, where one against the index's dict walks
        every key of it (an article's hundred-odd words, about 3 us a call, some twenty calls
        a document). The same words either way, so the same answers; an iteration over the
        result meets them in another order, which no caller depends on (a set's order already
        follows the process's string hashes). ``_PLAIN_WORD_SET``: the index's keys view, as
        before (tests/test_word_set.py compares the two)."""
        if _PLAIN_WORD_SET:
            return self.word_index.keys()
        return frozenset(self.word_index)

    @cached_property
    def joinable(self) -> bytes:
        """For each word, whether the gap to the next word is plain whitespace in one block
        (1) or not (0): punctuation ("breast, cancer") or a block boundary breaks a phrase."""
        words = self._words
        out = bytearray(words.plain_gaps)
        out.append(False)
        # a block boundary between words k and k+1 (start of k < block end <= start of k+1)
        starts = words.starts
        for end in {b.end for b in self.blocks}:
            k = bisect.bisect_left(starts, end) - 1
            if k >= 0:
                out[k] = False
        return bytes(out)

    def derived(self, build: Callable[[Document], T]) -> T:
        """What ``build`` computes from this document, built once and shared by every rule.

        For analyses a module owns (citation spans, disclaimer spans, dates):
        keyed by the function itself, so two modules never share a key by accident.
        """
        # a sentinel, not try/except: every view's first use on a document is a miss, and a
        # raised KeyError costs more than the lookup
        value = self._derived.get(build, _UNBUILT)
        if value is _UNBUILT:
            value = self._derived[build] = build(self)
        return value

    # -- NLP, run at most once per document -----------------------------------
    @cached_property
    def _block_docs(self) -> list[SpacyDoc]:
        from .nlp import get_nlp_or_blank

        nlp = get_nlp_or_blank(self.nlp_model)
        return list(nlp.pipe(self.block_text(b) for b in self.blocks))

    def block_docs(self) -> list[SpacyDoc]:
        """One spaCy Doc per block (same order as ``blocks``), built lazily once."""
        return self._block_docs

    @property
    def has_syntax(self) -> bool:
        """True when the loaded pipeline has a dependency parser (a trained model)."""
        from .nlp import get_nlp_or_blank

        return "parser" in get_nlp_or_blank(self.nlp_model).pipe_names

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Sentences within blocks.

        From medlint's punctuation segmenter (no spaCy import; see ``segment``),
        or from the parser when a trained pipeline is configured.
        """
        out = []
        if self.nlp_model not in (None, "", "blank") and self.has_syntax:
            for bi, (block, sdoc) in enumerate(zip(self.blocks, self.block_docs(), strict=True)):
                for sent in sdoc.sents:
                    for s, e in _trim(sent.text):
                        start = block.start + sent.start_char + s
                        end = block.start + sent.start_char + e
                        out.append(Sentence(start, end, bi, self.prose[start:end]))
        else:
            for bi, block in enumerate(self.blocks):
                base = block.start
                for s, e in sentence_spans(self.prose[block.start : block.end]):
                    out.append(Sentence(base + s, base + e, bi, self.prose[base + s : base + e]))
        return out

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start offset of each sentence, for bisecting."""
        return [s.start for s in self.sentences]

    def blanked(self, spans: Sequence[tuple[int, int]]) -> Document:
        """A copy whose prose is blank over ``spans`` and whose blocks there are gone.

        For text the rules must not read at all, decided after loading (a passage in another
        language): the source, and so every offset, line and column, stays as it is.
        """
        # the loaders' own blanking, imported here because the formats import this module
        from .formats._prose import apply_replacements

        kept = [b for b in self.blocks if not any(s <= b.start and b.end <= e for s, e in spans)]
        return Document(
            source=self.source,
            prose=apply_replacements(self.prose, [(start, end, None) for start, end in spans]),
            format=self.format,
            blocks=kept,
            path=self.path,
            metadata=self.metadata,
            links=self.links,
            comments=self.comments,
            nlp_model=self.nlp_model,
            declared_languages=self.declared_languages,
            original=self.original,
            origin=self.origin,
        )

    def iter_blocks(self, *kinds: str) -> Iterator[tuple[int, Block]]:
        for i, b in enumerate(self.blocks):
            if not kinds or b.kind in kinds:
                yield i, b


def _trim(text: str) -> list[tuple[int, int]]:
    lead = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return [(lead, end)] if end > lead else []
