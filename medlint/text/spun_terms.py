"""Find known multiword terms with one or two words swapped for a thesaurus synonym.

Article spinners replace words of fixed terms one at a time: "type 2 diabetes"
becomes "kind 2 diabetes", "Centers for Disease Control" becomes "Centers for
Illness Control". No list of spun phrases can hold every such variant, but the
terms themselves and the synonyms a thesaurus offers are finite. This module
holds the matcher MT105 uses (``medlint/rules/translation/``) and that
``scripts/build_spun_terms.py`` runs over clean reference text to learn which
variants are attested.

The main tables, built by ``scripts/build_spun_terms.py`` under ``rules/data/terms/``:

- ``spun-synonyms.tsv``: replacement word -> the term words it can stand for
  (WordNet synonyms and the swaps of the Problematic Paper Screener's list;
  ``~word``: a wider WordNet relation, counted only at tight words), and a
  flag: ``names`` (a word of health writing, counted only in fixed names and
  bound terms) or ``foreign`` (rare in health writing and in no term);
- ``spun-terms.tsv``: term word -> the terms holding it at a position a
  synonym may replace (``!`` marks fixed names such as agencies, where any
  swap is wrong; ``^`` bound terms, whose words the reference never writes
  apart; ``?`` phrases of the reference where only a word foreign to health
  writing counts as a swap; ``#d/c/o`` the bit masks of the words the reference demands beside
  their neighbour, of those that demand their neighbour, and of those whose
  term's other words are a known term themselves: a swap of a demanded word
  is a confident finding, unless it is to an everyday English word at an open one);
- ``spun-attested.tsv``: variants that are not errors (known terms, and
  phrases the matcher finds in clean reference text).

Matching never walks every word window. The document's distinct words are
intersected with the replacement words (a set operation); for each candidate
word and each term word it may replace, the terms of that word are indexed
by a neighbouring unchanged word (offsets -2..2), so a candidate costs a few
dict lookups. The terms of a word are parsed the first time a document needs
them, so a process pays only for the words its documents hold.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import re
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..cache import Memo
from .general_bigrams import FUNCTION as GENERAL_FUNCTION
from .general_bigrams import common_pair
from .sorted_lines import SortedLines
from .word_frequency import TABLE_MIN_ZIPF, is_rarer_than

#: Replacements that are themselves ordinary heads of medical terms: "Lyme infection",
#: "heart condition" and "kidney problems" are legitimate, so swaps *to* these words
#: are not reported inside condition terms (they still are inside fixed names).
LEGITIMATE_HEADS = frozenset(
    "infection infections illness illnesses disorder disorders condition conditions syndrome syndromes "
    "problem problems issue issues care treatment treatments therapy therapies state damage injury "
    "injuries loss growth study studies test tests testing level levels disease diseases sickness "
    "risk risks factor factors type types form forms group groups system systems "
    "process function functions activity change changes effect effects cell cells tissue tissues "
    "health medicine medicines drug drugs program programs service services center centers centre "
    "centres unit units agency office department society association institute institutes".split()
)

#: Nouns naming a condition, which a thesaurus spinner treats as one class ("Parkinson's
#: infection", "Middle East respiratory condition") though WordNet links few of them. Inside a
#: fixed name or a bound term (a name's term: "Parkinson's disease") a lay one stands for any
#: other wherever the span is unattested (:meth:`SpunTermIndex._condition_hits`); singular for
#: singular, plural for plural.
CONDITION_NOUNS = (
    ("disease", "disorder", "syndrome", "condition", "illness", "sickness", "infection", "ailment", "malady"),
    (
        "diseases",
        "disorders",
        "syndromes",
        "conditions",
        "illnesses",
        "sicknesses",
        "infections",
        "ailments",
        "maladies",
    ),
)
#: The heads of nomenclature: a name's term takes them in turn ("Raynaud's disease" and "Raynaud's
#: syndrome", "Tourette syndrome" and "Tourette disorder": the reference writes both for dozens of
#: names), so one is never a replacement here
NOMENCLATURE_HEADS = 3
_CONDITION_CLASS = {
    w: tuple(o for o in row if o != w) for row in CONDITION_NOUNS for w in row[NOMENCLATURE_HEADS:]
}
_CONDITION_WORDS = frozenset(_CONDITION_CLASS)

_OFFSETS = (-1, 1, -2, 2)
#: a replacement's candidates by the neighbour's offset (-1, +1, -2, +2): neighbour -> (group's
#: index, candidate's index in the group's list, term, position of the replacement in the term)
_Beside = tuple[
    dict[str, list[tuple[int, int, "Term", int]]],
    dict[str, list[tuple[int, int, "Term", int]]],
    dict[str, list[tuple[int, int, "Term", int]]],
    dict[str, list[tuple[int, int, "Term", int]]],
]
_UNSEEN = object()
#: the side of a name template in ``spun-heads.tsv``: the replacement right after a name
NAME_SIDE = -2
#: a name is rarer than this as an English word (wordfreq Zipf): "Mabry", "Bartter", "ADNP"
NAME_ZIPF = 3.0
#: The word beside a head-template replacement must be rarer than this (wordfreq Zipf): a
#: technical modifier ("citric", "cerebrovascular"), not an everyday word ("highly").
MODIFIER_ZIPF = 3.5
#: A replacement at least this common in English at large (wordfreq Zipf) is an everyday word
#: ("fees", "organization", "capacity"): a writer may have chosen it, so its swap is confident
#: only where the reference closes the slot and no other evidence opens it (see ``Term.open``)
EVERYDAY_ZIPF = 4.0
_FUNCTION = frozenset(
    "a an the of and or in on to for with by from as at is are was were be been this that these those it "
    "its their our your not no can may will than then also into over under about after before between".split()
)


@dataclass(frozen=True)
class Term:
    """A known term as lower-case words; ``fixed`` for proper names (agencies); ``bound`` for
    terms whose words the reference text never writes apart: a name's term ("Alagille
    syndrome") or a word its neighbour all but predicts ("ulcerative colitis", "lymph nodes").
    In a bound term even a swap to an ordinary head ("Parkinson's sickness") is reported. In any
    two-word term both words may be swapped when a replacement is foreign to health writing
    ("insusceptible framework", "staunch cubicles")."""

    words: tuple[str, ...]
    fixed: bool
    bound: bool = False
    #: bit k set: clean reference text all but demands word k beside its neighbour in the term
    #: ("colitis" after "ulcerative", "nodes" after "lymph"): a swap there is a confident finding
    strong: int = 0
    #: bit k set: word k all but demands its neighbour ("heart" before "attack"): a swap there is
    #: confident when the replacement is foreign to health writing and rare in English at large
    #: ("heart onslaught"; not "hospital fees" for hospital admissions)
    cohesive: int = 0
    #: bit k set: the term's other words are a known term themselves, so word k is the free
    #: head or modifier of a compound ("provider" after "health care"): an everyday English word
    #: there ("health care organization") is a writer's choice, reported without confidence
    open: int = 0
    #: a phrase of the reference that holds a word the spinner swaps, named by no list ("chronic
    #: hepatitis"): only a replacement foreign to health writing counts there ("ceaseless
    #: hepatitis"), since the phrase is a free combination ("persistent hepatitis" is English)
    spinner_only: bool = False

    def tight(self, k: int) -> bool:
        """Word ``k`` cannot be swapped for a looser relation without the term falling apart:
        a fixed name, a bound term, or a word demanded by or demanding its neighbour."""
        return self.fixed or self.bound or bool((self.strong | self.cohesive) >> k & 1)

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class SpunHit:
    """A span of words ``first..last`` (inclusive) that reads as ``term`` with words swapped."""

    first: int
    last: int
    term: Term
    swaps: tuple[tuple[str, str], ...]  # (term word, replacement) in order
    #: a head template's hit ("citric corrosive"): the term is made up of the neighbour and the head
    template: bool = False
    #: every swapped word is one the reference all but demands there (``Term.strong``), or
    #: the term is a fixed name
    confident: bool = False
    #: a name template's hit ("Mabry complex"): MT105 keeps it only where the name is written as one
    after_name: bool = False


class _Group:
    """The terms holding one word, indexed by the words standing up to two places from it.

    ``by_word[w]`` lists (offset of w from the word, term, position of the word in the term),
    so a candidate replacement costs one string-keyed lookup per neighbouring word.
    """

    __slots__ = ("by_word",)

    def __init__(self, word: str, terms: Iterable[Term], tight_only: bool = False) -> None:
        self.by_word: dict[str, list[tuple[int, Term, int]]] = {}
        for term in terms:
            ws = term.words
            for p, w in enumerate(ws):
                if w != word or (tight_only and not term.tight(p)):
                    continue
                for off in _OFFSETS:
                    q = p + off
                    if 0 <= q < len(ws):
                        self.by_word.setdefault(ws[q], []).append((off, term, p))


def in_text_order(words: Iterable[str], positions: Mapping[str, Sequence[int]]) -> list[str]:
    """``words`` in the order they first occur in the text, not a set's order (which follows the
    process's string hashes): when two words of one span each read as a swap ("peevish
    entrails": "irritable" or "bowels" replaced), the span's first reading is kept, the same in
    every run."""
    # (by the whole index sequence, compared in C: a word's first index decides, since two words
    # never share an index; the same order as ``key=lambda w: positions[w][0]``)
    return sorted(words, key=positions.__getitem__)  # type: ignore[arg-type]  # lists or arrays


def near_occurrences(lowers: Sequence[str], occurrences: Sequence[int], near: Container[str]) -> list[int]:
    """The occurrences with a word of ``near`` within two words either side: only those can be
    part of a term listed beside them (the others are passed over once, not once per term)."""
    n = len(lowers)
    return [
        i
        for i in occurrences
        if (i and lowers[i - 1] in near)
        or (i + 1 < n and lowers[i + 1] in near)
        or (i > 1 and lowers[i - 2] in near)
        or (i + 2 < n and lowers[i + 2] in near)
    ]


class SpunTermIndex:
    """The three tables and the matcher.

    ``synonyms`` maps a replacement word to the term words it may stand for;
    ``terms_of`` returns the terms holding a word (parsed lazily by the
    caller's loader); ``attested`` are the variants never reported.
    """

    def __init__(
        self,
        synonyms: Mapping[str, Sequence[str]],
        terms_of: TermSource,
        attested: frozenset[str],
        names_only: Container[str] = LEGITIMATE_HEADS,
        heads: Mapping[str, Sequence[tuple[int, str]]] | None = None,
        modifiers: frozenset[str] = frozenset(),
        pairs: Mapping[str, Mapping[str, Term]] | None = None,
        narrow: Mapping[str, Container[str]] | None = None,
        foreign: Container[str] = frozenset(),
        phrases: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
        swaps: Container[str] = frozenset(),
        general: Callable[[str, str], bool] = common_pair,
        abbreviations: Mapping[str, Sequence[tuple[str, ...]]] | None = None,
        compounds: Mapping[str, tuple[str, bool]] | None = None,
        spinner_words: Mapping[str, Sequence[str]] | None = None,
        named: Mapping[str, Container[str]] | None = None,
        written: Callable[[str, str], bool] | None = None,
    ) -> None:
        self.synonyms = synonyms
        #: whether the reference counts write a lower-case pair, either word in either number
        #: (:func:`reference_writes`): a head template beside an everyday word needs the term it
        #: restores to be one health writing uses ("kidney disease"; not "health disease")
        self.written = written or reference_writes
        #: replacement -> the words of ``narrow[replacement]`` it stands for only in a name's term
        #: written as a name: the commonest words of health writing and WordNet lemmas rarer than
        #: the word table ("Horner symptom", "Carney mazy"; not "heart symptoms"): MT105 keeps such
        #: a hit only where a kept word is written as a name (:meth:`needs_name`)
        self.named = named or {}
        #: replacements the screener's pairs show for a term word, foreign to health writing and
        #: rare in English ("intercession" for intervention) -> the words they stand for: beside
        #: any word of a term they are a spinner's swap, the term known or not (:meth:`_spinner_hit`)
        self.spinner_words = spinner_words or {}
        self.spinner_replacements = frozenset(self.spinner_words)
        #: hyphenated compounds with one part swapped ("x-beam") -> (the compound, confident):
        #: :func:`compound_hits`
        self.compounds = compounds or {}
        self.compound_variants = frozenset(self.compounds)
        #: abbreviations and the expansions the reference and the fixed names give them ("who" ->
        #: world health organization): a different expansion before the abbreviation in brackets
        #: whose letters do not spell it is a spun one (:func:`abbreviation_hits`)
        self.abbreviations = abbreviations or {}
        #: whether two lower-case content words are a common pair of general English
        #: (``medlint.text.general_bigrams``): a swap that makes one is a writer's phrase
        self.general = general
        #: "term-word replacement" swaps the screener's pairs show: the only ones a ``?`` term
        #: (:attr:`Term.spinner_only`) accepts
        self.swaps = swaps
        #: two-word replacements of one term word ("malignant growth" for "cancer" in "bone
        #: malignant growth"): first word -> second word -> the term words the pair stands for
        self.phrases = phrases or {}
        self.phrase_firsts = frozenset(self.phrases)
        #: replacement -> the words of ``synonyms[replacement]`` it stands for only where the term
        #: is tight (:meth:`Term.tight`; a broader thesaurus relation: "composite" for "syndrome"
        #: is a spinner's swap in "Alagille composite", not a word to question in "heart composite")
        self.narrow = narrow or {}
        #: replacements foreign to health writing (rare in it, in no term: "insusceptible"): a
        #: bound two-word term with both words swapped needs one ("natural resistance" is English)
        self.foreign = foreign
        #: head templates: replacement -> (side, head word) where side -1 means the word heads
        #: many terms as their last word ("citric acid" -> "citric corrosive": a modifier comes
        #: before) and +1 as their first ("vitamin B12" -> "nutrient B12")
        self.heads = heads or {}
        self.head_replacements = frozenset(self.heads)
        #: words of known terms: beside a head-template replacement they count like a technical word
        self.modifiers = modifiers
        #: two-word terms with both words swapped as the screener's pairs show ("bosom peril"):
        #: first replacement -> second replacement -> term
        self.pairs = pairs or {}
        self.pair_firsts = frozenset(self.pairs)
        #: replacements that are ordinary words of health writing ("carcinoma", "individuals",
        #: "symptoms") or ordinary heads ("condition"; by default every word of
        #: ``LEGITIMATE_HEADS``, the builder keeps those the reference writes after many
        #: modifiers): a writer chose them, so they count only inside fixed names and bound terms
        self.names_only = names_only
        self.replacements = frozenset(synonyms)
        self._spinner_subset = self.spinner_replacements <= self.replacements
        self._terms_of = terms_of
        self.attested = attested
        self._groups: dict[tuple[str, bool, bool], _Group | None] = {}
        self._by_replacement: dict[str, list[_Group]] = {}
        #: replacement -> every word its groups list beside it (``_Group.by_word``)
        self._neighbours: dict[str, frozenset[str]] = {}
        #: replacement -> its groups' candidates by the neighbour's offset (:meth:`_beside`)
        self._beside_tables: dict[str, _Beside] = {}
        #: replacement -> whether it is in ``foreign``, as :meth:`find` met it (``_replacement_hits``)
        self._foreign_words: dict[str, bool] = {}
        #: the word index :meth:`find` last read and the replacements it holds, in text order
        #: (:func:`own_term_hits` reads the same ones of the same document)
        self._last_present: tuple[Mapping[str, Sequence[int]], list[str]] | None = None
        #: condition noun -> (the other nouns of its class with their names' terms, every word those
        #: terms list beside them)
        self._condition_groups: dict[str, tuple[list[tuple[str, _Group]], frozenset[str]]] = {}
        #: replacement -> the words it may stand for, less itself and its spelling variants
        #: (:func:`own_term_hits`; filled as documents meet them)
        self.own_wants: dict[str, tuple[str, ...]] = {}
        #: every word that starts one of :meth:`find`'s readings: a document's words meet this one
        #: set, and each table meets the few words found (:meth:`_openers`)
        self._any_opener = (
            self.replacements
            | self.pair_firsts
            | self.phrase_firsts
            | self.head_replacements
            | _CONDITION_WORDS
            | self.spinner_replacements
        )

    def needs_name(self, hit: SpunHit) -> bool:
        """A swap of ``hit`` counts only in a name's term written as a name (:attr:`named`)."""
        return any(want in self.named.get(got, ()) for want, got in hit.swaps)

    def group(self, word: str, names: bool = False, tight: bool = False) -> _Group | None:
        """The terms holding ``word``: only the fixed names and bound terms among them when
        ``names``; only those where ``word`` is tight (:meth:`Term.tight`) when ``tight``."""
        key = (word, names, tight)
        known = self._groups.get(key, _UNSEEN)  # no try/except: over new text most keys are new
        if known is not _UNSEEN:
            return known  # type: ignore[return-value]
        terms = [t for t in self._terms_of(word) if t.fixed or t.bound or not names]
        group = _Group(word, terms, tight) if terms else None
        if group is not None and not group.by_word:
            group = None
        self._groups[key] = group
        return group

    def find(
        self,
        lowers: Sequence[str],
        joinable: Sequence[bool] | bytes,
        positions: Mapping[str, Sequence[int]],
        overlapping: bool = False,
        words: AbstractSet[str] | None = None,
    ) -> list[SpunHit]:
        """Spun terms among ``lowers`` (lower-cased words; ``joinable[i]``: words i and i+1
        may belong to one phrase; ``positions``: word -> indexes), leftmost first, not
        overlapping unless ``overlapping`` (the builder attests every reading of clean text:
        a span it saw only inside a longer hit there may stand alone elsewhere). ``words``:
        ``positions``' words as a set (``Document.word_set``), which the tables meet faster."""
        found: dict[tuple[int, int], SpunHit] = {}
        n = len(lowers)
        cache = self._by_replacement
        # (frozenset.intersection walks the document's words; "keys() & frozenset" would walk all 5,000 replacements)
        openers = self._openers(positions if words is None else words)
        present = self.replacements.intersection(openers)
        neighbours = self._neighbours
        beside = self._beside_tables
        ordered = in_text_order(present, positions)
        self._last_present = (positions, ordered)  # for own_term_hits on the same document
        # a test once per document that lets most replacements pass without a call to
        # ``_replacement_hits``: a pair of them can be both swapped only when one of the
        # document's replacements is foreign to health writing; without such a pair only the
        # occurrences with a neighbour some group lists are read (``_PLAIN_NARROW``: every
        # replacement read by ``_replacement_hits``)
        narrowed = not _PLAIN_FIND and not _PLAIN_NARROW
        pairs = not narrowed or self._foreign_among(present)
        for x in ordered:
            groups = cache.get(x)
            if groups is None:
                names = x in self.names_only
                narrow = self.narrow.get(x, ())
                groups = [g for o in self.synonyms[x] if (g := self.group(o, names, o in narrow)) is not None]
                cache[x] = groups
                neighbours[x] = frozenset(w for g in groups for w in g.by_word)
            if not groups:
                continue
            if not _PLAIN_FIND:
                if narrowed and not pairs:
                    # no pair to try: only an occurrence with a neighbour some group lists at
                    # that offset can start a term, tested here at its four neighbours before any
                    # call (nine replacements in ten have none; no document-wide test: the groups
                    # list function words, which nearly every document writes)
                    before, after, before2, after2 = beside.get(x) or self._beside(x, groups)
                    occurrences = positions[x]
                    for i in occurrences:
                        if (
                            (i and lowers[i - 1] in before)
                            or (i + 1 < n and lowers[i + 1] in after)
                            or (i > 1 and lowers[i - 2] in before2)
                            or (i + 2 < n and lowers[i + 2] in after2)
                        ):
                            self._neighbour_hits(lowers, joinable, x, groups, occurrences, found)
                            break
                    continue
                self._replacement_hits(lowers, joinable, x, groups, positions[x], present, found, pairs)
                continue
            occurrences = positions[x]
            for i in occurrences:
                # both words of a two-word term swapped: "insusceptible framework"
                if i + 1 < n and joinable[i] and lowers[i + 1] in present:
                    hit = self._both_swapped(lowers, i, groups)
                    if hit is not None:
                        found.setdefault((i, i + 1), hit)
            # only the occurrences with a neighbour some group lists can start a term: the
            # others are passed over once here instead of once per group below
            near = neighbours[x]
            occurrences = near_occurrences(lowers, occurrences, near)
            if not occurrences:
                continue
            for group in groups:
                by_word = group.by_word
                for i in occurrences:
                    for j in (i - 1, i + 1, i - 2, i + 2):
                        if j < 0 or j >= n:
                            continue
                        cands = by_word.get(lowers[j])
                        if cands is None:
                            continue
                        for off, term, p in cands:
                            if off == j - i:
                                hit = self._verify(lowers, joinable, i - p, term)
                                if hit is not None:
                                    _keep(found, hit)
        # both words swapped beats one word swapped beside a technical word ("bosom peril" is
        # "breast cancer", not "bosom cancer"), so the pairs go first; two everyday English words
        # that health writing uses too ("scientific organizations" for medical centers) are a
        # phrase of their own, unlike a pair with a word foreign to it ("medication opposition")
        for x in in_text_order(self.pair_firsts.intersection(openers), positions):
            seconds = self.pairs[x]
            for i in positions[x]:
                if i + 1 < n and joinable[i]:
                    pair = seconds.get(lowers[i + 1])
                    if (
                        pair is not None
                        and f"{x} {lowers[i + 1]}" not in self.attested
                        and any(
                            w in self.foreign or is_rarer_than(w, EVERYDAY_ZIPF) for w in (x, lowers[i + 1])
                        )
                    ):
                        swaps = tuple(zip(pair.words, (x, lowers[i + 1]), strict=True))
                        found.setdefault((i, i + 1), SpunHit(i, i + 1, pair, swaps))
        for x in in_text_order(self.phrase_firsts.intersection(openers), positions):
            phrase_seconds = self.phrases[x]
            for i in positions[x]:
                if i + 1 < n and joinable[i]:
                    wants = phrase_seconds.get(lowers[i + 1])
                    if wants is not None:
                        for want in wants:
                            hit = self._phrase_hit(lowers, joinable, i, want)
                            if hit is not None:
                                _keep(found, hit)
                                break
        for x in in_text_order(self.head_replacements.intersection(openers), positions):
            for side, head in self.heads[x]:
                for i in positions[x]:
                    hit = self._head_hit(lowers, joinable, i, side, head)
                    if hit is not None:
                        found.setdefault((hit.first, hit.last), hit)
        for x in in_text_order(_CONDITION_WORDS.intersection(openers), positions):
            for hit in self._condition_hits(lowers, joinable, x, positions[x]):
                _keep(found, hit)
        # (the spinner words are replacements too, as the builder makes them: the document's
        # replacements, a few dozen words, are fewer to walk than its distinct words)
        spinner = self.spinner_replacements
        for x in in_text_order(spinner.intersection(present if self._spinner_subset else openers), positions):
            for i in positions[x]:
                hit = self._spinner_hit(lowers, joinable, i)
                if hit is not None:
                    found.setdefault((hit.first, hit.last), hit)
        if not found:
            return []
        hits = []
        for h in found.values():
            if self._general_english(lowers, h):
                if not h.term.fixed:
                    continue
                # a name written with a word of a common English pair ("Regulatory Authority" for
                # "Regulatory Agency"): a name misremembered as readily as spun, so pointed at only
                h = replace(h, confident=False)
            hits.append(h)
        hits.sort(key=lambda h: (h.first, -h.last))
        if overlapping:
            return hits
        out: list[SpunHit] = []
        end = -1
        for h in hits:
            if h.first > end:
                out.append(h)
                end = h.last
        return out

    def _replacement_hits(
        self,
        lowers: Sequence[str],
        joinable: Sequence[bool] | bytes,
        x: str,
        groups: Sequence[_Group],
        occurrences: Sequence[int],
        present: Container[str],
        found: dict[tuple[int, int], SpunHit],
        pairs: bool = True,
    ) -> None:
        """:meth:`find`'s readings of the replacement ``x`` at ``occurrences`` (into ``found``),
        as its plain form in :meth:`find` reads them, with two tests moved before the work:

        - a pair of replacements is tried as both words swapped (:meth:`_both_swapped`) only
          when one of them is foreign to health writing, without which that method finds
          nothing (12 of 5,578 such pairs in 600 MedQuAD answers; kept per word,
          ``_foreign_words``);
        - each occurrence's neighbours are read once, only those some group lists beside ``x``
          (``_neighbours``), and each group then meets only those: another neighbour finds no
          candidates in any group. Groups, occurrences and neighbours keep the plain form's
          order, so ``_keep`` sees the same hits in the same order.

        ``pairs`` False (no replacement of the document is foreign: :meth:`_foreign_among`) skips
        the first of those readings, which could then find nothing.
        """
        n = len(lowers)
        foreign = self._foreign_words
        x_foreign = foreign.get(x)
        if x_foreign is None:
            x_foreign = foreign[x] = x in self.foreign
        for i in occurrences if pairs else ():
            # both words of a two-word term swapped: "insusceptible framework"
            if i + 1 < n and joinable[i]:
                y = lowers[i + 1]
                if y in present:
                    y_foreign = x_foreign or foreign.get(y)
                    if y_foreign is None:
                        y_foreign = foreign[y] = y in self.foreign
                    if y_foreign:
                        hit = self._both_swapped(lowers, i, groups)
                        if hit is not None:
                            found.setdefault((i, i + 1), hit)
        self._neighbour_hits(lowers, joinable, x, groups, occurrences, found)

    def _neighbour_hits(
        self,
        lowers: Sequence[str],
        joinable: Sequence[bool] | bytes,
        x: str,
        groups: Sequence[_Group],
        occurrences: Sequence[int],
        found: dict[tuple[int, int], SpunHit],
    ) -> None:
        """The second reading of :meth:`_replacement_hits`: ``x`` at ``occurrences`` as one word
        swapped beside a kept one. Each occurrence's four neighbours are looked up once, each in
        the table of the words some group lists at that offset (:meth:`_beside`), so most
        occurrences (no listed word at the right offset) cost four membership tests and no group
        is walked. The candidates found are verified in the order of the group-by-group reading
        (group, occurrence, neighbour in the order i-1, i+1, i-2, i+2, the group's own order of
        candidates), so ``_keep`` sees the same hits in the same order."""
        n = len(lowers)
        before, after, before2, after2 = self._beside(x, groups)
        cands: list[tuple[int, int, int, int, Term, int]] = []
        for slot, i in enumerate(occurrences):
            # (the tables are dicts keyed by word: one membership test each, as the plain set was)
            if i and lowers[i - 1] in before:
                cands.extend((g, slot, 0, k, t, i - p) for g, k, t, p in before[lowers[i - 1]])
            if i + 1 < n and lowers[i + 1] in after:
                cands.extend((g, slot, 1, k, t, i - p) for g, k, t, p in after[lowers[i + 1]])
            if i > 1 and lowers[i - 2] in before2:
                cands.extend((g, slot, 2, k, t, i - p) for g, k, t, p in before2[lowers[i - 2]])
            if i + 2 < n and lowers[i + 2] in after2:
                cands.extend((g, slot, 3, k, t, i - p) for g, k, t, p in after2[lowers[i + 2]])
        if not cands:
            return
        cands.sort(key=_reading_order)
        for _, _, _, _, term, start in cands:
            hit = self._verify(lowers, joinable, start, term)
            if hit is not None:
                _keep(found, hit)

    def _beside(self, x: str, groups: Sequence[_Group]) -> _Beside:
        """``x``'s groups' candidates (``_Group.by_word``) by the neighbour's offset: four tables,
        for the words at -1, +1, -2 and +2 from ``x``, each mapping a word to (group's index in
        ``groups``, the candidate's index in the group's list, term, position of ``x`` in the
        term), in that order. Made once per replacement (``groups`` is the same list for it)."""
        tables = self._beside_tables.get(x)
        if tables is None:
            by_offset: dict[int, dict[str, list[tuple[int, int, Term, int]]]] = {o: {} for o in _OFFSETS}
            for g, group in enumerate(groups):
                for word, listed in group.by_word.items():
                    for k, (off, term, p) in enumerate(listed):
                        by_offset[off].setdefault(word, []).append((g, k, term, p))
            tables = self._beside_tables[x] = (by_offset[-1], by_offset[1], by_offset[-2], by_offset[2])
        return tables

    def _foreign_among(self, words: Iterable[str]) -> bool:
        """Whether one of ``words`` is foreign to health writing (``foreign``, kept per word in
        ``_foreign_words`` as :meth:`_replacement_hits` keeps it)."""
        foreign = self._foreign_words
        for y in words:
            is_foreign = foreign.get(y)
            if is_foreign is None:
                is_foreign = foreign[y] = y in self.foreign
            if is_foreign:
                return True
        return False

    def _openers(self, positions: Mapping[str, Sequence[int]] | AbstractSet[str]) -> Collection[str]:
        """The document's words that start a reading of :meth:`find`: one walk over its words
        (``_any_opener``) in place of one per table; ``positions`` itself when
        ``_PLAIN_OPENERS`` is set (tests compare the two)."""
        if _PLAIN_OPENERS:
            return positions
        return self._any_opener.intersection(positions)

    def _general_english(self, lowers: Sequence[str], hit: SpunHit) -> bool:
        """Every swapped word forms a common pair of general English with its content-word
        neighbours in the span ("illicit drugs", "family physician", "financial aid"): the
        reference text never wrote the phrase, but English writers do, and a spinner's swap
        makes a pair no one writes ("heart onslaught", "lymph knobs"). Pairs with a function word
        say nothing ("for illness"); a span with no other pair, or a two-word replacement
        ("malignant growth" for cancer), is not cleared."""
        got = {g for _, g in hit.swaps}
        if any(" " in g for g in got):
            return False
        seen = False
        for i in range(hit.first, hit.last + 1):
            if lowers[i] not in got:
                continue
            for j in (i - 1, i + 1):
                if j < hit.first or j > hit.last:
                    continue
                a, b = lowers[min(i, j)], lowers[max(i, j)]
                if a in GENERAL_FUNCTION or b in GENERAL_FUNCTION:
                    continue
                if not self.general(a, b):
                    return False
                seen = True
        return seen

    def _condition_hits(
        self, lowers: Sequence[str], joinable: Sequence[bool] | bytes, x: str, occurrences: Sequence[int]
    ) -> Iterator[SpunHit]:
        """``x``, a condition noun (:data:`CONDITION_NOUNS`), standing for another of its class in
        a fixed name or a bound term ("Parkinson's infection" for Parkinson's disease): reported
        at info, never with confidence (a writer may name a condition's kind)."""
        n = len(lowers)
        known = self._condition_groups.get(x)
        if known is None:
            groups = [(o, g) for o in _CONDITION_CLASS[x] if (g := self.group(o, names=True)) is not None]
            known = self._condition_groups[x] = (
                groups,
                frozenset(w for _, g in groups for w in g.by_word if w not in _FUNCTION),
            )
        groups, near = known
        # only an occurrence beside a content word some name's term lists there can be one (a
        # function word, "for" in "Centers for Disease Control", is no anchor: most terms have another)
        occurrences = near_occurrences(lowers, occurrences, near)
        if not occurrences:
            return
        for o, group in groups:
            by_word = group.by_word
            for i in occurrences:
                for j in (i - 1, i + 1, i - 2, i + 2):
                    if j < 0 or j >= n or lowers[j] not in near:
                        continue
                    for off, term, p in by_word.get(lowers[j], ()):
                        if off == j - i and (term.fixed or term.bound):
                            hit = self._verify(lowers, joinable, i - p, term, (o, x))
                            if hit is not None:
                                yield hit

    def _both_swapped(self, lowers: Sequence[str], i: int, groups: Sequence[_Group]) -> SpunHit | None:
        """``lowers[i]`` and ``lowers[i + 1]`` both swapped in a two-word term, one of them for a
        word foreign to health writing (a spinner's mark, whether or not the term is bound)."""
        x, y = lowers[i], lowers[i + 1]
        if f"{x} {y}" in self.attested or y in LEGITIMATE_HEADS or x in LEGITIMATE_HEADS:
            return None
        if x not in self.foreign and y not in self.foreign:
            return None
        narrow_x, narrow_y = self.narrow.get(x, ()), self.narrow.get(y, ())
        seconds = [o for o in self.synonyms[y] if o not in narrow_y]
        for group in groups:
            for o2 in seconds:
                for off, term, p in group.by_word.get(o2, ()):
                    if (
                        off == 1
                        and p == 0
                        and len(term.words) == 2
                        and not term.spinner_only
                        and term.words[0] not in narrow_x
                        and not spelling_variant(term.words[0], x)
                        and not spelling_variant(o2, y)
                    ):
                        return SpunHit(
                            i, i + 1, term, ((term.words[0], x), (o2, y)), confident=term.strong == 3
                        )
        return None

    def _phrase_hit(
        self, lowers: Sequence[str], joinable: Sequence[bool] | bytes, i: int, want: str
    ) -> SpunHit | None:
        """``lowers[i]`` and ``lowers[i + 1]`` stand for the one term word ``want``, every other
        word of the term kept ("bone malignant growth" for "bone cancer"), and the span is not
        attested."""
        n = len(lowers)
        for term in self._terms_of(want):
            ws = term.words
            for p, w in enumerate(ws):
                if w != want:
                    continue
                first, last = i - p, i + 1 + len(ws) - 1 - p
                if first < 0 or last >= n:
                    continue
                if any(not joinable[k] for k in range(first, last)):
                    continue
                if any(lowers[first + k] != ws[k] for k in range(p)):
                    continue
                if any(lowers[i + 2 + k] != ws[p + 1 + k] for k in range(len(ws) - p - 1)):
                    continue
                if " ".join(lowers[first : last + 1]) in self.attested:
                    continue
                got = f"{lowers[i]} {lowers[i + 1]}"
                return SpunHit(first, last, term, ((want, got),), confident=term.fixed)
        return None

    def _head_hit(
        self, lowers: Sequence[str], joinable: Sequence[bool] | bytes, i: int, side: int, head: str
    ) -> SpunHit | None:
        """``lowers[i]`` stands for ``head`` next to a technical word ("citric corrosive"), or
        (``side`` -2) right after a name ("Mabry complex" for "Mabry syndrome")."""
        after_name = side == NAME_SIDE
        j = i - 1 if after_name else i + side
        if j < 0 or j >= len(lowers) or not joinable[min(i, j)]:
            return None
        other = lowers[j]
        if after_name:
            if other in _FUNCTION or not (is_rarer_than(other, NAME_ZIPF) or any(c.isdigit() for c in other)):
                return None  # a name is rare as a word ("Mabry", "ADNP"); "the complex" is not one
            if f"{other} {lowers[i]}" in self.attested:
                return None
            return SpunHit(
                j, i, Term((other, head), False), ((head, lowers[i]),), template=True, after_name=True
            )
        if other in _FUNCTION or len(other) < 3:
            return None
        technical = _technical(other)
        if other not in self.modifiers and not technical:
            return None  # an everyday word beside it: "highly corrosive" is ordinary English
        first, last = min(i, j), max(i, j)
        if " ".join(lowers[first : last + 1]) in self.attested:
            return None
        words = (other, head) if side < 0 else (head, other)
        if not technical and not self.written(*words):
            # an everyday word of some term ("health", "winter", "juice") beside a rare head: the
            # term it would restore is one nobody writes ("health disease", "juice chemical"), so
            # nothing says a term was swapped ("health ailments" is the writer's English)
            return None
        return SpunHit(first, last, Term(words, False), ((head, lowers[i]),), template=True)

    def _spinner_hit(self, lowers: Sequence[str], joinable: Sequence[bool] | bytes, i: int) -> SpunHit | None:
        """``lowers[i]``, a spinner word (:attr:`spinner_words`), beside a word of a known term (or
        another spinner word), the pair attested nowhere in the reference and no common pair of
        general English: "surgical intercession", "clinical squander", "fractious entrails". The
        term is the neighbour with the word the spinner word stands for (one that a known term
        writes with the neighbour, where there is one); the word before is tried first."""
        x = lowers[i]
        for j in (i - 1, i + 1):
            if j < 0 or j >= len(lowers) or not joinable[min(i, j)]:
                continue
            other = lowers[j]
            if other in _FUNCTION or not other.replace("-", "").replace("'", "").isalpha():
                continue
            if other not in self.spinner_words and not self._terms_of(other):
                continue
            first, last = min(i, j), max(i, j)
            if f"{lowers[first]} {lowers[last]}" in self.attested or self.general(
                lowers[first], lowers[last]
            ):
                continue
            wants = self.spinner_words[x]
            # the word a term writes beside this neighbour, where one does ("surgical
            # intervention"); else the first the pairs show
            want = next((w for w in wants if any(other in t.words for t in self._terms_of(w))), wants[0])
            words = (other, want) if j < i else (want, other)
            return SpunHit(first, last, Term(words, False), ((want, x),), template=True)
        return None

    def _verify(
        self,
        lowers: Sequence[str],
        joinable: Sequence[bool] | bytes,
        start: int,
        term: Term,
        extra: tuple[str, str] | None = None,
    ) -> SpunHit | None:
        """``term`` with words swapped for the replacements the tables give, starting at word
        ``start``; ``extra`` (term word, replacement) is one swap more that the caller vouches for
        (a condition noun of a name's term), never a confident one."""
        ws = term.words
        n = len(ws)
        last = start + n - 1
        if start < 0 or last >= len(lowers):
            return None
        swaps: list[tuple[str, str]] = []
        demanded = True
        for k in range(n):
            got = lowers[start + k]
            if k < n - 1 and not joinable[start + k]:
                return None
            want = ws[k]
            if got == want:
                continue
            if (want, got) == extra:
                swaps.append((want, got))
                demanded = False
                continue
            if want not in self.synonyms.get(got, ()):
                return None
            if term.spinner_only and (got not in self.foreign or f"{want} {got}" not in self.swaps):
                return None
            if not term.tight(k) and want in self.narrow.get(got, ()):
                return None
            if not term.fixed and (
                (not term.bound and got in self.names_only) or spelling_variant(want, got)
            ):
                return None
            swaps.append((want, got))
            # a looser thesaurus relation to a medical word ("eczema" for "dermatitis"), or a word
            # of health writing ("illness") outside a bound term, may be the writer's own choice:
            # reported, never with confidence
            demanded = (
                demanded
                and (term.bound or got not in self.names_only)
                and (got in self.foreign or want not in self.narrow.get(got, ()))
                and bool(
                    term.strong >> k & 1
                    or (term.cohesive >> k & 1 and got in self.foreign and is_rarer_than(got, EVERYDAY_ZIPF))
                )
                and not (term.open >> k & 1 and not is_rarer_than(got, EVERYDAY_ZIPF))
                # a word rarer than the frequency table holds ("conjunctive" for connective) may be
                # an old or a technical synonym: confident only inside a bound term
                and (term.bound or not is_rarer_than(got, TABLE_MIN_ZIPF))
            )
        if not swaps:
            return None
        # a word foreign to health writing among the replacements ("actual fantastic rate") is
        # a spinner's mark: then every word but one may be swapped
        foreign = any(got in self.foreign for _, got in swaps)
        if len(swaps) > (n - 1 if foreign else 2 if n >= 4 else 1) or (
            len(swaps) * 2 > n and not term.fixed and not foreign
        ):
            # several words of a term of three or more swapped, each for a thesaurus word of the
            # word in its own place ("extreme intense respiratory" for severe acute respiratory):
            # the words line up with the term's in order, which a writer's own phrase rarely does
            # twice; reported, never with confidence. Not in a fixed name: its words are everyday
            # ones ("public health benefit" reads as "national health service")
            if n < 3 or term.fixed:
                return None
            demanded = False
        span = " ".join(lowers[start : last + 1])
        if span in self.attested:
            return None
        return SpunHit(start, last, term, tuple(swaps), confident=term.fixed or demanded)


def _technical(word: str) -> bool:
    """A word rare in English at large (wordfreq Zipf below ``MODIFIER_ZIPF``), as technical words
    are ("citric", "cerebrovascular"); not an adverb ("noninvasively": it modifies no noun) nor a
    hyphenated compound whose last part is an everyday word ("peer-reviewed", "palm-size": rare
    as one token, ordinary English in its parts)."""
    if word.endswith("ly"):
        return False
    return is_rarer_than(word.rpartition("-")[2] or word, MODIFIER_ZIPF)


#: tests set this to meet each table with the document's words (:meth:`SpunTermIndex._openers`)
_PLAIN_OPENERS = False
#: tests set this to read each replacement's terms as first written, every pair of replacements
#: tried as both swapped and every neighbour looked up in every group
#: (:meth:`SpunTermIndex._replacement_hits`)
_PLAIN_FIND = False
#: tests set this to call ``_replacement_hits`` for every replacement the document holds, each
#: pair of them tried as both swapped (:meth:`SpunTermIndex.find`'s two tests once per document)
_PLAIN_NARROW = False


def _reading_order(cand: tuple[int, int, int, int, Term, int]) -> tuple[int, int, int, int]:
    """A candidate of :meth:`SpunTermIndex._neighbour_hits` by (group, occurrence, neighbour,
    candidate): the order in which a walk group by group would verify it."""
    return cand[0], cand[1], cand[2], cand[3]


def _keep(found: dict[tuple[int, int], SpunHit], hit: SpunHit) -> None:
    """Record ``hit`` unless its span already has one; a confident reading of the span wins
    ("high blood force" is "high blood pressure" with confidence, whatever else it may read as)."""
    key = (hit.first, hit.last)
    prev = found.get(key)
    if prev is None or (hit.confident and not prev.confident):
        found[key] = hit


#: endings of inflection and derivation, longest first: a word without one is its stem (``_stem``)
_ENDINGS = ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "es", "ed", "s", "e", "y")


