"""Build MT108's word-class table: which common words are plural nouns, singular nouns, comparatives.

MT108 (grammar-pattern) checks number agreement and doubled comparatives
without a tagger, so it must know, for a word after a determiner, whether it
can only be a plural noun ("patients"), only a singular noun ("disease"), or a
comparative ("easier"). ``rules/data/lexicon/word-classes.tsv`` holds, for
every lower-case word of wordfreq's shipped table (Zipf ``MIN_ZIPF`` or more)
that has one of these readings in WordNet 3.0, its class letters:

- ``p``: a plural noun: the regular plural (-s, -es, -ies) of a WordNet noun,
  or an irregular plural from ``noun.exc`` ("children"; not the Latin and
  Greek ones in -a, which are also mass nouns: "the media has"), that is not itself a
  noun, adjective or adverb lemma ("means", "series", "shingles", "news" and
  "always" are not plurals for this purpose);
- ``n``: with ``p``, the form is not also a verb form (its base is no WordNet
  verb), so "this symptoms" is wrong where "this helps" is not;
- ``s``: a singular noun lemma that is no verb, adjective or adverb, no plural
  form (not in ``noun.exc`` and not reducible to another noun, "glasses"), no
  verb's past form ("thought"), no gerund, no Latin plural listed as a lemma
  ("bacteria"), and does not end in a bare -s ("series", "species" are
  invariant);
- ``z``: a third-person -s form of a WordNet verb that is no lemma itself
  ("includes"; "helps" is also ``p``);
- ``d``: a past form of a WordNet verb, regular or from ``verb.exc``
  ("caused", "went"), that is no noun or verb lemma ("need", "found");
- ``e``: a past form of a WordNet verb, regular or from ``verb.exc``, that is also a noun lemma
  but no verb lemma ("led": LED, "thought", "shot", "won", "rose"), so no bare verb either: after a
  modal it is the same slip as a ``d`` form ("can led", "may thought"); only the modal check reads it
  (after "to" or "those" a noun may follow);
- ``k``: the first word of a WordNet compound noun headed by "can" or "will" ("trash can",
  "watering can", "living will", "free will"): before them they are nouns, so a singular noun
  without this letter before "can" or "will" is the modal's subject ("the heart can");
- ``h``: a singular count noun naming a person ("patient", "doctor", "child"):
  its first (commonest) WordNet sense is in the lexicographer file
  ``noun.person`` and is no kinship term (a hyponym of relative.n.01: "Mom",
  "Father" stand alone as names); no sense of it names a group or a species
  ("woman" is also womankind, "man" the human species, both said without an
  article); not a plural, nor a verb's past participle ("the four accused"), nor a lemma of
  person.n.01 itself, nor an indefinite
  pronoun ("Someone will call", "Nobody knows"), nor a name (WordNet spells
  the first sense with a capital: "God");
- ``j``: with ``h``, the person noun is also an adjective ("patient", "elderly"), so after
  "many" or "these", which are also pronouns, it may be the adjective ("many desperate for help");
- ``b``: the bare (base) form of a WordNet verb ("cause", "prevent") that is no adjective
  or adverb lemma ("clean", "still"), no past form of another verb ("found", "saw", "lay":
  in ``verb.exc`` or a regular -ed form, nor "re" and such a form: "resent" is also "re-sent"),
  no -s or -ed form itself, no auxiliary or modal
  ("need", "dare" are also modals), and not one of the irregular verbs whose past or past
  participle is the base itself (``SAME_FORM_VERBS``: "it put", "has become" are right), so
  after "it" at a clause start or after "be" and "have" it can only be a wrong form;
- ``v``: with ``b``, the verb is no noun lemma either ("prevent", "reduce"; not "cause",
  "use"), so after "the" or "this disease" it cannot head a noun phrase;
- ``c`` / ``t``: a comparative / superlative adjective: the -er / -est form of a
  WordNet adjective (doubling and y -> i handled) that is not itself a lemma
  of any part of speech, or an irregular one from ``adj.exc`` ("better",
  "worst").

Then the rule itself runs over the build side of MedQuAD's answers and of
``../shared/data/clean_sentences.tsv``: a word that any MT108 pattern flags in
that professionally edited text is used that way by careful writers
("these bacteria are") twice or more is used that way by careful writers, so
its letters are dropped (once may be the text's own slip: MedQuAD has "These
disease have"). Only words and letters are shipped.

Sources: WordNet 3.0 (Copyright 2006 by Princeton University, WordNet licence),
wordfreq (Speer et al., data CC BY-SA 4.0), MedQuAD (Ben Abacha and
Demner-Fushman 2019, CC BY 4.0; build side) and clean_sentences.tsv (build side).

    python scripts/build_word_classes.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from data_splits import build_side_texts  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "rules" / "data" / "lexicon" / "word-classes.tsv"
#: Only words at least this common (wordfreq Zipf) are classed: rare WordNet lemmas add nothing.
MIN_ZIPF = 3.0
#: A word the rule flags this often in clean build-side text is usage, not error.
MIN_ATTESTED = 2
#: The graded quantifiers themselves ("most", "less"): the words the rule looks after, never what it finds.
QUANTIFIERS = frozenset({"more", "most", "less", "least", "fewer", "fewest"})
HEADER = (
    "# Built by scripts/build_word_classes.py. Sources: WordNet 3.0 (Copyright 2006 by Princeton\n"
    "# University, WordNet licence), wordfreq (Speer et al., data CC BY-SA 4.0); words flagged in the\n"
    "# build side of MedQuAD answers (Ben Abacha and Demner-Fushman 2019, CC BY 4.0) and of\n"
    "# clean_sentences.tsv are dropped. Columns: word, classes (p plural noun, n not a verb form,\n"
    "# s singular noun only, z verb -s form, d verb past form, e past form also a noun, h person noun,\n"
    "# j person noun and adjective, b bare verb form, v bare verb form and no noun, c comparative,\n"
    '# t superlative, k first word of a compound noun on "can" or "will").\n'
)


#: Irregular verbs whose past or past participle is spelt like the base (Swan, Practical English
#: Usage, "irregular verbs"): "it cut", "has become", "was put" are right. A verb ending in one of
#: them ("broadcast", "overcome", "reset", "outrun") is such a verb too.
SAME_FORM_VERBS = (
    "bet bid broadcast burst cast cost cut fit hit hurt knit let put quit read rid set shed shut "
    "slit spit split spread sweat thrust wed wet beat come become run".split()
)
#: Auxiliaries and modals: their bare forms follow subjects of any number ("he need not").
SAME_FORM_ENDINGS = tuple(SAME_FORM_VERBS)
AUXILIARIES = frozenset("be have do need dare will shall can may must ought used".split())
#: Modals that are also nouns, the heads of WordNet compounds ("trash can", "living will").
NOUN_MODALS = ("can", "will")
#: Prepositions WordNet also lists as verbs ("is except in"): never a bare verb in a sentence.
PREPOSITION_VERBS = frozenset("except save bar near round past".split())


def lemmas(wordnet: Path, pos: str) -> set[str]:
    out = set()
    for line in (wordnet / f"index.{pos}").open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        out.add(line.split(" ", 1)[0])
    return out


#: WordNet's lexicographer files: the person nouns, and the senses that name a whole kind.
PERSON_FILE = "18"
KIND_FILES = frozenset({"05", "14"})  # noun.animal, noun.group
#: person.n.01 (whose lemmas "someone", "somebody" are pronouns) and relative.n.01 (kinship terms).
PERSON_SYNSET = "00007846"
RELATIVE_SYNSET = "10235549"
#: The indefinite pronouns (a closed class), some of which WordNet lists as person nouns.
INDEFINITE_PRONOUNS = frozenset(
    "someone somebody anyone anybody everyone everybody nobody noone whoever oneself".split()
)


def noun_synsets(wordnet: Path) -> dict[str, tuple[str, list[str], list[str]]]:
    """Each noun synset offset -> (its lexicographer file number, its hypernym offsets, its words as spelt)."""
    out = {}
    for line in (wordnet / "data.noun").open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        fields = line.split(" | ", 1)[0].split()
        offset, lexfile, n_words = fields[0], fields[1], int(fields[3], 16)
        k = 4 + 2 * n_words
        n_ptrs = int(fields[k])
        ptrs = fields[k + 1 : k + 1 + 4 * n_ptrs]
        hypernyms = [ptrs[j + 1] for j in range(0, len(ptrs), 4) if ptrs[j] in ("@", "@i")]
        out[offset] = (lexfile, hypernyms, fields[4:k:2])
    return out


def noun_senses(wordnet: Path) -> dict[str, list[str]]:
    """Each noun lemma -> its synset offsets, commonest sense first."""
    out = {}
    for line in (wordnet / "index.noun").open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        fields = line.split()
        n_senses = int(fields[2])
        out[fields[0]] = fields[-n_senses:]
    return out


def is_person_noun(
    word: str, senses: dict[str, list[str]], synsets: dict[str, tuple[str, list[str], list[str]]]
) -> bool:
    """The ``h`` class (see the module docstring)."""
    offsets = senses.get(word)
    if not offsets or word in INDEFINITE_PRONOUNS or offsets[0] == PERSON_SYNSET:
        return False
    if word not in synsets[offsets[0]][2]:
        return False  # spelt with a capital there: a name ("God")
    if synsets[offsets[0]][0] != PERSON_FILE or any(synsets[o][0] in KIND_FILES for o in offsets):
        return False
    seen, todo = set(), [offsets[0]]
    while todo:
        o = todo.pop()
        if o == RELATIVE_SYNSET:
            return False
        if o not in seen:
            seen.add(o)
            todo.extend(synsets[o][1])
    return True


def exceptions(wordnet: Path, pos: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in (wordnet / f"{pos}.exc").open(encoding="latin-1"):
        form, *bases = line.split()
        out[form] = bases
    return out


def plural_bases(word: str) -> list[str]:
    """The singulars a regular plural could come from ("diseases" -> disease, diseas; "studies" -> study)."""
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return out


def graded_bases(word: str, ending: str) -> list[str]:
    """The adjectives a regular comparative or superlative could come from ("bigger" -> big)."""
    if not word.endswith(ending) or len(word) <= len(ending) + 2:
        return []
    return _regular_stems(word[: -len(ending)])


def build_classes(wordnet: Path, freq: dict[str, float]) -> dict[str, str]:
    noun, verb, adj, adv = (lemmas(wordnet, p) for p in ("noun", "verb", "adj", "adv"))
    noun_exc, adj_exc = exceptions(wordnet, "noun"), exceptions(wordnet, "adj")
    verb_exc = exceptions(wordnet, "verb")
    any_lemma = noun | verb | adj | adv
    senses, synsets = noun_senses(wordnet), noun_synsets(wordnet)
    verb_past_forms = frozenset(verb_exc)
    classes: dict[str, str] = {}
    from medlint.rules.translation._grammar_words import CLOSED_CLASS, TRIGGERS

    for w, z in freq.items():
        if z < MIN_ZIPF or not w.isalpha() or not w.islower() or w in CLOSED_CLASS or w in TRIGGERS:
            continue
        letters = ""
        # plural nouns
        # a base of three letters or more: "is" and "has" are not plurals of "i" (iodine) and "ha"
        # (a Latin or Greek plural in -a is left out: "the media has", "the data is" are usage)
        bases = [b for b in noun_exc.get(w, []) if b in noun and not w.endswith("a")] or [
            b for b in plural_bases(w) if b in noun and len(b) >= 3
        ]
        if bases and w not in noun and w not in adj and w not in adv:
            letters += "p"
            if not any(b in verb for b in bases):
                letters += "n"
        # singular nouns only
        if (
            w in noun
            and w not in verb
            and w not in adj
            and w not in adv
            and w not in noun_exc
            and not any(b in noun for b in plural_bases(w))
            and (not w.endswith("s") or w.endswith(("ss", "us", "is")))
            and not w.endswith("ing")  # a gerund ("freezing") follows verbs as readily as nouns
            # a verb's past form ("thought", "found"), which follows "those" as a participle
            and w not in verb_exc
            and not (w.endswith("ed") and (w[:-1] in verb or w[:-2] in verb))
            # a Latin or Greek plural listed as a lemma ("bacteria", "criteria", "data")
            and not (w.endswith("a") and (w[:-1] + "um" in noun or w[:-1] + "on" in noun))
        ):
            letters += "s"
        # person nouns, singular ("patients" is a plural, "glasses" reducible to another noun)
        if (
            w not in noun_exc
            and not any(b in noun for b in plural_bases(w))
            and (not w.endswith("s") or w.endswith(("ss", "us", "is")))
            # a participle used as a noun is invariant ("the four accused are")
            and not any(b in verb for b in past_bases(w))
            and is_person_noun(w, senses, synsets)
        ):
            letters += "h"
            if w in adj:
                letters += "j"
        # comparatives and superlatives
        irregular = [b for b in adj_exc.get(w, []) if b in adj]
        if w in QUANTIFIERS:
            pass
        elif irregular:
            letters += "c" if w.endswith(("er", "se")) else "t" if w.endswith(("st",)) else ""
        elif w not in any_lemma:
            if any(b in adj for b in graded_bases(w, "er")):
                letters += "c"
            elif any(b in adj for b in graded_bases(w, "est")):
                letters += "t"
        # finite verb forms, which never follow a modal ("can includes", "could caused")
        if w not in any_lemma and any(b in verb for b in plural_bases(w)):
            letters += "z"
        if (
            w not in noun
            and w not in verb
            # verb.exc also lists -ing forms with a doubled consonant ("controlling"): not past forms
            and not w.endswith("ing")
            and (any(b in verb for b in past_bases(w)) or any(b in verb for b in verb_exc.get(w, [])))
        ):
            letters += "d"
        if (
            w in noun
            and w not in verb
            and not w.endswith("ing")
            # "am" (amplitude modulation) is a form of "be", not a past form
            and "be" not in verb_exc.get(w, [])
            and (any(b in verb for b in past_bases(w)) or any(b in verb for b in verb_exc.get(w, [])))
        ):
            letters += "e"
        # bare verb forms, which never follow "it", "be" or "have" ("it cause", "be take")
        if (
            w in verb
            and w not in adj
            and w not in adv
            and w not in AUXILIARIES
            and w not in PREPOSITION_VERBS
            and w not in verb_past_forms
            # "resent" is also "re-sent" written without its hyphen: a past form after "re"
            and not (w.startswith("re") and w[2:] in verb_past_forms)
            and w not in noun_exc
            and not w.endswith(SAME_FORM_ENDINGS)
            and not any(b in verb for b in past_bases(w))
            and not any(b in verb for b in plural_bases(w))
        ):
            letters += "b" if w in noun else "bv"
        # the first word of a compound noun whose head is a modal's spelling ("trash can", "living
        # will"): before "can" or "will" it makes them nouns, not the modal
        if any(f"{w}_{m}" in noun for m in NOUN_MODALS):
            letters += "k"
        if letters:
            classes[w] = letters
    return classes


def past_bases(word: str) -> list[str]:
    """The verbs a regular past form could come from ("caused" -> cause, "stopped" -> stop, "tried" -> try)."""
    if not word.endswith("ed") or len(word) < 5:
        return []
    return _regular_stems(word[:-2])


def _regular_stems(stem: str) -> list[str]:
    """A stem with a regular ending taken off, and the bases English spelling could have had:
    a dropped "e" (caus-ed), "y" turned "i" (tri-ed, happi-er) and a doubled consonant (stopp-ed, bigg-er)."""
    out = [stem, stem + "e"]
    if stem.endswith("i"):
        out.append(stem[:-1] + "y")
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])
    return out


def write(classes: dict[str, str]) -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        for w in sorted(classes, key=lambda s: s.encode()):
            fh.write(f"{w}\t{classes[w]}\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--verbose", action="store_true", help="print what the rule flags in clean text")
    args = ap.parse_args()
    verbose = args.verbose
    rows = (ROOT / "rules" / "data" / "word-frequencies.tsv").read_text(encoding="utf-8").splitlines()
    freq = {r.split("\t")[0]: float(r.split("\t")[1]) for r in rows if r and not r.startswith("#")}
    classes = build_classes(args.wordnet, freq)
    write(classes)

    # the rule over clean build-side text, with the table as built so far: what it flags there is usage
    from medlint.formats import load_document
    from medlint.rules.translation import MT108
    from medlint.text import word_classes

    word_classes.reload()
    rule = MT108.GrammarPattern({"info-patterns": []})
    attested: Counter[tuple[str, str]] = Counter()
    for text in build_side_texts(DATA):
        doc = load_document(text, "markdown")
        for f in rule.check(doc):
            if verbose:
                print("  clean text:", doc.prose[max(0, f.start - 30) : f.end + 20].replace("\n", " "))
            for w, letter in f.data.get("classed", ()):
                attested[(w, letter)] += 1
    dropped = []
    for (w, letter), n in attested.most_common():
        # once may be the text's own slip (MedQuAD has "These disease have"); twice is usage
        if w in classes and n >= MIN_ATTESTED:
            dropped.append(f"{w}:{letter} ({n})")
            classes[w] = classes[w].replace(letter, "")
            if letter == "p":
                classes[w] = classes[w].replace("n", "")
            if not classes[w]:
                del classes[w]
    write(classes)
    counts = Counter(c for v in classes.values() for c in v)
    print(
        f"wrote {len(classes)} words to {OUT.relative_to(ROOT)} ({dict(sorted(counts.items()))}); "
        f"dropped {len(dropped)} word classes the rule flagged in clean build-side text at least "
        f"{MIN_ATTESTED} times: " + ", ".join(dropped)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
