"""Which common words are plural nouns, singular nouns, comparatives: MT108's closed look-up.

MT108 (grammar-pattern) checks number agreement and doubled comparatives
without a tagger. ``rules/data/lexicon/word-classes.tsv`` (built by
scripts/build_word_classes.py from WordNet 3.0 and wordfreq, minus every word
the rule flags in clean build-side text) gives each classed word its letters:
``p`` plural noun, ``n`` (with p) not also a verb form, ``s`` singular noun
and nothing else, ``h`` singular person noun (``j``: and an adjective), ``z`` verb -s form, ``d`` verb past form, ``e`` verb past form also a noun, ``b``
bare verb form, ``v`` (with b) bare verb form and no noun, ``c`` comparative, ``t`` superlative, ``k`` first word of a
compound noun on "can" or "will" ("trash can"). The table is searched
in place (``medlint.text.sorted_lines``): a document asks about the few words
that follow a determiner or "more", so reading the whole table would cost more.
"""

from __future__ import annotations

import functools

from .sorted_lines import SortedLines

PLURAL = "p"
NOT_VERB = "n"
SINGULAR = "s"
COMPARATIVE = "c"
SUPERLATIVE = "t"
#: a verb's -s form ("includes") and past form ("caused"), neither a lemma
VERB_S = "z"
VERB_PAST = "d"
#: a verb's past form that WordNet also lists as a noun and never as a verb lemma ("led": LED,
#: "thought", "shot", "won"): no bare verb either, so after a modal it is the same slip ("can led")
VERB_PAST_NOUN = "e"
#: a verb's bare form that is no past form, adjective, adverb or auxiliary ("cause", "prevent")
BARE_VERB = "b"
#: with BARE_VERB: no noun either ("prevent"; not "cause")
VERB_ONLY = "v"
#: the first word of a compound noun on "can" or "will" ("trash can", "living will")
MODAL_COMPOUND = "k"
#: a singular count noun naming a person ("patient", "doctor"): its first WordNet sense is in noun.person
PERSON = "h"
#: with PERSON: also an adjective ("patient", "elderly")
PERSON_ADJECTIVE = "j"


@functools.lru_cache(maxsize=1)
def _table() -> SortedLines:
    from ..data import pack_dir

    return SortedLines((pack_dir() / "data" / "lexicon" / "word-classes.tsv").read_bytes(), b"\t")


#: Words asked about so far and their letters: MT108 asks about the word after every "the", "to"
#: and "is", so the answer must cost one dictionary look-up, not a table search.
_known: dict[str, str] = {}


def classes(word: str) -> str:
    """The class letters of the lower-case ``word`` ("" when it has none)."""
    try:
        return _known[word]
    except KeyError:
        letters = _known[word] = _table().get(word) or ""
        return letters


def known() -> dict[str, str]:
    """The words asked about so far and their letters, for a caller's own look-up before
    ``classes`` (a loop over every "the" and "to" saves a function call a word)."""
    return _known


def reload() -> None:
    """Forget the table read so far (the build script rewrites it, then runs the rule)."""
    _table.cache_clear()
    _known.clear()
