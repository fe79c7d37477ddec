"""TX103 truncated-text: The text, or a paragraph, stops in the middle of a sentence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...diagnostic import Severity
from ...document import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE_CELL, Block, Document
from ...rule import Example, Finding, Option, Rule
from ...text.lazy_re import lazy_compile
from ...text.tokens import WORD_RE
from ._shared import ends_sentence

FUNCTION_WORDS = frozenset(
    "of and the a an to for with in on or by from as that at into than but nor our your their its "
    "is are was were be this these those which who whose".split()
)


_INLINE_LIST_ITEM = lazy_compile(r"(?:^|\s)[-\u2022*\u2013]\s+\S")


#: a credit line of its own: "By Rachel Saslow,", "Reporting by Jane Roe and John Poe;" (the scraper
#: dropped what followed the comma: the writer's title or paper, not part of a sentence)
_CREDIT_LINE = lazy_compile(
    r"\s*(?i:by|written\s+by|reporting\s+by|reported\s+by|story\s+by|photos?\s+by|text\s+by)\s+"
    r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&|,))*\s*[,;]?\s*"
)


#: verbs whose "on" may end a clause as an adverb particle, with no object: "as the pandemic drags on",
#: "life goes on", "the trial carries on" (a grammar lexicon; "depends on", "based on" take an object)
_INTRANSITIVE_ON = frozenset(
    "drag go carry move hold press live catch log sign wear come hang soldier play".split()
)


_IRREGULAR_FORMS = {
    "went": "go",
    "gone": "go",
    "held": "hold",
    "caught": "catch",
    "wore": "wear",
    "worn": "wear",
    "came": "come",
    "hung": "hang",
}


def _base_forms(verb: str) -> set[str]:
    """The base forms an inflected verb may come from: "drags" -> drag, "carried" -> carry,
    "dragging" -> drag (a doubled consonant), "went" -> go."""
    forms = {verb}
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("d", ""),
        ("ing", ""),
    ):
        if verb.endswith(suffix) and len(verb) > len(suffix) + 1:
            stem = verb[: -len(suffix)] + repl
            forms.add(stem)
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])  # dragged, dragging
    if verb in _IRREGULAR_FORMS:
        forms.add(_IRREGULAR_FORMS[verb])
    return forms


def _ends_on_particle(words: list[str]) -> bool:
    """The block ends on "on" as the particle of an intransitive phrasal verb ("drags on")."""
    if len(words) < 2 or words[-1].lower() != "on":
        return False
    return bool(_base_forms(words[-2].lower()) & _INTRANSITIVE_ON)


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
    punctuation); an item of a semicolon list whose last item is the next
    block ("...; and"); a credit line of its own ("By Jane Roe,": a byline whose
    affiliation the scraper dropped); a label line of up to three words ending
    in a comma over a capitalised line (a fact box's "Facts,", a contact's job
    title "Head of Department," above the name); a sentence closed before a stray
    opening quote ("... for that. \u201c"); a lead-in followed by a list ("... such as" then "- item");
    a paragraph whose sentence carries on in the next block (it starts in
    lower case: a hard line break, not a cut); a sentence closed before a
    footnote number ("as early as possible.20,21"); inline lists flattened
    into "- item - item" runs, or run together after a colon ("include:
    Nasal obstruction Loss of smell"). Only the last block of the document may be
    reported for a missing full stop alone; any block may be reported for a
    dangling function word.

    Severity follows the evidence. A dangling function word is an error: no
    sentence ends on "of". A long last sentence that merely lacks its full stop
    is info: on real news pages (FakeHealth) all seven such findings were page
    lines that end without one by convention (a "visit X" link line, a list of
    related headlines, "can be found here" link text), none a cut. A
    press-release end mark ("###", "-30-", "-END-") after the last sentence is not
    part of it.
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
        Example(
            "Antibodies clear debris from the blood; their profile changes with age; and\n\n"
            "Diseases change the profile in ways a test can read.",
            note="a semicolon list whose last item is the next paragraph",
        ),
        Example(
            "Laser treatment for toenail fungus\n\nBy Rachel Roe,\n\nFor people with toenail fungus, summer is hard.",
            note="a byline whose affiliation was dropped after the comma",
        ),
        Example(
            "Rest helps.\n\nHead of Department,\n\nProfessor Arne Astrup, MD\n\nEmail: a@example.org",
            note="a job title over a name in a contact block",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        blocks = doc.blocks
        if not blocks:
            return
        last_index = len(blocks) - 1
        open_ends = [not ends_sentence(doc.prose[b.start : b.end]) for b in blocks]
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
            # a sentence never ends on "of" or on a comma: the text was cut there
            trailing_comma = text.rstrip()[-1:] in (",", ";")
            dangling = (
                words[-1].lower() in FUNCTION_WORDS and not _ends_on_particle(words)
            ) or trailing_comma
            if block.kind == HEADING and not (is_last and dangling):
                continue
            if self._list_or_table(text) or self._in_run_of_open_lines(open_ends, blocks, bi):
                continue
            if _CREDIT_LINE.fullmatch(text):
                continue  # a byline, not a sentence
            if (
                trailing_comma
                and len(words) <= _LABEL_WORDS
                and not is_last
                and self._capitalised(doc, blocks[bi + 1])
            ):
                continue  # a label line: a fact box's "Facts,", a job title above a name
            if not is_last and (self._continues(doc, blocks[bi + 1]) or _LIST_ITEM_JOIN.search(text)):
                continue
            last_sentence = _SENTENCE_END.split(text)[-1]
            # after a colon comes a list ("include: Nasal obstruction Loss of smell"), not a clause
            long_open = ":" not in last_sentence and len(last_sentence.split()) >= self.opts["min-words"]
            if dangling:
                start = block.start + text.rfind(words[-1])
                what = "the text" if is_last else "this paragraph"
                last = repr(text.rstrip()[-1]) if trailing_comma else repr(words[-1])
                yield Finding(start, block.end, f"{what} stops mid-sentence: it ends on {last}")
            elif is_last and long_open:
                start = block.start + text.rfind(words[-1])
                yield Finding(
                    start,
                    block.end,
                    "the text may stop mid-sentence: its last sentence has no closing punctuation",
                    severity=Severity.INFO,
                )

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
        """The next block is a list, carries the sentence on in lower case, or is the quotation a
        "said," introduces."""
        if following.kind in (LIST_ITEM, TABLE_CELL):
            return True
        head = doc.prose[following.start : following.end].lstrip()
        return bool(head) and (head[0].islower() or head[0] in "-\u2022*\"\u201c\u2018'")

    @staticmethod
    def _capitalised(doc: Document, following: Block) -> bool:
        """The next block opens with a capital letter: a new line of its own, not the cut sentence's rest."""
        head = doc.prose[following.start : following.end].lstrip()
        return head[:1].isupper()

    @staticmethod
    def _ends_in_markup(doc: Document, end: int) -> bool:
        """A block whose source continues with blanked markup (a link, code, an image, an e-mail address) before
        the paragraph's end: on the same line, or on the next lines when the paragraph is wrapped
        ("... 507-284-5005,\nnewsbureau@mayo.edu").

        End tags alone ("</p>", "</li></ul>") close the block and carry nothing on: an HTML paragraph
        cut mid-sentence ("... the National Institutes of</p>") is as cut as a plain-text one.
        """
        nl = doc.source.find("\n", end)
        rest = doc.source[end : nl if nl != -1 else len(doc.source)]
        if not rest.strip() and nl != -1:
            stop = doc.source.find("\n\n", nl, nl + _MARKUP_REACH)
            rest = doc.source[end : stop if stop != -1 else nl + _MARKUP_REACH]
        if not rest.strip() or doc.prose[end : end + len(rest)].strip():
            return False
        return bool(_END_TAGS.sub("", rest).strip())


_SENTENCE_END = lazy_compile(r"[.!?]\s")
#: How far past a block's end its paragraph's markup is looked for
_MARKUP_REACH = 300
#: HTML end tags: markup that closes a block rather than continuing its sentence
_END_TAGS = lazy_compile(r"</[A-Za-z][\w-]*\s*>")
#: a line of at most this many words ending in a comma, over a capitalised line, is a label
_LABEL_WORDS = 3
#: the last item but one of a semicolon list, whose last item is the next block ("...; and")
_LIST_ITEM_JOIN = lazy_compile(r";\s*(?:and|or)\s*$")
