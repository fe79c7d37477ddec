"""MT108's frames of Russian (and other Slavic) source grammar that machine translation carries into
English health pages: a preposition or a complement the English word does not take, chosen because
the source word takes it.

Russian "при" + a condition ("при ангине", "при беременности") comes out as "at angina", "at
pregnancy"; "боль при глотании" as "pain at swallowing"; "приём препарата" (taking a medicine) as
"reception of the preparation"; "обратиться к врачу" (see a doctor) as "address to the doctor";
"если не лечить" as "If not to treat"; "отказываться от", "состоять из", "зависеть от" as "refuses
from", "consists from", "depends from"; "лекарство от кашля" (a cough medicine) as "medicine from
cough"; "позволяет снизить" as "allows to reduce". Each frame is read from a trigger word in the word
index with the word classes deciding what a word may be (no regex pass over the text), and each was
kept only where MedQuAD's answers, the clean sentences, FakeHealth's news and WMT22's human
references never write it (``benchmarks/clean_rates.py MT108 --patterns ...``). The conditions,
medicines and people are read from word shapes and small closed sets of the commonest nouns of
consumer-health writing, not from any article's phrases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ...text.drug_names import is_drug_name
from ...text.word_classes import (
    BARE_VERB,
    NOT_VERB,
    PERSON,
    PLURAL,
    SINGULAR,
    VERB_ONLY,
    VERB_PAST,
    VERB_S,
    classes,
)
from ._construction_scan import _AT_PERSON_HEADS, _DETERMINERS, _gap, _ing, _is_bare_verb
from ._grammar_scan import Hit, Scan
from ._grammar_words import BE_FORMS, CARDINALS, CLOSED_CLASS

#: "at angina", "at chronic pancreatitis": "at" before a condition, where English writes "in",
#: "with" or "during" (Russian при)
AT_CONDITION = "at-condition"
#: "pain at swallowing": "at" before the action a symptom comes with, where English writes "on" or
#: "when" (боль при глотании)
AT_ACTION = "at-action"
#: "reception of antibiotics": "reception" for the taking of a medicine or a meal (приём)
RECEPTION_OF = "reception-of"
#: "address to the doctor": "address" + "to" + a person, for "see" or "consult" (обратиться к)
ADDRESS_TO = "address-to"
#: "If not to treat angina, ...": a sentence opened by "if" and an infinitive (если не лечить)
IF_INFINITIVE = "if-infinitive"
#: "refuses from food", "consists from", "depends from": a verb with the source's preposition
VERB_PREPOSITION = "verb-preposition"
#: "medicine from cough", "vaccination from measles": "from" between a remedy and the condition it
#: is for, where English writes "for" or "against" (лекарство от кашля, прививка от кори)
REMEDY_FROM = "remedy-from"
#: "allows to reduce": "allow" or "enable" with a to-infinitive and no object (позволяет снизить)
ALLOW_TO = "allow-to"
#: "the doctor will appoint the analyses", "assign you a course of examination": "appoint" or
#: "assign" for ordering a test or prescribing a treatment (назначить)
APPOINT_TREATMENT = "appoint-treatment"
#: "rinse 4-5 times in a day": a frequency with "in", where English writes "times a day" (раз в день)
TIMES_IN_A_DAY = "times-in-a-day"
#: "Why patients are so not disciplined?", "How it works?": a direct question in statement order
#: (Russian, Chinese and Korean mark a question by intonation or a particle, not by word order)
QUESTION_ORDER = "question-order"
#: "Therapists strongly recommend to listen", "doctors advise to drink": a verb of advice with a
#: to-infinitive and no object (Russian рекомендуют слушать, советуют пить; German empfehlen zu)
RECOMMEND_TO = "recommend-to"
#: "make a person suffers", "it makes it looks worse": a causative verb and its object before a verb's
#: -s form, where English writes the bare verb ("make a person suffer")
CAUSATIVE_S = "causative-s"
#: "if it is not be prevented", "is always mistakenly be assumed": a finite "be" and a second "be"
#: before a participle (a modal dropped or "be" added: "cannot be prevented", "is not prevented")
DOUBLE_BE = "double-be"
#: "it is better replace them", "it is necessary take the pills": an adjective of advice with a bare
#: verb and no "to" (Russian лучше заменить, нужно принимать: an infinitive with no particle)
ADJECTIVE_INFINITIVE = "adjective-infinitive"
#: "Treatment of gastritis folk remedies", "Treatment folk remedies goiter": the means of a treatment
#: with no "with" (Russian instrumental case: лечение гастрита народными средствами)
BARE_MEANS = "bare-means"
#: "pour boiling water and insist 40 minutes", "let it insist": "insist" for steeping an infusion
#: (Russian настаивать, Ukrainian настоювати: both "insist" and "infuse")
INSIST_STEEP = "insist-steep"
#: "Hypertension - this is a chronic disease", "Medical agents these are substances of natural origin": the
#: sentence's subject restated by "this is" or "these are" (Russian and Ukrainian "X — это Y", "X — це Y",
#: whose dash and pronoun stand for English "is")
COPULA_PRONOUN = "copula-pronoun"

#: "a violation of the secretory functions", "metabolic violations", "violations in the work of the heart":
#: "violation" for a disorder of a body function (Russian нарушение, Ukrainian порушення: both a breach of a
#: rule and an impairment of a function)
VIOLATION_OF_FUNCTION = "violation-of-function"
#: "painful sensations in the field of a stomach": "in the field of" before a part of the body, where English
#: writes "in the stomach area" or "around the heart" (Russian в области желудка: область is both a field
#: of study and a region of the body)
FIELD_OF_ORGAN = "field-of-organ"
#: "gastritis can go to chronic form", "the disease passes into a chronic form": a verb of motion into a
#: "form", where English says a disease "becomes chronic" (Russian переходить в хроническую форму)
INTO_CHRONIC_FORM = "into-chronic-form"

SOURCE_FRAME_PATTERNS = (
    AT_CONDITION,
    AT_ACTION,
    RECEPTION_OF,
    ADDRESS_TO,
    IF_INFINITIVE,
    VERB_PREPOSITION,
    REMEDY_FROM,
    ALLOW_TO,
    APPOINT_TREATMENT,
    TIMES_IN_A_DAY,
    QUESTION_ORDER,
    ADJECTIVE_INFINITIVE,
    RECOMMEND_TO,
    DOUBLE_BE,
    CAUSATIVE_S,
    BARE_MEANS,
    INSIST_STEEP,
    COPULA_PRONOUN,
    VIOLATION_OF_FUNCTION,
    FIELD_OF_ORGAN,
    INTO_CHRONIC_FORM,
)

#: The commonest conditions of consumer-health pages that no suffix below marks.
_CONDITION_WORDS = frozenset(
    "diabetes angina asthma influenza flu pneumonia hypertension hypotension pregnancy allergy allergies "
    "obesity gout rheumatism cough fever insomnia anemia anaemia constipation diarrhea diarrhoea heartburn "
    "migraine exacerbation exacerbations inflammation infection infections tuberculosis measles depression "
    "toxicosis eczema psoriasis acne hemorrhoids haemorrhoids".split()
)
#: Nouns that name a condition in general ("a disease at which ...").
_CONDITION_NOUNS = frozenset(
    "disease diseases condition conditions disorder disorders illness illnesses syndrome syndromes pathology "
    "pathologies state states infection infections".split()
)
#: Verbs of taking or applying a dose ("take it 3 times in a day", "rinse 4-5 times in a day").
_DOSE_VERBS = frozenset(
    "take taken taking takes rinse rinsing gargle gargling apply applied applying use used using drink drinking "
    "eat eating give given giving wash washing inject injecting inhale inhaling instil drip drops repeat "
    "repeated chew chewing swallow dose dosed lubricate lubricating smear smearing massage rub rubbing".split()
)
#: What a condition names the speciality of ("at osteoporosis clinics", "at arthritis support groups").
_PLACES = frozenset(
    "clinic clinics center centers centre centres hospital hospitals unit units service services program "
    "programs programme programmes conference conferences meeting meetings society societies foundation "
    "foundations support group groups research screening screenings awareness camp camps ward wards".split()
)
#: "at which point", "at which time": "at" before these is English ("a disease at which stage ...").
_WHICH_POINTS = frozenset(
    "point points time times stage stages age ages moment rate level levels dose doses".split()
)
#: Suffixes of inflammations, degenerations, blood states, pains and diseases ("tonsillitis",
#: "osteochondrosis", "anemia", "neuralgia", "neuropathy").
_CONDITION_SUFFIXES = ("itis", "osis", "emia", "aemia", "algia", "pathy", "iasis")
#: Words with those endings that name no condition.
_NOT_CONDITIONS = frozenset(
    "diagnosis prognosis symbiosis osmosis hypnosis metamorphosis apotheosis empathy sympathy apathy "
    "antipathy telepathy homeopathy naturopathy osteopathy nostalgia academia".split()
)
#: Symptoms that come with an action ("pain at swallowing").
_SYMPTOMS = frozenset(
    "pain pains discomfort burning soreness tenderness ache aches aching cramps tingling itching bleeding "
    "crunch clicking crackling".split()
)
#: Action nouns a symptom comes with ("pain at urination").
_ACTIONS = frozenset(
    "urination defecation palpation inhalation exhalation ejaculation menstruation movement movements "
    "exertion intercourse".split()
)
#: What is taken: medicines and meals ("reception of the preparation", "reception of food").
_TAKEN = frozenset(
    "medicine medicines medication medications drug drugs pill pills tablet tablets antibiotics antibiotic "
    "preparation preparations vitamins vitamin capsules drops remedy remedies hormones antidepressants "
    "antihistamines painkillers statins contraceptives insulin aspirin paracetamol ibuprofen food meal "
    "meals funds agents".split()
)
#: Remedies that a condition may follow with "from" in the source ("medicine from cough").
_REMEDIES = _TAKEN - frozenset({"food", "meal", "meals", "funds", "agents"}) | frozenset(
    "vaccine vaccines vaccination vaccinations inoculation inoculations treat treats treated treating".split()
)
#: People consulted ("address to the pediatrician"), besides the person nouns of the word classes.
_CONSULTED = frozenset(
    "doctor doctors specialist specialists clinic clinics hospital polyclinic pharmacist".split()
)
_ADDRESS = frozenset({"address", "addresses", "addressed", "addressing"})
#: Modals before a bare "address" that the patient's step may follow ("you should address the doctor").
_MODALS_BEFORE = frozenset("should must can could will would may might need".split())
_RECEPTION = frozenset({"reception", "receptions"})
#: Verb forms that are no noun, of verbs whose complement takes another preposition in English.
_FROM_VERBS: dict[str, str] = {
    **{f: "refuse" for f in ("refuses", "refused", "refusing")},
    **{f: "consist of" for f in ("consist", "consists", "consisted", "consisting")},
    **{f: "depend on" for f in ("depends", "depended", "depending")},
    # "avoid from impulse", "should be avoided from contacting": "avoid" takes its object directly (Turkish
    # -den kaçınmak, Persian az ... parhiz, Arabic تجنب من)
    **{f: "avoid" for f in ("avoid", "avoids", "avoided", "avoiding")},
}
#: "interfere" in its forms: it takes "with" (or "in") before what it disturbs ("interfere the metabolism of
#: glucose", 干扰 + object)
_INTERFERE = frozenset({"interfere", "interferes", "interfered", "interfering"})
#: Words before "refrain" or "contact" that make it a verb ("should refrain", "not contact").
_VERB_LEADS = frozenset("should must to please will can may might could would shall not never".split())
#: "allows to": verb forms that need an object before a to-infinitive ("allows you to", "enables
#: doctors to"); the bare "allow" is left out, since a recipe's "Allow to cool" omits an object
#: English lets it omit.
_ALLOW = frozenset({"allows", "allowing", "enables", "enabling"})
#: "allow", "enable" and "permit" in any form, with a pronoun object before a bare verb ("allow you
#: shed pounds"): the infinitive after the object needs "to" (unlike "let" and "help").
_ALLOW_OBJECT = frozenset(
    "allow allows allowed allowing enable enables enabled enabling permit permits permitted permitting".split()
)
_OBJECT_PRONOUNS = frozenset("you him her them us me".split())
#: Causative verbs whose object takes a bare infinitive ("make it work", "let him go", "help you sleep").
_CAUSATIVES = frozenset("make makes made making let lets letting help helps helped helping".split())
#: Their objects: a pronoun, or "a person", "the patient", "people" ("make a person suffers").
_CAUSED = frozenset("him her them you us me it people patients".split())
#: Verbs of advice in forms that are no passive participle ("recommended to take" may be the passive
#: "patients are recommended to take"): "recommend", "suggest" and "advise" take an -ing form, a
#: that-clause or (advise) an object before the infinitive.
_RECOMMEND = frozenset(
    "recommend recommends recommending suggest suggests suggesting advise advises advising "
    # "avoid to eat" (s58): "avoid" takes only the -ing form (not the passive "is avoided to protect", a purpose)
    "avoid avoids avoiding".split()
)
#: Words before "at" whose "at" takes a condition in English, besides the heads of people
#: (``_construction_scan``: "look at", "aimed at", "good at"): "effective at", "risk at", "age at
#: diagnosis", "chip away at", "work at".
_AT_CONDITION_HEADS = re.compile(
    r"(?:effective|efficient|success|excel|skill|adept|hint|risk|guess|rate|rates|sit|sat|stand|stood|"
    r"work|works|worked|working|play|plays|played|away|age|ages|aged)\w*"
)

#: What a doctor orders or prescribes ("appoint the analyses", "assign you a course of treatment").
_ORDERED = frozenset(
    "treatment treatments therapy examination examinations analyses analysis tests test course medicine "
    "medicines medication medications drugs antibiotics preparation preparations physiotherapy massage "
    "procedures injections ultrasound".split()
)
_APPOINT = frozenset({"appoint", "appoints", "appointed", "appointing"})
#: The patient after "appoint to", in the source's dative ("назначить себе", "appoint to himself").
_APPOINTED_TO = frozenset("himself herself themselves yourself myself oneself him her them you me us".split())
_ASSIGN = frozenset({"assign", "assigns", "assigned", "assigning"})
#: Adjectives of advice that take a to-infinitive after "it is" ("it is better to replace them").
_ADVICE_ADJECTIVES = frozenset(
    "better best necessary important possible impossible advisable essential vital crucial "
    "desirable preferable usual common normal customary easy difficult hard dangerous safe useful helpful "
    "harmful forbidden".split()
)
#: The copulas before them ("it is", "it's", "it was"); not "be", whose passive participles may
#: stand before a main verb ("Medicines that may be recommended include ...").
_COPULAS = frozenset({"is", "was", "it's", "it\u2019s"})
#: Objects after a bare verb that show it is a verb ("better take the pills", "important drink it").
_OBJECT_STARTS = frozenset(
    "the a an this these that those your his her their its them it him you some any more less plenty".split()
)
#: Question words whose direct question inverts its subject and auxiliary ("Why are patients ...?");
#: "who", "which" and "what" + a noun may be the subject themselves ("What foods are safe?"), and
#: "when" opens a time clause before a question as often ("When you talk to her, is it ...?").
_QUESTION_WORDS = frozenset({"why", "how", "where", "what"})
#: Words after "how" that make a degree phrase with it ("How long it takes?").
_HOW_DEGREE = frozenset("much many long often soon far old quickly fast big serious dangerous common".split())
#: Pronoun subjects, with the number of the verb they take.
_SINGULAR_SUBJECTS = frozenset({"it", "he", "she", "this", "that"})
_PLURAL_SUBJECTS = frozenset({"they", "we", "you", "i"})
#: Auxiliaries and modals a direct question puts before its subject.
_QUESTION_AUXILIARIES = frozenset(
    "is are was were can could will would should must may might has have had do does did".split()
)
#: Determiners of a noun subject ("Why the pain is worse at night?").
_SUBJECT_DETERMINERS = frozenset("the this these those your my our their his her its such".split())
#: The patient as the indirect object of "assign" ("assign you a course").
_PATIENT_OBJECTS = frozenset({"you", "him", "her", "them", "me", "us"})

#: The word of folk medicine that names the means ("folk remedies", "folk methods").
_FOLK = "folk"
#: Nouns of means after "folk".
_FOLK_MEANS = frozenset("remedies remedy methods method means medicine ways recipes".split())
#: Words of treating whose means "with" introduces ("treatment with folk remedies").
_TREATING = frozenset("treatment treatments treating treat cure curing therapy".split())

#: The forms of "insist" that a steeping time or "let it" may follow.
_INSIST_FORMS = frozenset({"insist", "insists", "insisted", "insisting"})
#: Units of a steeping time.
_STEEP_UNITS = frozenset("minute minutes hour hours day days week weeks night nights".split())
#: Words of an approximate count before the unit ("insist a few hours", "insist several days").
_STEEP_COUNTS = frozenset("a an one two three four five six seven eight ten twelve several few half".split())
#: What is let to steep ("let it insist", "let the infusion insist").
_STEEPED = frozenset("it mixture infusion broth decoction tincture solution tea herbs".split())

#: The pronouns of the copula frame and the forms of "be" each takes.
_COPULA_PRONOUNS = {"this": frozenset({"is", "was"}), "these": frozenset({"are", "were"})}
#: Dashes that may stand between the subject and its pronoun ("Hypertension - this is", "Angina — this is").
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
#: How many words the restated subject may hold ("Ready-made medical agents these are").
_COPULA_SUBJECT_WORDS = 4
#: Words after the copula that make it a comment on the subject, which English writes with a dash too
#: ("Exercise - this is why it matters", "Sleep - this is important"): only a noun phrase restates it.
_COPULA_ARTICLES = frozenset({"a", "an", "the", "one"})

_VIOLATION = frozenset({"violation", "violations"})
#: What the body does, and the organs whose work is meant: the nouns after "violation of" that English
#: never writes there (it breaks laws, rights, rules, terms and agreements, none of them here).
_BODY_FUNCTIONS = frozenset(
    "function functions functioning activity activities secretion metabolism circulation microcirculation "
    "blood-flow outflow motility digestion absorption synthesis production regulation innervation trophism "
    "abilities ability cycle sleep appetite stool urination breathing respiration vision hearing memory "
    "coordination sensitivity consciousness speech rhythm conduction tone contractility permeability "
    "heart liver kidneys kidney stomach intestines intestine bowel pancreas thyroid brain lungs organs "
    "glands gland vessels".split()
)
#: Adjectives of a body system before "violations" ("metabolic violations", "hormonal violation").
_BODY_SYSTEMS = frozenset(
    "metabolic hormonal circulatory vascular cerebral neurological autonomic vegetative menstrual digestive "
    "endocrine immune trophic secretory motor sensory cardiac respiratory renal hepatic gastric intestinal "
    "functional cognitive".split()
)

#: The parts of the body "in the field of" may not stand before: regions where a pain or a sensation is felt.
_BODY_REGIONS = frozenset(
    "stomach abdomen belly heart chest back head neck eye eyes spine navel groin pelvis throat joint joints "
    "liver kidney kidneys lung lungs intestine intestines bladder temple temples forehead ribs sternum "
    "hypochondrium epigastrium loin loins waist shoulder shoulders nape coccyx sacrum".split()
)

#: Verbs of motion that carry a disease "into a form", and the forms a disease is said to pass into.
_MOTION_VERBS = frozenset(
    "go goes went gone going pass passes passed passing flow flows flowed flowing turn turns turned turning "
    "proceed proceeds proceeded proceeding move moves moved moving transfer transfers transferred".split()
)
_DISEASE_FORMS = frozenset("chronic acute latent severe generalized generalised recurrent".split())

SOURCE_FRAME_TRIGGERS = frozenset(
    {
        *_INSIST_FORMS,
        _FOLK,
        "at",
        "if",
        "from",
        "times",
        *_QUESTION_WORDS,
        *_ADVICE_ADJECTIVES,
        *_RECEPTION,
        *_ADDRESS,
        *_FROM_VERBS,
        "refrain",
        "contact",
        *_INTERFERE,
        "be",
        *_CAUSATIVES,
        *_ALLOW,
        *_ALLOW_OBJECT,
        *_RECOMMEND,
        *_APPOINT,
        *_ASSIGN,
        *_COPULA_PRONOUNS,
        *_VIOLATION,
        "field",
        "form",
    }
)


def _condition(word: str) -> bool:
    return word in _CONDITION_WORDS or _condition_by_ending(word)


def _condition_by_ending(word: str) -> bool:
    """An inflammation, degeneration, blood state, pain or disease named by its ending ("tonsillitis")."""
    return word.endswith(_CONDITION_SUFFIXES) and word not in _NOT_CONDITIONS and len(word) > 6


def _taken(word: str) -> bool:
    return word in _TAKEN or is_drug_name(word)


def _modifier(s: Scan, k: int) -> bool:
    """Word k may be an adjective before the noun of the frame: lower case, a word, no closed-class
    word and no -ing form ("at chronic pancreatitis"; not "at preventing cancer")."""
    w = s.lowers[k]
    return (
        s.is_lower(k)
        and w.isalpha()
        and w not in CLOSED_CLASS
        and not w.endswith("ing")
        and not _condition(w)
        and w not in _TIME_POINTS
    )


#: Modifiers that make "at" + a condition a point in time ("age at first pregnancy").
_TIME_POINTS = frozenset("first last second third early late earliest onset".split())


def _noun_after(
    s: Scan, i: int, test: Callable[[str], bool], determiners: bool, phrase_end: bool = True
) -> int | None:
    """The index of the noun passing ``test`` after word i, with at most one determiner (where
    ``determiners``) and two modifiers before it ("strongly expressed"), ending its phrase (where ``phrase_end``), or None."""
    k = i + 1
    if not s.adjacent(i):
        return None
    if determiners and s.lowers[k] in _DETERMINERS:
        if not s.adjacent(k):
            return None
        k += 1
    for _ in range(3):
        if k >= s.n or not s.is_lower(k):
            return None
        if test(s.lowers[k]):
            return k if not phrase_end or s.phrase_ends(k) else None
        if not (_modifier(s, k) and s.adjacent(k)):
            return None
        k += 1
    return None


def source_frame_hits(s: Scan, index: Mapping[str, Sequence[int]], disabled: set[str]) -> list[Hit]:
    """Every source frame's hits in the document, each tested from its trigger words."""
    out: list[Hit] = []
    for word in SOURCE_FRAME_TRIGGERS.intersection(s.doc.word_set):
        for i in index[word]:
            hit = _frame_at(s, word, i, disabled)
            if hit is not None:
                out.append(hit)
    return out


