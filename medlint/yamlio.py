"""YAML reading through libyaml's C parser when PyYAML has it.

Front matter is parsed for every Markdown file and the packs and data files
once per process; PyYAML's pure-Python ``SafeLoader`` was the largest single
cost of loading a Markdown document (about 1 ms per front-matter block).
``CSafeLoader`` accepts the same documents and builds the same safe types; the
pure-Python loader is the fallback on a PyYAML built without libyaml.

The packs and data files medlint reads at start-up are the same in every run,
so ``safe_load_cached`` keeps what they parse to in the start-up cache
(``medlint.cache``, keyed on the whole text): a run whose packs are cached
never imports PyYAML, which alone cost about 12 ms. Front matter is not
cached (it is the user's text, not medlint's).
"""

from __future__ import annotations

from typing import Any

from .cache import Memo

_PARSED = Memo("yaml")


def safe_load(text: str) -> Any:
    """Like ``yaml.safe_load``; raises ``yaml.YAMLError`` on malformed input."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def safe_load_cached(text: str) -> Any:
    """``safe_load(text)`` for pack and data files, remembered between runs; the value is a
    fresh object in every call that reads the cache, as ``safe_load``'s is."""
    found = _PARSED.get(text)
    if found is not None:
        return found
    data = safe_load(text)
    _PARSED.put(text, data)
    return data
