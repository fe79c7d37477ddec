"""The Rule base class and the metadata every rule carries.

A rule's metadata (code, name, category, severity, description, source) and its
examples are the single source for ``medlint explain``, the generated docs and
the example tests: a rule without examples that fire and examples that pass
fails the test suite.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .config import Config
from .diagnostic import Fix, Severity
from .document import Document


class Needs(enum.IntEnum):
    """What a rule needs from the NLP layer, so spaCy only runs when asked."""

    TEXT = 0
    TOKENS = 1
    SYNTAX = 2


@dataclass(frozen=True)
class Example:
    """One documented case. ``format`` is text, markdown or html.

    ``fixed`` (for firing examples) is the text after ``--fix``; ``options`` are
    rule options used for this example only.
    """

    text: str
    format: str = "text"
    fixed: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True)
class Finding:
    """What a rule reports; the linter turns it into a positioned Diagnostic."""

    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    severity: Severity | None = None
    related: tuple[tuple[int, int, str], ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)


class RuleError(Exception):
    """A rule's own configuration is wrong (bad option, bad pack entry)."""


class Rule:
    """Base class for every rule: built-in, pack-defined or third-party.

    Subclasses set the class attributes and implement :meth:`check`. Options are
    declared in ``options`` with their defaults; user values are validated
    against the default's type so a typo in config fails loudly.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    description: ClassVar[str] = ""
    source: ClassVar[str | None] = None
    needs: ClassVar[Needs] = Needs.TEXT
    enabled_by_default: ClassVar[bool] = True
    options: ClassVar[Mapping[str, Any]] = {}
    should_fire: ClassVar[tuple[Example | str, ...]] = ()
    should_not_fire: ClassVar[tuple[Example | str, ...]] = ()
    origin: ClassVar[str] = "builtin"

    def __init__(self, options: Mapping[str, Any] | None = None, config: Config | None = None) -> None:
        #: The run's configuration, for rules that need more than their own options
        #: (LanguageTool server, site-level disclaimer, NLP model).
        self.config = config or Config()
        self.opts: dict[str, Any] = dict(self.options)
        for key, value in (options or {}).items():
            if key not in self.options:
                known = ", ".join(sorted(self.options)) or "none"
                raise RuleError(f"{self.code} ({self.name}) has no option {key!r} (options: {known})")
            default = self.options[key]
            if default is not None and not _same_type(default, value):
                raise RuleError(
                    f"{self.code} ({self.name}) option {key!r} expects "
                    f"{type(default).__name__}, got {value!r}"
                )
            if _is_number(default) and default >= 0 and value < 0:
                # every numeric option is a count, limit, share or threshold: none is negative
                raise RuleError(f"{self.code} ({self.name}) option {key!r} must be 0 or more, got {value!r}")
            self.opts[key] = value

    def check(self, doc: Document) -> Iterable[Finding]:
        """Yield findings for ``doc``. Must not mutate the document."""
        raise NotImplementedError

    def notice(self) -> str | None:
        """One line the CLI prints once per run, e.g. why this rule is skipped here."""
        return None

    # -- metadata helpers ----------------------------------------------------
    @classmethod
    def examples(cls) -> tuple[list[Example], list[Example]]:
        def norm(items: Iterable[Example | str]) -> list[Example]:
            return [e if isinstance(e, Example) else Example(e) for e in items]

        return norm(cls.should_fire), norm(cls.should_not_fire)

    @classmethod
    def summary(cls) -> str:
        doc = cls.docs()
        return doc.splitlines()[0] if doc else ""

    @classmethod
    def docs(cls) -> str:
        return inspect.cleandoc(cls.description or cls.__doc__ or "")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _same_type(default: Any, value: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, (list, tuple)):
        return isinstance(value, (list, tuple))
    return isinstance(value, type(default))
