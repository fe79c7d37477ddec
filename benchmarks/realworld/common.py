"""Small helpers shared by the real-world benchmarks: which findings count, and context printing.

Kept apart from the scripts so the tests can import them without data.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing import Pool
from pathlib import Path
from typing import Any, TypeVar

_T = TypeVar("_T")

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the scripts are also run as files
    sys.path.insert(0, str(ROOT))

#: Rule families whose warnings are about the content of the text (not disclosure or readability).
CONTENT_FAMILIES = ("MT", "CL", "RP", "TX")
#: Reported but kept out of the headline figure: truncation is mostly the crawler's doing.
HEADLINE_EXCLUDED = frozenset({"TX103"})


def is_content(code: str) -> bool:
    """True for the MT, CL, RP and TX families."""
    return code[:2] in CONTENT_FAMILIES


def wilson(successes: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """The 95% Wilson score interval for a proportion; (0, 1) when n is 0.

    Wilson rather than the normal approximation because many rules have small n
    and precision near 0 or 1, where the normal interval leaves [0, 1].
    """
    if n <= 0:
        return (0.0, 1.0)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def context(text: str, start: int, end: int, width: int = 100) -> str:
    """The flagged span marked with [[ ]] and ``width`` characters either side, on one line."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    out = f"{'…' if start > width else ''}{left}[[{text[start:end]}]]{right}{'…' if end + width < len(text) else ''}"
    return " ".join(out.split())


def short(text: str, limit: int = 60) -> str:
    """A flagged string on one line, cut to ``limit`` characters (verdict files keep no more)."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def pinned_file_text(
    candidates: Iterable[str | os.PathLike[str] | None], commit: str, path: str, clone_hint: str
) -> str:
    """A file of a public data repository at a pinned commit, from the first checkout that has it.

    Each candidate may be a clone or a bare mirror (read with ``git show commit:path``) or a plain
    copy of the work tree (read from disk). The text is decoded as UTF-8, a byte-order mark dropped.
    """
    for cand in candidates:
        if not cand or not Path(cand).exists():
            continue
        show = subprocess.run(
            ["git", "-C", str(cand), "show", f"{commit}:{path}"], capture_output=True, check=False
        )
        if show.returncode == 0:
            return show.stdout.decode("utf-8-sig")
        if (Path(cand) / path).is_file():
            return (Path(cand) / path).read_text(encoding="utf-8-sig")
    raise FileNotFoundError(f"no copy of {path} found; {clone_hint}")


def precision_lines(title: str, rows: dict[str, dict[str, Any]]) -> list[str]:
    """A per-rule (or per-family) precision table: findings, labelled, TP, FP, precision with its Wilson
    interval, unlabelled; ``rows`` as the benchmarks' ``Tally.row()`` gives them."""
    lines = [
        title,
        f"{'':<7} {'findings':>8} {'labelled':>8} {'TP':>4} {'FP':>4} {'precision':>9} {'95% CI':>11} {'unlabelled':>10}",
    ]
    for code, r in rows.items():
        prec = f"{r['precision']:.2f}" if r["precision"] is not None else "-"
        ci = f"{r['ci95'][0]:.2f}-{r['ci95'][1]:.2f}" if r["ci95"] else "-"
        lines.append(
            f"{code:<7} {r['findings']:>8} {r['labelled']:>8} {r['tp']:>4} {r['fp']:>4} {prec:>9} {ci:>11} {r['unlabelled']:>10}"
        )
    return lines


def pooled(
    init: Callable[..., None],
    initargs: tuple[Any, ...],
    work: Callable[[str], list[_T]],
    ids: Sequence[str],
    jobs: int,
) -> Iterator[_T]:
    """``work(id)``'s results for each id, in the order of ``ids``: in this process after
    ``init(*initargs)`` when ``jobs`` is 1 or less, else in a pool of ``jobs`` workers each started
    by ``init`` (the linter is built once a worker, not once an item). A generator either way, so
    a caller may stop early; the benchmarks that lint many items share it."""
    if jobs <= 1:
        init(*initargs)
        for i in ids:
            yield from work(i)
        return
    with Pool(jobs, initializer=init, initargs=initargs) as pool:
        for found in pool.imap(work, ids, chunksize=8):
            yield from found
