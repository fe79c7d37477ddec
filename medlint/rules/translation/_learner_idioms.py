"""MT108's ``learner-idiom`` pattern: fixed phrases of learners' English that edited English never writes,
each with the phrase meant (Swan, Practical English Usage; the slips of Indian, Russian and Chinese writers of
English, and of machine translation from their languages).

Most are fixed word sequences, read from one table (``_SEQUENCES``: the words at each position, the span
reported, the message and the suggestions); four need the words around them and are read apart: "is called as" and "is termed as"
(not "called as a witness"), "these kind of", "Thousand of" with no number before it, "Before to clean" and
"Breath in" opening a sentence; and (s59) a passive of a verb with no object or a progressive of a state verb ("can be
happened", "is consisting of"), a percentage of a population without "of" ("5% people"), and "the" missing before a
country name that takes it or a part of the day after "in" ("in UK and India", "in morning"); and (s65) "do" before an
adjective that takes "be" ("does not able", "may not aware"), "very" before a comparative ("very worse"), a modal
with no verb before its object ("People should some exercise"), "aware about", "once in a week", "over last few
years", "studies shown that", "struggling from years" and "a" or "an" before another determiner ("an every"); and (s66)
"since" before a length of time in digits or after "more than" ("since last 3 months", "since more than three months"),
"at age of", "take the help of", "in case if", "nowadays world", "reach to old age", a count before a round number's
plural ("20 millions"), "done in fasting", "bath" as a verb, "normal water", "every alternate day", "Let us know about" a
topic, "the most" before a one-syllable adjective ("the most low LDL"), a verb's bare form after "help in" or "get" ("help
in minimize", "get enlarge"), a question in a statement's word order ("What Fatty Liver is?"), and an article dropped
before a single change after "due to" or "leads to", "source of" after a copula, "same" and "majority of"
(``_article_dropped``). 0 in MedQuAD; the clean sentences write "in regards to" twice; FakeHealth writes "these type
of" and "those kind of" twice in a writer's voice, and two finite verbs in a row twice ("each gene is can be made
up", "when is comes to"); WMT22's human references write "is called as" four times,
"even didn't" once, "return back" twice, "caused due to" once and "The followings are" once, each a slip of the
translator."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ...text.word_classes import BARE_VERB, PLURAL, VERB_ONLY, VERB_PAST, VERB_S, classes
from ...text.word_frequency import zipf_table
from ._construction_scan import PASSIVE_INTRANSITIVE
from ._grammar_scan import Hit, Scan, regular_plural, sentence_start, telegraphic
from ._grammar_words import BE_FORMS, CLOSED_CLASS, LEARNER_IDIOM, MODALS, NUMBER_WORDS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class _Sequence:
    """A fixed sequence of learners' English: the lower-case forms each word may take, the first and last
    word of the span reported, a message and suggestions (``{span}`` is the span as written, ``{0}``, ``{1}``...
    each word as written), whether the first suggestion replaces the span, and the words after the sequence
    that make it English ("return back pain") or before it ("a half cup")."""

    words: tuple[frozenset[str], ...]
    report: tuple[int, int]
    message: str
    suggestions: tuple[str, ...]
    fix: bool = False
    not_before: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    #: (s67) the words after the first must be written in lower case: a capital makes one a name or a title ("Ask
    #: Doctor Smith")
    lower_tail: bool = False


#: Adjectives that "very much" cannot grade ("very much important"): English grades them with "very"
#: alone ("very much" goes with verbs and with "alive", "aware", "afraid", "needed")
_VERY_MUCH_ADJECTIVES = _words(
    "important necessary essential useful helpful effective beneficial common dangerous harmful good bad "
    "serious careful easy difficult healthy unhealthy painful"
)

#: Plural units of time, for "within few seconds" and "since last three decades"
_TIME_UNITS = _words("seconds minutes hours days weeks months years decades centuries")

#: Passive participles of a practice that has gone on for a long time ("is used since ancient times")
_PRESENT_PASSIVES = _words(
    "used known practiced practised consumed cultivated grown eaten valued prized employed utilized utilised "
    "applied recommended prescribed"
)
#: The words that open a point in time after "since" ("since ancient times", "since centuries", "since long"); a
#: "since" of cause ("is used since it works") opens a clause
_SINCE_POINTS = _words(
    "ancient antiquity centuries decades ages long time times olden prehistoric medieval biblical vedic early "
    "childhood then"
)

#: (s65) Adjectives that only "be" puts after a subject ("is not able"), never "do" ("does not able")
_PREDICATE_ADJECTIVES = _words(
    "able unable aware unaware sure unsure possible impossible necessary capable afraid willing ready familiar "
    "allergic careful responsible"
)
#: (s65) Comparatives, which English grades with "much" or "far", not "very" ("very worse")
_COMPARATIVES = _words(
    "worse better more less bigger smaller higher lower greater larger older younger easier harder faster slower "
    "stronger weaker healthier"
)
#: (s65) Subjects before a modal whose verb a learner left out ("People should some exercise"): pronouns and the
#: plural people of health writing
_MODAL_SUBJECTS = _words("i you we they he she it people patients children women men doctors parents one")
#: (s65) Words after which a clause may end with its modal, the next phrase an adverbial ("as much as you can the first
#: week", "than we could the year before")
_CLAUSE_ENDING_MODAL = _words("as if when whenever where wherever than what whatever how")


class _Numbers(frozenset[str]):
    """(s66) Number words, and any number written in digits ("since last 3 months", "20 millions people"): the word
    index holds digits as words, and a table row needs a set that holds them all."""

    def __contains__(self, word: object) -> bool:
        return (isinstance(word, str) and word.isdigit()) or super().__contains__(word)


#: (s66) a count, in words or digits
_COUNTS = _Numbers(NUMBER_WORDS | _words("few several couple many"))
#: (s66) the plural of a round number, which a count before it makes singular ("20 millions people"; "many millions"
#: and "several thousands" are English, so only a number counts)
_ROUND_PLURALS = _words("millions thousands hundreds billions lakhs crores")
_ROUND_COUNTS = _Numbers(NUMBER_WORDS - _words("hundred hundreds thousand thousands million half"))


#: (s66) One-syllable adjectives, which take "-est" (their superlatives below), never "most" ("the most low LDL")
_SHORT_SUPERLATIVES = {
    "low": "lowest",
    "high": "highest",
    "big": "biggest",
    "small": "smallest",
    "long": "longest",
    "short": "shortest",
    "fast": "fastest",
    "slow": "slowest",
    "old": "oldest",
    "young": "youngest",
    "strong": "strongest",
    "weak": "weakest",
    "great": "greatest",
    "hot": "hottest",
    "cold": "coldest",
    "deep": "deepest",
    "large": "largest",
    "tall": "tallest",
    "thick": "thickest",
    "thin": "thinnest",
    "wide": "widest",
    "cheap": "cheapest",
    "rich": "richest",
    "poor": "poorest",
    "safe": "safest",
    "sweet": "sweetest",
    "hard": "hardest",
    "soft": "softest",
    "dark": "darkest",
}


def _do_with_adjective(do: str, be: str) -> tuple[_Sequence, _Sequence]:
    """An adjective after "do" where English writes ``be`` ("does not able", "doesn't able")."""
    message = "“{span}”: “{%d}” is an adjective, which takes “%s”, not “%s”"
    return (
        _Sequence(
            (_words(do), _words("not"), _PREDICATE_ADJECTIVES),
            (0, 2),
            message % (2, be, do),
            (f"{be} not {{2}}",),
        ),
        _Sequence(
            (_words(f"{do}n't {do}n\u2019t"), _PREDICATE_ADJECTIVES),
            (0, 1),
            message % (1, be, do),
            (f"{be} not {{1}}",),
        ),
    )


_SEQUENCES = (
    # (s67) a doctor consulted or visited with no article: "consult doctor before use", "go to doctor" (a count noun
    # takes "a" or "your"; 0 on 4.9M clean words)
    _Sequence(
        (
            _words(
                "consult consulting consulted visit visiting visited see seeing contact contacting ask asking"
            ),
            _words("doctor physician dentist specialist dermatologist"),
        ),
        (0, 1),
        "“{span}”: “{1}” is a count noun and takes an article or “your” (“{0} a {1}”, “{0} your {1}”)",
        ("{0} a {1}", "{0} your {1}"),
        not_before=_words("s"),
        lower_tail=True,
    ),
    # (s67) an adverb of manner or frequency between a verb and its object: "helps the doctor to see clearly your
    # stomach", "take regularly the tablets" (Swan, "adverb position": not between the verb and its object; 0 on 4.9M
    # clean words)
    _Sequence(
        (
            _words(
                "see eat drink take takes wash clean brush check use follow read understand explain describe chew "
                "apply massage rinse remove consume monitor"
            ),
            _words(
                "clearly properly regularly carefully daily quickly slowly thoroughly correctly easily gently "
                "immediately always often frequently"
            ),
            _words("your the a an this these those my his her their its"),
        ),
        (0, 1),
        "“{span}”: English puts the adverb after the object, not between the verb and it (“{0} {2} … {1}”)",
        ("{0} {2} … {1}",),
        not_before=_words("same first next way"),
    ),
    # (s67) "find out the reason of your cough": a reason is "for" what it explains (0 on 4.9M clean words)
    _Sequence(
        (_words("reason reasons"), _words("of"), _words("your the his her their this these a an")),
        (0, 1),
        "“{span}”: a reason is “for” what it explains (“{0} for”)",
        ("{0} for",),
        fix=True,
        not_before=_words("by"),
    ),
    # (s67) "leave it to dry on the sun": what lies in sunlight is "in the sun" (Russian and Ukrainian "на солнце"; 0 on
    # 4.9M clean words)
    _Sequence(
        (
            _words(
                "dry dried drying lie lying sit sitting stay staying leave left keep kept bask basking it them"
            ),
            _words("on"),
            _words("the"),
            _words("sun"),
        ),
        (1, 3),
        "“{span}”: what lies in sunlight is “in the sun”",
        ("in the sun",),
        fix=True,
    ),
    # (s65) "Patient does not able to", "they do not aware of", "I didn't sure": "do" before an adjective
    *_do_with_adjective("does", "is"),
    *_do_with_adjective("do", "are"),
    *_do_with_adjective("did", "was"),
    # (s65) "you may not aware about them", "patients might not able to": a modal and "not" before an adjective
    # without "be"
    _Sequence(
        (MODALS, _words("not"), _PREDICATE_ADJECTIVES),
        (0, 2),
        "“{span}”: “{2}” is an adjective; after “{0} not” English writes “be” (“{0} not be {2}”)",
        ("{0} not be {2}",),
    ),
    # (s65) "not aware about the disease": "aware" takes "of"
    _Sequence(
        (_words("aware unaware"), _words("about")),
        (0, 1),
        "“{span}”: English writes “{0} of”",
        ("{0} of",),
        fix=True,
    ),
    # (s65) "once in a week": a rate takes "a" alone
    _Sequence(
        (_words("once twice thrice"), _words("in"), _words("a"), _words("day week month year")),
        (0, 3),
        "“{span}”: a rate takes “a” alone (“{0} a {3}”)",
        ("{0} a {3}",),
        fix=True,
    ),
    # (s65) "Over last few years", "in last two decades": "last" with a number of units takes "the"
    _Sequence(
        (
            _words("in over during for since from within"),
            _words("last"),
            _words("few two three four five six seven eight nine ten several"),
            _words("days weeks months years decades"),
        ),
        (0, 3),
        "“{span}”: “last” with a number of {3} takes “the” (“{0} the last {2} {3}”)",
        ("{0} the last {2} {3}",),
        fix=True,
    ),
    # (s65) "studies shown that", "studies proven that": a participle with no "have"
    _Sequence(
        (_words("studies researches experts scientists doctors reports trials"), _words("shown proven")),
        (0, 1),
        "“{span}”: “{1}” needs “have” (“{0} have {1}”), or write the present (“{0} show”)",
        ("{0} have {1}", "{0} show"),
        not_before=_words("in on below above here there earlier later"),
    ),
    _Sequence(
        (_words("research"), _words("shown proven")),
        (0, 1),
        "“{span}”: “{1}” needs “has” (“{0} has {1}”), or write the present (“{0} shows”)",
        ("{0} has {1}", "{0} shows"),
        not_before=_words("in on below above here there earlier later"),
    ),
    # (s65) "struggling from years to get a child": a length of time takes "for"
    _Sequence(
        (
            _words("suffering struggling living working waiting trying"),
            _words("from"),
            _words("years months decades weeks"),
        ),
        (0, 2),
        "“{span}”: a length of time takes “for” (“{0} for {2}”)",
        ("{0} for {2}",),
        fix=True,
    ),
    # (s65) "very worse", "very less dosage": a comparative graded with "very"
    _Sequence(
        (_words("very"), _COMPARATIVES),
        (0, 1),
        "“{span}”: a comparative is graded with “much” or “far”, not “very” (“much {1}”)",
        ("much {1}", "far {1}"),
    ),
    # (s65) "People should some exercise", "you can a walk": a modal with no verb before its object
    _Sequence(
        (
            _MODAL_SUBJECTS,
            MODALS,
            _words("a an the this these those some any my your our their his her its"),
        ),
        (1, 2),
        "“{0} {span}”: the verb after “{1}” is missing",
        ("{1} do {2}", "{1} have {2}"),
        not_before=_words("better more sooner less day time point"),
        not_after=_CLAUSE_ENDING_MODAL,
    ),
    # (s64) "more than compared to men", "weaker than compared with": a comparison said twice; "than" or "compared
    # with" alone
    _Sequence(
        (_words("than"), _words("compared comparing"), _words("to with")),
        (0, 2),
        "“{span}”: the comparison is made twice; write “than” or “compared {2}”",
        ("{0}", "compared {2}"),
    ),
    # (s64) "more as compared to men", "higher as compared with": a comparative takes "than"
    _Sequence(
        (
            _words("more less higher lower greater better worse"),
            _words("as"),
            _words("compared"),
            _words("to with"),
        ),
        (1, 3),
        "“{0} {span}”: a comparative takes “than” (“{0} than”), or “{2} {3}” without it",
        ("than",),
    ),
    _Sequence(
        (_words("very"), _words("much"), _VERY_MUCH_ADJECTIVES),
        (0, 2),
        "“{span}”: an adjective takes “very”, not “very much”",
        ("{0} {2}",),
        fix=True,
    ),
    _Sequence(
        (_words("utmost"), _words("important")),
        (0, 1),
        "“{span}”: “utmost” is an adjective of a noun (“of utmost importance”)",
        ("utmost importance", "extremely important"),
    ),
    _Sequence(
        (_words("by"), _words("the"), _words("help"), _words("of")),
        (0, 0),
        "“by the help of”: English writes “with the help of”",
        ("with",),
        fix=True,
    ),
    # "they even don't tell": English writes "don't even"
    _Sequence(
        (_words("even"), _words("don't doesn't didn't don\u2019t doesn\u2019t didn\u2019t")),
        (0, 1),
        "“{span}”: “even” follows the negative (“{1} even”)",
        ("{1} even",),
        fix=True,
    ),
    # "all kind of people", "several type of cells", "skin diseases of all kind": a word that counts kinds before a
    # singular "kind" (s53; "a different kind of", "that kind of" count one; "these kind of" is read apart)
    _Sequence(
        (_words("all many several various numerous"), _words("kind type sort"), _words("of")),
        (0, 1),
        "“{span}”: “{0}” counts several kinds (“{0} {1}s of”)",
        ("{0} {1}s",),
        fix=True,
    ),
    _Sequence(
        (_words("of"), _words("all"), _words("kind type sort")),
        (1, 2),
        "“{span}”: “all” counts several kinds (“of all {2}s”)",
        ("{1} {2}s",),
        fix=True,
        not_before=_words("of"),
    ),
    _Sequence(
        (_words("cope copes coped coping"), _words("up"), _words("with")),
        (0, 1),
        "“{0} {1} with”: “cope” takes “with” alone, no “up”",
        ("{0}",),
        fix=True,
    ),
    # "return back", "revert back": the verb already means going back (not "return back pain", where "back" is
    # the body's)
    _Sequence(
        (_words("return returns returned returning revert reverts reverted reverting"), _words("back")),
        (0, 1),
        "“{span}”: “{0}” already means going back",
        ("{0}",),
        fix=True,
        not_before=_words("pain pains ache aches injury injuries problems problem muscles muscle spasms to"),
    ),
    _Sequence(
        (_words("explain explains explained explaining"), _words("me us him her")),
        (0, 1),
        "“{span}”: “explain” takes the person with “to” (“{0} to {1}”)",
        ("{0} to {1}",),
        fix=True,
    ),
    _Sequence(
        (_words("caused"), _words("due"), _words("to")),
        (0, 2),
        "“{span}”: “due to” already says the cause (“caused by”)",
        ("caused by",),
        fix=True,
    ),
    _Sequence(
        (_words("in at with"), _words("empty"), _words("stomach")),
        (0, 2),
        "“{span}”: English takes a medicine “on an empty stomach”",
        ("on an empty stomach",),
    ),
    _Sequence(
        (_words("in"), _words("an"), _words("empty"), _words("stomach")),
        (0, 3),
        "“{span}”: English takes a medicine “on an empty stomach”",
        ("on an empty stomach",),
    ),
    _Sequence(
        (_words("in"), _words("regards"), _words("to")),
        (0, 2),
        "“{span}”: the phrase is “in regard to” (or “regarding”)",
        ("in regard to", "regarding"),
    ),
    _Sequence(
        (_words("dependent"), _words("to")),
        (0, 1),
        "“{span}”: “dependent” takes “on”",
        ("{0} on",),
        fix=True,
    ),
    _Sequence(
        (_words("in"), _words("less"), _words("amount amounts quantity quantities")),
        (0, 2),
        "“{span}”: an amount is smaller, not less (“in smaller amounts”)",
        ("in smaller amounts",),
    ),
    _Sequence(
        (_words("watch"), _words("out"), _words("the your a an")),
        (0, 1),
        "“{span} {2}”: “watch out” takes its object with “for” (or write “watch {2}”)",
        ("{span} for", "{0}"),
    ),
    # a modal before another modal's "have to": "You must have to avoid fatty food"
    _Sequence(
        (_words("must"), _words("have"), _words("to")),
        (0, 2),
        "“{span}”: two modals of one duty (“must” or “have to”)",
        ("{0}", "have to"),
    ),
    # a modal before an adjective that already says "can": "It can be preventable" (not "should be preventable",
    # which says what ought to be)
    _Sequence(
        (_words("can could"), _words("be"), _words("preventable treatable curable avoidable")),
        (0, 2),
        "“{span}”: “-able” already says “{0}” (“is {2}”)",
        ("is {2}",),
    ),
    # a modal before "due to" with no "be": "it may due to stress"
    _Sequence(
        (_words("may might can could should must"), _words("due"), _words("to")),
        (0, 1),
        "“{span} to”: a modal takes a verb (“{0} be due to”)",
        ("{0} be due",),
        fix=True,
    ),
    _Sequence(
        (
            _words("plenty"),
            _words(
                "water fluid fluids rest sleep fruit fruits vegetables fibre fiber liquid liquids juice protein"
            ),
        ),
        (0, 0),
        "“{span} {1}”: “plenty” takes “of” before its noun (“plenty of {1}”)",
        ("{0} of",),
        fix=True,
    ),
    # a participle for the present after a pronoun, with no auxiliary: "As we known, ..."
    _Sequence(
        (_words("we they you i"), _words("known")),
        (1, 1),
        "“{0} {1}”: the present is “know” (or “have known”)",
        ("know", "have known"),
    ),
    # "does" before a plural or first- or second-person subject: "How does they have pain?"
    _Sequence(
        (_words("does doesn't doesn\u2019t"), _words("they we you i")),
        (0, 0),
        "“{0} {1}”: with “{1}” the auxiliary is “do”",
        ("do",),
    ),
    _Sequence(
        (_words("half"), _words("glass cup teaspoon tablespoon spoon litre liter bottle lemon kilo")),
        (0, 1),
        "“{span}”: “half” takes “a” before a counted unit (“half a {1}”)",
        ("{0} a {1}",),
        fix=True,
        not_after=_words("a one and"),
    ),
    # two finite verbs in a row, a form of "be" before a modal or a verb that agrees with a singular subject
    # ("inhalers are shall always be carried", "each gene is can be made up", "when is comes to detecting"): one
    # of them is left over from a rewrite; not an embedded question ("the question is will that be available"),
    # where a subject follows the modal. FakeHealth writes "is can be" and "when is comes" once each; 0 elsewhere
    _Sequence(
        (_words("is are was were"), _words("shall will can should would could might")),
        (0, 1),
        "“{span}”: two finite verbs in a row; keep one",
        ("{1}", "{0}"),
        not_before=_words("that it this these those they we you he she there the a an his her its their i"),
    ),
    _Sequence(
        (
            _words("is are"),
            _words(
                "comes goes causes makes takes helps occurs happens leads becomes seems contains includes affects "
                "wreak wreaks"
            ),
        ),
        (0, 1),
        "“{span}”: two finite verbs in a row; keep one",
        ("{1}", "it {1}"),
    ),
    # (s64) the same with a frequency adverb between ("which is often comes at night", "it is also helps")
    _Sequence(
        (
            _words("is are"),
            _words("often also usually always generally mostly commonly mainly rarely sometimes"),
            _words(
                "comes goes causes makes takes helps occurs happens leads becomes seems contains includes affects"
            ),
        ),
        (0, 2),
        "“{span}”: two finite verbs; keep one (“{1} {2}”)",
        ("{1} {2}",),
    ),
    # "all of sudden": the idiom is "all of a sudden"
    _Sequence(
        (_words("all"), _words("of"), _words("sudden")),
        (0, 2),
        "“{span}”: the idiom is “all of a sudden”",
        ("all of a sudden",),
        fix=True,
    ),
    # "on regular basis", "on daily basis": "basis" is a countable noun and the idiom takes "a" ("on a regular
    # basis"); 0 in MedQuAD, FakeHealth, the clean sentences and WMT22's human references
    _Sequence(
        (
            _words("on"),
            _words(
                "regular daily weekly monthly yearly annual routine consistent continuous permanent temporary "
                "ongoing long-term short-term"
            ),
            _words("basis"),
        ),
        (0, 2),
        "“{span}”: “basis” takes an article: “{0} a {1} {2}”",
        ("{0} a {1} {2}",),
        fix=True,
    ),
    # "within few seconds": a stretch of time counted as "a few" (bare "few" means "not many", which no
    # writer means of the seconds or days a thing takes)
    _Sequence(
        (_words("within"), _words("few"), _TIME_UNITS),
        (0, 1),
        "“{span}”: a short stretch of time is “{0} a few {2}”",
        ("{0} a few",),
        fix=True,
    ),
    # "since last three decades": "since" names a point in time, a stretch of time takes "for the last"
    _Sequence(
        (_words("since"), _words("last past"), _COUNTS, _TIME_UNITS),
        (0, 1),
        "“{span}”: “since” takes a point in time; a stretch of time is “for the {1} {2} {3}”",
        ("for the {1}",),
    ),
    # (s66) "chronic pain since more than three months": "since" before a length of time, as above
    _Sequence(
        (_words("since"), _words("more less"), _words("than"), _COUNTS, _TIME_UNITS),
        (0, 2),
        "“{span}”: “since” takes a point in time; a stretch of time is “for {1} than {3} {4}”",
        ("for {1} than",),
        fix=True,
    ),
    # (s66) "However, at age of 30 and 50": a point in life is "at the age of" ("at age 30" is English too)
    _Sequence(
        (_words("at by after before until till from"), _words("age"), _words("of")),
        (0, 2),
        "“{span}”: English writes “{0} the age of” (or “{0} age” and the number)",
        ("{0} the age of",),
        fix=True,
    ),
    # (s66) "women take the help of expensive treatments": Hindi "madad lena"; English gets help from someone or uses a thing
    _Sequence(
        (_words("take takes taking took taken"), _words("the"), _words("help"), _words("of")),
        (0, 3),
        "“{span}”: a calque; English writes “get help from” a person, or “use” a thing",
        ("get help from", "use"),
    ),
    # (s66) "But in case if acute condition is prolonged": "in case" and "if" both open the condition
    _Sequence(
        (_words("in"), _words("case"), _words("if")),
        (0, 2),
        "“{span}”: “in case” and “if” say the same; keep one",
        ("if", "in case"),
    ),
    # (s66) "In nowadays world hair fall is common": "nowadays" is an adverb, not a determiner
    _Sequence(
        (_words("nowadays now-a-days"), _words("world")),
        (0, 1),
        "“{span}”: “nowadays” is an adverb; English writes “today's world”",
        ("today's world",),
        fix=True,
    ),
    # (s66) "But people reach to old age": "reach" takes its object without "to"
    _Sequence(
        (
            _words("reach reaches reached reaching"),
            _words("to"),
            _words("old adulthood puberty menopause maturity"),
        ),
        (0, 1),
        "“{span}”: “{0}” takes its object directly, without “to”",
        ("{0}",),
        fix=True,
    ),
    # (s66) "The number has reached 20 millions in the United States": a count makes the round number singular
    *(
        _Sequence(
            (_ROUND_COUNTS, _words(plural)),
            (0, 1),
            f"“{{span}}”: after a count English writes the singular (“{{0}} {plural[:-1]}”)",
            (f"{{0}} {plural[:-1]}",),
            fix=True,
            not_before=_words("of"),
        )
        for plural in sorted(_ROUND_PLURALS)
    ),
    # (s66) "This test is usually done in fasting": a test is done while fasting, or on an empty stomach
    _Sequence(
        (_words("done taken measured tested checked"), _words("in"), _words("fasting")),
        (1, 2),
        "“{span}”: English writes “while fasting” or “on an empty stomach”",
        ("while fasting", "on an empty stomach"),
    ),
    # (s66) "then bath daily with anti-dandruff shampoo": the verb is "bathe" (Indian English uses the noun)
    _Sequence(
        (
            _words("should must to then and please always can you"),
            _words("bath"),
            _words("daily regularly every twice with after before"),
        ),
        (1, 1),
        "“{span}”: the verb is “bathe” (“{0} bathe {2}”)",
        ("bathe",),
        fix=True,
    ),
    # (s66) "wash it with normal water": water at room temperature, or plain water
    _Sequence(
        (_words("with in of using"), _words("normal"), _words("water")),
        (1, 2),
        "“{span}”: English writes “plain water” or “water at room temperature”",
        ("plain water", "lukewarm water"),
    ),
    # (s66) "Applying it every alternate day": English applies a thing every other day, or on alternate days
    _Sequence(
        (_words("every"), _words("alternate"), _words("day days week night morning")),
        (0, 2),
        "“{span}”: English writes “every other {2}” or “on alternate {2}s”",
        ("every other {2}",),
    ),
    # (s66) "the most low LDL", "the most hard hit": a one-syllable adjective's superlative takes "-est"
    *(
        _Sequence(
            (_words("the"), _words("most"), _words(adjective)),
            (1, 2),
            f"“{{span}}”: a one-syllable adjective takes “-est” (“{superlative}”)",
            (superlative,),
            fix=True,
        )
        for adjective, superlative in sorted(_SHORT_SUPERLATIVES.items())
    ),
    # "Valerian is used since ancient times": a state that runs from a point in time to now takes the present perfect
    # (Russian and Indian writers keep their languages' present; s58, 0 on 4.9M clean words)
    _Sequence(
        (_words("is"), _PRESENT_PASSIVES, _words("since"), _SINCE_POINTS),
        (0, 1),
        "“{span} {2}”: what goes on from a point in time to now takes the present perfect (“has been {1} {2}”)",
        ("has been {1}",),
    ),
    _Sequence(
        (_words("are"), _PRESENT_PASSIVES, _words("since"), _SINCE_POINTS),
        (0, 1),
        "“{span} {2}”: what goes on from a point in time to now takes the present perfect (“have been {1} {2}”)",
        ("have been {1}",),
    ),
    # "Till date no cure exists" (Indian English for "to date"; s58, 0 on 4.9M clean words)
    _Sequence(
        (_words("till"), _words("date")),
        (0, 1),
        "“{span}”: English writes “to date” (or “so far”)",
        ("to date", "so far"),
    ),
    # "lose weight fastly": "fast" is its own adverb (s58, 0 on 4.9M clean words)
    _Sequence(
        (_words("fastly"),),
        (0, 0),
        "“{span}”: “fast” is its own adverb (“fast”, “quickly”)",
        ("fast", "quickly"),
    ),
    # "there is no any link" (Russian никакой, Hindi koi bhi nahin): English writes "no" or "not any" (s58, 0 on 4.9M
    # clean words)
    _Sequence(
        (_words("no"), _words("any")),
        (0, 1),
        "“{span}”: English writes “no” or “not any”, not both",
        ("no", "not any"),
    ),
    # "Followings are the remedies": "the following" is a pronoun with no plural (Indian English; s58, once in the
    # 4.9M clean words, a slip there too)
    _Sequence(
        (_words("followings"),),
        (0, 0),
        "“{span}”: “the following” has no plural (“the following are ...”)",
        ("following",),
        fix=True,
    ),
    # "Stress is main cause of", "Protein is must": a singular count noun after "is" takes its article
    _Sequence(
        (
            _words("is was"),
            _words("main"),
            _words("cause reason problem source symptom factor weapon culprit"),
        ),
        (1, 1),
        "“{span} {2}”: “main” takes “the” (“{0} the main {2}”)",
        ("the main",),
        fix=True,
    ),
    _Sequence(
        (_words("is are was were"), _words("must")),
        (1, 1),
        "“{0} {span}”: the noun “must” takes “a” (“{0} a must”)",
        ("a must",),
        fix=True,
        not_before=_words("be have"),
    ),
    # "burns more amount of calories", "too much amount of sebum": "amount" is counted by "a large" or "a small"; the
    # comparative or "much" says it alone (s59; 0 on 4.9M clean words)
    _Sequence(
        (_words("more less much"), _words("amount amounts"), _words("of")),
        (0, 2),
        "“{span}”: “{0}” says the quantity itself; drop “amount of” (or write “a larger” or “a smaller amount of”)",
        ("{0}",),
    ),
    _Sequence(
        (_words("now"), _words("a"), _words("days")),
        (0, 2),
        "“{span}”: the adverb is one word, “nowadays”",
        ("{0}adays",),
        fix=True,
    ),
    # "People with low immune system", "heart stroke" (Indian English for a heart attack): s53, 0 on 4.9M clean words
    _Sequence(
        (_words("low lower"), _words("immune"), _words("system systems")),
        (0, 2),
        "“{span}”: an immune system is weak or weakened, not low (“a weak {1} {2}”; or “low immunity”)",
        ("weak {1} {2}", "weakened {1} {2}"),
    ),
    _Sequence(
        (_words("heart"), _words("stroke strokes")),
        (0, 1),
        "“{span}”: a blocked artery of the heart is a heart attack; a stroke is the brain's",
        ("heart attack", "stroke"),
    ),
    # a body system named by the noun of its function ("the digestion system"): English names it by the adjective
    # (s53; "lymph system" and "circulation system", a device's name, are English; 0 on 4.9M clean words)
    *(
        _Sequence(
            (_words(noun), _words("system systems")),
            (0, 1),
            f"“{{span}}”: the body system is the {adjective} system",
            (f"{adjective} {{1}}",),
            fix=True,
        )
        for noun, adjective in (
            ("digestion", "digestive"),
            ("respiration", "respiratory"),
            ("reproduction", "reproductive"),
            ("immunity", "immune"),
            ("excretion", "excretory"),
            ("nervousness", "nervous"),
            ("urination", "urinary"),
        )
    ),
    # (s60) a possessive before "both" ("in your both nostrils"): "both" comes first, a predeterminer (0 on 4.9M
    # clean words)
    _Sequence(
        (_words("your my his her their our its"), _words("both")),
        (0, 1),
        "“{span}”: “both” comes before the possessive (“both {0}”)",
        ("both {0}",),
        fix=True,
    ),
    # "not" after "be" in a modal's verb phrase ("it can be not a normal headache", "may be not achievable"): English
    # puts it after the modal (3 on 4.9M clean words, all in non-native abstracts and speech); "not only", "not just"
    # and "not merely" open a correlative and stay
    *(
        _Sequence(
            (_words(modals), _words("be"), _words("not")),
            (0, 2),
            "“{span}”: “not” follows the modal (“" + fixed + "”)",
            (fixed,),
            fix=True,
            not_before=_words("only just merely simply necessarily"),
        )
        for modals, fixed in (("can", "{0}not be"), ("could may might will would should must", "{0} not be"))
    ),
    # "referred as" for "referred to as" (2 on 4.9M clean words: one a non-native abstract's; the other a patient
    # "referred as soon as possible", sent on, which the words after it leave)
    _Sequence(
        (_words("referred"), _words("as")),
        (0, 1),
        "“{span}”: “refer” takes “to” (“referred to as”)",
        ("referred to as",),
        fix=True,
        not_before=_words("soon early quickly needed necessary appropriate required possible indicated well"),
    ),
    # "the problem is this that" (a Hindi and Urdu calque of "yeh hai ki"): English writes "the problem is that"
    _Sequence(
        (
            _words("problem reason fact truth thing point issue benefit advantage question matter"),
            _words("is was"),
            _words("this"),
            _words("that"),
        ),
        (1, 3),
        "“{span}”: “this” before “that” says it twice (“{1} that”)",
        ("{1} that",),
        fix=True,
    ),
    # a superlative as the complement of "become" or "get" with no "the" ("most often became worst during middle
    # age"): the comparative is meant (0 on 4.9M clean words)
    _Sequence(
        (
            _words("become becomes became becoming get gets got getting grow grows grew growing"),
            _words("worst"),
        ),
        (0, 1),
        "“{span}”: a change for the worse takes the comparative (“{0} worse”)",
        ("{0} worse",),
        fix=True,
    ),
    # (s60) learners' prepositions and a calque of Hindi "dawai khana" (each 0 on 4.9M clean words): "at any part of the
    # body", "eat medicines", "suffer form" (a typed slip of "from"); "at empty stomach" is read with "in empty stomach"
    _Sequence(
        (_words("at"), _words("any every each some one"), _words("part parts"), _words("of")),
        (0, 0),
        "“{span}”: a part of the body takes “in” (“in {1} {2} of”)",
        ("in",),
        fix=True,
    ),
    _Sequence(
        (
            _words("eat eats eating ate eaten"),
            _words("medicine medicines medication medications tablets pills"),
        ),
        (0, 0),
        "“{span}”: medicine is taken, not eaten (“take”)",
        ("take",),
    ),
    _Sequence(
        (_words("suffer suffers suffering suffered recover recovers recovered recovering"), _words("form")),
        (1, 1),
        "“{0} form”: the preposition is “from”",
        ("from",),
        fix=True,
    ),
    # (s61) the same slip after a noun or adverb that takes "from", before the thing left behind ("get relief form the
    # pain", "stay away form the smoke"; a form to fill, "the relief form", has no determiner after it; 0 on 4.9M clean words)
    _Sequence(
        (
            _words("relief recovery protection away"),
            _words("form"),
            _words("the a an this that these those your their his her its my our all any"),
        ),
        (1, 1),
        "“{0} form”: the preposition is “from”",
        ("from",),
        fix=True,
    ),
    # (s61) a negative imperative after "to" ("try to don't take any stress": "try not to"), a patient "of" a disease (a
    # Hindi and Urdu calque, "asthma ka mareez": "a patient of asthma" for "an asthma patient"), and "difficulty to" with
    # a verb ("difficulty to breathe": "difficulty breathing"); the first two 0 on 4.9M clean words, the third 3 there, two
    # of them a translated abstract's and a WMT22 reference's slips and one a medical answer's ("its difficulty to cross
    # the blood brain barrier"); "feeding difficulties to maintain nutrition", a plural's purpose, is left
    _Sequence(
        (_words("to"), _words("don't don\u2019t dont doesn't doesn\u2019t")),
        (0, 1),
        "“{span}”: a negative infinitive puts “not” before “to” (“try not to take”), not “don't” after it",
        ("not to",),
    ),
    _Sequence(
        (
            _words("patient patients"),
            _words("of"),
            _words(
                "asthma diabetes arthritis hypertension piles hemorrhoids haemorrhoids migraine migraines psoriasis "
                "eczema epilepsy tuberculosis tb thyroid gout sinusitis jaundice typhoid malaria dengue"
            ),
        ),
        (0, 2),
        "“{span}”: a person with a disease is a patient “with” it (“{0} with {2}”), not a patient “of” it",
        ("{0} with {2}",),
        fix=True,
    ),
    _Sequence(
        (_words("difficulty"), _words("to")),
        (0, 1),
        "“{span}”: “difficulty” takes an -ing form (“difficulty breathing”, “difficulty in breathing”), not “to”",
        ("difficulty in",),
    ),
    # (s62) a linking verb before a verb in "-en" where its adjective belongs ("the cough gets worsen at night", "the muscles
    # becomes thicken": "gets worse", "thicken" alone); 0 on 4.9M clean words ("become thin", "become narrow" are adjectives)
    _Sequence(
        (
            _words("get gets getting got become becomes becoming became"),
            _words(
                "worsen thicken weaken lessen tighten loosen harden soften widen deepen sharpen darken brighten strengthen "
                "lengthen shorten broaden flatten redden sicken stiffen straighten"
            ),
        ),
        (0, 1),
        "“{span}”: “{0}” takes an adjective (“gets worse”, “becomes thick”), or the verb stands alone (“worsens”)",
        (),
    ),
    # "have cold" without "a" (0 on 4.9M clean words; "having cold-like symptoms", cold as an adjective, is left)
    _Sequence(
        (_words("have has had having catch catches caught"), _words("cold")),
        (1, 1),
        "“{span}”: the illness is “a cold” (“{0} a cold”)",
        ("a cold",),
        fix=True,
        not_before=_words(
            "like feet hands sores symptoms water drinks weather sweats temperatures compress compresses showers shower "
            "air food foods sweat sore"
        ),
    ),
    # "lot" without "a" after a verb ("It helps lot", "it works lot better"; 0 on 4.9M clean words)
    _Sequence(
        (
            _words(
                "help helps helped helping work works worked improve improves improved reduce reduces reduced"
            ),
            _words("lot"),
        ),
        (1, 1),
        "“lot”: the quantity is “a lot”",
        ("a lot",),
        fix=True,
    ),
)


def _anchor(seq: _Sequence) -> int:
    """The position of a sequence whose words are rarest in English (wordfreq): the word index is read there, so
    that "in empty stomach" is looked for at each "stomach", not at each "in"."""
    table = zipf_table()
    return min(range(len(seq.words)), key=lambda k: max(table.get(w, 0.0) for w in seq.words[k]))


@functools.cache
def _by_anchor() -> dict[str, tuple[tuple[_Sequence, int], ...]]:
    """The table's sequences by the words of their anchors (``_anchor``), with the anchor's position; built at
    the first document, so that importing the rule reads no frequency table."""
    out: dict[str, tuple[tuple[_Sequence, int], ...]] = {}
    for seq in _SEQUENCES:
        at = _anchor(seq)
        for word in seq.words[at]:
            out[word] = (*out.get(word, ()), (seq, at))
    return out


def _fixed_sequences(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """Each sequence of ``_SEQUENCES`` written with plain spaces between its words."""
    out: list[Hit] = []
    lowers = s.lowers
    by_anchor = _by_anchor()
    for word in by_anchor.keys() & index.keys():
        for seq, at in by_anchor[word]:
            size = len(seq.words)
            for pos in index[word]:
                i = pos - at
                if i < 0:
                    continue
                if i + size > s.n or not all(
                    lowers[i + k] in seq.words[k] and (k == 0 or s.adjacent(i + k - 1)) for k in range(size)
                ):
                    continue
                if seq.not_before and i + size < s.n and lowers[i + size] in seq.not_before:
                    continue
                if seq.not_after and i > 0 and s.joinable[i - 1] and lowers[i - 1] in seq.not_after:
                    continue
                a, b = i + seq.report[0], i + seq.report[1]
                written = [s.text(i + k) for k in range(size)]
                if any(len(w) > 1 and w.isupper() for w in written):
                    continue  # an abbreviation that spells a word ("children with IS will develop": infantile spasms)
                if seq.lower_tail and any(w[:1].isupper() for w in written[1:]):
                    continue
                span = s.prose[s.starts[a] : s.ends[b]]
                suggestions = tuple(x.format(*written, span=span) for x in seq.suggestions)
                if span[:1].isupper() and not suggestions[0][:1].isupper():
                    suggestions = (suggestions[0][:1].upper() + suggestions[0][1:], *suggestions[1:])
                out.append(
                    Hit(
                        s.starts[a],
                        s.ends[b],
                        LEARNER_IDIOM,
                        seq.message.format(*written, span=span),
                        suggestions,
                        fix_to=suggestions[0] if seq.fix else None,
                    )
                )
    return out


#: What "called as" may go on to in English: a witness or an expert called to give evidence
_CALLED_AS_ROLES = _words("witness witnesses expert experts")
#: The words before "called" that make it the verb of naming ("is called as", "also called as")
_NAMING_BEFORE = BE_FORMS | _words("also commonly often sometimes usually generally popularly simply")
#: Words before "thousand of" or "hundred of" that count it ("a thousand of them", "several hundred of the")
_COUNTED_BEFORE = _words("a one the per each every few several many some")
#: "these kind of foods": a plural determiner before a singular noun of kind
_KIND_WORDS = _words("kind type sort")


def _called_as(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "is called as diabetes", "is termed as Medaroga": "call" and "term" name directly (not "called as a
    witness")."""
    lowers = s.lowers
    for i in (*index.get("called", ()), *index.get("termed", ())):
        if not (0 < i and i + 2 < s.n and s.adjacent(i - 1) and s.adjacent(i) and lowers[i + 1] == "as"):
            continue
        if lowers[i - 1] not in _NAMING_BEFORE or lowers[i + 2] in _CALLED_AS_ROLES:
            continue
        if lowers[i + 2] in ("a", "an") and i + 3 < s.n and lowers[i + 3] in _CALLED_AS_ROLES:
            continue
        verb = "call" if lowers[i] == "called" else "term"
        message = (
            f"“{s.text(i)} as”: “{verb}” names a thing directly (“is {lowers[i]} diabetes”), with no “as”"
        )
        yield Hit(s.starts[i], s.ends[i + 1], LEARNER_IDIOM, message, (s.text(i),), fix_to=s.text(i))


