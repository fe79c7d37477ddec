"""Shared machinery for pack-defined rules."""

from __future__ import annotations

import bisect
import re
import threading
import weakref
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

from ..diagnostic import Severity
from ..document import Document
from ..rule import TYPE_NAMES, Example, Option, Rule, RuleError, display_path
from ..text.matching import DocumentProbes, ProbedPattern, ProbeIndex

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
    #: the pack file the rule was read from (set by ``registry.load_pack``)
    pack_file: ClassVar[Path | None] = None
    origin = "pack"

    @classmethod
    def prepare(cls, spec: Mapping[str, Any], pack_dir: Path) -> dict[str, Any]:
        """Validate kind-specific keys and precompute class attributes (matchers)."""
        return {}

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any], pack_dir: Path, pack_name: str) -> type[Rule]:
        unknown = set(spec) - COMMON_KEYS - cls.spec_keys
        code = spec.get("code", "?")
        for key in sorted(unknown):
            kebab = str(key).replace("_", "-")
            if kebab != key and kebab in COMMON_KEYS | cls.spec_keys:
                raise RuleError(f"rule {code}: key {key!r} is spelled {kebab!r} (pack keys are kebab-case)")
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
            "options": pack_options(spec.get("options"), code),
            "should_fire": tuple(_examples(examples.get("fire", ()))),
            "should_not_fire": tuple(_examples(examples.get("pass", ()))),
            "spec": dict(spec),
            "pack_dir": pack_dir,
            "origin": f"pack:{pack_name}",
        }
        attrs.update(cls.prepare(spec, pack_dir))
        return type(f"{cls.__name__}_{spec['code']}", (cls,), attrs)

    @classmethod
    def location(cls) -> str | None:
        """The pack file the rule's entry lives in (the kind's code is in ``medlint/kinds``)."""
        if cls.pack_file is not None:
            return display_path(cls.pack_file)
        return display_path(cls.pack_dir) if cls.pack_dir is not None else None

    def format_message(self, **values: Any) -> str:
        try:
            return str(self.spec["message"]).format(**values)
        except (KeyError, IndexError) as exc:
            raise RuleError(f"rule {self.code}: message uses unknown field {exc}") from None


def pack_options(table: Any, code: Any) -> dict[str, Option]:
    """A pack rule's ``options:``, each a mapping with ``default``, ``type`` and ``description``
    (and optional ``minimum`` and ``choices``), or a plain default value (no description)."""
    if table is None:
        return {}
    if not isinstance(table, Mapping):
        raise RuleError(f"rule {code}: options must be a mapping of option name to its schema")
    out: dict[str, Option] = {}
    for name, value in table.items():
        name = str(name)
        kebab = name.replace("_", "-")
        if kebab != name:
            raise RuleError(
                f"rule {code}: option {name!r} is spelled {kebab!r} (option names are kebab-case)"
            )
        if not isinstance(value, Mapping):
            out[name] = Option.of(value)
            continue
        extra = set(value) - {"default", "type", "description", "minimum", "choices"}
        if extra or "default" not in value:
            raise RuleError(
                f"rule {code}: option {name!r} takes default, type, description, minimum and choices"
                f" (default required){'; unknown: ' + ', '.join(sorted(map(str, extra))) if extra else ''}"
            )
        derived = Option.of(value["default"])
        kind = derived.type
        if "type" in value:
            if value["type"] not in TYPE_NAMES:
                raise RuleError(f"rule {code}: option {name!r} type must be one of {', '.join(TYPE_NAMES)}")
            kind = TYPE_NAMES[value["type"]]
        choices = value.get("choices")
        option = Option(
            value["default"],
            kind,
            " ".join(str(value.get("description", "")).split()),
            minimum=value.get("minimum"),
            choices=tuple(choices) if isinstance(choices, list) else None,
        )
        problem = option.problem(option.default)
        if problem:
            raise RuleError(f"rule {code}: option {name!r} default {problem}")
        out[name] = option
    return out


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
    from ..text.timed_re import compile_pack_regex

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


#: the plain form of ``pattern_candidates``: each rule asks its own index (tests compare the two)
_PLAIN_CANDIDATES = False
#: the plain form of ``_shared_candidates``' filter: each candidate asks ``could_match_doc``
_PLAIN_SHARED_FILTER = False


