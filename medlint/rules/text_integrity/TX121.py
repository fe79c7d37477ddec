"""TX121 phrase-slip: one word of a frequent phrase changed by a letter into another word ("In come cases")."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.refstats import NUM, RefStats, doc_words
from ...text.refstats import load as load_refstats

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: How often clean reference text must write each pair of the phrase the slip breaks ("in some"
#: 992 times, "some cases" 609): a frequent phrase, not a chance meeting of words.
MIN_PHRASE_PAIR = 30
#: The middle word's length: a real-word slip in a short word is seen by its neighbours; a long
#: word one letter from another is TX109's or TX117's.
MIN_LENGTH, MAX_LENGTH = 3, 7
#: How often the written middle word must occur in the reference: a word the reference knows well
#: enough that its never meeting either neighbour says something. Rarer words ("our", "save",
#: "fall", "mean": 25-81 times) met neither neighbour by chance on the development answers.
MIN_WORD_COUNT = 100


def _variants(word: str) -> set[str]:
    """Every string one letter changed, inserted or deleted from ``word``; the first letter is
    changed only when the word is short (a slip keeps most of a word)."""
    out: set[str] = set()
    for i in range(len(word) + 1):
        a, b = word[:i], word[i:]
        out.update(a + c + b for c in _LETTERS)
        if b:
            out.add(a + b[1:])
            out.update(a + c + b[1:] for c in _LETTERS)
    out.discard(word)
    return out


def slip_for(ref: RefStats, before: str, word: str, after: str) -> str | None:
    """The one word a letter away from ``word`` that makes ``before _ after`` a frequent phrase of
    the reference (each pair ``MIN_PHRASE_PAIR`` times or more) when neither pair ``word`` makes
    is attested; None otherwise (no such word, or more than one)."""
    found = [
        c
        for c in _variants(word)
        if ref.count(before, c) >= MIN_PHRASE_PAIR and ref.count(c, after) >= MIN_PHRASE_PAIR
    ]
    return found[0] if len(found) == 1 else None


class PhraseSlip(Rule):
    """One word of a frequent phrase changed by a letter into another word ("In come cases" for "In some cases").

    A spelling checker passes it: every word is a word. The reference
    statistics of clean health prose (``medlint.text.refstats``: MedQuAD's
    NIH and CDC answers, build side) tell it apart: a word of three to seven
    letters, common there (100 times or more), that the reference never writes after the word
    before it nor before the word after it (pairs seen once are not kept),
    where exactly one word a letter changed, added or dropped away makes
    both pairs frequent (30 times each or more: "in some", "some cases").
    Off by default, at info: two million words of NIH and CDC answers do not
    attest news English ("was to present the findings" read as "prevent",
    "will now require" as "not": 0 of 11 findings on the FakeHealth sample
    were slips). Only lower-case middle and last words, inside one block with plain
    spaces between and no number beside the middle word, are read. The fix writes the phrase's word; it is unsafe.
    """

    code = "TX121"
    name = "phrase-slip"
    category = "text-integrity"
    severity = Severity.INFO
    #: off: on news (the FakeHealth 400-article sample) all 11 findings were phrases the NIH and CDC
    #: answers never write ("was to present the findings", "will now require"), none a slip
    enabled_by_default = False
    source = (
        "Mays, Damerau and Mercer (1991), Context based spelling correction, Information Processing and "
        "Management 27(5) (real-word errors found by the words around them); reference statistics: MedQuAD's "
        "NIH and CDC answers, build side (Ben Abacha and Demner-Fushman 2019, CC BY 4.0), "
        "medlint/text/refstats.py"
    )
    should_fire = (Example("In come cases, the rash spreads to the arms."),)
    should_not_fire = (
        "In some cases, the rash spreads to the arms.",
        Example("Some people come back for a second dose.", note="every pair attested"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        norm, joined = doc_words(doc)
        n = len(norm)
        if n < 3:
            return
        ref = load_refstats()
        words = doc.words()
        count = ref.count
        for j in range(1, n - 1):
            if not (joined[j - 1] and joined[j]):
                continue
            w = norm[j]
            if NUM in (norm[j - 1], norm[j + 1]):
                continue  # "1 hand should", "10mg was": a number's pairs are too spread to tell
            if not MIN_LENGTH <= len(w) <= MAX_LENGTH or count(w, norm[j + 1]) or count(norm[j - 1], w):
                continue
            stats = ref.word(w)
            if stats is None or stats.freq < MIN_WORD_COUNT or not w.isalpha():
                continue
            t, nxt = words[j], words[j + 1]
            if not (t.text.islower() and nxt.text.islower()):
                continue
            fix = slip_for(ref, norm[j - 1], w, norm[j + 1])
            if fix is None:
                continue
            phrase = doc.prose[words[j - 1].start : nxt.end]
            yield Finding(
                t.start,
                t.end,
                f"“{phrase}”: “{t.text}” breaks a common phrase; “{fix}”?",
                (fix,),
                Fix((Edit(t.start, t.end, fix),), f"write {fix!r}", safe=False),
            )
