"""The Rule base class and the metadata every rule carries.

A rule's metadata (code, name, category, severity, description, source) and its
examples are the single source for ``medlint explain``, the generated docs and
the example tests: a rule without examples that fire and examples that pass
fails the test suite.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from .config import Config
from .diagnostic import Diagnostic, Fix, Severity
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


#: Type names for messages and ``medlint explain`` (and the ``type:`` of a pack option).
TYPE_NAMES: dict[str, type] = {"int": int, "float": float, "str": str, "bool": bool, "list": list}


@dataclass(frozen=True)
class Option:
    """One rule option: its default, type and a one-line description for ``medlint explain``.

    ``minimum`` bounds numbers; ``choices`` lists the allowed values. An ``int``
    is accepted where a ``float`` is expected, never a ``bool`` for a number.
    Numeric options with a non-negative default and no ``minimum`` are at least
    0: every numeric option medlint knows is a count, limit, share or
    threshold, and a negative one is a typo.
    """

    default: Any
    type: type
    description: str
    minimum: float | None = None
    choices: tuple[Any, ...] | None = None

    @classmethod
    def of(cls, value: Any) -> Option:
        """An Option as declared, or one derived from a plain default (no description)."""
        if isinstance(value, Option):
            return value
        kind: type = type(value) if value is not None else object
        if isinstance(value, tuple):
            kind = list
        return cls(value, kind, "")

    @property
    def type_name(self) -> str:
        return next((name for name, t in TYPE_NAMES.items() if t is self.type), self.type.__name__)

    @property
    def lower_bound(self) -> float | None:
        """The smallest value allowed (None: no bound; ``minimum=-math.inf`` for scores that may be negative)."""
        if self.minimum is not None:
            return None if self.minimum == float("-inf") else self.minimum
        if self.type in (int, float) and _is_number(self.default) and self.default >= 0:
            return 0
        return None

    def problem(self, value: Any) -> str | None:
        """Why ``value`` is not valid for this option, or None if it is."""
        if not _has_type(self.type, value):
            return f"expects {self.type_name}, got {value!r}"
        bound = self.lower_bound
        if bound is not None and _is_number(value) and value < bound:
            return f"must be {bound:g} or more, got {value!r}"
        if self.choices is not None and value not in self.choices:
            return f"must be one of {', '.join(map(repr, self.choices))}, got {value!r}"
        return None


class RuleError(Exception):
    """A rule's own configuration is wrong (bad option, bad pack entry)."""


class Rule:
    """Base class for every rule: built-in, pack-defined or third-party.

    Subclasses set the class attributes and implement :meth:`check`. Options are
    declared in ``options`` as :class:`Option` (type, default, description, and
    limits) so ``medlint explain`` can document them and a typo or a wrong value
    in config fails loudly. A plain ``{name: default}`` mapping is still accepted
    (third-party rules): the type is then the default's and there is no description.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    description: ClassVar[str] = ""
    source: ClassVar[str | None] = None
    needs: ClassVar[Needs] = Needs.TEXT
    enabled_by_default: ClassVar[bool] = True
    #: option name (kebab-case) -> :class:`Option`, or a plain default for third-party rules
    options: ClassVar[Mapping[str, Any]] = {}
    should_fire: ClassVar[tuple[Example | str, ...]] = ()
    should_not_fire: ClassVar[tuple[Example | str, ...]] = ()
    origin: ClassVar[str] = "builtin"
    #: the installed distribution that provides the rule, for entry-point plugins (set by the registry)
    distribution: ClassVar[str | None] = None
    #: the rule judges a page by what the other rules found on it (:meth:`check_findings`): the linter runs it
    #: after every other rule of the run, in the same process, and hands it their diagnostics
    reads_findings: ClassVar[bool] = False

    def __init__(self, options: Mapping[str, Any] | None = None, config: Config | None = None) -> None:
        #: The run's configuration, for rules that need more than their own options
        #: (LanguageTool server, site-level disclaimer, NLP model).
        self.config = config or Config()
        schema = self.option_schema()
        self.opts: dict[str, Any] = {key: opt.default for key, opt in schema.items()}
        for key, value in (options or {}).items():
            if key not in schema:
                raise RuleError(f"{self.code} ({self.name}) {_unknown_option(key, schema)}")
            problem = schema[key].problem(value)
            if problem:
                raise RuleError(f"{self.code} ({self.name}) option {key!r} {problem}")
            self.opts[key] = value

    def check(self, doc: Document) -> Iterable[Finding]:
        """Yield findings for ``doc``. Must not mutate the document."""
        raise NotImplementedError

    def check_findings(self, doc: Document, findings: Sequence[Diagnostic]) -> Iterable[Finding]:
        """For a rule that :attr:`reads_findings`: findings for ``doc``, given the diagnostics the run's other
        rules reported on it (after suppressions). The default reads the document alone."""
        return self.check(doc)

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
    def option_schema(cls) -> dict[str, Option]:
        """Every option as an :class:`Option`; plain ``{name: default}`` entries get a schema from the default."""
        return {key: Option.of(value) for key, value in cls.options.items()}

    @classmethod
    def option_defaults(cls) -> dict[str, Any]:
        return {key: opt.default for key, opt in cls.option_schema().items()}

    @classmethod
    def location(cls) -> str | None:
        """The file the rule is defined in: its module for a Python rule (a pack rule names its pack)."""
        import sys

        module = sys.modules.get(cls.__module__)
        file = getattr(module, "__file__", None)
        return display_path(file) if file else None

    @classmethod
    def summary(cls) -> str:
        doc = cls.docs()
        return doc.splitlines()[0] if doc else ""

    @classmethod
    def docs(cls) -> str:
        return inspect.cleandoc(cls.description or cls.__doc__ or "")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _has_type(kind: type, value: Any) -> bool:
    if kind is object:
        return True
    if kind is bool:
        return isinstance(value, bool)
    if kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind in (list, tuple):
        return isinstance(value, (list, tuple))
    return isinstance(value, kind)


def _unknown_option(key: str, schema: Mapping[str, Option]) -> str:
    """The error for an option the rule does not have, naming the kebab-case spelling if that is it."""
    kebab = key.replace("_", "-")
    if kebab != key and kebab in schema:
        return f"option {key!r} is spelled {kebab!r} (option names are kebab-case)"
    known = ", ".join(sorted(schema)) or "none"
    return f"has no option {key!r} (options: {known})"


def display_path(file: str | Path) -> str:
    """A file inside the installed medlint package as ``medlint/...`` (or ``rules/...`` in a
    checkout); any other file as an absolute path."""
    path = Path(file).resolve()
    root = Path(__file__).resolve().parent.parent
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
