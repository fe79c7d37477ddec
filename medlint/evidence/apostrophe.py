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


#: an auxiliary's "n't" written in a pattern after a word edge ("don't", "doesn't", "can't", "won't"): pages that drop
#: the apostrophe write "dont", "doesnt", "cant", "wont" (TX108 reports the spelling; the claim is the same), so the
#: apostrophe there is optional. Only after these stems: a bare "n't" cue would then match "want" and "went", and the
#: other contractions without their apostrophe are words of their own ("we'll" -> "well", "it's" -> "its").
_AUXILIARY_NOT = re.compile(
    r"(?:(?<=\\b)|(?<![A-Za-z\\]))((?:[Dd]o|[Dd]oes|[Dd]id|[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Hh]as|[Hh]ave|[Hh]ad|[Cc]a|"
    r"[Ww]o|[Cc]ould|[Ss]hould|[Ww]ould|[Mm]ust|[Nn]eed)n)(?:'|(?<!\\)(?P<dot>\.))(?=t)"
)


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


#: where an auxiliary's apostrophe is optional, marked before the rewrite (a character no pattern holds)
_OPTIONAL_MARK = "\x00"


def page_apostrophes(pattern: str) -> str:
    """``pattern`` read as pages write apostrophes: either form (:func:`either_apostrophe`), and none at all in an
    auxiliary's "n't" or "n.t" (``_AUXILIARY_NOT``: "dont", "cant")."""
    if "n't" in pattern or "n.t" in pattern:
        # a pattern's "don.t" (any character for the apostrophe) takes none too: "don.?t"
        marked = _AUXILIARY_NOT.sub(
            lambda m: m.group(1) + (".?" if m.group("dot") else _OPTIONAL_MARK), pattern
        )
        return either_apostrophe(marked).replace(_OPTIONAL_MARK, _EITHER + "?")
    return either_apostrophe(pattern)


def cue(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """An evidence cue compiled lazily with ``either_apostrophe``: ``cue(r"n't\\b")`` finds
    "doesn’t" as well as "doesn't"."""
    return lazy_compile(widen_spaces(page_apostrophes(pattern), flags), flags)
