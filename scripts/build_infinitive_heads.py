"""Build MT108's table of infinitive heads: words after which clean health prose writes "to" + a verb.

"to" is a preposition ("due to", "lead to increased risk", "given to affected
people") or the infinitive marker ("used to treat", "able to walk", "in order
to"). After the marker only the bare verb is English, so a past form there is
a slip ("used to treated pain", "likely to caused"); after the preposition a
participle may be an adjective. Which one a word before "to" takes is read off
clean text, not listed: over the build side of MedQuAD and of
clean_sentences.tsv (``scripts/data_splits.build_side_texts``), for each word
``w`` the words after "w to" are counted as a verb (a bare verb that is no
noun: letter ``v`` of MT108's word-class table) or a noun phrase (a
determiner, a pronoun, a noun that is no verb, a capitalised word, a number).
A word is an infinitive head when "w to" is followed by a verb at least
``MIN_VERBS`` times and by a noun phrase in at most ``MAX_SHARE`` of those
cases; a past form right after "to" there ("w to treated") is counted too,
and a head after which clean text writes one is dropped (clean prose is
taken to be right). Closed-class words are left out: their "to" depends on
the sentence ("is to", "and to").

    python scripts/build_infinitive_heads.py   # writes rules/data/lexicon/infinitive-heads.tsv
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from medlint.rules.translation._grammar_words import CLOSED_CLASS  # noqa: E402
from medlint.text.word_classes import (  # noqa: E402
    BARE_VERB,
    NOT_VERB,
    PLURAL,
    SINGULAR,
    VERB_ONLY,
    VERB_PAST,
    classes,
)
from scripts.data_splits import build_side_texts  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "rules" / "data" / "lexicon" / "infinitive-heads.tsv"
MIN_VERBS = 10
MAX_SHARE = 0.04
_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+|[^\sA-Za-z\d]")
_NOUN_PHRASE_OPENERS = frozenset(
    "the a an this these those its their his her our your my any some all each every it them him us".split()
)


def count(texts: list[str]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    verbs: Counter[str] = Counter()
    nouns: Counter[str] = Counter()
    pasts: Counter[str] = Counter()
    for text in texts:
        toks = _TOKEN.findall(text)
        for i in range(1, len(toks) - 1):
            if toks[i] != "to" or not toks[i - 1].isalpha():
                continue
            w, nxt = toks[i - 1].lower(), toks[i + 1]
            low = nxt.lower()
            cls = classes(low) if nxt.isalpha() else ""
            if nxt.isalpha() and nxt.islower() and VERB_ONLY in cls:
                verbs[w] += 1
            elif (
                nxt.isdigit()
                or (nxt.isalpha() and not nxt.islower())
                or low in _NOUN_PHRASE_OPENERS
                or SINGULAR in cls
                or (PLURAL in cls and NOT_VERB in cls)
            ):
                nouns[w] += 1
            if nxt.isalpha() and VERB_PAST in cls and BARE_VERB not in cls:
                pasts[w] += 1
    return verbs, nouns, pasts


def main() -> int:
    verbs, nouns, pasts = count(build_side_texts(DATA))
    heads = sorted(
        w
        for w, v in verbs.items()
        if v >= MIN_VERBS
        and nouns[w] <= MAX_SHARE * v
        and not pasts[w]
        and w not in CLOSED_CLASS
        and w not in ("is", "are", "was", "were", "be", "been", "and", "or")
    )
    OUT.write_text(
        "# Built by scripts/build_infinitive_heads.py from the build side of MedQuAD (Ben Abacha and\n"
        "# Demner-Fushman 2019, CC BY 4.0) and clean_sentences.tsv: words after which clean text writes\n"
        f'# "to" + a bare verb at least {MIN_VERBS} times and "to" + a noun phrase at most {MAX_SHARE:.0%} as\n'
        '# often, never "to" + a past form. One word a line.\n' + "".join(f"{w}\n" for w in heads),
        encoding="utf-8",
    )
    dropped = sorted(w for w, v in verbs.items() if v >= MIN_VERBS and nouns[w] <= MAX_SHARE * v and pasts[w])
    print(
        f"wrote {len(heads)} heads to {OUT.relative_to(ROOT)}; dropped for a past form after them: {dropped}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
