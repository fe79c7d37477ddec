"""MT106 glued-words: Two words run together ("withtype 2 diabetes") or a sentence glued to the next ("medicine.It")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text import word_classes
from ...text.addresses import ADDRESS_CHARS, in_broken_address
from ...text.general_bigrams import FUNCTION as GENERAL_FUNCTION
from ...text.lazy_re import lazy_compile
from ...text.lexicon import (
    FUNCTION_PARTS,
    LONG_PART,
    PREFIX_WORDS,
    SUFFIX_WORDS,
    form_of_listed,
    glued_splits,
    health_count,
    is_health_word,
    is_known,
    is_near_word,
    long_splits,
)
from ...text.spelling import misspelt_everyday_word
from ...text.word_frequency import is_rarer_than, unlisted_words, zipf_of

#: A full stop (or ? or !) between a lower-case letter and a capitalised word, with no space:
#: the search starts at the punctuation (a regex that starts at every letter would retry each
#: word once per letter); the words either side are checked in Python.
_GLUED_STOP = lazy_compile(r"[.!?](?=[A-Z][a-z])")
#: A sentence glued after a closing bracket and its full stop ("(sideburns).The hair line")
_GLUED_BRACKET_STOP = lazy_compile(r"[)\]]\.(?=[A-Z][a-z]{2,}\b)")
#: A list's number glued to its item's first word, at a line's or a sentence's start ("1Prior to surgery",
#: "4.Folic acid"), or, after the number's full stop, a word of two letters that opens sentences ("1.No need of
#: surgery", "4.If you have"): a scraper dropped the space after the number
_GLUED_ORDINAL = lazy_compile(
    r"\b([1-9][0-9]?)(\.?)(?=([A-Z][a-z]{2,}|(?<=\.)(?:If|No|In|It|As|At|On|Do|We|He|My|So|To|An|Is|Be))\b)"
)
#: Function words that are also the endings of addresses and file names (country domains ".it", ".in", ".me", ".us",
#: ".so", ".do", ".at"; a library's ".a"): after a dot they name a site or a file as often as they open a sentence
_ADDRESS_LIKE = frozenset("a i am an as at be by do in is it me my no so to us".split())
#: The same with the next sentence's first word in lower case, an English function word ("both physically and
#: psychologically.the patient's life", "damages the nerves.also it harms"; the words of ``general_bigrams``'s
#: ``FUNCTION`` and the openers "however", "most", "many", "some", "there"): only after a word of four letters or
#: more, so "e.g.the" and "etc.the" are not read, and no word that is also an address's ending (``_ADDRESS_LIKE``).
#: After "?" or "!" only the commonest openers: there the mark often stands for a character an encoding lost
#: ("individual?through" for a dash)
_GLUED_STOP_LOWER = lazy_compile(
    r"(?<=[a-z]{4})(?:\.(?=(?:"
    + "|".join(sorted((GENERAL_FUNCTION | {"however", "most", "many", "some", "there"}) - _ADDRESS_LIKE))
    + r")\b)|[!?](?=(?:the|this|these|those|they|there|we|you|he|she|however|most|many|some|but)\b))"
)
#: A sentence glued to the word before it with neither a full stop nor a space, its first word one that opens
#: sentences ("the treatment of coughAnd, the best remedy", a crawl's "Moderate hemophiliaYou may need"): the
#: word before must be known and lower case (brand names write capitals inside a word: "WebMD", "YouTube")
_GLUED_CAPITAL = lazy_compile(
    r"(?<=[a-z]{3})(?=(?:And|The|This|These|Those|It|In|However|But|If|When|They|We|You|There)\b)"
)
#: Any capitalised word of three letters or more run on after a lower-case word: a heading or a sentence
#: glued to the text before it ("stomach diseasesLimitations of treatment", "conservationDiet"); read only
#: where both halves are known words and the capitalised one ends the token (a code identifier,
#: "getElementById", has more humps)
_GLUED_CAMEL = lazy_compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2,}(?![A-Za-z]))")
#: A capital after three lower-case letters: the only places where ``_GLUED_CAPITAL`` or ``_GLUED_CAMEL``
#: can match (both open with that look-behind). Opening with the capital, it lets ``re`` skip from capital to
#: capital in C, where the two patterns, which open with a look-behind, were entered at every character.
_CAPITAL_AFTER_LOWER = re.compile(r"[A-Z](?<=[a-z]{3}[A-Z])")
#: tests set this to search the plain patterns over the whole text (``_glued_capital_positions``,
#: ``_has_letter_digit``)
_PLAIN_SCANS = False
#: the first half of such a join must be a word of health writing or this common in English (wordfreq
#: Zipf: "said" 6.0, "conservation" 4.3; a brand's "ella" 3.6 and "mira" 3.3 are not)
_CAMEL_FIRST_ZIPF = 3.8
#: A comma with a lower-case word glued on after it ("so to say,new plants"): a machine translation's
#: or a crawl's lost space (digits, "1,000", and capitals, "N,N-dimethyl", are left by the class); (s67) and a
#: comma with a capitalised word glued on after a lower-case one ("Bethesda,Maryland", "health topic,Cystoscopy",
#: a list's "One,Upset"), never a chemical's locants, which are capitals or digits on both sides.
_GLUED_COMMA = lazy_compile(r"(?<=[a-z]{2})(?:[,;:](?=[a-z]{2})|,(?=[A-Z][a-z]{2}))")
#: A colon between two lower-case words names a ratio of two chemicals as often as it loses a space
#: ("arginine:glycine amidinotransferase", "calcium:phosphate product"): after a colon the second word must
#: be this common in English (wordfreq Zipf: "unhealthy" 3.7, "oral" 4.3; "glycine" 2.6), and the two may
#: not be two nouns (``_ratio_nouns``)
_GLUED_COLON_SECOND_ZIPF = 3.0
#: A colon between a lower-case word and a capitalised one, with no space: a label run into what it
#: labels ("High-fat foods:Such as fried chicken", "Note:This"), a translation's or a crawl's lost space
#: (times, ratios and verses, "10:30", "1:2", "3:16", have digits; a URL's scheme, "https://", no capital)
_GLUED_COLON = lazy_compile(r"(?<=[a-z]{2}):(?=[A-Z][a-z])")
#: The names of the marks ``_GLUED_COMMA`` reads, for its message.
_MARK_NAMES = {",": "comma", ";": "semicolon", ":": "colon"}
#: A word run into the parenthesis after it, "gene(UGT1A1)", "leukemia(MLL) is": the word opens after a space, the
#: bracketed text has two characters or more and the parenthesis closes before a space or a mark (not an affix
#: in brackets, "sarco(endo)plasmic", nor a formula's, "poly(ADP-ribose) polymerase" is a word the rule asks about);
#: (s66) or the bracket holds a phrase of lower-case words, whatever follows it ("Pulsatile(like a heart beat)tinnitus")
_GLUED_OPEN_PAREN = lazy_compile(
    r"\((?!(?:e?s|ies)\))(?:([^()\s][^()\n]{1,80}?)\)(?=[\s.,;:!?]|$)|([a-z][a-z-]*(?: [a-z][a-z-]*)+)\))"
)
#: ... and the word before it, read back from the parenthesis (the pattern opens on its literal, which the engine
#: finds fast; one that opened on the word would be tried at every letter)
_WORD_BEFORE_PAREN = lazy_compile(r"(?:^|(?<=[\s\"'\u201c\u2018]))[A-Za-z][a-z]{2,}\Z")
#: A closing parenthesis with a word run on after it, "(12.2 percent)is", "(ganciclovir and others)can": the
#: parenthesis opened after a space, the bracketed text has two characters or more; a capitalised word after it
#: only where the bracket holds a phrase of lower-case words ("(folic acid)Diets": a sentence glued on; s56)
_GLUED_CLOSE_PAREN = lazy_compile(
    r"\((?!(?:e?s|ies)\))[^()\s][^()\n]{1,80}?\)([a-z]{2,}|[A-Z][a-z]{2,})\b(?![-'\u2019@/])"
)
#: A bracketed phrase of two or more lower-case words, before which a capital after the bracket opens a new sentence
_LOWER_PHRASE = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*)+")
#: What may stand before the parenthesis of ``_GLUED_CLOSE_PAREN``: white space, an opening quote, the text's start
_OPENS_AFTER = frozenset(" \t\n\"'\u201c\u2018")
#: A word run on after a closing parenthesis is this common or more (Zipf): the word a lost space left
_GLUED_PAREN_NEXT_ZIPF = 3.0
#: Words that open a compound with a bracketed part ("poly(lactide)", "co(author)"): not run into a parenthesis
_BRACKET_PREFIXES = frozenset(
    "poly co pre re non anti sub un de dis bi tri multi hyper hypo sarco mono di iso tele inter intra post micro "
    "macro neuro bio auto self ultra para peri semi hemi".split()
)
#: (s66) The auxiliaries that "not" is run on to ("doesnot", "isnot", "wouldnot"): never one word ("cannot" is, and is
#: not among them), yet web text writes them often enough that the word tables list some, and the health table holds
#: "doesnot" from a crawled answer, so the dictionary path leaves them; 0 on 4.9M clean words
_AUXILIARIES_BEFORE_NOT = frozenset(
    "does do did is are was were has have had will should would could must need may might".split()
)
#: Roman numerals, which lists write with commas and no space ("i,ii,iii").
_ROMAN = re.compile(r"[ivxlc]+")
#: A full stop, "!" or "?" with an ASCII letter right after it: the only places ``_GLUED_STOP`` and
#: ``_GLUED_STOP_LOWER`` match, and the full stop of every ``_GLUED_BRACKET_STOP`` match (``_Joins``)
_STOP_LETTER = re.compile(r"[.!?](?=[A-Za-z])")
#: A digit with an ASCII letter or a full stop right after it, or a lower-case letter right before
#: it: the last digit of every ``_GLUED_ORDINAL`` match, and the digit of every ``_DIGIT_LETTER`` and
#: ``_LETTER_DIGIT`` match (``_Joins``)
_DIGIT_JOINED = re.compile(r"[0-9](?:(?=[A-Za-z.])|(?<=[a-z][0-9]))")
#: the plain form of ``_Joins``: each pattern scans the whole text (tests/test_mt106_joins.py compares)
_PLAIN_JOINS = False


class _Joins:
    """Where five of MT106's patterns can match in one text, found by two scans instead of six.

    A scan of the whole text by ``re`` costs about the same whatever the pattern (it tests every
    character against the pattern's first class), and six of MT106's patterns asked it of every
    document, where almost none of them match: a full stop glued to a word (``_GLUED_STOP``,
    ``_GLUED_STOP_LOWER``, ``_GLUED_BRACKET_STOP``: each has a stop with a letter right after it,
    ``_STOP_LETTER``) and a digit glued to a letter (``_GLUED_ORDINAL``, ``_DIGIT_LETTER``,
    ``_LETTER_DIGIT``: each has a digit with a letter or a stop after it or a lower-case letter
    before it, ``_DIGIT_JOINED``). Each pattern is then matched only at those few places; a match
    at a position sees the text before it (its look-behinds and ``\b``), as in a scan, and none
    of the patterns' matches can overlap, so the matches are the scans' matches, in order."""

    __slots__ = ("_digits", "_prose", "_stops")

    def __init__(self, prose: str) -> None:
        self._prose = prose
        self._stops = [m.start() for m in _STOP_LETTER.finditer(prose)]
        self._digits = [m.start() for m in _DIGIT_JOINED.finditer(prose)]

    def stop_positions(self, pattern: re.Pattern[str]) -> list[int]:
        """The starts of ``pattern``'s matches, ``_GLUED_STOP`` or ``_GLUED_STOP_LOWER`` (a stop
        that a letter follows)."""
        prose = self._prose
        return [at for at in self._stops if pattern.match(prose, at) is not None]

    def bracket_stops(self) -> list[re.Match[str]]:
        """``_GLUED_BRACKET_STOP``'s matches: a bracket before a stop that a letter follows."""
        prose = self._prose
        out = []
        for at in self._stops:
            if at and prose[at] == "." and prose[at - 1] in ")]":
                m = _GLUED_BRACKET_STOP.match(prose, at - 1)
                if m is not None:
                    out.append(m)
        return out

    def ordinals(self) -> list[re.Match[str]]:
        """``_GLUED_ORDINAL``'s matches: its number is one or two digits, the last one a
        ``_DIGIT_JOINED`` digit (a stop or a capital after it), so it starts there or a digit
        before; a start past the last match's start is a new match."""
        prose = self._prose
        out: list[re.Match[str]] = []
        last = -1
        for at in self._digits:
            for start in (at - 1, at):
                if start > last and start >= 0:
                    m = _GLUED_ORDINAL.match(prose, start)
                    if m is not None:
                        out.append(m)
                        last = start
        return out

    def digit_letter(self) -> bool:
        """Whether ``_DIGIT_LETTER`` (a digit, then a lower-case letter) finds anything."""
        prose = self._prose
        return any("a" <= prose[at + 1 : at + 2] <= "z" for at in self._digits)

    def letter_digit(self) -> bool:
        """Whether ``_LETTER_DIGIT`` (a lower-case letter, then a digit) finds anything."""
        prose = self._prose
        return any(at and "a" <= prose[at - 1] <= "z" for at in self._digits)


