"""Build CL119's condition lexicon: the serious diseases of WordNet, as single words.

A disease claim for a remedy is the same claim whatever the disease: "Garlic suppresses ovarian
cancer", "Soursop kills leukaemia", "Black seed oil cures hepatitis", "Neem destroys malaria". A hand
list of a dozen diseases finds the pages that name those and misses the rest, so CL119's generic
reading checks the head noun after its verb of cure against this list instead.

The list is every noun lemma of WordNet 3.0 (Princeton University, WordNet licence) whose *first*
sense (WordNet orders senses by frequency in its tagged corpus) lies under one of the serious kinds of
disease in ``ROOTS`` (cancer and tumours, diabetes, arthritis, heart and blood-vessel disease,
infections, autoimmune, kidney, liver, lung, gland, skin, eye and nervous-system disease, mental
disorders), following
hyponym links. A word whose commonest sense is something else ("cold", "depression", "stroke" as a
blow) is left out, as are deficiency diseases and anaemia ("vitamin C prevents scurvy", "iron treats
anaemia": real prevention and treatment) and the generic heads, which the rule's patterns read
themselves ("disease", "disorder", "illness"). A multiword lemma contributes nothing: the rule reads
the head noun of a phrase ("ovarian cancer" by "cancer"), and single words are what a head can be.
Plurals are read by the rule.

    python scripts/build_condition_words.py [--wordnet /usr/share/wordnet]

Writes ``rules/data/lexicon/condition-words.tsv`` (one word a line). No corpus text is read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_word_classes import noun_senses, noun_synsets  # noqa: E402

OUT = ROOT / "rules" / "data" / "lexicon" / "condition-words.tsv"
#: WordNet lemmas (first noun sense) of the serious kinds of disease whose hyponyms a remedy's seller
#: claims to cure: a food or supplement has been shown in trials to prevent or treat none of them.
ROOTS = (
    "malignant_neoplastic_disease",
    "neoplasm",
    "diabetes",
    "arthritis",
    "cardiovascular_disease",
    "heart_disease",
    "hypertension",
    "infectious_disease",
    "autoimmune_disease",
    "kidney_disease",
    "liver_disease",
    "respiratory_disease",
    "nervous_disorder",
    "mental_disorder",
    "dementia",
    "autism",
    "glandular_disease",
    "skin_disease",
    "eye_disease",
    # chronic complaints sold remedies as diseases are: sleep disorders ("insomnia"), migraine, bone loss
    "sleep_disorder",
    "migraine",
    "osteoporosis",
)
#: Kinds of disease a nutrient does prevent or treat: their hyponyms are left out.
NOT_CLAIMS = ("deficiency_disease", "anemia")
#: The generic heads, read by the rule's patterns with their own care.
GENERIC = frozenset({"disease", "disorder", "illness", "condition", "syndrome", "sickness", "infection"})
#: Lemmas whose first sense is such a disease while running text means something else by them ("cold
#: water", "a frenzy", "xenophobia" as politics, "coronary" as an artery), blemishes no one calls a
#: disease ("dandruff", "pimple"), an obsolete name ("cretinism"), and abbreviations, which
#: a lower-cased head cannot tell from words ("ms", "le", "mono", the verb "aids"); "flu" is the one short name kept.
NOT_DISEASE_IN_PROSE = frozenset(
    """cold coronary pest pestilence frenzy folie fugue xenophobia maladjustment hysteria neuroticism
    schizoid dementedness plague mono aids dandruff hickey pimple papule pustule pock windburn lichen erythema
    melanism cretinism""".split()
)
SHORT_KEPT = frozenset({"flu"})
HEADER = (
    "# Built by scripts/build_condition_words.py from WordNet 3.0 (Copyright 2006 by Princeton University,\n"
    "# used under the WordNet licence): single-word nouns whose first sense is a serious disease (cancer,\n"
    "# diabetes, arthritis, heart, infectious, autoimmune, kidney, liver, lung, gland, skin, eye, nervous\n"
    "# and mental disease), deficiency diseases and anaemia left out. One word a line.\n"
)


def read_nouns(wordnet: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Each noun lemma's synset offsets (commonest first) and each synset's hyponyms: WordNet's own
    readers of ``build_word_classes`` (index.noun, data.noun), the hyponym links read back from its
    hypernym links."""
    senses = noun_senses(wordnet)
    hyponyms: dict[str, list[str]] = {}
    for offset, (_lexfile, hypernyms, _words) in noun_synsets(wordnet).items():
        for parent in hypernyms:
            hyponyms.setdefault(parent, []).append(offset)
    return senses, hyponyms


def closure(starts: Iterable[str], hyponyms: dict[str, list[str]]) -> set[str]:
    """The synsets under ``starts``, themselves included."""
    seen: set[str] = set()
    todo = list(starts)
    while todo:
        offset = todo.pop()
        if offset not in seen:
            seen.add(offset)
            todo.extend(hyponyms.get(offset, ()))
    return seen


def build(wordnet: Path) -> list[str]:
    """The single-word lemmas whose first sense is a serious disease."""
    senses, hyponyms = read_nouns(wordnet)
    serious = closure((senses[r][0] for r in ROOTS), hyponyms)
    serious -= closure((senses[r][0] for r in NOT_CLAIMS), hyponyms)
    return sorted(
        lemma
        for lemma, offsets in senses.items()
        if lemma.isalpha()
        and lemma.islower()
        and lemma not in GENERIC
        and lemma not in NOT_DISEASE_IN_PROSE
        and (len(lemma) >= 4 or lemma in SHORT_KEPT)
        and offsets[0] in serious
    )


def word_list_main(
    description: str, build_words: Callable[[Path], list[str]], out: Path, header: str, argv: list[str] | None
) -> int:
    """The command line of a WordNet word-list builder: read ``--wordnet``, build the words, write them one a line
    under ``header`` to ``out`` (this script's and ``build_complaint_words``'s)."""
    ap = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args(argv)
    words = build_words(args.wordnet)
    out.write_text(header + "".join(f"{w}\n" for w in words), encoding="utf-8")
    print(f"{len(words)} words -> {out.relative_to(ROOT)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return word_list_main(__doc__ or "", build, OUT, HEADER, argv)


if __name__ == "__main__":
    raise SystemExit(main())
