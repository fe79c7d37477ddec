"""The word classes and trigger tables of MT108 (grammar-pattern): closed-class words, the
verb and determiner sets each pattern tests, and which next words and class letters each trigger
word sends to the pattern tests. Data the rule reads; kept apart so the rule reads at once."""

from __future__ import annotations

from collections.abc import Mapping

from ...text.word_classes import (
    BARE_VERB,
    COMPARATIVE,
    PERSON,
    PLURAL,
    SINGULAR,
    SUPERLATIVE,
    VERB_ONLY,
    VERB_PAST,
    VERB_PAST_NOUN,
    VERB_S,
)

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
#: "after meal", "It is important symptom": a singular count noun with no determiner in a frame
#: that needs one, where clean health prose almost never writes it bare (``_grammar_bare``)
BARE_NOUN = "bare-noun"
#: "these patient", "many doctor", "one of the nurse": a plural determiner before a singular person
#: noun, which is a count noun (so not the mass-noun doubt of ``plural-determiner``)
PERSON_NUMBER = "person-number"
#: "can be prevent", "has reduce", "is recommend": a form of "be" or "have" before a bare verb
BARE_VERB_FORM = "bare-verb"
#: "red small spots", "plastic large tube": a colour or material adjective before a size adjective
ADJECTIVE_ORDER = "adjective-order"
#: "Although she appears in some media reports" (German "sie" for "die Behauptung"): "she" or "he"
#: with no person before it in the document
GENDERED_PRONOUN = "gendered-pronoun"
#: "less complaints", "less calories": "less" before a plural count noun (German "weniger", Russian
#: "меньше" cover both "less" and "fewer")
LESS_PLURAL = "less-plural"
#: "For none of these claims there is evidence": a negative opener with the subject before "be"
#: (German, Dutch and Scandinavian put the verb second but keep "there" first in translation)
NEGATIVE_INVERSION = "negative-inversion"
#: "can not" for "cannot"
CAN_NOT = "can-not"
#: "vitamins, minerals and etc.": "and" before "etc.", which already means "and the rest"
AND_ETC = "and-etc"
#: "a little more precursors", "too little investigations", "much more patients"
LITTLE_PLURAL = "little-plural"
#: "complaints-free": a plural before "-free"
PLURAL_COMPOUND = "plural-compound"
#: "since three years", "since decades": a length of time after "since"
SINCE_DURATION = "since-duration"
#: "Since 2010, studies show": the present simple in a clause that opens with "since" and a year
SINCE_TENSE = "since-tense"
#: "the symptoms become less during treatment": "less" or "more" with no word to grade
BECOME_LESS = "become-less"
#: "Whether it helps, is unclear": a comma between a subject clause and its verb
SUBJECT_COMMA = "subject-comma"
#: "The risk of these diseases are higher": the verb agrees with the noun of a phrase after the subject
PHRASE_AGREEMENT = "phrase-agreement"
#: "Many individuals’s glucose": a regular plural with "’s" (a spinner's "individuals" for "people")
PLURAL_POSSESSIVE = "plural-possessive"
#: "the diabetes of yours", "the blood sugar of theirs": a spinner's rewrite of "your diabetes"
SPUN_POSSESSIVE = "spun-possessive"
#: "this type is triggered specific genetic factors": a passive of causing with its cause and no "by"
PASSIVE_NO_BY = "passive-no-by"
#: "candy is very sweet and easy to cause throat discomfort": "easy to" before a verb of causing and its object
#: (Chinese 容易 "liable to")
EASY_TO_CAUSE = "easy-to-cause"
#: "the medicine which has given by the doctor": a perfect with an agent and no "been" (a passive meant)
PERFECT_BY = "perfect-by"
#: "Specially it very important to take the medicine": a pronoun and an adjective of degree with no "is"
MISSING_COPULA = "missing-copula"
#: "You should Eat a balanced diet": a capitalised verb after a modal inside a sentence in sentence case
MODAL_CAPITAL = "modal-capital"
#: "It is also been reported": a form of "be" where the perfect's "has" belongs, before "been"
BE_BEEN = "be-been"
#: "is called as", "very much important", "of utmost important", "by the help of", "even don't", "Before to
#: clean": fixed phrases of learners' English that no edited English writes
LEARNER_IDIOM = "learner-idiom"
#: "if it has been confirmed the presence of kidney stones": a dummy "it" before a passive whose subject follows it
#: as an object (Spanish "se ha confirmado la presencia", Russian "было подтверждено наличие")
EXTRAPOSED_SUBJECT = "extraposed-subject"
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
    BARE_NOUN,
    PERSON_NUMBER,
    BARE_VERB_FORM,
    ADJECTIVE_ORDER,
    GENDERED_PRONOUN,
    LESS_PLURAL,
    NEGATIVE_INVERSION,
    CAN_NOT,
    AND_ETC,
    LITTLE_PLURAL,
    PLURAL_COMPOUND,
    SINCE_DURATION,
    SINCE_TENSE,
    BECOME_LESS,
    SUBJECT_COMMA,
    PHRASE_AGREEMENT,
    PLURAL_POSSESSIVE,
    SPUN_POSSESSIVE,
    PASSIVE_NO_BY,
    EASY_TO_CAUSE,
    PERFECT_BY,
    MISSING_COPULA,
    MODAL_CAPITAL,
    BE_BEEN,
    LEARNER_IDIOM,
    EXTRAPOSED_SUBJECT,
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
#: The comparative quantifier of non-count nouns; a plural count noun takes "fewer" (Swan, "less and
#: fewer"; Huddleston and Pullum ch. 5 §7). The build-side MedQuAD answers and clean sentences write it
#: before a plural twice in 2.2 million words, the HealthFC development half 4 times in 48,000.
LESS_DETERMINERS = frozenset({"less"})
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
#: Determiners that make a definite singular subject of a noun with no plural reading ("The baby have a
#: fever", "My child are often sick"): "the" and the possessives, read only before a noun the word-class table
#: gives no plural, adjective or verb-only reading and that names no group (``COLLECTIVE_NOUNS``).
DEFINITE_DETERMINERS = frozenset({"the", "my", "your", "his", "her", "its", "our", "their"})
#: Nouns of a group, which British English gives a plural verb ("the team are", "the family have", "the
#: government are"), and nouns whose singular form is a plural ("the data are", "the media have").
COLLECTIVE_NOUNS = frozenset(
    "staff team family government police public majority minority crew committee council audience group panel "
    "board jury press media data couple pair personnel clergy cattle people youth faculty army company class "
    "community population nation party management union club crowd generation household department ministry "
    "administration authority agency organisation organization firm school university college hospital "
    "industry profession opposition congregation choir band orchestra cast squad navy parliament senate "
    "congress court rest remainder bulk lot number percentage proportion half third quarter".split()
)
#: Nouns whose plural is the singular form ("the fish are", "their sperm do", "the sheep have"): no number
#: agreement can be read from them.
ZERO_PLURAL_NOUNS = frozenset(
    "fish sperm sheep deer offspring aircraft spacecraft salmon trout cod moose swine bison shrimp squid elk tuna "
    "carp hake plaice livestock poultry vermin fruit".split()
)
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
    # "If you are considering about having surgery": "consider" takes its object directly (Swan,
    # "consider"); "considering about 20 cases" (about = roughly) is left by the number test
    **{v: "about" for v in ("consider", "considers", "considered", "considering")},
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
#: Verbs whose preposition machine translation copies from the source language: "help against
#: dizziness" is German "helfen gegen", Dutch "helpen tegen", Swedish "hjälpa mot", Russian "помогать
#: против"; English helps with a complaint, or relieves, prevents or protects against it (Swan,
#: "help"; Oxford Collocations Dictionary, "help": no "against"). Neither the build-side MedQuAD
#: answers nor the clean sentences ever write it; "work against" ("works against an enzyme") is English.
CALQUE_PREPOSITIONS: dict[str, str] = {v: "against" for v in ("help", "helps", "helped", "helping")}
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
#: Every form of "be" that may stand before a passive participle ("is given", "been triggered").
BE_FORMS = BE_FINITE | BE_BARE
HAVE_FORMS = frozenset({"has", "have", "had"})
#: Irregular verbs whose simple past is not their participle, past -> participle: after "have" the
#: past form is a wrong form ("my dad had went", "she has took"; Swan, "irregular verbs"). Past forms
#: that are nouns a "have" may own are left out ("saw palmetto", "rose water", "a bit", "spoke"), as are
#: those standard English also uses as participles ("showed", "proved", "swelled").
PAST_FOR_PARTICIPLE = {
    "went": "gone",
    "took": "taken",
    "ate": "eaten",
    "gave": "given",
    "wrote": "written",
    "began": "begun",
    "drank": "drunk",
    "ran": "run",
    "broke": "broken",
    "chose": "chosen",
    "forgot": "forgotten",
    "knew": "known",
    "grew": "grown",
    "threw": "thrown",
    "drove": "driven",
    "came": "come",
    "became": "become",
    "overcame": "overcome",
    "fell": "fallen",
    "froze": "frozen",
    "stole": "stolen",
    "woke": "woken",
    "wore": "worn",
    "tore": "torn",
    "shook": "shaken",
    "sang": "sung",
    "sank": "sunk",
    "hid": "hidden",
    "blew": "blown",
    "flew": "flown",
    "drew": "drawn",
    "mistook": "mistaken",
    "undertook": "undertaken",
    "forgave": "forgiven",
    "withdrew": "withdrawn",
    "underwent": "undergone",
    "arose": "arisen",
    "swam": "swum",
    "forbade": "forbidden",
}
#: Adverbs between "have" and its participle ("had already went").
PERFECT_ADVERBS = frozenset("already never not just also recently always ever since".split())
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
#: Quantifiers right after a clause-opening "there", where its verb is missing ("There a few reasons of
#: the bad results"), and the verb each takes.
THERE_MISSING_VERB = {
    "a": "is",
    "an": "is",
    "no": "is",
    "many": "are",
    "several": "are",
    "some": "are",
    "few": "are",
    "lots": "are",
    "plenty": "is",
}
#: Determiners of the noun phrase "let" may take as its object ("let these results to create").
LET_DETERMINERS = frozenset("the these those this that your my his her our their its any such".split())
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
AGREEING_VERBS = frozenset(SINGULAR_VERBS) | frozenset(PLURAL_VERBS)
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
    | frozenset(CALQUE_PREPOSITIONS)
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


