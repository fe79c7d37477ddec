"""Markdown: front matter, headings, lists, quotes, tables, code and inline markup.

A line scanner finds blocks and the markup around them; an inline pass blanks
code spans, link targets, images, tags, emphasis markers and escapes. Both only
record ranges to blank, so the prose view keeps every offset of the source.
"""

from __future__ import annotations

import html
import re
from typing import Any

from ..document import (
    CAPTION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    QUOTE,
    TABLE_CELL,
    Block,
    Comment,
    Document,
    Link,
)
from ..text.lazy_re import lazy_compile
from ._prose import URL_RE, apply_replacements
from .metadata import normalize_metadata

Repl = tuple[int, int, "str | None"]

_FENCE = lazy_compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = lazy_compile(r"^( {0,3})(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = lazy_compile(r"[ \t]+#+[ \t]*$")
_SETEXT = lazy_compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = lazy_compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = lazy_compile(r"^(?: {0,3}>[ \t]?)+")
_LIST = lazy_compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+(?:\[[ xX]\][ \t]+)?|$)")
_REFDEF = lazy_compile(r"^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*(\S+)")
_FOOTDEF = lazy_compile(r"^ {0,3}\[\^[^\]]+\]:[ \t]*")
_TABLE_SEP = lazy_compile(r"^[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*)*\|?[ \t]*$")
_COMMENT = lazy_compile(r"<!--.*?-->", re.DOTALL)
_HTML_BLOCK_TAG = lazy_compile(r"^ {0,3}</?(?:script|style|pre|svg|template)\b", re.IGNORECASE)

_CODE_SPAN = lazy_compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_IMAGE = lazy_compile(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]")
_LINK = lazy_compile(
    r"\[([^\]\n]+)\]\(\s*<?([^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*)>?(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
)
_REFLINK = lazy_compile(r"\[([^\]\n]+)\]\[([^\]\n]*)\]")
_FOOTREF = lazy_compile(r"\[\^([^\]\s]+)\]")
_AUTOLINK = lazy_compile(r"<(?:https?://|mailto:)[^>\s]+>", re.IGNORECASE)
_TAG = lazy_compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_EMPHASIS = lazy_compile(r"(?<![\w*_~\\])[*_~]{1,3}(?=[^\s*_~])|(?<=[^\s*_~\\])[*_~]{1,3}(?![\w*_~])")
_ESCAPE = lazy_compile(r"\\(?=[!-/:-@\[-`{-~])")
_ENTITY = lazy_compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HARD_BREAK = lazy_compile(r"\\$", re.MULTILINE)


_BOLD_LINE = lazy_compile(r"^ {0,3}(\*\*|__)(?=\S)(.+?)(?<=\S)\1[ \t]*$")
#: a bold line longer than this is emphasis, not a heading
MAX_BOLD_HEADING_WORDS = 12


def _bold_heading(line: str) -> bool:
    """A line that is one short bold phrase, unpunctuated but for a question mark, opening a
    paragraph: a heading written in bold ("**Symptoms**", "__How is it treated?__")."""
    m = _BOLD_LINE.match(line)
    if m is None:
        return False
    body = m.group(2).strip()
    return (
        "**" not in body
        and "__" not in body
        and len(body.split()) <= MAX_BOLD_HEADING_WORDS
        and body[-1] not in ".!,;:"
    )


def _front_matter(source: str) -> tuple[int, dict[str, Any]]:
    """End offset of a leading YAML front matter block (0 if none) and its data."""
    start = 1 if source.startswith("\ufeff") else 0
    m = re.match(r"---[ \t]*\r?\n", source[start:])
    if not m:
        return 0, {}
    close = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE).search(source, start + m.end())
    if not close:
        return 0, {}
    body = source[start + m.end() : close.start()]
    data: dict[str, Any] = {}
    try:
        from ..yamlio import safe_load

        loaded = safe_load(body)
        if isinstance(loaded, dict):
            data = loaded
    except Exception:  # malformed front matter is still not prose
        data = {"_invalid": True}
    end = close.end()
    if end < len(source) and source[end] == "\n":
        end += 1
    return end, data


