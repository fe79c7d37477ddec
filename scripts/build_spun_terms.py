"""Build the MT105 (spun-term) tables under rules/data/terms/.

Inputs (build side only, see scripts/data_splits.py):

- terms: MedQuAD's ``focus`` and ``synonyms`` of the documents that are not held
  out (MedQuAD, Ben Abacha and Demner-Fushman 2019, CC BY 4.0; terms of 2 to 6
  words, lower-cased, without those holding punctuation), rules/data/medical-terms.txt,
  the organisation names of rules/data/terms/organisations.yml (fixed names),
  WordNet 3.0's multiword nouns of the body, state (conditions) and process
  files, and the expected terms of the Problematic Paper Screener's list
  (Cabanac, Labbé, Magazinov 2021; abbreviations and notes in brackets dropped)
  except the pairs of ``--exclude-fold``;
- synonyms: for every word of those terms, the other lemmas of its WordNet
  synsets and the lemmas of the direct hypernym of its first noun sense when it has three or more names
  ("type" -> kind, sort; "disease" -> illness, malady), plurals carried over;
  and the word swaps the screener's pairs show ("cancer" -> peril), except
  the pairs of a held-out fold. Head templates: where the screener swaps a
  word that heads at least five terms ("acid" -> corrosive, "disease" ->
  malady) for a word foreign to health writing, that word next to a
  technical word ("citric corrosive") stands for the head. A replacement must be a word of
  rules/data/word-frequencies.tsv (Zipf 2.5 or more), unless the screener's pairs show the
  swap ("insusceptible" for "immune") or it is a WordNet synonym that the build side's
  MedQuAD answers never use (``unused_word``: "peevish" for irritable, "inveterate" for
  chronic; not "ultrasonography"), and not a function word. A word rarer than that table
  counts as Zipf ``RARE_ZIPF`` in English at large, so it is of health writing's register
  only when the answers use it (before, every rare word was, and a rare screener swap was
  counted only inside names). A word of ``LEGITIMATE_HEADS`` is an ordinary head (a
  writer's choice, counted only inside names and bound terms) only where the reference
  writes it after at least ``MIN_HEAD_MODIFIERS`` different words (``ordinary_heads``):
  "sickness" follows seven ("motion", "morning"), so "kidney sickness" is a swap.
  WordNet 3.0 (Princeton University, WordNet licence: free use with the
  copyright notice kept) is read from Debian's ``wordnet-base`` package
  (``apt-get install wordnet-base``, files in /usr/share/wordnet);
- attested variants: every match of the matcher in the terms themselves (a
  known term is never an error), in the MedQuAD answers of the build side and
  in the build half of ../shared/data/clean_sentences.tsv.

    python scripts/build_spun_terms.py                    # write rules/data/terms/spun-*.tsv
    python scripts/build_spun_terms.py --wordnet DIR      # WordNet dict folder elsewhere
    python scripts/build_spun_terms.py --no-collocations  # terms from the lists only

Collocations: two-word noun phrases of the reference text (the same build side) that hold
together are terms too, though no list names them ("risk factors", "lymph nodes"): counted
over distinct sentences and distinct contexts (templates shared by thousands of pages count
once), at least ``MIN_COLLOCATION`` times, pointwise mutual information at least ``MIN_PMI``
bits, one word predicting the other at least ``MIN_PREDICT`` of the time, health wording
(one word far commoner in health writing than in English at large), and not a free
combination: no WordNet synonym of either word stands in its place in the reference ("small
amounts" / "small quantities"; Lin 1999's substitution test).

Spinner phrases (``SPUN_REFERENCE_PHRASES``): where the screener's pairs (build side) swap a
word of health writing's register for one foreign to it ("chronic" -> ceaseless, "medical" ->
restorative, "transplant" -> relocation), every noun phrase of health wording in the reference
that holds that word (``spinner_targets``: two words, both of health writing's register, seen
in at least ``MIN_SPUN_PHRASE`` distinct contexts) is a term too, marked ``?``: there only the
screener's own swaps to a foreign word count (``spun-swaps.tsv``: "ceaseless pancreatitis";
"persistent pancreatitis" is English). Measured with the generic detectors on the five held-out
screener folds, MT105 on the held-out clean sentences and 800 held-out MedQuAD answers, and
MT105's info findings on FakeHealth (the 400-story sample and the three held-out rounds of 200):
279/1,010 pairs instead of 271, 0.167 instead of 0.161 info findings per 1,000 clean words, 0.028
either way on MedQuAD, 4 new info findings on the news (all ordinary English: "disease
sufferers" twice, "restorative procedures", "cause inconvenience"). Tried on the way: the phrases open to any thesaurus
swap, 313/1,010 for 1.44 and 0.37 per 1,000 ("usual cause", "modest amount"); to any foreign
replacement, 290/1,010 for 0.207 and 0.028, and 8 new info findings on the news; with the
screener's swaps only but any phrase shape, 283/1,010 ("older folks", "several highlights").
Open words (``open_words``): where a term's other words are a known term themselves ("health
care" in "health care provider"), an everyday English word in place of its last or first word
is a writer's choice, never a confident finding (``medlint.text.spun_terms.EVERYDAY_ZIPF``).

Bound terms: a term that starts with a name ("Alagille syndrome"; a word the reference
capitalises inside sentences and English rarely uses) or whose last word follows from the
others at least ``BOUND_PREDICT`` of the time ("ulcerative colitis") is bound: swaps to
ordinary heads ("Parkinson's sickness"), the wider thesaurus relations of WordNet (hypernyms
of every sense, similar adjectives: "Alagille composite") and, with a word foreign to health
writing, both words swapped ("insusceptible framework") are reported there. Both words of any
two-word term may be swapped when a replacement is foreign to health writing ("antagonistic
assaults"): a rare word in place of a term word is a spinner's mark, bound term or not.

Tried and left out (benchmarks/spinning.py's screener measure, five folds; MT105 info findings
on the held-out clean sentences): every lower-case multiword noun of WordNet's other technical
lexicographer files (act, artifact, attribute, cognition, communication, event, phenomenon,
quantity, relation, shape, substance; 19,800 more terms, whether or not the reference uses them)
found 267/1,010 pairs instead of 262, for 2.3 times the table bytes and 0.63 instead of 0.13 info
findings per 1,000 clean words: few of the missed pairs' terms are WordNet lemmas (about 20 of
the 213 whose term no source holds), and the ones that are make a spun phrase a known term
("malignant growth"). WordNet's wider relations as synonyms everywhere (not only at tight
words): 268/1,010 for 0.20 instead of 0.13 (both runs with the earlier settings: head templates
from ten terms, both words swapped in bound terms only). With the present settings (280/1,010
at 0.22 per 1,000), the expected terms of the screener's whole list (not only the biomedical
subset; 4,000 more terms of engineering and computing papers) found 281/1,010 (0.38 per
1,000) as terms alone, and 312/1,010 (0.67 per 1,000: "reduce matrix" for "reduce reliance")
when they also fed head templates and two-word swaps, for 2.2 times the table bytes.

Two words for one term word ("bone malignant growth" for "bone cancer", "coronary supply route
disease"): where a screener pair of the build side writes two words for one word of its expected
term and keeps the others (``phrase_swaps``), the two words stand for that word in any term.
Tried and left out, measured with MT105 alone on the five held-out screener folds (pairs found of
1,010) and its findings on the 400-article FakeHealth sample plus the other HealthStory articles
(about 1,600 in all) and the held-out clean sentences, against the builder without two-word
replacements (266 pairs; 122 and 29 findings; with them, and inflected participle synonyms,
270, 122 and 29): the verb synonyms of a participle before a noun in a term, inflected alike
("blurred" -> obscured, "ascending" -> rising): on the screener folds and the spun MedQuAD
answers nothing more (266 and 736/2,002 either way) and one new info finding on the held-out
MedQuAD answers, a fine phrase ("Laterally curved eyebrow"), so the code was removed; WordNet's two-word
lemmas as replacements too ("put on" for gain, "manic depressive" for bipolar): no pair more,
3 findings more, all fine English; verb synonyms inflected for every inflected term word, not only participles
before a noun: 267, 128 and 29 ("learning problems" for hearing problems, "skin checks"); a
two-word term with both words swapped for WordNet synonyms, no word foreign to health writing:
267, 131 and 31; the same only in terms whose both words are demanded or cohesive: 266, 122 and
30; the Human Phenotype Ontology's sign lists in the MedQuAD answers (GARD pages, a sign listed
for at least three conditions: "blurred vision", "increased thirst") as terms: 267, 129 and 29,
every new finding fine English ("recent onset", "gastrointestinal bleed", "poor language"); any
list item of the answers seen in three documents: 268, 155 and 32 ("other trials" for other
tests, "kidney troubles").

Rare synonyms and ordinary heads (spin8), measured on the five held-out screener folds (pairs
found of 1,010, findings at info+), the held-out MedQuAD answers and clean sentences (warnings
per 1,000 words) and MT105's findings on FakeHealth (every kept article), the ReCOVery and
HealthFC dev halves: 278 -> 301 pairs, 0.015 and 0.184 either way, one new info finding on
the news ("possible harmfulness", HealthFC dev: English, a false alarm). Tried on the way and
left out: the reference's noun phrases holding any word the screener swaps, open to every
replacement its pairs show for the word (not only foreign ones), 292 instead of 278 for 55 more
info findings in the 400-story FakeHealth sample ("huge number", "scientific journal",
"hazard ratio"); WordNet's relations of a tight word's relations where foreign to health
writing, 306 instead of 301 for 9 new findings on the news, 4 of them warnings ("telltale
signs", "grueling exercise") and twice the replacement words; rare wider relations at tight
words, 301 either way for 1,300 more replacement words.

Three-word collocations and symbols (spin9; ``reference_triples``, ``_collocation_word``),
measured as above: 301 -> 302 pairs ("nutrient B12"), spun MedQuAD 873 -> 886 of 2,002 (the 11
new findings elsewhere in the spun text all spinner swaps: "humour glucose levels"), warnings on
the held-out MedQuAD answers and clean sentences unchanged, MT105 on FakeHealth (every kept article)
and the ReCOVery dev half unchanged, one info finding fewer on the HealthFC dev half ("passive
smoke": spelling variants by stem in ``medlint.text.spun_terms.spelling_variant``). The source is
bounded by the reference, not by the filters: of the 125 missed dev-fold pairs (folds 0 and 1)
that keep a word, 71 keep one beside which the reference never writes the expected word. Tried on
the way and left out (dev folds 0 and 1, 120 pairs before; MT105 at info+ on the held-out clean
sentences, 29 findings before, and on the news): two-word collocations without ``MIN_PREDICT``,
125 pairs for 62 clean findings ("additional data", "high degrees"); noun compounds (first word
a noun with no adjective sense) at a predict of 0.1, no pair more for 5 new info findings on the
news ("risk evaluation", "memory diseases"); a symbol as the first word of a collocation, a
warning on HealthFC dev ("Covid-19 sufferers"); spelling variants left out of Lin's substitution
test, 50 more collocations and no pair more, but "blurred vision" became a term and "hazy vision"
(English) a warning on a held-out MedQuAD answer.

A symbol of two characters ends a collocation too (spin17, ``_symbol``: "vitamin b6" was cut by the
length filter meant for short words while "vitamin b12" passed): development folds 139 -> 141 of 423
together with MT105's two swaps in order (docs/benchmarks.md, spinning).

Abbreviations (spin13; ``abbreviation_table``, ``spun-abbreviations.tsv``): the definitions
"expansion (ABBR)" of the reference text and of the screener's build-side expected terms whose
words spell the abbreviation (Schwartz and Hearst 2003), and the initials of the fixed names; MT105
reports a known expansion's words rewritten before the abbreviation ("World Wellbeing Association
(WHO)"). Measured in docs/benchmarks.md (spinning): 301 -> 311 of 1,010 held-out pairs.

Hyphenated compounds (spin14; ``compound_variants``, ``spun-compounds.tsv``): a compound is one
token, so the word matcher never saw "X-beam" as "X-ray" with a part swapped. The compounds are
the hyphenated words of the terms and those the reference writes in at least ``MIN_COLLOCATION``
distinct contexts; each part is swapped for its WordNet synonyms under the gates of the word
synonyms, and a part whose slot the reference fills with any synonym is left alone (Lin's test).
Measured in docs/benchmarks.md (spinning): development folds 126 -> 130 of 423 (the four "X-beam"
pairs). Tried and left out on the development folds: every two-word noun phrase of health
wording in the reference seen three times (``spinner_targets`` without its screener-swap filter),
open to the WordNet synonyms and wider relations of its words that are foreign to health
writing: one pair more (130 -> 131, "interstitial lung contaminations"); too little for a
larger open class of phrases, whose cost on real text the earlier trials above show.

Spinner words (spin15; ``spinner_word_table``, ``spun-spinner-words.tsv``): a replacement the
screener's build-side pairs show for a term word, in no term and rare both in health writing and in
English at large ("intercession", "squander"), beside any word of a term in a pair the reference never
writes, stands for that word whatever the term ("surgical intercession"). Measured in
docs/benchmarks.md (spinning): development folds 130 -> 139 of 423. Tried and left out there: English
Zipf below 3.5 (+20 development pairs for 33 findings on 400 FakeHealth stories: "allergy sufferers"),
WordNet's foreign synonyms too (+5 to +9 for 34 to 154), the restored pair required in the reference
(at most +3).

``build_tables`` is also called by benchmarks/spinning.py with a screener fold
left out, so that no held-out pair reaches any table the benchmark measures.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import functools
import itertools
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from data_splits import clean_sentence_is_heldout, medquad_is_heldout, screener_fold  # noqa: E402

from medlint.text.general_bigrams import common_pair  # noqa: E402
from medlint.text.spun_terms import (  # noqa: E402
    LEGITIMATE_HEADS,
    InMemoryTerms,
    SpunTermIndex,
    Term,
    long_form,
    spelling_variant,
)
from medlint.text.tokens import WORD_RE  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "rules" / "data" / "terms"
WORDNET = Path("/usr/share/wordnet")

#: WordNet synsets (by a lemma) whose descendants are healthcare roles and places.
HEALTHCARE_ANCESTORS = frozenset(
    "health_professional medical_practitioner medical_building medical_institution hospital_room".split()
)
#: WordNet lexicographer files whose multiword nouns are medical terms.
WN_TERM_FILES = {8: "noun.body", 22: "noun.process", 26: "noun.state"}
MIN_WORDS, MAX_WORDS = 2, 6
HEALTH_REGISTER = 0.5
MIN_COLLOCATION = 5
MIN_PMI = 5.0
MIN_PREDICT = 0.2
#: symbols of letters and digits ("b12", "covid-19") may be the words of a collocation ("vitamin b12")
SYMBOL_WORDS = True
#: three-word collocations of the reference (``reference_triples``: "body mass index")
COLLOCATION_TRIPLES = True
#: a three-word collocation holds together: the reference writes it at least this share of the times
#: it writes either of its two-word parts
TRIPLE_HOLD = 0.5
#: ... or at least ``TRIPLE_HOLD`` of the times it writes one part and this share of the other, when
#: its first word is a noun (a noun compound: "blood glucose levels", where "blood glucose" takes
#: other heads too: meter, test); an adjective there modifies freely ("poor muscle tone",
#: "abnormal eye movements")
TRIPLE_LOOSE_HOLD = 0.2
BOUND_PREDICT = 0.8
STRONG_PREDICT = 0.5
MAX_COLLOCATION_ZIPF = 6.0
FOREIGN_ZIPF = 3.0
#: the English Zipf frequency taken for a word the shipped word-frequency table leaves out (below
#: its floor of 2.5): "insusceptible", "peevish" are then no words of health writing's register,
#: while a rare word the MedQuAD answers use ("ultrasonography") is
RARE_ZIPF = 2.0
#: WordNet synonyms the word-frequency table leaves out (rarer than Zipf 2.5) that the reference never
#: uses are replacements too (``unused_word``): a spinner's thesaurus offers them ("peevish" for
#: irritable, "inveterate" for chronic), a writer rarely picks them
RARE_SYNONYMS = True
#: a word of ``LEGITIMATE_HEADS`` is an ordinary head when the reference writes it after this
#: many different words (``ordinary_heads``)
MIN_HEAD_MODIFIERS = 20
NAME_CAPITALISED = 0.9
NAME_MAX_ZIPF = 4.0
#: a screener swap of a word that heads this many listed terms stands for it beside a technical
#: word, when the swap is rare both in health writing and in English at large (``HEAD_TEMPLATE_ZIPF``).
#: Measured on the five held-out screener folds (with both-word swaps in any two-word term) and
#: MT105's info findings on the held-out clean sentences and the 400 FakeHealth stories: 10 and
#: health writing only (before): 265/1,010, 0.14 per 1,000, 18 stories' findings; 5 and health
#: writing only: 280/1,010, 0.22 per 1,000, 32 (14 new, all everyday words: "herbal remedy",
#: "latest health"); 5 and both: 270/1,010, 0.14 per 1,000, the same 18; 3: 288/1,010, 0.29
#: per 1,000 (health writing only)
MIN_HEAD_TEMPLATE_TERMS = 5
#: a word's thesaurus relations stand for it right after a name when it heads this many
#: name terms ("Alagille syndrome"); lower, digit-bearing symbols read as names ("p53 status")
MIN_NAME_TEMPLATE_TERMS = 10
HEAD_TEMPLATE_ZIPF = 3.5
TERM_MODIFIERS = True
#: two words for one term word, as the screener's pairs show ("bone malignant growth")
PHRASE_SWAPS = True
#: ... and as WordNet's two-word lemmas give them
WORDNET_PHRASES = False
MAX_REPLACEMENT_ZIPF = 5.3
#: inside a fixed name or a bound term (a name's term: "Horner syndrome", "AMACR deficiency") a
#: thesaurus spinner swaps a word for whatever its thesaurus offers, the commonest words of health
#: writing ("Horner symptom", "Horner complex", "AMACR lack") and WordNet lemmas rarer than the
#: word-frequency table ("nervous instrumentality", "Carney mazy") too: those count there as the
#: word's wider relations (``narrow``), never at the tight words of other terms. The commonest ones
#: count only where a kept word of the span is written as a name (``Tables.named``, MT105's
#: ``_name_kept``): "heart symptoms", "OTC drugs" and "tumor genes" are English, though "heart
#: murmurs", "OTC medicines" and "tumor suppressors" are bound terms
NAME_WORD_ANY_ZIPF = True
#: abbreviations with their expansions (``abbreviation_table``): a spun expansion before one
ABBREVIATIONS = True
#: reference phrases that hold a word the spinner swaps are terms too (``spinner_targets``)
SPUN_REFERENCE_PHRASES = True
MIN_SPUN_PHRASE = 3
#: hyphenated compounds with one part swapped for a thesaurus synonym ("X-beam" for X-ray,
#: "RNA-subordinate" for RNA-dependent): ``compound_variants``
COMPOUNDS = True
#: ... whose replacement part health writing uses less than this (Zipf in the build side's MedQuAD
#: answers): one it uses often is a writer's choice ("gender-linked" for sex-linked)
COMPOUND_MAX_HEALTH_ZIPF = 4.0
#: spinner words (``spun-spinner-words.tsv``): a replacement the screener's pairs show for a term
#: word, foreign to health writing and rarer than this in English at large (wordfreq Zipf:
#: "intercession", "squander", "entrails"; not "sufferers" or "fleeting"), stands for that word
#: beside any word of a term, the pair never written in the reference ("surgical intercession",
#: "clinical squander"): the term itself need not be known
SPINNER_WORDS = True
SPINNER_WORD_ZIPF = 3.0
FUNCTION_WORDS = frozenset(
    "a an the of and or in on to for with by from as at is are was were be been this that these those it "
    "its their our your his her they we you he she not no can may will would should could than then also "
    "into over under about after before between during without within per via de la le du del von van "
    "i ii iii iv v vi".split()
)
_PUNCT = re.compile(r"[,:;()\[\]/?]")
_NOTE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\?")


def words(text: str) -> list[str]:
    return [m.group().lower() for m in WORD_RE.finditer(text)]


# -- WordNet -------------------------------------------------------------------------------------


@dataclass
class WordNet:
    """The parts of WordNet's dict files the builder needs (no nltk: its path guard refuses
    /usr/share/wordnet)."""

    lemmas: dict[tuple[str, str], tuple[int, list[str], list[tuple[str, str, str]]]]
    index: dict[str, list[tuple[str, str]]]

    @classmethod
    def read(cls, folder: Path) -> WordNet:
        lemmas: dict[tuple[str, str], tuple[int, list[str], list[tuple[str, str, str]]]] = {}
        index: dict[str, list[tuple[str, str]]] = {}
        for name, pos in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
            for line in (folder / f"data.{name}").open(encoding="latin-1"):
                if line.startswith("  "):
                    continue
                f = line.split(" ")
                n = int(f[3], 16)
                names = [f[4 + 2 * i].split("(")[0] for i in range(n)]
                k = 4 + 2 * n
                ptrs = []
                for j in range(int(f[k])):
                    sym, off, pp = f[k + 1 + 4 * j], f[k + 2 + 4 * j], f[k + 3 + 4 * j]
                    ptrs.append((sym, "a" if pp == "s" else pp, off))
                lemmas[(pos, f[0])] = (int(f[1]), names, ptrs)
            for line in (folder / f"index.{name}").open(encoding="latin-1"):
                if line.startswith("  "):
                    continue
                f = line.split()
                count = int(f[2])
                index.setdefault(f[0], []).extend((pos, off) for off in f[-count:])
        return cls(lemmas, index)

    def synonyms(self, word: str) -> set[str]:
        """Other lemmas of the word's synsets, and of the direct hypernym of its first noun sense."""
        out: set[str] = set()
        senses = self.index.get(word, [])
        for key in senses:
            out.update(n.lower() for n in self.lemmas[key][1])
        for key in [s for s in senses if s[0] == "n"][:1]:
            for sym, pos, off in self.lemmas[key][2]:
                # a hypernym with several names is a thesaurus entry ("kind, sort, form, variety";
                # "illness, malady, sickness"); a lone one is a category a writer names on purpose
                # ("chamber" for atrium, "sound" for murmur)
                if sym in ("@", "@i") and len(self.lemmas[(pos, off)][1]) >= 3:
                    out.update(n.lower() for n in self.lemmas[(pos, off)][1])
        out.discard(word)
        return {w for w in out if "_" not in w}

    def related(self, word: str) -> set[str]:
        """A thesaurus's wider net: the lemmas of every sense, of every sense's hypernyms
        (however few names they have: "complex, composite" for "syndrome"), and of the
        similar and see-also adjectives: the "generic" and "similar" terms a spinner's
        thesaurus offers."""
        out: set[str] = set()
        for key in self.index.get(word, []):
            out.update(n.lower() for n in self.lemmas[key][1])
            for sym, pos, off in self.lemmas[key][2]:
                if sym in ("@", "@i", "&", "^"):
                    out.update(n.lower() for n in self.lemmas[(pos, off)][1])
        out.discard(word)
        return {w for w in out if "_" not in w}

    def healthcare_terms(self) -> Iterable[str]:
        """Multiword names of healthcare roles and places: nouns whose hypernyms reach one of
        ``HEALTHCARE_ANCESTORS`` ("nurse practitioner", "emergency room", "nursing home")."""
        anchors = {
            key
            for key, (_, names, _) in self.lemmas.items()
            if key[0] == "n" and set(names) & HEALTHCARE_ANCESTORS
        }
        memo: dict[tuple[str, str], bool] = {}

        def reaches(key: tuple[str, str], depth: int = 0) -> bool:
            if key in anchors:
                return True
            if depth > 12:
                return False
            got = memo.get(key)
            if got is None:
                got = memo[key] = any(
                    reaches((pos, off), depth + 1)
                    for sym, pos, off in self.lemmas[key][2]
                    if sym in ("@", "@i")
                )
            return got

        for key, (_, names, _) in self.lemmas.items():
            if key[0] == "n" and any("_" in n for n in names) and reaches(key):
                for n in names:
                    if "_" in n and n.islower():  # not the people WordNet lists ("Florence Nightingale")
                        yield n.replace("_", " ")

    def multiword_terms(self) -> Iterable[str]:
        for (pos, _), (lex, names, _) in self.lemmas.items():
            if pos == "n" and lex in WN_TERM_FILES:
                for n in names:
                    if "_" in n:
                        yield n.replace("_", " ")