def _frame_at(s: Scan, word: str, i: int, disabled: set[str]) -> Hit | None:
    if word == "at":
        if AT_CONDITION not in disabled:
            hit = _at_condition(s, i)
            if hit is not None:
                return hit
        return _at_action(s, i) if AT_ACTION not in disabled else None
    if word == "if":
        return _if_infinitive(s, i) if IF_INFINITIVE not in disabled else None
    if word == "from":
        return _remedy_from(s, i) if REMEDY_FROM not in disabled else None
    if word in _RECEPTION:
        return _reception_of(s, i) if RECEPTION_OF not in disabled else None
    if word in _ADDRESS:
        return _address_to(s, i) if ADDRESS_TO not in disabled else None
    if word in _FROM_VERBS:
        hit = _verb_from(s, i) if VERB_PREPOSITION not in disabled else None
        if hit is not None or word not in _RECOMMEND:
            return hit  # "avoid from", and "avoid to eat" below
    if word == "refrain":
        return _refrain_object(s, i) if VERB_PREPOSITION not in disabled else None
    if word == "contact":
        return _contact_with(s, i) if VERB_PREPOSITION not in disabled else None
    if word in _INTERFERE:
        return _interfere_object(s, i) if VERB_PREPOSITION not in disabled else None
    if word in _ALLOW_OBJECT and ALLOW_TO not in disabled:
        hit = _allow_object_bare(s, i)
        if hit is not None or word not in _ALLOW:
            return hit
    if word in _ALLOW:
        return _allow_to(s, i) if ALLOW_TO not in disabled else None
    if word == "be":
        return _double_be(s, i) if DOUBLE_BE not in disabled else None
    if word in _CAUSATIVES:
        return _causative_s(s, i) if CAUSATIVE_S not in disabled else None
    if word in _RECOMMEND:
        return _recommend_to(s, i) if RECOMMEND_TO not in disabled else None
    if word in _APPOINT or word in _ASSIGN:
        return _appoint(s, i) if APPOINT_TREATMENT not in disabled else None
    if word == "times":
        return _times_in_a_day(s, i) if TIMES_IN_A_DAY not in disabled else None
    if word in _QUESTION_WORDS:
        return _question_order(s, i) if QUESTION_ORDER not in disabled else None
    if word in _ADVICE_ADJECTIVES:
        return _adjective_infinitive(s, i) if ADJECTIVE_INFINITIVE not in disabled else None
    if word == _FOLK:
        return _bare_means(s, i) if BARE_MEANS not in disabled else None
    if word in _INSIST_FORMS:
        return _insist_steep(s, i) if INSIST_STEEP not in disabled else None
    if word in _COPULA_PRONOUNS:
        return _copula_pronoun(s, word, i) if COPULA_PRONOUN not in disabled else None
    if word in _VIOLATION:
        return _violation_of_function(s, i) if VIOLATION_OF_FUNCTION not in disabled else None
    if word == "field":
        return _field_of_organ(s, i) if FIELD_OF_ORGAN not in disabled else None
    if word == "form":
        return _into_chronic_form(s, i) if INTO_CHRONIC_FORM not in disabled else None
    return None


