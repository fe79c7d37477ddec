"""Build rules/data/word-frequencies.tsv: Zipf frequencies of English words.

RD103 (jargon-density) and MT110 (keyword-stuffing) ask how common a word is.
Importing wordfreq and loading its list costs about 0.27 s, most of a one-file
``medlint check``; this table holds what they need for thresholds of Zipf 2.5
and above (every alphabetic word of wordfreq's English list at that frequency
or more; Speer et al., CC BY-SA 4.0 data), sorted by word so that
``medlint.text.word_frequency`` can search it in place. Lower thresholds fall back
to wordfreq itself.

    python scripts/build_word_frequencies.py
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import wordfreq

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "data" / "word-frequencies.tsv"
MIN_ZIPF = 2.5


def main() -> int:
    rows = []
    for word in wordfreq.top_n_list("en", 200_000):
        if word.isalpha():
            z = wordfreq.zipf_frequency(word, "en")
            if z >= MIN_ZIPF:
                rows.append((word, z))
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            f"# Zipf frequencies from wordfreq {importlib.metadata.version('wordfreq')} (English; data CC BY-SA 4.0, Speer et al.)\n"
            f"# alphabetic words with Zipf >= {MIN_ZIPF}, sorted; built by scripts/build_word_frequencies.py\n"
        )
        for word, z in rows:
            fh.write(f"{word}\t{z:.2f}\n")
    print(f"wrote {len(rows)} words to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
