"""A lexical verb that disagrees with the subject opening its clause (MT108's ``subject-verb``).

MT108's subject-verb pattern reads "be", "have" and "do" after a determiner and noun, and any verb
after a pronoun. Translation from languages whose verbs do not agree (Chinese, Korean, Vietnamese)
and non-native writing drop or add the third person's "-s" on every verb: "Doctors recommends a
healthy diet", "These symptoms usually goes away", "The doctor prescribe antibiotics" (Swan,
Practical English Usage, "subject-verb agreement"; LanguageTool's agreement rules find the same
with a tagger). Without a tagger, two nouns side by side may be a compound ("systems biology",
"the response rate"), so a pair is read only where one of its words cannot be a noun of that form,
or an adverb or an object shows the second is the verb.

Only a subject that opens its clause is read: the first word of a sentence (the document's
segmenter, which knows "U.S." and "Dr." end no sentence), a word after a comma, or after a clause
opener ("because", "when"). A bracket or an abbreviation's stop is no clause start: "(UCSF)
scientists reveals" has "research" for its subject. The candidates are found from those openings,
so a document costs one look-up per clause, not one per word.
"""

from __future__ import annotations

import bisect
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
    VERB_ONLY,
    VERB_PAST,
    VERB_S,
    classes,
)
from ...text.word_frequency import is_rarer_than
from ._grammar_bare import comparative
from ._grammar_bare import table as bare_table
from ._grammar_scan import Hit, Scan, regular_plural
from ._grammar_words import (
    AGREEING_VERBS,
    CLAUSE_OPENERS,
    CLOSED_CLASS,
    COLLECTIVE_NOUNS,
    MID_ADVERBS,
    OBJECT_OPENERS,
    PLURAL_SUBJECT_DETERMINERS,
    SUBJECT_VERB,
    ZERO_PLURAL_NOUNS,
)

#: determiners of a singular subject ("the patient take" needs one before its noun)
_SINGULAR_SUBJECT_OPENERS = frozenset("the this that each every a an his her its my your our their".split())
#: words after which a bare verb may be the subjunctive ("if the patient take", "it is vital that the
#: patient rest"): a singular subject after them is not read
_SUBJUNCTIVE_OPENERS = frozenset({"if", "unless", "whether", "that"})
#: words that open a verb's object: after them the word before is the verb, not a noun of a compound
_OBJECT_OPENERS = OBJECT_OPENERS | {"her", "that", "you"}
#: the words after which a clause opens: MT108's clause openers and "that"
_OPENERS = CLAUSE_OPENERS | {"that"}
#: the Zipf frequency from which a capitalised plural opening a sentence is read as the common noun
_COMMON_ZIPF = 4.2
_COMMA = re.compile(r",\s+")


def clause_openings(s: Scan, index: Mapping[str, Iterable[int]]) -> tuple[set[int], set[int]]:
    """The words that open a clause (sentence starts, words after a comma or after a clause opener or
    "that"), and, of those, the ones that open a sentence."""
    starts = s.starts
    sentence_words = set()
    for sentence in s.doc.sentences:
        k = bisect.bisect_left(starts, sentence.start)
        if k < s.n and starts[k] == sentence.start:
            sentence_words.add(k)
    openings = set(sentence_words)
    for m in _COMMA.finditer(s.prose):
        k = bisect.bisect_left(starts, m.end())
        if k < s.n and starts[k] == m.end() and k > 0 and s.ends[k - 1] == m.start():
            openings.add(k)
    for opener in _OPENERS:
        for i in index.get(opener, ()):
            if s.adjacent(i):
                openings.add(i + 1)
    return openings, sentence_words


#: Determiners that open the noun phrase a relative clause's singular head ends (``_relative_singular``)
_RELATIVE_HEAD_DETERMINERS = frozenset("a an the this each every its his her their our your my".split())
#: Words before that determiner that put the phrase inside another one, whose head the clause may belong to ("the
#: level of the protein that ...")
_OUTER_PREPOSITIONS = frozenset(
    """of in on at to for from with by about among between into than within inside through throughout across during
    without under over near around along behind beyond toward towards upon onto via like""".split()
)