def _into_chronic_form(s: Scan, i: int) -> Hit | None:
    """ "go to chronic form", "passes into a chronic form": a verb of motion, "to" or "into", an article or none, a
    disease's form and "form" (not "the chronic form of the disease", a noun phrase with no motion)."""
    k = i - 1
    if k < 2 or not s.joinable[k] or s.lowers[k] not in _DISEASE_FORMS:
        return None
    k -= 1
    if s.lowers[k] in ("a", "the") and k >= 2 and s.joinable[k - 1]:
        k -= 1
    if not s.joinable[k] or s.lowers[k] not in ("to", "into") or k < 1 or not s.joinable[k - 1]:
        return None
    verb = k - 1
    if s.lowers[verb] not in _MOTION_VERBS:
        return None
    state = s.lowers[i - 1]
    return Hit(
        s.starts[verb],
        s.ends[i],
        INTO_CHRONIC_FORM,
        f"“{_span(s, verb, i)}”: in English a disease “becomes {state}”; it does not move into a form",
        (f"become {state}",),
    )


def _field_of_organ(s: Scan, i: int) -> Hit | None:
    """ "in the field of a stomach", "in the field of the heart": "in the field of", an article or none, then a
    part of the body that ends its phrase (not "the field of spine surgery", a discipline)."""
    if not (
        i >= 2
        and s.joinable[i - 2]
        and s.joinable[i - 1]
        and s.lowers[i - 2] == "in"
        and s.lowers[i - 1] == "the"
        and s.adjacent(i)
        and s.lowers[i + 1] == "of"
    ):
        return None
    k = i + 2
    if k < s.n and s.lowers[k] in ("a", "an", "the") and s.adjacent(k - 1) and s.adjacent(k):
        k += 1
    elif not (k < s.n and s.adjacent(k - 1)):
        return None
    if k >= s.n or s.lowers[k] not in _BODY_REGIONS or not s.is_lower(k) or not s.phrase_ends(k):
        return None
    region = s.text(k)
    return Hit(
        s.starts[i - 2],
        s.ends[k],
        FIELD_OF_ORGAN,
        f"“{_span(s, i - 2, k)}”: a “field” is an area of study or land; a place on the body is “the {region} area” "
        f"or “around the {region}”",
        (f"in the {region} area", f"around the {region}"),
    )


