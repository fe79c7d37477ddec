"""RP101 repeated-word: The same word twice or more in a row ("the the", "fever, fever, fever")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import compress, count, islice
from operator import eq

from ...diagnostic import Edit, Fix, Severity
from ...document import Document, Word
from ...rule import Example, Finding, Rule
from ...text.quotes import introduced_passage
from ...text.scripts import script_of
from ...text.spaces import plain_spaces
from ...text.word_classes import VERB_ONLY, classes
from ...text.word_frequency import is_rarer_than
from ._shared import CLOSED_CLASS, in_quotes

# Words whose doubling is grammatical ("what it is is", "had had", "that that").
LEGIT_DOUBLES = frozenset({"had", "that", "is", "do", "bye", "ha", "no", "very", "so"})


#: a reduplicated name's word is rarer than this on wordfreq's Zipf scale ("kava" 2.7, "pill" 4.2)
_NAME_ZIPF = 3.0

#: scripts written without spaces between words: a "word" of theirs is a run of characters that
#: markup cut (an HTML entity per character, "&#12414;&#12414;" for the word "まま"), not a word
UNSPACED_SCRIPTS = frozenset({"Chinese", "Japanese", "Thai"})

LATIN_STARTS = frozenset({"vitro", "vivo", "situ", "silico", "utero", "toto", "extremis", "loco"})
#: degree words and quantifiers that English doubles for emphasis with a comma ("very, very
#: clear", "many, many patients", "a long, long time"): the repeat is the writer's, not a slip
EMPHATIC = frozenset({"very", "so", "really", "much", "many", "far", "too", "ever", "way", "long", "big"})
#: pronouns that close one clause as its object and open the next as its subject, across a comma
#: ("You name it, it probably has a use", "If you see it, it is too late", "Whatever you choose, you
#: will"): two clauses meeting, not a doubled word
CLAUSE_PRONOUNS = frozenset({"it", "you"})
#: words after which a list's first item starts ("such as fever, fever, rash", "are fever, fever, ...")
_LIST_LEADS = frozenset("as like including include includes included are is were was".split())
#: words after which a comma-split pair's second copy is a word of its own again, not the head of an
#: item or clause (a conjunction joining the next item: "fever, fever and a rash")
_ITEM_JOINERS = frozenset({"and", "or", "nor", "but"})
#: pronouns that a speaker stammers ("It, it is important"): never the lead word of a list item
_PRONOUNS = frozenset("i you he she it we they".split())


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


#: how far either side of a comma-split pair its list is read for other copies of the word
_LIST_REACH = 120


def _elsewhere_in_list(doc: Document, run: _Run, lower: str) -> bool:
    """The word also stands, apart from the pair, within ``_LIST_REACH`` characters in its block:
    a list that names its items again and again is a sequence ("white, yellow, white, yellow,
    yellow; green"), where two in a row are the sequence's, not one item printed twice."""
    block = doc.block_at(run.first.start)
    if block is None:
        return False
    lo = max(doc.blocks[block].start, run.first.start - _LIST_REACH)
    hi = min(doc.blocks[block].end, run.last.end + _LIST_REACH)
    return any(doc.lower_words[i] == lower for i in _word_range(doc, lo, run.first.start)) or any(
        doc.lower_words[i] == lower for i in _word_range(doc, run.last.end, hi)
    )


def _word_range(doc: Document, start: int, end: int) -> range:
    """Indexes of the words that start in [start, end)."""
    starts = doc.words().starts
    return range(bisect_left(starts, start), bisect_left(starts, end))


class RepeatedWord(Rule):
    """The same word twice or more in a row ("the the", "fever, fever, fever").

    Doubled words are the commonest slip of editing and a hallmark of
    machine-translated copy, where a list of symptoms collapses into one word
    said three times. Commas between the copies do not hide the repeat.
    Grammatical doubles ("had had", "that that"), reduplicated names
    ("Bora Bora"), species names ("Loa loa"), emphasis with a comma ("very, very",
    "many, many"), a pronoun ending one clause and opening the next ("You name it, it probably
    helps"), a content word before a comma whose copy opens a longer list item or clause ("dosage,
    dosage frequency", "ovarian cancer, cancer of the uterus", "residual hearing, hearing aids may
    help"), a letter name before the article ("vitamin A, a nutrient"), a piece of a name joined by an ampersand
    ("at AT&T Park"), a place after an institution
    ("University of Louisville, Louisville, KY"), a heading line running into its first sentence, hyphenated
    compounds ("salt, salt-free"), Latin terms ("in in vitro") are skipped;
    Chinese, Japanese and Thai are written without spaces, so their "words" are runs
    that markup cut (a page writing each character as an entity) and are skipped;
    repeats inside quotation marks, or in a block quotation a plain-text copy
    kept without its marks (after a lead-in that ends in a colon and names the
    source, "the doctor wrote:", up to the next paragraph break), are reported
    at info level, since they may be quoted speech or a source's rhetoric, and so are two copies separated by a comma, which are
    as often list items sharing a word ("divalproex sodium, sodium valproate")
    or emphasis ("very, very clear") as a slip; three or more copies ("nausea,
    nausea, nausea") are an error, and so are two where each is a whole item of a list
    that goes on ("include headache, headache, insomnia": the first copy opens its item, the
    second is followed by the list's next comma; none on MedQuAD, FakeHealth or WMT22's
    references). A content word followed by its capitalised
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
        Example("Fans watched the Giants at AT&T Park.", note="the copy is part of a name joined by '&'"),
        Example("It was very, very clear that many, many people were helped.", note="emphasis"),
        Example("You name it, it probably helps.", note="one clause's object, the next one's subject"),
        Example("It is rich in vitamin A, a nutrient the eyes need.", note="a letter name, then 'a'"),
        Example(
            "Do kava kava supplements help? The fact that kava kava may ease anxiety is weakly supported.",
            note="a reduplicated plant name, written doubled each time",
        ),
    )

    _SEPARATOR = re.compile(r"[ \t]*(,[ \t]*)?(\r?\n[ \t]*)?")

    @staticmethod
    def _boundary_or_furniture(doc: Document, run: _Run, lower: str) -> bool:
        """A lost sentence break ("More about migraines Migraines are ...") or a furniture line.

        A content word in lower case followed by its capitalised copy is a
        heading or sentence running into the next; a line that holds nothing
        but the copies ("ADVERTISEMENT ADVERTISEMENT") is page furniture, which
        an editor deletes whole rather than for the doubling; so is a capital
        letter three times or more closing a line (a font-size control's
        buttons, "Font Size A A A").
        """
        first, last = run.first.text, run.last.text
        if lower not in CLOSED_CLASS and first[:1].islower() and last[:1].isupper() and not run.comma:
            return True
        line = doc.position(run.first.start).line
        start, end = doc.line_span(line)
        if (
            doc.prose[run.last.end : end].strip() == ""
            and len(first) == 1
            and first.isupper()
            and run.count >= 3
        ):
            return True  # a control's letter buttons closing its line: "Font Size A A A"
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
        if run.count != 2 or lower in CLOSED_CLASS:
            return False
        first, last = run.first.text, run.last.text
        if not first[:1].isupper() or first == first.upper():
            return False
        return (last[:1].islower() and not run.comma) or (last[:1].isupper() and run.comma)

    @staticmethod
    def _recurring_name(doc: Document, run: _Run, lower: str) -> bool:
        """A doubled content word the document writes doubled again: a reduplicated name.

        "Kava kava supplements ... the fact that kava kava may ...": plant, food
        and place names that are one word said twice ("ylang ylang", "mahi
        mahi") recur in that form, while a slip of the keys is not made twice
        in the same way. Two plain copies of a word rarer than Zipf 3 only
        (such names are not everyday words; "pill pill" twice is two slips);
        closed-class words ("the the") are slips however often they recur.
        """
        if run.count != 2 or run.comma or lower in CLOSED_CLASS or not is_rarer_than(lower, _NAME_ZIPF):
            return False
        lowers = doc.lower_words
        pairs = sum(
            1 for a, b in zip(lowers, islice(lowers, 1, None), strict=False) if a == lower and b == lower
        )
        return pairs >= 2

    def _runs(self, doc: Document) -> Iterator[_Run]:
        words = doc.words()
        lowers = doc.lower_words
        starts, ends = words.starts, words.ends
        prose = doc.prose
        n = len(words)
        i = 0
        # only where a word equals the next one can a run start (found in C, not word by word)
        for c in compress(count(), map(eq, lowers, islice(lowers, 1, None))):
            if c < i:
                continue  # inside the run just reported
            i = c
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

    @staticmethod
    def _item_lead_word(doc: Document, run: _Run, lower: str) -> bool:
        """Two copies split by a comma where the second opens a longer item or clause: the next word
        follows it after a space, in its sentence ("dosage, dosage frequency", "ovarian cancer, cancer
        of the uterus", "muscle pain, pain in the joints", "If you have residual hearing, hearing aids
        may help"). A list whose items share a lead word, or a clause ending on the word the next one
        opens with, names the word twice by design; a doubled word standing alone before a comma,
        a conjunction or the end ("fever, fever and a rash") is still reported. Content words only:
        "It, it is" and "the, the" are stammers."""
        if not run.comma or run.count != 2 or lower in CLOSED_CLASS or lower in _PRONOUNS:
            return False
        words = doc.words()
        k = run.last_index + 1
        if k >= len(words):
            return False
        nxt = words[k]
        gap = doc.prose[run.last.end : nxt.start]
        return gap.strip(" \t") == "" and bool(gap) and nxt.text.lower() not in _ITEM_JOINERS

    @staticmethod
    def _whole_list_item(doc: Document, run: _Run) -> bool:
        """Two copies split by a comma, each a whole item of a list that goes on: the first opens
        its item (after a comma, a colon, a verb that is no noun, "as", "like", "including", "are") and the second is
        followed by the list's next comma ("include headache, headache, insomnia"). Items that share
        a word have more words ("divalproex sodium, sodium valproate", "your chest, chest or heart
        surgery"), and emphasis is no noun list; so this is one item printed twice, the slip of a
        list of symptoms collapsing, and is reported as surely as three copies."""
        lower = run.first.text.lower()
        if lower in CLOSED_CLASS:
            return False  # "including this, this, and this": links whose anchors a crawl dropped
        if _elsewhere_in_list(doc, run, lower):
            return False  # "white, yellow, white, yellow, yellow; green": a sequence whose items recur
        words = doc.words()
        k = run.last_index
        after = (
            doc.prose[run.last.end : words[k + 1].start] if k + 1 < len(words) else doc.prose[run.last.end :]
        )
        if not after.lstrip(" ").startswith((",", ";")):
            return False
        i = k - run.count
        if i < 0:
            return False
        before = words[i]
        gap = doc.prose[before.end : run.first.start]
        if "," in gap or ":" in gap:
            return True
        if gap.strip(" "):
            return False
        lead = before.text.lower()
        # or a verb that is no noun ("prevent"; not "breast", "causes": "breast cancer, cancer, ...")
        return lead in _LIST_LEADS or VERB_ONLY in classes(lead)

    def check(self, doc: Document) -> Iterable[Finding]:
        words = doc.words()
        for run in self._runs(doc):
            first, last = run.first, run.last
            lw = first.text.lower()
            if lw in LEGIT_DOUBLES and run.count == 2 and not run.comma:
                continue
            if not lw.isalpha() or script_of(lw[0]) in UNSPACED_SCRIPTS:
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
            if self._recurring_name(doc, run, lw):
                continue
            if run.comma and lw in EMPHATIC:
                continue  # "very, very clear": emphasis
            if self._item_lead_word(doc, run, lw):
                continue  # "dosage, dosage frequency": items or clauses that open with the same word
            if run.comma and run.count == 2 and lw in CLAUSE_PRONOUNS and first.text.islower():
                continue  # "You name it, it probably ...": one clause's object, the next one's subject
            if len(first.text) == 1 and first.text.isupper() and last.text.islower():
                continue  # a letter name, then the article: "vitamin A, a nutrient"
            if doc.prose[last.end : last.end + 1] == "&" or doc.prose[first.start - 1 : first.start] == "&":
                continue  # one piece of a name joined by an ampersand: "at AT&T Park", "R&R and R"
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
                and plain_spaces(doc.source[first.end : last.start]) != doc.prose[first.end : last.start]
            ):
                continue  # a URL between the copies, blanked in plain text: "or www.a.com or"
            if self._boundary_or_furniture(doc, run, lw):
                continue
            quoted = in_quotes(doc, first.start) or introduced_passage(doc, first.start) is not None
            # two copies with a comma between are as often a list whose items share a word
            # ("divalproex sodium, sodium valproate") or emphasis ("very, very clear") as a slip
            ambiguous = run.comma and run.count == 2 and not self._whole_list_item(doc, run)
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
