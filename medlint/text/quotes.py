"""Quotation marks: where they are, and whether an offset lies inside a quotation.

One helper for the project: the claim context (is this claim someone's quoted
words?) and the text-integrity rules (unpaired or mixed quotes) read quotes the
same way. A quotation never runs past its block: a Markdown list item, a table
cell or a paragraph is where an unclosed quote's scope ends, so an unbalanced
``"`` in one list item cannot hide a claim in the next.

Single quotation marks (scare quotes, British quotations: ‘cure’, 'cure') share
their closing character with the apostrophe, so they are read in pairs: an
opener stands at the start of a word (after a space, a bracket, a dash or a
double quote); a closer ends a word (not followed by a letter) while an opener
is pending. An apostrophe inside a word ("don’t") never closes a quotation, and
one after a plural ("patients’ notes") closes nothing when no opener is
pending; nor does one before a decade ("the ‘90s"). A single opener that is
never closed in its block is taken for an apostrophe, never for a quotation
running to the block's end.

An embedded social post (a tweet as a page reproduces it: the post's text, then a credit line
"— Jane Roe (@janeroe) May 23, 2020") is a quotation without marks: ``in_embedded_post``.
A quotation nobody is said to have spoken (a post, a label, a hoax text, a phrase under
discussion) is its source's words, down to spelling and punctuation, while speech is the
writer's transcription, which house style governs: ``written_quotation``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..document import HEADING, LIST_ITEM, Document
from .lazy_re import lazy_compile
from .speech_verbs import REPORTING_VERBS

OPEN_CURLY, CLOSE_CURLY, STRAIGHT = "\u201c", "\u201d", '"'
_DOUBLE_QUOTE = lazy_compile('["\u201c\u201d]')
_CURLY_DOUBLE = lazy_compile("[\u201c\u201d]")
# an opening single quote at the start of a word, a closing one at the end of a word
_SINGLE_OPEN = lazy_compile("(?<![\\w.,;:!?'\u2018\u2019])['\u2018](?=[^\\W_])(?!\\d\\ds\\b)")
_SINGLE_CLOSE = lazy_compile("(?<=[\\w.,!?\u2026])['\u2019](?!\\w)")
#: every single quotation mark or apostrophe, where ``_SINGLE_OPEN`` and ``_SINGLE_CLOSE`` can match
_SINGLE_MARK = lazy_compile("['\u2018\u2019]")


def double_quotes(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, str]]:
    """(offset, style) of each double quote in ``text[start:end]``; style is "straight" or "curly"."""
    for m in _DOUBLE_QUOTE.finditer(text, start, len(text) if end is None else end):
        yield m.start(), "straight" if m.group() == STRAIGHT else "curly"


def quote_open(text: str) -> bool:
    """Whether ``text`` ends inside a quotation: a curly opener not yet closed, or an odd number of
    straight quotes (a straight quote opens and closes alike). A curly closer with no opener before it
    closes nothing (its opener was lost: ``lost_opener_end``), so it does not cancel a later opener."""
    opens = text.count(OPEN_CURLY)
    if opens:
        closes = text.count(CLOSE_CURLY)
        if opens > closes:
            return True
        if text.find(CLOSE_CURLY) < text.find(OPEN_CURLY):
            depth = 0
            for m in _CURLY_DOUBLE.finditer(text):
                depth = depth + 1 if m.group() == OPEN_CURLY else max(0, depth - 1)
            if depth:
                return True
    return text.count(STRAIGHT) % 2 == 1


def lost_opener_end(prose: str, start: int, end: int) -> int | None:
    """The offset of a curly closer in ``prose[start:end]`` (a block) that has no opener before it and ends a
    sentence ("Cure your lupus without pills!” “Cure lupus at home!”"): the block opened
    with a quotation whose opening mark was lost (a page cut at its start, a crawl), which runs from the
    block's start to it; else None."""
    close = prose.find(CLOSE_CURLY, start, end)
    if close <= start:
        return None
    opener = prose.find(OPEN_CURLY, start, close)
    if opener != -1 or prose[close - 1] not in ".!?…":
        return None
    return close


