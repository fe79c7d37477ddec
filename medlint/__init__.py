"""medlint: lint medical and health articles for editorial quality.

Typical use::

    import medlint
    for d in medlint.lint_text("Nausea, nausea, nausea is common.", format="text"):
        print(d.code, d.start.line, d.start.column, d.message)
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from .config import Config, discover_config, parse_config
from .diagnostic import Diagnostic, Edit, Fix, Position, Severity
from .document import Document
from .errors import ConfigError, InputError, MedlintError
from .linter import Linter, lint_paths
from .rule import Example, Finding, Needs, Rule

__version__ = "0.1.0"


def lint_text(
    text: str,
    format: str | None = "text",
    config: Config | None = None,
    *,
    path: str | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
) -> list[Diagnostic]:
    """Lint a string. ``format`` is "text", "markdown" or "html" (None: plain text)."""
    return Linter(config, select=select, ignore=ignore).lint_text(text, format, path)


def lint_file(
    path: str | os.PathLike[str],
    format: str | None = None,
    config: Config | None = None,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
) -> list[Diagnostic]:
    """Lint one file; the config is discovered from the file's folder unless given.

    Raises InputError for a missing file, a directory, binary data or invalid UTF-8.
    """
    cfg = config if config is not None else discover_config(path)
    return Linter(cfg, select=select, ignore=ignore).lint_file(path, format)


__all__ = [
    "Config",
    "ConfigError",
    "Diagnostic",
    "Document",
    "Edit",
    "Example",
    "Finding",
    "Fix",
    "InputError",
    "Linter",
    "MedlintError",
    "Needs",
    "Position",
    "Rule",
    "Severity",
    "discover_config",
    "lint_file",
    "lint_paths",
    "lint_text",
    "parse_config",
]
