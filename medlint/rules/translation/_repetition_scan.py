"""MT108's degenerate repetition of machine translation: a word coordinated with itself
("beautiful and beautiful") and a phrase printed twice back to back ("of the forefront of the
forefront").

Read off the weakest WMT22 systems' output into English (benchmarks/wmt22_dev_notes.tsv, development
windows only). A neural decoder that loses its place repeats the phrase it just wrote, and a source
reduplication (Chinese AABB adjectives, Russian and Czech doubled words for emphasis) or a pair of
source near-synonyms that translate to one English word comes out as "X and X". English repeats a
word with "and" only for degree and duration ("more and more", "better and better", "again and
again", "on and on", "tried and tried", "years and years"), which these frames leave out by word
class: comparatives, verb forms, -ing forms, plurals and the adverbs of that idiom. Single words
printed twice ("the the") are RP101's.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from ...text.word_classes import (
    BARE_VERB,
    COMPARATIVE,
    NOT_VERB,
    PLURAL,
    SINGULAR,
    SUPERLATIVE,
    VERB_PAST,
    VERB_S,
    classes,
)
from ._grammar_scan import Hit, Scan
from ._grammar_words import CLAUSE_OPENERS, CLOSED_CLASS, COORDINATORS, RELATIVES

#: "beautiful and beautiful", "madness and madness"
REDUPLICATION = "reduplication"
#: "before I placed the order before I placed the order"
PHRASE_LOOP = "phrase-loop"
#: "Also, the maternal smoking may also lead", "Nonetheless dozens of these solutions nonetheless exist"
CONNECTIVE_TWICE = "connective-twice"
REPETITION_PATTERNS = (REDUPLICATION, PHRASE_LOOP, CONNECTIVE_TWICE)
#: Connective adverbs that open a sentence and link it to the one before: said again inside the same clause,
#: the second says nothing the first did not (a translation that renders a source's particle twice, or a
#: spinner's inserted "also").
_CONNECTIVES = frozenset(
    "also nonetheless nevertheless however moreover furthermore additionally besides therefore thus hence".split()
)
REPETITION_TRIGGERS = frozenset({"and", "or"}) | _CONNECTIVES
#: Words that open a new clause, after which the connective may rightly come again ("Also, genetic testing may
#: miss other genes that also can cause it")
_CLAUSE_OPENERS = (
    CLAUSE_OPENERS | COORDINATORS | RELATIVES | frozenset("whereas as until after before once".split())
)
#: Marks that end a clause or a sentence between the two
_CLAUSE_MARKS = frozenset(".!?;:()")

#: Words English repeats around "and" for degree, duration or repetition ("on and on", "round and
#: round", "neck and neck", "half and half", "so and so", "time and time again"), pronouns, which
#: the closed-class list leaves out ("you and you alone"), and verbs of repeated activity whose
#: past is spelt like the bare form or that the word-class table leaves unclassed ("she read and
#: read").
_IDIOMATIC = frozenset(
    """
    again over on round around through out by up down in off ever far away back forth here there
    more less further farther much many so such neck half time one two three
    i you he she it we they me him her us them this that
    read write run go come eat sleep think fight fall swim drive dig
    """.split()
)
#: Plurals of amount and measure, which English doubles around "and" for a great quantity ("years
#: and years", "miles and miles", "thousands and thousands", "piles and piles").
_AMOUNT_PLURALS = frozenset(
    """
    seconds minutes hours days nights weeks months years decades centuries ages generations eons aeons
    inches feet yards miles metres meters kilometres kilometers acres pounds tons tonnes gallons litres liters
    buckets bags boxes piles heaps loads lots layers rows pages dozens hundreds thousands millions billions
    times rounds waves
    """.split()
)
#: Finite auxiliaries that may follow a doubled plural or a doubled word around "or" as its verb
#: ("antipyretics or antipyretics are given"), and conjunctions that open the next clause ("take
#: antipyretics or antipyretics when the fever is high").
_FINITE_AFTER = frozenset(
    "is are was were can could may might must should will would has have had do does did "
    "when if because while unless although though whereas whenever".split()
)
#: The unit of a phrase loop: three to eight words (longer loops repeat shorter units too).
_LOOP_MIN, _LOOP_MAX = 3, 8
#: A loop is found from a content word this long that occurs twice, at most eight words apart
#: (a shorter anchor costs more and finds no more: rhythm and lyrics, "let it
#: be let it be", have none; "order", "fifty", "placed" anchor the loops seen).
_CONTENT_LENGTH = 5


def repetition_hits(s: Scan, index: Mapping[str, Sequence[int]], disabled: set[str]) -> list[Hit]:
    """Both patterns' hits in the document."""
    out: list[Hit] = []
    if REDUPLICATION not in disabled:
        lowers, last = s.lowers, s.n - 1
        for conjunction in ("and", "or"):
            for i in index.get(conjunction, ()):
                # the one test that rules out almost every "and": the same word on both sides, read
                # before the call and its tests of spacing (``_PLAIN_REDUPLICATION``: every "and")
                if not _PLAIN_REDUPLICATION and not (0 < i < last and lowers[i - 1] == lowers[i + 1]):
                    continue
                hit = _reduplication(s, i, conjunction)
                if hit is not None:
                    out.append(hit)
    if PHRASE_LOOP not in disabled:
        out.extend(_loops(s, index))
    if CONNECTIVE_TWICE not in disabled:
        out.extend(_connectives_twice(s, index))
    return out


