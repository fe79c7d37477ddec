"""Source-script leftovers (MT114, MT115, TX107) on real text nobody here wrote.

    python benchmarks/script_leftovers.py [--wmt22 DIR] [--fakehealth DIR]

Three rules look for what translation from another script leaves behind:
words still in that script (MT114), Latin words with Cyrillic or Greek
look-alike letters (MT115) and Chinese or Japanese punctuation (TX107). This
prints, per rule:

1. **WMT22 into English** (wmt-conference/wmt22-news-systems, ``txt-ts``):
   every system output and every human reference cut into windows of 10
   consecutive segments; the share of windows with a finding, machine
   translation against references, per language pair, with a few flagged
   strings to read.
2. **False alarms on English health text**: findings on every FakeHealth
   story and release (EnyanDai/FakeHealth; title + text) and on every MedQuAD
   answer (Ben Abacha and Demner-Fushman 2019, CC BY 4.0).

Nothing read here is committed; the checkouts are given by path.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from medlint.linter import Linter  # noqa: E402

RULES = ("MT114", "MT115", "TX107")
SHARED = ROOT.parent / "shared" / "data"


def wmt22(root: Path, linter: Linter) -> None:
    """Windows with a finding, per pair, rule and side (machine translation or reference)."""
    flagged: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    windows: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    files = sorted((root / "txt-ts" / "system-outputs").glob("*-en.hyp.*.en"))
    files += sorted((root / "txt-ts" / "references").glob("*-en.ref.*.en"))
    for path in files:
        pair = path.name.split(".")[1]
        side = "ref" if ".ref." in path.name else "mt"
        lines = path.read_text(encoding="utf-8").split("\n")
        for i in range(0, len(lines) - 9, 10):
            windows[pair, side] += 1
            found = {d.code: d.text for d in linter.lint_text("\n\n".join(lines[i : i + 10]), "text")}
            for code, text in found.items():
                flagged[pair, side][code] += 1
                if len(examples[pair, code]) < 4:
                    examples[pair, code].append(f"{side}:{text!r}")
    print("WMT22 windows of 10 segments with a finding (machine translation / human reference)")
    print("pair    " + "".join(f"{code:>22}" for code in RULES))
    for pair in sorted({p for p, _ in windows}):
        cells = []
        for code in RULES:
            mt = flagged[pair, "mt"][code] / max(1, windows[pair, "mt"])
            ref = flagged[pair, "ref"][code] / max(1, windows[pair, "ref"])
            cells.append(f"{mt:9.1%} / {ref:6.1%}    ")
        print(f"{pair:8}" + "".join(f"{c:>22}" for c in cells))
    for (pair, code), texts in sorted(examples.items()):
        print(f"  {pair} {code}: {', '.join(texts)}")


def english_health_text(fakehealth: Path, linter: Linter) -> None:
    """Findings per rule on FakeHealth and MedQuAD, which are written in English."""
    for name, texts in (
        ("FakeHealth stories and releases", _fakehealth_texts(fakehealth)),
        ("MedQuAD answers", _medquad_texts(SHARED / "medquad" / "medquad.jsonl")),
    ):
        counts: Counter[str] = Counter()
        words = 0
        for text in texts:
            words += len(text.split())
            for d in linter.lint_text(text, "text"):
                counts[d.code] += 1
        print(f"{name}: {words:,} words, findings {dict(counts) or 0}")


def _fakehealth_texts(root: Path) -> list[str]:
    texts = []
    for path in sorted((root / "dataset" / "content").glob("*/*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        texts.append((item.get("title") or "") + "\n\n" + (item.get("text") or ""))
    return texts


def _medquad_texts(path: Path) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            texts.extend(qa.get("answer") or "" for qa in json.loads(line)["qa"])
    return texts


def main(argv: list[str] | None = None) -> None:
    """Run both measures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--wmt22", type=Path, default=Path("/work/data/wmt22"), help="wmt22-news-systems checkout"
    )
    ap.add_argument(
        "--fakehealth", type=Path, default=Path("/work/data/FakeHealth"), help="FakeHealth checkout"
    )
    args = ap.parse_args(argv)
    linter = Linter(None, select=list(RULES))
    wmt22(args.wmt22, linter)
    english_health_text(args.fakehealth, linter)


if __name__ == "__main__":
    main()
