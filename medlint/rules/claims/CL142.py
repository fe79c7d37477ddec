"""CL142 remedy-benefit-on-claims-page: A food or remedy credited with a health benefit, on a page that makes other unsupported health claims."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from contextvars import ContextVar

from ...diagnostic import Diagnostic, Severity
from ...document import Document
from ...evidence.claim_structure import in_boilerplate
from ...evidence.context import claim_context
from ...rule import Example, Finding, Option
from ...text.drug_names import is_drug_name
from ...text.lazy_re import lazy_compile
from ...text.lexicon import (
    FUNCTION_PARTS,
    complaint_words,
    condition_words,
    food_words,
    is_food,
    is_health_word,
)
from ...text.word_classes import BARE_VERB, PLURAL, VERB_S, classes
from ...text.word_frequency import zipf_of
from ._remedy_page import (
    MEDICINE_KINDS,
    RemedyPage,
    RemedyPageRule,
    left_to_others,
    not_the_pages_own,
    other_claim_codes,
    other_codes_note,
)

#: Remedies by kind rather than by name ("this tea", "the juice", "herbal remedies"); foods by name come from
#: the food lexicon (WordNet's foods and edible plants).
#: (s60: and the practices of alternative medicine, "Acupuncture relieves back pain", "Ozone therapy rebalances the immune
#: system")
_REMEDY_NOUNS = frozenset(
    """herb herbs herbal tea teas juice juices oil oils remedy remedies supplement supplements extract extracts
    vinegar tincture tinctures decoction decoctions infusion infusions cleanse cleanses tonic tonics powder
    powders seeds leaves leaf root roots spice spices honey plant plants fruit fruits vegetables soda acv kefir fig
    figs kelp manuka peroxide butter mixture mixtures concoction concoctions potion potions elixir elixirs poultice
    poultices ingredient ingredients compound compounds
    acupuncture acupressure cupping reiki reflexology homeopathy homoeopathy naturopathy ayurveda chiropractic
    hydrotherapy aromatherapy ozone""".split()
)
#: Words of praise for a use ("good for", "effective in", "known for") that, before the gerund of a verb of
#: benefit, name what a remedy is for
_PRAISE = frozenset(
    """good great excellent effective useful beneficial helpful ideal known famous valued prized used recommended
    wonderful perfect powerful valuable efficient potent""".split()
)
_PRAISE_PREPOSITIONS = frozenset("for in at".split())
#: Praise words that, before "for" and an organ or complaint, name no use ("known for its skin", "used for pain" is a
#: description of practice, "recommended for fever" a guide's advice)
_NOT_PRAISE_OF_OBJECT = frozenset("known famous valued prized used recommended".split())
#: The determiners between "good for" and the organ it praises ("good for the heart", "great for your skin")
_OBJECT_DETERMINERS = frozenset("the your a our their".split())
#: (s59: "helps" is a verb of benefit after a remedy named as its subject, but no benefit of a subjectless reading:
#: "The liver produces bile acid that helps in fat metabolism")
_HELP = frozenset("help helps helped helpful assist assists".split())
#: Pronouns that stand for the remedy the sentence before names ("Add turmeric to your meals. It relieves pain.")
_PRONOUNS = frozenset("it they this these".split())
#: Verbs that credit a remedy with a benefit to the body: what the claim says the remedy does.
_BENEFIT = lazy_compile(
    r"(?:cures?|heals?|treats?|relieves?|soothes?|alleviates?|eases?|prevents?|fights?|boosts?|strengthens?|"
    r"protects?|reverses?|eliminates?|flush(?:es)?|detoxif(?:y|ies)|cleanses?|purif(?:y|ies)|regenerates?|"
    r"repairs?|restores?|rejuvenates?|stimulates?|kills?|destroys?|dissolves?|lowers?|reduces?|(?:re)?balances?|"
    r"improves?|normali[sz]es?|regulates?|removes?|stops?|blocks?|enhances?|burns?|melts?|combats?|clears?|"
    r"calms?|nourishes?|supports?|relax(?:es)?|hydrates?|neutrali[sz]es?|aids?|alkali[sz]es?|promotes?|corrects?|"
    r"controls?|"
    # (s67) "fish oil minimizes this inflammation", "lessens the pain", "counteracts acidity"
    r"minimi[sz]es?|lessens?|diminish(?:es)?|counteracts?|tackles?|banish(?:es)?|"
    r"exfoliates?|rid|"
    # (s59) "helps in blood flow", "cleans the liver", "thins the blood"
    r"helps?|cleans?|thins?|"
    # the gerund after "effective in", "good for", "help with" ("effective in treating dandruff")
    r"curing|healing|treating|relieving|soothing|alleviating|easing|preventing|fighting|boosting|strengthening|"
    r"protecting|reversing|eliminating|flushing|detoxifying|cleansing|purifying|regenerating|repairing|"
    r"restoring|rejuvenating|stimulating|killing|destroying|dissolving|lowering|reducing|balancing|improving|"
    r"normali[sz]ing|regulating|removing|stopping|blocking|enhancing|burning|melting|combating|clearing|calming|"
    r"promoting|relaxing|hydrating|neutrali[sz]ing|alkali[sz]ing|correcting|exfoliating|minimi[sz]ing|lessening|"
    r"diminishing|counteracting|tackling|banishing)",
    re.IGNORECASE,
)
#: A line that opens with the verb, the remedy named after "with" or "using": a how-to headline ("Enhance Hair
#: Growth With Onion Juice", "Lower your blood pressure with beet juice")
_IMPERATIVE_WITH = lazy_compile(r"\b(?:with|using|by\s+(?:drinking|eating|taking|using))\b", re.IGNORECASE)
#: Whatever the page offers said to work as well as or better than a class of prescribed treatment ("These products
#: can work as well as medications", "Sometimes, these can work better than drugs", "it is more effective than
#: radiation and chemotherapy"): on a page of unsupported claims, the subject is its remedy, whatever it is called
_MATCHES_MEDICINE = lazy_compile(
    r"\b(?:works?|working|is|are|be|been)\s+(?:just\s+|every\s+bit\s+|at\s+least\s+|almost\s+|nearly\s+|equally\s+|"
    r"far\s+|much\s+|even\s+)?(?:as\s+(?:well|effective(?:ly)?|good|powerful|strong)\s+as|(?:more\s+effective|better|"
    r"stronger|safer)\s+than)\s+(?:(?:many|most|some|any|the|conventional|prescription|prescribed|standard|common|"
    r"regular|pharmaceutical|modern|synthetic|expensive)\s+){0,2}(?:medications?|medicines?|drugs?|pills?|statins?|"
    r"chemo(?:therapy)?|radiation|antidepressants?|antibiotics?|insulin|steroids?|painkillers?|prescriptions?|"
    r"surgery|vaccines?|inhalers?)\b",
    re.IGNORECASE,
)
#: What a benefit is claimed for: a complaint, an organ or a measure of health. A serious disease's name
#: (``condition-words.tsv``, read through ``_is_health_object``) counts too.
_HEALTH_OBJECTS = frozenset(
    """pain pains ache aches inflammation infection infections nausea vomiting heartburn indigestion bloating
    constipation diarrhea diarrhoea cramps spasms fever cough colds flu headache headaches migraine migraines
    insomnia fatigue stress anxiety acne dandruff eczema psoriasis wrinkles hair skin liver kidney kidneys heart
    arteries blood sugar pressure cholesterol triglycerides immunity immune toxins metabolism digestion
    circulation urination stones weight fat belly gut tumor tumors tumour tumours bacteria viruses virus germs
    symptoms ulcers ulcer wounds bones joints memory vision eyesight thyroid hormones libido scalp follicles
    vessels glucose cardiovascular bladder tract stomach intestines colon lungs brain nerves muscles teeth gums
    pores mucus congestion itching itch sinuses sinus nose artery vein veins capillaries body energy mood sleep
    allergies allergy depression concentration healing throat
    fungus fungi candida parasites worms lice mites
    halitosis phlegm cavities caries plaque tartar gum breath""".split()
)
#: Heads that finish a health object's term ("immune system", "liver function", "sugar levels").
_OBJECT_HEADS = frozenset("system systems function functions levels level health growth".split())
#: A hedge inside a reading ("may lower", "has the potential to prevent", "is linked to", "can help"): on a page
#: opened by one marker alone, the cautious wording of a careful writer, not the page's sales pitch
_HEDGE_INSIDE = lazy_compile(
    r"\b(?:may|might|could|potential(?:ly)?|possibly|perhaps|likely|linked|associated)\b",
    re.IGNORECASE,
)
#: Negation between the remedy and its verb takes the claim back ("Lemon does not cure ...").
_NEGATION = lazy_compile(
    r"\b(?:not|no|never|neither|nor|cannot|can['\u2019]?t|won['\u2019]?t|doesn['\u2019]?t|don['\u2019]?t|"
    r"isn['\u2019]?t|aren['\u2019]?t)\b",
    re.IGNORECASE,
)
#: Before a verb of benefit with no remedy as its subject, words that make the benefit no remedy's: a doctor's, a
#: treatment's, the reader's own doing or a habit's ("Your doctor may prescribe insulin to lower blood sugar",
#: "Exercise helps reduce stress"; medicine by its kind is ``MEDICINE_KINDS``)
_NOT_A_REMEDY = lazy_compile(
    r"\b(?:doctors?|physicians?|providers?|clinicians?|nurses?|specialists?|professionals?|surgery|surgeons?|"
    r"vaccines?|vaccination|insulin|metformin|therapy|therapies|"
    r"treatment|exercise|sleep|you|your|we|I)\b",
    re.IGNORECASE,
)
#: Words after a word of benefit that make it a noun ("natural cures for insomnia", "a liver cleanse is ...")
_NOUN_AFTER = frozenset("for of is are was were can will may".split())
#: A blank line: where a paragraph starts in the raw text the readings walk
_BLANK_LINE = lazy_compile(r"\n[ \t]*\n")
#: How far back (characters, within the paragraph) a medicine is looked for before a subjectless benefit, past
#: an abbreviation's full stop that cut the sentence short ("antibiotics for H. pylori ... promote healing")
_MEDICINE_LOOKBACK = 150
_TOKEN = lazy_compile(r"[A-Za-z][A-Za-z'\u2019-]*|[.;:!?]")
#: How many words may stand between the remedy and its verb, and between the verb and what it acts on.
_REACH = 7
#: Marks that end a sentence or clause for the readings; "\n" is the mark put at each blank line (``benefit_readings``)
_STOPS = frozenset(".;:!?\n")


def _is_health_object(word: str) -> bool:
    """A complaint, an organ or a measure of health, a serious disease of the condition lexicon or (s67) an ailment or
    symptom of the complaint lexicon (or its plural)."""
    lower = word.lower()
    if lower in _HEALTH_OBJECTS:
        return True
    singular = lower[:-1] if lower.endswith("s") else None
    return any(
        lower in words or (singular is not None and singular in words)
        for words in (condition_words(), complaint_words())
    )


def _is_remedy(word: str) -> bool:
    """A remedy named by its kind ("tea", "extract"), a food or edible plant by its name ("lemon", "turmeric"), or
    a name the page being read repeats for its own remedy (``page_remedies``: "ashwagandha", "moringa")."""
    lower = word.lower()
    return lower in _REMEDY_NOUNS or is_food(lower) or lower in _PAGE_REMEDIES.get()


#: The names the page being read gives its own remedies (``page_remedies``), set by CL142 while it reads the page
_PAGE_REMEDIES: ContextVar[frozenset[str]] = ContextVar("page_remedies", default=frozenset())
#: How often a page must write a name no word list holds before it counts as the page's remedy
_PAGE_REMEDY_USES = 3
#: The most names taken as a page's remedies (a page is about one or a few)
_PAGE_REMEDY_NAMES = 5


def page_remedies(doc: Document) -> frozenset[str]:
    """The names a remedy page repeats that no word list holds: a herb, a supplement or a compound the food lexicon
    lacks ("ashwagandha", "moringa", "triphala", "shilajit", "curcumin"), written ``_PAGE_REMEDY_USES`` times or
    more. Not a word of English at large or of NIH health writing (a condition the page is about: "tinnitus",
    "vitiligo"), a drug name or a disease of the condition lexicon; alphabetic and four letters or more."""
    conditions = condition_words()
    counts = sorted(
        ((len(at), w) for w, at in doc.word_index.items() if len(at) >= _PAGE_REMEDY_USES),
        reverse=True,
    )
    lowers = doc.words().lowers
    names = [
        w
        for _, w in counts
        if len(w) >= 4
        and w.isalpha()
        and zipf_of(w) is None
        and not is_health_word(w)
        and not is_drug_name(w)
        and w not in conditions
        and w.rstrip("s") not in conditions
        and _named_as_remedy(lowers, doc.word_index[w])
    ]
    return frozenset(names[:_PAGE_REMEDY_NAMES])


#: How many words either side of a name ``_named_as_remedy`` reads
_NAME_REACH = 4


def _named_as_remedy(lowers: Sequence[str], at: Sequence[int]) -> bool:
    """Somewhere the page writes the name beside a remedy's kind ("ashwagandha root", "moringa leaf powder", "an
    herb called triphala") and nowhere beside a medicine's ("cromolyn inhaler", "the drug cromolyn")."""
    remedy = False
    for i in at:
        near = " ".join(lowers[max(0, i - _NAME_REACH) : i + _NAME_REACH + 1])
        if MEDICINE_KINDS.search(near) or _MEDICINE_NEAR.search(near):
            return False
        remedy = remedy or any(word in _REMEDY_NOUNS or word in _REMEDY_KINDS for word in near.split())
    return remedy


