"""The labelled benchmark corpus is well formed (scores are printed by benchmarks/quality.py)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import ARTICLE_EXTS, CODE_RE, CORPUS, FAMILIES, load_corpus, load_expected  # noqa: E402

from medlint.registry import default_registry  # noqa: E402


def test_every_article_has_wellformed_expectations() -> None:
    codes = set(default_registry().rules)
    articles = load_corpus()
    assert sum(a.clean for a in articles) >= 10
    assert sum(not a.clean for a in articles) >= 10
    for art in articles:
        assert art.families and set(art.families) <= set(FAMILIES), art.path
        text = art.path.read_text(encoding="utf-8")
        for exp in art.expected:
            assert CODE_RE.match(exp.code) and exp.code in codes, (art.path, exp.code)
            assert exp.code[:2] in art.families, (art.path, exp.code)
            if exp.text:
                assert exp.text in text, (art.path, exp.text)
        if art.clean:
            assert art.expected == []


def test_no_orphan_expectation_files() -> None:
    for yml in CORPUS.glob("*.expected.yml"):
        stem = yml.name[: -len(".expected.yml")]
        assert any((CORPUS / f"{stem}{ext}").exists() for ext in ARTICLE_EXTS), yml
        assert isinstance(load_expected(yml), dict)
