"""TX116 broken-word: a word split by a stray space ("tripl e") or a space moved one letter ("Corticosteroidd rugs")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from ...diagnostic import Edit, Fix, Severity
from ...document import Document, Words
from ...rule import Example, Finding, Rule
from ...text.addresses import in_address, in_broken_address
from ...text.hyphens import LONGEST_PREFIX, PREFIX_AT_HYPHEN, SUSPENSION
from ...text.lexicon import FUNCTION_PARTS, health_count, is_health_word, is_near_word
from ...text.spaces import plain_spaces
from ...text.spelling import is_derived, is_health_plural, is_regular_inflection
from ...text.word_frequency import unlisted_words, zipf_table
from ...text.word_place import in_english, sentence_neighbours

#: English words of one or two letters: any other piece that short is a fragment of a word.
SHORT_WORDS = frozenset(
    "a i am an as at be by do go he hi if in is it me my no of oh ok on or ox so to up us we".split()
)
#: Pieces of one or two letters that are no fragment though no English word: units, titles and the
#: Latin of references ("15 mm across", "Chan et al."), which a reading must not take apart.
LABELS = frozenset("et al vs dr mr ms mm cm km kg mg ml dl hr".split())
#: A reading's word of three or four letters must be this common: moving a space makes short rare
#: words by chance ("tha tre", "lin det", "wan get").
SHORT_ZIPF = 4.0
#: Every piece of one or two letters that is no word: a fragment.
_FRAGMENTS = frozenset(
    x + y
    for x in "abcdefghijklmnopqrstuvwxyz"
    for y in ("", *"abcdefghijklmnopqrstuvwxyz")
    if x + y not in SHORT_WORDS and x + y not in LABELS
)
#: Pieces a moved space never takes a letter from or gives one to.
_WHOLE = FUNCTION_PARTS | SHORT_WORDS | LABELS
#: A reading's word of three to seven letters must be this common (wordfreq Zipf): a rare word
#: ("tri", "ons") made by moving a space is more likely chance than the writer's word.
WORD_ZIPF = 3.0
#: A reading's word of this many letters may be any word of wordfreq's table (Zipf 2.5 and more:
#: "corticosteroid" is not) or a health word counted ``HEALTH_COUNT`` times in MedQuAD's build side.
LONG_WORD = 8
HEALTH_COUNT = 10
#: Characters that join a token to its neighbour into a compound, a number or an address: a
#: piece next to one is part of something else ("e-mail", "x2", "www.").
_JOINERS = frozenset("-\u2010\u2011'\u2019&+/.@_")


@functools.lru_cache(maxsize=16384)
def _word(piece: str) -> bool:
    """Whether the lower-case ``piece`` is a word a reading may make: a short English word, a
    common word, or a long listed or common health word."""
    if len(piece) <= 2:
        return piece in SHORT_WORDS
    z = zipf_table().get(piece)
    if z is not None and (z >= (SHORT_ZIPF if len(piece) <= 4 else WORD_ZIPF) or len(piece) >= LONG_WORD):
        return True
    return len(piece) >= LONG_WORD and health_count(piece) >= HEALTH_COUNT


@functools.lru_cache(maxsize=16384)
def _non_word(piece: str) -> bool:
    """Whether the lower-case ``piece`` is no word at all: a fragment of one or two letters that is
    no English word, or a longer string no table holds (wordfreq, health words, WordNet)."""
    if len(piece) <= 2:
        return piece not in SHORT_WORDS and piece not in LABELS
    if piece in zipf_table() or is_health_word(piece) or is_near_word(piece):
        return False
    if piece[-1] == "s" and piece[:-1] in zipf_table():
        return False  # a regular plural or verb form of a listed word
    # a plural of a health word, a derivative or a regular "-ed"/"-ing" form ("angiograms", "steroidal")
    return not (is_health_plural(piece) or is_derived(piece) or is_regular_inflection(piece))


#: A piece of two letters a moved letter lands on must make a word this common ("th edrug": "the"):
#: "victims en route" is no "victim sen".
RECEIVER_ZIPF = 5.0


def _receives(piece: str) -> bool:
    """Whether ``piece``, a piece with a letter moved onto it, is a word: one of three letters made
    from a two-letter piece must be a very common word (``RECEIVER_ZIPF``)."""
    if len(piece) == 3:
        z = zipf_table().get(piece)
        return z is not None and z >= RECEIVER_ZIPF
    return _word(piece)


@functools.lru_cache(maxsize=4096)
def readings(a: str, b: str, *, moves: bool = True) -> list[tuple[str, str]]:
    """How the lower-case pieces ``a`` and ``b`` (a space between them) read as words with the space
    taken out or moved one letter, when at least one of them is no word: ("triple", "") for "tripl e";
    ("corticosteroid", "drugs") for "corticosteroidd rugs"; ("the", "drug") for "th edrug". A join
    needs a non-word of three letters or more on one side or a fragment on each ("tripl e", "fl
    ushing", "a nd"): a real word beside a lone letter is a name or a label ("vitamin e"). With
    ``moves`` false only a join is read."""
    out: list[tuple[str, str]] = []
    bad_a, bad_b = _non_word(a), _non_word(b)
    if not (bad_a or bad_b):
        return out
    # an article glued on, the space lost rather than moved ("as acardiac", "supportsa broad"): the
    # word after it opens with a consonant, as "a" wants
    if (
        bad_b
        and not bad_a
        and len(b) >= 5
        and b[0] == "a"
        and b[1] not in "aeiou"
        and _word(b[1:])
        and _word(a)
    ):
        return [(a, "a " + b[1:])]
    joined = a + b
    if len(joined) >= 3 and _word(joined):
        lone = (len(a) == 1 and not bad_b) or (len(b) == 1 and not bad_a)
        if not lone:
            out.append((joined, ""))
    # one letter moved across the space ("corticosteroidd rugs", "th edrug"): both words it makes
    # of three letters or more ("and un" is not "an dun"), neither piece a function word, a short
    # word or a label, which stand whole ("The eact" is no "Thee act", "Chandran et" no "Chandra net")
    if not moves or {a, b} & _WHOLE:
        return out
    if len(a) >= 4 and len(b) >= 2 and _word(a[:-1]) and _receives(a[-1] + b):
        out.append((a[:-1], a[-1] + b))
        if a[-1] == "a" and b[0] not in "aeiou" and _word(b):
            out.append((a[:-1], "a " + b))  # "supportsa broad": "abroad" or an article glued on
    if len(b) >= 4 and len(a) >= 2 and _receives(a + b[0]) and _word(b[1:]):
        out.append((a + b[0], b[1:]))
    return out


#: An HTML entity a page printed undecoded, ending where a piece starts ("&rsquo;", "\\u0026rsquo;"):
#: the piece after it is the rest of a word the entity stood inside.
_UNDECODED_ENTITY = re.compile(r"(?:&|\\u0026)#?[A-Za-z0-9]{2,8};$")


#: A non-word of this many letters or more that the document writes twice or more is a term
#: of its own (a program's or a product's name: "use stunnel", "client stunnel"), not a slip.
RECURRING_PIECE = 4


def _recurs(positions: dict[str, Sequence[int]], a: str, b: str) -> bool:
    """Whether a non-word piece of ``RECURRING_PIECE`` letters or more recurs in the document: a
    space moved by a slip of the space bar does not fall the same way twice, while a term the
    writer uses (a name no dictionary holds) does. Only a moved space is ruled out by this; a
    word split at the same place each time (a PDF's ligature, "fi rst") is still a split."""
    return any(
        len(piece) >= RECURRING_PIECE and len(positions.get(piece, ())) >= 2 and _non_word(piece)
        for piece in (a, b)
    )


def _neighbours(prose: str, source: str, start: int, end: int) -> tuple[str, str]:
    """The characters a reader sees either side of ``[start, end)``: read past what the prose view
    blanks but the source holds (an HTML entity decodes to its character padded with spaces, so
    "you&rsquo;re acting" has "’" and then blanks before "re")."""
    b, a = start, end
    while b > 0 and prose[b - 1] == " " and not source[b - 1].isspace():
        b -= 1
    while a < len(prose) and prose[a] == " " and not source[a].isspace():
        a += 1
    return (prose[b - 1] if b > 0 else " "), (prose[a] if a < len(prose) else " ")


#: How many words either side of a split (within its sentence and block) ``_strange_here`` reads.
STRANGE_REACH = 10
#: Words of this many letters or more are counted by ``_strange_here`` (shorter ones are function
#: words, which every language has and wordfreq's web counts list as English).
STRANGE_MIN = 4
#: This many words no table holds, and this many times the listed ones, make a passage not English.
STRANGE_COUNT = 3
STRANGE_RATIO = 2


def _strange_here(doc: Document, words: Words, i: int) -> bool:
    """Whether the words around the pair ``i``, ``i + 1`` are mostly no words of English's tables:
    a passage in a language whose function words no list holds (Papiamento's "di e trahenan",
    "of the works"), which the function-word test (``word_place.in_english``) takes for English. Counted
    are lower-case words of ``STRANGE_MIN`` letters or more within ``STRANGE_REACH`` words, not
    past a sentence's end or the block's edge: ``STRANGE_COUNT`` or more that no table holds, and
    ``STRANGE_RATIO`` times as many as those it holds. Broken English keeps most of its words
    whole ("the tri al showed fl ushing and redn ess": 1 of 3 are no words)."""
    prose = doc.prose
    strange = listed = 0
    for k in sentence_neighbours(doc, words, i, i + 1, STRANGE_REACH):
        t = prose[words.starts[k] : words.ends[k]]
        if len(t) < STRANGE_MIN or not (t.isalpha() and t.islower()):
            continue
        if _non_word(t):
            strange += 1
        else:
            listed += 1
    return strange >= STRANGE_COUNT and strange >= STRANGE_RATIO * listed


class BrokenWord(Rule):
    """A word split by a stray space ("tripl e", "fl ushing") or a space moved one letter ("Corticosteroidd rugs").

    "Corticosteroidd rugs" is "Corticosteroid drugs" with its space moved across a word boundary.

    Saved pages and copied PDFs break words at a line end, a soft hyphen or a
    kerning gap, and a slip of the space bar moves a space by one letter. Two
    neighbouring pieces, one space apart, are read as broken when at least
    one is no word (a fragment of one or two letters that is no English word,
    or a longer string neither wordfreq, the health-word table nor WordNet
    holds) and either the two joined make a word ("tripl" + "e" = "triple"),
    or moving one letter across the space makes two ("corticosteroidd rugs" =
    "corticosteroid drugs"). A word made must be common (wordfreq Zipf 3.0)
    or long (eight letters or more, listed by wordfreq or a health word
    counted ten times in MedQuAD's build side). A real word beside a lone
    letter is not joined ("vitamin e", "hepatitis e"). Pieces joined to a
    neighbour by a hyphen, apostrophe, digit or dot, pieces of an address,
    capitalised pieces inside a sentence (names) and a break the markup
    makes (a drop cap) are left. A letter moved onto a piece of two letters
    must make a very common word ("th edrug": "the"; "victims en route"
    stays), never from or onto a function
    word, a short word or a label ("The eact", "Chandran et al."), and not
    from a capitalised piece shorter than eight letters, which may be a name
    ("Reuter said"). An article glued to the next word, the space lost
    ("as acardiac"), reads as "a" and that word. A word said twice ("Ha ha")
    is a reduplication, a passage in another language is left to its
    language (its function words outnumber English ones, or its longer words
    are mostly no table's: three or more, twice those listed, within ten words
    in the sentence), and the characters either side are read past what the prose
    view blanks (an HTML entity's padding: "you&rsquo;re acting" has its
    apostrophe before "re"). No space is moved next to a non-word the
    document writes twice or more: that is a term of its own ("use
    stunnel", a program's name), not a slip. The fix writes the reading;
    it is safe only when one reading fits. A compound split after its
    hyphen by a space ("semi- liquid", "self- reported", "X- linked": a
    line break's hyphenation joined back with a space, or a translation's
    spacing) is reported too, after a prefix English writes with a hyphen;
    a suspended hyphen, whose next word is a conjunction or a comparison
    ("pre- and post-operative", "low- compared with high-fat"), is not. Its
    fix closes the compound up and is safe. A common word with a hyphen inside it whose second piece is
    no word at all ("ex-amination", "pa-tients": a printed line end's hyphen kept in a copy) is reported
    too; a compound's second piece is a word ("co-operate", "re-examine") and is left. Its fix closes the
    word up and is safe.
    """

    code = "TX116"
    name = "broken-word"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Kukich (1992), Techniques for automatically correcting words in text, ACM Computing Surveys 24(4) "
        "(run-on and split-word errors: a space inserted, deleted or moved across a word boundary); "
        "dictionary: wordfreq (Speer et al., data CC BY-SA 4.0), MedQuAD's NIH and CDC answers, build side "
        "(Ben Abacha and Demner-Fushman 2019, CC BY 4.0), WordNet 3.0"
    )
    should_fire = (
        Example("The fracture may need a tripl e bypass."),
        Example("Corticosteroidd rugs reduce swelling."),
        Example("Hot baths can cause fl ushing of the skin."),
        Example("Eat semi- liquid food for a day.", fixed="Eat semi-liquid food for a day."),
        Example("Ask for an ex-amination at the clinic.", fixed="Ask for an examination at the clinic."),
    )
    should_not_fire = (
        "Vitamin e and hepatitis e are named by a letter.",
        Example("Write to info@exa mple.org or see the e-mail.", note="an address, a compound"),
        "The drug relieves pain.",
        Example(
            "Both pre- and post-operative care, low- compared with high-fat diets.", note="suspended hyphens"
        ),
        Example(
            "Mayornan cu studiantenan a bishita e scol pa mira e exposicion di e trahenan.",
            note="a passage in another language",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if "- " in doc.prose:
            yield from _split_after_hyphen(doc)
        if "-" in doc.prose:
            yield from _hyphen_inside_word(doc)
        positions = doc.word_index
        # the pieces no table holds (shared with MT106) and the fragments, found by set
        # operations in C: most documents have a few
        unlisted = unlisted_words(doc) | _FRAGMENTS.intersection(doc.word_set)
        odd = [w for w in unlisted if w.isalpha() and w.isascii() and _non_word(w)]
        if not odd:
            return
        words = doc.words()
        prose, source = doc.prose, doc.source
        pairs: set[int] = set()
        for w in odd:
            for i in positions[w]:
                if i > 0:
                    pairs.add(i - 1)
                if i + 1 < len(words):
                    pairs.add(i)
        found: list[Finding] = []
        last_end = -1
        for i in sorted(pairs):
            first, second = words[i], words[i + 1]
            s, e = first.start, second.end
            if s < last_end:
                continue
            if (
                prose[first.end : second.start] != " "
                or plain_spaces(source[first.end : second.start]) != " "
            ):
                continue  # a line break, markup (a drop cap) or other text between them
            a, b = first.text, second.text
            if not (a.isalpha() and b.isalpha() and a.isascii() and b.isascii() and b.islower()):
                continue
            if a.lower() == b:
                continue  # a word said twice ("Ha ha", "bye bye"): a reduplication, not a split
            if not a.islower() and not (a[0].isupper() and a[1:].islower() and doc.opens_sentence(s)):
                continue  # a capital inside a sentence: a name ("La Crosse", "Mc Ardle")
            before, after = _neighbours(prose, source, s, e)
            if after == "." and prose[e + 1 : e + 2].isalnum():
                continue  # "exa mple.org": a host name
            if before == ";" and _UNDECODED_ENTITY.search(prose, max(0, s - 16), s):
                continue  # an entity left undecoded in the text ("you\\u0026rsquo;re signed")
            if (
                before in _JOINERS
                or (after in _JOINERS and after != ".")
                or before.isdigit()
                or after.isdigit()
            ):
                continue
            if in_address(prose, s, e) or in_broken_address(source, s):
                continue
            if not in_english(doc, words, i) or _strange_here(doc, words, i):
                continue  # a passage in another language ("hat es", "di e"): its words are no table's
            # a capitalised piece shorter than a long word may be a name, which a moved letter
            # would make a word of ("Reuter said": "Reuters aid"); a join is still read
            moves = (a.islower() or len(a) >= LONG_WORD) and not _recurs(positions, a.lower(), b.lower())
            found_readings = readings(a.lower(), b.lower(), moves=moves)
            if not found_readings:
                continue
            cap = a[0].isupper()
            texts = []
            for x, y in found_readings:
                t = f"{x} {y}" if y else x
                texts.append(t[0].upper() + t[1:] if cap else t)
            quoted = " or ".join(f"“{t}”" for t in texts)
            kind = "a word split by a space" if found_readings[0][1] == "" else "a space in the wrong place"
            if len({y == "" for _, y in found_readings}) > 1:
                kind = "a word split or a space moved"
            fix = Fix((Edit(s, e, texts[0]),), f"write {texts[0]!r}", safe=len(texts) == 1)
            found.append(
                Finding(s, e, f"“{a} {b}”: {kind}: {quoted}?", tuple(texts), fix if len(texts) == 1 else None)
            )
            last_end = e
        yield from found


#: A prefix's compound split after its hyphen ("semi- liquid"; ``medlint.text.hyphens``): not a suspended hyphen,
#: whose next word is a conjunction ("pre- and post-operative", "non- or low-fat") or a slash.
#: Where to read it: a hyphen, a space and the lower-case word after them, not followed by a slash (a literal
#: first, which the engine finds fast; the prefix is then read back from the hyphen).
_HYPHEN_SPACE_WORD = re.compile(r"- ([a-z](?i:[a-z-]+))\b(?!\s*/)")


def _split_after_hyphen(doc: Document) -> Iterable[Finding]:
    """ "semi- liquid": a hyphenated compound with a space after its hyphen (not a suspended hyphen)."""
    prose, source = doc.prose, doc.source
    for h in _HYPHEN_SPACE_WORD.finditer(prose):
        prefix = PREFIX_AT_HYPHEN.search(prose, max(0, h.start() - LONGEST_PREFIX), h.start())
        word = h.group(1)
        if prefix is None or word.lower() in SUSPENSION:
            continue
        start, end = prefix.start(), h.end()
        if plain_spaces(source[start:end]) != prose[start:end]:
            continue  # markup or a line break between the pieces in the file
        written = prose[start:end]
        joined = f"{prose[start : h.start() + 1]}{word}"
        yield Finding(
            start,
            end,
            f"“{written}”: a compound split after its hyphen by a space; write “{joined}”",
            (joined,),
            Fix((Edit(h.start() + 1, h.start() + 2, ""),), f"write {joined!r}"),
            data={"kind": "split-compound"},
        )


#: A hyphen between lower-case letters, searched from the hyphen (a literal, which the engine finds fast; a pattern
#: opening with a look-behind is tried at every position), and the lower-case word on each side of it, read from there.
_INNER_HYPHEN = re.compile(r"-(?=[a-z]{3})")
_LEFT_PIECE = re.compile(r"(?<![\w\-\u2010\u2011])[a-z]{2,}$")
_RIGHT_PIECE = re.compile(r"[a-z]{3,}(?![\w\-\u2010\u2011])")
#: The word the pieces make must be this common (wordfreq Zipf): "examination" 4.3, "patients" 4.9.
HYPHEN_WORD_ZIPF = 3.0


def _hyphen_inside_word(doc: Document) -> Iterable[Finding]:
    """ "ex-amination", "pa-tients": a hyphen inside a common word whose second piece is no word at all, the
    hyphen a printed page put at a line end and a copy kept. A compound's second piece is a word ("co-operate",
    "re-examine", "ex-wife") and is never read. 0 in MedQuAD, the clean sentences, FakeHealth and WMT22's
    references (4.9M words)."""
    table = zipf_table()
    prose, source = doc.prose, doc.source
    for h in _INNER_HYPHEN.finditer(prose):
        if not prose[max(0, h.start() - 2) : h.start()].isalpha():
            continue
        left = _LEFT_PIECE.search(prose, max(0, h.start() - 40), h.start())
        right = _RIGHT_PIECE.match(prose, h.end())
        if left is None or right is None:
            continue
        first, second = left.group(), right.group()
        joined = first + second
        if table.get(second) is not None or (table.get(joined) or 0.0) < HYPHEN_WORD_ZIPF:
            continue
        start, end = left.start(), right.end()
        if plain_spaces(source[start:end]) != prose[start:end] or in_address(prose, start, end):
            continue  # markup between the pieces, or part of an address
        yield Finding(
            start,
            end,
            f"“{prose[start:end]}”: a word broken by a hyphen (a printed line end's); write “{joined}”",
            (joined,),
            Fix((Edit(h.start(), h.end(), ""),), f"write {joined!r}"),
            data={"kind": "hyphen-inside-word"},
        )
