"""Tokens: the one word pattern every rule, kind and view of the Document uses.

A word is a run of letters or digits, with inner apostrophes and hyphens ("don't", "COVID-19"); ``Document.words`` are its matches on the prose view."""

from __future__ import annotations

import re

#: The one word pattern of the project: letters and digits, joined by an apostrophe or a
#: hyphen ("don't", "COVID-19"). Documents, phrase lexicons and rules all tokenize with it.
WORD_RE = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")

#: ``WORD_RE`` for lower-cased ASCII text (``str.lower`` of an ASCII string), where ``[^\W_]`` is
#: ``[a-z0-9]`` and U+2019 cannot occur: the same matches, with each character tested against
#: ASCII ranges instead of a Unicode category lookup (about a third of a split's instructions).
#: Possessive where Python has it (3.11): a run of letters and digits is followed only by a
#: joiner, which none of them is, so no match ever gives characters back.
#: tests/test_tokens_ascii.py compares it with ``WORD_RE``.
try:
    ASCII_LOWER_WORD_RE = re.compile(r"[a-z0-9]++(?:['\-][a-z0-9]++)*+")
except re.error:  # pragma: no cover - Python 3.10: no possessive quantifiers
    ASCII_LOWER_WORD_RE = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*")


def words_key(text: str) -> str:
    """The words of ``text`` lower-cased, joined by single spaces: two sentences that differ
    only in case, punctuation or spacing get the same key."""
    return " ".join(WORD_RE.findall(text.lower()))
