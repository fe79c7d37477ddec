"""TX117 verb-for-noun: a verb written where its noun, one letter away, is meant ("the extend of", "to what extend")."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.word_classes import BARE_VERB, SINGULAR, VERB_ONLY, classes
from ...text.word_classes import known as known_classes
from ...text.word_frequency import zipf_of

#: A determiner or possessive, with an adjective of degree or sameness after it or not, then a
#: word and "of": the word is the head of a noun phrase ("the extent of the damage"); or "to what"
#: and a word: the noun of a degree ("to what extent").
_DETERMINERS = frozenset("the a an this its their his her our your what".split())
_DEGREE = frozenset("full whole same true exact great real entire".split())
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: A noun offered must be at least this common (wordfreq Zipf): a rare noun one letter from a verb
#: is chance ("prevent", "preven").
NOUN_ZIPF = 3.5


@functools.lru_cache(maxsize=2048)
def noun_for(verb: str) -> str | None:
    """The one common singular noun a letter changed, added or dropped at its end makes of ``verb``, when
    ``verb`` is a verb and no noun by the word-class table ("extend": "extent"; "advise": "advice";
    "breathe": "breath"), else None (none, or more than one). The noun keeps the verb's first letter
    and is not its agent ("believe": "believer" is another word's slip)."""
    if VERB_ONLY not in classes(verb):
        return None
    n = len(verb)
    # the letter changed is one of the last two: a verb and its noun differ at the end
    # ("extend"/"extent", "advise"/"advice", "deliver"/"delivery"; "speak" is no "steak")
    ends = range(max(0, n - 2), n)
    cands = {verb[:i] + c + verb[i + 1 :] for i in ends for c in _LETTERS}
    cands |= {verb[:i] + verb[i + 1 :] for i in ends}
    cands |= {verb[:i] + c + verb[i:] for i in range(max(0, n - 1), n + 1) for c in _LETTERS}
    cands.discard(verb)
    nouns = []
    for c in cands:
        if c[0] != verb[0] or c in (verb + "r", verb + "er"):
            continue  # a slip keeps the first letter ("weigh" is no "leigh"); an agent noun ("believer")
        k = classes(c)
        z = zipf_of(c)
        # a noun, not another form of the verb ("extends", "extended")
        if SINGULAR in k and BARE_VERB not in k and z is not None and z >= NOUN_ZIPF:
            nouns.append(c)
    return nouns[0] if len(nouns) == 1 else None


class VerbForNoun(Rule):
    """A verb written where its noun, one letter away, is meant ("the extend of the damage", "to what extend").

    "Extend" is written for "extent", "advise" for "advice" ("the advise of your doctor").

    A spelling checker passes these: both are words. The structure tells
    them apart: after a determiner or possessive ("the", "a", "its",
    "your", "what", with "full", "whole", "same", "exact" ... or not) and
    before "of", the word heads a noun phrase, and after "to what" it is the
    noun of a degree. A word there that the word-class table gives only
    verb readings (a bare verb and no noun: "extend", "advise", "breathe",
    "deliver") is reported when exactly one common singular noun (wordfreq
    Zipf 3.5 or more) is a letter changed, added or dropped at its end
    ("extent", "advice", "breath", "delivery"); a verb with no such noun or
    with two is left (a verb used as a noun, "a regain of weight", keeps a
    noun reading of its own or has no twin). The fix writes the noun; it is
    unsafe.
    """

    code = "TX117"
    name = "verb-for-noun"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Kukich (1992), Techniques for automatically correcting words in text, ACM Computing Surveys 24(4) "
        "(real-word errors: a slip that makes another word, found by the syntax around it); "
        "word classes: WordNet 3.0 (Princeton University, WordNet licence)"
    )
    should_fire = (
        Example("Scans show the extend of the damage."),
        Example("To what extend does it help?"),
        Example("Follow the advise of your doctor."),
    )
    should_not_fire = (
        "Scans show the extent of the damage, and the arms extend out of the sleeves.",
        Example("An overdose of iron and a regain of weight.", note="verbs used as nouns, no noun twin"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        # read from the word index: the word before each "of" and after each "to what" (a regex
        # over the whole prose cost ten times as much)
        positions = doc.word_index
        lowers = doc.lower_words
        words = doc.words()
        prose = doc.prose
        known = known_classes()
        found: list[Finding] = []

        def spaced(i: int, j: int) -> bool:
            return prose[words.ends[i] : words.starts[j]] == " "

        for i in positions.get("of", ()):
            k = i - 1
            if k < 1 or not spaced(k, i):
                continue
            head = lowers[k]
            letters = known.get(head)
            if letters is None:
                letters = classes(head)
            if VERB_ONLY not in letters or not words[k].text.islower():
                continue
            d = k - 1
            if lowers[d] in _DEGREE and d > 0 and spaced(d, k):
                d -= 1
            if lowers[d] in _DETERMINERS and spaced(d, d + 1):
                found.extend(self._finding(words[k].start, words[k].end, words[k].text))
        for i in positions.get("what", ()):
            if 0 < i < len(lowers) - 1 and lowers[i - 1] == "to" and spaced(i - 1, i) and spaced(i, i + 1):
                t = words[i + 1]
                if t.text.islower():
                    found.extend(self._finding(t.start, t.end, t.text))
        found.sort(key=lambda f: f.start)
        yield from found

    @staticmethod
    def _finding(s: int, e: int, word: str) -> list[Finding]:
        noun = noun_for(word) if len(word) >= 4 and word.isalpha() else None
        if noun is None:
            return []
        return [
            Finding(
                s,
                e,
                f"“{word}” is a verb; the noun here is “{noun}”",
                (noun,),
                Fix((Edit(s, e, noun),), f"write {noun!r}", safe=False),
            )
        ]
