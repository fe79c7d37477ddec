"""The driver the corrupt-sentence recall scripts share (words23, words26, grammar27).

Each script makes its own classes of hand-made slips; what they share, and what must stay one
thing so that their numbers compare, is how a class is measured: the corrupted sentence and its
clean version are linted under a heading, a slip counts as found when a finding of the class's
rule overlaps the changed words, and the clean version is the control. Only counts are printed.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from medlint import Linter

#: (clean sentence, corrupted sentence, start, end of the changed words in the corrupted one).
Case = tuple[str, str, int, int]
#: A class: the rules it is meant for (the first is the one it is measured by) and its case maker.
Maker = tuple[tuple[str, ...], Callable[[], list[Case]]]
#: A heading before the sentence, so that it is read as a paragraph of a page.
HEAD = "# Note\n\n"


def parser(doc: str | None, seed: int) -> argparse.ArgumentParser:
    """The options every script takes: cases per class, the seed and a subset of classes."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="corrupted sentences per class")
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--classes", nargs="*", help="only these classes (default: all)")
    return ap


def recall_line(
    linter: Linter,
    name: str,
    codes: Sequence[str],
    cases: Sequence[Case],
    fmt: str = "markdown",
    head: str = HEAD,
    tail: str = "\n",
) -> str:
    """One class's line: how many corrupted sentences a finding of ``codes[0]`` covers at the
    changed words (and, with more codes, of any of them), and how many clean versions have a
    ``codes[0]`` finding at all (the control)."""
    found = dict.fromkeys(codes, 0)
    either = control = 0
    at = len(head)
    for clean, corrupted, start, end in cases:
        hits = linter.lint_text(head + corrupted + tail, fmt)
        over = {d.code for d in hits if d.start.offset < at + end and d.end.offset > at + start}
        for c in codes:
            found[c] += c in over
        either += bool(over)
        if any(d.code == codes[0] for d in linter.lint_text(head + clean + tail, fmt)):
            control += 1
    k = len(cases)
    code = codes[0]
    line = (
        f"{name}: {code} found {found[code]}/{k} = {found[code] / max(k, 1):.1%} of the corrupted sentences"
    )
    if len(codes) > 1:
        line += f"; {' or '.join(codes)} {either}/{k} = {either / max(k, 1):.1%}"
    return f"{line}; clean versions with any {code} finding {control}/{k}"


def run(makers: Mapping[str, Maker], only: Sequence[str] | None) -> None:
    """Print each class's line, in order. Every class is drawn, also one left out by ``only``, so
    that a subset run samples what a full run does (the classes share one random generator)."""
    from medlint import Linter

    for name, (codes, make) in makers.items():
        cases = make()
        if only and name not in only:
            continue
        print(recall_line(Linter(select=list(codes)), name, codes, cases))
