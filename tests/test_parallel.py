"""A large document linted with its rules spread over processes gives exactly what one process gives."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from conftest import shared_path

import medlint.parallel as parallel
from medlint.formats import detect_format
from medlint.linter import Linter

ROOT = Path(__file__).resolve().parents[1]

SUPPRESSED = (
    "# Rest\n\n<!-- medlint-disable-next-line CL101 -->\nThis tea cures diabetes.\n\n"
    "<!-- medlint-disable-next-line RP101 -->\nNothing to see here.\n\n"
    "Patients felt nausea, nausea, nausea after the dose.\n"
)


def _cases() -> list[tuple[str, str]]:
    files = sorted((ROOT / "benchmarks" / "corpus").glob("*.*"))
    files = [f for f in files if not f.name.endswith(".yml")][:12]
    cases = [(f.read_text(encoding="utf-8"), detect_format(f)) for f in files]
    cases.append((shared_path("seed", "stem-cell-diabetes-article.txt").read_text(encoding="utf-8"), "text"))
    cases.append((SUPPRESSED, "markdown"))
    return cases


def test_rules_spread_over_processes_give_the_same_diagnostics(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_PARALLEL_CHARS", 0)
    linter = Linter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        for text, fmt in _cases():
            alone = [d.to_dict() for d in linter.lint_text(text, fmt, "a.md")]
            spread = [d.to_dict() for d in parallel.lint_text_parallel(linter, text, fmt, "a.md", pool, 2)]
            assert spread == alone
    # the suppression test case really exercises the merge: one used, one unused suppression
    codes = [d.code for d in linter.lint_text(SUPPRESSED, "markdown")]
    assert "ML903" in codes and "CL101" not in codes and "RP101" in codes


def test_the_web_page_spreads_a_large_article_over_its_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("starlette")
    from medlint.web import app as web

    monkeypatch.setattr(web, "MIN_PARALLEL_CHARS", 0)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_CHARS", 0)
    calls: list[int] = []
    monkeypatch.setattr(
        web, "lint_text_parallel", lambda *a: calls.append(1) or parallel.lint_text_parallel(*a)
    )
    checker = web.Checker(workers=2)
    try:
        checker.warm_up()
        text, fmt = _cases()[-2]  # the seed article
        sub = web.Submission(text, "seed.txt", fmt, fmt, tuple(checker.categories))
        _, diags = checker.lint(sub)
        assert calls, "the large-article path was not taken"
        assert [d.to_dict() for d in diags] == [
            d.to_dict() for d in checker.base.lint_text(text, fmt, "seed.txt")
        ]
    finally:
        checker.close()
