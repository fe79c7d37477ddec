"""MT108's patterns read off a few words around one anchor word: "can not", a quantity word
before a plural ("a little more precursors"), a plural inside a "-free" compound, "since"
before a length of time or with a present tense, "become less" with nothing to be less, "there
is" before a plural, and a comma between a subject clause and its verb. Each returns ``Hit``s;
the rule in MT108.py decides severity, quotation and heading context, and fixes. Every pattern
is English grammar that translation from any language breaks, found in English alone."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ...text.word_classes import (
    BARE_VERB,
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
from ._grammar_scan import Hit, Scan, regular_singular
from ._grammar_words import (
    AND_ETC,
    BE_BEEN,
    BE_FORMS,
    BECOME_FORMS,
    BECOME_LESS,
    BECOME_STOPS,
    CAN_ADVERBS,
    CAN_NOT,
    CAN_NOT_FOCUS,
    CLAUSE_ADVERBS,
    CLAUSE_VERBS,
    CLOSED_CLASS,
    DO_FORMS,
    DURATION_COUNTS,
    DURATION_STOPS,
    DURATION_UNITS,
    EASY_TO_CAUSE,
    EXTRAPOSED_SUBJECT,
    FRONTED_SINCE_VERBS,
    HAVE_FORMS,
    LITTLE_HEADS,
    LITTLE_PLURAL,
    MAKE_FORMS,
    MAX_SUBJECT_CLAUSE,
    MID_ADVERBS,
    MISSING_ARTICLE,
    MISSING_COPULA,
    MODAL_CAPITAL,
    MODALS,
    NUMBER_TRANSPARENT,
    NUMBER_WORDS,
    OBJECT_OPENERS,
    OBJECT_PRONOUNS,
    PASSIVE_NO_BY,
    PERFECT_BY,
    PHRASE_AGREEMENT,
    PHRASE_BREAKS,
    PHRASE_CLAUSE_OPENERS,
    PHRASE_HEAD_DETERMINERS,
    PHRASE_PREPOSITIONS,
    PLURAL_COMPOUND,
    PLURAL_VERBS,
    PLURALIA_TANTA,
    REPORTING_AGREEMENT,
    SINCE_DURATION,
    SINCE_TENSE,
    SINGULAR_DETERMINER,
    SINGULAR_VERBS,
    SPUN_POSSESSIVE,
    SUBJECT_CLAUSE_OPENERS,
    SUBJECT_COMMA,
    SUBJECT_VERB,
    TENSE_STOPS,
    THERE_ADVERBS,
    THERE_AGREEMENT,
    THERE_CHAINS,
    THERE_QUANTIFIERS,
    VERB_FORM,
)

_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:s|'s)?")


def can_not(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "can not" for "cannot", and "can" and "not" split by an adverb ("can therefore not be
    derived", "can probably not improve"): English writes the negative of "can" as one word
    (Swan, Practical English Usage, "can"; the Chicago Manual of Style and the AP Stylebook,
    "cannot") and puts a sentence adverb before it ("therefore cannot"); two words only where
    "not" belongs to what follows
    ("can not only ... but also", "can not just"), which ``CAN_NOT_FOCUS`` lists. Machine
    translation splits it: German "kann daher nicht" and Dutch "kan daarom niet" keep their
    order, Chinese 不能 and Korean 수 없다 come out as two words. Other modals are left alone:
    "will probably not" is English."""
    out: list[Hit] = []
    for i in index.get("can", ()):
        k = i + 1
        if k + 1 >= s.n or not s.adjacent(i):
            continue
        adverb = s.lowers[k] if s.lowers[k] in CAN_ADVERBS else None
        if adverb is not None:
            k += 1
            if not s.adjacent(k - 1):
                continue
        if k + 1 >= s.n or s.lowers[k] != "not" or not s.adjacent(k) or not s.is_lower(k):
            continue
        if s.lowers[k + 1] in CAN_NOT_FOCUS:
            continue
        if i > 0 and s.joinable[i - 1] and s.lowers[i - 1] in ("a", "the", "this", "that"):
            continue  # "a can not opened": the noun
        written = s.text(i)
        cannot = "Cannot" if written[:1].isupper() else "cannot"
        if adverb is None:
            fixed = cannot
            message = (
                f"“{written} not”: the negative of “can” is one word, “{fixed}” (two words only before "
                "“only” or “just”, where “not” goes with what follows)"
            )
        else:
            adv = s.text(k - 1)
            fixed = f"{adv.capitalize() if written[:1].isupper() else adv} cannot"
            message = (
                f"“{s.prose[s.starts[i] : s.ends[k]]}”: “{adv}” splits the negative of “can”; English writes "
                f"“{fixed}” (the word order of German “kann ... nicht”, Dutch “kan ... niet”)"
            )
        out.append(Hit(s.starts[i], s.ends[k], CAN_NOT, message, (fixed,), fix_to=fixed))
    return out


#: The finite forms of "be" and the "have" that takes their place before "been".
_BE_TO_HAVE = {"is": "has", "are": "have", "am": "have", "was": "had", "were": "had"}


