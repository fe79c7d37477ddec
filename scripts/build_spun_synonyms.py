"""Build rules/translation-spun.tsv: spun variants of standard medical terms.

Mines word-for-word substitutions (original word -> thesaurus synonym) from the
Problematic Paper Screener list itself: pairs whose tortured and expected
phrases have the same length and differ in exactly one word ("bosom peril" /
"breast cancer" gives breast->bosom and cancer->peril when the other word is
shared elsewhere). Substitutions seen in at least MIN_SUPPORT screener pairs are
applied to a vocabulary of standard medical terms (rules/data/medical-terms.txt
plus the expected terms of the biomedical subset); variants already in the
tortured-phrase lexicon, or found in clean reference text, are dropped: the build
half of the clean published sentences and the MedQuAD answers of the build side
(scripts/data_splits.py; the held-out halves are kept for measuring false
positives; MedQuAD: Ben Abacha and Demner-Fushman 2019, CC BY 4.0). A phrase that
careful writers use ("genetic data", "hereditary disorder", "blood stream") is not a
spinner's mark, whichever swap would produce it; this is the attestation test MT105
applies to its own variants.

    python scripts/build_spun_synonyms.py            # write the pack data
    python scripts/build_spun_synonyms.py --holdout  # measure recall on held-out screener pairs

``--holdout`` holds out each of the five screener folds of scripts/data_splits.py
in turn: the held-out fold's pairs are removed from the mined substitutions, and
their expected terms are removed from the vocabulary (also where
medical-terms.txt lists them), so a held-out phrase counts as found only when a
substitution learnt from other pairs turns a term the generator knew anyway into it.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from data_splits import clean_sentence_is_heldout, medquad_is_heldout, screener_fold

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "rules" / "translation-spun.tsv"
TERMS = ROOT / "rules" / "data" / "medical-terms.txt"
MIN_SUPPORT = 1
#: a replacement at least this common in English at large (wordfreq Zipf: "capacity" 4.7,
#: "organization" 4.9; not "torture" 4.2 or "assault" 4.4) is left to MT105, which weighs it
#: against the reference
EVERYDAY_ZIPF = 4.5
# Synonyms that are themselves ordinary medical heads ("Lyme infection", "lung condition"):
# a variant built with one of them is often legitimate, so those swaps are not used.
LEGITIMATE_HEADS = {
    "infection",
    "infections",
    "illness",
    "illnesses",
    "disorder",
    "disorders",
    "condition",
    "conditions",
    "syndrome",
    "problem",
    "problems",
    "issue",
    "issues",
    "care",
    "treatment",
    "therapy",
    "work",
    "state",
    "damage",
    "injury",
    "injuries",
    "loss",
    "growth",
    "study",
    "test",
    "tests",
    "level",
    "levels",
}
WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def load_pairs(name: str) -> list[tuple[str, str]]:
    rows = csv.DictReader((DATA / name).open(encoding="utf-8"), delimiter="\t")
    return [(r["tortured"], r["expected"]) for r in rows if r.get("match_kind", "phrase") == "phrase"]


def mine(pairs: list[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """(original, synonym) -> number of screener pairs showing that single-word swap."""
    support: Counter[tuple[str, str]] = Counter()
    for tortured, expected in pairs:
        t, e = words(tortured), words(expected)
        if len(t) != len(e) or len(t) < 2:
            continue
        diff = [(a, b) for a, b in zip(e, t, strict=True) if a != b]
        if len(diff) == 1:
            support[diff[0]] += 1
        elif len(diff) == len(t):  # every word swapped: count each swap once, weaker evidence
            for d in diff:
                support[d] += 0  # recorded, but needs single-swap support to count
    return support


def vocabulary(bio_pairs: list[tuple[str, str]], without: frozenset[str] = frozenset()) -> set[str]:
    vocab = {
        " ".join(words(line))
        for line in TERMS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    vocab |= {" ".join(words(e)) for _, e in bio_pairs if 2 <= len(words(e)) <= 4}
    return vocab - without


def variants(vocab: set[str], subs: dict[str, set[str]]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for term in sorted(vocab):
        ws = term.split()
        for i, w in enumerate(ws):
            for syn in sorted(subs.get(w, ())):
                v = " ".join([*ws[:i], syn, *ws[i + 1 :]])
                if v != term and v not in vocab:
                    out.setdefault(v, (term, f"{w}->{syn}"))
    return out


def medquad_answers() -> Iterator[str]:
    """The answers of the MedQuAD documents on the build side (not held out)."""
    with (DATA / "medquad" / "medquad.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc.get("id") and not medquad_is_heldout(doc["id"]):
                yield from (qa.get("answer") or "" for qa in doc.get("qa", []))


def clean_text() -> str:
    """The build-side reference (build half of the clean sentences, build-side MedQuAD
    answers) as one lower-cased word string, sentences apart."""
    rows = csv.DictReader((DATA / "clean_sentences.tsv").open(encoding="utf-8"), delimiter="\t")
    kept = (r["sentence"] for i, r in enumerate(rows) if not clean_sentence_is_heldout(i))
    texts = itertools.chain(kept, medquad_answers())
    return " " + " | ".join(" ".join(words(s)) for s in texts) + " "


def writers_choices(swaps: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Swaps that give a phrase a careful writer could have chosen: the replacement is a word of
    health writing's own register (commoner in the build-side MedQuAD answers than in English at
    large, as MT105's builder defines it: "malignancy", "hereditary", "well-being") and shares
    the original's part of speech in WordNet, so "lung malignancy" and "hereditary disorder"
    read as the writer's choice, not a spinner's; so do swaps to the commonest English words
    (``EVERYDAY_ZIPF``: "lung capacity" for lung function; MT105 weighs them against the
    reference) and to a word WordNet files as a kind of an ordinary head ("ailment", a kind of
    "disorder": "liver ailment"). On FakeHealth's news those were MT103's only warnings, all
    false (benchmarks/realworld/verdicts). Swaps across parts of speech ("heart infect") and
    into words foreign to health writing ("bosom peril") stay."""
    import build_spun_terms as terms  # WordNet reader and register test of the MT105 builder

    wordnet = terms.WordNet.read(terms.WORDNET)
    common = terms.common_words()
    in_health = terms.medquad_zipf()

    def register(word: str) -> bool:
        forms = {word, word.replace("-", "")}
        return any(f in in_health for f in forms) and bool(terms.health_register(forms, common))

    def pos(word: str) -> set[str]:
        forms = (word, word.replace("-", "_"), word.replace("-", ""))
        return {p for f in forms for p, _ in wordnet.index.get(f, ())}

    def lemma(word: str) -> str:
        """The word as WordNet indexes it: a regular plural's singular ("ailments": ailment), so a
        plural swap is judged as its singular is."""
        if word in wordnet.index:
            return word
        for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):
            if word.endswith(suffix) and word[: -len(suffix)] + repl in wordnet.index:
                return word[: -len(suffix)] + repl
        return word

    def first_sense(word: str) -> list[tuple[str, str]]:
        return [("n", key) for p, key in wordnet.index.get(lemma(word), ()) if p == "n"][:1]

    def hypernyms(word: str) -> set[tuple[str, str]]:
        """The direct hypernyms of the word's first noun sense (its main meaning)."""
        return {
            (pp, off)
            for key in first_sense(word)
            for sym, pp, off in wordnet.lemmas[key][2]
            if sym in ("@", "@i")
        }

    ordinary_heads = {key for h in LEGITIMATE_HEADS for key in first_sense(h)}
    return {
        (o, x)
        for o, x in swaps
        # a word of health writing's own register with the original's part of speech
        # ("lung malignancy", "hereditary disorder"); one of the commonest English words ("lung
        # capacity" for lung function, "organization"): clean English puts it beside the kept
        # word in senses the reference never needs, so MT105 weighs it there; or a word whose
        # main sense WordNet files as a kind of an ordinary head's main sense, an ordinary head
        # itself ("ailment" is a kind of "disorder": "liver ailment" is a journalist's variation)
        if (register(x) and pos(o) & pos(x))
        or common.get(x, 0.0) >= EVERYDAY_ZIPF
        or hypernyms(x) & ordinary_heads
    }


