"""Configuration from ``[tool.medlint]`` in pyproject.toml or from medlint.toml.

The nearest config walking up from the linted file wins (medlint.toml before
pyproject.toml in the same folder). Keys are kebab-case like ruff's; unknown
keys are errors with the nearest valid key suggested, because a silently
ignored typo is a rule that silently stops running.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .diagnostic import Severity
from .errors import ConfigError

CONFIG_FILES = ("medlint.toml", "pyproject.toml")
#: what a linted file is, for the checks that judge a whole page (DS101, DS104, DS105): "page",
#: "fragment" (a section of a page: those checks are off), or "auto" (read from its structure)
DOCUMENT_KINDS = ("auto", "page", "fragment")


@dataclass(frozen=True)
class LanguageToolConfig:
    url: str | None = None
    language: str = "en-US"
    disabled_rules: tuple[str, ...] = ()
    timeout: float = 20.0
    batch_chars: int = 20_000
    mode: str = "server"  # "server": a URL you run; "local": an installed LanguageTool and Java
    fail_on_unavailable: bool = False


@dataclass(frozen=True, eq=False)
class Config:
    """Resolved settings. ``root`` is the folder relative paths are taken from.

    Compared and hashed by identity: configs are loaded once per file and cached,
    and a Linter is cached per config object.
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    severity: Mapping[str, Severity] = field(default_factory=dict)
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    packs: tuple[Path, ...] = ()
    exclude: tuple[str, ...] = ()
    force_exclude: bool = False
    fail_level: Severity = Severity.WARNING
    disclaimer: str | None = None
    document: str = "auto"
    nlp_model: str = "blank"
    languagetool: LanguageToolConfig = field(default_factory=LanguageToolConfig)
    jobs: int | None = None
    max_findings_per_rule: int = 100
    root: Path | None = None
    path: Path | None = None

    def with_overrides(self, **changes: Any) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


_TOP_KEYS = {
    "select",
    "extend-select",
    "ignore",
    "per-file-ignores",
    "severity",
    "rules",
    "packs",
    "exclude",
    "force-exclude",
    "fail-level",
    "disclaimer",
    "document",
    "nlp",
    "languagetool",
    "jobs",
    "max-findings-per-rule",
}
_NLP_KEYS = {"model"}
_LT_KEYS = {"url", "language", "disabled-rules", "timeout", "batch-chars", "mode", "fail-on-unavailable"}


def _norm(key: str) -> str:
    return key.replace("_", "-")


def _check_keys(table: Mapping[str, Any], allowed: set[str], where: str) -> None:
    for key in table:
        if _norm(key) != key and _norm(key) in allowed:
            # one spelling, as in the packs: an old snake_case key is named in its kebab form
            raise ConfigError(f"{where}: key {key!r} is spelled {_norm(key)!r} (keys are kebab-case)")
        if _norm(key) not in allowed:
            import difflib  # only on the error path: it is slow to import

            close = difflib.get_close_matches(_norm(key), sorted(allowed), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(f"{where}: unknown key {key!r}{hint}")


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
    return tuple(value)


def parse_config(table: Mapping[str, Any], where: str, root: Path | None = None) -> Config:
    """Validate a ``[tool.medlint]`` table (already parsed TOML) into a Config."""
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}: [tool.medlint] must be a table")
    _check_keys(table, _TOP_KEYS, where)
    t = {_norm(k): v for k, v in table.items()}
    kw: dict[str, Any] = {"root": root}
    if "select" in t:
        kw["select"] = _str_list(t["select"], f"{where}: select")
    if "extend-select" in t:
        kw["extend_select"] = _str_list(t["extend-select"], f"{where}: extend-select")
    if "ignore" in t:
        kw["ignore"] = _str_list(t["ignore"], f"{where}: ignore")
    if "exclude" in t:
        kw["exclude"] = _str_list(t["exclude"], f"{where}: exclude")
    if "force-exclude" in t:
        if not isinstance(t["force-exclude"], bool):
            raise ConfigError(f"{where}: force-exclude must be true or false")
        kw["force_exclude"] = t["force-exclude"]
    if "per-file-ignores" in t:
        pfi = t["per-file-ignores"]
        if not isinstance(pfi, Mapping):
            raise ConfigError(f"{where}: per-file-ignores must be a table of glob = [codes]")
        kw["per_file_ignores"] = {
            str(g): _str_list(v, f"{where}: per-file-ignores.{g}") for g, v in pfi.items()
        }
    if "severity" in t:
        sev = t["severity"]
        if not isinstance(sev, Mapping):
            raise ConfigError(f'{where}: severity must be a table of selector = "error|warning|info"')
        try:
            kw["severity"] = {str(k): Severity.parse(v) for k, v in sev.items()}
        except ValueError as exc:
            raise ConfigError(f"{where}: severity: {exc}") from None
    if "rules" in t:
        rules = t["rules"]
        if not isinstance(rules, Mapping) or not all(isinstance(v, Mapping) for v in rules.values()):
            raise ConfigError(f"{where}: rules must be a table of [rules.<code-or-name>] tables")
        kw["rules"] = {str(k): dict(v) for k, v in rules.items()}
    if "packs" in t:
        base = root or Path.cwd()
        kw["packs"] = tuple((base / p).resolve() for p in _str_list(t["packs"], f"{where}: packs"))
    if "fail-level" in t:
        try:
            kw["fail_level"] = Severity.parse(t["fail-level"])
        except ValueError as exc:
            raise ConfigError(f"{where}: fail-level: {exc}") from None
    if "disclaimer" in t:
        if t["disclaimer"] not in ("site", "article"):
            raise ConfigError(f'{where}: disclaimer must be "site" or "article", got {t["disclaimer"]!r}')
        kw["disclaimer"] = t["disclaimer"]
    if "document" in t:
        kw["document"] = parse_document_kind(t["document"], f"{where}: document")
    if "jobs" in t:
        if not isinstance(t["jobs"], int) or t["jobs"] < 1:
            raise ConfigError(f"{where}: jobs must be a positive integer")
        kw["jobs"] = t["jobs"]
    if "max-findings-per-rule" in t:
        cap = t["max-findings-per-rule"]
        if not isinstance(cap, int) or isinstance(cap, bool) or cap < 0:
            raise ConfigError(f"{where}: max-findings-per-rule must be a whole number >= 0 (0 = no limit)")
        kw["max_findings_per_rule"] = cap
    if "nlp" in t:
        nlp = t["nlp"]
        if not isinstance(nlp, Mapping):
            raise ConfigError(f"{where}: nlp must be a table")
        _check_keys(nlp, _NLP_KEYS, f"{where}: nlp")
        if "model" in nlp:
            kw["nlp_model"] = str(nlp["model"])
    if "languagetool" in t:
        lt = t["languagetool"]
        if not isinstance(lt, Mapping):
            raise ConfigError(f"{where}: languagetool must be a table")
        _check_keys(lt, _LT_KEYS, f"{where}: languagetool")
        ltn = {_norm(k): v for k, v in lt.items()}
        if ltn.get("mode", "server") not in ("server", "local"):
            raise ConfigError(f'{where}: languagetool.mode must be "server" or "local", got {ltn["mode"]!r}')
        if not isinstance(ltn.get("fail-on-unavailable", False), bool):
            raise ConfigError(f"{where}: languagetool.fail-on-unavailable must be true or false")
        try:
            kw["languagetool"] = LanguageToolConfig(
                url=str(ltn["url"]) if ltn.get("url") else None,
                language=str(ltn.get("language", "en-US")),
                disabled_rules=_str_list(
                    ltn.get("disabled-rules", []), f"{where}: languagetool.disabled-rules"
                ),
                timeout=float(ltn.get("timeout", 20.0)),
                batch_chars=int(ltn.get("batch-chars", 20_000)),
                mode=str(ltn.get("mode", "server")),
                fail_on_unavailable=bool(ltn.get("fail-on-unavailable", False)),
            )
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{where}: languagetool: {exc}") from None
    return Config(**kw)