def _violation_of_function(s: Scan, i: int) -> Hit | None:
    """ "a violation of the secretory functions", "violations in the work of the heart", "metabolic
    violations": a body function or organ as what is violated, or a body system's adjective before it.
    English violates laws, rights and rules; a function is impaired or disturbed."""
    plural = s.lowers[i] == "violations"
    noun = "disorders" if plural else "a disorder"
    if i > 0 and s.joinable[i - 1] and s.lowers[i - 1] in _BODY_SYSTEMS:
        return Hit(
            s.starts[i - 1],
            s.ends[i],
            VIOLATION_OF_FUNCTION,
            f"“{_span(s, i - 1, i)}”: a “violation” breaks a rule or a law; a body function is “impaired” or "
            f"“disturbed” ({s.text(i - 1)} {'disorders' if plural else 'disorder'})",
            (f"{s.text(i - 1)} {'disorders' if plural else 'disorder'}",),
        )
    if not s.adjacent(i) or i + 1 >= s.n:
        return None
    j = i + 1
    if (
        s.lowers[j] == "in"
        and j + 3 < s.n
        and s.adjacent(j)
        and s.lowers[j + 1] == "the"
        and s.adjacent(j + 1)
        and s.lowers[j + 2] == "work"
        and s.adjacent(j + 2)
        and s.lowers[j + 3] == "of"
    ):
        j += 3  # "violations in the work of the heart" (нарушения в работе сердца)
    elif s.lowers[j] != "of":
        return None
    k = _noun_after(s, j, _BODY_FUNCTIONS.__contains__, determiners=True, phrase_end=False)
    if k is None:
        return None
    return Hit(
        s.starts[i],
        s.ends[k],
        VIOLATION_OF_FUNCTION,
        f"“{_span(s, i, k)}”: a “violation” breaks a rule or a law; a body function is “impaired” or "
        f"“disturbed” ({noun} of, an impairment of)",
        (),
    )


def _copula_pronoun(s: Scan, word: str, i: int) -> Hit | None:
    """ "Hypertension - this is a chronic disease", "Medical agents these are substances": a noun phrase of
    up to four words opening its sentence (no closed-class word, no "-ly" adverb, a noun at its head), a
    dash or nothing, then "this is" or "these are" and a noun phrase. Without a dash only "these are" after
    a plural head is read: "this is" after a noun opens a relative clause ("The way this is done"), and a
    plural head and "these are" make none ("Medical agents these are"). After the copula an article or a
    plural noun must follow: a dash and "this is why" or "this is important" comment on the subject, which
    English writers do."""
    if i < 1 or i + 2 >= s.n or not s.adjacent(i) or s.lowers[i + 1] not in _COPULA_PRONOUNS[word]:
        return None
    gap = s.prose[s.ends[i - 1] : s.starts[i]]
    dashed = gap.strip() in _DASHES
    if not dashed and not (word == "these" and s.adjacent(i - 1)):
        return None
    head = s.lowers[i - 1]
    head_classes = classes(head)
    if word == "these" and PLURAL not in head_classes:
        return None
    # a word the table reads as no noun is no subject; one it leaves unclassed ("angina", "diabetes") may be
    if word == "this" and not (SINGULAR in head_classes or PLURAL in head_classes) and head_classes:
        return None
    # the subject: back to the sentence's first word, every word joined by plain space
    k = i - 1
    while True:
        w = s.lowers[k]
        if w in CLOSED_CLASS or not w.replace("-", "").isalpha() or (w.endswith("ly") and len(w) > 4):
            return None
        if k < i - 1 and not s.adjacent(k):
            return None
        if _sentence_opener(s, k):
            break
        if not s.is_lower(k) or i - k >= _COPULA_SUBJECT_WORDS:
            return None
        k -= 1
    after = i + 2
    if not s.adjacent(i + 1) or not s.is_lower(after):
        return None
    following = s.lowers[after]
    if following not in _COPULA_ARTICLES and not (
        PLURAL in classes(following) and following not in CLOSED_CLASS
    ):
        return None
    subject = _span(s, k, i - 1)
    verb = s.lowers[i + 1]
    return Hit(
        s.starts[k],
        s.ends[i + 1],
        COPULA_PRONOUN,
        f"“{_span(s, k, i + 1)}”: the subject is restated by “{word} {verb}” (Russian and Ukrainian “— это”, "
        f"“— це”); English writes “{subject} {verb}”",
        (f"{subject} {verb}",),
    )


def _insist_steep(s: Scan, i: int) -> Hit | None:
    """ "insist 40 minutes", "insist for 2 hours", "insist 5 - 6 hours", "let it insist": "insist" with a
    steeping time or let to steep, where English writes "steep" or "infuse"; "insist" takes "on" or a
    that-clause, never a duration."""
    k = i + 1
    if k < s.n and s.adjacent(i) and s.lowers[k] in ("for", "about") and s.adjacent(k):
        k += 1
    j = k
    # a count: digits, a range of digits ("5 - 6", "5-6") or a number word, then a unit of time
    while (
        s.adjacent(i)
        and j < s.n
        and j - k < 3
        and (s.lowers[j].replace("-", "").replace("\u2013", "").isdigit() or s.lowers[j] in _STEEP_COUNTS)
    ):
        if not (s.joinable[j] or _gap(s, j).strip() in ("-", "\u2013")):
            return None
        j += 1
    steeped = j > k and j < s.n and s.lowers[j] in _STEEP_UNITS
    if not steeped:
        # "let it insist", "let the infusion insist"
        back = i - 1
        if back >= 0 and s.joinable[back] and s.lowers[back] in _STEEPED:
            lead = back - 1
            if lead >= 0 and s.lowers[lead] == "the" and s.joinable[lead]:
                lead -= 1
            if lead >= 0 and s.joinable[lead] and s.lowers[lead] in ("let", "leave", "lets"):
                return Hit(
                    s.starts[i],
                    s.ends[i],
                    INSIST_STEEP,
                    f"“{s.text(i)}”: an infusion steeps; “insist” is a person's demand (write “steep” or “infuse”)",
                    ("steep", "infuse"),
                )
        return None
    return Hit(
        s.starts[i],
        s.ends[j],
        INSIST_STEEP,
        f"“{_span(s, i, j)}”: an infusion steeps for a time; “insist” takes no duration (write “steep” or "
        "“infuse”)",
        ("steep", "infuse"),
    )


