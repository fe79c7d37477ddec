"""MT108's scan of a document's words and the pattern tests that need more than a table look-up
(article form, verb forms, bare verbs, pronoun agreement, paired conjunctions, "according to",
uncountable plurals, missing articles). Each test returns a ``Hit`` or nothing; the rule in
MT108.py decides severity, quotation and heading context, and fixes."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from ...document import LIST_ITEM, PARAGRAPH, Document
from ...text.lexicon import infinitive_heads
from ...text.readability import syllable_table
from ...text.word_classes import (
    BARE_VERB,
    MODAL_COMPOUND,
    PERSON,
    PERSON_ADJECTIVE,
    PLURAL,
    SINGULAR,
    VERB_ONLY,
    VERB_PAST,
    VERB_PAST_NOUN,
    VERB_S,
    classes,
)
from ...text.word_frequency import is_rarer_than, zipf_of
from ._grammar_words import (
    _CLAUSE_PUNCT,
    _CLAUSE_WORDS,
    _COUNT_DETERMINERS,
    _END_PUNCT,
    _VOWEL_LETTERS,
    _VOWEL_PHONES,
    ACCORDING_TO,
    AGREEING_VERBS,
    ARTICLE_FORM,
    ARTICLE_VERB_DETERMINERS,
    BARE_OBJECT_VERBS,
    BARE_VERB_FORM,
    BE_BARE,
    BE_FINITE,
    CALQUE_PREPOSITIONS,
    CLAUSE_OPENERS,
    CLAUSE_SUBJECTS,
    CLOSED_CLASS,
    CONJUNCTION_PAIR,
    CONSONANT_EITHER_WAY,
    COORDINATORS,
    DO_FORMS,
    DO_WORDS,
    ELLIPSIS_HEADS,
    EXISTENTIAL_OBJECTS,
    FIRST_DETERMINERS,
    GENDERED_PRONOUN,
    GENDERED_PRONOUNS,
    HAVE_FORMS,
    INVERTED_VERBS,
    INVERTERS,
    INVERTING_AUXILIARIES,
    IRREGULAR_BARE,
    LET_DETERMINERS,
    LETTER_NAMES,
    MAX_INVERSION_SPAN,
    MID_ADVERBS,
    MIN_PARAGRAPH_SENTENCES,
    MIN_SENTENCES_BEFORE_PRONOUN,
    MISSING_ARTICLE,
    MODALS,
    NEGATIVE_INVERSION,
    NEGATIVE_PREPOSITIONS,
    NOMINATIVE_PRONOUNS,
    NON_THIRD,
    NOUN_LIKE_MODALS,
    NOUN_OPENERS,
    OBJECT_OPENERS,
    OBJECT_PRONOUNS,
    ONLY_PREPOSITIONS,
    ONLY_SUBORDINATORS,
    PAIRED_CONJUNCTIONS,
    PARENTHETICAL_ADVERBS,
    PAST_FOR_PARTICIPLE,
    PERFECT_ADVERBS,
    PERSON_DETERMINERS,
    PERSON_WORDS,
    PIECE_NOUNS,
    RARE_NAME_ZIPF,
    REGISTER_COUNT_PLURALS,
    RELATIVES,
    REPORTING_VERBS,
    SAID,
    SPELT_VOWELS,
    SUBJECT_PRONOUNS,
    SUBJECT_STARTS,
    SUBJECT_VERB,
    SUBJECT_VERBS_AFTER,
    SUBJUNCTIVE_OPENERS,
    THERE_MISSING_VERB,
    THERE_VERBS,
    THIRD_SINGULAR,
    TO_LESS_MODALS,
    TRIGGERS,
    UNCOUNTABLE_PLURAL,
    UNCOUNTABLE_PLURALS,
    VERB_FORM,
    VERB_LIKE_UNCOUNTABLES,
    VERB_SUBJECTS,
    VOWEL_EITHER_WAY,
    VOWEL_NAMED,
)


class Hit(NamedTuple):
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


class Scan:
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
        """Word i is written in lower case. The slice is ``text``'s, made here: of all the shared
        tests this one is asked most (about every other word), and a nested call was a third of it."""
        return self.prose[self.starts[i] : self.ends[i]] == self.lowers[i]

    def adjacent(self, i: int) -> bool:
        """Word i and word i+1 are separated by plain space in one block."""
        return i + 1 < self.n and self.joinable[i] == 1  # (0 or 1: a comparison, not a call of bool)

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
        if nxt in AGREEING_VERBS or nxt in ("were", "was") or nxt in MODALS:
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
            if nxt in _PHRASE_OPENING_QUANTIFIERS:
                return True  # a determiner or quantifier opens the next phrase ("much calories every day")
            # a verb that is no noun ("these patient think" is no compound like "patient records")
            cls = classes(nxt)
            return VERB_ONLY in cls or (VERB_S in cls and PLURAL not in cls)
        stripped = gap.strip()
        if not stripped:
            return True  # a block boundary
        return stripped[0] in _END_PUNCT and (coordinator or stripped[0] != ",")


#: Determiners and quantifiers outside the closed-class table that never continue the noun phrase
#: before them: after a noun they open the next phrase ("too much calories every day") or float
#: after its head ("the patients all improved")
_PHRASE_OPENING_QUANTIFIERS = frozenset("every each another some any no all both either neither".split())


def article_form(s: Scan, article: str, i: int, nxt: str) -> Hit | None:
    """ "a" before a vowel sound or "an" before a consonant sound, by the CMU Pronouncing
    Dictionary's first phone of the next word (or of its first part: "x-ray"). Words the
    dictionary lacks and words whose spelling and sound disagree in every dictionary
    pronunciation are left alone; "h" words go to ``_h_article``, a letter before a hyphen is said
    by its name, and capitalised words (acronyms) go to ``spelt_article_form``."""
    written = s.text(i + 1)
    # a word capitalised as a name or an adjective of one ("a Ayurvedic herb", "a Indian remedy") is said as
    # the lower-case word is; an all-capital or mixed-case one is an acronym, said by its letters
    titled = (
        len(written) > 2
        and written[0].isupper()
        and written[1:].replace("-", "").isalpha()
        and (written[1:].islower())
    )
    spelt = not s.is_lower(i + 1) and not titled
    if not spelt and (nxt in CLOSED_CLASS or (nxt in TRIGGERS and nxt not in CALQUE_PREPOSITIONS)):
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
    if spelt:
        return spelt_article_form(s, article, i)
    head = nxt.split("-", 1)[0].split("'", 1)[0]
    if len(head) == 1 and head.isalpha() and head != "h" and "-" in nxt:
        # a letter before a hyphen is said by its name ("an x-ray", "an e-cigarette", "a U-turn")
        return _article_hit(s, article, i, head in VOWEL_NAMED, f"“{head}” is said “{LETTER_NAMES[head]}”")
    if not head.isalpha() or len(head) < 2:
        return None
    if head[0] == "h":
        return _h_article(s, article, i, head)
    vowel = _vowel_sound(head)
    if vowel is None and article == "a" and head[0] in "ai" and zipf_of(head) is not None:
        # a word the dictionary lacks but English writes ("ayurvedic", "autosomal"): an "a" or "i" opening is a
        # vowel sound in every English word, whereas "e", "o" and "u" open "Europe", "once" and "unit" with a
        # consonant; a word no table holds ("a autormmune") is a misspelling, TX109's, not an article's slip
        vowel = True
    if vowel is None:
        return None
    if vowel == (article == "an"):
        return None
    # a vowel letter read as a consonant ("a university") or a consonant letter read as a vowel
    # ("an MRI", lower-cased) is where the dictionary's first pronunciation may not be everyone's
    if vowel != (head[0] in _VOWEL_LETTERS) and head[0] not in ("u", "o", "e"):
        return None
    return _article_hit(
        s, article, i, vowel, f"“{nxt}” begins with a {'vowel' if vowel else 'consonant'} sound"
    )


def _article_hit(s: Scan, article: str, i: int, vowel: bool, why: str) -> Hit | None:
    """The finding when ``article`` does not fit a word that begins with a vowel sound (``vowel``)
    or a consonant one; ``why`` says how the sound is known."""
    if vowel == (article == "an"):
        return None
    right = "an" if vowel else "a"
    written = s.text(i)
    fixed = right.capitalize() if written[:1].isupper() else right
    return Hit(
        s.starts[i],
        s.ends[i],
        ARTICLE_FORM,
        f"“{written} {s.text(i + 1)}”: {why}, so “{right}”",
        (fixed,),
        fix_to=fixed,
        safe=True,
    )


def _h_article(s: Scan, article: str, i: int, head: str) -> Hit | None:
    """An "h" word: "a" before one whose "h" is silent in every dictionary pronunciation ("a hour",
    "a honest"), "an" before one whose "h" is said in every pronunciation and opens a stressed
    syllable ("an hospital", "an healthy"). "an historic", "an hotel" (an unstressed first
    syllable: old-fashioned, not wrong) and "a herb" / "an herb" (said both ways) are left alone."""
    prons = _pronunciations(head)
    if not prons:
        return None
    if article == "a":
        if all(p[0] in _VOWEL_PHONES for p in prons):
            return _article_hit(s, article, i, True, f"the “h” of “{head}” is silent")
        return None
    if all(p.startswith("HH ") and _first_vowel_stressed(p) for p in prons):
        return _article_hit(
            s, article, i, False, f"the “h” of “{head}” is said and opens a stressed syllable"
        )
    return None


def _first_vowel_stressed(phones: str) -> bool:
    """The first vowel of a CMU pronunciation carries the primary stress."""
    return next((p for p in phones.split() if p[-1].isdigit()), "")[-1:] == "1"


def spelt_article_form(s: Scan, article: str, i: int) -> Hit | None:
    """ "a" or "an" before an acronym or a letter-prefixed word, whose sound is that of its first
    letter's name when it is spelt out ("an MRI", "an FDA-approved drug", "a UTI", "an mRNA
    vaccine"). Fires only where the sound is the same however the word may be read: an all-capital
    word with no vowel letter cannot be said as a word ("an NHS clinic"); one the CMU dictionary
    holds is read as the dictionary says, and only when that agrees with the spelt-out sound ("an
    MRI", but "NASA", "NICE", "SARS", "LED" are said as words: left alone); for one it lacks, a
    first letter whose name and whose sound in a word agree decides ("a CT scan", "a DNA test",
    "an ICU"), and a "U" or vowel opening only when every dictionary word that begins with the
    same letters begins with the same sound ("a UTI": "utility", "utilize"). "H" is said "aitch"
    and "haitch": left alone."""
    token = s.text(i + 1)
    head = token.split("-", 1)[0].split("'", 1)[0].split("\u2019", 1)[0]
    if not head.isalpha() or not head.isascii():
        return None
    first = head[0].lower()
    if first == "h":
        return None
    if len(head) == 1:
        if "-" not in token:
            return None
        return _article_hit(s, article, i, first in VOWEL_NAMED, f"“{head}” is said “{LETTER_NAMES[first]}”")
    if head[0].islower() and head[1].isupper():
        # "mRNA", "siRNA"-like prefixes: a lower-case letter before capitals is said by its name
        sound: bool | None = first in VOWEL_NAMED
    elif head.isupper():
        sound = _acronym_sound(head.lower())
    else:
        return None
    if sound is None:
        return None
    return _article_hit(
        s,
        article,
        i,
        sound,
        f"“{head}” begins with the {'vowel' if sound else 'consonant'} sound of “{LETTER_NAMES[first]}”",
    )


@functools.lru_cache(maxsize=1024)
def _acronym_sound(low: str) -> bool | None:
    """Whether an all-capital word (lower-cased) begins with a vowel sound however it is read,
    or None when spelling it out and saying it as a word may differ (see ``spelt_article_form``)."""
    first = low[0]
    letter = first in VOWEL_NAMED
    if SPELT_VOWELS.isdisjoint(low):
        return letter  # "NHS", "STD", "MS": no vowel to say it with
    prons = _pronunciations(low)
    if prons:
        return letter if all((p[0] in _VOWEL_PHONES) == letter for p in prons) else None
    if first in CONSONANT_EITHER_WAY:
        return letter
    if first == "u" or first in VOWEL_EITHER_WAY:
        words = _prefix_pronunciations(low[:3] if first == "u" else low[:2])
        if len(words) >= 2 and all((p[0] in _VOWEL_PHONES) == letter for p in words):
            return letter
    return None


@functools.lru_cache(maxsize=4096)
def _pronunciations(word: str) -> tuple[str, ...]:
    """Every CMU pronunciation of ``word`` ("hour": "AW1 ER0", "AW1 R")."""
    table = syllable_table()
    out = []
    first = table.phones(word)
    k = 2
    while first is not None:
        out.append(first)
        first = table.phones(f"{word}({k})")
        k += 1
    return tuple(out)


@functools.lru_cache(maxsize=256)
def _prefix_pronunciations(prefix: str) -> tuple[str, ...]:
    """The CMU pronunciations of every word that begins with ``prefix``."""
    return tuple(syllable_table().phones_with_prefix(prefix))


#: ``verb_form``'s mark for a derived noun after a modal.
NOMINAL = "nominal"
#: Endings of nouns derived from verbs and adjectives ("medication", "treatment", "diagnosis").
_NOMINAL_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "sis")


def _nominal_noun(word: str) -> bool:
    """A derived singular noun with no verb reading in the word-class table ("medication",
    "diagnosis", "self-medication"; not "experience", "function" or "comment", verbs too)."""
    if word.startswith("self-"):
        word = word[5:]
    if not word.endswith(_NOMINAL_ENDINGS):
        return False
    cls = classes(word)
    return SINGULAR in cls and not (set(cls) & {BARE_VERB, VERB_ONLY, VERB_S, VERB_PAST, VERB_PAST_NOUN})


def verb_form(s: Scan, head: str, i: int, nxt: str) -> Hit | None:
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
    form = VERB_S if VERB_S in cls else VERB_PAST if VERB_PAST in cls else None
    if form is None and VERB_PAST_NOUN in cls:
        # a past form that is also a noun ("can led", "may thought"): no bare verb, and a noun never
        # follows a modal or "do not" either
        form = VERB_PAST_NOUN
    if form is None and _regular_past(s.lowers[k], cls):
        # a regular past form the table leaves without a letter, being an adjective too ("used",
        # "lessened"): after a modal no adjective stands either ("can used")
        form = VERB_PAST
    if form is None and head in MODALS and _nominal_noun(s.lowers[k]):
        # a derived noun that is no verb ("should not self-medication", "your doctor will diagnosis
        # it"): machine translation's noun for the source's verb
        form = NOMINAL
    if form is None and head in MODALS and s.lowers[k].endswith("ing"):
        # an -ing form after a modal ("may involving", "will being to suffer"): the bare verb it was made from,
        # which the table knows ("bring", "sing" are bare verbs themselves, and a noun in -ing is no verb)
        stem = _ing_stem(s.lowers[k])
        if stem is not None and BARE_VERB not in cls:
            form = ING
    if head == "should" and PLURAL in cls and not (i > 0 and s.lowers[i - 1] in SUBJECT_PRONOUNS):
        return None  # an inverted condition: "trials should results prove positive"
    if (
        form is None
        or s.clause_start(i)
        or (i > 0 and s.lowers[i - 1] in INVERTERS and not _relative(s, i - 1))
    ):
        return None
    if head in NOUN_LIKE_MODALS and not _modal_subject(s, head, i):
        return None
    # a question inverts subject and modal ("Which drugs can cells absorb?")
    end = s.prose.find("?", s.ends[k], s.ends[k] + 200)
    stop = min((x for x in (s.prose.find(c, s.ends[k]) for c in ".!\n") if x >= 0), default=len(s.prose))
    if 0 <= end < stop:
        return None
    word = s.text(k)
    if form == NOMINAL:
        return Hit(
            s.starts[i],
            s.ends[k],
            VERB_FORM,
            f"“{s.prose[s.starts[i] : s.ends[k]]}”: “{s.text(i)}” takes a verb, not the noun “{word}”",
        )
    if form == ING:
        stem = _ing_stem(s.lowers[k]) or word
        return Hit(
            s.starts[i],
            s.ends[k],
            VERB_FORM,
            f"“{s.prose[s.starts[i] : s.ends[k]]}”: “{s.text(i)}” takes the bare verb, not an -ing form "
            f"(“{s.text(i)} {stem}”)",
            # "will being to suffer" may be "will begin" mistyped: no one reading is offered for "being"
            (f"{s.text(i)} {stem}",) if stem != "be" else (),
        )
    kind = "an -s form" if form == VERB_S else "a past form"
    return Hit(
        s.starts[i],
        s.ends[k],
        VERB_FORM,
        f"“{s.prose[s.starts[i] : s.ends[k]]}”: “{s.text(i)}” takes the bare verb, not {kind} (“{word}”)",
        classed=((s.lowers[k], form),),
    )


#: ``verb_form``'s mark for an -ing form after a modal.
ING = "ing"


def _ing_stem(word: str) -> str | None:
    """The bare verb an -ing form was made from ("involving" -> "involve", "being" -> "be"), or None. (The
    construction scan reads -ing forms too and imports this module, so its helper is imported here at call
    time.)"""
    from ._construction_scan import _bare_of_ing

    return "be" if word == "being" else _bare_of_ing(word)


#: Possessives before a word that may be an adjective of the noun "will" ("his own will").
_POSSESSIVES = frozenset("my your his her its our their".split())


def _unclassed_noun(s: Scan, j: int, cls: str) -> bool:
    """Word j, which the word-class table leaves without a letter, may be a noun before a modal
    ("swelling can", "the bones can", "encephalopathy may"): a lower-case word, no closed-class word
    and no adjective-only WordNet lemma (MT108's bare-noun table: "strong will")."""
    if cls:
        return False
    word = s.lowers[j]
    if not word.isalpha() or word in CLOSED_CLASS or not s.is_lower(j):
        return False
    from ._grammar_bare import table

    return word not in table().adjectives


def _regular_past(word: str, cls: str) -> bool:
    """``word`` (letters ``cls``) is a regular past form of a bare verb of the word-class table
    ("used", "lessened", "stopped", "tried"); never one in "-eed", a bare verb itself ("feed", "seed")."""
    if cls or len(word) < 4 or not word.endswith("ed") or word.endswith("eed"):
        return False
    stems = [word[:-1], word[:-2]]
    if word[-3] == word[-4]:
        stems.append(word[:-3])
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")
    return any(BARE_VERB in classes(stem) for stem in stems)


def _relative(s: Scan, j: int) -> bool:
    """Word j ("which", "who") is a relative pronoun inside a sentence, the subject of the modal
    after it ("alcohol, which can harm"), not a question word inverting one ("Which drugs can")."""
    if s.lowers[j] not in ("which", "who") or j == 0:
        return False
    gap = s.prose[s.ends[j - 1] : s.starts[j]]
    return len(gap) <= 3 and not any(c in ".!?\n" for c in gap)


#: Determiners before the noun a modal's subject may be ("the drug may", "this pain should").
_NOUN_PHRASE_DETERMINERS = frozenset(
    "the this that these those its their his her our your my each every".split()
)


def _modal_subject(s: Scan, head: str, i: int) -> bool:
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
    if before in MID_ADVERBS and before != "not":
        return True  # "also can", "often may": a noun "can" or "will" takes no adverb before it
    if before in ("and", "or", "but") and not s.clause_start(j):
        return True  # "or may", "and can": a second verb of the subject before the coordinator
    cls = classes(before)
    if PLURAL in cls or PERSON in cls:
        return True
    if head in ("can", "will"):
        # the first word of a compound on "can" or "will" makes them nouns ("the trash can", "a
        # living will"); otherwise a singular noun ("the heart can") or a word opening the clause
        # ("Smoking can", "Ephedra can", "This can") is the modal's subject. An adjective is not read
        # as one ("her strong will kept her going", "his own will")
        if before == "this" and s.clause_start(j):
            return True
        if MODAL_COMPOUND in cls or before in CLOSED_CLASS:
            return False
        if s.clause_start(j):
            return True
        if SINGULAR in cls or (BARE_VERB in cls and VERB_ONLY not in cls):
            return True
        return _unclassed_noun(s, j, cls) and not (j > 0 and s.lowers[j - 1] in _POSSESSIVES)
    if SINGULAR in cls or _unclassed_noun(s, j, cls):
        return True
    # "should", "must", "might" and lower-case "may" are nouns only after a determiner or
    # possessive ("a must", "all his might"); so a noun that is also a verb ("drug", "pain") after
    # one is the modal's subject ("the drug may caused"), as is a word opening the clause
    if s.clause_start(j):
        return before not in CLOSED_CLASS
    k = j - 1
    return (
        k >= 0 and bool(s.joinable[k]) and s.lowers[k] in _NOUN_PHRASE_DETERMINERS and not s.clause_start(i)
    )


#: Words after "be" and a verb that is also a noun that make the verb a passive's ("can be cure easily", "should be
#: treat with antibiotics", "is cause by stress"): an agent or instrument, or a manner adverb in -ly
_PASSIVE_AFTER = frozenset({"by", "with", "through", "using"})


def _passive_complement(s: Scan, trigger: str, verb_at: int) -> bool:
    """The word after a bare verb that is also a noun ("cure", "treat", "control", "cause") reads it as a passive
    missing its "-ed" (s64): after "be", "been" or "being", "by", "with", "through", "using" or an -ly adverb ("can be
    control with diet", "can be cure easily"); after "is", "are", "was" or "were" only "by" ("is cause by stress"),
    since "The problem is pain with movement" is a noun. "There will be change." and "It can be cause for concern"
    have no such word after them."""
    j = verb_at + 1
    if j >= s.n or not s.adjacent(verb_at) or not s.is_lower(j):
        return False
    after = s.lowers[j]
    from ._grammar_bare import comparative  # imported here: _grammar_bare reads this module's Scan

    if comparative(s.lowers[verb_at]):
        return False  # "appears to be lower with trientine": a comparative adjective
    if after == "by" and j + 1 < s.n and s.lowers[j + 1] == s.lowers[verb_at]:
        return False  # "were step by step re-connected": the repeated noun of an adverbial
    if trigger in BE_BARE:
        return after in _PASSIVE_AFTER or (after.endswith("ly") and len(after) > 4 and not classes(after))
    return after == "by"


def bare_verb(s: Scan, trigger: str, i: int, nxt: str, disabled: set[str]) -> Hit | None:
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
    elif trigger in HAVE_FORMS and (perfect := _perfect_past(s, i)) is not None:
        return perfect
    elif trigger in BE_BARE or trigger in HAVE_FORMS or trigger in BE_FINITE:
        verb_at, verb = k, nxt
        if nxt in MID_ADVERBS and trigger not in HAVE_FORMS:
            # (s61) a mid-position adverb between "be" and the verb changes nothing: "the rash is usually disappear",
            # "is not recommend for children", "is also require by law" (3 in 4.9M clean words, 2 of them errors and
            # the third a pseudo-cleft, which is read below; a verb that is also a noun, "is generally start", is left:
            # "The first sign is usually pain" has the same shape)
            if after is None:
                return None
            verb_at, verb = k + 1, after
        cls = classes(verb)
        if (
            VERB_ONLY not in cls
            and not (trigger in BE_BARE and verb in IRREGULAR_BARE)
            and not (
                BARE_VERB in cls and trigger not in HAVE_FORMS and _passive_complement(s, trigger, verb_at)
            )
        ):
            return None
        if trigger in BE_FINITE and _pseudo_cleft(s, i):
            return None
        if trigger in HAVE_FORMS and not _clause_subject(s, i):
            return None
        want = "a participle" if trigger not in BE_FINITE else "a participle or an -ing form"
        return Hit(
            s.starts[i],
            s.ends[verb_at],
            BARE_VERB_FORM,
            f"“{s.prose[s.starts[i] : s.ends[verb_at]]}”: “{trigger}” takes {want}, not the bare verb “{verb}”",
            classed=((verb, VERB_ONLY),),
        )
    if VERB_FORM in disabled:
        return None
    if trigger in MODALS and nxt == "able" and after == "to" and not s.clause_start(i):
        # "can able to": a modal before an adjective, with no "be" (Swan, "can": "will be able to")
        if trigger in NOUN_LIKE_MODALS and not _modal_subject(s, trigger, i):
            return None
        return Hit(
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
        return Hit(
            s.starts[i],
            s.ends[k + 2],
            VERB_FORM,
            f"“{s.prose[s.starts[i] : s.ends[k + 2]]}”: “{written}” takes the bare verb, without “to”",
            (f"{written} {s.text(k)} {s.text(k + 2)}",),
            fix_to=f"{written} {s.text(k)} {s.text(k + 2)}",
            safe=True,
        )
    if trigger in BARE_OBJECT_VERBS and nxt in LET_DETERMINERS:
        hit = _let_noun_to(s, i, written)
        if hit is not None:
            return hit
    if trigger == "there" and nxt in THERE_MISSING_VERB and s.clause_start(i) and s.text(i) == "There":
        # "There a few reasons of the bad results": the existential's verb is missing (a capitalised
        # "There" opening its sentence, not the adverb of place in mid-sentence)
        verb = (
            "are" if nxt == "a" and after in ("few", "number", "lot", "couple") else THERE_MISSING_VERB[nxt]
        )
        return Hit(
            s.starts[i],
            s.ends[k],
            VERB_FORM,
            f"“{written} {s.text(k)}”: the verb after “There” is missing (“There {verb} {s.text(k)}”)",
            (f"There {verb} {s.text(k)}",),
        )
    if trigger == "there" and nxt in ("have", "has") and after in EXISTENTIAL_OBJECTS and s.clause_start(i):
        right = "are" if nxt == "have" else "is"
        return Hit(
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
        after_classes = classes(after)
        if BARE_VERB not in after_classes and after not in ("be", "have", "do"):
            # the table gives no bare-verb letter to verbs whose base is also their participle or an
            # adjective ("become", "come", "run", "go"), nor to words it does not hold; after "must to"
            # any such word is the verb the modal takes ("must to go"), a classed word is not
            if after_classes or not after.isalpha() or after in CLOSED_CLASS:
                return None
        return Hit(
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
        if VERB_S in cls and (
            PLURAL not in cls or (i > 0 and s.joinable[i - 1] and s.lowers[i - 1] in _TO_VERBS)
        ):
            # (s62) an -s form that is also a plural noun counts after a verb that takes the infinitive ("this medicine
            # attempted to treats the acne"): no noun phrase follows "to" there (0 on 4.9M clean words; the nouns of
            # ``infinitive_heads``, "hope to doctors", "drugs to mothers", take one)
            kind, letter = "an -s form", VERB_S
        elif VERB_PAST in cls and (after in OBJECT_OPENERS or _infinitive_to(s, i)):
            kind, letter = "a past form", VERB_PAST
        else:
            return None
        return Hit(
            s.starts[i],
            s.ends[k],
            VERB_FORM,
            f"“{written} {s.text(k)}”: the infinitive takes the bare verb, not {kind} (“{s.text(k)}”)",
            classed=((nxt, letter),),
        )
    return None


#: Verbs (and "able") after which "to" is the infinitive marker and never a preposition ("tried to", "attempted to",
#: "able to"; not "going to", which goes "to places", nor "used to", which may be "used to treats")
_TO_VERBS = frozenset(
    "try tried tries trying attempt attempts attempted attempting want wants wanted wanting need needs needed able "
    "unable decide decides decided fail fails failed seem seems seemed appear appears appeared tend tends tended "
    "begin begins began continue continues continued manage manages managed".split()
)


def _infinitive_to(s: Scan, i: int) -> bool:
    """ "to" at word i is the infinitive marker: the word before it is one after which clean health
    prose writes "to" + a bare verb, never a noun phrase ("used to", "able to", "likely to"; not
    "due to", "lead to", "given to": ``lexicon.infinitive_heads``). A past form after it is then no
    adjective ("used to treated pain"), whatever follows."""
    return i > 0 and bool(s.joinable[i - 1]) and s.lowers[i - 1] in infinitive_heads()


def _let_noun_to(s: Scan, i: int, written: str) -> Hit | None:
    """(``verb-form``) "let" + a determiner and one or two lower-case words + "to" + a verb that is no
    noun: "Never let these results to create a prejudice", "let the patient to rest" ("let" takes the
    bare infinitive; "let the flat to students", the verb of renting, has a noun after "to"; a bare verb
    that is a noun too counts, "let the patient to rest", as no noun follows "let" and "to" here)."""
    for width in (1, 2):
        to = i + 1 + width + 1
        if to + 1 >= s.n or s.lowers[to] != "to":
            continue
        if not all(s.adjacent(j) for j in range(i, to + 1)) or not s.is_lower(to + 1):
            return None
        words = s.lowers[i + 2 : to]
        if any(w in CLOSED_CLASS or not w.isalpha() for w in words):
            return None
        verb = s.lowers[to + 1]
        if not {VERB_ONLY, BARE_VERB} & set(classes(verb)):
            return None
        obj = s.prose[s.starts[i + 1] : s.ends[to - 1]]
        fixed = f"{written} {obj} {s.text(to + 1)}"
        return Hit(
            s.starts[i],
            s.ends[to + 1],
            VERB_FORM,
            f"“{s.prose[s.starts[i] : s.ends[to + 1]]}”: “{written}” takes the bare verb, without “to”",
            (fixed,),
            fix_to=fixed,
            safe=True,
        )
    return None


#: Relative pronouns that are the subject of the "have" after them ("those who have took").
_SUBJECT_RELATIVES = frozenset({"who", "which", "that"})


def _perfect_past(s: Scan, i: int) -> Hit | None:
    """(``bare-verb``) "have" at i, after its clause's subject, before an irregular simple past that is
    not the participle, perhaps with an adverb between: "my dad had went", "she has already took"
    or after a subject relative ("those who have took"; the fix writes the participle). "The pain I had went away" is a relative clause: "had" there
    does not follow its clause's opening subject, and is left alone."""
    k = i + 1
    if k < s.n and s.lowers[k] in PERFECT_ADVERBS and s.adjacent(k):
        k += 1
    if not (k < s.n and s.adjacent(k - 1) and s.is_lower(k)):
        return None
    participle = PAST_FOR_PARTICIPLE.get(s.lowers[k])
    if participle is None:
        return None
    if not (_clause_subject(s, i) or (s.lowers[i - 1] in _SUBJECT_RELATIVES and s.joinable[i - 1])):
        return None
    written = s.prose[s.starts[i] : s.ends[k]]
    fixed = s.prose[s.starts[i] : s.starts[k]] + participle
    return Hit(
        s.starts[i],
        s.ends[k],
        BARE_VERB_FORM,
        f"“{written}”: “{s.text(i)}” takes the participle “{participle}”, not the past form “{s.text(k)}”",
        (fixed,),
        fix_to=fixed,
        safe=True,
    )


def _clause_subject(s: Scan, i: int) -> bool:
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


def _pseudo_cleft(s: Scan, i: int) -> bool:
    """A "do" form earlier in the sentence of word i: "What it does is reduce swelling"."""
    for j in range(i - 1, max(-1, i - _CLAUSE_WORDS), -1):
        if s.lowers[j] in DO_WORDS:
            return True
        gap = s.prose[s.ends[j] : s.starts[j + 1]]
        if any(c in ".!?;:" for c in gap) or (not s.joinable[j] and not gap.strip()):
            return False
    return False


def pronoun_verb(s: Scan, trigger: str, i: int, nxt: str) -> Hit | None:
    """A subject pronoun and a lexical verb that disagree: "it cause", "she need" (a bare form
    after "it", "he", "she") and "they causes", "we needs" (an -s form after the others), with at
    most one adverb between ("it also help"). Swan, "present simple". "they" and "we" are
    subjects wherever they stand and an -s form is never their subjunctive, so they count
    anywhere except after an auxiliary, which inverts a question ("Does they" is its own error).
    A bare form after "he", "she" or "it" may be the subjunctive ("recommended he try", "unless he
    lose weight"), and "it", "you" and "I" are also an object, a determiner's object ("thank you
    notes") and a numeral ("Type I helps"), so these count only at the start of a clause (and
    after "and", "but" or "or": "if the problem is periodic or it occur due to stress"), not after "if",
    "unless", "that" and the like. "we" and "you" are also
    determiners ("we doctors know"), so a plural noun of people after them is left alone (another
    plural that is also an -s form is the verb: "Whenever you feels tired")."""
    third = trigger in THIRD_SINGULAR
    if not (third or trigger in NON_THIRD):
        return None
    before = s.lowers[i - 1] if i > 0 and s.joinable[i - 1] else None
    if trigger in NOMINATIVE_PRONOUNS:
        if before in INVERTING_AUXILIARIES:
            return None
    elif not (s.clause_start(i) or (third and before in ("and", "but", "or"))):
        return None
    if third and before in SUBJUNCTIVE_OPENERS:
        return None  # "unless it rain", "if it please the court": the subjunctive
    if trigger == "i" and s.text(i) != "I":
        return None
    k = i + 1
    if (nxt in MID_ADVERBS and nxt != "not") or ly_adverb(nxt):
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
        if VERB_S not in cls or (
            trigger in ("we", "you") and PLURAL in cls and (_people_plural(word) or _verb_after(s, k))
        ):
            return None
        want, letter = None, VERB_S
    if not s.phrase_continues(k):
        return None
    pair = s.prose[s.starts[i] : s.ends[k]]
    return Hit(
        s.starts[i],
        s.ends[k],
        SUBJECT_VERB,
        f"“{pair}”: the verb “{s.text(k)}” does not agree with “{s.text(i)}”",
        (want,) if want else (),
        classed=((word, letter),),
    )


def ly_adverb(word: str) -> bool:
    """An adverb in "-ly" the class table holds no noun, verb or adjective reading for ("seriously",
    "greatly", "effectively"; not "family", "supply", "reply"): between a subject pronoun and its verb it
    leaves the verb's form to be read ("It seriously threaten human health")."""
    return len(word) > 4 and word.endswith("ly") and not classes(word)


#: Plural nouns of people that "we" and "you" stand before as determiners ("we doctors", "you guys").
_PEOPLE_PLURALS = frozenset("people women men children kids guys folks ladies girls boys".split())


def _people_plural(word: str) -> bool:
    """A plural noun naming people ("doctors", "patients", "parents"): after "we" or "you" it is the
    pronoun's noun ("we doctors know"), while another plural that is also a verb's -s form ("feels",
    "needs") is the verb ("Whenever you feels tired")."""
    return word in _PEOPLE_PLURALS or (word.endswith("s") and PERSON in classes(word[:-1]))


def _verb_after(s: Scan, k: int) -> bool:
    """Word k+1, in the same phrase, is a verb: the plural at k is then the noun of a "we" or "you"
    that stands as its determiner ("You parents know best")."""
    if k + 1 >= s.n or not s.joinable[k]:
        return False
    nxt = s.lowers[k + 1]
    return nxt in AGREEING_VERBS or nxt in MODALS or BARE_VERB in classes(nxt)


def pronoun_subject(s: Scan, trigger: str, i: int) -> bool:
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


def sentence_start(s: Scan, i: int) -> bool:
    """Word i opens a sentence: first of its block, or after . ! ? : or ;."""
    if i == 0:
        return True
    gap = s.prose[s.ends[i - 1] : s.starts[i]]
    return any(c in ".!?:;" for c in gap) or (not s.joinable[i - 1] and not gap.strip())


#: Words from which a list item or a lone paragraph that ends with a full stop reads as prose, not a note
_FULL_SENTENCE_WORDS = 8


def telegraphic(s: Scan, at: int) -> bool:
    """Offset ``at`` stands in a heading, or in a list item or a paragraph of one short sentence, where
    writers drop articles on purpose (a headline's "Physicians play vital role in care", a leaflet's
    "Call doctor if fever persists"). A list item or a lone paragraph written as a full sentence, of
    ``_FULL_SENTENCE_WORDS`` words or more that ends with an end mark ("2. Try to take amla at empty
    stomach in morning."), is prose: the numbered steps of a remedy page are sentences (s60)."""
    doc = s.doc
    bi = doc.block_at(at)
    if bi is None:
        return True
    block = doc.blocks[bi]
    if block.kind not in (PARAGRAPH, LIST_ITEM):
        return True
    sentences = [x for x in doc.sentences if x.block == bi]
    if block.kind == PARAGRAPH and len(sentences) >= MIN_PARAGRAPH_SENTENCES:
        return False
    here = next((x for x in sentences if x.start <= at < x.end), None)
    if here is None:
        return True
    text = here.text.rstrip()
    return not (text[-1:] in ".!?" and len(text.split()) >= _FULL_SENTENCE_WORDS)


def _next_comma(s: Scan, i: int) -> int | None:
    """The first word after a comma that follows word i in its sentence (None: the sentence ends first)."""
    for k in range(i + 1, min(s.n, i + _CLAUSE_WORDS)):
        gap = s.prose[s.ends[k - 1] : s.starts[k]]
        if any(c in ".!?:;" for c in gap) or (not s.joinable[k - 1] and not gap.strip()):
            return None
        if "," in gap:
            return k
    return None


def conjunction_pairs(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "Although X, but Y" and "Because X, so Y": English marks the link once (Swan, Practical
    English Usage, "although and though"; "because"), Chinese and Korean mark it twice."""
    out = []
    for opener, extras in PAIRED_CONJUNCTIONS.items():
        for i in index.get(opener, ()):
            first = i - 1 if opener == "though" and i > 0 and s.lowers[i - 1] == "even" else i
            if not sentence_start(s, first):
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
                Hit(
                    s.starts[k],
                    s.ends[k],
                    CONJUNCTION_PAIR,
                    f"“{opened} …, {extra}”: the sentence already opens with “{opened.lower()}”; drop “{extra}”",
                    ("",),
                )
            )
    return out


def according_to(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """ "According to the study showed that": "according to" already names the source, so the
    phrase needs no reporting verb of its own (a relative clause, "a study that showed", is fine)."""
    out = []
    for i in index.get("according", ()):
        if i + 2 >= s.n or s.lowers[i + 1] != "to" or not s.adjacent(i):
            continue
        if s.lowers[i + 2] == "you" and s.adjacent(i + 1) and _reports_the_reader(s, i):
            words = s.prose[s.starts[i] : s.ends[i + 2]]
            out.append(
                Hit(
                    s.starts[i],
                    s.ends[i + 2],
                    ACCORDING_TO,
                    f"“{words}” makes the reader the source of a statement; a translation's “you” for a "
                    "third person (German “Ihnen”/“ihnen”, a polite or plural pronoun) is “them” or the "
                    "source's name",
                    (words[: -len("you")] + "them", words[: -len("you")] + "the authors"),
                )
            )
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
                    Hit(
                        s.starts[i],
                        s.ends[k],
                        ACCORDING_TO,
                        f"“according to” already names the source: “{s.text(k)}” is one reporting verb too many",
                        (),
                    )
                )
            break
    return out


def _reports_the_reader(s: Scan, i: int) -> bool:
    """ "According to you" at word ``i`` opens a statement (a clause start, and a comma after
    "you"), not a question put to the reader ("According to you, what matters most?")."""
    if not s.clause_start(i) or i + 3 >= s.n:
        return False
    if s.prose[s.ends[i + 2] : s.starts[i + 3]].strip() != ",":
        return False
    stop = min((x for x in (s.prose.find(c, s.ends[i + 2]) for c in ".!?\n") if x >= 0), default=len(s.prose))
    return s.prose[stop : stop + 1] != "?"


#: Plural verbs of reporting and being that make the word before them a plural subject
#: ("researches show", "evidences suggest"), where "she researches" is a verb.
_PLURAL_REPORTING = frozenset("show suggest indicate prove confirm demonstrate reveal have are were".split())


def _plural_verb_after(s: Scan, i: int) -> bool:
    return i + 1 < s.n and s.adjacent(i) and s.lowers[i + 1] in _PLURAL_REPORTING


def uncountable_plurals(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """A non-count noun in the plural ("informations", "useful advices", "various evidences"): English
    counts these only through a unit noun ("pieces of advice"), where Chinese, Russian, Korean and
    the Romance languages count the noun itself. A plural whose singular is also a verb counts only
    after a determiner, quantifier or preposition ("of researches", not "she researches") or
    before a plural verb of reporting ("researches show"); any
    plural right after a subject pronoun is a verb slip ("who advices"), not this error. Words
    after the first of a clause must be lower case (a title, a name)."""
    out = []
    for plural in UNCOUNTABLE_PLURALS.keys() & index.keys():
        singular = UNCOUNTABLE_PLURALS[plural]
        for i in index[plural]:
            written = s.text(i)
            if written != plural and not (written[1:] == plural[1:] and sentence_start(s, i)):
                continue
            before = s.lowers[i - 1] if i > 0 and s.joinable[i - 1] else None
            if before in VERB_SUBJECTS:
                continue
            if (
                plural in VERB_LIKE_UNCOUNTABLES
                and before not in NOUN_OPENERS
                and not _plural_verb_after(s, i)
            ):
                continue
            if before is not None and i > 0 and not s.is_lower(i - 1) and not sentence_start(s, i - 1):
                continue  # inside a name or a title ("Matěj Válek Researches")
            unit = f"pieces of {singular}" if singular in PIECE_NOUNS else None
            fixed = written[:1] + singular[1:]
            counted = before in _COUNT_DETERMINERS
            suggestions = tuple(x for x in (None if counted else fixed, unit) if x)
            out.append(
                Hit(
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


def missing_articles(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """A singular person noun with no determiner opening a sentence, as the subject of a modal or
    finite auxiliary ("Patient should take", "Doctor will check"): Chinese, Russian and Korean have
    no articles, and their translations drop them (Swan, Practical English Usage, "articles":
    a singular countable noun needs a determiner); an organ of the body the same way ("Liver is the largest
    solid organ"). Only in a paragraph of two sentences or more
    (headlines, captions, list items and table cells drop articles on purpose), only a person noun
    or an organ (WordNet noun.person, which are count nouns: a mass or abstract noun opens sentences bare,
    "Treatment will depend on"), only at a sentence start of the document's segmenter (which knows
    "Mrs. King" and "J. Nurse" are names), and only where the document never writes the word
    capitalised inside a sentence (then it is a name there: "Dr. Baker ... Baker is")."""
    out: list[Hit] = []
    doc = s.doc
    names: dict[str, bool] = {}
    starts: set[int] | None = None
    per_block: Counter[int] = Counter()

    def _in_prose(offset: int) -> bool:
        """The word at ``offset`` stands in a paragraph of two sentences or more."""
        bk = doc.block_at(offset)
        return (
            bk is not None and doc.blocks[bk].kind == PARAGRAPH and per_block[bk] >= MIN_PARAGRAPH_SENTENCES
        )

    def consider(j: int, i: int) -> None:
        """Report word j, bare, as the subject of word i when it opens a sentence of a prose paragraph."""
        nonlocal starts
        if j < 0 or not s.joinable[j] or not s.is_lower(i):
            return
        written = s.text(j)
        organ = s.lowers[j] in _ORGAN_NOUNS
        if not (written[:1].isupper() and written[1:].islower()) or not (
            organ or PERSON in classes(s.lowers[j])
        ):
            return
        if starts is None:
            sentences = doc.sentences
            starts = {x.start for x in sentences}
            per_block.update(x.block for x in sentences)
        if s.starts[j] not in starts:
            return
        noun = s.lowers[j]
        if noun not in names:
            # a capital inside a sentence of prose makes the word a name there ("Dr. Baker ... Baker is"); not one
            # glued after a dash to the heading before it ("Liver Functions-Liver is a centre of metabolism"), nor
            # one in a heading or a one-line block, which capitalise words ("Most common causes of Liver diseases"),
            # unless a capitalised word before it makes it a name's second word ("Kimberly Baker is reclining")
            names[noun] = any(
                s.text(k)[:1].isupper()
                and s.starts[k] not in starts
                and doc.prose[s.starts[k] - 1 : s.starts[k]] not in ("-", "\u2013", "\u2014", "/")
                and (_in_prose(s.starts[k]) or (k > 0 and s.text(k - 1)[:1].isupper()))
                for k in index.get(noun, ())
            )
        if names[noun]:
            return
        bi = doc.block_at(s.starts[j])
        if bi is None or doc.blocks[bi].kind != PARAGRAPH or per_block[bi] < MIN_PARAGRAPH_SENTENCES:
            return
        article = "An" if _vowel_sound(noun) else "A"
        how = (
            f"its article (“The {noun}”)"
            if organ
            else f"an article (“The {noun}”, “{article} {noun}”) or a plural (“{regular_plural(noun).capitalize()}”)"
        )
        out.append(
            Hit(
                s.starts[j],
                s.ends[i],
                MISSING_ARTICLE,
                f"“{written} {s.text(i)}”: the singular noun “{noun}” needs {how}",
                (f"The {noun}",) if organ else (f"The {noun}", f"{article} {noun}"),
                fix_to=f"The {noun} {s.text(i)}",
                classed=() if organ else ((noun, PERSON),),
            )
        )

    for verb in SUBJECT_VERBS_AFTER.intersection(s.doc.word_set):
        for i in index[verb]:
            consider(i - 1, i)
    # an organ before a lexical verb's -s form that is no plural noun, or that an object or a particle after it
    # makes the verb ("Liver carries out several functions", "Kidney filters the blood"; not "Heart pumps are
    # implanted", a compound)
    for organ_noun in _ORGAN_NOUNS.intersection(s.doc.word_set):
        for j in index[organ_noun]:
            i = j + 1
            if i + 1 < s.n and s.lowers[i] not in SUBJECT_VERBS_AFTER and s.adjacent(i):
                cls = classes(s.lowers[i])
                if VERB_S in cls and (PLURAL not in cls or s.lowers[i + 1] in _ORGAN_VERB_NEXT):
                    consider(j, i)
    out.extend(_bare_person_after_opener(s, index))
    out.extend(_bare_organ_after_preposition(s, index))
    return out


#: Words after an organ's -s form that make it the verb: its object's determiner or a particle ("Liver carries out",
#: "Kidney filters the blood")
_ORGAN_VERB_NEXT = frozenset(
    "the a an its your our their this these those out up away off down all many several".split()
)
#: The body's organs, count nouns that a sentence opens with their article ("The liver is the largest solid
#: organ"), never bare ("Liver is the largest solid organ"); not "skin" or "blood" (mass nouns: "Skin is the
#: largest organ"), nor "thyroid", also a journal's name
_ORGAN_NOUNS = frozenset(
    "liver kidney heart brain stomach pancreas lung spleen gallbladder bladder uterus appendix intestine "
    "colon prostate".split()
)
#: Words after which a bare singular person noun opens a noun phrase that needs its article ("the wellness of
#: patient", "As long as patient is hydrated", "But patient with large stones needs"): prepositions and
#: subordinators (not "by", "death by doctor", nor "and" or "or", which share the determiner before them: "your
#: dietitian or doctor may")
_BARE_PERSON_OPENERS = frozenset("of to for from with if when because but although unless until as".split())
#: What follows such a noun when it is the head of its phrase: a finite verb or modal, "who" or "with"
_BARE_PERSON_NEXT = SUBJECT_VERBS_AFTER | frozenset({"who", "with"})
#: The singular count nouns of people in health writing read so (the word-class table's person class also holds
#: adjectives and verbs, "associate", "conservative", that a bare use after "to" or "of" makes no slip)
_BARE_PERSON_NOUNS = frozenset(
    "patient doctor physician surgeon nurse pharmacist dentist therapist caregiver baby infant child woman person "
    "diabetic".split()
)
#: Nouns of kind before "of", which take a bare noun after them ("this type of doctor may help")
_KIND_NOUNS = frozenset("type types kind kinds sort sorts form forms class variety category".split())


#: (s66) Organs and parts of the body that a preposition takes with their article ("the ability of the body to", "damage
#: to the kidney"): ``_ORGAN_NOUNS`` and the parts health pages name so; not "heart" ("take to heart", "by heart"),
#: "head", "hand", "foot" or "mind" (idioms: "on foot", "in mind"), nor "skin" or "blood" (mass nouns)
_BARE_ORGANS = (_ORGAN_NOUNS - {"heart"}) | frozenset(
    "body tongue ear eye nose throat spine nephron scalp bowel womb rectum bloodstream".split()
)
#: The prepositions before such an organ
_ORGAN_PREPOSITIONS = frozenset("of in into to from on inside within".split())
#: Words after the organ that end its phrase: it is the head, not a modifier ("in kidney disease")
_ORGAN_PHRASE_ENDS = frozenset("is are to that which with by in of for as when can will".split())
#: Nouns of an amount or a piece, before "of" and an organ as material ("a loop of intestine", "section of colon")
_PIECE_NOUNS = frozenset(
    "loop loops section sections piece pieces part parts portion portions segment segments length amount amounts area "
    "areas slice slices lobe lobes".split()
)


def _bare_organ_after_preposition(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """(s66) An organ with no determiner after a preposition, at the head of its phrase ("the ability of body to
    carry oxygen", "diseases of kidney.", "which arise in spine."): the article a learner drops. The organ must end
    its phrase (a mark or a function word after it: "in kidney disease" is a modifier); "from ear to ear" is an
    idiom, and a piece or an amount of an organ is its tissue ("a loop of intestine"). In lower case, in prose
    paragraphs of two sentences or more, as ``_bare_person_after_opener``. 21 on 4.9M clean words, about half of
    them the same slip in edited prose ("removal of colon")."""
    out: list[Hit] = []
    doc = s.doc
    per_block: Counter[int] | None = None
    for organ in _BARE_ORGANS.intersection(doc.word_set):
        for j in index[organ]:
            k = j - 1
            if k < 0 or not s.joinable[k] or not s.is_lower(j) or s.lowers[k] not in _ORGAN_PREPOSITIONS:
                continue
            if j + 1 < s.n and s.joinable[j]:
                if s.lowers[j + 1] not in _ORGAN_PHRASE_ENDS:
                    continue
            elif not any(c in ".;:)" for c in s.prose[s.ends[j] : s.ends[j] + 2]):
                continue  # a comma or a block's end: a list of organs as modifiers ("of kidney, liver and lung disease")
            if k >= 1 and (
                s.lowers[k - 1] == organ or (s.lowers[k] == "of" and s.lowers[k - 1] in _PIECE_NOUNS)
            ):
                continue  # "from ear to ear"; "a loop of intestine"
            if j + 2 < s.n and s.lowers[j + 1] == "to" and s.lowers[j + 2] == organ:
                continue  # "from ear to ear", read from its first half
            if per_block is None:
                per_block = Counter(x.block for x in doc.sentences)
            bi = doc.block_at(s.starts[j])
            if bi is None or doc.blocks[bi].kind != PARAGRAPH or per_block[bi] < MIN_PARAGRAPH_SENTENCES:
                continue
            out.append(
                Hit(
                    s.starts[j],
                    s.ends[j],
                    MISSING_ARTICLE,
                    f"“{s.text(k)} {organ}”: the organ takes “the” (“{s.text(k)} the {organ}”)",
                    (f"the {organ}",),
                )
            )
    return out


def _bare_person_after_opener(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """A singular person noun with no determiner after a preposition or a subordinator, at the head of its
    phrase ("the wellness of patient and", "to patient who lied", "As long as patient is hydrated"): the same
    dropped article as ``missing_articles`` reads at a sentence's start, inside the sentence. In lower case only
    (a headline's "for Patient with"), in prose paragraphs of two sentences or more; "from patient to patient"
    is an idiom and "patient care", "patient records" are modifiers (no verb follows)."""
    out: list[Hit] = []
    doc = s.doc
    per_block: Counter[int] | None = None
    for nxt_word in _BARE_PERSON_NEXT.intersection(doc.word_set):
        for i in index[nxt_word]:
            j, k = i - 1, i - 2
            if k < 0 or not (s.joinable[j] and s.joinable[k]) or not s.is_lower(j):
                continue
            noun, opener = s.lowers[j], s.lowers[k]
            if opener not in _BARE_PERSON_OPENERS or noun not in _BARE_PERSON_NOUNS:
                continue
            if opener == "of" and k >= 1 and s.lowers[k - 1] in _KIND_NOUNS:
                continue  # "this type of doctor may help"
            if opener == "as" and not (k >= 2 and s.lowers[k - 1] == "long" and s.lowers[k - 2] == "as"):
                continue  # "as long as patient is": not "as doctor" (a role: "she worked as doctor")
            if opener == "to" and k >= 1 and s.lowers[k - 1] == noun:
                continue  # "from patient to patient"
            if per_block is None:
                per_block = Counter(x.block for x in doc.sentences)
            bi = doc.block_at(s.starts[j])
            if bi is None or doc.blocks[bi].kind != PARAGRAPH or per_block[bi] < MIN_PARAGRAPH_SENTENCES:
                continue  # a heading, caption or list item drops articles on purpose ("Tips for patient with")
            article = "an" if _vowel_sound(noun) else "a"
            out.append(
                Hit(
                    s.starts[j],
                    s.ends[j],
                    MISSING_ARTICLE,
                    f"“{s.text(k)} {noun} {s.text(i)}”: the singular noun “{noun}” needs an article "
                    f"(“the {noun}”, “{article} {noun}”) or a plural (“{regular_plural(noun)}”)",
                    (f"the {noun}", f"{article} {noun}"),
                    classed=((noun, PERSON),),
                )
            )
    return out


def negative_inversions(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """A clause that opens with a negative or restrictive phrase ("For none of these claims",
    "In neither of the two studies", "Neither after a week nor after a month", "Only in pregnant
    women", "Not only") and goes on with its subject before the verb ("there is" for "is there",
    "the use resulted" for "did the use result"). English inverts after a fronted negative or
    "only" phrase (Swan, "inversion after negative expressions" and "after only"; Huddleston and
    Pullum ch. 16 §9: "In none of the studies was there a difference", "Only in rare cases is it
    fatal"); German, Dutch and the Scandinavian languages put the verb second too, but their
    "es"/"er"/"det" and the subject after a comma come out in English subject order, and Chinese,
    Russian and Korean, which never invert, do the same. The openers: "none of" or "neither of"
    after a preposition, "neither ... nor", "Only" before a preposition or a subordinator, and "Not
    only" with no "but" after it (which coordinates: "Not only the patients but also ..."), each at
    a clause start. "In no time there was a queue" and "With no treatment there is a risk" are not
    negative openers of the clause, and "Neither we nor they could" is a coordinated subject."""
    out: list[Hit] = []
    for word in ("none", "neither"):
        for i in index.get(word, ()):
            j = i - 1
            if j < 0 or s.lowers[j] not in NEGATIVE_PREPOSITIONS or not s.adjacent(j):
                continue
            if not (i + 1 < s.n and s.lowers[i + 1] == "of" and s.adjacent(i)):
                continue
            if not _opens_clause(s, j):
                continue
            hit = _there_before_verb(s, j, i + 2) or _subject_first(s, j, i + 2)
            if hit is not None:
                out.append(hit)
    for i in index.get("neither", ()):
        if not _opens_clause(s, i):
            continue
        k = i + 1
        end = min(s.n, i + MAX_INVERSION_SPAN)
        while k < end and s.lowers[k] != "nor":
            if not s.adjacent(k - 1) or _gap_breaks(s, k - 1):
                break
            k += 1
        if k >= end or s.lowers[k] != "nor" or not s.adjacent(k - 1):
            continue
        hit = _there_before_verb(s, i, k + 1)
        if hit is None and i + 1 < s.n and s.lowers[i + 1] in NEGATIVE_PREPOSITIONS:
            # "Neither in the study nor in the review the authors found": two fronted phrases;
            # "Neither we nor they could" coordinates the subject itself
            hit = _subject_first(s, i, k + 2)
        if hit is not None:
            out.append(hit)
    for i in index.get("only", ()):
        if i + 2 >= s.n or not s.adjacent(i):
            continue
        nxt = s.lowers[i + 1]
        if i > 0 and s.lowers[i - 1] == "not" and s.adjacent(i - 1):
            # "Not only the effectiveness is unexplained": a subject right after "Not only", and no
            # "but" in the sentence to make it the first half of a coordinated subject
            if (
                _opens_clause(s, i - 1)
                and nxt in SUBJECT_STARTS
                and s.is_lower(i + 1)
                and not _but_follows(s, i + 1)
            ):
                out.append(_inversion_hit(s, i - 1, i + 1))
            continue
        if not _opens_sentence(s, i):
            continue  # "but only under laboratory conditions", "that is, only for men who ...": an
            # elliptic phrase or an apposition inside the sentence, not a fronted one
        if nxt in ONLY_SUBORDINATORS:
            hit = _subject_first(s, i, i + 2, subordinate=True)
        elif nxt in NEGATIVE_PREPOSITIONS or nxt in ONLY_PREPOSITIONS:
            hit = _subject_first(s, i, i + 2)
        else:
            continue
        if hit is not None:
            out.append(hit)
    return out


def _opens_clause(s: Scan, i: int) -> bool:
    """Word ``i`` opens a clause, or is capitalised inside one (a heading run into the text)."""
    return s.clause_start(i) or (s.text(i)[:1].isupper() and i > 0 and s.lowers[i - 1] not in CLAUSE_OPENERS)


def _opens_sentence(s: Scan, i: int) -> bool:
    """Word ``i`` opens a sentence or a clause after a semicolon or colon, or is capitalised inside
    one (a heading run into the text), not after a comma or a conjunction."""
    if i == 0:
        return True
    gap = s.prose[s.ends[i - 1] : s.starts[i]]
    if any(c in ".!?;:" for c in gap) or (not s.joinable[i - 1] and not gap.strip()):
        return True
    return s.text(i)[:1].isupper() and not any(c in ",(—–" for c in gap)


def _gap_breaks(s: Scan, i: int) -> bool:
    """Punctuation between word ``i`` and the next ends the clause."""
    return any(c in ",;:.!?()" for c in s.prose[s.ends[i] : s.starts[i + 1]])


def _there_before_verb(s: Scan, opener: int, k: int) -> Hit | None:
    """ "there" and a form of "be" or "have" within the clause from word ``k`` on."""
    end = min(s.n - 1, opener + MAX_INVERSION_SPAN)
    while k < end:
        if not s.adjacent(k - 1) or _gap_breaks(s, k - 1):
            return None
        if s.lowers[k] == "there" and s.adjacent(k) and s.lowers[k + 1] in THERE_VERBS and s.is_lower(k):
            phrase = s.prose[s.starts[opener] : s.ends[k + 1]]
            verb = s.text(k + 1)
            return Hit(
                s.starts[k],
                s.ends[k + 1],
                NEGATIVE_INVERSION,
                f"“{phrase}”: after a negative opener English puts the verb first (“{verb} there”)",
                (f"{verb} there",),
                fix_to=f"{verb} there",
            )
        k += 1
    return None


def _subject_first(s: Scan, opener: int, k: int, *, subordinate: bool = False) -> Hit | None:
    """The subject of the clause after a fronted phrase that opens at word ``opener``, found from
    word ``k`` on, before any auxiliary: a subject word after the phrase's comma ("In neither of
    the two studies, the use resulted"), or with no comma a subject word right after a noun
    ("Only in pregnant women a small effect is possible"; not after a verb or a closed-class word,
    which make it an object or the phrase's own noun: "Only when a person has"). An auxiliary
    first means the clause is inverted; a relative word or a parenthesis leaves it undecided.
    With ``subordinate`` the phrase is a clause of its own ("Only when the drug was stopped"),
    so only a subject after its comma counts."""
    end = min(s.n, opener + MAX_INVERSION_SPAN)
    while k < end:
        gap = s.prose[s.ends[k - 1] : s.starts[k]]
        stripped = gap.strip()
        if not stripped:
            if not s.joinable[k - 1]:
                return None  # a block boundary
            comma = False
        elif stripped == ",":
            comma = True
        else:
            return None  # sentence punctuation, a dash or a parenthesis
        w = s.lowers[k]
        if comma:
            if w in PARENTHETICAL_ADVERBS:
                k += 1
                continue
            if w in SUBJECT_STARTS and s.is_lower(k) and k + 1 < s.n and s.adjacent(k):
                return _inversion_hit(s, opener, k)
            return None
        if subordinate:
            k += 1
            continue
        if w in INVERTED_VERBS:
            return None
        if w in RELATIVES:
            subordinate = True  # a relative clause: only a subject after its comma counts
            k += 1
            continue
        if w in SUBJECT_STARTS and s.is_lower(k) and k + 1 < s.n and s.adjacent(k):
            if _ends_noun_phrase(s.lowers[k - 1]):
                return _inversion_hit(s, opener, k)
        k += 1
    return None


def _ends_noun_phrase(word: str) -> bool:
    """``word`` may end the fronted phrase's noun phrase, so a determiner after it opens the
    subject: a noun, a person word, a number or a word the table does not class ("cases", "women",
    "2010"); not a closed-class word nor a verb form, after which the determiner opens an object
    ("Only in patients treated the same way")."""
    if word in CLOSED_CLASS:
        return False
    if word in PERSON_WORDS or word == "people":
        return True
    cls = classes(word)
    if VERB_PAST in cls or BARE_VERB in cls or (VERB_S in cls and PLURAL not in cls):
        return False
    return word.isalnum()


def _but_follows(s: Scan, k: int) -> bool:
    """A "but" after word ``k`` in the same sentence ("Not only the patients but also ...")."""
    for j in range(k + 1, min(s.n, k + _CLAUSE_WORDS)):
        if any(c in ".!?;" for c in s.prose[s.ends[j - 1] : s.starts[j]]):
            return False
        if s.lowers[j] == "but":
            return True
    return False


def _inversion_hit(s: Scan, opener: int, k: int) -> Hit:
    """The finding at the subject word ``k`` after the fronted phrase from word ``opener``."""
    phrase = s.prose[s.starts[opener] : s.ends[k - 1]].rstrip(" ,")
    return Hit(
        s.starts[k],
        s.ends[k],
        NEGATIVE_INVERSION,
        f"“{phrase} … {s.text(k)}”: after a fronted negative or “only” phrase English puts the auxiliary "
        f"before the subject (“In neither study did the drug help”, “Only in rare cases is it serious”)",
        (),
    )


def gendered_pronouns(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """The first "she" or "he" of a document with no person before it: German, Russian, French,
    Spanish and Polish give things a grammatical gender, and machine translation carries it over
    ("Although she appears in some media reports", of German "sie" for "die Behauptung"; Russian
    "она" for "вакцина"). Only after two sentences or more: a snippet or a text that opens with "she"
    may name its person outside itself ("She researches sleep."), and not in a paragraph's first
    sentence, which may open a new story or speaker (news excerpts, quotes, captions). English refers to a thing with "it" (Huddleston and Pullum, ch. 17 §2:
    "he" and "she" are for persons, and by personification animals, ships, countries).

    Anything before the pronoun that may be or name a person is an antecedent and silences the
    document: a singular person noun of the word-class table ("the author", "a patient"), a
    gendered noun in either number ("women"), a title ("Dr."), an indefinite pronoun, and any
    capitalised word inside a sentence (a name: "Grote", "Paxlovid" too, which costs findings but
    never invents one) or at a sentence start when it is a noun the document never writes in lower
    case ("Smith said") or a rare word ("Ivanova"). "He or she", "she or he" and "s/he" are generic
    and skipped. Plural person nouns do not count ("participants ... she" has no antecedent)."""
    candidates = sorted(i for w in GENDERED_PRONOUNS for i in index.get(w, ()))
    if not candidates:
        return []
    lowers = s.lowers
    for i in candidates:
        written = s.text(i)
        if written not in ("she", "he", "She", "He") or not s.phrase_continues(i):
            continue
        before = s.prose[s.ends[i - 1] : s.starts[i]] if i > 0 else ""
        after = s.prose[s.ends[i] : s.starts[i + 1]] if i + 1 < s.n else ""
        if "/" in before or "/" in after:
            continue  # "s/he", "he/she"
        if (i + 2 < s.n and lowers[i + 1] == "or" and lowers[i + 2] in GENDERED_PRONOUNS) or (
            i > 1 and lowers[i - 1] == "or" and lowers[i - 2] in GENDERED_PRONOUNS
        ):
            continue
        sentences = s.doc.sentences
        at = s.starts[i]
        own = [x for x in sentences if x.start <= at]
        if len(own) <= MIN_SENTENCES_BEFORE_PRONOUN:
            return []  # a snippet or an opening: its person may be named outside the text
        if len(own) < 2 or own[-2].block != own[-1].block:
            return []  # a paragraph's first sentence may open a new story, quote or speaker
        if _person_before(s, i, index):
            return []
        return [
            Hit(
                s.starts[i],
                s.ends[i],
                GENDERED_PRONOUN,
                f"“{written}” refers to no person before it: a thing with a grammatical gender in the source "
                f"language (German “sie”, Russian “она”, French “elle”) is “it” in English",
                ("It" if written[0].isupper() else "it",),
            )
        ]
    return []


def _person_before(s: Scan, i: int, index: Mapping[str, Iterable[int]]) -> bool:
    """Whether a word before word ``i`` may be or name a person (see ``gendered_pronouns``)."""
    lowers = s.lowers
    starts = {x.start for x in s.doc.sentences}
    for k in range(i):
        w = lowers[k]
        base = w[:-2] if w.endswith(("'s", "’s")) else w
        if base in PERSON_WORDS:
            return True
        cls = classes(base)
        if PERSON in cls and (
            PERSON_ADJECTIVE not in cls
            or (k > 0 and s.joinable[k - 1] and lowers[k - 1] in PERSON_DETERMINERS)
        ):
            return True  # "the author"; "patient", "moderate", "probable" are adjectives too: "the patient"
        t = s.text(k)
        if not (t[:1].isupper() and t[1:2].islower()):
            continue  # lower case, "CBD"
        core = t.split("'", 1)[0].split("\u2019", 1)[0]
        if not core.isalpha():
            continue  # "Covid-19", "X-ray"
        if s.starts[k] not in starts:
            return True
        if not cls:
            if is_rarer_than(base, RARE_NAME_ZIPF):
                return True
        elif not any(s.is_lower(j) for j in index.get(w, ())):
            return True
    return False


@functools.lru_cache(maxsize=8192)
def _vowel_sound(word: str) -> bool | None:
    """Whether the CMU dictionary's first pronunciation of ``word`` opens with a vowel (None: not in it)."""
    phones = syllable_table().phones(word)
    return None if not phones else phones[0] in _VOWEL_PHONES


def regular_plural(noun: str) -> str:
    """The regular -s form, for a suggestion: a noun's plural ("disease" -> "diseases", "study" -> "studies"), and the
    same spelling for a verb's third person ("occur" -> "occurs", "say" -> "says")."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def regular_singular(plural: str) -> str:
    """The regular singular of an -s plural, for a suggestion ("complaints" -> "complaint", "allergies" ->
    "allergy", "boxes" -> "box")."""
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("ches", "shes", "xes", "sses")):
        return plural[:-2]
    return plural[:-1]


def capitalised_like(first: str, word: str) -> str:
    """``word`` with ``first``'s initial capital, for a fix that drops ``first`` ("Most easiest" -> "Easiest")."""
    return word[:1].upper() + word[1:] if first[:1].isupper() else word


def plural_determiner(det: str) -> str:
    return {"this": "these", "each": "all", "every": "all", "another": "other"}.get(det, "the")