def _connectives_twice(s: Scan, index: Mapping[str, Sequence[int]]) -> list[Hit]:
    """A connective that opens a sentence (capitalised, first of its clause) said again in the same clause: the
    second is reported. A clause-opening word ("that", "so", "but") or a clause mark between leaves it."""
    out: list[Hit] = []
    for word in _CONNECTIVES.intersection(index):
        at = sorted(index[word])
        for n, i in enumerate(at):
            if n + 1 >= len(at) or not s.text(i)[:1].isupper() or not s.clause_start(i):
                continue
            k = at[n + 1]
            if k - i > 25 or any(s.lowers[j] in _CLAUSE_OPENERS for j in range(i + 1, k)):
                continue
            gaps = s.prose[s.ends[i + 1] if i + 1 < k else s.ends[i] : s.starts[k]]
            if any(c in _CLAUSE_MARKS for c in gaps) or "\n" in s.prose[s.ends[i] : s.starts[k]]:
                continue
            written = s.text(i)
            out.append(
                Hit(
                    s.starts[k],
                    s.ends[k],
                    CONNECTIVE_TWICE,
                    f"“{s.text(k)}” again: the sentence opens with “{written}”, which already says it; drop one",
                    (),
                )
            )
    return out


#: the plain form of ``repetition_hits``: every "and" and "or" judged by ``_reduplication``, not only
#: those between two equal words (tests/test_mt108_reduplication_filter.py compares the two)
_PLAIN_REDUPLICATION = False


def _reduplication(s: Scan, i: int, conjunction: str) -> Hit | None:
    """ "X and X" for a word that is no comparative, verb form or idiomatic adverb, and "X or X".

    English coordinates a noun with itself only to contrast two kinds, each with its own modifier
    ("memory loss and loss of executive function", "spaced teeth and teeth that are crooked");
    so the first word must open its phrase (after punctuation or a function word) and the second
    end it (before punctuation or a function word: "of suppression and suppression of the
    business"). A plural around "and" ("antipyretics and antipyretics"), and any word around
    "or", which no idiom of degree doubles, must end its phrase more strictly: before punctuation
    or a finite verb, not a preposition, because a plural or an alternative is contrasted by what
    follows it ("tendons and tendons in the hands", "conditions or conditions with an unknown
    cause", MedQuAD); a plural of amount ("years and years") is idiom."""
    if i == 0 or not (s.adjacent(i - 1) and s.adjacent(i)):
        return None
    word = s.lowers[i - 1]
    if word != s.lowers[i + 1] or len(word) < 3 or not word.isalpha():
        return None
    first_cased = s.is_lower(i - 1) or (s.text(i - 1)[1:].islower() and s.clause_start(i - 1))
    if not (first_cased and s.is_lower(i + 1)) or word in CLOSED_CLASS or word in _IDIOMATIC:
        return None  # a name or title ("Story and Story"), a function word
    start, end = s.starts[i - 1], s.ends[i + 1]
    prose = s.prose
    if start > 0 and (prose[start - 1] in "-'’/" or prose[start - 1].isalnum()):
        return None  # "semi-automatic and automatic"
    cls = classes(word)
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    strict = conjunction == "or"
    if conjunction == "and":
        if word.endswith(("ing", "ed", "er", "est")):
            return None  # "crying and crying", "waited and waited", "faster and faster"
        if any(c in cls for c in (COMPARATIVE, SUPERLATIVE, VERB_PAST, BARE_VERB)):
            return None  # "better and better", "wait and wait"
        if plural or PLURAL in cls or VERB_S in cls:
            if word in _AMOUNT_PLURALS or (VERB_S in cls and NOT_VERB not in cls):
                return None  # "years and years", "talks and talks"
            strict = True
    if strict:
        # the strict end leaves no contrast of kinds to find, so only a noun modifying the first
        # word ("lung cancer or cancer.") keeps it: "take antipyretics or antipyretics when"
        if not _ends_clause_or_verb(s, i + 1) or not (_opens_phrase(s, i - 1) or not _noun_before(s, i - 1)):
            return None
    elif not (_opens_phrase(s, i - 1) and _closes_phrase(s, i + 1)):
        return None
    pair = prose[start:end]
    return Hit(
        start,
        end,
        REDUPLICATION,
        f"“{pair}”: a word joined to itself says one thing twice; a translation renders a source "
        "reduplication or two source near-synonyms this way; keep one word or name both things",
        (s.text(i - 1),),
    )