def load(source: str) -> Document:
    repl: list[Repl] = []
    links: list[Link] = []
    comments: list[Comment] = []
    blocks: list[Block] = []

    fm_end, front = _front_matter(source)
    if source.startswith("\ufeff"):
        repl.append((0, 1, None))
    if fm_end:
        repl.append((0, fm_end, None))

    # Line table (offsets of each line's start and end, without the newline).
    lines: list[tuple[int, int]] = []
    pos = fm_end
    n = len(source)
    while pos <= n:
        nl = source.find("\n", pos)
        end = n if nl == -1 else nl
        line_end = end - 1 if end > pos and source[end - 1] == "\r" else end
        lines.append((pos, line_end))
        if nl == -1:
            break
        pos = nl + 1

    # HTML comments anywhere outside code fences (recorded for suppressions).
    code_lines: set[int] = set()
    fence: str | None = None
    for i, (s, e) in enumerate(lines):
        text = source[s:e]
        fm = _FENCE.match(text)
        if fence is None and fm:
            fence = fm.group(1)
            code_lines.add(i)
        elif fence is not None:
            code_lines.add(i)
            if (
                fm
                and fm.group(1)[0] == fence[0]
                and len(fm.group(1)) >= len(fence)
                and not text.strip()[len(fm.group(1)) :].strip()
            ):
                fence = None
    code_ranges = [(lines[i][0], lines[i][1]) for i in sorted(code_lines)]
    for s, e in code_ranges:
        repl.append((s, e, None))
    code_starts = {lines[i][0] for i in code_lines}
    for m in _COMMENT.finditer(source, fm_end):
        line_start = source.rfind("\n", 0, m.start()) + 1
        if line_start in code_starts:
            continue
        comments.append(Comment(m.start(), m.end(), m.group()))
        repl.append((m.start(), m.end(), None))
    comment_spans = [(c.start, c.end) for c in comments]

    def in_comment(s: int, e: int) -> bool:
        return any(cs <= s and e <= ce for cs, ce in comment_spans)

    # Block scan.
    cur: list[int] | None = None  # [start, end, kind_index]
    cur_kind = PARAGRAPH
    cur_level = 0
    kinds: list[tuple[int, int, str, int]] = []

    def flush() -> None:
        nonlocal cur
        if cur is not None:
            kinds.append((cur[0], cur[1], cur_kind, cur_level))
        cur = None

    prev_blank = True
    in_html_raw = False
    list_indent = -1
    i = 0
    while i < len(lines):
        s, e = lines[i]
        text = source[s:e]
        if i in code_lines:
            flush()
            prev_blank = False
            i += 1
            continue
        if not text.strip():
            flush()
            prev_blank = True
            i += 1
            continue
        if in_comment(s, e):
            flush()
            i += 1
            continue
        if _HTML_BLOCK_TAG.match(text) or in_html_raw:
            # raw script/style/pre blocks: never prose
            repl.append((s, e, None))
            opening = _HTML_BLOCK_TAG.match(text)
            if opening and not re.search(r"</(?:script|style|pre|svg|template)>", text, re.IGNORECASE):
                in_html_raw = True
            elif in_html_raw and re.search(r"</(?:script|style|pre|svg|template)>", text, re.IGNORECASE):
                in_html_raw = False
            flush()
            i += 1
            continue
        indent = len(text) - len(text.lstrip(" \t"))
        # indented code (not inside a list, after a blank line)
        if indent >= 4 and prev_blank and list_indent < 0 and cur is None:
            repl.append((s, e, None))
            i += 1
            continue
        atx = _ATX.match(text)
        if atx:
            flush()
            repl.append((s, s + atx.end(), None))
            body_end = e
            close = _ATX_CLOSE.search(text)
            if close and close.start() >= atx.end():
                repl.append((s + close.start(), e, None))
                body_end = s + close.start()
            kinds.append((s + atx.end(), body_end, HEADING, len(atx.group(2))))
            prev_blank = False
            list_indent = -1
            i += 1
            continue
        if _HR.match(text) and not (cur is not None and _SETEXT.match(text) and cur_kind == PARAGRAPH):
            flush()
            repl.append((s, e, None))
            prev_blank = True
            i += 1
            continue
        sm = _SETEXT.match(text)
        if sm and cur is not None and cur_kind == PARAGRAPH:
            repl.append((s, e, None))
            cur_kind = HEADING
            cur_level = 1 if sm.group(1)[0] == "=" else 2
            flush()
            i += 1
            continue
        rd = _REFDEF.match(text)
        if rd:
            flush()
            repl.append((s, e, None))
            url = rd.group(1).strip("<>")
            links.append(Link(s, e, url))
            i += 1
            continue
        # tables: a row line followed (or preceded) by a separator line
        if "|" in text and i + 1 < len(lines) and _TABLE_SEP.match(source[lines[i + 1][0] : lines[i + 1][1]]):
            flush()
            j = i
            while j < len(lines):
                rs, re_ = lines[j]
                row = source[rs:re_]
                if not row.strip() or "|" not in row:
                    break
                if _TABLE_SEP.match(row):
                    repl.append((rs, re_, None))
                else:
                    cell_start = rs
                    for pm in re.finditer(r"(?<!\\)\|", row):
                        p = rs + pm.start()
                        repl.append((p, p + 1, None))
                        if p > cell_start:
                            kinds.append((cell_start, p, TABLE_CELL, 0))
                        cell_start = p + 1
                    if cell_start < re_:
                        kinds.append((cell_start, re_, TABLE_CELL, 0))
                j += 1
            i = j
            prev_blank = False
            continue
        qm = _QUOTE.match(text)
        if qm:
            repl.append((s, s + qm.end(), None))
            body = text[qm.end() :]
            if not body.strip():
                flush()
                i += 1
                continue
            if cur is None or cur_kind != QUOTE:
                flush()
                cur = [s + qm.end(), e]
                cur_kind, cur_level = QUOTE, 0
            else:
                cur[1] = e
            prev_blank = False
            i += 1
            continue
        lm = _LIST.match(text)
        if lm and lm.group(3) is not None and (lm.group(3) or text.strip() in ("-", "*", "+")):
            flush()
            repl.append((s + len(lm.group(1)), s + lm.end(), None))
            list_indent = len(lm.group(1))
            if lm.end() < len(text):
                cur = [s + lm.end(), e]
                cur_kind, cur_level = LIST_ITEM, list_indent
            prev_blank = False
            i += 1
            continue
        fd = _FOOTDEF.match(text)
        if fd:
            flush()
            repl.append((s, s + fd.end(), None))
            cur = [s + fd.end(), e]
            cur_kind, cur_level = PARAGRAPH, 0
            prev_blank = False
            i += 1
            continue
        # continuation of the current block, or a new paragraph
        if cur is not None and not prev_blank:
            cur[1] = e
        elif _bold_heading(text):
            # "**How is it treated?**" on a line of its own: the heading of writers who do not use "#"
            flush()
            kinds.append((s, e, HEADING, 0))
            prev_blank = False
            i += 1
            continue
        else:
            flush()
            cur = [s, e]
            cur_kind, cur_level = PARAGRAPH, 0
            if prev_blank and indent == 0:
                list_indent = -1
        prev_blank = False
        i += 1
    flush()

    # Inline pass over every block's text.
    for bs, be, _kind, _lvl in kinds:
        _inline(source, bs, be, repl, links)
    prose = apply_replacements(source, repl)

    for bs, be, kind, lvl in kinds:
        while bs < be and prose[bs].isspace():
            bs += 1
        while be > bs and prose[be - 1].isspace():
            be -= 1
        if be > bs:
            blocks.append(Block(bs, be, kind, lvl))
    blocks.sort(key=lambda b: b.start)
    metadata = normalize_metadata(front)
    if front:
        metadata["front_matter"] = front
    links.sort(key=lambda lk: lk.start)
    return Document(
        source=source,
        prose=prose,
        format="markdown",
        blocks=blocks,
        metadata=metadata,
        links=links,
        comments=comments,
    )


