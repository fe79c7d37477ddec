"""TX109 misspelling: A non-word one edit from a common word ("recieve", "avaliable", "corticosteriods")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain, repeat
from operator import add

from ...cache import Memo
from ...diagnostic import Edit, Fix, Severity
from ...document import Document, Words
from ...rule import Example, Finding, Option, Rule
from ...text import word_classes
from ...text.addresses import in_address, in_broken_address
from ...text.drug_names import DRUG_STEMS, drug_stem, is_drug_name
from ...text.lazy_re import lazy_compile
from ...text.lexicon import (
    FUNCTION_PARTS,
    PREFIX_WORDS,
    SUFFIX_WORDS,
    glued_splits,
    is_health_word,
    is_known,
    is_near_word,
    long_splits,
)
from ...text.readability import syllable_table
from ...text.word_classes import SINGULAR
from ...text.word_frequency import zipf_of

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
#: Latin endings: a word with one after a Latin or capitalised head is a Latin name's second word
#: ("cauda equina", "Adductor longus", "Nevus spilus", "avium intracellulare").
#: Words either side of a word that are read to tell English from another language.
_NEIGHBOURHOOD = 4
#: This many words English lacks among them: not English.
_MOST_STRANGE = 2
#: Endings of chemical names ("retinyl palmitate").
_CHEMICAL_ENDINGS = ("yl", "yls")
_LATIN_ENDINGS = ("us", "um", "a", "ae", "is", "i", "e", "es")
#: Quotation marks: a word between two is a spelling quoted ("spelled 'anemia' or 'anaemia'").
_QUOTES = frozenset("'\"\u2018\u2019\u201c\u201d`")
#: Characters that join a word to its neighbour into one name or compound ("anti-tnf", "x2", "o'neil").
_JOINERS = frozenset("-\u2010\u2011'\u2019&+")
#: A health word counted this often in the build side of MedQuAD's answers is a correction for a
#: long word, like a word of wordfreq's table.
_HEALTH_CORRECTION_COUNT = 10
#: A drug name counted this often in the build side of MedQuAD's answers is a correction.
_DRUG_CORRECTION_COUNT = 2
#: A word written only with a capital one slip from a drug name is judged from this length (a
#: drug opening a sentence or a list item: "Metforman").
_CAPITALISED_DRUG_LENGTH = 8
#: The frequency given to a health word offered as a correction.
_HEALTH_ZIPF = 2.5
#: The frequency given to a word absent from wordfreq's table (which holds Zipf 2.5 and more).
_UNLISTED_ZIPF = 1.0


def edits(word: str) -> set[str]:
    """Every string one typing slip from ``word``: a letter deleted, swapped with the next, inserted,
    or substituted by a slip (``_slip``: two vowels, keyboard neighbours or letters of one sound
    "persistant", "presense"; a consonant for an unrelated one makes another word: "hepatologist",
    "hematologist")."""
    out: set[str] = set()
    for i in range(len(word) + 1):
        a, b = word[:i], word[i:]
        out.update(a + c + b for c in _LETTERS)
        if b:
            out.add(a + b[1:])
            if len(b) > 1:
                out.add(a + b[1] + b[0] + b[2:])
            out.update(a + c + b[1:] for c in _SLIPS.get(b[0], ""))
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
    return list(chain.from_iterable(parts))


#: the word-frequency file's bytes -> its table as a dict (``_zipfs``), kept between runs
_WORD_TABLES = Memo("tx109-word-table")


@functools.lru_cache(maxsize=1)
def _zipfs() -> dict[str, float]:
    """wordfreq's table as a dict, read once: a word's candidates are hundreds of lookups. The
    parsed dict is kept in the start-up cache, keyed on the file's bytes: parsing it is most of
    a one-file run's first TX109 check, loading it a few milliseconds."""
    from ...data import data_file

    data = data_file("word-frequencies.tsv").read_bytes()
    cached = _WORD_TABLES.get(data)
    if isinstance(cached, dict):
        return cached
    table = parse_word_table(data.decode("utf-8"))
    _WORD_TABLES.put(data, table)
    return table


def parse_word_table(text: str) -> dict[str, float]:
    """word -> Zipf frequency from the lines of word-frequencies.tsv (comments skipped)."""
    lines = [line for line in text.splitlines() if line and line[0] != "#"]
    tokens = "\t".join(lines).split("\t")
    return dict(zip(tokens[::2], map(float, tokens[1::2]), strict=True))


@functools.lru_cache(maxsize=4)
def _common(max_zipf: float) -> frozenset[str]:
    """The words wordfreq's table rates ``max_zipf`` or more: never a misspelling (``_judge``'s
    first test), taken from a document's words before the rule's scan."""
    return frozenset(w for w, z in _zipfs().items() if z >= max_zipf)


