"""Evidence that a statement is sourced: links, DOIs, PMIDs, author-year and numbered
references, named journals, and reference sections.

Claim rules ask "is there a citation in this sentence, the next one, or this
paragraph?"; the disclosure rules ask "does this article cite anything at all?".
Both use the same detector, so they can never disagree.
"""

from __future__ import annotations

import bisect
import re

from ..document import HEADING, LIST_ITEM, PARAGRAPH, Block, Document
from ..text.matching import ProbedPattern
from .apostrophe import cue

JOURNALS = (
    "New England Journal of Medicine",
    "NEJM",
    "The Lancet",
    "Lancet",
    "JAMA",
    "Journal of the American Medical Association",
    "BMJ",
    "British Medical Journal",
    "Nature",
    "Science",
    "Cell",
    "PLOS ONE",
    "PLOS Medicine",
    "PLoS",
    "Annals of Internal Medicine",
    "Cochrane",
    "Diabetes Care",
    "Diabetologia",
    "Circulation",
    "Pediatrics",
    "Neurology",
    "Gut",
    "Thorax",
    "Journal of Clinical Oncology",
    "Nature Medicine",
    "CMAJ",
    "MMWR",
    "Morbidity and Mortality Weekly Report",
    "Lancet Diabetes & Endocrinology",
    "JRSM",
    "eLife",
    "Scientific Reports",
    "Frontiers in",
    "BMC",
    "American Journal of",
    "Journal of",
    "Annals of",
)
_JOURNAL_RE = cue(
    r"\b(?:"
    + "|".join(
        re.escape(j)
        for j in sorted(JOURNALS, key=len, reverse=True)
        if j not in ("Science", "Cell", "Nature", "Gut")
    )
    + r")\b|\b(?:published|reported|appear(?:s|ed)?)\s+(?:online\s+)?in\s+(?:the\s+)?(?:journal\s+)?"
    # (s66) a database or an agency is no journal ("published in the National Library of Medicine", "in PubMed")
    r"(?!(?:National\s+Library\s+of\s+Medicine|PubMed|NCBI|NIH|National\s+Institutes?\s+of\s+Health|Google|"
    r"Internet|Web)\b)[A-Z][\w&-]+"
    r"|\bin\s+(?:the\s+journal\s+)?(?:Science|Nature|Cell|Gut)\b"
    r"|\bin\s+the\s+journal\s+[A-Z][\w&-]+"
)
_JOURNAL = ProbedPattern.of(_JOURNAL_RE)  # searched only in blocks naming a journal or "published in"
# Citation forms, one regex each
_CITATION_FORMS: tuple[re.Pattern[str], ...] = (
    cue(  # (Smith et al., 2019), (Journal, 2007), (Smith 2019; Lee 2020)
        r"\((?:[A-Z][A-Za-z'\u2019-]+(?:\s+et al\.?|\s+(?:and|&)\s+[A-Z][A-Za-z'\u2019-]+)?,?\s+"
        r"(?:19|20)\d{2}[a-z]?\)|[^()]{0,80}(?:19|20)\d{2}[^()]{0,20}\))"
    ),
    # [3], [1-4], and with the spaces some sites set inside the brackets: "[ 1,2 ]", "[ 5 ]"
    # (one space at most on each side: "[ ]" and "[x]" are check boxes, not references)
    cue(r"\[ ?\d{1,3}(?:\s*[-\u2013,]\s*\d{1,3})* ?\]"),
    cue(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+"),  # superscript numbers
    # a superscript reference number that a copy flattened onto the line, after the sentence's full stop or
    # comma: "effective in alleviating these symptoms.1 However" (a word of three lower-case letters before
    # it, so "No.1", "Fig.1" and "2.1" are not read; a capital, a quote or the line's end after it)
    cue(r"(?<=[a-z]{3}[.,;])\d{1,2}(?=[ \t]+[A-Z\u201c\"(]|[ \t]*$)", re.MULTILINE),
    # DOI, PMID, PMC, et al.
    cue(r"\b10\.\d{4,9}/\S+|\bdoi:\s*\S+|\bPMID:?\s*\d{5,9}\b|\bPMC\d{5,9}\b|\bet al\.?"),
)
REFERENCE_HEADINGS = cue(
    # a wiki's heading carries its section's edit link in brackets ("References [ edit ]")
    r"^\s*(?:references?|sources?|bibliography|citations?|further reading|studies cited|literature)\s*:?\s*"
    r"(?:\[\s*\w+(?:\s+\w+)?\s*\]\s*)?$",
    re.IGNORECASE,
)


def _spans(doc: Document) -> list[tuple[int, int]]:
    return doc.derived(_find_spans)


def _find_spans(doc: Document) -> list[tuple[int, int]]:
    spans = [(lk.start, lk.end) for lk in doc.links]
    source = doc.source
    for rx in _CITATION_FORMS:
        spans += [(m.start(), m.end()) for m in rx.finditer(source)]
    spans += [(m.start(), m.end()) for m in _JOURNAL.finditer(doc)]
    spans.sort()
    return spans


def has_citation(doc: Document, start: int, end: int) -> bool:
    """Whether any citation evidence lies within [start, end) of the source."""
    spans = _spans(doc)
    i = bisect.bisect_left(spans, (start, -1))
    if i > 0 and spans[i - 1][1] > start:
        return True
    return i < len(spans) and spans[i][0] < end


def cited_near(doc: Document, start: int, end: int) -> bool:
    """A citation in the sentence of ``start``, the next sentence, or the same paragraph."""
    bi = doc.block_at(start)
    if bi is not None:
        block = doc.blocks[bi]
        # the paragraph itself, plus trailing markup on the same line (a link after the last word)
        nl = doc.source.find("\n", block.end)
        if has_citation(doc, block.start, nl if nl != -1 else len(doc.source)):
            return True
        sents = doc.sentences
        si = bisect.bisect_right(doc.sentence_starts, start) - 1
        if 0 <= si + 1 < len(sents):
            nxt = sents[si + 1]
            if has_citation(doc, nxt.start, nxt.end):
                return True
        return False
    return has_citation(doc, start, end)


_REFERENCE_LINE = cue(r"(?im)^[ \t]*(?:references?|sources?)[ \t]*:")  # not \s*: it runs across blank lines


def has_reference_section(doc: Document) -> bool:
    if doc.metadata.get("references"):
        return True
    for block in doc.blocks:
        if block.kind == HEADING and REFERENCE_HEADINGS.match(doc.prose[block.start : block.end]):
            return True
    return bool(_REFERENCE_LINE.search(doc.prose))


def cites_anything(doc: Document) -> bool:
    return has_reference_section(doc) or bool(_spans(doc))


# "Sources: National Institutes of Health ...": a paragraph that is its own reference list
_REFERENCE_LEAD = cue(
    r"\s*(?:references?|sources?|bibliography|citations?|further reading|studies cited)\s*:", re.IGNORECASE
)
# a reference entry opens with its first author, surname and initials ("LeBoff MS,", "Smith J.",
# "Bolland, M. J.,", "Smith JA et al.") ...
_AUTHOR_OPENING = cue(
    r"\s*(?:\[?\d{1,3}[.)\]]?\s*)?[A-Z][A-Za-z'\u2019-]+,?\s+(?:[A-Z]{1,3}|[A-Z]\.(?:\s?[A-Z]\.)*)"
    r"(?:,|\.|\s+et al|\s+and\b|\s+&)"
)
#: ... and has the shape of a citation: "et al.", volume and pages ("2022;387(4):299", "12(3), 45"),
#: a DOI, or "Accessed <date>" (a dateline, "TITUSVILLE, N.J., May 5, 2018", and a byline,
#: "Thomas E. Hughes, chief executive", open the same way and have none); the claim rules read a
#: sentence with one as a cited work's title (``claim_structure.REFERENCE``)
CITATION_SHAPE = cue(
    r"\bet al\.|\b(?:19|20)\d{2}\s?;\s?\d+|\b\d+\s?\(\d+\)\s?[:,]\s?\d+|\bdoi:|\b10\.\d{4,9}/|\bAccessed\s+\d",
    re.IGNORECASE,
)
_YEAR = cue(r"\b(?:19|20)\d{2}\b")
#: an entry longer than this is a paragraph of prose that happens to open with a name
MAX_ENTRY_WORDS = 80


def reference_entries(doc: Document) -> list[tuple[int, int]]:
    """The (start, end) of every block that is an entry of a reference list, in order.

    An entry is a list item under a heading such as "References" or "Sources" (up to the next
    heading), or a paragraph there that names a year or holds a link (a disclaimer after the
    list is no entry), a paragraph that opens "Sources:", or a list item or short
    paragraph anywhere that reads as a citation: it opens with its first author's surname and
    initials and has a citation's shape ("et al.", volume and pages, a DOI). Its words are a cited work's title, not the article's prose: not the article's
    claims, and not prose whose reading grade the writer controls.
    """
    return doc.derived(_find_reference_entries)


def _find_reference_entries(doc: Document) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    prose = doc.prose
    under_heading = False
    for block in doc.blocks:
        text = prose[block.start : block.end]
        if block.kind == HEADING:
            under_heading = bool(REFERENCE_HEADINGS.match(text))
            continue
        if block.kind not in (PARAGRAPH, LIST_ITEM):
            continue
        if (
            (under_heading and (block.kind == LIST_ITEM or _YEAR.search(text) or _links_in(doc, block)))
            or _REFERENCE_LEAD.match(text)
            or (
                _AUTHOR_OPENING.match(text)
                and CITATION_SHAPE.search(text)
                and len(text.split()) <= MAX_ENTRY_WORDS
            )
        ):
            out.append((block.start, block.end))
    return out


def in_reference_entry(doc: Document, offset: int) -> bool:
    """Whether ``offset`` lies in an entry of a reference list (``reference_entries``)."""
    entries = reference_entries(doc)
    i = bisect.bisect_right(entries, (offset, len(doc.prose) + 1)) - 1
    return i >= 0 and entries[i][0] <= offset < entries[i][1]


def _links_in(doc: Document, block: Block) -> bool:
    """Whether a link starts inside ``block`` (``doc.links`` is in source order)."""
    links = doc.links
    i = bisect.bisect_left([lk.start for lk in links], block.start) if links else 0
    return i < len(links) and links[i].start < block.end
