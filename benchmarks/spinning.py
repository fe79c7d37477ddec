"""Spinning and machine translation: recall of the generic MT detectors, and their false alarms.

    python benchmarks/spinning.py              # everything (a few minutes: five table builds)
    python benchmarks/spinning.py --quick      # fewer spun paragraphs and answers
    python benchmarks/spinning.py --misses OUT.tsv   # also write measure 1 pair by pair

Prints four measures, each on text no build step read (scripts/data_splits.py):

1. **Screener pairs in carrier sentences.** The biomedical tortured phrases of the
   Problematic Paper Screener (../shared/data/tortured_phrases_biomedical.tsv),
   five folds by ``screener_fold``. For each fold the MT105 tables are rebuilt
   (scripts/build_spun_terms.py ``build_tables``) without that fold's pairs:
   neither its tortured phrases, nor the word swaps they show reach any table,
   nor do its expected terms through it. Another pair of the list may name the
   same expected term with a different tortured phrase ("cancer" has many);
   that term then is in the tables, as it would be for a new tortured variant
   of a listed term in real use. Recall is printed for both parts: pairs whose
   expected term another (build-side) pair names, and pairs whose term no
   pair of the build side names. Each held-out phrase is put into one of ten
   neutral carrier sentences and linted by the *generic* MT detectors only:
   every MT rule except the list-based ones (MT101 tortured phrases, MT103
   spun synonyms mined from the screener list, MT104/MT190 mistranslation
   lists, MT128's table of one spinner's renderings) and MT113 (LanguageTool server). A pair is found when a finding at
   warning or above overlaps the phrase. Also counted: the held-out pairs
   in which the matcher finds a span that the rebuilt tables attest (a known
   term, or a phrase of the reference text: the build side's MedQuAD answers
   and clean sentences), which MT105 therefore never reports (``silenced``).
2. **Spun MedQuAD paragraphs.** Held-out MedQuAD answers rewritten by a
   thesaurus spinner written for this benchmark (medlint's own construction,
   not a real spinning tool): every occurrence of a multiword term (the
   document's own focus term and synonyms, medlint's medical-terms.txt and
   agency names) gets one word replaced by a random one-word synonym from the
   LibreOffice English thesaurus (Debian ``mythes-en-us``,
   /usr/share/mythes/th_en_US_v2.dat), and about one other content word in
   eight is replaced the same way. Recall = share of spun terms that a generic
   detector's finding overlaps (MT105 with its tables as ``build_tables`` makes
   them, before the phrases of MT101's and MT103's lists are left to those rules). That thesaurus is built from WordNet, which
   MT105's synonym table also comes from, so this recall is an upper bound;
   measure 1 is the independent one.
3. **False alarms on held-out MedQuAD answers**, each linted alone as
   ``# question`` + answer (Markdown): MT-family findings at warning or above
   per 1,000 words, by rule. MT106 findings on words no English word list
   knows (wordfreq's large list), on sentences without a space and on numbers run into a word
   ("30minutes", which wordfreq's web counts know) and on commas with no space after them are counted apart: MedQuAD's crawl dropped dashes and spaces ("metabolismthe",
   "levelswhich"; see its README), so those are true glued words of the data.
4. **False alarms on the held-out half of clean_sentences.tsv**, in chunks of
   200 sentences.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from medlint.text.spun_terms import SpunTermIndex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
DATA = ROOT.parent / "shared" / "data"
MYTHES = Path("/usr/share/mythes/th_en_US_v2.dat")
LIST_RULES = frozenset({"MT101", "MT103", "MT104", "MT128", "MT190", "MT113"})
#: the screener folds read while developing (their misses may be read); the others are the test
DEV_FOLDS = (0, 1)
TEST_FOLDS = (2, 3, 4)

CARRIERS = (
    "In our clinic report, {} was discussed at length.",
    "The leaflet explains {} in plain words.",
    "Doctors often see {} in older adults.",
    "Early signs of {} can be easy to miss.",
    "This page gives an overview of {} for patients and families.",
    "A nurse can answer questions about {} during the visit.",
    "Researchers are still learning how {} develops.",
    "Ask your care team whether {} applies to you.",
    "The booklet has a short section on {} near the end.",
    "Several studies have looked at {} over the past decade.",
)


def generic_codes() -> list[str]:
    """Every registered MT rule that does not work from a list of known phrases."""
    from medlint.registry import default_registry

    return sorted(c for c in default_registry().rules if c.startswith("MT") and c not in LIST_RULES)


@dataclass
class Answer:
    doc_id: str
    question: str
    answer: str
    terms: list[str]


def heldout_answers() -> list[Answer]:
    from data_splits import medquad_is_heldout

    out = []
    with (DATA / "medquad" / "medquad.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            doc_id = str(doc.get("id") or "")
            if not medquad_is_heldout(doc_id):
                continue
            for qa in doc["qa"]:
                out.append(Answer(doc_id, qa["question"], qa["answer"], [doc["focus"], *doc["synonyms"]]))
    return out


def heldout_sentences() -> list[str]:
    from data_splits import clean_sentence_is_heldout

    rows = csv.DictReader((DATA / "clean_sentences.tsv").open(encoding="utf-8"), delimiter="\t")
    return [r["sentence"] for i, r in enumerate(rows) if clean_sentence_is_heldout(i)]


#: lowest severity that counts as finding a spun phrase (``--min-severity``): a finding at info is
#: still shown to the editor, so recall counts it by default; false alarms are counted at warning+
RECALL_SEVERITY = "info"


def overlaps(diags: Iterable[object], start: int, end: int) -> bool:
    from medlint.diagnostic import Severity

    least = Severity.INFO if RECALL_SEVERITY == "info" else Severity.WARNING
    return any(
        d.severity >= least and d.start.offset < end and d.end.offset > start  # type: ignore[attr-defined]
        for d in diags
    )


# -- 1. screener pairs in carrier sentences ------------------------------------------------------


def screener_recall(
    codes: Sequence[str], misses: Path | None = None, folds: Sequence[int] = DEV_FOLDS + TEST_FOLDS
) -> None:
    """Measure 1; with ``misses``, one row per held-out pair (fold, phrase, expected term, shape,
    whether a build-side pair names the term, the highest severity found on it or ``-``, the rules,
    the spans the tables attest or ``-``) for reading which patterns are missed. The rows hold the held-out pairs: read them, never build
    from them."""
    from build_spun_terms import _NOTE, WORDNET, WordNet, build_tables, screener_pairs, words
    from data_splits import screener_fold

    from medlint.linter import Linter
    from medlint.text.spun_terms import using_index

    rows = list(
        csv.DictReader((DATA / "tortured_phrases_biomedical.tsv").open(encoding="utf-8"), delimiter="\t")
    )
    wordnet = WordNet.read(WORDNET)
    linter = Linter(select=list(codes))
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    examples: list[str] = []
    rows_out: list[str] = []
    by_fold: dict[int, int] = {}
    of_fold: dict[int, int] = {}
    quiet = 0
    for fold in folds:
        t0 = time.perf_counter()
        tables = build_tables(wordnet, exclude_fold=fold)
        held = [r for r in rows if screener_fold(r["tortured"]) == fold]
        named = {tuple(words(_NOTE.sub(" ", e))) for _, e in screener_pairs(fold)}
        hits = 0
        # the matcher without the attested spans: which held-out pairs the reference silences
        unattested = dataclasses.replace(tables, attested=frozenset()).index()
        with using_index(tables.index()):
            for i, r in enumerate(held):
                phrase = " ".join(r["tortured"].split())
                template = CARRIERS[i % len(CARRIERS)]
                text = template.format(phrase)
                start = template.index("{}")
                diags = linter.lint_text(text)
                kind = pair_kind(phrase, r["expected"])
                total[kind] += 1
                known = tuple(words(_NOTE.sub(" ", r["expected"]))) in named
                part = TERM_NAMED if known else TERM_NEW
                total[part] += 1
                on = [d for d in diags if d.start.offset < start + len(phrase) and d.end.offset > start]
                quiet_spans = silenced(unattested, tables.attested, phrase)
                quiet += bool(quiet_spans)
                rows_out.append(
                    "\t".join(
                        (
                            str(fold),
                            phrase,
                            r["expected"],
                            kind,
                            "named" if known else "new",
                            max(on, key=lambda d: d.severity).severity.name.lower() if on else "-",
                            ",".join(sorted({d.code for d in on})),
                            "|".join(quiet_spans) or "-",
                        )
                    )
                )
                if overlaps(diags, start, start + len(phrase)):
                    found[kind] += 1
                    found[part] += 1
                    hits += 1
                    for d in diags:
                        if d.start.offset < start + len(phrase) and d.end.offset > start:
                            by_rule[d.code] += 1
                    if len(examples) < 12:
                        examples.append(f"{phrase!r} -> {diags[0].code} {diags[0].suggestions[:1]}")
        by_fold[fold], of_fold[fold] = hits, len(held)
        print(
            f"  fold {fold}: {hits}/{len(held)} held-out pairs found "
            f"(tables rebuilt without the fold in {time.perf_counter() - t0:.0f}s)"
        )
    for name, group in (("development folds 0-1", DEV_FOLDS), ("test folds 2-4", TEST_FOLDS)):
        if set(group) <= set(folds):
            print(
                f"  {name}: {sum(by_fold[f] for f in group)}/{sum(of_fold[f] for f in group)} = "
                f"{sum(by_fold[f] for f in group) / max(1, sum(of_fold[f] for f in group)):.1%}"
            )
    n = sum(v for kind, v in total.items() if kind not in (TERM_NAMED, TERM_NEW))
    k = sum(v for kind, v in found.items() if kind not in (TERM_NAMED, TERM_NEW))
    print(
        f"generic detectors, held-out screener pairs in carrier sentences (findings at {RECALL_SEVERITY}+): "
        f"{k}/{n} = {k / n:.1%}"
    )
    for kind in sorted(total):
        if kind not in (TERM_NAMED, TERM_NEW):
            print(f"  {kind}: {found[kind]}/{total[kind]} = {found[kind] / total[kind]:.1%}")
    for part in (TERM_NAMED, TERM_NEW):
        print(f"  {part}: {found[part]}/{total[part]} = {found[part] / max(1, total[part]):.1%}")
    print(f"  findings on the phrase by rule: {dict(by_rule.most_common())}")
    print(f"  held-out pairs holding a span the rebuilt tables attest (never reported): {quiet}/{n}")
    print("  examples: " + "; ".join(examples))
    if misses is not None:
        misses.write_text("\n".join(rows_out) + "\n", encoding="utf-8")
        print(f"  pair by pair: {misses}")


def silenced(unattested: SpunTermIndex, attested: frozenset[str], phrase: str) -> list[str]:
    """The spans the matcher (``unattested``: a ``SpunTermIndex`` with no attested variants)
    finds in ``phrase`` that ``attested`` holds: variants MT105 leaves alone because a known term
    or the reference text writes them."""
    from build_spun_terms import find_in_text

    return [span for span in find_in_text(unattested, phrase) if span in attested]


TERM_NAMED = "expected term also named by a build-side pair"
TERM_NEW = "expected term named by no build-side pair"


def pair_kind(tortured: str, expected: str) -> str:
    """The shape of a pair; an abbreviation or note in brackets ("magnetic resonance imaging
    (MRI)") is not part of the expected term."""
    from build_spun_terms import _NOTE

    t = re.findall(r"[a-z0-9]+", tortured.lower())
    e = re.findall(r"[a-z0-9]+", _NOTE.sub(" ", expected).lower())
    if len(t) != len(e):
        return "different length"
    if len(t) == 1:
        return "one word"
    return "same length, a word kept" if set(t) & set(e) else "same length, every word swapped"


# -- 2. the thesaurus spinner --------------------------------------------------------------------


def read_thesaurus(path: Path) -> dict[str, list[str]]:
    """word -> one-word synonyms (and broader terms), from a MyThes .dat file."""
    out: dict[str, list[str]] = {}
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    i = 0
    while i < len(lines):
        head, _, count = lines[i].partition("|")
        n = int(count or 0)
        syns: list[str] = []
        for line in lines[i + 1 : i + 1 + n]:
            for s in line.split("|")[1:]:
                s = re.sub(r"\s*\((generic term|similar term|related term)\)$", "", s).strip()
                if s.isalpha() and s.islower() and s != head and "antonym" not in s:
                    syns.append(s)
        if syns and head.isalpha() and head.islower():
            out[head] = sorted(set(syns))
        i += 1 + n
    return out


FUNCTION = frozenset(
    "a an the of and or in on to for with by from as at is are be it this that not no can may your their".split()
)


def spin(
    text: str, targets: Sequence[str], thesaurus: dict[str, list[str]], rng: random.Random
) -> tuple[str, list[tuple[int, int, str]]]:
    """Spin ``text``: one word of every term occurrence swapped, other content words now and then.

    Returns the spun text and the spans of the spun terms (start, end, original term).
    """
    claimed: list[tuple[int, int]] = []
    lowered = text.lower()
    for term in sorted(targets, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(term.lower()) + r"(?!\w)", lowered):
            if any(m.start() < e and m.end() > s for s, e in claimed):
                continue
            claimed.append((m.start(), m.end()))
    edits: list[tuple[int, int, str]] = []
    terms: list[tuple[int, int, str]] = []
    for s, e in sorted(claimed):
        words = [(w.start() + s, w.end() + s) for w in re.finditer(r"[A-Za-z]+", text[s:e])]
        choices = [
            (a, b) for a, b in words if text[a:b].lower() in thesaurus and text[a:b].lower() not in FUNCTION
        ]
        if not choices:
            continue
        a, b = rng.choice(choices)
        edits.append((a, b, _cased(rng.choice(thesaurus[text[a:b].lower()]), text[a:b])))
        terms.append((s, e, text[s:e]))
    for w in re.finditer(r"[A-Za-z]+", text):
        low = w.group().lower()
        if any(w.start() < e and w.end() > s for s, e in claimed) or low in FUNCTION or low not in thesaurus:
            continue
        if rng.random() < 0.125:
            edits.append((w.start(), w.end(), _cased(rng.choice(thesaurus[low]), w.group())))
    edits.sort()
    out, last = [], 0
    for a, b, syn in edits:
        out += [text[last:a], syn]
        last = b
    out.append(text[last:])

    def moved(at: int) -> int:
        return at + sum(len(syn) - (b - a) for a, b, syn in edits if a < at)

    return "".join(out), [(moved(s), moved(e), original) for s, e, original in terms]


def _cased(word: str, like: str) -> str:
    return word[0].upper() + word[1:] if like[:1].isupper() else word


def spinner_terms() -> list[str]:
    """The general terms the benchmark's spinner swaps a word of: medlint's medical terms and agency names."""
    from build_spun_terms import organisation_names

    return [
        line.strip()
        for line in (ROOT / "rules" / "data" / "medical-terms.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ] + organisation_names()


def spinner_recall(codes: Sequence[str], answers: Sequence[Answer], limit: int) -> None:
    from build_spun_terms import clean_term

    from medlint.linter import Linter

    if not MYTHES.exists():
        print(f"spinner: {MYTHES} not found (apt-get install mythes-en-us); skipped")
        return
    thesaurus = read_thesaurus(MYTHES)
    general = spinner_terms()
    rng = random.Random(13)
    linter = Linter(select=list(codes))
    spun_terms = found = words = other = 0
    examples: list[str] = []
    missed: Counter[str] = Counter()
    for ans in answers:
        if spun_terms >= limit:
            break
        own = [t for t in ans.terms if clean_term(t)]
        text, spans = spin(ans.answer, own + general, thesaurus, rng)
        if not spans:
            continue
        prefix = f"# {ans.question}\n\n"
        diags = linter.lint_text(prefix + text, format="markdown")
        words += len(text.split())
        for s, e, original in spans:
            spun_terms += 1
            if overlaps(diags, s + len(prefix), e + len(prefix)):
                found += 1
                if len(examples) < 10:
                    examples.append(f"{text[s:e]!r} (was {original!r})")
            else:
                missed[f"{text[s:e]} (was {original})"] += 1
        other += sum(
            1
            for d in diags
            if not any(
                d.start.offset < e + len(prefix) and d.end.offset > s + len(prefix) for s, e, _ in spans
            )
        )
    print(
        f"spinner (medlint's own, LibreOffice thesaurus), held-out MedQuAD answers (findings at "
        f"{RECALL_SEVERITY}+): {found}/{spun_terms} spun terms "
        f"found = {found / max(1, spun_terms):.1%}; {other} findings elsewhere in {words:,} spun words"
    )
    print("  found: " + "; ".join(examples))
    print("  missed (sample): " + "; ".join(m for m, _ in missed.most_common(12)))


# -- 3 and 4. false alarms -----------------------------------------------------------------------


def crawl_artefact(diag: object) -> bool:
    """An MT106 finding on MedQuAD's own glued words (no English word list has the token, or a
    sentence, a comma or a number runs into the next word: the crawl dropped those spaces too)."""
    from wordfreq import zipf_frequency

    data = diag.data  # type: ignore[attr-defined]
    if diag.code != "MT106":  # type: ignore[attr-defined]
        return False
    if data.get("kind") in ("sentence", "comma", "number"):
        return True  # no space after a full stop, a comma or a number ("30minutes"): never a word
    return zipf_frequency(diag.text.lower(), "en", wordlist="large") == 0  # type: ignore[attr-defined]


def false_alarms(answers: Sequence[Answer], sentences: Sequence[str]) -> None:
    from medlint.diagnostic import Severity
    from medlint.linter import Linter

    linter = Linter(select=["MT"])
    words = 0
    by_rule: Counter[str] = Counter()
    artefacts = 0
    strings: dict[str, Counter[str]] = {}
    for ans in answers:
        words += len(ans.answer.split())
        for d in linter.lint_text(f"# {ans.question}\n\n{ans.answer}", format="markdown"):
            if d.severity < Severity.WARNING:
                continue
            if crawl_artefact(d):
                artefacts += 1
                continue
            by_rule[d.code] += 1
            strings.setdefault(d.code, Counter())[d.text.lower()] += 1
    total = sum(by_rule.values())
    print(
        f"held-out MedQuAD answers ({len(answers):,}, {words:,} words), MT family at warning+: "
        f"{total} = {1000 * total / words:.3f} per 1,000 words; MedQuAD's own glued words (MT106, counted apart): "
        f"{artefacts} = {1000 * artefacts / words:.3f} per 1,000 words"
    )
    for code, n in sorted(by_rule.items()):
        top = ", ".join(f"{s!r} {c}" for s, c in strings[code].most_common(6))
        print(f"  {code}: {n} = {1000 * n / words:.3f} per 1,000 words  ({top})")
    n_words = hits = 0
    clean_rules: Counter[str] = Counter()
    for i in range(0, len(sentences), 200):
        chunk = "\n\n".join(sentences[i : i + 200])
        n_words += len(chunk.split())
        for d in linter.lint_text(chunk):
            if d.severity >= Severity.WARNING:
                hits += 1
                clean_rules[d.code] += 1
    print(
        f"held-out clean sentences ({len(sentences):,}, {n_words:,} words), MT family at warning+: "
        f"{hits} = {1000 * hits / n_words:.3f} per 1,000 words {dict(clean_rules)}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer spun paragraphs and a sample of answers")
    ap.add_argument("--skip-screener", action="store_true", help="skip the five table rebuilds")
    ap.add_argument(
        "--min-severity",
        choices=("info", "warning"),
        default="info",
        help="lowest severity that counts as finding a spun phrase (default info: shown to the editor)",
    )
    ap.add_argument("--misses", type=Path, metavar="OUT", help="write measure 1 pair by pair to this TSV")
    ap.add_argument(
        "--folds",
        choices=("all", "dev", "test"),
        default="all",
        help="screener folds of measure 1: dev (0-1, whose misses may be read), test (2-4) or all",
    )
    ap.add_argument("--screener-only", action="store_true", help="measure 1 only")
    args = ap.parse_args(argv)
    global RECALL_SEVERITY
    RECALL_SEVERITY = args.min_severity
    if not DATA.exists():
        print(f"{DATA} not found: ../shared must be beside the repository", file=sys.stderr)
        return 2
    codes = generic_codes()
    print(
        f"generic MT detectors: {', '.join(codes)} (list-based {', '.join(sorted(LIST_RULES))} switched off)"
    )
    answers = heldout_answers()
    if not args.skip_screener:
        folds = {"all": DEV_FOLDS + TEST_FOLDS, "dev": DEV_FOLDS, "test": TEST_FOLDS}[args.folds]
        screener_recall(codes, args.misses, folds)
    if args.screener_only:
        return 0
    shuffled = answers[:]
    random.Random(7).shuffle(shuffled)
    # the spinner's terms are measured against MT105's tables as build_tables makes them: the
    # shipped ones also leave the phrases of MT101's and MT103's lists to those rules
    from build_spun_terms import WORDNET, WordNet, build_tables

    from medlint.text.spun_terms import using_index

    with using_index(build_tables(WordNet.read(WORDNET)).index()):
        spinner_recall(codes, shuffled, 300 if args.quick else 2000)
    sample = shuffled[:800] if args.quick else answers
    false_alarms(sample, heldout_sentences())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
