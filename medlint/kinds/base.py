"""Shared machinery for pack-defined rules."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from ..diagnostic import Severity
from ..document import Document
from ..phrases import ProbedPattern
from ..rule import Example, Rule, RuleError

#: Keys every pack entry may carry; kinds add their own in ``spec_keys``.
COMMON_KEYS = {
    "code",
    "name",
    "kind",
    "category",
    "severity",
    "message",
    "description",
    "source",
    "examples",
    "enabled",
    "options",
    "suggestions",
}


class KindRule(Rule):
    """A Rule whose content comes from a pack entry."""

    kind: ClassVar[str] = ""
    spec_keys: ClassVar[frozenset[str]] = frozenset()
    #: the ``{placeholders}`` this kind fills in its message
    message_fields: ClassVar[frozenset[str]] = frozenset()
    spec: ClassVar[Mapping[str, Any]] = {}
    pack_dir: ClassVar[Path | None] = None
    origin = "pack"

    @classmethod
    def prepare(cls, spec: Mapping[str, Any], pack_dir: Path) -> dict[str, Any]:
        """Validate kind-specific keys and precompute class attributes (matchers)."""
        return {}

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any], pack_dir: Path, pack_name: str) -> type[Rule]:
        unknown = set(spec) - COMMON_KEYS - cls.spec_keys
        code = spec.get("code", "?")
        if unknown:
            raise RuleError(
                f"rule {code}: unknown key(s) {', '.join(sorted(unknown))} for kind {cls.kind!r} "
                f"(allowed: {', '.join(sorted(COMMON_KEYS | cls.spec_keys))})"
            )
        for key in ("code", "name", "category", "message"):
            if not spec.get(key):
                raise RuleError(f"rule {code}: missing required key {key!r}")
        if not re.fullmatch(r"[A-Z]{1,4}\d{2,4}", str(spec["code"])):
            raise RuleError(f"rule {code}: code must be letters then digits, like MT101")
        _check_message(str(spec["message"]), cls.message_fields, code)
        examples = spec.get("examples") or {}
        attrs: dict[str, Any] = {
            "code": str(spec["code"]),
            "name": str(spec["name"]),
            "category": str(spec["category"]),
            "severity": Severity.parse(spec.get("severity", "warning")),
            "description": str(spec.get("description", "")).strip(),
            "source": spec.get("source"),
            "enabled_by_default": bool(spec.get("enabled", True)),
            "options": dict(spec.get("options") or {}),
            "should_fire": tuple(_examples(examples.get("fire", ()))),
            "should_not_fire": tuple(_examples(examples.get("pass", ()))),
            "spec": dict(spec),
            "pack_dir": pack_dir,
            "origin": f"pack:{pack_name}",
        }
        attrs.update(cls.prepare(spec, pack_dir))
        return type(f"{cls.__name__}_{spec['code']}", (cls,), attrs)

    def format_message(self, **values: Any) -> str:
        try:
            return str(self.spec["message"]).format(**values)
        except (KeyError, IndexError) as exc:
            raise RuleError(f"rule {self.code}: message uses unknown field {exc}") from None


def prose_text(doc: Document, start: int, end: int) -> str:
    """The words of a span as a reader sees them, for messages: markup inside it (blanked in the
    prose view) and runs of white space become one space ("miracle <i>cure</i>" -> "miracle cure")."""
    return " ".join(doc.prose[start:end].split())


def _check_message(message: str, fields: frozenset[str], code: Any) -> None:
    """Fail at load, not when the rule first fires, on a placeholder the kind never fills."""
    import string

    try:
        parsed = list(string.Formatter().parse(message))
    except ValueError as exc:  # "{" without "}", ...
        raise RuleError(f"rule {code}: message {message!r}: {exc} (write {{{{ and }}}} for braces)") from None
    for _, field_name, _, _ in parsed:
        if field_name is None:
            continue
        root = re.split(r"[.\[]", field_name, maxsplit=1)[0]
        if root not in fields:
            known = ", ".join("{" + f + "}" for f in sorted(fields)) or "none"
            raise RuleError(
                f"rule {code}: message uses unknown placeholder {{{field_name}}} (this kind fills: {known})"
            )


def _examples(items: Any) -> list[Example]:
    out = []
    for item in items or ():
        if isinstance(item, str):
            out.append(Example(item))
        elif isinstance(item, Mapping):
            out.append(
                Example(
                    text=str(item["text"]),
                    format=str(item.get("format", "text")),
                    fixed=item.get("fixed"),
                    options=dict(item.get("options") or {}),
                    note=str(item.get("note", "")),
                )
            )
        else:
            raise RuleError(f"example must be a string or a mapping, got {item!r}")
    return out


def compile_patterns(patterns: Any, ignorecase: bool, code: str, pack_dir: Path) -> list[ProbedPattern]:
    """Compiled pack patterns, each with a substring probe that skips texts it cannot match.

    Patterns from packs other than medlint's own run under a time budget (see ``timed_re``).
    """
    flags = re.IGNORECASE if ignorecase else 0
    out = []
    for p in patterns or ():
        try:
            out.append(ProbedPattern.of(pack_regex(str(p), flags, pack_dir)))
        except re.error as exc:
            raise RuleError(f"rule {code}: bad regular expression {p!r}: {exc}") from None
    return out


def pack_regex(pattern: str, flags: int, pack_dir: Path) -> re.Pattern[str]:
    """One pack pattern: plain ``re`` for the built-in packs, timed for every other pack."""
    from .. import data
    from ..timed_re import compile_pack_regex

    trusted = pack_dir.resolve() == data.pack_dir()
    return compile_pack_regex(pattern, flags, trusted)


def read_lines_file(pack_dir: Path, name: str, code: str) -> list[list[str]]:
    """Rows of a tab-separated lexicon file next to the pack (comments with #)."""
    path = pack_dir / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleError(f"rule {code}: cannot read lexicon {path}: {exc.strerror}") from None
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows
