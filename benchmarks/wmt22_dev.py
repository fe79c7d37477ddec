"""WMT22 into English, development windows only: what the weakest systems get wrong, and what flags it.

    git clone https://github.com/wmt-conference/wmt22-news-systems /path/to/wmt22
    python benchmarks/wmt22_dev.py --wmt22 /path/to/wmt22 [--pairs cs,de] [--findings]
    python benchmarks/wmt22_dev.py --wmt22 /path/to/wmt22 --show 8 --seed 9 > /tmp/windows.txt

(or set ``WMT22_DIR``). Nothing from the repository is committed. Windows are
those of ``benchmarks/wmt22.py`` (10 consecutive segments, every system and the
reference non-empty), restricted to the development half: a window starting at
line ``s`` of pair ``p`` is development when
``zlib.crc32(f"{p}:{s}".encode()) % 2 == 0``; the other half is never read
here, so patterns chosen by reading these windows can be checked on it.

Default: lint every development window of the weakest quarter of systems (by
the organisers' DA z-scores, as ``wmt22.py`` ranks them) and of the reference
with the MT family, and print per pair the share of windows with an MT finding
at warning or above; ``--findings`` also prints every reference finding (each a
false-alarm candidate) and the weakest systems' findings by rule and pattern.
``--patterns a,b`` instead counts MT108's findings of those patterns in the development windows of
every system and of the reference (per 100 windows): a pattern that fires on professional
translation as often as on MT does not ship at warning. ``--show N`` instead prints N sampled
development windows per pair, each
weakest system's segments beside the reference's, for reading by hand
(``benchmarks/wmt22_dev_notes.tsv`` holds the labels read so).

The notes: 58 development windows read by hand (``--show 9 --seed 9`` for cs,
de, ru, zh; ``--show 6 --seed 9`` for ja, liv, uk; four more cs and de windows
of ``--show 3 --seed 10``), each weakest system's ten segments against the
reference's, marking only what an editor sees without
the source. ``wmt22_dev_notes.tsv`` has one row per window and system (and
the reference) with ``class:segments`` labels, no WMT22 text;
``wmt22_dev_classes.tsv`` counts them (windows of a weakest system showing the
class, segments, pairs, reference windows) with each class's definition.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.wmt22 import PAIRS, WINDOW, _key, human_z, mt_family_linter, read_lines  # noqa: E402
from medlint.diagnostic import Severity  # noqa: E402
from medlint.linter import Linter  # noqa: E402


def is_dev(pair: str, start: int) -> bool:
    """The development half of a pair's windows (the rule every WMT22 reading script uses)."""
    return zlib.crc32(f"{pair}:{start}".encode()) % 2 == 0


def load_pair(wmt: Path, src: str) -> tuple[list[str], dict[str, list[str]], list[int], list[str]]:
    """Reference lines, system lines, development window starts, and the weakest quarter of systems."""
    pair = f"{src}-en"
    ts = wmt / "txt-ts"
    refs = sorted((ts / "references").glob(f"generaltest2022.{pair}.ref.*.en"))
    ref_path = next((p for p in refs if ".ref.A." in p.name), refs[0])
    ref = read_lines(ref_path)
    systems = {
        p.name.split(".hyp.", 1)[1][: -len(".en")]: read_lines(p)
        for p in sorted((ts / "system-outputs").glob(f"generaltest2022.{pair}.hyp.*.en"))
    }
    starts = [
        s
        for s in range(0, len(ref) - WINDOW + 1, WINDOW)
        if is_dev(pair, s)
        and all(ref[s + k].strip() for k in range(WINDOW))
        and all(
            len(h) >= s + WINDOW and all(h[s + k].strip() for k in range(WINDOW)) for h in systems.values()
        )
    ]
    z = human_z(wmt, src)
    ranked = sorted(systems, key=lambda name: z.get(_key(name), math.inf))
    weakest = ranked[: max(1, math.ceil(len(systems) / 4))]
    return ref, systems, starts, weakest


def window_text(lines: list[str], start: int) -> str:
    """A window as ``wmt22.py`` lints it: one paragraph per segment."""
    return "\n\n".join(line.strip() for line in lines[start : start + WINDOW]) + "\n"


def findings(linter: Linter, text: str) -> list[tuple[str, str, str]]:
    """(code, pattern, matched text) of the MT-family findings at warning or above."""
    out = []
    for d in linter.lint_text(text, "text"):
        if d.code.startswith("MT") and d.severity >= Severity.WARNING:
            out.append((d.code, str(d.data.get("pattern", "")), d.text))
    return out


