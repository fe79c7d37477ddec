"""Inline suppressions: ``<!-- medlint-disable CODE -->`` and friends.

Directives live in HTML/Markdown comments (plain text has no comment syntax;
use ``--ignore`` or per-file ignores there). Selectors are the same as on the
command line: codes, prefixes, names or categories; no selector means all.

* ``medlint-disable [SEL,...]`` .. ``medlint-enable [SEL,...]`` - a region
* ``medlint-disable-next-line [SEL,...]`` - the next non-blank line
* ``medlint-disable-line [SEL,...]`` - the comment's own line

A directive that suppresses nothing is reported as ML903 (unused-suppression).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .document import Document

DIRECTIVE_RE = re.compile(
    r"medlint-(disable-next-line|disable-line|disable|enable)\b[ \t:]*([^\n>]*?)\s*(?:-->|$)"
)


@dataclass
class Suppression:
    start: int  # region of source offsets it covers
    end: int
    selectors: tuple[str, ...]  # empty = everything
    comment_start: int
    comment_end: int
    used: bool = False
    matched: set[str] = field(default_factory=set)


def parse_suppressions(doc: Document) -> list[Suppression]:
    out: list[Suppression] = []
    open_regions: list[Suppression] = []
    n = len(doc.source)
    for comment in doc.comments:
        for m in DIRECTIVE_RE.finditer(comment.text):
            action = m.group(1)
            sels = tuple(s for s in re.split(r"[\s,]+", m.group(2).strip()) if s)
            line = doc.position(comment.start).line
            if action == "disable":
                sup = Suppression(comment.end, n, sels, comment.start, comment.end)
                open_regions.append(sup)
                out.append(sup)
            elif action == "enable":
                for sup in reversed(open_regions):
                    if not sels or set(sels) & set(sup.selectors) or not sup.selectors:
                        sup.end = comment.start
                        open_regions.remove(sup)
                        if sels:
                            break
            elif action == "disable-line":
                s, e = doc.line_span(line)
                out.append(Suppression(s, e, sels, comment.start, comment.end))
            else:  # disable-next-line
                end_line = doc.position(comment.end).line
                target = end_line + 1
                while target <= doc.line_count:
                    s, e = doc.line_span(target)
                    if doc.source[s:e].strip():
                        break
                    target += 1
                if target <= doc.line_count:
                    s, e = doc.line_span(target)
                    out.append(Suppression(s, e, sels, comment.start, comment.end))
    return out


def is_suppressed(
    sups: list[Suppression],
    code: str,
    start: int,
    matches: Callable[[str, str], bool],
) -> bool:
    hit = False
    for sup in sups:
        if sup.start <= start < sup.end or (sup.start == start == sup.end):
            if not sup.selectors:
                sup.used = True
                hit = True
            else:
                for sel in sup.selectors:
                    if matches(sel, code):
                        sup.used = True
                        sup.matched.add(sel)
                        hit = True
    return hit
