"""existence: flag every occurrence of listed phrases or patterns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar

from ..document import Document
from ..rule import Finding, RuleError
from ..text.matching import PhraseMatcher, ProbeIndex
from .base import KindRule, compile_patterns, pattern_candidates, prose_text, read_lines_file


class Existence(KindRule):
    """Flags each occurrence of a phrase (token boundaries, case-insensitive) or regex.

    Pack keys: ``phrases`` (list), ``phrases-file`` (one phrase per line),
    ``patterns`` (regular expressions over the prose view), ``ignorecase``.
    The message may use ``{match}``. A pattern's match that overlaps one an
    earlier pattern reported is the same occurrence and is not reported again,
    so list the most specific pattern first.
    """

    kind = "existence"
    message_fields = frozenset({"match"})
    spec_keys = frozenset({"phrases", "phrases-file", "patterns", "ignorecase"})
    matcher: ClassVar[PhraseMatcher[str]]
    patterns: ClassVar[list[Any]]
    pattern_index: ClassVar[ProbeIndex]

    @classmethod
    def prepare(cls, spec: Mapping[str, Any], pack_dir: Path) -> dict[str, Any]:
        code = str(spec.get("code"))
        phrases = [str(p) for p in spec.get("phrases") or ()]
        if spec.get("phrases-file"):
            phrases += [row[0] for row in read_lines_file(pack_dir, str(spec["phrases-file"]), code)]
        patterns = compile_patterns(spec.get("patterns"), bool(spec.get("ignorecase", True)), code, pack_dir)
        if not phrases and not patterns:
            raise RuleError(f"rule {code}: existence needs 'phrases' or 'patterns'")
        return {
            "matcher": PhraseMatcher((p, p) for p in phrases),
            "patterns": patterns,
            "pattern_index": ProbeIndex(patterns),
        }

    def check(self, doc: Document) -> Iterable[Finding]:
        suggestions = tuple(self.spec.get("suggestions") or ())
        for m in self.matcher.iter_matches(doc):
            match = prose_text(doc, m.start, m.end)
            yield Finding(m.start, m.end, self.format_message(match=match), suggestions)
        taken: list[tuple[int, int]] = []
        # in the pack's order (the index keeps it): list the most specific pattern first
        for i in pattern_candidates(self.pattern_index, self.patterns, doc):
            for rm in self.patterns[i].finditer(doc):
                start, end = rm.start(), rm.end()
                if end <= start or any(start < e and s < end for s, e in taken):
                    continue  # an earlier pattern already reported this span: one finding per occurrence
                taken.append((start, end))
                match = prose_text(doc, start, end)
                yield Finding(start, end, self.format_message(match=match), suggestions)
