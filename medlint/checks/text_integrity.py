"""TX: broken punctuation, unpaired quotes and brackets, truncated and fragmentary text.

These are the marks a translation pipeline or a careless paste leaves behind.
Every pattern is checked against the *source* as well as the prose view: in
Markdown a blanked link target leaves spaces in the prose before a full stop
that are not in the source, and those must not count as "space before
punctuation".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..diagnostic import Edit, Fix, Severity
from ..document import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE_CELL, WORD_RE, Block, Document
from ..lazy_re import lazy_compile
from ..quotes import double_quotes, inside_quotes
from ..rule import Example, Finding, Needs, Option, Rule
from ..segment import ABBREVIATIONS, TERMINAL

_PUNCT_THEN_COMMA = lazy_compile(r"([.;:!?])([ \t]+)([,;])(?=[ \t]|$)")
_COMMA_PERIOD = lazy_compile(r"(,)(\.)(?!\.)|(?<=\w)(\.)(,)")
_DOUBLED = lazy_compile(r"(?<![.,;])([,;])\1(?![,;])|(?<!\.)\.\.(?!\.)")
_SPACE_BEFORE = lazy_compile(r"(?<=\w)([ \t]+)([,;:.!?])(?=[ \t\"'\u201d\u2019)]|$)", re.MULTILINE)
_QUOTE_THEN_STOP = lazy_compile(r"([\u201c\u2018])[ \t]*([.,;:])")
_LEADING_COMMA = lazy_compile(r"^[ \t]*,")


# a bare address, not a link's target; crawls often break one after its dots ("http://www. aan. com/ x")
_URL_BEFORE = lazy_compile(r"(?:https?://|www ?\.)(?:[^\s()<>\[\]]*[./] )*[^\s()<>\[\]]+$")


def _abbreviation(word: str) -> bool:
    """A word whose full stop is an abbreviation's: "e.g", "U.S", an initial "J", "Calif", "Inc".

    After these a comma is correct ("Portland, Ore., said"). A capitalised
    word of up to five letters is taken as an abbreviation: state, month and
    company abbreviations are, and few sentence-final proper names are that
    short.
    """
    bare = word.strip("(\"'\u201c\u2018").rsplit("-", 1)[-1]  # "D-Mass": party and state
    if bare.lower() in ABBREVIATIONS or "." in bare:
        return True
    return bare[:1].isupper() and bare.isalpha() and len(bare) <= 5


def _has_any(text: str, *needles: str) -> bool:
    return any(n in text for n in needles)


class StrayPunctuation(Rule):
    """Doubled or conflicting punctuation marks: ". ,", ",.", ",,", " ." and "“.".

    Machine translation and careless merging leave marks that belong to no
    sentence. Where the intended text is unambiguous (a doubled comma, a space
    before a full stop, a comma after a full stop) the fix is safe.
    """

    code = "TX101"
    name = "stray-punctuation"
    category = "text-integrity"
    severity = Severity.WARNING
    source = "Copy-editing practice; Chicago Manual of Style 17th ed., ch. 6 (punctuation)"
    should_fire = (
        Example(
            "Symptoms eased. , Most patients went home.", fixed="Symptoms eased. Most patients went home."
        ),
        Example("Take it twice a day , with food.", fixed="Take it twice a day, with food."),
        Example("Drink water,, and rest.", fixed="Drink water, and rest."),
        Example("The results were good \u201c."),
        Example("Rest is key,. Sleep helps.", fixed="Rest is key. Sleep helps."),
        Example("See [the guide](https://example.org) . It helps.", format="markdown"),
    )
    should_not_fire = (
        "Rest, e.g., sleep, helps.",
        "Wait... then retest.",
        "The dose was 2.5 mg.",
        Example("See [the guide](https://example.org). It helps.", format="markdown"),
        Example("Read <a href='x'>this</a>.", format="html"),
        "He asked: \u201cIs it safe?\u201d She nodded.",
        "Doses (see table 2). Then stop.",
        "He lives in Portland, Ore., with his wife.",
        "It killed Sen. Edward Kennedy, D-Mass., in 2009.",
        "The exposure is continuous . . . and constant.",
        "McCann, J. C., Shigenaga, M. K. and Ames, B. N. reported it.",
        "Follow her at http://www.twitter.com/lindsey . Her work is online.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        src, prose = doc.source, doc.prose
        # each pattern needs one of a few two-character sequences; most texts have none
        for m in _PUNCT_THEN_COMMA.finditer(prose) if _has_any(prose, " ,", " ;", "\t,", "\t;") else ():
            s = m.start(2)
            yield Finding(
                m.start(),
                m.end(),
                f"stray {m.group(3)!r} after {m.group(1)!r}",
                (m.group(1),),
                Fix((Edit(s, m.end(), ""),), "remove the stray mark", safe=True),
            )
        for m in _COMMA_PERIOD.finditer(prose) if _has_any(prose, ",.", ".,") else ():
            if m.group(3):  # ".," after a word: fine after abbreviations ("e.g.,", "etc.,")
                word = re.search(r"(\S+)$", prose[max(0, m.start() - 40) : m.start()])
                if word and _abbreviation(word.group(1)):
                    continue
                yield Finding(m.start(), m.end(), "conflicting marks '.,'", (".", ","))
            else:
                yield Finding(
                    m.start(),
                    m.end(),
                    "conflicting marks ',.'",
                    (".",),
                    Fix((Edit(m.start(), m.start() + 1, ""),), "keep the full stop", safe=True),
                )
        for m in _DOUBLED.finditer(prose) if _has_any(prose, ",,", ";;", "..") else ():
            yield Finding(
                m.start(),
                m.end(),
                f"doubled {m.group()[0]!r}",
                (m.group()[0],),
                Fix((Edit(m.start() + 1, m.end(), ""),), "remove the extra mark", safe=True),
            )
        spaced = _has_any(prose, " ,", " ;", " :", " .", " !", " ?", "\t")
        for m in _SPACE_BEFORE.finditer(prose) if spaced else ():
            mark = m.start(2)
            ws_start = mark
            while ws_start > m.start(1) and src[ws_start - 1] in " \t":
                ws_start -= 1
            if ws_start == mark:
                continue  # blanked markup in the prose view, not a real space in the source
            if prose[mark : mark + 3] == "..." or prose[mark : mark + 4] == ". . ":
                continue  # an ellipsis, closed or spaced ("continuous . . . and")
            if m.group(2) in ".," and _URL_BEFORE.search(src, max(0, ws_start - 300), ws_start):
                continue  # a space kept on purpose so the mark is not read as part of the address
            yield Finding(
                ws_start,
                m.end(),
                f"space before {m.group(2)!r}",
                (m.group(2),),
                Fix((Edit(ws_start, mark, ""),), "remove the space", safe=True),
            )
        for m in _QUOTE_THEN_STOP.finditer(prose) if _has_any(prose, "\u201c", "\u2018") else ():
            yield Finding(
                m.start(),
                m.end(),
                f"an opening quote {m.group(1)!r} followed by {m.group(2)!r} quotes nothing",
            )
        for block in doc.blocks:
            lead = _LEADING_COMMA.match(prose, block.start)
            if lead and block.kind != TABLE_CELL:
                yield Finding(block.start, lead.end(), "a block starts with a comma")


_PAIRS = {"(": ")", "[": "]", "{": "}", "\u201c": "\u201d", "\u00ab": "\u00bb"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_DELIMITERS = lazy_compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS)) + '"]')
_SENTENCE_BEFORE = lazy_compile(r"[.!?]\s+$")
_ENUM_CLOSER = lazy_compile(r"(?:^|(?<=[\s(]))[a-zA-Z0-9ivx]{1,3}\)")


class UnbalancedDelimiters(Rule):
    """Quotes and brackets that do not pair up within a paragraph.

    An unclosed quotation hides where a speaker's words end: in health copy
    that is the difference between a researcher's claim and the article's.
    Pairs are checked per block: brackets, curly double quotes and, by count,
    straight double quotes. Apostrophes (’) are not quotes. Enumerations like
    "a)" or "2)" are not closing brackets. A quotation that runs over several
    paragraphs follows the printers' convention: each paragraph opens with a
    quote mark and only the last one closes, so a paragraph whose last
    opening quote stays open is fine when the next paragraph opens a quote.
    A curly quote closed by a straight one, or the reverse, is a pair (their
    mixture is TX106's business). The same convention read inside one block:
    an opening quote after a full stop while a quotation is open starts the
    quotation's next paragraph (pages and crawls often run paragraphs
    together), so only the last opening quote must close.
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
        "Rest) is important.",
    )
    should_not_fire = (
        "The doctor said, \u201cIt works.\u201d Then she left.",
        "The patient\u2019s notes (2023) were clear.",
        "Options: a) rest, b) fluids.",
        'He said "stop now." Then rest.',
        Example("Use `a(b` in code.", format="markdown"),
        Example(
            "She said: \u201cWe tried everything.\n\n\u201cThen the new drug came.\u201d",
            note="a quotation over two paragraphs",
        ),
        'He said: "We tried everything.\n\n"Then the new drug came."',
        'She said \u201cit works" and left.',
        'She said "it works\u201d and left.',
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        blocks = doc.blocks
        for bi, block in enumerate(blocks):
            text = prose[block.start : block.end]
            # a quotation that runs on: the next paragraph reopens it (each paragraph of a
            # quotation opens with a quote mark and only the last one closes)
            follower = (
                prose[blocks[bi + 1].start : blocks[bi + 1].end].lstrip() if bi + 1 < len(blocks) else ""
            )
            runs_on = follower[:1] in ('"', "\u201c")
            stack: list[tuple[str, int]] = []
            enum_closers = {m.end() - 1 for m in _ENUM_CLOSER.finditer(text)} if ")" in text else set()
            straight = []
            for dm in _DELIMITERS.finditer(text):  # only the delimiters, not every character
                i, ch = dm.start(), dm.group()
                if ch == '"':
                    if stack and stack[-1][0] == "\u201c":
                        stack.pop()  # “...": mixed styles, but a pair
                    else:
                        straight.append(i)
                elif ch in _PAIRS:
                    if (
                        ch == "\u201c"
                        and stack
                        and stack[-1][0] == ch
                        and _SENTENCE_BEFORE.search(text, 0, i)
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
                            yield self._unclosed(block.start + at, o)
                        stack.pop()
                    else:
                        yield Finding(block.start + i, block.start + i + 1, f"{ch!r} closes nothing")
            for o, at in stack:
                if not (runs_on and o == "\u201c" and (o, at) == stack[-1]):
                    yield self._unclosed(block.start + at, o)
            if len(straight) % 2 and not (runs_on and text[straight[-1] + 1 :].strip()):
                at = straight[-1]
                yield Finding(
                    block.start + at, block.start + at + 1, "unpaired straight quote '\"' in this paragraph"
                )

    @staticmethod
    def _unclosed(offset: int, opener: str) -> Finding:
        return Finding(offset, offset + 1, f"{opener!r} is never closed in this paragraph", (_PAIRS[opener],))


FUNCTION_WORDS = frozenset(
    "of and the a an to for with in on or by from as that at into than but nor our your their its "
    "is are was were be this these those which who whose".split()
)


_FOOTNOTE_AFTER_STOP = lazy_compile(
    r"[.!?][\"'\u201d\u2019)\]]*(?:\d{1,3}(?:[,\u2013-]\d{1,3})*|\[\d{1,3}(?:[,\u2013-]\d{1,3})*\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+)$"
)
_INLINE_LIST_ITEM = lazy_compile(r"(?:^|\s)[-\u2022*\u2013]\s+\S")


class TruncatedText(Rule):
    """The text, or a paragraph, stops in the middle of a sentence.

    A scraped or truncated page often ends on a dangling function word
    ("... see our disclaimer of"); a cut disclaimer ends the same way. A
    paragraph that ends on a word like "of", "and" or "the" was cut off. The
    whole text may also stop after a long run of words with no closing
    punctuation.

    What is not truncation, by structure rather than by wording: headings,
    list items, captions and table cells; lines of a list or table written as
    separate short lines (several lines in a row that end without
    punctuation); a lead-in followed by a list ("... such as" then "- item");
    a paragraph whose sentence carries on in the next block (it starts in
    lower case: a hard line break, not a cut); a sentence closed before a
    footnote number ("as early as possible.20,21"); inline lists flattened
    into "- item - item" runs, or run together after a colon ("include:
    Nasal obstruction Loss of smell"). Only the last block of the document may be
    reported for a missing full stop alone; any block may be reported for a
    dangling function word.
    """

    code = "TX103"
    name = "truncated-text"
    category = "text-integrity"
    severity = Severity.ERROR
    options = {
        "min-words": Option(
            12,
            int,
            "A final sentence of at least this many words with no closing punctuation is reported as cut.",
        )
    }
    source = "Editorial completeness (HONcode principle 'Transparency'; JAMA benchmark 'Disclosure' needs complete text)"
    should_fire = (
        "Most people recover within a week.\n\nFor more details, read the full statement of",
        "Children under twelve should not take this medicine because the dose for their age has not been established and",
        "Rest and fluids help.\n\nThe content of this page is for",
        "Rest and fluids help.\n\nDoctors say that the safest plan is to rest and to ask for help from the\n\nDrink water.",
    )
    should_not_fire = (
        "Most people recover within a week.",
        "What to look out for\n\nFever and a rash are common.",
        Example("- Ask about side effects and\n- Rest", format="markdown"),
        Example("See the [guidance](https://example.org)", format="markdown"),
        "The full report is at https://example.org/report",
        Example(
            "The two main types of surgery for hernias are\n\n- Open hernia repair.\n- Laparoscopic repair.",
            format="markdown",
            note="a lead-in followed by a list",
        ),
        Example(
            "Treatment should start as early as possible.20,21\n\nMost people recover.",
            note="a footnote number after the full stop",
        ),
        Example(
            "Other conditions raise the risk of arrhythmias, such as:\n\n"
            "Heart tissue that is too thick or stiff or that has not formed normally in the womb\n\n"
            "Leaking or narrowed heart valves, which make the heart work too hard and can lead to heart failure\n\n"
            "Diabetes, which increases the risk of high blood pressure and coronary heart disease",
            note="list items written as separate lines",
        ),
        Example(
            "Services include:  - Diagnostic Tests  - Drug Therapy  - Surgery and Rehabilitation  - Palliative Care",
            note="an inline list flattened into '- item' runs",
        ),
        Example("Patients 120 mg daily 45%\nPlacebo 0 mg daily 30%", note="table rows written as lines"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        blocks = doc.blocks
        if not blocks:
            return
        last_index = len(blocks) - 1
        open_ends = [not self._closed(doc.prose[b.start : b.end]) for b in blocks]
        for bi, block in enumerate(blocks):
            is_last = bi == last_index
            if block.kind not in (PARAGRAPH, QUOTE) and not is_last:
                continue
            if block.kind in (LIST_ITEM, TABLE_CELL, CAPTION) or not open_ends[bi]:
                continue
            if self._ends_in_markup(doc, block.end):
                continue
            text = doc.prose[block.start : block.end]
            words = WORD_RE.findall(text)
            if not words:
                continue
            dangling = words[-1].lower() in FUNCTION_WORDS
            if block.kind == HEADING and not (is_last and dangling):
                continue
            if self._list_or_table(text) or self._in_run_of_open_lines(open_ends, blocks, bi):
                continue
            if not is_last and self._continues(doc, blocks[bi + 1]):
                continue
            last_sentence = _SENTENCE_END.split(text)[-1]
            # after a colon comes a list ("include: Nasal obstruction Loss of smell"), not a clause
            long_open = ":" not in last_sentence and len(last_sentence.split()) >= self.opts["min-words"]
            if dangling or (is_last and long_open):
                start = block.start + text.rfind(words[-1])
                why = f"ends on {words[-1]!r}" if dangling else "has no closing punctuation"
                what = "the text" if is_last else "this paragraph"
                yield Finding(start, block.end, f"{what} stops mid-sentence: it {why}")

    @staticmethod
    def _closed(text: str) -> bool:
        """The block ends a sentence: a closing mark, or one followed by a footnote number."""
        stripped = text.rstrip()
        # an asterisk after the stop marks a footnote ("... approved.*")
        return stripped[-1:] in TERMINAL + "*" or bool(_FOOTNOTE_AFTER_STOP.search(stripped))

    @staticmethod
    def _list_or_table(text: str) -> bool:
        """Several short lines, or an inline '- item - item' run: a list or table, not a sentence."""
        lines = [line for line in text.strip().splitlines() if line.strip()]
        if len(lines) >= 2:
            return True
        return len(_INLINE_LIST_ITEM.findall(text)) >= 2

    @staticmethod
    def _in_run_of_open_lines(open_ends: list[bool], blocks: Sequence[Block], bi: int) -> bool:
        """A neighbouring paragraph also ends open: the lines are items of a list written as paragraphs."""
        for nb in (bi - 1, bi + 1):
            if 0 <= nb < len(blocks) and open_ends[nb] and blocks[nb].kind in (PARAGRAPH, LIST_ITEM, QUOTE):
                return True
        return False

    @staticmethod
    def _continues(doc: Document, following: Block) -> bool:
        """The next block is a list, or carries the sentence on in lower case."""
        if following.kind in (LIST_ITEM, TABLE_CELL):
            return True
        head = doc.prose[following.start : following.end].lstrip()
        return bool(head) and (head[0].islower() or head[0] in "-\u2022*")

    @staticmethod
    def _ends_in_markup(doc: Document, end: int) -> bool:
        """A block whose source continues with blanked markup (a link, code) on the same line."""
        nl = doc.source.find("\n", end)
        rest = doc.source[end : nl if nl != -1 else len(doc.source)]
        return bool(rest.strip()) and not doc.prose[end : end + len(rest)].strip()


_SENTENCE_END = lazy_compile(r"[.!?]\s")


_SUBORDINATE_START = lazy_compile(
    r"^[,\s]*(?:in order to|so that|resulting in|such as|due to|because of|which|whereas|"
    r"in order for|thus making|thereby)\b",
    re.IGNORECASE,
)


def _is_finite(token: Any) -> bool:
    """A finite verb or modal outside a subordinate clause, by spaCy's morphology and tags."""
    if token.dep_ in ("advcl", "acl", "relcl", "csubj", "ccomp", "xcomp", "pcomp"):
        return False
    return "Fin" in (token.morph.get("VerbForm") or ()) or token.tag_ in ("VBD", "VBZ", "VBP", "MD")


class SentenceFragment(Rule):
    """A sentence with no main clause, such as "In order to improve safety!".

    With a trained spaCy pipeline configured (``nlp.model = "auto"`` or a
    package name) and installed, a sentence of three or more tokens with no
    finite verb outside a subordinate clause is a fragment. With the blank
    pipeline (the default) a conservative heuristic is used instead: a
    sentence that opens with a subordinating phrase ("In order to", "So that",
    "Resulting in", "Due to", ...) and contains no comma after which a main
    clause could follow. Machine translation produces exactly these when it
    splits one long source sentence into several.
    """

    code = "TX104"
    name = "sentence-fragment"
    category = "text-integrity"
    severity = Severity.WARNING
    needs = Needs.TEXT
    source = "Chicago Manual of Style 17th ed., 5.226 (sentence fragments in formal prose)"
    should_fire = (
        "In order to keep patients safe!",
        "The trial ended early. So that the results can be checked again.",
        "Doctors changed the dose. Resulting in fewer side effects.",
    )
    should_not_fire = (
        "In order to keep patients safe, the trial ended early.",
        "So that everyone can read it, we use plain words.",
        "The trial ended early so that the results can be checked.",
        Example("In order to sleep well", note="headings are not sentences"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        from ..nlp import get_syntax_nlp

        # the trained pipeline is used only when the user asked for one (nlp.model) and it is installed
        nlp = get_syntax_nlp(self.config.nlp_model) if self.config.nlp_model not in ("", "blank") else None
        sentences = [s for s in doc.sentences if doc.blocks[s.block].kind != HEADING]
        if nlp is not None:
            for s, parsed in zip(sentences, nlp.pipe(s.text for s in sentences), strict=True):
                if len(parsed) >= 3 and not any(_is_finite(t) for t in parsed):
                    yield Finding(s.start, s.end, "sentence fragment: no finite verb")
            return
        for s in sentences:
            text = s.text
            if _SUBORDINATE_START.match(text) and "," not in text.lstrip(", ").rstrip(".!?"):
                yield Finding(s.start, s.end, "sentence fragment: a subordinate clause with no main clause")


class ExclamationInClinicalText(Rule):
    """Exclamation marks in the body of a health article.

    Clinical writing reports; it does not exclaim. An exclamation mark turns
    information into promotion ("... can finally be cured!"). Quoted speech is
    exempt.
    """

    code = "TX105"
    name = "exclamation-in-clinical-text"
    category = "text-integrity"
    severity = Severity.INFO
    source = "AMA Manual of Style 11th ed., 8.5 (exclamation point rarely used in scientific writing)"
    should_fire = ("This new treatment works!", Example("- Book your test today!", format="markdown"))
    should_not_fire = (
        "This new treatment may help.",
        "She said, \u201cWhat a relief!\u201d and went home.",
        Example("# Act fast!\n\nCall an ambulance for stroke signs.", format="markdown"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        for block in doc.blocks:
            if block.kind == HEADING:
                continue
            text = doc.prose[block.start : block.end]
            at = text.find("!")
            while at != -1:
                if not inside_quotes(doc, block.start + at):
                    yield Finding(
                        block.start + at,
                        block.start + at + 1,
                        "exclamation mark in clinical text",
                        ("end the sentence with a full stop",),
                    )
                at = text.find("!", at + 1)


class MixedQuoteStyles(Rule):
    """Straight and curly double quotes mixed in one document.

    A mix betrays text pasted from different sources (often a translation
    pasted into a template). Reported once, at the first quote of the less
    frequent style.
    """

    code = "TX106"
    name = "mixed-quote-styles"
    category = "text-integrity"
    severity = Severity.INFO
    source = "House-style consistency (Chicago Manual of Style 17th ed., 6.115 on smart quotes)"
    should_fire = ('He said \u201cyes\u201d. She said "no". They said \u201cmaybe\u201d.',)
    should_not_fire = ("He said \u201cyes\u201d. She said \u201cno\u201d.", 'He said "yes". She said "no".')

    def check(self, doc: Document) -> Iterable[Finding]:
        marks = list(double_quotes(doc.prose))
        kinds = {k for _, k in marks}
        if len(kinds) < 2:
            return
        straight = sum(1 for _, k in marks if k == "straight")
        minority = "straight" if straight <= len(marks) - straight else "curly"
        at = next(o for o, k in marks if k == minority)
        yield Finding(
            at,
            at + 1,
            f"{minority} quotes mixed with {'curly' if minority == 'straight' else 'straight'} quotes",
        )