def _stem(word: str) -> str:
    """The word without its first inflection or derivation ending that leaves four letters or more:
    "sampling" and "sample" -> "sampl", "blurred" and "blurry" -> "blurr"."""
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def spelling_variant(a: str, b: str) -> bool:
    """Spelling or inflection variants, or a typo ("leukaemia"/"leukemia", "disc"/"disk",
    "joint"/"join", "vomit"/"vomiting", "sample"/"sampling"): the same word written
    differently (one the start of the other, the same stem once an inflection or derivation
    ending is cut, or edit distance at most 2), not a synonym swapped in."""
    if a[:1] != b[:1]:
        return False
    if len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a)):
        return True  # an inflection or derivation: "vomit" / "vomiting"
    if len(a) >= 5 and len(b) >= 5 and _stem(a) == _stem(b):
        return True  # "sample" / "sampling", "blurred" / "blurry"
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


class TermSource:
    """Term word -> terms, read from the ``spun-terms.tsv`` table in place.

    A word's terms are parsed once per process, and a term once however many of
    its words' rows list it (a three-word term is on three rows; over distinct
    text about 60% of the terms parsed had been parsed already). Terms are frozen,
    so the rows share them.
    """

    def __init__(self, data: bytes) -> None:
        self._lines = SortedLines(data, b"\t")
        self._rows: dict[str, list[Term]] = {}
        self._terms: dict[str, Term] = {}

    def __call__(self, word: str) -> list[Term]:
        known = self._rows.get(word)  # no try/except: most words asked are new
        if known is not None:
            return known
        row = self._lines.get(word)
        out: list[Term] = []
        if row:
            terms = self._terms
            for t in row.split("|"):
                term = terms.get(t)
                if term is None:
                    term = terms[t] = _parse_term(t)
                out.append(term)
        self._rows[word] = out
        return out