def _bare_means(s: Scan, i: int) -> Hit | None:
    """ "Treatment of gastritis folk remedies", "Treatment folk remedies goiter": a word of treating, perhaps
    with "of" or "for" and a one- or two-word condition, then "folk" and a noun of means with no "with"
    between ("treatment of gastritis with folk remedies")."""
    if i == 0 or not s.adjacent(i) or s.lowers[i + 1] not in _FOLK_MEANS or not s.joinable[i - 1]:
        return None
    j = i - 1
    if s.lowers[j] not in _TREATING:
        # "of gastritis" or "for chronic gastritis" between: condition words that are no closed-class word
        for width in (1, 2):
            head = j - width
            if head < 1 or not all(s.joinable[k] for k in range(head - 1, j)):
                return None
            words = s.lowers[head + 1 : j + 1]
            if any(w in CLOSED_CLASS or not w.isalpha() for w in words):
                return None
            if s.lowers[head] in ("of", "for") and s.lowers[head - 1] in _TREATING:
                j = head - 1
                break
        else:
            return None
    return Hit(
        s.starts[j],
        s.ends[i + 1],
        BARE_MEANS,
        f"“{_span(s, j, i + 1)}”: the means of a treatment takes “with” (“{_span(s, j, i - 1)} with folk "
        f"{s.lowers[i + 1]}”)",
        (f"{_span(s, j, i - 1)} with folk {s.lowers[i + 1]}",),
    )


def _adjective_infinitive(s: Scan, i: int) -> Hit | None:
    """ "it is better replace them": a copula, an adjective of advice and a bare verb with no "to",
    the verb known to be one (no noun: "replace") or followed by its object ("take the pills")."""
    if i == 0 or i + 1 >= s.n or not s.joinable[i - 1] or not s.adjacent(i) or not s.is_lower(i + 1):
        return None
    back = i - 1
    if s.lowers[back] in ("very", "more", "most", "extremely", "really", "so", "also") and back > 0:
        if not s.joinable[back - 1]:
            return None
        back -= 1
    if s.lowers[back] not in _COPULAS:
        return None
    verb = s.lowers[i + 1]
    cls = classes(verb)
    if VERB_ONLY in cls:
        pass
    elif (BARE_VERB in cls or verb in ("do", "go", "get", "keep", "make", "give")) and i + 2 < s.n:
        # its object after it, or "go to" ("it is usual go to the doctor")
        if not (
            s.adjacent(i + 1)
            and (s.lowers[i + 2] in _OBJECT_STARTS or (verb == "go" and s.lowers[i + 2] == "to"))
        ):
            return None
    else:
        return None
    adjective = s.text(i)
    return Hit(
        s.starts[i],
        s.ends[i + 1],
        ADJECTIVE_INFINITIVE,
        f"“{_span(s, i, i + 1)}”: after “{adjective}” English needs “to” before the verb",
        (f"{adjective} to {s.text(i + 1)}",),
    )


def _sentence_opener(s: Scan, i: int) -> bool:
    """Word i is its sentence's or its block's first word."""
    if i == 0:
        return True
    gap = s.prose[s.ends[i - 1] : s.starts[i]]
    return not s.joinable[i - 1] and (any(c in ".!?" for c in gap) or not gap.strip())


def _question_order(s: Scan, i: int) -> Hit | None:
    """ "Why patients are so not disciplined?", "How it works?", "What it means?": a sentence that
    opens with a question word and ends with a question mark, with the subject (a pronoun, a plural
    noun or a determiner and a noun) before its auxiliary or verb."""
    if not _sentence_opener(s, i) or not s.adjacent(i):
        return None
    question = s.lowers[i]
    k = i + 1
    degree = question == "how" and s.lowers[k] in _HOW_DEGREE
    if degree:
        if not s.adjacent(k):
            return None
        k += 1
    subject = s.lowers[k]
    if not s.is_lower(k) or not s.adjacent(k):
        return None
    if subject in _SINGULAR_SUBJECTS or subject in _PLURAL_SUBJECTS:
        verb_at = k + 1
        verb = s.lowers[verb_at]
        lexical = (
            _s_form(verb) if subject in _SINGULAR_SUBJECTS else _is_bare_verb(verb)
        ) and verb not in CLOSED_CLASS
        if verb not in _QUESTION_AUXILIARIES and not lexical:
            return None
        if subject in ("this", "that") and (verb in ("is", "was") or lexical) and question == "what":
            return None  # "What this is?" reads as a cleft's fragment as often as a question
    elif question != "what" and not degree:
        noun_end = _noun_subject_end(s, k)
        if noun_end is None:
            return None
        verb_at = noun_end
        verb = s.lowers[verb_at]
        if verb not in _QUESTION_AUXILIARIES:
            return None
        lexical = False
    else:
        return None
    if not s.is_lower(verb_at) or not _ends_with_question_mark(s, verb_at):
        return None
    span = _span(s, i, verb_at)
    opener = _span(s, i, k - 1)
    subject_text = _span(s, k, verb_at - 1)
    if lexical:
        do = "does" if subject in _SINGULAR_SUBJECTS else "do"
        lemma = _lemma_of_s_form(verb) if subject in _SINGULAR_SUBJECTS else verb
        turned = f"{opener} {do} {subject_text} {lemma} ...?"
        suggestions: tuple[str, ...] = ()
    else:
        turned = f"{opener} {s.text(verb_at)} {subject_text} ...?"
        suggestions = (f"{opener} {s.text(verb_at)} {subject_text}",)
    return Hit(
        s.starts[i],
        s.ends[verb_at],
        QUESTION_ORDER,
        f"“{span}”: a direct question puts the verb before its subject (“{turned}”); as a statement or a "
        "heading, drop the question mark",
        suggestions,
    )


def _noun_subject_end(s: Scan, k: int) -> int | None:
    """The index of the word after a noun subject starting at word k: a plural noun ("patients"),
    or a determiner and one or two nouns ("the pain", "your blood pressure"); None if there is none."""
    if s.lowers[k] in _SUBJECT_DETERMINERS:
        for end in (k + 2, k + 3):
            if end >= s.n or not all(s.adjacent(j) and s.is_lower(j + 1) for j in range(k, end)):
                return None
            if s.lowers[end] in _QUESTION_AUXILIARIES:
                nouns = s.lowers[k + 1 : end]
                return end if all(w.isalpha() and w not in CLOSED_CLASS for w in nouns) else None
        return None
    cls = classes(s.lowers[k])
    if PLURAL in cls and NOT_VERB in cls and k + 1 < s.n and s.adjacent(k):
        return k + 1
    return None


def _s_form(word: str) -> bool:
    """A verb's -s form: "affects", or an -s word whose stem is a bare verb ("works", "means")."""
    if VERB_S in classes(word):
        return True
    return word.endswith("s") and not word.endswith("ss") and _is_bare_verb(_lemma_of_s_form(word))


def _lemma_of_s_form(verb: str) -> str:
    """ "works" -> "work", "goes" -> "go", "carries" -> "carry" (a guess good enough for a message)."""
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb


def _ends_with_question_mark(s: Scan, k: int) -> bool:
    """The sentence of word k ends with a question mark within 200 characters, in its block, with no
    clause punctuation before it: after a comma the question may be the main clause of its own
    ("Where it is cheaper, why do people pay more?")."""
    end = min(len(s.prose), s.ends[k] + 200)
    for j in range(s.ends[k], end):
        c = s.prose[j]
        if c == "?":
            return True
        if c in ".!\n,;:":
            return False
    return False


def _times_in_a_day(s: Scan, i: int) -> Hit | None:
    """ "3 times in a day", "4-5 times in a day": a dose's frequency is "times a day" ("in a day" says
    within one day, which a dose schedule never means)."""
    if i == 0 or not s.joinable[i - 1] or not s.adjacent(i) or i + 3 >= s.n:
        return None
    count = s.lowers[i - 1]
    if not (count.isdigit() or count in CARDINALS or re.fullmatch(r"\d+[-\u2013]\d+", count)):
        return None
    if s.lowers[i + 1 : i + 4] != ["in", "a", "day"] or not all(s.joinable[m] for m in (i + 1, i + 2)):
        return None
    # a dose: a verb of taking or applying within the words before, in the same sentence ("It rained three
    # times in a day" counts events within one day)
    j = i - 1
    while j > 0 and i - j < 16 and s.joinable[j - 1]:
        j -= 1
        if s.lowers[j] in _DOSE_VERBS:
            break
    else:
        return None
    if s.lowers[j] not in _DOSE_VERBS:
        return None
    return Hit(
        s.starts[i + 1],
        s.ends[i + 3],
        TIMES_IN_A_DAY,
        f"“{s.text(i)} {_span(s, i + 1, i + 3)}”: a dose's frequency is “{s.text(i)} a day”",
        ("a day",),
        fix_to="a day",
    )


