"""substitution: a phrase that has a preferred replacement."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar

from ..diagnostic import Edit, Fix
from ..document import Document
from ..rule import Finding, RuleError
from ..text.matching import PhraseMatcher, apostrophe_forms
from .base import KindRule, prose_text, read_lines_file


def match_case(replacement: str, original: str) -> str:
    """Keep a capitalised sentence start capitalised in the suggestion."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class Substitution(KindRule):
    """Flags a phrase and suggests its replacement.

    Pack keys: ``swap`` (mapping phrase -> replacement), ``swap-file`` (two
    tab-separated columns), ``fix`` (``none``, ``unsafe`` or ``safe``; default
    ``unsafe``: offered, not applied by ``--fix``). Message fields: ``{match}``
    and ``{suggestion}``.
    """

    kind = "substitution"
    message_fields = frozenset({"match", "suggestion"})
    spec_keys = frozenset({"swap", "swap-file", "fix"})
    matcher: ClassVar[PhraseMatcher[str]]

    @classmethod
    def prepare(cls, spec: Mapping[str, Any], pack_dir: Path) -> dict[str, Any]:
        code = str(spec.get("code"))
        pairs = [(str(k), str(v)) for k, v in (spec.get("swap") or {}).items()]
        if spec.get("swap-file"):
            for row in read_lines_file(pack_dir, str(spec["swap-file"]), code):
                if len(row) < 2:
                    raise RuleError(f"rule {code}: swap-file rows need two tab-separated columns: {row!r}")
                pairs.append((row[0], row[1]))
        if not pairs:
            raise RuleError(f"rule {code}: substitution needs 'swap' or 'swap-file'")
        if spec.get("fix", "unsafe") not in ("none", "unsafe", "safe"):
            raise RuleError(f"rule {code}: fix must be none, unsafe or safe")
        # a phrase's apostrophe in either form, as documents write it ("physique’s", "Crohn’s illness")
        return {
            "matcher": PhraseMatcher(
                (form, value) for phrase, value in pairs for form in apostrophe_forms(phrase)
            )
        }

    def check(self, doc: Document) -> Iterable[Finding]:
        fix_mode = self.spec.get("fix", "unsafe")
        for m in self.matcher.iter_matches(doc):
            match = prose_text(doc, m.start, m.end)
            suggestion = match_case(m.value, match)
            if "\u2019" in match:  # the writer's apostrophe in the replacement too
                suggestion = suggestion.replace("'", "\u2019")
            fix = None
            if fix_mode != "none":
                fix = Fix(
                    (Edit(m.start, m.end, suggestion),),
                    f"replace with {suggestion!r}",
                    safe=fix_mode == "safe",
                )
            yield Finding(
                m.start,
                m.end,
                self.format_message(match=match, suggestion=suggestion),
                (suggestion,),
                fix,
            )