#: What may stand before the first word: not part of a URL, e-mail address, domain, file
#: name or dotted identifier.
_BEFORE_WORD = frozenset("\\.@/:#-_")


#: Characters beside a word that make it part of an address, tag or identifier.


#: Words two words glued together can start or end with (a function word), as a tuple for
#: str.startswith: a shorter word that neither starts nor ends with one cannot be a glued pair.
_FUNCTION_TUPLE = tuple(FUNCTION_PARTS)


#: A systematic (IUPAC) chemical name: a carbon-count stem, a bond infix and a functional
#: suffix ("butanal", "hexanol", "propanone", "nonene"). Its first syllable is often a function
#: word ("but", "non", "on"), so the dictionary's split ("but anal") would turn a chemical in a
#: list of chemicals into a finding.
_SYSTEMATIC_NAME = lazy_compile(
    r"(?:meth|eth|prop|but|pent|hex|hept|oct|non|dec|undec|dodec)(?:a|e|y)n(?:e|al|ol|one|oic|amine|amide|yl|"
    r"oate|diol|dial|ethiol|thiol)s?"
)


#: A number with a lower-case word run on after it ("2hours", "1999should"), as a whole token.
_NUMBER_WORD = lazy_compile(r"([0-9]+)([a-z]+)")
_DIGIT_LETTER = lazy_compile(r"[0-9][a-z]")
#: A word glued to a number must be this common (wordfreq Zipf) and this long to be a spelt-out
#: word, not a unit symbol or abbreviation ("5mg", "20mmol", "3hrs", "9kcal"); a function word
#: ("3the", "2out") counts at any length.
NUMBER_WORD_ZIPF = 3.0
NUMBER_WORD_MIN = 4
#: Greek letters after a locant are part of a chemical or gene name ("5alpha", "11beta").
_GREEK = frozenset("alpha beta gamma delta epsilon zeta theta iota kappa lambda sigma omega".split())


#: The shortest glued pair: a two-letter function word and a five-letter word ("ofheart").
_MIN_GLUED = 7

#: A page on which MT106 finds this many distinct words run together has lost its spaces in a crawl or a
#: conversion, and lost them everywhere: there the pairs the dictionary test leaves as doubtful are read too
#: (``_doubtful_pairs``).
GLUED_PAGE_PAIRS = 3
#: The halves a doubtful pair may have besides two common words: a function word, an article, or a short
#: preposition or adverb that also opens compounds ("incases", "aperson", "offand", "wellknown")
_DOUBTFUL_FUNCTION = FUNCTION_PARTS | frozenset("a an in on off out up about after over under well".split())
#: The other half of a doubtful pair is this common (wordfreq Zipf: "soybean" 3.1, "ounces" 3.5)
_DOUBTFUL_HALF_ZIPF = 3.0
#: The shortest doubtful pair ("offand", "inthe")
_MIN_DOUBTFUL = 6
#: After "a" the other half is this common ("aperson": "person" 5.6; "acardiac": "cardiac" 3.8)
_A_NEXT_ZIPF = 4.0
#: Second halves that form closed compounds with a content word ("grapelike", "weeklong", "fourfold")
_COMPOUND_ENDS = SUFFIX_WORDS | frozenset({"long", "fold", "wide", "type", "less"})