#: Kinds of remedy a page names beside its herb or supplement besides ``_REMEDY_NOUNS``
_REMEDY_KINDS = frozenset(
    "herb herbs plant plants shrub tree berry berries spice supplement supplements capsules".split()
)
#: Medicine by its form, beside a name (``MEDICINE_KINDS`` holds the rest)
_MEDICINE_NEAR = lazy_compile(r"\b(?:inhalers?|injections?|sodium|hydrochloride|mg|tablets?|nasal\s+spray)\b")


#: Words before a food word that is also a verb ("treat", "produce", "supplement") that make it the verb: a
#: subject pronoun, a modal, "to" or "not" ("they treat", "can produce", "to supplement").
_VERB_BEFORE = frozenset(
    "i we you they he she it who that which to not can could may might must should will would do does did".split()
)


#: Determiners after such a word that make it a verb before its object ("treat the cause", "produce a hormone").
_OBJECT_OPENERS = frozenset("the a an your this these that those any all my our their his her its".split())


def _verb_here(toks: list[tuple[str, int, int]], i: int, sentence_start: int) -> bool:
    """The food word at ``i`` is a verb here: a word both ("treat", "produce") before a determiner that opens its
    object ("treat the underlying cause"), or after a plural noun, a subject pronoun, a modal or "to" ("Health
    care providers treat gastritis", "Healthy kidneys produce the hormone")."""
    cls = classes(toks[i][0].lower())
    if VERB_S in cls and i > sentence_start:
        # (s59) a verb's -s form after an organ or a pronoun as its subject: "The liver produces bile", "it treats";
        # not after a noun that makes a compound of it ("folk remedies") nor after a verb ("Eat dates daily")
        before = toks[i - 1][0].lower()
        if before in _VERB_BEFORE or before in _HEALTH_OBJECTS:
            return True
    if BARE_VERB not in cls:
        return False
    if i + 1 < len(toks) and toks[i + 1][0].lower() in _OBJECT_OPENERS:
        return True  # the verb before its object: "treat the underlying cause", "Supplement your diet"
    if i == sentence_start:
        return False
    before = toks[i - 1][0].lower()
    return before in _VERB_BEFORE or PLURAL in classes(before)


