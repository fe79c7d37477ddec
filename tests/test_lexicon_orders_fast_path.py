"""The lexicon's two sorted views of wordfreq's words (``_reversed_words``, ``_sorted_words``) kept
in the start-up cache between runs are the views sorted afresh (``_PLAIN_WORD_ORDERS``, the plain
form), and the glued-word readings that search them (closed compounds, forms of listed words,
MT106's findings) are the same with the kept ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from medlint import cache
from medlint.formats import load_document
from medlint.registry import default_registry
from medlint.text import lexicon

_CACHED = (
    lexicon._reversed_words,
    lexicon._sorted_words,
    lexicon._compound_head,
    lexicon._compound_modifier,
    lexicon.form_of_listed,
)


def _forget() -> None:
    """What a new process has: no view built, no answer remembered."""
    for f in _CACHED:
        f.cache_clear()


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV_DIR, str(folder))
    cache.reset()
    _forget()
    yield folder
    cache.reset()
    _forget()


def _plain(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    monkeypatch.setattr(lexicon, "_PLAIN_WORD_ORDERS", True)
    _forget()
    views = lexicon._reversed_words(), lexicon._sorted_words()
    monkeypatch.setattr(lexicon, "_PLAIN_WORD_ORDERS", False)
    _forget()
    return views


def _mt106(text: str) -> list[tuple[int, int, str]]:
    rule = default_registry().rules["MT106"]()
    return [(f.start, f.end, f.message) for f in rule.check(load_document(text, "text"))]


def test_the_kept_views_are_the_sorted_ones(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backwards, forwards = _plain(monkeypatch)
    assert len(backwards) == len(forwards) > 50_000
    assert backwards == sorted(w[::-1] for w in forwards) and forwards == sorted(forwards)
    assert (lexicon._reversed_words(), lexicon._sorted_words()) == (backwards, forwards)  # sorted, and kept
    cache.save()
    cache.reset()
    _forget()
    kept = [v for v in cache._STORE.load().get("lexicon-word-orders", {}).values()]
    assert len(kept) == 2, "both views were written to the cache file"
    got = lexicon._reversed_words(), lexicon._sorted_words()  # read from the file
    assert got == (backwards, forwards)


def test_glued_readings_with_the_kept_views(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The clearinghouses and a councilperson. It causes inflammationirritation of the skin."
    monkeypatch.setattr(lexicon, "_PLAIN_WORD_ORDERS", True)
    _forget()
    plain = _mt106(text)
    monkeypatch.setattr(lexicon, "_PLAIN_WORD_ORDERS", False)
    _forget()
    _mt106(text)  # sorts, keeps
    cache.save()
    cache.reset()
    _forget()
    assert cache._STORE.load().get("lexicon-word-orders")
    assert lexicon._compound_head("houses") and lexicon._compound_head("person")
    assert lexicon._compound_modifier("counter") and not lexicon._compound_modifier("inflammation")
    assert lexicon.form_of_listed("coronaviruses") == "coronavirus"
    got = _mt106(text)
    assert got == plain
    assert [(s, e) for s, e, _ in got] == [(50, 72)]  # "inflammationirritation"; the compounds pass