#: Two content words of four letters or more.
_MIN_CONTENT_PAIR = 8


#: tests set this to read every word of the document's index (``glued_candidates_plain``)
_PLAIN = False


def glued_candidates(doc: Document) -> list[str]:
    """The document's distinct words that the dictionary lacks and that are long enough, and
    shaped, to be two words run together, in the order of the word index (of first use).

    Read from the document's words that wordfreq's table lacks (``unlisted_words``, a few dozen,
    found once in C and shared with TX116), not from its every word, then put back in the word
    index's order by their first use (``glued_candidates_plain``: every word tested; the same list,
    tests/test_word_frequency_fast.py)."""
    if _PLAIN:
        return glued_candidates_plain(doc)
    positions = doc.word_index
    shaped = [
        w
        for w in unlisted_words(doc)
        if len(w) >= _MIN_GLUED
        and w.isalpha()
        and (len(w) >= _MIN_CONTENT_PAIR or w.startswith(_FUNCTION_TUPLE) or w.endswith(_FUNCTION_TUPLE))
    ]
    found = [w for w in shaped if not is_health_word(w) or (len(w) >= 2 * LONG_PART and long_splits(w))]
    found.sort(key=lambda w: positions[w][0])
    return found


def _doubtful_splits(word: str) -> tuple[tuple[str, str], ...]:
    """The ways ``word`` reads as two words on a page that runs words together, likeliest first: a
    function word, an article or a short preposition beside a word of Zipf 3.0 or more, or beside
    another such word ("aperson", "incases", "orsoybean", "thatthe", "offand"); else two such common
    words of four letters or more ("fourounces", "experiencedless", "hairloss"). The dictionary
    test (``glued_splits``) leaves these out because on their own they are as often a word it lacks
    ("inflow", "forbear", "asbestosis"); a page that has lost its spaces makes them likely."""
    found: list[tuple[int, float, str, str]] = []
    for k in range(1, len(word)):
        a, b = word[:k], word[k:]
        fa, fb = a in _DOUBTFUL_FUNCTION, b in _DOUBTFUL_FUNCTION
        if (len(a) == 1 and a != "a") or len(b) < 2:
            continue
        if fa or fb:
            other = b if fa else a
            # after "a" the word must be common: "acardiac", "acellular" are the privative prefix's words
            least = _A_NEXT_ZIPF if a == "a" else _DOUBTFUL_HALF_ZIPF
            common = (fa and fb) or (len(other) >= 3 and (zipf_of(other) or 0.0) >= least)
            if common:
                found.append((0, -(zipf_of(other) or 7.0), a, b))
        elif (
            len(a) >= 4
            and len(b) >= 4
            and a not in PREFIX_WORDS
            # a word that forms compounds ("weeklong", "grapelike", "fourfold"), unless after an inflected
            # form, which takes no suffix ("experiencedless")
            and (b not in _COMPOUND_ENDS or a.endswith(("ed", "ing")))
        ):
            za, zb = zipf_of(a) or 0.0, zipf_of(b) or 0.0
            if min(za, zb) >= _DOUBTFUL_HALF_ZIPF:
                found.append((1, -min(za, zb), a, b))
    found.sort()
    return tuple((a, b) for _, _, a, b in found)


def _doubtful_pairs(doc: Document, reported: set[str]) -> list[Finding]:
    """The words of a page that runs words together (``GLUED_PAGE_PAIRS``) that read as two words
    only by ``_doubtful_splits``: no table word (wordfreq's shipped table, a WordNet word or a
    near one, a chemical name) and no word MedQuAD's answers use, lower case wherever written, and
    not in an address. The split is offered, not applied: such a word may still be one."""
    words = doc.words()
    positions = doc.word_index
    out: list[Finding] = []
    for w in sorted(unlisted_words(doc), key=lambda v: positions[v][0]):
        if (
            len(w) < _MIN_DOUBTFUL
            or w in reported
            or not w.isalpha()
            or health_count(w) > 0
            or is_near_word(w)
            or _SYSTEMATIC_NAME.fullmatch(w)
        ):
            continue
        options = _doubtful_splits(w)
        if not options:
            continue
        a, b = options[0]
        compound = a not in _DOUBTFUL_FUNCTION and b not in _DOUBTFUL_FUNCTION
        splits = tuple(f"{x} {y}" for x, y in options)
        for i in positions[w]:
            token = words[i]
            if token.text != w or _in_address(doc, token.start, token.end):
                continue
            out.append(
                Finding(
                    token.start,
                    token.end,
                    f"“{w}” looks like two words run together, as others on this page are: “{splits[0]}”",
                    splits,
                    Fix((Edit(token.start, token.end, splits[0]),), f"split into {splits[0]!r}", safe=False),
                    severity=Severity.INFO if compound else None,
                    data={"split": [a, b], "kind": "page-glued"},
                )
            )
    return out


def glued_candidates_plain(doc: Document) -> list[str]:
    """``glued_candidates`` by a pass over every word of the index (one pass of cheap tests, then
    the dictionary): the form before the shared unlisted words, kept for tests."""
    long = [w for w in doc.word_index if len(w) >= _MIN_GLUED]
    shaped = [
        w
        for w in long
        if w.isalpha()
        and (len(w) >= _MIN_CONTENT_PAIR or w.startswith(_FUNCTION_TUPLE) or w.endswith(_FUNCTION_TUPLE))
    ]
    # a health word is no glued pair, unless it is two long words run together: the table was
    # built from crawled answers, which hold some such pairs twice ("inflammationirritation")
    return [
        w
        for w in shaped
        if is_rarer_than(w, 2.5) and (not is_health_word(w) or (len(w) >= 2 * LONG_PART and long_splits(w)))
    ]


#: Latin adjective endings ("personalis", "vulgaris", "sinensis", "fragilis"): after a Latin
#: noun or a genus name such a word is the phrase's second word, not English words run together
_LATIN_ADJECTIVE = ("alis", "aris", "ensis", "ilis")


def _opening_capital(doc: Document, text: str, start: int) -> bool:
    """The token is a lower-case word capitalised only because it opens its sentence ("Eatingfruits and
    vegetables ..."): its first letter alone is a capital and a sentence starts there. Inside a sentence
    a capital marks a name; a name is a word the frequency table lists, so it is no candidate anyway."""
    if not (text[:1].isupper() and text[1:].islower()):
        return False
    starts = doc.sentence_starts
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] == start


def _latin_head(doc: Document, prev: str, prev_start: int, start: int) -> bool:
    """Whether ``prev``, the word just before (only a space between), is a Latin noun or a genus:
    a word English lacks ("cura"), or a capitalised word inside its sentence ("Bifidobacterium",
    "Staphylococcus"), not one opening it ("The")."""
    if not prev.isalpha() or not doc.prose[prev_start + len(prev) : start].isspace():
        return False
    if not is_known(prev.lower()):
        return True
    if not prev[0].isupper() or prev.lower() in FUNCTION_PARTS:
        return False
    before = doc.prose[max(0, prev_start - 3) : prev_start].rstrip()
    return bool(before) and before[-1] not in '.!?:"\u201c'


def _in_address(doc: Document, start: int, end: int) -> bool:
    src = doc.source
    before = src[start - 1] if start > 0 else " "
    after = src[end] if end < len(src) else " "
    return before in ADDRESS_CHARS or (
        after in ADDRESS_CHARS and not (after == "." and _ends_sentence(doc.prose, end))
    )


