"""What a lower-case word could be, for the rules that judge single words: the corrections one
typing slip away that English writes far more often ("recieve": "receive"), and whether a word the
dictionary lacks is a regular form of one it knows (a derivative, "nontender"; an "-ed" or "-ing"
form spelt as English allows, "trialed"; the plural of a health word, "stimulators").

TX109 (misspelling) reports a word only when it is none of these and one correction stands out;
TX116 (broken word) asks the same questions of the pieces a stray space leaves. The knowledge lives
here rather than in TX109, which TX116 imported it from.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from itertools import chain, repeat
from operator import add

from ..cache import Memo
from . import word_classes
from .drug_names import DRUG_STEMS, drug_stem, is_drug_name
from .lexicon import (
    FUNCTION_PARTS,
    PREFIX_WORDS,
    SUFFIX_WORDS,
    glued_splits,
    is_health_word,
    is_known,
    is_near_word,
)
from .readability import syllable_table
from .word_frequency import zipf_table

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_VOWELS = frozenset("aeiouy")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
#: Each letter's neighbours on a QWERTY keyboard (same row, and the rows above and below).
_NEIGHBOURS = {
    c: "".join(
        r2[k]
        for r2_i, r2 in enumerate(_ROWS)
        if abs(r2_i - r_i) <= 1
        for k in range(max(0, j - 1), min(len(r2), j + 2))
        if r2[k] != c
    )
    for r_i, row in enumerate(_ROWS)
    for j, c in enumerate(row)
}
#: Letters that spell one sound ("presense", "sucess", "recognise").
_SOUNDS = frozenset(frozenset(p) for p in ("cs", "ck", "sz", "fv", "gj", "mn"))

#: Spellings of one sound at a word's ending that writers confuse ("hypertention", "infecsion"): an edit of
#: the spelling, not a typing slip, so each ending's sister counts as one edit
_SOUND_ENDINGS = {"tion": "sion", "sion": "tion", "tions": "sions", "sions": "tions"}


def _ending_spellings(word: str) -> list[str]:
    """``word`` with its ending spelt as its sister ending (``_SOUND_ENDINGS``), if it has one."""
    for ending in ("tions", "sions", "tion", "sion"):
        if word.endswith(ending):
            return [word[: -len(ending)] + _SOUND_ENDINGS[ending]]
    return []


#: Prefixes and suffixes that form words the dictionary lacks ("nontender", "acampomelic", "lobeless").
_PREFIXES = tuple(sorted(PREFIX_WORDS | {"a", "non", "co", "pro"}, key=len, reverse=True))
_SUFFIXES = tuple(
    sorted(
        SUFFIX_WORDS
        | {"ish", "less", "ness", "ly", "like", "ism", "ist", "er", "ers", "r", "rs", "or", "ors"}
        | {"able", "ible", "ous", "ant", "ants", "let", "lets", "ic", "al"}
        # the comparative of an adjective in "-y" made from a word ("barf": "barfy", "barfier")
        | {"ier", "iest"},
        key=len,
        reverse=True,
    )
)
_PREFIX_SET = frozenset(_PREFIXES)
_SUFFIX_SET = frozenset(_SUFFIXES)
_PREFIX_LENGTHS = sorted({len(p) for p in _PREFIXES}, reverse=True)
_SUFFIX_LENGTHS = sorted({len(x) for x in _SUFFIXES}, reverse=True)
#: Suffixes that make an agent from a verb ("prescribers", "adherers", "payors").
_AGENT_SUFFIXES = frozenset(("er", "ers", "r", "rs", "or", "ors"))
#: Suffixes spelt alike: a word with one whose sister gives a known word is that word misspelt.
_SISTER_SUFFIXES = {"ant": "ent", "ants": "ents", "able": "ible", "ible": "able"}
#: What a derivative's stem may have lost: "prescribe" + "rs", "evaluate" + "able", "podiatry" + "ic".
_STEM_ENDINGS = ("", "e", "y", "ate")
#: A health word counted this often in the build side of MedQuAD's answers is a correction for a
#: long word, like a word of wordfreq's table.
_HEALTH_CORRECTION_COUNT = 10
#: A drug name counted this often in the build side of MedQuAD's answers is a correction.
_DRUG_CORRECTION_COUNT = 2
#: The frequency given to a health word offered as a correction.
_HEALTH_ZIPF = 2.5


def edits(word: str) -> set[str]:
    """Every string one typing slip from ``word``: a letter deleted, swapped with the next, inserted,
    or substituted by a slip (``_slip``: two vowels, keyboard neighbours or letters of one sound
    "persistant", "presense"; a consonant for an unrelated one makes another word: "hepatologist",
    "hematologist"), and the ending "-tion" spelt "-sion" or the reverse ("hypertention")."""
    out: set[str] = set()
    for i in range(len(word) + 1):
        a, b = word[:i], word[i:]
        out.update(a + c + b for c in _LETTERS)
        if b:
            out.add(a + b[1:])
            if len(b) > 1:
                out.add(a + b[1] + b[0] + b[2:])
            out.update(a + c + b[1:] for c in _SLIPS.get(b[0], ""))
    out.update(_ending_spellings(word))
    out.discard(word)
    return out


def _slip(x: str, y: str) -> bool:
    """Whether typing ``x`` for ``y`` is a slip: vowels, keyboard neighbours or letters of one sound."""
    return x != y and (
        (x in _VOWELS and y in _VOWELS) or y in _NEIGHBOURS.get(x, "") or frozenset((x, y)) in _SOUNDS
    )


#: Each letter -> the letters a slip may put in its place.
_SLIPS = {x: "".join(y for y in _LETTERS if _slip(x, y)) for x in _LETTERS}

#: the plain form: ``corrections`` meets the tables with the set ``edits`` builds (tests compare the two)
_PLAIN_EDITS = False


def edit_strings(word: str) -> list[str]:
    """The strings of ``edits``, built without a Python step per string: each position's 26
    insertions and its slips are ``str.join`` mapped over the letters, the deletions ``operator.add``
    mapped over the word's heads and tails. The list may repeat a string and hold ``word`` itself
    (a doubled letter swapped); ``corrections`` meets the tables with it as it is and drops ``word``."""
    n = len(word)
    heads = [word[:i] for i in range(n + 1)]
    tails = [word[i:] for i in range(n + 1)]
    parts: list[Iterable[str]] = [map(add, heads[:n], tails[1:])]
    parts.extend(map(str.join, _LETTERS, repeat((heads[i], tails[i]))) for i in range(n + 1))
    parts.extend(map(str.join, _SLIPS.get(word[i], ""), repeat((heads[i], tails[i + 1]))) for i in range(n))
    parts.append([heads[i] + word[i + 1] + word[i] + tails[i + 2] for i in range(n - 1)])
    parts.append(_ending_spellings(word))
    return list(chain.from_iterable(parts))


def _health_counts() -> tuple[tuple[str, int], ...]:
    """The health-words table's words and counts (what the correction sets are built from)."""
    return parse_health_counts(_health_words_bytes().decode("utf-8"))


