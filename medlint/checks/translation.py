"""MT rules written in Python: keyword stuffing and spinner residue.

(The lexicon rules MT101/MT104/MT111 are rule packs in ``rules/translation.yml``.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..diagnostic import Severity
from ..document import HEADING, Document
from ..kinds.base import prose_text
from ..lazy_re import lazy_compile
from ..rule import Example, Finding, Rule
from ..word_frequency import is_rarer_than

_STOP = frozenset(
    "a an the of and or in on to for with by from as at is are was were be been this that these those it "
    "its their our your his her they we you he she not no can may will would should could than then also "
    "into over under about after before between during".split()
)


class KeywordStuffing(Rule):
    """A multi-word term, usually a drug or brand name, used far above its natural rate.

    Spun and SEO-written health pages repeat a product term where a general
    word belongs ("insulin glargine" for insulin, a brand name for the drug
    class). A 2- or 3-word term that contains a rare word (Zipf frequency below
    ``max-zipf`` in wordfreq's English list) and occurs at least ``min-count``
    times at ``min-per-1000`` or more per 1,000 words is reported at each
    occurrence after the first ``allowed`` ones. Short texts are skipped.
    """

    code = "MT110"
    name = "keyword-stuffing"
    category = "translation"
    severity = Severity.WARNING
    options = {"min-count": 6, "min-per-1000": 5.0, "max-zipf": 2.5, "allowed": 3, "min-words": 100}
    source = (
        "Google Search spam policies ('keyword stuffing'); AMA Manual of Style 11th ed., 15.4.1 "
        "(use nonproprietary drug names; brand names only when needed)"
    )
    _FILLER = (
        "Doctors review each case with care and explain the options to every family who asks. "
        "Most people manage well at home with simple steps and regular checks by the clinic team. "
    )
    should_fire = (
        Example(
            ("Patients need insulin glargine daily. " * 7) + _FILLER * 6,
        ),
    )
    should_not_fire = (
        Example(("Patients need insulin daily. " * 7) + _FILLER * 6),
        Example("Patients need insulin glargine daily. " * 7, note="too short to judge"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        words = doc.words()
        n = len(words)
        if n < self.opts["min-words"]:
            return
        min_count = int(self.opts["min-count"])
        from ..phrases import joinable_gaps, lowered_words, word_positions

        lowers = lowered_words(doc)
        joinable = joinable_gaps(doc)
        # every word of a term used min-count times is itself used that often, and a term
        # neither starts nor ends with a function word: only those positions can start one
        index = word_positions(doc)
        edge_words = {w for w, at in index.items() if len(at) >= min_count and w not in _STOP}
        firsts = sorted(i for w in edge_words for i in index[w])
        counts: Counter[tuple[str, ...]] = Counter()
        for size in (2, 3):
            for i in firsts:
                last = i + size - 1
                if last < n and lowers[last] in edge_words and all(joinable[i + k] for k in range(size - 1)):
                    counts[tuple(lowers[i : last + 1])] += 1
        per_1000 = 1000.0 / n
        candidates = [
            g for g, c in counts.items() if c >= min_count and c * per_1000 >= self.opts["min-per-1000"]
        ]
        if not candidates:
            return
        max_zipf = float(self.opts["max-zipf"])
        rare = [g for g in candidates if any(w.isalpha() and is_rarer_than(w, max_zipf) for w in g)]
        # prefer the longest term when a bigram is part of a reported trigram with the same count
        rare.sort(key=len, reverse=True)
        chosen: list[tuple[str, ...]] = []
        for g in rare:
            if any(" ".join(g) in " ".join(c) and counts[c] >= counts[g] * 0.8 for c in chosen):
                continue
            chosen.append(g)
        for gram in chosen:
            size = len(gram)
            seen = 0
            density = counts[gram] * per_1000
            for i in index[gram[0]]:
                if tuple(lowers[i : i + size]) != gram or not all(joinable[i + k] for k in range(size - 1)):
                    continue
                seen += 1
                if (
                    seen <= self.opts["allowed"]
                    or doc.blocks[doc.block_at(words[i].start) or 0].kind == HEADING
                ):
                    continue
                start, end = words[i].start, words[i + size - 1].end
                yield Finding(
                    start,
                    end,
                    f"“{prose_text(doc, start, end)}” appears {counts[gram]} times ({density:.1f} per 1,000 words); "
                    "use the general term where the specific product is not meant",
                    data={"count": counts[gram], "per_1000_words": round(density, 2)},
                )


_SPINTAX = lazy_compile(r"\{[^{}|\n]{1,80}(?:\|[^{}|\n]{0,80})+\}")


class SpintaxResidue(Rule):
    """Unrendered spinner syntax such as "{cure|treat|heal}" left in the text.

    Article spinners write alternatives in braces and pick one per copy; a
    failed render leaves the braces in the published page, proof that the text
    was machine-generated.
    """

    code = "MT112"
    name = "spintax-residue"
    category = "translation"
    severity = Severity.ERROR
    source = "Spinner template syntax ('spintax'), as documented by article-spinning tools"
    should_fire = (
        "This {remedy|cure|treatment} helps most people.",
        Example("<p>Try our {new|latest} formula.</p>", format="html"),
    )
    should_not_fire = (
        "This remedy helps most people.",
        Example("Use `{a|b}` in the template.", format="markdown"),
        "The set {1, 2, 3} is small.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        for m in _SPINTAX.finditer(doc.prose):
            options = [o.strip() for o in m.group()[1:-1].split("|") if o.strip()]
            yield Finding(
                m.start(),
                m.end(),
                f"unrendered spinner alternatives {m.group()!r}: the text was machine-generated",
                tuple(options[:3]),
            )
