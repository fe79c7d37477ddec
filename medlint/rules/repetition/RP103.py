"""RP103 repeated-heading: A heading (or title) is printed again: as another heading or as a sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator

from ...diagnostic import Severity
from ...document import HEADING, LIST_ITEM, PARAGRAPH, Document
from ...rule import Example, Finding, Option, Rule
from ._shared import _normalized_units, _repeats, _restated_in_box, _short

#: a line repeated on rows of its own is a button's label ("Follow us on Twitter") below this many
#: words, a title printed over and over from it on
_TITLE_WORDS = 5
#: one line of a paragraph, without its line break or the spaces around it
_LINE = re.compile(r"[^\S\n]*([^\n]*?\S)[^\S\n]*(?=\n|$)")
#: how far after a heading the source is read for the links of a box the reader removed
_REMOVED_BOX_REACH = 20_000
#: a link whose text opens with a word (markup of the source, not the prose view)
_LINK_WITH_WORDS = re.compile(r"<a\b[^>]*>\s*(?:<[^>]+>\s*)*[A-Za-z]{2}")


class RepeatedHeading(Rule):
    """A heading (or title) is printed again: as another heading or as a sentence.

    Templates and scrapers often print the title two or three times, once as a
    heading and again as the first line of the body: a copy that follows the
    first with nothing but headings between is reported, unless the line is
    printed three times or more and always on a line of its own with fewer
    than five words (the "Follow us" labels of a row of social-media buttons;
    a title printed again opens the body, and in plain text a title of five
    words or more printed three times on lines of its own is still a title;
    on a saved page a related story's card prints its own title three times). Copies with body text between are reported for real headings
    (Markdown, HTML) unless the line recurs three times or more (an ad slot,
    "Continue reading", a photo credit printed through the page is
    furniture); in plain text, where
    a "heading" is only a short line, such copies are captions and credits
    and are not reported.

    In plain text a run of short lines after the body has begun is a record,
    not a title: a press release's contact block gives each contact's
    institution on a line of its own ("Jane Roe / University of X / Neurology /
    jane@x.edu / John Poe / University of X"). There a copy with other lines
    between is the record's field, printed once per record; only a copy that
    follows the first straight away, or that repeats a line printed before the
    body began (the title), is reported.

    On a saved web page the titles of two empty widgets (a "You may also like" box a script
    fills, in the main column and again in the sidebar) are not a repeat: the HTML reader marks
    a sub-heading whose box holds nothing else and that heads no text (``metadata["empty_titles"]``),
    and two such copies are not reported. A link that runs a script (``javascript:``, an
    infinite-scroll navigator's title) points at a heading as any link does. The standfirst (a
    summary sentence set as a sub-heading right under the title, ``metadata["standfirst"]``) said
    again in the story's text is a summary restated, not a heading printed twice. A box that
    restates the article in brief (a recipe card under the post, a highlights box:
    ``metadata["summary_boxes"]``) gives the title again by design: a copy in one is not reported.
    The title of a box of links to other pages, printed over each box ("Related Coverage" over the
    links under the story and again in the sidebar: a heading whose next block is a list item
    that is mostly link text), is navigation: two such copies are not reported.
    Nor is a sentence ending with a colon inside a longer paragraph ("... For example:" over a
    code sample under a "For example" heading): a lead-in to what follows, not a heading.
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
        Example(
            "Ozone Therapy Regrows Knee Cartilage\nOzone Therapy Regrows Knee Cartilage\n"
            "Ozone Therapy Regrows Knee Cartilage\n\nMillions of people have arthritis."
        ),
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
            "Organ chips may speed drug tests\n\nLike us\n\nFollow us\n\nJoin us\n\nFollow us\n\n"
            "Follow us\n\nIt takes up to 15 years for a new drug to reach patients.",
            note="the labels of a row of social-media buttons",
        ),
        Example(
            "Fish oil and pregnancy\n\nPhoto by Ann Lee\n\nThe trial enrolled 2,400 women.\n\n"
            "It ran for two years.\n\nPhoto by Ann Lee\n\nNo benefit was seen.",
            note="a credit line under two photos in plain text",
        ),
        Example(
            "Tea and memory\n\nThe trial enrolled 2,400 older adults and ran for two years in four cities.\n\n"
            "For further information, please contact:\n\nJane Roe\n\nUniversity of Springfield\n\n"
            "jane.roe@example.edu\n\nJohn Poe\n\nUniversity of Springfield\n\njohn.poe@example.edu",
            note="each contact's institution in a contact block after the body",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        yield from self._repeated_lines(doc)
        units = _normalized_units(doc)
        copies = Counter(key for _, _, _, key, _ in units)
        in_text = {key for _, _, is_heading, key, _ in units if not is_heading}
        links = sorted(
            [
                *((lk.start, lk.end) for lk in doc.links),
                *(tuple(span) for span in doc.metadata.get("script_links", ())),
            ]
        )
        standfirst = doc.metadata.get("standfirst")
        empty_titles = {tuple(span) for span in doc.metadata.get("empty_titles", ())}
        for finding in _repeats(doc, self.opts["min-words"], want_heading=True):
            first = finding.related[0][0]
            if self._linked(doc, links, first) or self._linked(doc, links, finding.start):
                continue  # a contents entry or a teaser: a link to the heading, not a second copy
            if standfirst and self._restated(doc, standfirst, first, finding.start):
                continue  # the standfirst under the headline, said again in the story's text
            if empty_titles and self._empty_title(doc, empty_titles, first, finding.start):
                continue  # the titles of two empty widgets (a script fills them): neither heads anything
            if _restated_in_box(doc, first, finding.start):
                continue  # a recipe card's title over the post's: the card restates the post by design
            if self._lead_in(doc, finding.start, finding.end) or self._lead_in(doc, *finding.related[0][:2]):
                continue  # "For example:" closing a paragraph before its example: not a heading
            key = doc.words_key(finding.start, finding.end)
            if (
                copies[key] >= 3
                and key not in in_text
                and not (doc.format == "text" and key.count(" ") >= _TITLE_WORDS - 1)
            ):
                # a button's label ("Follow us") on a row of lines of its own: furniture; in plain
                # text a line of _TITLE_WORDS words or more is a title printed three times (on a
                # saved page a related story's card prints its title over and over: the card's)
                continue
            if self._heads_links(doc, links, first) and self._heads_links(doc, links, finding.start):
                continue  # the title of a box of links over each box ("Related Coverage"): navigation
            if self._adjacent(doc, first, finding.start):
                if doc.format == "text" and self._record_field(doc, first, finding.start):
                    continue  # the same field of the next record in a block of short lines
                yield finding  # printed again straight away: the template's or scraper's repeat
                continue
            if doc.format == "text":
                continue  # plain text has no headings, only short lines; far apart they are captions
            if copies[key] >= 3:
                continue  # an ad slot or credit printed through the page: furniture
            yield finding

    @staticmethod
    def _repeated_lines(doc: Document) -> Iterator[Finding]:
        """A line printed again on the very next line of the same paragraph ("Ozone Therapy Regrows
        Cartilage" three times over the body with no blank line between): the sentence reader joins
        lines with no full stop, so the copies are one "sentence" to the other tests. Only lines of
        _TITLE_WORDS words or more count (a hard-wrapped paragraph never repeats a whole line; a
        refrain of a few words may). Plain text and Markdown only: on a saved page a story card
        prints its title on line after line."""
        if doc.format == "html":
            return  # a saved page's line breaks are its markup's: a story card repeats its title
        prose = doc.prose
        for block in doc.blocks:
            if block.kind not in (PARAGRAPH, HEADING):
                continue
            text = prose[block.start : block.end]
            if "\n" not in text:
                continue
            before: tuple[int, int, str] | None = None
            for m in _LINE.finditer(text):
                start, end = block.start + m.start(), block.start + m.end()
                key = doc.words_key(start, end)
                if before is not None and key == before[2] and key.count(" ") >= _TITLE_WORDS - 1:
                    yield Finding(
                        start,
                        end,
                        f"this line repeats line {doc.position(before[0]).line}: {_short(prose[start:end])!r}",
                        related=((before[0], before[1], "first occurrence"),),
                    )
                    continue  # a third copy is reported against the first, too
                before = (start, end, key)

    @staticmethod
    def _linked(doc: Document, links: list[tuple[int, int]], at: int) -> bool:
        """The heading or line at ``at`` is all link text: its block lies inside one link (a table
        of contents entry pointing at the heading, a "related stories" or sidebar teaser pointing
        at another page, ``<h3><a href>...</a></h3>`` or ``<a href><h3>...</h3></a>``)."""
        i = doc.block_at(at)
        if i is None:
            return False
        block = doc.blocks[i]
        j = bisect_right(links, (block.start, len(doc.prose)))
        return any(start <= block.start and block.end <= end for start, end in links[max(0, j - 8) : j])

    @staticmethod
    def _heads_links(doc: Document, links: list[tuple[int, int]], at: int) -> bool:
        """The heading at ``at`` stands over a box of links to other pages ("Related Coverage",
        "More on this topic"), which a page prints over each such box by design; two copies are
        navigation, not a title printed twice. The box is the next block when it is a list item
        that is mostly link text, or, on a saved page whose reader removed the box as page chrome,
        the links the source holds between the heading and the next block the reader kept (two
        or more links with words and no word of text left). The article's own headings stand over
        its text."""
        i = doc.block_at(at)
        if i is None or doc.blocks[i].kind != HEADING:
            return False
        heading = doc.blocks[i]
        nxt = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
        if nxt is not None and nxt.kind == LIST_ITEM:
            letters = sum(not c.isspace() for c in doc.prose[nxt.start : nxt.end])
            j = bisect_right(links, (nxt.start, len(doc.prose)))
            linked = 0
            for start, end in links[max(0, j - 8) : j + 64]:
                lo, hi = max(start, nxt.start), min(end, nxt.end)
                if lo < hi:
                    linked += sum(not c.isspace() for c in doc.prose[lo:hi])
            if letters > 0 and 2 * linked >= letters:
                return True
        if doc.format != "html":
            return False
        gap_end = nxt.start if nxt is not None else len(doc.source)
        gap_end = min(gap_end, heading.end + _REMOVED_BOX_REACH)
        if doc.prose[heading.end : gap_end].strip():
            return False
        return len(_LINK_WITH_WORDS.findall(doc.source, heading.end, gap_end)) >= 2

    @staticmethod
    def _lead_in(doc: Document, start: int, end: int) -> bool:
        """The copy is a sentence ending with a colon inside a longer paragraph: a lead-in to what
        follows ("... a new array. For example:" over a code sample), not a heading printed again;
        a heading's words on a block of their own ("Symptoms:") are still a copy."""
        i = doc.block_at(start)
        if i is None or doc.blocks[i].kind == HEADING or not doc.prose[start:end].rstrip().endswith(":"):
            return False
        block = doc.blocks[i]
        return bool(doc.prose[block.start : start].strip() or doc.prose[end : block.end].strip())

    @staticmethod
    def _restated(doc: Document, standfirst: list[int], first: int, later: int) -> bool:
        """The first copy is the page's standfirst (``metadata["standfirst"]``: a summary sentence set
        as a sub-heading under the title) and the later one stands in the text, not in a heading."""
        a, b = doc.block_at(first), doc.block_at(later)
        if a is None or b is None or [doc.blocks[a].start, doc.blocks[a].end] != list(standfirst):
            return False
        return doc.blocks[b].kind != HEADING

    @staticmethod
    def _empty_title(doc: Document, titles: set[tuple[int, ...]], *copies: int) -> bool:
        """Every copy is a heading the HTML reader found over an empty widget
        (``metadata["empty_titles"]``: its box holds no other words and no text follows it)."""
        for at in copies:
            i = doc.block_at(at)
            if i is None or (doc.blocks[i].start, doc.blocks[i].end) not in titles:
                return False
        return True

    @staticmethod
    def _record_field(doc: Document, first: int, later: int) -> bool:
        """Other lines stand between the copies, and body text came before the first one."""
        a, b = doc.block_at(first), doc.block_at(later)
        if a is None or b is None or b - a < 2:
            return False
        return any(block.kind != HEADING for block in doc.blocks[:a])

    @staticmethod
    def _adjacent(doc: Document, first: int, later: int) -> bool:
        """Only headings (short lines) stand between the two copies, or the later one opens the next block."""
        between = [b for b in doc.blocks if first < b.start <= later]
        if between and between[-1].end >= later and between[-1].start < later:
            between = between[:-1]  # the block the later copy opens
        between = [b for b in between if b.start < later]
        return all(b.kind == HEADING for b in between)