def _health_words_bytes() -> bytes:
    from ..data import pack_dir

    return (pack_dir() / "data" / "lexicon" / "health-words.tsv").read_bytes()


def parse_health_counts(text: str) -> tuple[tuple[str, int], ...]:
    """(word, count) for every counted line of the health-words table (comments skipped)."""
    out = []
    for line in text.splitlines():
        if line and line[0] != "#":
            word, _, count = line.partition("\t")
            if count.isdigit():
                out.append((word, int(count)))
    return tuple(out)


#: the health table's bytes and what decides the sets -> (``_health_corrections``, ``_drug_corrections``)
_CORRECTION_SETS = Memo("spelling-correction-sets")


def correction_sets(data: bytes) -> tuple[frozenset[str], frozenset[str]]:
    """The health words counted ``_HEALTH_CORRECTION_COUNT`` times or more, and the drug names
    (``is_drug_name``) counted ``_DRUG_CORRECTION_COUNT`` times or more, of the health table
    ``data``. Parsing the table and testing its words' endings is the same work in every run (a
    one-file check's first TX109 look-up), so the two sets are kept in the start-up cache, keyed
    on the table's bytes, the two counts and the stems (this module is in the cache's code stamp
    as well)."""
    key = (data, _HEALTH_CORRECTION_COUNT, _DRUG_CORRECTION_COUNT, tuple(DRUG_STEMS))
    cached = _CORRECTION_SETS.get(key)
    if isinstance(cached, tuple) and len(cached) == 2:
        return cached[0], cached[1]
    counts = parse_health_counts(data.decode("utf-8"))
    health = frozenset(w for w, c in counts if c >= _HEALTH_CORRECTION_COUNT)
    drugs = frozenset(w for w, c in counts if c >= _DRUG_CORRECTION_COUNT and is_drug_name(w))
    _CORRECTION_SETS.put(key, (health, drugs))
    return health, drugs