def build(
    pairs: list[tuple[str, str]],
    bio: list[tuple[str, str]],
    exclude: set[str],
    clean: str,
    without: frozenset[str] = frozenset(),
) -> dict[str, tuple[str, str]]:
    support = mine(pairs)
    chosen = writers_choices(support)
    subs: dict[str, set[str]] = defaultdict(set)
    for (orig, syn), n in support.items():
        if (
            n >= MIN_SUPPORT
            and orig != syn
            and len(syn) > 2
            and syn not in LEGITIMATE_HEADS
            and (orig, syn) not in chosen
        ):
            subs[orig].add(syn)
    found = variants(vocabulary(bio, without), subs)
    return {v: t for v, t in found.items() if v not in exclude and f" {v} " not in clean}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--holdout", action="store_true", help="measure recall on held-out screener pairs")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"{DATA} not found (../shared must be beside the repository)", file=sys.stderr)
        return 2
    all_pairs = load_pairs("tortured_phrases_meta.tsv")
    bio = load_pairs("tortured_phrases_biomedical.tsv")
    clean = clean_text()
    if args.holdout:
        for strict in (True, False):
            recalls = []
            for fold in range(5):
                held = [p for p in bio if screener_fold(p[0]) == fold]
                held_keys = {" ".join(words(t)) for t, _ in held}
                train = [p for p in all_pairs if " ".join(words(p[0])) not in held_keys]
                train_bio = [p for p in bio if " ".join(words(p[0])) not in held_keys]
                held_terms = frozenset(" ".join(words(e)) for _, e in held) if strict else frozenset()
                generated = build(train, train_bio, set(), clean, held_terms)
                targets = [t for t, e in held if len(words(t)) == len(words(e)) and len(words(t)) >= 2]
                hits = sum(1 for t in targets if " ".join(words(t)) in generated)
                recalls.append(hits / max(1, len(targets)))
                print(f"  fold {fold}: {hits}/{len(targets)} held-out same-length tortured phrases generated")
            mean = sum(recalls) / len(recalls)
            what = (
                "held-out pairs removed and their expected terms removed from the vocabulary"
                if strict
                else "held-out pairs removed; vocabulary = medical-terms.txt + build folds' expected terms"
            )
            print(f"held-out recall, {what}: {mean:.3f} (mean of 5 folds)")
        return 0
    lexicon = {" ".join(words(t)) for t, _ in all_pairs}
    generated = build(all_pairs, bio, lexicon, clean)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            "# Spun variants of standard medical terms (not in the screener list itself).\n"
            "# Substitutions mined from the Problematic Paper Screener list (Cabanac, Labbé, Magazinov 2021)\n"
            "# and applied to rules/data/medical-terms.txt plus the screener's biomedical expected terms.\n"
            "# Generated by scripts/build_spun_synonyms.py; columns: variant, expected term, substitution.\n"
        )
        for v, (term, sub) in sorted(generated.items()):
            fh.write(f"{v}\t{term}\t{sub}\n")
    print(f"wrote {len(generated)} spun variants to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