def _parse_term(text: str) -> Term:
    """A term of ``spun-terms.tsv``: ``!`` marks a fixed name, ``^`` a bound term, ``?`` a
    reference phrase open to foreign replacements only (``Term.spinner_only``), ``#d/c/o`` at
    the end the bit masks of its demanded, its cohesive and its open words."""
    text, _, masks = text.partition("#")
    strong, _, rest = masks.partition("/")
    cohesive, _, opened = rest.partition("/")
    s, c, o = int(strong or 0), int(cohesive or 0), int(opened or 0)
    if text.startswith("?"):
        return Term(tuple(text[1:].split(" ")), False, False, s, c, o, True)
    if text.startswith("!"):
        return Term(tuple(text[1:].split(" ")), True, False, s, c, o)
    if text.startswith("^"):
        return Term(tuple(text[1:].split(" ")), False, True, s, c, o)
    return Term(tuple(text.split(" ")), False, False, s, c, o)


class InMemoryTerms(TermSource):
    """Term word -> terms from a list (builders and benchmarks make tables in memory)."""

    def __init__(
        self, terms: Iterable[Term], replaceable: Iterable[str], swapped: Container[str] = frozenset()
    ) -> None:
        """``swapped``: the words a ``?`` term (:attr:`Term.spinner_only`) is listed under, the ones
        the screener's swaps replace; every other term is listed under each replaceable word."""
        keep = set(replaceable)
        self._by_word: dict[str, list[Term]] = {}
        for term in terms:
            for w in dict.fromkeys(term.words):
                if w in keep and (not term.spinner_only or w in swapped):
                    self._by_word.setdefault(w, []).append(term)

    def __call__(self, word: str) -> list[Term]:
        return self._by_word.get(word, [])

    def rows(self) -> Iterable[tuple[str, list[Term]]]:
        return sorted(self._by_word.items())