def single_quote_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """[open, close] offsets of each paired single quotation in ``text[start:end]``.

    Openers and closers are paired left to right without nesting; an opener with no
    closer is an apostrophe and yields nothing.
    """
    stop = len(text) if end is None else end
    if not _PLAIN_SINGLE_QUOTES:
        return _paired(_marks_at_quote_characters(text, start, stop))
    marks = sorted(
        [(m.start(), 0) for m in _SINGLE_OPEN.finditer(text, start, stop)]
        + [(m.start(), 1) for m in _SINGLE_CLOSE.finditer(text, start, stop)]
    )
    return _paired(marks)


def _paired(marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[open, close] spans from (offset, 0 for an opener or 1 for a closer) marks in text order."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for at, closing in marks:
        if not closing:
            if opened is None:
                opened = at
        elif opened is not None and at > opened:
            spans.append((opened, at))
            opened = None
    return spans


def _marks_at_quote_characters(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """``single_quote_spans``' marks, found by trying its two patterns only where a single quote
    character stands: none at all in a block without an opening one (most blocks: a search of
    each pattern over such a block cost about 40 µs), else at each ' ‘ ’ found by one plain
    scan. Each pattern matches one character, so the marks are those ``finditer`` finds, and in
    text order (one character is never both: an opener is followed by a letter or digit, a closer
    never by a word character)."""
    if text.find("'", start, stop) < 0 and text.find("\u2018", start, stop) < 0:
        return []  # no opener: no span
    opens, closes = _SINGLE_OPEN.match, _SINGLE_CLOSE.match
    marks: list[tuple[int, int]] = []
    for m in _SINGLE_MARK.finditer(text, start, stop):
        at = m.start()
        c = text[at]
        if c != "\u2019" and opens(text, at, stop) is not None:
            marks.append((at, 0))
        elif c != "\u2018" and closes(text, at, stop) is not None:
            marks.append((at, 1))
    return marks


#: tests set this to search the whole range with both patterns (``single_quote_spans``' plain form)
_PLAIN_SINGLE_QUOTES = False


def inside_quotes(doc: Document, at: int) -> bool:
    """Whether offset ``at`` of ``doc.prose`` lies inside a quotation opened earlier in its block:
    an open double quotation, or a paired single one.

    Outside every block (blanked markup) nothing is quoted.
    """
    bi = doc.block_at(at)
    if bi is None:
        return False
    block = doc.blocks[bi]
    if quote_open(doc.prose[block.start : at]):
        return True
    prose = doc.prose
    lost = lost_opener_end(prose, block.start, block.end)
    if lost is not None and at < lost:
        return True
    if "'" not in prose[block.start : block.end] and "\u2018" not in prose[block.start : block.end]:
        return False
    return any(o < at < c for o, c in single_quote_spans(prose, block.start, block.end))


def quotation_around(doc: Document, at: int) -> tuple[int, int] | None:
    """(opening mark, closing mark) offsets of the quotation that holds offset ``at`` of
    ``doc.prose``, or None outside quotations; a double quotation never closed in its block
    runs to the block's end."""
    bi = doc.block_at(at)
    if bi is None:
        return None
    block = doc.blocks[bi]
    prose = doc.prose
    if quote_open(prose[block.start : at]):
        opener = max(prose.rfind(OPEN_CURLY, block.start, at), prose.rfind(STRAIGHT, block.start, at))
        closers = [
            i
            for i in (prose.find(CLOSE_CURLY, at, block.end), prose.find(STRAIGHT, at, block.end))
            if i != -1
        ]
        return opener, min(closers) if closers else block.end
    lost = lost_opener_end(prose, block.start, block.end)
    if lost is not None and at < lost:
        return block.start, lost
    for o, c in single_quote_spans(prose, block.start, block.end):
        if o < at < c:
            return o, c
    return None


#: the credit line of an embedded post (also how the HTML loader knows an embed's quotation): "— Jane Roe (@janeroe) May 23, 2020"
EMBED_CREDIT = re.compile(r"\(@\w{1,30}\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}")


def in_embedded_post(doc: Document, at: int) -> bool:
    """Whether offset ``at`` of ``doc.prose`` lies in a block that reproduces a social post: one
    that carries the post's credit line ("... — Jane Roe (@janeroe) May 23, 2020").

    A post is reproduced as its author wrote it (spelling, spacing, script, punctuation), so
    nothing in it is the writer's to correct; pages that report or refute claims embed many.
    """
    bi = doc.block_at(at)
    if bi is None:
        return False
    block = doc.blocks[bi]
    prose = doc.prose
    return "(@" in prose[block.start : block.end] and bool(EMBED_CREDIT.search(prose, block.start, block.end))


# a caption copied from a social post (TikTok, Instagram): a handle ("@katie.k") and a hashtag
# ("#fyp") in one sentence; either alone is too common in ordinary prose ("#1 cause", "email me @")
_SOCIAL_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}\b")
_SOCIAL_HASHTAG = re.compile(r"(?<![\w&#])#[A-Za-z][A-Za-z0-9_]{1,49}\b")


def social_post_sentence(sentence: str) -> bool:
    """Whether a sentence is a caption copied from a social post: it holds a handle and a hashtag.

    Such a caption has no credit line for ``in_embedded_post`` to find, but its words are the
    poster's all the same (a fact-check page quoting "a christmas miracle @x #fyp").
    """
    return (
        "#" in sentence
        and "@" in sentence
        and bool(_SOCIAL_HASHTAG.search(sentence) and _SOCIAL_HANDLE.search(sentence))
    )


#: Verbs and phrases that attribute a quotation to a speaker ("she said", "told Reuters").
_SPEECH = re.compile(
    rf"\b(?:{REPORTING_VERBS}|say|saying|tells|tell|asked|asks|recalled|recalls|continued|continues|"
    r"comments|cautioned|warned|warns|agreed|agrees|interview)\b",
    re.IGNORECASE,
)
#: How far around a quotation an attribution is sought: after its closing mark ("...,” said Dr.
#: Roe, a surgeon at ..."), and before its opening mark, back to the previous quotation's close
#: when that is near (a speaker named between two quotations goes on speaking: '..." says Dr.
#: Roe, in a news release. "Our findings ...'), else a short stretch.
_SPEECH_AFTER, _SPEECH_BEFORE, _SPEECH_SINCE_QUOTE = 150, 100, 300


def written_quotation(doc: Document, at: int) -> tuple[int, int] | None:
    """(opening mark, closing mark) of the quotation holding offset ``at`` of ``doc.prose`` when
    it is closed in its block and no speaker is named beside it ("said", "told", ... within
    the stretches ``_SPEECH_*`` say, in its block); else None.

    Such a quotation reproduces a written source or names a phrase, and keeps the source's
    spelling and punctuation; a spoken one is the writer's transcription and does not.
    """
    quoted = quotation_around(doc, at)
    if quoted is None:
        return None
    bi = doc.block_at(at)
    assert bi is not None  # quotation_around found one
    block = doc.blocks[bi]
    prose = doc.prose
    opener, closer = quoted
    if closer >= block.end or prose[closer] not in "\u201d\"\u2019'":
        return None  # never closed: its extent is a guess
    previous = max(prose.rfind(CLOSE_CURLY, block.start, opener), prose.rfind(STRAIGHT, block.start, opener))
    if previous != -1 and opener - previous <= _SPEECH_SINCE_QUOTE:
        before = prose[previous + 1 : opener]
    else:
        before = prose[max(block.start, opener - _SPEECH_BEFORE) : opener]
    after = prose[closer + 1 : min(block.end, closer + 1 + _SPEECH_AFTER)]
    if _SPEECH.search(before) or _SPEECH.search(after):
        return None
    return quoted


#: What a lead-in says when it hands the page to a source: a verb of saying or writing, or a
#: written source named ("the post", "in a statement", "one flyer"), in the sentence that ends
#: in the colon. One vocabulary for every reader of lead-ins: the unmarked passage after one
#: (``introduced_passage``) and the claim context's block quotation after one.
_LEAD_IN_SOURCE = re.compile(
    r"\b(?:said|says|told|wrote|writes|read|reads|stated|states|noted|posted|posts|tweeted|shared|"
    r"claimed|claims|quoted|announced|reported|explained|added|warned|declared|declares|according to|"
    r"observed|commented|responded|replied|argued|argues|cautioned|advised|insists|insisted|concluded|"
    r"alleged|alleges|asserted|asserts|"
    r"statement|message|messages|post|posts|e-?mails?|letter|tweet|caption|press release|"
    r"announcement|headline|video|website|article|meme|flyer|leaflet|testimonial|review|comment)\b",
    re.IGNORECASE,
)
#: The last sentence of a lead-in line: what follows the last sentence end before the colon. A
#: sentence ends after a lower-case word of three letters or more, so "Dr. Tom Wingfield ...
#: said" and "the U.K. agency wrote" stay one sentence.
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3})[.!?][\"'\u201d\u2019)]*\s+(?=[\"\u201c\u2018]?[A-Z])")