def _span(s: Scan, i: int, k: int) -> str:
    return s.prose[s.starts[i] : s.ends[k]]


def _at_head(s: Scan, i: int) -> bool:
    """A word up to two back takes "at" in English ("look at", "aimed primarily at")."""
    for back in (1, 2):
        j = i - back
        if j < 0 or not s.joinable[j]:
            return False
        if _AT_PERSON_HEADS.fullmatch(s.lowers[j]) or _AT_CONDITION_HEADS.fullmatch(s.lowers[j]):
            return True
    return False


def _at_condition(s: Scan, i: int) -> Hit | None:
    """ "at" + (an adjective) + a condition ending its phrase: "At angina the tonsils swell"; and a
    condition's relative clause opened by "at which" ("a disease at which the tonsils swell": при
    котором), where English writes "in which"."""
    if (
        i > 0
        and s.adjacent(i)
        and s.lowers[i + 1] == "which"
        and (s.lowers[i - 1] in _CONDITION_NOUNS or _condition_by_ending(s.lowers[i - 1]))
        and s.prose[s.ends[i - 1] : s.starts[i]].strip() in ("", ",")
        # "the stage of the pregnancy at which ...": the clause belongs to the noun before "of"
        and not (i > 2 and "of" in s.lowers[i - 3 : i - 1])
        and (i + 2 >= s.n or s.lowers[i + 2] not in _WHICH_POINTS)
    ):
        return Hit(
            s.starts[i],
            s.ends[i + 1],
            AT_CONDITION,
            f"“{s.text(i - 1)} {_span(s, i, i + 1)}”: a condition's clause opens with “in which”, not “at which”",
            ("in which",),
        )
    if _at_head(s, i):
        return None
    k = _noun_after(s, i, _condition, determiners=False)
    if k is None and s.clause_start(i) and not s.is_lower(i):
        # a sentence opened by "At" + a condition named by its ending, with no comma before the main
        # clause: "At strongly expressed dysbacteriosis signs of anemia are shown"
        k = _noun_after(s, i, _condition_by_ending, determiners=False, phrase_end=False)
        if k is not None and k + 1 < s.n and s.lowers[k + 1] in _PLACES:
            k = None  # "At osteoporosis clinics, ...": the condition names a place's speciality
    if k is None:
        return None
    rest = _span(s, i + 1, k)
    return Hit(
        s.starts[i],
        s.ends[k],
        AT_CONDITION,
        f"“{_span(s, i, k)}”: English writes “in”, “with” or “during” before a condition (“in {rest}”, "
        f"“people with {rest}”), not “at”",
        (f"in {rest}", f"with {rest}"),
    )


def _symptom_before(s: Scan, i: int) -> int | None:
    """The symptom word heading the phrase that ends right before word i: "pain" in "pain at", and in
    "pain in the throat at" (the symptom's place between them), or None."""
    j = i - 1
    if j >= 0 and s.joinable[j] and s.lowers[j] in _SYMPTOMS:
        return j
    # "<symptom> in (the|your) <one or two words> at"
    for back in (3, 4, 5):
        j = i - back
        if j < 0 or s.lowers[j] not in _SYMPTOMS or s.lowers[j + 1] != "in":
            continue
        if all(s.joinable[m] for m in range(j, i)) and all(
            w not in CLOSED_CLASS or w in ("the", "your", "his", "her") for w in s.lowers[j + 2 : i]
        ):
            return j
    return None


def _at_action(s: Scan, i: int) -> Hit | None:
    """A symptom + "at" + the action it comes with: "pain at swallowing", "burning at urination",
    "pain in the throat at swallowing"."""
    j = _symptom_before(s, i)
    if j is None or not s.adjacent(i):
        return None
    k = i + 1
    w = s.lowers[k]
    if not s.is_lower(k):
        return None
    action = w in _ACTIONS or (
        w.endswith("ing")
        and len(w) > 5
        and (BARE_VERB in classes(w[:-3]) or BARE_VERB in classes(w[:-3] + "e"))
    )
    if not action or not s.phrase_ends(k):
        return None
    return Hit(
        s.starts[i],
        s.ends[k],
        AT_ACTION,
        f"“{_span(s, i, k)}” after “{s.text(j)}”: English writes “on” or “when” before the action a symptom "
        f"comes with (“{s.text(j)} on {s.text(k)}”, “{s.text(j)} when {s.text(k)}”)",
        (f"on {s.text(k)}", f"when {s.text(k)}"),
    )


def _reception_of(s: Scan, i: int) -> Hit | None:
    """ "reception of (the) antibiotics", "before reception of food": the taking of a medicine."""
    if not (s.adjacent(i) and s.lowers[i + 1] == "of"):
        return None
    # the noun need not end its phrase ("reception of the preparation stops the pain"), but a welcome
    # names who gave it ("the reception of the new drugs by doctors")
    k = _noun_after(s, i + 1, _taken, determiners=True, phrase_end=False)
    if k is None or (s.adjacent(k) and s.lowers[k + 1] == "by"):
        return None
    return Hit(
        s.starts[i],
        s.ends[k],
        RECEPTION_OF,
        f"“{_span(s, i, k)}”: a “reception” is a welcome or a front desk; a medicine or a meal is "
        f"“taken” (“taking {_span(s, i + 2, k)}”)",
        (f"taking {_span(s, i + 2, k)}",),
    )


def _address_to(s: Scan, i: int) -> Hit | None:
    """ "address to the doctor" (a verb): English "see" or "consult" a doctor, with no "to"."""
    if i > 0 and s.joinable[i - 1] and (s.lowers[i - 1] in _DETERMINERS or not s.is_lower(i - 1)):
        return None  # the noun: "his address to the doctors", "Keynote Address to"
    if not s.adjacent(i):
        return None
    if s.lowers[i + 1] == "to":
        k = _noun_after(s, i + 1, _consulted, determiners=True)
        if k is None:
            return None
        return Hit(
            s.starts[i],
            s.ends[k],
            ADDRESS_TO,
            f"“{_span(s, i, k)}”: one “sees”, “consults” or “goes to” a doctor; “address” takes no “to” "
            "before a person",
            (f"see {_span(s, i + 2, k)}", f"consult {_span(s, i + 2, k)}"),
        )
    # the source's verb without its preposition: "it is important to address the gastroenterologist on time"
    # (обратиться к гастроэнтерологу); English addresses a doctor only in speech or a letter, never to be seen
    if s.lowers[i + 1] not in ("the", "a", "an", "your", "their", "his", "her"):
        return None
    k = _noun_after(s, i, _consulted, determiners=True)
    if k is None or s.lowers[k].endswith("s") or s.prose[s.ends[k] : s.ends[k] + 2] in ("'s", "\u2019s"):
        return None  # an audience ("address the doctors at the conference") or a possessive ("the doctor's concerns")
    if not (i > 0 and s.joinable[i - 1] and (s.lowers[i - 1] == "to" or s.lowers[i - 1] in _MODALS_BEFORE)):
        return None  # only the infinitive or a modal's verb: a patient's step ("to address the doctor")
    return Hit(
        s.starts[i],
        s.ends[k],
        ADDRESS_TO,
        f"“{_span(s, i, k)}”: one “sees” or “consults” a doctor; “address” a doctor is to speak or write to one",
        (f"see {_span(s, i + 1, k)}", f"consult {_span(s, i + 1, k)}"),
    )


