"""MT116 page-term-swap: A two-word term the page writes intact elsewhere, here with one word swapped."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...rule import Example, Finding, Rule


class PageTermSwap(Rule):
    """A two-word term the page writes intact elsewhere, here with one word swapped.

    An article spinner swaps a word of each occurrence of a term on its own and leaves some
    occurrences as they were: "Horner syndrome" in one sentence, "Horner symptom" in the next.
    The swap may hit either word and the swapped-in word may be an everyday word of health
    writing ("symptom", "complex", "illness"), which MT105 keeps out of its open matching. The
    page is the reference here: reported is a pair that (1) has a word that MT105's synonym
    table lets stand for a word the page writes elsewhere beside the same kept word (a form or
    spelling of it does not count: "earlier detection" beside "early detection"); (2) is
    written nowhere in the reference in either number, is no attested phrase of MT105's tables
    and no common pair of general English; (3) whose intact form is a collocation of health
    writing (10 reference uses or more) that makes 30% or more of the kept word's uses, so the
    kept word all but demands the swapped-out one ("Horner", "biotinidase", "pernicious"; not
    "brain" or "memory", which writers pair with many words: "brain trauma" beside "brain
    injury"). A pair capitalised inside a sentence (both words: a name, "United Nations"
    beside "United States") is skipped.

    Info, and off by default (``--select MT116``): on every kept FakeHealth article (2,128,
    1.46M words of real, unspun health news) it makes 4 findings, all a writer's variation
    ("neurodegenerative conditions" beside "neurodegenerative disorders", "lifestyle
    modifications" beside "lifestyle changes"), so its precision on real news is no evidence
    for a warning. On the benchmark's spinner run over build-side MedQuAD answers it finds 30
    spun terms the other MT rules miss (603 -> 633 of 1,001), 24 of them through the answer's
    unspun question heading (that spinner swaps every occurrence of a term in the body); on the
    held-out spun answers 1,053 -> 1,083 of 2,002 (docs/benchmarks.md, spin22). Selected, its
    own check costs about 2% of a default run's time.
    """

    code = "MT116"
    name = "page-term-swap"
    category = "translation"
    severity = Severity.INFO
    enabled_by_default = False
    source = (
        "MedQuAD (Ben Abacha and Demner-Fushman 2019, CC BY 4.0) pair counts, build half; "
        "WordNet 3.0 (Princeton University) synonyms through MT105's table"
    )
    should_fire = (
        Example(
            "Horner syndrome is rare. People with Horner symptom have a small pupil.",
            note="'Horner syndrome' written intact in the first sentence",
        ),
    )
    should_not_fire = (
        "Horner syndrome is rare. People with Horner syndrome have a small pupil.",
        Example("People with Horner symptom have a small pupil.", note="the page never writes the term"),
        Example(
            "Brain injury is common. Brain trauma can follow a fall.",
            note="'brain' has many partners: a writer's variation",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        from ...text.page_terms import page_term_hits
        from ...text.spun_terms import current_index

        words = doc.words()
        if len(words) < 4:
            return
        for hit in page_term_hits(current_index(), doc.lower_words, doc.joinable, doc.word_index):
            w1, w2 = words[hit.first], words[hit.first + 1]
            t1, t2 = doc.prose[w1.start : w1.end], doc.prose[w2.start : w2.end]
            if t2[:1].isupper() and t1[:1].isupper() and not doc.opens_sentence(w1.start):
                continue
            intact_start, intact_end = words[hit.intact_at].start, words[hit.intact_at + 1].end
            written_term = doc.source[intact_start:intact_end]
            swapped = words[hit.at]
            got = doc.prose[swapped.start : swapped.end]
            want = hit.want[:1].upper() + hit.want[1:] if got[:1].isupper() else hit.want
            suggestion = f"{want} {t2}" if hit.at == hit.first else f"{t1} {want}"
            yield Finding(
                w1.start,
                w2.end,
                f"“{doc.source[w1.start : w2.end]}” reads as “{written_term}”, which this page writes "
                f"elsewhere, with “{got}” for “{hit.want}”: spun or machine-translated wording",
                (suggestion,),
                related=((intact_start, intact_end, "the term written intact"),),
                data={"term": " ".join(hit.term), "uses": hit.term_uses, "demand": round(hit.demand, 2)},
            )