#: A "that" clause left open across the line break, with an ellipsis: "They say that……" on a
#: line of its own, the belief on the next, then the page's answer ("IN TRUTH, ...").
_OPEN_THAT = re.compile(r"\bthat\s*(?:\u2026+|\.{3,})$")
#: The verbs of others' beliefs and sayings that such a line leaves open (the writer's own "I think
#: that…" or "We know that…" is not someone else's: ``_WRITER_FIRST``).
_OTHERS_HOLD = re.compile(
    r"\b(?:say|claim|believe|think|argue|insist|promise|suggest|tell\s+(?:you|us)|hear|heard|hears)\b",
    re.IGNORECASE,
)
_WRITER_FIRST = re.compile(r"(?:I|we)\b", re.IGNORECASE)


def open_that_lead_in(line: str) -> bool:
    """Whether ``line`` leaves someone else's "that" clause open with an ellipsis ("They say
    that……", "Some people believe that..."): the next line is what they say or believe."""
    line = line.rstrip()
    if not _OPEN_THAT.search(line):
        return False
    last = _SENTENCE_BREAK.split(line)[-1].lstrip()
    said = _LEAD_IN_SOURCE.search(last) or _OTHERS_HOLD.search(last)
    return bool(said) and not _WRITER_FIRST.match(last)


