"""MT108's constructions of machine translation from Chinese, Japanese and Russian that no word
list holds: a verb with a complement its grammar does not take ("insist to take", "appear
headache", "remind, ..."), a clause with no subject ("if appear"), an adjective used as an adverb
("go to the hospital timely") and a source-language frame ("contain rich vitamin", "avoid the cold
wind stimulate").

Each construction is a grammar frame over the document's words, found from a trigger word in the
word index (no regex pass over the text), with the word-class table deciding what a word may be
(a noun-only word, a verb that is no noun). Chinese and Japanese have no verb complement classes of
the English kind (坚持 + verb, 出现 + noun, 提醒 with no object) and drop the subject of a clause
whose subject the context gives (如果出现…, 应…); Russian "напомнил, что" has no object either. The
frames were kept only where neither the build-side MedQuAD answers nor the clean sentences, the
WMT22 reference translations (dev windows) or FakeHealth's news ever write them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence

from ...text import refstats
from ...text.lexicon import is_food
from ...text.word_classes import (
    BARE_VERB,
    NOT_VERB,
    PERSON,
    PERSON_ADJECTIVE,
    PLURAL,
    SINGULAR,
    VERB_ONLY,
    VERB_PAST,
    classes,
)
from ._grammar_scan import Hit, Scan, regular_plural, regular_singular, sentence_start, telegraphic
from ._grammar_words import (
    BE_FORMS,
    CLOSED_CLASS,
    DURATION_UNITS,
    MODALS,
    OBJECT_PRONOUNS,
)

#: "insist to take": "insist" takes "on" and an -ing form or a that-clause, never a to-infinitive
#: (Swan, "insist"; Chinese 坚持 + verb). "avoid", "enjoy", "suggest", "recommend" and "consider"
#: take an -ing form too, but a fronted object makes their "to" a purpose infinitive ("the foods
#: you should avoid to reduce your risk", FakeHealth; "it is recommended to"), so they are left out.
VERB_COMPLEMENT = "verb-complement"
#: "appear headache": an intransitive verb of happening with a noun as its object (出现头痛)
INTRANSITIVE_OBJECT = "intransitive-object"
#: "if appear chest tightness": a subordinating conjunction straight before a finite verb, with no
#: subject (如果出现)
SUBJECTLESS_CLAUSE = "subjectless-clause"
#: "remind," / "reminded that" / "informed that": a verb that needs the person told before its
#: that-clause, with none (提醒, напомнил, что, сообщил, что)
REMIND_OBJECT = "remind-object"
#: "one and a half hour": a mixed number before a singular unit (一个半小时)
HALF_PLURAL = "half-plural"
#: "add 2 teaspoon of honey", "for three week", "about 1 cups of tea": a count above one before a
#: singular unit, or one before a plural unit, where the unit ends its phrase (Chinese and Japanese
#: mark no plural: 两茶匙 "two teaspoon")
NUMERAL_UNIT = "numeral-unit"
#: "go to the hospital timely": the adjective "timely" closing a clause as an adverb (及时)
TIMELY_ADVERB = "timely-adverb"
#: "contain rich vitamin": "rich" or "plenty" as a determiner after "contain" (含有丰富的)
CONTAIN_RICH = "contain-rich"
#: "avoid the cold wind stimulate": "avoid" + a noun phrase + a bare verb (避免冷风刺激)
AVOID_BARE_VERB = "avoid-bare-verb"
#: ", this is because": a comma splice before the explanation (这是因为)
COMMA_SPLICE = "comma-splice"
#: "your heart, kidneys and also eyes": "and also" before a list's last item, an article spinner's
#: expansion of "and" (Spinbot, WordAI); English closes a list with "and" alone
LIST_AND_ALSO = "list-and-also"
#: "diabetic patients is an autoimmune disease", "as widespread as diabetes patients", "prevent
#: diabetes patients": the patients put where the disease belongs (Chinese 糖尿病患者 "diabetes
#: patient(s)" and 糖尿病 "diabetes" differ by one character, and machine translation swaps them)
PATIENT_AS_DISEASE = "patient-as-disease"
#: "..., Resulting in the cells", "countries, While tamoxifen": a conjunction or linking word
#: capitalised after a comma, where a translation pipeline or an editor cut one sentence in two
COMMA_CAPITAL = "comma-capital"

#: "it helps at pregnant women", "the risk is high at children": "at" before a group of people, where
#: English writes "in" or "for" (Russian у/при, German bei, Czech u: "у детей", "bei Kindern")
AT_GROUP = "at-group"
#: "pay attention to keep warm", "looking forward to see you": "to" of a fixed phrase whose "to" is a
#: preposition, before a bare verb where English writes the -ing form (注意保暖 "pay attention to keep warm")
PREPOSITION_TO = "preposition-to"
#: "prevent from dehydration", "prevent fatigue to affect the recovery": "prevent" with "from" and no object,
#: or an object and a to-infinitive, where English writes "prevent X from V-ing" or "prevent X" (防止…, 避免…)
PREVENT_FROM = "prevent-from"
#: "food which is easily to produce gas", "the fluid is need to supply": an adverb or a bare "need" after
#: "be", where English writes "easy to" and "needs to" or "is needed to" (容易…, 需要…)
BE_EASILY_TO = "be-easily-to"
#: "After enter the autumn": "after", "before" or "without" straight before a bare verb and its object or its
#: particle ("After wake up"), where English writes the -ing form (进入秋季后), and "without" before a participle
#: and its agent ("without prescribed by the doctor")
AFTER_BARE_VERB = "after-bare-verb"
#: "By increase the consumption", "for prevent the disease": a preposition, a bare verb (one the noun table
#: may also read as a noun) and its object, where the reference writes the -ing form after that preposition
PREPOSITION_BARE_VERB = "preposition-bare-verb"
#: "another evidence", "an important information", "a good news": a non-count noun counted by "a", "an",
#: "another", "each" or "every" (Chinese, Russian, Vietnamese and the Romance languages count it)
UNCOUNTABLE_ARTICLE = "uncountable-article"
#: "here are some information about", "There are news from Mariupol": a non-count noun after a plural
#: "there are" or "here are" (its verb agrees with the noun after it, which is singular in English)
UNCOUNTABLE_THERE_ARE = "uncountable-there-are"
#: "healthy gifts from the nature", "the mankind's oldest remedy": "the" before a noun that names all of its
#: kind and takes no article in that sense (Russian, French, German and Spanish put one there: la nature)
GENERIC_THE = "generic-the"
#: "Don't taking drugs on your own": a negative imperative with an -ing form (不要 + verb)
DONT_ING = "dont-ing"
#: "People with liver disease are easy to get angry": a person said to be "easy to" get a state, where
#: English writes "get angry easily" or "are prone to" (容易生气: "easy" describes the person)
PERSON_EASY_TO = "person-easy-to"
#: "should intake less than 500 mg of salt": the noun "intake" used as a verb (摄入)
INTAKE_VERB = "intake-verb"
#: "to assist reduce a growth", "instead of undergo these treatments": "assist" or "instead of" before a
#: bare verb, where English writes "help reduce" / "assist in reducing" and "instead of undergoing" (an
#: article spinner's swap of "help" for "assist", or a learner's infinitive)
BARE_AFTER_ASSIST = "bare-after-assist"
#: "damages healthy and balanced cells": an article spinner's expansion of "healthy" (Spin Rewriter writes
#: "healthy and balanced" for it) before a noun that is no diet or way of life
HEALTHY_AND_BALANCED = "healthy-and-balanced"
#: "try and prevent the yolk", "Prevent kinds of grains": "prevent" with a food as its object, an article
#: spinner's swap of "avoid" (one prevents an outcome, and avoids a food)
PREVENT_FOOD = "prevent-food"
#: "This maybe the reason": the adverb "maybe" where the verb "may be" belongs, after a subject pronoun
MAYBE_VERB = "maybe-verb"
#: "acne can not be disappeared": a passive of the intransitive "disappear" (消失)
PASSIVE_INTRANSITIVE = "passive-intransitive"
#: "makes people cannot see": "make" + its object + a modal, where English writes "means people cannot see"
#: or "makes it impossible for people to see" (使人不能)
MAKE_MODAL = "make-modal"
#: "cirrhosis causes the symptoms appear quickly": "cause" + its object + a bare verb, where English writes
#: "causes the symptoms to appear" (Chinese 使/导致 + clause)
CAUSE_BARE_VERB = "cause-bare-verb"
#: "in short amount of time", "contains large amount of carbohydrates", "in couple of days": a singular noun of
#: quantity ("amount", "period", "number", "couple") with no article before "of" (Chinese, Russian and Korean have
#: no articles; English writes "a short amount of time", "the majority of")
QUANTITY_ARTICLE = "quantity-article"
#: "stimulating food", "so as not to stimulate the mouth", "your stomach will be stimulated": "stimulate" for
#: "irritate" (Chinese 刺激 means both: spicy food 刺激 the stomach), of food or of a body surface it touches
STIMULATE_IRRITATE = "stimulate-irritate"
#: "less compared to 100", "much higher compared to 140": an article spinner's "compared to" for "than" after a
#: comparative and before a number (WordAI, Spin Rewriter)
COMPARED_TO_THAN = "compared-to-than"
#: "As well as why", "As well as they're much less": an article spinner's "as well as" for a sentence-opening
#: "And" before a clause ("as well as" joins noun phrases and -ing forms, never a finite clause)
AS_WELL_AS_CLAUSE = "as-well-as-clause"
#: "Patients can appropriately increase the intake", "increase your exercise appropriately": "appropriately" for
#: Chinese 适当 ("a suitable amount", "in moderation") with a verb of amount
APPROPRIATELY_AMOUNT = "appropriately-amount"
#: "Visit doctor regularly", "consult pharmacist": a singular person noun with no article as a verb's object
#: (Chinese, Russian and Korean have no articles)
VERB_BARE_PERSON = "verb-bare-person"
#: "Drink much water every days", "each patients": "every" and "each" take a singular noun (Chinese 每天 is
#: number-free)
EVERY_PLURAL = "every-plural"

CONSTRUCTION_PATTERNS = (
    VERB_COMPLEMENT,
    INTRANSITIVE_OBJECT,
    SUBJECTLESS_CLAUSE,
    REMIND_OBJECT,
    TIMELY_ADVERB,
    EVERY_PLURAL,
    CONTAIN_RICH,
    AVOID_BARE_VERB,
    COMMA_SPLICE,
    HALF_PLURAL,
    NUMERAL_UNIT,
    LIST_AND_ALSO,
    PATIENT_AS_DISEASE,
    COMMA_CAPITAL,
    AT_GROUP,
    PREPOSITION_TO,
    PREVENT_FROM,
    BE_EASILY_TO,
    AFTER_BARE_VERB,
    UNCOUNTABLE_ARTICLE,
    UNCOUNTABLE_THERE_ARE,
    GENERIC_THE,
    PREPOSITION_BARE_VERB,
    DONT_ING,
    PERSON_EASY_TO,
    INTAKE_VERB,
    BARE_AFTER_ASSIST,
    HEALTHY_AND_BALANCED,
    PREVENT_FOOD,
    MAYBE_VERB,
    PASSIVE_INTRANSITIVE,
    MAKE_MODAL,
    CAUSE_BARE_VERB,
    QUANTITY_ARTICLE,
    STIMULATE_IRRITATE,
    COMPARED_TO_THAN,
    AS_WELL_AS_CLAUSE,
    APPROPRIATELY_AMOUNT,
    VERB_BARE_PERSON,
)

#: Singular nouns of quantity or extent that take an article before "of" ("a large amount of", "a long period
#: of", "a couple of", "the vast majority of"), and the adjectives of size or degree that stand between.
_QUANTITY_NOUNS = frozenset(
    "amount period number variety majority quantity lot couple bit piece handful".split()
)
_QUANTITY_ADJECTIVES = frozenset(
    "small large big huge great short long sufficient appropriate adequate considerable significant moderate "
    "excessive little tiny enormous limited reasonable proper right fair minimal high low generous substantial "
    "vast wide broad extended prolonged brief".split()
)
#: The nouns that a preposition may take bare before "of" only in this slip ("in couple of days", "by majority
#: of the participants"); "in part of", "in range of", "at lot of" (a typo of "a lot") are left.
_BARE_QUANTITY_NOUNS = frozenset("couple lot bit handful majority".split())
_BARE_QUANTITY_PREPOSITIONS = frozenset("in for with within after over from on by during".split())
#: Words before the adjective that supply or stand for the article, or grade the adjective ("a", "the", "his",
#: "and", "than", "very"): then the phrase is English ("an abnormally large amount of", "the quality and amount of").
_QUANTITY_BLOCKERS = frozenset(
    "a an the this that these those my your his her its our their some any no each every another such what which "
    "whose one two three four five several many much more most less least few whole entire total same other certain "
    "and or but nor than as so too how very quite rather fairly relatively extremely really enough".split()
)
#: "stimulate" and the food or the body surface that 刺激 (irritate) takes in Chinese health writing: "stimulating
#: food", "stimulate the mouth", "stimulate gastric mucosa"; the stomach and the patient are left out ("drugs that
#: stimulate the stomach to empty", "to stimulate patients to change their behaviour": English senses)
_STIMULATE = frozenset({"stimulate", "stimulates", "stimulating", "stimulated"})
_STIMULATING_FOODS = frozenset({"food", "foods", "drink", "drinks", "diet", "things"})
_IRRITATED_SURFACES = frozenset({"mouth", "throat", "wound", "wounds", "gastric", "mucosa", "stomach"})
#: Comparatives a spinner's "compared to" follows ("less compared to 100"), and the words of an approximate number.
_COMPARATIVES = frozenset(
    "less more lower higher greater fewer bigger smaller larger longer shorter older younger better worse faster "
    "slower".split()
)
_APPROXIMATELY = frozenset("about around roughly approximately nearly almost".split())
#: What may open the clause after a spinner's sentence-opening "As well as": a subject pronoun with its verb, or a
#: wh-word ("As well as why", "As well as they're much less").
_CLAUSE_SUBJECTS = frozenset("it they you we he she i this that there".split())
_CLAUSE_CONTRACTED = frozenset(
    form
    for word in "it's they're you're we're he's she's i'm that's there's".split()
    for form in (word, word.replace("'", "\u2019"))
)
_CLAUSE_VERBS = MODALS | frozenset("is are was were has have had do does did".split())
_WH_WORDS = frozenset("why how what when where if whether".split())
#: Verbs of amount that Chinese 适当 ("appropriately") modifies: "appropriately increase", "drink appropriately".
_AMOUNT_VERBS = frozenset(
    "increase increasing reduce reducing decrease decreasing supplement supplementing add adding eat eating drink "
    "drinking exercise exercising extend prolong shorten limit".split()
)
#: Verbs whose object is a person one visits, consults or tells ("visit your doctor"), and the adverbs that may
#: follow a bare person noun after them ("Visit doctor regularly").
_PERSON_VERBS = frozenset(
    "visit visits consult consults see sees ask asks call contact contacts inform tell tells notify".split()
)
_AFTER_PERSON = frozenset("immediately regularly first right now today soon promptly again".split())
_INSIST = frozenset({"insist", "insists", "insisted", "insisting"})
#: "capable to heal": "capable" takes "of" and an -ing form, never a to-infinitive (Swan, "capable";
#: Russian способен + infinitive). 0 in MedQuAD, the clean sentences, FakeHealth and WMT22's references.
_CAPABLE = frozenset({"capable", "incapable"})
#: Bare verbs the word-class table leaves unclassed (irregular, or auxiliaries too).
_IRREGULAR_BARE = frozenset("go do get make have be come give keep put sleep".split())
#: Verbs of appearing and happening: intransitive, so a noun right after them has no role.
_HAPPEN_VERBS: dict[str, str] = {
    form: lemma
    for lemma, forms in (
        ("appear", "appear appears appeared"),
        ("occur", "occur occurs occurred"),
        ("happen", "happen happens happened"),
        ("arise", "arise arises"),
    )
    for form in forms.split()
}
#: Nouns that follow such a verb as an adverb of time ("it may happen today", "symptoms may appear
#: months or years after the injury", MedQuAD).
_TIME_NOUNS = frozenset(
    "today tonight tomorrow yesterday now daily weekly monthly yearly nightly overnight sometime "
    "again home second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades night nights morning mornings evening evenings".split()
)
#: Conjunctions whose clause needs a subject before its finite verb ("if it appears").
_CONJUNCTIONS = frozenset("if when once unless whenever because although though".split())
#: Verbs whose that-clause needs the person told first ("remind us that", "informed the public
#: that"); a comma or colon after them counts only for the present forms ("Experts remind,"), since
#: a past form there may be an adjective or an aside ("stay informed, ...", "..., reminded, ...").
#: "tell" is left out: "the test only tells that a person has been infected" (MedQuAD).
_REMIND: dict[str, bool] = {
    "remind": True,
    "reminds": True,
    "reminded": False,
    "inform": True,
    "informs": True,
    "informed": False,
    "notify": True,
    "notifies": True,
    "notified": False,
}
#: Units after a mixed number ("one and a half hours"), which English puts in the plural.
_UNITS = frozenset(
    "second minute hour day week month year decade cup glass spoon teaspoon tablespoon tablet pill "
    "capsule dose litre liter kilogram kilo gram pound ounce mile kilometre kilometer metre meter "
    # kitchen measures of home remedies ("three pinch of garlic", "2 drop of oil")
    "pinch drop slice sachet bowl".split()
)
_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
#: Words before "reminded" that make it passive or an adjective ("was reminded that").
_PASSIVE_HEADS = frozenset(
    "is are was were be been being am get gets got gotten getting feel felt as stay stays stayed keep "
    "keeps kept remain remains remained well fully better".split()
)
#: Words before a predicative or coordinated "timely" ("is timely", "not timely", "early and timely").
_ADJECTIVE_HEADS = frozenset(
    "is are was were be been being am become becomes became remain remains remained seem seems seemed "
    "not very more most less least and or but so too quite as always".split()
)
_CONTAIN = frozenset({"contain", "contains", "contained", "containing"})
_RICH = frozenset({"rich", "plenty"})
_AVOID = frozenset({"avoid", "avoids", "avoided", "avoiding"})
_DETERMINERS = frozenset(
    "the a an any your their his her its our my this these those another some no each every such".split()
)
#: A stray verb after "avoid" and its noun phrase must be a verb in the reference text too: at most
#: this share of its uses follow a determiner ("an overdose", which WordNet lists only as a verb).
_MAX_NOUN_USE = 0.02
_MIN_REFERENCE_COUNT = 5
#: Words that end a noun phrase before a verb of its own ("avoid foods that irritate").
_PHRASE_BREAKS = frozenset(
    "that which who whose where when if to and or but as than because while so with for of in on at by "
    "from into not can could will would should must may might do does did is are was were be".split()
)
#: The longest noun phrase between "avoid" and its stray verb.
_MAX_NP = 3

#: The longest list item before "and also" and the longest last item after it, in words.
_MAX_ITEM = 3
#: Words that make what follows "and also" a clause or a verb phrase, not a list's last item ("and also
#: is", "and also can", "and also to").
_CLAUSE_WORDS = frozenset(
    "is are was were be been am has have had do does did can could will would should may might must to "
    "not the a an".split()
)

#: Words that open a clause, not a list item, after the comma ("which we showed and also ...").
_CLAUSE_OPENERS = frozenset(
    "which who whom whose that when where while i we you he she they it there".split()
)

#: The people a disease afflicts, which a translation may put where the disease belongs.
_PATIENTS = frozenset({"patient", "patients", "sufferers"})
_COPULAS = frozenset({"is", "are", "was", "were"})
#: "has (always) been", "have long been"
_PERFECT = frozenset({"has", "have"})
#: Adverbs between the verb and its complement ("are always diseases").
_COPULA_ADVERBS = frozenset("always often usually also mostly mainly generally typically still long".split())
#: What a disease is called, never a person.
_DISEASE_NOUNS = frozenset(
    "disease diseases disorder disorders illness illnesses syndrome syndromes ailment ailments".split()
)
#: "as widespread as" / "more common than": a comparison of how frequent something is.
_PREVALENCE = frozenset("common widespread prevalent rare frequent uncommon".split())
_PREVENT = frozenset({"prevent", "prevents", "prevented", "preventing"})
#: The most modifier words between the frame's words and "patients" ("type ii diabetes patients").
_MAX_MODIFIERS = 3
#: Linking words that never open a clause with a capital after a comma: conjunctions, relative
#: words and the participles that continue a sentence ("..., resulting in").
_COMMA_LINKS = frozenset(
    "and but or so because while which that thus therefore however resulting causing leading making "
    "including whereas although though".split()
)

#: Nouns English does not count, which learners and machine translation count with "a" or "another"
#: (Swan, "uncountable nouns"; "knowledge" is left out: "a good knowledge of English" is English). Each
#: must end its noun phrase: "a news conference", "an information sheet", "a research team" are compounds.
_NON_COUNT = frozenset(
    "information advice evidence equipment furniture luggage baggage homework news research feedback".split()
)
#: Determiners that count what follows.
_COUNTING = frozenset({"a", "an", "another", "each", "every"})

_ASSIST = frozenset({"assist", "assists", "assisted", "assisting"})
_CAUSE = frozenset({"cause", "causes", "caused", "causing"})
#: What "healthy and balanced" describes in English: a diet, a meal, a way of living.
_BALANCED_THINGS = frozenset(
    "diet diets lifestyle lifestyles meal meals eating nutrition life lives way food foods breakfast lunch dinner "
    "menu approach plate intake mix relationship relationships snack snacks routine regime regimen".split()
)


def _is_bare_verb(word: str) -> bool:
    return word in _IRREGULAR_BARE or BARE_VERB in classes(word)


def _reference_verb(word: str) -> bool:
    """The word is common in the reference text and (almost) never follows a determiner there."""
    stats = refstats.load().word(word)
    return (
        stats is not None
        and stats.freq >= _MIN_REFERENCE_COUNT
        and stats.after_determiner <= _MAX_NOUN_USE * stats.freq
    )


def _noun_only(word: str) -> bool:
    cls = classes(word)
    return SINGULAR in cls or (PLURAL in cls and NOT_VERB in cls)


def _gap(s: Scan, i: int) -> str:
    """The text between word i and word i+1."""
    return s.prose[s.ends[i] : s.starts[i + 1]] if i + 1 < s.n else ""


def _ing(verb: str) -> str:
    """The -ing form of a regular bare verb ("take" -> "taking", "stop" -> "stopping"); a final
    consonant is doubled after one short vowel in one syllable only ("visit" -> "visiting")."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and verb != "be":
        return verb[:-1] + "ing"
    vowels = "aeiou"
    one_syllable = len(re.findall(r"[aeiouy]+", verb)) == 1
    if (
        one_syllable
        and len(verb) >= 3
        and verb[-1] not in vowels + "wxy"
        and verb[-2] in vowels
        and verb[-3] not in vowels
    ):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def construction_hits(s: Scan, index: Mapping[str, Sequence[int]], disabled: set[str]) -> list[Hit]:
    """Every construction's hits in the document, each tested from its trigger words."""
    out: list[Hit] = []
    if COMMA_CAPITAL not in disabled:
        # the linking words are among the commonest of English: only their capitalised uses count,
        # told by one character before any other test
        prose, starts = s.prose, s.starts
        for word in _COMMA_LINKS.intersection(s.doc.word_set):
            for i in index[word]:
                if prose[starts[i]].isupper():
                    hit = _comma_capital(s, i)
                    if hit is not None:
                        out.append(hit)
    off = frozenset(disabled)
    for word in _FRAME_TRIGGERS.intersection(s.doc.word_set):
        tests = None if _PLAIN_ROWS else _row_tests(word, off)
        for i in index[word]:
            if not s.is_lower(i) and not s.clause_start(i):
                continue  # a name or title ("When Harry Met Sally")
            hit = _at(s, word, i, disabled) if tests is None else _first_hit(s, i, tests)
            if hit is not None:
                out.append(hit)
    return out


