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

An English page can still hold whole paragraphs in another language: a bilingual notice, an
abstract given in the original, a reader's comment, a German blog's translated post beside its
German original. :func:`foreign_passages` applies the same test to each block on its own, with
a lower bar fitted to a paragraph, and returns the runs of such blocks: the linter blanks them
(``Document.blanked``) so the English rules read only the English, and says once per run
that it did.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sized
from collections.abc import Set as AbstractSet
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
#: ... unless the page itself declares the language its words read as (``<html lang="de">``, recorded
#: as ``metadata["page_language"]``): two witnesses agreeing, the text need only be a paragraph's
#: worth (the block test's floor). A declaration alone decides nothing (templates say "en" of any
#: text), and neither does a declaration the words do not bear out.
MIN_DECLARED_FUNCTION_WORDS = 8
#: the primary language subtag of each language of ``_OTHERS`` (BCP 47 / ISO 639-1)
_SUBTAGS = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
}
#: How many times English's count another language's must reach.
RATIO = 3.0
#: A single block is judged on its own from this many function words of one other language,
#: which a paragraph of about thirty words in that language reaches and an English
#: paragraph's names and loanwords ("de novo", "van der Waals", "la grippe") do not.
MIN_BLOCK_FUNCTION_WORDS = 8
#: A block inside an element declared to be in another language is read as English from this
#: many English function words on (a whole English paragraph has a dozen; a vocabulary cell's
#: gloss, "to eat", one).
ENGLISH_IN_DECLARED = 3
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
    english, others = document_function_word_counts(doc)
    name, count = max(others.items(), key=lambda item: item[1])
    floor = MIN_DECLARED_FUNCTION_WORDS if declared_page_language(doc) == name else MIN_FUNCTION_WORDS
    if count + english < floor or count < RATIO * english:
        return None
    return LanguageGuess(name, count, english)


def declared_page_language(doc: Document) -> str | None:
    """The language of ``_OTHERS`` the page's ``<html lang>`` names ("de-DE" -> "German"), else None."""
    tag = doc.metadata.get("page_language")
    if not isinstance(tag, str):
        return None
    return _SUBTAGS.get(tag.replace("_", "-").split("-")[0].strip().lower())


#: each function word of ``ENGLISH`` and ``_OTHERS`` -> the languages whose list holds it ("English"
#: for ``ENGLISH``; a word may be in several other lists: "que", "para", "de")
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _name, _words in (("English", ENGLISH), *_OTHERS.items()):
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _name)
_FUNCTION_WORDS = frozenset(_LANGUAGES_OF)


def function_word_counts(
    index: Mapping[str, Sized], words: AbstractSet[str] | None = None
) -> tuple[int, dict[str, int]]:
    """(English function words, {other language: its function words}) in a document's word index
    (word -> its occurrences), the other languages in ``_OTHERS``' order.

    Only the function words the document holds are read: the index's words meet the roughly 300
    function words in one set operation (an article holds a few dozen of them), instead of one
    look-up per function word per language (``function_word_counts_plain``;
    tests/test_language_gate.py compares the two). ``words``: the index's words as a set
    (``Document.word_set``), which the function words meet faster than the index's dict."""
    counts = dict.fromkeys(_OTHERS, 0)
    english = 0
    for word in _FUNCTION_WORDS.intersection(index if words is None else words):
        n = len(index[word])
        for name in _LANGUAGES_OF[word]:
            if name == "English":
                english += n
            else:
                counts[name] += n
    return english, counts


#: tests set this to count a document's function words afresh for each gate (``non_english``,
#: ``foreign_passages``) instead of once (``document_function_word_counts``)
_PLAIN_COUNTS_PER_GATE = False


def document_function_word_counts(doc: Document) -> tuple[int, dict[str, int]]:
    """``function_word_counts`` of a document's words, counted once for the document: the linter
    asks both of its gates of every document (:func:`non_english`, then :func:`foreign_passages`),
    and the count is the same (the other languages' dict is shared: callers only read it)."""
    if _PLAIN_COUNTS_PER_GATE:
        return _count_function_words(doc)
    return doc.derived(_count_function_words)