def _relative_singular(s: Scan, r: int) -> Hit | None:
    """ "a papule that make the skin red", "an organ which protect the body": a singular count noun right before
    "that", "which" or "who", a noun phrase of its own (a determiner and at most one word before the noun, and no
    preposition before the determiner: "compartments within the cell that use enzymes" belong to "compartments"),
    and after the relative a bare verb: one the word table knows only as a verb, one before the words that open its
    object, or after "which" or "who" one before a noun.
    The relative is the clause's subject and takes the noun's number. (s56)"""
    n = r - 1
    if n < 1 or r + 2 >= s.n or not s.adjacent(n) or not s.adjacent(r) or not s.is_lower(n):
        return None
    noun = s.lowers[n]
    ncls = classes(noun)
    if PLURAL in ncls or noun in COLLECTIVE_NOUNS or noun in ZERO_PLURAL_NOUNS:
        return None
    if not (SINGULAR in ncls or (PERSON in ncls and PERSON_ADJECTIVE not in ncls)):
        return None
    d = next((m for m in (n - 1, n - 2) if m >= 0 and s.lowers[m] in _RELATIVE_HEAD_DETERMINERS), None)
    if d is None or any(not s.adjacent(m) for m in range(d, n)):
        return None
    if d > 0 and s.lowers[d - 1] in _OUTER_PREPOSITIONS:
        return None
    i = r + 1
    verb = s.lowers[i]
    if not s.is_lower(i) or verb in CLOSED_CLASS or verb in AGREEING_VERBS:
        return None
    cls = classes(verb)
    if BARE_VERB not in cls:
        return None
    # after "that" a word with a noun reading before a noun may open a content clause's subject ("the hypothesis
    # that air pollution ..."): only "which" and "who" take that reading
    if not (VERB_ONLY in cls or _object_follows(s, i) or (s.lowers[r] != "that" and _noun_follows(s, i))):
        return None
    return Hit(
        s.starts[n],
        s.ends[i],
        SUBJECT_VERB,
        f"“{s.prose[s.starts[n] : s.ends[i]]}”: the verb “{verb}” does not agree with the singular “{s.text(n)}”",
        (f"{s.prose[s.starts[n] : s.ends[r]]} {_third_singular(verb)}",),
        classed=((noun, SINGULAR), (verb, BARE_VERB)),
    )


def _noun_follows(s: Scan, i: int) -> bool:
    """Word ``i`` is followed in its phrase by a lower-case noun with no verb reading: its object ("cause pain")."""
    if i + 1 >= s.n or not s.adjacent(i) or not s.is_lower(i + 1):
        return False
    cls = classes(s.lowers[i + 1])
    return bool(cls) and (SINGULAR in cls or PLURAL in cls) and BARE_VERB not in cls and VERB_S not in cls


