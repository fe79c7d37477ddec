"""The labelled corpus in benchmarks/corpus/: articles with their expected findings.

Each article ``<name>.<txt|md|html>`` has ``<name>.expected.yml`` beside it:

    families: [RP, TX]        # families annotated; precision/recall count only these
    clean: false              # true: annotated for every family, any finding is a false positive
    description: ...
    expected:
      - {code: RP101, text: "fever, fever", line: 7}   # text and line optional

A diagnostic matches an expectation with the same code whose text overlaps
the diagnostic's text (either contains the other) and whose line, if given,
is the diagnostic's start line. Each expectation matches at most one
diagnostic and vice versa.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CORPUS = Path(__file__).resolve().parent / "corpus"
FAMILIES = ("RP", "TX", "MT", "CL", "DS", "RD")
ARTICLE_EXTS = (".txt", ".md", ".html")
CODE_RE = re.compile(r"^[A-Z]{2}\d{3}$")


@dataclass(frozen=True)
class Expectation:
    code: str
    text: str | None = None
    line: int | None = None


@dataclass
class Article:
    path: Path
    families: tuple[str, ...]
    clean: bool
    description: str
    expected: list[Expectation] = field(default_factory=list)


def load_expected(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping")
    return data


def load_corpus(folder: Path = CORPUS) -> list[Article]:
    articles = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in ARTICLE_EXTS:
            continue
        exp_path = path.with_suffix(".expected.yml")
        data = load_expected(exp_path)
        families = tuple(FAMILIES if data.get("clean") else data.get("families", ()))
        expected = [
            Expectation(str(e["code"]), e.get("text"), e.get("line")) for e in (data.get("expected") or [])
        ]
        articles.append(
            Article(path, families, bool(data.get("clean")), str(data.get("description", "")), expected)
        )
    return articles


def matches(exp: Expectation, code: str, text: str, line: int) -> bool:
    if exp.code != code:
        return False
    if exp.line is not None and exp.line != line:
        return False
    if exp.text is not None:
        a, b = " ".join(exp.text.split()).lower(), " ".join(text.split()).lower()
        return a in b or b in a
    return True