def measure(wmt: Path, pairs: list[str], show_findings: bool) -> None:
    linter = mt_family_linter()
    for src in pairs:
        pair = f"{src}-en"
        ref, systems, starts, weakest = load_pair(wmt, src)
        ref_flagged = 0
        weak_flagged = 0
        by_rule: Counter[str] = Counter()
        for s in starts:
            got = findings(linter, window_text(ref, s))
            if got:
                ref_flagged += 1
                if show_findings:
                    for code, pattern, words in got:
                        print(f"  REF {pair}:{s} {code} {pattern} {words!r}")
            for name in weakest:
                got = findings(linter, window_text(systems[name], s))
                weak_flagged += bool(got)
                by_rule.update(f"{code}:{pattern}" if pattern else code for code, pattern, _ in got)
        n = len(starts)
        print(
            f"{pair}: {n} dev windows; weakest quarter ({', '.join(weakest)}) "
            f"{100 * weak_flagged / max(n * len(weakest), 1):.1f}% flagged; "
            f"reference {100 * ref_flagged / max(n, 1):.1f}% ({ref_flagged})",
            flush=True,
        )
        if show_findings:
            print(f"  weakest by rule: {dict(by_rule.most_common())}")


def pattern_rates(wmt: Path, pairs: list[str], patterns: list[str]) -> None:
    """MT108 findings of ``patterns`` (at any severity) in the development windows of EVERY system
    and of the reference: does a pattern fire on professional translation as often as on MT (then it
    does not ship at warning)? Per pair and in all, findings per 100 windows."""
    linter = Linter(select=["MT108"])
    wanted = set(patterns)
    totals: dict[str, Counter[str]] = {"ref": Counter(), "mt": Counter()}
    windows = {"ref": 0, "mt": 0}
    for src in pairs:
        pair = f"{src}-en"
        ref, systems, starts, _ = load_pair(wmt, src)
        got: dict[str, Counter[str]] = {"ref": Counter(), "mt": Counter()}
        for s in starts:
            texts = [("ref", ref)] + [("mt", lines) for lines in systems.values()]
            for side, lines in texts:
                windows[side] += 1
                for d in linter.lint_text(window_text(lines, s), "text"):
                    pattern = str(d.data.get("pattern", ""))
                    if d.code == "MT108" and pattern in wanted:  # at any severity: info patterns too
                        got[side][pattern] += 1
        for side in got:
            totals[side].update(got[side])
        print(
            f"{pair}: {len(starts)} dev windows x {len(systems)} systems; "
            + "; ".join(f"{p} MT {got['mt'][p]} / reference {got['ref'][p]}" for p in patterns),
            flush=True,
        )
    for p in patterns:
        mt = 100 * totals["mt"][p] / max(windows["mt"], 1)
        rf = 100 * totals["ref"][p] / max(windows["ref"], 1)
        print(
            f"all pairs: {p}: MT {totals['mt'][p]} in {windows['mt']} windows ({mt:.2f} per 100), "
            f"reference {totals['ref'][p]} in {windows['ref']} ({rf:.2f} per 100)"
        )


def show(wmt: Path, pairs: list[str], n: int, seed: int) -> None:
    for src in pairs:
        pair = f"{src}-en"
        ref, systems, starts, weakest = load_pair(wmt, src)
        for s in sorted(random.Random(f"{seed}-{pair}").sample(starts, min(n, len(starts)))):
            print(f"=== {pair}:{s} weakest {', '.join(weakest)}")
            for k in range(WINDOW):
                print(f"--- {s + k} REF  {ref[s + k].strip()}")
                for name in weakest:
                    print(f"    {s + k} {name[:12]:<12} {systems[name][s + k].strip()}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--wmt22", type=Path, default=os.environ.get("WMT22_DIR"), help="local checkout (or WMT22_DIR)"
    )
    ap.add_argument("--pairs", default=",".join(PAIRS), help="comma-separated source languages")
    ap.add_argument("--findings", action="store_true", help="print reference findings and rule counts")
    ap.add_argument("--show", type=int, default=0, help="print N development windows per pair for reading")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument(
        "--patterns",
        help="comma-separated MT108 patterns: count them in every system's and the reference's dev windows",
    )
    args = ap.parse_args(argv)
    if args.wmt22 is None or not (Path(args.wmt22) / "txt-ts").is_dir():
        ap.error(
            "give --wmt22 (or WMT22_DIR): a checkout of https://github.com/wmt-conference/wmt22-news-systems"
        )
    pairs = [p.strip() for p in args.pairs.split(",") if p.strip()]
    if args.patterns:
        pattern_rates(Path(args.wmt22), pairs, [p.strip() for p in args.patterns.split(",") if p.strip()])
    elif args.show:
        show(Path(args.wmt22), pairs, args.show, args.seed)
    else:
        measure(Path(args.wmt22), pairs, args.findings)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