def _object_end(toks: list[tuple[str, int, int]], j: int) -> int | None:
    """The index of the last word of the health object within ``_REACH`` words after token ``j`` (the whole
    term: "blood pressure", "immune system", "liver function"), or None."""
    for k in range(j + 1, min(len(toks), j + 1 + _REACH)):
        if toks[k][0] in _STOPS:
            return None
        if _is_health_object(toks[k][0]):
            while k + 1 < len(toks) and (
                _is_health_object(toks[k + 1][0]) or toks[k + 1][0].lower() in _OBJECT_HEADS
            ):
                k += 1
            return k
    return None


#: Nouns of a use after a word of praise and "in" or "for" ("helpful in the prevention and treatment of allergy").
_USE_NOUNS = frozenset(
    "prevention treatment relief management cure elimination removal healing control".split()
)


def _use_object(toks: list[tuple[str, int, int]], i: int) -> int | None:
    """The last word of the health object that the praise word at ``i`` names through "against" ("effective
    against intestinal worms"), through "in" and a complaint ("beneficial in constipation") or through "in"/"for", a
    noun of use and "of" ("helpful in the prevention and treatment of allergy"), or None."""
    j = i + 1
    if j >= len(toks):
        return None
    prep = toks[j][0].lower()
    # (s60) praise "in" a complaint named at once reads as "against" does ("Ginger is beneficial in constipation";
    # "useful in the body" names none)
    if prep == "against" or (prep == "in" and j + 1 < len(toks) and _is_health_object(toks[j + 1][0])):
        k = _object_end(toks, j)
        return k if k is not None and k <= j + 3 else None
    if prep not in _PRAISE_PREPOSITIONS:
        return None
    j += 1
    if j < len(toks) and toks[j][0].lower() == "the":
        j += 1
    if j >= len(toks) or toks[j][0].lower() not in _USE_NOUNS:
        return None
    j += 1
    if j + 1 < len(toks) and toks[j][0].lower() in ("and", "or") and toks[j + 1][0].lower() in _USE_NOUNS:
        j += 2
    if j >= len(toks) or toks[j][0].lower() != "of":
        return None
    k = _object_end(toks, j)
    return k if k is not None and k <= j + 3 else None