def read_synonyms(text: str) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """``replacement<TAB>word word ...[<TAB>names]`` lines (``#`` comments) -> mapping, and the
    replacements marked ``names`` (counted only inside fixed names)."""
    out: dict[str, tuple[str, ...]] = {}
    names: set[str] = set()
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        key, _, rest = line.partition("\t")
        rest, _, flag = rest.partition("\t")
        out[key] = tuple(rest.split(" "))
        if flag == "names":
            names.add(key)
    return out, frozenset(names)


P = TypeVar("P")

_KEYS = re.compile(rb"^([^\t\n#][^\t\n]*)\t", re.MULTILINE)


#: table bytes -> its row keys (the start-up cache: a one-file run reads the 8,600 keys of the
#: synonym and pair tables from it instead of finding and decoding each)
_ROW_KEYS = Memo("spun-row-keys")


def _row_keys(data: bytes) -> tuple[str, ...]:
    """The keys of a ``key<TAB>rest`` table, in file order: from the start-up cache when the same
    bytes were read before, else found in ``data`` (:func:`_find_row_keys`) and stored."""
    cached = _ROW_KEYS.get(data)
    if isinstance(cached, tuple):
        return cached
    keys = _find_row_keys(data)
    _ROW_KEYS.put(data, keys)
    return keys


