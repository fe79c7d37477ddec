"""TX124 lost-ligature: the letters of a typographic ligature dropped by a PDF's text layer ("signicant")."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.lexicon import is_known
from ...text.word_frequency import zipf_table
from ...text.word_place import in_code, set_apart

#: The ligatures of Latin typefaces whose glyph a PDF's text layer may map to nothing: "fi", "fl",
#: "ff", "ffi", "ffl" (Unicode U+FB00-U+FB04, the presentation forms a font draws for these pairs).
_LIGATURES = ("fi", "fl", "ff", "ffi", "ffl")
#: The shortest damaged word read: "rst" (first) and "uid" (fluid) are abbreviations as often.
_MIN_LENGTH = 4
#: The word the ligature restores must be at least this common (Zipf): "significant" 4.7, "effects" 4.9.
_MIN_ZIPF = 3.0
#: A document must show the loss in this many distinct words: a PDF that drops its ligatures drops them
#: wherever they stand, while a lone rare word ("reworks", "asco") may be a word of its own.
_MIN_DISTINCT = 2


#: Prefixes and endings that make a word of a known one ("reworks", "eggplants"), which the word table
#: may lack while it holds the word they are built on.
_PREFIXES = ("re", "un", "pre", "non", "over", "under", "out", "co", "de", "dis", "mis", "anti", "sub")
_ENDINGS = ("s", "es", "ed", "ing", "er", "ers", "ly")


def _built_word(word: str) -> bool:
    """A prefix or an ending on a known word: a word of its own, not a damaged one."""
    for prefix in _PREFIXES:
        if (
            word.startswith(prefix)
            and len(word) - len(prefix) >= 3
            and _known_or_inflected(word[len(prefix) :])
        ):
            return True
    return _known_or_inflected(word)


def _known_or_inflected(word: str) -> bool:
    if is_known(word):
        return True
    return any(word.endswith(e) and len(word) - len(e) >= 3 and is_known(word[: -len(e)]) for e in _ENDINGS)


@functools.lru_cache(maxsize=1)
def _damaged_forms() -> dict[str, str]:
    """Every common word (Zipf ``_MIN_ZIPF`` or more) with a ligature's letters in it, keyed by its form
    with those letters taken out: "signicant" -> "significant". A form two words share is dropped (it
    reads as neither). Built once, so a document's word is one dictionary look-up."""
    forms: dict[str, str] = {}
    shared: set[str] = set()
    for word, zipf in zipf_table().items():
        if zipf < _MIN_ZIPF or not word.isalpha():
            continue
        for lig in _LIGATURES:
            at = word.find(lig)
            while at >= 0:
                damaged = word[:at] + word[at + len(lig) :]
                if forms.get(damaged, word) != word:
                    shared.add(damaged)
                forms[damaged] = word
                at = word.find(lig, at + 1)
    for damaged in shared:
        del forms[damaged]
    return forms


def restored(word: str) -> str | None:
    """The one common word that ``word`` becomes with a ligature's letters put back, or None when
    ``word`` is a known word (or one built on a known word with a prefix or an ending), is short, or
    reads as no word or as more than one."""
    if len(word) < _MIN_LENGTH:
        return None
    fixed = _damaged_forms().get(word)
    if fixed is None or _built_word(word):
        return None
    return fixed


def lost_ligatures(doc: Document) -> dict[str, str]:
    """The document's lower-case words read as lost ligatures, each with its restored word (empty
    unless ``_MIN_DISTINCT`` words are): built once per document, as TX109 asks for it too and leaves
    these words to this rule."""
    source = doc.source
    readings: dict[str, str] = {}
    # the damaged forms met in C first (the table's keys meet the document's distinct words, walking
    # those, not the table's thousand forms as a set's intersection with a dict does): almost no text
    # holds one, and the loop below meets the few that do, in any order (TX124 sorts its findings,
    # TX109 reads the words as a set)
    for w in _damaged_forms().keys() & doc.word_set:
        if len(w) < _MIN_LENGTH or not w.islower():
            continue
        fixed = restored(w)
        if fixed is not None and not in_code(source, w):
            readings[w] = fixed
    return readings if len(readings) >= _MIN_DISTINCT else {}


class LostLigature(Rule):
    """The letters of a typographic ligature dropped by a PDF's text layer ("signicant").

    Typefaces draw "fi", "fl", "ff", "ffi" and "ffl" as one glyph; a PDF whose
    text layer maps that glyph to nothing loses the letters when its text is
    copied or crawled, so an article converted from a journal's PDF reads
    "signicant", "benecial", "eects", "ndings", "ushing". A lower-case word
    that no word list holds and that becomes exactly one common word when one
    of those letter groups is put back (a table of the common words' damaged
    forms, built once, so a document costs one set intersection) is read as
    such a loss, when the
    document shows it in two distinct words at least (a PDF drops its
    ligatures wherever they stand; a single rare word may be a word of its
    own). Words in addresses, code and quoted spellings are left, as TX109
    leaves them, and so is a word whose ligature letters stand split off before
    it ("fl ushing", TX116's reading). The fix writes the restored word (unsafe: the page should be
    converted again).
    """

    code = "TX124"
    name = "lost-ligature"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Unicode Standard, Alphabetic Presentation Forms U+FB00-U+FB06 (the Latin ligatures); ISO 32000-1 "
        "(PDF 1.7) 9.10, extraction of text content, which needs a ToUnicode map for each glyph a font draws"
    )
    should_fire = (
        Example("Scores showed a signicant decrease and a benecial effect on symptoms."),
        Example("The ndings were conrmed in a second trial."),
    )
    should_not_fire = (
        "Scores showed a significant decrease and a beneficial effect on symptoms.",
        Example("The engineer reworks the plan.", note="one rare word alone is a word of its own"),
        Example("See signicant.example.org and benecial.example.org.", note="addresses"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        readings = doc.derived(lost_ligatures)
        if not readings:
            return
        positions = doc.word_index
        words = doc.words()
        prose, source = doc.prose, doc.source
        found: list[Finding] = []
        for w, fixed in readings.items():
            for i in positions[w]:
                token = words[i]
                if token.text != w or set_apart(prose, token.start, token.end, source):
                    continue
                if (
                    i > 0
                    and words[i - 1].text.lower().endswith(_LIGATURES)
                    and words[i - 1].end + 1 == token.start
                ):
                    continue  # "fl ushing": the letters are there, split off by a space (TX116's reading)
                found.append(
                    Finding(
                        token.start,
                        token.end,
                        f"“{w}”: the letters of a ligature lost, as a PDF's text layer drops them: “{fixed}”",
                        (fixed,),
                        Fix((Edit(token.start, token.end, fixed),), f"write {fixed!r}", safe=False),
                    )
                )
        if len({prose[f.start : f.end] for f in found}) < _MIN_DISTINCT:
            return  # the loss must show in two words of the prose, not in an address's
        found.sort(key=lambda f: f.start)
        yield from found