def _gerund_of_use(toks: list[tuple[str, int, int]], j: int) -> bool:
    """The gerund at ``j`` names a use: after "help with", "good for", "effective in" and the like."""
    return (
        j >= 2
        and toks[j - 1][0].lower() in _PRAISE_PREPOSITIONS | {"with"}
        and toks[j - 2][0].lower() in _PRAISE | _HELP
    )


#: (s55) Healing properties as the remedy's predicate ("It is anti-bacterial and anti-microbial", "a compound with
#: strong antifungal and antiparasitic effects", "boasts potent antiviral activity"): a therapeutic action claimed
#: with no trial named. Antioxidants are left (a nutrient's chemistry, which nutrition guides state).
_PROPERTY_WORD = (
    r"(?:anti-?(?:inflammatory|bacterial|viral|fungal|microbial|parasitic|septic|cancer|carcinogenic|tumou?r|diabetic|"
    r"aging|ageing|histamine|spasmodic)|antiseptic|antibacterial|antiviral|antifungal|antimicrobial|antiparasitic|"
    r"analgesic|astringent|expectorant|detoxifying|healing|medicinal|curative|therapeutic|"
    # (s66) a calming action named as a property ("Lavender is one herb that has relaxing properties"), and a remedy
    # named as a natural one of medicine's classes ("are very effective natural antidepressants")
    r"(?:relaxing|calming|sedative|soothing)\s+(?:properties|effects?|qualities)|"
    r"natural\s+(?:antidepressants?|sedatives?|painkillers?|antibiotics?|tranquili[sz]ers?|laxatives?|diuretics?|"
    r"antihistamines?))"
)
_PROPERTY = lazy_compile(
    r"\b(?:is|are|has|have|with|contains?|possess(?:es)?|boasts?|exhibits?|shows?|offers?)\s+(?:[\w-]+\s+){0,3}?"
    rf"{_PROPERTY_WORD}(?:\s*,?\s*(?:and\s+|or\s+)?{_PROPERTY_WORD})*"
    r"(?:\s+(?:properties|effects?|activity|actions?|agents?|qualities|benefits))?\b",
    re.IGNORECASE,
)
#: (s55) A use claimed in the predicate: the remedy named as a remedy for a complaint ("Chamomile tea is a natural
#: remedy for insomnia"), praised for a group of sufferers ("good for diabetics", "beneficial for people with
#: arthritis"), keeping an organ well ("keeps your kidneys healthy") or hastening healing ("speeds up wound healing")
_USE = lazy_compile(
    r"\b(?:is|are)\s+(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:(?:very|really|most|great|excellent|effective|powerful|"
    r"natural|proven|traditional|popular|simple|wonderful|best|home|herbal|ancient|time-tested|perfect)\s+){0,3}"
    r"(?:remed(?:y|ies)|cures?|treatments?|solutions?|fix|antidotes?)\s+(?:for|against)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+|"
    r"\b(?:good|great|excellent|beneficial|helpful|ideal|useful|perfect|recommended)\s+for\s+(?:diabetics|asthmatics|"
    r"arthritics|epileptics|hypertensives|(?:people|patients|those|anyone|women|men|children|sufferers)\s+"
    r"(?:with|who\s+(?:have|suffer)|suffering))\b|"
    r"\bkeeps?\s+(?:your|the|our)\s+(?:[\w-]+\s+){1,2}?(?:healthy|strong|clean|young|functioning\s+properly)\b|"
    # used as a remedy ("can be used as a natural remedy for urinary infections"; a treatment so used is a study's
    # drug as often), named for the good it does ("an
    # immunity booster", "a blood purifier"), or said to help in a use ("helps in the management of diabetes")
    r"\bused\s+as\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:remedy|cure|tonic)\s+(?:for|against)\b|"
    r"\b(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:(?:immunity|immune|energy|metabolism|brain|mood|memory|"
    r"libido)\s+boosters?|(?:blood|liver|kidney|colon)\s+(?:purifiers?|cleansers?|tonics?)|fat\s+burners?)\b|"
    r"\b(?:helps?|aids?|assists?)\s+in\s+(?:the\s+)?(?:management|treatment|prevention|control|cure|healing|relief|"
    r"reduction|formation|production|regeneration|repair)\s+of\b|"
    # (s66) a remedy's purpose to fight a complaint ("the most trusted food item to fight anaemia is Beet")
    r"\b(?:to|for)\s+(?:fight(?:ing)?|combat(?:ing)?|beat(?:ing)?)\s+(?:off\s+)?(?:[\w-]+\s+)?(?:anaemia|anemia|"
    r"infections?|diseases?|cancer|diabetes|arthritis|inflammation|allergies|colds?|flu|acne|fatigue|obesity)\b|"
    r"\b(?:speeds?\s+up|accelerates?|hastens?)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:healing|recovery)\b",
    re.IGNORECASE,
)
#: Words that make a property the medicine's or the research's ("the drug has anti-inflammatory effects")
_NOT_REMEDY_PROPERTY = lazy_compile(
    r"\b(?:drugs?|medications?|medicines?|steroids?|nsaids?|ibuprofen|aspirin|"
    r"study|studies|researchers?|trial|mice|rats|cells)\b",
    re.IGNORECASE,
)


