"""Run every benchmark and write benchmarks/RESULTS.md with the date and machine.

python benchmarks/run_all.py            # full (a few minutes on 2 cores)
python benchmarks/run_all.py --quick    # smaller speed corpora
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: the public checkouts some benchmarks read (never committed; see the README)
WMT22 = Path(os.environ.get("WMT22_DIR", "/work/data/wmt22"))
FAKEHEALTH = Path(os.environ.get("FAKEHEALTH_DIR", "/work/data/FakeHealth"))
GPT4FH = Path(os.environ.get("GPT4FH", "/work/data/gpt4fh"))
RECOVERY = Path(os.environ.get("RECOVERY_DIR", "/work/.mirror/FinlayDuff+Dissertation/repo"))
HEALTHFC = Path(os.environ.get("HEALTHFC_DIR", "/work/.mirror/jvladika+HealthFC/repo"))
TRAFILATURA = Path(os.environ.get("TRAFILATURA_DIR", "/work/data/trafilatura"))

#: (title, script and arguments, checkouts it needs)
SCRIPTS: list[tuple[str, list[str], tuple[Path, ...]]] = [
    ("Detection quality on the labelled corpus", ["quality.py"], ()),
    ("CL107 direct-causal classifier on Yu et al.'s sentences", ["causal_language.py"], ()),
    ("MT lexicon rules", ["mt_lexicon.py"], ()),
    ("RD101 syllable counts for words outside the CMU dictionary", ["syllables.py"], ()),
    ("Spinning: held-out screener pairs, spun MedQuAD, false alarms", ["spinning.py"], ()),
    ("MT false alarms on held-out MedQuAD and clean sentences", ["heldout_mt.py"], ()),
    (
        "Source-script leftovers (MT114, MT115, TX107)",
        ["script_leftovers.py", "--wmt22", str(WMT22), "--fakehealth", str(FAKEHEALTH)],
        (WMT22, FAKEHEALTH),
    ),
    ("WMT22 into English", ["wmt22.py", "--wmt22", str(WMT22), "--windows", "200"], (WMT22,)),
    (
        "CL findings against HealthNewsReview criteria",
        [
            "claims_review.py",
            "--min-severity",
            "info",
            "--fakehealth",
            str(FAKEHEALTH),
            "--gpt4fh",
            str(GPT4FH),
        ],
        (FAKEHEALTH, GPT4FH),
    ),
    (
        "Unseen COVID-19 news (ReCOVery), first-look verdicts",
        ["realworld/recovery.py", "--recovery", str(RECOVERY)],
        (RECOVERY,),
    ),
    (
        "Machine-translated fact-checks (HealthFC): recall on marked defects, precision",
        ["realworld/healthfc.py", "--healthfc", str(HEALTHFC)],
        (HEALTHFC,),
    ),
    (
        "Page chrome on trafilatura's labelled web pages",
        ["html_chrome.py", "--trafilatura", str(TRAFILATURA)],
        (TRAFILATURA,),
    ),
    ("Speed against proselint", ["speed.py", "--per-rule"], ()),
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
    for title, cmd, needs in SCRIPTS:
        missing = [str(path) for path in needs if not path.is_dir()]
        if missing:
            note = f"skipped: no checkout at {', '.join(missing)} (see docs/benchmarks.md)"
            print(f"== {title}\n{note}", flush=True)
            parts += [f"## {title}", "", note, ""]
            continue
        args = [sys.executable, str(HERE / cmd[0]), *cmd[1:]]
        if quick and cmd[0] == "speed.py":
            args.append("--quick")
        print(f"== {title}", flush=True)
        out = subprocess.run(args, capture_output=True, text=True)
        print(out.stdout + out.stderr, flush=True)
        status |= out.returncode
        parts += [f"## {title}", "", "```", (out.stdout + out.stderr).rstrip(), "```", ""]
    results = HERE / "RESULTS.md"
    kept = _marked_sections(results.read_text(encoding="utf-8")) if results.exists() else []
    results.write_text("\n".join(parts + kept), encoding="utf-8")
    print(f"wrote {results}")
    # the real-world evaluation rewrites its own marked section (and keeps the rest)
    for module in REWRITES_OWN_SECTION:
        print(f"== {module}", flush=True)
        out = subprocess.run([sys.executable, "-m", module], cwd=HERE.parent, capture_output=True, text=True)
        print(out.stdout + out.stderr, flush=True)
        status |= out.returncode
    return status


#: benchmarks that write a marked section of RESULTS.md themselves
REWRITES_OWN_SECTION = ("benchmarks.realworld",)
_MARKED = re.compile(r"<!-- (\w+):begin.*?<!-- \1:end -->\n?", re.S)


def _marked_sections(text: str) -> list[str]:
    """Sections other scripts write between <!-- name:begin --> and <!-- name:end --> markers.

    run_all rewrites the file from its own scripts' output; without this a run
    would erase the real-world, WMT22 and expert-review sections.
    """
    return [m.group(0) for m in _MARKED.finditer(text)]


if __name__ == "__main__":
    raise SystemExit(main())
