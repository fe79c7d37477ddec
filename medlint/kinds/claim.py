"""claim: a lexicon of claim phrases judged in context.

Like ``existence``, but every match is passed through the ConText-style scope
engine (``medlint.context``): negated, debunked and disclaimer matches never
fire; hedged, hypothetical, attributed or cited ones are skipped or lowered to
info as the pack says. Title-Case names ("Cure Alzheimer's Fund") are not claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar

from ..context import ClaimContext, claim_context
from ..diagnostic import Severity
from ..document import Document
from ..phrases import PhraseMatcher
from ..rule import Finding, RuleError
from .base import KindRule, compile_patterns, prose_text

_ACTIONS = ("skip", "info", "keep")
_CONTEXT_KEYS = ("hedged", "attributed", "cited", "attributed-cited", "quoted")


def is_name(doc: Document, start: int, end: int) -> bool:
    """A capitalised claim word inside a Title-Case name: "the Cure Alzheimer's Fund"."""
    text = doc.source[start:end]
    if len(text) > 3 and text.isupper():
        return True  # an acronym such as a trial name ("the MIRACLE trial")
    if not text[:1].isupper():
        return False
    after = re.match(r"[ \t]+([A-Z][\w'\u2019-]*)(?:[ \t]+([A-Z][\w'\u2019-]*))?", doc.prose[end : end + 60])
    if after is None:
        return False
    before = doc.prose[max(0, start - 3) : start]
    sentence_start = not before.strip() or before.rstrip()[-1:] in '.!?"\u201c'
    return not sentence_start or after.group(2) is not None


class Claim(KindRule):
    """Claim phrases, judged in context.

    Pack keys: ``phrases``, ``patterns``, and for each context what to do:
    ``hedged``, ``attributed``, ``cited``, ``attributed-cited``, ``quoted``
    (``skip``, ``info`` or ``keep``; defaults: hedged info, attributed-cited
    info, the rest keep). Message fields: ``{match}``.
    """

    kind = "claim"
    message_fields = frozenset({"match"})
    spec_keys = frozenset({"phrases", "patterns", "ignorecase", *_CONTEXT_KEYS})
    matcher: ClassVar[PhraseMatcher[str]]
    patterns: ClassVar[list[Any]]

    @classmethod
    def prepare(cls, spec: Mapping[str, Any], pack_dir: Path) -> dict[str, Any]:
        code = str(spec.get("code"))
        for key in _CONTEXT_KEYS:
            if key in spec and spec[key] not in _ACTIONS:
                raise RuleError(f"rule {code}: {key} must be one of {', '.join(_ACTIONS)}")
        phrases = [str(p) for p in spec.get("phrases") or ()]
        patterns = compile_patterns(spec.get("patterns"), bool(spec.get("ignorecase", True)), code, pack_dir)
        if not phrases and not patterns:
            raise RuleError(f"rule {code}: claim needs 'phrases' or 'patterns'")
        return {"matcher": PhraseMatcher((p, p) for p in phrases), "patterns": patterns}

    def _action(self, ctx: ClaimContext) -> str:
        spec = self.spec
        if ctx.softened:
            return str(spec.get("hedged", "info"))
        if ctx.attributed and ctx.cited:
            return str(spec.get("attributed-cited", "info"))
        if ctx.quoted:
            return str(spec.get("quoted", spec.get("attributed", "keep")))
        if ctx.attributed:
            return str(spec.get("attributed", "keep"))
        if ctx.cited:
            return str(spec.get("cited", "keep"))
        return "keep"

    def check(self, doc: Document) -> Iterable[Finding]:
        spans = [(m.start, m.end) for m in self.matcher.iter_matches(doc)]
        for rx in self.patterns:
            spans += [(m.start(), m.end()) for m in rx.finditer(doc) if m.end() > m.start()]
        spans.sort()
        last_end = -1
        for start, end in spans:
            if start < last_end:
                continue  # overlapping phrase and pattern: report once
            last_end = end
            if is_name(doc, start, end):
                continue
            ctx = claim_context(doc, start, end)
            if ctx.suppressed:
                continue
            action = self._action(ctx)
            if action == "skip":
                continue
            match = prose_text(doc, start, end)
            notes = [
                n
                for n, on in (("hedged", ctx.softened), ("attributed", ctx.attributed), ("cited", ctx.cited))
                if on
            ]
            yield Finding(
                start,
                end,
                self.format_message(match=match) + (f" ({', '.join(notes)})" if notes else ""),
                tuple(self.spec.get("suggestions") or ()),
                severity=Severity.INFO if action == "info" else None,
                data={"context": notes},
            )
