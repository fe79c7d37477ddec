"""TX118 relative-agreement: a plural subject whose verb, after a relative clause, is singular
("People who took the drug has a higher risk")."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document, Word
from ...rule import Example, Finding, Rule
from ...text.refstats import FUNCTION_WORDS
from ...text.refstats import load as load_refstats
from ...text.word_classes import BARE_VERB, PLURAL, VERB_ONLY, VERB_PAST, VERB_S, classes
from ._shared import word_hits

#: The relative pronouns that open a subject relative clause after a noun.
_RELATIVES = frozenset({"who", "that", "which"})
#: Plural heads the word-class table does not mark plural: irregular plurals of persons and the
#: plural demonstrative used as a pronoun ("those who").
_PLURAL_HEADS = frozenset(
    "people women men children adults those others persons individuals folks teens teenagers".split()
)
#: Words that may open or fill the subject noun phrase before its head ("The older people who").
_NP_WORDS = frozenset(
    "the these those many most some all such both several numerous various other young older elderly "
    "sick pregnant healthy".split()
)
#: Words that cannot stand inside a subject noun phrase before its head: prepositions, verbs and
#: conjunctions put the head in another phrase ("the risk in people who ... is" is right).
_NOT_IN_NP = frozenset(
    "of in on at for with by from to into among about between than like as and or but nor is are was were "
    "be been has have had do does did can may might will would should could must not no only if when "
    "while because although since unless until whether how what where why one each every any none either "
    "neither number around across through throughout over under after before during without within "
    "including near against toward towards via per despite beyond along behind inside outside except "
    "following beside besides upon onto using".split()
)
#: Finite forms the auxiliary or modal of a plural clause verb may take ("who have", "who can").
_CLAUSE_AUX = frozenset(
    "are were have had do did can could may might will would should must often also never usually still "
    "already only".split()
)
#: Verbs that take a clause as object ("people who think the drug is safe"): a singular verb after
#: them belongs to that clause, not to the subject.
_CLAUSE_OBJECT_VERBS = frozenset(
    "think thought know knew known believe believed say said says feel felt find found show showed shown "
    "suggest suggested report reported hope hoped fear feared learn learned learnt realize realized realise "
    "realised understand understood mean meant notice noticed see saw seen hear heard agree agreed claim "
    "claimed argue argued decide decided discover discovered assume assumed expect expected worry worried "
    "ensure ensured insist insisted doubt doubted guess guessed suspect suspected tell told note noted prove "
    "proved indicate indicated confirm confirmed reveal revealed demonstrate demonstrated predict predicted "
    "wish wished admit admitted deny denied recognize recognized recognise recognised remember remembered "
    "forget forgot read wrote write explain explained state stated mention mentioned complain complained "
    "ask asked wonder wondered check checked determine determined test tested".split()
)
#: Words that end the scan of the clause: another clause or phrase opens, so the verb that follows
#: may be that clause's.
_CLAUSE_BREAKS = frozenset(
    "and or but nor who whom whose which that where when while if because as since until unless although "
    "though whether what how why than so like whatever whoever".split()
)
#: A singular finite verb and the plural form an editor writes for it.
_SINGULAR_FINITE = {
    "has": "have",
    "is": "are",
    "was": "were",
    "does": "do",
    "hasn't": "haven't",
    "isn't": "aren't",
    "wasn't": "weren't",
    "doesn't": "don't",
}
#: Words after "who" or "that" that open a subject of their own: the clause is an object relative
#: ("people who the drug helped") or "that" opens a content clause ("signs that something is wrong").
_NOT_A_VERB = frozenset(
    "the a an this these those it he she they we you i me him her them us its his their our your my some "
    "any something someone somebody anything anyone anybody nothing no none everything everyone everybody "
    "there all many most one each every both either neither much more less such own other another".split()
)
#: Singular indefinite pronouns, whose verb after a relative clause is singular ("Anyone who drinks
#: alcohol has", not "have").
_SINGULAR_HEADS = frozenset("anyone everyone someone anybody everybody somebody nobody".split())
#: A plural finite verb and the singular form an editor writes for it.
_PLURAL_FINITE = {
    "have": "has",
    "are": "is",
    "were": "was",
    "do": "does",
    "haven't": "hasn't",
    "aren't": "isn't",
    "weren't": "wasn't",
    "don't": "doesn't",
}
#: What a singular clause verb may be after "anyone who": an auxiliary or modal of any number.
_SINGULAR_CLAUSE_AUX = frozenset("has is was does did can could may might will would should must".split())
#: ``RefStats.noun_like``'s thresholds for a noun: ends a phrase in 20% of its uses, takes an
#: article after it or follows a copula in under 5%.
NOUN_END, NOUN_OTHER = 0.2, 0.05
#: The longest relative clause read, in words after the relative pronoun.
_MAX_CLAUSE = 8


def _bare_form(verb: str) -> str:
    """The plural present of a verb's -s form ("causes": "cause", "carries": "carry")."""
    low = verb.replace("\u2019", "'")
    if low in _SINGULAR_FINITE:
        return _SINGULAR_FINITE[low]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return low[:-2]
    return low[:-1]


