"""Every warning on the held-out MedQuAD answers, and the hand-labelled samples that estimate how many are false.

    python benchmarks/realworld/medquad_heldout_sample.py            # counts, precision, false warnings per 1,000 words
    python benchmarks/realworld/medquad_heldout_sample.py --show A   # the sample's findings with context (stdout only)

The held-out answers are those of ``scripts/data_splits.py`` (``medquad_is_heldout``: no build step read
them), each linted alone with the default rules as ``benchmarks/realworld/medquad.py`` builds it
(``Answer.document``: ``# question`` + answer, or the answer alone when it restates its question). Every
finding at warning or above is counted, of every rule family (``medquad.py``'s headline counts only MT,
CL, RP and TX).

Two seeded samples were labelled by label16 (who changed no rule) at the sixteenth session's start
(94e2503), a finding TP only when a strict health editor would change the text for the reason the
message gives: sample A, ``random.Random(16).sample`` of 150 of all the warnings (rows in file order,
finding order within an answer); sample C, ``random.Random(16).sample`` of 60 of the content warnings
other than MT106 and TX103 (MT106 has its own labelled sample, ``medquad_mt106_verdicts.tsv``).
Verdicts: ``medquad_heldout_label16_verdicts.tsv`` (answer, rule, offsets, sample A, C, A+C or new, verdict, reason; no text).
A finding keeps its verdict while its answer, rule and offsets are unchanged; a sampled finding that
is no longer reported leaves the sample, and the estimate is made on what is left. Findings that are
new on a later commit are labelled in the same file (sample ``new``) and are not in the estimate's
sample; the script counts them apart.

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
from collections.abc import Iterator, Sequence
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
SEED = 16
SIZE_A = 150
SIZE_C = 60
APART = ("MT106", "TX103")


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


def draw(found: Sequence[Finding]) -> tuple[list[Finding], list[Finding]]:
    """Samples A and C as drawn from ``found`` (they were drawn on 94e2503's findings; on a later commit
    the draw differs, and the labelled samples are the verdict file's ``sample`` column)."""
    pool = [w for w in found if is_content(w.rule) and w.rule not in APART]
    return random.Random(SEED).sample(list(found), SIZE_A), random.Random(SEED).sample(pool, SIZE_C)


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


def estimate(name: str, which: str, found: Sequence[Finding], words: int, verdicts: dict) -> None:
    """Precision on the labelled sample's findings still reported, and false warnings per 1,000 words:
    the findings labelled ``new`` count as labelled, the rest of ``found`` at the sample's false share
    (95% Wilson bounds on that share)."""
    kept = [w for w in found if w.key in verdicts and which in verdicts[w.key][1].split("+")]
    new = [verdicts[w.key][0] for w in found if w.key in verdicts and verdicts[w.key][1] == "new"]
    rest = len(found) - len(new)
    new_fp = new.count("FP")
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
        + (f" ({len(new)} new findings labelled, {new_fp} false)" if new else "")
    )
    by_rule: Counter[tuple[str, str]] = Counter((w.rule, verdicts[w.key][0]) for w in kept)
    rules = sorted({w.rule for w in kept})
    print(
        "  by rule: "
        + ", ".join(f"{r} {by_rule[(r, 'TP')]}/{by_rule[(r, 'TP')] + by_rule[(r, 'FP')]}" for r in rules)
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--data", help="medquad.jsonl (default ../shared/data/medquad/medquad.jsonl or $MEDQUAD_JSONL)"
    )
    ap.add_argument("--verdicts", type=Path, default=VERDICTS)
    ap.add_argument(
        "--show", choices=("A", "C", "unlabelled"), help="print findings with context (stdout only)"
    )
    args = ap.parse_args(argv)
    docs = list(heldout_documents(data_path(args.data)))
    words = sum(len(t.split()) for _n, t in docs)
    found = lint(docs)
    verdicts = load_verdicts(args.verdicts)
    if args.show:
        texts = dict(docs)
        rows = {
            "A": [w for w in found if w.key in verdicts and "A" in verdicts[w.key][1].split("+")],
            "C": [w for w in found if w.key in verdicts and "C" in verdicts[w.key][1].split("+")],
            "unlabelled": [w for w in found if w.key not in verdicts],
        }[args.show]
        for w in rows:
            v = verdicts.get(w.key)
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
    a, c = draw(found)
    same = {w.key for w in a} | {w.key for w in c} == {k for k, v in verdicts.items() if v[1] != "new"}
    print(f"  the seed-{SEED} draw on these findings {'is' if same else 'is not'} the labelled samples")
    estimate("sample A (all warnings)", "A", found, words, verdicts)
    pool = [w for w in found if is_content(w.rule) and w.rule not in APART]
    estimate("sample C (content warnings but MT106, TX103)", "C", pool, words, verdicts)
    unlabelled = sum(1 for w in found if w.key not in verdicts)
    print(f"findings with no verdict (outside the samples, not new): {unlabelled:,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