def parse_document_kind(value: Any, where: str) -> str:
    """One of ``DOCUMENT_KINDS``, or a ConfigError naming them."""
    if value not in DOCUMENT_KINDS:
        kinds = ", ".join(f'"{k}"' for k in DOCUMENT_KINDS)
        raise ConfigError(f"{where} must be one of {kinds}, got {value!r}")
    return str(value)


def read_config_file(path: Path) -> Config | None:
    """The Config in ``path``, or None for a pyproject.toml without [tool.medlint]."""
    if sys.version_info >= (3, 11):  # imported here: most runs of one file read no config
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("medlint")
        if table is None:
            return None
        where = f"{path} [tool.medlint]"
    else:
        table = data.get("tool", {}).get("medlint", data) if "tool" in data else data
        where = str(path)
    config = parse_config(table, where, root=path.parent)
    return replace(config, path=path)


@functools.lru_cache(maxsize=256)
def _find_in(directory: str) -> Path | None:
    d = Path(directory)
    for parent in (d, *d.parents):
        for name in CONFIG_FILES:
            candidate = parent / name
            if candidate.is_file():
                if name == "pyproject.toml" and b"[tool.medlint" not in candidate.read_bytes():
                    continue
                return candidate
    return None


def find_config_file(start: str | os.PathLike[str]) -> Path | None:
    """The nearest medlint.toml or pyproject.toml with [tool.medlint] above ``start``."""
    p = Path(start)
    folder = p if p.is_dir() else p.parent  # the file itself is never resolved: it may be a loop
    try:
        folder = folder.resolve()
    except (OSError, RuntimeError):  # a symlink loop among the folders (RuntimeError before 3.13)
        folder = Path(os.path.abspath(folder))
    return _find_in(str(folder))


@functools.lru_cache(maxsize=64)
def load_config_file(path: Path) -> Config:
    return read_config_file(path) or Config(root=path.parent, path=path)


def discover_config(start: str | os.PathLike[str]) -> Config:
    found = find_config_file(start)
    return load_config_file(found) if found else Config()


def resolve_rule_options(config: Config, registry: Any) -> dict[str, dict[str, Any]]:
    """Options by rule code, from ``[rules.<code-or-name>]`` tables (validated)."""
    by_name = {name.lower(): rule for name, rule in registry.by_name().items()}
    where = str(config.path or "config")
    out: dict[str, dict[str, Any]] = {}
    keys: dict[str, str] = {}
    for key, opts in config.rules.items():
        if key.upper() in registry.rules:
            code = key.upper()
        elif key.lower() in by_name:
            code = by_name[key.lower()].code
        else:
            raise ConfigError(f"{where}: rules.{key}: unknown rule{registry.suggest(key)}")
        if code in keys:
            # two tables for one rule: which value wins would depend on their order in the file
            raise ConfigError(f"{where}: rules.{keys[code]} and rules.{key} both configure {code}; keep one")
        keys[code] = key
        out[code] = dict(opts)
    return out


def selectors(value: Sequence[str] | None) -> tuple[str, ...] | None:
    """Split comma-separated CLI selector lists."""
    if value is None:
        return None
    out: list[str] = []
    for item in value:
        out.extend(s.strip() for s in item.split(",") if s.strip())
    return tuple(out)