def _count_function_words(doc: Document) -> tuple[int, dict[str, int]]:
    return function_word_counts(doc.word_index, doc.word_set)


def function_word_counts_plain(index: Mapping[str, Sized]) -> tuple[int, dict[str, int]]:
    """``function_word_counts`` with one look-up per function word of each language."""
    english = sum(len(index.get(w, ())) for w in ENGLISH)
    others = {name: sum(len(index.get(w, ())) for w in words) for name, words in _OTHERS.items()}
    return english, others


@dataclass(frozen=True)
class ForeignPassage:
    """Consecutive blocks (``first`` to ``last``, indexes in ``doc.blocks``) in one other language."""

    start: int
    end: int
    first: int
    last: int
    guess: LanguageGuess


def _block_language(lowers: list[str], words: range) -> LanguageGuess | None:
    """The other language of one block's words when it plainly is one, else None."""
    counts = Counter(lowers[i] for i in words)
    english = sum(counts[w] for w in ENGLISH & counts.keys())
    best, own = "", 0
    for name, vocabulary in _OTHERS.items():
        n = sum(counts[w] for w in vocabulary & counts.keys())
        if n > own:
            best, own = name, n
    if own < MIN_BLOCK_FUNCTION_WORDS or own < RATIO * english:
        return None
    return LanguageGuess(best, own, english)


def _declared_language(declared: list[tuple[int, int, str]], start: int) -> tuple[str, int] | None:
    """The language tag and end of the innermost declared element holding offset ``start``."""
    found = None
    for s, e, lang in declared:  # sorted by start: a later holder lies inside an earlier one
        if s > start:
            break
        if start < e:
            found = (lang, e)
    return found


def foreign_passages(doc: Document) -> list[ForeignPassage]:
    """The runs of blocks of an English document that are each plainly in one other language.

    A block is judged from its own words (:data:`MIN_BLOCK_FUNCTION_WORDS` of one language and
    :data:`RATIO` times English's), or by the markup: a block inside an element that
    declares another language (HTML ``lang="ja"``, as embedded posts and language lessons mark
    their Japanese or Arabic) is that language's unless its own words read as English (a
    template that marks an English article wrongly: :data:`ENGLISH_IN_DECLARED` of English's
    function words). A short block between two blocks of that language (a heading, a one-line
    caption) joins their run when it holds no English function word. Without declared
    languages, returns nothing at the cost of a few index lookups when the whole document has
    too few other-language function words for any block to reach the bar.
    """
    declared = doc.declared_languages
    if not declared and max(document_function_word_counts(doc)[1].values()) < MIN_BLOCK_FUNCTION_WORDS:
        return []
    lowers = doc.lower_words
    judged: list[LanguageGuess | None] = []
    plain: list[bool] = []  # a block with no English function word, which may join a run
    for block in doc.blocks:
        words = doc.words_in(block.start, block.end)
        english = sum(lowers[i] in ENGLISH for i in words)
        guess = _block_language(lowers, words)
        if guess is None and declared and english < ENGLISH_IN_DECLARED:
            holder = _declared_language(declared, block.start)
            # the element holds the block, or all of it but words of no English sentence, at most
            # one function word (an embedded post's <p lang="ja"> and its credit line, "— Name
            # (@handle) May 23, 2020")
            if (
                holder is not None
                and sum(lowers[i] in ENGLISH for i in doc.words_in(holder[1], block.end)) < 2
            ):
                guess = LanguageGuess(f'lang="{holder[0]}"', 0, english)
        judged.append(guess)
        plain.append(not english)
    out: list[ForeignPassage] = []
    i, n = 0, len(judged)
    while i < n:
        guess = judged[i]
        if guess is None:
            i += 1
            continue
        last, own, english = i, guess.own, guess.english
        j = i + 1
        while j < n:
            nxt = judged[j]
            if nxt is not None and nxt.language == guess.language:
                last, own, english = j, own + nxt.own, english + nxt.english
            elif not (nxt is None and plain[j]):
                break
            j += 1
        blocks = doc.blocks
        out.append(
            ForeignPassage(
                blocks[i].start, blocks[last].end, i, last, LanguageGuess(guess.language, own, english)
            )
        )
        i = last + 1
    return out
