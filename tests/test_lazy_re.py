"""Patterns compiled on first use behave like compiled ones."""

from __future__ import annotations

import re

import pytest

from medlint.text.lazy_re import LazyPattern, lazy_compile


def test_lazy_pattern_compiles_once_on_first_use_and_matches_like_re() -> None:
    lazy = lazy_compile(r"\bcur(es|ed)\b", re.IGNORECASE)
    real = re.compile(r"\bcur(es|ed)\b", re.IGNORECASE)
    assert isinstance(lazy, LazyPattern) and "compiled" not in vars(lazy)
    text = "It cures colds. Nothing CURED him; cure is rare."
    assert lazy.pattern == real.pattern
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    compiled = vars(lazy)["compiled"]
    assert lazy.search(text).group() == "cures"  # type: ignore[union-attr]
    assert lazy.match(text) is None and lazy.findall(text) == ["es", "ED"]
    assert lazy.sub("X", text) == real.sub("X", text) and lazy.split(text) == real.split(text)
    assert lazy.groups == 1
    assert vars(lazy)["compiled"] is compiled  # compiled once


def test_a_bad_lazy_pattern_fails_on_first_use() -> None:
    lazy = lazy_compile("(")
    with pytest.raises(re.error):
        lazy.search("x")


def test_every_built_in_pack_pattern_compiles() -> None:
    """Built-in pack patterns compile on first use, so a broken one must fail here, not mid-run."""
    import re

    from medlint.registry import default_registry
    from medlint.text.lazy_re import LazyPattern

    seen = 0
    for rule in default_registry(()).rules.values():
        for value in vars(rule).values():
            items = value if isinstance(value, list | tuple) else [value]
            for item in items:
                regex = getattr(item, "regex", item)
                if isinstance(regex, LazyPattern):
                    re.compile(regex.pattern, regex.flags)
                    seen += 1
    assert seen > 30
