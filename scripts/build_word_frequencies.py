"""Build rules/data/word-frequencies.tsv: Zipf frequencies of longer English words.

RD103 (jargon-density) asks how common each long word is. Loading wordfreq's
full list costs about 0.15 s at start-up, most of medlint's cold start; this
table holds what RD103 needs by default (words of 7+ letters with Zipf
frequency 2.5 or more, from wordfreq's English list, Speer et al., CC BY-SA 4.0
data) and RD103 falls back to wordfreq itself for other option values.

    python scripts/build_word_frequencies.py
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import wordfreq

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "data" / "word-frequencies.tsv"
MIN_LENGTH = 7
MIN_ZIPF = 2.5


def main() -> int:
    rows = []
    for word in wordfreq.top_n_list("en", 200_000):
        if len(word) >= MIN_LENGTH and word.isalpha():
            z = wordfreq.zipf_frequency(word, "en")
            if z >= MIN_ZIPF:
                rows.append((word, z))
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            f"# Zipf frequencies from wordfreq {importlib.metadata.version('wordfreq')} (English; data CC BY-SA 4.0, Speer et al.)\n"
            f"# words of {MIN_LENGTH}+ letters with Zipf >= {MIN_ZIPF}; built by scripts/build_word_frequencies.py\n"
        )
        for word, z in rows:
            fh.write(f"{word}\t{z:.2f}\n")
    print(f"wrote {len(rows)} words to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
