"""A page's own two-word terms, written elsewhere on the page with one word swapped (MT116).

An article spinner swaps a word of each occurrence of a term on its own, for whichever thesaurus
word it draws, and leaves some occurrences as they were: "Horner syndrome" in one sentence,
"Horner symptom" in the next. The swap may hit any word of the term, and the swapped-in word may
be common in health writing ("symptom", "complex", "illness"), so no list of rare replacements
holds it. What gives it away is the page itself: the term is written intact elsewhere, the
swapped pair is written nowhere in the reference, and the kept word all but demands the
swapped-out one (most of the reference's uses of "Horner" are "Horner syndrome").

No table of its own: the reference counts (:mod:`medlint.text.refstats`), MT105's synonym table
(:func:`medlint.text.spun_terms.current_index`, read only through its public attributes) and the
general-English pairs (:mod:`medlint.text.general_bigrams`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from . import refstats
from .general_bigrams import FUNCTION as GENERAL_FUNCTION
from .general_bigrams import common_pair
from .spun_terms import SpunTermIndex, spelling_variant

#: reference uses (both numbers) of the intact term: it is a collocation of health writing
MIN_TERM_USES = 10
#: least share of the kept word's reference uses (both numbers) that are the intact term: the kept
#: word all but demands the swapped-out one ("Horner" -> "syndrome", "biotinidase" ->
#: "deficiency"), where a writer's variation keeps a word with many partners ("brain injury" /
#: "brain trauma", "memory loss" / "memory decline")
MIN_DEMAND = 0.3
#: letters two words share at their start that make them forms of one word ("early", "earlier")
SAME_STEM = 4


@dataclass(frozen=True)
class PageTermHit:
    """Words ``first`` and ``first + 1`` written as ``term`` elsewhere on the page, with word
    ``at`` swapped (``got`` for ``want``)."""

    first: int
    at: int
    term: tuple[str, str]
    want: str
    got: str
    #: the index of one intact occurrence of ``term`` (its first word)
    intact_at: int
    #: reference uses of ``term`` and the share of the kept word's uses it makes
    term_uses: int
    demand: float


def _plain(word: str) -> bool:
    return (
        len(word) > 2
        and word.isalpha()
        and word not in refstats.FUNCTION_WORDS
        and word not in GENERAL_FUNCTION
    )


def _pair_uses(stats: refstats.RefStats, a: str, b: str) -> int:
    return sum(stats.count(p, q) for p in refstats.number_forms(a) for q in refstats.number_forms(b))


def _word_uses(stats: refstats.RefStats, word: str) -> int:
    total = 0
    for form in refstats.number_forms(word):
        got = stats.word(form)
        if got is not None:
            total += got.freq
    return total


def same_word(a: str, b: str) -> bool:
    """Forms or spellings of one word ("early", "earlier"; "tumor", "tumour"; "sign", "signs")."""
    return (
        a[:SAME_STEM] == b[:SAME_STEM]
        or spelling_variant(a, b)
        or b in refstats.number_forms(a)
        or a in refstats.number_forms(b)
    )


def page_term_hits(
    index: SpunTermIndex,
    lowers: Sequence[str],
    joinable: Sequence[bool] | bytes,
    positions: Mapping[str, Sequence[int]],
    stats: refstats.RefStats | None = None,
    general: Callable[[str, str], bool] = common_pair,
) -> list[PageTermHit]:
    """Pairs ``x n`` (or ``n x``) where the page also writes ``o n`` (``n o``) and:

    - ``x`` is a replacement MT105's synonym table lets stand for ``o`` (any reading), not a
      form or spelling of it;
    - ``x n`` is unattested: no attested phrase of the tables, not a common pair of general
      English, never written by the reference in either number;
    - ``o n`` is a collocation of health writing (``MIN_TERM_USES`` reference uses or more)
      that makes ``MIN_DEMAND`` or more of the kept word ``n``'s uses.

    Both words joinable (only whitespace between them) and plain (three letters or more, no
    function word). Text order, one hit a span (the first term that explains it)."""
    n_words = len(lowers)
    synonyms = index.synonyms
    candidates = [x for x in index.replacements.intersection(positions) if _plain(x)]
    if not candidates:
        return []
    # first word of the written pair -> its hit
    out: dict[int, PageTermHit] = {}
    for x in candidates:
        wants = [o for o in synonyms[x] if o != x and o in positions and _plain(o) and not same_word(o, x)]
        if not wants:
            continue
        for i in positions[x]:
            for side in (-1, 1):
                j = i + side
                if j < 0 or j >= n_words or not joinable[min(i, j)]:
                    continue
                n = lowers[j]
                if not _plain(n) or n not in positions:
                    continue
                first = min(i, j)
                if first in out:
                    continue
                for o in wants:
                    intact = _intact(lowers, joinable, positions[o], side, n)
                    if intact is None:
                        continue
                    hit = _judge(index, stats, general, first, i, side, n, o, x, intact)
                    if hit is not None:
                        out[first] = hit
                        break
    return [out[k] for k in sorted(out)]


def _intact(
    lowers: Sequence[str], joinable: Sequence[bool] | bytes, at: Sequence[int], side: int, n: str
) -> int | None:
    """The first word of the first occurrence of ``o n`` (``side`` 1) or ``n o`` (``side`` -1),
    ``at`` being the occurrences of ``o``."""
    for k in at:
        m = k + side
        if 0 <= m < len(lowers) and lowers[m] == n and joinable[min(k, m)]:
            return min(k, m)
    return None


def _judge(
    index: SpunTermIndex,
    stats: refstats.RefStats | None,
    general: Callable[[str, str], bool],
    first: int,
    at: int,
    side: int,
    n: str,
    o: str,
    x: str,
    intact: int,
) -> PageTermHit | None:
    written = (n, x) if side < 0 else (x, n)
    term = (n, o) if side < 0 else (o, n)
    if f"{written[0]} {written[1]}" in index.attested or general(*written):
        return None
    if stats is None:
        stats = refstats.load()
    uses = _pair_uses(stats, *term)
    if uses < MIN_TERM_USES or _pair_uses(stats, *written):
        return None
    demand = uses / max(_word_uses(stats, n), 1)
    if demand < MIN_DEMAND:
        return None
    return PageTermHit(first, at, term, o, x, intact, uses, demand)
