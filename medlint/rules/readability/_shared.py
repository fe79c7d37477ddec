"""Helpers used by several readability rules."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import accumulate, chain, compress, filterfalse, pairwise, takewhile
from operator import attrgetter, sub

from ...document import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Document, Sentence
from ...evidence.citations import reference_entries
from ...text.lazy_re import lazy_compile
from ...text.readability import syllable_table
from ...text.word_frequency import is_rarer_than

_PROSE_KINDS = (PARAGRAPH, LIST_ITEM, QUOTE)


def reference_blocks(doc: Document) -> frozenset[int]:
    """Indexes of the blocks that are entries of a reference list: a cited work's title and
    journal abbreviations are not prose whose reading level the writer controls."""
    return doc.derived(_reference_blocks)


def _reference_blocks(doc: Document) -> frozenset[int]:
    starts = {start for start, _ in reference_entries(doc)}
    return frozenset(i for i, b in enumerate(doc.blocks) if b.start in starts)


def readable_blocks(doc: Document) -> frozenset[int]:
    """Indexes of the blocks whose reading level the writer controls: paragraphs, list items and
    quotes, less the entries of a reference list (``reference_blocks``)."""
    return doc.derived(_readable_blocks)


def _readable_blocks(doc: Document) -> frozenset[int]:
    refs = reference_blocks(doc)
    return frozenset(i for i, b in enumerate(doc.blocks) if b.kind in _PROSE_KINDS and i not in refs)


def clinician_blocks(doc: Document) -> frozenset[int]:
    """Indexes of the blocks of sections a heading addresses to clinicians (``clinician_heading``):
    from the block after the heading to the block before the next heading or heading-like line
    (``heading_line``). A page for the public that carries such a section (CDC's "Physician
    Diagnosis", "Information for Health Care Providers", "U.S. Healthcare Providers:") writes it
    for its professional readers, at their level, and the patient target is not theirs."""
    return doc.derived(_clinician_blocks)


#: A heading that names clinicians as the section's readers: a section for them ("Information for
#: Health Care Providers", "Resources for Health Professionals", "For Clinicians"), one they are the
#: subject of ("Physician Diagnosis", "U.S. Healthcare Providers:"), or the clinical description
#: CDC writes for them ("Clinical Features"). Questions ("When should I call my health care
#: provider?") are the reader's own and are not read.
_CLINICIANS = (
    r"(?:clinicians|physicians|(?:health ?care|medical|health) (?:providers|professionals|personnel)|"
    r"health ?care workers)"
)
_CLINICIAN_HEADING = lazy_compile(
    rf"\bfor (?:[A-Z][a-z]+ )?{_CLINICIANS}\b|^(?:(?:U\.S\.|Non-U\.S\.) )?{_CLINICIANS}\b:?$|"
    r"^physician diagnosis$|^clinical features$",
    re.IGNORECASE,
)


#: a word one of ``_CLINICIAN_HEADING``'s headings holds, lower-cased
_CLINICIAN_WORDS = ("clinic", "physician", "provider", "professional", "personnel", "workers")


def clinician_heading(text: str) -> bool:
    """Whether a heading (or heading-like line) addresses its section to clinicians (``_CLINICIAN_HEADING``)."""
    text = text.strip()
    return not text.endswith("?") and bool(_CLINICIAN_HEADING.search(text))


def heading_line(doc: Document, bi: int) -> str | None:
    """The text of block ``bi`` when it heads a section: a heading, or a paragraph of one line that
    is a title-case label (``_title_line``: "Physician Diagnosis", "U.S. Healthcare Providers:"),
    which a plain-text copy keeps as a paragraph; else None."""
    block = doc.blocks[bi]
    text = doc.prose[block.start : block.end]
    if block.kind == HEADING:
        return text
    if block.kind == PARAGRAPH and "\n" not in text.strip() and _title_line(text):
        return text
    return None


def _clinician_blocks(doc: Document) -> frozenset[int]:
    lowered = doc.lower
    if not any(word in lowered for word in _CLINICIAN_WORDS):
        return frozenset()  # no heading can name them (most pages): no block is read
    out: list[int] = []
    inside = False
    for bi in range(len(doc.blocks)):
        head = heading_line(doc, bi)
        if head is not None:
            inside = clinician_heading(head)
        elif inside:
            out.append(bi)
    return frozenset(out)


#: a cell or item boundary inside a run of list items or table cells that lost their line breaks:
#: a spaced dash, bullet or bar between two words ("Esotropia - Hypertelorism", "June 9 -- Coral Sky
#: Amphitheatre"), or a table's percentage cell before the next row's capitalised label ("Short
#: stature 97% Anteverted nares")
_ITEM_BREAK = lazy_compile(r"(?<=\S)[ \t]+(?:--?|[\u2013\u2014\u2022*|])[ \t]+(?=\S)|\d%[ \t]+(?=[A-Z])")
#: what every ``_ITEM_BREAK`` holds: a space or tab before a dash, bullet or bar, or a percentage
#: sign before one; searched first, as a pattern that opens with a character class is scanned fast
_BREAK_MARK = lazy_compile(r"[ \t][-\u2013\u2014\u2022*|]|%[ \t]")
#: ``_BREAK_MARK`` read from the mark (a search finds one exactly when that one does): a dash, bullet or
#: bar after a space or tab, or a percentage sign before one. A text's marks are few where its spaces are
#: many, and ``re`` enters a pattern that opens with one character class only at that class's characters
#: (tests/test_rd_break_mark.py compares the two)
_BREAK_MARK_FROM_MARK = lazy_compile(r"[-\u2013\u2014\u2022*|%](?:(?<=[ \t][^%])|(?<=%)(?=[ \t]))")
#: the plain forms of the readability helpers' fast paths (``table_run``, ``sentence_pieces``,
#: ``graded_text``): every pattern run on every sentence, kept for tests/test_rd_fast.py
_PLAIN = False
#: item breaks of one kind that make a sentence a flattened list: three (four items, the two
#: between them short)
_LIST_BREAKS = 3
#: words of a list item at most (a symptom, a test, a date and a venue)
_ITEM_WORDS = 8
#: a parenthesis of hyphen-joined letter runs: a pronunciation respelling if ``_respelling`` agrees
_HYPHENED = lazy_compile(r"\(([A-Za-z]+(?:-[A-Za-z]+)+(?:[ ,]+[A-Za-z]+(?:-[A-Za-z]+)*)*)\)")
_SYLLABLE = lazy_compile(r"[A-Za-z]+")


def _respelling(m: re.Match[str]) -> str:
    """A pronunciation respelling ("(FY-broh-MY-AL-juh)", "(jest-TAY-shun-al)") is removed: short
    syllables, the stressed one in capitals, the others in lower case; read by no one as words,
    it counts as one long polysyllable. "(BRCA-related)" keeps: "related" is a word, not a syllable."""
    parts = _SYLLABLE.findall(m.group(1))
    if (
        all(len(p) <= _SYLLABLE_LETTERS for p in parts)
        and any(len(p) > 1 and p.isupper() for p in parts)
        and any(p.islower() for p in parts)
    ):
        return ""
    return m.group(0)


#: letters of a respelled syllable at most ("STRAYT")
_SYLLABLE_LETTERS = 6
_TERMINAL = ".!?"
_CLOSERS = "\"')]\u201d\u2019"
_TITLE_WORD = lazy_compile(r"[A-Za-z][A-Za-z'\u2019-]{3,}")


def terminated(text: str) -> bool:
    """Whether a sentence ends with its own end mark (".", "!" or "?", before closing quotes or brackets)."""
    return text.rstrip().rstrip(_CLOSERS).endswith(tuple(_TERMINAL))


def _title_line(text: str) -> bool:
    """An unterminated line whose longer words are all capitalised: a heading or a label
    ("Physical Exam", "NIH: National Institute of Child Health") that plain text keeps as a
    paragraph."""
    if terminated(text) or text.rstrip().endswith((",", ";")):
        return False
    words = _TITLE_WORD.findall(text)
    return bool(words) and all(w[0].isupper() for w in words)


def flattened_list(text: str) -> bool:
    """Whether a "sentence" is list items or table cells run together: ``_LIST_BREAKS`` item
    breaks (``_ITEM_BREAK``) of one kind with short items (``_ITEM_WORDS``) between them. A list's
    items are parted alike and are a few words each; prose mixes its dashes ("PHILADELPHIA - Sleep
    loss -- in a clinic -- eases depression") or sets clauses between them ("Medical Center --
    which are recognized as one of the nation's top hospitals -- Chester County Hospital; ...").

    A table's cells are capitalised ("Absent tibia - Autosomal recessive inheritance - The ..."):
    two breaks of a table's kind (a dash for an empty frequency cell, a percentage) each before a
    capital, with a short cell between them, are a table of two rows, where prose's dash pair
    goes on in lower case ("The drug - Zoloft - works"). A list run into its lead-in's line
    (``run_in_list``) is one too.
    """
    return table_run(text) or (":" in text and run_in_list(text))


def table_run(text: str) -> bool:
    """``flattened_list`` by its item breaks: list items or table cells parted by dashes, bullets,
    bars or percentages."""
    if not _PLAIN and _BREAK_MARK_FROM_MARK.search(text) is None:
        return False  # no item break at all (most sentences): none of ``_ITEM_BREAK``'s slow scan
    last: dict[str, int] = {}  # kind -> where its last break ended
    short: dict[str, int] = {}  # kind -> short items between two of its breaks
    for m in _ITEM_BREAK.finditer(text):
        mark = m.group().strip()
        kind = "%" if mark.endswith("%") else mark  # "-", "--", a bullet, a bar, or a table's percentage
        kinds = [kind]
        if kind in ("%", "-") and text[m.end() : m.end() + 1].isupper():
            kinds.append("cell")  # also a table's cell before the next row's capitalised label
        for k in kinds:
            if k in last and len(text[last[k] : m.start()].split()) <= _ITEM_WORDS:
                short[k] = short.get(k, 0) + 1
                if short[k] >= (_TABLE_BREAKS if k == "cell" else _LIST_BREAKS) - 1:
                    return True
            last[k] = m.end()
    return False


#: breaks between capitalised table cells that make a table (three cells: two rows and the next)
_TABLE_BREAKS = 2
#: a lead-in's colon (and a citation mark after it: "such as:[7046] Sensory ...")
_LEAD_IN = lazy_compile(r":[\s\[\]0-9]*(?=[A-Za-z])")
#: a capitalised word after a word or a closing bracket with no mark between: where a list's lost line
#: break was ("strep throat Blood disorders", "(Botox)  Medications")
_RUN_IN_BREAK = lazy_compile(r"(?<=[a-z)\]])\s+([A-Z][a-z]+(?:['\u2019][a-z]+)?)\b")
#: the word before a break (past a parenthesis: "temporary fix)"), which must be in lower case
_WORD_BEFORE = lazy_compile(r"([A-Za-z][A-Za-z'\u2019-]*)[^A-Za-z(]*(?:\([^()]*\))?[^A-Za-z]*$")
#: words that join the capitalised words of one name ("National Institute of Child Health and Human
#: Development", "Institut de la Vision"): a capital after one of them is the name going on
_NAME_JOINERS = frozenset("a an and as at by de der du for from in la of on or the to van von with".split())
#: a capitalised word at least this common (Zipf) is an everyday word starting an item, not a name
_COMMON_ZIPF = 3.0
#: run-in item breaks after a lead-in that make a list (three items)
_RUN_IN_BREAKS = 2


def run_in_list(text: str) -> bool:
    """Whether a "sentence" is a list run into its lead-in's line: after a colon, ``_RUN_IN_BREAKS``
    places where an everyday word starts with a capital right after a lower-case word with no mark
    between ("may include: Fever Enlarged spleen Cytopenia ...", "one of the following: An upper
    respiratory tract infection, such as strep throat Blood disorders ..."). A crawl that lost a
    bulleted list's line breaks writes that; prose puts a capital inside a sentence only on a name
    ("Crohn's disease", rare as an everyday word) or a name's next word ("National Institute of
    Child Health"), and after a colon a title's words are capitalised from the first.
    """
    lead = _LEAD_IN.search(text)
    if lead is None:
        return False
    found = 0
    for m in _RUN_IN_BREAK.finditer(text, lead.end()):
        before = _WORD_BEFORE.search(text, lead.end(), m.start())
        if before is None or not before.group(1)[0].islower() or before.group(1) in _NAME_JOINERS:
            continue
        if is_rarer_than(m.group(1).lower(), _COMMON_ZIPF):
            continue  # a name ("with Sjogren syndrome"), not an item's first word
        found += 1
        if found >= _RUN_IN_BREAKS:
            return True
    return False


def graded_sentences(doc: Document) -> list[Sentence]:
    """The sentences a reading grade is computed on: those of ``readable_blocks`` that are prose.

    Left out: a "sentence" that is a list or table run together (``flattened_list``: a crawl
    that lost the line breaks of a symptom table makes one 200-word sentence of it), after a
    table (``table_run``) the sentences after it in its block too (the table's own notes and
    legend, which the crawl ran into the same line: a paragraph of the page after the table
    would be a block of its own; a list's items end in the same lost line breaks as the text after
    them, whose sentences are kept), an
    unterminated list item (a fragment that completes its lead-in: "- blood tests"), and an
    unterminated title-case line (a heading or a "Label: value" line kept as a paragraph).
    A plain-text page's title written as a question (``title_question``) is left out as a heading
    is. None of them is a sentence an editor would shorten, and each moves the formulas: words
    per sentence counts the table as one sentence, and textstat, which splits only at
    ".!?", runs an unterminated line into the sentence after it.
    """
    return doc.derived(_graded_sentences)


def title_question(doc: Document) -> tuple[int, int] | None:
    """Where a plain-text page's title written as a question is, else None: the text's first line
    holds question sentences only ("Does vitamin D prevent covid-19 disease? Does vitamin D
    mitigate its course?", "Did an Ohio Man Die of COVID-19 After Vowing Not To Wear a Face
    Mask?"), and text follows it, in its block or after it. A fact-check or a Q&A page puts the
    question it answers there, as Markdown puts "# question" in a heading: it is the page's
    title, not a sentence of its prose, and its grade is not the text's. Returns the line's
    (start, end) in the prose."""
    blocks = doc.blocks
    if not blocks or blocks[0].kind != PARAGRAPH:
        return None
    first = blocks[0]
    prose = doc.prose
    end = prose.find("\n", first.start, first.end)
    if end == -1:
        if len(blocks) < 2:
            return None
        end = first.end
    own = list(takewhile(lambda s: s.block == 0 and s.start < end, doc.sentences))
    if own and all(s.text.rstrip().rstrip(_CLOSERS).endswith("?") for s in own):
        return first.start, end
    return None


def _graded_sentences(doc: Document) -> list[Sentence]:
    readable = readable_blocks(doc)
    out = []
    after_table = -1  # the block whose flattened table the sentences read now follow
    title = title_question(doc)
    title_end = -1 if title is None else title[1]
    for s in doc.sentences:
        if s.block not in readable or s.block == after_table or s.start < title_end:
            continue
        if table_run(s.text):
            after_table = s.block
            continue
        if ":" in s.text and run_in_list(s.text):
            continue  # its lost line breaks were the list's; what the next sentence says is prose
        if not terminated(s.text) and (doc.blocks[s.block].kind == LIST_ITEM or _title_line(s.text)):
            continue
        out.append(s)
    return out


def graded_text(sentences: Iterable[Sentence], names: Collection[str] = ()) -> str:
    """The text the formulas read for ``sentences``: one a line, each ended by a full stop if it
    has no end mark of its own (so it is counted as its own sentence), with pronunciation
    respellings (``_respelling``) taken out, each word of a proper name of several words
    (``proper_name_words``: "National Institute of Diabetes and Digestive and Kidney Diseases",
    "the Human Phenotype Ontology") counted as one short word, and each use of a word in ``names``
    (lower case, ``own_names``; its plural too, ``_own_name``) counted as one short word. A
    sentence an extractor glued together (``sentence_pieces``) is read as the sentences it is made
    of, without a subheading glued to its start."""
    lines = []
    for s in sentences:
        for a, b in sentence_pieces(s.text):
            text = s.text[a:b]
            if "(" in text:
                text = _HYPHENED.sub(_respelling, text)
            text = proper_name_words(text)
            if names:
                text = _plain_names(text, names) if _PLAIN else _found_names(text, names)
            lines.append(text if terminated(text) else text + ".")
    return "\n".join(lines)


def _plain_names(text: str, names: Collection[str]) -> str:
    """``text`` with each word (``_WORDS``) that is one of ``names`` or its plural (``_own_name``)
    written as one short word (``_PLAIN_WORD``): the plain form of ``_found_names``."""
    if not _PLAIN and not _holds_any(text.lower(), names):
        return text
    return _WORDS.sub(lambda m: _PLAIN_WORD if _own_name(m.group().lower(), names) else m.group(), text)


#: what joins the letter runs of one word (``_WORDS``)
_JOINERS = "'\u2019-"


def _found_names(text: str, names: Collection[str]) -> str:
    """``_plain_names`` without a call per word of the line: each name is found in the lower-cased
    line (``str.find``), and only a word that starts where it is found is read and judged.

    Every word ``_own_name`` accepts is a name, or a name and "s" or "es", so in the lower-cased line
    its name starts where it starts; a place is where a word starts when a letter stands there and
    no letter, nor a joiner (``_JOINERS``) after a letter, stands before it, and the word is then
    ``_WORDS``'s match there, as ``_WORDS.sub`` finds it. Read on the line itself, each word found is
    judged by ``_own_name`` as the plain form judges it. Where lower-casing changes the line's length
    (a few characters outside ASCII lower-case to two), offsets differ, and the plain form runs.
    On a graded page most lines hold no name, and a line that does holds it once or twice among
    twenty words or more. tests/test_rd_fast.py compares the two."""
    lowered = text.lower()
    if len(lowered) != len(text) or "" in names:  # (an empty name would make every "s" a plural)
        return _plain_names(text, names)
    if len(names) > _MANY_NAMES:
        # a long page has hundreds of names, and a find of each in every line grew with the page
        # (a 100,000-word page spent half of RD101 here): the line's words are judged instead,
        # each by three set look-ups, as ``_plain_names`` judges them
        if not any(_own_name(w.lower(), names) for w in _WORDS.findall(text)):
            return text
        return _WORDS.sub(lambda m: _PLAIN_WORD if _own_name(m.group().lower(), names) else m.group(), text)
    starts: set[int] = set()
    for name in names:
        at = lowered.find(name) if name else -1
        while at != -1:
            starts.add(at)
            at = lowered.find(name, at + 1)
    if not starts:
        return text
    out = []
    last = 0
    for at in sorted(starts):
        if at < last or not _is_word_start(text, at):
            continue
        m = _WORDS.match(text, at)
        if m is None or not _own_name(m.group().lower(), names):
            continue
        out.append(text[last:at])
        out.append(_PLAIN_WORD)
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


#: from this many names on, ``_found_names`` judges the line's words instead of finding each name
_MANY_NAMES = 32


def _is_word_start(text: str, at: int) -> bool:
    """Whether a word of ``_WORDS`` starts at ``at`` in ``text`` (its scan reaches ``at`` and matches):
    an ASCII letter there, and before it neither a letter nor a joiner that follows a letter."""
    if not _is_ascii_letter(text[at]):
        return False
    if at == 0:
        return True
    before = text[at - 1]
    if _is_ascii_letter(before):
        return False
    return not (before in _JOINERS and at >= 2 and _is_ascii_letter(text[at - 2]))


def _is_ascii_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _own_name(key: str, names: Collection[str]) -> bool:
    """Whether the lower-case word ``key`` is one of ``names`` or its plural ("arrhythmias" on a
    page whose title names "arrhythmia"): the plural is the same name, counted alike."""
    if key in names:
        return True
    return key.endswith("s") and (key[:-1] in names or (key.endswith("es") and key[:-2] in names))


#: a capitalised word of a proper name: "Institute", "Hopkins", "Children's", an acronym ("NIDDK") or
#: an initial ("Neven B")
_NAME_WORD = r"(?:[A-Z][a-z]+(?:['\u2019]s)?|[A-Z]+s?)(?![\w'\u2019-])"
#: two or more capitalised words in a row, joined by spaces, commas and a name's small words ("of",
#: "and", "for", "the"): a proper name of several words ("Centers for Disease Control and
#: Prevention", "Emory University School of Medicine", "China, the Philippines, Japan") or a title
_PROPER_NAME = lazy_compile(
    rf"(?<![\w'\u2019-]){_NAME_WORD}(?:(?:,?[ \t]+)(?:(?:of|and|for|the|de|on|in|&)[ \t]+)*{_NAME_WORD})+"
)
#: what a name of several words must hold somewhere: a capitalised word after a space (searched first)
_INNER_CAPITAL = lazy_compile(r"[ \t][A-Z]")
_CAPITALISED = lazy_compile(r"[A-Z][A-Za-z]*(?:['\u2019]s)?")
#: characters that may stand before a sentence's first word (an opening quote or bracket)
_OPENING = " \t\"'([\u201c\u2018"


def proper_name_words(text: str) -> str:
    """``text`` with each capitalised word of a proper name of several words (``_PROPER_NAME``)
    written as one short word (``_PLAIN_WORD``). An institution's, a place's, a person's or a
    publication's name is not the writer's word choice: the reader reads it as one name, and an
    editor cannot shorten it ("National Heart, Lung, and Blood Institute", "Diagnosis and
    Management of Tickborne Rickettsial Diseases"). Its polysyllables ("Institute", "Prevention",
    "Ontology") would weigh on the grade as hard words; its length still counts (each of its words
    is a word of the sentence). A sentence's first word is capitalised as its first: a run that
    opens the sentence is a name only from its second word, and only if two capitalised words are
    left ("The Human Phenotype Ontology", "In the United States"; not "Allergic Bronchitis")."""
    if not _PLAIN and _INNER_CAPITAL.search(text) is None:
        return text
    out = []
    last = 0
    for start, end in _name_spans(text):
        out.append(text[last:start])
        out.append(_CAPITALISED.sub(_PLAIN_WORD, text[start:end]))
        last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _name_spans(text: str) -> Iterable[tuple[int, int]]:
    """Where ``text``'s proper names of several words are (``proper_name_words``)."""
    for m in _PROPER_NAME.finditer(text):
        start = m.start()
        if not text[:start].strip(_OPENING):  # the sentence's own first word is not the name's
            first = _CAPITALISED.match(text, start)
            start = first.end() if first else start
            if len(_CAPITALISED.findall(text, start, m.end())) < _NAME_RUN_WORDS:
                continue
        yield start, m.end()


def mostly_names(text: str) -> bool:
    """Whether more than half the words of a "sentence" are words of proper names of several words
    (``proper_name_words``): a list of names run as one sentence, no sentence a writer could split
    (a story's credits, "Reporting was contributed by Michael Powell, Elisabetta Povoledo, Tim
    Arango, ..."; an author list, "Neven B, Valayannopoulos V, Quartier P, ..."; a page's thanks
    to its reviewers; a product line's names; a table's row labels run together). A sentence that
    names an institute or two has more words of its own than of names."""
    total = len(_WORDS.findall(text))
    named = sum(len(_CAPITALISED.findall(text, a, b)) for a, b in _name_spans(text))
    return 2 * named > total


#: capitalised words that make a proper name (and at a sentence's start, after its first word)
_NAME_RUN_WORDS = 2


def _holds_any(lowered: str, names: Collection[str]) -> bool:
    """Whether one of ``names`` is in ``lowered`` at all: a line without any has no word to count as
    a name, and is not tokenized (a word equal to a name, lower-cased, is in the lower-cased line)."""
    return any(name in lowered for name in names)


#: uses of a capitalised name in the graded prose that make it one of the document's own names
_NAME_USES = 2
#: syllables of a word that weighs on the formulas (SMOG's polysyllable)
_LONG_SYLLABLES = 3
#: a heading's word rarer than this Zipf frequency is a technical term (RD103's default jargon line)
_RARE_ZIPF = 3.0
#: what an own name is counted as: one word of one syllable
_PLAIN_WORD = "name"


def own_names(doc: Document, sentences: Sequence[Sentence]) -> dict[str, int]:
    """The document's own long names in ``sentences`` and their uses: words of three syllables or
    more (``_LONG_SYLLABLES``), rare in everyday English (``_RARE_ZIPF``, RD103's line for jargon),
    that the writer cannot replace with an everyday word because they are what the text is about
    or what something is called:

    - a word of a heading (the title "What is Takayasu arteritis?", a section "Treating
      hypothyroidism") that the prose uses: the condition, test or drug the page is for;
    - a name the prose writes capitalised at least ``_NAME_USES`` times inside sentences and
      never in lower case ("Orphanet", "Takayasu").

    A common word is never one ("inherited" in a title, "Performance" in a product's name, a
    month): the reader knows it, and it weighs on the grade as any other word.

    Keyed by the lower-case word as ``_WORDS`` finds it ("wolff-parkinson-white").
    Found from the sentences' words counted in bulk, read from the document's words
    (``_word_uses_doc``); ``own_names_plain`` reads them a word at a time, as
    tests/test_rd_fast.py compares.
    """
    if not _PLAIN_NAMES:
        found = _named_from_capitals(doc, sentences)
        if found is not None:
            return found
    uses, inner_caps, lower_seen = _word_uses_doc(doc, sentences)
    return _named(doc, uses, inner_caps, lower_seen)


#: the plain form of ``own_names``: every word of the prose counted (``_word_uses_doc``) before the
#: candidates are chosen, not the candidates' uses alone (tests/test_rd_names_fast.py compares the two)
_PLAIN_NAMES = False


def _named_from_capitals(doc: Document, sentences: Sequence[Sentence]) -> dict[str, int] | None:
    """``own_names`` with only the candidates' uses counted, or None where ``_word_uses_doc`` would
    read the sentences' text (a sentence outside ASCII, or cut inside a word).

    ``_named`` reads a word's uses only for its candidates: the heading words (used in the prose at
    all) and the words capitalised inside sentences ``_NAME_USES`` times or more (never in lower
    case: all their uses capitalised). Those are known from the headings and from the capitalised
    words (``_CAPITALISED_WORD``, a few in ten), so the prose's every word need not be counted:
    a candidate's uses are its document words inside the sentences' runs (``doc.word_index``, two
    bisections a run; a word without a digit is one ``_WORDS`` token, lower-cased alike) and its
    tokens inside the runs' words that hold a digit (split by ``_WORDS``, as ``_word_uses_doc``
    splits them). The names come in the order of their first use, as ``_named`` gives them."""
    found = _sentence_runs(doc, sentences)
    if found is None:
        return None
    runs, first_words = found
    if not runs:
        return {}
    prose = doc.prose
    words = doc.words()
    starts, ends = words.starts, words.ends
    capitalised: list[str] = []
    for i, j in runs:
        capitalised += _CAPITALISED_WORD.findall(prose, starts[i], ends[j - 1])
    capitals, inner_caps = _capital_counts(capitalised)
    for w in first_words:  # a sentence's first word is not counted as written inside it
        if not w.isupper():
            inner_caps[w.lower()] -= 1
    heading = _heading_words(doc)
    capitalised_often = {k for k, n in inner_caps.items() if n >= _NAME_USES}
    candidates = heading | capitalised_often
    if not candidates:
        return {}
    # each candidate's uses and its first use (document word, token inside it)
    uses: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    index = doc.word_index
    for key in candidates:
        at = index.get(key)
        if at:
            n = 0
            for i, j in runs:
                lo = bisect_left(at, i)
                hi = bisect_left(at, j, lo)
                if hi > lo:
                    if not n:
                        first[key] = (at[lo], 0)
                    n += hi - lo
            if n:
                uses[key] = n
    digits = doc.derived(_digit_words)
    if digits:
        for i, j in runs:
            for k in digits[bisect_left(digits, i) : bisect_left(digits, j)]:
                for sub, token in enumerate(_WORDS.findall(prose, starts[k], ends[k])):
                    key = token.lower()
                    if key in candidates:
                        uses[key] = uses.get(key, 0) + 1
                        if key not in first or first[key] > (k, sub):
                            first[key] = (k, sub)
    table = syllable_table()
    chosen = [
        key
        for key in uses
        if (key in heading or (key in capitalised_often and uses[key] == capitals.get(key, 0)))
        and any(is_rarer_than(part, _RARE_ZIPF) for part in key.split("-"))  # "two-factor" is everyday
        and table.syllables(key.replace("-", "").replace("'", "").replace("\u2019", "")) >= _LONG_SYLLABLES
    ]
    chosen.sort(key=first.__getitem__)
    return {key: uses[key] for key in chosen}


def _capital_counts(capitalised: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """By lower-case word: how many of ``capitalised`` (the words written with a capital) it is, and how
    many of those are not all capitals (an acronym says nothing of a name). Read alike by
    ``own_names`` and its plain form."""
    capitals: dict[str, int] = {}
    inner_caps: dict[str, int] = {}
    for w, n in Counter(capitalised).items():
        key = w.lower()
        capitals[key] = capitals.get(key, 0) + n
        if not w.isupper():
            inner_caps[key] = inner_caps.get(key, 0) + n
    return capitals, inner_caps


def own_names_plain(doc: Document, sentences: Sequence[Sentence]) -> dict[str, int]:
    """``own_names``, its words read one at a time."""
    uses: dict[str, int] = {}
    inner_caps: dict[str, int] = {}
    lower_seen: set[str] = set()
    for s in sentences:
        for i, m in enumerate(_WORDS.finditer(s.text)):
            w = m.group()
            key = w.lower()
            uses[key] = uses.get(key, 0) + 1
            if w[0].islower():
                lower_seen.add(key)
            elif i and not w.isupper():
                inner_caps[key] = inner_caps.get(key, 0) + 1
    table = syllable_table()
    heading_words = _heading_words(doc)
    out = {}
    for key, n in uses.items():
        named = key in heading_words or (inner_caps.get(key, 0) >= _NAME_USES and key not in lower_seen)
        if (
            named
            and any(is_rarer_than(part, _RARE_ZIPF) for part in key.split("-"))  # "two-factor" is everyday
            and table.syllables(key.replace("-", "").replace("'", "").replace("\u2019", ""))
            >= _LONG_SYLLABLES
        ):
            out[key] = n
    return out


def _word_uses(sentences: Sequence[Sentence]) -> tuple[dict[str, int], dict[str, int], set[str]]:
    """(uses of each lower-case word, its uses capitalised but not in capitals after a sentence's
    first word, the lower-case words written so somewhere) of ``sentences``' ``_WORDS``.

    The sentences are read as one text, a line each (no word holds a newline, so its words are
    theirs in order), and counted by ``_counted_uses``; ``_word_uses_doc`` reads the same words
    from the document's ``LetterWords`` instead."""
    if not sentences:
        return {}, {}, set()
    words = _WORDS.findall("\n".join(map(_TEXT, sentences)))
    firsts = [m.group() for m in map(_WORDS.search, map(_TEXT, sentences)) if m is not None]
    return _counted_uses(words, firsts)


def _word_uses_doc(
    doc: Document, sentences: Sequence[Sentence]
) -> tuple[dict[str, int], dict[str, int], set[str]]:
    """``_word_uses`` of ``doc``'s ``sentences``, read from the document's words (``doc.words()``,
    built for every rule) instead of the sentences' text joined and tokenized again.

    In an ASCII sentence, a document word (``WORD_RE``) without a digit is exactly one ``_WORDS``
    token (the same runs of letters and joiners, ``LetterWords._from_words``), and its lower-cased
    text is already in ``Words.lowers``, one interned string per distinct word (its hash cached):
    so the sentences' words, in runs of document words, are counted lower-cased by ``Counter``
    with no new string and no regex over every word; only a word with a digit ("covid-19", "B12",
    ``_digit_words``) is split by ``_WORDS`` itself. The words that open with a capital are found
    in the text (``_CAPITALISED_WORD``, a few in ten): a word is in lower case somewhere when it
    has more uses than uses with a capital. Every sentence goes to ``_word_uses`` when one is not
    ASCII, is not the prose between its ends, or is cut inside a word by an end.
    tests/test_rd_fast.py compares both with ``_word_uses_plain``."""
    if not sentences:
        return {}, {}, set()
    found = _sentence_runs(doc, sentences)
    if found is None:
        return _word_uses(sentences)
    runs, first_words = found
    words = doc.words()
    prose = doc.prose
    starts, ends, lowers = words.starts, words.ends, words.lowers
    digits = doc.derived(_digit_words)
    pieces: list[list[str]] = []  # the lower-case words, a run of document words at a time
    capitalised: list[str] = []
    for i, j in runs:
        done = i
        if digits:
            for k in digits[bisect_left(digits, i) : bisect_left(digits, j)]:
                pieces.append(lowers[done:k])
                pieces.append([w.lower() for w in _WORDS.findall(prose, starts[k], ends[k])])
                done = k + 1
        pieces.append(lowers[done:j])
        capitalised += _CAPITALISED_WORD.findall(prose, starts[i], ends[j - 1])
    uses = Counter(chain.from_iterable(pieces))
    capitals, inner_caps = _capital_counts(capitalised)
    lower_seen = set(uses)
    if capitals:
        lower_seen.difference_update([k for k, n in capitals.items() if uses[k] == n])
    for w in first_words:  # a sentence's first word is not counted as written inside it
        if not w.isupper():
            inner_caps[w.lower()] -= 1
    return uses, inner_caps, lower_seen


def _sentence_runs(doc: Document, sentences: Sequence[Sentence]) -> tuple[list[list[int]], list[str]] | None:
    """The ``sentences``' document words as runs ([first, last + 1] of sentences in a row) and the
    sentences' first words that open with a capital, for ``_word_uses_doc``; None when a sentence
    is not ASCII, is not the prose between its ends, or is cut inside a word by an end (its words
    are then read from its text)."""
    words = doc.words()
    prose = doc.prose
    starts, ends = words.starts, words.ends
    digits = doc.derived(_digit_words)
    runs: list[list[int]] = []  # [first, last + 1] document words of sentences in a row
    first_words: list[str] = []  # the sentences' first words that open with a capital
    for s in sentences:
        text, start, end = s.text, s.start, s.end
        if not text.isascii() or len(text) != end - start or not prose.startswith(text, start):
            return None
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if (i and ends[i - 1] > start) or (j > i and ends[j - 1] > end):
            return None  # a word runs across an end of the sentence
        if i == j:
            continue
        if digits and (k := bisect_left(digits, i)) < len(digits) and digits[k] == i:
            m = _WORDS.search(prose, start, end)  # its first document word is not its first token
            if m is not None and prose[m.start()].isupper():
                first_words.append(m.group())
        elif prose[starts[i]].isupper():
            first_words.append(prose[starts[i] : ends[i]])
        if runs and runs[-1][1] == i:
            runs[-1][1] = j
        else:
            runs.append([i, j])
    return runs, first_words


#: a ``_WORDS`` token that opens with a capital: a capital where no token goes on (after no letter,
#: and after no joiner that follows a letter), and the rest of its token
_CAPITALISED_WORD = lazy_compile(
    r"(?<![A-Za-z])(?<![A-Za-z]['\u2019-])[A-Z][A-Za-z]*(?:['\u2019-][A-Za-z]+)*"
)


def _counted_uses(words: list[str], firsts: list[str]) -> tuple[dict[str, int], dict[str, int], set[str]]:
    """``_word_uses`` of the sentences' ``words`` (in order) whose first words are ``firsts``.

    The spellings are counted by ``Counter``; each distinct spelling, in the order of its first
    use, then gives its count to its lower-case word (so the lower-case words come in the order of
    their first use too, as counting every word lower-cased would give them), its capitalised uses
    (less the sentences it opens), and whether it is ever in lower case. A text of a few hundred
    words has about two distinct spellings in three words, and most are in lower case: one pass
    over them costs less than lower-casing and counting every word again."""
    uses: dict[str, int] = {}
    inner_caps: dict[str, int] = {}
    lower_seen: set[str] = set()
    get = uses.get
    for w, n in Counter(words).items():
        if w.islower():  # all in lower case (a token opens with a letter): its own lower-case word
            uses[w] = get(w, 0) + n
            lower_seen.add(w)
            continue
        key = w.lower()
        uses[key] = get(key, 0) + n
        if w[0].islower():
            lower_seen.add(key)
        elif not w.isupper():
            inner_caps[key] = inner_caps.get(key, 0) + n
    for w in firsts:  # a sentence's first word is not counted as written inside it
        if not w[0].islower() and not w.isupper():
            inner_caps[w.lower()] -= 1
    return uses, inner_caps, lower_seen


def _word_uses_plain(sentences: Sequence[Sentence]) -> tuple[dict[str, int], dict[str, int], set[str]]:
    """``_word_uses`` counting every word lower-cased (``Counter``) besides its spellings: the form
    tests/test_rd_fast.py compares it with."""
    if not sentences:
        return {}, {}, set()
    words = _WORDS.findall("\n".join(s.text for s in sentences))
    uses = Counter(map(str.lower, words))
    spellings = Counter(words)
    inner_caps: dict[str, int] = {}
    lower_seen: set[str] = set()
    for w, n in spellings.items():
        if w[0].islower():
            lower_seen.add(w.lower())
        elif not w.isupper():
            key = w.lower()
            inner_caps[key] = inner_caps.get(key, 0) + n
    for s in sentences:  # a sentence's first word is not counted as written inside it
        m = _WORDS.search(s.text)
        if m is not None:
            w = m.group()
            if not w[0].islower() and not w.isupper():
                inner_caps[w.lower()] -= 1
    return uses, inner_caps, lower_seen


_TEXT = attrgetter("text")


def _heading_words(doc: Document) -> set[str]:
    """The lower-case ``_WORDS`` of the document's headings."""
    return {w.lower() for b in doc.blocks if b.kind == HEADING for w in _WORDS.findall(doc.block_text(b))}


def _named(
    doc: Document, uses: dict[str, int], inner_caps: dict[str, int], lower_seen: set[str]
) -> dict[str, int]:
    """``own_names`` from the prose's word counts: only the candidates (the heading words the prose
    uses, the words capitalised inside sentences often enough and never in lower case) are looked
    up, not every word of the prose."""
    table = syllable_table()
    named = [k for k in _heading_words(doc) if k in uses]
    named += [k for k, n in inner_caps.items() if n >= _NAME_USES and k not in lower_seen]
    chosen = {
        key
        for key in named
        if any(is_rarer_than(part, _RARE_ZIPF) for part in key.split("-"))  # "two-factor" is everyday
        and table.syllables(key.replace("-", "").replace("'", "").replace("\u2019", "")) >= _LONG_SYLLABLES
    }
    # in the order of their first use, as the prose's words were read
    return {key: n for key, n in uses.items() if key in chosen} if chosen else {}


def text_names(doc: Document) -> dict[str, int]:
    """``own_names`` of the document's graded prose (``graded_sentences``), found once and shared
    by RD101 and RD103."""
    return doc.derived(_text_names)


def _text_names(doc: Document) -> dict[str, int]:
    return own_names(doc, graded_sentences(doc))


_WORDS = lazy_compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*")
#: ``_WORDS`` as the one group of a split: gaps and words alternate in what it returns
#: characters of prose split at a time (then on to the next newline)
_CHUNK = 1 << 16
_GAPS_AND_WORDS = lazy_compile(r"([A-Za-z]+(?:['\u2019-][A-Za-z]+)*)")
_DIGITS = lazy_compile(r"[0-9]+")


class LetterWords:
    """The ``_WORDS`` tokens of a document's prose, found in one pass for every readability rule.

    RD101 counts them per document, RD102 per sentence and RD103 reads them per
    paragraph: three passes of the same tokenizer over the same text. Here the
    prose is split once and a stretch's words are the ones between its ends
    (two bisections); only their offsets are kept (two 4-byte numbers a word:
    a 1M-word document must stay small), the text is sliced when read. A word
    that runs across an end of the stretch (a sentence cut inside a word) is
    not one of the stretch's own: the stretch is tokenized afresh then, as
    before. tests/test_readability_words.py checks :meth:`between` and
    :meth:`count` against ``_WORDS.findall`` of the stretch.
    """

    __slots__ = ("_ends", "_prose", "_starts")

    def __init__(self, doc: Document, *, plain: bool = False) -> None:
        """The words of ``doc``'s prose; ``plain``: every piece split by ``_WORDS``, the form
        ``_from_words`` is compared with in tests/test_readability_words.py."""
        prose = self._prose = doc.prose
        self._starts = array("i")
        self._ends = array("i")
        base, n = 0, len(prose)
        while base < n:  # a piece at a time, cut after a newline (no word holds one)
            cut = prose.find("\n", base + _CHUNK)
            cut = n if cut == -1 else cut + 1
            piece = prose[base:cut]
            if not plain and piece.isascii():
                self._from_words(doc, piece, base, cut)
            else:
                pieces = _GAPS_AND_WORDS.split(piece)  # gap, word, gap, ..., gap
                offsets = list(accumulate(map(len, pieces), initial=base))
                self._starts.extend(offsets[1:-2:2])
                self._ends.extend(offsets[2:-1:2])
            base = cut

    def _from_words(self, doc: Document, piece: str, base: int, cut: int) -> None:
        """The words of an ASCII ``piece`` (``prose[base:cut]``), read from ``doc.words()``.

        In ASCII text a document word (``WORD_RE``: runs of letters and digits joined by
        single apostrophes or hyphens) without a digit is exactly one ``_WORDS`` token
        (the same runs of letters, the same joiners), and every ``_WORDS`` token lies inside
        a document word: both split at every other character. So the document's words,
        already found for every rule, are copied in runs (two array slices), and only a
        word holding a digit ("covid-19", "B12") is split by ``_WORDS`` itself. Those words
        are found from the document's word index (``_digit_words``: its distinct words, most
        of them letters only) instead of a scan of the piece's every character for digits.
        """
        words = doc.words()
        starts, ends = words.starts, words.ends
        first = bisect_left(starts, base)
        last = bisect_left(starts, cut, first)
        done = first  # the document words before this one are copied or split
        digits = doc.derived(_digit_words)
        for k in digits[bisect_left(digits, first) : bisect_left(digits, last)]:
            self._starts.extend(starts[done:k])
            self._ends.extend(ends[done:k])
            for w in _WORDS.finditer(self._prose, starts[k], ends[k]):
                self._starts.append(w.start())
                self._ends.append(w.end())
            done = k + 1
        self._starts.extend(starts[done:last])
        self._ends.extend(ends[done:last])

    def _span(self, start: int, end: int) -> tuple[int, int] | None:
        """Indexes of the words inside ``[start, end)``; None when a word runs across an end."""
        starts, ends = self._starts, self._ends
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if (i and ends[i - 1] > start) or (j > i and ends[j - 1] > end):
            return None
        return i, j

    def between(self, start: int, end: int) -> list[str]:
        """``_WORDS.findall(prose[start:end])``."""
        span = self._span(start, end)
        if span is None:
            return _WORDS.findall(self._prose[start:end])  # a word cut by an end of the stretch
        i, j = span
        prose = self._prose
        return [prose[s:e] for s, e in zip(self._starts[i:j], self._ends[i:j], strict=True)]

    def long_words(self, start: int, end: int, letters: int) -> list[str]:
        """``[w for w in self.between(start, end) if len(w) >= letters]``, with only the long
        words sliced from the text (a word's length is its two offsets' difference)."""
        span = self._span(start, end)
        if span is None:
            return [w for w in _WORDS.findall(self._prose[start:end]) if len(w) >= letters]
        i, j = span
        starts, ends, prose = self._starts[i:j], self._ends[i:j], self._prose
        lengths = map(sub, ends, starts)
        return [prose[s:e] for s, e in compress(zip(starts, ends, strict=True), map(letters.__le__, lengths))]

    def count(self, start: int, end: int) -> int:
        """``len(_WORDS.findall(prose[start:end]))``."""
        span = self._span(start, end)
        if span is None:
            return len(_WORDS.findall(self._prose[start:end]))
        return span[1] - span[0]


def _digit_words(doc: Document) -> list[int]:
    """Indexes, ascending, of the document's words that hold a digit: the distinct words of its
    word index that are not all letters (``str.isalpha``, in C) and hold one of 0-9."""
    index = doc.word_index
    found = [index[w] for w in filterfalse(str.isalpha, index) if _DIGITS.search(w)]
    return sorted(chain.from_iterable(found)) if found else []


def letter_words(doc: Document) -> LetterWords:
    """The document's ``LetterWords``, built once and shared."""
    return doc.derived(LetterWords)


_EASY = (
    "Drink water when you are thirsty. Rest when you feel tired. Eat fruit and greens each day. "
    "Walk for a short time after meals. Sleep at the same time each night. Call your doctor if you feel worse. "
)


_HARD = (
    "Pharmacological interventions targeting postprandial hyperglycaemia demonstrate considerable heterogeneity "
    "regarding cardiovascular outcomes, necessitating individualised therapeutic decision-making incorporating "
    "comorbidities, polypharmacy considerations, and socioeconomic determinants of medication adherence. "
)


#: a full stop with no space after it before the next sentence's capitalised word ("in assets.As
#: economically", "[4].The studies"): an extractor that joined two blocks, or a lost space; not after
#: a title's abbreviation ("Dr.Thomas Insel", "Dr.Ph.")
_GLUED_STOP = lazy_compile(r"(?:(?<=[a-z][a-z])(?<!\b[A-Z][a-z])|(?<=[0-9\])]))[.!?](?=[A-Z][a-z]+\b)")
#: what every ``_GLUED_STOP`` is followed by, searched first (the lookbehinds it opens with are tried
#: at every character)
_STOP_CAPITAL = lazy_compile(r"[.!?][A-Z][a-z]")
#: a full stop after a word of one capital letter ("vitamin D.", "Xbox One X.", "Plan B.") before a
#: word a sentence opens with (``_OPENERS``, written with a capital) and a lower-case word: a sentence
#: boundary the segmenter took for a name's initial ("vitamin D. It is also unclear"); an initial
#: ("Harry S. Truman", "Martin L. Yarmush") is followed by a surname, which is no such word
_LETTER_STOP_PLAIN = lazy_compile(r"(?<=\s[A-Z])\.(?=[ \t]+([A-Z][a-z]*)[ \t]+[a-z])")
#: ``_LETTER_STOP_PLAIN`` opening with its full stop, the letter before it looked behind from there:
#: the same matches (span and group), but a pattern that opens with a literal is scanned for it in
#: C, while one that opens with a lookbehind is tried at every character (3x slower on MedQuAD lines)
_LETTER_STOP = lazy_compile(r"\.(?<=\s[A-Z]\.)(?=[ \t]+([A-Z][a-z]*)[ \t]+[a-z])")
#: a capitalised word right after another word with no mark between, then a lower-case word: where a
#: subheading the extractor glued to its paragraph ends and the paragraph's first sentence starts
#: ("Cause unclear The mere fact", "The studies in detail We could not find")
_GLUED_OPENER_PLAIN = lazy_compile(r"(?<=[A-Za-z])[ \t]+([A-Z][a-z]+)(?=[ \t,]+[a-z])")
#: ``_GLUED_OPENER_PLAIN`` opening with its first space, the letter before it looked behind from
#: there (the same matches; scanned for a space in C, as ``_LETTER_STOP``)
_GLUED_OPENER = lazy_compile(r"[ \t](?<=[A-Za-z][ \t])[ \t]*([A-Z][a-z]+)(?=[ \t,]+[a-z])")
#: words of a glued subheading at most
_SUBHEADING_WORDS = 8
#: the closed-class words a sentence opens with (determiners, pronouns, prepositions, conjunctions and
#: connecting adverbs): after a lower-case word and written with a capital, one of them starts a new
#: sentence; a name's word written so ("against China in", "an Associated Press journalist") is none
_OPENERS = frozenset(
    "the a an this these those there it its we our you your they their he his she her i my "
    "in on at for from with by of to about after before during under over between among "
    "if when while although though because since as unless until whether "
    "but and or so yet nor however unfortunately therefore thus overall instead moreover furthermore "
    "nevertheless meanwhile also even only still both each all many most some several no not one two".split()
)
#: personal pronouns: a run holding one is a clause with its subject, not a subheading
_SUBJECTS = frozenset("i we you he she they it".split())
#: a line break inside a sentence before a line that does not go on in lower case: where plain text
#: kept a title, a heading, a byline or a lead-in on a line of its own in the same paragraph
_LINE_BREAK = lazy_compile(r"[ \t\u00a0]*\n\s*(?=[^\sa-z])")


def _line_cuts(text: str) -> tuple[list[int], set[int]]:
    """Where a sentence is cut at its line breaks (``sentence_pieces``), and which of those cuts end
    a heading line that is left out: a line ending in a colon is a lead-in, a sentence of its own
    ("... in the following message:" over the message quoted); an unterminated title-case line
    (``_title_line``: "Analysis", "Washing Hands with Soap and Water Still the Best Option", "By
    Jane Smith") is a heading or a byline, no sentence at all. A line that goes on in lower case is
    a sentence wrapped, and a line ending in a lower-case word ("... according to the") too."""
    cuts: list[int] = []
    heads: set[int] = set()
    for m in _LINE_BREAK.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        if line.endswith(":"):
            cuts.append(m.end())
        elif line and _title_line(line):
            cuts.append(m.end())
            heads.add(m.end())
    return cuts, heads


def sentence_pieces(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``text`` of the sentences a sentence is made of when an
    extractor glued blocks together: split at a full stop with no space after it (``_GLUED_STOP``; not
    after a title's abbreviation, "Dr.Thomas"), and at a full stop after a one-letter word the
    segmenter took for an initial when a sentence's opening word follows (``_LETTER_STOP``: "vitamin
    D. It is"),
    and at a line break after a lead-in's colon or an unterminated title-case line (``_line_cuts``: a
    plain-text title, heading or byline kept in its paragraph, left out itself),
    and with a subheading glued to a piece's start left out ("No evidence Even though the
    traditions ...": the heading "No evidence", then the sentence). A subheading is at most
    ``_SUBHEADING_WORDS`` words with no end mark, ending in a lower-case word, before a word a
    sentence opens with (``_OPENERS``: a determiner, pronoun, preposition, conjunction or
    connecting adverb) written with a capital and followed by a lower-case word. A name's words
    ("of the Food and Drug Administration", "against China in", "An Associated Press journalist")
    are not such openers or follow a joining word, and a run holding a personal pronoun is a
    clause ("I asked And ...").

    Counted on its own pieces, a sentence is no longer than the longest: the heading is not
    the writer's sentence, and two sentences a lost space ran together are two."""
    stops = [m.end() for m in _GLUED_STOP.finditer(text)] if _PLAIN or _STOP_CAPITAL.search(text) else []
    letter_stop, glued_opener = (
        (_LETTER_STOP_PLAIN, _GLUED_OPENER_PLAIN) if _PLAIN else (_LETTER_STOP, _GLUED_OPENER)
    )
    stops += [m.end() for m in letter_stop.finditer(text) if m.group(1).lower() in _OPENERS]
    plain = _PLAIN or _PLAIN_PIECES
    openers = glued_opener.finditer if plain else _glued_openers
    if not stops and not plain and "\n" not in text:
        # one piece, as most sentences are: no cuts to sort and pair, no copies of the text to strip
        start = len(text) - len(text.lstrip())
        return [(_after_subheading(text, start, len(text), openers), len(text))]
    heads: set[int] = set()
    lines: list[int] = []
    if "\n" in text:
        lines, heads = _line_cuts(text)
        stops += lines
    cuts = [0, *sorted(stops), len(text)]
    out = []
    for a, b in pairwise(cuts):
        start = a + (len(text[a:b]) - len(text[a:b].lstrip()))
        if b in heads and _title_line(text[start:b].strip()):
            continue  # a heading or byline line, not the writer's sentence
        start = _after_subheading(text, start, b, openers)
        if b in lines:
            b = start + len(text[start:b].rstrip())  # a lead-in line ends at its colon
        out.append((start, b))
    return out


def _after_subheading(
    text: str, start: int, end: int, openers: Callable[[str, int, int], Iterable[re.Match[str]]]
) -> int:
    """Where the piece ``text[start:end]`` starts once a subheading glued to its start is left out
    (``sentence_pieces``): at the opener ``openers`` finds after a subheading, else at ``start``."""
    for m in openers(text, start, end):
        head = text[start : m.start()]
        words = _WORDS.findall(head)
        if len(words) > _SUBHEADING_WORDS or any(c in head for c in _TERMINAL + ",;"):
            break
        last = words[-1] if words else ""
        if not last or last.lower() in _NAME_JOINERS:
            continue
        if any(w.lower() in _SUBJECTS for w in words):
            break  # a clause's subject: "I prayed and asked God for help" is a sentence going on
        if not last[0].islower() or m.group(1).lower() not in _OPENERS:
            continue
        return m.start(1)
    return start


#: the capital of every ``_GLUED_OPENER`` match: after a space, a capitalised word and then a space or a
#: comma and a lower-case letter. Capitals are rarer than spaces: ``re`` stops at a third as many places.
_OPENER_CAPITAL = lazy_compile(r"[A-Z](?<=[ \t][A-Z])(?=[a-z]+[ \t,]+[a-z])")

#: the plain form of ``sentence_pieces``: every sentence cut and paired as one of several pieces, and
#: ``_GLUED_OPENER`` scanned from every space (tests/test_rd_pieces_fast.py compares the two)
_PLAIN_PIECES = False


def _glued_openers(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``_GLUED_OPENER.finditer(text, start, end)``, found from its capitals (``_OPENER_CAPITAL``):
    a match opens at the first of the spaces before its capital, so the pattern is matched there,
    with the same bounds. Matches cannot overlap (each holds its own word), so these are the scan's."""
    out = []
    for c in _OPENER_CAPITAL.finditer(text, start, end):
        at = c.start() - 1
        if at < start:
            continue  # its space is before the piece: no match of the scan opens there
        while at > start and text[at - 1] in " \t":
            at -= 1
        m = _GLUED_OPENER.match(text, at, end)
        if m is not None:
            out.append(m)
    return out


#: a parenthesis right after up to two words: "arrhythmias (irregular heartbeats)", "breaking down
#: (metabolizing)"; the parenthesis holds letters, spaces and hyphens only (no figure, no citation)
_GLOSS = lazy_compile(r"\(([A-Za-z][A-Za-z' -]*)\)")
#: a word of the one to three before a gloss's parenthesis or a defining clause's comma
_WORD_BEFORE_GLOSS = lazy_compile(r"[A-Za-z][A-Za-z'\u2019-]*")
#: characters of the tail searched for the words before a gloss or a definition
_TAIL = 120
#: a term named after the plain thing it is: "light-detecting cells called photoreceptors"
_CALLED = lazy_compile(r"\b(?:called|known as|termed) ([a-z][a-z'-]*(?: [a-z][a-z'-]*)?)")
#: a term defined by the clause after it: "in an autosomal dominant pattern, which means one copy
#: ...", "on the X chromosome, which is one of the two sex chromosomes", "..., meaning ..."
_DEFINED = lazy_compile(r", (?:which (?:means|is (?:a|an|the|one|when)|are)|meaning)\b")
#: words of a gloss at most: a plain paraphrase, not a clause
_GLOSS_WORDS = 5


def explained_terms(doc: Document) -> frozenset[str]:
    """Long rare words the graded prose explains where it uses them (``_explained``), found once
    and shared by RD101's page grade and its sections."""
    return doc.derived(_explained_terms)


def _explained_terms(doc: Document) -> frozenset[str]:
    return _explained(graded_sentences(doc))


def _explained(sentences: Iterable[Sentence]) -> frozenset[str]:
    """Words of three syllables or more, rare in everyday English (own names' test), that the text
    explains beside them: a term with a plain gloss in parentheses ("arrhythmias (irregular
    heartbeats)"), a plain phrase with the term alone in parentheses ("breaking down (metabolizing)"),
    a term named after a plain description ("cells called photoreceptors"), or a term the clause after
    it defines ("an autosomal dominant pattern, which means one copy ..."). Plain-language
    guidance (CDC's Clear Communication Index, NIH's plain-language rules) keeps a technical term
    the reader will meet again and asks only that it be explained; the grade formulas cannot see the
    explanation and count every use of the term as a hard word. An explained term is read as a
    short word wherever it stands, as the text's own names are; a term left unexplained still
    weighs. A pronunciation respelling in the parentheses ("(KATH-e-ter-ih-ZA-shun)") is no gloss:
    its syllables are rare words, and a side with a rare word explains nothing."""
    out: set[str] = set()
    for s in sentences:
        text = s.text
        if "(" in text:
            for m in _GLOSS.finditer(text):
                gloss = m.group(1)
                inner = gloss.split()
                if (
                    not inner
                    or len(inner) > _GLOSS_WORDS
                    or gloss.isupper()
                    or text[m.start() - 1 : m.start()] != " "
                ):
                    continue
                said = _HYPHENED.fullmatch(m.group()) if "-" in gloss else None
                if said and not _respelling(said):
                    continue  # a pronunciation ("(per-ku-TA-ne-us)"), not a gloss
                left = _words_before(text, m.start() - 1, 2)
                if not left:
                    continue
                hard_left = [w for w in left if _hard(w)]
                hard_inner = [w for w in inner if _hard(w)]
                if hard_left and not hard_inner and not _rare_any(inner) and left[-1] in hard_left:
                    out.update(w.lower() for w in hard_left)
                elif hard_inner and not hard_left and not _rare_any(left) and _rare_all(inner):
                    # the parenthesis holds the term alone ("(metabolizing)"), not a clause that
                    # names one ("(when glomerulonephritis is suspected)")
                    out.update(w.lower() for w in hard_inner)
        if ", which" in text or ", meaning" in text:
            for m in _DEFINED.finditer(text):
                out.update(w.lower() for w in _words_before(text, m.start(), 3) if _hard(w))
        if "call" in text or "known as" in text or "termed" in text:
            for m in _CALLED.finditer(text):
                out.update(w for w in m.group(1).split() if _hard(w))
    return frozenset(out)


def _words_before(text: str, at: int, most: int) -> list[str]:
    """Up to ``most`` words (``_WORD_BEFORE_GLOSS``) that end at ``at``, each one space from the
    next: read off a short tail by splitting, not by a pattern tried at every offset."""
    parts = text[max(0, at - _TAIL) : at].split(" ")[-most:]
    words: list[str] = []
    for part in reversed(parts):
        if not _WORD_BEFORE_GLOSS.fullmatch(part):
            break
        words.append(part)
    return words[::-1]


def _rare_all(words: Sequence[str]) -> bool:
    return all(any(is_rarer_than(part, _RARE_ZIPF) for part in w.lower().split("-") if part) for w in words)


def _rare_any(words: Sequence[str]) -> bool:
    return any(is_rarer_than(part, _RARE_ZIPF) for w in words for part in w.lower().split("-") if part)


def _hard(word: str) -> bool:
    """A word of three syllables or more (``_LONG_SYLLABLES``) rarer than ``_RARE_ZIPF``: the test
    ``own_names`` puts to a name. The modules are imported at the first call, not at each."""
    global _IS_RARER, _SYLLABLES
    if _IS_RARER is None or _SYLLABLES is None:
        from ...text.readability import syllable_table
        from ...text.word_frequency import is_rarer_than

        _IS_RARER, _SYLLABLES = is_rarer_than, syllable_table().syllables
    key = word.lower()
    if not any(_IS_RARER(part, _RARE_ZIPF) for part in key.split("-") if part):
        return False
    return _SYLLABLES(key.replace("-", "").replace("'", "").replace("\u2019", "")) >= _LONG_SYLLABLES


_IS_RARER: Callable[[str, float], bool] | None = None
_SYLLABLES: Callable[[str], int] | None = None
