"""What a health claim is: a subject (a treatment, product, food or practice) and a
predicate about a health outcome ("cures", "prevents", "reverses", "is safe").

Outcome words turn up in many sentences that claim nothing about an outcome:

- prevalence and descriptive statistics: "Chronic kidney disease affects 10% to
  13% of adults", "Seizures occur in about 15 percent of males";
- genetics and aetiology: "Mutations in the FTCD gene cause ...", "About 10 to
  20 percent of breast cancers are due to BRCA1 or BRCA2";
- vital statistics: "Death from any cause occurred in 359 patients";
- medication-guide instructions: "Take XARELTO exactly as prescribed", "Take
  your next dose at your regularly scheduled time";
- reference-list entries (a cited paper's title) and organisation boilerplate
  ("to develop new treatments and cures");
- questions ("Are 3-D mammograms a breakthrough?"), which ask rather than claim.

``non_claim_reason`` names which of these a sentence is (or None when it may be
a claim). ``claim_subject`` finds the subject of an outcome verb: from the
dependency parse when a trained spaCy pipeline is configured and installed
(``nlp.model``), otherwise the words of the clause before the verb.
"""

from __future__ import annotations

import re
from typing import Any

from ..document import Document, Sentence
from .apostrophe import cue
from .citations import CITATION_SHAPE

