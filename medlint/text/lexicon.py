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

import bisect
import functools
from collections.abc import Callable
from pathlib import Path

from ..cache import Memo
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
    "has have had its their your you our who when where while than also so it if very more most all into "
    # subject pronouns a crawl or a translation glues to their verb ("weoften encounter", "theyhave")
    "we they he she".split()
)
#: Words that begin ordinary compounds ("underactive", "nonfatal", "incoordination"): never the
#: first half of a glued pair unless the second half is a function word.
PREFIX_WORDS = frozenset(
    "in an on un non under over out back down up after fore self well anti sub super micro macro multi "
    "semi pre post re de dis mis co ex inter intra trans bio photo hyper hypo auto tele mid cross extra "
    "off any some every no head hand foot eye ear bed home day night life work "
    # combining forms of scientific compounds ("radioresistance", "echodensity", "videogaming")
    "radio echo video audio thermo electro neuro cardio immuno chemo geo hydro aero hemo haemo "
    # Latin and English prepositions that prefix words ("contraindicated", "counterstimulation")
    "contra counter supra infra ultra pseudo".split()
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


@functools.lru_cache(maxsize=1)
def irregular_forms() -> frozenset[str]:
    """Every right form of the irregular words the table holds ("arose", "fell"): a verb's mark."""
    return frozenset(form for _, forms in _inflections().values() for form in forms)


@functools.lru_cache(maxsize=1)
def wrong_forms() -> frozenset[str]:
    """Every regular-looking form of an irregular word the table holds ("overcomed"), made once
    (MT107 asks for them on every document)."""
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
                and (_zipf_at_least(b, COMMON_ZIPF) or _health_half(b))
            )
            rank = 1.0
        elif b in FUNCTION_PARTS:
            # a long word of health writing is as sure a half as a common one ("atherosclerosiswhen",
            # "hypertensionis"), rare as it is in English at large; not before "is" where the first half
            # ends as a Latin adjective's stem ("glandularis", "cornealis": -aris, -alis)
            ok = len(a) >= MIN_PART and (
                _zipf_at_least(a, COMMON_ZIPF)
                or (_health_half(a) and not (b == "is" and a.endswith(("al", "ar"))))
            )
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


#: Both halves of two long words run together are at least this long ("cirrhosisscarring").
LONG_PART = 6
#: Each half of such a pair is in wordfreq's table (Zipf 2.5 or more: "atherosclerosis"), or a
#: health word counted this often in the build side of MedQuAD's answers ("mesalamine").
LONG_PART_HEALTH_COUNT = 10


def health_count(word: str) -> int:
    """How often the health-words table counts ``word`` in MedQuAD's build side (0 when absent)."""
    raw = _health_table().get(word)
    if raw is None:
        return 0
    text = raw.decode() if isinstance(raw, bytes) else str(raw)
    return int(text) if text.isdigit() else 0


@functools.lru_cache(maxsize=16384)
def long_splits(word: str) -> tuple[tuple[str, str], ...]:
    """The ways the lower-case ``word`` reads as two long known words run together
    ("cirrhosisscarring", "failurereduced", "inflammationirritation"): both halves of
    ``LONG_PART`` letters or more, each listed by wordfreq or a common health word, neither a
    word that forms compounds ("under", "like") or a function word, the first not a Greek or
    Latin combining form in "-o" ("pseudolymphoma") or a chemical radical ("methylcellulose",
    "hydroxysteroid"), and the second not a word that ends many listed words (a compound's head:
    "-houses", "-stones", "-holder", "-person", ``COMPOUND_HEAD``) and the first not a word that
    begins many ("counter", "contra": ``COMPOUND_MODIFIER``). A closed compound
    the dictionary lacks has a short half ("guardrails", "crowdfunders", "peppertree"); two long
    words in a row are a phrase whose space or dash was lost."""
    found = []
    for k in range(LONG_PART, len(word) - LONG_PART + 1):
        a, b = word[:k], word[k:]
        if (
            a[-1] != "o"
            and a[-2:] not in ("yl", "xy")
            and _long_part(a)
            and _long_part(b)
            and not _compound_head(b)
            and not _compound_modifier(a)
        ):
            found.append((a, b))
    return tuple(found)


#: A word that ends this many listed words whose front is a listed word of four letters or more
#: is a head that forms compounds ("warehouses", "greenhouses", "lighthouses": "clearinghouses" is
#: one more; "chairperson", "salesperson", "spokesperson"). Development MedQuAD: the second words
#: of glued pairs end at most two such words ("grandchildren", "schoolchildren").
COMPOUND_HEAD = 3


