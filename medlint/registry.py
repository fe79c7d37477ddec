"""Finds rules (built-in, rule packs, entry points) and resolves selectors.

Each source is loaded separately: a pack or plugin that fails to load is
recorded in ``Registry.errors`` and the rest of the rules still run (SQLFluff's
lesson). Nothing is ever imported from the working directory.
"""

from __future__ import annotations

import functools
import importlib
import os
import pkgutil
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .data import pack_dir
from .errors import ConfigError
from .pack_definitions import expand, pack_definitions
from .rule import Rule, RuleError

ENTRY_POINT_GROUP = "medlint.rules"


#: Rules the engine itself reports; selectable and ignorable like any other.
ENGINE_CODES = {
    "ML901": ("internal-error", "a rule crashed on this file; the other rules still ran"),
    "ML902": ("io-error", "the file could not be read or decoded"),
    "ML903": ("unused-suppression", "a medlint-disable comment that suppresses nothing"),
    "ML904": (
        "grammar-unavailable",
        "grammar (MT113) was configured but LanguageTool cannot run: the server does not answer, "
        "or local mode lacks Java or an installed LanguageTool; info unless "
        "languagetool.fail-on-unavailable",
    ),
    "ML905": (
        "not-english",
        "the text, or a passage of whole paragraphs in it, is in another language (German, French, "
        "another script...); medlint's rules read English, so none ran on it; ignore ML905 to lint it anyway",
    ),
    "ML906": (
        "invalid-directive",
        "a medlint-document directive in the file names no document kind (auto, page, fragment); the "
        "configuration's setting is used",
    ),
}


@dataclass
class Registry:
    """All known rule classes by code, plus the problems met while loading them."""

    rules: dict[str, type[Rule]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, rule: type[Rule], where: str) -> None:
        if not (isinstance(rule, type) and issubclass(rule, Rule)) or not rule.code:
            self.errors.append(f"{where}: {rule!r} is not a medlint Rule subclass with a code")
            return
        if rule.code in self.rules:
            other = self.rules[rule.code]
            self.errors.append(
                f"{where}: rule code {rule.code} is already used by {other.origin} "
                f"({other.name}); {rule.name} was not loaded"
            )
            return
        if rule.code in ENGINE_CODES:
            self.errors.append(f"{where}: rule code {rule.code} is reserved for medlint itself")
            return
        self.rules[rule.code] = rule

    def by_name(self) -> dict[str, type[Rule]]:
        return {r.name: r for r in self.rules.values()}

    def categories(self) -> set[str]:
        return {r.category for r in self.rules.values()}

    # -- selectors -------------------------------------------------------------
    def match(self, selector: str) -> set[str]:
        """Codes matched by a selector: ALL, a code, a code prefix, a name or a category."""
        sel = selector.strip()
        if sel.upper() == "ALL":
            return set(self.rules) | set(ENGINE_CODES)
        codes = set(self.rules) | set(ENGINE_CODES)
        up = sel.upper()
        hit = {c for c in codes if c.startswith(up)} if up[:1].isalpha() and up.isalnum() else set()
        low = sel.lower()  # names and categories match in any case, as codes do
        hit |= {c for c, r in self.rules.items() if r.name.lower() == low or r.category.lower() == low}
        hit |= {c for c, (name, _) in ENGINE_CODES.items() if name == low}
        return hit

    def check_selector(self, selector: str, where: str) -> set[str]:
        hit = self.match(selector)
        if not hit:
            raise ConfigError(f"{where}: unknown rule or selector {selector!r}{self.suggest(selector)}")
        return hit

    def suggest(self, word: str) -> str:
        pool = (
            list(self.rules)
            + [r.name for r in self.rules.values()]
            + sorted(self.categories())
            + list(ENGINE_CODES)
        )
        import difflib  # only on the error path

        close = difflib.get_close_matches(word, pool, n=1, cutoff=0.6)
        if not close:
            close = difflib.get_close_matches(word.upper(), pool, n=1, cutoff=0.6)
        return f" (did you mean {close[0]!r}?)" if close else ""


def _builtin_rules() -> Iterable[type[Rule]]:
    """Every Rule subclass with a code in a module under ``medlint.rules`` (one rule per file,
    in a folder per family); modules whose name starts with ``_`` hold shared helpers."""
    from . import rules

    found = pkgutil.walk_packages(rules.__path__, f"{rules.__name__}.")
    for info in sorted(found, key=lambda i: i.name):
        if info.ispkg or info.name.rsplit(".", 1)[-1].startswith("_"):
            continue
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and issubclass(obj, Rule)
                and obj.code
                and obj.__module__ == module.__name__
            ):
                yield obj


