"""How often chosen rules fire on clean text nobody here wrote, by corpus, rule and severity.

A new pattern or a wider reading is checked for false alarms on edited English before it is
kept. This script lints four corpora with only the named rules selected and counts their
findings at each severity (and, for MT108, per pattern), per 1,000 words, with a few
flagged spans of each:

- MedQuAD: every answer of ``../shared/data/medquad/medquad.jsonl`` as ``# <question>`` + answer
  (Markdown), as ``benchmarks/realworld/medquad.py`` lints them (NIH and CDC consumer-health pages;
  Ben Abacha and Demner-Fushman 2019, CC BY 4.0);
- clean sentences: ``../shared/data/clean_sentences.tsv``, 200 sentences to a document;
- FakeHealth: every news story and release (``benchmarks/realworld/fakehealth_data.py``; edited
  news, not error-free, so its findings are read, not assumed false);
- WMT22 references (``--wmt22 DIR``, optional): the human translations into English, 60 lines
  to a document.

All of MedQuAD is read, build and held-out halves alike: this is a rate to read before keeping a
change, never a figure tuned against (the held-out figures come from ``medquad.py --heldout``).

    python benchmarks/clean_rates.py MT105,MT108 [--patterns at-group,subjectless-clause]
                                     [--wmt22 DIR] [--show 5] [--corpora medquad,fakehealth]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.realworld import fakehealth_data  # noqa: E402
from medlint.linter import Linter  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
CORPORA = ("medquad", "sentences", "fakehealth", "wmt22")


def documents(corpus: str, wmt22: Path | None) -> Iterator[tuple[str, str]]:
    """(text, format) of each document of ``corpus``."""
    if corpus == "medquad":
        with (SHARED / "medquad" / "medquad.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                for qa in json.loads(line)["qa"]:
                    yield f"# {qa['question']}\n\n{qa['answer']}", "markdown"
    elif corpus == "sentences":
        lines = (SHARED / "clean_sentences.tsv").read_text(encoding="utf-8").splitlines()[1:]
        sentences = [line.split("\t")[0] for line in lines]
        for i in range(0, len(sentences), 200):
            yield "\n\n".join(sentences[i : i + 200]), "text"
    elif corpus == "fakehealth":
        for article_id in fakehealth_data.all_ids():
            yield fakehealth_data.load_article(None, article_id), fakehealth_data.FORMAT
    elif corpus == "wmt22" and wmt22 is not None:
        for path in sorted((wmt22 / "txt" / "references").glob("*-en.ref.*.en")):
            lines = path.read_text(encoding="utf-8").splitlines()
            for i in range(0, len(lines), 60):
                yield "\n\n".join(lines[i : i + 60]), "text"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rules", help="comma-separated rule codes")
    ap.add_argument("--patterns", default="", help="MT108 patterns to count alone (comma-separated)")
    ap.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated: " + ", ".join(CORPORA))
    ap.add_argument("--wmt22", type=Path, help="a checkout of wmt-conference/wmt22-news-systems")
    ap.add_argument(
        "--show", type=int, default=5, help="flagged spans to print per corpus, rule and severity"
    )
    ap.add_argument(
        "--default-rules",
        action="store_true",
        help="lint with the default rules and count only the named codes (a prefix such as CL selects the opt-in "
        "rules too, whose findings a rule that reads the others' may then leave: what a user sees is this)",
    )
    args = ap.parse_args(argv)
    rules = [r.strip() for r in args.rules.split(",") if r.strip()]
    patterns = {p.strip() for p in args.patterns.split(",") if p.strip()}
    linter = Linter() if args.default_rules else Linter(select=rules)
    counted = tuple(rules)
    crashed = 0
    for corpus in (c.strip() for c in args.corpora.split(",") if c.strip()):
        words = 0
        counts: Counter[tuple[str, str]] = Counter()
        shown: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
        for text, fmt in documents(corpus, args.wmt22):
            words += len(text.split())
            for d in linter.lint_text(text, fmt):
                if d.code.startswith("ML"):
                    crashed += "crashed" in d.message
                    continue
                if args.default_rules and not d.code.startswith(counted):
                    continue
                pattern = d.data.get("pattern") if d.code == "MT108" else None
                if patterns and d.code == "MT108" and pattern not in patterns:
                    continue
                key = (f"{d.code}:{pattern}" if pattern else d.code, d.severity.name.lower())
                counts[key] += 1
                if len(shown[key]) < args.show:
                    shown[key].append(d.text[:60])
        print(f"{corpus}: {words:,} words")
        for (rule, severity), n in sorted(counts.items()):
            print(
                f"  {rule:28} {severity:8} {n:6}  {1000 * n / max(words, 1):.3f}/1k  {shown[(rule, severity)]}"
            )
        if not counts:
            print("  no findings")
    if crashed:
        print(f"rule crashes: {crashed}")
    return 1 if crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
