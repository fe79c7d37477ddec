"""What kind of document this is: a press release, a news report, or a page that advises readers.

The disclosure and readability benchmarks (JAMA, HONcode, health-literacy grade targets) were
written for patient-information pages. News reports and press releases follow other
conventions: a release is authored by the institution that issues it, a news report is dated
by its dateline and never "reviewed", neither carries a medical disclaimer, and both are written
at newspaper level. The DS and RD rules ask this module which conventions apply, so that
they judge each document by its own kind.

The kind is read from structure, never from the subject:

- a press release has a newsroom or wire header ("Newswise —", "/PRNewswire/"), a media
  contact line, an "About <Org>" boilerplate section (or, without its heading, the headline's
  subject describing itself in the second half: "Ascom is a global solutions provider"), an end mark ("###"), or
  forward-looking-statements boilerplate;
- a news report has a dateline ("CHICAGO (Reuters) -", "MONDAY, Nov. 29, 2010 (HealthDay
  News) --", "June 22, 2010 --"), a "SOURCE: <journal>" citation line, reported speech
  (several attributions: "said", "says", "told"), reporting of new research ("a new study
  suggests", "researchers found", an outside expert "not involved in the study", twice or more) or time told from the day of filing ("published
  Monday", "last week"): that is how reporting, not a reference page, is written;
- a page advises its reader when its own voice (outside quotations and attributed speech)
  tells the reader what to do: "you should", "talk to your doctor", "Children should not
  take adult doses", or an instruction that opens a sentence ("Take", "Avoid", "Call").
"""

from __future__ import annotations

import re

from ..document import HEADING, Document
from ..text.dates import MONTH_NAME
from ..text.matching import ProbedPattern
from .apostrophe import cue

# -- press releases --------------------------------------------------------------------------
# a newsroom or wire service named where releases name it: the opening line or the dateline
_WIRE_HEADER = ProbedPattern.of(
    cue(
        r"(?im)^[^\n]{0,120}?(?:\bnewswise\b|\bpr\s?newswire\b|\bbusiness\s+wire\b|\bglobe\s*newswire\b|"
        r"\beurekalert!?|\bfor\s+immediate\s+release\b|\bmarketwired\b|\baccesswire\b|\bembargoed\b|"
        r"\bmedia\s+advisory\b)"
        # "Press release" as a label, not "the company said in a press release"
        r"|^(?:[^\S\n]|[*_#>-])*(?:press|news)\s+release\b\s*(?:[:\n\u2013\u2014-]|$)"
    )
)
# a line that gives the press office: "Media contact: ...", "Press contacts", "CONTACT: Jane Roe";
# a page's "Contact us" or "Contact: your GP" is not one
_CONTACT_LINE = ProbedPattern.of(
    cue(
        r"(?im)^(?:[^\S\n]|[*_#>-])*(?:(?:media|press|news|company|investor)\s+(?:contacts?|inquiries|enquiries|relations)\b"
        r"|contacts?\s*:\s*(?-i:[A-Z][a-z]+\.?\s+(?:[A-Z]\.\s+)?[A-Z][a-z]))"
    )
)
# "About Acme Corp" as a section of its own, or "About Acme: Acme is ..." opening the boilerplate
_ABOUT_ORG = cue(
    r"(?m)^[\s*_#>-]*About\s+(?:the\s+)?[A-Z0-9][\w&.,'\u2019-]*(?:\s+(?:of|for|and|&|the|at|in|[A-Z0-9][\w&.,'\u2019-]*))*"
    # the name's initials may follow in brackets: "About the National Institutes of Health (NIH):"
    r"(?:\s*\([A-Z][\w&.-]{1,14}\))?\s*(?::|\n|$|\s[\u2014\u2013-]\s)"
)
# ... and what the boilerplate says: the issuer describes itself as an institution
_SELF_DESCRIPTION = cue(
    r"\b(?:is|are)\s+(?:a|an|the|one\s+of)\b[^.\n]{0,150}?\b(?:compan(?:y|ies)|universit(?:y|ies)|institution|"
    r"institute|organi[sz]ation|hospitals?|health\s+system|cent(?:er|re)|foundation|society|association|"
    r"corporation|firm|provider|network|laborator(?:y|ies)|school|college|agency|journal|publisher|leader|"
    r"manufacturer|developer)\b|\bfounded\b|\bheadquartered\b|\bestablished\s+in\b",
    re.IGNORECASE,
)
# spaces and tabs only: "\s*" after "^" would run across blank lines and retry from every line
# start (5.7 ms per 10,000 words of MedQuAD, the slowest test of the document kind); and each run
# of blanks has one place to go: "[ \t]*-?[ \t]*" splits a blank line in as many ways as it has
# characters, and a saved web page's blanked prose has lines of thousands (13 s on one page)
_END_MARK = cue(r"(?m)^[ \t]*(?:-[ \t]*)?#[ \t]*#[ \t]*#[ \t]*(?:-[ \t]*)?$|^[ \t]*-[ \t]*30[ \t]*-[ \t]*$")
# searched only in a text holding "#" or "30" (every match holds one): sre tries the pattern at every
# line start of every document
_END_MARK_PROBED = ProbedPattern(_END_MARK, ("#", "30"))
_FORWARD_LOOKING = ProbedPattern.of(cue(r"(?i)\bforward[- ]looking\s+statements?\b"))
# PR Newswire's closing "SOURCE Acme Corp" (no colon; "SOURCE: <journal>" is a news citation)
_WIRE_SOURCE = ProbedPattern.of(cue(r"(?m)^SOURCE\s+[A-Z][^\n:]{1,80}$"))