@functools.lru_cache(maxsize=1)
def _correction_sets() -> tuple[frozenset[str], frozenset[str]]:
    return correction_sets(_health_words_bytes())


def _health_corrections() -> frozenset[str]:
    """Health words counted ``_HEALTH_CORRECTION_COUNT`` times or more in MedQuAD's build side."""
    return _correction_sets()[0]


def _drug_corrections() -> frozenset[str]:
    """Drug names of the health table (``is_drug_name``) counted ``_DRUG_CORRECTION_COUNT`` times
    or more in MedQuAD's build side: the project's drug vocabulary beyond wordfreq's."""
    return _correction_sets()[1]


@functools.lru_cache(maxsize=4096)
def corrections(word: str, long_word: int) -> tuple[tuple[float, str], ...]:
    """Known words one slip from ``word`` with their frequency (wordfreq Zipf), commonest first:
    a word of wordfreq's table, or, for a word of ``long-word`` letters or more, a health word
    common in NIH answers ("corticosteroids")."""
    zipfs = zipf_table()
    cands: Iterable[str] = edits(word) if _PLAIN_EDITS else edit_strings(word)
    # set intersections in C: a word's few hundred edits meet the tables without a look-up each
    listed = zipfs.keys() & cands
    listed.discard(word)
    found = [(zipfs[cand], cand) for cand in listed]
    if len(word) >= long_word:
        health = set(_health_corrections().intersection(cands))
        # a drug name, unless the word ends in another stem: "gentamicin" is no slip of the table's
        # "gentamycin" (the answers spell some names two ways, both stems)
        own = drug_stem(word)
        health.update(
            c for c in _drug_corrections().intersection(cands) if own is None or drug_stem(c) == own
        )
        found.extend((_HEALTH_ZIPF, cand) for cand in health if cand not in zipfs and cand != word)
    found.sort(key=lambda p: (-p[0], p[1]))
    return tuple(found)


#: A word one slip from a word this common (Zipf), and from no rival within ``_MISSPELLING_RIVAL_GAP`` of it, is
#: that word misspelt rather than two words run together ("attension": "attention" 4.9, not "at tension")
_MISSPELLING_ZIPF = 4.5
_MISSPELLING_RIVAL_GAP = 1.0


@functools.lru_cache(maxsize=4096)
def misspelt_everyday_word(word: str) -> bool:
    """Whether ``word``, which splits into two words (``glued_splits``), is rather one everyday word
    misspelt: one slip from a word of Zipf ``_MISSPELLING_ZIPF`` or more, with no rival within
    ``_MISSPELLING_RIVAL_GAP`` of it, and commoner than the split's content word ("attension":
    "attention" 4.9 against "tension" 4.2; "exampleis" and "animalis" stay "example is" and "animal
    is", the correction being the content word inflected). MT106 and TX109 both ask, so that one of them, the right one, reports it."""
    options = corrections(word, len(word) + 1)
    if not options or options[0][0] < _MISSPELLING_ZIPF:
        return False
    if len(options) > 1 and options[1][0] > options[0][0] - _MISSPELLING_RIVAL_GAP:
        return False
    splits = glued_splits(word)
    if not splits:
        return True
    a, b = splits[0]
    content = b if a in FUNCTION_PARTS else a
    if options[0][1].startswith(content):
        return False  # the correction is the content word inflected ("animalis": "animal is", not "animals")
    return options[0][0] > (zipf_table().get(content) or 0.0)


def is_variant(word: str, cand: str) -> bool:
    """Whether ``cand`` differs from ``word`` only in its last letter or by one letter added at
    the end: an inflection of the same word ("antiepileptics", "biopsied", "hypospadia"), not a slip."""
    if cand == word[:-1] and len(cand) > 1 and word[-1] == cand[-1] and word[-1] not in "aeo":
        return False  # the last letter written twice ("controll", "untill"): a slip, no ending English adds ("-aa" is
        # a noun and a glued article, "gammaa", which TX109 reads on its own)
    if word[:-1] == cand[:-1] or word == cand[:-1] or cand == word[:-1]:
        return True
    # a Greek or Latin plural: "arthrogryposes", "urinalyses" (-is, -es)
    return word[:-2] == cand[:-2] and {word[-2:], cand[-2:]} == {"is", "es"}


