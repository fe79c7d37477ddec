"""Where medlint's shipped data lives: the built-in rule packs and their data files.

The packs ship inside the wheel as ``medlint/_packs`` (see pyproject.toml's
force-include); in a source checkout they are the top-level ``rules/`` folder.
Helpers that read a shipped table (word frequencies, ConText cues, disclaimer
components) ask this module for the path, so none of them has to import the rule
registry, and the registry's import cost and cycles stay out of data access.
"""

from __future__ import annotations

import functools
from pathlib import Path


@functools.lru_cache(maxsize=1)
def pack_dir() -> Path:
    """The folder of the built-in rule packs (``*.yml`` plus their lexicons)."""
    here = Path(__file__).resolve().parent
    bundled = here / "_packs"
    return bundled if bundled.is_dir() else here.parent / "rules"


def data_dir() -> Path:
    """The folder of shipped data tables the rules and helpers read (``<packs>/data``)."""
    return pack_dir() / "data"


def data_file(name: str) -> Path:
    """One shipped data file by name, e.g. ``data_file("context-cues.yml")``."""
    return data_dir() / name