#: tests set this to scan every word of a document (:meth:`Misspelling.check`)
_PLAIN_SCAN = False


def _health_counts() -> tuple[tuple[str, int], ...]:
    """The health-words table's words and counts (what the correction sets are built from)."""
    return parse_health_counts(_health_words_bytes().decode("utf-8"))


def _health_words_bytes() -> bytes:
    from ...data import pack_dir

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
_CORRECTION_SETS = Memo("tx109-correction-sets")


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
    zipfs = _zipfs()
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


def _variant(word: str, cand: str) -> bool:
    """Whether ``cand`` differs from ``word`` only in its last letter or by one letter added at
    the end: an inflection of the same word ("antiepileptics", "biopsied", "hypospadia"), not a slip."""
    if word[:-1] == cand[:-1] or word == cand[:-1] or cand == word[:-1]:
        return True
    # a Greek or Latin plural: "arthrogryposes", "urinalyses" (-is, -es)
    return word[:-2] == cand[:-2] and {word[-2:], cand[-2:]} == {"is", "es"}


def _derived(word: str) -> bool:
    """Whether ``word`` is a known word with a prefix or suffix that forms new words ("nontender",
    "lobeless", "purpleish", "acampomelic", "prescribers", "tumorous", "evaluable"): a
    derivative the dictionary lacks, not a slip. A suffix that begins with a vowel may have
    taken a final "e", "y" or "ate" ("prescribe" + "rs", "evaluate" + "able"), "-al" a Latin noun's "a"
    ("fascia" + "l"); one that begins with
    a consonant keeps it ("effectivness" is no derivative of "effective"); an agent suffix
    ("-er", "-ors") follows a verb ("hemispherers" is no derivative of "hemisphere"); and a word whose
    suffix's sister makes a known word is that word misspelt ("persistant": "persistent")."""
    n = len(word)
    for k in _PREFIX_LENGTHS:
        if n - k >= 4 and word[:k] in _PREFIX_SET and is_known(word[k:]):
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


def _inflection(word: str) -> bool:
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
    base_z = _zipfs().get(base)
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


def _prefix_swap(word: str, cand: str) -> bool:
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


def _spelling_variant(word: str, cand: str) -> bool:
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
        return pair == {"o", "e"} and word[i + 1 : i + 2] == "r" and word[i + 2 :] in ("", "s")
    return len(diff) == 2 and word.endswith(("re", "res")) and cand.endswith(("er", "ers"))