def property_readings(doc: Document) -> list[tuple[int, int]]:
    """Spans of healing properties (``_PROPERTY``) or uses (``_USE``) claimed for a remedy the sentence names (or a
    pronoun opening the sentence stands for, its sentence before naming one), in a sentence with no medicine or
    research."""
    prose = doc.prose
    out = []
    named_before = False
    for sentence in doc.sentences:
        text = sentence.text
        names = any(_is_remedy(m.group()) for m in _TOKEN.finditer(text))
        pronoun = named_before and _PRONOUN_OPENING.match(text) is not None
        named_before = names
        # (s66) a medicine's class after "natural" names the remedy as one ("effective natural antidepressants")
        medicine = any(
            not text[: m.start()].rstrip().lower().endswith("natural") for m in MEDICINE_KINDS.finditer(text)
        )
        if not (names or pronoun) or _NOT_REMEDY_PROPERTY.search(text) or medicine:
            continue
        for pattern in (_PROPERTY, _USE):
            for m in pattern.finditer(prose, sentence.start, sentence.start + len(text)):
                out.append((m.start(), m.end()))
    return out


#: A pronoun opening a sentence for the remedy the sentence before names ("It is anti-bacterial")
_PRONOUN_OPENING = lazy_compile(
    r"\s*(?:(?:also|moreover|furthermore|additionally|besides|plus|and|in\s+addition),?\s+)?(?:it|they|this|these)\b",
    re.IGNORECASE,
)
#: Connectives that may open a sentence before the pronoun that stands for the remedy ("Also they possess
#: anti-inflammatory properties", "Moreover, it relieves pain"): the pronoun still opens the clause (s56)
_CONNECTIVES = frozenset("also moreover furthermore additionally besides plus and".split())


def _names_remedy(toks: list[tuple[str, int, int]], start: int, end: int) -> bool:
    """Tokens ``start`` to ``end`` (a sentence) name a remedy, which a pronoun opening the next one may stand for."""
    return any(toks[t][0] not in _STOPS and _is_remedy(toks[t][0]) for t in range(start, end))


def _paragraph_start(breaks: list[int], at: int) -> int:
    """Where the paragraph holding offset ``at`` starts: the last of ``breaks`` (the ends of the text's blank
    lines) before it, or 0."""
    k = bisect.bisect_right(breaks, at) - 1
    return breaks[k] if k >= 0 else 0


def _subjectless_benefit(
    text: str, toks: list[tuple[str, int, int]], i: int, sentence_start: int, paragraph_start: int
) -> int | None:
    """The last token of a benefit read at the verb ``i`` whatever its subject ("Black seed oil comes from a
    flowering plant. Taken daily, a spoonful will regulate sugar levels"), or None: a lower-case verb of benefit in
    its finite or bare form, not a noun ("cures for", "a cleanse is"), its object within four words; no negation
    just before it, no medicine, doctor, treatment, habit or reader before it in the sentence (or within
    ``_MEDICINE_LOOKBACK`` characters of its paragraph), no drug named in its paragraph, and a remedy named in its
    paragraph before it, so that the benefit is the remedy's the page is about, and no medicine or doctor named
    after it in the sentence ("treat diabetes with insulin"); a relative clause's verb only
    where the sentence names the remedy ("disorders ... that block the blood supply" describes a disease)."""
    word, w_start = toks[i][0], toks[i][1]
    if not _BENEFIT.fullmatch(word) or word.lower().endswith("ing") or not word[:1].islower():
        return None
    if i + 1 < len(toks) and toks[i + 1][0].lower() in _NOUN_AFTER:
        return None
    if i > sentence_start and toks[i - 1][0].lower() in ("that", "which", "who"):
        if not _names_remedy(toks, sentence_start, i):
            return None
    look_from = min(toks[sentence_start][1], max(w_start - _MEDICINE_LOOKBACK, paragraph_start))
    if _NOT_A_REMEDY.search(text, look_from, w_start) or MEDICINE_KINDS.search(text, look_from, w_start):
        return None
    if _NEGATION.search(text, toks[max(sentence_start, i - 3)][1], w_start):
        return None
    before = []  # the paragraph's words before the verb, walked back (not the whole text's: long pages)
    for t in range(i - 1, -1, -1):
        if toks[t][1] < paragraph_start:
            break
        if toks[t][0] not in _STOPS:
            before.append(toks[t][0])
    if any(is_drug_name(w.lower()) for w in before) or not any(_is_remedy(w) for w in before):
        return None
    k = _object_end(toks, i)
    if k is None or k > i + 4:
        return None
    stop = next((t for t in range(k, len(toks)) if toks[t][0] in _STOPS), len(toks) - 1)
    after = text[toks[k][2] : toks[stop][2]]
    if _NOT_A_REMEDY.search(after) or MEDICINE_KINDS.search(after):
        return None  # the means named after it is a medicine's or a doctor's ("treat diabetes with insulin")
    return k


