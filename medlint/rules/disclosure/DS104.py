"""DS104 missing-author: No author or medical reviewer is named."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.doc_kind import is_press_release
from ...rule import Example, Finding, Option, Rule
from ...text.lazy_re import lazy_compile
from ...text.matching import ProbedPattern
from ._page import document_kind, no_page_message, shows_page
from ._shared import _ARTICLE_BODY, _NEWS_REPORT, _found_dates, _head_and_tail, _is_health_article, lead_span

_PRESS_RELEASE = (
    "Zinc lozenges shorten colds, study finds\n\n"
    + _ARTICLE_BODY
    + "\n\nAbout Acme University\n\nAcme University is a public research university in Springfield."
    "\n\nMedia contact: Sam Lee, press office, +1 555 0100\n\n###"
)


_BYLINE = lazy_compile(
    r"(?im)^(?:[^\S\n]|[*_>#-])*(?:by|written by|words by|author(?:s|ed by)?\s*:|(?:medically\s+|clinically\s+)?reviewed by|"
    r"fact[- ]checked by|reporting by)\s*:?\s+(?:dr\.?\s+|prof\.?\s+|the\s+)?[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+)*"
)
#: A credit that opens a later sentence or a separated item of a line ("Page last reviewed: 12 May
#: 2025. Written by ...; clinically reviewed by Dr ...", "Updated 3 May | By Jane Smith"): only the
#: verbs and labels that credit, and a bare "By" only after a separator ("By Monday, ..." may open
#: any sentence). Searched only where ``_INLINE_CUES`` shows one may be (``_BYLINE`` is tried at
#: every position, and its line anchor fails at once; this one's lookbehinds would not).
_BYLINE_INLINE = lazy_compile(
    r"(?i)(?:(?:(?<=[.;]\s)|(?<=[.;|\u2022]\s\s)|(?<=[|\u2022]\s))(?:written by|authored by|authors?\s*:|"
    r"(?:medically\s+|clinically\s+)?reviewed by|fact[- ]checked by|reporting by)"
    r"|(?:(?<=[|\u2022]\s)|(?<=[|\u2022]))\s*by)"
    r"\s*:?\s+(?:dr\.?\s+|prof\.?\s+|the\s+)?[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+)*"
)
#: ``_names_author`` searches ``_BYLINE`` without its "by"/"author" test (tests/test_doc_kind_fast_path.py
#: compares the two)
_PLAIN_BYLINE = False
_INLINE_CUES = (
    "written by",
    "authored by",
    "reviewed by",
    "checked by",
    "reporting by",
    "author:",
    "authors:",
)
_SEPARATORS = ("|", "\u2022")


# the author named at the end of a story, as newspapers do: "Ms. Mitchell is a writer in Chicago.",
# "Jane Roe is a freelance health reporter.", "Contact Jane Roe at jane.roe@paper.com", an e-mail line
_NAME = r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){0,2}"


# a writer's degrees after the name ("Najibah Rehman, MD, MPH, is ...") or a site in brackets
# ("Brian Alexander (www.brianralexander.com) is ...")
_AFTER_NAME = r"(?:,\s*(?:MD|M\.D\.|PhD|Ph\.D\.|MPH|DO|RN|MS|MA)(?!\w))*(?:\s*\([^)\n]{1,60}\))?"

# a person's name: a first name, an initial perhaps, and one or two more names
_PERSON = r"[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'\u2019-]*){1,2}"

_AUTHOR_NOTE = lazy_compile(
    # one "^" for all: a position that is not a line's start is left at once
    rf"(?m)^(?:[\s*_>\u2014\u2013-]*{_NAME}{_AFTER_NAME},?\s+(?:is|was)\s+(?:a|an|the\s+)?(?:[\w-]+\s+){{0,6}}?"
    r"(?:co-)?(?i:writer|reporter|journalist|correspondent|editor|columnist|contributor|blogger|author|producer|"
    r"resident|fellow|professor|physician|doctor)\b"
    rf"|[\s*_>\u2014\u2013-]*(?i:contact|follow|email|e-mail|reach|write\s+to)\s+"
    rf"(?:{_NAME}|the\s+(?:author|writer|reporter))\s+(?:at|on|via)\b"
    # "You can contact NPR science correspondent Richard Harris at ...", "... Richard Harris: ..."
    rf"|[\s*_>-]*(?i:you\s+can\s+contact)\s+(?:[\w-]+\s+){{0,3}}?{_NAME}\s*(?:(?:at|on|via)\b|:)"
    r"|[\s*_>-]*(?i:twitter|follow\s+(?:me|him|her))\b[^\n]{0,40}@\w"
    r")"
)

# a closing bio that gives the writer's degree, then a role: "Veronika Kyrylenko, Ph.D. Research
# Associate at ..." (not a quoted expert: "Cynthia Aranow, MD, of ...", "Sarah Paterson, Ph.D., is").
# Searched from the comma (a literal the regex engine scans for fast); the name is checked behind it.
_DEGREE_ROLE = ProbedPattern(
    lazy_compile(
        r",\s*(?:Ph\.\s?D\.|PhD|M\.D\.|MD|MPH|DPhil|RN)(?![\w])[.,]?\s+(?:[A-Z][\w-]*\s+){1,4}(?:at|of|with|for)\b"
    ),
    ("phd", "ph", "md", "mph", "dphil", "rn"),
)
_NAME_LINE = lazy_compile(rf"[\s*_>\u2014\u2013-]*{_PERSON}")

# the reporters credited in a closing note, which newspapers print below the story and above the
# copyright lines: "Reporting was contributed by Michael Powell, ...", "(Bierman reported from
# Washington. ...)"
_CREDIT_NOTE = ProbedPattern(
    lazy_compile(
        rf"(?m)^(?:[^\S\n]|[*_>(-])*(?:Additional\s+)?(?i:reporting)\s+(?:was\s+)?contributed\s+by\s+{_NAME}"
        rf"|^(?:[^\S\n]|[*_>-])*\(\s*(?:{_NAME}\s+and\s+)?{_NAME}\s+reported\s+from\s+[A-Z]"
    ),
    ("contributed", "reported"),
)

# the writer's book in the bio that closes the story: "She is the author of ..."
_BOOK_AUTHOR = lazy_compile(r"\b(?:He|She)\s+is\s+the\s+(?:co-)?author\s+of\b")


# a sign-off closing the story: "— Marilynn Marchione", "--Melissa Healy", "-- Thomas H. Maugh II / Los
# Angeles Times", or a signature with a telephone number: "James Walsh • 612-673-7428"
_SIGN_OFF = lazy_compile(
    rf"[ \t]*(?:[\u2014\u2013]|--?)[ \t]*{_PERSON}(?:\s+(?:II|III|IV|Jr\.|Sr\.))?(?:[ \t]*/[ \t]*[^\n]{{1,50}})?[ \t]*$"
    rf"|[ \t]*{_NAME}[ \t]*[\u2022:,|\u2013\u2014-][ \t]*\(?\d{{3}}\)?[ .-]?\d{{3}}-\d{{4}}[ \t]*$",
    re.MULTILINE,
)


# the byline printed under the headline as its own lines: "Kim Painter / Special for USA TODAY",
# "Liz Szabo, USA TODAY", "Marilynn Marchione, Associated Press", "Tom Wilemon, The (Nashville) Tennessean"
_TOP_BYLINE = lazy_compile(
    rf"{_PERSON}(?:\s*,\s*|\s*\n\s*\n\s*)"
    r"(?:USA\s+TODAY|Associated\s+Press|AP|Reuters|HealthDay|The\s+(?:\([\w\s]+\)\s+)?[A-Z][\w.&' -]{2,40})[ \t]*$"
    rf"|{_PERSON}(?:\s*,\s*|\s*\n\s*\n\s*|\s+)Special\s+(?:for|to)\s+[A-Z][\w.&' -]{{2,40}}$",
    re.MULTILINE,
)


# one or two writers, then their role on the next line: "Dr. Joshua Sharfstein and Dr. Lisa
# Maragakis\n\nOpinion contributors", "Jane Roe\nStaff Writer"
_WRITERS_THEN_ROLE = ProbedPattern(
    lazy_compile(
        rf"(?:(?:Dr|Prof)\.?\s+)?{_PERSON}(?:\s+and\s+(?:(?:Dr|Prof)\.?\s+)?{_PERSON})?\s*\n\s*(?:\n\s*)?"
        r"(?i:(?:opinion|guest|contributing|staff|senior|special)\s+)?(?i:contributors?|writers?|columnists?|"
        r"correspondents?|reporters?)[ \t]*$",
        re.MULTILINE,
    ),
    ("contributor", "writer", "columnist", "correspondent", "reporter"),
)


# the writer's own handle: "Follow me on Twitter @LATkarenkaplan"
_FOLLOW_ME = lazy_compile(r"(?i:follow\s+me\b)[^\n]{0,40}@\w")


_EMAIL = lazy_compile(r"\b(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+\b")

_PERSONAL_LOCAL = lazy_compile(r"[A-Za-z]{2,}[._][A-Za-z]{2,}")


# a signature line: "Douglas Brown: 303-954-1395 or djbrown@denverpost.com", "Jane Roe, jroe@paper.com"
_SIGNATURE = lazy_compile(rf"^[\s*_>-]*{_NAME}\s*[:,\u2013\u2014-]\s")


#: the longest line taken for a contact line
_CONTACT_LINE = 150


def _is_author_contact(doc: Document, start: int, end: int) -> bool:
    """A short block giving the writer's own address, as papers print it after a story.

    A personal address (first.last@, or after the writer's name) or an address on a line
    of its own counts; a desk's "Contact us at editors@time.com" does not.
    """
    # the source to the end of the line: the prose view blanks e-mail addresses, and a block
    # can end where the blanked address begins
    line_end = doc.source.find("\n", end)
    text = doc.source[start : len(doc.source) if line_end == -1 else line_end].strip()
    if len(text) > _CONTACT_LINE:
        return False
    m = _EMAIL.search(text)
    if m is None:
        return False
    local = m.group("local")
    return bool(
        re.search(r"[A-Za-z]{2,}[._][A-Za-z]{2,}", local)
        or _SIGNATURE.match(text)
        or m.group() == text.rstrip(".")
    )


def _author_named_at_end(doc: Document, notes: int = 4, credits: int = 6) -> bool:
    """The byline moved to the end: an author note in the last blocks, or the writer's contact line.

    Pages append sidebars and "more stories" lists after the story, so a contact line
    (a personal e-mail address, "Follow me on Twitter @...") counts anywhere in the second half.
    """
    blocks = doc.blocks
    src = doc.source
    # the probes first (answered from the document's words): most pages hold none
    if _CREDIT_NOTE.could_match_doc(doc) and any(
        _CREDIT_NOTE.regex.search(src, b.start, b.end) for b in blocks[-credits:]
    ):
        return True
    if _DEGREE_ROLE.could_match_doc(doc):
        for b in blocks[-notes:]:
            for bio in _DEGREE_ROLE.regex.finditer(src, b.start, b.end):
                line = src.rfind("\n", 0, bio.start()) + 1
                if _NAME_LINE.fullmatch(src, line, bio.start()):
                    return True
    for b in blocks[-notes:]:
        if _AUTHOR_NOTE.search(doc.source, b.start, b.end) or (
            doc.source.find("author of", b.start, b.end) != -1
            and _BOOK_AUTHOR.search(doc.source, b.start, b.end)
        ):
            return True
    if blocks and _SIGN_OFF.match(doc.source, blocks[-1].start, blocks[-1].end):
        return True  # the sign-off closes the story
    for b in blocks[len(blocks) // 2 :]:
        if _is_author_contact(doc, b.start, b.end):
            return True
    # an address line of its own has no block (the prose view blanks addresses): find the lines
    # in the second half that hold one
    src = doc.source
    at = src.find("@", len(src) // 2)  # look only at the lines that hold an "@"
    while at != -1:
        start = src.rfind("\n", 0, at) + 1
        end = src.find("\n", at)
        end = len(src) if end == -1 else end
        if _FOLLOW_ME.search(src, max(start, at - 60), at + 2):
            return True  # "... follow me on Twitter @handle"
        # a short line (a contact line is one) with a personal address (first.last@), not a desk's (health@)
        m = _EMAIL.search(src, start, end) if end - start <= _CONTACT_LINE else None
        if m and _PERSONAL_LOCAL.search(m.group("local")) and _is_author_contact(doc, start, m.end()):
            return True
        at = src.find("@", end)
    return False


def _byline_under_title(doc: Document, blocks: int = 5) -> bool:
    """The writer's name on its own line under the headline, with the paper ("Liz Szabo, USA
    TODAY") or a "Special for ..." line below it."""
    if not doc.blocks:
        return False
    end = doc.blocks[min(blocks, len(doc.blocks)) - 1].end
    role = _WRITERS_THEN_ROLE.could_match_doc(doc)
    return any(  # under the headline: not the first block
        _TOP_BYLINE.match(doc.source, doc.source.rfind("\n", 0, b.start) + 1, end)
        or (role and _WRITERS_THEN_ROLE.regex.match(doc.source, doc.source.rfind("\n", 0, b.start) + 1, end))
        for b in doc.blocks[1:blocks]
    )


class MissingAuthor(Rule):
    """No author or medical reviewer is named.

    Readers judge a health article by who wrote it (JAMA benchmark
    "authorship"). Front matter (``author``), HTML meta/JSON-LD, a byline near
    the top or bottom ("By Jane Roe", "Medically reviewed by Dr. ...") and an
    author note at the end, as newspapers print it ("Ms. Roe is a writer in
    Chicago", "Jane Roe, M.D., is a resident at ...", "Contact Jane Roe at
    ...", "You can contact NPR correspondent Jane Roe at ...", a personal
    e-mail address, even on a line of its own, "follow me on Twitter @..."),
    a sign-off closing the story ("— Jane Roe", "-- Jane Roe / Los Angeles
    Times", "Jane Roe • 612-673-7428") and the byline under the headline on
    lines of its own ("Jane Roe, USA TODAY", "Jane Roe" then "Special for USA
    TODAY") count. A desk's address ("health@paper.com") does not.
    A press release (``medlint.evidence.doc_kind``: wire header, media contact, "About
    <Org>" section, "###") is authored by the institution that issues it and
    never carries a personal byline, so it is not reported.

    The finding sits where a byline belongs: on the first block that is not a
    date line (the title, usually), since a finding on "Updated March 2024"
    reads as a complaint about the date.

    What a file is decides whether that absence means anything (``document`` in the config,
    ``--document``, or ``medlint-document:`` in the file; ``_page.py`` says why): off on a
    fragment (a section cut from a page has none of its page's furniture), an info note that says
    so on a text that shows no sign of being a whole page (``doc_kind.page_signs``), a warning on
    a page. On 1,500 development MedQuAD answers (each linted alone) this rule's warnings fell
    from 672 to 6; on FakeHealth's 2,128 whole news stories and releases, 5 became notes and
    precision held.
    """

    code = "DS104"
    name = "missing-author"
    category = "disclosure"
    severity = Severity.WARNING
    options = {
        "min-words": Option(
            100, int, "Texts with fewer words are not treated as articles and are not checked."
        )
    }
    source = "JAMA benchmarks (authorship; Silberg et al. 1997); HONcode principle 1 (authority)"
    should_fire = (
        Example("Zinc and colds\n\n" + _ARTICLE_BODY * 3, note="a page: a title over its body"),
        Example(_ARTICLE_BODY * 3, note="no sign of a whole page: an info note"),
        _NEWS_REPORT,
    )
    should_not_fire = (
        Example(
            "---\nmedlint-document: fragment\n---\n\n# Zinc and colds\n\n" + _ARTICLE_BODY * 3,
            format="markdown",
            note="a file that says it is a section of a page",
        ),
        "By Jane Roe\n\n" + _ARTICLE_BODY * 3,
        Example("---\nauthor: Jane Roe\n---\n\n" + _ARTICLE_BODY * 3, format="markdown"),
        Example(
            '<html><head><meta name="author" content="Jane Roe"></head><body><p>'
            + _ARTICLE_BODY * 3
            + "</p></body></html>",
            format="html",
        ),
        _ARTICLE_BODY * 3 + "\n\nMedically reviewed by Dr. Sam Lee",
        Example(_NEWS_REPORT + "\n\nMs. Roe is a health writer in Chicago.", note="author note at the end"),
        Example(_NEWS_REPORT + "\n\nContact Jane Roe at jane.roe@example.com", note="author's contact line"),
        Example(_PRESS_RELEASE, note="a press release: its issuer is its author"),
        Example(_NEWS_REPORT + "\n\n\u2014 Jane Roe", note="a sign-off closing the story"),
        Example(
            "Zinc shortens colds\n\nJane Roe, USA TODAY\n\n" + _NEWS_REPORT, note="byline under the headline"
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        kind = document_kind(self, doc)
        if kind == "fragment" or doc.metadata.get("author") or doc.metadata.get("reviewed_by"):
            return
        if not _is_health_article(doc, int(self.opts["min-words"])) or not doc.blocks:
            return
        if names_author(doc):
            return
        dated = {doc.block_at(start) for start, *_ in _found_dates(doc)}
        if doc.metadata.get("lead"):
            start, end = lead_span(doc)
        else:
            first = next((b for i, b in enumerate(doc.blocks) if i not in dated), doc.blocks[0])
            start, end = first.start, first.end
        if kind == "auto" and not shows_page(doc):
            yield Finding(
                start,
                end,
                no_page_message("no author or medical reviewer is named", "add a byline"),
                severity=Severity.INFO,
            )
            return
        yield Finding(start, end, "no author or medical reviewer is named: add a byline")


def names_author(doc: Document) -> bool:
    """An author or reviewer in the metadata or the text (a byline, an author note, a sign-off, a
    contact line), or a press release, whose issuer is its author. Cached."""
    return doc.derived(_names_author)


def _names_author(doc: Document) -> bool:
    if doc.metadata.get("author") or doc.metadata.get("reviewed_by"):
        return True
    # every byline holds "by" or "author" (in any case): the pattern, tried at every line start, is
    # searched only where the lower-cased text holds one, when lower-casing kept every offset
    search_all = _PLAIN_BYLINE or len(doc.lower) != len(doc.prose)
    for s, e in _head_and_tail(doc):
        head = doc.lower[s:e]
        if (search_all or "by" in head or "author" in head) and _BYLINE.search(doc.prose, s, e):
            return True
        cued = any(cue in head for cue in _INLINE_CUES) or (
            "by" in head and any(sep in head for sep in _SEPARATORS)
        )
        if cued and _BYLINE_INLINE.search(doc.prose, s, e):
            return True
    return _author_named_at_end(doc) or _byline_under_title(doc) or is_press_release(doc)