def lead_in(line: str) -> bool:
    """Whether ``line`` ends in a colon after a sentence that names a speaker's or writer's words
    ("One viral post read:", "In a statement, the agency said:"), or leaves others' "that" clause
    open with an ellipsis ("They say that……"): what follows is theirs. A lone label ("E-mail:",
    "Statement:") is a form's field, not a sentence."""
    line = line.rstrip()
    if _OPEN_THAT.search(line):
        return open_that_lead_in(line)
    if not line.endswith(":"):
        return False
    last = _SENTENCE_BREAK.split(line)[-1]
    return len(last.split()) >= 2 and bool(_LEAD_IN_SOURCE.search(last))


#: The most lines a block set apart after a lead-in may have to be the quotation as a whole: a
#: longer block is the page's paragraphs run together with single line breaks (a plain-text
#: copy), where the writer's voice resumes after the quoted line.
_PASSAGE_LINES = 3


def _line(prose: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The line of ``prose[start:end]`` that holds offset ``at``."""
    nl = prose.find("\n", at, end)
    return prose.rfind("\n", start, at) + 1 or start, end if nl == -1 else nl


def introduced_passage(doc: Document, at: int) -> tuple[int, int] | None:
    """(start, end) of the unmarked quotation holding offset ``at`` of ``doc.prose``, or None.

    A page that reproduces a post, an e-mail, a statement or a blog entry as a block quotation
    introduces it with a lead-in that ends in a colon and names the source ("One blogger
    wrote:", "In a statement, the agency said:", "a Facebook post ... started to spread
    online:"); a crawl or a plain-text copy keeps the lead-in and the passage but drops the
    block's quotation marks or indentation. The passage is the line after the lead-in; when
    the lead-in ends its paragraph, the next block, whole when it is set apart as a quotation
    is (``_PASSAGE_LINES`` lines at most), else its first line; and a run of list items right
    after the passage (no blank line between) is a quoted list that belongs to it. Its words,
    spelling and punctuation are the source's, like a written quotation's. A colon after a
    sentence that names no source ("Symptoms include:") introduces the writer's own words and
    is no lead-in, and a passage that opens with a quotation mark is quoted with marks the
    writer set (``quotation_around`` and ``written_quotation`` read those). Where the passage's
    own structure marks a longer extent (``_extents``: a letter opened by its salutation, the
    lines after it that carry a quotation's "[sic]" or "[…]", the paragraphs a quotation runs
    over to a closing mark that ``quotation_around``, reading one block, cannot see), that
    extent is the passage.
    """
    spans = doc.derived(_extents)
    if spans:
        i = bisect_right(spans, (at, len(doc.prose) + 1)) - 1
        if i >= 0 and spans[i][0] <= at < spans[i][1]:
            return spans[i]
    found = _passage(doc, at)
    if found is None or doc.prose[found[0] : found[1]].lstrip()[:1] in _OPENING_MARKS:
        return None
    return found


#: Marks that open a quotation.
_OPENING_MARKS = frozenset("\"\u201c\u201e\u00ab\u2018'")


def _passage(doc: Document, at: int) -> tuple[int, int] | None:
    """The passage after a lead-in holding ``at``, marked or not (see ``introduced_passage``)."""
    bi = doc.block_at(at)
    if bi is None:
        return None
    block = doc.blocks[bi]
    prose = doc.prose
    line = _line(prose, block.start, block.end, at)
    if line[0] > block.start:  # the line before, in the same paragraph, is the lead-in
        before = _line(prose, block.start, block.end, line[0] - 1)
        if lead_in(prose[before[0] : before[1]]):
            return line
    first = bi  # a lead-in that ends the block before (or before the list holding this item)
    while first > 0 and doc.blocks[first].kind == LIST_ITEM and doc.blocks[first - 1].kind == LIST_ITEM:
        first -= 1
    if first == 0:
        return None
    head, previous = doc.blocks[first], doc.blocks[first - 1]
    last = _line(prose, previous.start, previous.end, max(previous.start, previous.end - 1))
    if lead_in(prose[last[0] : last[1]]):
        whole = prose.count("\n", head.start, head.end) < _PASSAGE_LINES
        if first != bi or whole:
            return head.start, block.end
        return line if line[0] == head.start else None
    if head.kind == LIST_ITEM and "\n\n" not in prose[previous.end : head.start]:
        # the list goes on a one-line passage that ends the previous paragraph
        if last[0] > previous.start:
            above = _line(prose, previous.start, previous.end, last[0] - 1)
            if lead_in(prose[above[0] : above[1]]):
                return last[0], block.end
    return None


#: A letter's or e-mail's salutation on a line of its own ("Hi All-", "Dear Sir,", "Hello everyone!"):
#: the reproduced text is a letter, which runs on past its first line.
_SALUTATION = re.compile(
    r"(?:Hi|Hello|Hey|Dear|Greetings|Good (?:morning|afternoon|evening))\b[^\n.?]{0,40}?[,:!\-\u2013\u2014]?[ \t\u00a0]*$",
    re.IGNORECASE,
)
#: A letter's sign-off on a line of its own ("Thanks,", "Sincerely,", "Love, Mom"): the line after
#: it is the signature, and the letter ends there.
_SIGN_OFF = re.compile(
    r"(?:Thanks|Thank you|Sincerely|Regards|Best regards|Kind regards|Best wishes|Yours(?: truly| sincerely)?|"
    r"Love|Cheers|God bless)\b[^\n.?]{0,30}$",
    re.IGNORECASE,
)
#: The marks a writer sets only inside someone else's words: "[sic]" after the source's error and a
#: bracketed ellipsis where the writer left words out ("[…]", "[...]").
_EDITORIAL_MARK = re.compile(r"\[(?:sic|\u2026|\.\.\.)\]", re.IGNORECASE)
#: A line that ends in a colon: where a lead-in can be (the line itself is read by ``lead_in``).
_COLON_LINE = re.compile(r":[ \t\u00a0]*(?=\n|$)")
#: The writer's pointer back to what it quoted ("The missive quoted above ...", "the alert reproduced
#: above"): the line that holds it is the writer's again, and the passage ended before it.
_BACK_REFERENCE = re.compile(
    r"\b(?:quoted|reproduced|excerpted)\s+above\b|\babove-(?:quoted|reproduced)\b", re.IGNORECASE
)
#: The most lines a passage may run over to the writer's pointer back to it.
_BACK_REFERENCE_LINES = 40
#: The most blocks a quotation opened after a lead-in may run over, unreopened, to its closing mark.
_QUOTE_BLOCKS = 6


def _extents(doc: Document) -> list[tuple[int, int]]:
    """The passages after lead-ins whose extent their own structure marks, beyond the first line
    or block ``_passage`` reads, sorted by start: ``introduced_passage`` answers from these first.

    - A letter: the passage opens with a salutation on a line of its own ("Two emails hit our inbox
      in 2007:" / "Hi All-"). The letter runs to the end of its block (a plain-text copy ends the
      quoted e-mail with a blank line), or to the signature line after its sign-off ("Thanks,").
    - A quotation's editorial marks: a line of the passage's block that holds "[sic]" or a
      bracketed ellipsis and no double quotation mark of its own is the source's words (a writer
      sets those marks only inside a quotation), as is every such line right after it.
    - A pointer back: a later line of the block that refers to the passage as "quoted above"
      ("The missive quoted above about onions ...") is the writer's again; the passage (a chain
      e-mail a plain-text copy keeps as lines like any other, its shouting and its ".." the
      sender's) runs from the lead-in to the line before it, when no other lead-in stands between
      and it is at most ``_BACK_REFERENCE_LINES`` lines on.
    - A closing mark: a quotation that opens the block after its lead-in and is not closed there
      runs on over the blocks after it that hold no double quotation mark, to the block where its
      closing mark stands (a letter quoted paragraph by paragraph, closed at its end). Those
      blocks, up to the closing mark (not the mark itself: a quotation not reopened in each of
      its paragraphs is still TX102's to report), are the passage; a heading, another mark or
      ``_QUOTE_BLOCKS`` blocks without a close end the search with nothing found.
    """
    prose = doc.prose
    spans: list[tuple[int, int]] = []
    for m in _COLON_LINE.finditer(prose):
        bi = doc.block_at(m.start())
        if bi is None:
            continue
        block = doc.blocks[bi]
        line = _line(prose, block.start, block.end, m.start())
        if not lead_in(prose[line[0] : line[1]]):
            continue
        if line[1] < block.end:  # the passage starts on the next line of this block
            hi, first = bi, line[1] + 1
        elif bi + 1 < len(doc.blocks) and doc.blocks[bi + 1].kind != HEADING:
            hi, first = bi + 1, doc.blocks[bi + 1].start
        else:
            continue
        head = doc.blocks[hi]
        opening = _line(prose, head.start, head.end, first)
        text = prose[opening[0] : opening[1]]
        if _SALUTATION.match(text.strip()):
            spans.append((opening[0], _letter_end(prose, opening[1], head.end)))
            continue
        back = _pointed_back(prose, opening[0], head.end)
        if back is not None:
            spans.append((opening[0], back))
            continue
        end = opening[1]
        while end < head.end:
            nxt = _line(prose, head.start, head.end, end + 1)
            quoted_line = prose[nxt[0] : nxt[1]]
            if not _EDITORIAL_MARK.search(quoted_line) or _DOUBLE_QUOTE.search(quoted_line):
                break
            end = nxt[1]
        if end > opening[1]:
            spans.append((opening[1] + 1, end))
        if hi != bi and text.lstrip()[:1] in '"\u201c' and quote_open(prose[head.start : head.end]):
            spans.extend(_runs_to_close(doc, hi))
    return sorted(set(spans))


def _pointed_back(prose: str, start: int, end: int) -> int | None:
    """The end of a passage starting at ``start`` that the writer points back to as quoted above
    before ``end`` (the end of the line before the pointer), or None: no pointer, one too far on,
    or another lead-in on the way (the writer spoke in between)."""
    m = _BACK_REFERENCE.search(prose, start, end)
    if m is None:
        return None
    line_start = prose.rfind("\n", start, m.start())
    if line_start < 0 or prose.count("\n", start, line_start) >= _BACK_REFERENCE_LINES:
        return None
    for colon in _COLON_LINE.finditer(prose, start, line_start):
        lead = prose.rfind("\n", start, colon.start()) + 1 or start
        if (
            lead_in(prose[max(lead, start) : colon.start() + 1])
            and prose.find("\n", colon.start()) < line_start
        ):
            return None
    return len(prose[:line_start].rstrip())


def _letter_end(prose: str, start: int, end: int) -> int:
    """Where a letter whose salutation line ends at ``start`` ends: after the signature line that
    follows a sign-off line, else at ``end`` (its block's end)."""
    at = start
    while at < end:
        line_end = prose.find("\n", at + 1, end)
        line_end = end if line_end == -1 else line_end
        if _SIGN_OFF.match(prose[at + 1 : line_end].strip()):
            signature = prose.find("\n", line_end + 1, end)
            return end if signature == -1 else signature
        at = line_end
    return end


def _runs_to_close(doc: Document, hi: int) -> list[tuple[int, int]]:
    """The blocks after block ``hi`` (which opens a quotation it does not close) that the
    quotation runs over to its closing mark; none when it is not closed within ``_QUOTE_BLOCKS``
    blocks, a heading comes first, or a block holds another double mark before it."""
    prose = doc.prose
    spans: list[tuple[int, int]] = []
    for j in range(hi + 1, min(len(doc.blocks), hi + 1 + _QUOTE_BLOCKS)):
        block = doc.blocks[j]
        if block.kind == HEADING:
            return []
        mark = _DOUBLE_QUOTE.search(prose, block.start, block.end)
        if mark is None:
            spans.append((block.start, block.end))
            continue
        at = mark.start()
        closes = mark.group() != OPEN_CURLY and at > block.start and not prose[at - 1].isspace()
        if not closes:
            return []
        return [*spans, (block.start, at)]
    return []


#: A lead-in that hands the rest of the page to the source: the source's text "in full" ("Here's
#: the doctor's message in full (translated):", "The post reads in full:", "the full text of the
#: letter:"), the line it ends.
_IN_FULL_LEAD_IN = re.compile(
    r"^[^\n]*\b(?:in\s+full|full\s+text|in\s+its\s+entirety|verbatim)\b[^\n]*:[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def passage_in_full(doc: Document, at: int) -> bool:
    """Whether offset ``at`` of ``doc.prose`` lies after a lead-in that gives a source's text in full.

    A fact-check page that reproduces a long post, e-mail or letter "in full" puts it at the
    page's end ("a translated version appears in full at the bottom of this article"), paragraph
    after paragraph with nothing to mark where each one belongs; a plain-text copy keeps no block
    quotation. ``introduced_passage`` ends such a passage at its first block, so the source's
    later paragraphs would read as the writer's. What follows this lead-in is the source's, to
    the end of the document: a writer's closing line after it is lost, which costs a missed
    finding, not a false one.

    Rules ask this of every mark or match they weigh (MT111, TX101, MT108), and each question read
    the text from its start up to ``at``: a long document paid for its length once per mark (a
    300,000-word one spent over half its time here). The lead-in's words are found once per
    document (``_in_full_words``): a lead-in ending before ``at`` holds them, whole, before
    ``at``, on a line no earlier than the line of their first occurrence, so the search is skipped
    before that line and skipped outright where they first occur at or after ``at``.
    ``passage_in_full_plain`` searches from the start; tests/test_passage_in_full.py compares the two.
    """
    first = doc.derived(_in_full_words)
    if first is None or first[0] >= at:
        return False
    for m in _IN_FULL_LEAD_IN.finditer(doc.prose, first[1], at):
        if m.end() < at and lead_in(m.group()):
            return True
    return False


#: The words of ``_IN_FULL_LEAD_IN``'s lead-in, alone: every match of it holds a match of these
_IN_FULL_WORDS = re.compile(r"\b(?:in\s+full|full\s+text|in\s+its\s+entirety|verbatim)\b", re.IGNORECASE)


def _in_full_words(doc: Document) -> tuple[int, int] | None:
    """Where the words of an "in full" lead-in first occur in the prose, and the start of that
    line; None when they do not occur (or, as ``passage_in_full_plain`` reads the text, when none
    of "full", "verbatim" and "entirety" is written in lower case).

    A match of ``_IN_FULL_LEAD_IN`` ending before ``at`` holds the words at some offset ``a``
    where ``_IN_FULL_WORDS`` matches in the whole text as well (the word boundaries around them
    read characters before ``at``), so the first match of ``_IN_FULL_WORDS`` starts at or before
    ``a``; the lead-in match starts at the start of ``a``'s line (``[^\\n]*`` keeps it on that
    line), which is at or after the start of the first match's line."""
    prose = doc.prose
    if "full" not in prose and "verbatim" not in prose and "entirety" not in prose:
        return None
    m = _IN_FULL_WORDS.search(prose)
    if m is None:
        return None
    return m.start(), prose.rfind("\n", 0, m.start()) + 1


def passage_in_full_plain(doc: Document, at: int) -> bool:
    """``passage_in_full`` searching the text from its start at every question."""
    prose = doc.prose
    if "full" not in prose and "verbatim" not in prose and "entirety" not in prose:
        return False
    for m in _IN_FULL_LEAD_IN.finditer(prose, 0, at):
        if m.end() < at and lead_in(m.group()):
            return True
    return False


def prefers_curly_apostrophes(prose: str) -> bool:
    """Whether the document writes its apostrophes curly ("don’t"): more curly than straight ones.
    A fix that restores an apostrophe (TX108, TX123) writes the one the document uses elsewhere."""
    curly = prose.count("\u2019")
    return curly > 0 and curly > prose.count("'")