# -- news reports ----------------------------------------------------------------------------
_MONTH = rf"(?i:{MONTH_NAME})\.?"
_DATELINE = cue(
    # CHICAGO (Reuters) -   NEW YORK (Reuters Health) -   WASHINGTON --   SCOTTSDALE, Arizona -
    r"(?m)^(?:[^\S\n]|[*_>-])*(?:"
    r"[A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]+)*(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?\s*"
    r"(?:\([^()\n]{2,40}\)\s*)?[-\u2013\u2014]{1,2}\s"
    # (Philadelphia) -
    r"|\([A-Z][\w .,'-]{2,40}\)\s*[-\u2013\u2014]{1,2}\s"
    # MONDAY, Nov. 29, 2010 (HealthDay News) --     June 22, 2010 --
    rf"|(?:[A-Z]+DAY,\s+)?{_MONTH}\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?\s*(?:\([^()\n]{{2,40}}\)\s*)?[-\u2013\u2014]{{1,2}}\s"
    r")"
)
#: ``_DATELINE`` has no literal to skip to: ``search`` tries its ``^`` at every offset of the lead.
#: Every match starts a line, so ``_has_dateline`` tries it at the lead's line starts only;
#: ``_PLAIN_DATELINE`` searches (tests compare the two).
_PLAIN_DATELINE = False
_SOURCE_CITATION = ProbedPattern.of(cue(r"(?m)^[^\S\n]*SOURCES?\s*:\s*\S"))
# reported speech: "..., she said", "said Dr. Roe", "Roe told Reuters"
_ATTRIBUTION = cue(r"\b(?:said|says|told)\b")
_ATTRIBUTION_PROBED = ProbedPattern.of(_ATTRIBUTION)
# news dates events relative to the day it is filed: "published Monday in the Annals", "said on
# Sunday", "last week the FDA approved", "yesterday"; a reference page is not tied to a day
_WEEKDAY = ProbedPattern(
    cue(
        r"\b(?:published|presented|reported|announced|released|said|says|on|last|this)\s+"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        r"|\b(?:last|this)\s+(?:week|month)\b|\byesterday\b|\bearlier\s+this\s+(?:week|month|year)\b"
        # "approved last October": a month told from the day of filing ("last May" is left out: "may"
        # would be a probe in every page that hedges)
        r"|\blast\s+(?:january|february|march|april|june|july|august|september|october|november|december)\b"
    ),
    # a literal of each branch, the rarest: the probes derived from the text took "last" and
    # "this" for the second branch, and "this" sent the search into most clauses of a page
    (
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "week",
        "month",
        "yesterday",
        "earlier",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
)
_MIN_ATTRIBUTIONS = 3
# reporting of new research: "a new study suggests", "researchers found", "the study, published in"
#: its branches, each with two probe sets every match of it holds a probe of each of (its subject's
#: word and its verb's or object's: "study" ... "found")
_RESEARCH_NEWS_PARTS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        r"\b(?:a|the|this)\s+(?:new|recent|small|large|latest)\s+(?:study|trial|analysis|report|research)\b"
        r"|\bnew\s+research\b",
        ("new", "recent", "small", "large", "latest"),
        ("study", "trial", "analysis", "report", "research"),
    ),
    (
        r"\b(?:study|research|researchers|scientists|findings)\s+"
        r"(?:finds|found|suggests|suggested|shows|showed|reports?|reported|indicates|concluded)\b",
        ("study", "research", "scientists", "findings"),
        ("finds", "found", "suggest", "shows", "showed", "report", "indicates", "concluded"),
    ),
    (
        r"\b(?:study|findings|results|research)\s*,?\s+(?:were\s+|was\s+)?(?:published|presented|reported)\s+"
        r"(?:online\s+)?(?:in|at|on|this|last|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        ("study", "findings", "results", "research"),
        ("published", "presented", "reported"),
    ),
    # what the researchers of one study did: "the researchers analyzed data on 57,164 women", "this study
    # randomly assigned 60 adults" (a summary of one study's method is reporting, not a reference page)
    (
        r"\b(?:the|these|this)\s+(?:researchers|scientists|investigators|study|trial)\s+(?:randomly\s+)?"
        r"(?:analy[sz]ed|compared|followed|tracked|assigned|enrolled|recruited|examined|surveyed|measured|"
        r"involved|included|asked)\b",
        ("research", "scientists", "investigators", "study", "trial"),
        (
            "analyzed",
            "analysed",
            "compared",
            "followed",
            "tracked",
            "assigned",
            "enrolled",
            "recruited",
            "examined",
            "surveyed",
            "measured",
            "involved",
            "included",
            "asked",
        ),
    ),
    # researchers named by their place before the verb: "scientists in Australia report", "researchers at
    # Duke found"
    (
        r"\b(?:researchers|scientists|investigators)\s+(?:at|from|in|with|led\s+by)\s+[^.\n]{1,60}?\s+"
        r"(?:report|reported|found|discovered|showed)\b",
        ("researchers", "scientists", "investigators"),
        ("report", "found", "discovered", "showed"),
    ),
    # the reporter's independent expert, a convention of health journalism: "who was not involved in the study"
    (
        r"\bnot\s+involved\s+(?:in|with)\s+the\s+(?:new\s+)?(?:study|research|trial|work|paper|findings)\b",
        ("involved",),
        ("study", "research", "trial", "work", "paper", "findings"),
    ),
    # a guideline's news: "under new guidelines", "the organization updated its guidelines"
    (
        r"\b(?:new|updated|revised)\s+(?:guidelines?|recommendations)\b"
        r"|\b(?:updated|revised|changed|issued)\s+(?:its|their|the)\s+(?:guidelines?|recommendations|definition)\b",
        ("new", "updated", "revised", "changed", "issued"),
        ("guideline", "recommendations", "definition"),
    ),
)
_RESEARCH_NEWS = ProbedPattern.of(cue("|".join(part for part, _, _ in _RESEARCH_NEWS_PARTS)))
_MIN_RESEARCH_NEWS = 2
#: each branch of ``_RESEARCH_NEWS`` with its two probe sets: a document whose words hold no
#: branch's pair has no match, and its search is skipped. Asked from the document's words
#: (``could_match_doc``), where ``_RESEARCH_NEWS``'s own probes ("study", "research") pass half of
#: MedQuAD's answers. ``_PLAIN_RESEARCH_NEWS`` turns the test off (tests/test_doc_kind_fast_path.py
#: compares the two).
_RESEARCH_NEWS_BRANCHES = tuple(
    ProbedPattern(cue(part), first, (then,)) for part, first, then in _RESEARCH_NEWS_PARTS
)
_PLAIN_RESEARCH_NEWS = False

