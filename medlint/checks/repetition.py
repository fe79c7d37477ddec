"""RP: repetition left behind by machine translation, spinning and careless editing.

Vale, proselint and write-good stop their repeated-word checks at the comma;
"fever, fever, fever" is exactly what translated health copy produces, so
RP101 looks through commas. Legitimate repeats ("had had", "that that",
"Bora Bora", "in in vitro") are the majority of raw matches in real news, so
each is handled explicitly.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from ..diagnostic import Edit, Fix, Severity
from ..document import HEADING, PARAGRAPH, QUOTE, TABLE_CELL, WORD_RE, Document, Word
from ..lazy_re import lazy_compile
from ..rule import Example, Finding, Option, Rule
from ..word_frequency import is_rarer_than

_JOINER = re.compile(r"['\u2019-]")


def _key_words(text: str) -> list[str]:
    """The words of ``text`` with compounds taken apart ("type-2", "Crohn's"): word
    frequencies rate the parts, and a compound is rarer than any of them."""
    return [part for word in WORD_RE.findall(text) for part in _JOINER.split(word)]


#: words never taken as a paragraph's subject, however rare wordfreq calls them
_FUNCTION = frozenset("the a an of and or in on to for with by from as at is are was were be".split())

# Words whose doubling is grammatical ("what it is is", "had had", "that that").
LEGIT_DOUBLES = frozenset({"had", "that", "is", "do", "bye", "ha", "no", "very", "so"})
# "in in vitro": the second "in" starts a Latin term.
#: words that never make a name, so "The the" and "And, and" are still slips
_CLOSED_CLASS = frozenset(
    "the a an and or but of to in on at by for with from as is are was were be it this that".split()
)
LATIN_STARTS = frozenset({"vitro", "vivo", "situ", "silico", "utero", "toto", "extremis", "loco"})
_OPEN_QUOTES = '\u201c\u2018"\u00ab'
_CLOSE_QUOTES = '\u201d\u2019"\u00bb'


def _in_quotes(doc: Document, start: int) -> bool:
    """True when ``start`` lies inside a quotation within its block."""
    bi = doc.block_at(start)
    if bi is None:
        return False
    text = doc.prose[doc.blocks[bi].start : start]
    opens = sum(text.count(q) for q in "\u201c\u00ab") + text.count('"') % 2
    closes = sum(text.count(q) for q in "\u201d\u00bb")
    return opens > closes


def _heading_like_line(doc: Document, offset: int) -> bool:
    line = doc.position(offset).line
    s, e = doc.line_span(line)
    text = doc.prose[s:e].strip()
    return bool(text) and len(text.split()) <= 10 and text[-1] not in ".!?:;,"


@dataclass(frozen=True)
class _Run:
    first: Word
    last: Word
    count: int
    comma: bool
    last_index: int  # of ``last`` in ``doc.words()``


class RepeatedWord(Rule):
    """The same word twice or more in a row ("the the", "fever, fever, fever").

    Doubled words are the commonest slip of editing and a hallmark of
    machine-translated copy, where a list of symptoms collapses into one word
    said three times. Commas between the copies do not hide the repeat.
    Grammatical doubles ("had had", "that that"), reduplicated names
    ("Bora Bora"), species names ("Loa loa"), a place after an institution
    ("University of Louisville, Louisville, KY"), a heading line running into its first sentence, hyphenated
    compounds ("salt, salt-free"), Latin terms ("in in vitro") are skipped;
    repeats inside quotation marks are reported at info level, since they may
    be quoted speech, and so are two copies separated by a comma, which are
    as often list items sharing a word ("divalproex sodium, sodium valproate")
    or emphasis ("very, very clear") as a slip; three or more copies ("nausea,
    nausea, nausea") are an error. A content word followed by its capitalised
    copy is a lost sentence break, and a line holding nothing but the copies
    is page furniture; neither is reported.

    The fix (safe) removes the extra copies when only spaces separate them; with
    commas the single word is suggested but not applied automatically.
    """

    code = "RP101"
    name = "repeated-word"
    category = "repetition"
    severity = Severity.ERROR
    source = "Copy-editing practice; Chicago Manual of Style 17th ed., 2.80 (proofreading for doubled words)"
    should_fire = (
        Example("Take the the tablets with food.", fixed="Take the tablets with food."),
        Example("Patients reported fever, fever, fever and a rash."),
        Example("It is important to to rest.", fixed="It is important to rest."),
        Example("Drink plenty of of water.", format="markdown", fixed="Drink plenty of water."),
        Example("<p>Call your your doctor.</p>", format="html", fixed="<p>Call your doctor.</p>"),
    )
    should_not_fire = (
        "She had had the cough for weeks.",
        "He said that that test was wrong.",
        "The clinic opened in Bora Bora last year.",
        "Results were confirmed in in vitro assays.",
        "Choose salt, salt-free or low-sodium versions.",
        "Rates of VTE, VTE-related deaths and bleeding fell.",
        Example(
            "Diabetes\nDiabetes is a long-term condition.", note="a heading line runs into its first sentence"
        ),
        Example("- Starch\n- Starch-free bread", format="markdown"),
        "Take it with water. Water helps.",
        "Loa loa is a worm spread by deer flies.",
        "She trained at the University of Louisville, Louisville, KY.",
    )

    _SEPARATOR = re.compile(r"[ \t]*(,[ \t]*)?(\r?\n[ \t]*)?")

    @staticmethod
    def _boundary_or_furniture(doc: Document, run: _Run, lower: str) -> bool:
        """A lost sentence break ("More about migraines Migraines are ...") or a furniture line.

        A content word in lower case followed by its capitalised copy is a
        heading or sentence running into the next; a line that holds nothing
        but the copies ("ADVERTISEMENT ADVERTISEMENT") is page furniture, which
        an editor deletes whole rather than for the doubling.
        """
        first, last = run.first.text, run.last.text
        if lower not in _CLOSED_CLASS and first[:1].islower() and last[:1].isupper() and not run.comma:
            return True
        line = doc.position(run.first.start).line
        start, end = doc.line_span(line)
        return (
            doc.prose[start : run.first.start].strip() == "" and doc.prose[run.last.end : end].strip() == ""
        )

    @staticmethod
    def _proper_name_pair(run: _Run, lower: str) -> bool:
        """Two copies that are a name, not a slip: a species name or a place in an address.

        "Loa loa", "Rattus rattus": a genus and its identical epithet
        (capitalised, then lower case). "University of Louisville,
        Louisville, KY": an institution and its city, both capitalised and
        separated by a comma. Three or more copies are never a name.
        """
        if run.count != 2 or lower in _CLOSED_CLASS:
            return False
        first, last = run.first.text, run.last.text
        if not first[:1].isupper() or first == first.upper():
            return False
        return (last[:1].islower() and not run.comma) or (last[:1].isupper() and run.comma)

    def _runs(self, doc: Document) -> Iterator[_Run]:
        words = doc.words()
        lowers = doc.lower_words
        starts, ends = words.starts, words.ends
        prose = doc.prose
        i, n = 0, len(words)
        while i < n - 1:
            lw = lowers[i]
            j = i
            comma = False
            block = None
            while j + 1 < n and lowers[j + 1] == lw:
                if block is None:
                    block = doc.block_at(starts[i])
                if doc.block_at(starts[j + 1]) != block:
                    break  # a repeat never runs across a block boundary
                gap = prose[ends[j] : starts[j + 1]]
                m = self._SEPARATOR.fullmatch(gap)
                if m is None:
                    break
                comma = comma or bool(m.group(1))
                j += 1
            if j > i:
                yield _Run(words[i], words[j], j - i + 1, comma, j)
                i = j + 1
            else:
                i += 1

    def check(self, doc: Document) -> Iterable[Finding]:
        words = doc.words()
        for run in self._runs(doc):
            first, last = run.first, run.last
            lw = first.text.lower()
            if lw in LEGIT_DOUBLES and run.count == 2 and not run.comma:
                continue
            if not lw.isalpha():
                continue
            if (
                first.text[:1].isupper()
                and last.text[:1].isupper()
                and not run.comma
                and first.text != first.text.upper()
            ):
                # reduplicated names: "Bora Bora", "Baden Baden" (not "The The")
                if lw not in {"the", "a", "an", "and", "of", "to", "in"}:
                    continue
            if self._proper_name_pair(run, lw):
                continue
            k = run.last_index
            nxt = words[k + 1].text.lower() if k + 1 < len(words) else ""
            if lw == "in" and nxt in LATIN_STARTS:
                continue
            gap_all = doc.prose[first.end : last.start]
            if "\n" in gap_all and _heading_like_line(doc, first.start):
                continue
            bi_first, bi_last = doc.block_at(first.start), doc.block_at(last.start)
            if bi_first != bi_last:
                continue
            if (
                doc.format == "text"
                and doc.source[first.end : last.start] != doc.prose[first.end : last.start]
            ):
                continue  # a URL between the copies, blanked in plain text: "or www.a.com or"
            if self._boundary_or_furniture(doc, run, lw):
                continue
            quoted = _in_quotes(doc, first.start)
            # two copies with a comma between are as often a list whose items share a word
            # ("divalproex sodium, sodium valproate") or emphasis ("very, very clear") as a slip
            ambiguous = run.comma and run.count == 2
            severity = Severity.INFO if quoted or ambiguous else None
            fix = None
            if not run.comma and "\n" not in gap_all:
                fix = Fix((Edit(first.end, last.end, ""),), f"keep one {first.text!r}", safe=True)
            times = "twice" if run.count == 2 else f"{run.count} times"
            note = " (inside a quotation)" if quoted else " (check: a list or emphasis?)" if ambiguous else ""
            yield Finding(
                first.start,
                last.end,
                f"{first.text!r} is repeated {times} in a row{note}",
                (first.text,),
                fix,
                severity=severity,
                data={"count": run.count},
            )


def _norm(text: str) -> str:
    return " ".join(WORD_RE.findall(text.lower()))


class RepeatedSentence(Rule):
    """The same sentence appears again later in the document.

    Spun and scraped articles paste paragraphs twice; a repeated sentence is
    rarely intentional in patient information. Comparison ignores case,
    spacing and punctuation; sentences shorter than ``min-words`` are skipped.

    Lines that are not sentences of the text are not compared: a label line
    with no closing punctuation (an item of a "Key points" summary that comes
    back as its section's title), a lead-in ending in a colon ("More
    information is provided in the NIDDK health topics:"), a form line with
    blanks to fill in, and contact lines with a telephone number, which
    pages repeat in each section on purpose.

    A copy in the same paragraph or the next one is a paste or a crawl
    duplicate (warning). A copy several paragraphs away is reported at info:
    as often a deliberate restatement (a dosing instruction in each parallel
    section of a medication guide, a summary, an "About" section) as a slip.
    """

    code = "RP102"
    name = "repeated-sentence"
    category = "repetition"
    severity = Severity.WARNING
    options = {"min-words": Option(5, int, "Sentences with fewer words may repeat without a finding.")}
    source = "Plain-language editing guidance: say it once (CDC Clear Communication Index, item 2)"
    should_fire = (
        "Insulin lowers blood sugar quickly. It is injected. Insulin lowers blood sugar quickly.",
        Example(
            "Rest well at night.\n\nDrink water and rest well at night. Rest, well at night!",
            options={"min-words": 3},
        ),
    )
    should_not_fire = (
        "Insulin lowers blood sugar quickly. It is injected under the skin.",
        "Ask your doctor. Ask your pharmacist.",
        Example(
            "Key points:\n\nLack of red blood cell production\n\nMore text here.\n\n"
            "Lack of red blood cell production\n\nBoth inherited and acquired factors play a part.",
            note="a summary item that comes back as its section's label",
        ),
        "Instead of ______, I will eat ______. Instead of ______, I will eat ______.",
        "For questions, please call 1-800-232-4636 today. Our staff can help. "
        "For questions, please call 1-800-232-4636 today.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        for finding in _repeats(doc, self.opts["min-words"], want_heading=False):
            first = finding.related[0][:2]
            if _is_form_line(doc, finding.start, finding.end) or _is_form_line(doc, *first):
                continue
            if not _nearby(doc, first[0], finding.start):
                finding = replace(
                    finding, severity=Severity.INFO, message=finding.message + " (far apart: deliberate?)"
                )
            yield finding


class RepeatedHeading(Rule):
    """A heading (or title) is printed again: as another heading or as a sentence.

    Templates and scrapers often print the title two or three times, once as a
    heading and again as the first line of the body: a copy that follows the
    first with nothing but headings between is always reported. Copies with
    body text between are reported for real headings (Markdown, HTML) unless
    the line recurs three times or more (an ad slot, "Continue reading", a
    photo credit printed through the page is furniture); in plain text, where
    a "heading" is only a short line, such copies are captions and credits
    and are not reported.
    """

    code = "RP103"
    name = "repeated-heading"
    category = "repetition"
    severity = Severity.WARNING
    options = {"min-words": Option(2, int, "Headings with fewer words may repeat without a finding.")}
    source = "Web content editing practice (one H1 per page; WCAG 2.2 SC 2.4.6 headings describe topic)"
    should_fire = (
        Example("# Sleep and memory\n\nText here.\n\n# Sleep and memory\n\nMore text.", format="markdown"),
        Example("Can tea lower blood pressure?\n\nCan tea lower blood pressure? Some studies say yes."),
    )
    should_not_fire = (
        Example("# Sleep and memory\n\nText here.\n\n## Sleep and mood\n\nMore.", format="markdown"),
        Example(
            "## Summary\n\nOne.\n\n## Summary\n\nTwo.",
            format="markdown",
            note="one-word headings are skipped",
        ),
        Example(
            "Fish oil and pregnancy\n\nAdvertisement Continue reading\n\nText one is here.\n\n"
            "Advertisement Continue reading\n\nText two is here.\n\nAdvertisement Continue reading\n\nEnd.",
            note="furniture printed through the page",
        ),
        Example(
            "Fish oil and pregnancy\n\nPhoto by Ann Lee\n\nThe trial enrolled 2,400 women.\n\n"
            "It ran for two years.\n\nPhoto by Ann Lee\n\nNo benefit was seen.",
            note="a credit line under two photos in plain text",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        copies = Counter(key for _, _, _, key, _ in _normalized_units(doc))
        for finding in _repeats(doc, self.opts["min-words"], want_heading=True):
            if self._adjacent(doc, finding.related[0][0], finding.start):
                yield finding  # printed again straight away: the template's or scraper's repeat
                continue
            if doc.format == "text":
                continue  # plain text has no headings, only short lines; far apart they are captions
            if copies[_norm(doc.prose[finding.start : finding.end])] >= 3:
                continue  # an ad slot or credit printed through the page: furniture
            yield finding

    @staticmethod
    def _adjacent(doc: Document, first: int, later: int) -> bool:
        """Only headings (short lines) stand between the two copies, or the later one opens the next block."""
        between = [b for b in doc.blocks if first < b.start <= later]
        if between and between[-1].end >= later and between[-1].start < later:
            between = between[:-1]  # the block the later copy opens
        between = [b for b in between if b.start < later]
        return all(b.kind == HEADING for b in between)


def _normalized_units(doc: Document) -> list[tuple[int, int, bool, str, int]]:
    """Headings and sentences in order as (start, end, is_heading, normalized text, words),
    built once per document for RP102 and RP103."""
    return doc.derived(_build_units)


def _build_units(doc: Document) -> list[tuple[int, int, bool, str, int]]:
    units: list[tuple[int, int, bool]] = [(b.start, b.end, True) for b in doc.blocks if b.kind == HEADING]
    units += [
        (s.start, s.end, False)
        for s in doc.sentences
        if doc.blocks[s.block].kind not in (HEADING, TABLE_CELL)
    ]
    units.sort()
    out = []
    for start, end, is_heading in units:
        key = _norm(doc.prose[start:end])
        out.append((start, end, is_heading, key, key.count(" ") + 1 if key else 0))
    return out


def _repeats(doc: Document, min_words: int, want_heading: bool) -> Iterator[Finding]:
    seen: dict[str, tuple[int, int, bool]] = {}
    for start, end, is_heading, key, n_words in _normalized_units(doc):
        if n_words < min_words:
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = (start, end, is_heading)
            continue
        involves_heading = is_heading or first[2]
        if involves_heading != want_heading:
            continue
        what = "heading" if want_heading else "sentence"
        line = doc.position(first[0]).line
        yield Finding(
            start,
            end,
            f"this {what} repeats line {line}: {_short(doc.prose[start:end])!r}",
            related=((first[0], first[1], "first occurrence"),),
        )


_FILL_IN_BLANK = lazy_compile(r"_{3,}")
_PHONE = lazy_compile(r"\b(?:1-)?(?:\(\d{3}\)\s?|\d{3}-)\d{3}-\d{4}\b|1-800-[A-Z]")


def _is_form_line(doc: Document, start: int, end: int) -> bool:
    """A unit that is a label, lead-in, fill-in form line or contact line rather than a sentence."""
    text = doc.prose[start:end].rstrip()
    if text.endswith(":") or _FILL_IN_BLANK.search(text) or _PHONE.search(text):
        return True
    block = doc.blocks[doc.block_at(start) or 0]
    whole_block = not doc.prose[block.start : start].strip() and not doc.prose[end : block.end].strip()
    return whole_block and text[-1:] not in ".!?"


def _nearby(doc: Document, first: int, later: int) -> bool:
    """The later copy is in the same block as the first or in the next block that is not a heading."""
    a, b = doc.block_at(first), doc.block_at(later)
    if a is None or b is None:
        return False
    return all(doc.blocks[i].kind == HEADING for i in range(a + 1, b))


def _short(text: str, n: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1] + "\u2026"


class NearDuplicateParagraph(Rule):
    """Two paragraphs say the same thing with a few words swapped.

    Article spinners rewrite a paragraph by swapping synonyms and paste both
    versions. Each paragraph becomes a set of word ``shingle``-grams; two
    paragraphs whose sets overlap by at least ``threshold`` (containment of the
    smaller in the larger) are reported, the later one pointing at the earlier.
    An inverted index on shingles keeps the check linear in practice: only
    paragraphs that share a shingle are compared, and shingles found in more
    than ``max-postings`` paragraphs are ignored as boilerplate. Similar
    wording is not enough: where the aligned paragraphs differ, a rare word
    (Zipf frequency below ``key-zipf``) or number must not stand against a
    different one, so sibling paragraphs written to one template about
    different things ("the Hib vaccine", "the influenza vaccine") are not
    duplicates; and at least one stretch of words must be swapped, since a
    paragraph that only extends another word for word (a deck reused as the
    lede, a caption, a pull quote) is not a spun copy. Spinners paste the two
    versions together: a pair in consecutive paragraphs is a warning, a pair
    further apart (a summary and its section, a caption and its story) info.
    """

    code = "RP104"
    name = "near-duplicate-paragraph"
    category = "repetition"
    severity = Severity.WARNING
    options = {
        "threshold": Option(
            0.5, float, "Report paragraph pairs whose shingle overlap (containment) is at least this (0-1)."
        ),
        "shingle": Option(2, int, "Words per shingle (the word n-gram the paragraphs are compared by)."),
        "min-words": Option(12, int, "Paragraphs with fewer words are not compared."),
        "max-postings": Option(
            20, int, "Shingles found in more paragraphs than this are boilerplate and ignored."
        ),
        "key-zipf": Option(
            4.0,
            float,
            "Aligned words rarer than this Zipf frequency that differ mark different topics, not a copy.",
        ),
    }
    source = "Broder 1997, 'On the resemblance and containment of documents' (shingling)"
    should_fire = (
        "Type 1 diabetes is an autoimmune disease in which the immune system destroys the cells "
        "that make insulin in the pancreas.\n\n"
        "Type 1 diabetes is an autoimmune illness where the immune system destroys the cells that "
        "produce insulin in the pancreas, so people need insulin every day.",
    )
    should_not_fire = (
        "Type 1 diabetes is an autoimmune disease in which the immune system destroys the cells "
        "that make insulin in the pancreas.\n\n"
        "Type 2 diabetes usually develops in adults when the body stops responding well to insulin "
        "and the pancreas cannot keep up with demand over time.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        k = max(1, int(self.opts["shingle"]))
        threshold = float(self.opts["threshold"])
        min_words = int(self.opts["min-words"])
        max_postings = int(self.opts["max-postings"])
        lowers = doc.lower_words
        paras: list[tuple[int, int, int]] = []  # start, end, number of shingles
        postings: dict[tuple[str, ...], list[int]] = {}  # shingle -> paragraphs holding it
        # a first block with no closing mark is the title, even when too long to pass for a heading
        opening = doc.prose[doc.blocks[0].start : doc.blocks[0].end].rstrip() if doc.blocks else ""
        title_start = doc.blocks[0].start if opening and opening[-1] not in ".!?" else -1
        for block in doc.blocks:
            if block.kind not in (PARAGRAPH, QUOTE):
                continue
            at = doc.words_in(block.start, block.end)  # a word never runs past the end of its block
            toks = lowers[at.start : at.stop]
            if len(toks) < min_words:
                continue
            sh = frozenset(zip(*(toks[x:] for x in range(k)), strict=False))  # k-word windows
            pi = len(paras)
            start, end = block.start, block.end
            paras.append((start, end, len(sh)))
            overlap: Counter[int] = Counter()
            for s in sh:
                plist = postings.get(s)
                if plist is None:  # most shingles are new
                    postings[s] = [pi]
                    continue
                if len(plist) <= max_postings:
                    overlap.update(plist)
                plist.append(pi)
            best = None
            if paras and paras[0][0] == title_start:
                overlap.pop(0, None)  # the title and the lede under it share their words by design
            for other, common in overlap.items():
                score = common / min(len(sh), paras[other][2])
                if (
                    score >= threshold
                    and (best is None or score > best[1])
                    and self._same_subjects(doc, paras[other], paras[pi])
                ):
                    best = (other, score)
            if best is not None:
                other, score = best
                ostart, oend, _ = paras[other]
                far = not _nearby(doc, ostart, start)
                yield Finding(
                    start,
                    end,
                    f"this paragraph is {score:.0%} the same as the one at line "
                    f"{doc.position(ostart).line}; keep one version"
                    + (" (far apart: a summary or caption?)" if far else ""),
                    severity=Severity.INFO if far else None,
                    related=((ostart, oend, "similar paragraph"),),
                    data={"similarity": round(score, 3)},
                )

    def _same_subjects(
        self, doc: Document, first: tuple[int, int, object], second: tuple[int, int, object]
    ) -> bool:
        """No rare word of one paragraph stands where the other has a different rare word.

        A spinner swaps common words for synonyms and keeps the names, terms and
        figures; sibling paragraphs written to one template ("A cardiologist.
        This is a doctor who ...", "A nephrologist. This is a doctor who ...")
        share their wording and differ exactly there. The two word sequences
        are aligned; a replaced stretch whose two sides each hold a rare word
        (Zipf frequency below ``key-zipf``) or number that the other side does
        not share (by its first five letters, so "diabetes" and "diabetic"
        agree) marks different subjects.
        """
        import difflib  # only for the few pairs that pass the shingle test

        max_zipf = float(self.opts["key-zipf"])

        def key(word: str) -> bool:
            return word.isdigit() or (word not in _FUNCTION and is_rarer_than(word, max_zipf))

        a, b = (_key_words(doc.prose[start:end].lower()) for start, end, _ in (first, second))
        swapped = False
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if op != "replace":
                continue
            swapped = True
            left = {w[:5] for w in a[i1:i2] if key(w)}
            right = {w[:5] for w in b[j1:j2] if key(w)}
            if left - right and right - left:
                return False
        # no word swapped: one paragraph quotes or extends the other (a deck reused in the lede, a
        # caption, a pull quote), which RP102 reports where whole sentences repeat
        return swapped