def _appoint(s: Scan, i: int) -> Hit | None:
    """ "appoint (the) analyses", "assign you a course of treatment": a test or a treatment as the
    object of "appoint", or of "assign" after the patient; a person is what English appoints, and
    "the assigned treatment" of a trial is an adjective."""
    if i > 0 and s.joinable[i - 1] and (s.lowers[i - 1] in _DETERMINERS or not s.is_lower(i)):
        return None
    j = i
    passive = (
        i > 0
        and s.joinable[i - 1]
        and s.lowers[i - 1] in BE_FORMS
        and s.lowers[i] in ("assigned", "appointed")
    )
    if s.lowers[i] in _ASSIGN and not passive:
        if not (s.adjacent(i) and s.lowers[i + 1] in _PATIENT_OBJECTS):
            return None
        j = i + 1
    elif (
        i + 2 < s.n
        and s.adjacent(i)
        and s.lowers[i + 1] == "to"
        and s.adjacent(i + 1)
        and s.lowers[i + 2] in _APPOINTED_TO
    ):
        j = i + 2  # the patient with the source's dative: "appoint to himself the right treatment"
    k = _noun_after(s, j, _ORDERED.__contains__, determiners=True, phrase_end=False)
    if k is None:
        return None
    if s.adjacent(k) and s.lowers[k + 1] in ("group", "groups", "arm", "arms"):
        return None  # a trial's "assign you a treatment group"
    verb = (
        "prescribe"
        if s.lowers[k]
        not in ("examination", "examinations", "analyses", "analysis", "tests", "test", "ultrasound")
        else "order"
    )
    return Hit(
        s.starts[i],
        s.ends[k],
        APPOINT_TREATMENT,
        f"“{_span(s, i, k)}”: a doctor “{verb}s” this; English “appoints” and “assigns” people to posts "
        "and tasks",
        (),
    )


#: Endings of the specialists a patient is sent to, which the word table may not list ("gastroenterologist").
_SPECIALIST_ENDINGS = ("ologist", "ologists", "iatrist", "iatrists")


def _consulted(word: str) -> bool:
    return (
        word in _CONSULTED
        or (word.endswith("s") and PERSON in classes(word[:-1]))
        or PERSON in classes(word)
        or word.endswith(_SPECIALIST_ENDINGS)
    )


def _if_infinitive(s: Scan, i: int) -> Hit | None:
    """ "If not to treat angina, ..." opening a sentence: "if" + ("not") + "to" + a bare verb."""
    if i > 0:
        gap = s.prose[s.ends[i - 1] : s.starts[i]]
        if s.joinable[i - 1] or not (any(c in ".!?" for c in gap) or not gap.strip()):
            return None  # only a sentence's or a block's first word: "as if to say", "slow, if not to stop"
    k = i + 1
    if not s.adjacent(i):
        return None
    if s.lowers[k] == "not":
        if not s.adjacent(k):
            return None
        k += 1
    if s.lowers[k] != "to" or not s.adjacent(k) or not s.is_lower(k + 1):
        return None
    verb = s.lowers[k + 1]
    if not _is_bare_verb(verb):
        return None
    negated = s.lowers[i + 1] == "not"
    return Hit(
        s.starts[i],
        s.ends[k + 1],
        IF_INFINITIVE,
        f"“{_span(s, i, k + 1)}”: an English condition needs a subject and a finite verb "
        f"(“If {'you do not' if negated else 'you'} {verb} ...”, “{'Without' if negated else 'By'} {_ing(verb)} ...”)",
        (),
    )


def _verb_from(s: Scan, i: int) -> Hit | None:
    """ "refuses from food", "consists from", "depends from": the source verb's preposition."""
    if not (s.adjacent(i) and s.lowers[i + 1] == "from" and s.is_lower(i)):
        return None
    english = _FROM_VERBS[s.lowers[i]]
    return Hit(
        s.starts[i],
        s.ends[i + 1],
        VERB_PREPOSITION,
        f"“{_span(s, i, i + 1)}”: English writes “{english}” (no “from”)",
        (),
    )


def _verb_lead(s: Scan, i: int) -> bool:
    """Word i is a verb by the word before it ("should refrain", "do not contact")."""
    if i == 0 or not s.joinable[i - 1]:
        return False
    before = s.lowers[i - 1]
    return before in _VERB_LEADS or before.endswith(("n't", "n\u2019t"))


def _refrain_object(s: Scan, i: int) -> Hit | None:
    """ "should refrain blood thinner medications": "refrain" (the verb, after a modal, "to" or "please")
    with an object and no "from"; "refrain" takes "from" ("a common refrain" is the noun)."""
    if not (_verb_lead(s, i) and s.adjacent(i) and s.is_lower(i + 1)):
        return None
    nxt = s.lowers[i + 1]
    if nxt == "from" or nxt.endswith("ly") or nxt in CLOSED_CLASS - _DETERMINERS or not nxt.isalpha():
        return None
    return Hit(
        s.starts[i],
        s.ends[i + 1],
        VERB_PREPOSITION,
        f"“{_span(s, i, i + 1)}”: “refrain” takes “from” before what is given up (“refrain from {nxt}”)",
        (f"{s.text(i)} from {s.text(i + 1)}",),
    )


def _interfere_object(s: Scan, i: int) -> Hit | None:
    """ "alcohol will interfere the metabolism of glucose": "interfere" with a determiner's noun phrase
    straight after it, where English writes "interfere with"."""
    if not (s.adjacent(i) and s.is_lower(i + 1) and s.lowers[i + 1] in _DETERMINERS):
        return None
    return Hit(
        s.starts[i],
        s.ends[i + 1],
        VERB_PREPOSITION,
        f"“{_span(s, i, i + 1)}”: “interfere” takes “with” before what it disturbs (“{s.text(i)} with "
        f"{s.text(i + 1)}”)",
        (f"{s.text(i)} with {s.text(i + 1)}",),
    )


def _contact_with(s: Scan, i: int) -> Hit | None:
    """ "shouldn't contact with the pillow", "did not contact with me": the verb "contact" (after a modal,
    "to" or "not") with "with", where English writes "touch", "contact" alone or "come into contact with"
    ("limited to contact with a research assistant" is the noun after a preposition: "to" before it is
    read as the infinitive's only when a verb or an adjective does not precede it)."""
    if not (_verb_lead(s, i) and s.adjacent(i) and i + 1 < s.n and s.lowers[i + 1] == "with"):
        return None
    if s.lowers[i - 1] == "to" and i > 1 and s.joinable[i - 2]:
        before = s.lowers[i - 2]
        if before not in (
            "try",
            "tries",
            "tried",
            "want",
            "wants",
            "need",
            "needs",
            "please",
        ) and not before.endswith(("ed", "ing")):
            return None  # "limited to contact with", "exposure to contact with": the noun
        if before.endswith("ed"):
            return None
    return Hit(
        s.starts[i],
        s.ends[i + 1],
        VERB_PREPOSITION,
        f"“{_span(s, i, i + 1)}”: the verb “contact” takes its object with no “with” (or write “come into "
        "contact with”, “touch”)",
        ("come into contact with", "touch"),
    )


def _remedy_from(s: Scan, i: int) -> Hit | None:
    """A remedy + "from" + a condition: "medicine from cough", "vaccination from the flu"."""
    if i == 0 or not s.joinable[i - 1] or not s.adjacent(i):
        return None
    remedy = s.lowers[i - 1]
    if remedy not in _REMEDIES and not _taken(remedy):
        return None
    k = _noun_after(s, i, _condition, determiners=True)
    if k is None:
        return None
    word = "against" if remedy.startswith(("vaccin", "inocul")) else "for"
    return Hit(
        s.starts[i - 1],
        s.ends[k],
        REMEDY_FROM,
        f"“{_span(s, i - 1, k)}”: a remedy is “for” a condition (a vaccine “against” it), not “from” it",
        (f"{s.text(i - 1)} {word} {_span(s, i + 1, k)}",),
    )


def _allow_to(s: Scan, i: int) -> Hit | None:
    """ "allows to reduce": "allow" and "enable" take an object before the infinitive."""
    if not (s.adjacent(i) and s.lowers[i + 1] == "to" and s.adjacent(i + 1) and s.is_lower(i + 2)):
        return None
    verb = s.lowers[i + 2]
    if not _is_bare_verb(verb):
        return None
    head = s.text(i)
    return Hit(
        s.starts[i],
        s.ends[i + 2],
        ALLOW_TO,
        f"“{_span(s, i, i + 2)}”: “{head}” needs an object before the infinitive (“{head} you to {verb}”, "
        f"“{head} doctors to {verb}”) or an -ing form",
        (),
    )