# -- advice to the reader --------------------------------------------------------------------
_ADVICE = cue(
    r"\b(?:you|your)\b[^.!?\n]{0,60}?\b(?:should|must|need\s+to|ought\s+to|(?:may|might)\s+want\s+to)\b"
    r"|\b(?:should|must)\s+(?:not\s+|never\s+|always\s+|first\s+)?"
    r"(?:take|ask|talk|see|call|tell|avoid|stop|use|get|seek|check|consult|eat|drink|keep|try|wait|rest)\b"
    r"|\b(?:talk|speak)\s+(?:to|with)\s+your\b|\b(?:ask|see|call|tell|consult)\s+your\b"
    # permission that is advice: "You can safely stop taking your medication", "you can take ibuprofen"
    r"|\byou\s+can\s+(?:safely\s+|now\s+|finally\s+|simply\s+|also\s+)?"
    r"(?:stop|take|use|skip|replace|drop|quit|reduce|cut\s+back|give\s+up|throw\s+away|double)\b"
    r"|^(?:take|avoid|call|ask|see|stop|drink|eat|keep|try|do\s+not|don['\u2019]t|never|always|make\s+sure|"
    # a dosing instruction: "Start with 3 capsules a day and double the dose", "Mix a spoonful in water"
    r"check|tell|use|get|seek|rest|wash|start|double|increase|reduce|apply|mix|swallow|chew|limit|switch)\b",
    re.IGNORECASE,
)
# advice counts when it is about health: a sentence with one of these words
_HEALTH_WORD = cue(
    r"\b(?:doctors?|physicians?|pharmacists?|nurses?|health|medicines?|medications?|drugs?|doses?|tablets?|"
    r"pills?|symptoms?|treatments?|therap(?:y|ies)|vaccin\w*|diet|exercise|pregnan\w*|surgery|blood|pain|"
    r"infection|illness|disease|condition|emergency|hospital|supplements?|allerg\w*|side\s+effects?|capsules?|"
    r"weight|cholesterol|heart|diabetes|cancer|sleep|fever|temperature|GP|appointment|dehydrat\w*|fluids|"
    r"paracetamol|ibuprofen|aspirin|antibiotics?|insulin|injections?|prescri\w*|clinic|calories|body|"
    r"blood\s+(?:sugar|pressure))\b",
    re.IGNORECASE,
)
# the sections of a patient-information page ("What is asthma?", "Symptoms", "When to see a doctor")
_PATIENT_HEADING = cue(
    # a question a patient asks
    r"[\s#*_]*(?:what\s+(?:is|are|causes)\b|how\s+(?:is|are|can|do|does)\b[^?\n]*\b(?:treated|diagnosed|"
    r"prevented|managed|spread|inherited)\b|when\s+to\s+(?:see|call|contact)\b"
    # or a section named by its topic, not a headline's clause ("Prognosis is grave")
    r"|(?:(?:signs\s+and\s+)?symptoms|causes|risk\s+factors|diagnosis|treatments?|prevention|outlook|prognosis|"
    r"complications|side\s+effects|living\s+with|self[- ]care)(?:\s+(?:and|&|of|for|in|options?)\b[^\n]{0,50})?"
    r"\s*[:?]?\s*$)",
    re.IGNORECASE,
)
_QUOTE_CHARS = '"\u201c\u201d'


