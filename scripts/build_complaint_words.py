"""Build CL142's complaint lexicon: the ailments and symptoms of WordNet, as single words.

CL142 reads "remedy ... verb of benefit ... health object" ("Yogurt removes halitosis", "garlic tea can help stop a
cold"). Its health objects were a hand list of everyday complaints and organs plus CL119's serious diseases
(``condition-words.tsv``), so a remedy page about a complaint neither held ("tinnitus", "gingivitis", "sinusitis",
"halitosis") drew nothing. This lexicon holds every noun lemma of WordNet 3.0 (Princeton University, WordNet
licence) whose *first* sense lies under ill health (``pathological_state``: diseases, infections, injuries,
disorders) or under ``symptom`` (pain, itching, tinnitus, dizziness), following hyponym links, as ``condition-words``
does for the serious diseases. A lemma whose first sense is a complaint while running text means something else
by it, a disease of animals or plants, and abbreviations are left out (``NOT_COMPLAINT_IN_PROSE``).

    python scripts/build_complaint_words.py [--wordnet /usr/share/wordnet]

Writes ``rules/data/lexicon/complaint-words.tsv`` (one word a line). No corpus text is read.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_condition_words import closure, read_nouns, word_list_main  # noqa: E402

OUT = ROOT / "rules" / "data" / "lexicon" / "complaint-words.tsv"
#: WordNet lemmas (first noun sense) whose hyponyms are the complaints a remedy is sold for
ROOTS = ("pathological_state", "symptom")
#: Lemmas whose first sense is a complaint while running text means something else by them ("gall" as nerve,
#: "graze" as feeding, "scratch", "kink", "torment", "twitch"), diseases of animals and plants ("bluetongue",
#: "rinderpest", "spavin", "dieback", "gummosis", "locoism"), words of a blemish or a mark ("hickey",
#: "stigmata", "tubercle", "peduncle") and abbreviations a lower-cased word cannot tell from others ("mono", "sars",
#: "niddm", "syph")
NOT_COMPLAINT_IN_PROSE = frozenset(
    """gall graze scratch kink torment twitch smartness looseness insolation bluetongue rinderpest spavin dieback
    gummosis locoism hickey stigmata tubercle peduncle mono sars niddm syph wasting disablement symptom illness
    unwellness lichen vellication wrick""".split()
)
HEADER = (
    "# Built by scripts/build_complaint_words.py from WordNet 3.0 (Copyright 2006 by Princeton University,\n"
    "# used under the WordNet licence): single-word nouns whose first sense is ill health (a disease, an\n"
    "# infection, an injury, a disorder) or a symptom; CL142's health objects. One word a line.\n"
)


def build(wordnet: Path) -> list[str]:
    """The single-word lemmas whose first sense is ill health or a symptom."""
    senses, hyponyms = read_nouns(wordnet)
    complaints = closure((senses[r][0] for r in ROOTS), hyponyms)
    return sorted(
        lemma
        for lemma, offsets in senses.items()
        if lemma.isalpha()
        and lemma.islower()
        and len(lemma) >= 4
        and lemma not in NOT_COMPLAINT_IN_PROSE
        and offsets[0] in complaints
    )


def main(argv: list[str] | None = None) -> int:
    return word_list_main(__doc__ or "", build, OUT, HEADER, argv)


if __name__ == "__main__":
    raise SystemExit(main())
