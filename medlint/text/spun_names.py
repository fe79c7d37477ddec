"""Health organisations' names with their words swapped by a spinner ("Nationwide Institutes of Well being").

A spinner rewrites a name word by word as it rewrites any phrase, so the National Institutes of
Health become the "Nationwide Institutes of Well being", the American Heart Association the
"American Coronary heart Affiliation" and the CDC the "Facilities for Illness Management and
Prevention". MT105's term matcher reads a name with one word swapped for a synonym of its table;
these pages swap two or three words of a name at once, and put two words for one ("Well being" for
Health, "Coronary heart" for Heart, "Most cancers" for Cancer: the spinner's own phrases, with
their second word left in lower case inside the capitalised name).

A name keeps its shape through the spinner: its small words ("of", "for", "and") stay where they
were and each of its other words becomes one word or two. So a run of capitalised words (with
those small words, and a lower-case word right after a capitalised one) is aligned with each name
of ``rules/data/terms/organisations.yml`` (the names as the organisations write them); the run is
a swapped name when every small word falls in place, at least one word of the name is kept or the
name has a small word to hold its shape, and at least one swap is certain: a replacement the
synonym table says may stand for the word ("affiliation" for association, "illness" for
disease; ``spun-synonyms.tsv``), two words whose joined form does ("Well being" for health), or
two words of which the second is the name's word in lower case ("Coronary heart"). A run that is
itself a known name ("National Eye Institute" beside "National Cancer Institute") is not swapped.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..yamlio import safe_load_cached
from .lazy_re import lazy_compile

#: The small words of names, which a spinner leaves in place.
NAME_FUNCTION_WORDS = frozenset({"of", "for", "and", "on", "the", "in", "at", "to", "&"})
#: Longest run of words read as one name.
_MAX_RUN = 14


@dataclass(frozen=True)
class NameHit:
    """Words ``first``..``last`` (indexes into the document's words) read as ``name`` with
    ``swaps`` (the name's word, the words written for it)."""

    first: int
    last: int
    name: str
    swaps: tuple[tuple[str, str], ...]


@functools.lru_cache(maxsize=1)
def organisation_names() -> tuple[tuple[str, ...], ...]:
    """The names of ``organisations.yml``, each as its words (names with punctuation, which a
    run of plain words cannot hold, and one-word names are left out)."""
    from .spun_terms import tables_dir

    data = safe_load_cached((tables_dir() / "organisations.yml").read_text(encoding="utf-8"))
    names: list[tuple[str, ...]] = []
    for group in data.get("groups") or ():
        for name in group.get("names") or ():
            words = tuple(str(name).split())
            if len(words) >= 2 and all(w.replace("'", "").isalnum() or w == "&" for w in words):
                names.append(words)
    return tuple(names)


@functools.lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    return frozenset(" ".join(n).lower() for n in organisation_names())


@functools.lru_cache(maxsize=1)
def _names_by_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each content word of the names, in either number, -> the names holding it: a name is read
    only against a run that keeps one of its words, so most runs (a sentence's first word) are
    aligned with no name at all."""
    by_word: dict[str, list[tuple[str, ...]]] = {}
    for name in organisation_names():
        for word in {w.lower() for w in name if w.lower() not in NAME_FUNCTION_WORDS}:
            for form in {word, word + "s", word[:-1] if word.endswith("s") else word}:
                if name not in by_word.setdefault(form, []):
                    by_word[form].append(name)
    return {w: tuple(names) for w, names in by_word.items()}


def _holds_known(run: Sequence[str], known: frozenset[str]) -> bool:
    """Whether some stretch of ``run`` of two words or more is a known name."""
    lowers = [w.lower() for w in run]
    return any(
        " ".join(lowers[i:j]) in known for i in range(len(lowers)) for j in range(i + 2, len(lowers) + 1)
    )


def _kept_in_place(name: tuple[str, ...], lowers: Sequence[str]) -> bool:
    """Whether some content word of ``name`` is written where a reading from the run's first word could keep
    it: its own place, or one or two places on (each of the spinner's two-word phrases before it shifts it by
    one). A reading keeps a word of the name, so a name none of whose words stands there is not aligned at all:
    a page of headings in title case holds many names' words, few in place."""
    n = len(lowers)
    for i, low in _content_words(name):
        for at in (i, i + 1, i + 2):
            if at < n and _same_lower(lowers[at], low):
                return True
    return False


@functools.lru_cache(maxsize=512)
def _content_words(name: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    """The name's words other than its small words, lower-cased, with their places."""
    return tuple((i, w.lower()) for i, w in enumerate(name) if w.lower() not in NAME_FUNCTION_WORDS)


def _same_word(a: str, b: str) -> bool:
    """The same word, in either number ("Institute", "institutes")."""
    return _same_lower(a.lower(), b.lower())


def _same_lower(a: str, b: str) -> bool:
    """``_same_word`` of two words already lower-cased (the name reader's hot loop)."""
    return a == b or a + "s" == b or b + "s" == a


def _certain_swap(want: str, got: Sequence[str], synonyms: Mapping[str, Sequence[str]]) -> bool:
    """Whether ``got`` (one or two written words) is certainly a spinner's swap of the name's word
    ``want``: the synonym table says so of the word or of the two words joined ("wellbeing"), or
    the second of two words is ``want`` itself in lower case ("Coronary heart", "Most cancers")."""
    w = want.lower()
    if len(got) == 1:
        return w in (synonyms.get(got[0].lower()) or ())
    joined = "".join(got).lower()
    if w in (synonyms.get(joined) or ()):
        return True
    second = got[1]
    return second.islower() and _same_word(second, want)


_Reading = tuple[int, tuple[tuple[str, str], ...], int, int]


def _align(
    name: tuple[str, ...], run: Sequence[str], synonyms: Mapping[str, Sequence[str]]
) -> _Reading | None:
    """``run`` read as ``name`` from its first word: (kept words, swaps, certain swaps, words of the
    run read), or None where the shapes differ. Each small word of the name must be written as
    itself; each other word is written capitalised, as one word or, a spinner's phrase, two (the
    second in lower case). The run may go on in lower case after the name ("... Affiliation says")."""

    @functools.cache
    def walk(i: int, j: int) -> _Reading | None:
        if i == len(name):
            return (0, (), 0, j) if all(w.islower() for w in run[j:]) else None
        if j >= len(run):
            return None
        want = name[i]
        if want.lower() in NAME_FUNCTION_WORDS:
            if run[j].lower() != want.lower():
                return None
            return walk(i + 1, j + 1)
        if run[j].lower() in NAME_FUNCTION_WORDS or not run[j][:1].isupper():
            return None
        best: _Reading | None = None
        for width in (1, 2):
            got = run[j : j + width]
            if len(got) < width or (width == 2 and (not got[1].islower() or got[1] in NAME_FUNCTION_WORDS)):
                continue
            rest = walk(i + 1, j + width)
            if rest is None:
                continue
            kept, swaps, certain, end = rest
            option: _Reading
            if width == 1 and _same_word(got[0], want):
                option = (kept + 1, swaps, certain, end)
            else:
                sure = _certain_swap(want, got, synonyms)
                option = (kept, ((want, " ".join(got)), *swaps), certain + sure, end)
            if best is None or (option[2], option[0], -option[3]) > (best[2], best[0], -best[3]):
                best = option
        return best

    return walk(0, 0)


#: A word written with a capital and another such word within its next three on the line: where a name
#: may open (a sentence's first word alone is no name). Written for speed, with the same matches as
#: ``\b[A-Z](?=[\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){0,2}?[ \t]+[A-Z])``: the pattern opens on the
#: capital itself, so the engine skips to each one by its character class, and only then looks behind
#: for the word boundary (``(?<!\w[A-Z])``: no word character before the capital, which is what ``\b``
#: says there); the lookahead spells out its three readings (the capital after one, two or three
#: words) as nested alternatives instead of a lazy repeat. A third of the time over MedQuAD's prose.
_NAME_OPENING = lazy_compile(
    r"[A-Z](?<!\w[A-Z])"
    r"(?=[\w'\u2019-]*[ \t]+(?:[A-Z]|[\w'\u2019-]+[ \t]+(?:[A-Z]|[\w'\u2019-]+[ \t]+[A-Z])))"
)


def name_openings(prose: str, starts: Sequence[int]) -> list[int]:
    """The indexes (into the words whose start offsets are ``starts``, ascending) of the words a name
    may open with: written with a capital, another within their next three words on the line. Found by
    one pattern over the prose, so a document's lower-case prose is never walked word by word."""
    return [bisect_left(starts, m.start()) for m in _NAME_OPENING.finditer(prose)]


def _runs(
    word: Callable[[int], str], n: int, joinable: bytes | Sequence[bool], capitals: Iterable[int]
) -> list[tuple[int, int]]:
    """(first, last) of each run of words that may be a name: capitalised words, the small words
    of names between them, and one lower-case word right after a capitalised one; the run holds
    only plain spaces between its words and ends on a capitalised or such a lower-case word. Runs
    open only at ``capitals``, the indexes of the words written with a capital, so a document's
    lower-case prose is never walked."""
    runs: list[tuple[int, int]] = []
    after = -1
    for i in capitals:
        if i <= after:
            continue
        j = i
        last = i
        while j + 1 < n and joinable[j] and j + 1 - i < _MAX_RUN:
            nxt = word(j + 1)
            if nxt[:1].isupper():
                last = j + 1
            elif nxt.lower() in NAME_FUNCTION_WORDS:
                pass
            elif nxt.islower() and word(j)[:1].isupper() and word(j).lower() not in NAME_FUNCTION_WORDS:
                last = j + 1
            else:
                break
            j += 1
        runs.append((i, last))
        after = j
    return runs


def name_hits(
    word: Callable[[int], str],
    n: int,
    joinable: bytes | Sequence[bool],
    synonyms: Mapping[str, Sequence[str]],
    capitals: Iterable[int],
) -> list[NameHit]:
    """The runs of the document's ``n`` words (``word(i)``: the i-th as written, read only where a name
    may stand) that read as a known organisation's name swapped; ``capitals`` (``name_openings``) are the
    indexes, ascending, of the words written with a capital that have another within their next three
    words (a name has two): the words a name may open with."""
    known = _known_names()
    by_word = _names_by_word()
    hits: list[NameHit] = []
    for first, last in _runs(word, n, joinable, capitals):
        if last - first < 1:
            continue
        whole = [word(i) for i in range(first, last + 1)]
        lowers = [w.lower() for w in whole]
        # a certain swap needs the spinner's lower-case second word inside the run, or two words the
        # synonym table knows: most runs (a heading in title case, a real name) have neither
        if not any(w.islower() and w not in NAME_FUNCTION_WORDS for w in whole[1:]) and (
            sum(
                1
                for w in lowers
                if w not in by_word and w in synonyms and not by_word.keys().isdisjoint(synonyms[w])
            )
            < 2
        ):
            continue  # (the synonyms must stand for words of some name, and be none themselves)
        start = first
        while start < last:
            # the name may open anywhere in the run ("Data from the Facilities for ...": a lower-case word
            # after a capitalised one joins the run, as "being" does in "Well being")
            run = whole[start - first :]
            if not run[0][:1].isupper() or lowers[start - first] in NAME_FUNCTION_WORDS:
                start += 1
                continue
            best: tuple[tuple[str, ...], tuple[tuple[str, str], ...], int, int] | None = None
            here = lowers[start - first :]
            sharing = dict.fromkeys(n for w in here for n in by_word.get(w, ()) if len(n) <= len(run))
            for name in sharing:
                if not _kept_in_place(name, here):
                    continue
                found = _align(name, run, synonyms)
                if found is None:
                    continue
                kept, swaps, certain, end = found
                content = sum(1 for w in name if w.lower() not in NAME_FUNCTION_WORDS)
                if not (swaps and certain and kept >= 1 and content >= 2):
                    continue
                # real names share shapes ("University School of Medicine", "National Psoriasis
                # Foundation"), so one word for another is not enough: the spinner's own two words
                # for one must be there, or two certain swaps around a kept word and a small word
                phrase = any(" " in got and _certain_swap(want, got.split(), synonyms) for want, got in swaps)
                if not (phrase or (certain >= 2 and content < len(name))):
                    continue
                if _holds_known(run[:end], known):
                    continue  # a real name, or one with a real name inside ("World Health Organization of Geneva")
                if best is None or kept > best[2]:
                    best = (name, swaps, kept, end)
            if best is not None:
                hits.append(NameHit(start, start + best[3] - 1, " ".join(best[0]), best[1]))
                start += best[3]
            else:
                start += 1
    return hits
