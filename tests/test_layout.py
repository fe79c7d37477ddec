"""The package layout of design.md, checked once the one-rule-per-file move has been made.

Built-in Python rules live one per file in ``medlint/rules/<family>/<CODE>.py``
(family = the rule's category), so "where does CL107 live?" is answered by its
code; modules whose name starts with ``_`` hold shared helpers and no rule; no
module finds shipped data through the rule registry (``medlint.data`` says
where it is). Before the move (rules still in ``medlint/rules/``) these tests skip.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

from medlint.registry import default_registry
from medlint.rule import Rule

rules_pkg = pytest.importorskip("medlint.rules", reason="before the one-rule-per-file move")
PACKAGE = Path(__file__).resolve().parent.parent / "medlint"


def _modules() -> list[str]:
    found = pkgutil.walk_packages(rules_pkg.__path__, f"{rules_pkg.__name__}.")
    return sorted(info.name for info in found if not info.ispkg)


def test_every_builtin_python_rule_is_in_its_family_folder_under_its_code() -> None:
    builtin = [r for r in default_registry().rules.values() if r.origin == "builtin"]
    assert builtin
    misplaced = [
        (r.code, r.__module__)
        for r in builtin
        if r.__module__ != f"medlint.rules.{r.category.replace('-', '_')}.{r.code}"
    ]
    assert misplaced == []


def test_each_rule_module_holds_one_rule_and_helper_modules_none() -> None:
    problems = []
    for name in _modules():
        module = importlib.import_module(name)
        own = [
            o
            for o in vars(module).values()
            if inspect.isclass(o) and issubclass(o, Rule) and o.code and o.__module__ == name
        ]
        helper = name.rsplit(".", 1)[-1].startswith("_")
        if (helper and own) or (not helper and len(own) != 1):
            problems.append((name, [o.code for o in own]))
    assert problems == []


def test_no_module_asks_the_registry_where_shipped_data_is() -> None:
    users = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if p.name != "registry.py" and "builtin_pack_dir" in p.read_text(encoding="utf-8")
    ]
    assert users == []