def _inline(source: str, start: int, end: int, repl: list[Repl], links: list[Link]) -> None:
    text = source[start:end]
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < te and ts < b for ts, te in taken)

    # each construct needs a marker character: most blocks hold none, and a substring
    # test is far cheaper than a regex pass
    for m in _CODE_SPAN.finditer(text) if "`" in text else ():
        taken.append((m.start(), m.end()))
        repl.append((start + m.start(), start + m.end(), None))
    for m in _IMAGE.finditer(text) if "![" in text else ():
        if free(m.start(), m.end()):
            taken.append((m.start(), m.end()))
            repl.append((start + m.start(), start + m.end(), None))
    for m in _AUTOLINK.finditer(text) if "<" in text else ():
        if free(m.start(), m.end()):
            taken.append((m.start(), m.end()))
            repl.append((start + m.start(), start + m.end(), None))
            links.append(Link(start + m.start(), start + m.end(), m.group()[1:-1]))
    for m in _LINK.finditer(text) if "](" in text else ():
        if free(m.start(), m.end()):
            taken.append((m.start(), m.start() + 1))
            taken.append((m.end(1), m.end()))
            repl.append((start + m.start(), start + m.start() + 1, None))
            repl.append((start + m.end(1), start + m.end(), None))
            links.append(Link(start + m.start(), start + m.end(), m.group(2)))
    for m in _FOOTREF.finditer(text) if "[^" in text else ():
        if free(m.start(), m.end()):
            taken.append((m.start(), m.end()))
            repl.append((start + m.start(), start + m.end(), None))
            links.append(Link(start + m.start(), start + m.end(), f"#fn-{m.group(1)}"))
    for m in _REFLINK.finditer(text) if "][" in text else ():
        if free(m.start(), m.end()):
            taken.append((m.start(), m.start() + 1))
            taken.append((m.end(1), m.end()))
            repl.append((start + m.start(), start + m.start() + 1, None))
            repl.append((start + m.end(1), start + m.end(), None))
    for m in URL_RE.finditer(text) if _may_hold_url(text) else ():
        if free(m.start(), m.end()):
            taken.append((m.start(), m.end()))
            repl.append((start + m.start(), start + m.end(), None))
            links.append(Link(start + m.start(), start + m.end(), m.group()))
    for m in _TAG.finditer(text) if "<" in text else ():
        if free(m.start(), m.end()):
            taken.append((m.start(), m.end()))
            repl.append((start + m.start(), start + m.end(), None))
    for m in _ENTITY.finditer(text) if "&" in text else ():
        if free(m.start(), m.end()):
            char = html.unescape(m.group())
            if char != m.group():
                taken.append((m.start(), m.end()))
                repl.append((start + m.start(), start + m.end(), char if len(char) == 1 else " "))
    for m in _ESCAPE.finditer(text) if "\\" in text else ():
        if free(m.start(), m.end() + 1):
            repl.append((start + m.start(), start + m.start() + 1, None))
    for m in _EMPHASIS.finditer(text) if "*" in text or "_" in text or "~" in text else ():
        if free(m.start(), m.end()):
            repl.append((start + m.start(), start + m.end(), None))
    for m in _HARD_BREAK.finditer(text) if "\\" in text else ():
        if free(m.start(), m.end()):
            repl.append((start + m.start(), start + m.end(), None))


def _may_hold_url(text: str) -> bool:
    """Every URL_RE match holds one of these (its branches: scheme or www, doi:, e-mail)."""
    return "://" in text or "@" in text or "www." in text.lower() or "doi:" in text.lower()


__all__ = ["CAPTION", "load"]
