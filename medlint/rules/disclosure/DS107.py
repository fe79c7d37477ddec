"""DS107 missing-references: The article reports a study or trial but cites nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...evidence.sources import names_source
from ...rule import Example, Finding, Rule
from ...text.lazy_re import lazy_compile
from ...text.matching import ProbedPattern
from ._page import document_kind

_REPORTS_STUDY = ProbedPattern.of(
    lazy_compile(
        r"\b(?:(?:a|the|this|new|recent|large)\s+(?:clinical\s+)?(?:study|trial|meta-analysis|review|survey)|researchers|"
        r"scientists|published\s+in|journal)\b",
        re.IGNORECASE,
    )
)


# What stands before a mention, in its clause, when the mention reports no research:
# a negation ("hasn't been through a large clinical trial", "Nobody has done a study"), a study
# still to come ("The FDA has approved a new study", "why wait for a trial?"), a reader's or
# patient's part in one ("They enrolled her in a clinical trial"), or a hypothetical ("For
# example, 25/25 means that in a study of 25 people ..."). Matched against the clause text that
# ends at the mention, so the cue must govern it (at most four words between).
_NOT_REPORTED_BEFORE = lazy_compile(
    r"(?:\b(?:no|not|never|without|nobody|none|neither|nor|lacks?|lacking|absence of)|n't|n\u2019t)"
    r"(?:\s+[\w'\u2019-]+){0,4}\s*$"
    r"|\b(?:will|would|could|should|plans?|planned|planning|approv(?:e|es|ed|ing)|launch(?:es|ed|ing)?|"
    r"enrol(?:s|led|ling)?|enroll(?:s|ed|ing)?|join(?:s|ed|ing)?|sign(?:s|ed)? up for|"
    r"take part in|took part in|taking part in|participat\w* in|eligible for|volunteer(?:s|ed)? for|"
    r"wait(?:s|ed|ing)? for|look(?:s|ed|ing)? forward to|future|upcoming|hop(?:e|es|ing) to|need(?:s|ed)?|to (?:start|begin|run|conduct|launch)|"
    r"means that|suppose|imagine|if|"
    # a study under way: "the Wall Lab, which is running the study"
    r"(?:is|are)\s+(?:now\s+|still\s+)?(?:running|conducting|leading|recruiting\s+for)|"
    # a funder's study under way: "The institute currently is sponsoring a study comparing ..."
    r"(?:(?:currently|now)\s+)?(?:is|are)\s+(?:currently\s+|now\s+)?(?:sponsoring|funding|supporting)|"
    # a patient's time in one: "She's been in the clinical trial for a year now", "she's taking it
    # as part of a study"
    r"(?:has|have|had|'s|\u2019s)\s+been\s+in|"
    r"(?:taking|takes|took|receiv(?:es|ed|ing)|getting|gets|got)\s+[\w-]+\s+(?:free\s+)?as\s+part\s+of)\b(?:\s+[\w'\u2019-]+){0,4}\s*$",
    re.IGNORECASE,
)


# After a mention: a study not yet reported ("a trial is planned", "The study will look at"),
# research in progress ("Researchers are studying several medicines"), and, after the bare
# "researchers"/"scientists", what the field believes or does not know ("Researchers suspect that
# ...", "Scientists haven't nailed down how"): none of them reports a study.
_NOT_REPORTED_AFTER = lazy_compile(
    r"^\s+(?:(?:also|now|still|currently)\s+)?"
    r"(?:(?:is|are)\s+(?:now\s+|still\s+|currently\s+|also\s+)?(?!being\b)\w+ing\b|(?:is|are)\s+(?:planned|needed|"
    r"under\s?way)|(?:continues?|hopes?|plans?|wants?|aims?|needs?|intends?|expects?)\s+to\b|will\b|would\b|"
    # a design still being carried out: "the study is designed to include people whose tumours ..."
    r"(?:is|are)\s+designed\s+to\b|(?:is|are)\s+(?:still\s+)?in\s+(?:its|their)\s+(?:early|initial|first)\s+"
    r"(?:stages?|phases?)\b|"
    # work begun or going on: "Researchers have begun to use linkage studies", "Scientists continue their
    # efforts", "researchers work closely with support groups" ("have been looking for a test" is left: in
    # news it leads into the team's results, told with "they")
    r"(?:have|has)\s+(?:begun|started)\s+to\b|continues?\s+(?:their|its)\b|"
    r"work(?:s)?\s+(?:closely\s+|together\s+)?(?:with|on|to(?:ward)?s?)\b)"
    # what a study is for: "The study's goal is to find out which medicine ..."
    r"|^['\u2019]s\s+(?:goal|aim|purpose|objective)\s+is\s+to\b",
    re.IGNORECASE,
)


# Who the researchers are, said between the agent and its verb: a funder ("Researchers supported by the
# NINDS are investigating"), an institution or a list of them ("Researchers at Hadassah, USC and NIH are
# contributing"), the project they work in ("Scientists in one study are learning"). What the sentence
# then says of them is read after it, as if the agent stood next to its verb.
_AGENT_POSTMODIFIER = lazy_compile(
    r"^\s+(?:(?:supported|funded|sponsored|backed)\s+by|at|in|from)\s+(?:the\s+)?"
    r"(?:(?:one|a|another|this|each)\s+(?:study|project|trial|lab(?:oratory)?|program(?:me)?)|(?<=the\s)[a-z][\w-]*|"
    r"[A-Z][\w&.'-]*(?:(?:,\s+|\s+)(?:(?:and|of|for|on|the)\s+)*[A-Z][\w&.'-]*)*(?:\s+\([^()]{1,80}\))?)(?=\s)"
)

# A study, not yet reported, said to be under way in its own sentence: "A trial using deferiprone in PKAN is
# currently underway in Italy", "the study, now recruiting, ..."
_UNDER_WAY_LATER = lazy_compile(
    r"^[^.!?\n]{0,100}?\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?(?:under\s?way|ongoing|recruiting|enrolling)\b",
    re.IGNORECASE,
)

# What a sentence reports of researchers: a finding or an outcome. Where the agent is not itself the
# reporter (one group among others, "health care providers and researchers"; described by its funder,
# "NINDS-funded scientists"), only such a verb after it makes the sentence report research.
_REPORTING_VERB = lazy_compile(
    r"\b(?:found|find|finds|showed|shown|shows|reported|reports|discovered|observed|noted|concluded|demonstrated|"
    r"says?|said|tested|compared|measured|linked|estimated|followed\s+\d)\b",
    re.IGNORECASE,
)
# the agent as the last of a coordination of groups: "The intended audience is health care providers and
# researchers", "a group of physicians and researchers who", "veterinarians, livestock farmers, and researchers"
# (the conjunct before is a plural noun: ", and researchers are unsure" after a clause is no such list),
# and the group is named, not made the subject of what they do: the sentence or clause ends, or a relative
# clause, a place or a practice follows ("doctors and researchers can attack cancer at its root" is left)
_COORDINATED_BEFORE = lazy_compile(r"\b[\w-]+s,?\s+(?:and|or)\s+$", re.IGNORECASE)
_GROUP_NAMED_AFTER = lazy_compile(
    r"^\s*(?:[.;:!?)]|,|(?:who|whom|at|in|from|of|on|with|to|for)\b|(?:now\s+|generally\s+)?(?:follow|use)\b)",
    re.IGNORECASE,
)
# the agent named by its funder, in a compound: "NINDS-funded scientists", "NIH-supported researchers"
_FUNDER_COMPOUND_BEFORE = lazy_compile(r"\b[\w]+-(?:funded|supported|sponsored|backed)\s+$", re.IGNORECASE)


# "trial" as a try rather than a study: the compound nouns it makes ("a trial period of two weeks",
# "on a trial basis", "a trial run") and "trial and error"
_TRY_OUT = lazy_compile(r"\s+(?:period|basis|run|and\s+error)\b", re.IGNORECASE)


_FIELD_VIEW_AFTER = lazy_compile(
    r"^\s+(?:\w+\s+)?(?:believe|suspect|suggest|speculate|think|theori[sz]e|hypothesi[sz]e|assume|agree|disagree|"
    r"hope|expect|want|wonder|"
    r"debate|(?:still\s+)?(?:do|does|did)(?:n't|n\u2019t| not)\s+(?:yet\s+|fully\s+|completely\s+|really\s+)?"
    r"(?:know|understand|believe|think)|can(?:not|n't|n\u2019t| not)|are unable to|"
    # naming and classing a condition is no study: "Researchers have described seven types"
    r"(?:have\s+)?(?:described|classified|named|recogni[sz]ed|refer to|distinguish(?:ed)?)\s+(?!(?:their|the|its|his|her)\s)|"
    r"(?:are|were)(?:n't|n\u2019t| not)\s+(?:yet\s+)?(?:sure|certain)|(?:have|has)(?:n't|n\u2019t| not)\s+(?:yet\s+)?"
    r"(?:nailed|figured|worked|pinned|determined|found|identified|established))\b",
    re.IGNORECASE,
)


# What the field has come to know, after the bare "researchers"/"scientists": a discovery in the
# perfect ("Researchers have identified three forms of ...", "Scientists have discovered abnormal
# genes", "researchers have determined that ...") or dated to its history ("In the early 1990s,
# researchers located and identified the mutation"). It names what is known, a count of types, a
# gene, not a study whose outcome a reader would check. One new thing found ("Researchers have
# identified a protein signature in the spinal fluid of patients") and a sentence that carries a study's figures
# ("in 7 of 19 patients (37 percent)") or an outcome ("reduced the risk") still reports one.
_DISCOVERY = r"(?:identified|discovered|determined|located|mapped|isolated)"
_FIELD_KNOWLEDGE_AFTER = lazy_compile(
    rf"^\s+(?:(?:have|has)\s+(?:also\s+|now\s+|since\s+|recently\s+)?{_DISCOVERY}|{_DISCOVERY})\b"
    # one new thing found ("have identified a protein signature in the spinal fluid") is a study's result
    r"(?!\s+(?:a|an)\s)",
    re.IGNORECASE,
)
_HISTORY_BEFORE = lazy_compile(
    r"\b(?:in|during|by|since)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[89]|20)\d\d'?s?,?\s*$",
    re.IGNORECASE,
)
# "the researchers", "our scientists", "the study's researchers": a particular team, whose study it is
_PARTICULAR_TEAM = lazy_compile(r"\b(?:the|these|those|our|its|their|study'?s?|trial'?s?)\s+$", re.IGNORECASE)
_SENTENCE_REST = lazy_compile(r"[^.!?\n]*")
_STUDY_OUTCOME = lazy_compile(
    r"\d\s*(?:%|percent\b)|\b\d[\d,]*\s+(?:of|out\s+of)\s+\d[\d,]*\b|"
    r"\b(?:reduc|increas|lower|rais|improv|halv|doubl|cut|prevent|worsen)\w*\s+(?:the\s+)?(?:risk|rate|odds|chance)",
    re.IGNORECASE,
)


def _field_knowledge(prose: str, m: re.Match[str], clause: str) -> bool:
    """Whether the bare agent at ``m`` states a discovery the field holds, not a study's outcome."""
    after = prose[m.end() : m.end() + 80]
    if not _FIELD_KNOWLEDGE_AFTER.match(after) or _PARTICULAR_TEAM.search(clause):
        return False
    perfect = after.lstrip().lower().startswith(("have", "has"))
    if not perfect and not _HISTORY_BEFORE.search(clause):
        return False  # "researchers identified ..." in the past: a study's report unless dated to history
    rest = _SENTENCE_REST.match(prose, m.end())
    return not (rest and _STUDY_OUTCOME.search(rest.group()))