def benefit_readings(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans "remedy ... verb of benefit ... health object" in ``text[start:end]``: a food or remedy (or a
    pronoun opening a sentence after one that names a remedy), within ``_REACH`` words a verb of benefit with
    no negation between, and within ``_REACH`` words after it a complaint, an organ or a measure of health,
    none of them across a sentence's or clause's mark; and a line that opens with the verb and names the
    remedy after "with" ("Enhance Hair Growth With Onion Juice")."""
    food_words()  # the lexicon, loaded once
    toks = [
        (m.group(), m.start(), m.end())
        for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
    ]
    spans: list[tuple[int, int]] = []
    breaks = [m.end() for m in _BLANK_LINE.finditer(text)]
    if breaks:
        # (s60) a blank line ends a sentence as a full stop does: a headline with no end mark is not the subject of
        # the paragraph under it ("Hair regrowth natural remedies" + "The following tonic will help you regrow ...")
        marks = [("\n", b, b) for b in breaks]
        toks = sorted(toks + marks, key=lambda t: (t[1], t[0] != "\n"))
    sentence_start = 0  # index of the first token of the current sentence
    previous_sentence = (0, 0)
    pronoun_led = False  # the sentence opens with a pronoun for the remedy the sentence before names
    i = 0
    while i < len(toks):
        word, w_start, w_end = toks[i]
        if word in _STOPS:
            previous_sentence = (sentence_start, i)
            sentence_start = i + 1
            i += 1
            continue
        opening = i == sentence_start
        pronoun = (
            (opening or (i == sentence_start + 1 and toks[sentence_start][0].lower() in _CONNECTIVES))
            and word.lower() in _PRONOUNS
            and _names_remedy(toks, *previous_sentence)
        )
        if opening or pronoun:
            pronoun_led = pronoun
        if opening and _BENEFIT.fullmatch(word) and word[:1].isupper():
            k = _object_end(toks, i)
            stop = next((t for t in range(i, len(toks)) if toks[t][0] in _STOPS), len(toks))
            line_end = text.find("\n", w_start)
            limit = len(text) if line_end == -1 else line_end
            if k is not None:
                tail = text[toks[k][2] : min(toks[stop - 1][2], limit)] if stop > k else ""
                with_at = _IMPERATIVE_WITH.search(tail)
                if with_at is not None and any(
                    _is_remedy(m.group()) for m in _TOKEN.finditer(tail, with_at.end())
                ):
                    spans.append((w_start, toks[k][2] + with_at.end() + len(tail[with_at.end() :].rstrip())))
                    i = stop
                    continue
        if (
            word.lower() in _PRAISE - _NOT_PRAISE_OF_OBJECT
            and i + 2 < len(toks)
            and toks[i + 1][0].lower() == "for"
            and (_is_health_object(toks[i + 2][0]) or toks[i + 2][0].lower() in _OBJECT_DETERMINERS)
        ):
            # "excellent for the gut", "a wonder remedy ... great for your skin": praise of a use, its object named
            k = _object_end(toks, i + 1)
            if k is not None and k <= i + 4:
                spans.append((w_start, toks[k][2]))
                i = k + 1
                continue
        if word.lower() in _PRAISE and i + 2 < len(toks) and toks[i + 1][0].lower() in _PRAISE_PREPOSITIONS:
            # "good for healing the urinary tract", "effective in treating dandruff", "known for promoting kidney
            # health": the frame names a remedy's use, whatever its subject is called
            gerund = toks[i + 2][0]
            if gerund.lower().endswith("ing") and _BENEFIT.fullmatch(gerund):
                k = _object_end(toks, i + 2)
                if k is not None:
                    spans.append((w_start, toks[k][2]))
                    i = k + 1
                    continue
        if word.lower() in _PRAISE and (pronoun_led or _names_remedy(toks, sentence_start, i)):
            # "effective against intestinal worms", "helpful in the prevention and treatment of allergy": praise of
            # what a remedy the sentence names acts on, through "against" or a noun of use; a medicine or a vaccine
            # praised so is no remedy of the page's, so the remedy must be named before the praise
            k = _use_object(toks, i)
            if k is not None:
                spans.append((w_start, toks[k][2]))
                i = k + 1
                continue
        k = (
            _subjectless_benefit(text, toks, i, sentence_start, _paragraph_start(breaks, w_start))
            # (one reading a sentence: "Birch leaf tea stimulates urination and stops spasms" is one claim)
            if _BENEFIT.fullmatch(word)
            and word.lower() not in _HELP
            and not (spans and spans[-1][1] > toks[sentence_start][1])
            else None
        )
        if k is not None:
            spans.append((w_start, toks[k][2]))
            i = k + 1
            continue
        if not (pronoun or (_is_remedy(word) and not _verb_here(toks, i, sentence_start))):
            i += 1
            continue
        found = None
        for j in range(i + 1, min(len(toks), i + 1 + _REACH)):
            verb = toks[j][0]
            if verb in _STOPS:
                break
            if _BENEFIT.fullmatch(verb):
                if verb.lower().endswith("ing") and not _gerund_of_use(toks, j):
                    continue  # a purpose or a topic ("a supplement aimed at reducing ..."), not what it does
                if _NEGATION.search(text, w_end, toks[j][1]):
                    break
                k = _object_end(toks, j)
                if k is not None:
                    found = (w_start, toks[k][2], k)
                break
        if found is None:
            i += 1
            continue
        # the remedy's name from its first word ("Birch leaf tea", "Apple cider vinegar"): up to two words before
        # the one that named it, neither a function word nor a mark
        first = i
        while (
            not pronoun
            and first > sentence_start
            and i - first < 2
            and toks[first - 1][0].lower() not in FUNCTION_PARTS
            and not _BENEFIT.fullmatch(toks[first - 1][0])
        ):
            first -= 1
        spans.append((toks[first][1], found[1]))
        i = found[2] + 1
    return spans


#: How many words from a benefit reading's start its remedy may be named ("Regular consumption of garlic thins")
_NAMED_WITHIN = 4


def _named_benefits(doc: Document) -> int:
    """How many sentences credit a food or remedy named in the sentence's first words with a flat benefit: a reading
    of ``benefit_readings`` whose first ``_NAMED_WITHIN`` words name a remedy, that is the page's own (not negated,
    reported, asked, supposed or cited), no study's result, and not hedged. Read once a document."""
    return doc.derived(_count_named_benefits)


#: Below this many verbs of benefit in all, the bound is the verbs' count (no remedy look-up needed)
_FEWEST_VERBS = 5


