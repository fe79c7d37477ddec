"""Which language a document is written in, told by its commonest words.

medlint's rules read English: its grammar patterns, its quotation-mark and number
conventions, its claim phrasing. Given a page in German, French or Chinese they do not fail
quietly; they report the other language's correct usage as errors ("an der" as a copied
preposition, „…“ as foreign quotation marks, every guillemet as unbalanced). Web pages
often declare ``lang="en"`` in a template whatever their text is, so the text decides.

The test is the classic one of stop-word language identification (Grefenstette 1995,
"Comparing two language identification schemes"): the function words of a language are
its commonest tokens, few and closed, and no other language's text uses many of them. A
document is another language's when those of one other language outnumber English's
several times over in enough words to be sure, or when most of its letters are in another
script (``scripts.foreign_letter_share``). A foreign quotation, a name ("van der Waals",
"de la Cruz") or a paragraph in an English article moves neither test.
"""

from __future__ import annotations

from collections.abc import Mapping, Sized
from dataclasses import dataclass

from ..document import Document
from .scripts import foreign_letter_share

#: The commonest function words of English.
ENGLISH = frozenset(
    "the and of to is that with for are this it was be by have not from or which you they their "
    "has were been can will more but also there these than its what when who would should may "
    "our about into such do does".split()
)

#: The commonest function words of the other languages of Latin script most often met on the
#: web (German, French, Spanish, Italian, Portuguese, Dutch); each set minus English's words,
#: so an English text scores nothing on them ("die", "an", "also" are English too).
_OTHERS: dict[str, frozenset[str]] = {
    name: frozenset(words.split()) - ENGLISH
    for name, words in {
        "German": "der und ist nicht mit sich auf für dem den des ein eine einen einer eines auch wird "
        "werden sind wie oder bei nach über zum zur vom noch kann wenn dass ich wir sie ihr uns "
        "durch aus nur sehr diese dieser hat haben war",
        "French": "le la les des est et une du dans pour qui que sur pas sont avec ce cette plus par au "
        "aux ou mais nous vous leur été être ont elle ils sa ses son",
        "Spanish": "el los las del y es una por con para que se su al más como pero está son este esta "
        "sus también ya fue ser hay muy sin sobre entre",
        "Italian": "il di che e la per non una sono della del con gli anche più alla nel come questo "
        "ma essere ha dei delle degli nella alle",
        "Portuguese": "o os da do das dos em uma não com para que se mais por ao são como mas foi ser "
        "tem também pelo pela seu sua nos",
        "Dutch": "de het een en van niet dat op te zijn voor met ook wordt worden maar bij naar er "
        "nog dan deze kan aan uit wij jullie",
    }.items()
}

#: Fewer function words than this and the text is too short to tell.
MIN_FUNCTION_WORDS = 40
#: How many times English's count another language's must reach.
RATIO = 3.0
#: Above this share of letters in another script the text is not English (as MT114 reads it).
MAX_FOREIGN_SCRIPT = 0.5


@dataclass(frozen=True)
class LanguageGuess:
    """The language a document reads as, with the counts that decided it."""

    language: str
    #: function words of that language (for another script: its letters)
    own: int
    #: English function words (for another script: Latin letters)
    english: int


def non_english(doc: Document) -> LanguageGuess | None:
    """The language ``doc`` is written in when that is plainly not English, else None."""
    prose = doc.prose
    share = foreign_letter_share(prose)
    if share > MAX_FOREIGN_SCRIPT:
        letters = sum(c.isalpha() for c in prose)
        foreign = round(share * letters)
        return LanguageGuess("another script", foreign, letters - foreign)
    # the word index is shared with the rules that read it, so the count costs a few look-ups
    english, others = function_word_counts(doc.word_index)
    name, count = max(others.items(), key=lambda item: item[1])
    if count + english < MIN_FUNCTION_WORDS or count < RATIO * english:
        return None
    return LanguageGuess(name, count, english)


#: each function word of ``ENGLISH`` and ``_OTHERS`` -> the languages whose list holds it ("English"
#: for ``ENGLISH``; a word may be in several other lists: "que", "para", "de")
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _name, _words in (("English", ENGLISH), *_OTHERS.items()):
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _name)
_FUNCTION_WORDS = frozenset(_LANGUAGES_OF)


def function_word_counts(index: Mapping[str, Sized]) -> tuple[int, dict[str, int]]:
    """(English function words, {other language: its function words}) in a document's word index
    (word -> its occurrences), the other languages in ``_OTHERS``' order.

    Only the function words the document holds are read: the index's words meet the roughly 300
    function words in one set operation (an article holds a few dozen of them), instead of one
    look-up per function word per language (``function_word_counts_plain``;
    tests/test_language_gate.py compares the two)."""
    counts = dict.fromkeys(_OTHERS, 0)
    english = 0
    for word in _FUNCTION_WORDS.intersection(index):
        n = len(index[word])
        for name in _LANGUAGES_OF[word]:
            if name == "English":
                english += n
            else:
                counts[name] += n
    return english, counts


def function_word_counts_plain(index: Mapping[str, Sized]) -> tuple[int, dict[str, int]]:
    """``function_word_counts`` with one look-up per function word of each language."""
    english = sum(len(index.get(w, ())) for w in ENGLISH)
    others = {name: sum(len(index.get(w, ())) for w in words) for name, words in _OTHERS.items()}
    return english, others
