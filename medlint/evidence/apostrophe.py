"""Apostrophes in claim patterns read in either form: ' (U+0027) and ’ (U+2019).

Published pages and word processors write contractions and possessives with the curly
apostrophe ("doesn’t cure", "your doctor won’t tell you", "Alzheimer’s"); patterns are written
with the straight one. A pattern compiled through ``either_apostrophe`` matches both, so a
negated claim is read as negated and a conspiracy phrase is found whichever form the page uses.
Both are one character, so every offset a match gives is the text's own.

One rewrite of the pattern's source, made once at compile time, for the claim kind's YAML
patterns (``kinds/claim.py``) and the evidence cues (``cue``), so no rule keeps its own copy.
"""

from __future__ import annotations

import re

from ..text.lazy_re import lazy_compile

#: the curly apostrophe (right single quotation mark) as a pattern writes it
_CURLY = "\\u2019"


def either_apostrophe(pattern: str) -> str:
    """``pattern`` with every straight apostrophe matching either form.

    Outside a character class ``'`` (or ``\\'``) becomes ``['\\u2019]``; inside one the curly form
    is added at the class's start (``[^'"]`` excludes both, ``[\\w'-]`` takes both; put at the end
    it would turn a trailing ``-`` into a range). Escapes are copied as they are.
    """
    if "'" not in pattern:
        return pattern
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append("['" + _CURLY + "]" if pattern[i + 1] == "'" else pattern[i : i + 2])
            i += 2
        elif c == "'":
            out.append("['" + _CURLY + "]")
            i += 1
        elif c == "[":
            i = _char_class(pattern, i, out)
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _char_class(pattern: str, start: int, out: list[str]) -> int:
    """Copy the character class opening at ``start`` into ``out`` (with the curly apostrophe when
    it holds the straight one); return the index after its closing ``]``."""
    j = start + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":  # a leading "]" is literal
        j += 1
    head = pattern[start:j]
    body: list[str] = []
    has_straight = False
    n = len(pattern)
    while j < n and pattern[j] != "]":
        if pattern[j] == "\\" and j + 1 < n:
            has_straight = has_straight or pattern[j + 1] == "'"
            body.append(pattern[j : j + 2])
            j += 2
            continue
        has_straight = has_straight or pattern[j] == "'"
        body.append(pattern[j])
        j += 1
    out.append(head + (_CURLY if has_straight else "") + "".join(body))
    if j < n:
        out.append("]")
        j += 1
    return j


def cue(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """An evidence cue compiled lazily with ``either_apostrophe``: ``cue(r"n't\\b")`` finds
    "doesn’t" as well as "doesn't"."""
    return lazy_compile(either_apostrophe(pattern), flags)
