"""Every warning on the held-out MedQuAD answers, and the hand-labelled samples that estimate how many are false.

    python benchmarks/realworld/medquad_heldout_sample.py            # counts, precision, false warnings per 1,000 words
    python benchmarks/realworld/medquad_heldout_sample.py --show A   # the sample's findings with context (stdout only)

The held-out answers are those of ``scripts/data_splits.py`` (``medquad_is_heldout``: no build step read
them), each linted alone with the default rules as ``benchmarks/realworld/medquad.py`` builds it
(``Answer.document``: ``# question`` + answer, or the answer alone when it restates its question). Every
finding at warning or above is counted, of every rule family (``medquad.py``'s headline counts only MT,
CL, RP and TX).

Two seeded samples were labelled by label16 (who changed no rule) at the fifteenth session's start
(94e2503), a finding TP only when a strict health editor would change the text for the reason the
message gives: sample A, ``random.Random(16).sample`` of 150 of all the warnings (rows in file order,
finding order within an answer); sample C, ``random.Random(16).sample`` of 60 of the content warnings
other than MT106 and TX103 (MT106 has its own labelled sample, ``medquad_mt106_verdicts.tsv``).
Verdicts: ``medquad_heldout_label16_verdicts.tsv`` (answer, rule, offsets, sample A, C, A+C or new, verdict, reason; no text).
A finding keeps its verdict while its answer, rule and offsets are unchanged; a sampled finding that
is no longer reported leaves the sample, and the estimate is made on what is left. Findings that are
new on a later commit are labelled in the same file (sample ``new``) and are not in the estimate's
sample; the script counts them apart.

A second, independent pair of samples was labelled by label17 (who changed no rule) at the
sixteenth session's start (fce6e7d), the same way but with ``random.Random(17)`` and drawn from the
findings label16 had not labelled: A17, 150 of those warnings; C17, 60 of those content warnings other
than MT106 and TX103. Verdicts: ``medquad_heldout_label17_verdicts.tsv`` (same columns; samples ``A``,
``C``, ``A+C`` or ``new``). Its estimate adds the findings label16 labelled as known (their own
verdicts) to the rest estimated at the seed-17 sample's false share. ``--seed 16`` or ``--seed 17``
prints one pair's estimates; the default prints both, seed 16's lines first and as before.

A third, independent pair was labelled by label18 (who changed no rule) at the seventeenth session's
start (f8a55b9), with ``random.Random(18)`` drawn from the findings neither label16 nor label17 had
labelled: A18, 150 of those warnings; C18, 60 of those content warnings other than MT106, TX103 and
TX108 (TX108, the crawl's dropped apostrophes, labelled true throughout by label17 and the lead).
Verdicts: ``medquad_heldout_label18_verdicts.tsv`` (same columns). Its estimate adds the findings of
both earlier files as known. ``--seed 18`` prints this pair only; the default prints its lines after
seed 17's.

A fourth, independent pair was labelled by label19 (who changed no rule) at the eighteenth session's
start (2e7f461), with ``random.Random(19)`` drawn from the findings none of the three earlier files had
labelled: A19, 150 of those warnings; C19, 60 of those content warnings other than MT106, TX103 and
TX108. Verdicts: ``medquad_heldout_label19_verdicts.tsv`` (same columns). Its estimate adds the findings of
the three earlier files as known. ``--seed 19`` prints this pair only; the default prints its lines after
seed 18's. The pairs are one table (``PAIRS``); each prints the same lines as before it was one.

A fifth, independent pair was labelled by label20 (who changed no rule) at the nineteenth session's
start (664f190), with ``random.Random(20)`` drawn from the findings none of the four earlier files had
labelled: A20, 150 of those warnings; C20, 60 of those content warnings other than MT106, TX103 and
TX108 (or all of them when fewer remain). Verdicts: ``medquad_heldout_label20_verdicts.tsv`` (same
columns). Its estimate adds the findings of the four earlier files as known. ``--seed 20`` prints this
pair only; the default prints its lines after seed 19's.

A sixth, independent pair was labelled by label21 (who changed no rule) at the twentieth session's
start (63acfe2), with ``random.Random(21)`` drawn from the findings none of the five earlier files had
labelled: A21, 150 of those warnings; C21, 60 of those content warnings other than MT106, TX103 and
TX108 (or all of them when fewer remain). Verdicts: ``medquad_heldout_label21_verdicts.tsv`` (same
columns). Its estimate adds the findings of the five earlier files as known. ``--seed 21`` prints this
pair only; the default prints its lines after seed 20's.

A seventh, independent pair was labelled by label22 (who changed no rule) at the twenty-first session's
start (299b07b), with ``random.Random(22)`` drawn from the findings none of the six earlier files had
labelled: A22, 150 of those warnings; C22, 60 of those content warnings other than MT106, TX103 and
TX108 (or all of them when fewer remain). Verdicts: ``medquad_heldout_label22_verdicts.tsv`` (same
columns). Its estimate adds the findings of the six earlier files as known. ``--seed 22`` prints this
pair only; the default prints its lines after seed 21's.

An eighth, independent pair was labelled by label23 (who changed no rule) at the twenty-second session's
start (ba17847), with ``random.Random(23)`` drawn from the findings none of the seven earlier files had
labelled: A23, 150 of those warnings; C23, 60 of those content warnings other than MT106, TX103 and
TX108 (or all of them when fewer remain). Verdicts: ``medquad_heldout_label23_verdicts.tsv`` (same
columns). Its estimate adds the findings of the seven earlier files as known. ``--seed 23`` prints this
pair only; the default prints its lines after seed 22's.

A ninth, independent pair was labelled by label24 (who changed no rule) at the twenty-third session's
start (3b208e7), with ``random.Random(24)`` drawn from the findings none of the eight earlier files had
labelled: A24, 150 of those warnings; C24, 60 of those content warnings other than MT106, TX103 and
TX108 (or all of them when fewer remain). Verdicts: ``medquad_heldout_label24_verdicts.tsv`` (same
columns). Its estimate adds the findings of the eight earlier files as known. ``--seed 24`` prints this
pair only; the default prints its lines after seed 23's.

A tenth, independent pair was labelled by label25 (who changed no rule) at the twenty-fourth session's
start (70d1818), with ``random.Random(25)`` drawn from the findings none of the nine earlier files had
labelled: A25, 150 of those warnings; C25, 60 of those content warnings other than MT106, TX103 and
TX108 (or all of them when fewer remain). Verdicts: ``medquad_heldout_label25_verdicts.tsv`` (same
columns). Its estimate adds the findings of the nine earlier files as known. ``--seed 25`` prints this
pair only; the default prints its lines after seed 24's.

Data: MedQuAD, Ben Abacha and Demner-Fushman 2019 (CC BY 4.0), ``../shared/data/medquad/medquad.jsonl``
or ``--data`` / ``$MEDQUAD_JSONL``; answers are named ``collection/id#index`` (ids repeat across
collections).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.realworld.common import context, is_content, wilson
from benchmarks.realworld.medquad import data_path, load_answers
from medlint import Linter, Severity
from scripts.data_splits import medquad_is_heldout

HERE = Path(__file__).resolve().parent
VERDICTS = HERE / "medquad_heldout_label16_verdicts.tsv"
VERDICTS17 = HERE / "medquad_heldout_label17_verdicts.tsv"
VERDICTS18 = HERE / "medquad_heldout_label18_verdicts.tsv"
VERDICTS19 = HERE / "medquad_heldout_label19_verdicts.tsv"
VERDICTS20 = HERE / "medquad_heldout_label20_verdicts.tsv"
VERDICTS21 = HERE / "medquad_heldout_label21_verdicts.tsv"
VERDICTS22 = HERE / "medquad_heldout_label22_verdicts.tsv"
VERDICTS23 = HERE / "medquad_heldout_label23_verdicts.tsv"
VERDICTS24 = HERE / "medquad_heldout_label24_verdicts.tsv"
VERDICTS25 = HERE / "medquad_heldout_label25_verdicts.tsv"
SEED = 16
SEED17 = 17
SEED18 = 18
SEED19 = 19
SEED20 = 20
SEED21 = 21
SEED22 = 22
SEED23 = 23
SEED24 = 24
SEED25 = 25
SIZE_A = 150
SIZE_C = 60
APART = ("MT106", "TX103")
APART18 = ("MT106", "TX103", "TX108")


@dataclass(frozen=True)
class Finding:
    """One finding at warning or above on one held-out answer."""

    answer: str
    rule: str
    start: int
    end: int
    severity: str
    message: str

    @property
    def key(self) -> tuple[str, str, int, int]:
        return (self.answer, self.rule, self.start, self.end)


def heldout_documents(path: Path) -> Iterator[tuple[str, str]]:
    """(``collection/id#index``, linted document) of every held-out answer, in file order."""
    for ans in load_answers(path):
        if medquad_is_heldout(ans.doc_id):
            yield f"{ans.collection}/{ans.key}", ans.document


def lint(docs: Sequence[tuple[str, str]]) -> list[Finding]:
    linter = Linter()
    out = []
    for name, text in docs:
        for d in linter.lint_text(text, "markdown"):
            if not d.code.startswith("ML") and d.severity >= Severity.WARNING:
                out.append(
                    Finding(name, d.code, d.start.offset, d.end.offset, d.severity.name.lower(), d.message)
                )
    return out


def content_pool(found: Sequence[Finding], apart: Collection[str] = APART) -> list[Finding]:
    """The content warnings (MT, CL, RP, TX) of rules not in ``apart``."""
    return [w for w in found if is_content(w.rule) and w.rule not in apart]


def draw(
    found: Sequence[Finding],
    seed: int = SEED,
    exclude: Collection[tuple[str, str, int, int]] = (),
    apart: Collection[str] = APART,
) -> tuple[list[Finding], list[Finding]]:
    """Samples A and C as drawn from ``found`` less the findings whose keys are in ``exclude`` (seed 16's
    were drawn on 94e2503's findings, seed 17's on fce6e7d's less those label16 labelled, seed 18's on
    f8a55b9's less those of both files and with TX108 also apart from C; on a later commit the draw
    differs, and the labelled samples are the verdict file's ``sample`` column). C is the whole pool,
    in the seed's order, when fewer than ``SIZE_C`` content warnings remain."""
    found = [w for w in found if w.key not in exclude]
    pool = content_pool(found, apart)
    size_c = min(SIZE_C, len(pool))  # the whole pool once fewer than 60 remain (seed 20)
    return random.Random(seed).sample(list(found), SIZE_A), random.Random(seed).sample(pool, size_c)


def load_verdicts(path: Path) -> dict[tuple[str, str, int, int], tuple[str, str, str]]:
    """(answer, rule, start, end) -> (verdict, sample, reason)."""
    out = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            out[(row["answer"], row["rule"], int(row["start"]), int(row["end"]))] = (
                row["verdict"],
                row["sample"],
                row["reason"],
            )
    return out


def estimate(
    name: str,
    which: str,
    found: Sequence[Finding],
    words: int,
    verdicts: dict,
    known: dict | None = None,
) -> None:
    """Precision on the labelled sample's findings still reported, and false warnings per 1,000 words:
    the findings labelled ``new`` count as labelled, and so do those of ``known`` (another sample's
    verdicts, kept out of this sample's population), the rest of ``found`` at the sample's false share
    (95% Wilson bounds on that share)."""
    known = {w.key: known[w.key][0] for w in found if known and w.key in known}
    kept = [w for w in found if w.key in verdicts and which in verdicts[w.key][1].split("+")]
    new = [verdicts[w.key][0] for w in found if w.key in verdicts and verdicts[w.key][1] == "new"]
    rest = len(found) - len(new) - len(known)
    new_fp = new.count("FP") + list(known.values()).count("FP")
    tp = sum(verdicts[w.key][0] == "TP" for w in kept)
    fp = len(kept) - tp
    n = max(1, len(kept))
    lo, hi = wilson(tp, len(kept))
    flo, fhi = wilson(fp, len(kept))
    k = 1000 / words
    print(
        f"{name}: {len(kept)} labelled findings of the sample still reported; precision {tp}/{len(kept)} = "
        f"{tp / n:.3f} [{lo:.2f}-{hi:.2f}]; of {k * len(found):.3f} warnings per 1,000 words an estimated "
        f"{k * (rest * fp / n + new_fp):.3f} false [{k * (rest * flo + new_fp):.3f}-{k * (rest * fhi + new_fp):.3f}]"
        + (f" ({len(new)} new findings labelled, {new.count('FP')} false)" if new else "")
        + (
            f" ({len(known)} findings of the other samples counted by their verdicts, "
            f"{list(known.values()).count('FP')} false)"
            if known
            else ""
        )
    )
    by_rule: Counter[tuple[str, str]] = Counter((w.rule, verdicts[w.key][0]) for w in kept)
    rules = sorted({w.rule for w in kept})
    print(
        "  by rule: "
        + ", ".join(f"{r} {by_rule[(r, 'TP')]}/{by_rule[(r, 'TP')] + by_rule[(r, 'FP')]}" for r in rules)
    )


@dataclass(frozen=True)
class Pair:
    """One labeller's pair of samples: its seed, verdict file and the lines it prints."""

    seed: int
    label: str
    path: Path
    apart: tuple[str, ...]
    suffix: str  # the sample names' suffix ("A17"); empty for seed 16's "A" and "C"
    header: str  # the draw line's words before "is"/"is not"
    unlabelled: str  # the line counting the findings of no verdict file up to this one


PAIRS = (
    Pair(
        SEED,
        "label16",
        VERDICTS,
        APART,
        "",
        f"  the seed-{SEED} draw on these findings",
        "findings with no verdict (outside the samples, not new)",
    ),
    Pair(
        SEED17,
        "label17",
        VERDICTS17,
        APART,
        "17",
        f"seed {SEED17} (label17): the draw on these findings less label16's",
        "findings with no verdict in either file (outside the samples, not new)",
    ),
    Pair(
        SEED18,
        "label18",
        VERDICTS18,
        APART18,
        "18",
        f"seed {SEED18} (label18): the draw on these findings less label16's and label17's",
        "findings with no verdict in any of the three files (outside the samples, not new)",
    ),
    Pair(
        SEED19,
        "label19",
        VERDICTS19,
        APART18,
        "19",
        f"seed {SEED19} (label19): the draw on these findings less label16's, label17's and label18's",
        "findings with no verdict in any of the four files (outside the samples, not new)",
    ),
    Pair(
        SEED20,
        "label20",
        VERDICTS20,
        APART18,
        "20",
        f"seed {SEED20} (label20): the draw on these findings less label16's to label19's",
        "findings with no verdict in any of the five files (outside the samples, not new)",
    ),
    Pair(
        SEED21,
        "label21",
        VERDICTS21,
        APART18,
        "21",
        f"seed {SEED21} (label21): the draw on these findings less label16's to label20's",
        "findings with no verdict in any of the six files (outside the samples, not new)",
    ),
    Pair(
        SEED22,
        "label22",
        VERDICTS22,
        APART18,
        "22",
        f"seed {SEED22} (label22): the draw on these findings less label16's to label21's",
        "findings with no verdict in any of the seven files (outside the samples, not new)",
    ),
    Pair(
        SEED23,
        "label23",
        VERDICTS23,
        APART18,
        "23",
        f"seed {SEED23} (label23): the draw on these findings less label16's to label22's",
        "findings with no verdict in any of the eight files (outside the samples, not new)",
    ),
    Pair(
        SEED24,
        "label24",
        VERDICTS24,
        APART18,
        "24",
        f"seed {SEED24} (label24): the draw on these findings less label16's to label23's",
        "findings with no verdict in any of the nine files (outside the samples, not new)",
    ),
    Pair(
        SEED25,
        "label25",
        VERDICTS25,
        APART18,
        "25",
        f"seed {SEED25} (label25): the draw on these findings less label16's to label24's",
        "findings with no verdict in any of the ten files (outside the samples, not new)",
    ),
)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--data", help="medquad.jsonl (default ../shared/data/medquad/medquad.jsonl or $MEDQUAD_JSONL)"
    )
    for pair in PAIRS:
        ap.add_argument(
            "--verdicts" + pair.suffix,
            type=Path,
            default=pair.path,
            help=f"seed {pair.seed}'s verdicts ({pair.label})",
        )
    ap.add_argument(
        "--seed", type=int, choices=[p.seed for p in PAIRS], help="one pair of samples only (default: all)"
    )
    ap.add_argument(
        "--show",
        choices=("A", "C", "unlabelled", "draw"),
        help="print findings with context (stdout only): a labelled sample of --seed (default 16), "
        "findings of no verdict file, or the seed's draw on these findings",
    )
    args = ap.parse_args(argv)
    docs = list(heldout_documents(data_path(args.data)))
    words = sum(len(t.split()) for _n, t in docs)
    found = lint(docs)
    # every pair's verdicts (seed 16's file must exist), and the merged verdicts of the pairs before it
    files: list[dict] = []
    earlier: list[dict] = []
    for i, pair in enumerate(PAIRS):
        path = getattr(args, "verdicts" + pair.suffix)
        files.append(load_verdicts(path) if i == 0 or path.is_file() else {})
        earlier.append({k: v for f in files[:i] for k, v in f.items()})
    labelled = {k for f in files for k in f}
    if args.show:
        texts = dict(docs)
        i = next(i for i, p in enumerate(PAIRS) if p.seed == (args.seed or SEED))
        mine = files[i]
        sa, sc = draw(found, PAIRS[i].seed, earlier[i], PAIRS[i].apart)
        rows = {
            "A": [w for w in found if w.key in mine and "A" in mine[w.key][1].split("+")],
            "C": [w for w in found if w.key in mine and "C" in mine[w.key][1].split("+")],
            "unlabelled": [w for w in found if w.key not in labelled],
            "draw": [*sa, *(w for w in sc if w not in sa)],
        }[args.show]
        for w in rows:
            v = mine.get(w.key)
            print(
                f"{w.answer}\t{w.rule}\t{w.start}\t{w.end}\t{w.severity}\t{v[0] if v else '-'}\t{w.message}"
            )
            print(f"    {context(texts[w.answer], w.start, w.end, 220)}\n")
        return 0
    per_rule = Counter(w.rule for w in found)
    print(
        f"held-out MedQuAD answers: {len(docs):,} ({words:,} words); warnings (every rule) {len(found):,} = "
        f"{1000 * len(found) / words:.2f} per 1,000 words"
    )
    print("  " + ", ".join(f"{r} {n}" for r, n in per_rule.most_common()))
    for i, pair in enumerate(PAIRS):
        if args.seed not in (None, pair.seed):
            continue
        verdicts, known = files[i], earlier[i] or None
        a, c = draw(found, pair.seed, earlier[i], pair.apart)
        drawn = {w.key for w in a} | {w.key for w in c}
        same = drawn == {k for k, v in verdicts.items() if v[1] != "new"}
        print(f"{pair.header} {'is' if same else 'is not'} the labelled samples")
        estimate(f"sample A{pair.suffix} (all warnings)", "A", found, words, verdicts, known)
        estimate(
            f"sample C{pair.suffix} (content warnings but {', '.join(pair.apart)})",
            "C",
            content_pool(found, pair.apart),
            words,
            verdicts,
            known,
        )
        unlabelled = sum(1 for w in found if not any(w.key in f for f in files[: i + 1]))
        print(f"{pair.unlabelled}: {unlabelled:,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