def _noun(word: str) -> bool:
    """Whether clean health prose uses ``word`` as a noun (``RefStats.noun_like``: after a
    determiner, ending a phrase, seldom before an article or after a copula): "brain", "murmur";
    not "lower", "line", "cause"."""
    stats = load_refstats().word(word)
    return stats is not None and stats.freq > 0 and stats.noun_like(NOUN_END, NOUN_OTHER)


def _plural_shape(word: str) -> bool:
    """Whether ``word`` has the form of a regular plural ("murmurs"; not "mass", "virus", "this"):
    the part of ``_regular_plural`` that needs no reference statistics."""
    return len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _regular_plural(word: str) -> bool:
    """Whether ``word`` is the regular plural of a noun the word-class table does not hold
    ("murmurs": "murmur" is a noun in clean health prose)."""
    if not _plural_shape(word):
        return False
    if word.endswith("ies") and _noun(word[:-3] + "y"):
        return True
    return _noun(word[:-1]) or (word.endswith("es") and _noun(word[:-2]))


def _singular_verb(word: str) -> bool:
    """Whether the lower-case ``word`` is a singular finite verb: "has", "is", "was", "does" (and
    their negatives) or an -s form the word-class table gives no plural-noun reading ("contains")."""
    if word.replace("\u2019", "'") in _SINGULAR_FINITE:
        return True
    k = classes(word)
    return VERB_S in k and PLURAL not in k


def _agreement_finding(doc: Document, start: int, end: int, verb: Word, number: str, form: str) -> Finding:
    """The finding on ``verb``, whose subject ``doc.prose[start:end]`` ("People who", "Anyone who") is
    ``number``: the message names the subject, and the fix (unsafe) writes ``form``."""
    subject = doc.prose[start:end]
    return Finding(
        verb.start,
        verb.end,
        f"“{verb.text}” after “{subject} …”: the subject is {number}; write “{form}”",
        (form,),
        Fix((Edit(verb.start, verb.end, form),), f"write {form!r}", safe=False),
    )