_PERCENT = r"\d{1,3}(?:\.\d+)?\s?(?:%|percent|per cent)"
#: the people a prevalence is told of, as the head of a long noun phrase
_POPULATION = (
    r"(?:adults|children|kids|people|persons|individuals|Americans|men|women|males|females|boys|girls|infants|"
    r"babies|newborns|teens|teenagers|adolescents|youths?|seniors|elderly|population|residents)\b"
)
#: words that make the people a treatment's takers: their figure is an outcome, not a prevalence
_TREATED = (
    r"(?:taking|took|treated|given|receiving|received|using|used|assigned|randomi[sz]ed|enrolled|trial|study|"
    r"group|arm|after|following|who\s+(?:took|take|used|use|received|tried|ate|drank))\b"
)
#: an outcome told by "have/has" and a participle: "90 percent of adults ... have improved"
_OUTCOME_PARTICIPLE = (
    r"(?:improved|recovered|responded|benefit(?:t)?ed|survived|been\s+(?:cured|healed|helped)|lost|gained|"
    r"reduced|lowered|reversed|stopped|quit|seen|noticed|reported\s+(?:less|fewer|better))\b"
)
PREVALENCE = cue(
    r"\b(?:affects?|affected|affecting|occurs?|occurred|occurring|strikes?|develops?|is diagnosed|are diagnosed|"
    r"suffer(?:s|ed)?(?:\s+from)?|(?:is|are)\s+(?:found|seen|present)|(?:is|are)\s+(?:more\s+)?common)\s+"
    r"(?:\w+\s+){0,6}?(?:about\s+|nearly\s+|almost\s+|up to\s+|roughly\s+|an estimated\s+|between\s+|some\s+)?"
    rf"{_PERCENT}"
    rf"|\b{_PERCENT}\s+of\s+(?:\w+\s+){{0,4}}?(?:have|has|had|develop|developed|get|will (?:get|develop|suffer|have)|"
    r"are affected|are diagnosed|suffer|carry|live with|experience)\b"
    # the same figure of a population told with a long noun phrase: "8 to 10 percent of American children
    # under 18 years of age have", "15 percent of adults over 65 with diabetes develop": a head noun of
    # people first, then qualifiers of age, place or condition, with no treatment in them ("taking",
    # "treated with", "who received", "in the trial") and no outcome after the verb ("have improved",
    # "have recovered"): a treatment's result is told of its takers, a prevalence of a population
    rf"|\b{_PERCENT}\s+of\s+(?:all\s+|the\s+)?(?:[\w.-]+\s+){{0,2}}?{_POPULATION}\s+"
    rf"(?:(?!{_TREATED})[\w.,'\u2019-]+\s+){{0,12}}?"
    r"(?:have|has|had|develop|developed|get|will (?:get|develop|have)|are affected|are diagnosed|suffer|live with)\b"
    rf"(?!\s+(?:\w+ly\s+)?{_OUTCOME_PARTICIPLE})"
    r"|\b(?:leading|second leading|third leading|most common|major|main|common|frequent)\s+cause\s+of\b"
    r"|\b(?:prevalence|incidence)\b",
    re.IGNORECASE,
)
GENETICS = cue(
    r"\b(?:mutations?|variants?|alterations?|deletions?|duplications?)\s+(?:in|of|to)\s+(?:the\s+|a\s+|one\s+|both\s+)?"
    r"(?:copies\s+of\s+the\s+)?[\w-]+\s+genes?\b"
    r"|\b(?:genes?|genetic|inherited|chromosom\w+|mutations?)\b[^.!?]{0,60}\b(?:cause[sd]?|due to|responsible for|"
    r"lead(?:s)? to|result(?:s)? in)\b"
    r"|\b(?:cause[sd]?|due to|result(?:s|ing)? from)\s+(?:by\s+)?(?:a\s+|an\s+)?(?:\w+\s+){0,2}?(?:mutations?|genes?|"
    r"genetic|inherited|chromosom\w+|BRCA\w*)\b",
    re.IGNORECASE,
)
#: a condition's inheritance told by its families: "it runs in families", "a family history of
#: glaucoma is a risk factor"
FAMILY = cue(r"\bfamily history\b|\bruns? in (?:the )?famil\w+", re.IGNORECASE)
#: ... or the family history only says whom a sentence is about: "people with a family history of
#: arthritis", "women who have a strong family history" (not a subject: "having a family history raises ...")
_FAMILY_QUALIFIER = cue(
    r"\b(?:with|who\s+(?:have|has|had)|whose)\s+(?:a\s+|an\s+|no\s+)?(?:(?:strong|known|positive|close|"
    r"significant)\s+)?family\s+history\b",
    re.IGNORECASE,
)
#: what a treatment, food or habit is claimed to do to an outcome, as a finite verb ("protects the
#: joints", "cuts the risk", "cures"): with a family history that only qualifies its people, a claim
#: about them, not the condition's inheritance
_EFFECT_VERB = cue(
    r"\b(?:protects?|protected|prevents?|prevented|cures?|cured|reverses?|reversed|heals?|healed|treats?|treated|"
    r"reduces?|reduced|lowers?|lowered|cuts?|halves|slows?|slowed|delays?|delayed|stops?|stopped|blocks?|blocked|"
    r"wards?\s+off|fights?|boosts?|boosted|improves?|improved|relieves?|relieved|eliminates?|benefits?|"
    r"benefited|helps?|helped|works?|worked|raises?|increases?|doubles?|triples?|damages?|harms?|triggers?|"
    r"(?:is|are|was|were)\s+(?:safe|effective|beneficial|protective|harmful|dangerous))\b",
    re.IGNORECASE,
)
VITAL = cue(
    r"\b(?:death|deaths|died|dying|mortality)\s+(?:from|of)\s+(?:any|all|other|unknown)\s+causes?\b|\ball-cause\b|"
    r"\bcauses?\s+of\s+(?:death|mortality)\b|\bcause of death\b",
    re.IGNORECASE,
)
INSTRUCTION = cue(
    r"^\s*(?:take|use|keep|store|swallow|give|apply|inject|do not|don't|never|always|tell|ask|call|if you)\b"
    r"[^.!?]{0,120}?\b(?:as prescribed|as directed|prescribed by|your (?:next |missed |regular )?dose|"
    r"regularly scheduled|with (?:or without )?food|with a meal|at the same time|each day|every day|"
    r"your (?:doctor|pharmacist|healthcare provider|health care provider)|out of (?:the )?reach|"
    r"in a safe place|room temperature)",
    re.IGNORECASE,
)
#: the shape of a citation ("et al.", volume and pages, a DOI): one definition with the reference-list
#: entries of ``citations``
REFERENCE = CITATION_SHAPE
BOILERPLATE = cue(
    r"\b(?:our|its|their)\s+(?:mission|vision|scientists|researchers|goal)\b|\bis dedicated to\b|\bis committed to\b|"
    r"\bfor more information\b|\bvisit\s+(?:www\.|https?://)|\bwe believe\b|\bworld-renowned\b|"
    r"\bnon-?profit\b|\bheadquartered in\b|\bis (?:the|a) (?:primary|leading|largest)\b",
    re.IGNORECASE,
)