#: Bare forms of irregular verbs whose participle differs and that no noun use puts straight after "be":
#: "may be get into danger", "has been show to improve" (MedQuAD), "would be make sense" (WMT22's references).
#: The word-class table's ``v`` misses them, since each is also a noun ("a take", "a show").
IRREGULAR_BARE = frozenset(
    "take get give eat drink see do go make write know show grow keep find tell leave bring buy hold feel lose break "
    "choose speak wear throw forget hide bite freeze shake steal ride drive fall forgive sell send spend teach think "
    "understand win".split()
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
    if trigger in CALQUE_PREPOSITIONS:
        out.add(CALQUE_PREPOSITIONS[trigger])
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
        out |= OBJECT_PRONOUNS | LET_DETERMINERS
    if trigger == "there":
        out |= {"have", "has"} | THERE_MISSING_VERB.keys()
    if trigger in HAVE_FORMS:
        out |= PAST_FOR_PARTICIPLE.keys() | PERFECT_ADVERBS
    if trigger in BE_BARE:
        out |= IRREGULAR_BARE
    if trigger in BE_BARE or trigger in BE_FINITE:
        out |= MID_ADVERBS
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
    if trigger in LESS_DETERMINERS:
        out.add(PLURAL)
    if trigger in PLURAL_DETERMINERS:
        # (a noun that is a verb too, after a determiner that cannot be a pronoun there: "many reason")
        out |= {SINGULAR, PERSON, BARE_VERB}
    if trigger in CARDINALS:
        # (s67) and a singular count noun, or a noun that is a verb too, after a verb or a preposition ("as two number")
        out |= {PERSON, SINGULAR, BARE_VERB}
    if trigger in ("more", "less", "most", "least"):
        out |= {COMPARATIVE, SUPERLATIVE}
    if (
        trigger in BARE_INFINITIVE_HEADS
        or trigger in NOUN_LIKE_MODALS
        or trigger in DO_FORMS
        or trigger == "to"
    ):
        out |= {VERB_S, VERB_PAST}
    if trigger in BARE_INFINITIVE_HEADS or trigger in NOUN_LIKE_MODALS or trigger in DO_FORMS:
        out.add(VERB_PAST_NOUN)
    if trigger in MODALS:
        out.add(SINGULAR)  # a derived noun for a verb: "should not self-medication"
    if (
        trigger in BE_BARE
        or trigger in BE_FINITE
        or trigger in HAVE_FORMS
        or trigger in ARTICLE_VERB_DETERMINERS
    ):
        out.add(VERB_ONLY)
    if trigger in BE_BARE or trigger in BE_FINITE:
        out.add(
            BARE_VERB
        )  # (s64) a verb that is also a noun, read as a passive by the word after it: "be cure easily"
    if trigger in THIRD_SINGULAR:
        out.add(BARE_VERB)
    if trigger in NON_THIRD:
        out.add(VERB_S)
    return frozenset(out)


#: The triggers ``bare_verb`` looks after.
BARE_VERB_TRIGGERS = (
    BE_BARE
    | BE_FINITE
    | HAVE_FORMS
    | MODALS
    | TO_LESS_MODALS
    | BARE_OBJECT_VERBS
    | frozenset({"there", "to"})
)
#: Per trigger: the next words its patterns look for, and the next word's class letters.
NEXT_FOR = {t: _next_words_for(t) for t in TRIGGERS}
LETTERS_FOR = {t: _class_letters_for(t) for t in TRIGGERS}
#: Triggers that open a subject whose verb must agree ("the patients has").
SUBJECT_OPENERS = PLURAL_SUBJECT_DETERMINERS | SINGULAR_SUBJECT_DETERMINERS

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
        # (s60) adjectives of time and kind that open a noun phrase ("According to current researches")
        "current latest previous earlier scientific clinical extensive various numerous several "
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
CLAUSE_TRIGGERS = frozenset(
    {
        *PAIRED_CONJUNCTIONS,
        "according",
        *UNCOUNTABLE_PLURALS,
        *SUBJECT_VERBS_AFTER,
        "none",
        "neither",
        "only",
        "little",
        "become",
        "becomes",
        "became",
        "becoming",
    }
)
#: How far (in words) a clause is followed.
_CLAUSE_WORDS = 40
#: First letters whose words may begin with a vowel or a consonant sound ("an ultrasound", "a
#: university", "a one-off"): the pronunciation decides. "h" is left out ("a herb" in British
#: English, "an herb" in American; "an historic" is old-fashioned, not wrong).
_VOWEL_LETTERS = frozenset("aeiou")
#: CMU phones that are vowels start with one of these letters.
_VOWEL_PHONES = frozenset("AEIOU")
#: The names of the letters, as said when a word is spelt out ("MRI": "em-ar-eye"; "X-ray": "ex");
#: "h" is left out ("aitch" and "haitch" are both said, so "an HIV" and "a HIV" are both written).
LETTER_NAMES = {
    "a": "ay", "b": "bee", "c": "cee", "d": "dee", "e": "ee", "f": "ef", "g": "gee", "i": "eye",
    "j": "jay", "k": "kay", "l": "el", "m": "em", "n": "en", "o": "oh", "p": "pee", "q": "cue",
    "r": "ar", "s": "es", "t": "tee", "u": "you", "v": "vee", "w": "double-u", "x": "ex", "y": "wye",
    "z": "zed",
}  # fmt: skip
#: Letters whose name begins with a vowel sound.
VOWEL_NAMED = frozenset("aefilmnorsx")
#: Letters whose name and whose sound in a word both begin with a consonant ("CT", "DNA", "WHO"
#: read either way): an acronym opening with one is "a" however it is read.
CONSONANT_EITHER_WAY = frozenset("bcdgjkpqtvwyz")
#: Letters whose name and whose sound in a word both begin with a vowel, except in a few spellings
#: ("EU": "you"), which the dictionary's words that share the acronym's first letters show.
VOWEL_EITHER_WAY = frozenset("aeio")
#: Vowel letters: an all-capital word with none of them cannot be said as a word ("NHS", "STD").
SPELT_VOWELS = frozenset("aeiouy")

#: "she" and "he": German, Russian, French, Spanish, Polish... give things a grammatical gender, and
#: machine translation renders a feminine or masculine thing as "she" or "he" ("Although she appears
#: in some media reports", of German "die Behauptung").
GENDERED_PRONOUNS = frozenset({"she", "he"})
#: Words that name, address or stand for a person, besides the singular person nouns of the
#: word-class table (``h``): gendered nouns in both numbers (a generic "women ... she"), titles,
#: indefinite pronouns, and the reflexives (a "herself" has settled who "she" is).
PERSON_WORDS = frozenset(
    "woman women man men girl girls boy boys mother mothers father fathers wife wives husband husbands "
    "daughter daughters son sons sister sisters brother brothers lady ladies gentleman gentlemen female "
    "females male males mom moms mum mums dad dads grandmother grandfather grandparent aunt uncle niece "
    "nephew widow widower bride groom queen king princess prince actress actor baby babies infant child "
    "toddler teenager teen adolescent person individual mr mrs ms miss dr prof sir madam someone somebody "
    "anyone anybody everyone everybody nobody whoever herself himself her his him".split()
)
#: A capitalised word at a sentence start that no word-class table knows is a name when it is rarer
#: than this (Zipf): "Ivanova", "Müller"; not "However" (5.6), "Although" (5.3), "Overall" (4.9).
RARE_NAME_ZIPF = 4.5
#: Determiners before a person noun that is also an adjective ("the patient", "a moderate"): only
#: after one is "patient" a person and not a quality ("moderate disease", "it is probable").
PERSON_DETERMINERS = frozenset(
    "a an the this that each every any another one your my our their his her".split()
)
#: Sentences that must come before a pronoun's own for ``gendered-pronoun`` to judge it.
MIN_SENTENCES_BEFORE_PRONOUN = 2
#: Prepositions that open a negative phrase with "none of" ("For none of", "In none of"), after
#: which English inverts "there" and its verb ("In none of the studies was there a difference";
#: Swan, "inversion after negative expressions"; Huddleston and Pullum ch. 16 §9).
NEGATIVE_PREPOSITIONS = frozenset("for in at on under among with from to by".split())
#: The verbs "there" takes in an existential clause.
THERE_VERBS = frozenset("is are was were has have had".split())
#: Words a negative opener may run over before "there" ("For none of the six studies there was").
MAX_INVERSION_SPAN = 20
#: Prepositions after a clause-opening "Only" that front a restrictive phrase ("Only in pregnant
#: women is an effect possible"), besides ``NEGATIVE_PREPOSITIONS``.
ONLY_PREPOSITIONS = frozenset("after before during through within above below".split())
#: Subordinators after "Only" that front a clause of their own ("Only when the drug was stopped did
#: the rash fade"): the main clause's subject comes after its comma.
ONLY_SUBORDINATORS = frozenset("when if once after until because".split())
#: Adverbs set off by commas between a fronted phrase and its clause ("In none of them, however,").
PARENTHETICAL_ADVERBS = frozenset(
    "however therefore though moreover furthermore unfortunately surprisingly also too thus".split()
)
#: Auxiliaries, modals and forms of "be", "have" and "do": after a fronted negative one of them comes
#: before the subject ("In neither study did the drug help"), and one met first means the clause is
#: inverted.
INVERTED_VERBS = frozenset(
    "is are was were am be do does did has have had can could will would shall should may might must "
    "isn't aren't wasn't weren't don't doesn't didn't hasn't haven't hadn't can't cannot couldn't won't "
    "wouldn't shouldn't".split()
)
#: Words that open a subject: determiners and subject pronouns ("there" has its own test, "that" and
#: "her" are left out: a relative or demonstrative pronoun, an object).
SUBJECT_STARTS = frozenset(
    "the a an this these those it they we he she its their his our my your such".split()
)

#: Words after "can not" that the "not" belongs to ("can not only ... but also", "can not just"),
#: where two words are right.
CAN_NOT_FOCUS = frozenset("only just merely simply solely always".split())
#: Sentence adverbs that translation puts between "can" and "not" ("can therefore not be derived":
#: "therefore cannot").
CAN_ADVERBS = frozenset(
    "therefore thus hence also still currently however probably possibly certainly definitely usually "
    "often generally simply actually really consequently accordingly now then yet unfortunately "
    "obviously evidently even so".split()
)
#: Words before "little" that make it a quantity word, not the adjective ("a little", "too little";
#: "very little children" and "so little children" are small ones).
LITTLE_HEADS = frozenset({"a", "too"})
#: Nouns that exist only in the plural, or whose plural names another thing, before "-free"
#: ("glasses-free 3D", "clothes-free").
PLURALIA_TANTA = frozenset(
    "glasses clothes scissors trousers pants jeans goggles pliers tongs stairs".split()
)
#: Counts before a unit of time after "since" ("since several years"), besides the number words.
DURATION_COUNTS = frozenset("several many some few multiple".split())
#: Units of time: "since" before one (with or without a count) is a length, which takes "for"
#: ("time" only in "a long time": "since time immemorial" is English).
DURATION_UNITS = frozenset("years months weeks days hours minutes decades centuries millennia".split())
#: Words after such a unit that make the phrase a point ("since two years ago", "since 3 years of
#: age", "since two years prior").
DURATION_STOPS = frozenset("ago of old earlier later before after prior previously back".split())
#: Bare verbs that are a present simple after a plural subject in a "Since 2010, ..." clause
#: ("studies show", "we know", "doctors recommend").
FRONTED_SINCE_VERBS = frozenset(
    "show suggest indicate know recommend exist remain use need have live take receive report".split()
)
#: Words that end the search for a present simple after "since" and a year: perfect, past, future
#: and modal forms are right there ("Since 2010, studies have shown"), and a coordinator starts
#: another clause.
TENSE_STOPS = frozenset(
    "has have had was were will would could can may might should must did been shall 've "
    "hasn't haven't hadn't wasn't weren't won't wouldn't couldn't can't cannot didn't and or but".split()
)
#: Forms of "become" before "less", "more" or "fewer".
BECOME_FORMS = frozenset("become becomes became becoming".split())
#: Words after "become less" that start a new phrase, so "less" grades nothing ("become less
#: during treatment"); "and", "or", "than" and "of" are left out ("more and more", "more or less",
#: "less than", "less of a problem").
BECOME_STOPS = frozenset("during over after within with when if because since until as by over".split())
#: The verbs of an existential "there" in the singular, and each with its plural.
THERE_CHAINS: tuple[tuple[str, ...], ...] = (
    ("is",),
    ("was",),
    ("exists",),
    ("seems", "to", "be"),
    ("appears", "to", "be"),
    ("does", "not", "seem", "to", "be"),
    ("does", "not", "appear", "to", "be"),
    ("doesn't", "seem", "to", "be"),
    ("doesn't", "appear", "to", "be"),
)
THERE_AGREEMENT = {
    "is": "are",
    "was": "were",
    "exists": "exist",
    "seems": "seem",
    "appears": "appear",
    "does": "do",
    "doesn't": "don't",
}
#: Adverbs between the verb and the noun ("there is also no", "there was still many").
THERE_ADVERBS = frozenset("also still currently now only therefore thus even already again so".split())
#: Quantifiers before the noun after "there is" ("no", "any", "many"...), after which the noun
#: may be a plural that is also a verb form ("no studies").
THERE_QUANTIFIERS = frozenset(
    "no any many several numerous various few some multiple hardly two three four five six seven eight nine ten".split()
)
#: Words that open a subject clause at a sentence start ("Whether it helps is unclear"); "That"
#: is left out (also a determiner: "That study, ...").
SUBJECT_CLAUSE_OPENERS = frozenset({"whether", "how", "why", "what"})
#: Finite verbs and modals that follow a subject clause ("Whether it helps is", "... can").
CLAUSE_VERBS = frozenset(
    "is are was were can cannot could can't isn't wasn't remains remained has have had depends must should "
    "will would may might seems seemed appears appeared needs".split()
)
#: Adverbs between the comma and the verb ("..., therefore remains unclear").
CLAUSE_ADVERBS = frozenset("therefore thus also still however currently so then apparently probably".split())
#: Words a subject clause may run over before its comma.
MAX_SUBJECT_CLAUSE = 60

#: Determiners of a subject whose head noun comes before a prepositional phrase ("the risk of ...");
#: "a" and "an" are left out: "a number of", "a total of", "a third of" are quantifiers, and "that"
#: is also the conjunction. "every" heads a singular noun as "the" heads either ("because every organ of
#: children are very sensitive", an s43 page translated from Indonesian).
PHRASE_HEAD_DETERMINERS = frozenset("the this these those my your his her its our their every".split())
#: Words before a subject that open its clause besides punctuation and ``CLAUSE_OPENERS``.
PHRASE_CLAUSE_OPENERS = frozenset({"that"})
#: Prepositions that open a phrase after a subject's head noun ("the risk of", "the drugs for");
#: not "after", "before", "during", "until", which follow a noun of time in an adverbial ("the day
#: after the operations are done").
PHRASE_PREPOSITIONS = frozenset("of in for with on from among between about at to".split())
#: Heads that take their number from the noun after "of" or are counted either way (Huddleston and
#: Pullum, ch. 5 §3.3, number-transparent quantificational nouns: "the majority of patients are",
#: "half of the body is", "this type of drugs"; §5.3, collective nouns, which British English gives
#: a plural verb: "the team of doctors are"; and nouns plural in sense with no -s: "the people of",
#: "the staff in"), and invariant nouns spelt with -s ("the means of", "the series of").
NUMBER_TRANSPARENT = frozenset(
    """
    majority minority rest remainder bulk half halves third thirds quarter quarters fifth fifths
    percentage percent proportion fraction part parts portion share total lot lots plenty couple
    handful dozen dozens range variety series set kind kinds sort sorts type types mix mixture
    combination pair host array assortment selection collection class category body average
    group team staff panel committee population public crowd community society government council
    board jury army audience family cohort sample network union league association
    people police personnel cattle clergy folk livestock poultry
    means species news headquarters crossroads barracks
    """.split()
)
#: Words that end a subject's phrase or make it more than one noun phrase: coordinators ("the risk
#: of stroke and death are" has a compound object or subject), relatives, negation, comparison.
PHRASE_BREAKS = COORDINATORS | RELATIVES | frozenset({"not", "than", "as", "like", "whether", "if", "so"})
#: Reporting verbs before "that" whose number is read like an auxiliary's ("The results of the
#: study shows that"): the -s form and the bare form (the singular verb -> the plural).
REPORTING_AGREEMENT = {
    "shows": "show", "suggests": "suggest", "indicates": "indicate", "reveals": "reveal",
    "finds": "find", "states": "state", "says": "say", "reports": "report", "demonstrates": "demonstrate",
    "confirms": "confirm", "proves": "prove", "means": "mean", "implies": "imply",
}  # fmt: skip
#: The verbs ``phrase_agreements`` reads back from.
PHRASE_VERBS = frozenset(SINGULAR_VERBS) | frozenset(PLURAL_VERBS) | frozenset(REPORTING_AGREEMENT)
#: The forms of "make", which takes an object and a bare infinitive in the active ("made him
#: take"; Swan, "make"), read from their own index entries (they are classed words, so no trigger).
MAKE_FORMS = frozenset("make makes made making".split())
