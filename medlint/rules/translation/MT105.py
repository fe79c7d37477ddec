"""MT105 spun-term: A known multiword term with one or two words swapped for a synonym ("kind 2 diabetes")."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.spun_terms import current_index


class SpunTerm(Rule):
    """A known multiword term with one or two words swapped for a synonym ("kind 2 diabetes").

    Article spinners replace the words of fixed terms with thesaurus synonyms
    one at a time, so "type 2 diabetes" becomes "kind 2 diabetes", "heart
    attack" becomes "heart assault" and "Centers for Disease Control" becomes
    "Centers for Illness Control". No list can hold every such variant; this
    rule knows the terms instead (MedQuAD's focus terms and their synonyms,
    WordNet's multiword conditions and body parts, health agencies' names, the
    tortured-phrase screener's expected terms) and the synonyms a thesaurus
    offers for their words (WordNet, and the swaps the screener's list shows).
    A span is reported when it equals a known term with one word replaced by
    such a synonym (two in terms of four words or more), the result is not
    itself a known term, and it does not occur in the clean reference text
    the tables were built against (MedQuAD's NIH and CDC answers and published
    sentences). Phrases in MT101's or MT103's lists are left to those rules. Inside condition terms, swaps to ordinary heads ("heart
    condition", "kidney problems") are not reported, nor swaps to words health
    writers use often ("carcinoma", "symptoms"); inside agency names any swap
    is. Where the screener's pairs swap a word that heads many terms ("acid",
    "disease") for a word foreign to health writing ("corrosive", "malady"),
    that word beside a technical word ("citric corrosive") is reported too.
    The suggestion is the term; it is not applied automatically, since only
    the writer knows which term was meant.

    Info, not warning: on the 400 real health news stories of the FakeHealth
    sample it made 36 findings, and a strict editor would change about one
    ("prostate cancer danger"); the rest are names and ordinary phrases that
    share a word with a term ("Institute of Music", "Xtandi's price",
    "frontal cortex"). News vocabulary is far wider than the clean reference
    text the variants were checked against, so the rule points and the
    editor decides.
    """

    code = "MT105"
    name = "spun-term"
    category = "translation"
    severity = Severity.INFO
    source = (
        "Terms: MedQuAD focus terms and synonyms (Ben Abacha and Demner-Fushman 2019, CC BY 4.0; build "
        "side only), WordNet 3.0 multiword nouns (Princeton University), medlint's medical-terms.txt and "
        "rules/data/terms/organisations.yml (agency names from their own sites), the Problematic Paper "
        "Screener's expected terms (Cabanac, Labbé, Magazinov 2021); synonyms: WordNet 3.0 and the "
        "screener's swaps; tables built by scripts/build_spun_terms.py, measured by benchmarks/spinning.py"
    )
    should_fire = (
        "Check your high blood force at every visit.",
        "Call an ambulance if you think someone is having a heart onslaught.",
        "The Centers for Illness Control tracks outbreaks.",
        Example("<p>Early heart onslaught symptoms can be mild.</p>", format="html"),
    )
    should_not_fire = (
        "Check your high blood pressure at every visit.",
        "Call an ambulance if you think someone is having a heart attack.",
        "The Centers for Disease Control tracks outbreaks.",
        "Swollen lymph nodes can be a sign of infection.",
        Example("<p>Early heart attack symptoms can be mild.</p>", format="html"),
        Example("Bosom peril is rare in men.", note="in MT101's list: reported there, once"),
        Example("A heart condition can make exercise harder.", note="a swap to an ordinary head word"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        words = doc.words()
        if len(words) < 2:
            return
        index = current_index()
        lowers = doc.lower_words
        for hit in index.find(lowers, doc.joinable, doc.word_index):
            start, end = words[hit.first].start, words[hit.last].end
            match = doc.source[start:end]
            term = hit.term.text
            if match[:1].isupper() and hit.term.fixed:
                term = " ".join(
                    w[:1].upper() + w[1:] if w not in _LOWER_IN_NAMES else w for w in hit.term.words
                )
            elif match[:1].isupper():
                term = term[:1].upper() + term[1:]
            swapped = ", ".join(f"“{got}” for “{want}”" for want, got in hit.swaps)
            yield Finding(
                start,
                end,
                f"“{match}” reads as the term “{term}” with {'words' if len(hit.swaps) > 1 else 'a word'} "
                f"swapped ({swapped}): "
                "spun or machine-translated wording",
                (term,),
                data={"term": hit.term.text, "swaps": [list(s) for s in hit.swaps]},
            )


_LOWER_IN_NAMES = frozenset("of and for the on in to".split())
