"""The products a page sells, by name: the subject of a sales page's claims.

A supplement page rarely says "this supplement prevents cancer"; it says
"NeuroMax prevents cancer", "GlucoTrust reverses insulin resistance". The claim
rules that need a remedy as their subject (CL119: a food or supplement said to
prevent or treat a disease) cannot list every brand, so the page is asked which
names it sells. A name counts when the page uses it at least three times and at
least once in a frame that sells it:

- a call to buy opening a sentence: "Try NeuroMax", "Order your bottle of Sugar Defender";
- the name called a remedy: "NeuroMax is the all-natural nootropic", "GlucoTrust,
  a dietary supplement" (at most two words before the form);
- the name before a remedy's form: "NeuroMax capsules", "Zenith gummies".

The forms are those of supplements and home remedies (blend, formula, tonic,
drops, gummies, tea, powder, serum ...; not "program" or "kit", which name
institutions' schemes as often as products); a pill, capsule or tablet counts only
when called natural, herbal or dietary, so that a drug a news story describes
("Truvada is a pill that ...") is not taken for a supplement. A name must look
like one: CamelCase ("NeuroMax"), two capitalised words that are no function
words ("Sugar Defender"), or one capitalised word that is rare in English (so
"This", "Our", "Green" are not names).
"""

from __future__ import annotations

import re

from ..document import Document
from ..text.word_frequency import is_rarer_than
from .apostrophe import cue

#: a name: CamelCase, or one or two capitalised words ("Sugar Defender", "Java Burn")
_NAME = r"(?:[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+|[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]{2,})?)"
#: the forms of a remedy sold as such
_FORMS = (
    r"(?:supplement|formula|nootropic|blend|tea|powder|gumm(?:y|ie)|tonic|drop|serum|elixir|cream|oil|remedy|"
    r"tincture|extract)s?"
)
_NATURAL_PILL = r"(?:natural|herbal|dietary|plant-based|all-natural|organic)\s+(?:[\w-]+\s+)?(?:pills?|capsules?|tablets?)"
_PHRASE_ENDS = (
    r"(?=\s*(?:[.,;:!?)\u2014]|$)|\s+(?i:is|are|was|were|has|have|can|may|will|help|helps|contain|contains|"
    r"work|works|from|with|for|by|to|and|or|that|which|today|now)\b)"
)
_FRAMES = (
    cue(
        # an imperative that opens a sentence ("people get Crohn's disease" is no call to buy)
        r"(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=[.!?:]\s\s))(?:Try|Order|Buy|Get|Grab|Claim|Reorder|TRY|ORDER|BUY|GET)\s+"
        r"(?i:your\s+)?(?:(?i:first\s+|discounted\s+)?(?i:bottles?|jars?|supply|packs?|box(?:es)?)\s+of\s+)?"
        r"(?P<name>" + _NAME + r")\b(?![\'\u2019]s\b)"
    ),
    cue(
        # ("In the United States, the herbal formula ..." is no apposition: only "a"/"an" after a comma)
        r"\b(?P<name>" + _NAME + r")(?:\s+(?i:is|was)\s+(?i:an?|the)|,\s+(?i:an?))\s+(?:[\w-]+\s+){0,2}?"
        r"(?i:" + _FORMS + r"|" + _NATURAL_PILL + r")\b"
    ),
    # the form ends the noun phrase ("NeuroMax capsules contain ...", not "Statens Serum Institut" or
    # "generalized tonic seizures")
    cue(r"\b(?P<name>" + _NAME + r")\s+(?i:" + _FORMS + r"|capsules|gummies)\b" + _PHRASE_ENDS),
)
#: a page sells what it names this often: a passing mention is no sales page's product
MIN_MENTIONS = 3
#: a word this common is no brand on its own ("This", "Green", "Sugar")
_COMMON_ZIPF = 3.5


#: closed-class words that open a sentence in capitals and are never part of a brand
_FUNCTION_WORDS = frozenset(
    "the this that these those our your my its their his her a an it each every all some any no "
    "try order buy get grab claim and or but so if when while".split()
)


def _looks_like_a_name(name: str) -> bool:
    """CamelCase, two capitalised words that are no function words ("Sugar Defender"), or one
    capitalised word that is rare in English ("Zenith" is not; "Glucotrust" is)."""
    if re.search(r"[a-z][A-Z]", name):
        return True
    words = re.split(r"[ -]", name)
    if any(w.lower() in _FUNCTION_WORDS for w in words):
        return False
    return len(words) > 1 or is_rarer_than(words[0].lower(), _COMMON_ZIPF)


def product_names(doc: Document) -> tuple[str, ...]:
    """The names the page sells (``re.escape``-ready strings), longest first; () for most pages."""
    return doc.derived(_product_names)


#: the calls to buy, as literals: a page with none of them is not searched for the first frame
_CALL_WORDS = (
    "Try ",
    "Order ",
    "Buy ",
    "Get ",
    "Grab ",
    "Claim ",
    "Reorder ",
    "TRY ",
    "ORDER ",
    "BUY ",
    "GET ",
)
#: a remedy's forms as words (``Document.word_index`` keys, shared with the claim rules): the other
#: frames are searched only in a window around one
_FORM_STEMS = (
    "supplement formula nootropic blend tea powder gummy tonic drop serum elixir cream oil remedy "
    "tincture extract capsule pill tablet"
).split()
_FORM_WORDS = (*_FORM_STEMS, *(f"{w}s" for w in _FORM_STEMS), "gummies", "remedies")
#: how far before a form word its name may start, and how far after it the frame may read
_BEFORE, _AFTER = 60, 40


def _product_names(doc: Document) -> tuple[str, ...]:
    # Every page is asked (the rules that need the answer run on every page), and most pages sell
    # nothing: the frames are searched only where their cheapest part is present (a call to buy as a
    # literal; a form word found by one pass), so that a page costs one regex pass, not three.
    prose = doc.prose
    candidates: list[str] = []
    index = doc.word_index
    if any(word.strip().lower() in index for word in _CALL_WORDS) and any(
        word in prose for word in _CALL_WORDS
    ):
        candidates += [m.group("name") for m in _FRAMES[0].finditer(prose)]
    words = doc.words()
    at = sorted(i for form in _FORM_WORDS for i in index.get(form, ()))
    for i in at:
        word = words[i]
        lo, hi = max(0, word.start - _BEFORE), min(len(prose), word.end + _AFTER)
        for frame in _FRAMES[1:]:
            candidates += [m.group("name") for m in frame.finditer(prose, lo, hi)]
    found = {
        name for name in set(candidates) if _looks_like_a_name(name) and prose.count(name) >= MIN_MENTIONS
    }
    return tuple(sorted(found, key=lambda n: (-len(n), n)))