def singulars(word: str) -> list[str]:
    if word.endswith("ies") and len(word) > 4:
        return [word[:-3] + "y"]
    if word.endswith("es") and len(word) > 4:
        return [word[:-2], word[:-1]]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return [word[:-1]]
    return []


def plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


# -- inputs --------------------------------------------------------------------------------------


def clean_term(text: str) -> tuple[str, ...] | None:
    if _PUNCT.search(text):
        return None
    ws = tuple(words(text))
    if not MIN_WORDS <= len(ws) <= MAX_WORDS or ws[0] in FUNCTION_WORDS or ws[-1] in FUNCTION_WORDS:
        return None
    return ws


def medquad_docs() -> Iterable[dict]:  # type: ignore[type-arg]
    with (DATA / "medquad" / "medquad.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if not medquad_is_heldout(str(doc.get("id") or "")):  # one document has no id: held out
                yield doc


def screener_pairs(exclude_fold: int | None, *, biomedical: bool = False) -> list[tuple[str, str]]:
    """(tortured, expected) phrase pairs of the full list (or its biomedical subset), without the
    held-out fold's biomedical pairs (matched by tortured phrase: the subset is part of the list)."""
    held: set[str] = set()
    if exclude_fold is not None:
        for r in csv.DictReader(
            (DATA / "tortured_phrases_biomedical.tsv").open(encoding="utf-8"), delimiter="\t"
        ):
            if screener_fold(r["tortured"]) == exclude_fold:
                held.add(" ".join(words(r["tortured"])))
    out = []
    name = "tortured_phrases_biomedical.tsv" if biomedical else "tortured_phrases_meta.tsv"
    for r in csv.DictReader((DATA / name).open(encoding="utf-8"), delimiter="\t"):
        if r["match_kind"] != "phrase" or " ".join(words(r["tortured"])) in held:
            continue
        out.append((r["tortured"], r["expected"]))
    return out


def organisation_names() -> list[str]:
    import yaml

    spec = yaml.safe_load((OUT / "organisations.yml").read_text(encoding="utf-8"))
    return [n for g in spec["groups"] for n in g["names"]]


@functools.cache
def common_words() -> dict[str, float]:
    """wordfreq's English Zipf frequencies of the shipped table (Zipf 2.5 and more)."""
    rows = (ROOT / "rules" / "data" / "word-frequencies.tsv").read_text(encoding="utf-8").splitlines()
    return {r.split("\t")[0]: float(r.split("\t")[1]) for r in rows if r and not r.startswith("#")}


def reference_texts() -> Iterable[str]:
    """MedQuAD answers of the build side and the build half of the clean sentences."""
    for doc in medquad_docs():
        for qa in doc["qa"]:
            yield qa["answer"]
    rows = csv.DictReader((DATA / "clean_sentences.tsv").open(encoding="utf-8"), delimiter="\t")
    for i, r in enumerate(rows):
        if not clean_sentence_is_heldout(i):
            yield r["sentence"]


# -- abbreviations -------------------------------------------------------------------------------

_DEFINITION = re.compile(r"([^()\[\].;:!?]+?)\s+\(([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)")
#: an abbreviation's expansion must be named this many times (distinct sentences) in the reference
MIN_DEFINITIONS = 1


def definitions(text: str) -> Iterable[tuple[str, tuple[str, ...]]]:
    """(abbreviation, expansion) for every "expansion (ABBR)" of a text whose words spell the
    abbreviation (Schwartz and Hearst's test, :func:`medlint.text.spun_terms.long_form`), of
    at most ``min(len + 5, 2 * len)`` words as their algorithm takes them."""
    for m in _DEFINITION.finditer(text):
        short = m.group(2)
        key = short.lower()
        if key.endswith("s") and short[-1] == "s":
            key = key[:-1]
        ws = words(m.group(1))
        n = min(len(key) + 5, 2 * len(key))
        ws = ws[-n:]
        at = long_form(key, ws)
        if at is None:
            continue
        exp = tuple(ws[at:])
        if (
            MIN_WORDS <= len(exp) <= MAX_WORDS
            and exp[0] not in FUNCTION_WORDS
            and all(w.isalpha() for w in exp)
        ):
            yield key, exp


def _initials(ws: tuple[str, ...]) -> str:
    return "".join(w[0] for w in ws if w not in FUNCTION_WORDS)


def abbreviation_table(
    terms: dict[tuple[str, ...], bool], exclude_fold: int | None
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Abbreviations and their expansions, for MT105's test of a spun expansion before an
    abbreviation in brackets: the definitions of the reference text (build side) and of the
    screener's expected terms (build-side pairs: "magnetic resonance imaging (MRI)"), and the
    initials of the fixed names ("World Health Organization": WHO). An abbreviation the
    reference expands in more than three ways is left out ("MS")."""
    seen: dict[str, Counter[tuple[str, ...]]] = {}
    texts = itertools.chain(reference_texts(), (e for _, e in screener_pairs(exclude_fold, biomedical=True)))
    for text in texts:
        if "(" in text:
            for key, exp in definitions(text):
                seen.setdefault(key, Counter())[exp] += 1
    for ws, fixed in terms.items():
        if fixed and len(_initials(ws)) >= 2:
            seen.setdefault(_initials(ws), Counter())[ws] += MIN_DEFINITIONS
    out = {}
    for key, exps in seen.items():
        kept = tuple(sorted(e for e, c in exps.items() if c >= MIN_DEFINITIONS))
        if kept and len(kept) <= 3:
            out[key] = kept
    return out


# -- building ------------------------------------------------------------------------------------


@dataclass
class Tables:
    terms: list[Term]
    synonyms: dict[str, tuple[str, ...]]  # replacement -> term words
    attested: frozenset[str]
    sources: Counter[str]
    names_only: frozenset[str] = frozenset()
    heads: dict[str, tuple[tuple[int, str], ...]] = dataclasses.field(default_factory=dict)
    modifiers: frozenset[str] = frozenset()
    pairs: dict[str, dict[str, Term]] = dataclasses.field(default_factory=dict)
    narrow: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    #: of ``narrow``, the words a replacement stands for only in a name's term written as a name
    #: (``NAME_WORD_ANY_ZIPF``: "Horner symptom"; not "heart symptoms")
    named: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    foreign: frozenset[str] = frozenset()
    phrases: dict[str, dict[str, tuple[str, ...]]] = dataclasses.field(default_factory=dict)
    #: the screener's swaps ("term-word replacement") that a ``?`` term accepts
    swaps: frozenset[str] = frozenset()
    #: lower-case abbreviation -> its expansions (``abbreviation_table``)
    abbreviations: dict[str, tuple[tuple[str, ...], ...]] = dataclasses.field(default_factory=dict)
    #: a hyphenated compound with one part swapped -> (the compound, confident) (``compound_variants``)
    compounds: dict[str, tuple[str, bool]] = dataclasses.field(default_factory=dict)
    #: a spinner word -> the term words the screener's pairs show it standing for (``SPINNER_WORDS``)
    spinner_words: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)

    def replaceable(self) -> set[str]:
        """The term words some replacement (one word or two) may stand for."""
        out = {o for os in self.synonyms.values() for o in os}
        out.update(o for seconds in self.phrases.values() for os in seconds.values() for o in os)
        return out

    def index(self) -> SpunTermIndex:
        replaceable = self.replaceable()
        return SpunTermIndex(
            self.synonyms,
            InMemoryTerms(self.terms, replaceable, {sw.split(" ")[0] for sw in self.swaps}),
            self.attested,
            self.names_only,
            self.heads,
            self.modifiers,
            self.pairs,
            self.narrow,
            self.foreign,
            self.phrases,
            self.swaps,
            abbreviations=self.abbreviations,
            compounds=self.compounds,
            spinner_words=self.spinner_words,
            named=self.named,
        )


def find_in_text(index: SpunTermIndex, text: str) -> list[str]:
    """Spun-term spans in a plain text, as lower-cased words (the builder's and benchmark's view)."""
    out = []
    for para in text.split("\n"):
        found = list(WORD_RE.finditer(para))
        lowers = [m.group().lower() for m in found]
        if not lowers:
            continue
        joinable = [para[a.end() : b.start()] == " " for a, b in itertools.pairwise(found)] + [False]
        positions: dict[str, list[int]] = {}
        for i, w in enumerate(lowers):
            positions.setdefault(w, []).append(i)
        for hit in index.find(lowers, joinable, positions, overlapping=True):
            out.append(" ".join(lowers[hit.first : hit.last + 1]))
    return out


def used_in_reference(candidates: Iterable[str]) -> set[tuple[str, ...]]:
    """The candidate terms that occur in the build side's MedQuAD answers (WordNet's multiword
    nouns include "center stage" and "little potato"; the ones health writers use are kept)."""
    wanted = {tuple(words(t)) for t in candidates}
    seen: set[tuple[str, ...]] = set()
    for doc in medquad_docs():
        for qa in doc["qa"]:
            ws = words(qa["answer"])
            for n in range(MIN_WORDS, MAX_WORDS + 1):
                for i in range(len(ws) - n + 1):
                    g = tuple(ws[i : i + n])
                    if g in wanted:
                        seen.add(g)
    return seen


@functools.cache
def medquad_zipf() -> dict[str, float]:
    """Zipf frequency (log10 per billion words) of each word in the build side's MedQuAD answers."""
    counts: Counter[str] = Counter()
    for doc in medquad_docs():
        for qa in doc["qa"]:
            counts.update(words(qa["answer"]))
    for w, c in list(counts.items()):
        if "-" in w:  # "well-being" is also written "wellbeing"
            counts[w.replace("-", "")] += c
    total = sum(counts.values())
    return {w: math.log10(c / total * 1e9) for w, c in counts.items()}


_BRITISH = (
    (re.compile(r"our(s?)$"), r"or\1"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe"), "e"),
    (re.compile(r"is(ation|ing|e|ed|es)$"), r"iz\1"),
    (re.compile(r"tre(s?)$"), r"ter\1"),
    (re.compile(r"programme"), "program"),
)


def american(word: str) -> str:
    """US spelling of a British form ("tumours" -> "tumors"): MedQuAD is written in US English."""
    for pattern, repl in _BRITISH:
        word = pattern.sub(repl, word)
    return word


def zipf_in_health_writing(word: str) -> float:
    table = medquad_zipf()
    return max(table.get(word, 2.0), table.get(american(word), 2.0))


def unused_word(wordnet: WordNet, word: str) -> bool:
    """A WordNet lemma that the reference's health writing never uses ("peevish",
    "inveterate", "benignant"; not "ultrasonography"): a thesaurus's pick, not a writer's."""
    table = medquad_zipf()
    return word in wordnet.index and word not in table and american(word) not in table


def health_register(candidates: Iterable[str], common: dict[str, float]) -> frozenset[str]:
    """Words health writers use far more than English at large (Zipf in the build side of MedQuAD
    at least ``HEALTH_REGISTER`` above wordfreq's): "carcinoma", "individuals", "symptoms". A term
    written with one of them is the writer's choice, not a spinner's, except inside fixed names."""
    return frozenset(
        x for x in candidates if zipf_in_health_writing(x) - common.get(x, RARE_ZIPF) >= HEALTH_REGISTER
    )


@dataclass
class ReferenceCounts:
    """Word and adjacent-pair counts of the reference text, and how often each word is written
    with a capital inside a sentence (names: "Alagille", "Parkinson's")."""

    words: Counter[str]
    pairs: Counter[tuple[str, str]]
    triples: Counter[tuple[str, str, str]]
    inner: Counter[str]  # occurrences after another word of the sentence
    capitalised: Counter[str]  # of those, written with a capital

    @property
    def total(self) -> int:
        return sum(self.words.values())

    @functools.cached_property
    def lefts(self) -> Counter[str]:
        """How many counted pairs each word opens."""
        out: Counter[str] = Counter()
        for (x, _), c in self.pairs.items():
            out[x] += c
        return out

    @functools.cached_property
    def rights(self) -> Counter[str]:
        """How many counted pairs each word closes."""
        out: Counter[str] = Counter()
        for (_, y), c in self.pairs.items():
            out[y] += c
        return out

    def cohesive(self, ws: tuple[str, ...]) -> int:
        """Bit k set when word k of a term all but demands its neighbour: the reference writes
        that neighbour beside it at least ``STRONG_PREDICT`` of the time ("heart" before
        "attack": most "attack"s follow "heart")."""
        mask = 0
        for k in range(len(ws)):
            for a, b in ((k - 1, k), (k, k + 1)):
                if a < 0 or b >= len(ws):
                    continue
                c = self.pairs[(ws[a], ws[b])]
                margin = self.rights[ws[b]] if b == k else self.lefts[ws[a]]
                if c >= MIN_COLLOCATION and c >= STRONG_PREDICT * margin:
                    mask |= 1 << k
        return mask

    def demanded(self, ws: tuple[str, ...]) -> int:
        """Bit k set when word k of a term is what the reference writes beside its neighbours
        in the term at least ``STRONG_PREDICT`` of the time: P(word | word before), P(word |
        word after) over counted pairs ("colitis" after "ulcerative", "heart" before "attack"),
        or given the two words before or after ("type" before "2 diabetes"), the phrase seen at
        least ``MIN_COLLOCATION`` times."""
        mask = 0
        n = len(ws)
        for k in range(n):
            for a, b, margin in ((k - 1, k, self.lefts), (k, k + 1, self.rights)):
                if a < 0 or b >= n:
                    continue
                c = self.pairs[(ws[a], ws[b])]
                other = ws[a] if b == k else ws[b]
                if c >= MIN_COLLOCATION and c >= STRONG_PREDICT * margin[other]:
                    mask |= 1 << k
            # two words of context: "type" before "2 diabetes", "disease" after "coronary heart"
            for a, ctx in ((k - 2, (k - 2, k - 1)), (k, (k + 1, k + 2))):
                if a < 0 or a + 2 >= n:
                    continue
                c = self.triples[(ws[a], ws[a + 1], ws[a + 2])]
                if c >= MIN_COLLOCATION and c >= STRONG_PREDICT * self.pairs[(ws[ctx[0]], ws[ctx[1]])]:
                    mask |= 1 << k
        return mask


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@functools.cache
def reference_counts() -> ReferenceCounts:
    """:func:`count_reference` over the reference text (cached: the benchmark builds five times)."""
    return count_reference(reference_texts())


def count_reference(texts: Iterable[str]) -> ReferenceCounts:
    """Counts over the distinct sentences of the reference text, each word, pair and triple
    counted once per distinct pair of words around it: a template that thousands of pages share
    ("Much of this information comes from Orphanet", "... (HPO) has collected information on
    how often ...") counts once, or its phrases would pass for the fixed terms of health
    writing; "risk factors" stands in many different contexts."""
    words_: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    triples: Counter[tuple[str, str, str]] = Counter()
    inner: Counter[str] = Counter()
    caps: Counter[str] = Counter()
    seen: set[str] = set()
    windows: set[tuple[str, ...]] = set()
    for text in texts:
        for para in text.split("\n"):
            for sentence in _SENTENCE_END.split(para):
                if sentence in seen:
                    continue
                seen.add(sentence)
                found = list(WORD_RE.finditer(sentence))
                lowers = [m.group().lower() for m in found]
                padded = ["", *lowers, "", ""]
                for k, w in enumerate(lowers):
                    window = tuple(padded[k : k + 3])
                    if window not in windows:
                        windows.add(window)
                        words_[w] += 1
                for k, (a, b) in enumerate(itertools.pairwise(found)):
                    if sentence[a.end() : b.start()] != " ":
                        continue
                    inner[lowers[k + 1]] += 1
                    if b.group()[:1].isupper():
                        caps[lowers[k + 1]] += 1
                    window = tuple(padded[k : k + 4])
                    if window not in windows:
                        windows.add(window)
                        pairs[(lowers[k], lowers[k + 1])] += 1
                    if k + 2 < len(found) and sentence[b.end() : found[k + 2].start()] == " ":
                        window = tuple(padded[k : k + 5])
                        if window not in windows:
                            windows.add(window)
                            triples[(lowers[k], lowers[k + 1], lowers[k + 2])] += 1
    return ReferenceCounts(words_, pairs, triples, inner, caps)


def is_name(word: str, counts: ReferenceCounts) -> bool:
    """A name: written with a capital inside sentences at least ``NAME_CAPITALISED`` of the
    times it follows another word ("Alagille", "Crohn's", "MRI"; not "down", which "Down
    syndrome" also holds), and not an everyday English word (Zipf below ``NAME_MAX_ZIPF``:
    "Human" is capitalised in agency names, "human" is still a word)."""
    seen = counts.inner[word]
    return (
        seen >= 3
        and counts.capitalised[word] >= NAME_CAPITALISED * seen
        and common_words().get(word, 0.0) < NAME_MAX_ZIPF
    )


def is_bound(ws: tuple[str, ...], counts: ReferenceCounts) -> bool:
    """A term the reference text writes as a unit: it starts with a name ("Alagille
    syndrome", "Parkinson's disease"), or it occurs at least ``MIN_COLLOCATION`` times and its
    last (or first) word follows from the others at least ``BOUND_PREDICT`` of the time
    ("ulcerative colitis", "lymph nodes", "magnetic resonance"; the last three words of longer
    terms). Not "heart disease" or "breast cancer": "heart condition" and "breast carcinoma"
    are a writer's choice."""
    if is_name(ws[0], counts) and not is_name(ws[-1], counts):
        return True
    tail = ws[-3:]
    if len(tail) == 2:
        c = counts.pairs[(tail[0], tail[1])]
        before, after = counts.lefts[tail[0]], counts.rights[tail[1]]
    else:
        c = counts.triples[(tail[0], tail[1], tail[2])]
        before, after = counts.pairs[(tail[0], tail[1])], counts.pairs[(tail[1], tail[2])]
    return c >= MIN_COLLOCATION and c >= BOUND_PREDICT * min(before, after)


def ordinary_heads(counts: ReferenceCounts) -> frozenset[str]:
    """The words of ``LEGITIMATE_HEADS`` that the reference writes as a head after at least
    ``MIN_HEAD_MODIFIERS`` different words ("disease", "condition", "problems"): swapped in
    for a term's head they are a writer's choice ("kidney problems"). A head the reference
    keeps to a few fixed phrases ("sickness": motion, morning, sleeping, altitude) is no
    ordinary head: "kidney sickness" for kidney disease is a thesaurus swap."""
    modifiers: Counter[str] = Counter()
    for a, b in counts.pairs:
        if b in LEGITIMATE_HEADS and a.isalpha() and a not in FUNCTION_WORDS:
            modifiers[b] += 1
    return frozenset(h for h in LEGITIMATE_HEADS if modifiers[h] >= MIN_HEAD_MODIFIERS)


def open_words(ws: tuple[str, ...], terms: Container[tuple[str, ...]]) -> int:
    """Bit k set when the term's words other than its last (k = last) or its first (k = 0) are
    a known term of two words or more: "health care provider" is "health care" with a head
    added, and clean English puts many heads there ("health care organization", "health care
    costs") though the reference favours one; "high blood pressure" is no such compound ("high
    blood" is no term), so a swap of "pressure" stays demanded."""
    n = len(ws)
    mask = 0
    if n >= 3 and ws[:-1] in terms:
        mask |= 1 << (n - 1)
    if n >= 3 and ws[1:] in terms:
        mask |= 1
    return mask


def spinner_targets(
    wordnet: WordNet, pairs: Iterable[tuple[str, str]], terms: Container[tuple[str, ...]]
) -> list[tuple[str, str]]:
    """Two-word phrases of the reference that hold a word the screener's pairs (build side)
    swap for a word foreign to health writing ("chronic" -> ceaseless, "failure" ->
    disappointment), seen at least ``MIN_SPUN_PHRASE`` times in distinct contexts: a spinner
    swaps that word wherever it stands ("ceaseless hepatitis", "ovarian disappointment"),
    whether or not a list names the phrase as a term. The phrase must be a noun phrase of health
    wording, as the collocations are (``reference_collocations``: a noun after a noun or an
    adjective, neither word rarer in health writing than in English at large unless the other
    is far commoner there, no word of every sentence), but need not hold together: "chronic
    hepatitis" and "ovarian failure" are free combinations that a spinner's swap still breaks.
    Both words, and the swapped word above all, must be of health writing's own register (far commoner there than in
    English at large: "chronic", "medical", "transplant"; not "people", "features" or "times":
    "older folks", "several highlights", "couple of times" are English)."""
    counts = reference_counts()
    common = common_words()
    term_words = {w for ws in terms if isinstance(ws, tuple) for w in ws}
    swapped = set()
    for tortured, expected in pairs:
        t, e = words(tortured), words(_NOTE.sub(" ", expected))
        if len(t) == len(e):
            for o, x in zip(e, t, strict=True):
                if (
                    o != x
                    and x.isalpha()
                    and x not in term_words
                    and zipf_in_health_writing(x) < FOREIGN_ZIPF
                    and zipf_in_health_writing(o) - common.get(o, 0.0) >= HEALTH_REGISTER
                ):
                    swapped.add(o)
    out = []
    for (a, b), c in counts.pairs.items():
        if (
            c >= MIN_SPUN_PHRASE
            and (a in swapped or b in swapped)
            and a.isalpha()
            and b.isalpha()
            and len(a) > 2
            and len(b) > 2
            and a not in FUNCTION_WORDS
            and b not in FUNCTION_WORDS
            and not is_name(a, counts)
            and not is_name(b, counts)
            and (a, b) not in terms
            and _noun(wordnet, b)
            and (_has_pos(wordnet, a, "n") or _has_pos(wordnet, a, "a"))
            and not (a.endswith(("ed", "ing")) and not _has_pos(wordnet, a, "a"))
            and max(common.get(a, 0.0), common.get(b, 0.0)) < MAX_COLLOCATION_ZIPF
        ):
            # both words of health writing's own register, the first no verb ("cause
            # difficulty", "help patients"): a term's shape, not a clause's
            registers = [zipf_in_health_writing(w) - common.get(w, 0.0) for w in (a, b)]
            senses = Counter(p for p, _ in wordnet.index.get(a, ()))
            if min(registers) >= HEALTH_REGISTER and senses["v"] <= senses["n"] + senses["a"] - senses["v"]:
                out.append((a, b))
    return sorted(out)


def reference_collocations(wordnet: WordNet) -> list[tuple[str, str]]:
    """Two-word noun phrases the reference text uses often and that hold together: at least
    ``MIN_COLLOCATION`` times, with pointwise mutual information at least ``MIN_PMI`` bits
    ("risk factors", "immune system", "Alagille syndrome", "lymph nodes"). These are the fixed
    wording of health writing whether or not a term list holds them; a spinner that swaps one
    of their words makes a phrase the reference never uses. The second word must be a noun
    (WordNet), the first a noun or adjective: "also called" and "may cause" hold together too,
    but are not terms."""
    counts = reference_counts()
    common = common_words()
    n = counts.total
    out = []
    for (x, y), c in counts.pairs.items():
        if c < MIN_COLLOCATION or x in FUNCTION_WORDS or y in FUNCTION_WORDS or len(x) < 3:
            continue
        if not (x.replace("-", "").replace("'", "").isalpha() and _collocation_word(y, last=True)):
            continue
        if len(y) < 3 and not _symbol(y):
            continue  # a short word ("up", "ok"); a short symbol names a member ("vitamin b6")
        if math.log2(c * n / (counts.words[x] * counts.words[y])) < MIN_PMI:
            continue
        if max(c / counts.lefts[x], c / counts.rights[y]) < MIN_PREDICT:
            continue  # "higher proportion", "first month": each word goes with many others
        if not _noun(wordnet, y) or not (_has_pos(wordnet, x, "n") or _has_pos(wordnet, x, "a")):
            continue
        if x.endswith(("ed", "ing")) and not _has_pos(wordnet, x, "a"):
            continue  # "remembering information": a verb and its object
        if _substitutable(wordnet, counts, x, y):
            continue
        # health wording: neither word rarer in health writing than in English at large
        # ("family history"), or one far commoner ("immune", "lymph") and neither far rarer
        # ("great deal", "right hand", "first year" hold together in any prose, and news
        # writes them with other words too)
        registers = [zipf_in_health_writing(w) - common.get(w, 0.0) for w in (x, y)]
        if min(registers) < (-HEALTH_REGISTER if max(registers) >= HEALTH_REGISTER else 0.0):
            continue
        if max(common.get(x, 0.0), common.get(y, 0.0)) >= MAX_COLLOCATION_ZIPF:
            continue  # "patients who", "figure out": a word of every sentence, not of a term
        out.append((x, y))
    return sorted(out)


def reference_triples(wordnet: WordNet) -> list[tuple[str, str, str]]:
    """Three-word noun phrases the reference writes as a unit ("body mass index", "blood glucose
    levels", "bone mineral density", "obstructive sleep apnea"), found the way a terminologist
    finds terms, with no list: seen at least ``MIN_COLLOCATION`` times in distinct contexts, and
    at least ``TRIPLE_HOLD`` of the times the reference writes either two-word part, so that a
    free modifier before a term ("small blood vessels": "blood vessels" stands after many
    words) or a free head after one is left out; a noun compound may hold more loosely on one
    side (``TRIPLE_LOOSE_HOLD``: "blood glucose" also takes "meter" and "test"); a noun last,
    nouns or adjectives before it, one of them a noun, neither a verb ("have short stature",
    "heart pumps blood"); no WordNet synonym of any word in its place in
    the reference (Lin's substitution test, as for the two-word collocations); health wording.
    A spinner that swaps one word makes a phrase the reference never writes ("blood glucose
    degrees")."""
    counts = reference_counts()
    common = common_words()
    out = []
    for (a, b, c), n in counts.triples.items():
        if n < MIN_COLLOCATION or not all(
            _collocation_word(w) and w not in FUNCTION_WORDS for w in (a, b, c)
        ):
            continue
        if not any(_plain_noun(wordnet, w) for w in (a, b)):
            continue  # "nonsteroidal anti-inflammatory drugs", "sudden cardiac arrest": adjectives take a free head
        if min(len(a), len(b), len(c)) < 3 or c[:1].isdigit():
            continue
        parts = sorted((counts.pairs[(a, b)], counts.pairs[(b, c)]))
        if n < TRIPLE_HOLD * parts[1] and (
            n < TRIPLE_HOLD * parts[0] or n < TRIPLE_LOOSE_HOLD * parts[1] or not _plain_noun(wordnet, a)
        ):
            continue
        if not _noun(wordnet, c) or not all(
            _has_pos(wordnet, w, "n") or _has_pos(wordnet, w, "a") for w in (a, b)
        ):
            continue
        if any(_verb_like(wordnet, w) for w in (a, b)):
            continue  # "have short stature", "heart pumps blood": a clause, not a term
        last = Counter(p for w in (c, *singulars(c)) for p, _ in wordnet.index.get(w, ()))
        if last["a"] + last["r"] >= last["n"]:
            continue  # "syndrome change single", "features described above": no noun at the end
        if any(w.endswith("ing") and not _noun(wordnet, w) for w in (a, b)) or any(
            w.endswith("ed") and not _has_pos(wordnet, w, "a") for w in (a, b)
        ):
            continue  # "difficulty coordinating movements": a verb and its object
        registers = [zipf_in_health_writing(w) - common.get(w, 0.0) for w in (a, b, c)]
        if min(registers) < (-HEALTH_REGISTER if max(registers) >= HEALTH_REGISTER else 0.0):
            continue
        if max(common.get(w, 0.0) for w in (a, b, c)) >= MAX_COLLOCATION_ZIPF:
            continue
        if _triple_substitutable(wordnet, counts, (a, b, c)):
            continue
        out.append((a, b, c))
    return sorted(out)


def _triple_substitutable(wordnet: WordNet, counts: ReferenceCounts, ws: tuple[str, str, str]) -> bool:
    """The reference also writes the three words with a WordNet synonym in one place: a free
    combination (:func:`_substitutable`)."""
    for k, w in enumerate(ws):
        for s in _word_synonyms(wordnet, w):
            if counts.triples[(*ws[:k], s, *ws[k + 1 :])]:  # type: ignore[index]
                return True
    return False


def _collocation_word(word: str, last: bool = False) -> bool:
    """A word that may stand in a collocation: letters (with hyphens and apostrophes), or, as
    its ``last`` word and with ``SYMBOL_WORDS``, a symbol of letters and digits that names a
    member of the kind the word before names ("vitamin b12", "coenzyme q10"). A symbol first is
    a name with a free head after it ("COVID-19 patients", "BRCA2 gene"), no fixed term."""
    bare = word.replace("-", "").replace("'", "")
    if bare.isalpha():
        return True
    return (
        last and SYMBOL_WORDS and bare.isalnum() and bare[:1].isalpha() and any(ch.isdigit() for ch in bare)
    )


def _symbol(word: str) -> bool:
    """A symbol of letters and digits, a letter first ("b6", "d3", "q10"): a name whatever its
    length, unlike a short word."""
    return word[:1].isalpha() and word.isalnum() and any(ch.isdigit() for ch in word)


def _substitutable(wordnet: WordNet, counts: ReferenceCounts, x: str, y: str) -> bool:
    """The reference text also writes the phrase with a synonym in either place ("small
    amounts" and "small quantities", "higher levels" and "elevated levels"): a free
    combination, where a writer picks either word, not a fixed term (the substitution test
    of Lin 1999, "Automatic identification of non-compositional phrases"). A spelling or
    inflection variant counts too: "blurry vision" beside "blurred vision" shows the slot open
    ("hazy vision" is English; see the module's notes)."""
    return any(counts.pairs[(s, y)] for s in _word_synonyms(wordnet, x)) or any(
        counts.pairs[(x, s)] for s in _word_synonyms(wordnet, y)
    )


def _word_synonyms(wordnet: WordNet, word: str) -> set[str]:
    syns = wordnet.synonyms(word)
    for s in singulars(word):
        syns |= {plural(x) for x in wordnet.synonyms(s)}
    return syns


def _noun(wordnet: WordNet, word: str) -> bool:
    """Mostly a noun: WordNet gives it at least half as many noun senses as verb senses ("risk",
    "test"; not "comes"), or it is a name."""
    if is_name(word, reference_counts()) or (_collocation_word(word, last=True) and not word.isalpha()):
        return True  # a name, or a symbol of letters and digits ("b12", "covid-19")
    base = word[:-2] if word.endswith("'s") else word
    senses = Counter(p for w in (base, *singulars(base)) for p, _ in wordnet.index.get(w, ()))
    return senses["n"] > 0 and senses["n"] * 2 >= senses["v"]


def _verb_like(wordnet: WordNet, word: str) -> bool:
    """WordNet gives the word (or its singular) more verb senses than noun and adjective senses
    together, by a margin ("have", "pumps", "supports"): as a modifier it starts a clause."""
    senses = Counter(p for w in (word, *singulars(word)) for p, _ in wordnet.index.get(w, ()))
    return senses["v"] > senses["n"] + senses["a"] - senses["v"]


def _plain_noun(wordnet: WordNet, word: str) -> bool:
    """A noun that WordNet gives no adjective or verb-participle reading ("glucose", "pulse",
    "urine"; not "patient", "dental" or "raised"): the first word of a noun compound."""
    if word.endswith(("ed", "ing")) or not _noun(wordnet, word):
        return False
    base = word[:-2] if word.endswith("'s") else word
    return not any(p in ("a", "r") for w in (base, *singulars(base)) for p, _ in wordnet.index.get(w, ()))


def _has_pos(wordnet: WordNet, word: str, pos: str) -> bool:
    base = word[:-2] if word.endswith("'s") else word
    return any(p == pos for w in (base, *singulars(base)) for p, _ in wordnet.index.get(w, ())) or (
        pos == "n" and is_name(word, reference_counts())
    )


def build_tables(
    wordnet: WordNet, exclude_fold: int | None = None, *, reference: bool = True, collocations: bool = True
) -> Tables:
    sources: Counter[str] = Counter()
    terms: dict[tuple[str, ...], bool] = {}

    def add(text: str, fixed: bool, source: str) -> None:
        ws = clean_term(text)
        if ws is not None and ws not in terms:
            terms[ws] = fixed
            sources[source] += 1
        elif ws is not None and fixed:
            terms[ws] = True

    for name in organisation_names():
        ws = tuple(words(name))
        if len(ws) >= MIN_WORDS:
            terms[ws] = True
            sources["organisations.yml"] += 1
    for doc in medquad_docs():
        for t in [doc["focus"], *doc["synonyms"]]:
            add(t, False, "MedQuAD focus and synonyms")
    for line in (ROOT / "rules" / "data" / "medical-terms.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            add(line, False, "medical-terms.txt")
    in_reference = used_in_reference(wordnet.multiword_terms())
    for t in wordnet.multiword_terms():
        if tuple(words(t)) in in_reference:
            add(t, False, "WordNet multiword nouns used in MedQuAD answers")
    healthcare = list(wordnet.healthcare_terms())
    in_reference = used_in_reference(healthcare)
    for t in healthcare:
        if tuple(words(t)) in in_reference:
            add(t, False, "WordNet healthcare roles and places used in MedQuAD answers")
    pairs = screener_pairs(exclude_fold)
    for _, expected in screener_pairs(exclude_fold, biomedical=True):
        # "magnetic resonance imaging (MRI)", "[drug] payload release profile": the term without
        # the abbreviation or the editor's note
        add(_NOTE.sub(" ", expected), False, "screener expected terms (biomedical subset)")
    collocated: set[tuple[str, ...]] = set()
    if collocations:
        for pair in reference_collocations(wordnet):
            if pair not in terms:
                terms[pair] = False
                collocated.add(pair)
                sources["collocations of the reference text"] += 1
        if COLLOCATION_TRIPLES:
            for triple in reference_triples(wordnet):
                # an adjective before a known term modifies it freely ("abnormal eye movements":
                # "irregular eye movements" is English); a noun before one makes a new term
                # ("blood glucose levels")
                if triple[1:] in terms and not _plain_noun(wordnet, triple[0]):
                    continue
                if triple not in terms:
                    terms[triple] = False
                    collocated.add(triple)
                    sources["three-word collocations of the reference text"] += 1
    spinner_phrases: set[tuple[str, ...]] = set()
    if SPUN_REFERENCE_PHRASES:
        for pair in spinner_targets(wordnet, pairs, terms):
            terms[pair] = False
            collocated.add(pair)
            spinner_phrases.add(pair)
            sources["reference phrases holding a word the spinner swaps"] += 1

    common = common_words()
    counts = reference_counts()
    # a name ("Alagille", "MRI", "DASH") is not a thesaurus word, whatever WordNet holds for it
    # (the words of ? phrases take only the screener's swaps: no WordNet synonyms, no other
    # evidence drawn from them)
    spinner_words = {w for ws in spinner_phrases for w in ws}
    listed_terms = {ws: fixed for ws, fixed in terms.items() if ws not in spinner_phrases}
    term_words = {
        w
        for ws in listed_terms
        for w in ws
        if w.isalpha() and len(w) > 2 and w not in FUNCTION_WORDS and not is_name(w, counts)
    }
    forward: dict[str, set[str]] = {}
    for w in term_words:
        syns = wordnet.synonyms(w)
        if not syns:
            for s in singulars(w):
                syns |= {plural(x) for x in wordnet.synonyms(s)}
        forward[w] = syns
    screener_swaps: set[tuple[str, str]] = set()
    for tortured, expected in pairs:  # the screener's own swaps
        t, e = words(tortured), words(expected)
        if len(t) == len(e):
            for a, b in zip(e, t, strict=True):
                if a != b and (a in term_words or a in spinner_words):
                    forward.setdefault(a, set()).add(b)
                if a != b and a.isalpha() and b.isalpha():
                    screener_swaps.add((a, b))
    inverse: dict[str, set[str]] = {}
    for o, syns in forward.items():
        for x in syns:
            # a thesaurus word must be an everyday one; a swap the screener's pairs show is a
            # spinner's choice however rare the word ("insusceptible" for "immune")
            if (
                x != o
                and (x in common or (o, x) in screener_swaps or (RARE_SYNONYMS and unused_word(wordnet, x)))
                and x not in FUNCTION_WORDS
                and len(x) > 2
                and not spelling_variant(o, x)
            ):
                inverse.setdefault(x, set()).add(o)
    # the commonest words of health writing ("have", "people", "first", "use") stand for some term
    # word in WordNet but are almost never a spinner's choice inside a term: left out, they would
    # cost a lookup at every other word of a document
    inverse = {x: os for x, os in inverse.items() if zipf_in_health_writing(x) < MAX_REPLACEMENT_ZIPF}
    names_only = health_register(inverse, common) | (ordinary_heads(counts) & inverse.keys())
    bound = {
        ws for ws, fixed in terms.items() if not fixed and ws not in spinner_phrases and is_bound(ws, counts)
    }
    sources["bound terms (names, words the reference never writes apart)"] = len(bound)
    name_words = {w for ws, fixed in terms.items() if fixed or ws in bound for w in ws}
    for x in names_only:
        inverse[x] &= name_words
    # inside fixed names, bound terms and at the tight words of other terms (demanded by or
    # demanding a neighbour) any thesaurus swap is a spinner's: the wider relations count there
    # ("Alagille composite", "temperament pressure" for blood pressure), and nowhere else
    narrow: dict[str, set[str]] = {}
    named: dict[str, set[str]] = {}
    masks = {ws: (counts.demanded(ws), counts.cohesive(ws)) for ws in terms}
    tight_words = {
        w
        for ws, fixed in listed_terms.items()
        for k, w in enumerate(ws)
        if fixed or ws in bound or (masks[ws][0] | masks[ws][1]) >> k & 1
    }
    for o in sorted(tight_words & term_words):
        wide = wordnet.related(o)
        for s in singulars(o):
            wide |= {plural(x) for x in wordnet.related(s)}
        in_name = NAME_WORD_ANY_ZIPF and o in name_words
        for x in wide - forward.get(o, set()):
            if wide_replacement(wordnet, o, x, common, in_name) and o not in inverse.get(x, ()):
                narrow.setdefault(x, set()).add(o)
                inverse.setdefault(x, set()).add(o)
                if zipf_in_health_writing(x) >= MAX_REPLACEMENT_ZIPF:
                    # the commonest words of health writing: only in a name's term written as one
                    named.setdefault(x, set()).add(o)
    synonyms = {x: tuple(sorted(os)) for x, os in inverse.items() if os}
    names_only = frozenset(names_only & synonyms.keys())
    term_list = [
        Term(ws, fixed, ws in bound, *masks[ws], open_words(ws, terms), ws in spinner_phrases)
        for ws, fixed in terms.items()
    ]
    sources["terms with a demanded word (confident swaps)"] = sum(1 for t in term_list if t.strong)
    tables = Tables(term_list, synonyms, frozenset(), sources, names_only)
    if ABBREVIATIONS:
        tables.abbreviations = abbreviation_table(terms, exclude_fold)
        sources["abbreviations with their expansions"] = len(tables.abbreviations)
    tables.narrow = {x: frozenset(os) for x, os in narrow.items()}
    tables.named = {x: frozenset(os) for x, os in named.items()}
    all_words = {w for ws in listed_terms for w in ws}
    tables.foreign = frozenset(
        x
        for x in synonyms
        if x not in names_only and x not in all_words and zipf_in_health_writing(x) < FOREIGN_ZIPF
    )
    if spinner_phrases:
        # a ? term accepts only the swaps the screener's pairs show, to words foreign to health writing
        spinner_words = {w for ws in spinner_phrases for w in ws}
        tables.swaps = frozenset(
            f"{o} {x}" for o, x in screener_swaps if o in spinner_words and x in tables.foreign
        )
    sources["replacements counted only in names and bound terms"] = len(narrow)
    # head templates: a word that heads many terms ("acid", "disease", "failure") swapped as the
    # screener's pairs show ("corrosive", "malady", "disappointment"), beside a technical word
    # (head templates, pairs and modifiers come from the listed terms only: a collocation of the
    # reference text is evidence for its own words, not for a head word's family)
    listed = [ws for ws in terms if ws not in collocated]
    last = Counter(ws[-1] for ws in listed)
    all_term_words = {w for ws in listed_terms for w in ws}
    first = Counter(ws[0] for ws in listed)
    heads: dict[str, list[tuple[int, str]]] = {}
    for o, x in sorted(screener_swaps):
        if x in names_only or x in FUNCTION_WORDS or x not in common or spelling_variant(o, x):
            continue
        # the replacement must be foreign to health writing: in no term, and rare in the answers
        # ("corrosive", "malady"; not "variant", "sporadic" or "continuous")
        if x in all_term_words or zipf_in_health_writing(x) >= HEAD_TEMPLATE_ZIPF:
            continue
        if common.get(x, 0.0) >= HEAD_TEMPLATE_ZIPF:
            continue  # and rare in English at large: "herbal remedy", "latest diagnostic" are English
        if not any(pos == "n" for pos, _ in wordnet.index.get(o, ())):
            continue  # heads are nouns ("acid", "disease"); "congenital" starts terms but heads none
        if last[o] >= MIN_HEAD_TEMPLATE_TERMS:
            heads.setdefault(x, []).append((-1, o))
        if first[o] >= MIN_HEAD_TEMPLATE_TERMS:
            heads.setdefault(x, []).append((1, o))
    # name templates: a word that heads many terms named after a person or gene ("Alagille
    # syndrome", "Gaucher disease") swapped for its thesaurus relations ("complex", "malady")
    # right after another name ("Mabry complex"): side -2, checked for a capital by MT105
    name_heads = Counter(ws[-1] for ws in listed if len(ws) == 2 and is_name(ws[0], counts))
    for h, n_terms in sorted(name_heads.items()):
        if n_terms < MIN_NAME_TEMPLATE_TERMS or is_name(h, counts):
            continue
        for x in sorted(wordnet.related(h) | forward.get(h, set())):
            if (
                x in LEGITIMATE_HEADS
                or x in names_only
                or x in FUNCTION_WORDS
                or x not in common
                or len(x) < 3
                or spelling_variant(h, x)
                or any(pos == "v" for pos, _ in wordnet.index.get(x, ()))
            ):
                continue  # a verb after a name reads as the name doing something: "Sotos want"
            heads.setdefault(x, []).append((-2, h))
    tables.heads = {x: tuple(v) for x, v in heads.items()}
    # two-word terms with both words swapped, each swap one the screener's pairs show
    # ("breast cancer" -> "bosom peril"): two attested swaps at once are strong evidence
    by_original: dict[str, set[str]] = {}
    for o, x in screener_swaps:
        if (
            x not in FUNCTION_WORDS
            and len(x) > 2
            and not spelling_variant(o, x)
            and x not in LEGITIMATE_HEADS
        ):
            by_original.setdefault(o, set()).add(x)
    for ws in listed:
        if len(ws) == 2 and ws[0] in by_original and ws[1] in by_original:
            for x1 in by_original[ws[0]]:
                for x2 in by_original[ws[1]]:
                    # two words of health writing's own register make a writer's phrase ("lung
                    # malignancy" for pulmonary cancer); one beside a spinner's word does not
                    # ("medication obstruction" for drug resistance)
                    if len(health_register((x1, x2), common)) == 2:
                        continue
                    if (x1, x2) not in terms:
                        tables.pairs.setdefault(x1, {}).setdefault(x2, Term(ws, False))
    sources["two-word terms with both words swapped"] = sum(len(v) for v in tables.pairs.values())
    if PHRASE_SWAPS:
        tables.phrases = phrase_swaps(wordnet, pairs, term_words, common)
        sources["two-word replacements of one term word"] = sum(len(v) for v in tables.phrases.values())
    if TERM_MODIFIERS:
        tables.modifiers = frozenset(
            ws[0] for ws in listed if len(ws) == 2 and ws[0].isalpha() and ws[0] not in FUNCTION_WORDS
        )
    sources["head templates"] = sum(len(v) for v in heads.values())
    if SPINNER_WORDS:
        # (only replacement words: the matcher looks for them among the document's replacements)
        tables.spinner_words = {
            x: os
            for x, os in spinner_word_table(screener_swaps, term_words, all_term_words, common).items()
            if x in synonyms
        }
        sources["spinner words (a screener swap foreign to health writing)"] = len(tables.spinner_words)
    if COMPOUNDS:
        vocabulary = {w for ws in listed_terms for w in ws}
        tables.compounds = compound_variants(wordnet, counts, vocabulary, common)
        sources["hyphenated compounds with a part swapped"] = len(tables.compounds)
    # known terms are never errors: whatever the matcher finds among the terms themselves is attested
    index = tables.index()
    attested: set[str] = set()
    for t in term_list:
        attested.update(find_in_text(index, t.text))
    attested_terms = len(attested)
    if reference:
        for text in reference_texts():
            attested.update(find_in_text(index, text))
    tables.attested = frozenset(attested)
    sources["attested: known terms"] = attested_terms
    sources["attested: reference text"] = len(attested) - attested_terms
    return tables


_COMPOUND = re.compile(r"[a-z]+-[a-z]+")


def compound_variants(
    wordnet: WordNet, counts: ReferenceCounts, vocabulary: Iterable[str], common: dict[str, float]
) -> dict[str, tuple[str, bool]]:
    """Hyphenated compounds with one part swapped for a WordNet synonym, each mapped to the
    compound and whether the swap is confident ("x-beam" -> x-ray, "rna-subordinate" ->
    rna-dependent). The compounds: the hyphenated words of the terms (``vocabulary``) and those
    the reference writes in at least ``MIN_COLLOCATION`` distinct contexts, two parts of letters.
    A spinner swaps the parts of a compound as it swaps the words of a term, but one token holds
    both, so the word matcher never sees the kept part beside the swapped one. A part is left
    alone when the reference writes any of its synonym variants (Lin's substitution test: the
    slot is open, as in "long-term" / "long-run"), or when the kept part beside it is joined to
    ``MIN_HEAD_MODIFIERS`` different words or more in that place (a prefix or a free head, "re-",
    "self-": "re-estimation" is no spun "re-appraisal"). A name's compound, capitalised inside
    sentences ("Dandy-Walker"), is no thesaurus word. A variant is dropped when it is a known
    compound itself or a common pair of general English. The replacements pass the gates of the
    word synonyms (an everyday word, or a WordNet word the reference never uses; no function
    word, no spelling variant), and health writing uses them less than
    ``COMPOUND_MAX_HEALTH_ZIPF`` ("gender-linked" for sex-linked is a writer's word). Confident
    where the reference writes the compound at least ``STRONG_PREDICT`` of the times it writes a
    compound with the kept part in that place and the replacement is foreign to health writing
    (Zipf below ``FOREIGN_ZIPF`` in the answers; "x-ray" is not demanded: "x-linked" is commoner);
    a replacement of health writing's own register (``health_register``: "illness-related" for
    disease-related) is a writer's choice, left out."""
    shape = _COMPOUND.fullmatch
    known = {w for w in vocabulary if shape(w)}
    known |= {w for w, c in counts.words.items() if c >= MIN_COLLOCATION and shape(w)}
    seen = {w for w in counts.words if "-" in w}
    firsts: Counter[str] = Counter()
    lasts: Counter[str] = Counter()
    partners: Counter[tuple[int, str]] = Counter()
    for w, c in counts.words.items():
        if shape(w):
            a, b = w.split("-")
            firsts[a] += c
            lasts[b] += c
            partners[(0, a)] += 1
            partners[(1, b)] += 1
    out: dict[str, tuple[str, bool]] = {}
    for w in sorted(known):
        if is_name(w, counts):
            continue  # a name's compound ("Dandy-Walker", "Nance-Horan"): a name is no thesaurus word
        a, b = w.split("-")
        for k, part in enumerate((b, a)):
            kept = a if k == 0 else b
            if part in FUNCTION_WORDS or len(part) < 3 or is_name(part, counts):
                continue
            if partners[(k, kept)] >= MIN_HEAD_MODIFIERS:
                continue  # a prefix or a free head ("re-", "self-", "non-"): its slot takes any word
            alternatives = {
                (f"{a}-{x}" if k == 0 else f"{x}-{b}"): x
                for x in _word_synonyms(wordnet, part)
                if x.isalpha() and x != kept
            }
            if any(v in seen for v in alternatives):
                continue  # the reference fills the slot with a synonym: a free combination
            variants = {
                v: x
                for v, x in alternatives.items()
                if len(x) > 2
                and x not in FUNCTION_WORDS
                and not spelling_variant(part, x)
                and (x in common or (RARE_SYNONYMS and unused_word(wordnet, x)))
                and zipf_in_health_writing(x) < COMPOUND_MAX_HEALTH_ZIPF
            }
            c = counts.words[w]
            demanded = c >= MIN_COLLOCATION and c >= STRONG_PREDICT * (firsts[a] if k == 0 else lasts[b])
            register = health_register(variants.values(), common)
            for v, x in sorted(variants.items()):
                pair = (a, x) if k == 0 else (x, b)
                if v in known or v in out or x in register or common_pair(*pair):
                    continue  # a word of health writing's register is a writer's ("illness-related")
                out[v] = (w, demanded and zipf_in_health_writing(x) < FOREIGN_ZIPF)
    return out


def spinner_word_table(
    screener_swaps: Iterable[tuple[str, str]],
    term_words: Container[str],
    all_term_words: Container[str],
    common: dict[str, float],
) -> dict[str, tuple[str, ...]]:
    """Replacements the screener's pairs (build side) show for a term word that no term holds,
    health writing all but never uses (``FOREIGN_ZIPF`` in the build side's MedQuAD answers) and
    English at large seldom does (below ``SPINNER_WORD_ZIPF``, a word the frequency table leaves
    out counting as ``RARE_ZIPF``): "intercession" for intervention, "squander" for waste. Such a
    word beside a word of a term is a spinner's swap whatever the term ("surgical intercession"),
    so MT105 reports it where the reference never writes the pair, though no table holds the
    term (``SpunTermIndex.spinner_words``)."""
    out: dict[str, set[str]] = {}
    for o, x in screener_swaps:
        if (
            o not in term_words
            or x in all_term_words
            or x in FUNCTION_WORDS
            or len(x) < 4
            or spelling_variant(o, x)
            or zipf_in_health_writing(x) >= FOREIGN_ZIPF
            or common.get(x, RARE_ZIPF) >= SPINNER_WORD_ZIPF
        ):
            continue
        out.setdefault(x, set()).add(o)
    return {x: tuple(sorted(os)) for x, os in sorted(out.items())}


def wide_replacement(wordnet: WordNet, o: str, x: str, common: Mapping[str, float], in_name: bool) -> bool:
    """``x``, a wider WordNet relation of the tight word ``o`` (``WordNet.related``), stands for it:
    an everyday word (in the word-frequency table) that health writing does not use too often to be
    looked up (``MAX_REPLACEMENT_ZIPF``); inside a fixed name or a bound term (``in_name``) also
    the commonest words of health writing ("symptom", "complex" for syndrome; "lack" for
    deficiency) and the WordNet lemmas rarer than the table that the reference never uses
    ("instrumentality" for system): see ``NAME_WORD_ANY_ZIPF``."""
    if x in FUNCTION_WORDS or len(x) <= 2 or spelling_variant(o, x):
        return False
    if in_name:
        return x in common or (RARE_SYNONYMS and unused_word(wordnet, x))
    return x in common and zipf_in_health_writing(x) < MAX_REPLACEMENT_ZIPF


def phrase_swaps(
    wordnet: WordNet, pairs: Iterable[tuple[str, str]], term_words: set[str], common: dict[str, float]
) -> dict[str, dict[str, tuple[str, ...]]]:
    """Two words that stand for one term word: where a screener pair writes two words for one,
    every other word kept ("malignant growth" for "cancer", "recognizable proof" for
    "identification", "bone malignant growth" for "bone cancer"), and WordNet's two-word
    lemmas of a term word's synsets ("cross over" for "traverse"). Both words must be
    everyday words (``common``), neither a function word alone."""
    out: dict[tuple[str, str], set[str]] = {}

    def add(o: str, x1: str, x2: str) -> None:
        if o not in term_words or not (x1 in common and x2 in common):
            return
        if (x1 in FUNCTION_WORDS and x2 in FUNCTION_WORDS) or spelling_variant(o, x1 + x2):
            return
        if not (x1.replace("-", "").isalpha() and x2.replace("-", "").isalpha()):
            return
        out.setdefault((x1, x2), set()).add(o)

    for tortured, expected in pairs:
        t, e = words(tortured), words(_NOTE.sub(" ", expected))
        if len(t) != len(e) + 1:
            continue
        p = 0
        while p < len(e) and t[p] == e[p]:
            p += 1
        s = 0
        while s < len(e) - p and t[-1 - s] == e[-1 - s]:
            s += 1
        if p + s == len(e) - 1:
            add(e[p], t[p], t[p + 1])
    if WORDNET_PHRASES:
        for o in term_words:
            for key in wordnet.index.get(o, ()):
                for name in wordnet.lemmas[key][1]:
                    parts = name.lower().split("_")
                    if len(parts) == 2 and o not in parts:
                        add(o, parts[0], parts[1])
    return {
        x1: {x2: tuple(sorted(out[(x1, x2)])) for (a, x2) in sorted(out) if a == x1}
        for x1 in sorted({a for a, _ in out})
    }


#: the third column of spun-synonyms.tsv: at most one flag a replacement, the first that applies
_FLAGS = (("names", "names_only"), ("foreign", "foreign"))


def _term_text(t: Term) -> str:
    mark = "!" if t.fixed else "^" if t.bound else "?" if t.spinner_only else ""
    if t.open:
        masks = f"#{t.strong}/{t.cohesive}/{t.open}"
    else:
        masks = f"#{t.strong}/{t.cohesive}" if t.cohesive else f"#{t.strong}" if t.strong else ""
    return mark + t.text + masks


def _write_table(folder: Path, name: str, header: str, rows: Iterable[str]) -> None:
    """Write one table: the common source header, the table's own ``#`` lines, one row a line."""
    with (folder / name).open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(_HEADER + header)
        for row in rows:
            fh.write(row + "\n")


_HEADER = (
    "# Built by scripts/build_spun_terms.py for MT105 (spun-term). Sources: MedQuAD focus and synonyms\n"
    "# (Ben Abacha and Demner-Fushman 2019, CC BY 4.0; lower-cased, filtered), medlint's medical-terms.txt\n"
    "# and organisations.yml, WordNet 3.0 (Princeton University; WordNet 3.0 Copyright 2006 by Princeton\n"
    "# University, used under the WordNet licence), the Problematic Paper Screener's tortured-phrase list\n"
    "# (Cabanac, Labbé, Magazinov 2021).\n"
)


def _synonym_row(tables: Tables, x: str) -> str:
    flag = next((f"\t{name}" for name, group in _FLAGS if x in getattr(tables, group)), "")
    narrow = tables.narrow.get(x, frozenset())
    named = tables.named.get(x, frozenset())
    marks = ("=" if o in named else "~" if o in narrow else "" for o in tables.synonyms[x])
    return f"{x}\t{' '.join(m + o for m, o in zip(marks, tables.synonyms[x], strict=True))}{flag}"


def write_tables(tables: Tables, folder: Path) -> None:
    replaceable = tables.replaceable()
    source = InMemoryTerms(tables.terms, replaceable, {sw.split(" ")[0] for sw in tables.swaps})
    _write_table(
        folder,
        "spun-terms.tsv",
        "# columns: term word, the terms holding it (| between; ! marks a fixed name, ^ a bound term,\n"
        "# ? a reference phrase that takes only the swaps of spun-swaps.tsv; #d/c/o: bit masks of the\n"
        "# words the reference all but demands beside their neighbour, of the words that all but\n"
        "# demand their neighbour, and of the words whose term's other words are a term themselves)\n",
        (word + "\t" + "|".join(_term_text(t) for t in ts) for word, ts in source.rows()),
    )
    _write_table(
        folder,
        "spun-synonyms.tsv",
        "# columns: replacement word, the term words it may stand for\n"
        "# third column 'names': a word of health writing, counted only inside fixed names\n"
        "# 'foreign': rare in health writing and in no term (both words of a bound term may be swapped)\n"
        "# ~word: a wider thesaurus relation, counted only in fixed names, bound terms and tight words\n",
        (_synonym_row(tables, x) for x in sorted(tables.synonyms)),
    )
    _write_table(
        folder,
        "spun-heads.tsv",
        "# head templates: replacement, side of the technical word (-1 before, 1 after), the head\n"
        f"# word it stands for (swaps of the screener's pairs, heads of at least {MIN_HEAD_TEMPLATE_TERMS} terms)\n",
        (f"{x}\t{side}\t{h}" for x in sorted(tables.heads) for side, h in tables.heads[x]),
    )
    _write_table(
        folder,
        "spun-pairs.tsv",
        "# two-word terms with both words swapped as the screener's pairs show: first, second:term|...\n",
        (
            f"{x1}\t" + "|".join(f"{x2}:{tables.pairs[x1][x2].text}" for x2 in sorted(tables.pairs[x1]))
            for x1 in sorted(tables.pairs)
        ),
    )
    _write_table(
        folder,
        "spun-phrases.tsv",
        "# two-word replacements of one term word (the screener's pairs and WordNet's two-word\n"
        "# synonyms): the two words, the term words they stand for\n",
        (
            f"{x1} {x2}\t{' '.join(tables.phrases[x1][x2])}"
            for x1 in sorted(tables.phrases)
            for x2 in sorted(tables.phrases[x1])
        ),
    )
    _write_table(
        folder,
        "spun-abbreviations.tsv",
        "# abbreviations (lower case) and their expansions (| between): definitions of the\n"
        "# reference text and of the screener's expected terms, and the initials of fixed names\n",
        (
            f"{key}\t{'|'.join(' '.join(e) for e in tables.abbreviations[key])}"
            for key in sorted(tables.abbreviations)
        ),
    )
    _write_table(
        folder,
        "spun-compounds.tsv",
        "# hyphenated compounds with one part swapped for a WordNet synonym: the variant, the\n"
        "# compound, 1 where the reference all but demands the swapped part beside the kept one\n",
        (f"{v}\t{tables.compounds[v][0]}\t{int(tables.compounds[v][1])}" for v in sorted(tables.compounds)),
    )
    _write_table(
        folder,
        "spun-spinner-words.tsv",
        "# spinner words: a replacement the screener's pairs show for a term word, foreign to health\n"
        "# writing and rare in English; beside any word of a term it stands for those words\n",
        (f"{x}\t{' '.join(os)}" for x, os in sorted(tables.spinner_words.items())),
    )
    _write_table(
        folder,
        "spun-swaps.tsv",
        "# the screener's word swaps (term word, replacement) that a ? term accepts\n",
        sorted(tables.swaps),
    )
    _write_table(
        folder,
        "spun-modifiers.tsv",
        "# first words of two-word terms: beside a head-template replacement they count as technical\n",
        sorted(tables.modifiers),
    )
    _write_table(
        folder,
        "spun-attested.tsv",
        "# variants not reported: known terms, matches in the build side of MedQuAD answers and of\n"
        "# ../shared/data/clean_sentences.tsv, and phrases MT101's and MT103's lists already report\n",
        sorted(tables.attested),
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--wordnet", type=Path, default=WORDNET, help="WordNet dict folder (data.noun, index.noun, ...)"
    )
    ap.add_argument(
        "--no-collocations",
        action="store_true",
        help="leave out the two-word collocations of the reference text (terms from lists only)",
    )
    args = ap.parse_args()
    if not DATA.exists():
        print(f"{DATA} not found (../shared must be beside the repository)", file=sys.stderr)
        return 2
    if not (args.wordnet / "data.noun").exists():
        print(f"{args.wordnet}/data.noun not found: apt-get install wordnet-base", file=sys.stderr)
        return 2
    tables = build_tables(WordNet.read(args.wordnet), collocations=not args.no_collocations)
    # phrases a list rule already reports (MT101's screener list, MT103's generated variants) are
    # left to that rule: one finding per defect
    index = tables.index()
    listed = 0
    for name in ("translation-tortured.tsv", "translation-spun.tsv"):
        for line in (ROOT / "rules" / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                phrase = " ".join(words(line.split("\t")[0]))
                if phrase in find_in_text(index, phrase):
                    tables.attested = tables.attested | {phrase}
                    listed += 1
    tables.sources["left to MT101 and MT103"] = listed
    write_tables(tables, OUT)
    for k, v in tables.sources.items():
        print(f"{k}: {v}")
    print(
        f"wrote {len(tables.terms)} terms, {len(tables.synonyms)} replacement words, {len(tables.attested)} attested variants"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
