"""WMT22 into English: does the MT family tell machine translation from human translation?

    git clone https://github.com/wmt-conference/wmt22-news-systems /path/to/wmt22
    python benchmarks/wmt22.py --wmt22 /path/to/wmt22 [--windows 100] [--seed 22] [--half dev|test] [--write]

(or set ``WMT22_DIR``). Nothing from the repository is committed; this script
reads a local checkout. For each pair cs, de, ja, liv, ru, uk, zh -> en it reads
``txt-ts/references`` (reference A, or the first one there is: B for cs-en) and
every file of ``txt-ts/system-outputs``, one segment per line, all aligned
line by line with ``txt-ts/sources``.

Windows: ``txt-ts`` has no document ids (only some pairs have ``xml/``), so a
"document" is a fixed window of 10 consecutive lines, each line a paragraph;
windows with an empty reference or system line (or the reference placeholder
"NO TRANSLATION AVAILABLE") are dropped. A seeded sample
of ``--windows`` window positions per pair (the same positions for the
reference and every system) is linted, because a full run (about 38,000
windows) is too slow for the shared machine. ``--half dev`` or ``--half test``
keeps only the usable windows of one half before sampling: a window is in the
development half when the CRC-32 of ``"<pair>:<first line>"`` is even, so the
split never depends on the seed or the sample size; rules are built and read
on the development half only, and the test half is run once to report (the
default, all windows, prints what it printed before the split). The MT family is the MT rules of a
default run (LanguageTool's MT113 needs a server and is off without one) plus
the opt-in MT120, which is info and so counted only in its own column.

Reported per pair: the share of MT windows and of reference windows with any
MT-family finding at warning or above, and the AUC of the document-level score (MT120's mean
pair score; lower = less fluent) for telling MT windows from reference windows
(0.5 = no separation; below 0.5 = MT reads *more* fluent than the references);
then the same for the weakest quarter of systems (rounded up), ranked by the
organisers' per-system mean z-score of the WMT22 human evaluation (DA,
``humaneval/DA/newstest2022-toen/ad-sys-ranking-XX-en-z.csv``, second column;
liv-en is "lv-en" there). ``--write`` replaces the "WMT22" section of
benchmarks/RESULTS.md with the table.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from medlint.diagnostic import Severity  # noqa: E402
from medlint.linter import Linter  # noqa: E402
from medlint.text.refstats import load, pairs_of  # noqa: E402

PAIRS = ("cs", "de", "ja", "liv", "ru", "uk", "zh")
WINDOW = 10
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
HALVES = ("all", "dev", "test")


def window_half(pair: str, start: int) -> str:
    """The half ("dev" or "test") of the window of ``pair`` that begins at line ``start``."""
    return "dev" if zlib.crc32(f"{pair}:{start}".encode()) % 2 == 0 else "test"


@dataclass
class Side:
    """Flags and scores of the windows of one reference or system."""

    flagged: list[bool] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    codes: dict[str, int] = field(default_factory=dict)
    mt120: list[bool] = field(default_factory=list)


#: What a reference line says where the translator gave none (cs-en reference B has whole documents of it).
NO_TRANSLATION = "NO TRANSLATION AVAILABLE"


def mt_family_linter() -> Linter:
    """The MT rules a default run enables, plus MT120 (opt-in, info) for its score column."""
    from medlint.registry import default_registry

    rules = default_registry().rules
    return Linter(
        select=[*sorted(c for c, r in rules.items() if c.startswith("MT") and r.enabled_by_default), "MT120"]
    )


def read_lines(path: Path) -> list[str]:
    """One segment per line; a reference's placeholder for a missing translation counts as empty."""
    return [
        "" if line.strip() == NO_TRANSLATION else line
        for line in path.read_text(encoding="utf-8").split("\n")
    ]


def human_z(wmt: Path, src: str) -> dict[str, float]:
    """System name (lower-case, alphanumerics only) -> the organisers' mean z-score."""
    code = "lv" if src == "liv" else src
    path = wmt / "humaneval" / "DA" / "newstest2022-toen" / f"ad-sys-ranking-{code}-en-z.csv"
    out: dict[str, float] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 5:
            name = parts[4].rsplit(".", 1)[0]
            out[_key(name)] = float(parts[1])
    return out


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def doc_score(text: str) -> float:
    """MT120's document score: mean ``log P(w2|w1) - log P(w2)`` over scored pairs (nan if none)."""
    stats = load()
    xs = [v for a, b, *_ in pairs_of(text) if (v := stats.pair_score(a, b)) is not None]
    return sum(xs) / len(xs) if xs else math.nan


