"""consistency: one concept written two ways in one text ("type I" and "type 1")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from ..document import Document
from ..phrases import literal_probe
from ..rule import Finding, RuleError
from .base import KindRule


def _scoped(rx: str) -> str:
    """'(?i)abc' -> '(?i:abc)', so patterns with their own flags can share one alternation."""
    m = re.match(r"\(\?([aiLmsux]+)\)", rx)
    return f"(?{m.group(1)}:{rx[m.end() :]})" if m else f"(?:{rx})"


@dataclass(frozen=True)
class _Group:
    name: str
    forms: tuple[tuple[str, re.Pattern[str]], ...]
    preferred: str | None
    requires: re.Pattern[str] | None
    probes: tuple[str, ...] = ()


class Consistency(KindRule):
    """Flags the less preferred spellings of a concept when several appear in one text.

    Pack keys: ``groups``, each with ``variants`` (mapping form -> regular
    expression, case-sensitive unless it starts with ``(?i)``), optional
    ``preferred`` (a form; otherwise the first form used in the text wins) and
    ``requires`` (a regex the text must match, e.g. "diabet" for "type I").
    Message fields: ``{match}``, ``{preferred}``, ``{group}``.
    """

    kind = "consistency"
    spec_keys = frozenset({"groups"})
    groups: ClassVar[tuple[_Group, ...]]
    combined: ClassVar[re.Pattern[str]]
    slots: ClassVar[dict[str, tuple[int, str]]]

    @classmethod
    def prepare(cls, spec: Mapping[str, Any], pack_dir: Path) -> dict[str, Any]:
        code = spec.get("code")
        groups = []
        for g in spec.get("groups") or ():
            try:
                forms = tuple((str(form), re.compile(str(rx))) for form, rx in dict(g["variants"]).items())
                requires = re.compile(str(g["requires"]), re.IGNORECASE) if g.get("requires") else None
            except (KeyError, TypeError, re.error) as exc:
                raise RuleError(f"rule {code}: bad consistency group {g!r}: {exc}") from None
            if len(forms) < 2:
                raise RuleError(f"rule {code}: a consistency group needs at least two variants")
            preferred = g.get("preferred")
            if preferred is not None and preferred not in dict(forms):
                raise RuleError(f"rule {code}: preferred {preferred!r} is not one of the variants")
            probes = tuple(literal_probe(rx.pattern) for _, rx in forms)
            groups.append(_Group(str(g.get("name", forms[0][0])), forms, preferred, requires, probes))
        if not groups:
            raise RuleError(f"rule {code}: consistency needs 'groups'")
        # one alternation over every variant: a single pass over the text finds them all
        parts, slots = [], {}
        for gi, g in enumerate(groups):
            for fi, (form, rx) in enumerate(g.forms):
                name = f"g{gi}_{fi}"
                slots[name] = (gi, form)
                parts.append(f"(?P<{name}>{_scoped(rx.pattern)})")
        return {"groups": tuple(groups), "combined": re.compile("|".join(parts)), "slots": slots}

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        lower = doc.lower
        # a group needs two forms present; substring probes rule most groups out in C
        if not any(sum(1 for p in g.probes if not p or p in lower) >= 2 for g in self.groups):
            return
        by_group: dict[int, dict[str, list[tuple[int, int]]]] = {}
        for m in self.combined.finditer(prose):
            if m.end() > m.start() and m.lastgroup is not None:
                gi, form = self.slots[m.lastgroup]
                by_group.setdefault(gi, {}).setdefault(form, []).append((m.start(), m.end()))
        for gi, found in sorted(by_group.items()):
            group = self.groups[gi]
            if group.requires is not None and not group.requires.search(prose):
                continue
            if len(found) < 2:
                continue
            if group.preferred in found:
                keep = group.preferred
            else:
                keep = min(found, key=lambda f: found[f][0][0])
            first = found[keep][0]
            for form, spans in found.items():
                if form == keep:
                    continue
                for s, e in spans:
                    match = doc.source[s:e]
                    yield Finding(
                        s,
                        e,
                        self.format_message(match=match, preferred=keep, group=group.name),
                        (keep,),
                        related=((first[0], first[1], f"“{keep}” is used here"),),
                    )
