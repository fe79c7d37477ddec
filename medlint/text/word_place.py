"""Where a word stands on the page, for the rules that judge single words (TX109 misspelling, TX116
broken word, TX124 lost ligature): set apart from the prose (part of an address, a compound, a name
or a quoted spelling), written in code on the same page (a command, a configuration key), or in a
passage of another language. A word in any of these places is not the writer's English prose, so a
spelling rule leaves it; the three rules read these places alike, so the tests live here rather than
in one rule that the others import from.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document, Words
from .addresses import in_address, in_broken_address

#: Quotation marks: a word between two is a spelling quoted ("spelled 'anemia' or 'anaemia'").
_QUOTES = frozenset("'\"\u2018\u2019\u201c\u201d`")


#: Characters that join a word to its neighbour into one name or compound ("anti-tnf", "x2", "o'neil").
_JOINERS = frozenset("-\u2010\u2011'\u2019&+")


def set_apart(prose: str, start: int, end: int, source: str) -> bool:
    """Whether the word is part of an address, a compound or name, or a quoted spelling. The
    characters either side are read past markup the prose view blanks (an entity's tail,
    ``&quot;wiggy&quot;``, or a tag): the reader sees them next to the word."""
    b, a = start, end
    while b > 0 and prose[b - 1] == " " and not source[b - 1].isspace():
        b -= 1
    while a < len(prose) and prose[a] == " " and not source[a].isspace():
        a += 1
    before = prose[b - 1] if b > 0 else " "
    after = prose[a] if a < len(prose) else " "
    if before in _JOINERS or after in _JOINERS or before.isdigit() or after.isdigit() or before == ")":
        return True
    if before in _QUOTES and after in _QUOTES:
        return True
    return in_address(prose, start, end) or in_broken_address(source, start)


#: English function words, and those of the languages pages quote most (German, Spanish, French,
#: Italian, Portuguese, Dutch) that English never uses: a sentence with more of the second is in
#: another language. Words the languages share with English ("in", "an", "die", "con") are in neither.
_ENGLISH = frozenset(
    "the of to and or is are be been for with on at by from that this it not but if than were has "
    "have had you your they their we our he she his her can would should could which who what when".split()
)


_FOREIGN = frozenset(
    "der das und ist nicht ein eine einen mit von auf für sich auch ich wir sind werden wird oder aber "
    "el los las del que es una por para como pero más muy y se lo "
    "et est les une dans pour pas sur avec sont qui ce cette "
    "il della che sono nel gli questo "
    "não uma com os ao "
    "het een zijn niet ook voor".split()
)


#: How many words either side of a word (within its sentence) ``in_english`` reads.
_ENGLISH_REACH = 10


def in_english(doc: Document, words: Words, i: int) -> bool:
    """Whether word ``i`` stands in English: its sentence (up to ``_ENGLISH_REACH`` words either
    side, not past a full stop or the block's edge) holds no more function words of other
    languages than English ones, or fewer than two ("Ich habe das Buch gelesen und ...": German,
    whose words wordfreq's web counts list as English too)."""
    prose = doc.prose
    english = foreign = 0
    for k in sentence_neighbours(doc, words, i, i, _ENGLISH_REACH):
        t = prose[words.starts[k] : words.ends[k]].lower()
        english += t in _ENGLISH
        foreign += t in _FOREIGN
    return foreign < 2 or foreign <= english


def sentence_neighbours(doc: Document, words: Words, first: int, last: int, reach: int) -> Iterator[int]:
    """The indices of up to ``reach`` words before word ``first`` (nearest first), then up to
    ``reach`` after word ``last``, in their sentence and block: a walk stops at a full stop, a
    question or exclamation mark between two words, or at the edge of ``first``'s block. The words
    a judgement of a word's language reads (``in_english``; TX116's passage of no words)."""
    prose = doc.prose
    b = doc.block_at(words.starts[first])
    lo, hi = (doc.blocks[b].start, doc.blocks[b].end) if b is not None else (0, len(prose))
    for step, k in ((-1, first), (1, last)):
        for _ in range(reach):
            nxt = k + step
            if nxt < 0 or nxt >= len(words) or not lo <= words.starts[nxt] < hi:
                break
            gap = prose[words.ends[min(k, nxt)] : words.starts[max(k, nxt)]]
            if any(c in gap for c in ".!?"):
                break
            k = nxt
            yield k


#: HTML elements whose text is code, a command or a name typed as it is: code, pre, tt (teletype,
#: Sphinx's and docutils' literals), kbd (keys typed), samp (a program's output), var.
_CODE_TAGS = ("code", "pre", "tt", "kbd", "samp", "var")


#: What follows a tag's name in its opening tag.
_TAG_END = frozenset(" >\t\n/")


def in_code(source: str, word: str) -> bool:
    """Whether the page also writes ``word`` in code: an HTML code element (``_CODE_TAGS``: ``<code>``,
    ``<pre>``, ``<tt>``, ``<kbd>``, ``<samp>``, ``<var>``), a
    Markdown code span or fenced block (a service named in a configuration file, a command): it
    is the name of something there, and in the prose too."""
    n = len(word)
    at = source.find(word)
    seen = 0
    while at != -1 and seen < 50:
        seen += 1
        end = at + n
        if not (at > 0 and source[at - 1].isalnum()) and not (end < len(source) and source[end].isalnum()):
            for tag in _CODE_TAGS:
                opened = source.rfind("<" + tag, 0, at)
                if opened != -1 and source[opened + len(tag) + 1 : opened + len(tag) + 2] in _TAG_END:
                    if opened > source.rfind("</" + tag, 0, at):
                        return True
            line = source.rfind("\n", 0, at) + 1
            if source.count("`", line, at) % 2 == 1 or source.count("\n```", 0, at) % 2 == 1:
                return True
        at = source.find(word, end)
    return False
