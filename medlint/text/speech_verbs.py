"""Verbs of saying shared by the modules that ask "whose words are these?".

A quotation with a speaker named beside it (``text.quotes``), a claim handed to someone else in its
sentence (``evidence.context``): both look for the same reporting verbs, and each adds the ones its
own question needs (a quotation's "asked", "warned"; a claim's "stated", "alleged"). The shared core
lives here so that a verb added for one reader is not silently missing from the other.

Each constant is a regex alternation of whole words, to be placed inside ``\\b(?:...)\\b``.
"""

from __future__ import annotations

#: Reporting verbs both readers take, in the forms news and consumer-health writing use: "said
#: Dr. Roe", "told Reuters", "she added", "according to the CDC".
REPORTING_VERBS = (
    "said|says|told|added|adds|explained|explains|noted|notes|commented|argued|argues|according to"
)