#: (the word-frequency file's path, size and modification time, which order) -> the sorted view
#: (``_reversed_words``, ``_sorted_words``) as one string, its words joined by newlines
_WORD_ORDERS = Memo("lexicon-word-orders")
#: the plain form: both views sorted in every process (tests compare the two)
_PLAIN_WORD_ORDERS = False


def _kept_order(which: str, sort: Callable[[str], list[str]]) -> list[str]:
    """``sort`` of the word-frequency file's text, kept in the start-up cache between runs (sorting
    51,208 words twice was 88-104 ms of a process; splitting the kept string is a few), keyed as
    ``SortedLines.from_file`` keys its index: the same path, size and modification time."""
    from ..data import data_file

    path = data_file("word-frequencies.tsv")
    if _PLAIN_WORD_ORDERS:
        return sort(path.read_text(encoding="utf-8"))
    st = path.stat()
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns, which)
    kept = _WORD_ORDERS.get(key)
    if isinstance(kept, str):
        return kept.split("\n") if kept else []
    words = sort(path.read_text(encoding="utf-8"))
    _WORD_ORDERS.put(key, "\n".join(words))
    return words


def _words_backwards(text: str) -> list[str]:
    return sorted(line.partition("\t")[0][::-1] for line in text.splitlines() if line and line[0] != "#")


@functools.lru_cache(maxsize=1)
def _reversed_words() -> list[str]:
    """wordfreq's table's words spelt backwards, sorted: the words ending in a string are one range."""
    return _kept_order("backwards", _words_backwards)


@functools.lru_cache(maxsize=4096)
def _compound_head(part: str) -> bool:
    """Whether ``COMPOUND_HEAD`` or more listed words are another listed word and ``part``."""
    return _listed_beside(_reversed_words(), part[::-1], 4, COMPOUND_HEAD, backwards=True)


#: A word that begins this many listed words whose rest is a listed word of five letters or more
#: forms compounds ("counter": "counterpart", "counterattack", ...; "contra": "contraband", ...).
COMPOUND_MODIFIER = 3


@functools.lru_cache(maxsize=1)
def _sorted_words() -> list[str]:
    return _kept_order("forwards", lambda _text: sorted(w[::-1] for w in _reversed_words()))


@functools.lru_cache(maxsize=4096)
def _compound_modifier(part: str) -> bool:
    """Whether ``COMPOUND_MODIFIER`` or more listed words are ``part`` and another listed word."""
    return _listed_beside(_sorted_words(), part, 5, COMPOUND_MODIFIER, backwards=False)


def _listed_beside(words: list[str], key: str, min_rest: int, need: int, *, backwards: bool) -> bool:
    """Whether ``need`` or more of the sorted ``words`` start with ``key`` and go on with a listed
    word of ``min_rest`` letters or more; with ``backwards``, ``words`` and ``key`` are spelt back to
    front (``_reversed_words``: a compound's head is found by its end, what stands before it read
    back to front again)."""
    lo = bisect.bisect_right(words, key)
    hi = bisect.bisect_left(words, key + "\uffff", lo)
    n = len(key)
    found = 0
    for w in words[lo:hi]:
        rest = w[n:][::-1] if backwards else w[n:]
        if len(rest) >= min_rest and _zipf_at_least(rest, 2.5):
            found += 1
            if found >= need:
                return True
    return False


#: How many final letters a form of a listed word may change ("coronaviruses" of "coronavirus",
#: "weightlifters" beside "weightlifting"): an ending, never a second word.
FORM_ENDING = 3


@functools.lru_cache(maxsize=4096)
def form_of_listed(word: str) -> str | None:
    """A listed word the lower-case ``word`` is another form of, else None: one that starts with
    ``word`` less its last one to ``FORM_ENDING`` letters and goes on at most ``FORM_ENDING``
    letters ("coronaviruses": "coronavirus"; "weightlifters": "weightlifting"). Such a word is a
    closed compound with its ending changed, not two words run together: the stem runs past any
    split into two long words, so the listed word holds the whole first half and part of the
    second."""
    words = _sorted_words()
    for j in range(1, FORM_ENDING + 1):
        stem = word[:-j]
        if len(stem) < 2 * LONG_PART - FORM_ENDING:
            break
        lo = bisect.bisect_left(words, stem)
        hi = bisect.bisect_left(words, stem + "\uffff", lo)
        for w in words[lo:hi]:
            if w != word and len(w) <= len(stem) + FORM_ENDING:
                return w
    return None


#: A long half of a glued pair is a word of health writing when the reference counts (the build side of
#: MedQuAD, ``medlint.text.refstats``) write it this often ("atherosclerosis" 62, "esophagus" 192; not
#: "toning" or "repress", general words the reference never writes)
HEALTH_HALF_USES = 20


