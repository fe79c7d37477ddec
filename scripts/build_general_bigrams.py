"""Build rules/data/general/bigrams.tsv: word pairs common in general English (SymSpell, Google Books).

    pip install 'medlint[build]'            # symspellpy, MIT: only this script reads it
    python scripts/build_general_bigrams.py [--source FILE]

MT105 (spun-term) and MT121 (unattested-collocation) decide "unattested" against
consumer-health reference text (MedQuAD's build half), so ordinary English that health
prose happens not to write ("financial aid", "illicit drugs", "family physician") looked
like a spinner's swap. symspellpy ships ``frequency_bigramdictionary_en_243_342.txt``:
the 242,342 commonest English word pairs, each seen 6.4 million times or more in Google
Books (SymSpell, Wolf Garbe, MIT licence). This script keeps the pairs medlint can ask
about and writes them without their counts (the rules only ask whether a pair is common):

- both words known to medlint's tables: a replacement or term word of the spun-term
  tables (``rules/data/terms/spun-synonyms.tsv`` and ``spun-terms.tsv``) or a word of
  the reference vocabulary (``rules/data/refstats/vocab.tsv``); rebuild after those;
- neither word a function word (``medlint.text.general_bigrams.FUNCTION``): "of the"
  says nothing about whether two content words go together, and such pairs were half the file.

Output: one line per first word, ``first<TAB>second second ...`` sorted by first word
(byte order) and then by second, so ``medlint.text.sorted_lines`` finds a row in place.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from medlint.text.general_bigrams import FUNCTION  # noqa: E402

SOURCE_NAME = "frequency_bigramdictionary_en_243_342.txt"
OUT = ROOT / "rules" / "data" / "general" / "bigrams.tsv"

HEADER = """\
# General-English word pairs for medlint (MT105 spun-term, MT121 unattested-collocation).
# Built by scripts/build_general_bigrams.py from symspellpy 6.10.1's
# frequency_bigramdictionary_en_243_342.txt (SymSpell: the commonest English word pairs, each seen
# 6.4 million times or more in the Google Books Ngram data), keeping the {kept:,} pairs of {total:,}
# whose words medlint's tables know and that hold no function word; counts dropped.
# Format: first<TAB>second second ... (sorted). See rules/data/general/README.md.
#
# MIT License
# Copyright (c) 2025 mmb L (Python port https://github.com/mammothb/symspellpy)
# Copyright (c) 2021 Wolf Garbe (Original C# implementation https://github.com/wolfgarbe/SymSpell)
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
# NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
# OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def default_source() -> Path:
    """The bigram file inside an installed symspellpy."""
    try:
        import importlib.resources

        return Path(str(importlib.resources.files("symspellpy") / SOURCE_NAME))
    except ModuleNotFoundError:
        sys.exit("symspellpy is not installed: pip install 'medlint[build]', or pass --source FILE")


def table_keys(path: Path) -> set[str]:
    """The first column of a ``key<TAB>...`` table (``#`` lines are comments)."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#" and "\t" in line:
            out.add(line.partition("\t")[0])
    return out


def known_words() -> set[str]:
    """The words medlint's tables can ask about: spun-term replacements and term words, and the
    reference vocabulary."""
    terms = ROOT / "rules" / "data" / "terms"
    return (
        table_keys(terms / "spun-synonyms.tsv")
        | table_keys(terms / "spun-terms.tsv")
        | table_keys(ROOT / "rules" / "data" / "refstats" / "vocab.tsv")
    )


def build(source: Path, known: set[str]) -> tuple[str, int, int]:
    """The table's text, the pairs kept and the pairs read."""
    rows: dict[str, set[str]] = defaultdict(set)
    total = 0
    for line in source.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3:
            continue
        total += 1
        a, b = parts[0].lower(), parts[1].lower()
        if a in FUNCTION or b in FUNCTION or a not in known or b not in known:
            continue
        rows[a].add(b)
    kept = sum(len(v) for v in rows.values())
    body = "".join(
        f"{a}\t{' '.join(sorted(rows[a], key=lambda s: s.encode()))}\n"
        for a in sorted(rows, key=lambda s: s.encode())
    )
    return HEADER.format(kept=kept, total=total) + body, kept, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, help=f"symspellpy's {SOURCE_NAME} (default: the installed one)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    text, kept, total = build(args.source or default_source(), known_words())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {kept:,} of {total:,} pairs, {len(text.encode()):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
