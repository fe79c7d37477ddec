"""What the editor's code actions change: a rule's safe fix, or a suppression comment.

Edits are in code-point offsets of the linted text (the server converts them to
LSP ranges). Pure Python with no pygls import, so they are tested on their own.

Where the suppression comment goes (directive syntax: medlint/suppress.py):

* HTML: ``<!-- medlint-disable-next-line CODE -->`` on a line of its own above
  the flagged line, indented like it; a comment line never changes a page.
* Markdown: the same, when the flagged line starts a paragraph or heading after
  a blank line (or the start of the text). Anywhere else a line of its own would
  change the rendered article: a comment line inside a paragraph splits it in
  two, between list items it ends the list, in a table it ends the table. There
  ``<!-- medlint-disable-line CODE -->`` goes at the end of the flagged line
  instead, where it is inline HTML and renders as nothing.
* Markdown front matter: no action (a comment before or inside it would break it).
* Plain text has no comment syntax: no action (use ``--ignore`` or per-file-ignores).

An existing directive is extended rather than stacked: a second
``disable-next-line`` comment above the first would become the first one's
"next line" and silently cancel it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..diagnostic import Diagnostic
from ..document import HEADING, PARAGRAPH, Document
from ..registry import ENGINE_CODES
from .positions import LineIndex


@dataclass(frozen=True)
class Change:
    """Replace ``text[start:end]`` with ``new_text`` (code-point offsets)."""

    start: int
    end: int
    new_text: str


_NEXT_LINE_RE = re.compile(r"(<!--[ \t]*medlint-disable-next-line\b)([^\n>]*?)([ \t]*-->)[ \t]*$")
_SAME_LINE_RE = re.compile(r"(<!--[ \t]*medlint-disable-line\b)([^\n>]*?)([ \t]*-->)[ \t]*$")
_LIST_QUOTE_TABLE_RE = re.compile(r"[ \t]*(?:[-+*][ \t]|\d{1,9}[.)][ \t]|>|\|)")


def fix_changes(d: Diagnostic) -> list[Change]:
    """The edits of a diagnostic's safe fix ([] when it has none or only an unsafe one)."""
    if d.fix is None or not d.fix.safe:
        return []
    return [Change(e.start, e.end, e.replacement) for e in d.fix.edits]


def whole_text_change(before: str, after: str) -> Change | None:
    """One edit turning ``before`` into ``after``: the span between their common prefix and suffix."""
    if before == after:
        return None
    prefix = 0
    limit = min(len(before), len(after))
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and before[len(before) - 1 - suffix] == after[len(after) - 1 - suffix]:
        suffix += 1
    return Change(prefix, len(before) - suffix, after[prefix : len(after) - suffix])


def can_suppress(doc: Document, d: Diagnostic) -> bool:
    """Whether an inline suppression can silence ``d`` (not plain text, not engine codes)."""
    return doc.format in ("markdown", "html") and d.code not in ENGINE_CODES


def suppression_change(doc: Document, index: LineIndex, d: Diagnostic) -> Change | None:
    """The edit that silences ``d`` with an inline directive, or None where none can."""
    if not can_suppress(doc, d):
        return None
    # the file's own text (an HTML page's decoded copy is what the rules read; the edit is the file's)
    text = doc.original if doc.original is not None else doc.source
    offset = d.start.offset
    if doc.format == "markdown":
        from ..formats.markdown import _front_matter  # the loader's own definition of front matter

        fm_end, _ = _front_matter(text)
        if offset < fm_end:
            return None
    line, _ = index.position(offset)
    start, end = index.line_span(line)
    line_text = text[start:end]

    prev = line - 1
    while prev >= 0 and not text[slice(*index.line_span(prev))].strip():
        prev -= 1
    if prev >= 0:
        p_start, p_end = index.line_span(prev)
        m = _NEXT_LINE_RE.search(text[p_start:p_end])
        if m:
            return _extend(p_start, m, d.code)
    m = _SAME_LINE_RE.search(line_text)
    if m:
        return _extend(start, m, d.code)

    if doc.format == "markdown" and not _line_above_keeps_markdown(doc, index, line, offset):
        stripped = len(line_text.rstrip())
        return Change(start + stripped, start + stripped, f" <!-- medlint-disable-line {d.code} -->")
    indent = line_text[: len(line_text) - len(line_text.lstrip(" \t"))]
    # the text's own line ending: the one the new line follows, else the flagged line's
    eol = (index.line_ending(line - 1) if line else "") or index.line_ending(line) or "\n"
    return Change(start, start, f"{indent}<!-- medlint-disable-next-line {d.code} -->{eol}")


def _extend(line_start: int, m: re.Match[str], code: str) -> Change | None:
    """Add ``code`` to the selector list of the directive matched by ``m``.

    None when the directive has no selector: it already silences every rule, so a
    diagnostic on its line means the comment is not where it looks (a multi-line comment)."""
    selectors = m.group(2).strip()
    if not selectors:
        return None
    return Change(line_start + m.start(2), line_start + m.end(2), f" {selectors}, {code}")


def _line_above_keeps_markdown(doc: Document, index: LineIndex, line: int, offset: int) -> bool:
    """True when a comment line above ``line`` cannot change how the Markdown renders."""
    start, end = index.line_span(line)
    line_text = doc.source[start:end]
    if _LIST_QUOTE_TABLE_RE.match(line_text) or len(line_text) - len(line_text.lstrip(" ")) >= 4:
        return False
    if line > 0:
        before = doc.source[slice(*index.line_span(line - 1))]
        if before.strip():
            from ..formats.markdown import _front_matter

            # right after front matter counts as the start of the text
            if index.starts[line] != _front_matter(doc.source)[0]:
                return False
    i = doc.block_at(offset)
    if i is None:
        return True
    block = doc.blocks[i]
    return block.kind in (PARAGRAPH, HEADING) and block.start >= start