class RelativeAgreement(Rule):
    """A plural subject whose verb, after a relative clause, is singular ("People who took the drug has").

    Between a subject and its verb, a relative clause puts a noun of its
    own ("the drug"), and the verb is made to agree with that noun instead
    of the subject; grammar and spelling checkers that read pairs of words
    miss it. The structure: a plural head noun (a plural of the word-class
    table, "people", "children", "those") that opens its sentence or
    follows a comma, with at most a few determiners or modifiers before it
    and no preposition (in "the risk in people who ...", "people" is not the
    subject); then "who", "that" or "which" and a clause verb (a bare or past
    form, or an auxiliary: "who took", "that have", "who can"); then, within
    eight words and with no punctuation, conjunction or second clause
    between, the first finite verb is singular ("has", "is", "was", "does",
    or an -s form with no noun reading). Left: a clause verb that takes a
    clause as its object ("people who think the drug is safe"), one of a
    quantity ("one of the people who ..."), and a singular clause verb
    ("people who takes it has": two slips, or a head read wrong). The mirror
    slip is read too: a singular indefinite pronoun ("anyone", "everyone",
    "someone") and a singular clause verb, then a plural finite verb ("Anyone
    who drinks alcohol have problems"). The fix (unsafe) writes the verb in
    the subject's number.
    """

    code = "TX118"
    name = "relative-agreement"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Bock and Miller (1991), Broken agreement, Cognitive Psychology 23(1) (attraction: a verb agrees with "
        "the noun nearest it, not its subject); Huddleston and Pullum (2002), The Cambridge Grammar of the "
        "English Language, ch. 5 (subject-verb agreement); word classes: WordNet 3.0 (Princeton University, "
        "WordNet licence)"
    )
    should_fire = (
        Example("People who took the drug has a higher risk of bleeding."),
        Example("Children that have the gene is more likely to develop it."),
        Example("Anyone who drinks alcohol have problems with hangovers."),
    )
    should_not_fire = (
        "People who took the drug have a higher risk of bleeding.",
        Example("The risk in people who took the drug is higher.", note="the head is not the subject"),
        Example("People who think the drug is safe take more.", note="a clause as the verb's object"),
        Example("One of the patients who took the drug has died.", note="the subject is 'one'"),
        Example("Anyone who drinks alcohol has problems; everyone who took it said they are fine."),
        Example("Anyone who has ever tried to diet probably could have said the same."),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        at = word_hits(doc, _RELATIVES)
        if not at:
            return
        yield from self._indefinite_heads(doc, at)
        lowers = doc.lower_words
        words = doc.words()
        joined = doc.joinable
        n = len(lowers)
        for r in at:
            h = r - 1
            if h < 0 or r + 1 >= n or not joined[h] or not joined[r] or not words[r].text.islower():
                continue
            head = lowers[h]
            head_classes = classes(head)
            # the reference statistics (``_noun``) are asked last, once every other test has passed:
            # loading them is a one-file run's largest cost of this rule, and most documents never
            # reach that point (the order of pure tests does not change what is found)
            listed_plural = head in _PLURAL_HEADS or PLURAL in head_classes
            if not listed_plural and not _plural_shape(head):
                continue
            opens = self._opens_subject(doc, h)
            if opens is None:
                continue
            if VERB_S in head_classes and not (
                opens == ("sentence", h) or any(lowers[j] in _NP_WORDS for j in range(opens[1], h))
            ):
                continue  # "Research shows that", "humans, shows that": the -s form is the verb
            v = r + 1
            verb = lowers[v]
            verb_may_be_noun = False
            if verb not in _CLAUSE_AUX:
                k = classes(verb)
                if k and not (BARE_VERB in k or VERB_PAST in k):
                    continue  # a noun next: not a subject relative
                if not k and (
                    verb in _NOT_A_VERB
                    or verb in FUNCTION_WORDS
                    or not verb.isalpha()
                    or verb.endswith(("ly", "ing"))
                ):
                    continue  # an object relative ("people who the drug helped") or a "that" clause
                verb_may_be_noun = bool(k) and VERB_ONLY not in k and VERB_PAST not in k
            elif v + 1 < n and joined[v] and lowers[v + 1] in _CLAUSE_OBJECT_VERBS:
                continue  # "who have found the drug is"
            if verb in _CLAUSE_OBJECT_VERBS:
                continue
            target = self._matrix_verb(lowers, joined, v)
            if target is None:
                continue
            t = words[target]
            plural = _bare_form(t.text.lower())
            if t.text[:1].isupper():
                continue
            if not listed_plural and not _regular_plural(head):
                continue
            if verb_may_be_noun and _noun(verb):
                continue  # a noun that is also a verb: "that brain growth" ("that" opens a clause)
            yield _agreement_finding(doc, words[h].start, words[r].end, t, "plural", plural)

    def _indefinite_heads(self, doc: Document, at: list[int]) -> Iterable[Finding]:
        """ "Anyone who drinks alcohol have problems": a singular indefinite pronoun that opens its
        subject, "who" or "that" and a singular or past clause verb, then within the clause's reach
        a plural finite verb, with no punctuation, conjunction or subject of its own between."""
        lowers = doc.lower_words
        words = doc.words()
        joined = doc.joinable
        n = len(lowers)
        for r in at:
            h = r - 1
            if h < 0 or r + 1 >= n or lowers[h] not in _SINGULAR_HEADS or not joined[h] or not joined[r]:
                continue
            if self._opens_subject(doc, h) is None:
                continue
            verb = lowers[r + 1]
            verb_classes = classes(verb)
            # after "who" an -s form is the verb even where the table also reads a plural noun ("drinks")
            if not (verb in _SINGULAR_CLAUSE_AUX or VERB_S in verb_classes or VERB_PAST in verb_classes):
                continue
            if verb in _CLAUSE_OBJECT_VERBS:
                continue
            k = r + 1
            for _ in range(_MAX_CLAUSE):
                if not joined[k] or k + 1 >= n:
                    break
                k += 1
                w = lowers[k].replace("\u2019", "'")
                if w in _CLAUSE_BREAKS or w in _CLAUSE_OBJECT_VERBS or _singular_verb(w):
                    break
                if w in ("they", "we", "you", "i", "he", "she", "it"):
                    break
                if w in ("can", "could", "may", "might", "will", "would", "should", "must", "shall", "to"):
                    break  # a modal's verb group has no number ("could have said")
                if w in _PLURAL_FINITE:
                    t = words[k]
                    if t.text[:1].isupper() or k == r + 2:
                        break
                    yield _agreement_finding(
                        doc, words[h].start, words[r].end, t, "singular", _PLURAL_FINITE[w]
                    )
                    break

    @staticmethod
    def _opens_subject(doc: Document, h: int) -> tuple[str, int] | None:
        """How the noun phrase that ends at word ``h`` opens, and its first word: "sentence" when
        it opens its sentence, "comma" when it follows a comma; None otherwise. At most three words stand
        before the head, each a determiner or modifier of ``_NP_WORDS``, a word with no verb
        reading, or a noun with a verb reading right after a determiner or the sentence's start
        ("most heart murmurs", "Blood cells"): a preposition or verb before the head puts it in
        another phrase ("the risk in people who", "doctors treat people who")."""
        words = doc.words()
        lowers = doc.lower_words
        joined = doc.joinable
        prose = doc.prose
        k = h
        for _ in range(4):
            if doc.opens_sentence(words[k].start):
                return "sentence", k
            if k == 0 or not joined[k - 1]:
                gap = prose[words[k - 1].end : words[k].start] if k > 0 else ""
                return ("comma", k) if gap.strip() == "," else None
            k -= 1
            w = lowers[k]
            if w in _NP_WORDS:
                continue
            if w in _NOT_IN_NP or w in _CLAUSE_BREAKS or w in FUNCTION_WORDS or not w.isalpha():
                return None
            if w.endswith("ing"):
                return None  # a gerund whose object the head is ("Using antibiotics that ... ensures")
            letters = classes(w)
            if VERB_ONLY in letters or (
                (VERB_S in letters or VERB_PAST in letters) and PLURAL not in letters
            ):
                return None
            if BARE_VERB in letters and not (
                doc.opens_sentence(words[k].start) or (k > 0 and joined[k - 1] and lowers[k - 1] in _NP_WORDS)
            ):
                return None  # "Doctors treat people who": a verb whose object the head is
        return None

    @staticmethod
    def _matrix_verb(lowers: list[str], joined: bytes, v: int) -> int | None:
        """The first finite verb after the clause verb at ``v`` when it is singular and nothing
        (punctuation, a conjunction, another clause) comes between; else None."""
        n = len(lowers)
        k = v
        for _ in range(_MAX_CLAUSE):
            if not joined[k] or k + 1 >= n:
                return None
            k += 1
            w = lowers[k]
            if (
                w in ("and", "or")
                and k + 1 < n
                and joined[k]
                and lowers[k + 1] not in _NOT_A_VERB
                and lowers[k + 1] not in _CLAUSE_AUX
                and not _singular_verb(lowers[k + 1])
            ):
                continue  # "who have kidney disease and anemia", "who are overweight and inactive"
            if w in _CLAUSE_BREAKS or w in _CLAUSE_OBJECT_VERBS:
                return None
            if w in ("it", "he", "she", "this", "there"):
                return None  # a singular subject of its own: another clause
            if _singular_verb(w):
                return k if k > v + 1 else None  # the clause needs a word after its verb
            if w in ("are", "were", "have", "do", "can", "could", "may", "might", "will", "would", "should"):
                return None
        return None
