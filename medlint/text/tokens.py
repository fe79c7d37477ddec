"""Tokens: the one word pattern every rule, kind and view of the Document uses.

A word is a run of letters or digits, with inner apostrophes and hyphens ("don't", "COVID-19"); ``Document.words`` are its matches on the prose view."""

from __future__ import annotations

import re

#: The one word pattern of the project: letters and digits, joined by an apostrophe or a
#: hyphen ("don't", "COVID-19"). Documents, phrase lexicons and rules all tokenize with it.
WORD_RE = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")


def words_key(text: str) -> str:
    """The words of ``text`` lower-cased, joined by single spaces: two sentences that differ
    only in case, punctuation or spacing get the same key."""
    return " ".join(WORD_RE.findall(text.lower()))