# the bare agent as an object ("a bonanza for researchers", "a tool used by scientists", "has led
# researchers to distinguish two forms"): no study reported
_AGENT_OBJECT_BEFORE = lazy_compile(
    r"(?<!-)\b(?:for|among|used by|help(?:s|ed|ing)?|led|leads?|allow(?:s|ed)?|enabl(?:e|es|ed)|"
    # a funder's support of them: "continues to support WS researchers", "New models are aiding scientists"
    r"support(?:s|ed|ing)?|fund(?:s|ed|ing)?|aid(?:s|ed|ing)?|assist(?:s|ed|ing)?|train(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)

# the bare agent as the object of a preposition or a verb in -ing, with nothing reported after
# it: "denied access to its scientists and facilities", "greatly assisting medical researchers."
# ("according to researchers" attributes a finding and still counts)
_AGENT_OBJECT_PLAIN = lazy_compile(
    r"(?<!according )\b(?:to|with|against|about|(?!according\b)\w+ing)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_NOTHING_REPORTED_AFTER = lazy_compile(r"^\s*(?:[.;:!?)]|,\s+(?!who\b|which\b)|and\b|or\b)")

# a capitalised "Journal" inside a Title-Case name ("The Wall Street Journal", "the British Medical
# Journal"): a named publication is a source, not a report of research
_NAMED_JOURNAL = lazy_compile(r"[A-Z][\w&.-]*\s+$")


_CLAUSE_STOP = lazy_compile(
    r"[.!?;:,()\[\]\"\u201c\u201d\u2014\u2013\n]|\s-\s"
)  # a headline ends at its line


def _reports_research(doc: Document, m: re.Match[str]) -> bool:
    """Whether the mention ``m`` reports a study, rather than deny one, await one, enrol someone
    in one, imagine one, or give the field's view. The clause before the mention (back to the
    last clause mark) and the words after it decide."""
    prose = doc.prose
    lo = max(0, m.start() - 120)
    before = prose[lo : m.start()]
    stops = list(_CLAUSE_STOP.finditer(before))
    clause = before[stops[-1].end() :] if stops else before
    if _NOT_REPORTED_BEFORE.search(clause):
        return False
    after = prose[m.end() : m.end() + 160]
    modifier = _AGENT_POSTMODIFIER.match(after)
    if _NOT_REPORTED_AFTER.match(after) or (modifier and _NOT_REPORTED_AFTER.match(after[modifier.end() :])):
        return False
    under_way = _UNDER_WAY_LATER.match(after)
    if under_way and not _REPORTING_VERB.search(under_way.group()):
        return False  # "A trial using deferiprone is currently underway"
    after = after[:80]
    if m.group().lower().endswith("trial") and _TRY_OUT.match(after):
        return False  # "a trial period": a try, not a study
    if m.group() == "Journal" and _NAMED_JOURNAL.search(clause):
        return False
    agent = m.group().lower() in ("researchers", "scientists")
    if agent and _AGENT_OBJECT_PLAIN.search(clause) and _NOTHING_REPORTED_AFTER.match(after):
        return False
    group = _COORDINATED_BEFORE.search(before) and _GROUP_NAMED_AFTER.match(after)
    if agent and (group or _FUNDER_COMPOUND_BEFORE.search(clause)):
        # one group among others, or the team as its funder describes it: a report only if the sentence
        # says what they found
        rest = _SENTENCE_REST.match(prose, m.end())
        sentence_rest = rest.group() if rest else ""
        if not (_REPORTING_VERB.search(sentence_rest) or _STUDY_OUTCOME.search(sentence_rest)):
            return False
    if agent and _field_knowledge(prose, m, before):
        return False
    return not (agent and (_FIELD_VIEW_AFTER.match(after) or _AGENT_OBJECT_BEFORE.search(clause)))


class MissingReferences(Rule):
    """The article reports a study or trial but cites nothing.

    Without a journal name, DOI, link or reference list a reader cannot check
    the study (JAMA benchmark "attribution"; HONcode principle 4). Evidence is
    looked for in the whole article by ``medlint.evidence.sources`` (the finder the
    claim rules use): a named journal (also "in press in"), conference
    presentation, named trial ("a study called Fourier", "study (FATFUNC)"), DOI,
    link, citation or reference list anywhere counts.

    Only a mention that reports research counts as reporting it. A study that is
    denied ("hasn't been through a large clinical trial"), still to come ("The
    FDA has approved a new study", "a trial is planned"), one a patient was
    enrolled in, a hypothetical ("a frequency of 25/25 means that in a study of 25
    people ..."), research in progress ("Researchers are studying several
    medicines") and the field's view ("Researchers suspect that ...", "Scientists
    don't know yet") report no study and need no citation. A mention's clause ends
    at a line break, so a headline's "could" does not govern the body's first word.

    Nor do research under way and the researchers a funder describes: a trial "currently underway",
    a study an institute "is sponsoring", researchers who "have begun to", "continue their efforts" or
    "work closely with", read past who they are ("Researchers supported by the NINDS are
    investigating", "Scientists at <institutions> are contributing"), and the team named by its funder
    ("NIH-funded researchers") or as one group among others ("The intended audience is health care
    providers and researchers", "physicians and researchers who") unless the sentence says what they
    found (a reporting verb or an outcome). On development MedQuAD this took DS107 from 235 warnings to
    193: 44 gone, all labelled false (an NIH registry's audience line, 29 times; the institutes'
    research-activity sections), 2 answers' next mentions new (one true); FakeHealth's 216 unchanged.

    Measured on real news and releases (FakeHealth sample of 400, every warning
    labelled): before these boundaries 39 of 50 warnings were right (0.78); after,
    39 of 42 (0.93). Still wrong: an anaphoric "the trial" for a trial not yet
    started, a patient's story told through "the scientists", and a story about
    research whose results are not out. On MedQuAD (3,000-answer sample) DS107
    fell from 655 warnings to 78, mostly "Researchers believe/suspect/have
    described", "Scientists do not fully understand" and NIH's symptom-frequency
    boilerplate gone.

    With ``document = "fragment"`` (a section of a page, see DS104) the finding is info: the
    mention is in the text, but the reference list it asks for is the page's, which the
    linter does not see. With ``"auto"`` it stays a warning: the study is reported here, and a
    section that reports one can name its source where it does.
    """

    code = "DS107"
    name = "missing-references"
    category = "disclosure"
    severity = Severity.WARNING
    source = "JAMA benchmarks (attribution); HONcode principle 4 (justifiability); DISCERN item 4"
    should_fire = (
        "A new study found that walking lowers blood pressure. The researchers followed 300 adults.",
        Example(
            "According to researchers, the drug halved the risk of stroke.",
            note="a finding attributed to researchers",
        ),
        Example(
            "The device hasn't been through a large clinical trial. But in a new study from Italy, it "
            "found 75% of colon cancers.",
            note="a denied trial, then a reported study with no source",
        ),
    )
    should_not_fire = (
        "A new study in Hypertension found that walking lowers blood pressure (Lee et al., 2024).",
        Example(
            "A new study found that walking helps.\n\n## References\n\n1. Lee A. Hypertension. 2024.",
            format="markdown",
        ),
        "Walking is good for you.",
        "The results were presented at the annual meeting of the American Heart Association. "
        "The researchers followed 300 adults.",
        Example(
            "Some doctors worry about a new device that hasn't been through a large clinical trial to prove "
            "it is safe.",
            note="a negated mention reports no study",
        ),
        Example(
            "The FDA has approved a new study of stem cells for macular degeneration. The company plans to "
            "enrol 12 patients.",
            note="a study still to come",
        ),
        Example(
            "They enrolled baby Eva in a clinical trial there. She is now healthy.",
            note="a patient's part in a trial",
        ),
        Example(
            "Researchers suspect that the protein acts as a switch. Researchers are studying new drugs.",
            note="the field's view and research in progress",
        ),
        Example(
            "The study found that glucose helped memory.\n\nThe paper is in press in Psychology and Aging.",
            note="a paper in press names its journal",
        ),
        Example(
            "Details will be revealed at the American College of Cardiology meeting. The trial was positive.",
            note="a meeting whose name holds lower-case words",
        ),
        Example(
            "Your doctor may suggest a trial period of two weeks without the medicine.",
            note="a trial period is a try, not a study",
        ),
        Example(
            "A new diet intervention study (FATFUNC) found that fat was not harmful.",
            note="a study named in brackets",
        ),
        Example(
            "According to a report by The Wall Street Journal, most renters paid in May.",
            note="a newspaper named as the source reports no research",
        ),
        Example(
            "The genome was posted in January, greatly assisting medical researchers. China denied access "
            "to its scientists and facilities.",
            note="researchers as an object, nothing reported of them",
        ),
        Example(
            "The intended audience for the registry is health care providers and researchers.",
            note="researchers as one group of readers among others",
        ),
        Example(
            "Researchers supported by the institute are investigating early brain development. NIH-funded "
            "researchers work closely with parental support groups.",
            note="research under way, as its funder describes it",
        ),
        Example(
            "A trial using deferiprone is currently underway in Italy.",
            note="a trial under way reports no result",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        # the first mention that reports research, from the blocks with a probe
        m = next((m for m in _REPORTS_STUDY.finditer(doc) if _reports_research(doc, m)), None)
        if m is None or names_source(
            doc, citable=True
        ):  # whole-article evidence, shared with the claim rules
            return
        if document_kind(self, doc) == "fragment":
            # the mention is in the text, the reference list it asks for is the page's
            yield Finding(
                m.start(),
                m.end(),
                "the text reports research but cites no journal, DOI, link or reference list (a section "
                "of a page: the page may list the source)",
                severity=Severity.INFO,
            )
            return
        yield Finding(
            m.start(),
            m.end(),
            "the article reports research but cites no journal, DOI, link or reference list",
        )
