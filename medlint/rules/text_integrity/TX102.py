"""TX102 unbalanced-delimiters: Quotes and brackets that do not pair up within a paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import CAPTION, HEADING, PARAGRAPH, QUOTE, Block, Document
from ...rule import Example, Finding, Rule
from ...text.lazy_re import lazy_compile
from ...text.quotes import introduced_passage
from ._shared import ends_sentence

_PAIRS = {"(": ")", "[": "]", "{": "}", "\u201c": "\u201d", "\u00ab": "\u00bb"}


_CLOSERS = {v: k for k, v in _PAIRS.items()}


# „ (low-9) opens a German-style quotation; “ or ” closes it (never itself a pair key: “ opens
# an English quotation)
_LOW_OPENER = "\u201e"

_DELIMITERS = lazy_compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS) + _LOW_OPENER) + '"]')

_QUOTE_MARK = lazy_compile('["\u201c\u201d]')

# what a paragraph that stops mid-sentence ends with (a crawl's line break inside the sentence):
# a word, a number, a percent sign, a comma or a dash
_MID_SENTENCE_END = frozenset(",%-\u2013\u2014")

# how many paragraphs on a quotation that never reopens may run before its closing mark
_QUOTATION_LOOKAHEAD = 3

# a page sets lines between a quotation's paragraphs: a photo's caption ("The protests grew (Image:
# GETTY )"), an ad slot's label ("Advertisement"), a link line ("SEE MORE: Hong Kong protests"), an
# embedded post's credit; each is short and does not end like a sentence. At most this many are
# passed over to find the paragraph that reopens the quotation ...
_MAX_INTERJECTIONS = 3
# ... each of at most this many words
_INTERJECTION_WORDS = 25
# how a sentence ends (a paragraph that ends so is the text, not a line set between it)
_SENTENCE_END = frozenset(".!?\u2026:;\"\u201d\u2019'")


def _doubled_singles_as_doubles(text: str) -> str:
    """Two single quotes written for a double one (typewriter style: ‘‘quoted’’, ''quoted''), as
    their double quote followed by a plain apostrophe: same length, so offsets stay."""
    if "\u2019\u2019" not in text and "\u2018\u2018" not in text and "''" not in text:
        return text
    return (
        text.replace("\u2018\u2018", "\u201c\u2019")
        .replace("\u2019\u2019", "\u201d\u2019")
        .replace("''", "\"'")
    )


#: quotation marks (brackets are the writer's even in a reproduced passage)
_QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')
#: a paragraph that ends on an ellipsis, or on the two stops of a cut one: its text was cut there
_ELLIPSIS_END = lazy_compile(r"(?:\.{2,}|\u2026)\s*$")
#: tests set this to search ``_ELLIPSIS_END`` (``ends_on_ellipsis``)
_PLAIN_ELLIPSIS = False


def ends_on_ellipsis(text: str) -> bool:
    """Whether ``_ELLIPSIS_END`` finds a match in ``text``: its end, spaces and line breaks taken away
    (``str.rstrip`` strips what ``\\s`` matches), is two full stops or an ellipsis. A search tried the
    pattern at every full stop of the paragraph (tests/test_tx102_ellipsis_end.py compares the two)."""
    if _PLAIN_ELLIPSIS:
        return _ELLIPSIS_END.search(text) is not None
    return text.rstrip().endswith(("..", "\u2026"))


#: the marks that open a pair (a straight quote opens as often as it closes)
_OPENERS = frozenset(_PAIRS) | {'"', _LOW_OPENER}
_REOPENS = lazy_compile(r'"[A-Z]')  # a straight quote opening a capitalised sentence
_SENTENCE_BEFORE = lazy_compile(r"[.!?]\s+$")


# the ")" that closes an enumerator ("a)", "iv)", "12)", and "1.)" with the number's own full stop): one to
# three letters or digits after a space, a "(" or the start. The ")" comes first and the label is looked at
# behind it, so re searches for the literal ")" instead of trying every position of the text.
_ENUM_CLOSER = lazy_compile(
    r"\)(?:(?<=(?<![^\s(])[a-zA-Z0-9]\))|(?<=(?<![^\s(])[a-zA-Z0-9]{2}\))|(?<=(?<![^\s(])[a-zA-Z0-9]{3}\))"
    r"|(?<=(?<![^\s(])[a-zA-Z0-9]\.\))|(?<=(?<![^\s(])[a-zA-Z0-9]{2}\.\))|(?<=(?<![^\s(])[a-zA-Z0-9]{3}\.\)))"
)

# a smiley's mouth ("=)", ":-)", ";(", "Thanks :)"): eyes after a space or the start, then the
# bracket, which closes and opens nothing
_EMOTICON = lazy_compile(r"(?<![^\s(])[:;=][-'^]?([()])(?![\w(])")


class UnbalancedDelimiters(Rule):
    """Quotes and brackets that do not pair up within a paragraph.

    An unclosed quotation hides where a speaker's words end: in health copy
    that is the difference between a researcher's claim and the article's.
    Pairs are checked per block: brackets, curly double quotes and, by count,
    straight double quotes. Apostrophes (’) are not quotes. Enumerations like
    "a)" or "2)" are not closing brackets, nor is a smiley's mouth ("=)", ":-)", ":("). A quotation that runs over several
    paragraphs follows the printers' convention: each paragraph opens with a
    quote mark and only the last one closes, so a paragraph whose last
    opening quote stays open is fine when the next paragraph opens a quote.
    A curly quote closed by a straight one, or the reverse, is a pair (their
    mixture is TX106's business), but a straight quote right after a curly
    opener ('“"Hi...”') closes no empty quotation: it pairs with the next
    straight mark (a stray one is reported), and the ” closes the “. Two
    single quotes written for a double one (typewriter style: ‘‘quoted’’ or
    ''quoted'') are that double quote. The same convention read inside one block:
    an opening quote after a full stop while a quotation is open starts the
    quotation's next paragraph (pages and crawls often run paragraphs
    together), so only the last opening quote must close; for straight
    quotes, an opening one is a '"' before a capital letter.
    A paragraph that stops mid-sentence (it ends in a word, number or comma,
    or the next one goes on in lower case) was cut by a crawl's line break:
    its pairs pair across the break. A quotation its speaker introduces
    ('said: "') may run over paragraphs that never reopen it; the fault is
    then reported once, where a later paragraph closes what it never opened.
    A closing curly quote that stands where an opener does (after a space,
    before a word: 'a ”deer’s head,”') is an opener typed the wrong way: it is
    reported as such, once, and pairs with the closer after it. German-style
    quotes („…“, „…”) pair. A quotation mark in a block quotation that a
    plain-text copy kept without its own marks (what follows a lead-in that
    ends in a colon and names the source, "NAFDAC said:", up to the next
    paragraph break) is the source's punctuation and is not reported. A guillemet spaced on both sides, with
    none pointing the other way in the paragraph, separates a breadcrumb trail
    ("Home » Health") and is no quote. In the text's last paragraph, when the text stops there
    mid-sentence (a page cut off by a crawl or a length limit), and in a paragraph that ends on
    an ellipsis (a teaser the site cut: 'research “is set to...'), an opening mark left open may
    close after the cut: the cut is the defect, and this rule reports only what it cannot explain.
    """

    code = "TX102"
    name = "unbalanced-delimiters"
    category = "text-integrity"
    severity = Severity.WARNING
    source = "Copy-editing practice; Chicago Manual of Style 17th ed., 6.9-6.11 (quotation marks)"
    should_fire = (
        "The doctor said, \u201cIt works. Then she left.",
        "Take the tablets (with food every day.",
        'He said "stop now. Then rest.',
        'The policy is to "rely on talent and science. It runs the "first-question system".',
        "Rest) is important.",
        "It is a cow with a \u201ddeer\u2019s head and rabbit ears,\u201d she wrote.",
        "A \u201efaulty gene.",
        "Bollinger says, \u201cwe can take X-rays.\n\nThen we rest.",
        Example("Rest) is important for the", note="a cut-off text still closes nothing it opened"),
    )
    should_not_fire = (
        "The doctor said, \u201cIt works.\u201d Then she left.",
        "The patient\u2019s notes (2023) were clear.",
        "Options: a) rest, b) fluids.",
        'He said "stop now." Then rest.',
        'The "easy" method, the "hard" one and a "sensible" diet.',
        'They say, "the authors call it "Ubble age" in the paper," and left.',
        Example("Use `a(b` in code.", format="markdown"),
        Example(
            "She said: \u201cWe tried everything.\n\n\u201cThen the new drug came.\u201d",
            note="a quotation over two paragraphs",
        ),
        'He said: "We tried everything.\n\n"Then the new drug came."',
        'She said \u201cit works" and left.',
        'She said "it works\u201d and left.',
        Example('\u201c"Hi," she said. "Are you okay?"\u201d', note="straight quotes inside curly ones"),
        'He said: "Hip fractures are common. "We welcome this screening programme."',
        "\u201cWhat is right in 2010,\u2019\u2019 she said, \u201cmay change.\u2019\u2019",
        Example(
            "Bollinger says, \u201cwe can take\n\nX-rays during the operation.\u201d",
            note="a crawl's line break inside the sentence",
        ),
        "A \u201efaulty\u201c gene and a drug called \u201eDenosumab\u201d.",
        Example("Home \u00bb Health \u00bb Diabetes", note="a breadcrumb trail's separators"),
        Example(
            "The agency warned: \u201cSuch claims are misleading and risk the lives of patients fight",
            note="the text is cut off inside the quotation: the cut is TX103's",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        blocks = doc.blocks
        plain = doc.format == "text"
        bi = 0
        while bi < len(blocks):
            # a sentence that a crawl's line break cut in two is one paragraph: its pairs pair
            # across the break (asked only of a paragraph whose pairs do not close: most do)
            last = bi
            found, left_open = self._check_run(doc, bi, last)
            while (
                (found or left_open)
                and last + 1 < len(blocks)
                and _continues(prose, blocks[last], blocks[last + 1], plain)
            ):
                last += 1
                found, left_open = self._check_run(doc, bi, last)
            # the text stops mid-sentence in this, its last paragraph (a page cut off by a crawl or a
            # length limit), or the paragraph ends on an ellipsis (a teaser the site cut: "strokes “is
            # set to..."): what the paragraph opened may close after the cut, and the cut is TX103's
            run_end = prose[blocks[last].start : blocks[last].end]
            # (a paragraph: a list item, a heading or a cell ends without a stop by design)
            cut_off = (
                last == len(blocks) - 1
                and blocks[last].kind in (PARAGRAPH, QUOTE)
                and not ends_sentence(run_end)
            ) or ends_on_ellipsis(run_end)
            for f in found:
                # a quotation mark of a block quotation kept without its own marks (after "the
                # agency said:"): the source's punctuation, reproduced with it
                if doc.prose[f.start] in _QUOTE_MARKS and introduced_passage(doc, f.start) is not None:
                    continue
                if cut_off and doc.prose[f.start] in _OPENERS:
                    continue
                yield f
            bi = last + 1

    def _check_run(self, doc: Document, first: int, last: int) -> tuple[list[Finding], bool]:
        """The pairs of blocks ``first``..``last``, one paragraph the crawl broke mid-sentence:
        the findings, and whether a pair is left open at the end (before any convention excuses it)."""
        # a quotation its speaker introduces ('said: "', 'continued, "') may run over paragraphs
        # that never reopen it (the fault is then the closing paragraph's)
        prose, blocks = doc.prose, doc.blocks
        base = blocks[first].start
        text = _doubled_singles_as_doubles(_run_text(prose, blocks, first, last))
        # a quotation that runs on: the next paragraph reopens it (each paragraph of a
        # quotation opens with a quote mark and only the last one closes)
        follower = _follower(prose, blocks, last)
        runs_on = _doubled_singles_as_doubles(follower[:2])[:1] in ('"', "\u201c")
        stack: list[tuple[str, int]] = []
        enum_closers = {m.start() for m in _ENUM_CLOSER.finditer(text)} if ")" in text else set()
        if ":" in text or "=" in text or ";" in text:
            enum_closers |= {m.start(1) for m in _EMOTICON.finditer(text)}
        straight: list[int] = []
        out: list[Finding] = []
        for dm in _DELIMITERS.finditer(text):  # only the delimiters, not every character
            i, ch = dm.start(), dm.group()
            if ch in _GUILLEMETS and _separator(text, i):
                continue
            if stack and stack[-1][0] == _LOW_OPENER and ch in '"\u201c\u201d':
                stack.pop()  # „...“ or „...”: a German-style pair
            elif ch == _LOW_OPENER:
                stack.append((ch, i))
            elif ch == '"':
                # a straight mark right after the curly opener ('“"Hi...”'; only blanks between:
                # an HTML entity's padding) closes no empty quotation: it opens one inside
                # (closed by the next straight mark), or is a stray, and the ” after is the opener's
                if (
                    stack
                    and stack[-1][0] == "\u201c"
                    and not text[stack[-1][1] + 1 : i].isspace()
                    and stack[-1][1] != i - 1
                    and not (len(straight) % 2 and straight[-1] > stack[-1][1])
                ):
                    stack.pop()  # “...": mixed styles, but a pair
                elif (
                    len(straight) % 2
                    and _REOPENS.match(text, i)
                    and _SENTENCE_BEFORE.search(text, max(0, i - 40), i)
                ):
                    straight[-1] = i  # a straight-quoted quotation's next paragraph, run into this one
                else:
                    straight.append(i)
            elif ch in _PAIRS:
                if ch == "(" and i in enum_closers:
                    continue  # a sad face's mouth, ":("
                if (
                    ch == "\u201c"
                    and stack
                    and stack[-1][0] == ch
                    and _SENTENCE_BEFORE.search(text, max(0, i - 40), i)
                ):
                    stack.pop()  # a quotation's next paragraph, run into this one by the crawl
                stack.append((ch, i))
            elif ch in _CLOSERS:
                if stack and stack[-1][0] == _CLOSERS[ch]:
                    stack.pop()
                elif ch == "\u201d" and len(straight) % 2:
                    straight.pop()  # "...”: mixed styles, but a pair
                elif i in enum_closers:
                    continue
                elif any(o == _CLOSERS[ch] for o, _ in stack):
                    while stack and stack[-1][0] != _CLOSERS[ch]:
                        o, at = stack.pop()
                        out.append(self._unclosed(base + at, o))
                    stack.pop()
                elif ch == "\u201d" and _word_opens(text, i):
                    # ' a ”deer’s head,”': an opener typed the wrong way; it opens, and the one
                    # fault is the mark, not a second one at the quotation's real closer
                    out.append(
                        Finding(base + i, base + i + 1, "'\u201d' opens a quotation here", ("\u201c",))
                    )
                    stack.append(("\u201c", i))
                else:
                    out.append(Finding(base + i, base + i + 1, f"{ch!r} closes nothing"))
        for o, at in stack:
            if (
                (o, at) == stack[-1]
                and o in "\u201c\u201e"
                and (runs_on or (_introduced(text, at) and _closed_later(doc, last)))
            ):
                continue
            out.append(self._unclosed(base + at, o))
        if straight and not len(straight) % 2:
            at_open = _straight_opened_twice(text, straight)
            if at_open is not None:
                out.append(
                    Finding(
                        base + at_open,
                        base + at_open + 1,
                        "straight quote '\"' is never closed: the next straight quote opens another quotation",
                    )
                )
        if len(straight) % 2:
            at = straight[-1]
            if text[at + 1 :].strip() and (runs_on or (_introduced(text, at) and _closed_later(doc, last))):
                return out, True
            at = _stray_straight(text, straight)
            out.append(Finding(base + at, base + at + 1, "unpaired straight quote '\"' in this paragraph"))
        return out, bool(stack) or bool(len(straight) % 2)

    @staticmethod
    def _unclosed(offset: int, opener: str) -> Finding:
        closer = _PAIRS.get(opener, "\u201c")
        return Finding(offset, offset + 1, f"{opener!r} is never closed in this paragraph", (closer,))


_GUILLEMETS = {"\u00ab": "\u00bb", "\u00bb": "\u00ab"}


def _word_opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` stands where an opening quote does: after a space or bracket
    (or first) and right before a letter or digit."""
    return (i == 0 or text[i - 1].isspace() or text[i - 1] in "([") and text[i + 1 : i + 2].isalnum()