def _health_half(part: str) -> bool:
    """A half of a glued pair that health writing uses often though English at large seldom writes it
    (below ``COMMON_ZIPF``): ``LONG_PART`` letters or more, no word that forms compounds, and counted
    ``HEALTH_HALF_USES`` times by the reference, or ``LONG_PART_HEALTH_COUNT`` times by the
    health-words table where wordfreq lacks it ("amyloidosis")."""
    if len(part) < LONG_PART or part in PREFIX_WORDS or part in SUFFIX_WORDS:
        return False
    if health_count(part) >= LONG_PART_HEALTH_COUNT:
        return True
    from . import refstats

    got = refstats.load().word(part)
    return got is not None and got.freq >= HEALTH_HALF_USES


def _long_part(part: str) -> bool:
    if part in PREFIX_WORDS or part in SUFFIX_WORDS or part in FUNCTION_PARTS:
        return False
    return _zipf_at_least(part, 2.5) or health_count(part) >= LONG_PART_HEALTH_COUNT


def wrong_inflection(word: str) -> tuple[str, tuple[str, ...]] | None:
    """(base, right forms) when ``word`` is a regular-looking form of an irregular word
    ("overcomed" -> ("overcome", ("overcame",))), else None."""
    return _inflections().get(word)


@functools.lru_cache(maxsize=1)
def food_words() -> frozenset[str]:
    """Foods by name (WordNet 3.0's noun.food and edible plants): rules/data/lexicon/food-words.tsv, built
    by scripts/build_food_words.py; CL119 reads its subjects from it and MT108 the objects a spinner's
    "prevent" (for "avoid") takes ("try and prevent the yolk")."""
    text = (_folder() / "food-words.tsv").read_text(encoding="utf-8")
    return frozenset(
        line.split("\t")[0].strip().lower() for line in text.splitlines() if line and line[0] != "#"
    )


@functools.lru_cache(maxsize=1)
def complaint_words() -> frozenset[str]:
    """Ailments and symptoms by name (WordNet 3.0's ill health and symptoms: "tinnitus", "gingivitis", "cold"):
    rules/data/lexicon/complaint-words.tsv, built by scripts/build_complaint_words.py; the complaints CL142 reads as
    what a remedy is credited with relieving."""
    return _one_word_a_line("complaint-words.tsv")


@functools.lru_cache(maxsize=1)
def condition_words() -> frozenset[str]:
    """Serious diseases by name (WordNet 3.0's): rules/data/lexicon/condition-words.tsv, built by
    scripts/build_condition_words.py; CL119's condition lexicon, and the health objects CL142 reads."""
    return _one_word_a_line("condition-words.tsv")


def _one_word_a_line(name: str) -> frozenset[str]:
    """The words of a lexicon file that holds one a line under its ``#`` comment lines."""
    text = (_folder() / name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and line[0] != "#")


def is_food(word: str) -> bool:
    """``word`` or its singular is a food of :func:`food_words` ("eggs", "tomatoes", "berries")."""
    foods = food_words()
    return (
        word in foods
        or (word.endswith("s") and word[:-1] in foods)
        # "-es" only after the endings that take it ("tomatoes", "peaches"): "fires" is no plural of the tree "fir"
        or (
            word.endswith("es")
            and word[:-2].endswith(("s", "x", "z", "ch", "sh", "o"))
            and word[:-2] in foods
        )
        or (word.endswith("ies") and word[:-3] + "y" in foods)
    )


@functools.lru_cache(maxsize=1)
def infinitive_heads() -> frozenset[str]:
    """Words after which clean health prose writes "to" as the infinitive marker, with a bare verb
    ("used to", "able to", "likely to", "in order to"; not "due to", "lead to"):
    rules/data/lexicon/infinitive-heads.tsv, built by scripts/build_infinitive_heads.py from the
    build side of MedQuAD and clean_sentences.tsv. MT108 reads a past form after such a "to" as a
    slip ("used to treated pain")."""
    text = (_folder() / "infinitive-heads.tsv").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and line[0] != "#")


@functools.lru_cache(maxsize=1)
def spinner_dialect() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The web article spinner's everyday renderings and the words each may stand for ("ranges" ->
    ("levels",)): rules/data/lexicon/spinner-dialect.tsv, written by hand; MT129 reads it on spun pages."""
    rows = []
    for line in (_folder() / "spinner-dialect.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line[0] == "#":
            continue
        rendering, originals = line.split("\t")
        rows.append((rendering, tuple(originals.split("|"))))
    return tuple(rows)
