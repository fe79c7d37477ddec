"""Build TX127's list of place, people and language names that English always capitalises.

Machine translation from Chinese and other scripts without capitals, and text typed in a hurry,
write "in china", "traditional chinese medicine", "papua new guinea", "north american". A proper
name is not a word a spelling list can miss, so TX109 never sees these. The list is every single-word
lemma of WordNet 3.0 (Princeton University, WordNet licence) that WordNet spells with a capital in a
noun of places (noun.location, and noun.object for continents, rivers and mountains), or in an adjective that pertains to a place, a people or a language
("Chinese", "American"; not "Draconian", after a person), or in a people or language noun spelt as
such an adjective; and that WordNet never spells in lower case as a word of its own, nor as a lemma
it may inflect ("Acts", "Judges", "Windows" are books and titles, "acts" and "windows" plurals): "china" (porcelain), "turkey" (the bird), "guinea" (the coin), "nice" and "reading" are English
words in lower case and are left out. WordNet's lower-case compounds that hold a name ("french
fries", "chinese mustard") are written beside it: English writes those in lower case, and the rule
leaves them.
Names of one to three letters are left out too (abbreviations and initials).

    python scripts/build_proper_names.py [--wordnet /usr/share/wordnet]

Writes ``rules/data/lexicon/proper-names.tsv`` (one name a line, as spelt). No corpus text is read.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "data" / "lexicon" / "proper-names.tsv"
#: noun.location, and noun.object, which holds the continents, rivers and mountains ("Africa")
PLACE_FILES = frozenset({"15", "17"})
#: noun.communication (languages), noun.group (peoples)
PEOPLE_FILES = frozenset({"10", "14"})
NAME_FILES = PEOPLE_FILES | PLACE_FILES
MIN_LENGTH = 4


def synsets(path: Path) -> Iterator[tuple[str, str, list[str], list[tuple[str, str, str]]]]:
    """Each synset of a WordNet data file: (its offset, its lexicographer file number, its words as
    spelt with an adjective's position marker such as "(a)" removed, its pointers as (symbol, target
    offset, target part of speech))."""
    for line in path.open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        fields = line.split(" | ", 1)[0].split()
        offset, lexfile, n_words = fields[0], fields[1], int(fields[3], 16)
        k = 4 + 2 * n_words
        words = [w.split("(", 1)[0] for w in fields[4:k:2]]
        n_ptrs = int(fields[k])
        ptrs = fields[k + 1 : k + 1 + 4 * n_ptrs]
        yield offset, lexfile, words, [(ptrs[j], ptrs[j + 1], ptrs[j + 2]) for j in range(0, len(ptrs), 4)]


def _capitalised(word: str) -> bool:
    return "_" not in word and word.isalpha() and word[0].isupper() and word[1:].islower()


def _forms(word: str, irregular: dict[str, set[str]]) -> set[str]:
    """``word`` and the lemmas it may be an inflection of ("acts" -> "act", "judges" -> "judge", and
    WordNet's irregular plurals, noun.exc: "ischia" -> "ischium"). The irregular plurals are read from
    WordNet's own list, not guessed from an ending: a guess of "-a" for "-um" read "India" as the
    plural of "indium" and left the country out (s62)."""
    out = {word} | irregular.get(word, set())
    if word.endswith("s"):
        out.add(word[:-1])
    if word.endswith("es"):
        out.add(word[:-2])
    if word.endswith("ies"):
        out.add(word[:-3] + "y")
    return out


def irregular_plurals(wordnet: Path) -> dict[str, set[str]]:
    """WordNet's irregular noun forms (noun.exc): each form -> the lemmas it inflects."""
    out: dict[str, set[str]] = {}
    path = wordnet / "noun.exc"
    if path.exists():
        for line in path.open(encoding="latin-1"):
            form, *lemmas = line.split()
            out.setdefault(form, set()).update(lemmas)
    return out


def build(wordnet: Path) -> dict[str, list[str]]:
    """Each name -> the lower-case multiword lemmas that hold it ("French" -> "french fries"), which
    English writes in lower case and the rule leaves."""
    lower_single: set[str] = set()
    compounds: dict[str, set[str]] = {}
    noun_file: dict[str, str] = {}
    places: set[str] = set()
    peoples: set[str] = set()
    adjectives: dict[str, list[tuple[str, str, str]]] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        for offset, lexfile, words, pointers in synsets(wordnet / f"data.{pos}"):
            if pos == "noun":
                noun_file[offset] = lexfile
            for word in words:
                if "_" in word:
                    tokens = word.split("_")
                    for token in tokens:
                        if token.isalpha() and token.islower():
                            compounds.setdefault(token, set()).add(" ".join(x.lower() for x in tokens))
                    continue
                if word.islower():
                    lower_single.add(word)
                if not _capitalised(word):
                    continue
                if pos == "noun" and lexfile in PLACE_FILES:
                    places.add(word)
                elif pos == "noun" and lexfile in PEOPLE_FILES:
                    peoples.add(word)
                elif pos == "adj":
                    adjectives.setdefault(word, []).extend(pointers)
    # an adjective of a place or a people ("Chinese" pertains to China): its pertainym pointer ("\\")
    # leads to a noun of places, peoples or languages; "Draconian" (Draco, a person) is left
    irregular = irregular_plurals(wordnet)
    nationality = {
        word
        for word, pointers in adjectives.items()
        if any(
            sym == "\\" and part == "n" and noun_file.get(target) in NAME_FILES
            for sym, target, part in pointers
        )
    }
    # a people or language noun only where its adjective is one ("Chinese", "English"): the noun files
    # also hold the books of the Bible ("Acts", "Judges") and other titles
    names = places | nationality | (peoples & nationality)
    return {
        name: sorted(compounds.get(name.lower(), ()))
        for name in sorted(names)
        if len(name) >= MIN_LENGTH and not (_forms(name.lower(), irregular) & lower_single)
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = parser.parse_args()
    names = build(args.wordnet)
    header = (
        "# Built by scripts/build_proper_names.py for TX127 (lowercase-proper-name) from WordNet 3.0\n"
        "# (Copyright 2006 by Princeton University, used under the WordNet licence): single-word names of\n"
        "# places, peoples and languages, and capitalised adjectives, that WordNet never spells in lower case\n"
        "# as a word of their own. Columns: the name as spelt; the lower-case compounds that hold it\n"
        "# ('french fries'), separated by '|'.\n"
    )
    lines = [f"{name}\t{'|'.join(held)}" if held else name for name, held in names.items()]
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