#: tests set this to look up each trigger's frame row at each of its words (``_at``, the plain form of
#: ``_row_tests``)
_PLAIN_ROWS = False


@functools.lru_cache(maxsize=4096)
def _row_tests(word: str, disabled: frozenset[str]) -> tuple[Callable[[Scan, int], Hit | None], ...]:
    """The tests ``_at`` tries for ``word``: those not ``disabled`` of the first frame row that ``word``
    triggers and that has one (none: no row). Found once per trigger word and set of disabled patterns
    instead of at each of the word's uses, which walked the rows each time (tests/test_mt108_frame_rows.py
    compares the two)."""
    for words, tries in _FRAMES:
        if word not in words:
            continue
        enabled = tuple(test for pattern, test in tries if pattern not in disabled)
        if enabled:
            return enabled
    return ()


def _first_hit(s: Scan, i: int, tests: tuple[Callable[[Scan, int], Hit | None], ...]) -> Hit | None:
    """The first hit of ``tests`` at word ``i`` (``_row_tests``), or None."""
    for test in tests:
        hit = test(s, i)
        if hit is not None:
            return hit
    return None


def _at(s: Scan, word: str, i: int, disabled: set[str]) -> Hit | None:
    """The hit of the first frame row (``_FRAMES``, in order) that ``word`` triggers and that has a pattern not
    disabled: its patterns are tried in turn, and the row's answer, a hit or None, is final."""
    for words, tries in _FRAMES:
        if word not in words:
            continue
        enabled = [test for pattern, test in tries if pattern not in disabled]
        if not enabled:
            continue
        for test in enabled:
            hit = test(s, i)
            if hit is not None:
                return hit
        return None
    return None


