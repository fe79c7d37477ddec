"""TX119 its-possessive: "it's" written for the possessive "its" ("it's own", "it's effects")."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.refstats import load as load_refstats
from ._shared import word_hits

#: "it's" as the project's tokens spell it (straight or curly apostrophe, any case lowered).
_ITS = ("it's", "it\u2019s")
#: How often clean reference text must write "its" before the word, and never "it's", for the word
#: to be read as the possessive's noun ("its effects" 5, "its ability" 36, "its cause" 27; "its
#: time" 0, "it's time" 2; "its important" 5 but "it's important" 24).
MIN_POSSESSIVE = 2
#: A word that follows a copula or an intensifier in this share of its uses or more is an
#: adjective as often as a noun ("it's normal to": "normal" 4%, "important" 45%): left.
MAX_PREDICATIVE = 0.02
#: A noun follows a determiner in at least this share of its uses ("effects" 24%); adverbs and
#: verbs seldom do.
MIN_AFTER_DETERMINER = 0.05


#: Prepositions, after which "it's" and a noun made from a verb or an adjective can only be the possessive
#: ("after it's application", "for it's treatment": "it is application" has no article)
_PREPOSITIONS = frozenset(
    "after before of for with in on to by from about during through into upon despite".split()
)
_DEVERBAL = ("tion", "sion", "ment", "ance", "ence", "ity", "ness")


def _noun_like(word: str) -> bool:
    """Whether clean health prose uses ``word`` as a noun: it seldom stands after a copula (not an
    adjective: "it's normal") and often after a determiner (not an adverb or a verb). The one test
    ``_noun_modifier`` and ``_possessed`` share."""
    stats = load_refstats().word(word)
    if stats is None or not stats.freq:
        return False
    return (
        stats.predicative <= MAX_PREDICATIVE * stats.freq
        and stats.after_determiner >= MIN_AFTER_DETERMINER * stats.freq
    )


def _noun_modifier(word: str) -> bool:
    """Whether ``word`` is a noun that may modify the next ("side" in "it's side effects"): the
    reference never writes it after "it's", and it behaves as a noun (``_noun_like``)."""
    ref = load_refstats()
    return ref.count("it's", word) == 0 and _noun_like(word)


def _possessed(word: str) -> bool:
    """Whether ``word`` after "it's" is the noun of a possessive: "own", or a noun that clean
    health prose writes after "its" and never after "it's", that seldom stands after a copula
    (not an adjective: "it's normal") and often after a determiner (not an adverb or verb)."""
    if word == "own":
        return True
    ref = load_refstats()
    if ref.count("its", word) < MIN_POSSESSIVE or ref.count("it's", word) > 0:
        return False
    return _noun_like(word)


class ItsPossessive(Rule):
    """ "it's" (it is) written for the possessive "its" ("it's own", "it's effects on the liver").

    A spelling checker passes it: both are words. The word after it tells
    them apart: "own" is always the possessive's ("it's own" is "its own"),
    and a noun after "it's" reads "it is effects". A noun here is a word the
    reference statistics of clean health prose (``medlint.text.refstats``:
    MedQuAD's NIH and CDC answers, build side) write after "its" at least
    twice and never after "it's", that follows a copula or intensifier in
    under 2% of its uses (an adjective does: "it's normal to", "it's
    important") and a determiner in 5% or more (an adverb or verb seldom
    does), or such a noun after another noun ("it's side effects"). A noun
    the reference also writes after "it's" ("it's time") is left. After a preposition, a noun made from a
    verb or an adjective ("-tion", "-ment", "-ity", "-ness"...) is read so too ("after it's application":
    "it is application" would need an article). The fix writes "its"; it is unsafe.
    """

    code = "TX119"
    name = "its-possessive"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Huddleston and Pullum (2002), The Cambridge Grammar of the English Language, ch. 5 §16 (the "
        "possessive pronoun 'its' takes no apostrophe); reference statistics: MedQuAD's NIH and CDC answers, "
        "build side (Ben Abacha and Demner-Fushman 2019, CC BY 4.0), medlint/text/refstats.py"
    )
    should_fire = (
        Example("The virus and it's effects on the lungs are described below."),
        Example("Each cell has it's own copy of the gene."),
    )
    should_not_fire = (
        "The virus and its effects on the lungs are described below.",
        Example("It's important to rest, and it's normal to feel tired.", note="adjectives after it is"),
        Example("It's time to see a doctor.", note="the reference writes it's time"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        at = word_hits(doc, _ITS)
        if not at:
            return
        lowers = doc.lower_words
        words = doc.words()
        joined = doc.joinable
        for i in at:
            if i + 1 >= len(lowers) or not joined[i]:
                continue
            nxt = lowers[i + 1]
            if not words[i + 1].text.islower() or not nxt.isalpha():
                continue
            after_preposition = (
                i > 0
                and joined[i - 1]
                and lowers[i - 1] in _PREPOSITIONS
                and nxt.rstrip("s").endswith(_DEVERBAL)
            )
            if (
                not after_preposition
                and not _possessed(nxt)
                and not (
                    i + 2 < len(lowers)
                    and joined[i + 1]
                    and words[i + 2].text.islower()
                    and lowers[i + 2] != "own"
                    and _noun_modifier(nxt)
                    and _possessed(lowers[i + 2])
                )
            ):
                continue
            t = words[i]
            its = "Its" if t.text[0] == "I" else "its"
            yield Finding(
                t.start,
                t.end,
                f"“{t.text} {words[i + 1].text}”: “{t.text}” is “it is”; the possessive is “{its}”",
                (its,),
                Fix((Edit(t.start, t.end, its),), f"write {its!r}", safe=False),
            )
