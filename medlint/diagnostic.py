"""The data medlint hands back: severities, positions, fixes and diagnostics.

Everything here is an immutable dataclass so diagnostics can be sorted, hashed,
pickled across worker processes and compared in tests without surprises.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """Ordered so that ``severity >= fail_level`` reads naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            names = ", ".join(s.name.lower() for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {names})") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Position:
    """A point in the original source: code-point offset, 1-based line and column."""

    offset: int
    line: int
    column: int


@dataclass(frozen=True)
class Edit:
    """Replace ``source[start:end]`` with ``replacement`` (code-point offsets)."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    """A set of edits. Only ``safe`` fixes are applied by ``--fix``.

    A fix is safe when applying it cannot change what the text means (a doubled
    word, stray punctuation); a rewritten claim is never safe.
    """

    edits: tuple[Edit, ...]
    description: str = ""
    safe: bool = True


@dataclass(frozen=True)
class Related:
    """A second location that belongs to a finding (the other copy of a duplicate)."""

    start: Position
    end: Position
    message: str = ""


@dataclass(frozen=True)
class Diagnostic:
    """One finding of one rule at one span of one file."""

    code: str
    name: str
    category: str
    severity: Severity
    message: str
    path: str
    start: Position
    end: Position
    text: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    source: str | None = None
    related: tuple[Related, ...] = ()
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start.offset, self.end.offset, self.code)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-schema shape (see docs/json-schema.md); stable across minor versions."""
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "path": self.path,
            "start": _pos(self.start),
            "end": _pos(self.end),
            "text": self.text,
            "suggestions": list(self.suggestions),
            "fix": None
            if self.fix is None
            else {
                "description": self.fix.description,
                "safe": self.fix.safe,
                "edits": [
                    {"start": e.start, "end": e.end, "replacement": e.replacement} for e in self.fix.edits
                ],
            },
            "source": self.source,
            "related": [
                {"start": _pos(r.start), "end": _pos(r.end), "message": r.message} for r in self.related
            ],
            "data": dict(self.data),
        }


def _pos(p: Position) -> dict[str, int]:
    return {"offset": p.offset, "line": p.line, "column": p.column}
