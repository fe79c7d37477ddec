"""``medquad_heldout_sample.py``'s output computed on a dump of ``dump.py`` instead of linting again.

    python mq_sample_from_dump.py DUMPDIR [medquad_heldout_sample.py's arguments]

The dump holds the same findings in the same order (answers in file order, findings in the linter's
order), so the warnings, the seeded draws and the estimates are those the script prints on the dumped
commit; the verdict files are this checkout's. Written by label20.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

import benchmarks.realworld.medquad_heldout_sample as m

csv.field_size_limit(10**9)


def main(argv: list[str]) -> int:
    dump = Path(argv[0])

    def from_dump(_docs: Sequence[tuple[str, str]]) -> list[m.Finding]:
        with (dump / "medquad.tsv").open(encoding="utf-8", newline="") as fh:
            rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            return [
                m.Finding(r["id"], r["rule"], int(r["start"]), int(r["end"]), r["severity"], r["message"])
                for r in rows
                if r["severity"] in ("warning", "error")
            ]

    m.lint = from_dump
    return m.main(argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