def _verb_bare_person(s: Scan, i: int) -> Hit | None:
    """ "Visit doctor regularly", "consult pharmacist before use": a verb of visiting or telling, then a singular
    person noun (WordNet noun.person, a count noun; not one that is also an adjective, "patient") with no article,
    ending its phrase. Not after a hyphen ("home-visit nurse") nor before a noun it modifies."""
    if not s.adjacent(i) or i + 1 >= s.n or not s.is_lower(i + 1):
        return None
    if s.starts[i] > 0 and s.prose[s.starts[i] - 1] in "-\u2010\u2011":
        return None
    noun = s.lowers[i + 1]
    cls = classes(noun)
    if PERSON not in cls or PERSON_ADJECTIVE in cls:
        return None
    if i + 2 < s.n and s.adjacent(i + 1):
        nxt = s.lowers[i + 2]
        if not (nxt in CLOSED_CLASS or nxt in _AFTER_PERSON or nxt.endswith("ly")):
            return None
    elif not s.phrase_ends(i + 1):
        return None
    article = "an" if noun[0] in "aeiou" else "a"
    span = s.prose[s.starts[i] : s.ends[i + 1]]
    # a list item, a heading or a one-line paragraph may drop its articles on purpose (a leaflet's "Call doctor
    # if fever persists"): reported there at info
    in_telegraphic_block = telegraphic(s, s.starts[i])
    return Hit(
        s.starts[i],
        s.ends[i + 1],
        VERB_BARE_PERSON,
        f"“{span}”: the singular noun “{noun}” needs a determiner (“your {noun}”, “{article} {noun}”)",
        (f"{s.text(i)} your {noun}",),
        weak=in_telegraphic_block,
    )


def _appropriately_amount(s: Scan, i: int) -> Hit | None:
    """ "Patients can appropriately increase the intake of fresh vegetables", "increase your exercise appropriately
    in the afternoon": "appropriately" with a verb of amount, right before it or up to three words after it in the
    same clause, where English writes "moderately", "a little" or "a suitable amount of" (Chinese 适当)."""
    if i + 1 < s.n and s.adjacent(i) and s.lowers[i + 1] in _AMOUNT_VERBS:
        start, end = i, i + 1
    else:
        verb = next(
            (j for j in range(i - 1, max(-1, i - 5), -1) if s.lowers[j] in _AMOUNT_VERBS and s.adjacent(j)),
            None,
        )
        if verb is None or any(not s.adjacent(j) for j in range(verb, i)):
            return None
        start, end = verb, i
    span = s.prose[s.starts[start] : s.ends[end]]
    return Hit(
        s.starts[start],
        s.ends[end],
        APPROPRIATELY_AMOUNT,
        f"“{span}”: “appropriately” does not say how much (Chinese 适当, “a suitable amount”); write “moderately”, "
        "“a little” or the amount",
        ("moderately",),
    )


def _compared_to_than(s: Scan, i: int) -> Hit | None:
    """ "less compared to 100", "much less compared to 140": a comparative, "compared to" or "compared with" and a
    number, where English writes "than" ("higher compared to placebo", a study's comparison, has no number)."""
    if i == 0 or i + 2 >= s.n or not (s.adjacent(i - 1) and s.adjacent(i)):
        return None
    comparative = s.lowers[i - 1]
    if comparative not in _COMPARATIVES or s.lowers[i + 1] not in ("to", "with") or not s.adjacent(i + 1):
        return None
    k = i + 2
    if s.lowers[k] in _APPROXIMATELY and s.adjacent(k):
        k += 1
    if not s.text(k)[:1].isdigit():
        return None
    span = s.prose[s.starts[i - 1] : s.ends[i + 1]]
    better = f"{s.text(i - 1)} than"
    return Hit(
        s.starts[i - 1],
        s.ends[i + 1],
        COMPARED_TO_THAN,
        f"“{span}”: a comparative takes “than” before a number (“{better} {s.text(k)}”); “compared to” here is an "
        "article spinner's swap",
        (better,),
        fix_to=better,
    )


def _as_well_as_clause(s: Scan, i: int) -> Hit | None:
    """ "As well as why", "As well as they're much less": "As well as" opening a sentence before a clause, where
    English writes "And" ("As well as being ..." and "As well as the cost, ..." join a noun phrase or an -ing form)."""
    if i == 0 or i + 2 >= s.n or s.lowers[i - 1] != "as" or s.lowers[i + 1] != "as":
        return None
    if not (s.adjacent(i - 1) and s.adjacent(i) and s.adjacent(i + 1)) or s.text(i - 1) != "As":
        return None
    if not sentence_start(s, i - 1):
        return None
    nxt = s.lowers[i + 2]
    clause = nxt in _WH_WORDS or nxt in _CLAUSE_CONTRACTED
    if not clause and nxt in _CLAUSE_SUBJECTS and i + 3 < s.n and s.adjacent(i + 2):
        clause = s.lowers[i + 3] in _CLAUSE_VERBS
    if not clause:
        return None
    span = s.prose[s.starts[i - 1] : s.ends[i + 1]]
    return Hit(
        s.starts[i - 1],
        s.ends[i + 1],
        AS_WELL_AS_CLAUSE,
        f"“{span} {s.text(i + 2)}”: “as well as” joins noun phrases, not clauses; write “And” (an article spinner's "
        "swap)",
        ("And",),
        fix_to="And",
    )


def _stimulate_irritate(s: Scan, i: int) -> Hit | None:
    """ "stimulating food", "so as not to stimulate the mouth", "Cigarettes can stimulate gastric mucosa", "your
    stomach will be stimulated.": "stimulate" where English writes "irritate" (or "spicy" of food). The active verb
    takes the mouth, the throat, a wound or the gastric mucosa (not the stomach, which drugs do stimulate); the
    passive ends its clause with the stomach, the mouth or the throat as its subject ("the stomach is stimulated
    to produce acid" goes on, and is English)."""
    word = s.lowers[i]
    end = i
    if word == "stimulating" and s.adjacent(i) and s.lowers[i + 1] in _STIMULATING_FOODS:
        end = i + 1
        better = f"spicy or irritating {s.lowers[i + 1]}"
    elif word in ("stimulate", "stimulates", "stimulating") and s.adjacent(i):
        k = i + 1
        if s.lowers[k] in ("the", "your", "their", "his", "her") and s.adjacent(k):
            k += 1
        if s.lowers[k] not in _IRRITATED_SURFACES or s.lowers[k] == "stomach":
            return None
        if s.lowers[k] == "gastric":
            if not (s.adjacent(k) and s.lowers[k + 1] == "mucosa"):
                return None
            k += 1
        end = k
        better = "irritate" if word == "stimulate" else "irritates" if word == "stimulates" else "irritating"
    elif (
        word == "stimulated"
        and i >= 2
        and s.adjacent(i - 1)
        and s.lowers[i - 1] in ("be", "is", "are", "get", "gets")
    ):
        j = i - 2
        if s.lowers[j] in ("will", "would", "may", "can", "could", "might") and j >= 1 and s.adjacent(j - 1):
            j -= 1
        if not s.adjacent(j) or s.lowers[j] not in ("stomach", "mouth", "throat", "wound"):
            return None
        if not s.phrase_ends(i) or (i + 1 < s.n and s.adjacent(i) and s.lowers[i + 1] in ("to", "by")):
            return None
        better = "irritated"
    else:
        return None
    span = s.prose[s.starts[i] : s.ends[end]]
    return Hit(
        s.starts[i],
        s.ends[end],
        STIMULATE_IRRITATE,
        f"“{span}”: “stimulate” where English writes “irritate” (Chinese 刺激 means both); write “{better}”",
        (better,),
    )


def _quantity_article(s: Scan, i: int) -> Hit | None:
    """ "in short amount of time", "contains large amount of carbohydrates", "in couple of days": a noun of
    quantity before "of" with an adjective of size and nothing that supplies the article before it, or bare after a
    preposition. The adjective may open the clause ("Large amount of water is needed"); a determiner, a number, a
    possessive, a degree adverb ("abnormally large amount of", MedQuAD) or "and" ("the quality and amount of")
    before it makes the phrase English."""
    if not (s.adjacent(i) and s.lowers[i + 1] == "of" and s.is_lower(i) and i > 0 and s.adjacent(i - 1)):
        return None
    noun, before = s.lowers[i], s.lowers[i - 1]
    if before in _QUANTITY_ADJECTIVES and s.is_lower(i - 1):
        start = i - 1
        if i >= 2 and s.joinable[i - 2]:
            prev, written = s.lowers[i - 2], s.text(i - 2)
            if (
                prev in _QUANTITY_BLOCKERS
                or prev.endswith("ly")
                or not prev.isalpha()
                or written.endswith(("'s", "\u2019s"))
            ):
                return None
            if s.prose[s.ends[i - 2] : s.starts[i - 1]] != " ":
                return None  # "teeny-tiny amount", a hyphen or a symbol between
        elif i >= 2 and not s.clause_start(i - 1):
            return None
    elif noun in _BARE_QUANTITY_NOUNS and before in _BARE_QUANTITY_PREPOSITIONS:
        start = i
    else:
        return None
    article = "the" if noun == "majority" else "an" if s.lowers[start][0] in "aeiou" else "a"
    span = s.prose[s.starts[start] : s.ends[i + 1]]
    better = f"{article} {s.prose[s.starts[start] : s.ends[i + 1]]}"
    return Hit(
        s.starts[start],
        s.ends[i + 1],
        QUANTITY_ARTICLE,
        f"“{span}”: the singular noun “{noun}” needs an article here (“{better}”)",
        (better,),
    )


def _cause_bare_verb(s: Scan, i: int) -> Hit | None:
    """ "causes the symptoms appear quickly": "cause", a determiner, a noun and a verb that is no noun, in
    its bare form, where English writes "causes the symptoms to appear"."""
    if not (s.adjacent(i) and i + 3 < s.n and s.lowers[i + 1] in _OBJECT_DETERMINERS):
        return None
    if not (s.adjacent(i + 1) and s.adjacent(i + 2) and s.is_lower(i + 2) and s.is_lower(i + 3)):
        return None
    noun, verb = s.lowers[i + 2], s.lowers[i + 3]
    if {SINGULAR, PLURAL}.isdisjoint(classes(noun)) or VERB_ONLY not in classes(verb):
        return None
    if verb.endswith(("ed", "ing")):
        return None
    span = s.prose[s.starts[i] : s.ends[i + 3]]
    obj = s.prose[s.starts[i + 1] : s.ends[i + 2]]
    return Hit(
        s.starts[i],
        s.ends[i + 3],
        CAUSE_BARE_VERB,
        f"“{span}”: “cause” takes “to” before the verb (“{s.text(i)} {obj} to {verb}”)",
        (f"{s.text(i)} {obj} to {verb}",),
    )


_MAYBE_SUBJECTS = frozenset("it this that there which he she they what".split())
#: Words after "maybe" that make it the verb "may be": a determiner or a predicate adjective or participle.
_MAYBE_PREDICATES = frozenset(
    "the a an due caused related used helpful useful necessary needed possible difficult hard easy good better "
    "dangerous harmful normal common rare serious one".split()
)


def _maybe_verb(s: Scan, i: int) -> Hit | None:
    """ "This maybe the possible reason", "it maybe due to stress": a subject pronoun, "maybe" and a
    predicate; "Maybe it is" (the adverb opening its clause) is English."""
    if i == 0 or not s.joinable[i - 1] or s.lowers[i - 1] not in _MAYBE_SUBJECTS or not s.adjacent(i):
        return None
    nxt = s.lowers[i + 1]
    if nxt not in _MAYBE_PREDICATES and not (nxt.endswith("ed") and len(nxt) > 4):
        return None
    return Hit(
        s.starts[i],
        s.ends[i],
        MAYBE_VERB,
        f"“{s.text(i - 1)} maybe {s.text(i + 1)}”: the verb is “may be” (“maybe” is the adverb “perhaps”)",
        ("may be",),
        fix_to="may be",
        safe=True,
    )


def _passive_intransitive(s: Scan, i: int) -> Hit | None:
    """ "acne can not be disappeared", "the symptoms were disappeared": "be" + "disappeared", where English
    writes "disappear" (the political "were disappeared by the regime" names its agent and passes)."""
    if i == 0 or not s.joinable[i - 1] or s.lowers[i - 1] not in BE_FORMS:
        return None
    if i + 1 < s.n and s.adjacent(i) and s.lowers[i + 1] == "by":
        return None
    return Hit(
        s.starts[i - 1],
        s.ends[i],
        PASSIVE_INTRANSITIVE,
        f"“{s.prose[s.starts[i - 1] : s.ends[i]]}”: “disappear” has no passive; write “disappear(ed)” or “go away”",
        (),
    )


_MAKE = frozenset({"make", "makes", "made", "making"})
#: The object pronouns "make" takes before a verb ("made him", "makes it").
_OBJECT_PRONOUN_WORDS = OBJECT_PRONOUNS | {"it"}


