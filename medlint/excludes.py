"""gitignore-style ``exclude`` patterns from config, applied while walking folders."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

import pathspec

from .config import Config, discover_config

DEFAULT_EXCLUDES = ("node_modules/", "_build/", "site-packages/", "venv/", ".venv/")


@dataclass
class Excluder:
    spec: pathspec.GitIgnoreSpec
    root: str

    @classmethod
    def for_directory(cls, directory: str, config: Config | None, extra: Sequence[str] = ()) -> Excluder:
        cfg = config if config is not None else discover_config(directory)
        root = str(cfg.root) if cfg.root is not None else os.path.abspath(directory)
        patterns = [*DEFAULT_EXCLUDES, *cfg.exclude, *extra]
        return cls(pathspec.GitIgnoreSpec.from_lines(patterns), root)

    def excluded(self, path: str, is_dir: bool) -> bool:
        rel = os.path.relpath(os.path.abspath(path), self.root).replace(os.sep, "/")
        if rel.startswith("../"):
            rel = os.path.basename(path)
        return self.spec.match_file(rel + "/" if is_dir else rel)
