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
from ..text.wide_spaces import widen_spaces

#: the curly apostrophe (right single quotation mark) as a pattern writes it
_CURLY = "\\u2019"
#: a straight apostrophe outside a class, as rewritten
_EITHER = "['" + _CURLY + "]"


#: one token of a pattern's source, in order: a run that needs no change (characters other than
#: an apostrophe or ``[``, escapes kept whole so ``\\[`` opens nothing, and whole character classes
#: with no apostrophe), an apostrophe (``\\'`` or ``'``), or any other character class (its opening
#: with a literal leading ``]``, possessive so that ``[]`` is never read as a closed class; its
#: body; its ``]`` if it has one). A lone backslash at the end matches nothing and is copied as it is.
_TOKEN = re.compile(
    r"((?:[^\\\[']++|\\[^']|\[\^?+\]?+(?:[^\]\\']++|\\[^'])*+\])+)"
    r"|\\?'"
    r"|(\[\^?+\]?+)((?:\\.|[^\]\\])*+)(\]?)",
    re.DOTALL,
)


def _rewrite(m: re.Match[str]) -> str:
    run, head, body, close = m.groups()
    if run is not None:
        return run
    if head is None:
        return _EITHER
    return head + (_CURLY if "'" in body else "") + body + close


def either_apostrophe(pattern: str) -> str:
    """``pattern`` with every straight apostrophe matching either form.

    Outside a character class ``'`` (or ``\\'``) becomes ``['\\u2019]``; inside one the curly form
    is added at the class's start (``[^'"]`` excludes both, ``[\\w'-]`` takes both; put at the end
    it would turn a trailing ``-`` into a range). Escapes are copied as they are. One ``re.sub`` over
    the source's tokens: the claim packs' patterns run to thousands of characters, and a walk of
    them a character at a time in Python was a visible part of every run's start-up.
    """
    if "'" not in pattern:
        return pattern
    return _TOKEN.sub(_rewrite, pattern)


def cue(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """An evidence cue compiled lazily with ``either_apostrophe``: ``cue(r"n't\\b")`` finds
    "doesn’t" as well as "doesn't"."""
    return lazy_compile(widen_spaces(either_apostrophe(pattern), flags), flags)