def _find_row_keys(data: bytes) -> tuple[str, ...]:
    """The keys of a ``key<TAB>rest`` table, found the plain way (``#`` lines are comments)."""
    return tuple(k.decode("utf-8") for k in _KEYS.findall(data))


class _LazyRows(Mapping[str, str]):
    """A sorted ``key<TAB>rest`` table: its keys read at once (one regex pass), each row's
    rest read and kept the first time it is asked for. Parsing 5,000 rows up front cost more
    than the rest of MT105's first use."""

    def __init__(self, data: bytes) -> None:
        self._keys = frozenset(_row_keys(data))
        self._lines = SortedLines(data, b"\t")

    def __getitem__(self, key: str) -> str:
        row = self._lines.get(key) if key in self._keys else None
        if row is None:
            raise KeyError(key)
        return row

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys


class _ParsedRows(Generic[P]):
    """A :class:`_LazyRows` table whose rows are parsed (by :meth:`_parse`) once, when first asked for."""

    def __init__(self, data: bytes) -> None:
        self._rows = _LazyRows(data)
        self._parsed: dict[str, P] = {}

    def _parse(self, rest: str) -> P:
        raise NotImplementedError

    def _row(self, key: str) -> P:
        got = self._parsed.get(key)
        if got is None:
            got = self._parsed[key] = self._parse(self._rows[key])
        return got

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, key: object) -> bool:
        return key in self._rows