def auc(mt: list[float], ref: list[float]) -> float:
    """P(an MT window scores lower than a reference window), ties half."""
    mt = [x for x in mt if not math.isnan(x)]
    ref = sorted(x for x in ref if not math.isnan(x))
    if not mt or not ref:
        return math.nan
    import bisect

    total = 0.0
    for x in mt:
        lo, hi = bisect.bisect_left(ref, x), bisect.bisect_right(ref, x)
        total += (len(ref) - hi) + 0.5 * (hi - lo)
    return total / (len(mt) * len(ref))


def lint_windows(linter: Linter, lines: list[str], starts: list[int]) -> Side:
    side = Side()
    for s in starts:
        text = "\n\n".join(line.strip() for line in lines[s : s + WINDOW]) + "\n"
        found = linter.lint_text(text, "text")
        diags = [d for d in found if d.code.startswith("MT") and d.severity >= Severity.WARNING]
        side.flagged.append(bool(diags))
        side.mt120.append(any(d.code == "MT120" for d in found))
        for d in diags:
            side.codes[d.code] = side.codes.get(d.code, 0) + 1
        side.scores.append(doc_score(text))
    return side


def pct(xs: list[bool]) -> str:
    return f"{100 * sum(xs) / len(xs):.1f}%" if xs else "n/a"


