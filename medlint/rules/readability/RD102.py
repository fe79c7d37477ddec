"""RD102 long-sentence: A sentence longer than ``max-words`` words (default 30)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import HEADING, Document
from ...evidence.doc_kind import is_fact_check, is_reporting, is_signed_article
from ...rule import Example, Finding, Option, Rule
from ...text.quotes import (
    CLOSE_CURLY,
    OPEN_CURLY,
    STRAIGHT,
    in_embedded_post,
    introduced_passage,
    quotation_around,
    single_quote_spans,
)
from ._shared import flattened_list, letter_words, mostly_names, reference_blocks, sentence_pieces

_WORD = re.compile(r"[^\W\d_]+")


def mostly_quoted(doc: Document, start: int, end: int) -> bool:
    """Whether more than half the words of ``doc.prose[start:end]`` are someone else's: inside a
    quotation, an embedded social post or a passage a lead-in hands to its source. An editor
    cannot split a speaker's or a post's sentence, only paraphrase it.

    The same answer as ``mostly_quoted_plain`` (parity-tested), without asking per word what
    every word of a block or line shares: ``quotation_around`` finds nothing in a block that holds
    none of the marks it reads, reads only the block's single quotations (found once per block
    here) in a block without a double quote, and ``introduced_passage`` answers alike for every
    word of a line.
    """
    if in_embedded_post(doc, start):
        return True
    prose = doc.prose
    first = _WORD.search(prose, start, end)
    if first is None:
        return False
    if _unquoted_line(doc, first.start(), end):
        return False
    quoted = total = 0
    span_end = -1  # the end of the quotation the last quoted word lay in
    passages: dict[tuple[int, int], tuple[int, int] | None] = {}  # (block, line start) -> passage
    for m in _WORD.finditer(prose, start, end):
        total += 1
        at = m.start()
        if at < span_end:
            quoted += 1
            continue
        bi = doc.block_at(at)
        found = None
        if bi is not None:
            singles = _quotes_of(doc, bi)
            if singles is True:
                found = quotation_around(doc, at)
            elif singles:
                found = next(((o, c) for o, c in singles if o < at < c), None)
        if found is None:
            key = (-1 if bi is None else bi, prose.rfind("\n", 0, at))
            if key not in passages:
                passages[key] = introduced_passage(doc, at)
            found = passages[key]
            if found is not None and not found[0] <= at < found[1]:
                found = None  # a passage that ends inside the line (at a closing mark) ended before this word
        if found is not None:
            span_end = found[1]
            quoted += 1
    return 2 * quoted > total


def _unquoted_line(doc: Document, at: int, end: int) -> bool:
    """Whether no word from offset ``at`` (a word's start) to ``end`` is quoted because every one
    lies in one block holding no quotation (``_block_quotes``) and on one line that is no passage
    (``introduced_passage``): what ``mostly_quoted``'s loop would find at each word, asked once."""
    bi = doc.block_at(at)
    if bi is None or doc.blocks[bi].end < end or bisect_right(doc.block_starts, end - 1) - 1 != bi:
        return False
    if "\n" in doc.prose[at:end]:
        return False
    quotes = _quotes_of(doc, bi)
    return quotes is not True and not quotes and introduced_passage(doc, at) is None


def _quotes_of(doc: Document, bi: int) -> list[tuple[int, int]] | bool | None:
    """``_block_quotes(doc, bi)``, worked out once per block of a document."""
    memo = doc.derived(_quote_memo)
    if bi not in memo:
        memo[bi] = _block_quotes(doc, bi)
    return memo[bi]


def _quote_memo(doc: Document) -> dict[int, list[tuple[int, int]] | bool | None]:
    """Block -> what ``quotation_around`` reads there (``_block_quotes``), filled as asked."""
    return {}


def _block_quotes(doc: Document, bi: int) -> list[tuple[int, int]] | bool | None:
    """What ``quotation_around`` reads in block ``bi``: None when it holds none of its marks (it
    finds nothing there), the block's single quotations when it holds no double quote (so no
    double quotation is open at any offset, and it reads only those), else True."""
    block = doc.blocks[bi]
    prose = doc.prose
    text = prose[block.start : block.end]
    if not any(mark in text for mark in _MARKS_READ):
        return None
    if OPEN_CURLY in text or STRAIGHT in text or CLOSE_CURLY in text:
        return True
    return single_quote_spans(prose, block.start, block.end)


#: the marks ``quotation_around`` reads: a double quotation opens with one of the first two or, its
#: opener lost, runs from its block's start to the third; a single one opens with one of the last two (a
#: block without them holds no quotation)
_MARKS_READ = (OPEN_CURLY, STRAIGHT, CLOSE_CURLY, "'", "\u2018")


def mostly_quoted_plain(doc: Document, start: int, end: int) -> bool:
    """``mostly_quoted`` asking ``quotation_around`` and ``introduced_passage`` at every word: the
    reference its fast form is tested against."""
    if in_embedded_post(doc, start):
        return True
    quoted = total = 0
    span_end = -1
    for m in _WORD.finditer(doc.prose, start, end):
        total += 1
        at = m.start()
        if at < span_end:
            quoted += 1
            continue
        found = quotation_around(doc, at) or introduced_passage(doc, at)
        if found is not None:
            span_end = found[1]
            quoted += 1
    return 2 * quoted > total


class LongSentence(Rule):
    """A sentence longer than ``max-words`` words (default 30).

    Long sentences are the strongest single predictor of hard text; plain
    language guidance for health material asks for 15-20 words on average and
    few over 30. A sentence whose words are mostly quoted (``mostly_quoted``) is the
    speaker's, not the writer's to split, and so is one of a letter, rumour or document a page
    reproduces after a lead-in ("Two emails hit our inbox:"), to the end its own structure marks
    (``medlint.text.quotes.introduced_passage``: a letter opened by its salutation, the lines that
    carry a quotation's "[sic]" or "[…]", a quotation closed paragraphs after it opened); nor is a list or a table whose line breaks a crawl lost
    (``flattened_list``: "Short stature 90% Hypertelorism 90% ..."), which is no sentence at all,
    nor a list of names run as one sentence (``mostly_names``: more than half its words are words
    of proper names of several words, as in a story's credits, "Reporting was contributed by
    Michael Powell, Elisabetta Povoledo, ...", an author list or a page's thanks to its reviewers).
    Where an extractor glued blocks together (``sentence_pieces``: a subheading run into its
    paragraph's first sentence, "Cause unclear The mere fact ...", or two sentences with no space
    after the full stop, "[4].The studies"), the longest sentence it is made of is counted and
    reported.

    That guidance is for patient material. A news report or press release
    (``medlint.evidence.doc_kind.is_reporting``) is written to newspaper
    conventions, as RD101 also takes it, and there a sentence is reported above
    ``reporting-max-words`` (default 34). On the saved news pages of the article
    extraction benchmark (development half), an editor left every one of 26 labelled
    report sentences of 31-34 words as it was, and split most of 35 or more. A fact-check
    (``doc_kind.is_fact_check``: a headline putting a claim as a yes/no question over a dated
    account of it) is reporting too, and gets the same limit, as does an article its page signs and
    dates (``doc_kind.is_signed_article``: a byline and a publication date in the page's metadata, no
    medical review, patient sections or advice to the reader): the news, magazine and blog pages no
    dateline or reported speech marks.
    """

    code = "RD102"
    name = "long-sentence"
    category = "readability"
    severity = Severity.INFO
    options = {
        "max-words": Option(30, int, "Report sentences with more words than this."),
        "reporting-max-words": Option(
            34, int, "In a news report or press release, report sentences with more words than this."
        ),
    }
    source = (
        "CDC Clear Communication Index (2019); NIH Clear & Simple; Federal Plain Language Guidelines (2011)"
    )
    should_fire = (
        "People who have had a stroke, or who have been told by a doctor that they are at high risk of one, "
        "should ask at their next appointment whether the tablets they take each day are still the right ones for them.",
    )
    should_not_fire = (
        "People who have had a stroke should ask whether their tablets are still right for them.",
        Example(
            "Reporting was contributed by Michael Powell, Elisabetta Povoledo, Tim Arango, Thomas Fuller, "
            "John Eligon, Maya Salam, Conor Dougherty, Jim Tankersley, Niraj Chokshi, Ian Austen, Catie "
            "Edmondson, Alan Blinder, Julie Bosman and Peter Baker.",
            note="a story's credits: a list of names, no sentence to split",
        ),
        "\u201cPeople who have had a stroke, or who have been told by a doctor that they are at high risk of one, "
        "should ask whether the tablets they take each day are still the right ones,\u201d the nurse said.",
        Example(
            "Two emails hit our inbox in 2007:\nHi All-\nJust wanted to send you a quick email.\nWe had a very "
            "scary afternoon at the hospital with our daughter today, but thankfully she is fine now and the doctors "
            "who saw her there said that she will be okay by the end of the week.\n",
            note="a quoted e-mail, opened by its salutation, is the sender's to the end of its block",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        plain, reporting = int(self.opts["max-words"]), int(self.opts["reporting-max-words"])
        floor = min(plain, reporting)  # no sentence at or below either limit asks the kind of document
        limit: int | None = None  # the document's own, asked at its first sentence over ``floor``
        words = letter_words(doc)
        references = reference_blocks(doc)
        for s in doc.sentences:
            if doc.blocks[s.block].kind == HEADING or s.block in references:
                continue
            n = words.count(s.start, s.end)  # the words of s.text
            if n <= floor:
                continue
            if limit is None:
                report = is_reporting(doc) or is_fact_check(doc) or is_signed_article(doc)
                limit = reporting if report else plain
            if n <= limit or flattened_list(s.text):  # a list or table run together: no sentence to split
                continue
            start, end = s.start, s.end
            pieces = sentence_pieces(s.text)
            if pieces != [(0, len(s.text))]:  # blocks an extractor glued: count the longest sentence
                longest = max(((s.start + a, s.start + b) for a, b in pieces), key=lambda p: words.count(*p))
                n = words.count(*longest)
                if n <= limit:
                    continue
                start, end = longest
            if mostly_names(doc.prose[start:end]):
                continue  # a list of names (credits, an author list, a page's thanks): no sentence to split
            if not mostly_quoted(doc, start, end):
                yield Finding(
                    start, end, f"sentence of {n} words (limit {limit}): split it", data={"words": n}
                )