def _verbs_after_remedies(doc: Document) -> int:
    """How many finite verbs of benefit stand within ``_REACH`` words after a remedy's word, from the document's word
    index alone: a cheap upper bound of ``_count_named_benefits``, so that a page far from five such claims (nearly
    every news story and NIH answer) is not walked token by token."""
    index = doc.word_index
    verbs = [p for word, at in index.items() if _BENEFIT.fullmatch(word) for p in at]
    if len(verbs) < _FEWEST_VERBS:
        return len(verbs)
    token = _PAGE_REMEDIES.set(page_remedies(doc))
    try:
        remedies = sorted(p for word, at in index.items() if _is_remedy(word) for p in at)
    finally:
        _PAGE_REMEDIES.reset(token)
    if not remedies:
        return 0
    count = 0
    for p in verbs:
        k = bisect.bisect_left(remedies, p)
        if k > 0 and p - remedies[k - 1] <= _REACH:
            count += 1
    return count


def _count_named_benefits(doc: Document) -> int:
    prose = doc.prose
    token = _PAGE_REMEDIES.set(page_remedies(doc))
    try:
        sentences: set[int] = set()
        for start, end in benefit_readings(prose):
            words = [m.group() for m in _TOKEN.finditer(prose, start, end)][:_NAMED_WITHIN]
            if not any(_is_remedy(w) for w in words):
                continue
            ctx = claim_context(doc, start, end)
            if (
                not_the_pages_own(ctx)
                or ctx.research
                or ctx.hedged
                or _HEDGE_INSIDE.search(prose, start, end)
            ):
                continue
            if in_boilerplate(doc, start):
                continue
            sentences.add(start)
    finally:
        _PAGE_REMEDIES.reset(token)
    return len(sentences)


