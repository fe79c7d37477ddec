"""Helpers shared by text-integrity rules (a module with a leading underscore: the registry loads no
rule from it)."""

from __future__ import annotations

from collections.abc import Iterable

from ...document import Document


def word_hits(doc: Document, forms: Iterable[str]) -> list[int]:
    """The indexes in ``doc.words()`` of every word spelt as one of ``forms`` (lower-cased), in
    text order.

    Why: TX118 ("who", "that", "which") and TX119 ("it's" with either apostrophe) start from a
    handful of anchor words; read from the shared word index, a document without them costs one
    dictionary look-up a form, and the rest of the check runs only at the anchors. Sorted because
    the forms' lists interleave and a rule yields its findings in text order.
    """
    positions = doc.word_index
    at = [i for form in forms for i in positions.get(form, ())]
    at.sort()
    return at
