"""repetition: the same token twice or more in a row."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar

from ..document import Document
from ..rule import Finding, RuleError
from .base import KindRule, pack_regex, prose_text


class Repetition(KindRule):
    """Flags a run of identical tokens separated only by ``separator``.

    Pack keys: ``separator`` (regex allowed between repeats, default spaces),
    ``exceptions`` (tokens that may legitimately repeat). Message fields:
    ``{match}`` (the whole run), ``{token}`` and ``{count}``.
    """

    kind = "repetition"
    message_fields = frozenset({"match", "token", "count"})
    spec_keys = frozenset({"separator", "exceptions"})
    run_re: ClassVar[re.Pattern[str]]
    exceptions: ClassVar[frozenset[str]]

    @classmethod
    def prepare(cls, spec: Mapping[str, Any], pack_dir: Path) -> dict[str, Any]:
        sep = str(spec.get("separator", r"[ \t]+"))
        try:
            run_re = pack_regex(rf"\b(\w+)(?:{sep}\1\b)+", re.IGNORECASE, pack_dir)
        except re.error as exc:
            raise RuleError(f"rule {spec.get('code')}: bad separator: {exc}") from None
        return {
            "run_re": run_re,
            "exceptions": frozenset(str(e).lower() for e in spec.get("exceptions") or ()),
        }

    def check(self, doc: Document) -> Iterable[Finding]:
        for m in self.run_re.finditer(doc.prose):
            token = m.group(1)
            if token.lower() in self.exceptions:
                continue
            count = len(re.findall(rf"\b{re.escape(token)}\b", m.group(), re.IGNORECASE))
            yield Finding(
                m.start(),
                m.end(),
                self.format_message(match=prose_text(doc, m.start(), m.end()), token=token, count=count),
                (token,),
            )