def _separator(text: str, i: int) -> bool:
    """A guillemet with a space on both sides in a paragraph with none pointing the other way is
    a separator, not a quote: a breadcrumb trail ("Home » Health » Diabetes") or a "Read more »"
    link. French quotes are spaced too ("« Bonjour »"), but always come in both directions."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isspace() and after.isspace() and _GUILLEMETS[text[i]] not in text


_OPENS_AFTER = frozenset(" \t\n([{/\u2014\u2013-")
_CLOSES_BEFORE = frozenset(" \t\n.,;:!?)]}/\u2014\u2013-")


def _clearly_opens(text: str, i: int) -> bool:
    """A straight quote that can only open: after a space, a bracket or the start, before a letter
    (not a digit: '12" ruler' is an inch mark)."""
    return (i == 0 or text[i - 1] in " \t\n([") and text[i + 1 : i + 2].isalpha()


def _straight_opened_twice(text: str, marks: list[int]) -> int | None:
    """An even count of straight quotes that still do not pair: two in a row that can only open
    ('policy is to "rely on talent ... of the "first-question system"'), the second not a
    quotation's next paragraph run into this one (after a sentence's end, before a capital). The
    first of the two is returned: it is the one never closed."""
    k = 0
    while k + 1 < len(marks):
        a, b = marks[k], marks[k + 1]
        if not (_clearly_opens(text, a) and _clearly_opens(text, b)) or (
            _REOPENS.match(text, b) and _SENTENCE_BEFORE.search(text, max(0, b - 40), b)
        ):
            k += 2
            continue
        # a quotation inside a quotation, both in straight marks (open, open, close, close: 'say,
        # "the authors call it "Ubble age" ..."'): nested, and each is closed
        if (
            k + 3 < len(marks)
            and not _clearly_opens(text, marks[k + 2])
            and not _clearly_opens(text, marks[k + 3])
        ):
            k += 4
            continue
        return a
    return None


def _stray_straight(text: str, marks: list[int]) -> int:
    """Which of an odd number of straight quotes is the stray one.

    A mark after a space and before a word opens; a mark after a word and before a space or
    a stop closes ('In this logical" either-or framework' closes nothing, since the quotation
    before it was closed). Walking the marks in order, the first that closes when nothing is
    open, or that opens while a quotation is open, is the fault ('a decade from now, "doctors
    will' inside an open quotation); marks glued on both sides follow the pairing. With no such
    mark, the last is.
    """
    open_at: int | None = None
    for i in marks:
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = before in _OPENS_AFTER and after not in _CLOSES_BEFORE
        closes = before not in _OPENS_AFTER and after in _CLOSES_BEFORE
        if open_at is None:
            if closes:
                return i
            open_at = i
        elif opens:
            return i
        else:
            open_at = None
    return open_at if open_at is not None else marks[-1]


def _continues(prose: str, block: Block, nxt: Block, plain: bool) -> bool:
    """Whether paragraph ``nxt`` carries on the sentence ``block`` broke off: ``block`` ends
    without a sentence's closing punctuation, or ``nxt`` goes on in lower case."""
    # in plain text a short line without a stop reads as a heading: a crawl's cut-off line too
    if nxt.kind != PARAGRAPH or (block.kind != PARAGRAPH and not (plain and block.kind == HEADING)):
        return False
    tail = prose[max(block.start, block.end - 4) : block.end].rstrip()
    head = prose[nxt.start : min(nxt.end, nxt.start + 4)].lstrip()
    if not tail or not head or head[0] in '"\u201c\u201e':
        return False  # a paragraph opening with a quote mark starts afresh (or reopens a quotation)
    return tail[-1].isalnum() or tail[-1] in _MID_SENTENCE_END or head[0].islower()


def _follower(prose: str, blocks: list[Block], last: int) -> str:
    """The text of the paragraph after block ``last`` that may reopen a quotation: the next block,
    or the first after the lines a page sets between a quotation's paragraphs (captions, an ad
    label, a link line: short, and not ended like a sentence; ``_MAX_INTERJECTIONS``)."""
    for k in range(last + 1, min(len(blocks), last + 2 + _MAX_INTERJECTIONS)):
        b = blocks[k]
        text = prose[b.start : b.end].strip()
        if (
            k == last + 1 + _MAX_INTERJECTIONS
            or b.kind == HEADING
            or text[:1] in ('"', "\u201c", "\u2018", "'")
        ):
            return text
        # a line ending mid-sentence ("Dr Lee, the journal's editor, said,") runs on into the next
        # paragraph: it introduces a new quotation and is not set between one's paragraphs
        interjection = b.kind == CAPTION or (
            text[-1:] not in _SENTENCE_END
            and text[-1:] not in _MID_SENTENCE_END
            and len(text.split()) <= _INTERJECTION_WORDS
        )
        if not interjection:
            return text
    return ""


def _run_text(prose: str, blocks: list[Block], first: int, last: int) -> str:
    """The text of blocks ``first``..``last`` with the gaps between them as spaces (so offsets
    stay those of the prose)."""
    if first == last:
        return prose[blocks[first].start : blocks[first].end]
    parts: list[str] = []
    for k in range(first, last + 1):
        if k > first:
            parts.append(" " * (blocks[k].start - blocks[k - 1].end))
        parts.append(prose[blocks[k].start : blocks[k].end])
    return "".join(parts)


def _introduced(text: str, at: int) -> bool:
    """Whether the quote mark at ``at`` follows its speaker's introduction: a colon or comma."""
    before = text[max(0, at - 3) : at].rstrip()
    return before[-1:] in (":", ",")


def _closed_later(doc: Document, last: int) -> bool:
    """Whether a quotation left open at the end of block ``last`` is closed a few paragraphs on:
    the first quote mark of the following paragraphs closes (a straight one after a word or
    stop, not before a word; or a ”). The quotation ran over paragraphs that never reopened
    it, and that closing paragraph is where the fault shows (it closes what it never opened)."""
    prose, blocks = doc.prose, doc.blocks
    for k in range(last + 1, min(len(blocks), last + 1 + _QUOTATION_LOOKAHEAD)):
        if blocks[k].kind != PARAGRAPH:
            return False
        b = blocks[k]
        m = _QUOTE_MARK.search(prose, b.start, b.end)
        if m is None:
            continue
        at = m.start()
        if m.group() == "\u201d":
            return True
        if m.group() == "\u201c":
            return False
        before = prose[at - 1] if at > b.start else " "
        after = prose[at + 1] if at + 1 < b.end else " "
        return not before.isspace() and not after.isalnum()
    return False
