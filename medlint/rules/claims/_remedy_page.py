"""Whether a page sells a remedy, read from the other claim rules' findings (the gate of CL142-CL148).

A sentence that credits a food with a benefit, or speaks ill of prescribed medicine, may be fair in a nutrition
guide or a drug leaflet; on a page that already claims cures, conspiracies or testimonials it is part of the
sales pitch, and the FTC judges a page by its net impression. The rules that read such sentences therefore ask
first whether the page is such a page: two other claim codes at warning or above, one finding of a rule whose
findings mark a remedy page by themselves (a cure, a testimonial, advice to stop treatment ...), a home-remedy
recipe that doses the reader with spoons or drops of the page's own mixture, or (s59) a headline that promises a remedy
from outside medicine ("Type 2 diabetes natural remedies", "How to lower blood pressure without medication") and
neither debunks, warns nor asks whether it works. On the read page sets the headline opened pages whose only other
finding was uncited research (CL106) or none, and no careful page; on the 4.9M clean words it opens none.

(s65) A page none of these opened also opens on its page score: the mean score of its most claim-like sentences under
CL148's learned sentence scorer (``medlint.evidence.claim_scorer``), which opened pages for CL148 alone since the
sixty-third session. The scores are read once a document, whichever rule asks first, so the gate costs no more than
CL148 did; on such a page the rules with a specific reading (a food's benefit, medicine disparaged) now report the
sentences CL148 would have reported with its generic message.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...config import Config
from ...diagnostic import Diagnostic, Severity
from ...document import Document
from ...evidence.claim_scorer import ClaimScorer, ScorerTableError, scorer_from, shipped_scorer
from ...evidence.claim_structure import in_boilerplate
from ...evidence.context import ClaimContext, claim_context
from ...evidence.doc_kind import is_press_release, news_signals
from ...rule import Finding, Option, Rule, RuleError
from ...text.lazy_re import lazy_compile
from ._shared import has_headline

#: The claim rules of which one finding at warning or above marks a page that sells a remedy: a cure (CL101),
#: safety (CL103), stopping treatment (CL110), conspiracy (CL111), a timeframe (CL112), detox (CL113), a
#: testimonial (CL114), proof with nothing named (CL115), a disease claim for a food (CL119), weight loss (CL122), a
#: myth (CL125), a food matched with a medicine (CL126), a medicine's harm (CL140). Not uncited research or common
#: knowledge (CL105, CL106), which news and NIH pages carry too. Detox and unnamed proof, each an FDA or FTC red
#: flag of its own, were added in the fifty-fourth session: on the 4.9M clean words they open one page to a finding
#: (a FakeHealth release whose headline states a rat study's result as prevention: CL142, labelled true), and on the
#: never-read claims pages they were the commonest single claim code.
MARKER_CODES = (
    "CL101",
    "CL103",
    "CL110",
    "CL111",
    "CL112",
    "CL113",
    "CL114",
    "CL115",
    "CL119",
    "CL122",
    "CL125",
    "CL126",
    "CL140",
)


#: Prescribed medicine by its kind ("prescription medication", "Rx drugs", "harsh laxatives", "synthetic hormone
#: replacement"): what such a page tells its readers to distrust (CL143), and a benefit's subject that is no
#: remedy of the page's (CL142).
MEDICINE_KINDS = lazy_compile(
    r"\b(?:medications?|medicines?|meds|drugs?|pills?|pharmaceuticals?|prescriptions?|rx|antacids?|laxatives?|"
    # (s60) medicine by the name remedy pages give it ("no satisfactory treatment ... in allopathy")
    r"allopath(?:y|ic|ic\s+(?:medicine|treatment|drugs?))|"
    # (s60) a class named in the singular too ("She took the antibiotic, and it did nothing")
    r"antibiotics?|statins?|painkillers?|pain\s+killers?|steroids?|antidepressants?|chemotherapy|chemo|inhalers?|"
    # (s67) the classes a cough, cold or asthma page names ("Cough syrups paralyze the cilia", "bronchodilators etc")
    r"cough\s+(?:syrups?|medicines?|suppressants?)|bronchodilators?|antihistamines?|decongestants?|corticosteroids?|"
    r"nsaids?|(?:beta2?|alpha)[\s-]?(?:agonists?|blockers?)|(?:ace|pump|reuptake)\s+inhibitors?|"
    r"synthetic\s+hormones?|hormone\s+replacement|(?:beta|channel)[\s-]+blockers?|"
    # (s66) medicine as the page's other ("conventional medical treatments for vitiligo are known to be ineffective")
    r"(?:conventional|modern|mainstream|western)\s+(?:medical\s+)?(?:treatments?|medicine|therap(?:y|ies))|(?:prescribed|prescription|steroid)\s+(?:ointments|creams)|"
    # (s58) insulin given as a medicine (the hormone alone is the body's own: "insulin-producing cells"), and a
    # prescribed medicine by the stem of its international non-proprietary name (WHO INN stems: metformin,
    # atorvastatin, lisinopril, losartan, metoprolol, amlodipine, omeprazole, sitagliptin, empagliflozin)
    r"insulin\s+(?:injections?|shots?|therapy|pumps?|pens?)|[a-z]+(?:formin|statin|pril|sartan|olol|dipine|prazole|gliptin|gliflozin|glitazone|thiazide|"
    # (s59) antibiotics by their stems (erythromycin, amoxicillin, doxycycline, ciprofloxacin, gentamicin)
    r"mycin|micin|cillin|cycline|floxacin))\b",
    re.IGNORECASE,
)


#: A home-remedy recipe: a clause that opens with a verb of preparation or dosing and gives a kitchen measure of
#: spoons or drops ("Mix 1 tablespoon of apple cider vinegar in a glass of water", "Take a drop in a glass of water",
#: "Adding 2 tablespoons to a glass of water and drinking it several times a day"). Such a page doses its reader with
#: a remedy of its own making, which is the shape of a page that sells one. Cups, glasses and ounces are left (the
#: coffee and wine of nutrition news), and so is a medicine's dose (``_DOSED_MEDICINE``).
#: Where an instruction of a recipe opens: the start of a sentence or a line, or after "then" or "and"
_CLAUSE_OPENING = r"(?:^|(?<=[.!?:\n])\s*|(?<=\bthen\s)|(?<=\band\s))"
_RECIPE = lazy_compile(
    _CLAUSE_OPENING + r"(?:mix|mixing|add|adding|blend|blending|boil|boiling|steep|"
    # (s67) and the kitchen's other verbs of preparation ("Simmer 1 tsp fenugreek seeds in 1-liter cold water")
    r"simmer|simmering|brew|brewing|infuse|infusing|grind|grinding|"
    r"steeping|dissolve|dissolving|stir|stirring|combine|combining|drink|drinking|apply|applying|massage|rub|soak|"
    r"gargle|squeeze|grate|crush|take|taking|consume|eat)\b[^.!?\n]{0,60}?\b(?:\d+(?:[/-]\d+)?|one|two|three|"
    r"four|five|half\s+a|a\s+few|a|an)\s+(?:heaping\s+|level\s+|full\s+)?(?:tablespoons?|tbsps?|teaspoons?|"
    r"tsps?|drops?|pinch|spoonfuls?)\b",
    re.IGNORECASE,
)
#: (s67) A herbal remedy dosed by how often to take it: an instruction that opens its clause, names a tea, an extract, a
#: juice, seeds or leaves, and gives a frequency ("Drink male fern in a tea three times daily", "Eat black walnut
#: extract ... 3 times per day"); a medicine's dose is left by ``_DOSED_MEDICINE`` (0 on 4.9M clean words)
_DOSED_REMEDY = lazy_compile(
    _CLAUSE_OPENING + r"(?:drink|take|eat|chew|gargle\s+with|use|apply|consume)\b"
    r"[^.!?\n]{0,80}?\b(?:teas?|tinctures?|decoctions?|extracts?|juices?|infusions?|powders?|seeds|leaves|roots?|herbs?|"
    r"oils?|paste|gel)\b[^.!?\n]{0,50}?\b(?:(?:\d+|one|two|three|four|five)\s+times\s+(?:a|per|each|every)\s+day|"
    r"(?:\d+|two|three|four|five)\s+times\s+daily|twice\s+(?:a|per)\s+day|twice\s+daily|thrice\s+daily|"
    r"every\s+(?:morning|night|day))\b",
    re.IGNORECASE,
)
#: (s60) A home mixture put on the body, the other half of a remedy recipe whose measures stand in an ingredient list
#: ("Mix the ingredients in a bowl ... apply the mixture onto the scalp"): a mixture, paste, mask, tonic or juice, not a
#: medicine's cream, ointment or solution (0 on 4.9M clean words)
_TOPICAL_MIXTURE = lazy_compile(
    r"\b(?:apply|applying|massage|massaging|rub|rubbing|spread|smear)\s+(?:the\s+|this\s+|your\s+)?(?:mixture|paste|"
    r"mask|tonic|blend|concoction|remedy|juice)\s+(?:\w+\s+){0,3}?(?:on|onto|into|over|to)\s+(?:the\s+|your\s+)?"
    r"(?:scalp|skin|hair|face|affected\s+(?:area|part|skin)|forehead|chest|gums|joints?|roots|head|feet|teeth)\b",
    re.IGNORECASE,
)
#: A medicine, a syrup or an oral rehydration mixture in the recipe's sentence: a dose or a clinic's instruction
_DOSED_MEDICINE = lazy_compile(
    r"\b(?:medicines?|medications?|doses?|prescri\w*|pills?|tablets?|capsules?|syrups?|formula|rehydration|salt|"
    r"sugar|liquid|fluids?)\b",
    re.IGNORECASE,
)


#: A headline that promises a remedy from outside medicine: "Type 2 diabetes natural remedies", "12 Ways to Lower Blood
#: Sugar Levels Naturally", "How to lower blood pressure without medication", "Home remedies to cure thyroid" (s59),
#: "How to Reverse Hypothyroidism", "Naturopathic treatment of asthma", "Top 10 Herbs for Diabetes", "How to Get Rid of
#: Piles Permanently" (s60)
_REMEDY_HEADLINE = lazy_compile(
    r"\b(?:naturally|natural\s+(?:remed\w*|cures?|solutions?|treatments?|ways?|alternatives?|antidepressants?|"
    r"therap\w*|fix\w*|medicines?|antibiotics?)|(?:home|herbal|folk|ayurvedic)\s+remed\w*|"
    r"without\s+(?:any\s+|the\s+use\s+of\s+)?(?:medications?|medicines?|meds|drugs|pills|antibiotics|surgery|insulin)|"
    r"drug[\s-]free|(?:health\s+|medicinal\s+|healing\s+)?benefits\s+of|"
    # (s60) a treatment named by its school ("Naturopathic treatment of asthma", "Alternative Cancer Therapies")
    r"(?:naturopathic|homeopathic|ayurvedic|holistic|alternative)\s+(?:[\w-]+\s+)?(?:treatments?|therap(?:y|ies)|"
    r"cures?|relief|remed(?:y|ies)|medicines?|approach(?:es)?|solutions?)|"
    # herbs, oils or spices offered for a condition ("Top 10 Herbs for Diabetes", "Best Essential Oils for Anxiety")
    r"(?:herbs|essential\s+oils|spices|herbal\s+teas|superfoods)\s+(?:for|to|that)|"
    # a how-to cure with a promise of speed or permanence ("How to Get Rid of Piles Permanently", "How to cure acne
    # fast")
    r"how\s+to\s+(?:get\s+rid\s+of|cure|heal|treat|stop|eliminate|beat)\b[^?\n]{1,60}?\b(?:permanently|forever|fast|"
    r"quickly|overnight|for\s+good))\b"
    # (s60) a how-to promise to reverse a condition ("How to Reverse Hypothyroidism and Hashimotos", "Reversing Type 2
    # Diabetes", "7 Steps to Reverse Fatty Liver"); a news headline's "Drug reverses memory loss in mice" reports, and
    # the molecular "reverse transcriptase" is no promise
    r"|(?:^\W*(?:\d+\s+)?|\bhow\s+(?:to|i|we|you\s+can)\s+|\b(?:ways?|steps?|tips?|secrets?|keys?)\s+to\s+)"
    r"revers(?:e|ing)\s+(?!transcript|osmosis|engineer|phase|genetic)",
    re.IGNORECASE,
)
#: A headline that debunks, warns or asks whether a remedy works: "The Natural Cancer Cure Lie", "Do natural remedies
#: work?", "5 natural remedies that don't work", "What the science says about home remedies"
_WEIGHING_HEADLINE = lazy_compile(
    r"\b(?:lies?|myths?|fake|hoax|scams?|truth|debunk\w*|facts?|don[\u2019']?t|doesn[\u2019']?t|do\s+not|does\s+not|"
    r"can[\u2019']?t|won[\u2019']?t|isn[\u2019']?t|aren[\u2019']?t|never|dangers?|dangerous|risks?|warnings?|"
    r"evidence|science|scientific|really|research|stud(?:y|ies)|experts?|doctors?|safe|safety|claims?)\b|"
    r"^\W*(?:do|does|can|could|is|are|will|should|would)\b|\?\s*$",
    re.IGNORECASE,
)


def remedy_headline(doc: Document) -> bool:
    """The page's headline (``has_headline``) promises a remedy from outside medicine (``_REMEDY_HEADLINE``) and
    neither debunks, warns nor asks whether it works (``_WEIGHING_HEADLINE``): a page that announces itself as one
    that sells a remedy. Read once a document (``Document.derived``)."""
    return doc.derived(_remedy_headline)


def _remedy_headline(doc: Document) -> bool:
    text = _headline_text(doc)
    if text is None or _REMEDY_HEADLINE.search(text) is None or _WEIGHING_HEADLINE.search(text) is not None:
        return False
    # (s67) a news report's headline is the topic its reporter covers ("Home remedy ideas for cough and cold" over
    # "SAN ANTONIO - ... said Lisa Gill, Consumer Reports' health editor"), not the page's own promise
    return not _filed_as_news(doc)


#: The most blocks of a page's chrome read past for its headline ("Showing posts with label ...", "Skip to content")
_CHROME_BLOCKS = 3
#: The longest line read as a headline below the page's chrome
_CHROME_HEADLINE_WORDS = 14
#: A blog's or a site's chrome above the article: a label listing, a skip link, a breadcrumb
_CHROME = lazy_compile(
    r"^\W*(?:showing\s+posts|posts?\s+(?:tagged|with\s+label)|skip\s+to|home\s*(?:[>\u00bb/|]|$)|you\s+are\s+here|"
    r"menu\b|search\b|share\b|posted\s+(?:on|by|in)\b)",
    re.IGNORECASE,
)


def _headline_text(doc: Document) -> str | None:
    """The page's headline: its first block (``has_headline``), or (s67) the first short line without a closing
    full stop after blocks of a blog's or a site's chrome ("Showing posts with label herbal medicine ..." above "How
    to Use Bitter Melon as a Natural Remedy for Diabetes")."""
    for index, block in enumerate(doc.blocks[: _CHROME_BLOCKS + 1]):
        text = doc.prose[block.start : block.end].strip()
        if index < _CHROME_BLOCKS and _CHROME.match(text):
            continue
        if index == 0:
            return text if has_headline(doc) else None
        if "\n" not in text and len(text.split()) <= _CHROME_HEADLINE_WORDS and text[-1:] not in ".!:":
            return text
        return None
    return None


def _filed_as_news(doc: Document) -> bool:
    """The page is filed as news: a dateline or a wire header opens it (``news_signals``)."""
    signals = news_signals(doc)
    return "dateline" in signals or is_press_release(doc)


def calls_medicine_allopathy(doc: Document) -> bool:
    """The page calls mainstream medicine "allopathy" (s62): homeopathy's founder coined the word for the medicine he
    opposed, and the pages that use it are the ones that sell an alternative ("there is no satisfactory treatment
    available for this disease in allopathy"). It is 0 in the 4.9M clean words and on the 50 careful pages of the read
    sets, and on 2 of their 50 claims pages; the adjective "allopathic" is left, since medical education writes it
    ("the 134th allopathic medical school"), and so is "allopath", a survey's word for a doctor."""
    return "allopathy" in doc.word_index


def holds_remedy_recipe(doc: Document) -> bool:
    """The page gives a home-remedy recipe (``_RECIPE``, or a home mixture put on the body, ``_TOPICAL_MIXTURE``) that
    doses no medicine: a page that makes its own remedy.
    Read once a document (``Document.derived``)."""
    return doc.derived(_holds_recipe)


def _holds_recipe(doc: Document) -> bool:
    for sentence in doc.sentences:
        text = sentence.text
        if (
            (
                _RECIPE.search(text) is not None
                or _TOPICAL_MIXTURE.search(text) is not None
                or _DOSED_REMEDY.search(text) is not None
            )
            and _DOSED_MEDICINE.search(text) is None
            and not in_boilerplate(doc, sentence.start)
        ):
            return True
    return False


#: The options of a rule that reads only remedy pages (CL142-CL147): its gate, the same for each.
GATE_OPTIONS = {
    "min-other-codes": Option(
        2,
        int,
        "How many other claim rules (distinct CL codes at warning or above) must have fired on the page",
    ),
    "marker-codes": Option(
        list(MARKER_CODES),
        list,
        "Claim rules of which one finding at warning or above is enough: each marks a page that sells a remedy (a "
        "cure, safety, stopping treatment, conspiracy, a timeframe, detox, a testimonial, proof with nothing named, "
        "a disease claim for a food, weight loss, a myth, a food matched with a medicine, a medicine's harm)",
    ),
    "recipe-marks": Option(
        True,
        bool,
        "A home-remedy recipe (a verb of preparation or dosing and a measure of spoons or drops, no medicine) marks a "
        "page that sells a remedy by itself",
    ),
    "headline-marks": Option(
        True,
        bool,
        "A headline that promises a remedy from outside medicine ('natural remedies', 'naturally', 'without "
        "medication') and neither debunks, warns nor asks whether it works marks a page that sells a remedy by itself",
    ),
    "allopathy-marks": Option(
        True,
        bool,
        "A page that calls medicine 'allopathy' (homeopathy's word for it, used by the pages that sell an alternative) "
        "is a page that sells a remedy by itself",
    ),
    # (s65) the page score of CL148's sentence scorer opens the page for every rule of the gate, as it did for CL148
    # alone since the sixty-third session
    "min-page-score": Option(
        0.6,
        float,
        "The page score (the mean score of the page's most claim-like sentences under CL148's sentence scorer) that "
        "opens a page no other signal opened (above 1: never)",
    ),
    "page-sentences": Option(
        3,
        int,
        "How many of the page's most claim-like sentences its page score averages, at least",
        minimum=1,
    ),
    "page-share": Option(
        0.125,
        float,
        "The share of a long page's sentences its page score averages, where that is more than page-sentences: "
        "a long NIH guide holds a few claim-like sentences by chance, a remedy page many",
    ),
    "min-page-sentences": Option(
        5, int, "How many sentences a page needs before its own score can open it (a snippet is no page)"
    ),
    "table": Option(
        "",
        str,
        "A claim-scorer table of your own, built by scripts/build_claim_scorer.py from pages your editors "
        "labelled (a path; empty: the shipped table)",
    ),
}


@dataclass(frozen=True)
class RemedyPage:
    """The other claim codes a page drew, whether only a marker rule or a recipe, not ``min-other-codes`` codes,
    opened it, and whether a home-remedy recipe did."""

    codes: tuple[str, ...]
    marked_only: bool
    recipe: bool = False
    headline: bool = False
    #: whether the page's word "allopathy" for medicine opened it
    allopathy: bool = False
    #: how many flat benefits the page credits to foods by name, where that count opened it (CL142's own reading)
    benefits: int = 0
    #: (s63) the page's claim score, where it opened the page (CL148's own reading: the mean score of its most
    #: claim-like sentences)
    scored: float = 0.0


def other_claim_codes(findings: Sequence[Diagnostic], own_code: str) -> tuple[str, ...]:
    """The distinct claim codes other than ``own_code`` the page drew at warning or above, sorted."""
    return tuple(
        sorted(
            {
                d.code
                for d in findings
                if d.code.startswith("CL") and d.code != own_code and d.severity >= Severity.WARNING
            }
        )
    )


def remedy_page(
    findings: Sequence[Diagnostic],
    own_code: str,
    min_codes: int,
    markers: Collection[str],
    doc: Document | None = None,
    headline_doc: Document | None = None,
    allopathy_doc: Document | None = None,
) -> RemedyPage | None:
    """The page's reading as a remedy page from the other rules' ``findings``, or None when it is none: fewer than
    ``min_codes`` distinct other claim codes at warning or above, none of ``markers``, and (with ``doc``) no
    home-remedy recipe on the page, (with ``headline_doc``) no headline that promises a remedy, and (with
    ``allopathy_doc``) no word "allopathy" for medicine (``calls_medicine_allopathy``)."""
    codes = other_claim_codes(findings, own_code)
    marked_only = len(codes) < min_codes
    if marked_only and not set(codes) & set(markers):
        if doc is not None and holds_remedy_recipe(doc):
            return RemedyPage(codes, True, recipe=True)
        if headline_doc is not None and remedy_headline(headline_doc):
            return RemedyPage(codes, True, headline=True)
        if allopathy_doc is not None and calls_medicine_allopathy(allopathy_doc):
            return RemedyPage(codes, True, allopathy=True)
        return None
    return RemedyPage(codes, marked_only)


class RemedyPageRule(Rule):
    """A rule that reads only remedy pages (CL142-CL147): it reads the other rules' findings, declares the gate's
    options, and reads a page (:meth:`read_page`) only when :meth:`remedy_page_of` opens it. Alone (``check``) it sees no findings, so
    a page opens only with ``min-other-codes`` 0."""

    reads_findings = True
    options = dict(GATE_OPTIONS)

    def __init__(self, options: Mapping[str, Any] | None = None, config: Config | None = None) -> None:
        super().__init__(options, config)
        #: the ``table`` option's scorer, loaded here so that a table that is none is a configuration error (exit 2,
        #: the file named) rather than a crash on every page; a relative path is read from the config file's folder
        self._own_scorer: ClaimScorer | None = None
        path = str(self.opts["table"])
        if path:
            table = Path(path).expanduser()
            if not table.is_absolute() and self.config.path is not None:
                table = Path(self.config.path).parent / table
            try:
                self._own_scorer = scorer_from(str(table))
            except ScorerTableError as exc:
                raise RuleError(f"{self.code} ({self.name}) option 'table': {exc}") from None

    def scorer(self) -> ClaimScorer:
        """CL148's sentence scorer: the table of the ``table`` option, else the shipped one."""
        return self._own_scorer or shipped_scorer()

    def sentence_scores(self, doc: Document) -> list[float]:
        """Each sentence's score under :meth:`scorer`, in document order; read once a document per table, whichever
        rule of the gate asks first."""
        return doc.derived(_score_reader(self.scorer()))

    def page_score(self, scores: Sequence[float]) -> float:
        """The mean of the highest of a page's sentence ``scores``: ``page-sentences`` of them, or ``page-share`` of
        them where that is more."""
        count = max(int(self.opts["page-sentences"]), math.ceil(float(self.opts["page-share"]) * len(scores)))
        top = sorted(scores, reverse=True)[:count]
        return sum(top) / len(top) if top else 0.0

    def check(self, doc: Document) -> Iterable[Finding]:
        return self.check_findings(doc, ())

    def check_findings(self, doc: Document, findings: Sequence[Diagnostic]) -> Iterable[Finding]:
        """The gate, then the rule's own reading of an open page (:meth:`read_page`) with the spans the other claim
        rules reported, which it leaves to them."""
        page = self.remedy_page_of(findings, doc)
        if page is None:
            return []
        return self.read_page(doc, page, claimed_spans(findings))

    def read_page(self, doc: Document, page: RemedyPage, claimed: list[tuple[int, int]]) -> Iterable[Finding]:
        """The rule's findings on a page the gate opened; ``claimed``: the other claim rules' file spans."""
        raise NotImplementedError

    def remedy_page_of(self, findings: Sequence[Diagnostic], doc: Document) -> RemedyPage | None:
        """The page as a remedy page under this rule's options, or None: the signals of :func:`remedy_page`, else
        (s65) the page score of CL148's sentence scorer (``min-page-score``, on a page of ``min-page-sentences``)."""
        page = remedy_page(
            findings,
            self.code,
            self.opts["min-other-codes"],
            self.opts["marker-codes"],
            doc if self.opts["recipe-marks"] else None,
            doc if self.opts["headline-marks"] else None,
            doc if self.opts["allopathy-marks"] else None,
        )
        wanted = float(self.opts["min-page-score"])
        if page is not None or wanted > 1 or len(doc.sentences) < int(self.opts["min-page-sentences"]):
            return page
        score = self.page_score(self.sentence_scores(doc))
        if score < wanted:
            return None
        return RemedyPage(other_claim_codes(findings, self.code), True, scored=score)


class PatternOnRemedyPage(RemedyPageRule):
    """A remedy-page rule whose reading is one pattern over the prose (CL144, CL147): each match that no other claim
    rule reported and that is the page's own claim (the claim context) is a finding worded by :meth:`message`."""

    #: the rule's reading
    reading: re.Pattern[str]

    def message(self, words: str, page: RemedyPage) -> str:
        """The finding's message for the matched ``words`` (white space collapsed) on ``page``."""
        raise NotImplementedError

    def read_page(self, doc: Document, page: RemedyPage, claimed: list[tuple[int, int]]) -> Iterable[Finding]:
        prose = doc.prose
        out = []
        for m in self.reading.finditer(prose):
            start, end = m.start(), m.end()
            if left_to_others(doc, start, end, claimed) or not_the_pages_own(claim_context(doc, start, end)):
                continue
            out.append(Finding(start, end, self.message(" ".join(prose[start:end].split()), page)))
        return out


@functools.lru_cache(maxsize=8)
def _score_reader(scorer: ClaimScorer) -> Callable[[Document], list[float]]:
    """One function per table, so that ``Document.derived`` scores a page's sentences once per table."""

    def read(doc: Document) -> list[float]:
        return scorer.score_all([s.text for s in doc.sentences])

    return read


#: (s66) The body's organs doing their own work of clearing, as the sentence's subject ("Our kidneys also detox by
#: excreting waste", "our liver's main role is to detox by ... filtering out toxins", "Our lungs, kidneys, liver ... are
#: all highly evolved to remove and neutralise any 'toxic' foods"): a careful page's physiology, whatever words weigh
_ORGAN_AT_WORK = lazy_compile(
    r"^\W*(?:[\w-]+,?\s+){0,3}?(?:our|your|the)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,6}?"
    r"(?:liver|kidneys?|lungs|bod(?:y|ies)|immune\s+systems?|organs)(?:[\u2019']s)?\b[^.!?]{0,80}?"
    r"\b(?:detox\w*|remov\w+|filter\w*|neutrali[sz]\w+|eliminat\w+|excret\w+|clean\w*|flush\w*|clear\w*)\b",
    re.IGNORECASE,
)
#: ... unless the sentence says the organ needs or gets help, which is the claim ("your liver needs a cleanse to remove")
_ORGAN_HELPED = lazy_compile(
    r"\b(?:needs?|requires?|help(?:s|ed|ing)?|support(?:s|ed|ing)?|boost(?:s|ed|ing)?|overload\w*|clogged|sluggish)\b",
    re.IGNORECASE,
)


#: A sentence opening with a pronoun that carries on the subject of the sentence before ("Our liver filters out toxins.
#: It does this by converting them ..."): CL148 reads it with the sentence it carries on
PRONOUN_CARRIES_ON = lazy_compile(r"\W*(?:it|they|this|these)\b", re.IGNORECASE)


def organ_at_work(sentence: str) -> bool:
    """Whether ``sentence`` tells the body's organs clearing waste by themselves (``_ORGAN_AT_WORK``), with no help."""
    return _ORGAN_AT_WORK.search(sentence) is not None and _ORGAN_HELPED.search(sentence) is None


def claimed_spans(findings: Sequence[Diagnostic]) -> list[tuple[int, int]]:
    """The file spans the other claim rules reported: a reading inside one is left to them."""
    return [(d.start.offset, d.end.offset) for d in findings if d.code.startswith("CL")]


def left_to_others(doc: Document, start: int, end: int, claimed: Sequence[tuple[int, int]]) -> bool:
    """The prose span ``start``-``end`` is not this rule's to report: another claim rule reported it (``claimed``,
    file offsets) or it is the page's boilerplate (a footer, a disclaimer)."""
    file_start, file_end = doc.file_offset(start), doc.file_offset(end)
    return any(a < file_end and b > file_start for a, b in claimed) or in_boilerplate(doc, start)


def not_the_pages_own(ctx: ClaimContext) -> bool:
    """The claim context says the words are not the page's own: negated, debunked, reported, quoted, asked,
    supposed or cited."""
    return ctx.suppressed or ctx.said or ctx.quoted or ctx.question or ctx.hypothetical or ctx.cited


def other_codes_note(page: RemedyPage) -> str:
    """What opened the page, for a message: " (CL101, CL114)", " (a home-remedy recipe)", or nothing."""
    parts = [
        *page.codes,
        *(["a home-remedy recipe"] if page.recipe else []),
        *(["a headline that promises a remedy"] if page.headline else []),
        *(["the word “allopathy” for medicine"] if page.allopathy else []),
        *([f"{page.benefits} health benefits credited to foods by name"] if page.benefits else []),
        *([f"sentences that read as claims, page score {page.scored:.2f}"] if page.scored else []),
    ]
    return f" ({', '.join(parts)})" if parts else ""
