"""Page chrome on real web pages: what medlint's HTML loader keeps and blanks.

    python benchmarks/html_chrome.py [--trafilatura PATH] [--half dev|test|all]

The pages and their labels are trafilatura's evaluation set (Adrien Barbaresi,
``git clone https://github.com/adbar/trafilatura``, Apache-2.0; ``--trafilatura``
or ``$TRAFILATURA_DIR``; never committed): ``tests/evaldata.json`` names, for
each saved page in ``tests/cache/`` and ``tests/eval/``, snippets that belong to
the main text ("with") and snippets of boilerplate ("without"). For every page
medlint loads (``medlint.formats.html.load``), a snippet counts as kept when its
words appear, in order, in the prose view's words; the table compares the loader
with page chrome blanked (the default) and kept.

The two failure modes are not equal: an article snippet blanked hides real text
from every rule; a boilerplate snippet kept is what medlint did before. So the
figure to watch is the share of article snippets kept, which blanking chrome
must not lower; the share of boilerplate snippets removed is what it buys.
The pages are split once by ``zlib.crc32(file name) % 2`` into a development
half (0), the only one chrome rules are built from, and a test half (1), run
once at the end of a change (``--half``; ``pages``).

Headers and footers are kept on purpose (they hold bylines and disclaimers), so
a page's "Impressum" link or date line usually stays.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from medlint.formats import decode  # noqa: E402
from medlint.formats.html import load  # noqa: E402

_WORD = re.compile(r"\w+")


def words(text: str) -> str:
    """Lower-case words joined by single spaces: a snippet matches across markup and line breaks."""
    return " ".join(w.lower() for w in _WORD.findall(text))


def checkout(arg: str | None) -> Path:
    path = Path(arg or os.environ.get("TRAFILATURA_DIR") or ROOT.parent / "trafilatura")
    if not (path / "tests" / "evaldata.json").is_file():
        raise SystemExit(
            f"no trafilatura checkout at {path}: git clone https://github.com/adbar/trafilatura and pass "
            "--trafilatura PATH or set TRAFILATURA_DIR"
        )
    return path


HALVES = {"dev": 0, "test": 1}


def half_of(filename: str) -> str:
    """The half a page belongs to: "dev" when ``crc32(file name) % 2 == 0``, else "test"."""
    return "dev" if zlib.crc32(filename.encode("utf-8")) % 2 == 0 else "test"


def pages(base: Path, half: str = "all") -> Iterator[tuple[str, dict, Path]]:
    """(url, labels, path) of each evaluation page of ``half`` ("dev", "test" or "all") that exists."""
    data = json.loads((base / "tests" / "evaldata.json").read_text(encoding="utf-8"))
    for url, item in data.items():
        if half != "all" and half_of(item["file"]) != half:
            continue
        path = next(
            (
                base / "tests" / d / item["file"]
                for d in ("cache", "eval")
                if (base / "tests" / d / item["file"]).is_file()
            ),
            None,
        )
        if path is not None:
            yield url, item, path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trafilatura", help="a checkout of adbar/trafilatura")
    ap.add_argument("--show", type=int, default=0, help="print this many article snippets that were blanked")
    ap.add_argument("--half", choices=("dev", "test", "all"), default="all", help="which half of the pages")
    args = ap.parse_args(argv)
    base = checkout(args.trafilatura)
    counts = {mode: {"with": [0, 0], "without": [0, 0]} for mode in ("chrome blanked", "chrome kept")}
    n_pages = 0
    lost: list[tuple[str, str]] = []
    for url, item, path in pages(base, args.half):
        try:
            source = decode(path.read_bytes(), str(path))
        except Exception:  # a page medlint refuses is not a page to score
            continue
        n_pages += 1
        for mode, skip in (("chrome blanked", True), ("chrome kept", False)):
            prose = words(load(source, skip_chrome=skip).prose)
            for kind in ("with", "without"):
                for snippet in item.get(kind) or ():
                    key = words(snippet)
                    if not key:
                        continue
                    kept = key in prose
                    counts[mode][kind][0] += kept
                    counts[mode][kind][1] += 1
                    if (
                        skip
                        and kind == "with"
                        and not kept
                        and key in words(load(source, skip_chrome=False).prose)
                    ):
                        lost.append((url, snippet))
    print(f"trafilatura evaluation pages, half {args.half}: {n_pages} (labels: tests/evaldata.json)")
    print(f"{'loader':16} {'article snippets kept':>24} {'boilerplate snippets removed':>30}")
    for mode, c in counts.items():
        w, wo = c["with"], c["without"]
        print(
            f"{mode:16} {w[0]:>6}/{w[1]:<6} = {w[0] / max(1, w[1]):5.1%}"
            f" {wo[1] - wo[0]:>8}/{wo[1]:<6} = {(wo[1] - wo[0]) / max(1, wo[1]):5.1%}"
        )
    print(f"article snippets that only blanking chrome removed: {len(lost)}")
    for url, snippet in lost[: args.show]:
        print(f"  {url}: {snippet[:100]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