def non_claim_reason(text: str, *, genetics: bool = True) -> str | None:
    """Why ``text`` (one sentence) is not a claim about a health outcome, or None.

    ``genetics=False`` keeps genetic sentences (a cure claim about a gene
    therapy is still a cure claim); the causal-overclaim check drops them.
    """
    stripped = text.rstrip()
    if stripped.endswith("?"):
        return "question"
    for reason, rx in (
        ("reference", REFERENCE),
        ("instruction", INSTRUCTION),
        ("vital statistic", VITAL),
        ("prevalence", PREVALENCE),
        ("boilerplate", BOILERPLATE),
    ):
        if rx.search(text):
            return reason
    if genetics and (GENETICS.search(text) or _family_background(text)):
        return "genetics"
    return None


def _family_background(text: str) -> bool:
    """Whether ``text`` tells a condition's inheritance by its families ("runs in families", "a family
    history of glaucoma raises the risk"), not a claim about what something does for people who have
    one: when every family history in it only qualifies its people ("people with a family history of
    arthritis") and it states an effect on an outcome ("cod liver oil protects the joints of ..."),
    the sentence is that claim."""
    families = list(FAMILY.finditer(text))
    if not families:
        return False
    qualifiers = {m.end() for m in _FAMILY_QUALIFIER.finditer(text)}
    if any(m.end() not in qualifiers for m in families):
        return True
    return _EFFECT_VERB.search(text) is None


_CLAUSE_BREAK = cue(r"[,;:\u2014()]|\b(?:that|which|who|because|when|while|after|and|but)\b", re.IGNORECASE)


def claim_subject(doc: Document, sent: Sentence, verb_start: int, verb_end: int) -> str:
    """The subject of the outcome verb at [verb_start, verb_end) in ``sent``.

    From the dependency parse (``nsubj``/``nsubjpass`` of the verb, with its
    subtree) when a trained pipeline is configured; otherwise the words of the
    verb's clause before it ("Drinking coffee" in "Drinking coffee prevents
    heart disease"; "it" in "... and it prevents ...").
    """
    parsed = _parse(doc, sent)
    if parsed is not None:
        rel = verb_start - sent.start
        verb = next((t for t in parsed if t.idx <= rel < t.idx + max(1, len(t.text))), None)
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        if verb is not None:
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                    words = sorted(child.subtree, key=lambda t: t.idx)
                    return " ".join(t.text for t in words)
            return ""
    before = doc.prose[sent.start : verb_start]
    parts = _CLAUSE_BREAK.split(before)
    return parts[-1].strip() if parts else before.strip()


def _parse(doc: Document, sent: Sentence) -> Any:
    """The parsed sentence when a trained pipeline with a parser is configured, else None."""
    if doc.nlp_model in (None, "", "blank"):
        return None
    from ..nlp import get_syntax_nlp

    nlp = get_syntax_nlp(doc.nlp_model)
    if nlp is None:
        return None
    cache = doc.derived(_parsed_sentences)
    parsed = cache.get(sent.start)
    if parsed is None:
        parsed = nlp(sent.text)
        cache[sent.start] = parsed
    return parsed


def _parsed_sentences(doc: Document) -> dict[int, Any]:
    """Sentence start -> its parse, filled as sentences are parsed."""
    return {}


_END_MARK = cue(r"^\s*(?:#\s*#\s*#|-\s*30\s*-|-?\s*ends?\s*-?|\*\s*\*\s*\*)\s*$", re.IGNORECASE)
_ABOUT = cue(r"^\s*About\s+(?:the\s+)?[A-Z][\w.&'\u2019-]*")
_ORG_DESCRIPTION = cue(
    r"\b(?:is|are)\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:world's|world\u2019s|nation's|nation\u2019s|"
    r"leading|largest|premier|independent|non-?profit|nongovernmental|not-for-profit|primary)\b[^.]{0,80}?"
    r"\b(?:organi[sz]ation|cent(?:er|re)|charity|agency|foundation|company|institute|hospital|university|"
    r"network|provider|society)\b"
    r"|\b(?:founded|established)\s+in\s+(?:18|19|20)\d{2}\b|\bis dedicated to\b|\b(?:mission|vision) is\b|"
    # a mission statement's belief ("We believe in ...", "We believe every patient deserves ..."), not any "We believe"
    # of a paragraph's argument ("We believe these toxins prevent normal biochemical cycles", a quack page's own claim)
    r"\bWe believe (?:in\b|(?:that\s+)?(?:every|everyone|everybody|all|each|people|patients|health|access|no\s+one)\b)|"
    r"\bFor more information\b|\bvisit\s+(?:www\.|https?://)|\binvests? in\b",
)
# an issuer's securities-law disclaimer (the "safe harbor" paragraph), read where a block begins: it
# restates the release's hopes ("revolutionizing the treatment of diabetes") in order to disclaim them;
# a sentence about forward-looking statements inside a paragraph of news leaves the paragraph's news
_SAFE_HARBOR = cue(
    r"^\s*(?:(?:Cautionary\s+(?:Note|Statement|Language)s?\s+(?:Regarding|Concerning|About|on)\s+)?"
    r"Forward[- ]Looking\s+Statements?\b|Safe\s+Harbou?r\b|"
    r"(?:This|The)\s+(?:press\s+|news\s+)?release\s+(?:contains|may\s+contain|includes)\s+(?:certain\s+)?"
    r"[\"\u201c]?forward[- ]looking|"
    r"Statements\s+(?:in|contained\s+in|made\s+in)\s+this\s+(?:press\s+|news\s+)?release\b[^.]{0,160}?"
    r"\bforward[- ]looking)",
    re.IGNORECASE,
)