def prefixed(word: str) -> bool:
    """Whether ``word`` is a known word of four letters or more after a prefix that forms new words ("nontender",
    "prebiotics"; also, by shape alone, "presure" and "untill")."""
    n = len(word)
    return any(n - k >= 4 and word[:k] in _PREFIX_SET and is_known(word[k:]) for k in _PREFIX_LENGTHS)


def is_derived(word: str) -> bool:
    """Whether ``word`` is a known word with a prefix or suffix that forms new words ("nontender",
    "lobeless", "purpleish", "acampomelic", "prescribers", "tumorous", "evaluable"): a
    derivative the dictionary lacks, not a slip. A suffix that begins with a vowel may have
    taken a final "e", "y" or "ate" ("prescribe" + "rs", "evaluate" + "able"), "-al" a Latin noun's "a"
    ("fascia" + "l"); one that begins with
    a consonant keeps it ("effectivness" is no derivative of "effective"); an agent suffix
    ("-er", "-ors") follows a verb ("hemispherers" is no derivative of "hemisphere"); and a word whose
    suffix's sister makes a known word is that word misspelt ("persistant": "persistent")."""
    n = len(word)
    if prefixed(word):
        return True
    for k in _SUFFIX_LENGTHS:
        suffix = word[-k:]
        if n - k >= 4 and suffix in _SUFFIX_SET:
            stem = word[:-k]
            ends: tuple[str, ...] = (
                _STEM_ENDINGS if suffix[0] in "aeiouy" or suffix in _AGENT_SUFFIXES else ("",)
            )
            if suffix == "al":
                ends += ("a",)  # a Latin noun in "-a" and its adjective ("fascia": "fascial")
            known = [stem + end for end in ends if is_known(stem + end)]
            if not known:
                continue
            if suffix in _AGENT_SUFFIXES and not any(_is_verb(base) for base in known):
                continue
            sister = _SISTER_SUFFIXES.get(suffix)
            if sister and is_known(stem + sister):
                continue
            return True
    return _from_sister_noun(word, n)


def _from_sister_noun(word: str, n: int) -> bool:
    """An adjective whose stem the dictionary knows only through a sister noun: "-able" or "-ible" beside a
    noun in "-ion" ("resectable": "resection"), "-ic" beside a noun in "-ist" ("podiatric": "podiatrist").
    A misspelt suffix stays a slip: "accessable" has its sister "accessible" in the dictionary."""
    if n >= 9 and word.endswith(("able", "ible")):
        stem = word[:-4]
        sister = stem + ("ible" if word.endswith("able") else "able")
        return is_known(stem + "ion") and not is_known(sister)
    if n >= 7 and word.endswith("ic"):
        return is_known(word[:-2] + "ist")
    return False


def is_regular_inflection(word: str) -> bool:
    """Whether ``word`` is a regular "-ed" or "-ing" form of a known word, spelt as English allows
    ("maxed", "eking", "hafting", "trialed", "programed"): a form the dictionary lacks, not a slip.

    English doubles a final consonant after a single vowel letter where that syllable is
    stressed ("stop", "occur": "stopped", "occurred"), read from the CMU dictionary's stress
    marks; an undoubled form of such a word ("occured", "admited") is a slip, while one whose
    last syllable is unstressed ("trial", "program", "benefit") takes either spelling. A stem
    keeps no silent "e" before "-ing" ("hopeing" is a slip; "eking" is "eke" + "ing"). A stem
    that only an extra consonant of the word would make ("writting": "writ") is not read, since
    a real doubled form is in the dictionary itself."""
    if word.endswith("ing"):
        stem = word[:-3]
        bases = ((stem, True), (stem + "e", False))
    elif word.endswith("ed"):
        stem = word[:-2]
        bases = ((stem, True), (word[:-1], False))
    else:
        return False
    if len(stem) < 2 or (len(stem) > 1 and stem[-1] == stem[-2]):
        return False
    for base, bare in bases:
        if not (is_known(base) or is_near_word(base)):
            continue
        if bare and (_must_double(base) or (word.endswith("ing") and _silent_e(base))):
            return False
        return not _misspelt_base(word, base)
    return False


