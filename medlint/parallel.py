"""One large document's rules spread over worker processes.

``lint_paths`` already spreads many files over a process pool; a single large
article (the local web page's 1 MB paste) gets no help from that. Rules read a
document independently of each other, so the rule set is dealt into as many
groups as there are workers, each worker parses the same text and runs its
group, and the parent joins the results: which suppression each worker used is
merged before the unused-suppression findings are made, and the joined list is
sorted exactly as :meth:`Linter.lint_document` sorts it. A rule that reads the other rules' findings
(``Rule.reads_findings``) runs in the parent once they are joined. The result is the one
a single process gives (``tests/test_parallel.py`` compares them).
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Executor
from typing import Any

from .config import Config
from .diagnostic import Diagnostic
from .formats import load_document
from .linter import Linter
from .suppress import parse_suppressions

#: Below this many characters one process is faster than parsing the text in several.
MIN_PARALLEL_CHARS = 100_000

_GROUP_LINTERS: dict[tuple[Any, ...], Linter] = {}


def lint_text_parallel(
    linter: Linter, text: str, format: str | None, path: str | None, pool: Executor, workers: int
) -> list[Diagnostic]:
    """``linter.lint_text(text, format, path)``, with its rules run in ``workers`` processes of ``pool``."""
    if workers < 2 or len(text) < MIN_PARALLEL_CHARS or len(linter.rules) < 2:
        return linter.lint_text(text, format, path)
    doc = load_document(text, format, path, linter.config.nlp_model)
    not_english = linter.not_english(doc)
    if not_english is not None:
        return [not_english]
    doc, skipped = linter.english_only(doc)
    codes = [r.code for r in linter.rules if not r.reads_findings]
    groups = [codes[i::workers] for i in range(workers)]  # dealt, so costly neighbours split
    futures = [pool.submit(_run_group, linter.config, tuple(g), text, format, path) for g in groups]
    sups = parse_suppressions(doc) if doc.comments else []
    out: list[Diagnostic] = list(skipped)
    for future in futures:
        diags, usage = future.result()
        out.extend(diags)
        for sup, (used, matched) in zip(sups, usage, strict=True):
            sup.used = sup.used or used
            sup.matched |= matched
    # the rules that judge the page by the others' findings run here, once all of those are in
    page_rules = [r for r in linter.rules if r.reads_findings]
    if page_rules:
        out.extend(linter.rule_diagnostics(doc, page_rules, sups, prior=out))
    return linter.finish(doc, out, sups)


def _run_group(
    config: Config, codes: tuple[str, ...], text: str, format: str | None, path: str | None
) -> tuple[list[Diagnostic], list[tuple[bool, set[str]]]]:
    """In a worker: the diagnostics of ``codes`` and how each suppression comment was used."""
    key = (repr(config), codes)
    linter = _GROUP_LINTERS.get(key)
    if linter is None:
        linter = _GROUP_LINTERS[key] = Linter(config, select=list(codes))
    doc, _ = linter.english_only(load_document(text, format, path, linter.config.nlp_model))
    sups = parse_suppressions(doc) if doc.comments else []
    diags = linter.rule_diagnostics(doc, linter.rules, sups)
    return diags, [(s.used, set(s.matched)) for s in sups]


def warm(pool: Executor, config: Config, codes: Sequence[str], workers: int) -> None:
    """Start every worker and build its linters, so the first large article does not wait."""
    groups = [tuple(codes[i::workers]) for i in range(workers)]
    for future in [pool.submit(_run_group, config, g, "Warm up.", "text", None) for g in groups]:
        future.result()
