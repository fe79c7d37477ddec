"""A phrase pattern's literal spaces widened to runs of spaces.

The prose view blanks inline markup in place, one space per character of it ("Studies **show** that" reads
"Studies   show   that", "Doctors <strong>don't want you</strong> to know" has nine spaces after "Doctors"),
so a pattern written with one space between its words ("studies show", "want you to know") misses a phrase a
writer emphasised or linked inside. :func:`widen_spaces` rewrites each literal space of a pattern that is not
already quantified, not inside a character class and not inside a lookbehind (which must keep a fixed width) as
``" +"``: on single-spaced text it matches exactly what the pattern matched before. The claim packs' patterns
and the claim context's cues are compiled through it (``medlint.text.timed_re``, ``medlint.evidence.apostrophe``).
"""

from __future__ import annotations

import re


def widen_spaces(pattern: str, flags: int = 0) -> str:
    """``pattern`` with each free literal space read as one or more spaces (a verbose pattern is returned as is)."""
    if " " not in pattern or flags & re.VERBOSE or "(?x" in pattern:
        return pattern
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    depth = 0
    lookbehinds: list[int] = []  # the depths at which a lookbehind is open
    while i < n:
        c = pattern[i]
        if c == "\\":
            # an escape, and a named character whole ("\\N{LATIN SMALL LETTER E WITH ACUTE}": its spaces are its name's)
            j = pattern.find("}", i) + 1 if pattern.startswith("\\N{", i) else 0
            j = j if j > 0 else i + 2
            out.append(pattern[i:j])
            i = j
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":  # a "]" first in a class is a member
                j += 1
            out.append(pattern[i:j])
            i = j
            continue
        if c == "(":
            depth += 1
            if pattern.startswith(("(?<=", "(?<!"), i):
                lookbehinds.append(depth)
        elif c == ")":
            if lookbehinds and lookbehinds[-1] == depth:
                lookbehinds.pop()
            depth -= 1
        elif c == " " and not lookbehinds and (i + 1 >= n or pattern[i + 1] not in "?*+{"):
            out.append(" +")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)
