"""Per-rule time of one long document against a shorter one, both made of MedQuAD answers.

    python benchmarks/one_document.py 30000 300000         # the rules whose ms/10k words grow most
    python benchmarks/one_document.py 30000 300000 RD101   # and RD101's, whatever it grew

``speed.py``'s scaling rows say that time per word grows with a document's length; this says which
rules make it grow. Each document is the MedQuAD answers from the 201st on, blank-line separated, up
to the size asked; each rule's ``check`` is timed (CPU) inside a normal run, so shared per-document
work is charged to the first rule that asks for it. Concatenated answers repeat each other's template
sentences and paragraphs, so the repetition rules (RP102, RP104) find real pairs in a long document
that separate answers do not hold.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from speed import DEFAULT_DATA


def _answers(path: Path) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            for qa in json.loads(line)["qa"]:
                answer = (qa.get("answer") or "").strip()
                if answer:
                    question = " ".join(qa["question"].replace(" ?", "?").split())
                    out.append(f"# {question}\n\n{answer}\n")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("small", type=int, help="words of the shorter document")
    ap.add_argument("large", type=int, help="words of the longer document")
    ap.add_argument("codes", nargs="*", help="rules to show besides the 15 that grow most")
    args = ap.parse_args()
    from medlint.config import Config
    from medlint.formats import load_document
    from medlint.linter import Linter

    answers = _answers(Path(os.environ.get("MEDQUAD_JSONL", DEFAULT_DATA)))
    linter = Linter(Config())
    for text in answers[:100]:  # lexicons and lazy patterns load here
        linter.lint_text(text, "markdown")
    spent: dict[str, float] = {}
    for rule in linter.rules:

        def timed_check(doc, check=rule.check, code=rule.code):  # type: ignore[no-untyped-def]
            start = time.process_time()
            out = list(check(doc))
            spent[code] = spent.get(code, 0.0) + time.process_time() - start
            return out

        rule.check = timed_check  # type: ignore[method-assign]
    rows = []
    for size in (args.small, args.large):
        part, n, i = [], 0, 200
        while n < size:
            text = answers[i % len(answers)]
            part.append(text)
            n += len(text.split())
            i += 1
        spent.clear()
        start = time.process_time()
        doc = load_document("\n\n".join(part), "markdown")
        loaded = time.process_time()
        linter.lint_document(doc)
        done = time.process_time()
        print(
            f"{n:,} words: load {1e7 * (loaded - start) / n:.1f}, lint {1e7 * (done - loaded) / n:.1f} ms/10k words"
        )
        rows.append((n, {code: 1e7 * t / n for code, t in spent.items()}))
    (_, small), (_, large) = rows
    grown = sorted(large, key=lambda c: small.get(c, 0.0) - large[c])[:15]
    for code in grown + [c for c in args.codes if c not in grown]:
        print(f"  {code:6} {small.get(code, 0.0):7.1f} -> {large.get(code, 0.0):7.1f} ms/10k words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
