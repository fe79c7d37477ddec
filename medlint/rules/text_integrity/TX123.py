"""TX123 spaced-apostrophe: an apostrophe lost and left as a space ("Alzheimer s disease", "doesn t")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.quotes import prefers_curly_apostrophes
from ...text.spaces import plain_spaces
from ..translation._grammar_words import CLOSED_CLASS
from ._shared import cut_word_start

#: The contraction endings a lost apostrophe leaves standing alone, with the words each attaches
#: to: "don t", "I m", "you re", "we ve", "they ll", "she d" (a closed set: a lone "t" after any
#: other word is a label or a variable, "group t").
_CONTRACTIONS: dict[str, frozenset[str]] = {
    "t": frozenset(
        "don doesn didn isn aren wasn weren can couldn shouldn wouldn won haven hasn hadn mustn needn ain".split()
    ),
    "m": frozenset({"i"}),
    "re": frozenset("you we they who what there".split()),
    "ve": frozenset("i you we they could would should might must who".split()),
    "ll": frozenset("i you we they he she it that there who".split()),
    "d": frozenset("i you we they he she who".split()),
}
#: A lone piece after one space (a letter before it is tested in code, so the search starts on the space), ending its word (not "s-shaped", "s.", "t=4", "s/he"):
#: the search runs on these few characters, and the word before is read back from each hit.
_PIECE = re.compile(r" (?P<end>s|t|m|re|ve|ll|d)(?![\w'\u2019\-=+/.])")
#: The word before a piece: letters back to a word's start, not joined to what precedes it.
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019.\-/&@])[A-Za-z]{1,30}$")
#: Closed-class words that take "'s" ("it s", "that s", "there s", "let s").
_TAKE_S = frozenset("it that there what here who he she let".split())
#: Words after which a lone "s" is the letter itself: "the letter s", "an s", "plural s".
_LETTER_NAMES = frozenset("letter letters plural an".split())


def _reading(word: str, end: str) -> str | None:
    """The word with its apostrophe back, or None when the lone piece is no lost apostrophe's."""
    low = word.lower()
    if end == "s":
        # a possessive or "it's"/"that's": a word of two letters or more, not a closed-class word
        # other than the pronouns and demonstratives that take "'s" ("it s", "that s", "there s")
        if len(word) < 2 or low in _LETTER_NAMES:
            return None
        if low in CLOSED_CLASS and low not in _TAKE_S:
            return None
        return f"{word}'s"
    if low in _CONTRACTIONS[end]:
        if end == "m" and word != "I":
            return None  # "i m" is no "I'm" in prose that writes its pronoun small
        return f"{word}'{end}"
    return None


class SpacedApostrophe(Rule):
    """An apostrophe lost and left as a space ("Alzheimer s disease", "doesn t").

    A page saved or converted with the wrong encoding, or a text run through a
    tool that drops what it cannot print, loses the curly apostrophe and keeps
    the space the converter put in its place: "People with Parkinson s disease",
    "the patient s family", "Tasers don t cause", "I m". A lone "s" after a word
    of two letters or more (a possessive, or "it's", "that's", "there's"), and a
    lone "t", "m", "re", "ve", "ll" or "d" after the words whose contraction it
    ends ("don t", "I m", "you re", "we ve", "they ll", "she d"), are read as
    the apostrophe lost; the piece must stand alone (not "s-shaped", "t=4"),
    one plain space after its word. A lone "s" after a closed-class word other
    than a pronoun ("as s"), after "letter" or "an" ("the letter s"), and any
    piece the prose view has blanked around (an HTML entity the page printed,
    "you&rsquo;re") are left, and so is a piece that ends a text with no closing mark ("get a good s":
    a cut text, which TX103 reports). The fix writes the apostrophe the document uses (straight or curly); it is unsafe
    ("it s" may be "its").
    """

    code = "TX123"
    name = "spaced-apostrophe"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Chicago Manual of Style, 17th ed., 7.15-7.17 (possessives) and 6.117 (the apostrophe); "
        "the Unicode Standard, ch. 6.2 (U+2019 as the apostrophe), which a converter that cannot print it "
        "replaces or drops"
    )
    should_fire = (
        Example("People with Parkinson s disease often have a tremor."),
        Example("Tasers don t cause heart attacks, the study says."),
        Example("The related contents in Sun Simiao s Supplement reflect this."),
    )
    should_not_fire = (
        "People with Parkinson's disease often have a tremor, and the letter s is silent here.",
        Example("Vitamin D and vitamin E are fat-soluble; group t received the drug."),
        Example("An s-shaped curve: the doctor s. Smith said t=4 was fine.", note="joined pieces"),
        Example("<p>The truck s<span>ped</span> away.</p>", format="html", note="markup joins the piece"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose, source = doc.prose, doc.source
        curly = prefers_curly_apostrophes(prose)  # the apostrophe the document writes elsewhere
        cut = cut_word_start(doc)  # "a good s" where a cut text stops: TX103 reports the cut
        for m in _PIECE.finditer(prose):
            if m.start("end") >= cut:
                break
            if m.start() == 0 or not prose[m.start() - 1].isascii() or not prose[m.start() - 1].isalpha():
                continue
            w = _WORD_BEFORE.search(prose, max(0, m.start() - 31), m.start())
            if w is None:
                continue
            start, end = w.start(), m.end()
            if plain_spaces(source[m.start() : m.start("end")]) != " ":
                continue  # the prose view blanked something here (an entity, markup): not a lost mark
            after = source[end : end + 1]
            if after and not (after.isspace() or after in ".,;:!?)\u201d\"'"):
                continue  # markup joins the piece to what follows ("truck s</span><span>ped")
            word = w.group()
            reading = _reading(word, m.group("end"))
            if reading is None:
                continue
            if curly:
                reading = reading.replace("'", "\u2019")
            flagged = prose[start:end]
            yield Finding(
                start,
                end,
                f"“{flagged}”: an apostrophe lost and left as a space: “{reading}”",
                (reading,),
                Fix((Edit(start, end, reading),), f"write '{reading}'", safe=False),
            )