#: A base rarer than this (Zipf) may itself be a common misspelling that wordfreq's web counts list ("seperate").
_RARE_BASE_ZIPF = 3.0
#: How much commoner (Zipf) the corrected form must be than the rare base.
_BASE_GAP = 1.2


def _misspelt_base(word: str, base: str) -> bool:
    """Whether the "known" base of an inflection is itself a misspelling that web counts list ("seperate" for
    "separate"): the base is rare and the word has a correction of the same ending far commoner than the base
    ("seperated": "separated"), so the word is that correction's slip, not a form of the base."""
    base_z = zipf_table().get(base)
    if base_z is None or base_z >= _RARE_BASE_ZIPF:
        return False
    ending = word[-3:] if word.endswith("ing") else word[-2:]
    return any(z >= base_z + _BASE_GAP and c.endswith(ending) for z, c in corrections(word, len(word) + 1))


def _silent_e(stem: str) -> bool:
    """Whether ``stem`` ends in a consonant and a silent "e" ("hope"), which "-ing" drops."""
    return len(stem) > 2 and stem[-1] == "e" and stem[-2] not in "aeiouy"


def _must_double(base: str) -> bool:
    """Whether ``base`` doubles its last consonant before "-ed"/"-ing": one vowel letter and one
    consonant (not w, x, y or c) at its end, in a stressed last syllable by the CMU dictionary
    (a word it lacks is not judged)."""
    if len(base) < 3 or base[-1] in "aeiouwxyc" or base[-2] not in "aeiou" or base[-3] in "aeiou":
        return False
    phones = syllable_table().phones(base)
    if phones is None:
        return False
    vowels = [p for p in phones.split() if p[-1:].isdigit()]
    return len(vowels) == 1 or vowels[-1].endswith("1")


def _is_verb(word: str) -> bool:
    return word_classes.BARE_VERB in word_classes.classes(word)


def prefix_swap(word: str, cand: str) -> bool:
    """Whether ``word`` and ``cand`` are one stem with two prefixes ("prebiotics", "probiotics")."""
    heads = [p for p in _PREFIXES if len(p) > 1 and word.startswith(p)]
    if not heads:
        return False
    return any(
        cand.startswith(q) and word[len(p) :] == cand[len(q) :]
        for p in heads
        for q in _PREFIXES
        if q != p and len(q) > 1
    )


#: A word this common (wordfreq Zipf: "doctor" 4.9) is one no writer means to spell another way
_EVERYDAY_ZIPF = 4.5


def spelling_variant(word: str, cand: str) -> bool:
    """Whether ``word`` is a British or other accepted spelling of ``cand`` ("haematuria",
    "oesophageal", "anaesthetise", "leucocyte", "centre", "payors"), not a slip."""
    if len(word) == len(cand) + 1:
        for i in range(len(cand) + 1):
            if word[:i] + word[i + 1 :] == cand:
                dropped, nxt, prev = word[i], word[i + 1 : i + 2], word[i - 1 : i]
                if (dropped in "ao" and nxt == "e" and prev != dropped) or (
                    dropped == "u" and prev == "o" and nxt == "r"
                ):
                    return True
        return False
    if len(word) != len(cand):
        return False
    diff = [i for i in range(len(word)) if word[i] != cand[i]]
    if len(diff) == 1:
        i = diff[0]
        pair = {word[i], cand[i]}
        if pair in ({"s", "z"}, {"c", "k"}):
            return True
        # "-er" for "-or" ("adviser", "convertor", "payors"), unless the spelling is in no use and the other an
        # everyday word ("docter" for "doctor"): a slip
        return (
            pair == {"o", "e"}
            and word[i + 1 : i + 2] == "r"
            and word[i + 2 :] in ("", "s")
            and (word in zipf_table() or zipf_table().get(cand, 0.0) < _EVERYDAY_ZIPF)
        )
    return len(diff) == 2 and word.endswith(("re", "res")) and cand.endswith(("er", "ers"))


def is_health_plural(word: str) -> bool:
    """Whether ``word`` is the plural of a health word ("stimulators", "stenoses" aside)."""
    if not word.endswith("s"):
        return False
    stems = [word[:-1]]
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return any(is_health_word(stem) for stem in stems)
