"""TX101 stray-punctuation: Doubled or conflicting punctuation marks: ". ,", ",.", ",,", " .", "( x)", ",)" and "“."."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from ...diagnostic import Edit, Fix, Severity
from ...document import HEADING, TABLE_CELL, Document
from ...rule import Example, Finding, Option, Rule
from ...text.hyphens import LONGEST_PREFIX, PREFIX_AT_HYPHEN, SUSPENSION
from ...text.lazy_re import lazy_compile
from ...text.lexicon import is_known
from ...text.quotes import in_embedded_post, introduced_passage, passage_in_full, written_quotation
from ...text.segment import ABBREVIATIONS
from ...text.spaces import SPACES

_PUNCT_THEN_COMMA = lazy_compile(r"([.;:!?])([ \t]+)([,;])(?=[ \t]|$)")


_COMMA_PERIOD = lazy_compile(r"(,)(\.)(?!\.)|(?<=\w)(\.)(,)")


#: (s66: a run of three or more commas or semicolons too, "neck,,,outer"; never prose, and "..." stays an ellipsis)
_DOUBLED = lazy_compile(r"(?<![.,;])([,;])\1+(?![,;])|(?<!\.)\.\.(?!\.)")


# after a word, a per cent sign or a closing bracket ("... 95-98% .", "(advanced bone age) .")
#: Words that open a sentence, right after a full stop that a space stands before instead of after
#: ("aggressive .Though the cause", "activities .This"): the space moved, not added
_SENTENCE_OPENERS = (
    r"(?:The|This|These|Those|It|Its|In|However|But|If|When|They|We|You|There|Though|Although|He|She|Also|So|"
    r"Therefore|Thus|For|Some|Many|Most|Such)\b"
)
#: A space before a full stop and a capitalised word right after it ("twice a day .After two weeks"): the space
#: moved; the word must be a sentence opener or a known English word (``_moved_space``), not a name with a dot
_OPENER = lazy_compile(_SENTENCE_OPENERS)
_SPACE_BEFORE = lazy_compile(
    r"(?<=[\w%)\]])([ \t]+)([,;:.!?])(?=[ \t\"'\u201d\u2019)]|$|(?<=[,;:.!?])[a-z]|(?<=\.)[,;][ \t]|(?<=\.)"
    + _SENTENCE_OPENERS
    + r"|(?<=\.)[A-Z][a-z]+\b(?![.@/\\_]\w))",
    re.MULTILINE,
)
#: (s61) A second full stop one space after a sentence's own ("You will not gain weight. . Eat less"): a stray mark.
#: A spaced ellipsis (". . .") has a third, and a wider gap ("doses.  . Refill") is a list bullet a scrape turned into
#: a full stop, which the page never showed (of 9 with any gap on 4.9M clean words, the 4 with one space are stray full
#: stops and the 5 with a wider gap are such bullets)
_STRAY_SECOND_STOP = lazy_compile(r"(?<=[^\W\d_])\. \.(?![ \t]*\.)(?=[ \t\n]|$)")
#: (s61) A full stop after an ellipsis character ("heat styling and ironing…. It damages"): the ellipsis ends the
#: sentence already (0 on 4.9M clean words; a stop before it, "from it.…So", marks an omission after a sentence)
_STOP_AFTER_ELLIPSIS = lazy_compile(r"(?<=\u2026)\.(?!\.)")
#: (s61) The full stops that a sentence's own stop makes extra: the pattern, a substring every match holds (the pattern
#: runs only on prose with one), how many characters of the match before the extra stop (a space), the message and the
#: fix's wording
_EXTRA_STOPS = (
    (
        _STRAY_SECOND_STOP,
        ". .",
        1,
        "a stray full stop after the sentence's own",
        "remove the stray full stop",
    ),
    (
        _STOP_AFTER_ELLIPSIS,
        "\u2026.",
        0,
        "a full stop after an ellipsis, which ends the sentence already",
        "remove the full stop",
    ),
)
_CAPITALISED_WORD = lazy_compile(r"[A-Z][a-z]+\b")
_LOWER_WORD = lazy_compile(r"[a-z]+\b")
_NEXT_WORD_LOWER = lazy_compile(r",?[ \t]+[a-z]")


def _moved_space(prose: str, at: int) -> bool:
    """The capitalised word at ``at`` (after " .") opens a sentence: one of ``_SENTENCE_OPENERS`` or a known
    English word ("After", "Drink"), so the space before the stop belongs after it."""
    m = _CAPITALISED_WORD.match(prose, at)
    if m is None:
        return False
    if _OPENER.fullmatch(m.group()) is not None:
        return True
    # a dotted product name comes before more of the name (".Net Script Framework"); a sentence goes on in lower case
    return is_known(m.group().lower()) and _NEXT_WORD_LOWER.match(prose, m.end()) is not None


#: spaces after an opening parenthesis whose closing one has none before it: "( bone tissue)", "( ATP)" (both
#: spaced, "( ATP )", is ``_SPACED_PARENTHESES``)
_SPACE_AFTER_OPEN = lazy_compile(r"\(([ \t]+)(?=[^\s()][^()\n]{0,80}?[^\s(]\))")
#: spaces on both sides inside parentheses: "( chemical medicine )", "( hydroxymethyl )", "( Tips )"
_SPACED_PARENTHESES = lazy_compile(r"\(([ \t]+)(?=[^\s()])[^()\n]{0,80}?[^\s(]([ \t]+)\)")
#: a comma left before a closing parenthesis: "(IVIG,)", "(neuropraxia,)"
_COMMA_BEFORE_CLOSE = lazy_compile(r",\)(?<=\w,\))")
#: and before a closing one whose opening one has none after it: "(translocated )", "(TPOAb )"
_SPACE_BEFORE_CLOSE = lazy_compile(r"\((?=[^\s()])[^()\n]{0,80}?[^\s(]([ \t]+)\)")


_QUOTE_THEN_STOP = lazy_compile(r"([\u201c\u2018])[ \t]*([.,;:])")
#: A full stop inside a closing quotation mark and another after it: "social isolation.”." (the sentence ended
#: inside the quotation; a question's or an exclamation's mark inside is a title's, and the full stop after it is
#: the sentence's: "under “What are you bidding on?”.")
_STOP_QUOTE_STOP = lazy_compile(r"\.([\u201d\u2019\"])\.(?!\.)")


#: a full stop between a list's last item and its "etc." ("Radix Scrophulariae. etc."): the list ends with "etc.", not
#: before it (an abbreviation's stop, "Dr. etc.", is read by ``_abbreviation``)
_STOP_BEFORE_ETC = lazy_compile(r"(?<=[^\W\d_]{2})\.[ \t]+etc\b")


_LEADING_COMMA = lazy_compile(r"^[ \t]*,")
#: A comma or full stop after a question or exclamation mark that ends a word ("How to stop it fast?, home
#: remedies", a title's "Are We Ready for Prime Time?, shows that", "in your diet?. It is"): the mark already ends
#: the clause, and a comma or full stop after it conflicts (not after a word in capitals, where "?" is a Greek
#: letter a crawl lost: "anti-IFN?, both at low doses"; not an ellipsis, "Why?...")
_END_MARK_COMMA = lazy_compile(r"(?<=[a-z])[?!]([,.])(?=[ \t\n]|$)")
#: A semicolon after a connective adverb that opens its sentence ("Thus; garlic helps", "Therefore; policies"): the
#: adverb is set off by a comma; a semicolon joins two clauses, and nothing stands before this one
_CONNECTIVE_SEMICOLON = lazy_compile(
    r"(?:^|(?<=[.!?:][ \t])|(?<=\n))(?:Thus|Hence|However|Therefore|Moreover|Furthermore|Besides|Additionally"
    r"|Consequently|Nevertheless|Meanwhile|Also|Likewise|Similarly|Otherwise|Instead)(;)(?=[ \t]+\w)"
)
#: (s61) A semicolon before a capitalised sentence opener and a lower-case word ("as the acne worsens; As a result,
#: ...", "the biggest advertisement alliance; Many apps are"): a full stop written as a semicolon (2 on 4.9M clean words,
#: both WMT22 references' slips); a name after it ("; Smith et al.") is no sentence opener
_SEMICOLON_BEFORE_OPENER = lazy_compile(
    # (not an HTML entity's own semicolon, "it&nbsp;  These results", left in scraped text)
    r"(?<=[\w)\]”\"'])(?<!&nbsp)(?<!&amp)(?<!&quot)(?<!&lt)(?<!&gt)(?<!&apos)(?<!&#\d\d)(?<!&#\d\d\d)(;)[ \t]+(?=(?:"
    + _SENTENCE_OPENERS
    + r"|(?:As|Because|Since|While|After|Before|Our|Your|Their|Then|Now|Here|Each|All)\b)[ \t]+[a-z])"
)
#: A hyphen or two after a colon that ends its line or runs into a word ("Symptoms of Liver Disease: -",
#: "such foods:--", "Causes:- Viruses", s59: "known as:-Hemorrhoids"): the colon already introduces what follows
#: (not the emoticons ":-)", ":-P")
_COLON_DASH = lazy_compile(r"(?m):(?:-{1,2}(?=[ \t]|$|[A-Za-z][a-z]{2})|[ \t]-{1,2}[ \t]*$)")
#: A dash spaced before and glued to the word after it, between words ("melanoma –the most", "price tags
#: —between"): the space belongs on both sides of it or on neither (an attribution's "—Name" opens its line
#: or follows a quotation mark, not a lower-case word)
_DASH_SPACED_BEFORE = lazy_compile(r"(?<=[a-z])[ \t]([\u2013\u2014])(?=[A-Za-z])")
#: A hyphen with a space after it and none before, between words: a dash typed as a hyphen ("symptoms- making it
#: a game changer", "Viruses- like hepatitis") or a compound a line break split ("cardiovascular- related"; a
#: prefix's, "self- reported", is TX116's). Not a suspended hyphen ("age- and gender-matched", "low- compared with
#: high-functioning"), nor the words of ``_NOT_AFTER_DASH``. The word before has three letters or more, or is "as"
#: ("triggers such as- stress", s60: a colon or nothing typed as a hyphen)
_HYPHEN_SPACED_AFTER = lazy_compile(r"(?:(?<=[a-z]{3})|(?<=\b[Aa]s))-[ \t](?=([a-z]+))")
#: A hyphen that ends a short line after a word, before a line that opens with a capital, a digit or a list's mark
#: ("The causes of this disorder-\nEating too fast", "Some remedies are given below-\n1. Ginger"): a colon typed as a
#: hyphen. A line wrapped at a compound's hyphen is long (``_WRAPPED_LINE`` characters or more) or ends on a
#: prefix ("non-\nHodgkin"), and is not read.
_HYPHEN_ENDS_LINE = lazy_compile(r"(?m)(?<=[a-z]{3})-[ \t]*$(?=\n+[ \t]*(?:[A-Z0-9\u2022*]|-[ \t]))")
_WRAPPED_LINE = 60
#: Words after such a hyphen that make it no dash: a suspension's (``medlint.text.hyphens``), a prefix cited
#: ("cerebro- meaning the brain") or an address after a label ("Photo- http://...")
_NOT_AFTER_DASH = SUSPENSION | frozenset("from meaning means refers http www".split())


# a bare address, not a link's target; crawls often break one after its dots ("http://www. aan. com/ x")
_URL_BEFORE = lazy_compile(r"(?:https?://|www ?\.)(?:[^\s()<>\[\]]*[./] )*[^\s()<>\[\]]+$")

# what a sentence's full stop or semicolon is kept off with a space: a bare address, its scheme
# broken too ("https:/ / youtu. be/ x"), an e-mail address or an @handle
_ADDRESS_BEFORE = lazy_compile(
    r"(?:https?:/ ?/ ?|www ?\.)(?:[^\s()<>\[\]]*[./] )*[^\s()<>\[\]]+$"
    r"|(?<![\w@])[\w.+-]*@[\w-]+(?:\.[\w-]+)*$"
)

# a run-in label before its colon: one to four words, the longer ones capitalised ("Summary :",
# "Last Updated :"), nothing before it in its block
_RUN_IN_LABEL = lazy_compile(r"[ \t]*[A-Z][A-Za-z'\u2019-]*(?:[ \t]+[A-Za-z][A-Za-z'\u2019-]*){0,3}")
_LONG_WORD = lazy_compile(r"[A-Za-z][A-Za-z'\u2019-]{3,}")


def _opening_label(doc: Document, at: int) -> bool:
    """Whether the space at ``at`` follows a field label that opens the document's text: the first
    block after its title (a heading) starts with it ("# ...?\n\nSummary : A1C is a blood test ..."). A
    template prints that field before the writer's text; a writer's own label later in the text
    ("Calories : 216" in a recipe's list, "2on2 Winter Cup :") is the writer's spacing."""
    i = next((i for i, b in enumerate(doc.blocks) if b.kind != HEADING), 0)
    first = doc.blocks[i] if i else None  # under a title: a text with no heading has no template's field
    if first is None or not first.start <= at < first.end:
        return False
    label = _RUN_IN_LABEL.fullmatch(doc.prose, first.start, at)
    return label is not None and all(w[0].isupper() for w in _LONG_WORD.findall(label.group()))


def _title_words(doc: Document) -> list[str]:
    """The last ``_SLOT_WORDS`` words of the document's first heading, in lower case, without its
    end mark, if the text outside headings prints them before a spaced " ." or " ?" at least
    ``_SLOT_USES`` times (a template that fills the page's name in does so in each of its
    sentences); else none."""
    head = next((b for b in doc.blocks if b.kind == HEADING), None)
    words = [] if head is None else doc.block_text(head).rstrip(" ?.!:").lower().split()[-_SLOT_WORDS:]
    if len(words) < _SLOT_WORDS:
        return []
    # each use ends in a space or tab before its mark: a text with fewer of those has fewer uses, and
    # the pattern built from the title (a compile per document) is not needed
    prose = doc.prose
    if sum(prose.count(gap) for gap in (" .", " ?", "\t.", "\t?")) < _SLOT_USES:
        return []
    if prose.isascii() and _spaced_ends(doc.lower, words[-1]) < _SLOT_USES:
        return []  # too few uses even of the last word before a spaced mark: no pattern to compile
    slot = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"[ \t]+[.?](?![.\w])", re.IGNORECASE)
    in_text = (m for m in slot.finditer(doc.prose) if not _in_heading(doc, m.start()))
    uses = sum(1 for _ in itertools.islice(in_text, _SLOT_USES))
    return words if uses >= _SLOT_USES else []


def _spaced_ends(lower: str, word: str) -> int:
    """How many times ``word`` stands in ``lower`` right before spaces or tabs and a "." or "?",
    counted up to ``_SLOT_USES``: each use of ``_title_words``' pattern ends so, at its own place.

    For an ASCII text, whose lower-cased form matches case-insensitively as the pattern does
    (no letter outside ASCII folds onto one in it), so a text with fewer is answered without
    compiling a pattern per document (most documents: a title's last word is rarely printed
    twice before a spaced mark)."""
    found, at = 0, lower.find(word)
    while at >= 0 and found < _SLOT_USES:
        end = at + len(word)
        gap = end
        while gap < len(lower) and lower[gap] in " \t":
            gap += 1
        if gap > end and gap < len(lower) and lower[gap] in ".?":
            found += 1
        at = lower.find(word, at + 1)
    return found


def _in_heading(doc: Document, at: int) -> bool:
    i = doc.block_at(at)
    return i is not None and doc.blocks[i].kind == HEADING


#: words of the title's end that make a name a template filled in ("... for Scheie syndrome .")
_SLOT_WORDS = 2
#: times the text prints the name before a spaced mark
_SLOT_USES = 2


def _title_slot(doc: Document, title: list[str], at: int) -> bool:
    """Whether the text before ``at`` (a spaced " ." or " ?") ends with the title's last words
    (``_title_words``): the page's name, which a template printed with a space after it, each
    time it put it in ("What are the signs and symptoms of Scheie syndrome ? The Human Phenotype
    Ontology provides the following list of signs and symptoms for Scheie syndrome . If the
    information is available, ..."): the space is the template's, not the writer's. A writer's
    sentence that ends once on the title's words ("... for menopause-related hot flashes .") is not
    a slot."""
    if not title or _in_heading(doc, at):
        return False  # a title's own spacing is its writer's ("... in __init__.py ?" as a post's title)
    return doc.prose[max(0, at - 300) : at].lower().split()[-_SLOT_WORDS:] == title


# footnote markers after a sentence's stop ("... and cancer. ii , iii"): lower-case roman numerals
_FOOTNOTES_BEFORE = lazy_compile(r"[.;,]\s*(?:[ivx]{1,4}\s*,\s*)*[ivx]{1,4}$")


# after a title's spaced colon, the site's or section's name to the line's end: " : Shots",
# " : Shots - Health News : NPR", " : The Two-Way"
_SITE_NAME_AFTER = lazy_compile(
    r"[ \t]+(?:The[ \t]+)?[A-Z][\w'\u2019&-]*(?:[ \t]+(?:[A-Z][\w'\u2019&-]*|[-|:\u2013]))"
    r"{0,5}[ \t]*$",
    re.MULTILINE,
)


def _site_name_separator(prose: str, mark: int) -> bool:
    """Whether the spaced colon at ``mark`` separates a page's title from its site's or section's
    name, on the text's first line: "Early Stages Of Alzheimer's Now Get Formal Definitions :
    Shots" (NPR's page title). A crawl that takes the page's title as the article's keeps the
    publisher's format, " : " as other sites use " | " or " - "; the writer's sentences are not on
    that line."""
    first_end = prose.find("\n")
    if first_end != -1 and mark > first_end:
        return False
    return _SITE_NAME_AFTER.match(prose, mark + 1) is not None


# after a spaced colon, the rest of a journal's title in the NLM catalogue's form and the
# citation's year and volume: "Journal of molecular neuroscience : MN. 2015;55(2):318-323."
_CITATION_AFTER = lazy_compile(r"[ \t]+[^.;\n]{1,60}\.[ \t]*(?:19|20)\d\d[^;\n]{0,12};[ \t]*\d")


def _journal_title(prose: str, mark: int) -> bool:
    """Whether the spaced colon at ``mark`` is in a journal's title as the NLM catalogue writes it,
    in a reference ("Journal of molecular neuroscience : MN. 2015;55(2):318-323"): the catalogue
    separates a title from its subtitle or abbreviation with " : ", and a reference list copies it;
    the year, a semicolon and the volume right after mark the citation."""
    return _CITATION_AFTER.match(prose, mark + 1) is not None


#: "&c" (et cetera, as older texts write it) just before a full stop: "&amp;c" in HTML, whose entity's
#: tail the prose view blanks to spaces ("&    c")
_ET_CETERA = re.compile(r"(?<!\S)& *c$")


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
    """Doubled or conflicting punctuation marks: ". ,", ",.", ",,", " .", "( x)" and "“.".

    Machine translation and careless merging leave marks that belong to no sentence, and spaces a mark does
    not take: before a comma or a full stop (after a word, a per cent sign or a closing bracket: "98% .",
    "(bone age) ."), after an opening parenthesis whose closing one has none before it ("( bone tissue)"),
    before a closing one whose opening one has none after it ("(translocated )"; not after an address, whose
    space is kept on purpose), on both sides inside parentheses ("( chemical medicine )"), a comma before a
    closing parenthesis ("(IVIG,)"), a comma after a question or exclamation mark ("How to stop it fast?,
    home remedies"), a full stop before the "etc." that ends a list ("Radix Scrophulariae. etc."), and a
    hyphen after a colon ("Symptoms: -", "such foods:--"), a dash spaced before and glued to the word after
    it ("melanoma –the most"), and a hyphen spaced after and glued to the word before it ("symptoms- making
    it", "cardiovascular- related"; not a suspended hyphen, "age- and gender-matched", nor a prefix's
    compound, TX116's "self- reported"), and a hyphen that ends a short line before a list or a capitalised
    line, where a colon belongs ("Some remedies are given below-" over "1. Ginger tea"; not a line wrapped
    at a compound's hyphen, which is long or ends on a prefix, "non-" over "Hodgkin"). A space that keeps a
    full stop or semicolon off an address (a URL, even one a crawl broke, an e-mail address, an @handle) is
    kept on purpose, as are footnote markers after a stop ("cancer. ii , iii") and a comma after an
    abbreviation's stop ("e.g.,", "etc.,", the old sign "&c.,"). Where the intended text is unambiguous (a
    doubled comma, a space before a full stop, a comma after a full stop) the fix is safe.
    (s66) A run of three or more commas or semicolons ("neck,,,outer") is reported as the doubled one is.

    A reproduced text keeps its author's punctuation: an embedded social post
    (a block with its credit line, "— Jane Roe (@janeroe) May 23, 2020") and a
    quoted passage of ``quoted-passage-words`` words or more that no one is
    said to have spoken (the hoax text a fact-check reproduces, "... arms
    were heavy.. He presented ...") are the source's words, which the writer
    must not correct; so is a block quotation a plain-text copy kept without
    its marks: what follows a lead-in that ends in a colon and names the
    source ("One blogger wrote:", "In a statement, the agency said:") up to
    the next paragraph break (``medlint.text.quotes.introduced_passage``), or to the line where
    the writer points back to it as "quoted above" (a forwarded chain e-mail a plain-text copy
    keeps as lines like any other: "The missive quoted above ..."), or to the page's end
    after a lead-in that gives the source's text "in full" ("Here's the doctor's message in full
    (translated):", ``passage_in_full``). Speech ("...," she said) and short quotations are still
    checked: their punctuation is the writer's transcription.

    On a web page the lines of the article's header (the HTML reader's ``header_lines``: the
    short date line, byline and photo credit printed around the title, "Last Updated : Nov 20,
    2019", "by Bob Yirka , Phys.org") are the template's fields, not the writer's text: their
    spacing is not reported. Nor is a template's spacing in the text: a field label that opens the
    text ("Summary : A1C is ...", before the writer's first words) and the page's name filled in
    before " ." or " ?" ("... symptoms for Scheie syndrome . If the information is available").
    Nor are a publisher's formats copied with the text: a page title's " : " before its site's
    or section's name on the text's first line ("... Get Formal Definitions : Shots"), and a
    journal's title as the NLM catalogue writes it in a reference ("Journal of molecular
    neuroscience : MN. 2015;55(2):318-323").
    """

    code = "TX101"
    name = "stray-punctuation"
    category = "text-integrity"
    severity = Severity.WARNING
    source = "Copy-editing practice; Chicago Manual of Style 17th ed., ch. 6 (punctuation)"
    options = {
        "quoted-passage-words": Option(
            15,
            int,
            "A quotation of at least this many words that no one is said to have spoken is a "
            "reproduced passage whose punctuation is the source's, not checked (0: check it too)",
        ),
    }
    should_fire = (
        Example(
            "Symptoms eased. , Most patients went home.", fixed="Symptoms eased. Most patients went home."
        ),
        Example("Take it twice a day , with food.", fixed="Take it twice a day, with food."),
        Example("Drink water,, and rest.", fixed="Drink water, and rest."),
        Example("The results were good \u201c."),
        Example(
            "It leads to \u201cnegative self-image and social isolation.\u201d. Hair loss can be treated.",
            fixed="It leads to \u201cnegative self-image and social isolation.\u201d Hair loss can be treated.",
        ),
        Example("Rest is key,. Sleep helps.", fixed="Rest is key. Sleep helps."),
        Example(
            "Is bitter leaf in your diet?. It should be.", fixed="Is bitter leaf in your diet? It should be."
        ),
        Example(
            "Garlic kills germs. Thus; it helps wounds heal.",
            fixed="Garlic kills germs. Thus, it helps wounds heal.",
        ),
        Example("See [the guide](https://example.org) . It helps.", format="markdown"),
        Example("Follow her on Twitter .", fixed="Follow her on Twitter."),
        Example("Bones grow faster (advanced bone age) .", fixed="Bones grow faster (advanced bone age)."),
        "Use it with herbs such as Bulbus Fritillariae, Radix Scrophulariae. etc.",
        Example(
            "It inflames the joint ( gout) in some people.",
            fixed="It inflames the joint (gout) in some people.",
        ),
    )
    should_not_fire = (
        "Rest, e.g., sleep, helps.",
        Example(
            "Early Stages Of Alzheimer's Get Formal Definitions : Shots\n\nThe definition got wider.",
            note="a page title's separator before the site's section name",
        ),
        Example(
            "Gu Y. Molecular rescue in mouse brain. Journal of molecular neuroscience : MN. 2015;55(2):318-23.",
            note="a journal's title in the NLM catalogue's form, in a reference",
        ),
        "Wait... then retest.",
        "Why?... Nobody knows.",
        "The dose was 2.5 mg.",
        "Ask your GP, nurse, pharmacist etc. for advice.",
        Example("See [the guide](https://example.org). It helps.", format="markdown"),
        Example("Read <a href='x'>this</a>.", format="html"),
        "He asked: \u201cIs it safe?\u201d She nodded.",
        Example(
            "It is listed under \u201cWhat are you bidding on?\u201d.",
            note="a question's mark, then the sentence's",
        ),
        "Doses (see table 2). Then stop.",
        "He lives in Portland, Ore., with his wife.",
        "It killed Sen. Edward Kennedy, D-Mass., in 2009.",
        "The exposure is continuous . . . and constant.",
        "McCann, J. C., Shigenaga, M. K. and Ames, B. N. reported it.",
        "Follow her at http://www.twitter.com/lindsey . Her work is online.",
        "Follow her at @LindseyTanner . Her work is online.",
        "Watch it at https:/ / youtu. be/ 17JYaKkdRYs . It is short.",
        "It raises the risk of cancer. ii , iii",
        Example(
            "The hoax read: \u201cDoctors say his palms were sweaty, knees weak and arms were heavy.. "
            "He presented with vomit on his sweater already.\u201d It is a joke.",
            note="a quoted passage keeps its author's punctuation",
        ),
        Example(
            "Here is the post:\n\nThe blockade in #Hubei , a woman said . pic.twitter.com/HqEvzSknz2\n"
            "\u2014 Jane Roe (@janeroe) February 4, 2020\n\nThe video is genuine.",
            note="an embedded post keeps its author's spacing",
        ),
        Example(
            "One blogger wrote:\nIt must work.. Try it.\n\nThe claim is false.",
            note="a block quotation kept without its marks, after its lead-in",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        passage = int(self.opts["quoted-passage-words"])
        header = doc.metadata.get("header_lines", ())
        for f in self._marks(doc):
            if any(s <= f.start < e for s, e in header):
                continue  # a field line of the page's header, printed by the site's template
            if not self._reproduced(doc, f.start, passage):
                yield f

    @staticmethod
    def _reproduced(doc: Document, at: int, passage: int) -> bool:
        """Whether the mark at ``at`` is in someone else's reproduced text (see the class docstring)."""
        if in_embedded_post(doc, at):
            return True
        if passage <= 0:
            return False
        if introduced_passage(doc, at) is not None or passage_in_full(doc, at):
            return True  # a block quotation without marks, after its lead-in ("One blogger wrote:")
        quoted = written_quotation(doc, at)
        return quoted is not None and len(doc.prose[quoted[0] : quoted[1]].split()) >= passage

    def _marks(self, doc: Document) -> Iterator[Finding]:
        src, prose = doc.source, doc.prose
        # each pattern needs one of a few two-character sequences; most texts have none
        for m in _PUNCT_THEN_COMMA.finditer(prose) if _has_any(prose, " ,", " ;", "\t,", "\t;") else ():
            s = m.start(2)
            if not src[s : m.end(2)].isspace():
                continue  # text the prose view blanks (a bare DOI or URL) between the marks
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
                if _ET_CETERA.search(prose, max(0, m.start() - 12), m.start()):
                    continue  # "&c.," the old sign for "etc." (its entity "&amp;" blanked to spaces)
                yield Finding(m.start(), m.end(), "conflicting marks '.,'", (".", ","))
            else:
                yield Finding(
                    m.start(),
                    m.end(),
                    "conflicting marks ',.'",
                    (".",),
                    Fix((Edit(m.start(), m.start() + 1, ""),), "keep the full stop", safe=True),
                )
        for m in _STOP_QUOTE_STOP.finditer(prose) if _has_any(prose, ".\u201d.", '.".', ".\u2019.") else ():
            yield Finding(
                m.start(),
                m.end(),
                f"a full stop both inside and after the closing {m.group(1)!r}",
                (prose[m.start() : m.end() - 1],),
                Fix(
                    (Edit(m.end() - 1, m.end(), ""),),
                    "remove the full stop after the quotation mark",
                    safe=True,
                ),
            )
        for m in _STOP_BEFORE_ETC.finditer(prose) if ". etc" in prose else ():
            word = re.search(r"(\S+)$", prose[max(0, m.start() - 40) : m.start()])
            if word and _abbreviation(word.group(1)):
                continue  # an abbreviation's own stop ("Dr. etc.")
            yield Finding(
                m.start(),
                m.start() + 1,
                "a full stop before “etc.”, which belongs to the list it ends",
                (",",),
                Fix((Edit(m.start(), m.start() + 1, ","),), "write a comma before “etc.”", safe=False),
            )
        for m in _DOUBLED.finditer(prose) if _has_any(prose, ",,", ";;", "..") else ():
            yield Finding(
                m.start(),
                m.end(),
                f"doubled {m.group()[0]!r}"
                if len(m.group()) == 2
                else f"{m.group()[0]!r} written {len(m.group())} times",
                (m.group()[0],),
                Fix((Edit(m.start() + 1, m.end(), ""),), "remove the extra mark", safe=True),
            )
        for pattern, probe, before_stop, message, fix_text in _EXTRA_STOPS:
            for m in pattern.finditer(prose) if probe in prose else ():
                yield Finding(
                    m.start() + before_stop,
                    m.end(),
                    message,
                    ("",),
                    Fix((Edit(m.start() + before_stop, m.end(), ""),), fix_text, safe=True),
                )
        spaced = _has_any(prose, " ,", " ;", " :", " .", " !", " ?", "\t")
        title = _title_words(doc) if spaced else []
        for m in _SPACE_BEFORE.finditer(prose) if spaced else ():
            mark = m.start(2)
            ws_start = mark
            # a soft line break the prose view reads as a space ("MD\n, urologist" in a wrapped HTML paragraph)
            # is as stray as a space
            while ws_start > m.start(1) and (
                src[ws_start - 1] in SPACES + "\t"
                or (src[ws_start - 1] == "\n" and prose[ws_start - 1] == " ")
            ):
                ws_start -= 1
            if ws_start == mark:
                continue  # blanked markup in the prose view, not a real space in the source
            if prose[mark : mark + 3] == "..." or prose[mark : mark + 4] == ". . ":
                continue  # an ellipsis, closed or spaced ("continuous . . . and")
            if m.group(2) == "," and _URL_BEFORE.search(src, max(0, ws_start - 300), ws_start):
                continue  # a space kept on purpose so the mark is not read as part of the address
            if m.group(2) in ".;" and _ADDRESS_BEFORE.search(src, max(0, ws_start - 300), ws_start):
                continue  # the same for the sentence's stop, after any address
            if m.group(2) == "," and _FOOTNOTES_BEFORE.search(src, max(0, ws_start - 40), ws_start):
                continue  # a list of footnote markers ("cancer. ii , iii")
            if m.group(2) == ":" and (
                _opening_label(doc, ws_start)
                or _site_name_separator(prose, mark)
                or _journal_title(prose, mark)
            ):
                continue  # a template's field label ("Summary : A1C"), a site's name, a journal's
            if m.group(2) in ".?" and _title_slot(doc, title, ws_start):
                continue  # the page's name where a template put it ("... for Scheie syndrome .")
            if m.group(2) == "." and m.end() < len(prose) and prose[m.end()] in ",;":
                # a full stop left standing before the clause's comma ("calcium ., sodium"): the stop is stray
                yield Finding(
                    ws_start,
                    m.end() + 1,
                    f"stray '.' before {prose[m.end()]!r}",
                    (prose[m.end()],),
                    Fix((Edit(ws_start, m.end(), ""),), "remove the stray full stop", safe=True),
                )
                continue
            if m.group(2) in ",;:.!?" and m.end() < len(prose) and prose[m.end()].islower():
                # the space stands before the comma instead of after it ("good for health ,it lowers sugar"): move it;
                # a comma before no word is a slip of the key for a letter ("of ,ultiple sclerosis"), another error
                after = _LOWER_WORD.match(prose, m.end())
                if after is None or not is_known(after.group()):
                    continue
                if m.group(2) == "." and _OPENER.fullmatch(after.group().capitalize()) is None:
                    continue  # after a dot, only a sentence's opening word: " .dll files", " .net" are names
                yield Finding(
                    ws_start,
                    m.end(),
                    f"space before {m.group(2)!r} and none after it",
                    (m.group(2) + " ",),
                    Fix(
                        (Edit(ws_start, m.end(), m.group(2) + " "),),
                        "move the space after the mark",
                        safe=True,
                    ),
                )
                continue
            if m.group(2) == "." and m.end() < len(prose) and prose[m.end()].isupper():
                if not _moved_space(prose, m.end()):
                    continue  # a name written with its dot (" .Net"), not a sentence after a stray space
                # the space stands before the full stop instead of after it: move it
                yield Finding(
                    ws_start,
                    m.end(),
                    "space before '.' and none after it",
                    (". ",),
                    Fix((Edit(ws_start, m.end(), ". "),), "move the space after the full stop", safe=True),
                )
                continue
            yield Finding(
                ws_start,
                m.end(),
                f"space before {m.group(2)!r}",
                (m.group(2),),
                Fix((Edit(ws_start, mark, ""),), "remove the space", safe=True),
            )
        for m in _SPACE_AFTER_OPEN.finditer(prose) if _has_any(prose, "( ", "(\t") else ():
            if not all(c in SPACES + "\t" for c in src[m.start(1) : m.end(1)]):
                continue  # blanked markup in the prose view, not a real space in the source
            yield Finding(
                m.start(),
                m.end(1),
                "space after '('",
                ("(",),
                Fix((Edit(m.start(1), m.end(1), ""),), "remove the space", safe=True),
            )
        for m in _SPACE_BEFORE_CLOSE.finditer(prose) if _has_any(prose, " )", "\t)") else ():
            if not all(c in SPACES + "\t" for c in src[m.start(1) : m.end(1)]):
                continue  # blanked markup in the prose view, not a real space in the source
            if _ADDRESS_BEFORE.search(src, max(0, m.start(1) - 300), m.start(1)):
                continue  # a space that keeps the bracket off an address ("(http://www.prsjournal.com/ )")
            yield Finding(
                m.start(1),
                m.end(),
                "space before ')'",
                (")",),
                Fix((Edit(m.start(1), m.end(1), ""),), "remove the space", safe=True),
            )
        for m in _SPACED_PARENTHESES.finditer(prose) if _has_any(prose, "( ", "(\t") else ():
            inner = (m.start(1), m.end(1)), (m.start(2), m.end(2))
            if not all(c in SPACES + "\t" for a, b in inner for c in src[a:b]):
                continue  # blanked markup in the prose view, not a real space in the source
            if _ADDRESS_BEFORE.search(src, max(0, m.start(2) - 300), m.start(2)):
                continue  # a space that keeps the bracket off an address
            yield Finding(
                m.start(),
                m.end(),
                "spaces inside the parentheses",
                ("()",),
                Fix(tuple(Edit(a, b, "") for a, b in inner), "remove the spaces", safe=True),
            )
        for m in _COMMA_BEFORE_CLOSE.finditer(prose) if ",)" in prose else ():
            yield Finding(
                m.start(),
                m.end(),
                "a comma before ')'",
                (")",),
                Fix((Edit(m.start(), m.start() + 1, ""),), "remove the comma", safe=True),
            )
        for m in _QUOTE_THEN_STOP.finditer(prose) if _has_any(prose, "\u201c", "\u2018") else ():
            if prose.startswith("...", m.start(2)):
                continue  # a quotation that opens with an ellipsis ("\u201c...and then it stopped")
            yield Finding(
                m.start(),
                m.end(),
                f"an opening quote {m.group(1)!r} followed by {m.group(2)!r} quotes nothing",
            )
        for m in _END_MARK_COMMA.finditer(prose) if _has_any(prose, "?,", "!,", "?.", "!.") else ():
            second = m.group(1)
            yield Finding(
                m.start(),
                m.end(1),
                f"conflicting marks '{prose[m.start()]}{second}'",
                (prose[m.start()],),
                Fix(
                    (Edit(m.start(1), m.end(1), ""),),
                    "remove the comma" if second == "," else "remove the full stop",
                    safe=True,
                ),
            )
        for m in _SEMICOLON_BEFORE_OPENER.finditer(prose) if ";" in prose else ():
            yield Finding(
                m.start(1),
                m.end(1),
                "a semicolon before a capitalised sentence opener: a full stop ends the sentence (or the next word takes "
                "a small letter)",
                (".",),
            )
        for m in _CONNECTIVE_SEMICOLON.finditer(prose) if ";" in prose else ():
            adverb = prose[m.start() : m.start(1)]
            yield Finding(
                m.start(),
                m.end(1),
                f"a semicolon after the opening '{adverb}': a comma sets the adverb off",
                (f"{adverb},",),
                Fix((Edit(m.start(1), m.end(1), ","),), "replace the semicolon with a comma", safe=True),
            )
        for m in _COLON_DASH.finditer(prose) if ":" in prose else ():
            dashes = prose[m.start() + 1 : m.end()]
            glued = m.end() < len(prose) and prose[m.end()].isalpha()  # ":-Hemorrhoids": the space goes in
            yield Finding(
                m.start(),
                m.end(),
                f"a stray {dashes.strip()!r} after a colon",
                (": ",) if glued else (":",),
                Fix(
                    (Edit(m.start() + 1, m.end(), " " if glued else ""),),
                    "keep the colon and a space" if glued else "keep the colon",
                    safe=True,
                ),
            )
        for m in _DASH_SPACED_BEFORE.finditer(prose) if _has_any(prose, " \u2013", " \u2014") else ():
            yield Finding(
                m.start(),
                m.end(),
                f"a dash {m.group(1)!r} with a space before it and none after",
                (f" {m.group(1)} ", m.group(1)),
                Fix((Edit(m.end(), m.end(), " "),), "add the space after the dash"),
            )
        for m in _HYPHEN_SPACED_AFTER.finditer(prose) if "- " in prose or "-\t" in prose else ():
            if src[m.start() + 1 : m.end()] not in (" ", "\t") or m.group(1) in _NOT_AFTER_DASH:
                continue  # a line wrapped after a compound's hyphen, markup the prose view blanks, a suspension
            if PREFIX_AT_HYPHEN.search(prose, max(0, m.start() - LONGEST_PREFIX), m.start()):
                continue  # a prefix's compound split by the space ("self- reported"): TX116's
            yield Finding(
                m.start(),
                m.end(),
                "a hyphen with a space after it and none before: a dash between clauses (“ – ”), or a compound "
                "written without the space",
                (" \u2013 ", "-"),
            )
        for m in _HYPHEN_ENDS_LINE.finditer(prose) if "-\n" in prose or "- \n" in prose else ():
            line_start = prose.rfind("\n", 0, m.start()) + 1
            if m.start() - line_start >= _WRAPPED_LINE or src[m.start()] != "-":
                continue  # a paragraph wrapped at a compound's hyphen, markup the prose view blanks
            if PREFIX_AT_HYPHEN.search(prose, max(0, m.start() - LONGEST_PREFIX), m.start()):
                continue
            yield Finding(
                m.start(),
                m.start() + 1,
                "a hyphen ends the line before what it introduces: a colon (“:”) does that",
                (":",),
                Fix((Edit(m.start(), m.start() + 1, ":"),), "write a colon"),
            )
        for block in doc.blocks:
            lead = _LEADING_COMMA.match(prose, block.start)
            if lead and block.kind != TABLE_CELL:
                yield Finding(block.start, lead.end(), "a block starts with a comma")