# a link to another story, as news pages print them between paragraphs: "MORE: Babies Should Eat Eggs
# and Peanuts Early", "READ MORE: ...", "Related: ...", "See also: ..."; the headline is that story's
_OTHER_STORY = cue(
    r"^\s*(?:(?:READ|SEE|WATCH|ALSO)\s+)?(?:MORE|RELATED|ALSO|NEXT)(?:\s+(?:STORIES|ARTICLES|COVERAGE|READING))?\s*:"
    r"|^\s*(?:Read\s+more|See\s+also|Also\s+read|Related(?:\s+(?:stories|articles|coverage|reading))?|"
    r"Read\s+next|More\s+from\s+[\w ]{1,30}|Recommended)\s*:"
)


def boilerplate_blocks(doc: Document) -> frozenset[int]:
    """Indexes of blocks that describe the publisher, not the news: everything after a
    press-release end mark ("###"), "About <Organisation>" sections, and paragraphs
    that describe an organisation ("is the world's largest ... organization",
    "founded in 1824", "For more information, visit ..."), a paragraph that opens with the page's own
    name as its subject ("WIRED is where tomorrow is realized"), an issuer's "forward-looking
    statements" disclaimer, and links to other stories
    ("MORE: <headline>"). Claims there ("40 years of cures", "invests in breakthrough
    treatments", another story's "Breakthrough" headline) are not the article's claims.
    """
    return doc.derived(_boilerplate_blocks)


def _site_names(doc: Document) -> list[str]:
    """The page's own name as its markup gives it (``og:site_name``, ``application-name``, the
    ``twitter:site`` handle without its "@"): "Wired", "Healthline"."""
    meta = doc.metadata.get("html_meta")
    if not isinstance(meta, dict):
        return []
    names = []
    for key in ("og:site_name", "application-name", "twitter:site"):
        value = str(meta.get(key) or "").strip().lstrip("@").strip()
        if 2 <= len(value) <= 40:
            names.append(value)
    return names


def _boilerplate_blocks(doc: Document) -> frozenset[int]:
    out: set[int] = set()
    after_end = False
    prev_about = False
    names = _site_names(doc)
    # the publisher describing itself in its own name ("WIRED is where tomorrow is realized. It is the
    # essential source of information ... The breakthroughs and innovations that we uncover ..."): the
    # site's blurb in its footer or sidebar, an "About" section without the heading
    self_description = (
        re.compile(
            r"^\s*(?:the\s+)?(?:"
            + "|".join(re.escape(n) for n in names)
            + r")\s+(?:is|are|was|has\s+been)\b",
            re.IGNORECASE,
        )
        if names
        else None
    )
    for i, block in enumerate(doc.blocks):
        text = doc.prose[block.start : block.end]
        if self_description is not None and self_description.match(text):
            out.add(i)
            continue
        if _END_MARK.match(text):
            after_end = True
            out.add(i)
            continue
        about = bool(_ABOUT.match(text)) or bool(_SAFE_HARBOR.match(text))
        if after_end or about or prev_about or _ORG_DESCRIPTION.search(text) or _OTHER_STORY.match(text):
            out.add(i)
        prev_about = (
            about and len(text.split()) <= 8
        )  # a heading-like "About X" ("Forward-Looking Statements") line
    return frozenset(out)


def in_boilerplate(doc: Document, offset: int) -> bool:
    bi = doc.block_at(offset)
    return bi is not None and bi in boilerplate_blocks(doc)