def clause_subject_verbs(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """Both readings below, from one pass over the words that open a clause."""
    out: list[Hit] = []
    for relative in ("that", "which", "who"):
        for r in index.get(relative, ()):
            hit = _relative_singular(s, r)
            if hit is not None:
                out.append(hit)
    openings, sentence_words = clause_openings(s, index)
    for k in openings:
        if k + 1 >= s.n:
            continue
        word = s.lowers[k]
        hit = None
        if word in _SINGULAR_SUBJECT_OPENERS and s.is_lower(k + 1):
            hit = _singular_subject(s, k)
        if hit is None:
            if word in PLURAL_SUBJECT_DETERMINERS:
                if s.adjacent(k) and s.is_lower(k + 1):
                    hit = _plural_subject(s, k, k + 1) or _plural_subject_over_phrase(s, k, k + 1)
            elif (word[-1:] == "s" or word in _IRREGULAR_PLURALS) and word not in CLOSED_CLASS:
                if s.is_lower(k) or (k in sentence_words and s.text(k)[1:].islower()):
                    hit = _plural_subject(s, k, k) or _plural_subject_over_phrase(s, k, k)
                    if hit is not None and not s.is_lower(k) and not _common_noun(s, word):
                        hit = None  # a name ("Ellis also believes"), not the plural of a common noun
        if hit is None and k in sentence_words and word not in CLOSED_CLASS:
            hit = _bare_singular_subject(s, k) or _bare_mass_subject(s, k) or _modified_singular_subject(s, k)
        if hit is None and word not in CLOSED_CLASS and s.is_lower(k) and s.adjacent(k):
            hit = _modified_bare_plural(s, k)
        if (
            hit is None
            and word not in CLOSED_CLASS
            and s.adjacent(k)
            and (s.is_lower(k) or k in sentence_words)
        ):
            hit = _noun_modified_bare_plural(s, k)
        if hit is not None:
            out.append(hit)
    return out


#: The Zipf frequency from which a capitalised singular of the noun table is read as the common noun: the
#: table's nouns are common words, and below this a surname may share one's spelling ("Bush are")
_NAME_ZIPF = 3.0
#: The plural forms of "be" that a bare singular noun opening a sentence cannot take.
_PLURAL_BE = frozenset({"are", "were"})


def _bare_singular_subject(s: Scan, k: int) -> Hit | None:
    """ "Vegetable are the natural gifts", "Symptom were mild": a singular count noun of the table with no
    determiner, capitalised only because it opens its sentence, before "are" or "were". English needs
    the plural there (or a determiner and "is"); a mass, collective or zero-plural noun ("Data are",
    "Staff are", "Sheep are"), a word that is also an adjective ("Elderly are") and a name ("Pfizer are":
    a rare capitalised word the text never writes in lower case) are not read."""
    text = s.text(k)
    if not (text[1:].islower() and s.adjacent(k) and s.lowers[k + 1] in _PLURAL_BE):
        return None
    noun = s.lowers[k]
    if is_rarer_than(noun, _NAME_ZIPF) and not _common_noun(s, noun):
        return None
    return _singular_before_plural_be(s, k, k)


def _singular_before_plural_be(s: Scan, first: int, j: int) -> Hit | None:
    """The finding for the singular count noun ``j`` (after the modifiers from ``first``) before "are" or "were",
    or None for a collective, zero-plural, plural or adjective word."""
    noun = s.lowers[j]
    if noun in COLLECTIVE_NOUNS or noun in ZERO_PLURAL_NOUNS:
        return None
    ncls = classes(noun)
    if SINGULAR not in ncls or PLURAL in ncls or PERSON_ADJECTIVE in ncls:
        return None
    verb = s.lowers[j + 1]
    fixed = f"{s.prose[s.starts[first] : s.starts[j]]}{regular_plural(s.text(j))} {verb}"
    return Hit(
        s.starts[first],
        s.ends[j + 1],
        SUBJECT_VERB,
        f"“{s.prose[s.starts[first] : s.ends[j + 1]]}”: the verb “{verb}” does not agree with the singular "
        f"“{s.text(j)}”; write “{fixed}”",
        (fixed,),
        classed=((noun, SINGULAR),),
    )


def _verb_after(s: Scan, j: int) -> tuple[int, bool] | None:
    """The word after the subject's noun ``j`` that may be its verb, one frequent adverb allowed
    between, and whether an adverb stood there."""
    if not s.adjacent(j):
        return None
    i = j + 1
    adverb = s.lowers[i] in MID_ADVERBS and s.lowers[i] != "not" and s.adjacent(i)
    if adverb:
        i += 1
    if i >= s.n or not s.is_lower(i):
        return None
    return i, adverb


def _object_follows(s: Scan, i: int) -> bool:
    """Word ``i`` is followed, in its phrase, by a word that opens an object ("the", "his", "them")."""
    return i + 1 < s.n and s.adjacent(i) and s.lowers[i + 1] in _OBJECT_OPENERS


def _plural_subject(s: Scan, k: int, j: int) -> Hit | None:
    """ "Doctors recommends a healthy diet", "These symptoms usually goes away", "In children,
    antibiotics kills the bacteria": a plural noun (bare, or after a plural determiner at ``k``) and a
    verb's -s form. The pair must not be a compound: the verb form is no plural noun ("recommends"), or
    the noun is no verb form and an adverb or an object shows the verb ("kills the"). A field's name in
    -ics takes a singular verb ("Genetics plays a role") and has no plural letter in the table."""
    noun = s.lowers[j]
    ncls = classes(noun)
    if PLURAL not in ncls:
        return None
    after = _verb_after(s, j)
    if after is None:
        return None
    i, adverb = after
    verb = s.lowers[i]
    if verb in _SINGULAR_AUXILIARIES and k == j and SINGULAR not in ncls and VERB_S not in ncls:
        return _bare_plural_auxiliary(s, j, i)
    if verb in AGREEING_VERBS or verb[-1:] != "s":
        return None
    cls = classes(verb)
    if VERB_S not in cls:
        return None
    if PLURAL in cls and not (
        (NOT_VERB in ncls and (adverb or _object_follows(s, i))) or _reports_that(s, i)
    ):
        return None
    subject = s.prose[s.starts[k] : s.ends[j]]
    return Hit(
        s.starts[k],
        s.ends[i],
        SUBJECT_VERB,
        f"“{s.prose[s.starts[k] : s.ends[i]]}”: the verb “{verb}” does not agree with the plural “{subject}”",
        (_bare_of(verb),),
        classed=((noun, PLURAL), (verb, VERB_S)),
    )


#: (s67) Verbs of reporting whose -s form before "that" is the verb, not a plural noun ("Studies shows that salt")
_REPORTING_VERBS_S = frozenset(
    "shows suggests indicates proves reveals says finds claims states confirms".split()
)


def _reports_that(s: Scan, i: int) -> bool:
    """Word ``i`` is a verb of reporting with its "that" clause after it: the verb of the subject before it."""
    return s.lowers[i] in _REPORTING_VERBS_S and i + 1 < s.n and s.adjacent(i) and s.lowers[i + 1] == "that"


#: Plurals without an -s that open a clause bare ("People with this disease is at risk")
_IRREGULAR_PLURALS = frozenset("people children men women".split())
#: Prepositions that open a phrase between a plural subject and its verb ("The symptoms of diabetes includes")
_PHRASE_PREPOSITIONS = frozenset("of with in from for on at among".split())
#: Words a prepositional phrase may hold besides its nouns and adjectives: determiners and the prepositions of a
#: second phrase ("the side effects of the drugs in children")
_PHRASE_WORDS = (
    frozenset("a an the this these those his her its our their my your such".split()) | _PHRASE_PREPOSITIONS
)
#: Words that end the phrase: a pronoun opens a clause of its own ("Makers of drugs say there is")
_PHRASE_ENDS = frozenset("there it they he she we you i".split())
#: A determiner after a word that is both a plural noun and a verb's -s form makes it the verb ("needs an
#: inhaler"); "that" and a pronoun do not ("drugs that have been tried", "risk factors you can control")
_DETERMINER_OBJECTS = OBJECT_OPENERS - {"that", "you", "her", "it", "them", "him", "me", "us"}
#: How many words the phrase may hold, its preposition aside
_PHRASE_LENGTH = 4


def _plural_subject_over_phrase(s: Scan, k: int, j: int) -> Hit | None:
    """ "The symptoms of diabetes includes thirst", "People with this disease is at risk": a plural noun
    (the table's plural and no singular, after a plural determiner at ``k`` or bare) opening its clause, a
    prepositional phrase of up to ``_PHRASE_LENGTH`` words, then a verb's -s form that is no plural noun, or
    "is", "was", "has", "does". The verb agrees with the head, not the phrase's last noun (Swan, "subject-verb
    agreement": the proximity error). The phrase holds only nouns, adjectives, determiners and prepositions, all
    in lower case with plain space between: a comma, a conjunction, a relative or a verb form ends the reading."""
    noun = s.lowers[j]
    ncls = classes(noun)
    # a bare word that is also a verb's -s form may be the verb ("Changes in diet" is a noun after "the")
    plural = PLURAL in ncls or noun in _IRREGULAR_PLURALS
    if not plural or SINGULAR in ncls or (k == j and VERB_S in ncls) or not s.adjacent(j):
        return None
    p = j + 1
    if s.lowers[p] not in _PHRASE_PREPOSITIONS:
        return None
    i = p + 1
    while i < s.n and i - p <= _PHRASE_LENGTH + 1 and s.adjacent(i - 1) and s.is_lower(i):
        word = s.lowers[i]
        cls = classes(word)
        # a verb's -s form that is also a plural noun counts with an object after it ("needs an inhaler")
        verb = word in _SINGULAR_AUXILIARIES or (
            word[-1:] == "s"
            and VERB_S in cls
            and word not in AGREEING_VERBS
            and (PLURAL not in cls or (s.adjacent(i) and s.lowers[i + 1] in _DETERMINER_OBJECTS))
        )
        if verb:
            if i == p + 1 or not s.adjacent(i) or not s.is_lower(i + 1):
                return None
            agreeing = _SINGULAR_AUXILIARIES.get(word) or _bare_of(word)
            return Hit(
                s.starts[k],
                s.ends[i],
                SUBJECT_VERB,
                f"“{s.prose[s.starts[k] : s.ends[i]]}”: the verb “{word}” agrees with the phrase, not with its "
                f"plural subject “{s.prose[s.starts[k] : s.ends[j]]}”; write “{agreeing}”",
                (s.prose[s.starts[k] : s.starts[i]] + agreeing,),
                classed=((noun, PLURAL),),
            )
        if (word in CLOSED_CLASS and word not in _PHRASE_WORDS) or word in _PHRASE_ENDS:
            return None  # a conjunction, a relative, an auxiliary, a pronoun: the phrase is over
        if word not in _PHRASE_WORDS and (
            VERB_S in cls or VERB_PAST in cls or (BARE_VERB in cls and VERB_ONLY in cls)
        ):
            return None  # a verb of its own
        if not word.isalpha() and not word.isdigit():
            return None
        i += 1
    return None


#: Class letters an adjective opening a clause before a bare plural may carry: none, or a comparative's or
#: a superlative's ("greater", "fresh").
_ADJECTIVE_ONLY = frozenset({COMPARATIVE, SUPERLATIVE})


def _modified_bare_plural(s: Scan, k: int) -> Hit | None:
    """ "Studies show that greater vegetables is consistent with ...": an adjective
    of the table (a word with no noun or verb reading, or a comparative or superlative one) opening its
    clause (not a gerund, which heads a subject of its own: "reducing prescriptions is"), a bare plural after
    it and "is", "was", "has" or "does" (``_bare_plural_auxiliary``'s reading one
    word on)."""
    word = s.lowers[k]
    if not word.isalpha() or word.endswith(("ly", "ing")) or not set(classes(word)) <= _ADJECTIVE_ONLY:
        return None
    if is_rarer_than(word, _NAME_ZIPF):
        return None  # a rare word the table leaves unclassed may be a noun or a name
    j = k + 1
    if not s.is_lower(j):
        return None
    ncls = classes(s.lowers[j])
    if PLURAL not in ncls or SINGULAR in ncls or VERB_S in ncls:
        return None
    after = _verb_after(s, j)
    if after is None or after[1] or s.lowers[after[0]] not in _SINGULAR_AUXILIARIES:
        return None
    return _bare_plural_auxiliary(s, j, after[0], first=k)


#: The word classes a noun modifier may carry: a singular noun, a noun that is also a bare verb ("blood"), or none
#: (an adjective the table leaves unclassed: "thyroid")
_NOUN_MODIFIER = frozenset({SINGULAR, BARE_VERB})


#: How common (Zipf) an unclassed modifier may be: commoner unclassed words are function words and pronouns
_UNCLASSED_MODIFIER_ZIPF = 5.0
#: Words after which a clause opens inside a noun phrase, its subject and verb before the main verb
_RELATIVE_OPENERS = frozenset("that which who whom where when".split())


def _noun_modified_bare_plural(s: Scan, k: int) -> Hit | None:
    """ "Thyroid glands is a butterfly-shaped organ", "Kidney stones is common": a noun or unclassed modifier opening
    its clause (in lower case, or capitalised where it opens a sentence), a bare plural in lower case after it, and
    "is", "was", "has" or "does" right after that (``_bare_plural_auxiliary``). Not a gerund ("Reducing
    prescriptions is"), an adverb, a verb-only or past form, or a plural modifier; a capitalised plural
    ("Weight Watchers is") is a name. (s56)"""
    word = s.lowers[k]
    if not word.isalpha() or word.endswith(("ing", "ly")) or not set(classes(word)) <= _NOUN_MODIFIER:
        return None
    if is_rarer_than(word, _NAME_ZIPF) or (
        not classes(word) and not is_rarer_than(word, _UNCLASSED_MODIFIER_ZIPF)
    ):
        return None  # a rare word may be a name; a common unclassed one is a function word ("he says is")
    j = k + 1
    if j + 1 >= s.n or not s.is_lower(j):
        return None
    ncls = classes(s.lowers[j])
    if PLURAL not in ncls or SINGULAR in ncls or s.lowers[j][-1:] != "s":
        return None
    if VERB_S in ncls and k > 0 and s.lowers[k - 1] in _RELATIVE_OPENERS:
        return None  # a relative clause's subject and verb before the main verb: "The age that epilepsy begins is"
    if not s.adjacent(j) or not s.is_lower(j + 1) or s.lowers[j + 1] not in _SINGULAR_AUXILIARIES:
        return None
    return _bare_plural_auxiliary(s, j, j + 1, first=k)


#: Singular auxiliaries a bare plural subject cannot take, with the plural form for the fix.
_SINGULAR_AUXILIARIES = {"is": "are", "was": "were", "has": "have", "does": "do"}


def _bare_plural_auxiliary(s: Scan, j: int, i: int, first: int | None = None) -> Hit | None:
    """ "Vegetables is good for you", "that patients has": a plural of the noun table with no determiner,
    opening its clause, before "is", "was", "has" or "does". The table gives no plural letter to the
    words whose plural form names one thing ("measles", "shingles", "news", "series", "genetics"), so those
    never count; nor does a plural that is also a singular, nor one that is also a verb's "-s" form (after
    a relative "that" it is the verb: "the disease that results is called gigantism"). Only a form of
    "be", "have" or "do" is read
    here: a lexical verb's "-s" after a plural has its own reading above. ``first``: the subject's first
    word when a modifier stands before the plural (``_modified_bare_plural``)."""
    noun, verb = s.lowers[j], s.lowers[i]
    plural_verb = _SINGULAR_AUXILIARIES[verb]
    begin = s.starts[j if first is None else first]
    return Hit(
        begin,
        s.ends[i],
        SUBJECT_VERB,
        f"“{s.prose[begin : s.ends[i]]}”: the verb “{verb}” does not agree with the plural “{s.text(j)}”; "
        f"write “{plural_verb}”",
        (s.prose[begin : s.starts[i]] + plural_verb,),
        classed=((noun, PLURAL),),
    )


def _singular_subject(s: Scan, k: int) -> Hit | None:
    """ "The doctor prescribe antibiotics", "The disease often affect the liver", "Then the doctor move
    the scope": a determiner at ``k``, a singular count noun of the table (no collective or zero-plural
    noun: "the staff take", "the fish swim") and a bare verb. A bare verb that is also a noun ("affect",
    "rate") counts only with an adverb before it, or after a person noun with an object after it: after
    another noun it may end a compound ("the response rate to treatment"). Not after "if", "unless",
    "whether" or "that", where the bare form may be the subjunctive, nor where the subject does not open
    its clause ("Did the doctor order the test?", "Let the patient rest")."""
    if k > 0 and s.lowers[k - 1] in _SUBJUNCTIVE_OPENERS:
        return None
    if not s.adjacent(k):
        return None
    return _subject_and_bare_verb(s, k, k + 1)


def _modified_singular_subject(s: Scan, k: int) -> Hit | None:
    """ "Normal headache are not serious", "Severe migraine are common": :func:`_bare_singular_subject` with one
    adjective of the bare-noun table before the noun, the adjective opening the sentence (s64)."""
    text = s.text(k)
    if not (text[1:].islower() and s.lowers[k] in bare_table().adjectives and s.adjacent(k) and k + 2 < s.n):
        return None
    if not (s.adjacent(k + 1) and s.is_lower(k + 1) and s.lowers[k + 2] in _PLURAL_BE):
        return None
    return _singular_before_plural_be(s, k, k + 1)


def _bare_mass_subject(s: Scan, k: int) -> Hit | None:
    """ "Ginger also help digestion", "Garlic contain allicin", "Evidence suggest": a singular noun of the table
    with no determiner, capitalised only because it opens its sentence, and a bare verb, read as
    :func:`_singular_subject` reads one after a determiner. A noun that is also a plural, an adjective or a verb
    ("Fish swim", "Elderly need", "Cover cause") is not read, nor a name (a rare word, Zipf under ``_NAME_ZIPF``,
    that the text never writes in lower case). (s64: non-native pages drop the "-s" after a bare noun subject as after
    "the")"""
    text = s.text(k)
    if not text[1:].islower() or not s.adjacent(k):
        return None
    noun = s.lowers[k]
    if BARE_VERB in classes(noun) or VERB_ONLY in classes(noun):
        return None
    if comparative(noun):
        return None  # a comparative the word table also knows as a noun ("Longer follow up will be needed")
    if is_rarer_than(noun, _NAME_ZIPF) and not _common_noun(s, noun):
        return None
    return _subject_and_bare_verb(s, k, k)


def _subject_and_bare_verb(s: Scan, k: int, j: int) -> Hit | None:
    """The finding for a subject from ``k`` to its singular noun ``j`` followed by a bare verb, or None."""
    noun = s.lowers[j]
    if noun in COLLECTIVE_NOUNS or noun in ZERO_PLURAL_NOUNS:
        return None
    ncls = classes(noun)
    if PLURAL in ncls or not (SINGULAR in ncls or (PERSON in ncls and PERSON_ADJECTIVE not in ncls)):
        return None
    after = _verb_after(s, j)
    if after is None:
        return None
    i, adverb = after
    verb = s.lowers[i]
    if verb in AGREEING_VERBS or verb in CLOSED_CLASS:
        return None
    cls = classes(verb)
    if BARE_VERB not in cls:
        return None
    if not (VERB_ONLY in cls or adverb or (PERSON in ncls and _object_follows(s, i))):
        return None
    if not adverb and _finite_verb_next(s, i, person=PERSON in ncls):
        return (
            None  # the word ends a compound noun, the subject of the verb after it: "A colon cleanse removes"
        )
    return Hit(
        s.starts[k],
        s.ends[i],
        SUBJECT_VERB,
        f"“{s.prose[s.starts[k] : s.ends[i]]}”: the verb “{verb}” does not agree with the singular "
        f"“{s.prose[s.starts[k] : s.ends[j]]}”",
        (_third_singular(verb),),
        classed=((noun, SINGULAR if SINGULAR in ncls else PERSON), (verb, BARE_VERB)),
    )


#: Finite verbs and auxiliaries that, right after a bare verb, make it the head of a compound noun instead
_FINITE_AFTER = frozenset("is was has does can will may might must should would could".split())


def _finite_verb_next(s: Scan, i: int, person: bool) -> bool:
    """The word after the bare verb at ``i`` is a finite verb of its own: an auxiliary or a modal, or an "-s"
    form ("A colon cleanse removes toxins", "a liver flush is"), so the bare "verb" is a noun at the end of the
    subject (a word table that knows "cleanse" only as a verb). After a person noun an "-s" form that is also a
    plural noun is the verb's object ("The doctor order tests"). (s56)"""
    j = i + 1
    if not s.adjacent(i) or not s.is_lower(j):
        return False
    nxt = s.lowers[j]
    if nxt in _FINITE_AFTER:
        return True
    cls = classes(nxt)
    return VERB_S in cls and not (person and PLURAL in cls)


def _common_noun(s: Scan, word: str) -> bool:
    """A capitalised first word is the common noun ``word``, not a name: it is a common word (Zipf
    ``_COMMON_ZIPF`` or more: "Children", "Patients"; the surnames "Ellis" and "Sanders" are rarer) or
    the document writes it in lower case somewhere."""
    if not is_rarer_than(word, _COMMON_ZIPF):
        return True
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", s.prose) is not None


def _bare_of(verb: str) -> str:
    """The bare form of a regular verb's -s form ("recommends" -> "recommend", "carries" -> "carry",
    "goes" -> "go")."""
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1]


def _third_singular(verb: str) -> str:
    """The -s form of a regular bare verb ("take" -> "takes", "carry" -> "carries")."""
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    return verb + "s"
