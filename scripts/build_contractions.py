"""Build TX108's table of contractions written without their apostrophe ("dont", "youre").

The candidates are generated from English grammar, a closed set: an auxiliary
or modal verb with "n't" ("doesnt", "couldnt", the irregular "cant", "wont",
"shant", "aint"), and a pronoun or wh-word with a clitic "'re", "'ll", "'ve",
"'d", "'s" or "'m" ("youre", "theyll", "weve", "whats"). A candidate is kept
only when, without its apostrophe, it is not an English word:

- not a WordNet 3.0 lemma of any part of speech ("cant", "wont", "well",
  "hell", "shell", "shed", "wed", "id", "ill" are), nor a form in its
  exception lists ("were"), nor a regular inflection of a WordNet verb
  ("lets") or noun ("hes": "he" is helium; "whos": "who" is the WHO);
- not a function word ("its");
- not an "I" form other than "Ive": lower-case "im", "id", "ill" are
  abbreviations or words, and "Im" labels types ("type Im").

No corpus text is read; only WordNet's word lists.

    python scripts/build_contractions.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from medlint.text.lexicon import FUNCTION_PARTS  # noqa: E402

OUT = ROOT / "rules" / "data" / "lexicon" / "contractions.tsv"

#: Auxiliary and modal verbs that take "n't", and the irregular stems ("won't", "can't").
NEGATED = {
    "is": "isn't", "are": "aren't", "was": "wasn't", "were": "weren't", "do": "don't",
    "does": "doesn't", "did": "didn't", "has": "hasn't", "have": "haven't", "had": "hadn't",
    "can": "can't", "will": "won't", "shall": "shan't", "could": "couldn't", "would": "wouldn't",
    "should": "shouldn't", "must": "mustn't", "need": "needn't", "might": "mightn't",
    "dare": "daren't", "ought": "oughtn't", "ai": "ain't",
}  # fmt: skip
#: The hosts each clitic attaches to.
CLITICS = {
    "re": "you we they who what there where how when why",
    "ll": "i you we they he she it that there who what",
    "ve": "i you we they who what could would should might must",
    "d": "i you we they he she it who that there what",
    "s": "he she it that there here what who where how when why let",
    "m": "i",
}


def contractions() -> dict[str, str]:
    """Every bare form -> its spelling with the apostrophe."""
    out: dict[str, str] = {}
    for full in NEGATED.values():
        out[full.replace("'", "")] = full
    for clitic, hosts in CLITICS.items():
        for host in hosts.split():
            written = ("I" if host == "i" else host) + "'" + clitic
            out[host + clitic] = written
    return out


def wordnet_words(folder: Path) -> tuple[set[str], set[str], set[str]]:
    """WordNet's lemmas (any part of speech), its exception-list forms, and its verb and noun lemmas."""
    lemmas: set[str] = set()
    verbs: set[str] = set()
    nouns: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"index.{pos}").open(encoding="latin-1"):
            if line.startswith(" "):
                continue
            lemma = line.split(" ", 1)[0].lower()
            lemmas.add(lemma)
            (verbs if pos == "verb" else nouns if pos == "noun" else set()).add(lemma)
    forms: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"{pos}.exc").open(encoding="latin-1"):
            forms.add(line.split()[0].lower())
    return lemmas | forms, verbs, nouns


def is_word(bare: str, known: set[str], verbs: set[str], nouns: set[str]) -> bool:
    if bare in known or bare in FUNCTION_PARTS:
        return True
    stems = [bare[:-1]] if bare.endswith("s") else []
    if bare.endswith("es"):
        stems.append(bare[:-2])
    if bare.endswith("ed"):
        stems += [bare[:-2], bare[:-1]]
    elif bare.endswith("d"):
        stems.append(bare[:-1])
    return any(s in verbs or (s in nouns and bare.endswith("s")) for s in stems)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    known, verbs, nouns = wordnet_words(args.wordnet)
    kept: dict[str, str] = {}
    dropped: list[str] = []
    for bare, full in sorted(contractions().items()):
        if (bare.startswith("i") and full.startswith("I'") and bare != "ive") or is_word(
            bare, known, verbs, nouns
        ):
            dropped.append(bare)
        else:
            kept[bare] = full
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            "# Built by scripts/build_contractions.py from English grammar (auxiliary + n't, pronoun + clitic);\n"
            "# forms that are words without the apostrophe are left out, judged by WordNet 3.0\n"
            "# (Copyright 2006 by Princeton University, WordNet licence). Columns: bare form, contraction.\n"
        )
        for bare, full in kept.items():
            fh.write(f"{bare}\t{full}\n")
    print(
        f"wrote {len(kept)} contractions to {OUT.relative_to(ROOT)}; left out as words: {' '.join(dropped)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
