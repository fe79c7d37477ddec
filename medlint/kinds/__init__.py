"""Declarative rule kinds: the code behind the YAML rule packs in ``rules/``.

Vale's split: a *kind* is behaviour written once in Python (existence,
substitution, repetition, requirement, ...); a pack entry supplies the content
(phrases, messages, sources) and becomes a Rule subclass at load time.
"""

from __future__ import annotations

import importlib
import pkgutil

from .base import KindRule

_KINDS: dict[str, type[KindRule]] = {}


def kinds() -> dict[str, type[KindRule]]:
    """All kinds by name, discovered once from the modules of this package."""
    if not _KINDS:
        for info in pkgutil.iter_modules(__path__):
            if info.name.startswith("_") or info.name == "base":
                continue
            module = importlib.import_module(f"{__name__}.{info.name}")
            for obj in vars(module).values():
                if isinstance(obj, type) and issubclass(obj, KindRule) and obj.kind:
                    _KINDS[obj.kind] = obj
    return _KINDS


__all__ = ["KindRule", "kinds"]