class _SharedIndex:
    """One ProbeIndex over the patterns of every pack rule that has asked for its candidates.

    A default run asks 14 pattern indexes (13 claim rules, one existence rule) for their
    candidates on every document, each meeting the document's probes with its own: one
    set intersection, its piece probes and its sorting. The candidates of a pattern depend
    on that pattern alone (its rarest probe set, ``ProbeIndex``), so one index over all their
    patterns, asked once per document, gives each rule's candidates as the slice of its own
    patterns, in the same order. Members are held weakly (a server that reloads its packs
    drops the old rules); ``slot`` finds a member by identity, checked against the weak
    reference (an id can be reused once its index is gone).
    """

    __slots__ = ("checked", "fast", "index", "members", "offsets", "patterns", "slot")

    def __init__(self, members: tuple[tuple[weakref.ref[ProbeIndex], Sequence[ProbedPattern]], ...]) -> None:
        self.members = members
        offsets = []
        patterns: list[ProbedPattern] = []
        for _, own in members:
            offsets.append(len(patterns))
            patterns.extend(own)
        self.offsets = offsets
        self.patterns = patterns
        self.slot = {id(ref()): k for k, (ref, _) in enumerate(members)}
        self.index = ProbeIndex(patterns)
        #: ``word_sets``, once asked (a one-file run rebuilds this index as each rule joins, and
        #: asks only the first one built)
        self.fast: tuple[list[tuple[frozenset[str], ...] | None], frozenset[str]] | None = None
        #: the last registered-probe universe found to hold ``word_sets``' probes (then every set
        #: is answered by a document's ``found`` alone)
        self.checked: list[frozenset[str]] = []

    def word_sets(self) -> tuple[list[tuple[frozenset[str], ...] | None], frozenset[str]]:
        """For ``could_match_doc`` of the patterns whose probe sets are all of letters and digits
        (``ProbedPattern._split`` without other probes), answered inline: each pattern's sets
        (None: asked as before), and every probe of them."""
        fast = self.fast
        if fast is None:
            need: list[tuple[frozenset[str], ...] | None] = []
            probes: set[str] = set()
            for pattern in self.patterns:
                split = pattern._split
                if split and all(words and not others for words, others in split):
                    need.append(tuple(words for words, _ in split))
                    probes.update(*(words for words, _ in split))
                else:
                    need.append(None)
            fast = self.fast = (need, frozenset(probes))
        return fast

    def joined(self, index: ProbeIndex, patterns: Sequence[ProbedPattern]) -> _SharedIndex:
        """This index with ``index``'s patterns after the others (members that are gone dropped)."""
        kept = tuple((ref, own) for ref, own in self.members if ref() is not None)
        return _SharedIndex((*kept, (weakref.ref(index), tuple(patterns))))

    def member(self, index: ProbeIndex) -> int | None:
        k = self.slot.get(id(index))
        return k if k is not None and self.members[k][0]() is index else None


_shared = _SharedIndex(())
_SHARED_LOCK = threading.Lock()


def _shared_candidates(doc: Document) -> tuple[_SharedIndex, list[list[int]]]:
    """The shared index as it stands at the document's first question, and each member's
    candidates in it (``ProbeIndex.candidates`` of its own patterns) that hold every probe set
    (``ProbedPattern.could_match_doc``, which ``finditer`` asks first: about 96% of the
    candidates of a MedQuAD answer fail it, each then costing a rule a call that finds nothing).
    A candidate whose sets are all of letters and digits is answered from the sets the words hold
    (``_words_answer``, a set test in C per set) instead; ``_PLAIN_SHARED_FILTER`` asks every candidate."""
    shared = _shared  # one read: another thread may replace it
    per: list[list[int]] = [[] for _ in shared.members]
    offsets, patterns = shared.offsets, shared.patterns
    found = None if _PLAIN_SHARED_FILTER else _words_answer(shared, doc)
    need = shared.word_sets()[0] if found is not None else [None] * len(patterns)
    held = found or frozenset()
    for i in shared.index.candidates(doc):
        sets = need[i]
        if sets is None:
            if not patterns[i].could_match_doc(doc):
                continue
        elif any(map(held.isdisjoint, sets)):  # a set the words hold no probe of
            continue
        k = bisect.bisect_right(offsets, i) - 1  # the member whose patterns start at or before i
        per[k].append(i - offsets[k])
    return shared, per


def _words_answer(shared: _SharedIndex, doc: Document) -> frozenset[str] | None:
    """The registered probes the document's words hold (``DocumentProbes.found``), when they
    answer every letter-and-digit probe set of the shared index (``_SharedIndex.word_sets``): a pattern
    needing only such sets passes ``could_match_doc`` exactly when each set meets them. None when
    the document cannot be answered so (an exotic text, or a probe of the sets registered after
    its words were read)."""
    state = doc.derived(DocumentProbes)
    if state.answers is None:
        return None
    universe = state.universe
    checked = shared.checked
    if not checked or checked[-1] is not universe:
        if not shared.word_sets()[1] <= universe:
            return None
        checked[:] = [universe]
    return state.found


def pattern_candidates(index: ProbeIndex, patterns: Sequence[ProbedPattern], doc: Document) -> list[int]:
    """The indexes, in order, of the ``patterns`` (``index`` built over them) whose ``finditer``
    can find something in ``doc``: ``index.candidates(doc)`` (the plain form), less those that
    ``could_match_doc`` rejects, read from one index shared by every pack rule
    (``_SharedIndex``), asked once per document. A rule new to it (its first document) joins
    it and asks its own index this time."""
    global _shared
    if not patterns:
        return []
    if _PLAIN_CANDIDATES:
        return index.candidates(doc)
    shared, per = doc.derived(_shared_candidates)
    k = shared.member(index)
    if k is not None:
        return per[k]
    with _SHARED_LOCK:
        if _shared.member(index) is None:
            _shared = _shared.joined(index, patterns)
    return index.candidates(doc)
