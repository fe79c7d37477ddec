"""MT108's ``bare-noun`` pattern: a singular count noun with no determiner where English needs one.

Chinese, Japanese, Korean and Russian have no articles, and their machine translations drop
"a" and "the" before singular count nouns ("take it after meal", "It is important symptom",
"go to doctor"). Whether a noun may stand bare is a fact about the noun and its frame, not a
rule a tagger-free check can derive: mass nouns ("with water"), fixed phrases ("by mouth",
"at home", "in hospital", "for example") and names all stand bare. So the evidence comes from
clean consumer-health prose: ``rules/data/lexicon/bare-nouns.tsv`` (built by
``scripts/build_bare_nouns.py`` from the build side of MedQuAD and of clean_sentences.tsv) counts,
for each singular noun of the word-class table, how often it heads a phrase after a determiner
("the meal", "a serious symptom") and how often it stands bare in the very frames this check
reads, and which of those frames' words it stands bare after. A noun the reference almost never
writes bare, in a frame whose word the reference never puts it bare after, is reported; the
same scan (``noun_uses``) counts the reference and reads a document, so the two agree.

The frames: a preposition or one of a few verbs ("is", "has", "take", "need", "play", "wear"...), then at
most one adjective (a WordNet adjective lemma, listed in the same file; it may also be a noun, a verb or an
adverb, "long", "light"), then the noun, lower case,
ending its phrase (punctuation, a closed-class word or a verb that is no noun: not a noun
modifier, "for patient care"). Left out: a noun joined to another by "and" or "or" ("between
mother and child": coordinated bare nouns are English), a noun repeated around its preposition
("day to day", "side by side"), "from ... to ..." ranges, and anything outside a paragraph that
ends in sentence punctuation (headings, list items, captions and headlines drop articles on
purpose; MT108 already skips headings and table cells).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from ...document import PARAGRAPH
from ...text.word_classes import PERSON, PERSON_ADJECTIVE, PLURAL, SINGULAR, classes
from ._grammar_scan import Hit, Scan
from ._grammar_words import BARE_NOUN, CLOSED_CLASS, COORDINATORS

#: Prepositions after which a singular count noun needs a determiner ("after a meal"). Not "of",
#: "as", "like", "than" or "per": "a kind of cancer", "as chair", "per day" take bare nouns.
BARE_PREPOSITIONS = frozenset(
    "about after against at before by during for from in into on through to under with without within".split()
)
#: Verbs whose object or complement, when a singular count noun, needs a determiner ("is symptom",
#: "has fever"; "take medicine" and "have surgery" are mass or fixed: the table tells).
BARE_VERBS = frozenset(
    "is are was were be been being become becomes became has have had having "
    "take takes took taking need needs needed cause causes caused get gets got "
    "play plays playing consult consults consulting wear wears wearing".split()
)
FRAME_WORDS = BARE_PREPOSITIONS | BARE_VERBS
#: Determiners, possessives and numbers that give a noun its determiner (the reference's "with" count).
DETERMINERS = frozenset(
    "a an the this that each every another my your his her its our their one no any some either neither "
    "which what whose".split()
)
#: Words after a noun that license it bare: a coordinator ("mother and child": coordinated bare
#: nouns are English) or the second preposition of a complex one ("in connection with", "in
#: relation to", "in exchange for"; "of" is left to the table: "in presence of" is an error).
NOUN_AFTER = COORDINATORS | frozenset({"with", "to", "for"})
#: Verbs before a "by" of classification, which takes a bare noun ("varied by surgeon", "results
#: differed by device", "broken down by country").
SORTING_VERBS = frozenset(
    "vary varies varied varying differ differs differed differing down grouped sorted stratified ranked "
    "classified categorized categorised listed organized organised adjusted matched".split()
)
#: Block-final characters of a sentence (a line without one is a headline, a caption or a list).
_SENTENCE_END = frozenset(".!?\"'\u201d\u2019)")


@dataclass(frozen=True)
class Evidence:
    """How the reference writes one noun: after a determiner, bare in the frames, and after which frame words."""

    determined: int
    bare: int
    #: uses after "a" or "an": a count noun's mark ("the information", never "an information")
    indefinite: int
    bare_after: frozenset[str]

    @property
    def total(self) -> int:
        return self.determined + self.bare

    def bare_share(self) -> float:
        return self.bare / self.total if self.total else 1.0

    def countable(self) -> bool:
        """The reference writes it after "a" or "an" at least ``MIN_INDEFINITE`` times and in at least
        ``MIN_INDEFINITE_SHARE`` of its determined uses (possessives and "the" outnumber "a" even for
        count nouns: "your doctor")."""
        return self.indefinite >= max(MIN_INDEFINITE, MIN_INDEFINITE_SHARE * self.determined)


@dataclass(frozen=True)
class BareTable:
    nouns: Mapping[str, Evidence]
    adjectives: frozenset[str]


@functools.lru_cache(maxsize=1)
def table() -> BareTable:
    """``rules/data/lexicon/bare-nouns.tsv``: ``n`` rows (noun, determined, bare, frame words it was
    seen bare after with their counts, or ``g`` where the pair is common in general English; a frame
    word counts as the noun's fixed phrase per ``_fixed``) and ``a`` rows (adjective-only lemmas a frame may have before its noun)."""
    from ...data import pack_dir

    nouns: dict[str, Evidence] = {}
    adjectives: set[str] = set()
    path = pack_dir() / "data" / "lexicon" / "bare-nouns.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[1] == "a":
            adjectives.add(parts[0])
        elif parts[1] == "n":
            determined, bare, indefinite = int(parts[2]), int(parts[3]), int(parts[4])
            counts = [x.rsplit(":", 1) for x in parts[5].split(",")] if len(parts) > 5 and parts[5] else []
            after = frozenset(w for w, k in counts if k == "g" or _fixed(int(k), determined + bare))
            nouns[parts[0]] = Evidence(determined, bare, indefinite, after)
    return BareTable(nouns, frozenset(adjectives))


def comparative(word: str) -> bool:
    """``word`` is the comparative of an adjective of the table ("longer", "lower", "larger"), which the word-class
    table may know only as a noun or a verb ("a longer", "to lower")."""
    if not word.endswith("er") or len(word) < 5:
        return False
    adjectives = table().adjectives
    stem = word[:-2]
    return (
        stem in adjectives
        or word[:-1] in adjectives
        or (stem[-1:] == stem[-2:-1] and stem[:-1] in adjectives)
    )


#: A frame word the reference writes a noun bare after this often (or in this share of the noun's
#: uses) is a fixed phrase of the noun ("by mouth", "at home"); once in thousands is a slip or a list.
MIN_FIXED = 2
MIN_FIXED_SHARE = 0.002


def _fixed(count: int, total: int) -> bool:
    return count >= MIN_FIXED or count >= MIN_FIXED_SHARE * total


def _noun(word: str) -> bool:
    """A singular noun and nothing else, or a person noun that is no adjective ("doctor"; not "elderly")."""
    cls = classes(word)
    return SINGULAR in cls or (PERSON in cls and PERSON_ADJECTIVE not in cls)


def noun_uses(s: Scan, index: Mapping[str, Iterable[int]], words: Iterable[str]) -> Iterator[tuple[int, int]]:
    """(word index, noun index) for each of ``words`` (frame words or determiners) followed by at
    most one adjective and a lower-case singular noun that ends its phrase and is not the first
    of two coordinated nouns ("mother and child")."""
    adjectives = table().adjectives
    lowers, joinable, n = s.lowers, s.joinable, s.n
    for w in words:
        for i in index.get(w, ()):
            j = i + 1
            if j >= n or not joinable[i]:
                continue
            nxt = lowers[j]
            if nxt in CLOSED_CLASS:
                continue
            if not _noun(nxt):
                if nxt not in adjectives or j + 1 >= n or not joinable[j] or not s.is_lower(j):
                    continue
                j += 1
                if not _noun(lowers[j]):
                    continue
            if not s.is_lower(j) or not s.phrase_ends(j):
                continue
            if j + 1 < n and joinable[j] and lowers[j + 1] in NOUN_AFTER:
                continue
            yield i, j


def in_frame(s: Scan, i: int, j: int) -> bool:
    """The frame word at ``i`` governs the noun at ``j`` (no range, repetition or coordination)."""
    lowers = s.lowers
    if i > 0 and lowers[i - 1] == lowers[j]:
        return False  # "day to day", "side by side", "face to face"
    if i > 0 and s.joinable[i - 1] and lowers[i - 1] in COORDINATORS:
        return False  # "husband or wife": the pair's first word set the frame
    if lowers[i] == "to" and "from" in lowers[max(0, i - 4) : i]:
        return False  # "from head to toe", "from person to person"
    if j + 2 < s.n and lowers[j + 2] == lowers[j] and lowers[j + 1] in BARE_PREPOSITIONS:
        return False  # "trial after trial", "step by step"
    if lowers[i] == "by" and i > 0 and lowers[i - 1] in SORTING_VERBS:
        return False  # "varied by surgeon", "broken down by country": "by" of classification
    text = s.text(i)
    return text == lowers[i] or (text[:1].isupper() and text[1:] == lowers[i][1:])


def _listed(s: Scan, j: int) -> bool:
    """The noun opens a comma list of nouns or adjectives ("against bladder, kidney, head and neck
    cancers"): its items may all modify one head at the list's end."""
    if j + 1 >= s.n or s.joinable[j] or s.prose[s.ends[j] : s.starts[j + 1]].strip() != ",":
        return False
    nxt = s.lowers[j + 1]
    return _noun(nxt) or nxt in table().adjectives or bool(set(classes(nxt)) & {PLURAL, SINGULAR, PERSON})


def sentence_paragraph(s: Scan, offset: int) -> bool:
    """The offset is in a paragraph whose text ends as a sentence does (not a headline, caption or list line)."""
    doc = s.doc
    bi = doc.block_at(offset)
    if bi is None:
        return False
    block = doc.blocks[bi]
    if block.kind != PARAGRAPH:
        return False
    t = doc.prose[block.start : block.end].rstrip()
    return bool(t) and t[-1] in _SENTENCE_END


#: Evidence for info: the reference writes the noun at least this often in the counted frames...
MIN_INFO = 20
#: ... and bare in at most this share of them.
MAX_INFO_SHARE = 0.02
#: A count noun: after "a" or "an" in at least this share of its determined uses ("a symptom"; a
#: mass noun takes "the", "the information", and stands bare, "had information").
MIN_INDEFINITE = 3
MIN_INDEFINITE_SHARE = 0.005
#: Evidence for a warning: this many uses and this share bare at most.
MIN_WARNING = 100
MAX_WARNING_SHARE = 0.01


def bare_nouns(s: Scan, index: Mapping[str, Iterable[int]]) -> list[Hit]:
    """A bare singular noun the reference almost never writes bare, in a frame whose word it never
    writes the noun bare after; a warning where the evidence is strong, info otherwise (``weak``)."""
    frame_words = FRAME_WORDS.intersection(s.doc.word_set)
    if not frame_words:
        return []
    nouns = table().nouns
    out: list[Hit] = []
    for i, j in noun_uses(s, index, frame_words):
        noun = s.lowers[j]
        ev = nouns.get(noun)
        if ev is None or ev.total < MIN_INFO or ev.bare_share() > MAX_INFO_SHARE or not ev.countable():
            continue
        if s.lowers[i] in ev.bare_after or not in_frame(s, i, j) or not sentence_paragraph(s, s.starts[i]):
            continue
        if _listed(s, j):
            continue
        strong = ev.total >= MIN_WARNING and ev.bare_share() <= MAX_WARNING_SHARE
        words = s.prose[s.starts[i] : s.ends[j]]
        head = s.text(i)
        rest = s.prose[s.ends[i] : s.ends[j]].strip()
        article = "an" if rest[:1].lower() in "aeiou" else "a"
        out.append(
            Hit(
                s.starts[i],
                s.ends[j],
                BARE_NOUN,
                f"“{words}”: the singular noun “{noun}” needs a determiner (“{head} the {rest}”, "
                f"“{head} {article} {rest}”) or a plural; clean health prose writes it bare in "
                f"{ev.bare} of {ev.total} uses",
                (f"{head} the {rest}", f"{head} {article} {rest}"),
                weak=not strong,
            )
        )
    return out
