"""Helpers shared by text-integrity rules (a module with a leading underscore: the registry loads no
rule from it)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...document import Document
from ...text.lazy_re import lazy_compile
from ...text.segment import TERMINAL

#: a footnote number after a sentence's stop ("as early as possible.20,21", "approved.[3]", "risk.²")
_FOOTNOTE_AFTER_STOP = lazy_compile(
    r"[.!?][\"'\u201d\u2019)\]]*(?:\d{1,3}(?:[,\u2013-]\d{1,3})*|\[\d{1,3}(?:[,\u2013-]\d{1,3})*\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+)$"
)
#: a press release's end mark after its last sentence ("... 202-640-4660.# # #", "-30-", "-END-")
_END_MARK = lazy_compile(r"\s*(?:#\s*#\s*#|-\s*30\s*-|-\s*(?:END|ENDS)\s*-)\s*$", re.IGNORECASE)


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


def ends_sentence(text: str) -> bool:
    """Whether a block ends a sentence: a closing mark, or one followed by a footnote number.

    Why shared: TX103 reports a text or paragraph that stops mid-sentence, and TX102 leaves the
    quotation marks that such a cut left open to it (one defect, one finding); both must read the
    end of a block the same way.
    """
    stripped = text.rstrip()
    if stripped.endswith(("#", "-")):  # an end mark's last character (no mark: nothing to remove)
        stripped = _END_MARK.sub("", stripped).rstrip()
    # a stray opening quote after the stop does not reopen the sentence ("... for that. \u201c")
    if stripped[-1:] in "\u201c\u2018" and stripped.rstrip("\u201c\u2018 \t")[-1:] in ".!?":
        return True
    # an asterisk after the stop marks a footnote ("... approved.*")
    return stripped[-1:] in TERMINAL + "*" or bool(_FOOTNOTE_AFTER_STOP.search(stripped))


def cut_word_start(doc: Document) -> int:
    """Where the text's last word starts when the text stops on it, with no closing mark after it: the
    word a cut may have cut ("... says Charles Mueller, PhD, RDN, clinica"); else the prose's length.

    Why shared: a text saved up to a length ends mid-word as often as mid-sentence, and TX103 reports
    the cut; a word-level rule that read the cut word as a misspelling ("clinica") or a lost apostrophe
    ("a good s") would report the same defect again under a wrong name.
    """
    prose = doc.prose
    end = len(prose.rstrip())
    if end == 0 or not prose[end - 1].isalnum():
        return len(prose)
    start = end
    while start > 0 and (prose[start - 1].isalnum() or prose[start - 1] in "'\u2019-"):
        start -= 1
    return start