def _plural_kind(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "these kind of foods": a plural determiner before a singular noun of kind."""
    lowers = s.lowers
    for det, single in (("these", "this"), ("those", "that")):
        for i in index.get(det, ()):
            if not (i + 2 < s.n and lowers[i + 1] in _KIND_WORDS and lowers[i + 2] == "of"):
                continue
            if not (s.adjacent(i) and s.adjacent(i + 1)):
                continue
            kind = lowers[i + 1]
            this = single.capitalize() if s.text(i)[:1].isupper() else single
            span = s.prose[s.starts[i] : s.ends[i + 1]]
            message = f"“{span} of”: “{det}” is plural, “{kind}” singular (“{this} {kind} of” or “{s.text(i)} {kind}s of”)"
            yield Hit(
                s.starts[i], s.ends[i + 1], LEARNER_IDIOM, message, (f"{this} {kind}", f"{s.text(i)} {kind}s")
            )


def _uncounted_thousands(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "Thousand of microscopic bacteria": with no number or determiner before it, the count is plural."""
    lowers = s.lowers
    for word in ("thousand", "hundred"):
        for i in index.get(word, ()):
            if i + 1 >= s.n or lowers[i + 1] != "of" or not s.adjacent(i):
                continue
            before = lowers[i - 1] if i > 0 and s.joinable[i - 1] else None
            if before is not None and (
                before in _COUNTED_BEFORE or before[:1].isdigit() or before in NUMBER_WORDS
            ):
                continue  # "a thousand of them", "one hundred of the patients", "several hundred of"
            fixed = f"{s.text(i)}s of"
            message = f"“{s.text(i)} of”: with no number before it, “{word}” is plural (“{fixed}”)"
            yield Hit(s.starts[i], s.ends[i + 1], LEARNER_IDIOM, message, (fixed,), fix_to=fixed)


def _before_to(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "Before to clean the kidneys, ..." opening a sentence: "before" takes the -ing form."""
    lowers = s.lowers
    for i in index.get("before", ()):
        if not (i + 2 < s.n and s.text(i) == "Before" and sentence_start(s, i)):
            continue
        if not (s.adjacent(i) and lowers[i + 1] == "to" and s.adjacent(i + 1) and s.is_lower(i + 2)):
            continue
        if lowers[i + 2].isalpha() and lowers[i + 2] not in CLOSED_CLASS:
            message = "“Before to”: “before” takes the -ing form (“Before cleaning”), not “to”"
            yield Hit(s.starts[i], s.ends[i + 1], LEARNER_IDIOM, message, ("Before",))


def _breath_for_breathe(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "Breath in slowly through the nose" opening a sentence: the noun for the imperative verb "breathe"."""
    for i in index.get("breath", ()):
        if s.text(i) == "Breath" and sentence_start(s, i) and i + 1 < s.n and s.adjacent(i):
            if s.lowers[i + 1] in ("in", "out", "deeply", "slowly"):
                message = "“Breath”: the verb is “breathe” (“Breathe in”)"
                yield Hit(s.starts[i], s.ends[i], LEARNER_IDIOM, message, ("Breathe",), fix_to="Breathe")


#: Adjectives of a role's weight, after which "role" is counted ("plays an important role")
_ROLE_WEIGHTS = _words("important vital key major crucial significant big great pivotal central essential")


def _role_without_article(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "Liver plays important role in digestion": "role" is counted, and takes "a" or "an" (a headline's
    "Physicians play vital role in care" drops it on purpose, and is left with headings and one-line paragraphs)."""
    lowers = s.lowers
    for i in index.get("role", ()):
        if i < 2 or not (s.adjacent(i - 2) and s.adjacent(i - 1)):
            continue
        if lowers[i - 1] not in _ROLE_WEIGHTS or lowers[i - 2] not in ("play", "plays", "played", "playing"):
            continue
        if telegraphic(s, s.starts[i]):
            continue
        adjective = s.text(i - 1)
        article = "an" if adjective[:1].lower() in "aeiou" else "a"
        message = f"“{s.text(i - 2)} {adjective} role”: a role is counted (“{article} {adjective} role”)"
        yield Hit(s.starts[i - 1], s.ends[i], LEARNER_IDIOM, message, (f"{article} {adjective} role",))


#: Words before "of yours" that take a part of what is yours ("the best of yours", "the rest of ours")
_PARTITIVE_HEADS = _words("best worst most least first last one rest some any all none each many few half")
#: The possessive pronouns that stand alone, and the determiner each is written as before its noun
_STANDING_POSSESSIVES = {"yours": "your", "ours": "our", "theirs": "their"}


def _the_of_yours(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "the blood sugar level of yours", "the diabetes of yours": "the" and "of yours" both mark what is
    whose; English writes "your blood sugar level" ("a friend of yours", indefinite, is English)."""
    lowers = s.lowers
    for pronoun, determiner in _STANDING_POSSESSIVES.items():
        for i in index.get(pronoun, ()):
            if i < 3 or lowers[i - 1] != "of" or not (s.adjacent(i - 1) and s.adjacent(i - 2)):
                continue
            if lowers[i - 2] in _PARTITIVE_HEADS or lowers[i - 2].endswith("est"):
                continue  # a part of them: "the best of yours", "the rest of ours"
            for k in range(i - 3, max(-1, i - 6), -1):
                if not s.adjacent(k):
                    break
                if lowers[k] == "the":
                    noun = s.prose[s.starts[k + 1] : s.ends[i - 2]]
                    written = determiner.capitalize() if s.text(k)[:1].isupper() else determiner
                    span = s.prose[s.starts[k] : s.ends[i]]
                    message = f"“{span}”: “the” and “of {pronoun}” both say whose; English writes “{written} {noun}”"
                    yield Hit(s.starts[k], s.ends[i], LEARNER_IDIOM, message, (f"{written} {noun}",))
                    break
                if lowers[k] in CLOSED_CLASS:
                    break


#: Verbs that take no object and so have no passive, by participle, with their bare form: "it can be happened",
#: "the disease is originated from", "was occurred" (Swan, Practical English Usage, "passive structures": only a
#: verb with an object has a passive). "remain" is left out ("what it was remained unclear": "was" ends a clause);
#: "disappear", whose political passive names its agent, is ``_construction_scan``'s.
_NO_PASSIVE = {
    "happened": "happen",
    "occurred": "occur",
    "existed": "exist",
    "belonged": "belong",
    "consisted": "consist",
    "emerged": "emerge",
    "died": "die",
    "arrived": "arrive",
    "seemed": "seem",
    "resulted": "result",
    "lasted": "last",
    "originated": "originate",
    "persisted": "persist",
    "recurred": "recur",
    "appeared": "appear",
    "arisen": "arise",
    "arised": "arise",
    "prevailed": "prevail",
    "differed": "differ",
}
#: State verbs that take no progressive, by -ing form, with their bare form: "an adult is consisting of 60% water",
#: "it is belonging to the family" (Swan, "non-progressive verbs")
_NO_PROGRESSIVE = {
    "consisting": "consist",
    "belonging": "belong",
    "comprising": "comprise",
    "resembling": "resemble",
}
#: Words that may stand between the form of "be" and the participle: "is not happened", "is usually occurred"
_BETWEEN_BE = _words("not never also often usually always generally mostly commonly mainly rarely")
#: Words before "what" or "whatever" whose clause ends at the form of "be" ("what it was appeared clear")
_FREE_RELATIVES = _words("what whatever")


def _tensed(be: str, bare: str, passive: bool, between: str) -> tuple[str, ...]:
    """The verb ``bare`` in the tense the form of "be" carried: "is happened" -> "happens", "happened"; "is not
    happened" -> "does not happen", "has not happened"; "was consisting" -> "consisted"; ``between`` is the adverb
    written between them ("usually")."""
    past = "arose" if bare == "arise" else bare + ("d" if bare.endswith("e") else "ed")
    if bare == "occur" or bare == "recur":
        past = bare + "red"
    participle = "arisen" if bare == "arise" else past
    if between.strip().lower() == "not":
        negated = {"is": ("does not", "has not"), "are": ("do not", "have not"), "am": ("do not", "have not")}
        if be in negated:
            do, have = negated[be]
            return (f"{do} {bare}", f"{have} {participle}") if passive else (f"{do} {bare}",)
        if be in ("was", "were"):
            return (f"did not {bare}",)
    adverb = f"{between} " if between else ""
    if be in ("be", "being"):
        forms: tuple[str, ...] = (bare,)
    elif be == "been":
        forms = (participle,)
    elif be in ("was", "were"):
        forms = (past,)
    else:
        present = regular_plural(bare) if be == "is" else bare
        forms = (present, past) if passive else (present,)
    return tuple(adverb + x for x in forms)


def _be_then(s: Scan, i: int) -> int | None:
    """The position of the word the form of "be" at ``i`` governs: the next word, or the one after a word of
    ``_BETWEEN_BE`` or an -ly adverb."""
    k = i + 1
    if k < s.n and s.adjacent(i) and (s.lowers[k] in _BETWEEN_BE or s.lowers[k].endswith("ly")):
        k += 1
    if k >= s.n or not s.adjacent(k - 1) or not s.is_lower(k):
        return None
    return k


def _intransitive_passive(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "It can be happened", "the pain is originated from the nerve", "an adult is consisting of water": a passive
    of a verb with no object, a progressive of a state verb (``_NO_PASSIVE``, ``_NO_PROGRESSIVE``). The span is the
    form of "be" to the verb; the suggestion is the verb in the tense the form of "be" carries. 0 on 4.9M clean
    words."""
    lowers = s.lowers
    for be in ("is", "are", "am", "was", "were", "be", "been", "being"):
        for i in index.get(be, ()):
            k = _be_then(s, i)
            if k is None:
                continue
            verb = lowers[k]
            bare = _NO_PASSIVE.get(verb) or _NO_PROGRESSIVE.get(verb)
            if bare is None:
                continue
            if any(lowers[j] in _FREE_RELATIVES for j in range(max(0, i - 3), i)):
                continue  # "what it was appeared clear": the form of "be" closes a clause of its own
            if k + 1 < s.n and s.adjacent(k) and lowers[k + 1] == "by":
                continue  # an agent named, as in the political "were disappeared by the regime"
            between = s.prose[s.ends[i] : s.starts[k]].strip() if k > i + 1 else ""
            suggestions = _tensed(be, bare, verb in _NO_PASSIVE, between)
            if verb in _NO_PASSIVE:
                message = f"“{s.prose[s.starts[i] : s.ends[k]]}”: “{bare}” takes no object and has no passive"
            else:
                message = (
                    f"“{s.prose[s.starts[i] : s.ends[k]]}”: “{bare}” names a state and takes no -ing form"
                )
            pattern = PASSIVE_INTRANSITIVE if verb in _NO_PASSIVE else LEARNER_IDIOM
            yield Hit(s.starts[i], s.ends[k], pattern, message, suggestions)


#: Nouns of a population counted by a percentage: "5% people" takes "of" ("5% of people")
_POPULATION_NOUNS = _words(
    "people patients adults children women men cases individuals persons infants babies users smokers teenagers "
    "adolescents girls boys population"
)
#: A percentage that ends right before its noun: "5% ", "10 percent ", "2.5 per cent "
_PERCENT_BEFORE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[ \t]?(?:%|percent|per cent)[ \t]+$")
#: A group's make-up listed before "and": "54 percent boys and 46 percent girls" (the second of a parenthesis's list)
_COMPOSITION_BEFORE_AND = re.compile(r"(?:%|percent|per cent)[ \t]+[a-z]+,?[ \t]+and[ \t]*$")


def _percent_without_of(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "3% to 5% people become carriers", "in 24.7% patients": a percentage of a population takes "of". A
    group's make-up, set off in a parenthesis or after a comma ("(54 percent men)", "in China, 54 percent boys
    and 46 percent girls"), is a journalist's shorthand and left."""
    for noun in _POPULATION_NOUNS & index.keys():
        for i in index[noun]:
            if not s.is_lower(i) or i == 0:
                continue
            m = _PERCENT_BEFORE.search(s.prose, max(0, s.starts[i] - 24), s.starts[i])
            if m is None:
                continue
            before = s.prose[max(0, m.start() - 60) : m.start()].rstrip()
            if before.endswith(("(", ",", ";", ":", "[")) or _COMPOSITION_BEFORE_AND.search(before):
                continue
            if telegraphic(s, m.start()):
                continue
            amount = s.prose[m.start() : s.starts[i]].rstrip()
            article = "the " if noun == "population" else ""
            fixed = f"{amount} of {article}{s.text(i)}"
            message = f"“{amount} {s.text(i)}”: a percentage of a group takes “of” (“{fixed}”)"
            yield Hit(m.start(), s.ends[i], LEARNER_IDIOM, message, (fixed,), fix_to=fixed)


#: Country names English writes with "the" (a plural or a union: "the UK", "the Netherlands")
_THE_COUNTRIES = frozenset({"UK", "USA", "UAE", "Netherlands", "Philippines"})
#: Prepositions of place before a country
_PLACE_PREPOSITIONS = _words("in from across throughout to within outside into")
#: Parts of the day that "in" takes with "the" ("in the morning"; "at night")
_DAY_PARTS = _words("morning evening afternoon night")
#: Words that end a noun phrase when they follow it: the country or the part of the day is the whole phrase
#: ("in UK and India", "in morning before food"), not a modifier ("in UK hospitals", "in morning trade")
_PHRASE_ENDERS = _words(
    "and or but is are was were has have had where which who since as with for in at on by because while than the "
    "a an to before after when if so then it you they we"
)


def _ends_phrase(s: Scan, i: int) -> bool:
    """Word ``i`` is the last of its noun phrase: punctuation or the block's end follows, or a word of
    ``_PHRASE_ENDERS``."""
    if i + 1 >= s.n or not s.adjacent(i):
        return True
    return s.lowers[i + 1] in _PHRASE_ENDERS


def _missing_the(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "in UK and India", "Drink warm water in morning": a country name English writes with "the", and a part
    of the day after "in", with no article (not a headline's or a list item's dropped article, ``telegraphic``,
    nor a modifier: "in UK hospitals")."""
    lowers = s.lowers
    for name in _THE_COUNTRIES:
        for i in index.get(name.lower(), ()):
            if (
                s.text(i) != name
                or i == 0
                or not s.adjacent(i - 1)
                or lowers[i - 1] not in _PLACE_PREPOSITIONS
            ):
                continue
            if not _ends_phrase(s, i) or telegraphic(s, s.starts[i]):
                continue
            fixed = f"{s.text(i - 1)} the {name}"
            message = f"“{s.text(i - 1)} {name}”: the country's name takes “the” (“{fixed}”)"
            yield Hit(s.starts[i - 1], s.ends[i], LEARNER_IDIOM, message, (fixed,), fix_to=fixed)
    for part in _DAY_PARTS & index.keys():
        for i in index[part]:
            k = i  # the phrase's first word: the part of the day, or "early" or "late" before it
            if k > 1 and lowers[k - 1] in ("early", "late") and s.adjacent(k - 1):
                k -= 1
            if k < 1 or not s.adjacent(k - 1) or lowers[k - 1] != "in":
                continue
            if not s.is_lower(i) or not _ends_phrase(s, i) or telegraphic(s, s.starts[i]):
                continue
            words = s.prose[s.starts[k] : s.ends[i]]
            if part == "night" and k == i:
                message = f"“{s.text(k - 1)} night”: English writes “at night” (or “in the night”)"
                suggestions: tuple[str, ...] = ("at night", "in the night")
            else:
                fixed = f"{s.text(k - 1)} the {words}"
                message = f"“{s.text(k - 1)} {words}”: a part of the day takes “the” after “in” (“{fixed}”)"
                suggestions = (fixed,)
            yield Hit(s.starts[k - 1], s.ends[i], LEARNER_IDIOM, message, suggestions)


#: Singular nouns of a finding that open a clause as the subject of a verb of reporting ("Research show that", "This
#: study suggest that"): countable ones and the uncountable "research", "evidence", "science"
_FINDING_NOUNS = _words("study research evidence report survey review trial analysis science experiment")
#: Finite verbs that, right after the verb of reporting, make it a noun ("The research show was on TV")
_FINITE_AFTER_NOUN = BE_FORMS | _words("has have had will would can could may might should must")
#: The verbs of reporting in their bare form, which a singular subject puts in the -s form
_REPORTING_VERBS = _words("show suggest indicate prove reveal confirm demonstrate find say support")
#: Words that may open the subject before its noun: a singular determiner, an adjective of time or kind
_FINDING_OPENERS = _words(
    "a the this that one another recent new scientific medical current latest previous early earlier"
)


def _after_dash(s: Scan, i: int) -> bool:
    """Word ``i`` follows a spaced dash, which opens a clause ("good for the skin - Research show that")."""
    if i == 0:
        return False
    gap = s.prose[s.ends[i - 1] : s.starts[i]]
    return gap.strip() in ("-", "\u2013", "\u2014") and gap[:1].isspace()


def _finding_without_s(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "Research show that garlic lowers pressure", "This study suggest that": a singular noun of a finding opening
    its clause, with at most two words of ``_FINDING_OPENERS`` before it, and a verb of reporting in the bare form;
    the verb takes -s. Not a noun after "of" ("the findings of this study suggest": their head is plural), which the
    opening at the clause's start rules out. 0 on 4.9M clean words but one true slip ("This study suggest that
    Step-Dep was not more effective")."""
    lowers = s.lowers
    for noun in _FINDING_NOUNS & index.keys():
        for k in index[noun]:
            v = k + 1
            if v >= s.n or not s.adjacent(k) or lowers[v] not in _REPORTING_VERBS or not s.is_lower(v):
                continue
            if not s.phrase_continues(v) or (s.adjacent(v) and lowers[v + 1] in _FINITE_AFTER_NOUN):
                continue  # the sentence ends, or a verb follows: "show" is a noun ("The research show was on TV")
            first = k
            while (
                first > 0
                and k - first < 2
                and s.adjacent(first - 1)
                and lowers[first - 1] in _FINDING_OPENERS
            ):
                if s.clause_start(first):
                    break
                first -= 1
            if not (s.clause_start(first) or _after_dash(s, first)) or (first < k and not s.is_lower(k)):
                continue
            verb = s.text(v)
            fixed = regular_plural(verb)
            subject = s.prose[s.starts[first] : s.ends[k]]
            message = f"“{subject} {verb}”: the singular “{s.text(k)}” takes “{fixed}”"
            yield Hit(s.starts[v], s.ends[v], LEARNER_IDIOM, message, (fixed,), fix_to=fixed)


def _its_before_verb(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "Its promotes digestion", "its contains fibre": the possessive "its" before a verb's -s form that is no plural
    noun (the word table's ``VERB_S`` without ``PLURAL``), where the subject "it" is meant. 0 on 4.9M clean words
    (its nouns, "its signs", "its causes", are plurals too)."""
    for i in index.get("its", ()):
        if i + 1 >= s.n or not s.adjacent(i):
            continue
        verb = s.lowers[i + 1]
        cls = classes(verb)
        if VERB_S not in cls or PLURAL in cls:
            continue
        written = s.text(i)
        subject = "It" if written[:1].isupper() else "it"
        fixed = f"{subject} {s.text(i + 1)}"
        message = f"“{written} {s.text(i + 1)}”: “its” is the possessive; the verb’s subject is “{subject}”"
        yield Hit(s.starts[i], s.ends[i + 1], LEARNER_IDIOM, message, (fixed,), fix_to=fixed)


#: Words before "others" after which it opens a noun phrase ("many others factors"); elsewhere it may be an object
#: with a possessive's apostrophe lost ("respect others feelings"), which is another slip
_OTHERS_OPENERS = _words("many some several all the these those few various and")
#: Quantifiers that take "of" and then a determiner ("most of the people"; "most of people" drops it)
_OF_QUANTIFIERS = _words("most many some all few each several none any one both")
#: Quantifiers that take a singular noun without "of" ("one recruit"), so "of the" is the only mend
_SINGULAR_QUANTIFIERS = _words("one each none any")
#: Plural nouns of number that follow "of" bare ("one of hundreds of thousands")
_NUMBER_PLURALS = _words("hundreds thousands millions billions dozens tens scores")
#: Irregular plurals of people, which the word table does not class as plural nouns
_PEOPLE_PLURALS = _words("people women men children")


def _plural_noun(word: str) -> bool:
    """A plural noun (the word table's ``PLURAL``, "factors", "patients", or a plural of people, "women")."""
    return word in _PEOPLE_PLURALS or PLURAL in classes(word)


def _others_before_noun(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "many others factors", "Others cases are severe": the pronoun "others" where the determiner "other" is meant,
    before a plural noun, where "others" opens its clause or follows a quantifier or determiner (s60; 3 on 4.9M clean
    words, all this slip; after a verb or a preposition "others" may be an object: "in others improvements were
    found", "respect others feelings", left)."""
    for i in index.get("others", ()):
        if i + 1 >= s.n or not s.adjacent(i) or not s.is_lower(i + 1) or not _plural_noun(s.lowers[i + 1]):
            continue
        if not s.clause_start(i) and not (i > 0 and s.joinable[i - 1] and s.lowers[i - 1] in _OTHERS_OPENERS):
            continue
        written = s.text(i)
        fixed = f"{written[:-1]} {s.text(i + 1)}"
        message = f"“{written} {s.text(i + 1)}”: before a noun the determiner is “{written[:-1].lower()}”"
        yield Hit(s.starts[i], s.ends[i + 1], LEARNER_IDIOM, message, (fixed,), fix_to=fixed)


def _of_without_the(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "most of people", "many of patients", "a few of giants": a quantifier's "of" picks out part of a definite
    group and takes a determiner ("most of the people") or means the whole class without "of" ("most people"); a bare
    plural noun after it is a learner's slip (s60; 4 on 4.9M clean words, all this slip; "one of hundreds of
    thousands" is a number)."""
    for quantifier in _OF_QUANTIFIERS & index.keys():
        for i in index[quantifier]:
            if i + 2 >= s.n or not (s.adjacent(i) and s.adjacent(i + 1)) or s.lowers[i + 1] != "of":
                continue
            noun = s.lowers[i + 2]
            if noun in _NUMBER_PLURALS or not s.is_lower(i + 2) or not _plural_noun(noun):
                continue
            span = s.prose[s.starts[i] : s.ends[i + 2]]
            with_the = f"{s.text(i)} of the {s.text(i + 2)}"
            if quantifier in _SINGULAR_QUANTIFIERS:  # "one recruits" is no English: only the determiner
                suggestions: tuple[str, ...] = (with_the,)
                message = f"“{span}”: “of” here takes a determiner (“{with_the}”)"
            else:
                suggestions = (with_the, f"{s.text(i)} {s.text(i + 2)}")
                message = f"“{span}”: “of” here takes a determiner (“{with_the}”), or drop “of” (“{suggestions[1]}”)"
            yield Hit(s.starts[i], s.ends[i + 2], LEARNER_IDIOM, message, suggestions)


#: (s65) Determiners that never follow "a" or "an" ("In an every human being", "a the Institute")
_SECOND_DETERMINERS = _words("the every each this these those my your our their")


def _double_determiner(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """ "a" or "an" before another determiner ("In an every human being"): one of the two is too many. A capital "A" is
    read only where it opens a sentence ("vitamin A the body needs" names the vitamin)."""
    for article in ("a", "an"):
        for i in index.get(article, ()):
            if i + 1 >= s.n or not s.adjacent(i) or s.lowers[i + 1] not in _SECOND_DETERMINERS:
                continue
            written = s.text(i)
            if written != article and not (written[:1].isupper() and sentence_start(s, i)):
                continue
            if s.text(i + 1) != s.lowers[i + 1]:
                continue  # "a The Lancet study": a title's capital
            span = s.prose[s.starts[i] : s.ends[i + 1]]
            message = f"“{span}”: two determiners; keep one (“{s.text(i + 1)}” or “{written}”)"
            yield Hit(s.starts[i], s.ends[i + 1], LEARNER_IDIOM, message, (s.text(i + 1), written))


#: (s66) Nouns of a single change, which take "a" or "an" after "due to" or "leads to" ("due to increase in loss")
_CHANGE_NOUNS = _words("increase decrease rise reduction decline drop")
#: (s66) What opens the cause or effect such a noun names: "due to", "leads to", "results in"
_CHANGE_OPENERS = {
    "to": _words("due lead leads led leading"),
    "in": _words("result results resulted resulting"),
}
#: (s66) Adjectives before "source of" that a copula puts after its subject ("Almonds are rich source of vitamins")
_SOURCE_ADJECTIVES = _words("rich good great excellent major important main poor natural")
#: (s66) Words before "same" that leave its noun with no determiner ("with same position", "achieve same color")
_BEFORE_SAME = _words(
    "in at with of on from for by achieve achieves have has had get gets use uses give gives"
)
#: (s66) Words that open a clause before "majority of" ("therefore majority of you are facing")
_CLAUSE_LINKS = _words("therefore and but so because that as while where since if when thus hence")


def _article_dropped(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """A noun that English writes with an article, written without one in learners' prose (s66; not in headings,
    list items or one-sentence paragraphs, where headlines drop articles: "New study finds majority of women..."):
    a single change after "due to", "leads to" or "results in" ("due to increase in loss of melanin"; "associated with
    improvement in", research prose's own register, is not read), "source of" after a copula ("Almonds are rich source
    of vitamins"), "same" after a preposition or verb ("with same position"), and "majority of" opening a clause
    ("therefore majority of you")."""
    for noun in _CHANGE_NOUNS & index.keys():
        for i in index[noun]:
            if i < 2 or i + 1 >= s.n or s.lowers[i + 1] not in ("in", "of") or not s.adjacent(i):
                continue
            link = s.lowers[i - 1]
            if link not in _CHANGE_OPENERS or s.lowers[i - 2] not in _CHANGE_OPENERS[link]:
                continue
            if (
                not (s.adjacent(i - 2) and s.adjacent(i - 1))
                or not s.is_lower(i)
                or telegraphic(s, s.starts[i])
            ):
                continue
            article = "an" if noun[0] in "aeiou" else "a"
            span = s.prose[s.starts[i - 1] : s.ends[i + 1]]
            fixed = f"{s.text(i - 1)} {article} {s.text(i)} {s.text(i + 1)}"
            yield Hit(
                s.starts[i - 1],
                s.ends[i + 1],
                LEARNER_IDIOM,
                f"“{span}”: a single {noun} takes “{article}” (“{fixed}”)",
                (fixed,),
            )
    for i in index.get("source", ()):
        if i < 2 or i + 1 >= s.n or s.lowers[i + 1] != "of" or not s.adjacent(i) or not s.adjacent(i - 1):
            continue
        before = s.lowers[i - 1]
        if before in _SOURCE_ADJECTIVES and s.adjacent(i - 2) and s.lowers[i - 2] in BE_FORMS | {"as"}:
            first = i - 1
        elif before in BE_FORMS | {"as"}:
            first = i
        else:
            continue
        if telegraphic(s, s.starts[i]):
            continue
        article = "an" if s.lowers[first][0] in "aeiou" else "a"
        span = s.prose[s.starts[first] : s.ends[i]]
        fixed = f"{article} {span}"
        yield Hit(
            s.starts[first],
            s.ends[i],
            LEARNER_IDIOM,
            f"“{span}”: a source takes “{article}” (“{fixed} of”)",
            (fixed,),
        )
    for i in index.get("same", ()):
        if (
            i < 1
            or i + 1 >= s.n
            or not s.adjacent(i - 1)
            or not s.adjacent(i)
            or s.lowers[i - 1] not in _BEFORE_SAME
        ):
            continue
        if (
            s.lowers[i + 1] == "as"
            or not s.is_lower(i)
            or not s.is_lower(i + 1)
            or telegraphic(s, s.starts[i])
        ):
            continue
        if s.prose[s.ends[i] : s.ends[i] + 1] == "-":
            continue  # "same-sex", "same-day": a compound's first half
        span = s.prose[s.starts[i] : s.ends[i + 1]]
        yield Hit(
            s.starts[i],
            s.ends[i],
            LEARNER_IDIOM,
            f"“{span}”: “same” takes “the” (“the {span}”)",
            ("the same",),
        )
    for i in index.get("majority", ()):
        if i + 1 >= s.n or s.lowers[i + 1] != "of" or not s.adjacent(i):
            continue
        opens = sentence_start(s, i) or (i > 0 and s.adjacent(i - 1) and s.lowers[i - 1] in _CLAUSE_LINKS)
        if (
            not opens
            or (i > 0 and not sentence_start(s, i) and not s.is_lower(i))
            or telegraphic(s, s.starts[i])
        ):
            continue
        written = s.text(i)
        fixed = ("The majority" if written[0].isupper() else "the majority") + " of"
        span = s.prose[s.starts[i] : s.ends[i + 1]]
        yield Hit(
            s.starts[i],
            s.ends[i + 1],
            LEARNER_IDIOM,
            f"“{span}”: “majority” takes “the” (“{fixed}”)",
            (fixed,),
        )


#: (s66) A wh-word, its subject and a final "is" or "are" before the question mark: a question in a statement's word
#: order ("I want you to know What Fatty Liver is?")
_STATEMENT_ORDER_QUESTION = re.compile(
    r"\b(?P<wh>[Ww]hat|[Hh]ow|[Ww]hy|[Ww]here|[Ww]ho|[Ww]hen)\s+(?P<subject>(?:[A-Za-z'\u2019-]+\s+){1,4}?)(?P<be>is|are)\?"
)
#: Auxiliaries and "do": a question that has one is inverted already ("Why do you think that is?"), or asks the
#: wh-clause inside it ("can you imagine how fast that is?")
_QUESTION_AUXILIARIES = _words(
    "do does did is are was were can could will would should shall may might must have has had"
)
_WH_WORDS = _words("what how why where who when which")


def _statement_order_questions(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """(s66) "I want you to know What Fatty Liver is?", "What fatty liver is?": a wh-clause in a statement's word order
    closed by a question mark, in a sentence whose own clause asks nothing (no auxiliary before it, not opened by a
    wh-word of its own); an embedded question takes a full stop, a direct one takes "is" before its subject. 0 on 4.9M
    clean words, whose three such clauses sit in questions ("Who the heck knows what the active ingredients are?")."""
    prose = s.prose
    if "?" not in prose:
        return
    for sentence in s.doc.sentences:
        text = sentence.text
        if not text.rstrip().endswith("?"):
            continue
        for m in _STATEMENT_ORDER_QUESTION.finditer(text):
            if m.end() != len(text.rstrip()):
                continue
            subject = m.group("subject").lower().split()
            before = [w.strip(",;:\"'\u201c").lower() for w in text[: m.start()].split()]
            if _QUESTION_AUXILIARIES.intersection(subject) or _QUESTION_AUXILIARIES.intersection(before):
                continue
            if before and before[0] in _WH_WORDS:
                continue
            start = sentence.start + m.start()
            end = sentence.start + m.end()
            wh, be = m.group("wh"), m.group("be")
            subj = m.group("subject").strip()
            direct = f"{wh} {be} {subj[:1].lower() + subj[1:]}?"
            yield Hit(
                start,
                end,
                LEARNER_IDIOM,
                f"“{prose[start:end]}”: a question in a statement's word order; ask it (“{direct}”) or state it with a "
                f"full stop (“{wh.lower()} {subj} {be}.”)",
                (direct, f"{wh.lower()} {subj} {be}."),
            )


#: (s66) "Let us know about such remedies": Hindi's "aaiye jaante hain" (let us find out), a section's opening line;
#: not an invitation to tell the writer ("Let us know about your experience", "let us know if ...")
_LET_US_KNOW = re.compile(
    r"(?P<span>Let(?: us|s|'s|\u2019s) know,?(?: about)?)"
    r"(?!\s+(?:about\s+)?(?:your|you|it|any|if|when|what\s+you|how\s+you|in|by|at|more|whether)\b)\s+(?!about\b)"
)
#: What may stand before the sentence's "Let": the text's start, a line break, or a sentence's end and a space
_SENTENCE_BEFORE = re.compile(r"(?:^|\n|[.!?]\s)\Z")


def _let_us_know(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """A sentence opened by "Let us know about" a topic, the writer's own introduction of it (s66; 0 on 4.9M clean
    words, where "let us know" asks the reader to tell). Read only where the word index holds "know" and "let" or
    "lets", from the literal "Let" (a pattern that opened on the sentence boundary would be tried at every character)."""
    if "know" not in index or not ("let" in index or "lets" in index):
        return
    prose = s.prose
    for m in _LET_US_KNOW.finditer(prose):
        start, end = m.start("span"), m.end("span")
        if _SENTENCE_BEFORE.search(prose, max(0, start - 2), start) is None:
            continue
        yield Hit(
            start,
            end,
            LEARNER_IDIOM,
            f"“{prose[start:end]}”: a calque (“let us find out”); English writes “Here is what to know about” or "
            f"“Let's look at”",
            ("Let's look at", "Here is what to know about"),
        )


#: (s66) "help in" and "get" before a verb's bare form ("can help in minimize the dizziness", "The spots get enlarge"):
#: "help in" takes the -ing form, "get" a participle or an adjective
_HELP_IN = _words("help helps helped")
_GET = _words("get gets got getting")


def _bare_after_help_in_or_get(s: Scan, index: Mapping[str, Iterable[int]]) -> Iterable[Hit]:
    """A verb's bare form that is no noun, no past form and no participle after "help in" or "get" (s66; a word
    before a hyphen is a compound's, "get follow-up care"). 0 on 4.9M clean words."""
    for first in (_HELP_IN | _GET) & index.keys():
        for i in index[first]:
            j = i + 1
            if first in _HELP_IN:
                if j >= s.n or s.lowers[j] != "in" or not s.adjacent(i):
                    continue
                j += 1
            if j >= s.n or not s.adjacent(j - 1) or not s.is_lower(j):
                continue
            verb = s.lowers[j]
            letters = classes(verb)
            if (
                not (VERB_ONLY in letters and BARE_VERB in letters)
                or VERB_PAST in letters
                or verb.endswith("ing")
            ):
                continue
            if s.prose[s.ends[j] : s.ends[j] + 1] == "-":
                continue
            span = s.prose[s.starts[i] : s.ends[j]]
            if first in _HELP_IN:
                message = f"“{span}”: “help in” takes the -ing form, or drop “in” (“{s.text(i)} {verb}”)"
                suggestions: tuple[str, ...] = (f"{s.text(i)} {verb}",)
            else:
                message = f"“{span}”: “{s.text(i)}” takes a participle or an adjective here, not the verb's bare form"
                suggestions = ()
            yield Hit(s.starts[i], s.ends[j], LEARNER_IDIOM, message, suggestions)


def learner_idioms(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """Every learner's idiom of the document (see the module's docstring)."""
    out = _fixed_sequences(s, index)
    for reading in (
        _called_as,
        _plural_kind,
        _uncounted_thousands,
        _before_to,
        _breath_for_breathe,
        _role_without_article,
        _the_of_yours,
        _intransitive_passive,
        _percent_without_of,
        _missing_the,
        _finding_without_s,
        _its_before_verb,
        _others_before_noun,
        _of_without_the,
        _double_determiner,
        _article_dropped,
        _statement_order_questions,
        _let_us_know,
        _bare_after_help_in_or_get,
    ):
        out.extend(reading(s, index))
    return out