def _recommend_to(s: Scan, i: int) -> Hit | None:
    """ "Therapists strongly recommend to listen", "doctors advise to drink": "recommend" and
    "suggest" take an -ing form or a that-clause, "advise" an object before the infinitive; a noun
    after "to" is the one advised ("recommend it to patients"), so the word after "to" must be a
    bare verb that is no noun ("listen", "consult") or one followed by its object ("take the pills")."""
    if s.lowers[i].startswith("suggest") and s.adjacent(i) and s.lowers[i + 1] in _SUGGESTED:
        return _suggest_object_to(s, i) or _recommend_double_object(s, i)
    if s.lowers[i].startswith("recommend") and s.adjacent(i) and s.lowers[i + 1] in _SUGGESTED:
        return _recommend_double_object(s, i)
    if not (s.adjacent(i) and s.lowers[i + 1] == "to" and s.adjacent(i + 1) and s.is_lower(i + 2)):
        return None
    verb = s.lowers[i + 2]
    if s.lowers[i].startswith("avoid") and verb not in _AVOIDED_ACTIVITIES:
        return None  # "the foods you should avoid to reduce your risk": a purpose after a fronted object
    cls = classes(verb)
    if VERB_ONLY not in cls:
        if not _is_bare_verb(verb) or i + 3 >= s.n or not s.adjacent(i + 2):
            return None
        if s.lowers[i + 3] not in _OBJECT_STARTS:
            return None
    head = s.text(i)
    lemma = s.lowers[i]
    if lemma.startswith("advis"):
        how = f"“{head} patients to {verb}” or “{head} {_ing(verb)}”"
    elif lemma.startswith("avoid"):
        how = f"“{head} {_ing(verb)}”"
    else:
        how = f"“{head} {_ing(verb)}” or “{head} that you {verb}”"
    return Hit(
        s.starts[i],
        s.ends[i + 2],
        RECOMMEND_TO,
        f"“{_span(s, i, i + 2)}”: “{head}” takes no bare to-infinitive: {how}",
        (f"{head} {_ing(verb)}",),
    )


#: The activities a learner's "avoid to" names ("avoid to eat spicy food", "avoid to lift heavy things"); a verb of
#: purpose after "avoid" ("the foods you should avoid to reduce your risk") follows an object fronted by a relative
#: clause and is English
_AVOIDED_ACTIVITIES = frozenset(
    "eat drink take use go do consume smoke sit stand touch apply wear sleep walk lift expose scratch have drive "
    "bathe swim run cook chew".split()
)
#: Objects "suggest" is given before a to-infinitive by learners ("I suggest you to decrease").
_SUGGESTED = frozenset("you him her them us me patients people everyone".split())


def _suggest_object_to(s: Scan, i: int) -> Hit | None:
    """ "I will suggest you to decrease the sugar": "suggest" + a person + "to" + a bare verb, where English
    writes "suggest that you decrease" or "suggest decreasing" (unlike "advise you to")."""
    k = i + 2
    if not (
        s.adjacent(i + 1) and k + 1 < s.n and s.lowers[k] == "to" and s.adjacent(k) and s.is_lower(k + 1)
    ):
        return None
    verb = s.lowers[k + 1]
    if not _is_bare_verb(verb):
        return None
    head, who = s.text(i), s.text(i + 1)
    return Hit(
        s.starts[i],
        s.ends[k + 1],
        RECOMMEND_TO,
        f"“{_span(s, i, k + 1)}”: “{head}” takes a that-clause or an -ing form, not a person and a "
        f"to-infinitive (“{head} that {who} {verb}”)",
        (f"{head} that {who} {verb}",),
    )


#: What opens the thing recommended after the person ("recommend you a daily multivitamin").
_RECOMMENDED_OPENS = frozenset("a an the some this these that any".split())


def _recommend_double_object(s: Scan, i: int) -> Hit | None:
    """ "your doctor might recommend you a daily multivitamin": "recommend" and "suggest" take no person
    before the thing, as "give" does; English writes "recommend a daily multivitamin (to you)" or "recommend
    that you take". Only a pronoun person and a determiner after it ("describe them to their friends" is
    another verb and another frame)."""
    k = i + 2
    if not (
        s.lowers[i + 1] in _OBJECT_PRONOUNS
        and k < s.n
        and s.adjacent(i + 1)
        and s.lowers[k] in _RECOMMENDED_OPENS
    ):
        return None
    if k + 1 >= s.n or not s.adjacent(k) or not s.is_lower(k + 1):
        return None
    head, who, what = s.text(i), s.text(i + 1), s.text(k)
    return Hit(
        s.starts[i],
        s.ends[k],
        RECOMMEND_TO,
        f"“{_span(s, i, k)}”: “{head}” takes the thing as its object, not a person before it "
        f"(“{head} {what} ... to {who}” or “{head} that {who} take ...”)",
        (),
    )


def _allow_object_bare(s: Scan, i: int) -> Hit | None:
    """ "allow you shed pounds", "enables them breathe": a pronoun object and a bare verb with no
    "to" between; the verb one that is no noun or followed by its object ("shed pounds")."""
    if not (i + 2 < s.n and s.adjacent(i) and s.lowers[i + 1] in _OBJECT_PRONOUNS and s.adjacent(i + 1)):
        return None
    if not s.is_lower(i + 2):
        return None
    verb = s.lowers[i + 2]
    cls = classes(verb)
    if VERB_ONLY not in cls:
        if not _is_bare_verb(verb) or verb in CLOSED_CLASS:
            return None
        if not (
            i + 3 < s.n
            and s.adjacent(i + 2)
            and (s.lowers[i + 3] in _OBJECT_STARTS or _dose_object(s.lowers[i + 3]))
        ):
            return None
    head, obj = s.text(i), s.text(i + 1)
    return Hit(
        s.starts[i],
        s.ends[i + 2],
        ALLOW_TO,
        f"“{_span(s, i, i + 2)}”: after “{head} {obj}” the verb needs “to” (“{head} {obj} to {s.text(i + 2)}”)",
        (f"{head} {obj} to {s.text(i + 2)}",),
    )


def _dose_object(word: str) -> bool:
    """A noun object after a bare verb, by its word class ("burn calories", "take pills")."""
    cls = classes(word)
    return NOT_VERB in cls or PLURAL in cls


#: Words that may stand between the two forms ("is not be", "is always mistakenly be").
_BETWEEN_BE = frozenset("not always never often also still just sometimes".split())
#: Finite forms of "be" that no second "be" may follow.
_FINITE_BE = frozenset("is are was were am isn't aren't wasn't weren't".split())


def _double_be(s: Scan, i: int) -> Hit | None:
    """ "if it is not be prevented": a finite "be", then "not" or up to two "-ly" adverbs, then "be"
    and a participle ("-ed", "-en" or a past form of the word classes)."""
    if i + 1 >= s.n or not s.adjacent(i) or not s.is_lower(i + 1):
        return None
    participle = s.lowers[i + 1]
    if (
        not (participle.endswith(("ed", "en")) or VERB_PAST in classes(participle))
        or participle in CLOSED_CLASS
    ):
        return None
    k = i - 1
    for _ in range(3):
        if k < 0 or not s.joinable[k]:
            return None
        w = s.lowers[k].replace("\u2019", "'")
        if w in _FINITE_BE:
            break
        if w not in _BETWEEN_BE and not (w.endswith("ly") and len(w) > 3):
            return None
        k -= 1
    else:
        return None
    span = _span(s, k, i + 1)
    fixed = _span(s, k, i - 1) + " " + s.text(i + 1)
    modal = "cannot" if "not" in s.lowers[k:i] else "can"
    return Hit(
        s.starts[k],
        s.ends[i + 1],
        DOUBLE_BE,
        f"“{span}”: two forms of “be” before the participle; write “{fixed}”, or a modal "
        f"(“{modal} be {participle}”)",
        (fixed,),
    )


def _causative_s(s: Scan, i: int) -> Hit | None:
    """ "make a person suffers", "it makes it looks worse": a causative verb, its object (a pronoun
    or a determiner and a person noun) and a verb's -s form that is no plural noun."""
    k = i + 1
    if k >= s.n or not s.adjacent(i) or not s.is_lower(k):
        return None
    if s.lowers[k] in ("a", "the", "your", "each", "every") and k + 1 < s.n and s.adjacent(k):
        if PERSON not in classes(s.lowers[k + 1]) and s.lowers[k + 1] not in ("person", "patient", "child"):
            return None
        k += 1
    elif s.lowers[k] not in _CAUSED:
        return None
    v = k + 1
    if v >= s.n or not s.adjacent(k) or not s.is_lower(v):
        return None
    verb = s.lowers[v]
    cls = classes(verb)
    if VERB_S not in cls or PLURAL in cls or NOT_VERB in cls:
        return None
    bare = _lemma_of_s_form(verb)
    return Hit(
        s.starts[i],
        s.ends[v],
        CAUSATIVE_S,
        f"“{_span(s, i, v)}”: after “{s.text(i)}” and its object the verb is bare: “{_span(s, i, k)} {bare}”",
        (f"{_span(s, i, k)} {bare}",),
    )
