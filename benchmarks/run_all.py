"""Run every benchmark and write benchmarks/RESULTS.md with the date and machine.

python benchmarks/run_all.py            # full (a few minutes on 2 cores)
python benchmarks/run_all.py --quick    # smaller speed corpora
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCRIPTS = [
    ("Detection quality on the labelled corpus", ["quality.py"]),
    ("CL107 direct-causal classifier on Yu et al.'s sentences", ["causal_language.py"]),
    ("MT lexicon rules", ["mt_lexicon.py"]),
    ("RD101 syllable counts for words outside the CMU dictionary", ["syllables.py"]),
    ("Speed against proselint", ["speed.py", "--per-rule"]),
]


def main() -> int:
    quick = "--quick" in sys.argv
    parts = [
        "# medlint benchmark results",
        "",
        f"Run {dt.datetime.now().strftime('%Y-%m-%d %H:%M')} on {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}. "
        f"Command: `python benchmarks/run_all.py{' --quick' if quick else ''}`.",
        "",
    ]
    status = 0
    for title, cmd in SCRIPTS:
        args = [sys.executable, str(HERE / cmd[0]), *cmd[1:]]
        if quick and cmd[0] == "speed.py":
            args.append("--quick")
        print(f"== {title}", flush=True)
        out = subprocess.run(args, capture_output=True, text=True)
        print(out.stdout + out.stderr, flush=True)
        status |= out.returncode
        parts += [f"## {title}", "", "```", (out.stdout + out.stderr).rstrip(), "```", ""]
    (HERE / "RESULTS.md").write_text("\n".join(parts), encoding="utf-8")
    print(f"wrote {HERE / 'RESULTS.md'}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