def _make_modal(s: Scan, i: int) -> Hit | None:
    """ "makes people cannot see", "made him can't sleep": "make" + a one- or two-word object + a modal,
    where English writes "means people cannot see" or "makes it impossible for people to see"."""
    for back in (2, 3):
        j = i - back
        if j < 0 or any(not s.joinable[m] for m in range(j, i)):
            continue
        if s.lowers[j] not in _MAKE:
            continue
        obj = s.lowers[j + 1 : i]
        if len(obj) == 1:
            # a person: an object pronoun or a plural naming people ("makes people cannot", "made him cannot")
            if obj[0] not in _OBJECT_PRONOUN_WORDS and not _people(obj[0]):
                return None
        elif obj[0] not in _OBJECT_DETERMINERS or obj[1] in CLOSED_CLASS or not obj[1].isalpha():
            return None  # "What makes you happy cannot be bought", "make sure you cannot fall"
        return Hit(
            s.starts[j],
            s.ends[i],
            MAKE_MODAL,
            f"“{s.prose[s.starts[j] : s.ends[i]]}”: “make” takes its object and a bare verb, never a modal "
            "(“means … cannot”, or “makes it impossible for … to”)",
            (),
        )
    return None


#: Words that may stand between "prevent" and the food: determiners and quantities ("prevent the yolk",
#: "prevent kinds of grains", "prevent too much sugar")
_FOOD_LEADS = frozenset(
    "the a an all any some these those this that your their such excess extra much many kinds types sorts of too "
    "fried processed fatty sugary refined red white raw".split()
)
#: Nouns a food word modifies in a phrase whose head is an outcome ("prevent food poisoning", "prevent
#: peanut allergies"): read as the object's head only when the phrase ends at the food
_FOOD_LEADS_MAX = 3


def _prevent_food(s: Scan, i: int) -> Hit | None:
    """ "try and prevent the yolk", "Prevent kinds of grains": "prevent" and, after at most three
    determiners or quantities, a food (``rules/data/lexicon/food-words.tsv``) that ends its phrase, with no
    "from" after it in the clause ("prevent fats from being absorbed" is English)."""
    k = i + 1
    while k < s.n and k - i <= _FOOD_LEADS_MAX and s.adjacent(k - 1) and s.lowers[k] in _FOOD_LEADS:
        k += 1
    if k >= s.n or not s.adjacent(k - 1) or not s.is_lower(k):
        return None
    food = s.lowers[k]
    if not is_food(food) or not s.phrase_ends(k, coordinator=False):
        return None
    m = k + 1
    while m < s.n and m - k < 12 and s.joinable[m - 1]:
        if s.lowers[m] == "from":
            return None  # "prevent X from V-ing"
        m += 1
    span = s.prose[s.starts[i] : s.ends[k]]
    return Hit(
        s.starts[i],
        s.ends[k],
        PREVENT_FOOD,
        f"“{span}”: one prevents an outcome, not a food; a spinner's swap of “avoid” (“avoid "
        f"{s.prose[s.starts[i + 1] : s.ends[k]]}”)",
        (f"avoid {s.prose[s.starts[i + 1] : s.ends[k]]}",),
    )


def _bare_after_assist(s: Scan, i: int) -> Hit | None:
    """ "to assist reduce a growth", "instead of undergo these treatments": a verb that is no noun right
    after "assist" or "instead of" (English: "help reduce", "assist in reducing", "instead of undergoing")."""
    k = i + 1
    if s.lowers[i] == "instead":
        if not (s.adjacent(i) and k < s.n and s.lowers[k] == "of"):
            return None
        k += 1
    if not (s.adjacent(k - 1) and k < s.n and s.is_lower(k)):
        return None
    verb = s.lowers[k]
    if VERB_ONLY not in classes(verb) or verb.endswith("ing"):
        return None
    lead = s.prose[s.starts[i] : s.ends[k - 1]]
    if s.lowers[i] == "instead":
        message = f"“{lead} {verb}”: “instead of” takes an -ing form (“instead of {_ing(verb)}”)"
        suggestions: tuple[str, ...] = (f"instead of {_ing(verb)}",)
    else:
        message = f"“{lead} {verb}”: “assist” takes “in” and an -ing form (“assist in {_ing(verb)}”, or “help {verb}”)"
        suggestions = (f"help {verb}", f"{lead} in {_ing(verb)}")
    return Hit(s.starts[i], s.ends[k], BARE_AFTER_ASSIST, message, suggestions)


def _healthy_and_balanced(s: Scan, i: int) -> Hit | None:
    """ "healthy and balanced cells": "healthy and balanced" before a noun that is no diet, meal or way of
    life (an article spinner's two words for "healthy"; "a healthy and balanced diet" is English)."""
    if i < 2 or not (s.joinable[i - 2] and s.joinable[i - 1]):
        return None
    if s.lowers[i - 1] != "and" or s.lowers[i - 2] != "healthy":
        return None
    if not (s.adjacent(i) and s.is_lower(i + 1)):
        return None
    noun = s.lowers[i + 1]
    if noun in _BALANCED_THINGS or noun in CLOSED_CLASS or not noun.isalpha():
        return None
    span = s.prose[s.starts[i - 2] : s.ends[i + 1]]
    return Hit(
        s.starts[i - 2],
        s.ends[i + 1],
        HEALTHY_AND_BALANCED,
        f"“{span}”: an article spinner's expansion of “healthy” (“healthy and balanced” describes a diet or a "
        f"way of life, not {noun})",
        (f"{s.text(i - 2)} {s.text(i + 1)}",),
    )


