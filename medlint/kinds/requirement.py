"""requirement: the document must contain one of some phrases or patterns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar

from ..document import Document
from ..rule import Finding, RuleError
from ..text.matching import PhraseMatcher
from .base import KindRule, compile_patterns


class Requirement(KindRule):
    """A document-level finding when none of ``phrases``/``patterns`` occurs.

    ``min-words`` skips short texts (a snippet needs no byline). The finding is
    reported on the first block, since the missing text has no place of its own.
    """

    kind = "requirement"
    message_fields: ClassVar[frozenset[str]] = frozenset()
    spec_keys = frozenset({"phrases", "patterns", "ignorecase", "min-words"})
    matcher: ClassVar[PhraseMatcher[str]]
    patterns: ClassVar[list[Any]]

    @classmethod
    def prepare(cls, spec: Mapping[str, Any], pack_dir: Path) -> dict[str, Any]:
        code = str(spec.get("code"))
        phrases = [str(p) for p in spec.get("phrases") or ()]
        patterns = compile_patterns(spec.get("patterns"), bool(spec.get("ignorecase", True)), code, pack_dir)
        if not phrases and not patterns:
            raise RuleError(f"rule {code}: requirement needs 'phrases' or 'patterns'")
        return {"matcher": PhraseMatcher((p, p) for p in phrases), "patterns": patterns}

    def check(self, doc: Document) -> Iterable[Finding]:
        if not doc.blocks or doc.word_count < int(self.spec.get("min-words", 0)):
            return
        if next(iter(self.matcher.iter_matches(doc)), None) is not None:
            return
        if any(p.regex.search(doc.prose) for p in self.patterns):
            return
        first = doc.blocks[0]
        yield Finding(first.start, first.end, self.format_message())