def _ends_sentence(prose: str, at: int) -> bool:
    """A full stop at ``at`` followed by a space or the end: the sentence's end, not a dot in a name. Read in
    the prose view, where markup is blanked: "the lastdecade.</p>" ends its sentence as "the lastdecade. It"
    does (an HTML paragraph's last word was taken for an address's part)."""
    return at + 1 >= len(prose) or prose[at + 1].isspace()


class GluedWords(Rule):
    """Two words run together ("withtype 2 diabetes") or a sentence glued to the next ("medicine.It").

    Scraping drops the spaces and dashes between words and sentences, and
    spinners and careless copy-editing leave the result in place. The same loss glues a sentence to the
    bracket that closed the one before ("(sideburns).The") and a list's number to its item ("1Prior to
    surgery", "4.Folic acid"; not a footnote's mark before a name, "1Wiseman JT"). A lower-case
    word the dictionary lacks (wordfreq's common English words and the words of
    NIH and CDC health writing) is reported when it splits into a common word
    and a function word ("levelsare", "metabolismthe"), or a long word of health writing that
    English at large seldom writes (six letters or more, 20 uses in the reference counts:
    "atherosclerosiswhen", "frompancreatic"; not before "is" where the first half ends as a Latin
    adjective's stem, "glandularis"), and at info when it
    splits into two common content words ("bloodsugar"): those may be a closed
    compound the dictionary lacks ("peppertree", "fingerstick", both found on
    real health news), where a glued function word never is. Two long words (six letters or more
    each, both listed: "cirrhosisscarring", "inflammationirritation", where the crawl lost a dash or
    a parenthesis) are reported at warning, also when the build-side health table holds the pair
    (it was built from crawled answers): a closed compound the dictionary lacks has a short half, a
    head that ends many listed compounds ("clearinghouses", "councilperson") or a first word that
    begins many ("counter"), a Greek or Latin combining form ("pseudo-") or a chemical radical
    ("methylcellulose"), and none of those is reported; nor is a pair inside an address the crawl
    spaced out ("www. lawsonresearch. ca"), one the text writes three times (its own compound) or
    another form of a listed word ("coronaviruses", "weightlifters" beside "weightlifting"). A word
    WordNet 3.0 lists, or a regular form of one ("assorting": "as" + "sorting" reads, yet it is
    "assort" + "ing"), is a word, never reported. On a page where three distinct pairs are found so,
    the page has lost its spaces everywhere, and the pairs that test leaves as doubtful are reported
    too, with the split offered, not applied: "a", "in", "on", "off" or a function word beside a common
    word or another such word ("aperson", "incases", "offand", "thatthe", "themost", which web text
    writes often enough for wordfreq's large list), or two common words of four letters or more
    ("fourounces", "experiencedless"; not a prefix's or a compound ending's word, "weeklong", "grapelike",
    nor a word of MedQuAD's answers or WordNet).
    Words that ordinarily start or end compounds
    ("under", "non", "like", "borne") do not count as halves, and capitalised,
    mixed-case and alphanumeric tokens (drug, gene and brand names) are never
    split (save a pair capitalised only because it opens its sentence, written once, with a function
    word or of two long words: "Thetreatment works", "Metabolicsyndrome raises"; two content words
    capitalised are a brand's or a surname's shape, "Easyhome", "Mainprize"), and neither are systematic chemical names ("butanal", "nonene"), whose first syllable
    is often a function word; nor is a Latin adjective ("-alis", "-aris", "-ensis", "-ilis") after a
    Latin noun or a genus name ("cura personalis", "Bifidobacterium animalis"). A full stop between a lower-case word and a capitalised common word
    with no space is reported unless it sits in an address, a file name or
    initials; so is a capitalised word of three letters or more run on after a lower-case word, a heading
    or a sentence glued to the text before it ("stomach diseasesLimitations", "forAmericans"), when both
    halves are listed, the first is a word of health writing or common in English (not a brand's name or
    foreign word, "miraDry", "ellaOne") and the capitalised word ends the token (not code,
    "getElementById"), and so is a comma between two listed lower-case words with no space after it ("so to
    say,new plants"; not digits, "1,000", capitals, "N,N-dimethyl", or roman numerals, "i,ii") or a
    semicolon or a colon ("gastric juice;medicines", "causes of gastritis:unhealthy diet"; not a ratio of two
    nouns or a rare word after a colon, "calcium:phosphate", "arginine:glycine"), and a
    colon between a known word and a capitalised one with no space after it, a label run into what it
    labels ("High-fat foods:Such as", "Note:This"; not a time, a ratio, a verse or a URL's scheme), and a parenthesis
    run into a common word before it ("tomography(CT)") or after it ("(12.2 percent)is"; not a bracket inside a word,
    "sarco(endo)plasmic", a prefix in brackets, "(tele)monitoring", a formula's or a notation's, "poly(ADP-ribose)",
    "der(22)", a plural's "(s)", or the letters of an acronym spelt out, "(MU)scle"); a bracket of several lower-case
    words is reported whatever the word before it, and one glued on both sides or after a comma on both
    ("Pulsatile(like a heart beat)tinnitus"). An auxiliary with "not" run on ("doesnot", "isnot", "wouldnot";
    "cannot" is a word) is reported wherever it stands. A number with a spelt-out word run on after it ("30minutes",
    "1,000calories", "1999should") is reported too; unit symbols and
    abbreviations ("5mg", "3hrs", "20mmol": shorter than four letters or rarer
    than Zipf 3), words with capitals ("15kDa"), ordinals, decades and Greek
    locants ("5alpha") are left. A common word with a number run on after it is reported where
    the number goes on as a count or a reading ("pressure140 over 90", "bleach1 teaspoon",
    "course2 or 3 days"); a reference number that lost its superscript ("studies8,9", "experts3
    believe") and a name the text repeats ("covid19") are left, and the fix is not safe. The fix
    inserts the space; it is safe only when the split is the only one and the halves are not two
    long words (those may be a closed compound no table lists: "rattlesnakes").
    """

    code = "MT106"
    name = "glued-words"
    category = "translation"
    severity = Severity.WARNING
    source = (
        "Dictionary: wordfreq (Speer et al., CC BY-SA 4.0) and the words of MedQuAD's NIH and CDC answers "
        "(Ben Abacha and Demner-Fushman 2019, CC BY 4.0; build side), rules/data/lexicon/ built by "
        "scripts/build_lexicon.py; measured by benchmarks/spinning.py"
    )
    should_fire = (
        Example(
            "High-fat foods:Such as fried chicken slow digestion.",
            fixed="High-fat foods: Such as fried chicken slow digestion.",
            note="a label run into what it labels",
        ),
        Example(
            "People withtype 2 diabetes check their bloodsugar often.",
            fixed="People with type 2 diabetes check their blood sugar often.",
        ),
        Example(
            "Ask about the medicine.It may interact with others.",
            fixed="Ask about the medicine. It may interact with others.",
        ),
        Example(
            "Some plants and, so to say,new herbs keep their properties.",
            fixed="Some plants and, so to say, new herbs keep their properties.",
        ),
        Example("<p>Their levelsare high.</p>", format="html"),
        Example(
            "Exercise for 30minutes a day and eat 1,600calories.",
            fixed="Exercise for 30 minutes a day and eat 1,600 calories.",
        ),
        # two long words: the split is an unsafe fix, so --fix leaves the text as it is
        Example("Scarring of the liver (cirrhosisscarring) can follow."),
        Example("A blood pressure140 over 90 is high."),
        Example(
            "It raises adenosine triphosphate(ATP) levels (in most cells)as expected.",
            fixed="It raises adenosine triphosphate (ATP) levels (in most cells) as expected.",
            note="a parenthesis run into the word before or after it",
        ),
        Example(
            "Surgery has limits.Treatment of stomach diseasesLimitations follow.",
            fixed="Surgery has limits. Treatment of stomach diseasesLimitations follow.",
            note="a heading run on after a word",
        ),
    )
    should_not_fire = (
        "People with type 2 diabetes check their blood sugar often.",
        Example(
            "Meet at 10:30 and see https://www.cdc.gov/Flu for the ratio 1:2.", note="times, ratios, URLs"
        ),
        "See www.cdc.gov/diabetes.Html for more, or e.g.The list in the U.S.Army guide.",
        "Metformin and Januvia lower glucose; BRCA1 carriers and the HbA1c test.",
        "An underactive thyroid, a nonfatal stroke and flulike symptoms.",
        Example("Levels of butyric acid, butanal and decanal differed.", note="a systematic chemical name"),
        Example("Yogurt with Bifidobacterium animalis and the principle of cura personalis.", note="Latin"),
        Example("Use `config.Load` in the script.", format="markdown"),
        Example(
            "Take 5mg for 3hrs; 15kDa, 2nd, 1990s, 5alpha reductase and 2020report.pdf.", note="units, names"
        ),
        Example("The clearinghouses, methylcellulose and a pseudolymphoma.", note="compounds"),
        Example("Studies8,9 show it; experts3 believe it.", note="reference numbers"),
        Example(
            "The sarco(endo)plasmic reticulum, poly(ADP-ribose) polymerase, the der(22) chromosome, tRNALeu(UUR),"
            " the patient(s) and (MU)scle, (LI)ver, (BR)ain.",
            note="brackets inside a word, a formula, a notation, a plural's, an acronym spelt out",
        ),
        Example("A device called miraDry and the pill ellaOne; call getElementById.", note="brands, code"),
        Example(
            "It costs 1,000 dollars; N,N-dimethyl forms; items i,ii and iii.", note="numbers, names, numerals"
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        found: list[Finding] = []
        unknown = glued_candidates(doc)
        if unknown:
            words = doc.words()
            positions = doc.word_index
            for w in unknown:
                if _SYSTEMATIC_NAME.fullmatch(w) or is_near_word(w):
                    continue  # a chemical name, or a word of WordNet or its inflection ("assorting")
                options = () if is_health_word(w) else glued_splits(w)
                if options and misspelt_everyday_word(w):
                    continue  # "attension": "attention" misspelt (TX109's), not "at tension"
                long_pair = not options
                if long_pair:
                    # two long words, the space or dash between them lost ("cirrhosisscarring")
                    options = long_splits(w)
                    if not options or form_of_listed(w):
                        continue  # no split, or a listed compound's other form ("coronaviruses")
                # a pair written three times or more (with its plural) is the text's own compound
                # ("councilmember", "councilmembers"); a lost space is a slip here and there
                own_term = long_pair and sum(len(positions.get(v, ())) for v in {w, w + "s", w[:-1]}) > 2
                a, b = options[0]
                # two content words may be a closed compound the dictionary lacks ("peppertree",
                # "fingerstick"); a function word glued on is never a word ("levelsare"), and
                # two long words together are a phrase ("inflammationirritation")
                compound = not long_pair and a not in FUNCTION_PARTS and b not in FUNCTION_PARTS
                latin = w.endswith(_LATIN_ADJECTIVE)
                for i in positions[w]:
                    token = words[i]
                    if token.text != w and not (
                        # a capital that opens the sentence, on a pair with a function word or of two long
                        # words, written once: two content words capitalised are a name's shape ("Easyhome",
                        # "Mainprize"), and a name comes back ("Hirschsprung" four times on one page)
                        (not compound or a.endswith("ing"))
                        and len(positions[w]) == 1
                        and _opening_capital(doc, token.text, token.start)
                    ):
                        continue  # capitalised or mixed case inside a sentence: a name, not a glued pair
                    if _in_address(doc, token.start, token.end):
                        continue
                    if long_pair and (in_broken_address(doc.source, token.start) or own_term):
                        continue  # "www. lawsonresearch. ca", or a compound the text keeps using
                    if (
                        latin
                        and i > 0
                        and _latin_head(doc, words[i - 1].text, words[i - 1].start, token.start)
                    ):
                        continue  # a Latin adjective after its noun ("cura personalis", "Bifidobacterium animalis")
                    # (a pair that opens its sentence keeps its capital: "Eatingfruits" -> "Eating fruits")
                    opening = token.text != w
                    splits = tuple(f"{x[:1].upper() + x[1:] if opening else x} {y}" for x, y in options)
                    fixed = splits[0]
                    found.append(
                        Finding(
                            token.start,
                            token.end,
                            f"“{token.text}” looks like two words run together: “{fixed}”",
                            splits,
                            Fix(
                                (Edit(token.start, token.end, fixed),),
                                f"split into {fixed!r}",
                                # two long words may also be a closed compound no table lists
                                # ("rattlesnakes"): a reading to confirm, never applied unasked
                                safe=len(options) == 1 and not long_pair,
                            ),
                            severity=Severity.INFO if compound else None,
                            data={
                                "split": [a, b],
                                "kind": "compound"
                                if compound
                                else "long-pair"
                                if long_pair
                                else "run-together",
                            },
                        )
                    )
        if unknown and len({f.data["split"][0] + f.data["split"][1] for f in found}) >= GLUED_PAGE_PAIRS:
            found.extend(_doubtful_pairs(doc, {doc.prose[f.start : f.end].lower() for f in found}))
        prose = doc.prose
        joins = None if _PLAIN_JOINS else _Joins(prose)
        found.extend(_numbers_glued(doc, joins))
        found.extend(_word_then_number(doc, joins))
        for lower, pattern in ((False, _GLUED_STOP), (True, _GLUED_STOP_LOWER)):
            starts = (
                [m.start() for m in pattern.finditer(prose)]
                if joins is None
                else joins.stop_positions(pattern)
            )
            for at in starts:
                finding = _glued_sentence_finding(prose, at, lower)
                if finding is not None:
                    found.append(finding)
        found.extend(_glued_capitals(prose))
        found.extend(_glued_after_bracket(prose, joins))
        if "\u2019" in prose or "\u201d" in prose:
            found.extend(_glued_after_quote(prose))
        found.extend(_glued_ordinals(prose, joins))
        for m in _GLUED_COLON.finditer(prose):
            finding = _glued_label(prose, m.start())
            if finding is not None:
                found.append(finding)
        for m in _GLUED_COMMA.finditer(prose):
            hit = _glued_sentence(prose, m.start(), capital_first=prose[m.start() + 1].isupper())
            if hit is None:
                continue
            start, end = hit
            first, second = prose[start : m.start()], prose[m.start() + 1 : end]
            mark = prose[m.start()]
            if (
                _ROMAN.fullmatch(first)
                or _ROMAN.fullmatch(second)
                or not (is_known(first.lower()) and (second[0].isupper() or is_known(second)))
                or (
                    mark == ":"
                    and ((zipf_of(second) or 0.0) < _GLUED_COLON_SECOND_ZIPF or _ratio_nouns(first, second))
                )
            ):
                continue
            found.append(
                Finding(
                    start,
                    end,
                    f"no space after the {_MARK_NAMES[mark]} in “{prose[start:end]}”",
                    (f"{first}{mark} {second}",),
                    Fix((Edit(m.start() + 1, m.start() + 1, " "),), "add the space", safe=True),
                    data={"kind": "comma"},
                )
            )
        found.extend(_glued_parentheses(prose))
        reported = {(f.start, f.end) for f in found}
        found.extend(f for f in _glued_negations(doc) if (f.start, f.end) not in reported)
        found.sort(key=lambda f: f.start)
        yield from found


def _ratio_nouns(first: str, second: str) -> bool:
    """ "calcium:phosphate": a singular noun after the colon, and a singular noun or an unlisted word (a
    chemical's name) before it, is how a ratio of two substances is written."""
    return word_classes.SINGULAR in word_classes.classes(second) and (
        word_classes.SINGULAR in word_classes.classes(first) or not word_classes.classes(first)
    )


#: (s67) The shortest lower-case word no table holds that a sentence glued after it may follow, and how common (Zipf)
#: the glued sentence's first word must be: "a nasal decongestant.Effective old antihistamines", "burstingagain.Coil"
_UNLISTED_BEFORE_STOP = 6
_COMMON_AFTER_STOP_ZIPF = 3.5


def _unlisted_before_common(first: str, second: str) -> bool:
    """A word the tables lack (a drug class, a run-on pair) in lower case, of ``_UNLISTED_BEFORE_STOP`` letters or more,
    and a common English word capitalised after the stop: a sentence glued on, not a dotted name ("node.Js")."""
    if len(first) < _UNLISTED_BEFORE_STOP or not (first.isalpha() and first.islower()):
        return False
    return (zipf_of(second.lower()) or 0.0) >= _COMMON_AFTER_STOP_ZIPF


def _glued_sentence_finding(prose: str, stop: int, lower: bool) -> Finding | None:
    """The finding for two sentences glued at ``stop``: "medicine.It" (the fix adds the space) or, with
    ``lower``, "psychologically.the" (the fix adds the space and the capital)."""
    hit = _glued_sentence(prose, stop)
    if hit is None and not lower:
        hit = _glued_after_name(prose, stop) or _glued_after_percent(prose, stop)
    if hit is None:
        return None
    start, end = hit
    first, mark, second = prose[start:stop], prose[stop], prose[stop + 1 : end]
    if not (
        is_known(first.lower())
        or first.endswith("%")
        or (not lower and _unlisted_before_common(first, second))
    ):
        return None
    if not lower:
        if not _known_or_plural(second.lower()) or second.lower() in _TLDS:
            return None
        return _space_added(prose, start, stop + 1, end, mark)
    capital = second[0].upper()
    return Finding(
        start,
        end,
        f"no space after “{mark}” in “{prose[start:end]}”: two sentences run together",
        (f"{first}{mark} {capital}{second[1:]}",),
        Fix((Edit(stop + 1, stop + 2, " " + capital),), "add the space and the capital", safe=True),
        data={"kind": "sentence"},
    )


def _space_added(prose: str, start: int, gap: int, end: int, marks: str) -> Finding:
    """The finding for two sentences run together at ``gap`` in [start, end), after ``marks`` (a full stop, a
    closing bracket or quotation mark and its stop): the fix adds the space at ``gap``."""
    return Finding(
        start,
        end,
        f"no space after “{marks}” in “{prose[start:end]}”: two sentences run together",
        (f"{prose[start:gap]} {prose[gap:end]}",),
        Fix((Edit(gap, gap, " "),), "add the space", safe=True),
        data={"kind": "sentence"},
    )


#: Words that open a sentence and never continue a dotted name: after a capitalised word and its full stop
#: ("the British Pain Society.Some doctors"), one of these is the next sentence, not a name's part
#: ("Node.Js", "Amazon.Com")
_SENTENCE_OPENING_WORDS = frozenset(
    "The This These Those They There Some Many Most It Its In If When While But However We You Your Our He She "
    "For As After Before Although Because Since Also One Other Such Yet Still Then Thus Therefore".split()
)


def _glued_after_name(prose: str, stop: int) -> tuple[int, int] | None:
    """ "Society.Some": the span of a capitalised word of four letters or more, its full stop and a word of
    ``_SENTENCE_OPENING_WORDS`` glued to it, or None."""
    hit = _glued_sentence(prose, stop, capital_first=True)
    if hit is None or stop - hit[0] < 4 or prose[stop + 1 : hit[1]] not in _SENTENCE_OPENING_WORDS:
        return None
    return hit


def _glued_after_percent(prose: str, stop: int) -> tuple[int, int] | None:
    """ "by 10%.However": the span of a percentage, its full stop and a capitalised word glued to it, or None."""
    if stop < 2 or prose[stop - 1] != "%" or not prose[stop - 2].isdigit():
        return None
    start = stop - 1
    while start > 0 and (prose[start - 1].isdigit() or prose[start - 1] in ".,"):
        start -= 1
    if start > 0 and (prose[start - 1].isalnum() or prose[start - 1] in _BEFORE_WORD):
        return None
    end = stop + 2
    while end < len(prose) and "a" <= prose[end] <= "z":
        end += 1
    if end < len(prose) and (prose[end].isalnum() or prose[end] in "@/\\_."):
        return None
    return start, end


#: A sentence's end mark and a closing quotation mark with the next sentence glued to them ("no evident bodily
#: reason.’While some", "are all gone.”Further study"): curly closing marks only, since a straight one may
#: open the next sentence's quotation
_GLUED_QUOTE_STOP = lazy_compile("(?<=[A-Za-z])[.!?][\u2019\u201d](?=[A-Z][a-z])")


def _glued_after_quote(prose: str) -> list[Finding]:
    """ "reason.’While": a sentence closed inside its quotation marks and the next sentence glued after the
    closing mark; the word before in lower case, or a capitalised word of four letters or more when the word
    after opens sentences ("Fayaz.’The"), and the word after a known word. The fix adds the space after the
    mark."""
    found = []
    for m in _GLUED_QUOTE_STOP.finditer(prose):
        stop, quote = m.start(), m.start() + 1
        start = stop
        while start > 0 and prose[start - 1].isalpha():
            start -= 1
        end = quote + 2
        while end < len(prose) and "a" <= prose[end] <= "z":
            end += 1
        first, second = prose[start:stop], prose[quote + 1 : end]
        if end < len(prose) and (prose[end].isalnum() or prose[end] in "@/\\_."):
            continue
        if first[:1].isupper() and (len(first) < 4 or second not in _SENTENCE_OPENING_WORDS):
            continue  # a name or an initial before the mark, a word that may continue a title after it
        if not (first[1:].islower() and _known_or_plural(second.lower())):
            continue
        found.append(_space_added(prose, start, quote + 1, end, prose[stop : quote + 1]))
    return found


def _glued_after_bracket(prose: str, joins: _Joins | None = None) -> list[Finding]:
    """ "(sideburns).The": a sentence closed after a bracket and the next one glued to its full stop; the
    next word must be a known word (not a dotted name's part), and the fix adds the space. The
    matches from ``joins`` when given, else from a scan of ``prose``."""
    found = []
    for m in _GLUED_BRACKET_STOP.finditer(prose) if joins is None else joins.bracket_stops():
        if (
            m.start() < 2
            or not prose[m.start() - 2 : m.start()].isalpha()
            or not prose[m.start() - 1].islower()
        ):
            continue  # a word's last letters before the bracket ("sideburns)"), not a symbol's
        stop = m.start() + 1
        end = stop + 1
        while end < len(prose) and prose[end].isalpha():
            end += 1
        second = prose[stop + 1 : end]
        if (end < len(prose) and (prose[end] in "@/\\_" or prose[end].isdigit())) or not _known_or_plural(
            second.lower()
        ):
            continue
        found.append(_space_added(prose, stop - 1, stop + 1, end, "."))
    return found


#: What follows a list item's first word: its sentence in lower case ("1Prior to surgery", "1.Apply  virgin coconut
#: oil", spaces doubled), or a dash or a colon after the item's label ("3.Radish – Grate a radish")
_ITEM_GOES_ON = re.compile(r"[ \t]+[a-z]|[ \t]*[\u2013\u2014:][ \t]|[ \t]+-[ \t]")


def _glued_ordinals(prose: str, joins: _Joins | None = None) -> list[Finding]:
    """ "1Prior to surgery", "4.Folic acid": a list's number run into its item's first word, a known
    word, with the item's sentence going on in lower case after it; a name that writes a digit before a
    capital ("3M", "5G") has no lower-case word after it, and a reference list's or an affiliation's
    footnote mark stands before a name ("1Wiseman JT", "1Statens Serum Institut"). The matches
    from ``joins`` when given, else from a scan of ``prose``."""
    found = []
    for m in _GLUED_ORDINAL.finditer(prose) if joins is None else joins.ordinals():
        at = m.start()
        # the number opens a line or a sentence: a list's, not a figure's inside a sentence
        if not (
            at == 0 or prose[at - 1] in "\n\t" or prose[at - 2 : at] in ("  ", ". ", "! ", "? ", ": ", ".\t")
        ):
            continue
        word = m.group(3)
        if not _known_or_plural(word.lower()):
            continue
        end = m.end() + len(word)
        if not _ITEM_GOES_ON.match(prose, end):
            continue  # a footnote's mark before a name ("1Wiseman JT", "1The Gleason Score"): no item's sentence
        at = m.end()
        found.append(
            Finding(
                m.start(),
                end,
                f"no space between the list's number and its first word in “{prose[m.start() : end]}”",
                (f"{m.group(1)}{m.group(2)} {word}",),
                Fix((Edit(at, at, " "),), "add the space", safe=True),
                data={"kind": "ordinal"},
            )
        )
    return found


def _glued_label(prose: str, colon: int) -> Finding | None:
    """ "foods:Such": a known word, a colon and a capitalised known word with no space between (the
    span as for a glued sentence, whose label may open in sentence case: "Note:This"); the fix adds the space."""
    hit = _glued_sentence(prose, colon, capital_first=True, stops_after="@/\\_:")
    if hit is None:
        return None
    start, end = hit
    first, second = prose[start:colon], prose[colon + 1 : end]
    if not is_known(first.lower()) or not _known_or_plural(second.lower()) or second.lower() in _TLDS:
        return None
    return Finding(
        start,
        end,
        f"no space after the colon in “{prose[start:end]}”",
        (f"{first}: {second}",),
        Fix((Edit(colon + 1, colon + 1, " "),), "add the space", safe=True),
        data={"kind": "colon"},
    )


def _glued_capital_positions(prose: str) -> list[int]:
    """Where ``_GLUED_CAPITAL`` or ``_GLUED_CAMEL`` matches in ``prose``, ascending: each asked only at a
    capital after three lower-case letters (``_CAPITAL_AFTER_LOWER``; a match there sees the letters
    before it, as in a search). ``_PLAIN_SCANS``: both patterns searched over the whole text
    (tests/test_mt106_glued_capital_positions.py compares the two)."""
    if _PLAIN_SCANS:
        return sorted(
            {m.start() for m in _GLUED_CAPITAL.finditer(prose)}
            | {m.start() for m in _GLUED_CAMEL.finditer(prose)}
        )
    return [
        pos
        for m in _CAPITAL_AFTER_LOWER.finditer(prose)
        if _GLUED_CAPITAL.match(prose, pos := m.start()) is not None
        or _GLUED_CAMEL.match(prose, pos) is not None
    ]


def _glued_capitals(prose: str) -> list[Finding]:
    """ "coughAnd", "hemophiliaYou": a known lower-case word and a sentence's capitalised first word with no
    full stop and no space between (not inside an address, a tag or a camel-case name); also any known
    capitalised word ending the token, a heading run on ("diseasesLimitations"), unless the two make a
    listed word."""
    out = []
    for pos in _glued_capital_positions(prose):
        start = pos
        while start > 0 and prose[start - 1].isalpha():
            start -= 1
        if start > 0 and prose[start - 1] in ADDRESS_CHARS:
            continue
        first = prose[start:pos]
        if not first.islower() or not is_known(first):
            continue
        second = re.match(r"[A-Z][a-z]*", prose[pos:])
        if second is None:
            continue
        opener = _GLUED_CAPITAL.match(prose, pos) is not None
        if not opener and (
            not _known_or_plural(second.group().lower())
            or is_known(first + second.group().lower())
            or not (is_health_word(first) or (zipf_of(first) or 0.0) >= _CAMEL_FIRST_ZIPF)
        ):
            # a camel-case join of a word nobody lists, a closed compound ("healthCare"), or a brand
            # whose first half is a name or a foreign word ("ellaOne", "miraDry")
            continue
        end = pos + second.end()
        out.append(
            Finding(
                start,
                end,
                f"no space or full stop before “{second.group()}” in “{prose[start:end]}”: "
                + (
                    "two sentences run together"
                    if opener
                    else "the text runs into the next heading or sentence"
                ),
                (f"{first}. {second.group()}", f"{first} {second.group()}"),
                data={"kind": "sentence"},
            )
        )
    return out


def _known_or_plural(word: str) -> bool:
    """A known word, or the regular plural of one: a sentence may open with "Eggplants", which the
    word table (rarer than its cut-off) lacks while it holds "eggplant"."""
    if is_known(word):
        return True
    if word.endswith("ies") and is_known(word[:-3] + "y"):
        return True
    return word.endswith("s") and (is_known(word[:-1]) or (word.endswith("es") and is_known(word[:-2])))


def _numbers_glued(doc: Document, joins: _Joins | None = None) -> list[Finding]:
    """A number with a spelt-out word run on after it ("30minutes", "1999should"): the crawl or the
    writer dropped the space. Unit symbols and abbreviations ("5mg", "3hrs", "9kcal"), words with
    capitals ("15kDa", "10mmHg"), ordinals ("2nd"), decades ("1990s"), Greek locants ("5alpha")
    and tokens in addresses, file names or hyphenated names ("5alpha-reductase") are left."""
    if (_DIGIT_LETTER.search(doc.prose) is None) if joins is None else not joins.digit_letter():
        return []  # one scan in C (or read from ``joins``); most documents have no digit before a lower-case letter
    positions = doc.word_index
    numbered = [w for w in positions if "0" <= w[0] <= "9" and "a" <= w[-1] <= "z"]
    if not numbered:
        return []
    words = doc.words()
    src = doc.source
    out: list[Finding] = []
    for w in numbered:
        m = _NUMBER_WORD.fullmatch(w)
        if m is None:
            continue
        digits, word = m.groups()
        if word in _GREEK or not (
            word in FUNCTION_PARTS
            or (len(word) >= NUMBER_WORD_MIN and not is_rarer_than(word, NUMBER_WORD_ZIPF))
        ):
            continue
        for i in positions[w]:
            token = words[i]
            if token.text != w:
                continue
            at = token.start + len(digits)
            start = token.start
            while start > 1 and src[start - 1] in ",." and src[start - 2].isdigit():
                start -= 1  # the whole number: "1,000calories", "2.5hours"
                while start > 0 and src[start - 1].isdigit():
                    start -= 1
            if _in_address(doc, start, token.end) or (
                start > 0 and (src[start - 1].isalnum() or src[start - 1] == "%")
            ):
                continue  # an address, a version ("v1.2steps") or a URL-encoded character ("%20deletions")
            number = src[start:at]
            fixed = f"{number} {word}"
            out.append(
                Finding(
                    start,
                    token.end,
                    f"“{number}{word}”: a number run together with the word after it: “{fixed}”",
                    (fixed,),
                    Fix((Edit(at, at, " "),), "add the space", safe=True),
                    data={"split": [number, word], "kind": "number"},
                )
            )
    return out


#: A letter with a digit after it: most documents have none, so one scan in C decides.
_LETTER_DIGIT = lazy_compile(r"[a-z][0-9]")
#: ``_LETTER_DIGIT`` read from the digit (a search finds one exactly when that one does): ``re`` skips from
#: digit to digit in C, where from the letter it entered the pattern at almost every character
_LETTER_DIGIT_FROM_DIGIT = re.compile(r"[0-9](?<=[a-z][0-9])")


def _has_letter_digit(prose: str) -> bool:
    """Whether ``_LETTER_DIGIT`` finds anything in ``prose`` (``_PLAIN_SCANS``: asked of it)."""
    return (_LETTER_DIGIT if _PLAIN_SCANS else _LETTER_DIGIT_FROM_DIGIT).search(prose) is not None


#: A lower-case word with a number run on after it, then a space and a word ("pressure140 over 90",
#: "type2 diabetes", "recommend2 hours"); not after a character of an address or identifier.
_WORD_NUMBER = lazy_compile(r"(?<![A-Za-z0-9_./@#%&=+-])([a-z]{4,})([0-9]+) ([a-z]+)")
#: Words between two numbers of a range or a reading ("2 or 3 days", "140 over 90").
_BETWEEN_NUMBERS = frozenset(("or", "to", "over", "and"))
#: Word-class letters of a verb form: a reference number glued to a noun is followed by its verb
#: ("studies8 suggest", "experts3 believe"), a count by what it counts ("2 hours").
_VERB_LETTERS = frozenset((word_classes.BARE_VERB, word_classes.VERB_S, word_classes.VERB_PAST))


def _word_then_number(doc: Document, joins: _Joins | None = None) -> list[Finding]:
    """A common word with a number run on after it ("blood pressure140 over 90", "type2
    diabetes"): the crawl or the writer dropped the space. Reported only where the number goes
    on as a count or a reading: a word that is no verb form after it and agrees with the number
    ("1 teaspoon", "2 hours", not "19 outbreak"), or "or", "to", "over", "and" and another number
    ("2 or 3 days"). A token the text repeats is a name ("covid19", "python3"). A reference number that
    lost its superscript ("studies8,9", "antidepressants1, treatment", "experts3 believe") has a
    comma, a stop, a verb or a function word after it, and names and versions ("python3",
    "covid19") have no count after them. The fix (unsafe: a reference number is possible) adds
    the space."""
    prose = doc.prose
    if not (_has_letter_digit(prose) if joins is None else joins.letter_digit()):
        return []
    out: list[Finding] = []
    for m in _WORD_NUMBER.finditer(prose):
        word, number, after = m.groups()
        if word in _GREEK or is_rarer_than(word, NUMBER_WORD_ZIPF):
            continue
        if after in _BETWEEN_NUMBERS:
            rest = m.end()
            if not (prose[rest : rest + 1] == " " and prose[rest + 1 : rest + 2].isdigit()):
                continue
        elif (
            len(after) < 3
            or after in FUNCTION_PARTS
            or is_rarer_than(after, NUMBER_WORD_ZIPF)
            or _VERB_LETTERS.intersection(word_classes.classes(after))
            or _plural(after) != (number != "1")
        ):
            continue  # a count agrees with what it counts: "1 teaspoon", "2 hours", not "19 outbreak"
        start, at, end = m.start(1), m.start(2), m.end(2)
        if _in_address(doc, start, end) or len(doc.word_index.get(word + number, ())) > 1:
            continue  # an address, or a name the text repeats ("covid19", "python3")
        fixed = f"{word} {number}"
        out.append(
            Finding(
                start,
                end,
                f"“{word}{number}”: a word run together with the number after it: “{fixed}”",
                (fixed,),
                Fix((Edit(at, at, " "),), "add the space", safe=False),
                data={"split": [word, number], "kind": "word-number"},
            )
        )
    return out


def _plural(word: str) -> bool:
    """Whether ``word`` looks plural: an "s" ending, not "-ss", "-us" or "-is"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _glued_negations(doc: Document) -> list[Finding]:
    """ "It doesnot help": an auxiliary and "not" with the space lost; the fix adds it back (safe: the split
    is the only one). Read from the word index's words that end in "not" (a handful a page), not from the
    prose. ``check`` leaves a span the page-glued path already reported."""
    positions = doc.word_index
    glued = [w for w in positions if len(w) > 4 and w.endswith("not") and w[:-3] in _AUXILIARIES_BEFORE_NOT]
    if not glued:
        return []
    words = doc.words()
    out = []
    for w in glued:
        for i in positions[w]:
            token = words[i]
            text = doc.prose[token.start : token.end]
            if text.lower() != w:
                continue
            at = token.end - 3
            head, tail = text[:-3], text[-3:]
            out.append(
                Finding(
                    token.start,
                    token.end,
                    f"“{text}” looks like two words run together: “{head} {tail}”",
                    (f"{head} {tail}",),
                    Fix((Edit(at, at, " "),), "add the space", safe=True),
                    data={"split": [head.lower(), tail.lower()], "kind": "run-together"},
                )
            )
    return out


def _glued_parentheses(prose: str) -> list[Finding]:
    """A parenthesis with no space between it and the word before ("tomography(CT)") or after ("(due to
    inflammation)in"): the word must be a known word (a gene's or a formula's own bracket, "tRNALeu(UUR)",
    "poly(ADP-ribose)", is not), and the fix adds the space."""
    if "(" not in prose:
        return []
    found = []
    for m in _GLUED_OPEN_PAREN.finditer(prose):
        paren = m.start()
        before = _WORD_BEFORE_PAREN.search(prose, max(0, paren - 40), paren)
        if before is None:
            continue
        word = before.group()
        # (s66) a phrase of lower-case words in the bracket is no notation and no affix: the space before it was lost
        # whatever the word ("Pulsatile(like a heart beat)"; 0 more on 4.9M clean words)
        inside = m.group(1) or m.group(2)
        phrase = _LOWER_PHRASE.fullmatch(inside) is not None
        if (
            word.lower() in _BRACKET_PREFIXES
            or not (phrase or _known_or_plural(word.lower()))
            or inside.isdigit()
        ):
            continue  # a prefix in brackets, a name, or a numbered notation ("der(22)", a derivative chromosome)
        found.append(
            Finding(
                before.start(),
                paren + 1,
                f"no space before the parenthesis in “{prose[before.start() : m.end()]}”",
                (f"{word} (",),
                Fix((Edit(paren, paren, " "),), "add the space", safe=True),
                data={"kind": "parenthesis"},
            )
        )
    for m in _GLUED_CLOSE_PAREN.finditer(prose):
        word = m.group(1)
        bracketed = prose[prose.rfind("(", 0, m.start(1)) + 1 : m.start(1) - 1]
        mark_before = prose[m.start() - 1] if m.start() > 0 else " "
        # a bracket inside a word ("sarco(endo)plasmic"); (s66) not a bracket of several words glued to the word before
        # it, nor one after a comma or semicolon, whose own space was lost too ("Pulsatile(like a heart beat)tinnitus",
        # "infections,(ear drum rupture)abnormalities"): an affix in brackets is one word
        if mark_before not in _OPENS_AFTER and not (
            mark_before in ",;" or (mark_before.isalpha() and " " in bracketed)
        ):
            continue
        if word[0].isupper() and not _LOWER_PHRASE.fullmatch(bracketed):
            continue  # "(Re)Birth", "(MU)Scle": a styled name or an acronym's letters, not a sentence glued on
        glued_both = mark_before not in _OPENS_AFTER  # the bracket lost its space on both sides
        if (
            (
                (zipf_of(word.lower()) or 0.0) < _GLUED_PAREN_NEXT_ZIPF
                and not (glued_both and _known_or_plural(word.lower()))
            )
            or _known_or_plural((bracketed + word).lower())
            or bracketed.lower() in _BRACKET_PREFIXES
        ):
            # a rare word; the bracket spells out an acronym's letters ("(MU)scle, (LI)ver"); an optional prefix
            # in brackets ("(tele)monitoring", "(re)use")
            continue
        close = m.start(1) - 1
        found.append(
            Finding(
                close,
                m.end(1),
                f"no space after the parenthesis in “{prose[close : m.end(1)]}”",
                (f") {word}",),
                Fix((Edit(close + 1, close + 1, " "),), "add the space", safe=True),
                data={"kind": "parenthesis"},
            )
        )
    return found


def _glued_sentence(
    prose: str, stop: int, *, capital_first: bool = False, stops_after: str = "@/\\_"
) -> tuple[int, int] | None:
    """The span "word.Word" around the punctuation at ``stop``: a lower-case word of two letters
    or more that is not part of an address or of initials ("e.g.", "U.S."), and a capitalised
    word not followed by more of a dotted name; None otherwise. ``capital_first`` lets the first word
    open with a capital (a label in sentence case, "Note:This"); ``stops_after`` are the characters
    that, right after the second word, make the span part of an address or a name."""
    start = stop
    while start > 0 and "a" <= prose[start - 1] <= "z":
        start -= 1
    if capital_first and start > 0 and "A" <= prose[start - 1] <= "Z":
        start -= 1
    if stop - start < 2 or (start > 0 and (prose[start - 1].isalnum() or prose[start - 1] in _BEFORE_WORD)):
        return None
    end = stop + 2
    while end < len(prose) and "a" <= prose[end] <= "z":
        end += 1
    if end < len(prose) and (
        prose[end].isalnum()
        or prose[end] in stops_after
        or (prose[end] == "." and end + 1 < len(prose) and prose[end + 1].isalnum())
    ):
        return None
    return start, end


#: Domain endings that follow a dot in a name written with a capital ("Example.Com").
_TLDS = frozenset("com org net gov edu info io uk us ca au int mil biz".split())
