"""A pattern compiled with its first-character guard (``medlint.text.regex_guard``) finds exactly
the matches of the plain pattern: every lazily compiled pattern of medlint's rules and packs, on
every rule example and the development corpus, and hand-made cases of case folding."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest

from medlint.registry import default_registry
from medlint.text.lazy_re import LazyPattern
from medlint.text.regex_guard import guarded

ROOT = Path(__file__).resolve().parent.parent


def _patterns() -> list[tuple[str, int]]:
    default_registry()
    return sorted({(p.pattern, p.flags) for p in gc.get_objects() if isinstance(p, LazyPattern)})


def _texts() -> list[str]:
    texts = [
        "The \u212aelvin sign, a \u017fpecial long s, \u0130stanbul and d\u0131et: case folds. "
        "STUDIES SHOW it; Research Has Proven it; 90 Percent Of Patients improved.",
        "",
        "a",
    ]
    for rule in default_registry().rules.values():
        for ex in (*rule.should_fire, *rule.should_not_fire):
            texts.append(ex if isinstance(ex, str) else ex.text)
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "benchmarks" / "corpus").glob("*.*"))]
    return texts


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_guarded_patterns_find_the_same_matches() -> None:
    patterns = _patterns()
    texts = _texts()
    changed = 0
    for pattern, flags in patterns:
        source = guarded(pattern, flags)
        if source == pattern:
            continue
        changed += 1
        plain, guard = re.compile(pattern, flags), re.compile(source, flags)
        assert guard.groups == plain.groups and guard.groupindex == plain.groupindex
        for text in texts:
            assert _matches(guard, text) == _matches(plain, text), (pattern, text[:80])
            for pos in (1, 7):  # searches that start inside the text, as rules make them
                g, p = guard.search(text, pos), plain.search(text, pos)
                assert (g and g.span()) == (p and p.span()), (pattern, pos)
    assert changed > 40  # the guard applies to most of medlint's patterns


@pytest.mark.parametrize(
    ("pattern", "flags", "text", "applies"),
    [
        (r"\b(?:kelvin|strong)\b", re.IGNORECASE, "\u212aELVIN and \u017fTRONG", True),
        (r"\b(?:is|was)\s+\w+ed\b", re.IGNORECASE, "It IS Tested; it was used.", True),
        (r"\b(?:a|b)?c", re.IGNORECASE, "xc ac bc", True),  # an optional first element
        (r"\b(?:x|)y", 0, "y xy", True),  # an empty branch: y can start a match
        (r"\b\w+\b", 0, "any word", True),  # a category: the same class escape
        (r"\b\d{1,3}%|\bcut", re.IGNORECASE, "Cut 20% and \u0663\u0660%", True),  # \d is any Unicode digit
        (r"\b.x", 0, "ax", False),  # any character: not derived
        (r"\b(?:a*)", 0, "aaa b", False),  # can match the empty string
        (r"cure", re.IGNORECASE, "Cure", True),  # case-insensitive literal: re has no prefix search
        (r"cure", 0, "cure", False),  # re's own literal prefix search is better
        (r"(?i)\bcure", 0, "CURE", False),  # leading global flags
        (r"\b(?i:cure)", 0, "CURE", False),  # a group with its own flags
        (r"\b[^a]x", 0, "bx", False),  # a negated set
    ],
)
def test_when_the_guard_applies_and_that_it_keeps_the_matches(
    pattern: str, flags: int, text: str, applies: bool
) -> None:
    source = guarded(pattern, flags)
    assert (source != pattern) is applies
    assert _matches(re.compile(source, flags), text) == _matches(re.compile(pattern, flags), text)


def test_a_guard_that_fails_to_compile_falls_back_to_the_plain_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from medlint.text import lazy_re

    monkeypatch.setattr(lazy_re, "_guarded_source", lambda pattern, flags: "(?=[" + pattern)
    lazy = lazy_re.lazy_compile(r"\bguard\w*", re.IGNORECASE)
    assert [m.group() for m in lazy.finditer("A Guarded guard.")] == ["Guarded", "guard"]
    with pytest.raises(re.error):  # a bad pattern still raises its own error
        lazy_re.lazy_compile("(").search("x")