def be_been(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "It is also been reported", "There is certainly been a lot of buzz": a finite form of "be"
    before "been", with at most one adverb between, where the perfect needs "have" ("It has also been
    reported"). "Been" is the participle of "be" and follows only "have" and the modals' "have" in
    English (Swan, Practical English Usage, "perfect"), so the pair is a slip whatever the sentence
    says: a spinner's or a writer's edit of "it has been" half made, or a learner's ("is been"
    for Chinese 已经是, Spanish "ha sido"). 1 in MedQuAD, the clean sentences, FakeHealth and WMT22's
    references (4.9M words): "It is also been reported" in a FakeHealth story, a real slip. The
    suggestion ("has", "have", "had") is offered, not applied: the tense meant is the writer's."""
    out: list[Hit] = []
    for i in index.get("been", ()):
        j = i - 1
        if j >= 0 and s.adjacent(j) and (s.lowers[j] in MID_ADVERBS or s.lowers[j].endswith("ly")):
            j -= 1
        if j < 0 or not s.adjacent(j):
            continue
        have = _BE_TO_HAVE.get(s.lowers[j])
        if have is None:
            continue
        written = s.text(j)
        fixed = have.capitalize() if written[:1].isupper() else have
        span = s.prose[s.starts[j] : s.ends[i]]
        message = f"“{span}”: “been” follows a form of “have”, not of “be” (“{fixed}” for “{written}”)"
        out.append(Hit(s.starts[j], s.ends[j], BE_BEEN, message, (fixed,), fix_to=fixed))
    return out


def and_etc(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "vitamins, minerals and etc.", "heart, kidneys, lungs and etc.": "etc." (et cetera) already holds its
    "and", so "and etc." says it twice (Swan, Practical English Usage, "etc."; a common slip of writers whose
    language puts a conjunction there, Russian "и т. д.", Hindi "आदि"). The fix drops the "and"; a comma
    before it stays, as before "etc." alone ("lungs, and etc." -> "lungs, etc.")."""
    out: list[Hit] = []
    for i in index.get("etc", ()):
        if i == 0 or not s.joinable[i - 1] or s.lowers[i - 1] != "and" or not s.is_lower(i - 1):
            continue
        start = s.starts[i - 1]
        out.append(
            Hit(
                start,
                s.ends[i],
                AND_ETC,
                f"“and {s.text(i)}”: “etc.” already means “and the rest”; drop the “and”",
                (s.text(i),),
                fix_to=s.text(i),
                safe=True,
            )
        )
    return out


#: The possessive pronouns a spinner moves after the noun ("your X" -> "the X of yours").
_SPUN_POSSESSIVES = {"yours": "your", "theirs": "their", "ours": "our"}
#: Most words of the noun phrase between "the" and "of yours".
_SPUN_POSSESSIVE_WORDS = 4
#: Heads that take "of" and a possessive pronoun as a part of a set ("the rest of yours", "the best of theirs").
_PARTITIVE_HEADS = frozenset(
    "rest best worst most least majority remainder half last first other others same likes one ones".split()
)


def spun_possessives(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "the diabetes of yours", "the glucose levels of theirs", "the blood sugar levels of yours": "the", a noun
    phrase of up to four lower-case words, "of" and a possessive pronoun ending its phrase. An article spinner
    rewrites "your diabetes" so that no word of it matches its source; English puts a possessive after the noun
    only with a demonstrative or an indefinite ("this house of yours", "a friend of theirs"), never after "the"
    (none in MedQuAD, the clean sentences, FakeHealth or WMT22's references: 4.9M words)."""
    out: list[Hit] = []
    for pronoun, determiner in _SPUN_POSSESSIVES.items():
        for i in index.get(pronoun, ()):
            if i < 3 or not s.joinable[i - 1] or s.lowers[i - 1] != "of" or not s.phrase_ends(i):
                continue
            k = i - 2
            words = 0
            while k >= 0 and words < _SPUN_POSSESSIVE_WORDS and s.joinable[k] and s.is_lower(k):
                if s.lowers[k] == "the":
                    break
                if s.lowers[k] in CLOSED_CLASS or not s.lowers[k].replace("-", "").isalpha():
                    k = -1
                    break
                words += 1
                k -= 1
            if k < 0 or words == 0 or s.lowers[k] != "the" or not s.joinable[k]:
                continue
            if s.lowers[i - 2] in _PARTITIVE_HEADS:
                continue  # a part of a set: "the rest of yours"
            noun = s.prose[s.starts[k + 1] : s.ends[i - 2]]
            written = s.prose[s.starts[k] : s.ends[i]]
            fixed = f"{determiner} {noun}"
            if s.text(k)[0].isupper():
                fixed = fixed[0].upper() + fixed[1:]
            out.append(
                Hit(
                    s.starts[k],
                    s.ends[i],
                    SPUN_POSSESSIVE,
                    f"“{written}”: an article spinner's rewrite of “{fixed}”; English puts the possessive before "
                    "the noun",
                    (fixed,),
                    fix_to=fixed,
                )
            )
    return out


#: Participles of causing, whose passive names the cause with "by" and takes no object ("is characterized by").
CAUSED_PARTICIPLES = frozenset(
    "triggered caused characterized characterised accompanied induced provoked mediated".split()
)
#: The adverbs that may stand between "be" and them ("is often caused").
_PASSIVE_ADVERBS = frozenset(
    "often usually mainly mostly also typically commonly generally frequently".split()
)
#: Words after the participle that open a coordinated or focused "by" phrase ("be caused either by ... or by"),
#: or another phrase of cause ("is caused due to constipation": the slip there is "due to", not a lost "by").
_BEFORE_BY = frozenset(
    "either neither both only even just also still rather instead due owing thanks".split()
)


def passives_without_by(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "this type of HBP is triggered specific genetic factors", "the hypertonia is so severe that is caused
    immobility": a form of "be", a participle of causing and then a word of a noun phrase, with no "by" between.
    The verbs take no object in the passive, so the phrase after them is their cause, which English marks with
    "by". Not an adverb ("is triggered continuously"), an -ing form ("is triggered using a dose"), a preposition,
    a conjunction or any other closed-class word after the participle, and not in a question. 1 in MedQuAD's
    2.8M words (a slip), none in the clean sentences, FakeHealth or WMT22's references."""
    out: list[Hit] = []
    for participle in CAUSED_PARTICIPLES:
        for i in index.get(participle, ()):
            j = i - 1
            if j >= 0 and s.joinable[j] and s.lowers[j] in _PASSIVE_ADVERBS:
                j -= 1
            if j < 0 or not s.joinable[j] or s.lowers[j] not in BE_FORMS or not s.adjacent(i):
                continue
            k = i + 1
            nxt = s.lowers[k]
            if (
                not s.is_lower(k)
                or not nxt.isalpha()
                or nxt in CLOSED_CLASS
                or nxt in _BEFORE_BY
                or nxt.endswith(("ly", "ing"))
                or VERB_PAST in classes(nxt)
            ):
                continue
            end = s.prose.find("?", s.ends[k], s.ends[k] + 200)
            stop = min(
                (x for x in (s.prose.find(c, s.ends[k]) for c in ".!\n") if x >= 0), default=len(s.prose)
            )
            if 0 <= end < stop:
                continue  # a question
            head = s.prose[s.starts[j] : s.ends[i]]
            out.append(
                Hit(
                    s.starts[j],
                    s.ends[k],
                    PASSIVE_NO_BY,
                    f"“{head} {s.text(k)}”: a passive of causing names its cause with “by” (“{head} by {s.text(k)}”)",
                    (f"{head} by {s.text(k)}",),
                    fix_to=f"{head} by {s.text(k)}",
                )
            )
    return out


#: Degree words between "be" and "easy" ("is very easy to").
_EASY_DEGREE = frozenset("very so quite more too really extremely rather fairly pretty".split())
#: Verbs of causing that "easy to" cannot take with their object in English ("easy to cause discomfort").
_CAUSING_VERBS = frozenset("cause induce trigger aggravate provoke".split())


def easy_to_cause(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "candy is very sweet and easy to cause throat discomfort", "staying up late is easy to lead to
    fatigue": "easy to" and a verb of causing with its object after it. English says a thing is "likely to
    cause" something; "easy" with a to-infinitive makes its subject the verb's object ("the particles are easy
    to produce"), so an object after the verb is the source's 容易 ("liable to") translated word for word. 0 in
    MedQuAD, the clean sentences, FakeHealth and WMT22's references; once in 8 of WMT22's 12 Chinese-to-English
    systems."""
    out: list[Hit] = []
    for i in index.get("easy", ()):
        if i + 3 >= s.n or not (s.adjacent(i) and s.lowers[i + 1] == "to" and s.adjacent(i + 1)):
            continue
        j = i - 1
        if j > 0 and s.joinable[j] and s.lowers[j] in _EASY_DEGREE:
            j -= 1
        if j >= 0 and s.joinable[j] and s.lowers[j] in BE_FORMS:
            continue  # "is easy to cause": the construction scan's person-easy-to reads a form of "be" before it
        k = i + 2
        verb = s.lowers[k]
        if verb == "lead" and s.adjacent(k) and s.lowers[k + 1] == "to":
            k += 1
        elif verb not in _CAUSING_VERBS:
            continue
        if not s.adjacent(k) or not s.is_lower(k + 1) or s.lowers[k + 1] in ("and", "or", "but"):
            continue  # no object: the subject is the verb's object ("a limp is easy to develop and ...")
        written = s.prose[s.starts[i] : s.ends[k]]
        fixed = "likely" + written[4:]
        out.append(
            Hit(
                s.starts[i],
                s.ends[k],
                EASY_TO_CAUSE,
                f"“{written}”: a thing that may bring something about is “likely to” cause it; “easy to” makes the "
                f"subject the verb's object (“easy to produce”)",
                (fixed,),
                fix_to=fixed,
            )
        )
    return out


#: Participles of verbs that take an object and so, with an agent after them, must be passive ("given by").
TRANSITIVE_PARTICIPLES = frozenset(
    "given prescribed recommended made written approved suggested advised ordered used caused done taken produced "
    "released developed created published reported conducted performed administered diagnosed treated tested "
    "examined described discovered invented designed supported funded sponsored manufactured sold provided offered "
    "supplied endorsed infected affected damaged injured bitten stung attacked killed transmitted spread".split()
)
#: The relative pronouns whose clause the slip is read in ("which has given by").
_RELATIVES = frozenset({"which", "that", "who"})


def perfects_with_agent(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "Don't take medicine which has given by the doctor for other persons": a relative pronoun, "has", "have" or
    "had", a participle of a verb that takes an object, and "by" with a determiner. The agent makes it a passive
    that lost its "been" ("which has been given by the doctor"). 0 in MedQuAD, the clean sentences, FakeHealth and
    WMT22's references."""
    out: list[Hit] = []
    for aux in ("has", "have", "had"):
        for i in index.get(aux, ()):
            if i < 1 or i + 3 >= s.n or not s.joinable[i - 1] or s.lowers[i - 1] not in _RELATIVES:
                continue
            k = i + 1
            if not (s.adjacent(i) and s.lowers[k] in TRANSITIVE_PARTICIPLES and s.adjacent(k)):
                continue
            if s.lowers[k + 1] != "by" or not s.adjacent(k + 1) or s.lowers[k + 2] not in _AGENT_DETERMINERS:
                continue
            written = s.prose[s.starts[i] : s.ends[k]]
            fixed = f"{s.text(i)} been {s.text(k)}"
            out.append(
                Hit(
                    s.starts[i],
                    s.ends[k],
                    PERFECT_BY,
                    f"“{written} by”: the agent after it makes this a passive, which needs “been” (“{fixed} by”)",
                    (fixed,),
                    fix_to=fixed,
                )
            )
    return out


#: Determiners that open the agent's noun phrase after "by".
_AGENT_DETERMINERS = frozenset("the a an your his her their its this these those our my".split())


#: Degree words and the adjectives of advice or judgement that a dropped "is" leaves after a pronoun.
_COPULA_DEGREE = frozenset("very so really quite extremely too".split())
_JUDGEMENT_ADJECTIVES = frozenset(
    "important necessary difficult dangerous easy good bad useful helpful harmful hard essential effective "
    "beneficial serious common rare safe unsafe risky possible impossible".split()
)
#: Words after which the pronoun opens a clause ("and it very important", "because it so dangerous").
_CLAUSE_OPENERS = frozenset(
    "and but so because since as if when especially specially therefore thus also that although though".split()
)


#: Past participles that are no past tense and no other word class in common use ("born", "seen", "taken"): after a
#: subject with no auxiliary they say a "be" or "have" was dropped ("who born healthy", "they seen a doctor")
PARTICIPLE_ONLY = frozenset(
    "born seen taken given gone done known shown written eaten broken spoken chosen driven fallen forgotten "
    "hidden stolen beaten frozen grown thrown drawn ridden risen shaken been".split()
)
#: Subjects that cannot be an object (unlike "it" and "you": "have it checked", "get you seen"), and "who"
_PARTICIPLE_SUBJECTS = frozenset("i we they he she who".split())
#: Words before a subject that make it an inverted question's ("Have they seen ...?", "Why did he gone"): the
#: auxiliaries and modals, and "not"
_BEFORE_INVERTED = BE_FORMS | HAVE_FORMS | DO_FORMS | MODALS | frozenset({"am", "having", "not"})
#: Words before a subject whose clause wants the present, not a dropped auxiliary: "As we known" is "As we know"
#: (the learner idiom says so), "than they seen" "than they see"
_BEFORE_PRESENT = frozenset({"as", "than"})


def subject_participles(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "Children who born early", "they seen a doctor", "we gone through it": a subject pronoun or "who" and a
    participle that is no past tense (``PARTICIPLE_ONLY``), with no auxiliary between. Learners and machine
    translation from languages that mark tense without an auxiliary drop the "are" or "have". Not after an auxiliary
    or "not" ("Have they seen it?", "Why did he gone"), nor after "as" or "than", where the present was meant ("As
    we known"), and not "it" or "you", which may be the object of a causative ("have it done", "get you seen"). The
    suggestions are both auxiliaries, but for "been", which takes "have" only."""
    out: list[Hit] = []
    for subject in _PARTICIPLE_SUBJECTS:
        for i in index.get(subject, ()):
            if i + 1 >= s.n or not s.adjacent(i) or not s.is_lower(i + 1):
                continue
            participle = s.lowers[i + 1]
            if participle not in PARTICIPLE_ONLY:
                continue
            if (
                i > 0
                and s.joinable[i - 1]
                and (s.lowers[i - 1] in _BEFORE_INVERTED or s.lowers[i - 1] in _BEFORE_PRESENT)
            ):
                continue
            written = s.prose[s.starts[i] : s.ends[i + 1]]
            aux = "are" if subject in ("we", "they", "who") else ("am" if subject == "i" else "is")
            have = "have" if subject in ("we", "they", "who", "i") else "has"
            auxiliaries = (have,) if participle == "been" else (aux, have)
            fixes = tuple(f"{s.text(i)} {a} {s.text(i + 1)}" for a in auxiliaries)
            out.append(
                Hit(
                    s.starts[i],
                    s.ends[i + 1],
                    MISSING_COPULA,
                    f"“{written}”: “{s.text(i + 1)}” is a participle and needs an auxiliary ("
                    + ", ".join(f"“{f}”" for f in fixes)
                    + ")",
                    fixes,
                )
            )
    return out


def missing_copulas(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "Specially it very important to take the medicine on time", "because it so dangerous": "it", "this" or "that"
    opening a clause, a degree word and an adjective of judgement, with no "is" between. Languages without a copula in
    the present (Russian, Hindi, Bengali, Indonesian, Chinese before adjectives) leave it out. Only after a sentence
    start, a comma or a clause-opening conjunction: "make it very important" and "find it so hard" have their verb. 0 in
    MedQuAD, the clean sentences, FakeHealth and WMT22's references."""
    out: list[Hit] = []
    for pronoun in ("it", "this"):
        for i in index.get(pronoun, ()):
            if i + 2 >= s.n or not (s.adjacent(i) and s.adjacent(i + 1)):
                continue
            if s.lowers[i + 1] not in _COPULA_DEGREE or s.lowers[i + 2] not in _JUDGEMENT_ADJECTIVES:
                continue
            if not (
                s.clause_start(i) or (i > 0 and s.joinable[i - 1] and s.lowers[i - 1] in _CLAUSE_OPENERS)
            ):
                continue
            written = s.prose[s.starts[i] : s.ends[i + 2]]
            fixed = f"{s.text(i)} is {s.text(i + 1)} {s.text(i + 2)}"
            out.append(
                Hit(
                    s.starts[i],
                    s.ends[i + 2],
                    MISSING_COPULA,
                    f"“{written}”: the sentence has no verb; English writes “{fixed}”",
                    (fixed,),
                    fix_to=fixed,
                )
            )
    return out


#: The everyday verbs of health advice that a kept list-item capital leaves after a modal ("should Eat"); a verb
#: that is also a name or a brand ("can Google", "might Mantle") is not among them.
_ADVICE_VERBS = frozenset(
    "eat take drink avoid use get have make keep stop go see do check follow try reduce increase limit consult visit "
    "call wash exercise sleep rest maintain monitor help cause lower prevent improve affect lead be".split()
)


def modal_capitals(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "You should Eat a balanced diet full of nutrients": a modal, then a capitalised everyday verb of health advice,
    inside a sentence whose words are mostly in lower case (a title's capitals, "What You Should Eat", are
    its style). A translation or a template kept the capital of a list item or a heading the sentence was built from.
    0 in MedQuAD, the clean sentences, FakeHealth and WMT22's references."""
    out: list[Hit] = []
    prose = s.prose
    for modal in MODALS:
        for i in index.get(modal, ()):
            k = i + 1
            if k >= s.n or not s.adjacent(i) or not s.is_lower(i) or s.is_lower(k):
                continue
            word = s.text(k)
            if not (word[:1].isupper() and word[1:].islower()) or word.lower() not in _ADVICE_VERBS:
                continue
            left = max(prose.rfind(c, 0, s.starts[i]) for c in ".!?\n") + 1
            ends = [x for x in (prose.find(c, s.ends[k]) for c in ".!?\n") if x >= 0]
            words = prose[left : min(ends) if ends else len(prose)].split()
            if sum(w[:1].isupper() for w in words) * 3 > len(words):
                continue  # a title in title case
            fixed = f"{s.text(i)} {word.lower()}"
            out.append(
                Hit(
                    s.starts[i],
                    s.ends[k],
                    MODAL_CAPITAL,
                    f"“{s.text(i)} {word}”: a capital letter inside the sentence; write “{fixed}”",
                    (fixed,),
                    fix_to=fixed,
                    safe=True,
                )
            )
    return out


def little_plurals(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "a little" or "too little" before a plural count noun, and "a little more" or "much more"
    before one ("a little more precursors", "much more patients"): "little" and "much" measure
    uncountable nouns; a plural takes "few" and "many" (Swan, "few and little", "much and many";
    German "etwas mehr", Russian "немного больше", Chinese 多一点 cover both). The noun must be a
    plural that is no verb form and end its phrase, so "a little more severe", "much more
    studied" and "a little older children" never count; "very little children" are small ones.
    "less" has its own pattern (``less-plural``)."""
    out: list[Hit] = []
    lowers = s.lowers
    for anchor in ("little", "much"):
        for i in index.get(anchor, ()):
            if i + 2 >= s.n or not s.adjacent(i):
                continue
            before = lowers[i - 1] if i > 0 and s.joinable[i - 1] else ""
            start, k = s.starts[i], i + 1
            if anchor == "little":
                if before not in LITTLE_HEADS:
                    continue
                start = s.starts[i - 1]
            if lowers[k] == "more" and (anchor == "much" or before == "a") and s.adjacent(k):
                k += 1
                right = "a few more" if anchor == "little" else "many more"
            elif anchor == "little":
                right = "a few" if before == "a" else f"{before} few"
            else:
                continue
            if anchor == "much" and before in ("how", "so", "too", "very", "as", "that"):
                continue  # "how much more symptoms improve": degree, not quantity
            noun = lowers[k]
            cls = classes(noun)
            if PLURAL not in cls or NOT_VERB not in cls or not s.is_lower(k):
                continue
            if not s.phrase_ends(k, coordinator=False):
                continue
            words = s.prose[start : s.ends[k - 1]]
            out.append(
                Hit(
                    start,
                    s.ends[k],
                    LITTLE_PLURAL,
                    f"“{words} {s.text(k)}”: “{anchor}” measures uncountable nouns; the plural “{noun}” takes “{right}”",
                    (f"{right} {s.text(k)}",),
                    classed=((noun, PLURAL),),
                )
            )
    return out


def plural_compounds(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """A plural noun as the first part of a "-free" compound adjective ("complaints-free",
    "symptoms-free"): English puts the singular before "-free" as before any compound's head
    ("symptom-free", "drug-free"; Swan, "noun + noun": "a shoe shop"). Only a plural that is no
    verb form (so "hands-free", "sports-free" never count) and no noun that exists only in the
    plural ("glasses-free")."""
    out: list[Hit] = []
    # a word ending so leaves "s-free" in the lower-cased text (shared, searched in C): most
    # documents have none, and their words are then not walked one by one
    if "s-free" not in s.doc.lower:
        return out
    for word in [w for w in index if w.endswith("s-free")]:
        head = word[:-5]
        if "-" in head:
            continue
        cls = classes(head)
        if PLURAL not in cls or NOT_VERB not in cls or head in PLURALIA_TANTA:
            continue
        for i in index[word]:
            out.append(_compound_hit(s, i, head))
    return out


def _compound_hit(s: Scan, i: int, head: str) -> Hit:
    written = s.text(i)
    singular = regular_singular(written[:-5])
    return Hit(
        s.starts[i],
        s.ends[i],
        PLURAL_COMPOUND,
        f"“{written}”: the first part of a compound adjective is singular (“{singular}-free”)",
        (f"{singular}-free",),
        fix_to=f"{singular}-free",
        classed=((head, PLURAL),),
    )


def since_phrases(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """Two errors of "since", which names the point a state began and goes with the present
    perfect (Swan, "since, for and from"; "present perfect: since and for"):

    - ``since-duration``: "since" before a length of time ("since three years", "since decades",
      "since a long time"): a length takes "for" (German "seit", French "depuis", Russian "уже
      ... лет", Chinese 已经...年 cover both); not before "ago", "of" or "old" ("since two years
      ago" names a point);
    - ``since-tense``: a clause that opens with "since" and a year and goes on in the present
      simple ("Since 2010, studies show", "Since 2015 the drug is approved"): the present
      perfect ("have shown", "has been approved"); the first finite verb of the clause decides,
      and a perfect, past, future or modal form there is right."""
    out: list[Hit] = []
    for i in index.get("since", ()):
        if i + 1 >= s.n or not s.adjacent(i):
            continue
        hit = _since_duration(s, i) or _since_tense(s, i)
        if hit is not None:
            out.append(hit)
    return out


def _since_duration(s: Scan, i: int) -> Hit | None:
    """ "since" before a length: an optional count ("three", "3", "several", "a few") and a unit
    of time ("years", "decades"), or "a long time"."""
    lowers = s.lowers
    k = i + 1
    if lowers[k] == "a" and k + 2 < s.n and lowers[k + 1] in ("few", "couple", "long"):
        k += 2 if lowers[k + 1] != "couple" else 3  # "a few years", "a long time", "a couple of years"
        if lowers[k - 1] == "long" and (k >= s.n or lowers[k] != "time"):
            return None
    elif lowers[k] in DURATION_COUNTS or lowers[k] in NUMBER_WORDS or lowers[k].isdigit():
        k += 1
    if k >= s.n or any(not s.adjacent(j) for j in range(i, k)):
        return None
    unit = lowers[k] in DURATION_UNITS or (lowers[k] == "time" and lowers[k - 1] == "long")
    if not unit or not s.is_lower(k):
        return None
    if k + 1 < s.n and s.adjacent(k) and lowers[k + 1] in DURATION_STOPS:
        return None  # "since two years ago", "since three years of age", "since 2 years old"
    words = s.prose[s.starts[i] : s.ends[k]]
    fixed = ("For" if s.text(i)[:1].isupper() else "for") + words[5:]
    return Hit(
        s.starts[i],
        s.ends[k],
        SINCE_DURATION,
        f"“{words}”: “since” names a point in time; a length of time takes “for” (“{fixed}”)",
        (fixed,),
        fix_to=fixed,
    )


def _since_tense(s: Scan, i: int) -> Hit | None:
    """ "Since 2010, studies show": the first finite verb of the clause after a fronted "since"
    and a year (or decade) is a present simple form: "is", "are", an -s form that is no plural
    noun, or a bare verb of ``FRONTED_SINCE_VERBS`` after a plural noun or a pronoun ("studies
    show", "we know"). A perfect, past, future or modal form first, or any other verb form, and
    the clause is left alone."""
    k = i + 1
    if not _YEAR.fullmatch(s.text(k)) or s.text(i) != "Since":
        return None  # only a fronted "Since": "available in the U.S. since 2011, and are" goes on
    end = min(s.n, k + 12)
    j = k + 1
    while j < end:
        gap = s.prose[s.ends[j - 1] : s.starts[j]].strip()
        if gap == "" and not s.joinable[j - 1]:
            return None  # a block boundary
        if gap not in ("", ",") or (gap == "," and j > k + 1):
            return None  # the clause ends, or an aside or a list: not worth the guess
        w = s.lowers[j]
        if w in TENSE_STOPS or not s.is_lower(j):
            return None
        cls = classes(w)
        before = s.lowers[j - 1]
        present = (
            w in ("is", "are", "am")
            or (VERB_S in cls and PLURAL not in cls)
            or (
                w in FRONTED_SINCE_VERBS
                and j > k + 1
                and gap == ""
                and (before in ("we", "they", "you") or PLURAL in classes(before))
            )
        )
        if present and j > k + 1:
            phrase = s.prose[s.starts[i] : s.ends[j]]
            return Hit(
                s.starts[j],
                s.ends[j],
                SINCE_TENSE,
                f"“{phrase}”: a state since a point in time takes the present perfect (“has been”, “have "
                f"shown”), not the present simple “{s.text(j)}”",
                (),
            )
        if VERB_PAST in cls or VERB_ONLY in cls:
            return None  # a past form or a verb: the clause's verb is no present simple
        j += 1
    return None


def become_less(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "become less", "became fewer", "becomes more" with nothing after "less" or "more" ("the
    symptoms become less during the treatment"): English makes the change the verb ("lessen",
    "decrease", "increase") or names what grows ("become less severe"; Swan, "less and fewer":
    "less" is a determiner or adverb of degree and needs its word). German "weniger werden",
    Russian "становиться меньше", Chinese 变少 are whole predicates. Only before clause
    punctuation or a preposition or conjunction that starts a new phrase (``BECOME_STOPS``); not
    "more and more", "more or less", "more than"."""
    out: list[Hit] = []
    for verb in BECOME_FORMS:
        for i in index.get(verb, ()):
            if i + 1 >= s.n or not s.adjacent(i) or s.lowers[i + 1] not in ("less", "fewer", "more"):
                continue
            k = i + 1
            if k + 1 < s.n:
                gap = s.prose[s.ends[k] : s.starts[k + 1]].strip()
                if gap == "" and s.joinable[k]:
                    if s.lowers[k + 1] not in BECOME_STOPS:
                        continue
                elif gap[:1] not in (".", ",", ";", ":", "!", "?", ")"):
                    continue
            words = s.prose[s.starts[i] : s.ends[k]]
            change = {"less": "decrease", "fewer": "decrease", "more": "increase"}[s.lowers[k]]
            out.append(
                Hit(
                    s.starts[i],
                    s.ends[k],
                    BECOME_LESS,
                    f"“{words}”: “{s.text(k)}” grades nothing here; say what changes (“{change}”, “lessen”, "
                    f"“grow”) or what is {s.lowers[k]} (“become {'less' if change == 'decrease' else 'more'} severe”)",
                    (change,),
                )
            )
    return out


#: The quantifiers after "there is" that count only a plural ("there is many sugar" is wrong whichever word is); not
#: "few", which a learner also writes for "little" before a mass noun ("there is few evidence"), another slip.
_PLURAL_ONLY_QUANTIFIERS = frozenset(
    "many several numerous various multiple two three four five six seven eight nine ten".split()
)


def there_plurals(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "there is" or "there was" (or "there seems to be", "there does not seem to be") before a
    plural noun phrase ("there does not seem to be any meaningful studies", "there was no
    significant differences"): the verb of an existential clause agrees with the noun after it
    (Swan, "there is"; Huddleston and Pullum ch. 16 §1.2). The noun must be an -s plural that
    ends its phrase, after a quantifier ("no", "any", "many"...) or an unclassed word (an
    adjective: "there is special types", where the plural is a noun whatever its verb reading) or
    both, or a plural that is no verb form right after the verb; "there is a number of"
    and "there's" (spoken English) are left alone. A quantifier that counts only a plural ("many", "several", a
    number) after the singular verb is the slip whatever noun follows ("there is many sugar")."""
    out: list[Hit] = []
    lowers = s.lowers
    for i in index.get("there", ()):
        if i + 2 >= s.n or not s.adjacent(i) or not s.is_lower(i + 1):
            continue
        if (
            i > 0
            and s.joinable[i - 1]
            and lowers[i - 1] in ("over", "in", "out", "up", "down", "from", "here")
        ):
            continue
        if lowers[i + 1] not in THERE_AGREEMENT:
            continue
        chain = next((c for c in THERE_CHAINS if tuple(lowers[i + 1 : i + 1 + len(c)]) == c), None)
        if chain is None:
            continue
        k = i + 1 + len(chain)
        if any(not s.adjacent(j) for j in range(i, k)):
            continue
        if k < s.n and lowers[k] in THERE_ADVERBS and s.adjacent(k - 1):
            k += 1
        quantified = False
        if k < s.n and lowers[k] in THERE_QUANTIFIERS and s.adjacent(k - 1):
            quantified = True
            k += 1
            if k < s.n and lowers[k] == "any" and lowers[k - 1] == "hardly":
                k += 1
        if k >= s.n or not s.adjacent(k - 1):
            continue
        if (
            quantified
            and lowers[k - 1] in _PLURAL_ONLY_QUANTIFIERS
            and lowers[k] not in ("a", "an", "of")
            and PLURAL not in classes(lowers[k])
        ):
            # "there is many sugar": the quantifier counts a plural whatever the noun after it, so the verb is wrong
            # either way ("many a" counts one: "there is many a slip"); a plural noun is read below
            right = " ".join(THERE_AGREEMENT.get(w, w) for w in chain)
            phrase = s.prose[s.starts[i] : s.ends[k - 1]]
            out.append(
                Hit(
                    s.starts[i],
                    s.ends[k - 1],
                    SUBJECT_VERB,
                    f"“{phrase}”: “{s.text(k - 1)}” counts a plural, and the verb after “there” agrees with it "
                    f"(“there {right} {s.text(k - 1)}”)",
                    (f"{s.text(i)} {right} {s.text(k - 1)}",),
                )
            )
            continue
        if not classes(lowers[k]) and lowers[k].isalpha() and k + 1 < s.n and s.adjacent(k):
            if lowers[k] not in MID_ADVERBS and s.is_lower(k):
                k += 1  # one adjective: "no significant differences", "there is special types"
                # after an adjective a plural is a noun ("types"), whatever its verb reading
                quantified = True
        noun = lowers[k]
        cls = classes(noun)
        if not noun.endswith("s") or PLURAL not in cls or not s.is_lower(k):
            continue
        if not quantified and NOT_VERB not in cls:
            continue
        if not s.phrase_ends(k, coordinator=False):
            continue
        right = " ".join(THERE_AGREEMENT.get(w, w) for w in chain)
        end = i + len(chain)
        phrase = s.prose[s.starts[i] : s.ends[k]]
        out.append(
            Hit(
                s.starts[i],
                s.ends[end],
                SUBJECT_VERB,
                f"“{phrase}”: the verb after “there” agrees with the plural “{s.text(k)}” (“there {right}”)",
                (f"{s.text(i)} {right}",),
                classed=((noun, PLURAL),),
            )
        )
    return out


def subject_clause_commas(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """A comma between a sentence-opening subject clause and its verb ("Whether it helps, can
    therefore not be derived", "Why the maker claims this, remains unclear"): English sets no
    comma between a subject and its verb, however long (Swan, "punctuation: commas"; the Chicago
    Manual of Style on commas), where German, Russian, Czech and Polish close every subordinate clause
    with one and translation keeps it. The clause opens the sentence with "Whether", "How", "Why"
    or "What"; the comma is the first one in the sentence followed by a finite verb or modal
    (``CLAUSE_VERBS``), directly or after one adverb, and it must be the sentence's first comma:
    a comma before it may open a parenthesis that this one closes ("Whether IBS has a genetic
    cause, meaning it runs in families, is unclear"), which is English, as is an adverb between
    commas ("Whether it works, however, is unclear"), and a second auxiliary before it is the main
    verb, with no comma ("How obesity is stigmatized is illustrated by reports where people wait
    longer, are treated ..."). Questions are left alone ("How long, is it?")."""
    out: list[Hit] = []
    for word in SUBJECT_CLAUSE_OPENERS:
        for i in index.get(word, ()):
            if not s.text(i)[:1].isupper() or not _starts_sentence(s, i):
                continue
            hit = _comma_before_verb(s, i)
            if hit is not None:
                out.append(hit)
    return out


def _starts_sentence(s: Scan, i: int) -> bool:
    if i == 0:
        return True
    gap = s.prose[s.ends[i - 1] : s.starts[i]]
    return any(c in ".!?:;" for c in gap) or (not s.joinable[i - 1] and not gap.strip())


def _comma_before_verb(s: Scan, i: int) -> Hit | None:
    """The comma after the subject clause opening at word ``i``, before the main verb."""
    end = min(s.n, i + MAX_SUBJECT_CLAUSE)
    verbs = 0
    for j in range(i + 1, end):
        gap = s.prose[s.ends[j - 1] : s.starts[j]]
        stripped = gap.strip()
        if stripped == "" and s.joinable[j - 1]:
            if s.lowers[j] in CLAUSE_VERBS:
                verbs += 1
                if verbs > 1:
                    return None  # "How obesity is stigmatized is illustrated by ...": the main verb came
            continue
        if stripped != ",":
            return None  # the sentence ends (a question, a colon) or a dash or bracket: undecided
        k = j
        if s.lowers[k] in CLAUSE_ADVERBS and k + 1 < s.n:
            if not s.adjacent(k):
                return None  # "Whether it works, however, is unclear": a parenthesis
            k += 1
        if s.lowers[k] not in CLAUSE_VERBS or not s.is_lower(k):
            return None  # a comma before anything else: a list or a parenthesis may open here
        stop = min((x for x in (s.prose.find(c, s.ends[k]) for c in ".!?\n") if x >= 0), default=len(s.prose))
        if s.prose[stop : stop + 1] == "?":
            return None
        comma = s.prose.find(",", s.ends[j - 1], s.starts[j])
        words = s.prose[s.starts[j] : s.ends[k]]
        return Hit(
            comma,
            s.ends[k],
            SUBJECT_COMMA,
            f"“{s.text(i)} …, {words}”: no comma between a subject clause and its verb (“… {words}”); the "
            "source language closes every clause with one",
            (f" {words}",),
            fix_to=f" {words}",
        )
    return None


#: How many words a subject with its phrase may span before its verb.
_PHRASE_SPAN = 10


def phrase_agreements(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """A verb that agrees with the noun of a prepositional phrase instead of the subject's head
    noun before it ("The risk of these diseases are higher", "The side effects of the drug is";
    Swan, "subject-verb agreement: mistakes"; Huddleston and Pullum ch. 5 §18: the head of the
    subject, not the nearest noun, sets the number). Attraction is the slip of writers working in
    a second language and of machine translation from languages whose verbs do not agree in number
    (Chinese, Japanese) or agree after the genitive noun.

    The frame, read back from a finite "is", "are", "was", "has", "have", "does", "do": the noun
    right before the verb agrees with it (the attraction); before that, with plain spaces only, a
    phrase of nouns, adjectives, determiners and prepositions; then a preposition ("of", "in",
    "for"...) after the head noun, whose number disagrees with the verb; then "the", "this",
    "these", "its"... opening the clause (after sentence or clause punctuation, a clause-opening
    conjunction or "that"), or "one of" / "each of" ("One of the main causes are"). Left alone:
    heads that take the number of their "of" phrase or are counted either way (``NUMBER_TRANSPARENT``:
    "the majority of", "this type of", collective "the team of"), person adjectives ("the elderly
    with diabetes are"), a coordinator, relative or comparison anywhere in the subject ("the risk of
    stroke and death are" may be a compound), capitals (titles, names), and words whose number the
    word-class table does not give; "a"/"an" heads ("a number of", "a third of") are never read."""
    out: list[Hit] = []
    lowers = s.lowers
    verbs = [v for v in (*SINGULAR_VERBS, *PLURAL_VERBS, *REPORTING_AGREEMENT) if v in index]
    for verb in verbs:
        plural_verb = verb in PLURAL_VERBS
        reporting = verb in REPORTING_AGREEMENT
        for k in index[verb]:
            if k < 3 or not s.is_lower(k) or not s.adjacent(k - 1):
                continue
            if reporting and not (k + 1 < s.n and lowers[k + 1] == "that" and s.adjacent(k)):
                continue  # "shows that": a plural noun ("the blood tests the doctor ordered") has no "that" clause
            if lowers[k - 1] in CLOSED_CLASS or not s.is_lower(k - 1):
                continue
            # set tests first, the word-class table last: most verbs have no such subject
            hit = _phrase_subject(s, k, plural_verb)
            if hit is not None:
                out.append(hit)
    return out


def _phrase_subject(s: Scan, k: int, plural_verb: bool) -> Hit | None:
    """The subject before the verb at ``k`` whose head disagrees with it (see ``phrase_agreements``)."""
    lowers = s.lowers
    m = k - 2
    stop = max(0, k - _PHRASE_SPAN)
    while m >= stop:
        if not s.adjacent(m):
            return None
        w = lowers[m]
        if w in PHRASE_BREAKS or (not s.is_lower(m) and not s.clause_start(m)):
            return None
        if (w in PHRASE_HEAD_DETERMINERS or w in ("one", "each")) and _subject_opens(s, m):
            return _head_disagrees(s, m, k, plural_verb)
        if w in CLOSED_CLASS and not (
            w in PHRASE_HEAD_DETERMINERS or w in PHRASE_PREPOSITIONS or w in ("a", "an")
        ):
            return None
        m -= 1
    return None


def _subject_opens(s: Scan, m: int) -> bool:
    """Word ``m`` opens a clause: ``Scan.clause_start``, or after "that"; not after a
    coordinator ("smoking and the use of drugs are" is a compound subject)."""
    if s.clause_start(m):
        return True
    return m > 0 and bool(s.joinable[m - 1]) and s.lowers[m - 1] in PHRASE_CLAUSE_OPENERS


def _phrase_word(w: str) -> bool:
    """``w`` may stand inside a subject's noun phrase and its prepositional phrase: a determiner,
    a preposition, a number, or an open-class word that is no finite verb form (a plural noun
    spelt like an -s verb counts)."""
    if w in CLOSED_CLASS:
        return w in PHRASE_HEAD_DETERMINERS or w in PHRASE_PREPOSITIONS or w in ("a", "an")
    if not w.replace("-", "").isalnum():
        return False
    cls = classes(w)
    if VERB_ONLY in cls or VERB_PAST in cls:
        return False
    return not (VERB_S in cls and PLURAL not in cls)


def _head_disagrees(s: Scan, m: int, k: int, plural_verb: bool) -> Hit | None:
    """The subject opens at word ``m`` ("the", "its", "one"...); its head is the word before the
    first preposition after it, and the finding is that head's disagreement with the verb at ``k``."""
    lowers = s.lowers
    if lowers[m] in ("one", "each"):
        if lowers[m + 1] != "of" or plural_verb is False:
            return None
        head, p = m, m + 1
        head_plural: bool | None = False
    else:
        p = next((j for j in range(m + 1, k - 1) if lowers[j] in PHRASE_PREPOSITIONS), -1)
        head = p - 1
        if head <= m or head - m > 3 or any(lowers[j] in CLOSED_CLASS for j in range(m + 1, head + 1)):
            return None
        noun = lowers[head]
        cls = classes(noun)
        if noun in NUMBER_TRANSPARENT or PERSON_ADJECTIVE in cls:
            return None
        # at most two modifiers before the head, and none before a head that may be a verb: "the
        # role the enzyme plays in ..." is a relative clause, its verb no head; after "that", an -s
        # word the table lacks may be a verb too ("proving that the procedure works in people is")
        verb_like = VERB_S in cls or BARE_VERB in cls
        if not cls and s.lowers[m - 1 if m else m] == "that" and not s.clause_start(m):
            verb_like = BARE_VERB in classes(noun[:-1])
        if head - m > (1 if verb_like else 3):
            return None
        head_plural = _noun_number(noun)
    if head_plural is None or head_plural == plural_verb:
        return None
    # the attraction: the noun before the verb agrees with it; every word between is a phrase's
    if _noun_number(lowers[k - 1]) != plural_verb:
        return None
    if not all(_phrase_word(lowers[j]) for j in range(m + 1, k - 1)):
        return None
    verb = s.text(k)
    right = SINGULAR_VERBS.get(lowers[k]) or PLURAL_VERBS.get(lowers[k]) or REPORTING_AGREEMENT[lowers[k]]
    subject = s.prose[s.starts[m] : s.ends[k - 1]]
    return Hit(
        s.starts[m],
        s.ends[k],
        PHRASE_AGREEMENT,
        f"“{subject} {verb}”: the verb agrees with “{s.text(k - 1)}”, but the subject's head is "
        f"“{s.text(head)}”, which is {'plural' if head_plural else 'singular'} (“{right}”)",
        (right,),
        classed=((lowers[head], PLURAL if head_plural else SINGULAR),),
    )


def _noun_number(w: str) -> bool | None:
    """True for a plural noun, False for a singular one, None when the word-class table does not
    tell ("data", "diabetes", "means"): a table plural; a singular noun, person noun or noun that is
    also a bare verb; or an -s word the table lacks whose singular it holds as a noun ("effects").
    Words in -ss, -us, -is and -ics are never read as plurals ("the ethics of")."""
    cls = classes(w)
    if cls:
        if PLURAL in cls:
            return None if SINGULAR in cls else True
        if SINGULAR in cls or PERSON in cls or (BARE_VERB in cls and VERB_ONLY not in cls):
            return False
        return None
    if w in NUMBER_TRANSPARENT or not w.endswith("s") or w.endswith(("ss", "us", "is", "ics")):
        return None
    stem = classes(w[:-1])
    if SINGULAR in stem or PERSON in stem or (BARE_VERB in stem and VERB_ONLY not in stem):
        return True
    return None


def make_to(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "make" with an object pronoun before "to" and a verb that is no noun ("made him to take",
    "makes you to feel"): the active takes the bare infinitive (Swan, "make"; the passive's "he was
    made to take" is English). "made it to the clinic" (no pronoun of the list), "made them to
    order" ("order" is a noun too) and "her to-do list" are left alone."""
    out: list[Hit] = []
    lowers = s.lowers
    for form in MAKE_FORMS.intersection(s.doc.word_set):
        for i in index[form]:
            if i + 3 >= s.n or not all(s.adjacent(j) for j in (i, i + 1, i + 2)):
                continue
            if lowers[i + 1] not in OBJECT_PRONOUNS or lowers[i + 2] != "to":
                continue
            if not (s.is_lower(i + 1) and s.is_lower(i + 3)):
                continue
            cls = classes(lowers[i + 3])
            # a verb that is also a noun only with its object after it ("made him to take the pills";
            # "made them to order" is the noun)
            if VERB_ONLY not in cls and not (
                BARE_VERB in cls and i + 4 < s.n and s.adjacent(i + 3) and lowers[i + 4] in OBJECT_OPENERS
            ):
                continue
            written = f"{s.text(i)} {s.text(i + 1)} {s.text(i + 3)}"
            out.append(
                Hit(
                    s.starts[i],
                    s.ends[i + 3],
                    VERB_FORM,
                    f"“{s.prose[s.starts[i] : s.ends[i + 3]]}”: “{s.text(i)}” with an object takes the bare "
                    "verb, without “to”",
                    (written,),
                    fix_to=written,
                    safe=True,
                    classed=((lowers[i + 3], BARE_VERB),),
                )
            )
    return out


#: Participles of finding and showing that a dummy "it" may stand before only with a that-clause or an infinitive
#: after them ("it has been shown that", "it was found to"), never a noun phrase
_REPORTING_PARTICIPLES = frozenset(
    "confirmed demonstrated shown observed found proven proved established detected verified described reported "
    "seen recommended indicated noted discovered identified revealed suggested advised prescribed".split()
)
#: The forms of "be" before such a participle
_BE_BEFORE_PARTICIPLE = frozenset("is was been be".split())
#: Determiners that open the noun phrase put after it, and the words after "a" that make a measure, not a noun phrase
_EXTRAPOSED_DETERMINERS = frozenset("the a an this these".split())
_MEASURE_WORDS = frozenset("lot bit little few while number couple".split())


def extraposed_subjects(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "If it has been confirmed the presence of kidney stones", "It is recommended a balanced diet": a dummy
    "it", a passive of finding, showing or advising, then a noun phrase where English puts the subject first
    ("if the presence of kidney stones has been confirmed") or a that-clause after the verb. Romance and Slavic
    languages put the subject after such a passive (Spanish "se ha confirmado la presencia de cálculos",
    Russian "было подтверждено наличие камней"), and translation keeps the order with English "it". 0 in
    MedQuAD, the clean sentences, FakeHealth and WMT22's references, which write "it has been shown that"."""
    out: list[Hit] = []
    lowers = s.lowers
    for participle in _REPORTING_PARTICIPLES.intersection(index):
        for i in index[participle]:
            if (
                i + 2 >= s.n
                or lowers[i + 1] not in _EXTRAPOSED_DETERMINERS
                or lowers[i + 2] in _MEASURE_WORDS
            ):
                continue
            j = i - 1
            if j >= 0 and lowers[j] in (
                "also",
                "already",
                "not",
                "often",
                "recently",
                "previously",
                "clearly",
            ):
                j -= 1
            if j < 1 or lowers[j] not in _BE_BEFORE_PARTICIPLE:
                continue
            k = j - 1
            if lowers[j] == "been" and k >= 0 and lowers[k] in ("has", "had", "have"):
                k -= 1
            elif lowers[j] == "be" and k >= 0 and lowers[k] in MODALS:
                k -= 1
            if k < 0 or lowers[k] != "it" or not all(s.adjacent(x) for x in range(k, i + 1)):
                continue
            span = s.prose[s.starts[k] : s.ends[i + 1]]
            out.append(
                Hit(
                    s.starts[k],
                    s.ends[i],
                    EXTRAPOSED_SUBJECT,
                    f"“{span} ...”: English puts what was {participle} first (“the ... has been {participle}”) or "
                    f"writes “it has been {participle} that ...”",
                )
            )
    return out


#: Superlatives that stand without "the" in edited English: "it is best to rest", "least" and "most" as adverbs
_BARE_SUPERLATIVE_OK = frozenset({"best", "least", "most", "latest", "worst"})


def bare_superlatives(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "Liver is largest organ in the body", "It was highest dose": a form of "be" and a superlative in "-est" before
    the noun it grades, with no "the" (Russian, Chinese and Korean have no article, and translation from them drops
    the one a superlative needs; Swan, "superlatives": "the" before a superlative with its noun). Only where the
    superlative is right after the verb and a noun of the table follows it; "best", "least", "most", "latest" and
    "worst" stand bare in edited English ("it is best to rest") and are left."""
    out: list[Hit] = []
    for verb in BE_FORMS:
        for i in index.get(verb, ()):
            k = i + 1
            if (
                k + 1 >= s.n
                or not s.adjacent(i)
                or not s.adjacent(k)
                or not s.is_lower(k)
                or not s.is_lower(k + 1)
            ):
                continue
            adjective = s.lowers[k]
            if not adjective.endswith("est") or adjective in _BARE_SUPERLATIVE_OK:
                continue
            if SUPERLATIVE not in classes(adjective):
                continue
            ncls = classes(s.lowers[k + 1])
            if not (SINGULAR in ncls or PLURAL in ncls or PERSON in ncls):
                continue
            out.append(
                Hit(
                    s.starts[k],
                    s.ends[k + 1],
                    MISSING_ARTICLE,
                    f"“{s.prose[s.starts[i] : s.ends[k + 1]]}”: a superlative before its noun takes “the”: write “the "
                    f"{s.prose[s.starts[k] : s.ends[k + 1]]}”",
                    (f"the {s.prose[s.starts[k] : s.ends[k + 1]]}",),
                )
            )
    return out


#: Measures a number before makes one quantity, which "this" may take ("this four miles", "this 10 minutes")
_MEASURE_PLURALS = DURATION_UNITS | frozenset(
    "miles kilometres kilometers metres meters feet inches pounds kilograms kilos grams ounces litres liters "
    "percent degrees dollars euros points steps".split()
)


def this_numbers(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "Try this 5 best remedies", "this three tips": "this" before a number above one and the plural it counts
    (at most one word between), where English writes "these". A measure counted as one quantity ("this four miles",
    "this 10 minutes") and a year ("this 2017 photo") are left. (s56)"""
    out: list[Hit] = []
    for i in index.get("this", ()):
        n = i + 1
        if n + 1 >= s.n or not s.adjacent(i):
            continue
        count = s.lowers[n]
        if not (count in NUMBER_WORDS - {"one", "half"} or (count.isdigit() and 1 < int(count) < 1000)):
            continue
        if _YEAR.fullmatch(count):
            continue
        for k in (n + 1, n + 2):
            if k >= s.n or not s.adjacent(k - 1) or not s.is_lower(k):
                break
            noun = s.lowers[k]
            if PLURAL in classes(noun) and noun not in _MEASURE_PLURALS:
                phrase = s.prose[s.starts[i] : s.ends[k]]
                written = s.text(i)
                these = "These" if written[:1].isupper() else "these"
                out.append(
                    Hit(
                        s.starts[i],
                        s.ends[k],
                        SINGULAR_DETERMINER,
                        f"“{phrase}”: “{written}” before a number and the plural it counts; write “{these}”",
                        (these + s.prose[s.ends[i] : s.ends[k]],),
                        classed=((noun, PLURAL),),
                    )
                )
                break
            if noun in _MEASURE_PLURALS or k == n + 2:
                break
    return out


#: Prepositions before a gerund that takes its object directly ("with avoiding of burning foods")
_OF_GERUND_PREPOSITIONS = frozenset("with in for by without after before of".split())
#: Transitive verbs of health writing whose gerund takes no "of": "in preventing of", "with avoiding of"
_TRANSITIVE_GERUNDS = frozenset(
    """avoiding preventing reducing increasing controlling improving treating lowering protecting maintaining
    managing removing causing relieving curing strengthening boosting regulating stimulating eliminating""".split()
)


def gerund_ofs(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "with avoiding of burning foods", "a role in preventing of infection": a preposition, the gerund of a
    verb that takes its object directly, and "of" before the object; the gerund as a noun with a determiner or an
    adjective before it ("the preventing of", "excessive drinking of") is left, as the preposition excludes. (s56)"""
    out: list[Hit] = []
    for j in index.get("of", ()):
        g = j - 1
        p = g - 1
        if p < 0 or not s.adjacent(p) or not s.adjacent(g) or s.lowers[g] not in _TRANSITIVE_GERUNDS:
            continue
        if s.lowers[p] not in _OF_GERUND_PREPOSITIONS:
            continue
        out.append(
            Hit(
                s.starts[g],
                s.ends[j],
                VERB_FORM,
                f"“{s.prose[s.starts[p] : s.ends[j]]}”: “{s.text(g)}” takes its object without “of”",
                (s.text(g),),
            )
        )
    return out