def _lead(doc: Document, blocks: int = 6) -> tuple[int, int]:
    """The opening blocks, where headers and datelines stand."""
    if not doc.blocks:
        return 0, 0
    return doc.blocks[0].start, doc.blocks[min(blocks, len(doc.blocks)) - 1].end


def release_signals(doc: Document) -> tuple[str, ...]:
    """The structural marks of a press release found in the document (cached)."""
    return doc.derived(_release_signals)


def _release_signals(doc: Document) -> tuple[str, ...]:
    text = doc.prose
    s, e = _lead(doc)
    found = []
    if _WIRE_HEADER.search(doc, s, e):
        found.append("wire header")
    if _CONTACT_LINE.search(doc):
        found.append("media contact")
    blocks = doc.blocks
    if any(
        _ABOUT_ORG.match(text, b.start)
        and (b.kind == HEADING or b.end - b.start < 80 or ":" in text[b.start : b.start + 80])
        and _SELF_DESCRIPTION.search(text, b.start, blocks[min(i + 1, len(blocks) - 1)].end)
        for i, b in enumerate(blocks[1:], start=1)
    ):
        found.append("about section")
    if "about section" not in found and _issuer_describes_itself(doc):
        found.append("about section")
    if _END_MARK_PROBED.search(doc):
        found.append("end mark")
    if _FORWARD_LOOKING.search(doc):
        found.append("forward-looking statements")
    if _WIRE_SOURCE.search(doc):
        found.append("wire source line")
    return tuple(found)