def load_pack(path: Path) -> list[type[Rule]]:
    """Rule classes from one YAML pack file; raises RuleError with the file named."""
    from .kinds import kinds
    from .yamlio import safe_load_cached

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleError(f"{path}: cannot read rule pack: {exc.strerror}") from None
    try:
        data = safe_load_cached(text)
    except Exception as exc:
        import yaml  # imported already when parsing failed

        if isinstance(exc, yaml.YAMLError):
            raise RuleError(f"{path}: invalid YAML: {exc}") from None
        raise
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleError(f"{path}: a rule pack is a mapping with a 'rules' list")
    pack_name = str(data.get("pack") or path.stem)
    pack_source = data.get("source")
    definitions = pack_definitions(data.get("define"), str(path))
    out: list[type[Rule]] = []
    available = kinds()
    for spec in data["rules"]:
        if not isinstance(spec, dict):
            raise RuleError(f"{path}: each rule is a mapping, got {spec!r}")
        kind = spec.get("kind")
        if kind not in available:
            import difflib

            close = difflib.get_close_matches(str(kind), list(available), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise RuleError(
                f"{path}: rule {spec.get('code')}: unknown kind {kind!r}{hint}; "
                f"kinds: {', '.join(sorted(available))}"
            )
        if pack_source and not spec.get("source"):
            spec = {**spec, "source": pack_source}
        spec = expand(spec, definitions, f"{path}: rule {spec.get('code')}")
        try:
            rule = available[kind].from_spec(spec, path.parent, pack_name)
        except (RuleError, ValueError) as exc:
            raise RuleError(f"{path}: {exc}") from None
        rule.pack_file = path  # type: ignore[attr-defined]
        out.append(rule)
    return out


def pack_files(location: Path) -> list[Path]:
    if location.is_dir():
        return sorted(p for p in location.iterdir() if p.suffix in (".yml", ".yaml"))
    return [location]


_GROUP_HEADER = re.compile(r"^[ \t]*\[[ \t]*" + re.escape(ENTRY_POINT_GROUP) + r"[ \t]*\]", re.MULTILINE)


def may_have_plugins(path: Sequence[str] | None = None) -> bool:
    """Whether any installed distribution might declare a ``medlint.rules`` entry point.

    importlib.metadata costs about 25 ms to import and scan, a tenth of a
    one-file ``medlint check``, and most runs have no plugin installed. Its
    standard finder looks for ``*.dist-info`` and ``*.egg-info`` folders in each
    folder on ``sys.path``; this reads their ``entry_points.txt`` directly and
    answers False only when none names the group. What it cannot read that way
    (a zip file on ``sys.path``, another finder that lists distributions)
    counts as a maybe, and importlib.metadata then does the real discovery.
    """
    from importlib.machinery import PathFinder

    if any(f is not PathFinder and hasattr(f, "find_distributions") for f in sys.meta_path):
        return True
    for entry in sys.path if path is None else path:
        folder = entry or os.getcwd()
        try:
            with os.scandir(folder) as it:
                names = [e.path for e in it if e.name.endswith((".dist-info", ".egg-info"))]
        except NotADirectoryError:
            return True  # a zip archive of packages
        except OSError:
            continue  # a folder that does not exist: nothing to find there
        for dist in names:
            try:
                with open(os.path.join(dist, "entry_points.txt"), encoding="utf-8") as fh:
                    if _GROUP_HEADER.search(fh.read()):
                        return True
            except (OSError, UnicodeDecodeError):
                continue
    return False


def _entry_point_rules(registry: Registry) -> None:
    if not may_have_plugins():
        return
    import importlib.metadata

    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        where = f"plugin {ep.name!r} ({ep.value})"
        try:
            obj: Any = ep.load()
            items: Sequence[Any]
            if isinstance(obj, (str, Path)):
                items = [r for p in pack_files(Path(obj)) for r in load_pack(p)]
            elif isinstance(obj, type):
                items = [obj]
            elif callable(obj):
                items = list(obj())
            else:
                items = list(obj)
        except Exception as exc:  # a broken plugin must not take the run down
            registry.errors.append(f"{where} failed to load: {type(exc).__name__}: {exc}")
            continue
        for rule in items:
            if isinstance(rule, type) and issubclass(rule, Rule):
                if rule.origin == "builtin":
                    rule.origin = f"plugin:{ep.name}"
                if rule.distribution is None and ep.dist is not None:
                    rule.distribution = f"{ep.dist.name} {ep.dist.version}"
            registry.add(rule, where)


def build_registry(extra_packs: Sequence[Path] = (), plugins: bool = True) -> Registry:
    """A fresh registry; use :func:`default_registry` for the cached common case."""
    registry = Registry()
    for rule in _builtin_rules():
        registry.add(rule, f"built-in {rule.__module__}")
    for location in [pack_dir(), *extra_packs]:
        if not location.exists():
            if location != pack_dir():
                registry.errors.append(f"{location}: rule pack not found")
            continue
        for path in pack_files(location):
            try:
                for rule in load_pack(path):
                    registry.add(rule, str(path))
            except RuleError as exc:
                registry.errors.append(str(exc))
    if plugins:
        _entry_point_rules(registry)
    return registry


@functools.lru_cache(maxsize=8)
def _cached_registry(extra: tuple[str, ...], plugins: bool) -> Registry:
    return build_registry([Path(p) for p in extra], plugins)


def default_registry(extra_packs: Sequence[Path] = (), plugins: bool = True) -> Registry:
    """A registry cached per process (explicit cache) for a given set of extra packs."""
    return _cached_registry(tuple(str(Path(p).resolve()) for p in extra_packs), plugins)
