"""Build CL119's subject lexicon: the foods, drinks, spices and herbs of WordNet's noun.food file.

A disease claim for a food is the same claim whatever the food: "Eggplant is able to fight against
cancer", "Broccoli kills tumours", "Onions can prevent cancer" (health-food pages and machine-translated
nutrition news name hundreds of foods no hand list of "superfoods" holds). So CL119 reads the word
before its verb of cure or prevention against a list of foods, not a list of the foods seen on pages.

The list is every single-word noun lemma of WordNet 3.0 (Princeton University, WordNet licence) whose
*first* sense (WordNet orders senses by frequency in its tagged corpus) is in the ``noun.food`` lexicographer
file ("eggplant", "apple", "honey"), or is a plant in ``noun.plant`` with a food sense too ("onion",
"garlic", "broccoli", "ginger"). A word whose commonest sense is something else is left out, so "shot"
(a flu shot), "date", "java", "punch" and "round" are not foods here, nor are animals ("fish"). Generic words
for eating are left out too (``NOT_REMEDIES``): a diet, a meal or "food" as such does prevent type 2
diabetes and heart disease in trials, water and alcohol are no remedy of this kind ("alcohol kills the
virus" on a surface is hygiene).

Herbs sold as remedies are plants with no food sense ("hibiscus", "aloe", "echinacea", "chamomile", "valerian",
"dandelion", "nettle"), so a word whose first sense is a plant is taken too when it is rare in English at large
(wordfreq Zipf below ``PLANT_MAX_ZIPF``): the common words whose first WordNet sense happens to be a plant
("simple", "annual", "rose", "shoot", "falls", "glad", "sang") are other words in running text.

    python scripts/build_food_words.py [--wordnet /usr/share/wordnet]

Writes ``rules/data/lexicon/food-words.tsv`` (one word a line). No corpus text is read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "data" / "lexicon" / "food-words.tsv"
#: WordNet's lexicographer file number of noun.food (lexnames: 13).
NOUN_FOOD = "13"
#: noun.plant (20): a vegetable, herb or spice whose first sense is the plant ("onion", "garlic",
#: "broccoli", "ginger", "turmeric") is a food when another of its senses is in noun.food.
NOUN_PLANT = "20"
#: A plant name (first sense in noun.plant, no food sense) is taken when rarer than this (wordfreq Zipf): names of
#: herbs and plants, not the everyday words WordNet lists first as plants.
PLANT_MAX_ZIPF = 3.5
#: Words of eating in general, and drinks that are no remedy: not the subject of a food's disease claim.
NOT_REMEDIES = frozenset(
    """food foods diet diets meal meals nutrition nourishment fare cuisine cooking breakfast lunch dinner
    supper snack snacks dessert drink drinks beverage beverages water alcohol ethanol liquor dish course
    feed helping serving portion ration leftovers""".split()
)
HEADER = (
    "# Built by scripts/build_food_words.py from WordNet 3.0 (Copyright 2006 by Princeton University, used\n"
    "# under the WordNet licence): single-word nouns whose first sense is a food, or a plant with a food\n# sense, or a plant"
    " whose name is rare in English at large (wordfreq 3.1 Zipf < 3.5). One word a line.\n"
)


def sense_lexfiles(wordnet: Path) -> dict[str, list[str]]:
    """Each single-word noun lemma and the lexicographer files of its senses, commonest first."""
    offsets: dict[str, list[str]] = {}
    for line in (wordnet / "index.noun").open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma = parts[0]
        if "_" in lemma or not lemma.isalpha() or not lemma.islower():
            continue
        n_pointers = int(parts[3])
        # lemma pos synset_cnt p_cnt [ptr_symbol]*p_cnt sense_cnt tagsense_cnt synset_offset...
        offsets[lemma] = parts[4 + n_pointers + 2 :]
    lexfile_of: dict[str, str] = {}
    wanted = {o for senses in offsets.values() for o in senses}
    for line in (wordnet / "data.noun").open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        offset, lexfile = line.split(" ", 2)[:2]
        if offset in wanted:
            lexfile_of[offset] = lexfile
    return {lemma: [lexfile_of.get(o, "") for o in senses] for lemma, senses in offsets.items()}


def is_food(lexfiles: list[str]) -> bool:
    """First sense a food, or a plant with a food sense too ("onion", "garlic")."""
    if not lexfiles:
        return False
    return lexfiles[0] == NOUN_FOOD or (lexfiles[0] == NOUN_PLANT and NOUN_FOOD in lexfiles)


def is_rare_plant(lemma: str, lexfiles: list[str]) -> bool:
    """First sense a plant, and the word rare in English at large ("hibiscus", "echinacea", "valerian")."""
    from wordfreq import zipf_frequency

    return bool(lexfiles) and lexfiles[0] == NOUN_PLANT and zipf_frequency(lemma, "en") < PLANT_MAX_ZIPF


def build(wordnet: Path) -> list[str]:
    """The foods, not a generic word of eating."""
    return sorted(
        lemma
        for lemma, lexfiles in sense_lexfiles(wordnet).items()
        if (is_food(lexfiles) or is_rare_plant(lemma, lexfiles))
        and lemma not in NOT_REMEDIES
        and len(lemma) >= 3
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    words = build(ap.parse_args().wordnet)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        fh.writelines(f"{w}\n" for w in words)
    print(f"wrote {len(words)} words to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
