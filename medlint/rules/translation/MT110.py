"""MT110 keyword-stuffing: A multi-word term, usually a drug or brand name, used far above its natural rate."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import compress

from ...diagnostic import Severity
from ...document import HEADING, Document
from ...kinds.base import prose_text
from ...rule import Example, Finding, Option, Rule
from ...text.word_frequency import is_rarer_than

_STOP = frozenset(
    "a an the of and or in on to for with by from as at is are was were be been this that these those it "
    "its their our your his her they we you he she not no can may will would should could than then also "
    "into over under about after before between during".split()
)


#: verbs that report speech: a term holding one ("Janku said") is a speaker's name and the verb a
#: news story repeats after each quotation, never a keyword
_REPORTING = frozenset(
    "said says say told tells explained explains added adds noted notes wrote writes asked asks "
    "according stated states recalled recalls agreed agrees cautioned cautions warned warns".split()
)
#: titles before a person's name ("Dr. Krummel")
_TITLES = frozenset("dr dr. doctor prof prof. professor mr mr. mrs mrs. ms ms.".split())


def _people(doc: Document, lowers: list[str]) -> set[str]:
    """The words the document writes as a person's name: capitalised and followed by a reporting
    verb ("Krummel said", "says Krummel" reads the other way round too) or preceded by a title
    ("Dr. Krummel"). A news story names the people it quotes again and again."""
    words = doc.words()
    out: set[str] = set()
    n = len(lowers)
    for i, w in enumerate(lowers):
        if w in _REPORTING:
            for j in (i - 1, i + 1):
                if 0 <= j < n and words[j].text[:1].isupper():
                    out.add(lowers[j])
        elif w.rstrip(".") in _TITLES and i + 1 < n and words[i + 1].text[:1].isupper():
            out.add(lowers[i + 1])
    return out


class KeywordStuffing(Rule):
    """A multi-word term, usually a drug or brand name, used far above its natural rate.

    Spun and SEO-written health pages repeat a product term where a general
    word belongs ("insulin glargine" for insulin, a brand name for the drug
    class). A 2- or 3-word term that contains a rare word (Zipf frequency below
    ``max-zipf`` in wordfreq's English list) and occurs at least ``min-count``
    times at ``min-per-1000`` or more per 1,000 words is reported once, at
    its first use after the first ``allowed`` ones, with the later uses as
    related locations. Short texts are skipped, and so is a term whose rare words the title or a heading names: that is
    the article's subject (or a form of it, "GM1 gangliosidosis type II"),
    which plain-language health writing repeats rather than replacing with a
    pronoun (NIH pages name their condition dozens of times).

    A term holding a verb that reports speech ("Janku said") or a word the document writes as
    a person's name (capitalised beside such a verb, "said Krummel", or after a title, "Dr.
    Krummel") is a speaker a news story names after each quotation, and is left: on FakeHealth
    news those were 29 of the rule's 67 findings.

    Info, not warning: on real health news a strict editor agreed with none of
    the rule's findings (0 of 6 labelled on FakeHealth): a speaker named after
    each quotation, a medication guide naming its drug in every instruction,
    the issuing company or hospital in its own release are repeated on purpose.
    Counting cannot tell the last two from stuffing, so the rule only points.
    """

    code = "MT110"
    name = "keyword-stuffing"
    category = "translation"
    severity = Severity.INFO
    options = {
        "min-count": Option(6, int, "A term must occur at least this many times to be reported."),
        "min-per-1000": Option(5.0, float, "A term must occur at least this often per 1,000 words."),
        "max-zipf": Option(2.5, float, "Only terms with a word rarer than this Zipf frequency are counted."),
        "allowed": Option(3, int, "Uses of a term before the finding starts (the first uses are fine)."),
        "min-words": Option(100, int, "Texts with fewer words are not checked."),
    }
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
        Example(
            ('"It works," Janku said. "We saw it in mice," Janku said. ' * 7) + _FILLER * 6,
            note="a speaker named after each quotation",
        ),
        Example("Patients need insulin glargine daily. " * 7, note="too short to judge"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        words = doc.words()
        n = len(words)
        if n < self.opts["min-words"]:
            return
        min_count = int(self.opts["min-count"])
        lowers = doc.lower_words
        joinable = doc.joinable
        # every word of a term used min-count times is itself used that often (the shared word
        # index holds each word's occurrences: no count of its own)
        often = {w for w, at in doc.word_index.items() if len(at) >= min_count}
        frequent = list(map(often.__contains__, lowers))  # per word, in C
        counts: Counter[tuple[str, ...]] = Counter()
        for size in (2, 3):
            # only where the first word is frequent (skipped in C, not word by word)
            for i in compress(range(n - size + 1), frequent):
                if not frequent[i + size - 1]:
                    continue
                if joinable[i] and (size == 2 or joinable[i + 1]):
                    gram = tuple(lowers[i : i + size])
                    if gram[0] in _STOP or gram[-1] in _STOP:
                        continue
                    counts[gram] += 1
        per_1000 = 1000.0 / n
        candidates = [
            g for g, c in counts.items() if c >= min_count and c * per_1000 >= self.opts["min-per-1000"]
        ]
        if not candidates:
            return
        max_zipf = float(self.opts["max-zipf"])
        subject = _heading_text(doc)
        people = _people(doc, lowers)
        rare = [
            g
            for g in candidates
            if any(w.isalpha() and is_rarer_than(w, max_zipf) for w in g)
            and not all(f" {w} " in subject for w in g if w.isalpha() and is_rarer_than(w, max_zipf))
            and not any(w in _REPORTING or w in people for w in g)
        ]

        # a trigram that only adds a common word to a bigram ("insulin glargine daily") is that
        # bigram; one that adds a rare word ("tetralogy of fallot" over "of fallot") is its own term
        def is_rare(w: str) -> bool:
            return w.isalpha() and is_rarer_than(w, max_zipf)

        rare_set = set(rare)
        chosen = [
            g
            for g in rare
            if not (
                len(g) == 3
                and ((g[:2] in rare_set and not is_rare(g[2])) or (g[1:] in rare_set and not is_rare(g[0])))
            )
        ]
        # two bigrams around one rare word ("insulin glargine", "glargine daily"): English noun
        # phrases end on their head, so the one ending on the rare word is the term
        ends_rare = {g[1] for g in chosen if len(g) == 2 and is_rare(g[1])}
        chosen = [g for g in chosen if not (len(g) == 2 and g[0] in ends_rare and not is_rare(g[1]))]
        chosen = [
            g
            for g in chosen
            if not any(
                len(c) == 3 and " ".join(g) in " ".join(c) and counts[c] >= counts[g] * 0.8 for c in chosen
            )
        ]
        for gram in chosen:
            size = len(gram)
            density = counts[gram] * per_1000
            spans = [
                (words.starts[i], words.ends[i + size - 1])
                for i in range(n - size + 1)
                if lowers[i] == gram[0]
                and tuple(lowers[i : i + size]) == gram
                and all(joinable[i + k] for k in range(size - 1))
                and doc.blocks[doc.block_at(words.starts[i]) or 0].kind != HEADING
            ]
            allowed = int(self.opts["allowed"])
            if len(spans) <= allowed:
                continue
            # one finding per term, at the first use past the allowance; the others are related
            start, end = spans[allowed]
            yield Finding(
                start,
                end,
                f"“{prose_text(doc, start, end)}” appears {counts[gram]} times ({density:.1f} per 1,000 words); "
                "use the general term where the specific product is not meant",
                related=tuple((s, e, "another use") for s, e in spans[allowed + 1 :]),
                data={"count": counts[gram], "per_1000_words": round(density, 2)},
            )


def _heading_text(doc: Document) -> str:
    """The lower-cased words of the title and every heading, space-joined and padded.

    A term named in a heading is what the article (or its section) is about,
    and an article about tetralogy of Fallot names it on every other line: its
    rate says nothing about stuffing.
    """
    heads = [b for b in doc.blocks if b.kind == HEADING]
    parts: list[str] = []
    for block in heads:
        at = doc.words_in(block.start, block.end)
        parts.append(" ".join(doc.lower_words[at.start : at.stop]))
    title = doc.metadata.get("title") if isinstance(doc.metadata, dict) else None
    if isinstance(title, str):
        parts.append(" ".join(title.lower().split()))
    return " " + " | ".join(parts) + " "