class LazySynonyms(
    _ParsedRows[tuple[tuple[str, ...], str, frozenset[str], frozenset[str]]], Mapping[str, tuple[str, ...]]
):
    """``spun-synonyms.tsv`` (``word<TAB>term-word term-word<TAB>names?``) read row by row; a
    term word written ``~word`` is one the replacement stands for only in fixed or bound terms,
    ``=word`` one it stands for only in a name's term written as a name (:attr:`SpunTermIndex.named`)."""

    def _parse(self, rest: str) -> tuple[tuple[str, ...], str, frozenset[str], frozenset[str]]:
        words, _, flag = rest.partition("\t")
        split = words.split(" ")
        narrow = frozenset(w[1:] for w in split if w[:1] in "~=")
        named = frozenset(w[1:] for w in split if w.startswith("="))
        return tuple(w.lstrip("~=") for w in split), flag, narrow, named

    def __getitem__(self, key: str) -> tuple[str, ...]:
        return self._row(key)[0]

    def get(self, key: str, default: Any = None) -> Any:
        """``Mapping.get`` without its exception for a word the table lacks (most words
        :meth:`SpunTermIndex._verify` asks of it): one dict look-up for a parsed row."""
        got = self._parsed.get(key)
        if got is not None:
            return got[0]
        if key not in self._rows:
            return default
        try:
            return self._row(key)[0]
        except KeyError:
            return default

    def names_only(self) -> _NamesOnly:
        return _NamesOnly(self, "names")

    def foreign(self) -> _NamesOnly:
        return _NamesOnly(self, "foreign")

    def narrow(self) -> _Narrow:
        return _Narrow(self)

    def named(self) -> _Narrow:
        return _Narrow(self, 3)


class _Narrow(Mapping[str, frozenset[str]]):
    """The ``~`` (and ``=``) words of a lazily read synonyms table, by replacement; with
    ``column`` 3 the ``=`` words alone."""

    def __init__(self, table: LazySynonyms, column: int = 2) -> None:
        self._table = table
        self._column = column

    def __getitem__(self, key: str) -> frozenset[str]:
        if key not in self._table:
            raise KeyError(key)
        row = self._table._row(key)
        return row[3] if self._column == 3 else row[2]

    def get(self, key: str, default: Any = None) -> Any:
        """``Mapping.get`` without its exception for a word the table lacks."""
        if key not in self._table:
            return default
        try:
            return self[key]
        except KeyError:
            return default

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


class _NamesOnly:
    """The replacements with one flag (``names``, ``foreign``) in a lazily read synonyms table."""

    def __init__(self, table: LazySynonyms, flag: str) -> None:
        self._table = table
        self._flag = flag

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._table and self._table._row(key)[1] == self._flag


class LazyPairs(_ParsedRows[dict[str, Term]], Mapping[str, Mapping[str, Term]]):
    """``spun-pairs.tsv`` (``first<TAB>second:word word|second:word word``) read row by row."""

    def _parse(self, rest: str) -> dict[str, Term]:
        out: dict[str, Term] = {}
        for item in rest.split("|"):
            second, _, term = item.partition(":")
            out[second] = Term(tuple(term.split(" ")), False)
        return out

    def __getitem__(self, key: str) -> Mapping[str, Term]:
        return self._row(key)


def read_heads(text: str) -> dict[str, tuple[tuple[int, str], ...]]:
    """``replacement<TAB>side<TAB>head`` lines -> replacement -> ((side, head), ...)."""
    out: dict[str, list[tuple[int, str]]] = {}
    for line in text.splitlines():
        if line and line[0] != "#":
            x, side, head = line.split("\t")
            out.setdefault(x, []).append((int(side), head))
    return {x: tuple(v) for x, v in out.items()}