# the headline's subject: its capitalised words before the verb ("Ascom announces ...", "Acme Health
# and Dräger introduce ...": "Ascom", "Acme Health")
_HEADLINE_SUBJECT = cue(
    r"[\s*_#>-]*((?:[A-Z][\w&.'\u2019-]*)(?:\s+[A-Z][\w&.'\u2019-]*){0,3})\s+(?:and\s+|[a-z])"
)


def _issuer_describes_itself(doc: Document) -> bool:
    """The "About" boilerplate without its heading: a block in the second half of the text that opens
    with the headline's subject describing itself as an institution ("Ascom is a global solutions
    provider ..." under "Ascom announces ..."). A company's own newsroom prints its releases so."""
    blocks = doc.blocks
    if len(blocks) < 4:
        return False
    lead = doc.metadata.get("lead")
    title = (
        blocks[doc.block_at(int(lead[0])) or 0] if isinstance(lead, list) and len(lead) == 2 else blocks[0]
    )
    m = _HEADLINE_SUBJECT.match(doc.prose, title.start, title.end)
    if m is None or len(m.group(1)) < 3:
        return False
    name = m.group(1)
    opening = re.compile(rf"{re.escape(name)}(?:,\s[^,\n]{{1,80}},)?\s+(?:is|are)\s+(?:a|an|the|one\s+of)\b")
    start = doc.blocks.index(title) + 1
    for b in blocks[max(start, len(blocks) // 2) :]:
        if opening.match(doc.prose, b.start, b.end) and _SELF_DESCRIPTION.search(doc.prose, b.start, b.end):
            return True
    return False


def is_press_release(doc: Document) -> bool:
    """True when the document carries a press release's structure; its issuer is its author."""
    return bool(release_signals(doc))


def news_signals(doc: Document) -> tuple[str, ...]:
    """The structural marks of reporting (news report or press release) found (cached)."""
    return doc.derived(_news_signals)


def _news_signals(doc: Document) -> tuple[str, ...]:
    found = list(release_signals(doc))
    if _has_dateline(doc):
        found.append("dateline")
    if _SOURCE_CITATION.search(doc):
        found.append("source citation line")
    # searched in the lower-cased text itself, so a missing probe means no match
    attributions = (
        _ATTRIBUTION_PROBED.finditer_text(doc.lower, doc.lower, doc=doc)  # _ATTRIBUTION.finditer(doc.lower)
        if _ATTRIBUTION_PROBED.could_match_doc(doc)
        else ()
    )
    if sum(1 for _ in zip(range(_MIN_ATTRIBUTIONS), attributions, strict=False)) >= _MIN_ATTRIBUTIONS:
        found.append("reported speech")
    if _reports_research(doc):
        found.append("research news")
    if _WEEKDAY.could_match_doc(doc) and _WEEKDAY.search_text(doc.lower, doc.lower, doc=doc):
        found.append("news time reference")
    return tuple(found)


def _has_dateline(doc: Document) -> bool:
    """A dateline in the opening blocks (``_DATELINE``), tried at each line start there."""
    s, e = _lead(doc)
    prose = doc.prose
    if _PLAIN_DATELINE:
        return _DATELINE.search(prose, s, e) is not None
    # ``^`` (multi-line) holds at the start of the text and after a newline, wherever a search starts
    if s == 0 or prose[s - 1] == "\n":
        at = s
    else:
        newline = prose.find("\n", s, e)
        if newline == -1:
            return False
        at = newline + 1
    while at < e:
        if _DATELINE.match(prose, at, e) is not None:
            return True
        newline = prose.find("\n", at, e)
        if newline == -1:
            return False
        at = newline + 1
    return False


def _reports_research(doc: Document) -> bool:
    """Reporting of new research: ``_MIN_RESEARCH_NEWS`` matches of ``_RESEARCH_NEWS``, searched
    only in a document whose words hold both probe sets of one of its branches."""
    if not _PLAIN_RESEARCH_NEWS and not any(b.could_match_doc(doc) for b in _RESEARCH_NEWS_BRANCHES):
        return False
    research_news = _RESEARCH_NEWS.finditer_text(doc.lower, doc.lower, doc=doc)  # regex.finditer(doc.lower)
    return sum(1 for _ in zip(range(_MIN_RESEARCH_NEWS), research_news, strict=False)) >= _MIN_RESEARCH_NEWS


def is_reporting(doc: Document) -> bool:
    """True for a news report or a press release: dated, attributed reporting, not a reference page."""
    return bool(news_signals(doc))


def advises_reader(doc: Document) -> bool:
    """True when the document's own voice tells the reader what to do about their health.

    Sentences inside quotation marks or with an attribution ("said", "says") are someone
    else's words and do not count.
    """
    return doc.derived(_advises_reader)


# an obligation laid on an institution, not on the reader: "businesses should not take all necessary
# precautions", "the government must stop ..."; the words before "should"/"must" name who is obliged
_INSTITUTION_SUBJECT = cue(
    r"\b(?:businesses|companies|employers|governments?|states|countries|nations|officials|authorities|"
    r"agencies|regulators|congress|lawmakers|legislators|politicians|schools|universities|hospitals|insurers|"
    r"manufacturers|industry|administration|policymakers|leaders)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _reader_advice(text: str) -> bool:
    """A piece of advice in the sentence whose obliged party may be the reader (not "employers should ...")."""
    for m in _ADVICE.finditer(text):
        if m.group(0)[:1].lower() in "sm" and _INSTITUTION_SUBJECT.search(text, 0, m.start()):
            continue  # "<institution> (also) should/must ...": advice to someone else
        return True
    return False


def _advises_reader(doc: Document) -> bool:
    for sent in doc.sentences:
        text = sent.text.strip()
        if not (_ADVICE.search(text) and _HEALTH_WORD.search(text) and _reader_advice(text)):
            continue
        if any(q in text for q in _QUOTE_CHARS) or _ATTRIBUTION.search(text.lower()):
            continue
        return True
    return False


# a title in the form of a patient FAQ: "What is (are) acromegaly?", "How is asthma diagnosed?",
# "Who is at risk for ...?", "Is Lynch syndrome inherited?"; a headline's question ("Can yoga
# ease depression?") is not one
_PATIENT_QUESTION = cue(
    r"[\s#*_]*(?:what\s+(?:is|are)\b|what\s+causes\b|what\s+are\s+the\s+(?:signs|symptoms|causes|treatments?|"
    r"complications|risk\s+factors|side\s+effects)\b|how\s+(?:is|are)\b[^?\n]*\b(?:diagnosed|treated|prevented|"
    r"managed|inherited)\b|how\s+to\s+(?:diagnose|treat|prevent|manage)\b|who\s+is\s+at\s+risk\b|"
    r"(?:is|are)\b[^?\n]*\b(?:inherited|contagious|curable)\b|how\s+many\s+people\s+are\s+affected\b)"
    r"[^\n]*\?\s*$",
    re.IGNORECASE,
)


def has_patient_sections(doc: Document) -> bool:
    """True when a heading names a patient-information section, or the title is a patient FAQ."""
    if not doc.blocks:
        return False
    first = doc.blocks[0]
    if first.kind == HEADING and _PATIENT_QUESTION.match(doc.prose, first.start, first.end):
        return True
    return any(
        b.kind == HEADING and _PATIENT_HEADING.match(doc.prose, b.start, b.end) for b in doc.blocks[1:]
    )


def is_patient_information(doc: Document) -> bool:
    """A page written for patients: not reporting, and advising the reader or built of patient sections.

    This is where the HONcode disclaimer principle and the grade-8 reading target apply.
    """
    return doc.derived(_is_patient_information)


def _is_patient_information(doc: Document) -> bool:
    return not is_reporting(doc) and (has_patient_sections(doc) or advises_reader(doc))


# -- a whole page or a part of one -----------------------------------------------------------
#: the metadata keys a page's format carries (front matter, HTML ``<title>`` and ``<meta>``,
#: JSON-LD): a file that has them is a whole page, whatever its text
_PAGE_METADATA = (
    "title",
    "author",
    "date",
    "updated",
    "reviewed",
    "reviewed_by",
    "disclaimer",
    "description",
)
#: a plain-text title: one short line that ends without a sentence's closing mark
_TITLE_WORDS = 20
#: a question by its syntax, with or without its mark (headings often drop it): an inverted auxiliary
#: ("Do you have ...", "Is it ...", "Can I ..."), or "what"/"which"/"who" opening the line
_QUESTION = cue(
    r"[\s#*_]*(?:(?:do|does|did|is|are|was|were|can|could|should|will|would|may|have|has)\s+"
    r"(?:you|i|we|they|it|he|she|there|this|that|my|your|our)\b|(?:what|which|who|whom|whose)\b)",
    re.IGNORECASE,
)


def page_signs(doc: Document) -> tuple[str, ...]:
    """The marks of a whole page or article that the text's format and structure show (cached).

    A page's author, date and disclaimer are page furniture: a section cut from a page (one
    answer of a Q&A page, a CMS body field, an excerpt) carries none of it, and its absence there
    says nothing about the page. The marks read here are the format's and the layout's, never
    the subject's or a site's: front matter or page metadata (HTML ``<title>``, ``<meta>``,
    JSON-LD, an ``h1`` the loader took for the article's title); a title over a body (a level-1
    heading, or in plain text a short first line with no closing punctuation, followed by more
    text), as an article opens; several sections under headings; and the structure of reporting
    (``news_signals``: a dateline, a wire header, a media contact, reported speech). A question
    for a heading over one section is an FAQ entry, not a title: it is no mark. The disclosure
    rules add the byline, date or disclaimer they find themselves.
    """
    return doc.derived(_page_signs)


def _page_signs(doc: Document) -> tuple[str, ...]:
    found: list[str] = []
    meta = doc.metadata
    if meta.get("front_matter") or meta.get("html_meta") or any(meta.get(k) for k in _PAGE_METADATA):
        found.append("page metadata")
    if meta.get("lead"):
        found.append("title")
    elif _has_title(doc):
        found.append("title")
    if sum(1 for b in doc.blocks if b.kind == HEADING) >= 2:
        found.append("sections")
    if news_signals(doc):
        found.append("reporting")
    return tuple(found)


def _has_title(doc: Document) -> bool:
    """A title over a body: the first block a level-1 heading (Markdown, HTML) or, in plain text, a
    short line without a sentence's closing mark; and more text after it. A question is left out."""
    blocks = doc.blocks
    if len(blocks) < 2:
        return False
    first = blocks[0]
    line = doc.prose[first.start : first.end].strip()
    if not line:
        return False
    headline = _headline_case(line)
    if (line.endswith("?") or _QUESTION.match(line)) and not headline:
        return False
    if first.kind == HEADING:
        return first.level <= 1
    if doc.format != "text" or "\n" in line:
        return False
    return len(line.split()) <= _TITLE_WORDS and (headline or line[-1] not in ".!:;,")


def _headline_case(line: str) -> bool:
    """Capitalised the way headlines are, down to their short words ("What's The Optimal Speed For
    Exercise?", "Is It Right for You?"): two capitalised words of three letters or fewer after the
    first word. A question in a sentence's case ("What is (are) X?") is not."""
    words = line.split()[1:]
    return (
        sum(1 for w in words if len(w.strip("?!.,:;'\u2019\"")) <= 3 and w[:1].isupper() and w[1:].islower())
        >= 2
    )


# -- fact-checks -----------------------------------------------------------------------------
#: a headline that puts a claim to the reader as a yes/no question: an inverted auxiliary or modal
#: opening a line that ends in "?" ("Did a Florida Teen Die After ...?", "Can Masks Be Sanitized in a
#: Microwave?"); a question for information ("What is ...?", "How is ... treated?") is a Q&A page's
_CLAIM_QUESTION = cue(
    r"[\s#*_]*(?:do|does|did|is|are|was|were|can|could|should|will|would|has|have|had|must)\s+[^?\n]{3,}\?"
    r"[\s*_\"'\u201d\u2019]*$",
    re.IGNORECASE,
)
#: an event dated in running text, to its month and year ("In March 2020", "on Dec. 17, 2020", "since
#: early June 2011", "as of May 2020") or to a part of a year ("in early 2020", "in the summer of
#: 2020"): a report tells when a claim went round and what happened then; a reference page is not
#: tied to a date. A bare year is left out: "In 2011, Dutch researchers ..." dates a study, as
#: reference and patient pages do
_DATED_EVENT = cue(
    r"\b(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Dd]uring|[Aa]s\s+of)\s+(?:(?:early|late|mid)-?\s*)?"
    rf"(?i:{MONTH_NAME})\.?\s+(?:[0-3]?\d(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\b"
    r"|\b(?:[Ii]n|[Dd]uring|[Ss]ince)\s+(?:(?:early|late|mid)-?\s*|the\s+(?:spring|summer|fall|autumn|winter)\s+of\s+)"
    r"(?:19|20)\d\d\b"
)


def _headline(doc: Document) -> tuple[int, int] | None:
    """The page's headline with text after it: a first block that is a level-1 (or top) heading, or
    the first line of a plain-text page's first block."""
    blocks = doc.blocks
    if not blocks:
        return None
    first = blocks[0]
    if first.kind == HEADING:
        return (first.start, first.end) if len(blocks) >= 2 and first.level <= 1 else None
    end = doc.prose.find("\n", first.start, first.end)
    if end == -1:
        return (first.start, first.end) if len(blocks) >= 2 else None
    return first.start, end


def is_fact_check(doc: Document) -> bool:
    """True for a fact-check: its headline puts a claim as a yes/no question (``_CLAIM_QUESTION``:
    "Did an Ohio Man Die of COVID-19 After Vowing Not To Wear a Face Mask?") and its body reports
    when the claim went round or what happened, dated to month and year (``_DATED_EVENT``: "In
    February 2020, the claim ...", "On Dec. 17, 2020, a nurse ..."). That is a report's structure, as
    a news report's dateline is: the claim frame and the dated account of it. A patient Q&A page
    asks for information ("What is ...?", "How is ... treated?") or, when it asks yes or no, asks a
    patient's question (``_PATIENT_QUESTION``: "Is Lynch syndrome inherited?") under patient
    sections, and is not tied to a date (cached)."""
    return doc.derived(_is_fact_check)


def _is_fact_check(doc: Document) -> bool:
    head = _headline(doc)
    if head is None:
        return False
    prose = doc.prose
    if not _CLAIM_QUESTION.fullmatch(prose, head[0], head[1]):
        return False
    if _PATIENT_QUESTION.match(prose, head[0], head[1]) or has_patient_sections(doc):
        return False
    return _DATED_EVENT.search(prose, head[1]) is not None


# -- signed, dated articles ------------------------------------------------------------------
#: the metadata a page's format gives a medically reviewed page ("Medically reviewed by ...", a
#: review date): the mark of health content written for patients, whoever signs it
_REVIEW_METADATA = ("reviewed", "reviewed_by")


def is_signed_article(doc: Document) -> bool:
    """True for an article its page signs and dates: the format's metadata (HTML ``<meta>`` and
    JSON-LD, the byline element the HTML loader reads, front matter) names a writer (``author``) and a
    publication date (``date``), and the page is not built as patient material (no medical review
    in its metadata, no patient sections, no advice to the reader). A byline over a publication date
    is how news, magazine and blog articles are published (Open Graph's ``article`` type carries
    ``article:author`` and ``article:published_time``); a patient page is dated by its review, not
    by a byline, and tells the reader what to do. Plain text and answers cut from a page carry no
    such metadata and are never read so (cached)."""
    return doc.derived(_is_signed_article)


def _is_signed_article(doc: Document) -> bool:
    meta = doc.metadata
    if not (_given(meta.get("author")) and _given(meta.get("date"))):
        return False
    if any(_given(meta.get(key)) for key in _REVIEW_METADATA):
        return False
    return not (has_patient_sections(doc) or advises_reader(doc))


def _given(value: object) -> bool:
    """A metadata value that says something: not missing, empty or blank."""
    if isinstance(value, str):
        return bool(value.strip())
    return bool(value)
