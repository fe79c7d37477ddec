"""RP102 repeated-sentence: The same sentence appears again later in the document."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from ...diagnostic import Severity
from ...document import CAPTION, LIST_ITEM, QUOTE, Document
from ...rule import Example, Finding, Option, Rule
from ...text.lazy_re import lazy_compile
from ._shared import (
    _nearby,
    _other_section,
    _parallel_template,
    _quotes_the_other,
    _repeats,
    _restated_in_box,
)


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

    A field of a record is not a sentence of the text either: a paragraph that is a label and a
    list of short items ("Portion Fix Containers: 1 Green, 1 Red, 1 tsp.", "Drafting of the article:
    M.L. Anderson, C. Dobkin.", "Inactive ingredients: lactose, talc, starch.") gives the same value
    in each record or under each label by the form's design; a copy is skipped when both copies lie
    in such field lines. On a saved page, a bold run-in head that opens a block (a label or a
    question: "<strong>Are pets allowed?</strong> Only assistance dogs.") is such a label too: a
    copy in another section (a heading between the two) is skipped when both copies' blocks open
    with a head (one question answered for each of several train companies, asked in the same or
    other words); in one section the same value under two heads, and "<strong>Note:</strong> Take
    the tablets with food." twice, are still repeats.

    A photo caption that quotes the story (its block ends with the photographer's
    credit: "Caleb Kenna for The Boston Globe", "Keith Bedford/Globe Staff", "(AP Photo/Ted
    S. Warren)"; on a saved page, a ``<figcaption>`` or a table's ``<caption>``) is a
    display element, not a second copy, whichever of the two copies it is, and so is a
    credit line printed under two pictures; one caption printed twice (a crawl's duplicate)
    is still a repeat.

    A pull quote (a block quotation that is nothing but a sentence of the text,
    set off to catch the eye) is a display element too; a quotation that
    repeats another quotation is still reported.

    Two items of one list (list items and nothing else between the copies) that share a sentence
    but differ as wholes are parallel entries each read by itself (two answers a player may give,
    each followed by the same outcome); an item printed twice whole is still a repeat.

    Parallel sections written to one template (one per comparison of a review, one per test a
    patient may have) share lines by design: "We found three studies ... None of the studies
    reported on quality of life." and "We found five studies ... None of the studies reported on
    quality of life."; "This test looks inside the rectum ... You will not need a sedative." and
    "This test looks inside the colon ... You will not need a sedative." A copy is not reported
    when, among the sentences around the two copies, one on each side is the same template filled
    for another thing (their frame shared, a figure against another figure or a word against a
    different word that is no synonym of it). A paragraph pasted twice brings its neighbours word
    for word, and a spun copy swaps synonyms: both are still reported.

    On a saved page, a block printed whole in two places far apart is one part of the page's
    template (a standfirst in the header and the body, an author's bio over and under the story,
    a widget's line for two layouts): the writer who restates a sentence far away writes other
    words around it.

    A copy in the same paragraph or the next one is a paste or a crawl
    duplicate (warning). Where a plain-text copy separates paragraphs with
    single line breaks, a line of paragraph length between the copies is a
    paragraph between them (a standfirst under the title restated pages
    later), while a hard-wrapped paragraph's short lines are one paragraph.
    A copy several paragraphs away is reported at info:
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
        Example(
            "\u201cI figured, why not try the new drug?\u201d he said.\n\n"
            "\u201cI figured, why not try the new drug?\u201d John Brown said. Caleb Kenna for The Boston Globe",
            note="a photo caption quoting the story",
        ),
        Example(
            "Two studies (120 people) compared aspirin with placebo. None of the studies reported on "
            "quality of life. Three studies (300 people) compared heparin with warfarin. None of the "
            "studies reported on quality of life.",
            note="parallel sections written to one template share their closing note",
        ),
        Example(
            "<blockquote><p>Gropers profit from their victims' fear of a fuss.</p></blockquote>"
            "<p>Victims speak up more. Gropers profit from their victims' fear of a fuss.</p>",
            format="html",
            note="a pull quote",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        min_words = int(self.opts["min-words"])
        for finding in _repeats(doc, min_words, want_heading=False):
            first = finding.related[0][:2]
            if _is_form_line(doc, finding.start, finding.end) or _is_form_line(doc, *first):
                continue
            if _field_value(doc, finding.start) and _field_value(doc, first[0]):
                continue  # the same value under two labels or in two records of a form
            if _same_field(doc, finding.start, first[0]):
                continue  # one field of a form, printed once per record
            if _other_items_of_one_list(doc, first[0], finding.start):
                continue  # options of one list that end alike ("(-50 friendship) She is crestfallen.")
            if _credit_caption(doc, finding.start) or _BRACKETED_CREDIT.fullmatch(doc.prose, *first):
                continue  # a photo caption quoting the story, a credit under two pictures: display elements
            if _in_caption(doc, finding.start) != _in_caption(doc, first[0]):
                continue  # one copy a caption, quoting the other: a display element, not a second copy
            if _pull_quote(doc, finding.start, finding.end) != _pull_quote(doc, *first):
                continue  # a pull quote set off from the text it repeats: a display element
            if _quotes_the_other(doc, first, (finding.start, finding.end)):
                continue  # a statement quoted in the story and printed in full: quoted, not repeated
            if _restated_in_box(doc, first[0], finding.start):
                continue  # a recipe card or highlights box restating the article: the page's design
            if _parallel_template(doc, first[0], finding.start):
                continue  # the shared line of parallel sections written to one template
            near = _nearby(doc, first[0], finding.start)
            if not near and _template_part_twice(doc, first[0], finding.start):
                continue  # one part of a saved page's template printed in two places
            if not near:
                finding = replace(
                    finding, severity=Severity.INFO, message=finding.message + " (far apart: deliberate?)"
                )
            yield finding


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


#: a field's label opening its paragraph: a few words (no sentence stop) and a colon
_FIELD_LABEL = lazy_compile(r"\s*(?:\*\*|__)?[^:\n.!?]{2,80}?(?:\*\*|__)?:\s")
#: a field line is at most this many words in all ...
_FIELD_WORDS = 60
#: ... and its value lists at least this many items of at most ``_ITEM_WORDS`` words each
_FIELD_ITEMS = 3
_ITEM_WORDS = 4


def _field_value(doc: Document, offset: int) -> bool:
    """The unit at ``offset`` lies in a field line: a paragraph that opens with a label and a colon
    (the last colon of "Author Contributions: Conception and design: ...") and whose value after it
    is a list of ``_FIELD_ITEMS`` or more short items, split by commas or semicolons."""
    bi = doc.block_at(offset)
    if bi is None:
        return False
    block = doc.blocks[bi]
    text = doc.prose[block.start : block.end]
    if not _FIELD_LABEL.match(text) or len(text.split()) > _FIELD_WORDS:
        return False
    value = text.rsplit(":", 1)[1].strip().rstrip(".")
    items = [item.split() for item in value.replace(";", ",").split(",")]
    return len(items) >= _FIELD_ITEMS and all(0 < len(item) <= _ITEM_WORDS for item in items)


def _run_in_head(doc: Document, offset: int) -> tuple[str, int] | None:
    """The words and end of the bold run-in head that opens the block at ``offset`` on a saved
    page (the HTML reader's ``run_in_heads``: "<strong>Are pets allowed?</strong> Yes."), if any."""
    heads = doc.metadata.get("run_in_heads")
    bi = doc.block_at(offset) if heads else None
    if heads is None or bi is None:
        return None
    start = doc.blocks[bi].start
    i = bisect_right(heads, [start, 1 << 62]) - 1
    if i < 0 or heads[i][0] != start:
        return None
    return doc.words_key(start, int(heads[i][1])), int(heads[i][1])


def _same_field(doc: Document, start: int, first: int) -> bool:
    """The two copies are one field of a form printed once per record: they lie in different
    sections (a heading between them) and both blocks open with a bold run-in head, the same
    question answered for two train companies, or asked in other words for another ("Animals or
    pets allowed?" / "Animals and pets allowed?"). In one section the same value under two heads
    is still a copy (one company's answers closing twice with the same sentence)."""
    return (
        _run_in_head(doc, start) is not None
        and _run_in_head(doc, first) is not None
        and _other_section(doc, first, start)
    )


# a photo credit closing a caption: "Caleb Kenna for The Boston Globe", "Keith Bedford/Globe Staff",
# and the wire services' bracketed form, "(AP Photo/Ted S. Warren)", "(Photo: Jane Doe/Reuters)"
_PHOTO_CREDIT = lazy_compile(
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,3}?[A-Z][\w.'\u2019-]*"
    r"(?:\s+for\s+(?:The\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4}|/[A-Z][\w.&'\u2019 /-]{2,40})\s*$"
)
_BRACKETED_CREDIT = lazy_compile(
    r"\((?:[A-Z][\w.&'\u2019-]*\s+){0,3}(?:Photo|Photograph|Image|Picture|Video)s?(?:\s*/\s*|\s*:\s*|\s+by\s+)"
    r"[A-Z][^()\n]{1,60}\)\s*$"
)


def _other_items_of_one_list(doc: Document, first: int, later: int) -> bool:
    """The two copies lie in two different items of one list (list items and nothing else from
    the first copy's block to the later's): the items are parallel entries, each whole by itself,
    and an outcome shared by two options ("(-50 friendship.) Penny is crestfallen ..." under each
    answer a player may give) is the list's design, not a paste. An item printed twice whole is
    still a repeat."""
    a, b = doc.block_at(first), doc.block_at(later)
    if a is None or b is None or a == b:
        return False
    if any(doc.blocks[i].kind != LIST_ITEM for i in range(a, b + 1)):
        return False
    one, other = doc.blocks[a], doc.blocks[b]
    return doc.words_key(one.start, one.end) != doc.words_key(other.start, other.end)


#: two whole copies in one section with at most this many blocks from one to the other (a note given
#: again after a paragraph) are read as the writer's; a template's two places are further apart
_TEMPLATE_GAP = 3


def _template_part_twice(doc: Document, first: int, later: int) -> bool:
    """On a saved page, two blocks far apart that are the same as wholes: one part of the page's
    template printed in two places (an author's bio over the story and under it, a standfirst in
    the header and the body, a reprint notice in a print header and footer, a widget's line for
    the mobile and the desktop layout). A writer who restates a sentence far away writes it into
    other words around it; a block whole again is the template's. Plain text and Markdown have
    no template: there a paragraph pasted twice is still a repeat (``html_meta`` marks a page). A
    block quotation is the writer's quoting: one quotation given twice is still a repeat."""
    if "html_meta" not in doc.metadata:
        return False
    a, b = doc.block_at(first), doc.block_at(later)
    if a is None or b is None or a == b:
        return False
    one, other = doc.blocks[a], doc.blocks[b]
    if QUOTE in (one.kind, other.kind):
        return False
    if b - a <= _TEMPLATE_GAP and not _other_section(doc, first, later):
        return False  # a paragraph or two apart in one section: the writer's note given again
    return doc.words_key(one.start, one.end) == doc.words_key(other.start, other.end)


def _pull_quote(doc: Document, start: int, end: int) -> bool:
    """The unit is the whole of a block quotation (``> ...``, ``<blockquote>``): set off on its own,
    a sentence of the text beside it is a pull quote, printed large to catch the eye."""
    bi = doc.block_at(start)
    if bi is None or doc.blocks[bi].kind != QUOTE:
        return False
    block = doc.blocks[bi]
    marks = " \t\r\n\"'\u201c\u201d\u2018\u2019"
    return not doc.prose[block.start : start].strip(marks) and not doc.prose[end : block.end].strip(marks)


def _credit_caption(doc: Document, offset: int) -> bool:
    """The unit's block ends with a photographer's credit (and no full stop): a caption."""
    bi = doc.block_at(offset)
    if bi is None:
        return False
    block = doc.blocks[bi]
    tail = doc.prose[max(block.start, block.end - 80) : block.end]
    return tail.rstrip()[-1:].isalpha() and bool(_PHOTO_CREDIT.search(tail))


def _in_caption(doc: Document, offset: int) -> bool:
    """The unit's block is a caption: the page's own caption element (``<figcaption>``, a table's
    ``<caption>``), or a block that ends with a photographer's credit (with no full stop, or in the
    wire services' brackets)."""
    bi = doc.block_at(offset)
    if bi is None:
        return False
    block = doc.blocks[bi]
    if block.kind == CAPTION:
        return True
    tail = doc.prose[max(block.start, block.end - 80) : block.end]
    return _credit_caption(doc, offset) or bool(_BRACKETED_CREDIT.search(tail))
