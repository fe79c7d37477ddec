"""A medical-aware English dictionary: is a word known, how does an unknown one split.

MT106 (glued words) and MT107 (wrong inflections) need to know whether a
lower-case word exists. wordfreq's list (``rules/data/word-frequencies.tsv``,
Zipf 2.5 and more; see ``medlint.text.word_frequency``) lacks most words of health
writing ("hepatosplenomegaly", "dysgenesis"), so a second table,
``rules/data/lexicon/health-words.tsv``, holds the words of MedQuAD's NIH and
CDC answers and terms that wordfreq lacks (built by scripts/build_lexicon.py
from the build side only), searched in place (``medlint.text.sorted_lines``).
"""

from __future__ import annotations

import functools
from pathlib import Path

from .sorted_lines import SortedLines
from .word_frequency import is_rarer_than

#: A content half of a split must be at least this common (wordfreq Zipf): "blood" + "sugar".
COMMON_ZIPF = 3.5
#: Two content words glued together must both be this common ("wall" + "board" is a word).
CONTENT_PAIR_ZIPF = 4.0
#: The shortest content half.
MIN_PART = 4
#: Function words that scraping glues to a neighbour ("withtype", "levelsare", "metabolismthe").
FUNCTION_PARTS = frozenset(
    "the and or of to for with are is was were which such that this from by as at can may will not but "
    "has have had its their your you our who when where while than also".split()
)
#: Words that begin ordinary compounds ("underactive", "nonfatal", "incoordination"): never the
#: first half of a glued pair unless the second half is a function word.
PREFIX_WORDS = frozenset(
    "in an on un non under over out back down up after fore self well anti sub super micro macro multi "
    "semi pre post re de dis mis co ex inter intra trans bio photo hyper hypo auto tele mid cross extra "
    "off any some every no head hand foot eye ear bed home day night life work "
    # combining forms of scientific compounds ("radioresistance", "echodensity", "videogaming")
    "radio echo video audio thermo electro neuro cardio immuno chemo geo hydro aero hemo haemo".split()
)
#: Words that end ordinary compounds ("flulike", "tickborne", "flareups").
SUFFIX_WORDS = frozenset(
    "like less ness ship wise ward wards borne able ups out over back down up work man men woman women "
    "side time way ways where thing things body one self selves hood fold free proof born made based "
    "related induced line lines point points care".split()
)


def _folder() -> Path:
    from ..data import pack_dir

    return pack_dir() / "data" / "lexicon"


@functools.lru_cache(maxsize=1)
def _health_table() -> SortedLines:
    return SortedLines.from_file(_folder() / "health-words.tsv", b"\t")


def is_health_word(word: str) -> bool:
    """Whether ``word`` is in the health-writing table (a sorted-table search, answers kept:
    documents ask for a few long words each, so reading 13,000 lines up front would cost more)."""
    return _health_table().get(word) is not None


@functools.lru_cache(maxsize=1)
def _near_table() -> SortedLines:
    return SortedLines.from_file(_folder() / "near-words.tsv", b"\n")


def is_near_word(word: str) -> bool:
    """Whether ``word`` is a WordNet 3.0 word or regular inflection, rarer than Zipf 3.5 in wordfreq,
    and one edit from a word of its table ("abye", "clonus"): rules/data/lexicon/near-words.tsv,
    built by scripts/build_spelling.py, which TX109 reads so as not to take such words for misspellings."""
    return _near_table().get(word) is not None


@functools.lru_cache(maxsize=1)
def _inflections() -> dict[str, tuple[str, tuple[str, ...]]]:
    text = (_folder() / "inflections.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and line[0] != "#":
            wrong, base, forms = line.split("\t")
            out[wrong] = (base, tuple(forms.split(" ")))
    return out


def wrong_forms() -> frozenset[str]:
    """Every regular-looking form of an irregular word the table holds ("overcomed")."""
    return frozenset(_inflections())


def is_known(word: str) -> bool:
    """Whether the lower-case ``word`` is in wordfreq's table or in the health-writing table."""
    return not is_rarer_than(word, 2.5) or is_health_word(word)


def _zipf_at_least(word: str, zipf: float) -> bool:
    return not is_rarer_than(word, zipf)


@functools.lru_cache(maxsize=16384)
def glued_splits(word: str) -> tuple[tuple[str, str], ...]:
    """The ways the lower-case ``word`` reads as two words run together, likeliest first.

    A split counts when a common content word meets a function word
    ("withtype", "levelsare", "metabolismthe") or two common content words meet
    ("bloodsugar"), and neither half is a word that ordinarily forms compounds
    ("underactive", "flulike"). Short pieces ("pal" + "mar", "meat" + "us")
    never count: an unknown word that happens to split that way is usually a
    real word the dictionary lacks.
    """
    found: list[tuple[float, str, str]] = []
    for k in range(2, len(word) - 1):
        a, b = word[:k], word[k:]
        if a in FUNCTION_PARTS and a not in PREFIX_WORDS:
            # after a two-letter word the rest must be longer: "aspart" is insulin aspart
            ok = (
                len(b) >= (MIN_PART if len(a) > 2 else MIN_PART + 1)
                and b not in SUFFIX_WORDS
                and _zipf_at_least(b, COMMON_ZIPF)
            )
            rank = 1.0
        elif b in FUNCTION_PARTS:
            ok = len(a) >= MIN_PART and _zipf_at_least(a, COMMON_ZIPF)
            rank = 1.0
        else:
            ok = (
                len(a) >= MIN_PART
                and len(b) >= MIN_PART
                and a not in PREFIX_WORDS
                and b not in SUFFIX_WORDS
                and _zipf_at_least(a, CONTENT_PAIR_ZIPF)
                and _zipf_at_least(b, CONTENT_PAIR_ZIPF)
            )
            rank = 2.0
        if ok:
            found.append((rank, a, b))
    found.sort()
    return tuple((a, b) for _, a, b in found)


def wrong_inflection(word: str) -> tuple[str, tuple[str, ...]] | None:
    """(base, right forms) when ``word`` is a regular-looking form of an irregular word
    ("overcomed" -> ("overcome", ("overcame",))), else None."""
    return _inflections().get(word)
