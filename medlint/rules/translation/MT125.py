"""MT125 subjectless-sentence: A finite verb where the sentence's subject should stand ("In Ukraine, called four scenarios", "Was then not so bad")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from ...diagnostic import Severity
from ...document import HEADING, PARAGRAPH, QUOTE, Document
from ...rule import Example, Finding, Option, Rule
from ...text.word_classes import BARE_VERB, PLURAL, SINGULAR, VERB_ONLY, VERB_PAST, VERB_S, classes
from ._grammar_words import CLOSED_CLASS

KINDS = ("fronted-verb", "verb-first", "inverted-subject", "locative-participle", "not-only-verb")

#: Prepositions that open a fronted adverbial ("In Ukraine, ..."): closed-class words of English.
_PREPOSITIONS = frozenset(
    "in at on for from by with during after before under over about among amid within between across through "
    "throughout until following despite near inside outside against along toward towards upon without beyond "
    "behind regarding concerning according".split()
)
#: Words that open the object or clause a finite verb takes, straight after it ("called four
#: scenarios", "said that"): a participle heading a reduced clause is followed by "by", "in", "at".
_OBJECT_STARTS = frozenset(
    "the a an this these those that his her its their our my your some several many all no two three four five "
    "six seven eight nine ten".split()
)
#: Finite forms of "be", "have" and "do" that open a statement only when its subject was dropped
#: (an inverted conditional, "Had I known", or a question has its subject next). "Do" and "have"
#: open imperatives ("Do not take", "Have your doctor check") and are not read.
_FINITE_OPENERS = frozenset("is are was were has had does did".split())
#: What follows a finite opener whose subject was dropped: "not", an adverb, "been".
_AFTER_OPENER = frozenset(
    "not never also then still already now often always usually only just very so too even been being "
    "again rarely seldom hardly".split()
)
#: Articles after an opening "is" or "was": a copula whose subject was dropped ("Is a promising disease.").
_ARTICLES = frozenset({"a", "an", "the"})
#: Modals that open a passive whose subject was dropped ("Must be treated ...").
_MODALS = frozenset("must should can could may might will would shall".split())
#: Words that can be a subject, straight after a finite opener (a question or an inversion).
_SUBJECTS = frozenset(
    "i you he she it we they there this that these those one someone something anyone anything everyone "
    "everything nobody nothing".split()
)
#: Finite verb forms that open or stand in a clause: the fronted phrase must have none of them.
_FINITE = frozenset(
    "is are was were am be been has have had do does did will would can could may might must shall should".split()
)
#: An unmarked list item is a paragraph of at most this many words; a lead-in this many
#: paragraphs back still makes one.
_LIST_ITEM_WORDS = 25
_LIST_LOOKBACK = 30
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: A fronted phrase on a name with no comma after it, then a verb and its object ("In Ukraine
#: called four scenarios"): the name's capitals mark where the phrase ends.
_NAMED_OPENER = re.compile(r"[\"“‘(]?([A-Z][a-z]+) (?:[A-Z][A-Za-z]+ ){1,3}([a-z]+) ([\"“]?)([A-Za-z0-9]+)")
#: A sentence's first word, after any opening quote, bracket or dash.
_FIRST_WORD = re.compile(r"[\s\"'“‘(\[–—-]*([A-Za-z]+)")
#: Marks a sentence may open with before its first word (a quote, a bracket, a dash).
_LEAD = re.compile(r"[\s\"'“‘(\[–—-]*")


def _finite_form(word: str) -> bool:
    """A past or -s form of a verb that is no plural noun ("called", "retains"; not "causes")."""
    c = classes(word)
    return VERB_PAST in c or (VERB_S in c and PLURAL not in c)


def _fronted_verb(text: str) -> tuple[int, int, str] | None:
    """(start, end, verb) of the finite verb after a fronted prepositional phrase and its comma,
    with the object after it and no subject between ("In Ukraine, called four scenarios")."""
    named = _NAMED_OPENER.match(text)
    if named and named.group(1).lower() in _PREPOSITIONS:
        verb, quote, nxt = named.group(2), named.group(3), named.group(4)
        if _finite_form(verb) and (quote or nxt.lower() in _OBJECT_STARTS or nxt[0].isdigit()):
            if "," not in text[named.end() :]:
                return named.start(2), named.end(2), verb
    comma = text.find(",")
    if comma < 0:
        return None
    opener = _WORD.findall(text[:comma])
    if not opener or len(opener) > 10:
        return None
    prepositional = opener[0].lower() in _PREPOSITIONS
    if (
        not prepositional
        and not (opener[0].lower() in _CONNECTIVES and len(opener) <= 3)
        and not _topic(opener)
    ):
        return None  # "Therefore,", "First of all,": a connective opens the sentence
    if any(w.lower() in _FINITE or w.lower() in _SUBJECTS or _finite_form(w.lower()) for w in opener[1:]):
        return None  # "After the storm ended, ..." opens with a clause; "In it, ..." names a subject
    if "?" not in text and text.rstrip().endswith((".", "!")):
        aux = _fronted_auxiliary(text, comma)
        if aux is not None:
            return aux
    if not prepositional:
        return None  # after a connective only the auxiliary is read
    rest = text[comma + 1 :]
    m = re.match(r"\s+([a-z]+)\s+([\"“]?)([A-Za-z0-9]+)", rest)
    if not m:
        return None
    verb, quote, nxt = m.group(1), m.group(2), m.group(3)
    if not _finite_form(verb):
        return None
    if not (quote or nxt.lower() in _OBJECT_STARTS or nxt[0].isdigit()) and not _postponed_subject(verb, nxt):
        return None
    if "," in rest[m.end() :]:
        return None  # "In 2019, called the best year, sales rose": a participle's aside before the clause
    start = comma + 1 + m.start(1)
    return start, start + len(verb), verb


#: How many words a topic noun phrase before its comma may hold ("Wind-cold cold, can eat more ginger").
_TOPIC_WORDS = 3


#: Words that answer or exclaim before an elliptic reply ("Yes, can do."), not a topic.
_ANSWERS = frozenset("yes no yeah yep nope ok okay sure well oh ah alas please thanks".split())
#: A comma within the first words and a modal right after it: the only sentences a topic can open.
_TOPIC_COMMA = re.compile(r"[^,.;:!?]{1,40},\s+(?:" + "|".join(sorted(_MODALS)) + r")\s")


def _topic_comma(text: str) -> bool:
    """The sentence has a comma within its first words and a modal right after it (a cheap test first)."""
    return "," in text[:42] and _TOPIC_COMMA.match(text) is not None


def _topic(opener: list[str]) -> bool:
    """The words before the comma are a bare noun phrase, the topic of a Chinese or Japanese topic-comment
    sentence ("Wind-cold cold, can eat more ginger": 风寒感冒，可以多吃姜; "Diabetic patients, should avoid
    sugar"): up to ``_TOPIC_WORDS`` words, none a closed-class word, a verb form or an adverb, the last a
    noun of the word table. Only the auxiliary reading follows such a topic: a modal and its bare verb
    with no subject, which English never writes after a noun phrase and its comma (a question, "Parents,
    should you worry?", has its subject and its mark)."""
    if len(opener) > _TOPIC_WORDS:
        return False
    for word in opener:
        low = word.lower()
        if (
            low in _PREPOSITIONS
            or low in _CONNECTIVES
            or low in _FINITE
            or low in _SUBJECTS
            or low in _ARTICLES
        ):
            return False
        if low.endswith("ly") or _finite_form(low) or VERB_ONLY in classes(low):
            return False
    head = opener[-1].lower()
    head_classes = classes(head)
    # a noun of the table, or a word it leaves unclassed ("cold", "wind-cold"), but not an answer word
    return SINGULAR in head_classes or PLURAL in head_classes or (not head_classes and head not in _ANSWERS)


#: Sentence adverbs that open a statement and its comma ("Therefore, you should"): the subject follows.
_CONNECTIVES = frozenset(
    "therefore furthermore moreover besides also thus hence so however additionally meanwhile then finally "
    "firstly secondly thirdly first second third lastly instead otherwise likewise similarly nevertheless".split()
)


def _bare_verb_here(word: str, after: str) -> bool:
    """``word`` after a modal is its bare verb, not the noun of a subject in a question that lost its
    mark ("could brain games help"): a verb that is no noun, or one whose next word is no verb or
    plural that the noun reading would need."""
    cls = classes(word)
    if BARE_VERB not in cls or PLURAL in cls:
        return False
    if VERB_ONLY in cls:
        return True
    after_cls = classes(after)
    return BARE_VERB not in after_cls and PLURAL not in after_cls


def _fronted_auxiliary(text: str, comma: int) -> tuple[int, int, str] | None:
    """(start, end, auxiliary) of a modal or a form of "be" right after an opening phrase and its
    comma, with no subject between: "Therefore, should drink plenty of water", "In addition, can also
    eat fruit", "Furthermore, is very important to rest" (Chinese 因此应该, 另外也可以: the subject left
    to the context). A modal must be followed by a bare verb or "be" (an adverb may stand between): an
    inverted condition has its subject there ("However, should symptoms worsen, ..."); a form of "be"
    by "not", an adverb or an article."""
    rest = text[comma + 1 :]
    m = re.match(r"\s+([a-z]+)\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?", rest)
    if not m:
        return None
    aux, nxt = m.group(1), m.group(2)
    if aux in _MODALS:
        adverb = nxt in _AFTER_OPENER or (nxt.endswith("ly") and len(nxt) > 4)
        verb, after = (m.group(3) or "", m.group(4) or "") if adverb else (nxt, m.group(3) or "")
        if verb != "be" and not _bare_verb_here(verb, after):
            return None
    elif aux in ("is", "are", "was", "were"):
        if not (nxt in _AFTER_OPENER or nxt in _ARTICLES or (nxt.endswith("ly") and len(nxt) > 4)):
            return None
    else:
        return None
    start = comma + 1 + m.start(1)
    return start, start + len(aux), aux


def _subjectless_message(verb: str, first: str, low: str, topic: bool) -> str:
    """What the opening before a subjectless verb is: a topic, a connective, or a phrase of place or time."""
    if topic:
        return (
            f"“{verb}” has no subject: the noun phrase before the comma is the sentence's topic, not its subject (a "
            "topic-comment sentence of Chinese or Japanese); name who does it (“people with ... can ...”)"
        )
    if low in _CONNECTIVES:
        return (
            f"“{verb}” has no subject: “{first}” only links the sentence to the one before, so nobody does the verb "
            "(a subject the source language left to the context); name who does it"
        )
    return (
        f"“{verb}” has no subject: the phrase before it only says where or when, so nobody does the verb (a "
        "subject the source language left to the verb's ending); name who does it"
    )


def _opening_words(text: str) -> tuple[int, list[str]]:
    """Where the sentence's first word starts (after any opening quote, bracket or dash), and its words from there."""
    lead = _LEAD.match(text)
    at = lead.end() if lead else 0
    return at, _WORD.findall(text[at:])


def _verb_first(text: str) -> tuple[int, int, str] | None:
    """(start, end, verb) of a statement that opens with its finite verb: a form of "be", "have" or
    "do" before "not", an adverb or "been" ("Was then also not quite so bad."), or a verb's -s
    form or past form before its object ("Retains its properties at -50 °C.", "Removed the flag.";
    "Should" before a bare verb, advice whose subject was left out: "Should eat safe food.";
    the past form only in a sentence with no comma, since "Given the risk, doctors ..." opens with a
    participle)."""
    if "?" in text or not text.rstrip().endswith((".", "!")):
        return None  # a question, or a headline without a full stop
    at, words = _opening_words(text)
    if len(words) < 3:
        return None
    first, second = words[0], words[1]
    if not first[:1].isupper() or first[1:2].isupper():
        return None  # an acronym
    low, nxt = first.lower(), second.lower()
    if nxt in _SUBJECTS or not second[:1].islower():
        return None
    if low in _FINITE_OPENERS:
        if nxt in _AFTER_OPENER or (nxt.endswith("ly") and len(nxt) > 4) or VERB_PAST in classes(nxt):
            return at, at + len(first), first
        if low in ("is", "was") and nxt in _ARTICLES:
            return at, at + len(first), first  # "Is a promising disease." (Polish "Jest to", Russian "Это")
        return None
    if low in _MODALS and nxt == "be" and len(words) > 2 and VERB_PAST in classes(words[2].lower()):
        return at, at + len(first), first  # "Must be treated, and the partner too." (Russian "Нужно лечить")
    if low == "should" and BARE_VERB in classes(nxt):
        return at, at + len(first), first  # "Should eat safe food without mold." (Vietnamese "Nên ăn")
    c = classes(low)
    if VERB_PAST in c and nxt in _OBJECT_STARTS and "," not in text:
        return at, at + len(first), first
    if VERB_S in c and PLURAL not in c and nxt in _OBJECT_STARTS:
        return at, at + len(first), first
    return None


class _Opening(NamedTuple):
    """A finding read off a sentence's opening words: its span in the sentence, message and suggestions."""

    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()


#: Verbs of appearing and occurring, which take no object: after one of them a noun phrase can only be the
#: subject the source language put after its verb (Russian "Появляется кислая отрыжка", "Appears sour eructation").
_OCCURRENCE_VERBS = frozenset(
    "appears appeared occurs occurred arises arose emerges emerged exists existed".split()
)
#: Words after such a verb that open what the verb may take in English: a preposition, an adverb of time,
#: frequency or degree, "to" or a clause ("Occurs in children", "Appears to help", "Occurs mostly at night").
_AFTER_OCCURRENCE = frozenset(
    "most mostly mainly only often usually frequently rarely more less primarily commonly predominantly later "
    "early suddenly gradually first again up out back then also always sometimes mainly chiefly".split()
)


def _inverted_subject(text: str) -> _Opening | None:
    """(start, end, verb) of a sentence that opens with a verb of appearing or occurring and puts its subject
    after it ("Appears sour eructation, heartburn.", "Occurs pain after meals."): the verb takes no object,
    so the noun phrase after it is its subject, where the source language's word order put it. A
    preposition, "to", an adverb or a closed-class word after the verb is English ("Occurs in children",
    "Appears to help", "Appeared or available on-line")."""
    at, words = _opening_words(text)
    if len(words) < 3:
        return None
    first, second = words[0], words[1]
    if not first[:1].isupper() or not _postponed_subject(first.lower(), second):
        return None
    return _Opening(at, at + len(first), _inverted_message(first, text[at + len(first) :], opens=True))


#: "Below", "Above" or "Here" opening a sentence with a participle and what it lists, and no "are" ("Below collected 10
#: effective ways to combat high blood pressure": Russian "Ниже собраны", "Ниже приведены").
_LOCATIVE_PARTICIPLE = re.compile(
    r"(Below|Above|Here)\s+([a-z]+ed|given|shown|written|chosen)\s+"
    r"(?=\d|(?:the|a|an|some|several|our|these|main|most|top|useful|effective|basic|simple|best)\b)"
)


def _locative_participle(text: str) -> _Opening | None:
    """(start, end, phrase) of "Below collected" opening a statement with no verb: English writes "Below are
    collected ..." or "Here are ...". The participle is a past form of the word table or one of the irregular
    participles the pattern lists, so "Here lies" and "Below freezing" are not read."""
    lead = _LEAD.match(text)
    at = lead.end() if lead else 0
    m = _LOCATIVE_PARTICIPLE.match(text, at)
    if m is None:
        return None
    participle = m.group(2)
    # the -ed word must be a past form of the table ("Below freezing" has none); the irregular ones are listed
    if participle.endswith("ed") and VERB_PAST not in classes(participle):
        return None
    opener = m.group(1)
    return _Opening(
        m.start(),
        m.end(2),
        f"“{opener} {participle}” has no verb: English writes “{opener} are {participle} ...” (a source language "
        "that leaves out the verb “be” in a passive)",
        (f"{opener} are {participle}",),
    )


#: "Not only" opening a sentence before a verb with no subject ("Not only contain sulfur, garlic also contains
#: protein": Indonesian "Tidak hanya mengandung"); English inverts, "Not only does it contain".
_NOT_ONLY = re.compile(r"Not\s+only\s+([a-z]+)\b")


def _not_only_verb(text: str) -> _Opening | None:
    """(start, end, verb) of "Not only" and a verb that no noun reading makes a subject: a bare or -s form the word
    table holds only as a verb, or as a verb and not as a singular or plural noun ("contain", "contains", "helps")."""
    lead = _LEAD.match(text)
    at = lead.end() if lead else 0
    m = _NOT_ONLY.match(text, at)
    if m is None:
        return None
    word = m.group(1)
    cls = classes(word)
    verb = VERB_ONLY in cls or (
        (BARE_VERB in cls or VERB_S in cls) and SINGULAR not in cls and PLURAL not in cls
    )
    if word in CLOSED_CLASS or not verb:
        return None
    return _Opening(
        at,
        m.end(1),
        f"“Not only {word}” has no subject: English puts one after an auxiliary (“Not only does it ...”) or writes "
        "the subject first (“It not only ... but also ...”)",
    )


def _inverted_message(verb: str, after: str, opens: bool) -> str:
    """The message for a verb of occurring before its subject: the subject read up to the first comma,
    stop or coordinator, and the order English writes."""
    subject = re.split(r"[,.;:!?(]| and | or ", after, maxsplit=1)[0].strip()
    where = "opens the sentence" if opens else "follows the opening phrase"
    return (
        f"“{verb}” {where} and its subject follows it (“{subject}”): English puts the subject first "
        f"(“{subject[:1].upper() if opens else subject[:1]}{subject[1:]} {verb.lower()}”; the source language's "
        "word order kept)"
    )


def _postponed_subject(verb: str, nxt: str) -> bool:
    """``verb`` is a verb of appearing or occurring and ``nxt``, in lower case, opens the noun phrase of its
    subject: no preposition, "to", adverb or closed-class word, which English writes there."""
    return (
        verb in _OCCURRENCE_VERBS
        and nxt.islower()
        and nxt not in CLOSED_CLASS
        and nxt not in _PREPOSITIONS
        and nxt not in _AFTER_OCCURRENCE
        and not nxt.endswith("ly")
    )


def _read_opening(
    openings: Iterable[tuple[str, frozenset[str], Callable[[str], _Opening | None]]], low: str, text: str
) -> tuple[str, _Opening] | None:
    """The first of ``openings`` that reads its first word ``low`` and finds something in ``text``, with its kind."""
    for kind, words, read in openings:
        if low in words:
            found = read(text)
            if found is not None:
                return kind, found
    return None


#: The readings of a sentence's first words that apply wherever a sentence opens (list items too, not headings): the
#: kind, the first words (lower case) it reads, and its reader.
_OPENING_READINGS: tuple[tuple[str, frozenset[str], Callable[[str], _Opening | None]], ...] = (
    ("not-only-verb", frozenset({"not"}), _not_only_verb),
    ("locative-participle", frozenset({"below", "above", "here"}), _locative_participle),
    ("inverted-subject", _OCCURRENCE_VERBS, _inverted_subject),
)


def _runs_on(doc: Document, block: int) -> bool:
    """Whether the paragraph before ``block`` is running prose (it ends with a sentence mark), so
    that ``block``'s first sentence continues a text and is no label, note or product line."""
    if block == 0:
        return False
    before = doc.blocks[block - 1]
    if before.kind not in (PARAGRAPH, QUOTE):
        return False
    tail = doc.prose[before.start : before.end].rstrip()
    if not tail.endswith((".", "!", "?", '."', ".”")):
        return False
    # an unmarked list: one-line items after a lead-in that ends with a colon ("those who:" /
    # "Have a lot of stress." / "Are depressed ..."), read back over the items before this one
    for k in range(block - 1, max(block - _LIST_LOOKBACK, 0) - 1, -1):
        b = doc.blocks[k]
        text = doc.prose[b.start : b.end].rstrip()
        if text.endswith(":"):
            return False
        if b.kind not in (PARAGRAPH, QUOTE) or len(_WORD.findall(text)) > _LIST_ITEM_WORDS:
            break
    return True


class SubjectlessSentence(Rule):
    """A finite verb where the sentence's subject should stand.

    Czech, Russian, Ukrainian, Chinese and Japanese drop a subject the verb's
    ending or the context supplies, and German drops an impersonal "es"; a
    weak translation system keeps the gap, and the English sentence has a
    verb with no one doing it. Two forms are read, each by its structure
    and with no list of phrases:

    - ``fronted-verb``: a fronted prepositional phrase with no verb of its
      own, its comma, then a finite verb with its object straight after
      ("In Ukraine, called four scenarios for Zelensky", "In the ministry,
      said that ..."), or with no comma after a phrase on a name ("In
      Ukraine called four scenarios"); a participle that heads a reduced clause ("According to
      the data, obtained by ...") takes no object there and passes. After such a phrase or a
      connective ("Therefore,", "Furthermore,", "First of all,"), a modal before a bare verb or
      "be", or a form of "be" before "not", an adverb or an article ("Therefore, should drink
      plenty of warm water", "Furthermore, is very important to rest"; Chinese 因此应该): an
      inverted condition has its subject there ("However, should symptoms worsen") and a
      question its mark, and a word after the modal that may be a noun before a verb or plural
      is read as a question's subject ("In other words, could brain games help"). So is a
      bare noun phrase of up to three words and its comma before a modal and its bare verb,
      the topic of a Chinese or Japanese topic-comment sentence ("Wind-cold cold, can eat more
      ginger", "Diabetic patients, should avoid sugar"; not an answer word, "Yes, can do", nor
      a question, "Parents, should you worry?"): 0 on MedQuAD, the clean sentences,
      FakeHealth and WMT22's references and system output from Chinese and Japanese;
    - ``verb-first``: a statement (a full stop, no question mark) that opens
      with a finite "is", "was", "were", "are", "has", "had", "does" or "did"
      before "not", an adverb, "been" or a participle ("Was then also not
      quite so bad.", "Has been sent to the customer."), with "is" or "was" before
      an article ("Is an infectious disease, it spreads by contact.": Polish
      "Jest to", Russian "Это"), with a modal, "be" and a participle ("Must be
      treated, and the partner too."), or with a verb's -s
      or past form before its object ("Retains its properties at -50 °C.",
      "Removed the flag."; the article and modal readings find none on MedQuAD,
      the clean sentences or FakeHealth and 16 in WMT22's 2.2M words of system
      output: "Can be considered.", a question that lost its mark, and 11 copies
      of one product text's "Can be washed in the dishwasher.", which its human
      reference writes too). Only
      paragraphs and quotations are read, and a paragraph's first sentence
      only where the paragraph before it is running prose ending with a
      sentence mark: headings, list items, table cells, captions, an opening
      line and the unmarked items of a list after a lead-in that ends with a
      colon ("those who:" / "Have a lot of stress.") are where notes and
      product copy drop the subject on purpose ("Contains 20 mg of zinc.");
    - ``inverted-subject``: a verb of appearing or occurring ("appears",
      "occurs", "arises", "emerges", "exists", in the -s or past form) that
      opens a sentence, or follows a fronted phrase and its comma, with a noun
      phrase after it ("Appears sour eructation, heartburn.", "After eating,
      appears heaviness in the stomach": Russian "Появляется кислая
      отрыжка"). Those verbs take no object, so the noun phrase is their
      subject, left where the source language's word order put it; a
      preposition, "to", an adverb or a closed-class word after the verb is
      English ("Occurs in children", "Appears to help", "Occurs mostly at
      night"). Read in list items too, since a subject put after its verb is
      no note's shorthand (headings are left). A warning: 0 on MedQuAD, the
      clean sentences, FakeHealth and WMT22's references;
    - ``locative-participle``: "Below", "Above" or "Here" opening a
      statement with a participle and what it lists, and no "are" ("Below
      collected 10 effective ways to combat high blood pressure": Russian
      "Ниже собраны"); "Here lies" and "Below freezing" have no participle.
      0 on MedQuAD, the clean sentences, FakeHealth and WMT22's references;
    - ``not-only-verb``: "Not only" opening a sentence before a verb with no
      subject ("Not only contain sulfur, garlic also contains protein":
      Indonesian "Tidak hanya mengandung"); English inverts ("Not only does
      it contain") or puts the subject first. A word that may be a noun
      ("Not only one driver", "Not only when") is left. 0 on MedQuAD, the
      clean sentences, FakeHealth and WMT22's references.

    Read off the weakest WMT22 systems' development windows
    (``benchmarks/wmt22_dev_classes.tsv``: a subjectless finite clause in 25
    of 174 windows, in no reference window read), measured with
    ``benchmarks/wmt22_dev.py``. Telegraphic writing drops subjects too
    (product descriptions and chat in the WMT22 references: "Does not
    obstruct the view."), so ``verb-first`` is info; ``fronted-verb`` never
    fired on a reference or on clean health writing and is a warning.
    """

    code = "MT125"
    name = "subjectless-sentence"
    category = "translation"
    severity = Severity.WARNING
    source = (
        "The Cambridge Grammar of the English Language (Huddleston and Pullum 2002), ch. 4 (the subject is "
        "obligatory in a finite clause); Haspelmath 2001 (pro-drop in the source languages); WMT22 "
        "general task system outputs (Kocmi et al. 2022), development windows"
    )
    options = {
        "disabled-kinds": Option([], list, "forms not checked (any of: " + ", ".join(KINDS) + ")"),
    }
    should_fire = (
        "In Ukraine, called four scenarios for the vaccine rollout.",
        "In the ministry, said that the clinics would stay open.",
        "Drink warm water in winter. Therefore, should drink plenty of it every day.",
        Example(
            "The tyre burst on the way home. Was then also not quite so bad, the repair took an hour.",
            note="verb-first: info",
        ),
        Example("The sealant is sold in tubes. Retains its properties at low temperatures.", note="info"),
        Example(
            "Symptoms of gastritis:\n\n- Appears sour eructation, heartburn.\n",
            format="markdown",
            note="inverted-subject, in a list item too",
        ),
    )
    should_not_fire = (
        "In Ukraine, officials called four scenarios likely.",
        "According to the data, obtained by the newspaper, cases rose.",
        "After the storm ended, said the mayor, the clinics reopened.",
        "In 2019, called the best year, sales rose.",
        "However, should symptoms worsen, call your doctor. Therefore, you should rest.",
        "Was the test positive? Is it safe. Had I known, I would have called.",
        Example("Contains 20 mg of zinc.", note="a paragraph's first sentence: product copy or a note"),
        Example("# Was never approved.\n\nThe drug is sold online.", format="markdown", note="a heading"),
        "The drug is sold online. Do not take it with alcohol. Have your doctor check your dose.",
        Example(
            "The rash appears in children. Occurs in 1 of 1,000 births. Appears to help. Occurs mostly at night.",
            note="a preposition, 'to' or an adverb after a verb of occurring",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        disabled = set(self.opts["disabled-kinds"])
        fronted = "fronted-verb" not in disabled
        first = "verb-first" not in disabled
        # the opening readings whose first words the document holds ("not only" needs "not")
        openings = [
            r for r in _OPENING_READINGS if r[0] not in disabled and not r[1].isdisjoint(doc.word_set)
        ]
        if not (fronted or first or openings):
            return
        blocks = doc.blocks
        previous_block = -1
        for sent in doc.sentences:
            opens_block = sent.block != previous_block
            previous_block = sent.block
            text = sent.text
            # the first word decides which form can apply; most sentences open with neither a
            # preposition nor a finite verb and cost one match and a set look-up
            m = _FIRST_WORD.match(text)
            if m is None:
                continue
            low = m.group(1).lower()
            topic = low not in _PREPOSITIONS and low not in _CONNECTIVES
            if not topic or (fronted and _topic_comma(text)):
                hit = _fronted_verb(text) if fronted else None
                if hit is not None:
                    start, end, verb = hit
                    yield Finding(
                        sent.start + start,
                        sent.start + end,
                        _inverted_message(verb, text[end:], opens=False)
                        if verb in _OCCURRENCE_VERBS
                        else _subjectless_message(verb, m.group(1), low, topic),
                        data={"kind": "fronted-verb"},
                    )
                continue
            opening = _read_opening(openings, low, text) if blocks[sent.block].kind != HEADING else None
            if opening is not None:
                kind, found = opening
                yield Finding(
                    sent.start + found.start,
                    sent.start + found.end,
                    found.message,
                    found.suggestions,
                    data={"kind": kind},
                )
                continue
            if not first or not (low in _FINITE_OPENERS or low in _MODALS or _finite_form(low)):
                continue
            if blocks[sent.block].kind in (PARAGRAPH, QUOTE) and (
                not opens_block or _runs_on(doc, sent.block)
            ):
                hit = _verb_first(text)
                if hit is not None:
                    start, end, verb = hit
                    yield Finding(
                        sent.start + start,
                        sent.start + end,
                        f"The sentence opens with its verb “{verb}” and has no subject: name who or what it "
                        "is about (a subject the source language left out)",
                        severity=Severity.INFO,
                        data={"kind": "verb-first"},
                    )
