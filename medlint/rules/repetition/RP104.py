"""RP104 near-duplicate-paragraph: Two paragraphs say the same thing with a few words swapped."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ...diagnostic import Severity
from ...document import HEADING, PARAGRAPH, QUOTE, Block, Document
from ...evidence.doc_kind import is_reporting
from ...rule import Finding, Option, Rule
from ._shared import (
    _differing_subjects,
    _key_words,
    _nearby,
    _other_section,
    _quotes_the_other,
    _restated_in_box,
)

# a list entry's marker when the parser kept it as text (plain text: "-- Title", "• Title")
_BULLET = re.compile(r"(?:--?|[*\u2022\u2013\u2014])\s")


#: the plain form of :meth:`NearDuplicateParagraph.check`: a page's one compared paragraph is shingled
#: too (tests/test_rp104_one_paragraph.py compares the two)
_PLAIN_ONE_PARAGRAPH = False

#: how many opening blocks (title, deck, summary) a news report's deck may sit in
_DECK_BLOCKS = 3


#: the most words a subheading (a paragraph without a closing mark) runs to
_SUBHEADING_WORDS = 25
_CLOSING_MARKS = frozenset(".!?:;,\"'\u201d\u2019)\u2026")


def _parallel_sections(doc: Document, first: int, later: int) -> bool:
    """Each paragraph opens a section of its own, under headings that differ: sections written to
    one pattern ("For Adblock:" / "For Adblock Plus on Firefox:" over the same instruction for
    each browser, a dose for adults and one for children), not two versions pasted together."""
    a, b = doc.block_at(first), doc.block_at(later)
    if a is None or b is None or a == 0 or b - a < 2:
        return False
    over_a, over_b = doc.blocks[a - 1], doc.blocks[b - 1]
    if over_a.kind != HEADING or over_b.kind != HEADING:
        return False
    return doc.words_key(over_a.start, over_a.end) != doc.words_key(over_b.start, over_b.end)


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
    (Zipf frequency below ``key-zipf``) or number (in digits or words: "two
    studies", "five studies") must not stand against a different one, so sibling paragraphs written to one template about
    different things ("the Hib vaccine", "the influenza vaccine") are not
    duplicates; and at least one stretch of words must be swapped, since a
    paragraph that only extends another word for word (a deck reused as the
    lede, a caption, a pull quote) is not a spun copy. Spinners paste the two
    versions together: a pair in consecutive paragraphs is a warning, a pair
    further apart (a summary and its section, a caption and its story) info, and
    only from ``far-threshold`` overlap (on FakeHealth every labelled distant pair
    below 0.6 was a caption, summary or parallel section), and a news report's or
    release's deck restated by its lede is info. A paragraph under
    ``min-length-ratio`` of the other's length that shares ``far-threshold`` or
    more of its wording with it was lifted from it word for word (an "About
    <Org>" heading over the boilerplate it names, a photo caption taken from the
    paragraph it illustrates) and is not a second version: a spinner who pads
    a short paragraph into a long one swaps its words as well. Nor are two titles in one list ("-- Effect of
    X at 5 Years", "-- Effect of X"), entries written to one pattern. Two paragraphs that each open
    a section under a heading of its own, the headings different ("For Adblock:", "For Adblock
    Plus on Firefox:" over one instruction per browser), are parallel sections written to one
    pattern: they are judged as a pair far apart (info, from ``far-threshold``), not as a paste.
    On a saved page, a paragraph that opens with a bold run-in head (a label or a question:
    "<strong>Animals or pets allowed?</strong> Most small pets ...") is compared by the text after
    the head, and not with a paragraph that opens with a head in another section (a heading
    between; the heads the same or worded otherwise, "Animals and pets allowed?"): records written
    to one form share their labels, and often their answers, by design (a copy in the same section
    is still a paste). A question and a statement (an interview's question and the answer that
    takes up its words, a FAQ entry) are a question and its answer, not two versions.
    """

    code = "RP104"
    name = "near-duplicate-paragraph"
    category = "repetition"
    severity = Severity.WARNING
    options = {
        "threshold": Option(
            0.5, float, "Report paragraph pairs whose shingle overlap (containment) is at least this (0-1)."
        ),
        "far-threshold": Option(
            0.6,
            float,
            "Paragraph pairs that are not next to each other are reported only from this overlap (0-1).",
        ),
        "shingle": Option(2, int, "Words per shingle (the word n-gram the paragraphs are compared by)."),
        "min-words": Option(12, int, "Paragraphs with fewer words are not compared."),
        "max-postings": Option(
            20, int, "Shingles found in more paragraphs than this are boilerplate and ignored."
        ),
        "min-length-ratio": Option(
            0.45,
            float,
            "A paragraph shorter than this share of the other (in shingles) that shares far-threshold of its "
            "wording with it is a heading, caption or pointer lifted from it, not a rewrite of it (0-1).",
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
        "-- Effect of Sleeve Gastrectomy vs Gastric Bypass on Weight Loss at 5 Years Among Patients "
        "With Morbid Obesity\n\n"
        "-- Effect of Sleeve Gastrectomy vs Gastric Bypass on Weight Loss in Patients With Morbid Obesity",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        k = max(1, int(self.opts["shingle"]))
        threshold = float(self.opts["threshold"])
        min_words = int(self.opts["min-words"])
        max_postings = int(self.opts["max-postings"])
        min_ratio = float(self.opts["min-length-ratio"])
        far_threshold = float(self.opts["far-threshold"])
        lowers = doc.lower_words
        # a saved page's bold run-in heads by the block they open (the HTML reader's ``run_in_heads``)
        heads = {int(s): int(e) for s, e in doc.metadata.get("run_in_heads", ())}
        paras: list[tuple[int, int, int]] = []  # start, end, number of shingles
        para_heads: list[str | None] = []  # the words of the run-in head each paragraph opens with
        # shingle -> the first paragraph holding it, and the later ones for the few met again:
        # a paragraph's new shingles (most of them) are filed by one set operation
        first: dict[tuple[str, ...], int] = {}
        later: dict[tuple[str, ...], list[int]] = {}
        # a first block with no closing mark is the title, even when too long to pass for a heading
        opening = doc.prose[doc.blocks[0].start : doc.blocks[0].end].rstrip() if doc.blocks else ""
        title_start = doc.blocks[0].start if opening and opening[-1] not in ".!?" else -1
        # the paragraphs compared, with the words compared and their run-in head's words: chosen
        # first, since a page with one such paragraph (almost every answer of a Q&A site) has no
        # pair to compare, and its shingles need not be made (``_PLAIN_ONE_PARAGRAPH``: made)
        compared: list[tuple[Block, list[str], str | None]] = []
        for block in doc.blocks:
            if block.kind not in (PARAGRAPH, QUOTE):
                continue
            at = doc.words_in(block.start, block.end)  # a word never runs past the end of its block
            toks = lowers[at.start : at.stop]
            if len(toks) < min_words or self._subheading(doc, block.start, block.end, len(toks)):
                continue
            head_end = heads.get(block.start)
            head = None
            if head_end is not None:  # a record's label: its value is what the writer wrote
                at = doc.words_in(head_end, block.end)
                toks = lowers[at.start : at.stop]
                if len(toks) < min_words:
                    continue
                head = doc.words_key(block.start, head_end)
            compared.append((block, toks, head))
        if len(compared) < 2 and not _PLAIN_ONE_PARAGRAPH:
            return
        for block, toks, head in compared:
            sh = frozenset(zip(*(toks[x:] for x in range(k)), strict=False))  # k-word windows
            pi = len(paras)
            start, end = block.start, block.end
            paras.append((start, end, len(sh)))
            para_heads.append(head)
            overlap: Counter[int] = Counter()
            for s in sh & first.keys():  # walks sh (the smaller), not first
                plist = [first[s], *later.get(s, ())]  # the paragraphs holding it, in order
                if len(plist) <= max_postings:
                    overlap.update(plist)
                later.setdefault(s, []).append(pi)
            first.update(dict.fromkeys(sh.difference(first), pi))  # walks sh, not first
            best = None
            if paras and paras[0][0] == title_start:
                overlap.pop(0, None)  # the title and the lede under it share their words by design
            # in paragraph order, so that of two equally similar paragraphs the earlier is named
            # whatever order the set of shingles was counted in (it varies with the hash seed)
            n = len(sh)
            for other, common in sorted(overlap.items()):
                if (
                    head is not None
                    and para_heads[other] is not None
                    and _other_section(doc, paras[other][0], start)
                ):
                    continue  # fields of a form answered in two records (a paste stays in its section)
                other_n = paras[other][2]
                score = common / min(n, other_n)
                if (
                    score >= threshold
                    and (score < far_threshold or min(n, other_n) >= min_ratio * max(n, other_n))
                    and (best is None or score > best[1])
                    and self._same_subjects(doc, paras[other], paras[pi])
                ):
                    best = (other, score)
            if best is not None:
                other, score = best
                ostart, oend, _ = paras[other]
                if _list_title(doc.prose[ostart:oend]) and _list_title(doc.prose[start:end]):
                    continue  # entries of one list of titles ("-- Effect of X on Y at 5 Years")
                if _different_fields(doc.prose[ostart:oend], doc.prose[start:end]):
                    continue  # "Analysis of the data: A, B." / "Final approval: A, B."
                if _asks(doc.prose[ostart:oend]) != _asks(doc.prose[start:end]):
                    continue  # a question and the answer that takes up its words (an interview, a FAQ)
                if _quotes_the_other(doc, (ostart, oend), (start, end), whole=False):
                    continue  # a story quoting a statement the page prints in full
                if _restated_in_box(doc, ostart, start):
                    continue  # a recipe card or highlights box restating the article
                parallel = _nearby(doc, ostart, start) and _parallel_sections(doc, ostart, start)
                far = parallel or not _nearby(doc, ostart, start)
                if far and score < float(self.opts["far-threshold"]):
                    continue  # a distant pair sharing half its wording is a summary or a caption
                deck = not far and self._deck(doc, ostart)
                yield Finding(
                    start,
                    end,
                    f"this paragraph is {score:.0%} the same as the one at line "
                    f"{doc.position(ostart).line}; keep one version"
                    + (" (under different headings: parallel sections?)" if parallel else "")
                    + (" (far apart: a summary or caption?)" if far and not parallel else "")
                    + (" (a deck or summary restated by the lede?)" if deck else ""),
                    severity=Severity.INFO if far or deck else None,
                    related=((ostart, oend, "similar paragraph"),),
                    data={"similarity": round(score, 3)},
                )

    @staticmethod
    def _subheading(doc: Document, start: int, end: int, words: int) -> bool:
        """A short paragraph with no closing mark: a subheading, which sums up its section by design.

        "Tesla had just started delivering the Model Y as the pandemic gripped the US" over the
        paragraph it sums up is the page's structure, not a second version (RP103 reports
        headings printed twice). Spun copies are sentences and keep their full stops.
        """
        text = doc.prose[start:end].rstrip()
        return words <= _SUBHEADING_WORDS and bool(text) and text[-1] not in _CLOSING_MARKS

    @staticmethod
    def _deck(doc: Document, first: int) -> bool:
        """The earlier paragraph opens a news report or release (among its first four blocks).

        Reports and releases set a deck or summary under the headline and restate it in their
        own words in the lede; that pair is the genre's structure, not two versions of one
        paragraph, so it is reported at info. Further down, and in other documents, a pair
        stays a warning.
        """
        bi = doc.block_at(first)
        return bi is not None and bi <= _DECK_BLOCKS and is_reporting(doc)

    def _paragraph_words(self, doc: Document, start: int, end: int) -> list[str]:
        """``_key_words`` of a paragraph, kept for the document: a paragraph met again (boilerplate
        shared by many others) is compared again and again."""
        memo = doc.derived(_paragraph_words_memo)
        words = memo.get((start, end))
        if words is None:
            words = memo[(start, end)] = _key_words(doc.prose[start:end].lower())
        return words

    def _same_subjects(
        self, doc: Document, first: tuple[int, int, object], second: tuple[int, int, object]
    ) -> bool:
        """No rare word of one paragraph stands where the other has a different rare word.

        A spinner swaps common words for synonyms and keeps the names, terms and
        figures; sibling paragraphs written to one template ("A cardiologist.
        This is a doctor who ...", "A nephrologist. This is a doctor who ...")
        share their wording and differ exactly there. The two word sequences
        are aligned; a replaced stretch whose two sides each hold a rare word
        (Zipf frequency below ``key-zipf``) or figure (in digits or words: "two
        studies", "five studies") that the other side does not share (by its
        first five letters, so "diabetes" and "diabetic" agree) marks different
        subjects, unless the thesaurus MT105 uses calls the words synonyms
        ("blood ailment", "blood sickness": a spin).
        """
        a, b = (self._paragraph_words(doc, start, end) for start, end, _ in (first, second))
        # the later paragraph (the one being read) is compared with each earlier one like it:
        # difflib indexes it once; only the current paragraph's matcher is kept
        matchers = doc.derived(_paragraph_matchers)
        matcher = matchers.get(second[:2])
        if matcher is None:
            import difflib  # only for paragraphs with a near duplicate

            matchers.clear()
            matcher = matchers[second[:2]] = difflib.SequenceMatcher(None, [], b, autojunk=False)
        different, swapped = _differing_subjects(a, b, float(self.opts["key-zipf"]), matcher=matcher)
        # no word swapped: one paragraph quotes or extends the other (a deck reused in the lede, a
        # caption, a pull quote), which RP102 reports where whole sentences repeat
        return swapped and not different


def _paragraph_words_memo(doc: Document) -> dict[tuple[int, int], list[str]]:
    """RP104's ``_key_words`` of each paragraph compared so far, by its span."""
    return {}


def _paragraph_matchers(doc: Document) -> dict[tuple[int, int], Any]:
    """RP104's ``difflib.SequenceMatcher`` of the paragraph being compared, by its span (one at a time)."""
    return {}


def _list_title(text: str) -> bool:
    """A list entry that is a title, not prose: it opens with a bullet or dash and ends without
    a sentence's stop. Entries of one list (related articles' titles) are parallel by design."""
    stripped = text.strip()
    return bool(_BULLET.match(stripped)) and stripped[-1:] not in '.!?"\u201d'


#: A form's field: a label of a few words that ends in a colon before any sentence stop.
_FIELD = re.compile(r"\s*(?:\*\*|__)?([^:\n.!?]{2,80}?)(?:\*\*|__)?:\s+\S")
#: Fields longer than this many words are prose that happens to open with a label.
_FIELD_WORDS = 60


def _different_fields(left: str, right: str) -> bool:
    """Two short "label: value" paragraphs under different labels (a journal's author
    contributions, a drug label's fields): the same names or values under each label are the
    form's design, not a paragraph printed twice."""
    a, b = _FIELD.match(left), _FIELD.match(right)
    return (
        a is not None
        and b is not None
        and len(left.split()) <= _FIELD_WORDS
        and len(right.split()) <= _FIELD_WORDS
        and a.group(1).strip().lower() != b.group(1).strip().lower()
    )


#: a question's closing mark, then closing quotes or brackets
_QUESTION_END = re.compile(r"\?[\"'\u201d\u2019)\]]*$")


def _asks(text: str) -> bool:
    """The paragraph is a question: it ends with a question mark. An interview's or FAQ's answer
    takes up its question's words by design ("What's the main difference between a medical wig and
    a traditional wig?" / "One of the main differences between a medical wig and a traditional wig is
    ..."); a question and a statement are a question and its answer, not two versions of one
    paragraph (a spinner's copy of a question is a question)."""
    return bool(_QUESTION_END.search(text.rstrip()))