def read_phrases(text: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """``first second<TAB>word word ...`` lines -> first -> second -> the term words the two-word
    replacement stands for."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in text.splitlines():
        if line and line[0] != "#":
            pair, _, wants = line.partition("\t")
            first, _, second = pair.partition(" ")
            out.setdefault(first, {})[second] = tuple(wants.split(" "))
    return out


def read_word_lists(text: str) -> dict[str, tuple[str, ...]]:
    """``word<TAB>word word ...`` lines (``#`` comments) -> word -> the words of its row."""
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line and line[0] != "#":
            key, _, rest = line.partition("\t")
            out[key] = tuple(rest.split(" "))
    return out


def read_abbreviations(text: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``ABBR<TAB>expansion|expansion`` rows (``#`` comments) -> lower-case abbreviation -> expansions as words."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for line in text.splitlines():
        if line and line[0] != "#":
            key, _, rest = line.partition("\t")
            out[key] = tuple(tuple(e.split(" ")) for e in rest.split("|"))
    return out


def long_form(short: str, words: Sequence[str]) -> int | None:
    """Schwartz and Hearst's test (2003, "A simple algorithm for identifying abbreviation
    definitions in biomedical text"): the index of the first of ``words`` from which the
    letters and digits of ``short`` can be read in order, right to left, the first one opening
    a word ("World Health Organization" spells WHO; "World Wellbeing Association" does not), or
    None."""
    text = " ".join(words).lower()
    chars = [c for c in short.lower() if c.isalnum()]
    if not chars:
        return None
    k = len(text) - 1
    for s in range(len(chars) - 1, -1, -1):
        c = chars[s]
        while k >= 0 and (text[k] != c or (s == 0 and k > 0 and text[k - 1].isalnum())):
            k -= 1
        if k < 0:
            return None
        k -= 1
    return text.count(" ", 0, k + 1)


_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)")


@dataclass(frozen=True)
class AbbreviationHit:
    """Words ``first..last`` before ``abbreviation`` in brackets read as ``expansion`` with words
    swapped; ``confident`` when a thesaurus of the tables stands a written word for the
    expansion's."""

    first: int
    last: int
    abbreviation: str
    expansion: tuple[str, ...]
    confident: bool


def _same_word(a: str, b: str) -> bool:
    return a == b or a.rstrip("s") == b.rstrip("s") or spelling_variant(a, b)


def abbreviation_hits(
    index: SpunTermIndex, prose: str, lowers: Sequence[str], starts: Sequence[int], ends: Sequence[int]
) -> list[AbbreviationHit]:
    """Expansions written before an abbreviation in brackets that do not spell it, where the
    tables know an expansion of the same length that does, and a written word stands for that
    expansion's word in the thesaurus tables, the others kept or not ("World Wellbeing
    Association (WHO)" for World Health Organization): a spinner rewrote the words and left the
    abbreviation. Confident when every written word is kept or swapped. An expansion anywhere in
    Schwartz and Hearst's window before the brackets that spells the abbreviation is the
    writer's, never reported ("angiotensin II receptor blocker (ARB)", "Mount Sinai (MS)"), nor
    is one with no thesaurus swap ("Doctors Without Borders (MSF)", "polyunsaturated vegetable
    acids (PUFAs)": on real health news, FakeHealth, every such finding was a writer's
    wording)."""
    table = index.abbreviations
    if "(" not in prose:
        return []

    out = []
    for m in _ABBREVIATION.finditer(prose):
        short = m.group(1)
        key = short.lower()
        expansions = table.get(key)
        if expansions is None and key.endswith("s"):
            key = key[:-1]
            expansions = table.get(key)
        last = bisect.bisect_right(ends, m.start()) - 1
        if last < 0 or prose[ends[last] : m.start()].strip():
            continue
        if not expansions:
            hit = _respelled(index, short, key, prose, lowers, starts, ends, last)
            if hit is not None:
                out.append(hit)
            continue
        # Schwartz and Hearst's window: up to min(|A| + 5, 2|A|) words of the phrase before the
        # brackets; an expansion there that spells the abbreviation is the writer's ("angiotensin
        # II receptor blocker (ARB)", where the known one is "angiotensin receptor blockers"),
        # unless the words it adds are all everyday English: their test reads letters out of the
        # sentence around a name too ("have looked at Chemical Substitution Treatment (HRT)")
        window = last
        while window > 0 and last - window + 1 < min(len(key) + 5, 2 * len(key)):
            if prose[ends[window - 1] : starts[window]] != " ":
                break
            window -= 1
        at = long_form(key, lowers[window : last + 1])
        if at is not None and _writers_expansion(lowers[window + at : last + 1], expansions):
            continue
        best: tuple[tuple[int, int, int], AbbreviationHit] | None = None
        for exp in expansions:
            n = len(exp)
            first = last - n + 1
            if first < 0 or any(prose[ends[i] : starts[i + 1]] != " " for i in range(first, last)):
                continue
            written = lowers[first : last + 1]
            if all(_same_word(w, e) for w, e in zip(written, exp, strict=True)):
                best = None
                break  # the known expansion itself
            kept = sum(_same_word(w, e) for w, e in zip(written, exp, strict=True))
            swapped = sum(
                not _same_word(w, e) and e in index.synonyms.get(w, ()) and e not in index.named.get(w, ())
                for w, e in zip(written, exp, strict=True)
            )
            if swapped and written[0] not in _FUNCTION:
                # the closest expansion: most words kept or swapped, then most written exactly
                score = (kept + swapped, kept, sum(w == e for w, e in zip(written, exp, strict=True)))
                if best is None or score > best[0]:
                    best = (score, AbbreviationHit(first, last, short, exp, kept + swapped == n))
        if best is not None:
            out.append(best[1])
    return out


def _writers_expansion(spelled: Sequence[str], expansions: Sequence[tuple[str, ...]]) -> bool:
    """The words that spell an abbreviation before its brackets are the writer's expansion:
    every known expansion is as long or longer (the words themselves spell it), or a word
    they add before the known expansion's length is rarer than everyday English (a name's
    word: "angiotensin", "non-steroidal"; not "have looked at")."""
    shortest = min(len(e) for e in expansions)
    added = spelled[: max(0, len(spelled) - shortest)]
    return not added or any(is_rarer_than(w, EVERYDAY_ZIPF) for w in added)


def _respelled(
    index: SpunTermIndex,
    short: str,
    key: str,
    prose: str,
    lowers: Sequence[str],
    starts: Sequence[int],
    ends: Sequence[int],
    last: int,
) -> AbbreviationHit | None:
    """An abbreviation the tables do not expand: the initials of the content words before it
    do not spell it, but they do once some words are put back to the term words the thesaurus
    tables let them stand for ("North Atlantic Deal Association (NATO)": treaty, organization).
    Initials, not Schwartz and Hearst's looser test, which reads NATO in "North Atlantic Deal
    Association" (the T and O of "association"). Confident when two words or more had to be
    put back."""
    letters = key
    if not letters.isalpha() or not 2 <= len(letters) <= MAX_ABBREVIATION:
        return None
    content: list[int] = []
    i = last
    while i >= 0 and len(content) < len(letters):
        if lowers[i] not in _FUNCTION:
            content.append(i)
        if len(content) < len(letters) and (i == 0 or prose[ends[i - 1] : starts[i]] != " "):
            return None
        i -= 1
    if len(content) < len(letters):
        return None
    content.reverse()
    first = content[0]
    restored = {}
    for k, at in enumerate(content):
        w = lowers[at]
        if not w.isalpha():
            return None
        if w[0] == letters[k]:
            continue
        # (a swap that counts only in a name's term written as a name is none here: "vasomotor
        # symptoms (VMS)" is not "vasomotor murmurs")
        named = index.named.get(w, ())
        back = sorted(o for o in index.synonyms.get(w, ()) if o[:1] == letters[k] and o not in named)
        if not back:
            return None
        restored[at] = back[0]
    if not restored:
        return None
    exp = tuple(restored.get(at, lowers[at]) for at in range(first, last + 1))
    return AbbreviationHit(first, last, short, exp, len(restored) >= 2)


#: the longest abbreviation :func:`_respelled` reads back from the initials of the words before it
MAX_ABBREVIATION = 6


def read_compounds(text: str) -> dict[str, tuple[str, bool]]:
    """``variant<TAB>compound<TAB>0|1`` rows (``#`` comments) -> variant -> (compound, confident)."""
    out: dict[str, tuple[str, bool]] = {}
    for line in text.splitlines():
        if line and line[0] != "#":
            variant, compound, confident = line.split("\t")
            out[variant] = (compound, confident == "1")
    return out


@dataclass(frozen=True)
class CompoundHit:
    """Word ``at``, a hyphenated compound with one part swapped: ``compound`` with ``got`` in
    place of ``want``."""

    at: int
    compound: str
    want: str
    got: str
    confident: bool


def compound_hits(
    index: SpunTermIndex, positions: Mapping[str, Sequence[int]], words: AbstractSet[str] | None = None
) -> list[CompoundHit]:
    """The words that are a known hyphenated compound with one part swapped for a thesaurus
    synonym ("X-beam" for X-ray, "RNA-subordinate" for RNA-dependent; tables built by
    ``scripts/build_spun_terms.py`` ``compound_variants``), in text order. One token holds both
    parts, so the word matcher of :meth:`SpunTermIndex.find` never sees the kept part beside
    the swapped one. ``words``: ``positions``' words as a set (``Document.word_set``)."""
    out: list[CompoundHit] = []
    for variant in index.compound_variants.intersection(positions if words is None else words):
        compound, confident = index.compounds[variant]
        a, _, b = variant.partition("-")
        c, _, d = compound.partition("-")
        want, got = (d, b) if a == c else (c, a)
        out.extend(CompoundHit(i, compound, want, got, confident) for i in positions[variant])
    return sorted(out, key=lambda h: h.at)


def read_attested(text: str) -> frozenset[str]:
    """One entry a line (``#`` comments): attested variants, or modifier words."""
    return frozenset(line for line in text.splitlines() if line and line[0] != "#")


def tables_dir() -> Path:
    from ..data import pack_dir

    return pack_dir() / "data" / "terms"


_override: list[SpunTermIndex] = []


@contextlib.contextmanager
def using_index(index: SpunTermIndex) -> Iterator[None]:
    """Run MT105 with tables built elsewhere (benchmarks build them with a screener fold held out)."""
    _override.append(index)
    try:
        yield
    finally:
        _override.pop()


def current_index() -> SpunTermIndex:
    """The tables MT105 uses: an override from :func:`using_index`, else the shipped ones."""
    return _override[-1] if _override else default_index()


@functools.lru_cache(maxsize=1)
def default_index() -> SpunTermIndex:
    """The shipped tables, loaded once per process on first use."""
    d = tables_dir()
    synonyms = LazySynonyms((d / "spun-synonyms.tsv").read_bytes())
    return SpunTermIndex(
        synonyms,
        TermSource((d / "spun-terms.tsv").read_bytes()),
        read_attested((d / "spun-attested.tsv").read_text(encoding="utf-8")),
        synonyms.names_only(),
        read_heads((d / "spun-heads.tsv").read_text(encoding="utf-8")),
        read_attested((d / "spun-modifiers.tsv").read_text(encoding="utf-8")),
        LazyPairs((d / "spun-pairs.tsv").read_bytes()),
        synonyms.narrow(),
        synonyms.foreign(),
        read_phrases((d / "spun-phrases.tsv").read_text(encoding="utf-8")),
        read_attested((d / "spun-swaps.tsv").read_text(encoding="utf-8")),
        abbreviations=read_abbreviations((d / "spun-abbreviations.tsv").read_text(encoding="utf-8")),
        compounds=read_compounds((d / "spun-compounds.tsv").read_text(encoding="utf-8")),
        spinner_words=read_word_lists((d / "spun-spinner-words.tsv").read_text(encoding="utf-8")),
        named=synonyms.named(),
    )


#: distinct swapped forms of one pair a document must write for a replacement that health writing
#: uses to count (:func:`own_term_hits`): a writer may vary a term once or twice ("lung cancer",
#: "lung carcinoma"); three different unattested words in one slot is a spinner drawing anew each time
OWN_TERM_VARIANTS = 3
#: a replacement written fewer times than this in the reference counts (``medlint.text.refstats``,
#: 2 million words: about Zipf 4 in health writing): "medication" and "dose" for drug are a writer's
OWN_TERM_REFERENCE_USES = 20


@dataclass(frozen=True)
class OwnTermHit:
    """Words ``first..last`` (two, inclusive) that read as a pair the document itself writes
    elsewhere (``term``) with word ``at`` swapped for a thesaurus word (``got`` for ``want``)."""

    first: int
    last: int
    at: int
    term: tuple[str, str]
    want: str
    got: str
    #: the document writes the term itself (else only swapped forms of it)
    intact: bool
    #: how many different words the document writes in the swapped slot (this one included)
    variants: int


def _plain_word(word: str) -> bool:
    return len(word) > 2 and word.isalpha() and word not in _FUNCTION and word not in GENERAL_FUNCTION


def own_term_hits(
    index: SpunTermIndex,
    lowers: Sequence[str],
    joinable: Sequence[bool] | bytes,
    positions: Mapping[str, Sequence[int]],
    covered: Container[int] = frozenset(),
    unattested: Callable[[str, str], bool] | None = None,
    reference_uses: Callable[[str], int] | None = None,
    name: Callable[[int], bool] | None = None,
) -> list[OwnTermHit]:
    """Two-word phrases the document writes in swapped forms, the document itself being the
    reference: a spinner swaps each occurrence of an article's term on its own, for whichever
    thesaurus word it draws, and leaves some as they were ("kidney failure" in one sentence,
    "kidney insolvency", "kidney omission" and "kidney destiny" in others), where a writer keeps to
    one or two wordings. No table needs to hold the term.

    A word ``x`` that the synonym table lets stand for a word ``o`` (any of its readings, wider
    ones too), beside a plain word ``n`` (joinable, no function word), is a candidate when the
    document also writes ``o`` (anywhere). Candidates with the same ``n`` on the same side and the
    same ``o`` are one term's forms; the written pair ``x n`` (or ``n x``) must be unattested
    (``unattested``: no known term or attested phrase, not a common pair of general English, never
    in the reference counts in either number). A form is reported when the document writes the
    term itself or another unattested form of it, and either ``x`` is rarer in English than the
    word table (``TABLE_MIN_ZIPF``: "inwardness" for marrow, "brawny" for muscular), or the
    document writes ``OWN_TERM_VARIANTS`` different unattested forms and health writing seldom
    uses ``x`` (fewer than ``OWN_TERM_REFERENCE_USES`` times in the reference). Words of another
    hit (``covered``) count as forms but are not reported again; where the document never writes
    the term itself, a replacement written as a name (``name(i)``: "the West Comprehensive Breast
    Center") is no form of it (where it does, a capital says nothing: spun text keeps the title
    case of the term it swaps, "Kidney Insolvency"). Text order, one hit a span."""
    n_words = len(lowers)
    # (n, side, o) -> positions of the written replacements
    groups: dict[tuple[str, int, str], list[int]] = {}
    # (most replacements stand for no word the document writes: one C walk of their readings
    # against the index's keys passes them over before the readings are listed in Python)
    written_words = positions.keys()
    for x in _present_in_order(index, positions):
        readings = index.own_wants.get(x)
        if readings is None:
            readings = index.own_wants[x] = tuple(
                o for o in index.synonyms[x] if o != x and not spelling_variant(o, x)
            )
        if not _PLAIN_OWN and written_words.isdisjoint(readings):
            continue
        wants = [o for o in readings if o in positions]
        if not wants:
            continue
        for i in positions[x]:
            for side in (-1, 1):
                j = i + side
                if j < 0 or j >= n_words or not joinable[min(i, j)] or not _plain_word(lowers[j]):
                    continue
                for o in wants:
                    groups.setdefault((lowers[j], side, o), []).append(i)
    if not groups:
        return []
    out: list[OwnTermHit] = []
    for (n, side, o), at in groups.items():
        intact = any(
            0 <= k + side < n_words and lowers[k + side] == n and joinable[min(k, k + side)]
            for k in positions[o]
        )
        if not intact:
            # a term the document never writes itself needs two written forms; dropping the
            # names (below) can only lose forms, so a group of one form is passed over before
            # ``name`` is asked of each of its words (912 of 927 groups on 200 MedQuAD answers)
            if not _PLAIN_OWN_NAMES and len({lowers[i] for i in at}) < 2:
                continue
            if name is not None:
                at = [i for i in at if not name(i)]
        written = {lowers[i] for i in at}
        if not intact and len(written) < 2:
            continue
        # (the word tests first, the pair tests after: a pair is looked up only where a form
        # could be reported, a rare word or three forms of words health writing seldom uses)
        rare = {x for x in written if x.isalpha() and is_rarer_than(x, TABLE_MIN_ZIPF)}
        if not rare:
            if len(written) < OWN_TERM_VARIANTS:
                continue
            if reference_uses is None:
                reference_uses = _reference_uses()
            if all(reference_uses(x) >= OWN_TERM_REFERENCE_USES for x in written):
                continue
        if unattested is None:
            unattested = _unattested_pair(index)
        forms = {x for x in written if unattested(*((n, x) if side < 0 else (x, n)))}
        if not forms or (not intact and len(forms) < 2):
            continue
        for i in at:
            x = lowers[i]
            if i in covered or i + side in covered or x not in forms or not x.isalpha():
                continue
            if x not in rare:
                if len(forms) < OWN_TERM_VARIANTS:
                    continue
                if reference_uses is None:
                    reference_uses = _reference_uses()
                if reference_uses(x) >= OWN_TERM_REFERENCE_USES:
                    continue
            first, last = min(i, i + side), max(i, i + side)
            term = (n, o) if side < 0 else (o, n)
            out.append(OwnTermHit(first, last, i, term, o, x, intact, len(forms)))
    # one hit a span (a word between two replacements counts once), in text order
    kept: list[OwnTermHit] = []
    end = -1
    for h in sorted(out, key=lambda h: (h.first, h.last, h.term)):
        if h.first > end:
            kept.append(h)
            end = h.last
    return kept


def _present_in_order(index: SpunTermIndex, positions: Mapping[str, Sequence[int]]) -> list[str]:
    """The replacements ``positions`` holds, in text order: :meth:`SpunTermIndex.find`'s list
    when it last read this very index (MT105 asks both of one document), else found afresh as
    the plain form (``_PLAIN_OWN``) always does."""
    last = index._last_present  # one read: another thread's find may replace it
    if not _PLAIN_OWN and last is not None and last[0] is positions:
        return last[1]
    return in_text_order(index.replacements.intersection(positions), positions)


#: tests set this to find a document's replacements afresh in :func:`own_term_hits`, and to list
#: the written readings of each of them in Python without the C walk that passes most over
_PLAIN_OWN = False
#: tests set this to ask ``name`` of every form of a term the document never writes, in
#: :func:`own_term_hits`, before counting the forms
_PLAIN_OWN_NAMES = False


def _reference_uses() -> Callable[[str], int]:
    """How many times the reference counts (``medlint.text.refstats``) write a lower-case word."""
    from . import refstats

    stats = refstats.load()

    def uses(word: str) -> int:
        got = stats.word(word)
        return got.freq if got is not None else 0

    return uses


def reference_writes(a: str, b: str) -> bool:
    """Whether the reference counts (``medlint.text.refstats``, the build side of MedQuAD) write
    the lower-case pair ``a b``, either word in either number."""
    from . import refstats

    stats = refstats.load()
    return any(stats.count(p, q) for p in refstats.number_forms(a) for q in refstats.number_forms(b))


def _unattested_pair(index: SpunTermIndex) -> Callable[[str, str], bool]:
    """Whether the lower-case pair ``a b`` is unattested: no known term or attested phrase of the
    tables, not a common pair of general English, never written by the reference counts
    (``medlint.text.refstats``, either word in either number)."""
    from . import refstats

    stats = refstats.load()

    def unattested(a: str, b: str) -> bool:
        if f"{a} {b}" in index.attested or index.general(a, b):
            return False
        if any(t.words[k : k + 2] == (a, b) for t in index._terms_of(a) for k in range(len(t.words) - 1)):
            return False
        return not any(stats.count(p, q) for p in refstats.number_forms(a) for q in refstats.number_forms(b))

    return unattested