class Misspelling(Rule):
    """A word that is not English, one edit from a common word ("recieve", "corticosteriods").

    A lower-case alphabetic word is a misspelling candidate when the
    dictionary lacks it: wordfreq's table gives it less than ``max-zipf``
    (wordfreq counts web text, where frequent misspellings are listed:
    "recieve" 2.75, "teh" 3.04), it is not a word of NIH and CDC health writing
    (``health-words.tsv``) and not a WordNet 3.0 word or inflection
    (``near-words.tsv``). It is reported when one edit (a letter inserted,
    deleted or substituted, or two letters swapped) makes a word at least
    ``min-correction-zipf`` common ("avaliable" -> "available"), or, for a word of
    ``long-word`` letters or more, any listed or common health word
    ("corticosteriods" -> "corticosteroids"), at least ``min-gap`` more common
    than the word itself, and no other edit gives a word within ``rival-gap``
    of it ("teh" -> "the", not "ten"; "blod" is left: "blood", "blog" and
    "bold" are all one edit). A substitution counts only as a typing slip:
    two vowels, keyboard neighbours or letters of one sound ("persistant",
    "presense"); an unrelated consonant makes another word ("hepatologist").
    Not reported, as words the dictionary lacks rather than slips: an
    inflection of the correction (the edit at the word's end: "antiepileptics",
    "urinalyses"), a British or other accepted spelling ("haematuria",
    "payors"), a known word with a prefix or suffix ("nontender",
    "prescribers", "tumorous", a comparative "barfier"), one stem with another prefix ("prebiotics"),
    the plural of a health word, a chemical radical ("retinyl"), a glued
    pair MT106 reports ("chestor"), a letter put before a common word (a
    coinage or a user handle: "iframes", "rsync", "mconley"; slips seldom
    touch a word's first letter, and a doubled one, "wwith", is still read),
    two words each far commoner than the correction run together (a closed
    compound: "frontend", not "fronted"), a Latin name's second word after a Latin
    or capitalised head ("cauda equina", "Nevus spilus", "P. africanus"), a
    word split in two ("fl ushing", "I nhibition"), and a word among two or
    more others English lacks (another language, code). Words shorter than
    ``min-length`` (5: abbreviations, slang) are not checked. Capitalised and
    mixed-case words (names, brands, genes), words joined to a neighbour by a
    hyphen, apostrophe, bracket or digit, words in addresses (also one the crawl
    broke at its dots), tags and code (also teletype, keyboard and sample
    markup: ``<tt>``, ``<kbd>``, ``<samp>``), a quoted spelling, and a word the
    document uses more than ``max-uses`` times (its own term) are left. The
    correction is the suggestion; the fix (not safe: a reader must confirm)
    is offered only when no other edit gives a word. A word that is a common
    word ending in consonant + "y" plus "s" ("bodys": "body's" or "bodies") or
    a noun plus a glued "a" ("syndromea": a dash dropped before "a") is
    reported with those readings and no fix, even when the crawled answers
    the health table was built from hold it.
    """

    code = "TX109"
    name = "misspelling"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Damerau (1964), A technique for computer detection and correction of spelling errors, CACM 7(3) "
        "(one edit covers most misspellings); dictionary: wordfreq (Speer et al., data CC BY-SA 4.0), "
        "the words of MedQuAD's NIH and CDC answers, build side (Ben Abacha and Demner-Fushman 2019, CC BY 4.0) "
        "and WordNet 3.0 (Princeton University, WordNet licence): rules/data/lexicon/near-words.tsv built by "
        "scripts/build_spelling.py"
    )
    options = {
        "min-length": Option(
            5, int, "shortest word checked (shorter ones are mostly abbreviations and slang)"
        ),
        "max-zipf": Option(
            3.2, float, "a word wordfreq gives this frequency (Zipf) or more is never reported (at most 3.5)"
        ),
        "min-correction-zipf": Option(3.0, float, "how common (Zipf) a correction of a short word must be"),
        "long-word": Option(
            8, int, "from this length any listed or common health word may be the correction"
        ),
        "min-gap": Option(1.5, float, "how much more common (Zipf) the correction must be than the word"),
        "rival-gap": Option(
            1.0, float, "a second correction within this much (Zipf) of the first: ambiguous, left"
        ),
        "max-uses": Option(2, int, "a word the document uses more often is its own term, left"),
        "ignore": Option([], list, "words never reported (a site's own terms)"),
    }
    should_fire = (
        Example("Genetic testing is avaliable for the condition."),
        Example("You may recieve corticosteriods for the swelling."),
        Example("<p>Exercise strengthens the bodys muscles.</p>", format="html"),
        Example("It is caused by Marfan syndromea rare disorder of connective tissue."),
        Example(
            "The heart has four chambers. The upper chambers are seperated from the lower ones by valves.",
            note="the base a web count lists ('seperate') is itself a misspelling",
        ),
    )
    should_not_fire = (
        Example(
            "The tumour was resectable; she heads podiatric medicine.",
            note="adjectives known through a sister noun: resection, podiatrist",
        ),
        "Genetic testing is available for the condition.",
        Example("The point was hafting the blade.", note="a rare verb's regular form"),
        Example(
            "Metformin, BRCA1 and Januvia; anti-tnf drugs, a nontender clonus and the dysgenesis.",
            note="names, compounds, derivatives, rare English and health words",
        ),
        Example("Red blod cells.", note="ambiguous: 'blood', 'bold' and 'blog' are all one edit"),
        Example("The word is spelled 'recieve' there; see example.com/recieve.", note="quoted, address"),
        Example("Run `recieve --help` first.", format="markdown"),
        Example("We recieve, recieve and recieve it.", note="a word the document uses often"),
        Example("It presses on the cauda equina.", note="a Latin name"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        min_length = int(self.opts["min-length"])
        max_uses = int(self.opts["max-uses"])
        key = (
            min(float(self.opts["max-zipf"]), 3.5),
            float(self.opts["min-correction-zipf"]),
            int(self.opts["long-word"]),
            float(self.opts["min-gap"]),
            float(self.opts["rival-gap"]),
        )
        positions = doc.word_index
        words = doc.words()
        prose = doc.prose
        starts, ends = words.starts, words.ends
        zipfs, max_zipf = _zipfs(), key[0]
        judged = []
        unknown: list[str] = []  # words no table holds and that are no slip
        # the words wordfreq rates common taken away in C first (a set difference walks the
        # document's words once): the loop below meets the few left. The order of ``judged`` does
        # not matter, the findings are sorted by offset (``_PLAIN_SCAN``: every word, as tests compare)
        scan = positions if _PLAIN_SCAN else set(positions).difference(_common(max_zipf))
        for w in scan:
            at = positions[w]
            if len(w) < min_length or len(at) > max_uses:
                continue
            listed = zipfs.get(w)
            if listed is not None and listed >= max_zipf:
                continue  # _judge's first test, before the scan below: most of a text's words
            # only a word written in lower case somewhere: capitalised ones are names ("Recieve trial"),
            # except a long one whose every correction is a health term ("Hemochromotosis")
            if any(prose[starts[i] : ends[i]] == w for i in at):
                verdict = _judge(w, key)
                if verdict is not None:
                    judged.append((w, verdict, w))
                elif listed is None and w.isalpha():
                    unknown.append(w)
            elif len(w) >= key[2] and listed is None:
                verdict = _capitalised_term(w, key, [prose[starts[i] : ends[i]] for i in at])
                if verdict is not None:
                    judged.append((w, verdict, w[0].upper() + w[1:]))
        if not judged or _uncovered(positions, unknown, min_length, max_uses):
            return
        ignore = {str(w).lower() for w in self.opts["ignore"]}
        # a PDF's lost ligatures ("signicant", "ndings") are TX124's: its reading restores the letters,
        # where an edit of one letter would guess another word ("endings")
        from .TX124 import lost_ligatures  # TX124 reads TX109's address tests: imported here, not above

        ignore.update(doc.derived(lost_ligatures))
        found: list[Finding] = []
        for w, (readings, fix_to, glued), written in judged:
            if w in ignore:
                continue
            if not glued and (
                _named(doc, words, positions[w]) or _handle(doc.source, w) or _in_code(doc.source, w)
            ):
                continue  # the page's own name for something: a person, a product, a repository, code
            quoted = " or ".join(f"“{r}”" for r in readings)
            for i in positions[w]:
                token = words[i]
                if token.text != written or _set_apart(prose, token.start, token.end, doc.source):
                    continue
                if (
                    written != w
                    and i > 0
                    and _after_capital(doc, words[i - 1].text, words[i - 1].start, token.start)
                ):
                    continue  # "Luana Pistacchio", "F. Carpentier", "Dr. Carpentier": a name
                if written != w and _address_item(prose, token.start, token.end):
                    continue  # "P.O. Box 1203, Fontabelle, St. Michael, BB11000": a place in an address
                if _SIC.match(prose, token.end):
                    continue  # "by cnance [sic]": the writer marks the quoted source's own spelling
                if _CITED_WORD.search(prose, max(0, token.start - _CITED_REACH), token.start):
                    continue  # "from Greek gaster, stomach": a word of another language, cited as one
                if i > 0 and not glued:
                    prev = words[i - 1]
                    if w.endswith(_LATIN_ENDINGS) and _latin_head(prose, prev.text, prev.start):
                        continue
                    if _split_word(prose, prev.text, prev.end, token.start, w, doc.source):
                        continue  # "fl ushing": a word split in two, not misspelt
                if _foreign_here(words, i, key):
                    continue  # among words English lacks: another language, code or a list of names
                if not _english_here(doc, words, i):
                    continue  # a run of words with no English function word: another language, a tag list
                fix = None
                if fix_to:
                    fix = Fix((Edit(token.start, token.end, fix_to),), f"write {fix_to!r}", safe=False)
                found.append(
                    Finding(token.start, token.end, f"“{token.text}” is not a word: {quoted}?", readings, fix)
                )
        found.sort(key=lambda f: f.start)
        yield from found


#: A word of another language cited by its name, right before the word: an etymology ("from Greek
#: gaster", "the Latin word dolor", "in Greek, gaster means"), which spells the word its own way.
_CITED_WORD = re.compile(
    r"\b(?:Greek|Latin|French|German|Arabic|Sanskrit|Hebrew|Italian|Spanish|Portuguese|Dutch|Persian|"
    r"Japanese|Chinese|Norse|Hindi|Russian|Turkish)(?:\s+(?:words?|terms?|roots?|verbs?|nouns?|"
    r"adjectives?|names?|prefix|suffix|stem))?[\s,:]*[\"“‘'(]?$"
)
#: How far before a word ``_CITED_WORD`` reads.
_CITED_REACH = 40


def _after_capital(doc: Document, prev: str, prev_start: int, start: int) -> bool:
    """The word before a capitalised word at ``start`` is capitalised too, in the same block: a first
    name, an initial or a title before a surname ("Amy Berrington", "F. Carpentier", "Dr."), or a
    word of a name ("British Assocation"), where a capital says nothing of a slip."""
    return prev[:1].isupper() and doc.block_at(prev_start) == doc.block_at(start)


#: How far either side of a capitalised word ``_address_item`` reads.
_ADDRESS_REACH = 24


def _address_item(prose: str, start: int, end: int) -> bool:
    """The capitalised word at ``start``-``end`` is one item of a postal address: it stands between
    commas, and the item before or after it holds a digit (a box number, a street number, a
    postcode: "P.O. Box 1203, Fontabelle, St. Michael, BB11000"). A page's footer prints its
    publisher's address so; the places in it are names, not slips."""
    before = prose[max(0, start - _ADDRESS_REACH) : start].rstrip(" ")
    after = prose[end : end + _ADDRESS_REACH]
    if not before.endswith(",") or not after.startswith(","):
        return False
    item_before = before[:-1].rsplit(",", 1)[-1]
    item_after = after[1:].split(",", 1)[0]
    if "\n" in item_before or "\n" in item_after:
        return False
    return any(c.isdigit() for c in item_before + item_after)


#: A word written only with a capital is judged from this length (names are shorter).
_CAPITALISED_LENGTH = 10


def _capitalised_term(
    w: str, key: tuple[float, float, int, float, float], written: Sequence[str]
) -> tuple[tuple[str, ...], str, bool] | None:
    """``_judge``'s verdict on a long word the document writes only with a capital ("Hemochromotosis",
    a heading's, a sentence's or a list item's first word), in that case, when it has
    ``_CAPITALISED_LENGTH`` letters or more: a name a page gives (a person, a product) is seldom that
    long and one slip from a word ("hemochromatosis", "hypothyroidism"). The caller still leaves a
    word the document capitalises inside running prose, a name there (``_named``: "said Stephen
    Silberstein", "a Broomfield doctor")."""
    title = w[0].upper() + w[1:]
    if any(t != title for t in written):
        return None
    verdict = _judge(w, key)
    if verdict is None or verdict[2]:
        return None
    readings, fix_to, glued = verdict
    if not readings or len(w) < (
        _CAPITALISED_DRUG_LENGTH if is_drug_name(readings[0]) else _CAPITALISED_LENGTH
    ):
        return None
    cased = tuple(r[0].upper() + r[1:] for r in readings)
    return cased, (fix_to[0].upper() + fix_to[1:]) if fix_to else "", glued


#: "[sic]" or "(sic)" just after a word (a comma or a quotation mark or both may come between): the writer
#: quotes a source and marks its spelling as the source's, so an editor keeps it.
_SIC = lazy_compile(r"[,.;:'\u2019\u201d\"]{0,2}\s*[\[(]sic[\])]", re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def _judge(w: str, key: tuple[float, float, int, float, float]) -> tuple[tuple[str, ...], str, bool] | None:
    """Whether the document word ``w`` is a misspelling, whatever its context: (readings, the
    fix's text or "", whether it is a glued "s" or "a"), or None. Kept per word: a word's answer
    does not depend on the document, and health writing repeats its rare words."""
    max_zipf, floor, long_word, min_gap, rival_gap = key
    if not (w.isalpha() and w.isascii()):
        return None
    listed = _zipfs().get(w)
    if (listed is not None and listed >= max_zipf) or is_near_word(w):
        return None
    glued = _glued_ending(w, floor)
    if glued:
        # a crawl's defect of that shape is in the health table too ("bodys"): judged by its shape
        return tuple(_readings(w, glued)), "", True
    if is_health_word(w):
        return None
    if w[-1] == "s" and _zipfs().get(w[:-1]) is not None:
        return None  # a regular plural or verb form of a listed word ("covids")
    if (
        w.endswith(_CHEMICAL_ENDINGS)
        or _derived(w)
        or _inflection(w)
        or _health_plural(w)
        or glued_splits(w)
        or long_splits(w)
        or _glued_function(w)
    ):
        return None  # a derivative, a plural or a chemical name, or a glued pair MT106 reports ("chestor")
    options = corrections(w, long_word)
    if not options:
        return None
    best_z, best = options[0]
    if best_z < floor and len(w) < long_word:
        return None
    if best == w[1:] and w[0] != w[1]:
        return None  # a letter put before a word: a coinage or a handle ("iframes", "rsync", "mconley")
    if best in _zipfs() and _closed_compound(w, best_z):
        return None  # two commoner words run together: a closed compound ("frontend", not "fronted")
    if (
        (_variant(w, best) and not _drug_final_e(w, best))
        or _spelling_variant(w, best)
        or _prefix_swap(w, best)
    ):
        return None  # an inflection, another accepted spelling, or a prefix swapped
    z = _UNLISTED_ZIPF if listed is None else listed
    if best_z - z < min_gap or (len(options) > 1 and options[1][0] > best_z - rival_gap):
        return None
    return (best,), best if len(options) == 1 else "", False


#: Each half of a closed compound is at least this much commoner (Zipf) than the correction.
_COMPOUND_MARGIN = 1.0
#: The shortest half of a closed compound read by ``_closed_compound``.
_COMPOUND_PART = 3
#: Halves that make no closed compound: function words and the words that form derivatives
_AFFIX_OR_FUNCTION = FUNCTION_PARTS | PREFIX_WORDS | SUFFIX_WORDS


def _closed_compound(word: str, best_z: float) -> bool:
    """Whether ``word`` is two words run together, each of ``_COMPOUND_PART`` letters or more and
    ``_COMPOUND_MARGIN`` commoner than the best correction ("frontend": "front" 5.3 and "end" 5.7,
    against "fronted" 3.1): a closed compound the table lacks (a technical term), which no slip
    of a rarer word explains better. A real slip's correction is common, so its halves, when it
    splits at all, are not both commoner. A function word or an affix as a half ("lowless": "low"
    + "less", a dash lost) makes no compound; the caller reads only a correction of wordfreq's
    table (a health word's frequency is a stand-in: "seologic" is "serologic")."""
    for k in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1):
        head, tail = word[:k], word[k:]
        if _AFFIX_OR_FUNCTION.intersection((head, tail)):
            continue  # "low" + "less": a word glued to a function word or an affix, a crawl's slip
        a, b = zipf_of(head), zipf_of(tail)
        if a is not None and b is not None and min(a, b) >= best_z + _COMPOUND_MARGIN:
            return True
    return False


def _drug_final_e(word: str, cand: str) -> bool:
    """Whether ``word`` is the drug name ``cand`` with its final "e" dropped or one added
    ("levothyroxin", "gabapentine"): no English inflection, the other languages' spelling of the
    name, which an English page corrects."""
    return is_drug_name(cand) and (word + "e" == cand or word == cand + "e")


def _glued_ending(word: str, floor: float) -> str | None:
    """The common word before a final "s" or "a" that ``word`` ends in ("bodys", "syndromea"), or None:
    such a word is a possessive or plural written wrong, or a word glued to "a" where a dash was
    lost, whatever single edits it is also near ("bodys" -> "boys")."""
    if len(word) < 5 or word[-1] not in "sa" or word[-2] in "s" + word[-1]:
        return None
    stem = word[:-1]
    z = zipf_of(stem)
    if z is None or z < floor:
        return None
    if word[-1] == "s":
        return stem if stem[-1] == "y" and stem[-2] not in "aeiou" else None
    # "a" after a noun and nothing else ("syndromea"), not a Latin adjective's stem ("imperfecta")
    return stem if len(stem) >= 6 and word_classes.classes(stem) == SINGULAR else None


def _readings(word: str, stem: str) -> list[str]:
    """What a word ending in "s" or "a" after a common word may stand for: "bodys" is "body's" or
    "bodies", "syndromea" is "syndrome" and a glued "a" (a dash lost)."""
    if word[-1] == "s":
        return [stem + "'s", stem[:-1] + "ies"]
    return [stem + " \u2014 a", stem]


#: A text in which this share of the rare words it writes in lower case (used at most
#: ``max-uses`` times, five letters or more) are words no table holds and no slip of one is in a
#: language the dictionary does not cover (a German, French or Papiamento page under an English
#: template): its slips cannot be told from its vocabulary. Development data: MedQuAD answers at
#: most 0.12 (a list of drug names), FakeHealth articles 0.06, English pages 0.08 (philosophy,
#: tech, recipes), romanised Japanese in an English blog 0.14, pages in other languages 0.30-0.64.
_UNCOVERED_SHARE = 0.2
#: The fewest such words for the share to count (a short text's few rare words do not).
_UNCOVERED_MIN = 8


def _uncovered(
    positions: Mapping[str, Sequence[int]], unknown: list[str], min_length: int, max_uses: int
) -> bool:
    """Whether the document's rare words are mostly outside the dictionary (``_UNCOVERED_SHARE``):
    ``unknown`` are the words scanned that no table holds and that are no slip; words two words
    run together (MT106's) are English and do not count."""
    strange = [w for w in unknown if not (is_health_word(w) or is_near_word(w) or glued_splits(w))]
    if len(strange) < _UNCOVERED_MIN:
        return False
    scanned = sum(
        1 for w, at in positions.items() if len(w) >= min_length and len(at) <= max_uses and w.isalpha()
    )
    return len(strange) >= _UNCOVERED_SHARE * scanned


def _latin_head(prose: str, prev: str, start: int) -> bool:
    """Whether ``prev`` heads a Latin name: a word wordfreq's table lacks ("cauda"), or a capitalised
    word inside its sentence ("Adductor", "Nevus"), not one opening it."""
    if not prev.isalpha():
        return False
    if len(prev) == 1 and prev.isupper() and prose[start + 1 : start + 2] == ".":
        return True  # a genus's initial ("P. africanus")
    if zipf_of(prev.lower()) is None:
        return True
    if not prev[0].isupper():
        return False
    before = prose[max(0, start - 3) : start].rstrip()
    return bool(before) and before[-1] not in '.!?:"\u201c'


def _foreign_here(words: Words, i: int, key: tuple[float, float, int, float, float]) -> bool:
    """Whether two or more of the four words either side of word ``i`` are lower-case words neither
    wordfreq's table nor the health table holds, and not misspellings themselves ("auch",
    "planeta" in a German or Papiamento passage): a misspelling stands among English words."""
    zipfs = _zipfs()
    strange = 0
    for k in range(max(0, i - _NEIGHBOURHOOD), min(len(words), i + _NEIGHBOURHOOD + 1)):
        t = words[k].text
        if (
            k != i
            and t.islower()
            and t.isalpha()
            and t not in zipfs
            and not is_health_word(t)
            and _judge(t, key) is None
        ):
            strange += 1
            if strange >= _MOST_STRANGE:
                return True
    return False


def _glued_function(word: str) -> bool:
    """Whether ``word`` is a known word with a function word run on ("catheteris", "rayis"): a
    glued pair, whatever word one edit gives ("catheters"), which MT106 reports when it is sure."""
    for k in (2, 3, 4):
        if len(word) - k >= 3 and word[-k:] in FUNCTION_PARTS and is_known(word[:-k]):
            return True
    return False


def _health_plural(word: str) -> bool:
    """Whether ``word`` is the plural of a health word ("stimulators", "stenoses" aside)."""
    if not word.endswith("s"):
        return False
    stems = [word[:-1]]
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return any(is_health_word(stem) for stem in stems)


def _split_word(prose: str, prev: str, prev_end: int, start: int, word: str, source: str) -> bool:
    """Whether a fragment before the word joins it into a known word: a lower-case fragment or a
    capital a space away ("fl ushing", "I nhibition": the crawl split a word, which the correction
    would not repair), or any fragment that only markup parts from it (a drop cap,
    ``<span class="dropcap">E</span>nclosing``, or ``**E**nclosing``: the reader sees one word,
    whose blanked tags the prose holds as spaces)."""
    if not prev.isalpha():
        return False
    if _MARKUP_ONLY.fullmatch(source, prev_end, start):
        return is_known((prev + word).lower())
    if prose[prev_end:start] != " ":
        return False
    if prev.islower() or (len(prev) == 1 and prev.isupper()):  # "I nhibition", "E levated"
        return is_known((prev + word).lower())
    return False


#: Source text between two word pieces that is markup only: HTML tags or Markdown emphasis marks.
_MARKUP_ONLY = re.compile(r"(?:<[^<>\s][^<>]*>|[*_~])+")


def _set_apart(prose: str, start: int, end: int, source: str) -> bool:
    """Whether the word is part of an address, a compound or name, or a quoted spelling. The
    characters either side are read past markup the prose view blanks (an entity's tail,
    ``&quot;wiggy&quot;``, or a tag): the reader sees them next to the word."""
    b, a = start, end
    while b > 0 and prose[b - 1] == " " and not source[b - 1].isspace():
        b -= 1
    while a < len(prose) and prose[a] == " " and not source[a].isspace():
        a += 1
    before = prose[b - 1] if b > 0 else " "
    after = prose[a] if a < len(prose) else " "
    if before in _JOINERS or after in _JOINERS or before.isdigit() or after.isdigit() or before == ")":
        return True
    if before in _QUOTES and after in _QUOTES:
        return True
    return in_address(prose, start, end) or in_broken_address(source, start)


#: English function words, and those of the languages pages quote most (German, Spanish, French,
#: Italian, Portuguese, Dutch) that English never uses: a sentence with more of the second is in
#: another language. Words the languages share with English ("in", "an", "die", "con") are in neither.
_ENGLISH = frozenset(
    "the of to and or is are be been for with on at by from that this it not but if than were has "
    "have had you your they their we our he she his her can would should could which who what when".split()
)
_FOREIGN = frozenset(
    "der das und ist nicht ein eine einen mit von auf für sich auch ich wir sind werden wird oder aber "
    "el los las del que es una por para como pero más muy y se lo "
    "et est les une dans pour pas sur avec sont qui ce cette "
    "il della che sono nel gli questo "
    "não uma com os ao "
    "het een zijn niet ook voor".split()
)
#: How many words either side of a word (within its sentence) ``_english_here`` reads.
_ENGLISH_REACH = 10


def _english_here(doc: Document, words: Words, i: int) -> bool:
    """Whether word ``i`` stands in English: its sentence (up to ``_ENGLISH_REACH`` words either
    side, not past a full stop or the block's edge) holds no more function words of other
    languages than English ones, or fewer than two ("Ich habe das Buch gelesen und ...": German,
    whose words wordfreq's web counts list as English too)."""
    prose = doc.prose
    b = doc.block_at(words.starts[i])
    lo, hi = (doc.blocks[b].start, doc.blocks[b].end) if b is not None else (0, len(prose))
    english = foreign = 0
    for step in (-1, 1):
        k = i
        for _ in range(_ENGLISH_REACH):
            nxt = k + step
            if nxt < 0 or nxt >= len(words) or not lo <= words.starts[nxt] < hi:
                break
            gap = prose[words.ends[min(k, nxt)] : words.starts[max(k, nxt)]]
            if any(c in gap for c in ".!?"):
                break
            k = nxt
            t = prose[words.starts[k] : words.ends[k]].lower()
            english += t in _ENGLISH
            foreign += t in _FOREIGN
    return foreign < 2 or foreign <= english


def _named(doc: Document, words: Words, at: Iterable[int]) -> bool:
    """Whether the document writes the word with a capital inside running prose ("host Jeanine
    Pirro's comments"): it is a name there, and its lower-case form elsewhere (a tag, a link) the
    same name. A capital opening a sentence or a block does not count, nor one in a Title Case
    heading (no lower-case content word beside it)."""
    prose = doc.prose
    for i in at:
        start, end = words.starts[i], words.ends[i]
        text = prose[start:end]
        if not text[0].isupper() or text.isupper():
            continue
        before = prose[max(0, start - 3) : start].rstrip()
        if not before or before[-1] in '.!?:;"\u201c\u201d(\n':
            continue
        b = doc.block_at(start)
        if b is not None and not prose[doc.blocks[b].start : start].strip():
            continue
        for k in (i - 2, i - 1, i + 1, i + 2):
            if 0 <= k < len(words):
                t = prose[words.starts[k] : words.ends[k]]
                if len(t) >= 4 and t.isalpha() and t.islower() and t not in FUNCTION_PARTS:
                    return True
    return False


#: The characters of an address (its host, path or handle).
_URL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.~%/:@?=&#+-")


def _handle(source: str, word: str) -> bool:
    """Whether the page uses ``word`` as a name inside an address: a host, a user, a repository
    or a path segment of one or two parts ("github.com/coldnew/eshell-autojump", "/person/jeanine-
    pirro", "/tag/word"), not a slug of a title, whose misspelling is the title's ("/the-science-
    behind-camoflaged-cows")."""
    n = len(word)
    at = source.find(word)
    seen = 0
    while at != -1 and seen < 50:
        seen += 1
        before = source[at - 1] if at > 0 else " "
        after = source[at + n] if at + n < len(source) else " "
        if not (before.isalnum() or after.isalnum()) and (before in "/.-_@" or after in "/.-_"):
            lo = at
            while lo > 0 and (source[lo - 1].isalnum() or source[lo - 1] in "-_"):
                lo -= 1
            hi = at + n
            while hi < len(source) and (source[hi].isalnum() or source[hi] in "-_"):
                hi += 1
            run_lo = lo
            while run_lo > max(0, lo - 300) and _URL_CHARS.issuperset(source[run_lo - 1]):
                run_lo -= 1
            run = source[run_lo:hi]
            parts = [p for p in re.split(r"[-_]", source[lo:hi]) if p]
            if ("/" in run or "@" in run) and len(parts) <= 2:
                return True
        at = source.find(word, at + n)
    return False


#: HTML elements whose text is code, a command or a name typed as it is: code, pre, tt (teletype,
#: Sphinx's and docutils' literals), kbd (keys typed), samp (a program's output), var.
_CODE_TAGS = ("code", "pre", "tt", "kbd", "samp", "var")
#: What follows a tag's name in its opening tag.
_TAG_END = frozenset(" >\t\n/")


def _in_code(source: str, word: str) -> bool:
    """Whether the page also writes ``word`` in code: an HTML code element (``_CODE_TAGS``: ``<code>``,
    ``<pre>``, ``<tt>``, ``<kbd>``, ``<samp>``, ``<var>``), a
    Markdown code span or fenced block (a service named in a configuration file, a command): it
    is the name of something there, and in the prose too."""
    n = len(word)
    at = source.find(word)
    seen = 0
    while at != -1 and seen < 50:
        seen += 1
        end = at + n
        if not (at > 0 and source[at - 1].isalnum()) and not (end < len(source) and source[end].isalnum()):
            for tag in _CODE_TAGS:
                opened = source.rfind("<" + tag, 0, at)
                if opened != -1 and source[opened + len(tag) + 1 : opened + len(tag) + 2] in _TAG_END:
                    if opened > source.rfind("</" + tag, 0, at):
                        return True
            line = source.rfind("\n", 0, at) + 1
            if source.count("`", line, at) % 2 == 1 or source.count("\n```", 0, at) % 2 == 1:
                return True
        at = source.find(word, end)
    return False