def _bare_of_ing(word: str) -> str | None:
    """The bare verb of an -ing form ("taking" -> "take", "stopping" -> "stop", "eating" -> "eat"), or
    None where no stem is a verb of the word-class table."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.insert(0, stem[:-1])
    for c in candidates:
        if _is_bare_verb(c):
            return c
    return None


def _dont_ing(s: Scan, i: int) -> Hit | None:
    """ "Don't taking drugs on your own", "Do not eating raw food": a negative imperative opening its
    clause, with an -ing form where the bare verb belongs."""
    head = i
    if s.lowers[i] == "not":
        if i == 0 or not s.joinable[i - 1] or s.lowers[i - 1] != "do":
            return None
        head = i - 1
    if not (s.clause_start(head) and s.adjacent(i) and s.is_lower(i + 1)):
        return None
    verb = _bare_of_ing(s.lowers[i + 1])
    if verb is None:
        return None
    span = s.prose[s.starts[head] : s.ends[i + 1]]
    lead = s.prose[s.starts[head] : s.ends[i]]
    return Hit(
        s.starts[head],
        s.ends[i + 1],
        DONT_ING,
        f"“{span}”: a negative imperative takes the bare verb (“{lead} {verb}”)",
        (f"{lead} {verb}",),
        fix_to=f"{lead} {verb}",
    )


#: What a person is said to be "easy to" become: a state ("get angry"), or an illness caught.
_EASY_STATES = frozenset("get become feel catch develop".split())
#: Words after "get" that make the person its object, not its subject ("easy to get along with").
_GET_PARTICLES = frozenset("along hold rid used through past over around on to know".split())
#: Illnesses a person is said to be "easy to catch" ("children are easy to catch cold").
_CAUGHT = frozenset("cold colds flu infection infections disease diseases fever sick ill".split())
#: Degree words between "be" and "easy".
_EASY_DEGREE = frozenset("very more so quite really too".split())
_PERSON_PRONOUNS = frozenset("he she they we you i".split())


def _person_easy_to(s: Scan, i: int) -> Hit | None:
    """ "People with liver disease are easy to get angry", "children are easy to catch cold": a person
    subject + "be easy to" + a verb of becoming or catching; "It is easy to get tired" (an extraposed
    "it") and "The flu is easy to catch" (the thing caught) are English."""
    if not (s.adjacent(i) and i + 2 < s.n and s.lowers[i + 1] == "to" and s.adjacent(i + 1)):
        return None
    verb = s.lowers[i + 2]
    if verb in _EASY_EVENTS:
        return _thing_easy_to(s, i, verb)
    if (
        verb in _EASY_HARMS
        and i + 3 < s.n
        and s.adjacent(i + 2)
        and (s.lowers[i + 3] in _HARMED_DETERMINERS or (verb, s.lowers[i + 3]) in _EASY_LINKS)
    ):
        # "Cold weather is easy to hurt the spleen", "these foods are easy to stimulate the digestive tract",
        # "is easy to lead to": the verb's own object after it (an object-less "Thin skin is easy to hurt" is
        # the thing hurt, which English says so)
        return _thing_easy_to(s, i, verb)
    if verb not in _EASY_STATES or not s.adjacent(i + 2) or i + 3 >= s.n:
        return None
    after = s.lowers[i + 3]
    if after in ("a", "the"):
        after = s.lowers[i + 4] if i + 4 < s.n and s.adjacent(i + 3) else ""
    if verb in ("catch", "develop"):
        if after not in _CAUGHT:
            return None  # "easy to catch" a person: the thief is the one caught
    elif after in CLOSED_CLASS or after in _GET_PARTICLES or not after.isalpha():
        return None  # "easy to get along with", "easy to get to know": the person is the object
    j = i - 1
    if j >= 0 and s.joinable[j] and s.lowers[j] in _EASY_DEGREE:
        j -= 1
    if j < 0 or not s.joinable[j] or s.lowers[j] not in BE_FORMS:
        return None
    # the subject: a person pronoun or a plural naming people, right before "be" or a few words back
    # ("People with liver disease are")
    subject = None
    for k in range(j - 1, max(-1, j - 6), -1):
        if not s.joinable[k]:
            break
        w = s.lowers[k]
        if w in _PERSON_PRONOUNS or _people(w):
            subject = k
            break
        if w in ("it", "this", "that", "which", "what"):
            return None
    if subject is None:
        return None
    span = s.prose[s.starts[j] : s.ends[i + 2]]
    return Hit(
        s.starts[j],
        s.ends[i + 2],
        PERSON_EASY_TO,
        f"“{span}”: a person is not “easy to {s.lowers[i + 2]}”; English writes “{s.lowers[i + 2]} … easily” or "
        "“are prone to …”",
        (),
    )


#: What a thing is said to be "easy to" do (容易 + verb): happen, come back or cause something. None can be
#: read with the thing as the object ("The flu is easy to catch" can), so any subject but an extraposed "it"
#: is the error.
_EASY_EVENTS = frozenset("occur happen appear arise recur relapse cause induce trigger breed".split())
#: Verbs of harming that take an object: after "be easy to" with that object, the subject is what harms
#: ("is easy to hurt the spleen"), a calque of 容易 + verb; "lead to" and "result in" the same.
_EASY_HARMS = frozenset(
    "hurt damage injure harm stimulate irritate aggravate worsen affect lead result".split()
)
_HARMED_DETERMINERS = frozenset("the a an your our their his her its people patients children".split())
_EASY_LINKS = frozenset({("lead", "to"), ("result", "in")})
#: Subjects that make "is easy to" the extraposed frame ("It is easy to cause damage").
_EXTRAPOSED = frozenset("it this that what which there".split())


def _thing_easy_to(s: Scan, i: int, verb: str) -> Hit | None:
    """ "Spicy food is easy to cause damp-heat", "relapse is easy to occur": any subject but an extraposed
    "it" + "be easy to" + a verb of happening or causing; English writes "can easily cause" or "tends to"."""
    j = i - 1
    if j >= 0 and s.joinable[j] and s.lowers[j] in _EASY_DEGREE:
        j -= 1
    if j < 1 or not s.joinable[j] or s.lowers[j] not in BE_FORMS or not s.joinable[j - 1]:
        return None
    if s.lowers[j - 1] in _EXTRAPOSED:
        return None
    span = s.prose[s.starts[j] : s.ends[i + 2]]
    return Hit(
        s.starts[j],
        s.ends[i + 2],
        PERSON_EASY_TO,
        f"“{span}”: English writes “can easily {verb}” or “tends to {verb}” (“easy to” describes a task, not "
        "what a thing tends to do)",
        (f"can easily {verb}",),
    )


def _intake_verb(s: Scan, i: int) -> Hit | None:
    """ "should intake less than 500 mg", "you need to intake more water": the noun "intake" after a
    modal, "to" or "not", with its object after it."""
    if i == 0 or not s.joinable[i - 1] or not s.adjacent(i):
        return None
    before, nxt = s.lowers[i - 1], s.lowers[i + 1]
    if before not in (
        "should",
        "must",
        "can",
        "will",
        "may",
        "could",
        "would",
        "not",
        "to",
        "please",
        "cannot",
    ):
        return None
    if not (nxt in _OBJECT_STARTS or nxt in ("less", "more", "enough", "too", "plenty") or nxt[:1].isdigit()):
        return None
    if (
        before == "to"
        and i > 1
        and s.joinable[i - 2]
        and s.lowers[i - 2]
        not in ("need", "needs", "have", "has", "want", "try", "able", "how", "recommended", "advised")
    ):
        return None  # "compared to intake", "in addition to intake": the noun after a preposition
    return Hit(
        s.starts[i],
        s.ends[i],
        INTAKE_VERB,
        "“intake” is a noun; write “take in”, “consume” or “eat” (or “keep your intake of … below …”)",
        ("take in", "consume"),
    )


def _uncountable_article(s: Scan, i: int) -> Hit | None:
    """ "another evidence for", "an important information for you", "It is a good news.": "a", "an",
    "another", "each" or "every", at most one modifier, and a non-count noun that ends its phrase."""
    j = i - 1
    if j < 0 or not s.joinable[j] or not s.is_lower(i):
        return None
    if s.lowers[j] not in _COUNTING:
        modifier = s.lowers[j]
        if modifier in CLOSED_CLASS or not modifier.isalpha() or not s.is_lower(j):
            return None
        if modifier == "little":
            return None  # "a little research", "a little evidence": the quantifier of a non-count noun
        if not {SINGULAR, PLURAL}.isdisjoint(classes(modifier)):
            return (
                None  # a noun before it makes a compound or a slip of another kind ("a cancer research[er]")
            )
        j -= 1
        if j < 0 or not s.joinable[j] or s.lowers[j] not in _COUNTING:
            return None
    if not s.phrase_ends(i, coordinator=False):
        return None  # a compound: "a news conference", "an information leaflet"
    det, noun = s.lowers[j], s.lowers[i]
    span = s.prose[s.starts[j] : s.ends[i]]
    unit = (
        "piece of " if noun in ("information", "advice", "evidence", "news", "equipment", "furniture") else ""
    )
    better = f"another {unit}{noun}" if det == "another" and unit else f"a {unit}{noun}" if unit else noun
    return Hit(
        s.starts[j],
        s.ends[i],
        UNCOUNTABLE_ARTICLE,
        f"“{span}”: “{noun}” is uncountable in English and takes no “{det}”"
        + (f" (“{better}”, or “more {noun}”)" if det == "another" else f" (“{better}”)" if unit else ""),
        (better,) if unit else (),
    )


#: Quantifiers between "there are" and a non-count noun ("There are some information").
_THERE_QUANTIFIERS = frozenset({"some", "more", "also", "no", "much", "many", "several", "still"})


def _uncountable_there_are(s: Scan, i: int) -> Hit | None:
    """ "here are some information about the leaves", "There are news from Mariupol": "there" or "here",
    "are" or "were", at most one quantifier, and a non-count noun that ends its phrase (not "there are some
    research laboratories", a compound). The verb of "there is" agrees with the noun after it, and a
    non-count noun is singular: "here is some information"."""
    j = i - 1
    if j < 0 or not s.joinable[j] or not s.is_lower(i):
        return None
    if s.lowers[j] in _THERE_QUANTIFIERS:
        j -= 1
        if j < 0 or not s.joinable[j]:
            return None
    if s.lowers[j] not in ("are", "were") or j < 1 or not s.joinable[j - 1]:
        return None
    if s.lowers[j - 1] not in ("there", "here"):
        return None
    if not s.phrase_ends(i, coordinator=False):
        return None  # a compound: "there are some research laboratories"
    verb, noun = s.text(j), s.lowers[i]
    singular = "is" if s.lowers[j] == "are" else "was"
    return Hit(
        s.starts[j],
        s.ends[j],
        UNCOUNTABLE_THERE_ARE,
        f"“{s.prose[s.starts[j - 1] : s.ends[i]]}”: “{noun}” is uncountable and singular in English, so the verb "
        f"before it is “{singular}”, not “{verb}”",
        (singular,),
        fix_to=singular,
    )


#: Nouns that name the whole of their kind with no article: "nature" (the physical world), "mankind",
#: "humankind" (Swan, Practical English Usage, "the": no article with nouns used in a general sense). With
#: "of" after it "the nature" is the character of something, which English writes so.
_GENERIC_NOUNS = frozenset({"nature", "mankind", "humankind"})
#: How many words after the noun an "of" or a "for" may stand, after "and", "or" or a comma, and still belong
#: to it ("the nature, and academic and social significance of this association": one "of" for all).
_SHARED_OF_REACH = 10
#: The prepositions that give such a list its object ("the nature and management ... for catatonia").
_SHARED_OF = frozenset({"of", "for"})


def _generic_the(s: Scan, i: int) -> Hit | None:
    """ "gifts from the nature", "the mankind has": a lower-case "the" right before "nature", "mankind" or
    "humankind", the noun ending its phrase (not "the nature reserve", "the nature of the disease", "the
    nature's", nor "the nature and extent of", which shares its "of")."""
    j = i - 1
    if j < 0 or not s.joinable[j] or s.lowers[j] != "the" or not s.is_lower(i):
        return None
    if not (s.is_lower(j) or s.clause_start(j)):
        return None  # a name: "The Nature Conservancy" has its capitals on both words
    if i + 1 < s.n and s.prose[s.ends[i] : s.ends[i] + 1] in ("'", "\u2019"):
        return None  # a possessive: "the nature's way" is another slip, left
    if not s.phrase_ends(i, coordinator=True):
        return None  # a compound: "the nature reserve"
    after = s.prose[s.ends[i] : s.ends[i] + 2]
    if after[:1] == "." and after[1:2].isalnum():
        return None  # an address: "the nature.com journal"
    if i + 1 < s.n:
        nxt = s.lowers[i + 1]
        if nxt == "of":
            return None
        # a list that shares one "of": "the nature and management of", "the nature, intensity and velocity of"
        if (nxt in ("and", "or") or after[:1] == ",") and not _SHARED_OF.isdisjoint(
            s.lowers[i + 1 : i + 1 + _SHARED_OF_REACH]
        ):
            return None
    noun = s.lowers[i]
    return Hit(
        s.starts[j],
        s.ends[i],
        GENERIC_THE,
        f"“{s.prose[s.starts[j] : s.ends[i]]}”: “{noun}” in its general sense takes no article in English",
        (s.text(i),),
    )


#: The last word of a phrase whose "to" is a preposition -> the words one of which must stand one or two
#: words before it ("pay attention to", "pay close attention to", "look forward to", "looking forward to")
_TO_PHRASES: dict[str, frozenset[str]] = {
    "attention": frozenset({"pay", "pays", "paid", "paying"}),
    "forward": frozenset({"look", "looks", "looked", "looking"}),
}
#: "prevent" in its active forms: "prevented from" is mostly the passive ("are prevented from being
#: reabsorbed", MedQuAD), which needs no object
_PREVENT_ACTIVE = frozenset({"prevent", "prevents", "preventing"})
#: Words after which a verb that may also be a noun is read as the verb: its object or a complement
#: follows at once ("pay attention to check whether", "to drink more water")
_OBJECT_STARTS = frozenset(
    "the a an this that these those your their his her its our my more less whether if enough some any all "
    "them it him you us".split()
)
#: Determiners and pronouns that may open the object after "after" or "before" and a bare verb
_OBJECT_DETERMINERS = frozenset("the a an this that these those your their his her its our my".split())


def _verb_here(s: Scan, k: int) -> bool:
    """Word k is a bare verb in this place: a verb that is no noun ("enter", "avoid"), an irregular one
    ("keep", "take"), or a verb that may be a noun with its object or complement right after it
    ("check whether", "drink more water"); a plural or -ing word is no bare verb."""
    if k >= s.n or not s.is_lower(k):
        return False
    word = s.lowers[k]
    if word in _IRREGULAR_BARE or word == "take":
        return True
    cls = classes(word)
    if VERB_ONLY in cls:
        return True
    return BARE_VERB in cls and k + 1 < s.n and s.adjacent(k) and s.lowers[k + 1] in _OBJECT_STARTS


def _preposition_to(s: Scan, i: int) -> Hit | None:
    """ "pay attention to keep warm", "looking forward to see": a bare verb after the prepositional "to"
    of "pay attention to" or "look forward to" (one adjective may stand before "attention": "pay close
    attention to"); "pay attention to diet" (a noun) and "to keeping warm" pass."""
    heads = _TO_PHRASES[s.lowers[i]]
    head = next((j for j in (i - 1, i - 2) if j >= 0 and s.joinable[j] and s.lowers[j] in heads), None)
    if head is None and s.lowers[i] == "attention":
        return _passive_attention_to(s, i)
    if head is None or any(not s.joinable[j] for j in range(head, i)):
        return None
    if not (s.adjacent(i) and i + 1 < s.n and s.lowers[i + 1] == "to" and s.adjacent(i + 1)):
        return None
    if not _verb_here(s, i + 2):
        return None
    verb = s.lowers[i + 2]
    phrase = s.prose[s.starts[head] : s.ends[i + 1]]
    return Hit(
        s.starts[head],
        s.ends[i + 2],
        PREPOSITION_TO,
        f"“{phrase} {verb}”: in “{phrase}”, “to” is a preposition and takes an -ing form, not a bare verb",
        (f"{phrase} {_ing(verb)}",),
    )


_ATTENTION_MODALS = frozenset("should must will would can could may might".split())


def _passive_attention_to(s: Scan, i: int) -> Hit | None:
    """ "Attention should be paid to avoid overheating food": the passive of "pay attention to" before a bare verb
    (应注意避免), where English writes "to avoiding" or "care should be taken to avoid"."""
    k = i + 1
    if k < s.n and s.lowers[k] in _ATTENTION_MODALS and s.adjacent(i):
        k += 1
    if not (k + 3 < s.n and all(s.adjacent(j) for j in range(i, k + 2))):
        return None
    if (
        s.lowers[k] not in ("be", "is", "are", "was", "were")
        or s.lowers[k + 1] != "paid"
        or s.lowers[k + 2] != "to"
    ):
        return None
    if not _verb_here(s, k + 3):
        return None
    verb = s.lowers[k + 3]
    phrase = s.prose[s.starts[i] : s.ends[k + 2]]
    return Hit(
        s.starts[i],
        s.ends[k + 3],
        PREPOSITION_TO,
        f"“{phrase} {verb}”: in “{phrase}”, “to” is a preposition and takes an -ing form, not a bare verb "
        f"(or write “care should be taken to {verb}”)",
        (f"{phrase} {_ing(verb)}",),
    )


def _prevent_from(s: Scan, i: int) -> Hit | None:
    """ "prevent from dehydration" (no object before "from") and "prevent fatigue to affect the
    recovery" (an object and a to-infinitive): English writes "prevent dehydration" or "prevent X from
    V-ing". The object is one to three lower-case nouns or adjectives with no verb among them, and the
    word after "to" a bare verb in its place ("prevent infection to the baby" has no verb)."""
    if not s.adjacent(i) or i + 1 >= s.n:
        return None
    if s.lowers[i + 1] == "from":
        return Hit(
            s.starts[i],
            s.ends[i + 1],
            PREVENT_FROM,
            f"“{s.prose[s.starts[i] : s.ends[i + 1]]}”: “prevent” takes its object before “from” "
            "(“prevent it from recurring”), or no “from” at all (“prevent dehydration”)",
            (),
        )
    k = i + 1
    if s.lowers[k] in _OBJECT_DETERMINERS and s.adjacent(k):
        k += 1
    first_noun = k
    while k < s.n and k - first_noun < 3 and s.is_lower(k):
        word = s.lowers[k]
        if word == "to":
            break
        cls = classes(word)
        if word in CLOSED_CLASS or not word.isalpha() or VERB_ONLY in cls or not s.adjacent(k):
            return None
        k += 1
    if k == first_noun or k >= s.n or s.lowers[k] != "to" or not s.adjacent(k) or not _verb_here(s, k + 1):
        return None
    verb = s.lowers[k + 1]
    obj = s.prose[s.starts[i + 1] : s.ends[k - 1]]
    return Hit(
        s.starts[i],
        s.ends[k + 1],
        PREVENT_FROM,
        f"“{s.prose[s.starts[i] : s.ends[k + 1]]}”: “prevent” takes “from” and an -ing form, not a "
        "to-infinitive",
        (f"{s.text(i)} {obj} from {_ing(verb)}",),
    )


def _be_easily_to(s: Scan, i: int) -> Hit | None:
    """ "is easily to produce gas" and "is need to supply": "be" + "easily" or a bare "need" + "to" + a
    verb, where English writes "is easy to" and "needs to" (or "is needed to")."""
    if i == 0 or not s.joinable[i - 1] or s.lowers[i - 1] not in BE_FORMS:
        return None
    if not (s.adjacent(i) and i + 1 < s.n and s.lowers[i + 1] == "to" and s.adjacent(i + 1)):
        return None
    if not (
        _verb_here(s, i + 2) or (i + 2 < s.n and s.is_lower(i + 2) and BARE_VERB in classes(s.lowers[i + 2]))
    ):
        return None
    be, word = s.text(i - 1), s.lowers[i]
    span = s.prose[s.starts[i - 1] : s.ends[i + 1]]
    if word == "easily":
        return Hit(
            s.starts[i - 1],
            s.ends[i + 1],
            BE_EASILY_TO,
            f"“{span}”: an adverb cannot follow “{be}” before a to-infinitive; write “{be} easy to”",
            (f"{be} easy to",),
        )
    return Hit(
        s.starts[i - 1],
        s.ends[i + 1],
        BE_EASILY_TO,
        f"“{span}”: “need” after “{be}” is no verb form; write “{be} needed to” or “needs to”",
        (f"{be} needed to",),
    )


def _word_before_object(s: Scan, i: int) -> str | None:
    """The lower-case word right after word ``i`` when a determiner opening an object follows it, in one
    phrase ("after [enter] the autumn", "by [increase] the consumption"), else None."""
    k = i + 1
    if not (s.adjacent(i) and k + 1 < s.n and s.is_lower(k) and s.adjacent(k)):
        return None
    return s.lowers[k] if s.lowers[k + 1] in _OBJECT_DETERMINERS else None


#: Particles that make the bare word before them a phrasal verb ("After wake up", "before get out of bed")
_PARTICLES = frozenset("up down out off back away".split())


def _after_bare_verb(s: Scan, i: int) -> Hit | None:
    """ "After enter the autumn": "after", "before" or "without" + a verb that is no noun + a determiner opening
    its object, where English writes "after entering the autumn"; and (s56) a bare verb before its particle ("After
    wake up in the morning"; a noun after them, "after exercise", "before sleep", has none), or "without" before a
    past participle and its agent ("without prescribed by the doctor": "without being prescribed")."""
    k = i + 1
    verb = _word_before_object(s, i)
    if verb is None and s.adjacent(i) and k + 1 < s.n and s.is_lower(k) and s.adjacent(k):
        after = s.lowers[k + 1]
        cls = classes(s.lowers[k])
        if s.lowers[i] == "without" and after == "by" and VERB_PAST in cls:
            return Hit(
                s.starts[i],
                s.ends[k],
                AFTER_BARE_VERB,
                f"“{s.prose[s.starts[i] : s.ends[k + 1]]}”: a participle with its agent after “without” needs "
                "“being”",
                (f"{s.text(i)} being {s.text(k)}",),
            )
        if after in _PARTICLES and BARE_VERB in cls and s.lowers[k] not in CLOSED_CLASS:
            return Hit(
                s.starts[i],
                s.ends[k],
                AFTER_BARE_VERB,
                f"“{s.prose[s.starts[i] : s.ends[k + 1]]}”: after “{s.lowers[i]}”, a verb takes its -ing form",
                (f"{s.text(i)} {_ing(s.lowers[k])}",),
            )
    if verb is None or VERB_ONLY not in classes(verb):
        return None
    return Hit(
        s.starts[i],
        s.ends[k],
        AFTER_BARE_VERB,
        f"“{s.prose[s.starts[i] : s.ends[k]]}”: after “{s.lowers[i]}”, a verb takes its -ing form",
        (f"{s.text(i)} {_ing(verb)}",),
    )


#: Prepositions after which the reference writes a verb's -ing form ("by increasing", "for preventing",
#: "without taking"): the ones whose slip with the bare form the pages show.
_GERUND_PREPOSITIONS = frozenset("by for without after before about upon through".split())
#: How often the reference must write the preposition with the -ing form, and how many times more often
#: than with the bare form, for the bare form to be read as a verb that lost its "-ing"
_MIN_GERUND_PAIRS = 4
_GERUND_RATIO = 10


def _preposition_bare_verb(s: Scan, i: int) -> Hit | None:
    """ "By increase the consumption of vegetables", "for prevent the disease": a preposition, then a
    bare verb and a determiner opening its object. The word may be a noun too ("increase"): a noun after
    the preposition would need its own determiner ("by an increase in"), and the reference decides which
    reading is English there: it writes the preposition with the -ing form at least ``_MIN_GERUND_PAIRS``
    times and ``_GERUND_RATIO`` times as often as with the bare form ("by increasing" 16, "by increase"
    0), so fixed phrases the reference uses ("by far the", "by default the", "for example the") never
    count."""
    k = i + 1
    verb = _word_before_object(s, i)
    if (
        verb is None
        or len(verb) < 3
        or not verb.isalpha()
        or verb.endswith(("ing", "ed", "s", "ly"))
        or verb in CLOSED_CLASS
    ):
        return None
    if not _is_bare_verb(verb):
        return None
    preposition = s.lowers[i]
    if preposition in ("after", "before", "without") and VERB_ONLY in classes(verb):
        return None  # after-bare-verb's own reading
    stats = refstats.load()
    gerund = _ing(verb)
    with_gerund = stats.count(preposition, gerund)
    if with_gerund < _MIN_GERUND_PAIRS or stats.count(preposition, verb) * _GERUND_RATIO > with_gerund:
        return None
    return Hit(
        s.starts[i],
        s.ends[k],
        PREPOSITION_BARE_VERB,
        f"“{s.prose[s.starts[i] : s.ends[k]]}”: after “{preposition}”, a verb takes its -ing form",
        (f"{s.text(i)} {gerund}",),
    )


#: word classes of a noun or a verb: a modifier before the people that has one is no adjective
_NOUN_OR_VERB = frozenset({SINGULAR, PLURAL, BARE_VERB, VERB_ONLY})
#: Plurals naming people that have no regular singular to look up
_PEOPLE = frozenset("people women men children kids".split())
#: Words before "at" whose "at" takes a person ("look at", "aimed at", "angry at", "good at"): verbs of
#: looking, aiming and reacting, and adjectives of feeling and skill, by their stems
_AT_PERSON_HEADS = re.compile(
    r"(?:look|aim|target|direct|point|laugh|stare|glanc|smil|shout|yell|throw|thrown|threw|hurl|wav|nod|"
    r"marvel|gaz|grin|frown|scream|snap|lash|jab|swip|rail|sneer|scoff|poke|wink|arriv|strik|struck|fir|"
    r"angry|mad|upset|annoyed|furious|good|bad|better|best|worse|worst|great|expert|cross)\w*"
)


def _at_group(s: Scan, i: int) -> Hit | None:
    """ "at" before a group of people ("helps at pregnant women", "is rare at children"), one
    modifier allowed between; not after a verb of looking or aiming or an adjective of feeling or
    skill ("aimed at young people", "angry at patients"), nor before a possessive or a name
    ("at children's hospitals", "at Children's Mercy")."""
    # the head may stand a word back, past an adverb or a particle ("looked only at patients",
    # "aimed primarily at people", "striking out at people")
    for back in (1, 2):
        j = i - back
        if j < 0 or not s.joinable[j]:
            break
        if _AT_PERSON_HEADS.fullmatch(s.lowers[j]):
            return None
    k = i + 1
    if not (s.adjacent(i) and s.is_lower(k)):
        return None
    if not _people(s.lowers[k]):
        if not (s.adjacent(k) and s.is_lower(k + 1) and _people(s.lowers[k + 1])):
            return None
        modifier = s.lowers[k]
        if modifier in CLOSED_CLASS - {"some", "many", "all", "these", "those", "such", "most"}:
            return None  # "at the", "at their" ...: "at most patients" is still read
        if modifier in ("least", "last") or not modifier.isalpha():
            return None  # "at least children", "at 400 people": a quantity or a count
        if modifier.endswith("ing") or not _NOUN_OR_VERB.isdisjoint(classes(modifier)):
            return None  # a gerund with its object ("at helping people") or a noun ("at risk men")
        k += 1
    after = _gap(s, k)
    if after[:1] in ("'", "’"):
        return None  # a possessive: "at women's clinics"
    words = s.prose[s.starts[i] : s.ends[k]]
    return Hit(
        s.starts[i],
        s.ends[k],
        AT_GROUP,
        f"“{words}”: English writes “in” or “among” before a group of people (“in {s.prose[s.starts[i + 1] : s.ends[k]]}”), "
        "or “for” where it is who is helped",
        (f"in {s.prose[s.starts[i + 1] : s.ends[k]]}",),
    )


def _people(word: str) -> bool:
    """A plural noun naming people: "women", "children", "adults", "patients", "smokers"."""
    if word in _PEOPLE:
        return True
    return word.endswith("s") and PERSON in classes(word[:-1])


def _to_verb(s: Scan, i: int) -> str | None:
    """The bare verb of "X to V" at i ("insist to take", "capable to heal"), or None: a noun after
    "to" ("capable to the end") is no infinitive."""
    if not (s.adjacent(i) and s.adjacent(i + 1) and s.lowers[i + 1] == "to" and s.is_lower(i + 2)):
        return None
    verb = s.lowers[i + 2]
    return verb if _is_bare_verb(verb) else None


def _complement_hit(s: Scan, i: int, verb: str, word: str, takes: str, suggestions: tuple[str, ...]) -> Hit:
    """``verb-complement`` over "X to V": ``word`` (X's lemma) takes ``takes`` and an -ing form, not a
    to-infinitive."""
    head = s.text(i)
    return Hit(
        s.starts[i],
        s.ends[i + 2],
        VERB_COMPLEMENT,
        f"“{head} to {verb}”: “{word}” takes “{takes}” and an -ing form, not a to-infinitive",
        suggestions,
    )


def _insist(s: Scan, i: int) -> Hit | None:
    verb = _to_verb(s, i)
    if verb is None:
        return None
    head = s.text(i)
    return _complement_hit(s, i, verb, "insist", "on", (f"{head} on {_ing(verb)}", f"keep {_ing(verb)}"))


def _capable(s: Scan, i: int) -> Hit | None:
    """ "capable to heal": "capable" + "to" + a bare verb (no noun: "capable to the end" is not this)."""
    verb = _to_verb(s, i)
    if verb is None:
        return None
    return _complement_hit(s, i, verb, s.lowers[i], "of", (f"{s.text(i)} of {_ing(verb)}",))


def _happen(s: Scan, i: int) -> Hit | None:
    if not (s.adjacent(i) and s.is_lower(i + 1)):
        return None
    noun = s.lowers[i + 1]
    if (
        noun in _HAPPEN_QUANTIFIERS
        and i + 2 < s.n
        and s.joinable[i + 1]
        and s.lowers[i + 2] not in _TIME_NOUNS
        and s.lowers[i + 2] != "times"
        and (_noun_only(s.lowers[i + 2]) or PLURAL in classes(s.lowers[i + 2]))
    ):
        # a quantifier before the noun: "will appear more signs" (源: 会出现更多症状)
        return _happen_hit(s, i, i + 2)
    if noun in _TIME_NOUNS:
        return None
    if not _noun_only(noun):
        # a noun that is a verb too ("pain"), heading a list of complaints: "may appear pain, fever and jaundice"
        cls = classes(noun)
        listed = (
            BARE_VERB in cls
            and VERB_ONLY not in cls
            and i + 2 < s.n
            and _gap(s, i + 1).strip() == ","
            and _noun_only(s.lowers[i + 2])
        )
        if not (listed and s.lowers[i] in _HAPPEN_VERBS):
            return None
        return _happen_hit(s, i, i + 1)
    # the noun must end its phrase ("appear headache, dizzy"); a noun modifier ("occur pain
    # relief ...") or a possessive is another structure
    nxt_gap = _gap(s, i + 1)
    if i + 2 < s.n and s.joinable[i + 1] and s.lowers[i + 2] not in ("and", "or"):
        return None
    if "'" in nxt_gap[:1] or "\u2019" in nxt_gap[:1]:
        return None
    return _happen_hit(s, i, i + 1)


#: Quantifiers a verb of happening may be followed by before its noun object ("appear more signs").
_HAPPEN_QUANTIFIERS = frozenset({"more", "many", "several", "various", "other", "new", "further"})


def _happen_hit(s: Scan, i: int, last: int) -> Hit:
    """The finding for a verb of happening at word i with a noun object ending at word ``last``."""
    verb, lemma = s.text(i), _HAPPEN_VERBS[s.lowers[i]]
    noun = s.prose[s.starts[i + 1] : s.ends[last]]
    plural = last > i + 1 and PLURAL in classes(s.lowers[last])
    subject = f"“{noun} {lemma}”" if plural else f"“{noun} {lemma}s”"
    return Hit(
        s.starts[i],
        s.ends[last],
        INTRANSITIVE_OBJECT,
        f"“{verb} {noun}”: “{lemma}” takes no object; what it names is its subject "
        f"({subject}) or the object of “have” or “develop”",
        (),
    )


#: Subordinators after which a finite auxiliary cannot stand first ("although is a little slower"): not "when" and
#: "if", which open questions and conditions with an inverted auxiliary, nor "though", an adverb before a verb ("The
#: beauty of it though is ..."); 0 in MedQuAD, the clean sentences and FakeHealth
_AUXILIARY_SUBORDINATORS = frozenset("although because unless whereas".split())
_FINITE_AUXILIARIES = frozenset("is are was were has have can will could should would".split())


def _subjectless(s: Scan, i: int) -> Hit | None:
    if not (s.adjacent(i) and s.is_lower(i + 1)):
        return None
    verb = s.lowers[i + 1]
    if s.lowers[i] in _AUXILIARY_SUBORDINATORS and verb in _FINITE_AUXILIARIES:
        words = s.prose[s.starts[i] : s.ends[i + 1]]
        return Hit(
            s.starts[i],
            s.ends[i + 1],
            SUBJECTLESS_CLAUSE,
            f"“{words}”: the clause has no subject; English needs one before “{verb}” (“{s.text(i)} it {verb}”)",
            (),
        )
    by_object = VERB_ONLY not in classes(verb)
    if by_object and not _verb_by_its_object(s, i + 1):
        return None
    # "if appear chest pain": the verb needs something after it in the clause; "if desired" is a
    # past form, which the table does not class as bare
    if not s.phrase_continues(i + 1):
        return None
    words = s.prose[s.starts[i] : s.ends[i + 1]]
    return Hit(
        s.starts[i],
        s.ends[i + 1],
        SUBJECTLESS_CLAUSE,
        f"“{words}”: the clause has no subject; English needs one before “{verb}” "
        + (f"(“{s.text(i)} you {verb}”)" if by_object else f"(“{s.text(i)} it {verb}s”)"),
        (),
    )


#: Words that open a verb's object or complete a phrasal verb and cannot follow a noun straight
#: after a subordinator ("if take the tablets", "when get up", "if have the gene")
_VERB_OBJECTS = _DETERMINERS - {"no", "such"} | frozenset("it them him me us up down out off back".split())
#: Auxiliaries that invert with their subject after "when" in a question ("When do the symptoms
#: start?", "When have the results come back?")
_AUXILIARIES = frozenset("do have".split())
#: Verbs whose "to" is their own ("when go to bed"); after a word that may be a noun, "to" is as
#: often a preposition of the noun ("unless damage to the kidney occurs")
_TO_VERBS = frozenset("go come get".split())


def _verb_by_its_object(s: Scan, k: int) -> bool:
    """Word k, right after a subordinator, may be a bare verb or a noun ("stop", "take", "get"):
    it is the verb when an object, an object pronoun or a particle follows it at once ("if take the
    medicine", "when get up"), which a noun there cannot take, and when the reference text all but
    never writes it after a determiner (not "pain": "if pain the next day is worse"). MedQuAD's 2.7
    million words hold one such clause (a slip: "can tell you if have the HD gene"), WMT22's
    references and FakeHealth's news none."""
    if not (s.adjacent(k) and _is_bare_verb(s.lowers[k]) and _reference_verb(s.lowers[k])):
        return False
    if s.lowers[k - 1] == "when" and s.lowers[k] in _AUXILIARIES:
        return False  # a question: "When do the symptoms develop?"
    nxt = s.lowers[k + 1]
    return nxt in _VERB_OBJECTS or (nxt == "to" and s.lowers[k] in _TO_VERBS)


def _remind(s: Scan, i: int) -> Hit | None:
    if i + 1 >= s.n:
        return None
    gap = _gap(s, i).strip()
    if s.adjacent(i):
        if s.lowers[i + 1] != "that":
            return None
    elif gap not in (",", ":") or not _REMIND[s.lowers[i]]:
        return None
    if i > 0 and s.joinable[i - 1] and s.lowers[i - 1] in _PASSIVE_HEADS:
        return None
    end = s.ends[i + 1] if s.adjacent(i) else s.ends[i]
    verb = s.text(i)
    return Hit(
        s.starts[i],
        end,
        REMIND_OBJECT,
        f"“{s.prose[s.starts[i] : end]}”: “{verb}” needs the person told before what they are told "
        f"(“{verb} readers that”), or write “point out”, “stress” or “report”",
        (),
    )


def _timely(s: Scan, i: int) -> Hit | None:
    if i == 0 or not s.joinable[i - 1] or s.lowers[i - 1] in _ADJECTIVE_HEADS:
        return None
    gap = _gap(s, i).strip()
    if i + 1 < s.n and not (gap[:1] and gap[0] in ".!?;,"):
        return None
    prev = s.lowers[i - 1]
    if classes(prev) and BARE_VERB not in classes(prev) and not _noun_only(prev):
        return None
    return Hit(
        s.starts[i],
        s.ends[i],
        TIMELY_ADVERB,
        "“timely” is an adjective (“a timely visit”); after a verb phrase write “promptly”, “in time” "
        "or “without delay”",
        ("promptly", "in time", "without delay"),
    )


def _every_plural(s: Scan, i: int) -> Hit | None:
    """ "every days", "each patients": a plural noun and nothing else (no verb form, no singular reading) right
    after "every" or "each", in lower case, the two joined by a space only."""
    if i + 1 >= s.n or not s.adjacent(i) or not s.is_lower(i + 1):
        return None
    noun = s.lowers[i + 1]
    cls = classes(noun)
    if noun not in DURATION_UNITS and (PLURAL not in cls or NOT_VERB not in cls or SINGULAR in cls):
        return None  # the word table leaves the commonest time words out; "every days" is read all the same
    head = s.prose[s.starts[i] : s.ends[i]]
    words = s.prose[s.starts[i] : s.ends[i + 1]]
    if not noun.endswith("s"):
        # an irregular plural ("each children"): its singular is no regular ending away, so only "all" is offered
        return Hit(
            s.starts[i],
            s.ends[i + 1],
            EVERY_PLURAL,
            f"“{words}”: “{s.lowers[i]}” takes a singular noun (or write “all {noun}”)",
            (f"all {noun}",),
        )
    singular = regular_singular(noun)
    return Hit(
        s.starts[i],
        s.ends[i + 1],
        EVERY_PLURAL,
        f"“{words}”: “{s.lowers[i]}” takes a singular noun (“{head} {singular}”, or “all {noun}”)",
        (f"{head} {singular}",),
    )


def _contain_rich(s: Scan, i: int) -> Hit | None:
    if not (s.adjacent(i) and s.adjacent(i + 1) and s.lowers[i + 1] in _RICH and s.is_lower(i + 2)):
        return None
    noun = s.lowers[i + 2]
    if noun in ("in", "of") or not _noun_only(noun):
        return None
    words = s.prose[s.starts[i] : s.ends[i + 2]]
    return Hit(
        s.starts[i],
        s.ends[i + 2],
        CONTAIN_RICH,
        f"“{words}”: “{s.lowers[i + 1]}” is no determiner; write “rich in {noun}” or “contain plenty of {noun}”",
        (),
    )


def _avoid_bare(s: Scan, i: int) -> Hit | None:
    k = i + 1
    if k < s.n and s.adjacent(i) and s.lowers[k] in _DETERMINERS:
        k += 1
    first = i + 1
    k_np = k
    while k < s.n and k - k_np <= _MAX_NP and s.adjacent(k - 1) and s.is_lower(k):
        w = s.lowers[k]
        if w in _PHRASE_BREAKS or (k > k_np and w in _DETERMINERS):
            return None
        cls = classes(w)
        if k > k_np and VERB_ONLY in cls and _reference_verb(w):
            if s.phrase_continues(k) and s.joinable[k]:
                return None  # the verb has words after it: a relative clause or a compound
            words = s.prose[s.starts[first] : s.ends[k]]
            return Hit(
                s.starts[i],
                s.ends[k],
                AVOID_BARE_VERB,
                f"“{s.prose[s.starts[i] : s.ends[k]]}”: “avoid” takes a noun phrase or an -ing form, "
                f"not a clause with a bare verb (“avoid letting {words}”, or “avoid {_ing(w)}”)",
                (),
            )
        k += 1
    return None


def _comma_splice(s: Scan, i: int) -> Hit | None:
    if i == 0 or _gap(s, i - 1).strip() != ",":
        return None
    if not (s.adjacent(i) and s.adjacent(i + 1) and s.lowers[i + 1] == "is"):
        return None
    if s.lowers[i + 2] not in ("because", "why"):
        return None
    comma = s.ends[i - 1] + _gap(s, i - 1).index(",")
    return Hit(
        comma,
        s.ends[i + 2],
        COMMA_SPLICE,
        f"“, this is {s.lowers[i + 2]}”: two sentences joined by a comma; end the first with a full stop "
        "or a semicolon",
        (),
    )


def _half(s: Scan, i: int) -> Hit | None:
    """ "one and a half hour": "half" after "<number> and a", before a unit that ends its phrase (not
    the modifier of "a two and a half hour drive")."""
    if i < 3 or not all(s.adjacent(k) for k in range(i - 3, i + 1)):
        return None
    number, conj, art = s.lowers[i - 3], s.lowers[i - 2], s.lowers[i - 1]
    if conj != "and" or art != "a" or not (number in _NUMBERS or number.isdigit()):
        return None
    unit = s.lowers[i + 1]
    if unit not in _UNITS or not s.is_lower(i + 1) or not s.phrase_ends(i + 1):
        return None
    words = s.prose[s.starts[i - 3] : s.ends[i + 1]]
    fixed = s.prose[s.starts[i - 3] : s.starts[i + 1]] + unit + "s"
    return Hit(
        s.starts[i - 3],
        s.ends[i + 1],
        HALF_PLURAL,
        f"“{words}”: a number above one takes a plural unit (“{fixed}”)",
        (fixed,),
        fix_to=fixed,
        safe=True,
    )


_SUBJECT_PRONOUNS = frozenset("i we you he she it they".split())
#: The plural of each unit ("glass" -> "glasses"), and back.
_UNIT_PLURALS = {u: regular_plural(u) for u in _UNITS}
_PLURAL_UNITS = {p: u for u, p in _UNIT_PLURALS.items()}
#: Counts above one written as words ("two teaspoon"); "one" takes the singular.
_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty".split()
)
#: Words before the count that make the unit a modifier or a label's part ("a 2 week course" when the noun
#: is lost, "the 5 year", "every other 2"), or a list's count ("table 2", "step 3 day").
_BEFORE_COUNT_BLOCKERS = frozenset(
    "a an the this that these those each per first last next other another my your his her its our their "
    "type stage phase grade level class step table figure page chapter section version part number no".split()
)


def _numeral_unit(s: Scan, i: int) -> Hit | None:
    """ "add 2 teaspoon of honey", "for three week", "about 1 cups of tea": a count before a unit of the
    wrong number. The unit must end its phrase ("a 2 day course" makes it a modifier, "5 year old" an
    adjective's measure) and the count must stand alone: no decimal or thousands mark before it ("1.5 cup",
    "1,000 day"), no determiner or label ("a 10 minute walk", "stage 2 day"), and no second number of a range
    ending in one ("1 or 1 cups" is no count of one)."""
    if i == 0 or not s.is_lower(i) or not s.adjacent(i - 1):
        return None
    if not s.phrase_ends(i, coordinator=False) and not (
        # a comma then a function word closes the phrase ("for three week, we call it"); a comma then
        # a word may go on with a list of modifiers ("double blind, 28 day, randomized study")
        i + 1 < s.n
        and s.prose[s.ends[i] : s.starts[i + 1]].strip() == ","
        and (s.lowers[i + 1] in CLOSED_CLASS or s.lowers[i + 1] in _SUBJECT_PRONOUNS)
    ):
        return None
    if i + 1 < s.n and not s.joinable[i] and not s.prose[s.ends[i] : s.starts[i + 1]].strip():
        return None  # a name after it ("the five year Europe-wide project"): the unit is a modifier
    unit, count = s.lowers[i], s.lowers[i - 1]
    if unit in _UNITS:
        if not (count in _COUNT_WORDS or re.fullmatch(r"(?:[2-9]|[1-9]\d{1,2})(?:[-\u2013]\d{1,3})?", count)):
            return None
        fixed = _UNIT_PLURALS[unit]
    else:
        if count not in ("1", "one"):
            return None
        fixed = _PLURAL_UNITS[unit]
    if i >= 2:
        before = s.lowers[i - 2]
        if not s.joinable[i - 2]:
            # "1.5 cup", "1,000 day": the count is the tail of a longer number, with no space before it
            # (a sentence may end before it: "... honey. 2 teaspoon ...")
            if s.prose[s.starts[i - 1] - 1 : s.starts[i - 1]] not in (" ", "\n", "\t", "(", "\u201c", '"'):
                return None
        elif before in _BEFORE_COUNT_BLOCKERS or any(c.isdigit() for c in before):
            return None
        elif not s.is_lower(i - 2) and not s.clause_start(i - 2):
            return None  # a name or a label before the count ("COVID 19 day", "Windows 10 hour")
        elif unit not in _UNITS and before in ("or", "to", "and", "than"):
            return None  # "half to 1 cups": the end of a range, no count of one
    words = s.prose[s.starts[i - 1] : s.ends[i]]
    fix = s.prose[s.starts[i - 1] : s.starts[i]] + fixed
    what = "a number above one takes a plural unit" if unit in _UNITS else "one takes a singular unit"
    return Hit(
        s.starts[i - 1],
        s.ends[i],
        NUMERAL_UNIT,
        f"“{words}”: {what} (“{fix}”)",
        (fix,),
        fix_to=fix,
        safe=True,
    )


def _list_and_also(s: Scan, i: int) -> Hit | None:
    """ "your heart, kidneys and also eyes": "and also" joining the last item of a comma list, each
    item of at most ``_MAX_ITEM`` words and the last one ending its phrase. Spinners expand "and" to
    "and also" wherever it stands; in a list English has "and" alone. Neither the build-side MedQuAD
    answers nor FakeHealth's news write it; "and also" between clauses ("and also helps") is English
    and is left alone."""
    if i < 2 or s.lowers[i - 1] != "and" or not s.adjacent(i - 1):
        return None
    # the item before "and": up to _MAX_ITEM words in one phrase, after a comma
    k = i - 2
    while k > i - 2 - _MAX_ITEM and k >= 0 and s.adjacent(k):
        gap = _gap(s, k - 1) if k > 0 else ""
        if "," in gap:
            break
        k -= 1
    else:
        return None
    if k < 1 or "," not in _gap(s, k - 1) or s.lowers[k] in _CLAUSE_WORDS or s.lowers[k] in _CLAUSE_OPENERS:
        return None  # "..., which we showed and also with the result": a clause, not a list item
    # the last item: up to _MAX_ITEM words, not a clause, then the phrase ends
    j = i + 1
    if j >= s.n or not s.adjacent(i) or s.lowers[j] in _CLAUSE_WORDS:
        return None
    if classes(s.lowers[j]) and BARE_VERB in classes(s.lowers[j]) and NOT_VERB not in classes(s.lowers[j]):
        return None
    while j < i + 1 + _MAX_ITEM and s.adjacent(j):
        j += 1
    gap = _gap(s, j) if j + 1 < s.n else "."
    if j >= i + 1 + _MAX_ITEM or not any(c in ".,;:!?" for c in gap):
        return None
    return Hit(
        s.starts[i - 1],
        s.ends[i],
        LIST_AND_ALSO,
        "“and also” before a list's last item: an article spinner's expansion of “and”; English closes "
        "a list with “and”",
        ("and",),
        fix_to="and",
        safe=True,
    )


def _modifier(s: Scan, k: int) -> bool:
    """Word k may modify a noun inside the frame: a word of the phrase, not a closed-class word, a
    participle ("diagnosed with") or a comparative's "than"."""
    w = s.lowers[k]
    return (
        w not in CLOSED_CLASS
        and not w.endswith(("ed", "ing"))
        and any(c.isalpha() for c in w)
        and w not in _DISEASE_NOUNS
    )


def _patient_as_disease(s: Scan, i: int) -> Hit | None:
    """ "type I diabetic patients is an autoimmune disease" (patients called a disease), "as
    widespread as type II diabetes patients" (patients compared for how common they are), "prevent
    and heal diabetes patients" (patients as what is prevented). English says these of a disease;
    Chinese-English machine translation writes the patients for it. Each frame is closed: the words
    between must be modifiers of one noun phrase, so "patients are diagnosed with disease", "worse
    than the disease" and "prevent patients from falling" never match."""
    if not s.is_lower(i):
        return None
    hit = _patients_called_disease(s, i)
    if hit is None and _noun_phrase_ends(s, i):
        hit = _patients_compared(s, i) or _patients_prevented(s, i)
    return hit


def _noun_phrase_ends(s: Scan, i: int) -> bool:
    """The noun phrase ends at word i and is not the first of two joined ones ("patients and
    their families") nor the object of a verb that goes on ("prevent patients from falling")."""
    if not s.phrase_ends(i):
        return False
    return not (s.adjacent(i) and s.lowers[i + 1] in ("and", "or", "from", "with", "who", "to"))


def _patients_called_disease(s: Scan, i: int) -> Hit | None:
    k = i + 1
    if not s.adjacent(i):
        return None
    if s.lowers[k] in _PERFECT:
        if not s.adjacent(k):
            return None
        k += 1
        if s.lowers[k] in _COPULA_ADVERBS and s.adjacent(k):
            k += 1
        if s.lowers[k] != "been":
            return None
    elif s.lowers[k] not in _COPULAS:
        return None
    if not s.adjacent(k):
        return None
    k += 1
    if s.lowers[k] in _COPULA_ADVERBS and s.adjacent(k):
        k += 1
    if s.lowers[k] in ("a", "an") and s.adjacent(k):
        k += 1
    first = k
    while k < s.n and k - first < _MAX_MODIFIERS and s.lowers[k] not in _DISEASE_NOUNS:
        if not (_modifier(s, k) and s.adjacent(k)):
            return None
        k += 1
    if k >= s.n or s.lowers[k] not in _DISEASE_NOUNS or not s.phrase_ends(k):
        return None
    words = s.prose[s.starts[i] : s.ends[k]]
    return Hit(
        s.starts[i],
        s.ends[k],
        PATIENT_AS_DISEASE,
        f"“{words}”: patients are people, not a {s.lowers[k].rstrip('s')}; name the disease here, not the patients",
        (),
    )


def _modifiers_before(s: Scan, i: int) -> int:
    """The first word of the run of at most ``_MAX_MODIFIERS`` modifiers straight before word i."""
    k = i
    while k > 0 and i - k < _MAX_MODIFIERS and s.adjacent(k - 1) and _modifier(s, k - 1):
        k -= 1
    return k


def _patients_compared(s: Scan, i: int) -> Hit | None:
    k = _modifiers_before(s, i)
    if k < 2 or not s.adjacent(k - 1) or s.lowers[k - 1] not in ("as", "than"):
        return None
    if not s.adjacent(k - 2) or s.lowers[k - 2] not in _PREVALENCE:
        return None
    words = s.prose[s.starts[k - 2] : s.ends[i]]
    return Hit(
        s.starts[k - 2],
        s.ends[i],
        PATIENT_AS_DISEASE,
        f"“{words}”: a disease is common or widespread, its patients are not; compare the disease, not the patients",
        (),
    )


def _patients_prevented(s: Scan, i: int) -> Hit | None:
    k = _modifiers_before(s, i)
    start = None
    for j in range(k, i):
        # "prevent diabetes patients", or "prevent and heal diabetes patients" (the second verb is
        # the first word of the run, and at least one modifier stays between it and "patients")
        if j >= 1 and s.lowers[j - 1] in _PREVENT and s.adjacent(j - 1):
            start = j - 1
            break
        if j + 1 < i and j >= 2 and s.lowers[j - 1] == "and" and s.lowers[j - 2] in _PREVENT:
            if s.adjacent(j - 1) and s.adjacent(j - 2):
                start = j - 2
                break
    if start is None:
        return None  # "prevent patients" alone may go on ("prevent patients' falls")
    words = s.prose[s.starts[start] : s.ends[i]]
    return Hit(
        s.starts[start],
        s.ends[i],
        PATIENT_AS_DISEASE,
        f"“{words}”: a disease is prevented, not its patients; name the disease",
        (),
    )


def _comma_capital(s: Scan, i: int) -> Hit | None:
    """ ", Resulting in", ", While tamoxifen", ", So that": a linking word that continues the
    sentence, capitalised straight after a comma and one space, between two lower-case words. A
    sentence never restarts after a comma, so the capital is a cut that a translation pipeline
    (which splits at the source's clause marks) or a careless edit left. Names and titles ("Quartet,
    So Is Life") have a capital word on one side and are left alone."""
    if i == 0 or i + 1 >= s.n:
        return None
    t = s.text(i)
    if not (t[:1].isupper() and t[1:].islower() and len(t) > 1):
        return None
    if s.prose[s.ends[i - 1] : s.starts[i]] != ", ":
        return None
    before = s.text(i - 1)
    if not before.isalpha() or not before.islower() or not s.is_lower(i + 1) or not s.adjacent(i):
        return None
    return Hit(
        s.starts[i],
        s.ends[i],
        COMMA_CAPITAL,
        f"“, {t}”: a capital after a comma inside a sentence; write “{t.lower()}”, or end the sentence "
        "before it with a full stop",
        (t.lower(),),
        fix_to=t.lower(),
        safe=True,
    )


#: The frames tested word by word, in the order they are tried: the trigger words, then the (pattern, test) pairs
#: of the row; a word takes the first row it is in whose patterns are not all disabled ("inform" is read by
#: remind-object, not by verb-bare-person).
_FRAMES: tuple[tuple[frozenset[str], tuple[tuple[str, Callable[[Scan, int], Hit | None]], ...]], ...] = (
    (_INSIST, ((VERB_COMPLEMENT, _insist),)),
    (_CAPABLE, ((VERB_COMPLEMENT, _capable),)),
    (frozenset(_HAPPEN_VERBS), ((INTRANSITIVE_OBJECT, _happen),)),
    (_CONJUNCTIONS, ((SUBJECTLESS_CLAUSE, _subjectless),)),
    (frozenset(_REMIND), ((REMIND_OBJECT, _remind),)),
    (frozenset({"timely"}), ((TIMELY_ADVERB, _timely),)),
    (frozenset({"every", "each"}), ((EVERY_PLURAL, _every_plural),)),
    (_CONTAIN, ((CONTAIN_RICH, _contain_rich),)),
    (_AVOID, ((AVOID_BARE_VERB, _avoid_bare),)),
    (frozenset({"this"}), ((COMMA_SPLICE, _comma_splice),)),
    (frozenset({"half"}), ((HALF_PLURAL, _half),)),
    (frozenset(_UNITS) | frozenset(_PLURAL_UNITS), ((NUMERAL_UNIT, _numeral_unit),)),
    (frozenset({"also"}), ((LIST_AND_ALSO, _list_and_also),)),
    (_PATIENTS, ((PATIENT_AS_DISEASE, _patient_as_disease),)),
    (frozenset({"at"}), ((AT_GROUP, _at_group),)),
    (frozenset(_TO_PHRASES), ((PREPOSITION_TO, _preposition_to),)),
    (_PREVENT_ACTIVE, ((PREVENT_FROM, _prevent_from), (PREVENT_FOOD, _prevent_food))),
    (frozenset({"easily", "need"}), ((BE_EASILY_TO, _be_easily_to),)),
    (
        frozenset({"after", "before", "without"}),
        ((AFTER_BARE_VERB, _after_bare_verb), (PREPOSITION_BARE_VERB, _preposition_bare_verb)),
    ),
    (
        _GERUND_PREPOSITIONS - {"after", "before", "without"},
        ((PREPOSITION_BARE_VERB, _preposition_bare_verb),),
    ),
    (
        _NON_COUNT,
        ((UNCOUNTABLE_ARTICLE, _uncountable_article), (UNCOUNTABLE_THERE_ARE, _uncountable_there_are)),
    ),
    (_GENERIC_NOUNS, ((GENERIC_THE, _generic_the),)),
    (frozenset({"don't", "don\u2019t", "not"}), ((DONT_ING, _dont_ing),)),
    (frozenset({"easy"}), ((PERSON_EASY_TO, _person_easy_to),)),
    (frozenset({"intake"}), ((INTAKE_VERB, _intake_verb),)),
    (_ASSIST | {"instead"}, ((BARE_AFTER_ASSIST, _bare_after_assist),)),
    (frozenset({"balanced"}), ((HEALTHY_AND_BALANCED, _healthy_and_balanced),)),
    (frozenset({"maybe"}), ((MAYBE_VERB, _maybe_verb),)),
    (frozenset({"disappeared"}), ((PASSIVE_INTRANSITIVE, _passive_intransitive),)),
    (frozenset({"cannot", "can't", "can\u2019t"}), ((MAKE_MODAL, _make_modal),)),
    (_CAUSE, ((CAUSE_BARE_VERB, _cause_bare_verb),)),
    (_QUANTITY_NOUNS, ((QUANTITY_ARTICLE, _quantity_article),)),
    (_STIMULATE, ((STIMULATE_IRRITATE, _stimulate_irritate),)),
    (frozenset({"compared"}), ((COMPARED_TO_THAN, _compared_to_than),)),
    (frozenset({"well"}), ((AS_WELL_AS_CLAUSE, _as_well_as_clause),)),
    (frozenset({"appropriately"}), ((APPROPRIATELY_AMOUNT, _appropriately_amount),)),
    (_PERSON_VERBS, ((VERB_BARE_PERSON, _verb_bare_person),)),
)
#: Every word a construction starts from: the frames' triggers and the comma links (MT108 skips a document that
#: has none of them).
CONSTRUCTION_TRIGGERS = frozenset().union(*(words for words, _ in _FRAMES)) | _COMMA_LINKS
#: The triggers of the frames tested word by word (the comma links are tested apart).
_FRAME_TRIGGERS = CONSTRUCTION_TRIGGERS - (_COMMA_LINKS - _CONJUNCTIONS - {"also"})
