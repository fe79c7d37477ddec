"""Number read beyond a determiner's next word (MT108): across the adjectives of a noun phrase, and
in a plural's possessive.

MT108's determiner patterns read a determiner and the word right after it ("a patients", "one of the
doctor"). Machine translation and non-native writing break the same agreement with an adjective in
between: "like a thirsty flowers", "one of the main cause of", "one of the most common form of". The
adjective carries no number, so the determiner and the head noun still disagree (Swan, Practical
English Usage, "one of": a plural noun follows; "a/an": a singular countable noun follows).

Only words the word table reads as adjectives stand between: a word with no noun or verb reading,
or only a comparative, superlative or person-adjective one ("main", "thirsty", "leading", "best",
"elderly"). A noun between makes a compound whose last word is the head ("a blood test results" is
another error, left to other readings), and a quantity word makes the phrase a quantity ("a few
days", "a good many patients").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ...text.word_classes import (
    BARE_VERB,
    COMPARATIVE,
    NOT_VERB,
    PERSON,
    PERSON_ADJECTIVE,
    PLURAL,
    SINGULAR,
    SUPERLATIVE,
    VERB_S,
    classes,
)
from ...text.word_frequency import is_rarer_than
from ._grammar_scan import Hit, Scan, plural_determiner, regular_plural
from ._grammar_words import (
    CARDINALS,
    CLOSED_CLASS,
    COLLECTIVE_NOUNS,
    NUMBER_WORDS,
    PLURAL_DETERMINER,
    PLURAL_DETERMINERS,
    PLURAL_POSSESSIVE,
    PLURAL_SUBJECT_DETERMINERS,
    SINGULAR_DETERMINER,
)

#: class letters an adjective between determiner and noun may carry: none, or only those of a
#: comparative, a superlative or an adjective that names people too ("elderly", "major")
_ADJECTIVE_LETTERS = frozenset({COMPARATIVE, SUPERLATIVE, PERSON, PERSON_ADJECTIVE})
#: adjectives that make a quantity of what follows: "a few days", "a good many patients", "a great
#: many", "a mere handful"
_QUANTITY_ADJECTIVES = frozenset(
    "few little good great many whole mere further additional extra full dozen several".split()
)
#: the Zipf frequency below which a word between is not read as an adjective (``word_frequency``)
_MIN_ZIPF = 3.0
#: nouns that head a partitive of their own before "of" ("one of the vast majority of patients", "one of
#: the small number of"): the collective nouns of ``COLLECTIVE_NOUNS`` ("majority", "number", "rest") and
#: these
_QUANTITY_NOUNS = COLLECTIVE_NOUNS | frozenset(
    "total handful host plenty set range variety array mass fraction amount".split()
)
#: plural determiners that are also pronouns before a participle: "those undergoing surgery", "those
#: affected" (a reduced relative clause, not a noun phrase)
_PRONOUN_DETERMINERS = frozenset({"these", "those"})
#: how many adjectives may stand between ("one of the most common form"): "most" is read as one
_MAX_ADJECTIVES = 2
#: plural determiners that are never pronouns: the word after them is their noun ("various factor",
#: "numerous cause"), even one that is also a verb
_ADJECTIVE_DETERMINERS = frozenset({"various", "numerous"})
#: prepositions before a plural determiner that make it a determiner: a pronoun after them would end
#: the phrase ("for several reason", "in these type"); not "of", whose pronoun a verb may follow ("some
#: of these cause cancer")
_DETERMINER_PREPOSITIONS = frozenset(
    "for in with from among by at on about under after during through against without".split()
)


def determiner_not_pronoun(s: Scan, trigger: str, i: int) -> bool:
    """The plural determiner at ``i`` determines the word after it, which is then a noun though it may be a
    verb ("many reason", "various factor", "several cause"): a determiner that is never a pronoun, one after a
    preposition, or one after an existential "there are" ("there are many reason"), where a pronoun cannot
    stand before a verb."""
    if s.lowers[i + 1] in COLLECTIVE_NOUNS:
        return False  # a plural without -s ("many people", "these staff")
    if trigger in _ADJECTIVE_DETERMINERS:
        return True
    if i == 0 or not s.adjacent(i - 1):
        return False
    before = s.lowers[i - 1]
    if before in _DETERMINER_PREPOSITIONS:
        return trigger != "those"  # "for those want to": the pronoun of "those who"
    return before in ("are", "were") and i > 1 and s.adjacent(i - 2) and s.lowers[i - 2] == "there"


def _adjective(s: Scan, k: int) -> bool:
    """Word ``k`` is a lower-case adjective (by the word table) joined to the word before it: no
    closed-class word, number or quantity, no word ending in a plural's or possessive's "s" ("a womans
    hormones"), and an English word of some frequency (not the "priori" of "a priori")."""
    if not (s.is_lower(k) and s.adjacent(k - 1)):
        return False
    word = s.lowers[k]
    if word in CLOSED_CLASS or word in _QUANTITY_ADJECTIVES or word in NUMBER_WORDS or word in CARDINALS:
        return False
    if not word.replace("-", "").isalpha() or (word.endswith("s") and not word.endswith(("ous", "ss"))):
        return False
    if is_rarer_than(word, _MIN_ZIPF):
        return False
    return _ADJECTIVE_LETTERS.issuperset(classes(word))


def _adjectives_after(s: Scan, i: int) -> int:
    """How many adjectives follow word ``i`` (up to ``_MAX_ADJECTIVES``); "most" and "more" count
    as the first (a superlative or comparative made with them)."""
    k = i + 1
    count = 0
    while count < _MAX_ADJECTIVES and k < s.n:
        if _adjective(s, k) or (count == 0 and s.lowers[k] in ("most", "more") and s.adjacent(k - 1)):
            count += 1
            k += 1
        else:
            break
    return count


def _singular_count_noun(noun: str) -> bool:
    """``noun`` is a singular count noun where a noun must stand: the table's singular, a person noun
    that is no adjective, or a bare verb whose regular plural the table knows as a plural noun ("cause",
    "form", "factor": after a determiner and an adjective the verb reading is out)."""
    cls = classes(noun)
    if SINGULAR in cls or (PERSON in cls and PERSON_ADJECTIVE not in cls):
        return True
    return BARE_VERB in cls and PLURAL in classes(regular_plural(noun))


def modified_partitives(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "one of the main cause of death", "each of the following step": "one of", "each of" and a
    plural determiner, one or two adjectives, and a singular count noun that ends its phrase. The
    bare form ("one of the doctor") is MT108's partitive pattern; this reads the adjectives between.
    A noun of quantity heads a partitive of its own ("one of the vast majority of")."""
    out: list[Hit] = []
    for head in ("one", "each"):
        for i in index.get(head, ()):
            if i + 4 >= s.n or s.lowers[i + 1] != "of" or not (s.adjacent(i) and s.adjacent(i + 1)):
                continue
            if not (s.is_lower(i) or s.clause_start(i)):
                continue
            det = s.lowers[i + 2]
            if det not in PLURAL_SUBJECT_DETERMINERS or not s.is_lower(i + 2):
                continue
            between = _adjectives_after(s, i + 2)
            if between == 0:
                continue
            k = i + 3 + between
            if k >= s.n or not (s.adjacent(k - 1) and s.is_lower(k)):
                continue
            noun = s.lowers[k]
            if noun in _QUANTITY_NOUNS or not _singular_count_noun(noun):
                continue
            if not s.phrase_ends(k, coordinator=False):
                continue
            phrase = s.prose[s.starts[i] : s.ends[k - 1]]
            out.append(
                Hit(
                    s.starts[i],
                    s.ends[k],
                    PLURAL_DETERMINER,
                    f"“{phrase}” takes a plural noun, not “{noun}”",
                    (f"{phrase} {regular_plural(noun)}",),
                    classed=((noun, SINGULAR if SINGULAR in classes(noun) else BARE_VERB),),
                )
            )
    return out


def modified_plural_determiners(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "many other disease", "several serious complication", "these small problem can": a plural
    determiner, one or two adjectives, and a singular count noun that ends its phrase. The bare form
    ("many disease") is MT108's determiner pattern; this reads the adjectives between. "these" and
    "those" before a participle are pronouns ("those undergoing surgery"). A noun whose
    regular plural the table does not know as a plural is left (a mass noun: "many useful information"
    is another error, and "informations" no fix), and so is a noun of quantity ("these vast majority")."""
    out: list[Hit] = []
    for det in PLURAL_DETERMINERS:
        for i in index.get(det, ()):
            if i + 2 >= s.n or not (s.is_lower(i) or s.clause_start(i)):
                continue
            between = _adjectives_after(s, i)
            if between == 0 or (det in _PRONOUN_DETERMINERS and s.lowers[i + 1].endswith(("ing", "ed"))):
                continue
            k = i + 1 + between
            if k >= s.n or not (s.adjacent(k - 1) and s.is_lower(k)):
                continue
            noun = s.lowers[k]
            if noun in _QUANTITY_NOUNS or SINGULAR not in classes(noun):
                continue
            if PLURAL not in classes(regular_plural(noun)) or not s.phrase_ends(k, coordinator=False):
                continue
            phrase = s.prose[s.starts[i] : s.ends[k]]
            out.append(
                Hit(
                    s.starts[i],
                    s.ends[k],
                    PLURAL_DETERMINER,
                    f"“{phrase}”: the plural determiner “{s.text(i)}” before the singular noun “{noun}”",
                    (f"{s.prose[s.starts[i] : s.starts[k]]}{regular_plural(noun)}",),
                    classed=((noun, SINGULAR),),
                )
            )
    return out


def modified_singular_determiners(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "a promising therapies", "an important steps": "a", "an" or "every", one adjective, and a
    plural noun that is no verb form and ends its phrase. The word table classes few adjectives, so an
    unclassed word between may be a noun with the plural its verb ("a pacemaker helps", "a coworker
    writes"): only a plural that has no verb reading counts ("a thirsty flowers" is left). A plural
    that goes on into a noun is a modifier ("a good sports drink")."""
    out: list[Hit] = []
    for det in ("a", "an", "every"):
        for i in index.get(det, ()):
            # a string test first: the plurals read end in "s" (an irregular one, "a healthy children", is left)
            if i + 2 >= s.n or s.lowers[i + 2][-1:] != "s" or not (s.is_lower(i) or s.clause_start(i)):
                continue
            if not _adjective(s, i + 1):
                continue
            k = i + 2
            if k >= s.n or not (s.adjacent(k - 1) and s.is_lower(k)):
                continue
            noun = s.lowers[k]
            cls = classes(noun)
            if PLURAL not in cls or NOT_VERB not in cls or VERB_S in cls:
                continue
            if not s.phrase_ends(k, coordinator=False):
                continue
            written = s.text(i)
            phrase = s.prose[s.starts[i] : s.ends[k]]
            out.append(
                Hit(
                    s.starts[i],
                    s.ends[k],
                    SINGULAR_DETERMINER,
                    f"“{phrase}”: the singular determiner “{written}” before the plural noun “{noun}”",
                    (f"{plural_determiner(det)} {s.prose[s.starts[i + 1] : s.ends[k]]}",),
                    classed=((noun, PLURAL),),
                )
            )
    return out


#: a lower-case word in -s with the possessive "'s" after it ("individuals’s", "patients's")
_S_POSSESSIVE = re.compile(r"(?<![\w'\u2019-])([a-z]+s)(['\u2019])s\b")


def plural_possessives(s: Scan) -> list[Hit]:
    """ "Many individuals’s glucose": a regular plural takes the apostrophe alone ("individuals’"),
    where a spinner that put "individuals" for "people" kept the "’s" of "people’s". Only a word the
    table classes as plural: a singular in -s takes "’s" ("the virus’s", "the boss’s"), and names are
    capitalised."""
    out: list[Hit] = []
    prose = s.prose
    if "s's" not in prose and "s\u2019s" not in prose:
        return out
    for m in _S_POSSESSIVE.finditer(prose):
        word, mark = m.group(1), m.group(2)
        if PLURAL not in classes(word):
            continue
        out.append(
            Hit(
                m.start(),
                m.end(),
                PLURAL_POSSESSIVE,
                f"“{m.group()}”: the plural “{word}” takes the apostrophe alone (“{word}{mark}”)",
                (f"{word}{mark}", f"{word[:-1]}{mark}s"),
                classed=((word, PLURAL),),
            )
        )
    return out