def run(wmt: Path, n_windows: int, seed: int, half: str = "all") -> tuple[list[str], str]:
    linter = mt_family_linter()
    ts = wmt / "txt-ts"
    rows = []
    notes = []
    met: list[str] = []
    unmet: list[str] = []
    t0 = time.perf_counter()
    total_words = 0
    for src in PAIRS:
        pair = f"{src}-en"
        refs = sorted((ts / "references").glob(f"generaltest2022.{pair}.ref.*.en"))
        if not refs:
            notes.append(f"{pair}: no reference in {ts / 'references'}")
            continue
        ref_path = next((p for p in refs if ".ref.A." in p.name), refs[0])
        ref = read_lines(ref_path)
        systems = {
            p.name.split(".hyp.", 1)[1][: -len(".en")]: read_lines(p)
            for p in sorted((ts / "system-outputs").glob(f"generaltest2022.{pair}.hyp.*.en"))
        }
        n = len([line for line in ref if line]) if ref else 0
        usable = [
            s
            for s in range(0, len(ref) - WINDOW + 1, WINDOW)
            if all(ref[s + k].strip() for k in range(WINDOW))
            and all(
                len(h) >= s + WINDOW and all(h[s + k].strip() for k in range(WINDOW))
                for h in systems.values()
            )
        ]
        if half != "all":
            usable = [s for s in usable if window_half(pair, s) == half]
        rng = random.Random(f"{seed}-{pair}")
        starts = sorted(rng.sample(usable, min(n_windows, len(usable))))
        total_words += sum(len(" ".join(ref[s : s + WINDOW]).split()) for s in starts) * (1 + len(systems))
        ref_side = lint_windows(linter, ref, starts)
        sys_sides = {name: lint_windows(linter, lines, starts) for name, lines in systems.items()}
        z = human_z(wmt, src)
        ranked = sorted(systems, key=lambda name: z.get(_key(name), math.inf))
        unranked = [name for name in systems if _key(name) not in z]
        k = max(1, math.ceil(len(systems) / 4))
        weakest = ranked[:k]
        if unranked:
            notes.append(f"{pair}: no human score for {', '.join(unranked)} (ranked last, never 'weakest')")
        all_flags = [f for side in sys_sides.values() for f in side.flagged]
        all_scores = [x for side in sys_sides.values() for x in side.scores]
        weak_flags = [f for name in weakest for f in sys_sides[name].flagged]
        weak_scores = [x for name in weakest for x in sys_sides[name].scores]
        codes: dict[str, int] = {}
        for side in sys_sides.values():
            for c, m in side.codes.items():
                codes[c] = codes.get(c, 0) + m
        weak_mt120 = [f for name in weakest for f in sys_sides[name].mt120]
        ref_share = sum(ref_side.flagged) / max(len(ref_side.flagged), 1)
        weak_share = sum(weak_flags) / max(len(weak_flags), 1)
        (met if weak_share >= 0.5 and ref_share <= 0.03 else unmet).append(pair)
        rows.append(
            f"| {pair} | {len(systems)} | {len(starts)} of {len(usable)} | {pct(all_flags)} | {pct(ref_side.flagged)} "
            f"| {auc(all_scores, ref_side.scores):.3f} | {', '.join(weakest)} | {pct(weak_flags)} "
            f"| {auc(weak_scores, ref_side.scores):.3f} | {pct(weak_mt120)} / {pct(ref_side.mt120)} |"
        )
        per_system = sorted((auc(side.scores, ref_side.scores), name) for name, side in sys_sides.items())
        top_auc, top_name = per_system[-1]
        notes.append(
            f"{pair}: reference {ref_path.name.split('.ref.')[1][:-3]} ({n} lines); highest per-system AUC "
            f"{top_auc:.3f} ({top_name}, human z {z.get(_key(top_name), math.nan):.3f}); MT findings by rule "
            f"{dict(sorted(codes.items())) or '{}'}, on references {dict(sorted(ref_side.codes.items())) or '{}'}"
        )
        print(rows[-1], flush=True)
    header = (
        "| pair | systems | windows (sampled of usable) | MT windows flagged | reference windows flagged "
        "| AUC of document score | weakest quarter (human z) | weakest flagged | weakest AUC "
        "| MT120 (info) weakest / references |\n"
        "|---|---|---|---|---|---|---|---|---|---|"
    )
    footer = (
        f"\n\nWindows of {WINDOW} consecutive segments (txt-ts has no document ids), {n_windows} sampled per pair "
        + ("" if half == "all" else f"from the {half} half of the windows (CRC-32 of pair and position) ")
        + f"with seed {seed}, the same positions for the reference and every system; flagged = any MT-family "
        "finding at warning or above (MT120 is info, so it is counted only in the last column); AUC = P(MT window's MT120 score < reference window's), 0.5 = chance. "
        f"About {total_words:,} words linted in {time.perf_counter() - t0:.0f} s.\n\n"
        "Target of issue 13 (weakest quarter: at least 50% of windows flagged, at most 3% of reference "
        f"windows): met for {', '.join(met) or 'no pair'}; not met for {', '.join(unmet) or 'no pair'}.\n\n"
        + "\n".join(f"- {note}" for note in notes)
    )
    return rows, header + "\n" + "\n".join(rows) + footer


def write_results(table: str, command: str) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    section = f"## WMT22\n\n`{command}`\n\n{table}\n"
    pattern = re.compile(r"^## WMT22\n.*?(?=^## |\Z)", re.S | re.M)
    text = (
        pattern.sub(lambda _: section + "\n", text)
        if pattern.search(text)
        else text.rstrip("\n") + "\n\n" + section
    )
    RESULTS.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--wmt22", type=Path, default=os.environ.get("WMT22_DIR"), help="local checkout (or WMT22_DIR)"
    )
    ap.add_argument("--windows", type=int, default=100, help="windows sampled per language pair")
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument(
        "--half",
        choices=HALVES,
        default="all",
        help="only the development or the test half of the window positions (default: all)",
    )
    ap.add_argument("--write", action="store_true", help="write the table into benchmarks/RESULTS.md")
    args = ap.parse_args(argv)
    if args.wmt22 is None or not (Path(args.wmt22) / "txt-ts").is_dir():
        ap.error(
            "give --wmt22 (or WMT22_DIR): a checkout of https://github.com/wmt-conference/wmt22-news-systems"
        )
    _, table = run(Path(args.wmt22), args.windows, args.seed, args.half)
    print(table)
    if args.write:
        half = "" if args.half == "all" else f" --half {args.half}"
        write_results(table, f"python benchmarks/wmt22.py --windows {args.windows} --seed {args.seed}{half}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
