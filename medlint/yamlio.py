"""YAML reading through libyaml's C parser when PyYAML has it.

Front matter is parsed for every Markdown file and the packs and data files
once per process; PyYAML's pure-Python ``SafeLoader`` was the largest single
cost of loading a Markdown document (about 1 ms per front-matter block).
``CSafeLoader`` accepts the same documents and builds the same safe types; the
pure-Python loader is the fallback on a PyYAML built without libyaml.
"""

from __future__ import annotations

from typing import Any


def safe_load(text: str) -> Any:
    """Like ``yaml.safe_load``; raises ``yaml.YAMLError`` on malformed input."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
