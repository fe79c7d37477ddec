"""MT120 and MT121 on spun copies of held-out MedQuAD answers.

    python benchmarks/spun_refstats.py [--docs 600] [--rate 0.3] [--seed 13] [--wordnet /usr/share/wordnet]

The spinner is this benchmark's own construction, made to resemble article
spinners: every alphabetic content word that is itself a WordNet lemma (noun,
verb, adjective or adverb; Debian package ``wordnet-base``, Princeton WordNet
3.0 licence) is replaced, with probability ``--rate``, by a one-word synonym
drawn from the lemma's first three senses. No word inflection is attempted,
so plural and inflected forms stay as they are. The answers are the MedQuAD
documents held out of the reference tables (``scripts/data_splits.py``; Ben
Abacha and Demner-Fushman 2019, CC BY 4.0), those of 100 words or more, each
linted as ``# question`` + answer Markdown, original and spun.

Reported: the share of original and of spun documents MT120 flags (it is
opt-in and info; its default threshold), the AUC of its document score
(original vs spun), and MT121's findings per 1,000 words on both, with the
share of its spun-text findings that cover a swapped word.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from heldout_mt import SHARED, heldout_medquad  # noqa: E402
from wmt22 import auc, doc_score  # noqa: E402

from medlint.linter import Linter  # noqa: E402

STOP = frozenset(
    "a an the of and or in on to for with by from as at is are was were be been being this that these those it "
    "its their our your his her they we you he she not no can may will would should could than then also into "
    "over under about after before between during do does did has have had which who what when where how why "
    "if but so such some any all each most more other only very".split()
)


def load_wordnet(folder: Path) -> dict[str, list[str]]:
    """Lemma -> one-word synonyms from its first three senses in each part of speech."""
    members: dict[str, list[str]] = {}
    offsets: dict[str, list[tuple[str, str]]] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"data.{pos}").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(" "):
                continue
            parts = line.split()
            n = int(parts[3], 16)
            words = [parts[4 + 2 * k].split("(")[0].lower() for k in range(n)]
            members[f"{pos}:{parts[0]}"] = [w for w in words if w.isalpha()]
        for line in (folder / f"index.{pos}").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma, synset_cnt = parts[0], int(parts[2])
            if not lemma.isalpha():
                continue
            offsets.setdefault(lemma, []).extend((pos, o) for o in parts[-synset_cnt:][:3])
    out: dict[str, list[str]] = {}
    for lemma, offs in offsets.items():
        syns = sorted({w for pos, o in offs for w in members.get(f"{pos}:{o}", []) if w != lemma})
        if syns:
            out[lemma] = syns
    return out


_WORD = re.compile(r"[A-Za-z]+")


def spin(
    text: str, thesaurus: dict[str, list[str]], rate: float, rng: random.Random
) -> tuple[str, list[tuple[int, int]]]:
    """The spun text and the spans of the words it swapped."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    shift = 0
    for m in _WORD.finditer(text):
        w = m.group()
        low = w.lower()
        if low in STOP or low not in thesaurus or rng.random() >= rate:
            continue
        new = rng.choice(thesaurus[low])
        if w[0].isupper():
            new = new[0].upper() + new[1:]
        out.append(text[at : m.start()])
        start = m.start() + shift
        out.append(new)
        spans.append((start, start + len(new)))
        shift += len(new) - len(w)
        at = m.end()
    out.append(text[at:])
    return "".join(out), spans


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--medquad", type=Path, default=SHARED / "medquad" / "medquad.jsonl")
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--docs", type=int, default=600)
    ap.add_argument("--rate", type=float, default=0.3)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument(
        "--surprise", type=float, default=None, help="MT121's surprise-score (turns on its info test)"
    )
    args = ap.parse_args(argv)
    thesaurus = load_wordnet(args.wordnet)
    rng = random.Random(args.seed)
    docs = [d for d in heldout_medquad(args.medquad) if len(d.split()) >= 100]
    docs = rng.sample(docs, min(args.docs, len(docs)))
    options = {} if args.surprise is None else {"MT121": {"surprise-score": args.surprise}}
    linter = Linter(select=["MT120", "MT121"], rule_options=options)
    result = {"original": [0, 0, 0, []], "spun": [0, 0, 0, []]}  # words, MT120 docs, MT121 hits, scores
    on_swap = 0
    swaps = 0
    for doc in docs:
        spun, swapped = spin(doc, thesaurus, args.rate, rng)
        swaps += len(swapped)
        for name, text in (("original", doc), ("spun", spun)):
            r = result[name]
            r[0] += len(text.split())
            found = linter.lint_text(text, "markdown")
            r[1] += any(d.code == "MT120" for d in found)
            hits = [d for d in found if d.code == "MT121"]
            r[2] += len(hits)
            r[3].append(doc_score(text))
            if name == "spun":
                on_swap += sum(
                    1 for d in hits if any(s < d.end.offset and d.start.offset < e for s, e in swapped)
                )
    n = len(docs)
    print(f"{n} held-out MedQuAD answers (>= 100 words), spin rate {args.rate}, seed {args.seed}")
    for name, (words, mt120, mt121, _) in result.items():
        print(
            f"  {name:8s} {words:,} words: MT120 flags {mt120} of {n} documents ({100 * mt120 / n:.1f}%); "
            f"MT121 {mt121} findings, warning and info ({1000 * mt121 / max(words, 1):.2f} per 1,000 words)"
        )
    spun_hits = result["spun"][2]
    print(
        f"  MT121 findings on spun text covering a swapped word: {on_swap} of {spun_hits} ({swaps:,} swaps)"
    )
    print(
        f"  AUC of MT120's document score, spun vs original: {auc(result['spun'][3], result['original'][3]):.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