class RemedyBenefitOnClaimsPage(RemedyPageRule):
    """A food or remedy credited with a health benefit, on a page that makes other unsupported health claims.

    "Birch leaf tea stimulates urination and stops spasms", "Lemon water relieves heartburn", "Garlic
    boosts your immune system" (since the sixty-sixth session also a fungus or a parasite as what a remedy acts on,
    "effective against the toenail fungus", a calming property, "has relaxing properties", and a remedy named as a
    natural one of medicine's classes, "are very effective natural antidepressants"): a food, herb or remedy as the subject of a verb of benefit (cures,
    relieves, boosts, lowers, flushes ...) on a complaint, an organ or a measure of health; also through a
    pronoun that opens the next sentence ("Add turmeric to your meals. It relieves joint pain."), in the
    gerund ("Onion can help with restoring hair follicles") and in a how-to line that opens with the verb
    and names the remedy after "with" ("Enhance Hair Growth With Onion Juice"), a verb of benefit whatever
    its subject in a paragraph that names a remedy before it and no drug, with no medicine, doctor, treatment,
    habit or reader before it in its sentence ("Black seed oil comes from a flowering plant. Taken daily, a
    spoonful will regulate sugar levels"; written in the fifty-fourth session: on the read sets it found 8
    labelled claims more and 4 sentences outside the labels, on the never-read sets 3 and 2, on 4.9M clean
    words one, in an NIH answer on gastritis), and praise of a use with the
    organ or complaint it is for ("Kefir is excellent for the gut!", "great for your skin"); and whatever the page offers
    said to work as well as or better than a class of prescribed treatment ("These products can work as well
    as medications", "it is more effective than radiation and chemotherapy"), or praised for such a use,
    whatever it is called ("Chanca piedra is good for dissolving calcium stones", "It is effective in treating
    dandruff"), or praised for what it acts on after a remedy the sentence names, through "against" or a
    noun of use ("Black seed oil is effective against fungal infections", "Apple cider vinegar is extremely
    helpful in the prevention and treatment of allergy"; a vaccine praised so names no remedy); and (since the
    fifty-fifth session) healing properties as a remedy's predicate ("It is anti-bacterial and anti-microbial", "a
    compound with strong antifungal and antiparasitic effects"; not a medicine's, research's or a nutrient's
    antioxidants: ``property_readings``), a use in the predicate ("is a natural remedy for insomnia", "good for
    diabetics", "keeps your kidneys healthy", "speeds up wound healing"), and a name no word list holds that the page
    repeats beside a remedy's kind as its remedy ("ashwagandha", "moringa": ``page_remedies``). Written in a
    nutrition guide, such a sentence may be fair; the same sentence on a page that already claims cures,
    conspiracies, detoxes or testimonials (``min-other-codes`` other claim rules at warning or above, or
    one finding of a rule in ``marker-codes``, whose findings mark a page that sells a remedy: a cure, a
    testimonial, advice to stop treatment, a food matched with a medicine ...) is
    part of its sales pitch, and the FTC judges a page by its net impression: every health claim on it
    needs competent and reliable scientific evidence. So the rule reads the other rules' findings
    (``Rule.reads_findings``) and fires only on such a page, where it reports every such sentence the
    other claim rules left. Pages of health news and NIH answers seldom carry two claim findings (2 of
    2,128 FakeHealth stories); pages that debunk claims carry their claims negated or reported, and those
    are not read here either (negation between the remedy and its verb, and the claim context:
    debunked, reported, quoted, asked). A page opened by one marker alone is read for its flat claims:
    a hedge inside the reading ("may lower", "has the potential to prevent") leaves it; a flat "helps" is no
    hedge (s59: "Consuming garlic helps lower bad cholesterol" is the listicle's own claim, and "helps in blood
    flow", "cleans the liver", "thins the blood" are read as benefits; on the read sets 5 labelled claims more, on
    the never-read sets 4, no new careful trap once others' view, "Many people consider X as", was read as
    theirs; 0 new on 4.9M clean words). Since the fifty-ninth session the rule also opens a page by its own count
    (option ``min-named-benefits``, 5): five sentences that credit a food named in their first words with a flat
    benefit, the page's own and no study's, make a "10 health benefits of garlic" listicle a remedy page by itself; on
    the 4.9M clean words no document reaches five (two FakeHealth stories and three NIH answers reach four readings
    of any kind, but not of a food by name), and no careful page of the read sets more than three of any kind. A food
    word that is also a verb ("treat", "produce") is read as the verb before a determiner or after a
    plural noun, a subject pronoun, a modal or "to" ("Health care providers treat gastritis", "Healthy
    kidneys produce the hormone"). On the 50 claims pages of the five read page sets, the marker codes
    opened 13 pages below two codes and found 7 more labelled claims, with no new trap on their 50
    careful pages; on 4.9M clean words they added 2 findings, both in the clean sentences' ten-abstract
    paragraphs (a marker in one abstract, a reading in another).
    """

    code = "CL142"
    name = "remedy-benefit-on-claims-page"
    category = "claims"
    severity = Severity.WARNING
    source = (
        "FTC Health Products Compliance Guidance (2022): a page's net impression, and competent and reliable "
        "scientific evidence for every health claim; FDA, 21 CFR 101.93(g); HealthNewsReview.org criterion "
        '"Does the story/release include unjustifiable, sensational language?"'
    )
    should_fire = (
        Example(
            "Garlic is a herb used in cooking.\n\nGarlic lowers blood pressure. Garlic thins the blood. Garlic kills "
            "bacteria. Garlic boosts the immune system. Garlic relieves colds.",
            note="five flat benefits credited to a food by name open the page by themselves",
        ),
        Example(
            "Health Benefits of Garlic\n\nConsuming garlic helps lower bad cholesterol. Garlic thins the blood.",
            note="a headline that promises a remedy opens the page; a flat 'helps' is the page's claim",
        ),
        Example(
            "Doctors won't tell you this, but garlic cures cancer. Birch leaf tea stimulates urination and stops "
            "spasms. Detox your body with our cleanse.",
            note="a page with other claim findings",
        ),
        Example("Lemon water relieves heartburn.", options={"min-other-codes": 0}),
        Example(
            "How I reversed my type 2 diabetes in 30 days.\n\nCinnamon lowers blood sugar.",
            note="one finding of a marker rule (CL114's testimonial) opens the page",
        ),
    )
    should_not_fire = (
        Example("Lemon water relieves heartburn.", note="no other claim on the page"),
        Example(
            "Garlic is a herb used in cooking.\n\nGarlic lowers blood pressure. Garlic may thin the blood. Some say "
            "garlic kills bacteria. Garlic boosts the immune system. The liver produces bile that helps in digestion.",
            note="three flat benefits by name, a hedged one, a reported one, and an organ's work: the page stays shut",
        ),
        Example("Garlic does not cure colds.", options={"min-other-codes": 0}),
        Example(
            "Some people believe that lemon water relieves heartburn, but there is no evidence.",
            options={"min-other-codes": 0},
        ),
    )

    options = {
        **RemedyPageRule.options,
        "min-named-benefits": Option(
            5,
            int,
            "How many sentences crediting a food or remedy by name with a flat health benefit (this rule's own reading, "
            "not hedged, negated, reported or a study's result) open a page no other gate opened: a page of such "
            "benefits is a remedy page by itself (0: never)",
        ),
    }

    def remedy_page_of(self, findings: Sequence[Diagnostic], doc: Document) -> RemedyPage | None:
        """The shared gate, then (s59) the page's own count of flat benefits credited to foods by name: a listicle
        of "10 health benefits of garlic" opens no other gate, yet every sentence of it is such a claim."""
        page = super().remedy_page_of(findings, doc)
        wanted = int(self.opts["min-named-benefits"])
        if page is not None or wanted <= 0:
            return page
        if _verbs_after_remedies(doc) < wanted:
            return None  # the cheap bound: no page this far from the count is walked token by token
        named = _named_benefits(doc)
        if named < wanted:
            return None
        return RemedyPage(other_claim_codes(findings, self.code), True, benefits=named)

    def read_page(self, doc: Document, page: RemedyPage, claimed: list[tuple[int, int]]) -> Iterable[Finding]:
        # a page opened by one marker alone (a cure, a testimonial ...) is read for its flat claims only: a hedged
        # one ("may be linked to", "has the potential to") there is as likely a careful writer's
        marked_only = page.marked_only
        out = []
        prose = doc.prose
        token = _PAGE_REMEDIES.set(page_remedies(doc))
        try:
            readings = [(start, end, False) for start, end in benefit_readings(prose)]
            readings += [(m.start(), m.end(), True) for m in _MATCHES_MEDICINE.finditer(prose)]
            readings += [(start, end, False) for start, end in property_readings(doc)]
        finally:
            _PAGE_REMEDIES.reset(token)
        for start, end, compared in sorted(readings):
            if left_to_others(doc, start, end, claimed):
                continue
            ctx = claim_context(doc, start, end)
            if (
                not_the_pages_own(ctx)
                or ctx.research
                or (marked_only and (ctx.hedged or _HEDGE_INSIDE.search(prose, start, end)))
            ):
                # not the page's own claim: negated, debunked, reported, asked, supposed, or a study's result
                continue
            text = " ".join(prose[start:end].split())
            others = other_codes_note(page)
            what = (
                f"a remedy said to match or beat a medicine (“{text}”)"
                if compared
                else f"a health benefit claimed for a food or remedy (“{text}”)"
            )
            how = (
                "only a head-to-head trial can show that, and readers may drop the medicine for it: name the trial "
                "or remove the comparison"
                if compared
                else "name the trial that showed it, in whom and how large the effect was, or remove the claim"
            )
            out.append(
                Finding(
                    start, end, f"{what} on a page that makes other unsupported health claims{others}: {how}"
                )
            )
            claimed.append((doc.file_offset(start), doc.file_offset(end)))
        return out
