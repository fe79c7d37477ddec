"""MT105 spun-term: A known multiword term with one or two words swapped for a synonym ("kind 2 diabetes")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from ...diagnostic import Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.spun_names import name_hits, name_openings
from ...text.spun_terms import (
    NAME_ZIPF,
    SpunHit,
    SpunTermIndex,
    abbreviation_hits,
    compound_hits,
    current_index,
    own_term_hits,
)
from ...text.word_classes import BARE_VERB, VERB_ONLY, VERB_S, classes
from ...text.word_frequency import is_rarer_than


class SpunTerm(Rule):
    """A known multiword term with one or two words swapped for a synonym ("kind 2 diabetes").

    Article spinners replace the words of fixed terms with thesaurus synonyms
    one at a time, so "type 2 diabetes" becomes "kind 2 diabetes", "heart
    attack" becomes "heart assault" and "Centers for Disease Control" becomes
    "Centers for Illness Control". No list can hold every such variant; this
    rule knows the terms instead (MedQuAD's focus terms and their synonyms,
    WordNet's multiword conditions and body parts, health agencies' names, the
    tortured-phrase screener's expected terms, and the two- and three-word
    collocations that clean health writing uses as fixed terms though no list
    names them: "risk factors", "lymph nodes", "vitamin B12", "body mass index",
    "blood glucose levels"; and, for the words the screener's pairs show a
    spinner swapping for a word foreign to health writing, any noun phrase of the
    reference that holds them: "chronic pancreatitis" -> "ceaseless
    pancreatitis", where only such a foreign word counts, since "persistent
    pancreatitis" is English) and the synonyms a thesaurus offers for
    their words (WordNet, with its rare synonyms that health writing never uses:
    "inveterate" for chronic, "peevish" for irritable; and the swaps the screener's list shows; a
    spelling or inflection variant is no swap: "sampling" for sample). Two words may stand for one term word where the screener's
    pairs write two for one ("supply route" for "artery": "coronary supply
    route disease"), the term's other words kept.
    A span is reported when it equals a known term with one word replaced by
    such a synonym (two in terms of four words or more; more when a
    replacement is foreign to health writing), the result is not
    itself a known term, and it does not occur in the clean reference text
    the tables were built against (MedQuAD's NIH and CDC answers and published
    sentences). Phrases in MT101's or MT103's lists are left to those rules. Inside condition terms, swaps to ordinary heads ("heart
    condition", "kidney problems": heads the reference writes after many words; not
    "sickness", which it keeps to "motion sickness" and a few more) are not reported, nor swaps to words health
    writers use often ("carcinoma", "symptoms"), except in bound terms: a name's
    term ("Parkinson's sickness") or one whose words the reference never writes
    apart ("ulcerative redness"), where WordNet's wider relations count too
    ("Alagille composite"), as they do at the tight words of any term (a word
    its neighbour demands or that demands it: "temperament pressure"); in fixed names
    and bound terms those relations may also be WordNet lemmas rarer than the word table
    ("nervous instrumentality") or the commonest words of health writing, the latter only where
    a kept word is written as a name, capitalised inside a sentence or a symbol with a digit
    ("Horner symptom", "SOX2 anophthalmia complex"; not "heart symptoms"). Inside agency names any swap is. Where the screener's pairs swap a word that heads many terms ("acid",
    "disease") for a word rare in health writing and in English at large
    ("corrosive", "malady"; not "remedy"), that word beside a technical word
    ("citric corrosive") is reported too; so is a two-word term with both
    words swapped when a replacement is foreign to health writing ("staunch
    cubicles" for stem cells);
    so is a spinner word beside any word of a term, the term known or not: a replacement the
    screener's pairs show for a term word that health writing all but never uses and English
    seldom does ("intercession" for intervention, "squander" for waste), in a pair the reference
    never writes and general English does not make common ("surgical intercession", "clinical
    squander"; not "we squander"), at info; and
    so is a health organisation's name with two or three of its words swapped, where one word is
    written as the spinner's two ("Nationwide Institutes of Well being", "American Coronary heart
    Affiliation", "Nationwide Most cancers Institute": a lower-case word inside a capitalised name, the
    name's own word or a synonym when joined) or two swaps are certain synonyms around a kept word
    (:mod:`medlint.text.spun_names`; real names of the same shape, "Baylor College of Medicine", are
    left); and
    so are the WordNet relations of a word that heads many terms named after a
    person or gene ("syndrome", "disease") right after a name written as one
    ("the Mabry complex", "ADNP complex"; not "Sotos want": no verbs).
    English outside health writing is not spun either. The reference never writes
    much ordinary English, so a swap whose words make a common pair of general
    English ("illicit drugs", "family physician", "financial aid"; SymSpell's list of
    the commonest English word pairs from Google Books, ``rules/data/general/``) is
    not reported; inside an agency's name it is reported at info ("Regulatory
    Authority" for "Regulatory Agency": a name misremembered as readily as spun).
    A replacement the sentence makes a verb is no swap in a noun term: one that can
    be a bare verb after a modal, an auxiliary or a relative pronoun ("can raise
    safety concerns" is not "fire safety", "processes that support cancer growth"
    not "stomach cancer"): the thesaurus gave a synonym of another part of speech
    ("to" is as often a preposition and says nothing). And a
    writer keeps to their own term where a spinner swaps each occurrence on its own:
    an unconfident variant the document writes three times or more, without the
    term itself or another variant of it ("amyloid pathology" throughout a report),
    is the writer's term and is not reported; names and bound terms are exempt
    ("Horner composite" six times is six errors). The other side of that test: a spinner
    draws anew at each occurrence and leaves some as they were, so the document itself is a
    reference for its own terms, whether or not a table knows them. Two words that the document
    also writes with one of them in the thesaurus's other reading ("kidney insolvency",
    "kidney omission", "kidney destiny" beside its own "kidney failure"), each form unattested,
    are reported at info when the swapped-in word is rarer in English than the word table
    ("bone inwardness" beside "bone marrow") or the document writes three different such forms
    of one pair with words health writing seldom uses; one or two wordings are a writer's
    ("lung carcinoma" beside "lung cancer"), and a form written as a name counts only beside the
    term itself (``medlint.text.spun_terms.own_term_hits``).
    An expansion written before an abbreviation in brackets is a term as well: where its
    words do not spell the abbreviation (Schwartz and Hearst's test) while an expansion the
    tables know does, and the written words keep or swap that expansion's one for one ("World
    Wellbeing Organization (WHO)", "cardiovascular infections (CVDs)"), the spinner rewrote the
    words and left the abbreviation; where the tables know no expansion, the initials of the
    written words that spell it once thesaurus words are put back count the same way ("North
    Atlantic Deal Association (NATO)"). Abbreviations: the definitions of the reference text and
    of the screener's expected terms, and the initials of the fixed names.
    A hyphenated compound is one word with two parts, and a spinner swaps a part as it swaps a
    term's word ("X-beam" for X-ray): a known compound (a word of the terms, or one the reference
    writes often) with one part swapped for a WordNet synonym the reference never writes in that
    slot is reported, at info unless the reference all but demands the part beside the kept one
    and the replacement is foreign to health writing; not a replacement health writing uses often
    ("gender-linked"), nor one that makes a common pair of general English.
    Names are not spun terms: a replacement capitalised inside a sentence
    ("University Health"), a fixed name inside a longer name ("the Curtis
    Institute of Music") and a head template beside a product name or a
    contraction ("Xtandi's price") are left alone (title-case headings
    excepted). The suggestion is the term; it is not applied automatically,
    since only the writer knows which term was meant.

    Severity, one principle: a warning when the clean reference all but
    demands the swapped-out word where it stood (the kept neighbours are
    followed or preceded by it at least half the time: "high blood force",
    "lymph knobs"; or the kept word demands it and the replacement is foreign
    to health writing), unless the replacement may be the writer's own
    choice: a word of health writing outside a bound term ("heart
    illness"), a looser thesaurus relation that is not foreign to health
    writing ("atopic eczema"), or an everyday English word (wordfreq Zipf 4 or
    more) where the term's other words are a term themselves ("health care" takes
    many heads) or where only the kept word's
    pull and the word's rarity in health writing speak for a spinner ("hospital
    fees"), or a word rarer than the word-frequency table outside a bound term (an old or
    technical synonym: "conjunctive tissue"); and in an agency's name. Info otherwise. A swap in a loose term ("cancer danger",
    "hearing assistance") may be the writer's choice, so the rule points and
    the editor decides. A spinner rewrites the whole page, so the page corroborates its own
    swaps: where it writes three different terms swapped, one of them confidently, its info
    findings are raised to warnings and say so ("persistent ailment" beside "kind 2 diabetes"
    and "blurred imaginative"; none of FakeHealth's 2,128 articles or MedQuAD's 14,909 answers
    holds such a page). On the 400 real health news stories of the FakeHealth
    sample it makes 15 findings, all info (one a true spun term, "prostate
    cancer danger"); the warnings come from spun text. Over all 2,128 FakeHealth
    articles it made 142 info findings and 3 warnings, nearly all false ("illicit
    drugs", "Medicines and Healthcare Products Regulatory Authority"); with the
    general-English, verb and consistency tests above, 103 info and no warning.
    Two words swapped as
    the screener's pairs show are not reported when both are words of health
    writing's own register ("frontal cortex", "lung malignancy").
    """

    code = "MT105"
    name = "spun-term"
    category = "translation"
    severity = Severity.WARNING
    source = (
        "Terms: MedQuAD focus terms and synonyms (Ben Abacha and Demner-Fushman 2019, CC BY 4.0; build "
        "side only), WordNet 3.0 multiword nouns (Princeton University), medlint's medical-terms.txt and "
        "rules/data/terms/organisations.yml (agency names from their own sites), the Problematic Paper "
        "Screener's expected terms (Cabanac, Labbé, Magazinov 2021), and the two- and three-word collocations of "
        "the build side's MedQuAD answers and clean sentences; synonyms: WordNet 3.0 and the "
        "screener's swaps; tables built by scripts/build_spun_terms.py, measured by benchmarks/spinning.py"
    )
    should_fire = (
        "Check your high blood force at every visit.",
        "Swollen lymph knobs can be a sign of infection.",
        "He was diagnosed with ulcerative redness last year.",
        "Call an ambulance if you think someone is having a heart onslaught.",
        "The Centers for Illness Control tracks outbreaks.",
        "Doctors harvested staunch cubicles from the donor.",
        "He was treated for coronary supply route disease.",
        "The ceaseless pancreatitis returned.",
        Example("Your body mass catalog is above 30.", note="a three-word collocation of the reference"),
        Example("He has inveterate kidney disease.", note="a rare WordNet synonym health writing never uses"),
        Example("<p>Early heart onslaught symptoms can be mild.</p>", format="html"),
        Example(
            "Ask the World Wellbeing Organization (WHO) first.",
            note="an expansion that does not spell its abbreviation",
        ),
        Example("Get a chest X-beam if the cough lasts.", note="a hyphenated compound with a part swapped"),
        Example("The ward cut hospital squander by half.", note="a spinner word beside a word of a term"),
        Example(
            "The American Coronary heart Affiliation advises it.",
            note="a name with two words swapped, one for the spinner's two",
        ),
    )
    should_not_fire = (
        "Check your high blood pressure at every visit.",
        "Call an ambulance if you think someone is having a heart attack.",
        "The Centers for Disease Control tracks outbreaks.",
        "Swollen lymph nodes can be a sign of infection.",
        Example("<p>Early heart attack symptoms can be mild.</p>", format="html"),
        Example("Bosom peril is rare in men.", note="in MT101's list: reported there, once"),
        Example(
            "Ask the World Health Organization (WHO) first.", note="the expansion spells the abbreviation"
        ),
        Example("Get a chest X-ray if the cough lasts.", note="the compound itself"),
        Example("A heart condition can make exercise harder.", note="a swap to an ordinary head word"),
        Example("She studied at the Curtis Institute of Music.", note="part of a longer name"),
        Example("He works at University Health Network.", note="a capitalised replacement: a name"),
        Example(
            "She studied at the Baylor College of Medicine.",
            note="a real name of a known name's shape, with no spinner's phrase in it",
        ),
        Example("An herbal remedy is not always safe.", note="an everyday English word: a writer's choice"),
        Example("The clinic treats addiction to illicit drugs.", note="a common pair of general English"),
        Example("Researchers can raise safety concerns.", note="a verb after a modal, not a term's word"),
        Example("We squander money on tests.", note="a spinner word with no word of a term beside it"),
        Example(
            "Doctors treat chronic pancreatitis and persistent pancreatitis.",
            note="a phrase of the reference named by no list: only a word foreign to health writing counts",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        return _corroborated(list(self._findings(doc)))

    def _findings(self, doc: Document) -> Iterable[Finding]:
        words = doc.words()
        if len(words) < 2:
            return
        index = current_index()
        lowers, word_index, word_set = _straight_apostrophes(doc)
        abbreviations = list(_abbreviations(doc, index))
        yield from abbreviations
        found = index.find(lowers, doc.joinable, word_index, words=word_set)
        # a variant the writer gives as a second name for the term once is their name for it throughout
        alternatives = {
            tuple(lowers[h.first : h.last + 1]) for h in found if _alternative_name(lowers, doc.joinable, h)
        }
        hits = [
            h
            for h in found
            if not _a_name(doc, h)
            and not _a_verb(doc, h)
            and tuple(lowers[h.first : h.last + 1]) not in alternatives
            and (not index.needs_name(h) or _name_kept(doc, h))
        ]
        kept = _inconsistent(lowers, hits)
        covered = {i for h in kept for i in range(h.first, h.last + 1)}
        named = list(_names(doc, index, covered))
        covered.update(i for f in named for i in doc.words_in(f.start, f.end))
        yield from named
        yield from _compounds(doc, index, covered)
        yield from _own_terms(doc, index, covered, abbreviations)
        for hit in kept:
            start, end = words[hit.first].start, words[hit.last].end
            match = doc.source[start:end]
            term = hit.term.text
            if hit.template:
                # the kept word as written ("ADNP", "Mabry"), the head in place of the replacement
                head, got = hit.swaps[0]
                term = " ".join(
                    head if lowers[i] == got else doc.prose[words.starts[i] : words.ends[i]]
                    for i in range(hit.first, hit.last + 1)
                )
            elif hit.last - hit.first + 1 == len(hit.term.words):
                term = _in_writers_case(
                    [doc.prose[words.starts[i] : words.ends[i]] for i in range(hit.first, hit.last + 1)],
                    hit.term.words,
                )
            elif match[:1].isupper() and hit.term.fixed:
                term = " ".join(
                    w[:1].upper() + w[1:] if w not in _LOWER_IN_NAMES else w for w in hit.term.words
                )
            elif match[:1].isupper():
                term = term[:1].upper() + term[1:]
            if "\u2019" in match:
                term = term.replace("'", "\u2019")  # the writer's apostrophe in the suggestion too
            swapped = ", ".join(f"“{got}” for “{want}”" for want, got in hit.swaps)
            yield Finding(
                start,
                end,
                f"“{match}” reads as the term “{term}” with {'words' if len(hit.swaps) > 1 else 'a word'} "
                f"swapped ({swapped}): "
                "spun or machine-translated wording",
                (term,),
                severity=None if hit.confident else Severity.INFO,
                data={
                    "term": hit.term.text,
                    "swaps": [list(s) for s in hit.swaps],
                    "confident": hit.confident,
                },
            )


def _straight_apostrophes(
    doc: Document,
) -> tuple[Sequence[str], Mapping[str, Sequence[int]], AbstractSet[str]]:
    """The document's lower-cased words, their index and their set, with the typographic apostrophe read as the
    tables write it: "Hashimoto’s illness" is the same swap as "Hashimoto's illness" (web pages set the
    possessive of a name's term with U+2019 at least as often as with a straight quote). A document without one
    is read as it is."""
    if not any("\u2019" in w for w in doc.word_set):
        return doc.lower_words, doc.word_index, doc.word_set
    lowers = [w.replace("\u2019", "'") if "\u2019" in w else w for w in doc.lower_words]
    positions: dict[str, list[int]] = {}
    for i, w in enumerate(lowers):
        positions.setdefault(w, []).append(i)
    return lowers, positions, frozenset(positions)


def _names(doc: Document, index: SpunTermIndex, covered: set[int]) -> Iterable[Finding]:
    """Health organisations' names with two or three words swapped, or one word written as the
    spinner's two (:func:`medlint.text.spun_names.name_hits`: "Nationwide Institutes of Well being",
    "American Coronary heart Affiliation"), outside the term matcher's hits."""
    words = doc.words()
    prose = doc.prose
    capitals = name_openings(prose, words.starts)
    if not capitals:
        return
    starts, ends = words.starts, words.ends
    for hit in name_hits(
        lambda i: prose[starts[i] : ends[i]], len(words), doc.joinable, index.synonyms, capitals
    ):
        if any(i in covered for i in range(hit.first, hit.last + 1)):
            continue
        start, end = words[hit.first].start, words[hit.last].end
        swapped = ", ".join(f"“{got}” for “{want}”" for want, got in hit.swaps)
        yield Finding(
            start,
            end,
            f"“{doc.source[start:end]}” reads as the name “{hit.name}” with "
            f"{'words' if len(hit.swaps) > 1 else 'a word'} swapped ({swapped}): spun or machine-translated wording",
            (hit.name,),
            data={"term": hit.name.lower(), "swaps": [list(s) for s in hit.swaps], "confident": True},
        )


#: how many different terms a document must write swapped, one of them confidently, before its
#: unconfident swaps count as the spinner's too
CORROBORATING_TERMS = 3


def _corroborated(found: list[Finding]) -> list[Finding]:
    """The findings, the info ones raised to the rule's warning where the document itself
    corroborates them: it writes ``CORROBORATING_TERMS`` different terms swapped, one at least
    confidently. An unconfident swap is info because one such phrase may be a writer's choice
    ("persistent ailment" for chronic disease); a spinner rewrites the whole page, so beside a
    certain swap of another term and a third term swapped, the same reading is the likeliest
    one ("kind 2 diabetes", "blurred imaginative", then "persistent ailment"). A term written
    swapped many times counts once: one writer's habit is one piece of evidence."""
    terms = {str(f.data.get("term", "")).lower() for f in found}
    if len(terms) < CORROBORATING_TERMS or not any(f.severity is None for f in found):
        return found
    others = len(terms) - 1
    return [
        f
        if f.severity is None
        else replace(
            f,
            severity=None,
            message=f"{f.message} (this document writes {others} other terms swapped, at least one of them certainly)",
            data={**f.data, "corroborated": True},
        )
        for f in found
    ]


def _own_terms(
    doc: Document, index: SpunTermIndex, covered: set[int], earlier: Sequence[Finding]
) -> Iterable[Finding]:
    """Two-word phrases the document writes in swapped forms, the document itself the reference
    (:func:`medlint.text.spun_terms.own_term_hits`: "kidney insolvency", "kidney omission" and
    "kidney destiny" beside the article's own "kidney failure"), outside the other hits' spans.
    Info: one writer's variation is another's spinner, so the forms are pointed at, never certain."""
    words = doc.words()
    for hit in own_term_hits(
        index,
        doc.lower_words,
        doc.joinable,
        doc.word_index,
        covered,
        name=lambda i: _capitalised_inside(doc, i) and not _title_case_line(doc, i),
    ):
        start, end = words[hit.first].start, words[hit.last].end
        if any(f.start < end and start < f.end for f in earlier):
            continue
        match = doc.source[start:end]
        written = [doc.prose[words.starts[i] : words.ends[i]] for i in range(hit.first, hit.last + 1)]
        term = _in_writers_case(written, hit.term)
        evidence = (
            "which this document writes elsewhere"
            if hit.intact
            else f"which this document writes in {hit.variants} different swapped forms"
        )
        yield Finding(
            start,
            end,
            f"“{match}” reads as “{term}”, {evidence}, with a word swapped (“{hit.got}” for “{hit.want}”): "
            "spun wording",
            (term,),
            severity=Severity.INFO,
            data={
                "term": " ".join(hit.term),
                "swaps": [[hit.want, hit.got]],
                "confident": False,
                "own": True,
                "variants": hit.variants,
            },
        )


def _compounds(doc: Document, index: SpunTermIndex, covered: set[int]) -> Iterable[Finding]:
    """Hyphenated compounds with one part swapped ("X-beam" for X-ray), outside the spans of the
    other hits. A swapped part capitalised inside a sentence ("X-Men") is a name's."""
    if not index.compounds:
        return
    words = doc.words()
    for hit in compound_hits(index, doc.word_index, doc.word_set):
        if hit.at in covered:
            continue
        start, end = words[hit.at].start, words[hit.at].end
        match = doc.source[start:end]
        first, _, last = match.partition("-")
        swapped_first = first.lower() == hit.got and last.lower() != hit.got
        written = first if swapped_first else last
        if written[:1].isupper() and _capitalised_inside(doc, hit.at) and not _title_case_line(doc, hit.at):
            continue
        want = hit.want[:1].upper() + hit.want[1:] if written[:1].isupper() else hit.want
        term = f"{want}-{last}" if swapped_first else f"{first}-{want}"
        yield Finding(
            start,
            end,
            f"“{match}” reads as the compound “{term}” with a part swapped (“{hit.got}” for “{hit.want}”): "
            "spun or machine-translated wording",
            (term,),
            severity=None if hit.confident else Severity.INFO,
            data={"term": hit.compound, "swaps": [[hit.want, hit.got]], "confident": hit.confident},
        )


def _abbreviations(doc: Document, index: SpunTermIndex) -> Iterable[Finding]:
    """Spun expansions before an abbreviation in brackets ("World Wellbeing Association (WHO)")."""
    words = doc.words()
    for hit in abbreviation_hits(index, doc.prose, doc.lower_words, words.starts, words.ends):
        start, end = words[hit.first].start, words[hit.last].end
        match = doc.source[start:end]
        term = " ".join(hit.expansion)
        if match[:1].isupper():
            term = " ".join(w[:1].upper() + w[1:] if w not in _LOWER_IN_NAMES else w for w in hit.expansion)
        yield Finding(
            start,
            end,
            f"“{match}” does not spell “{hit.abbreviation}”, whose expansion is “{term}”: "
            "spun or machine-translated wording",
            (term,),
            severity=None if hit.confident else Severity.INFO,
            data={
                "term": " ".join(hit.expansion),
                "abbreviation": hit.abbreviation,
                "confident": hit.confident,
            },
        )


_LOWER_IN_NAMES = frozenset("of and for the on in to".split())


def _in_writers_case(written: Sequence[str], term_words: Sequence[str]) -> str:
    """The term as the writer would have written it, word for word against the span.

    A word the span kept is given as written ("DCMA", "Mowat-Wilson", a heading's
    "Diabetes"); a term word standing where the span has a replacement takes the
    replacement's case: upper case for an upper-case word of two or more letters, a capital
    for a capitalised one, else the table's lower case. The term table holds lower-case
    words only, so capitalising its words one by one would write "Dcma syndrome".
    """
    out = []
    for said, want in zip(written, term_words, strict=True):
        if said.lower() == want:
            out.append(said)
        elif len(said) > 1 and said.isupper():
            out.append(want.upper())
        elif said[:1].isupper():
            out.append(want[:1].upper() + want[1:])
        else:
            out.append(want)
    return " ".join(out)


#: words after which a word that can be a bare verb is one: a modal or an auxiliary ("can raise
#: safety concerns"), a relative pronoun ("processes that support cancer growth"). Not "to", which
#: is as often a preposition ("a key contributor to block 2 diabetes" is a spinner's swap)
_BEFORE_A_VERB = frozenset(
    "can could may might must shall should will would cannot do does did that which who".split()
)
#: how many times one unconfident variant must be written, the term itself never, to be the writer's term
CONSISTENT_USES = 3


def _a_verb(doc: Document, hit: SpunHit) -> bool:
    """The span opens with its replacement, a word that can be a bare verb (``word-classes.tsv``),
    after a modal, an auxiliary or a relative pronoun ("can raise safety concerns", "shouldn't try
    medical therapy", "processes that support cancer growth"): the thesaurus gave a synonym of
    another part of speech ("support" for the noun "stomach") and the writer wrote a verb and a
    noun phrase, not a term. A word that cannot be a verb there is the subject of a question
    ("How might rheumy fever be treated?"), still reported. A replacement that is only ever a verb
    ("suffer" for the noun "stomach": "some people also suffer pain") is a verb wherever it stands."""
    i = hit.first
    lowers = doc.lower_words
    if any(got == lowers[i] and VERB_ONLY in classes(got) for _, got in hit.swaps):
        return True
    if _clause_verb_last(doc, hit):
        return True
    if i == 0 or not doc.joinable[i - 1] or lowers[i] not in {got for _, got in hit.swaps}:
        return False
    before = lowers[i - 1]
    return (before in _BEFORE_A_VERB or before.endswith(("n't", "n’t"))) and BARE_VERB in classes(lowers[i])


#: Words that join a term to another name for it ("atopic dermatitis or the atopic eczema", "also called")
_ALTERNATIVE_JOINS = frozenset("or also called known".split())


def _alternative_name(lowers: Sequence[str], joinable: Sequence[bool] | bytes, hit: SpunHit) -> bool:
    """The term itself stands just before the span, joined by "or" ("the atopic dermatitis or the atopic eczema",
    "dermatitis, also called eczema"): the writer gives a second name beside the first, which a spinner, swapping
    each occurrence on its own, does not write (s60)."""
    words = hit.term.words
    k = hit.first
    # skip "the", "a", "an" and the joining words back to the term's last word
    j = k - 1
    joined = False
    while j >= 0 and k - j <= 4 and joinable[j]:
        if lowers[j] in _ALTERNATIVE_JOINS:
            joined = True
        elif lowers[j] not in ("the", "a", "an", "as"):
            break
        j -= 1
    n = len(words)
    return joined and j - n + 1 >= 0 and tuple(lowers[j - n + 1 : j + 1]) == words


#: Words that open a clause whose subject may follow them ("Why the head hurts", "when the skin itches")
_CLAUSE_OPENERS = frozenset(
    "why how when where whenever if because that as until while though although since once unless".split()
)
#: Determiners and possessives that open the clause's subject
_SUBJECT_DETERMINERS = frozenset("the my your his her their its our".split())


def _clause_verb_last(doc: Document, hit: SpunHit) -> bool:
    """The span ends with its replacement, a verb's -s form, and is a clause's subject and verb: a word that opens a
    clause, then a determiner, then the span ("Why the head hurts": "hurts" for "injuries" in "head injuries"). A
    spinner's plural noun stands after a verb or a preposition ("spread to the lymph knots"), not after such an
    opener (s60)."""
    last, first = hit.last, hit.first
    lowers = doc.lower_words
    if not any(got == lowers[last] for _, got in hit.swaps) or VERB_S not in classes(lowers[last]):
        return False
    if first < 2 or not (doc.joinable[first - 1] and doc.joinable[first - 2]):
        return False
    return lowers[first - 1] in _SUBJECT_DETERMINERS and lowers[first - 2] in _CLAUSE_OPENERS


def _inconsistent(lowers: Sequence[str], hits: list[SpunHit]) -> list[SpunHit]:
    """The hits, less the unconfident ones whose variant the document writes the same way
    ``CONSISTENT_USES`` times or more while writing neither the term itself nor another variant
    of it ("amyloid pathology" throughout a report, never "amyloid angiopathy"): a spinner swaps
    each occurrence on its own ("Cowden complex", then "Cowden symptom"), a writer keeps to
    their term. Confident findings stay, and so do swaps in names and bound terms ("Horner
    composite" six times is six errors: a name's term is fixed however consistently it is
    misnamed)."""
    if len(hits) < CONSISTENT_USES:
        return hits
    variants: dict[str, Counter[str]] = {}
    for h in hits:
        # every hit counts as a variant of its term, a name template's too ("Lynch composite"
        # beside "Kill syndrome" three times: two readings of "Lynch syndrome", a spinner's)
        variants.setdefault(h.term.text, Counter())[" ".join(lowers[h.first : h.last + 1])] += 1
    consistent = {
        term: next(iter(seen))
        for term, seen in variants.items()
        if len(seen) == 1 and next(iter(seen.values())) >= CONSISTENT_USES
    }
    if not consistent:
        return hits
    text = f" {' '.join(lowers)} "
    consistent = {term: v for term, v in consistent.items() if f" {term} " not in text}
    return [
        h
        for h in hits
        if h.confident
        or h.template
        or h.term.bound
        or h.term.fixed
        or consistent.get(h.term.text) != " ".join(lowers[h.first : h.last + 1])
    ]


_BOUNDARY = frozenset(".!?:;\"“”‘’'()[]<>*#|\n")


def _capitalised_inside(doc: Document, i: int) -> bool:
    """Word ``i`` is capitalised and does not open a sentence, a line or a quotation: the
    mark of a name ("the Curtis Institute", "Xtandi")."""
    words = doc.words()
    if i < 0 or i >= len(words):
        return False
    start = words.starts[i]
    prose = doc.prose
    if not prose[start : start + 1].isupper():
        return False
    k = start - 1
    while k >= 0 and prose[k] in " \t":
        k -= 1
    return k >= 0 and prose[k] not in _BOUNDARY


def _title_case_line(doc: Document, i: int) -> bool:
    """Word ``i`` stands in a line whose longer words are nearly all capitalised (a heading
    in title case): there capitals say nothing of names."""
    words = doc.words()
    prose = doc.prose
    start = words.starts[i]
    a = prose.rfind("\n", 0, start) + 1
    b = prose.find("\n", start)
    text = prose[a : b if b != -1 else len(prose)].strip()
    if text.endswith((".", "?", "!", ",", ";")):
        return False  # a sentence, not a heading
    line = [w for w in text.split() if len(w) > 3]
    return len(line) >= 2 and sum(w[:1].isupper() for w in line) >= 0.8 * len(line)


def _written_as_a_name(doc: Document, hit: SpunHit) -> bool:
    """A name template's first word is written as a name ("the Mabry complex", "ADNP
    complex"): capitalised inside a sentence, or a symbol with capitals or digits after its
    first letter anywhere; a name's possessive at most ("Bartter's"), no other contraction
    ("We'll need"), no number ("49 want"); and the replacement is not itself capitalised
    inside a sentence, as in a product's or a score's name ("Total IBS Symptom Score")."""
    words = doc.words()
    first = doc.prose[words.starts[hit.first] : words.ends[hit.first]]
    if not first[:1].isalpha() or (("'" in first or "’" in first) and not first.endswith(("'s", "’s"))):
        return False
    symbol = any(c.isupper() or c.isdigit() for c in first[1:])
    if not (symbol or _capitalised_inside(doc, hit.first)):
        return False
    return not _capitalised_inside(doc, hit.last) or _title_case_line(doc, hit.first)


def _name_kept(doc: Document, hit: SpunHit) -> bool:
    """A kept word of the span is written as a name: capitalised inside a sentence ("Horner";
    at a sentence's opening a capital says nothing, and a rare word there may be a technical one,
    "Vasomotor"), with a capital after its first letter ("McLeod", "Mowat-Wilson"), a symbol
    holding a digit ("SOX2", "22q13.3"), or anywhere an
    abbreviation in capitals that English seldom writes (rarer than ``NAME_ZIPF``: "DCMA", "EEC";
    not "OTC"). A swap that counts only in a name's term (``SpunTermIndex.named``: "Horner
    symptom") needs one: "heart symptoms" is English."""
    words = doc.words()
    swapped = {got for _, got in hit.swaps}
    for i in range(hit.first, hit.last + 1):
        if doc.lower_words[i] in swapped:
            continue
        written = doc.prose[words.starts[i] : words.ends[i]]
        if any(c.isdigit() for c in written) and any(c.isalpha() for c in written):
            return True
        if len(written) > 1 and written.isupper():
            if is_rarer_than(doc.lower_words[i], NAME_ZIPF):
                return True
        elif any(c.isupper() for c in written[1:]) or _capitalised_inside(doc, i):
            return True  # a capital after the first letter is a name's anywhere ("Mowat-Wilson")
    return False


def _a_name(doc: Document, hit: SpunHit) -> bool:
    """The span is part of a name, not a spun term: a replacement capitalised inside a
    sentence ("University Health", "Symbiosis Gathering", "T. Rowe Price"), a head
    template's neighbour that is a name or a contraction ("Xtandi's price", "I'm stupid"),
    or a fixed name with a capitalised word right before or after it ("the Curtis Institute
    of Music": a different institute). Title-case headings are exempt."""
    words = doc.words()
    lowers = doc.lower_words
    if hit.after_name:
        return not _written_as_a_name(doc, hit)
    inside = [i for i in range(hit.first, hit.last + 1) if _capitalised_inside(doc, i)]
    outside = [i for i in (hit.first - 1, hit.last + 1) if _capitalised_inside(doc, i)]
    if not inside and not outside:
        if hit.template:
            other = lowers[hit.first] if lowers[hit.last] == hit.swaps[0][1] else lowers[hit.last]
            return not other.replace("-", "").isalpha()
        return False
    if _title_case_line(doc, hit.first):
        return False
    swapped = {got for _, got in hit.swaps}
    if hit.term.fixed:
        return bool(outside) and any(lowers[i] not in _LOWER_IN_NAMES for i in outside)
    if hit.template:
        return bool(inside)
    del words
    return any(lowers[i] in swapped for i in inside)
