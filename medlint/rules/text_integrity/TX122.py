"""TX122 lowercase-sentence-start: a sentence that opens with a small letter ("The fever rose. if it is
not high, ...")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import PARAGRAPH, QUOTE, Document
from ...rule import Example, Finding, Option, Rule
from ...text.lazy_re import lazy_compile
from ...text.segment import ABBREVIATIONS
from ...text.word_classes import VERB_PAST, VERB_S, classes
from ...text.word_frequency import zipf_of

#: A full stop, a closing double quote perhaps ('the kidney essence." the above'), the spaces after it
#: and a lower-case word. The stop must follow a letter (not a
#: number's "5." or a list's "a."), and be no part of an ellipsis. A question or exclamation mark
#: is left: inside a sentence it closes a title or a name ("a page called Is lupus hereditary?
#: that ...", "We Can! programs").
_BOUNDARY = lazy_compile(
    r"(?<=[A-Za-z\u00c0-\u024f])(?<!\.\.)(\.)[\"\u201d]?[ \t]+([a-z]+)\b(?![.'\u2019@:/-])"
)
#: Abbreviations written small that a full stop ends without ending a sentence, besides
#: ``segment.ABBREVIATIONS`` ("Bifidobacterium spp. and", "set incl. effect primer").
_SMALL_ABBREVIATIONS = frozenset(
    "spp sp ssp subsp var incl excl resp esp ref refs viz pts wks yrs hrs mins mos approx tel ext assn govt natl intl".split()
)
#: Particles of names that are written small at a sentence's start ("von Hippel-Lindau disease",
#: "de los Santos et al.").
_NAME_PARTICLES = frozenset("von van de da di del della der den du la le ten ter dos das bin ibn".split())
#: Auxiliaries and modals, which open no statement.
_AUXILIARIES = frozenset(
    "is are was were be been has have had do does did can could will would shall should may might must".split()
)
#: Roman numerals that number notes and references ("iii Coleman CI, ...").
_ROMAN = frozenset("i ii iii iv v vi vii viii ix x xi xii".split())
#: A capitalised word right after the flagged one: the small word is a stray label, not a sentence's start.
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
#: A sentence's last word printed again as a sentence of its own, in lower case ("prescribed by a doctor. doctor. In
#: most cases"): a crawl's or an editor's copy of one word (the second copy is the finding; 0 in MedQuAD, the clean
#: sentences, FakeHealth and WMT22's references)
_ECHOED_WORD = lazy_compile(r"(?<![\w.])([A-Za-z][a-z]{2,})\.[ \t]+([a-z]{3,})\.(?=[ \t]*(?:$|\n|[A-Z]))")
#: (s67) The pronoun "I" written small before its verb, a contraction or an adverb ("over the years i bet you", "what
#: can i do", "i'm"): a chat's or a non-native writer's slip. Not a list's letter or a roman numeral ("i) Rest",
#: "i. Rest"), a variable ("for i in"), nor a word's part ("i.e.", "Wi-Fi").
_SMALL_I = lazy_compile(
    r"(?<![\w.'\u2019(/@#-])i(?=['\u2019](?:m|ve|ll|d)\b|[ \t]+(?:am|have|had|was|bet|think|thought|know|knew|will|would|can|"
    r"could|do|did|don['\u2019]t|didn['\u2019]t|can['\u2019]t|feel|felt|believe|tried|try|use|used|recommend|love|hope|want|wanted|"
    r"started|got|went|see|saw|guess|mean|suggest|found|noticed|really|also|just|never|always|still|personally)\b)"
)
#: A paragraph's first word in lower case ("heartache can not long endure.").
_OPENING = re.compile(r"[ \t]*([a-z]+)\b(?![.'\u2019@:/-])")
#: A number straight before the word that the full stop follows: the word is a unit, and its full stop an
#: abbreviation's ("600 ml. - 1 ltr. of infusion", "2 tbsp. of honey", "10 min. before": recipe pages).
_UNIT_AFTER_NUMBER = re.compile(r"\d[\d.,/]*[ \t]?$")
#: How common a word after a number may be and still be read as a unit (wordfreq Zipf scale: "min" 4.4, "mm" 4.65,
#: "days" 5.6).
_UNIT_MAX_ZIPF = 4.7
#: The word before the mark: a letter run, maybe with inner dots ("p.m", "e.g").
_WORD_BEFORE = re.compile(r"([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f.]*)$")


class LowercaseSentenceStart(Rule):
    """A sentence that opens with a small letter ("The fever rose. if it is not high, ...").

    Machine translation that loses the source's sentence case, scraping that
    drops a capitalised word, and hurried editing leave a sentence opening
    in lower case; every English style guide and LanguageTool
    (UPPERCASE_SENTENCE_START) ask for a capital. Read in prose paragraphs
    and quotations only: list items, headings, captions and table cells
    open in lower case by choice. A sentence starts after a full stop,
    question or exclamation mark that follows a word of three letters or
    more that is no abbreviation ("approx. ten", "et al. found", "5 p.m.
    and"), and not after an ellipsis; and a paragraph's first word opens one
    where the paragraph ends as a sentence does and holds one full sentence
    or more (a paragraph that goes on from a line the page broke is
    left). The word must be common English (Zipf frequency
    ``min-zipf`` or more in the word-frequency table), so names styled in
    lower case ("bell hooks"), units and brand names stay out. The fix
    capitalises the letter; it is unsafe, as a name may be written small on
    purpose. Words of an earlier sentence pasted in after a full stop ("the
    belly. brown spots on the face, but also ..." two sentences after "a mask
    against black spots, brown spots on the face") are reported as the copied
    fragment they are, with no fix; a tail printed twice in a row ("... your
    baby. will harm your baby.") is RP105's. A sentence's last word printed
    again alone, in lower case ("prescribed by a doctor. doctor. In most
    cases") is reported as the copy it is, with a fix that deletes it (unsafe).
    """

    code = "TX122"
    name = "lowercase-sentence-start"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "The Chicago Manual of Style, 17th ed., §8.1 (a sentence begins with a capital); LanguageTool's "
        "UPPERCASE_SENTENCE_START rule; word frequencies: rules/data/word-frequencies.tsv"
    )
    options = {
        "min-zipf": Option(
            3.0,
            float,
            "Zipf frequency a word needs (in rules/data/word-frequencies.tsv) to be read as a sentence's "
            "first word written small: rarer words may be names styled in lower case",
        ),
    }
    should_fire = (
        Example("The fever rose. if it is not high, it does not need to be lowered."),
        Example("Rest is enough for most colds.\n\nfor flu, many people take antibiotics. They do not help."),
        Example('The old saying is "winter storage." the above methods nourish the kidney.'),
        Example("Over the years i bet you have tried many remedies."),
    )
    should_not_fire = (
        "The fever rose. If it is not high, it does not need to be lowered.",
        Example('Comments such as "So good, awesome." flooded in.', note="a quoted sentence inside one"),
        Example("Results came at 5 p.m. and were normal.", note="an abbreviation's full stop"),
        Example("Smith et al. found no effect.", note="et al."),
        Example("It faded... and then came back.", note="an ellipsis"),
        Example("- take the pills with food.\n- drink water.", note="list items", format="markdown"),
        Example(
            "Two rules apply: i) rest, and ii) fluids, i.e. water.", note="a list's numeral, an abbreviation"
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        min_zipf = float(self.opts["min-zipf"])
        prose = doc.prose
        for bi, block in doc.iter_blocks(PARAGRAPH, QUOTE):
            text = prose[block.start : block.end]
            yield from self._echoed_words(doc, block.start, text)
            yield from _small_pronouns(block.start, text)
            opening = _OPENING.match(text)
            if (
                opening is not None
                and _ends_as_sentence(text)
                and _full_sentence_inside(text, opening.end())
                and not _after_inline_markup(doc.source, block.start + opening.start(1))
                and not _opens_a_fragment(opening.group(1))
            ):
                previous = prose[doc.blocks[bi - 1].start : doc.blocks[bi - 1].end] if bi > 0 else ""
                if (not previous or _ends_as_sentence(previous)) and not _repeats(
                    text, opening.start(1), previous
                ):
                    yield from self._finding(block.start + opening.start(1), opening.group(1), min_zipf)
            for m in _BOUNDARY.finditer(text):
                before = _WORD_BEFORE.search(text, 0, m.start(1))
                if before is None or not _ends_a_sentence(before.group(1)):
                    continue
                if _UNIT_AFTER_NUMBER.search(text, 0, before.start(1)) and _unit_like(before.group(1)):
                    continue  # a unit's abbreviation after its number ("1 ltr. of infusion", "2 tbsp. of honey")
                if _in_address(doc.source, block.start + m.start(1)):
                    continue
                before_text = text[max(0, m.start(1) - 300) : m.start(1)]
                if _repeats(text, m.start(2), before_text):
                    copied = _copied_fragment(text, m.start(2), before_text)
                    if copied:  # words of an earlier sentence, pasted in as a sentence of their own
                        yield Finding(
                            block.start + m.start(2),
                            block.start + m.start(2) + len(copied),
                            f"a sentence that opens with a small letter repeats words written just before "
                            f"(“{copied}”): a fragment copied in, to delete or to finish as a sentence",
                        )
                    continue  # a tail printed twice in a row ("... your baby. will harm your baby."): RP105's
                if _CAPITAL_NEXT.match(text, m.end(2)):
                    continue  # a button's or a label's word before a new sentence ("less In this photo")
                if m.end(1) < m.start(2) and text[m.end(1)] in '"\u201d' and _continues(m.group(2)):
                    # a quoted sentence inside the writer's ('comments such as "... awesome." flooded in'):
                    # a verb, an auxiliary or a conjunction after the quote goes on with the same sentence
                    continue
                yield from self._finding(block.start + m.start(2), m.group(2), min_zipf)

    @staticmethod
    def _echoed_words(doc: Document, block_start: int, text: str) -> Iterable[Finding]:
        """The last word of a sentence printed again after it, alone and in lower case (``_ECHOED_WORD``)."""
        if ". " not in text:
            return
        for m in _ECHOED_WORD.finditer(text):
            if m.group(2) != m.group(1).lower():
                continue
            start = block_start + m.start(2)
            yield Finding(
                start,
                block_start + m.end(2) + 1,
                f"“{m.group(2)}.” repeats the word that ends the sentence before it: a copy to delete",
                fix=Fix(
                    (Edit(block_start + m.end(1) + 1, block_start + m.end(2) + 1, ""),),
                    "delete the copy",
                    safe=False,
                ),
            )

    def _finding(self, start: int, word: str, min_zipf: float) -> Iterable[Finding]:
        if word in _NAME_PARTICLES or word in _ROMAN or (len(word) == 1 and word != "a"):
            return  # a name's particle, a note's number, a list's letter ("b) Upload ...")
        zipf = zipf_of(word)
        if zipf is None or zipf < min_zipf:
            return
        capital = word[0].upper() + word[1:]
        yield Finding(
            start,
            start + len(word),
            f"the sentence opens with a small letter: “{capital}”",
            (capital,),
            Fix((Edit(start, start + 1, word[0].upper()),), "capitalise the first letter", safe=False),
        )


def _small_pronouns(block_start: int, text: str) -> Iterable[Finding]:
    """The pronoun "I" written small (``_SMALL_I``), with a safe fix: the capital."""
    if "i" not in text:
        return
    for m in _SMALL_I.finditer(text):
        start = block_start + m.start()
        yield Finding(
            start,
            start + 1,
            "the pronoun “I” is written with a capital",
            ("I",),
            Fix((Edit(start, start + 1, "I"),), "capitalise the pronoun", safe=True),
        )


def _unit_like(word: str) -> bool:
    """A short word, rarer than everyday words, that a number stands before: a unit's abbreviation ("ltr",
    "tbsp", "min"), not a counted noun that may end a sentence ("3 days.", "5 miles.")."""
    zipf = zipf_of(word.lower())
    return len(word) <= 4 and (zipf is None or zipf < _UNIT_MAX_ZIPF)


def _ends_a_sentence(word: str) -> bool:
    """Whether a full stop after ``word`` may end a sentence: three letters or more, no inner dot,
    no abbreviation (``segment.ABBREVIATIONS``, ``_SMALL_ABBREVIATIONS``) and a word of the
    frequency table (a clipped word, "bat." for battery, is an abbreviation too)."""
    if len(word) < 3 or "." in word:
        return False
    lower = word.lower()
    return lower not in ABBREVIATIONS and lower not in _SMALL_ABBREVIATIONS and zipf_of(lower) is not None


def _opens_a_fragment(word: str) -> bool:
    """Whether a paragraph opened by ``word`` is a fragment whose subject was lost (a crawl dropped
    a name or a trademark's image: "was associated with a 32 percent reduction"), not a sentence
    written small: an auxiliary, a modal or a verb's -s or past form opens no English sentence but
    a question."""
    return word in _AUXILIARIES or not {VERB_S, VERB_PAST}.isdisjoint(classes(word))


def _repeats(text: str, start: int, before: str) -> bool:
    """Whether the words from ``start`` (up to four) were written just before: a crawl that printed
    a sentence's tail twice ("... will harm your baby. will harm your baby."), where the cure is to
    delete the copy, not to capitalise it."""
    words = _opening_words(text, start)
    if len(words) < 2:
        return False
    return " ".join(words).rstrip(".,;:") in " ".join(before.split())


def _opening_words(text: str, start: int) -> list[str]:
    """Up to four words from ``start``, ending with the first that ends a sentence."""
    words = text[start:].split()[:4]
    for n, word in enumerate(words):
        if word.endswith((".", "!", "?")):
            return words[: n + 1]
    return words


def _copied_fragment(text: str, start: int, before: str) -> str:
    """The words from ``start`` that ``_repeats`` found written before, when they stand apart from their
    earlier copy ("the belly. brown spots on the face, but ..." two sentences after "a mask against black
    spots, brown spots on the face, but ..."): a pasted fragment. Empty when the copy ends right before the
    full stop ("... your baby. will harm your baby."), a tail printed twice in a row."""
    phrase = " ".join(_opening_words(text, start)).rstrip(".,;:")
    flat = " ".join(before.split()).rstrip(" .!?")
    if flat.endswith(phrase):
        return ""
    return phrase


def _after_inline_markup(source: str, start: int) -> bool:
    """Whether inline markup the prose view blanks ends right before ``start`` in the source: a
    closing tag ("<code>foo1</code> is not ...") or Markdown's inline code ("`foo1` is"), so the
    paragraph's first word is not its first."""
    before = source[max(0, start - 200) : start].rstrip()
    if before.endswith("`"):
        return True
    if not before.endswith(">"):
        return False
    tag = before[before.rfind("<") :]
    return tag.startswith("</") and not tag.startswith(
        ("</p", "</div", "</h", "</li", "</td", "</tr", "</table")
    )


def _in_address(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` is a dot of a web address that a crawl spaced out
    ("http://www. nih. gov"): an address starts in the same line shortly before it. Read in the
    source, as the prose view blanks what it reads as an address."""
    line_start = text.rfind("\n", 0, dot) + 1
    before = text[max(line_start, dot - 80) : dot]
    return "http" in before or "www" in before


def _ends_as_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "?", "!", ".\u201d", '."', "?\u201d", '?"'))


def _full_sentence_inside(text: str, start: int) -> bool:
    """A full stop, question or exclamation mark and a capital after it come after ``start``: the
    paragraph holds a sentence of its own before its last, so it is no line the page broke off
    from the paragraph before ("... the\\ndoctor said so.")."""
    rest = text[start:]
    return re.search(r"[.!?][ \t]*[A-Z]", rest) is not None or len(re.findall(r"[.!?](?:\s|$)", rest)) >= 2


def _continues(word: str) -> bool:
    """A word that goes on with the sentence a quotation stood in: a verb, an auxiliary or a conjunction."""
    return word in ("and", "or", "but", "nor", "not") or _opens_a_fragment(word)