def _noun_before(s: Scan, i: int) -> bool:
    """Word i-1, in the same phrase, is a noun that may modify word i ("lung cancer")."""
    cls = classes(s.lowers[i - 1])
    return SINGULAR in cls or (PLURAL in cls and NOT_VERB in cls) or s.lowers[i - 1][-1:] == "s"


def _ends_clause_or_verb(s: Scan, i: int) -> bool:
    """Word i ends its noun phrase for certain: punctuation then a space or the end, a block end, or
    a finite auxiliary or a subordinating conjunction follows ("antipyretics or antipyretics.", "... or antipyretics are given")."""
    if i + 1 >= s.n:
        gap = s.prose[s.ends[i] :]
        return not gap.strip() or gap.strip()[0] in ".,;!?)"
    gap = s.prose[s.ends[i] : s.starts[i + 1]]
    if s.joinable[i]:
        return s.lowers[i + 1] in _FINITE_AFTER
    stripped = gap.strip()
    return not stripped or (stripped[0] in ".,;!?)" and gap[-1:].isspace())


def _opens_phrase(s: Scan, i: int) -> bool:
    """Word i has no modifier before it: it opens a clause or follows punctuation or a function word."""
    if s.clause_start(i):
        return True
    if not s.joinable[i - 1]:
        return True  # punctuation before it: a list's comma, a bracket
    return s.lowers[i - 1] in CLOSED_CLASS


def _closes_phrase(s: Scan, i: int) -> bool:
    """Word i ends its phrase: punctuation, a block end or a function word follows (not a noun it
    would modify: "cancer and cancer care")."""
    if i + 1 >= s.n:
        return True
    gap = s.prose[s.ends[i] : s.starts[i + 1]]
    if s.joinable[i]:
        nxt = s.lowers[i + 1]
        return nxt in CLOSED_CLASS
    stripped = gap.strip()
    return not stripped or stripped[0] in ".,;!?"


def _loops(s: Scan, index: Mapping[str, Sequence[int]]) -> list[Hit]:
    """A phrase of three to eight words printed again straight after itself, found from the
    content words that occur twice at most eight words apart (a loop printed three times is
    reported once). The phrase must hold two content words: a writer's slip repeats a frame of
    function words around one noun ("part of the part of the"), a decoder's loop repeats content
    ("of the very conformation of the very conformation"), and "again and again and" is idiom."""
    spans: set[tuple[int, int]] = set()
    lowers, n = s.lowers, s.n
    # most words occur once: one comprehension drops them before the per-word tests
    repeated = [
        p for w, p in index.items() if len(p) > 1 and len(w) >= _CONTENT_LENGTH and w not in CLOSED_CLASS
    ]
    for positions in repeated:
        for p, q in itertools.pairwise(positions):
            d = q - p
            if d < _LOOP_MIN or d > _LOOP_MAX:
                continue
            if (q + 1 >= n or lowers[p + 1] != lowers[q + 1]) and (p == 0 or lowers[p - 1] != lowers[q - 1]):
                continue  # a unit of three words or more pairs a neighbour of the word too
            for u in range(max(0, p - d + 1), p + 1):
                if u + 2 * d > n or lowers[u : u + d] != lowers[u + d : u + 2 * d]:
                    continue
                if not _running_prose(s, u, 2 * d):
                    continue
                if len(set(lowers[u : u + d]) - CLOSED_CLASS - _IDIOMATIC) >= 2:
                    spans.add((u, d))
                break
    out: list[Hit] = []
    covered = -1
    for u, d in sorted(spans):
        if u <= covered:
            continue
        covered = u + 2 * d - 1
        phrase = s.prose[s.starts[u] : s.ends[u + d - 1]]
        out.append(
            Hit(
                s.starts[u + d],
                s.ends[u + 2 * d - 1],
                PHRASE_LOOP,
                f"“{phrase}” is printed twice in a row: a translation engine's repetition loop; delete the "
                "second copy",
                (),
            )
        )
    return out


def _running_prose(s: Scan, u: int, length: int) -> bool:
    """Words u to u + length - 1 are lower-case words of one sentence, one space apart: no
    punctuation between ("Location, location"), no heading or caption printed again before its
    paragraph ("Type 1 Diabetes   Type 1 diabetes", "Courtesy of NPR Courtesy of NPR")."""
    prose = s.prose
    for k in range(u, u + length):
        text = s.text(k)
        if text != s.lowers[k] and text != "I":
            return False
        if k < u + length - 1 and prose[s.ends[k] : s.starts[k + 1]] != " ":
            return False
    return True
