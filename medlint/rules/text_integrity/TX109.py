"""TX109 misspelling: A non-word one edit from a common word ("recieve", "avaliable", "corticosteriods")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from ...diagnostic import Edit, Fix, Severity
from ...document import Document, Words
from ...rule import Example, Finding, Option, Rule
from ...text import word_classes
from ...text.drug_names import is_drug_name
from ...text.lazy_re import lazy_compile
from ...text.lexicon import (
    FUNCTION_PARTS,
    PREFIX_WORDS,
    SUFFIX_WORDS,
    glued_splits,
    is_health_word,
    is_known,
    is_near_word,
    long_splits,
)
from ...text.spelling import (
    corrections,
    is_derived,
    is_health_plural,
    is_regular_inflection,
    is_variant,
    misspelt_everyday_word,
    prefix_swap,
    prefixed,
    spelling_variant,
)
from ...text.word_classes import SINGULAR, VERB_ONLY
from ...text.word_frequency import zipf_of, zipf_table
from ...text.word_place import in_code, in_english, set_apart
from ._shared import cut_word_start
from .TX124 import lost_ligatures

#: Words either side of a word that are read to tell English from another language.
_NEIGHBOURHOOD = 4
#: This many words English lacks among them: not English.
_MOST_STRANGE = 2
#: Endings of chemical names ("retinyl palmitate").
_CHEMICAL_ENDINGS = ("yl", "yls")
#: Latin endings: a word with one after a Latin or capitalised head is a Latin name's second word
#: ("cauda equina", "Adductor longus", "Nevus spilus", "avium intracellulare").
_LATIN_ENDINGS = ("us", "um", "a", "ae", "is", "i", "e", "es")
#: A word written only with a capital one slip from a drug name is judged from this length (a
#: drug opening a sentence or a list item: "Metforman").
_CAPITALISED_DRUG_LENGTH = 8
#: The frequency given to a word absent from wordfreq's table (which holds Zipf 2.5 and more).
_UNLISTED_ZIPF = 1.0


@functools.lru_cache(maxsize=4)
def _common(max_zipf: float) -> frozenset[str]:
    """The words wordfreq's table rates ``max_zipf`` or more: never a misspelling (``_judge``'s
    first test), taken from a document's words before the rule's scan."""
    return frozenset(w for w, z in zipf_table().items() if z >= max_zipf)


#: tests set this to scan every word of a document (:meth:`Misspelling.check`)
_PLAIN_SCAN = False


class Misspelling(Rule):
    """A word that is not English, one edit from a common word ("recieve", "corticosteriods").

    A lower-case alphabetic word is a misspelling candidate when the
    dictionary lacks it: wordfreq's table gives it less than ``max-zipf``
    (wordfreq counts web text, where frequent misspellings are listed:
    "recieve" 2.75, "teh" 3.04), it is not a word of NIH and CDC health writing
    (``health-words.tsv``) and not a WordNet 3.0 word or inflection
    (``near-words.tsv``). It is reported when one edit (a letter inserted,
    deleted or substituted, or two letters swapped) makes a word at least
    ``min-correction-zipf`` common ("avaliable" -> "available"), or, for a word of
    ``long-word`` letters or more, any listed or common health word
    ("corticosteriods" -> "corticosteroids"), at least ``min-gap`` more common
    than the word itself, and no other edit gives a word within ``rival-gap``
    of it ("teh" -> "the", not "ten"; "blod" is left: "blood", "blog" and
    "bold" are all one edit, and wordfreq lists "blod"). A word no list holds that is one edit from two
    everyday words (each at least Zipf 4) is still no word and is reported with both readings and no fix
    ("appers": "appears" or "papers"; "tearms": "terms" or "teams"). A substitution counts only as a typing slip:
    two vowels, keyboard neighbours or letters of one sound ("persistant",
    "presense"); an unrelated consonant makes another word ("hepatologist").
    Not reported, as words the dictionary lacks rather than slips: an
    inflection of the correction (the edit at the word's end: "antiepileptics",
    "urinalyses"), a British or other accepted spelling ("haematuria",
    "payors"), a known word with a prefix or suffix ("nontender",
    "prescribers", "tumorous", a comparative "barfier"), one stem with another prefix ("prebiotics"),
    the plural of a health word, a chemical radical ("retinyl"), a glued
    pair MT106 reports ("chestor"), a letter put before a common word (a
    coinage or a user handle: "iframes", "rsync", "mconley"; slips seldom
    touch a word's first letter, and a doubled one, "wwith", is still read),
    two words each far commoner than the correction run together (a closed
    compound: "frontend", not "fronted"), a Latin name's second word after a Latin
    or capitalised head ("cauda equina", "Nevus spilus", "P. africanus"), a
    word split in two ("fl ushing", "I nhibition"), and a word among two or
    more others English lacks (another language, code), and the last word of a text that stops on it
    with no closing mark (a cut text's last word may be cut: "RDN, clinica"; TX103 reports the cut). Words shorter than
    ``min-length`` (5: abbreviations, slang) are not checked. Capitalised and
    mixed-case words (names, brands, genes; but a word capitalised only where it opens a sentence that goes
    on in lower case, whose one correction is an everyday word, is read: "Allways drink water"), words joined to a neighbour by a
    hyphen, apostrophe, bracket or digit, words in addresses (also one the crawl
    broke at its dots), tags and code (also teletype, keyboard and sample
    markup: ``<tt>``, ``<kbd>``, ``<samp>``), a quoted spelling, and a word the
    document uses more than ``max-uses`` times (its own term) are left. The
    correction is the suggestion; the fix (not safe: a reader must confirm)
    is offered only when no other edit gives a word. A word that is a common
    word ending in consonant + "y" plus "s" ("bodys": "body's" or "bodies") or
    a noun plus a glued "a" ("syndromea": a dash dropped before "a") is
    reported with those readings and no fix, even when the crawled answers
    the health table was built from hold it.
    """

    code = "TX109"
    name = "misspelling"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Damerau (1964), A technique for computer detection and correction of spelling errors, CACM 7(3) "
        "(one edit covers most misspellings); dictionary: wordfreq (Speer et al., data CC BY-SA 4.0), "
        "the words of MedQuAD's NIH and CDC answers, build side (Ben Abacha and Demner-Fushman 2019, CC BY 4.0) "
        "and WordNet 3.0 (Princeton University, WordNet licence): rules/data/lexicon/near-words.tsv built by "
        "scripts/build_spelling.py"
    )
    options = {
        "min-length": Option(
            5, int, "shortest word checked (shorter ones are mostly abbreviations and slang)"
        ),
        "max-zipf": Option(
            3.2, float, "a word wordfreq gives this frequency (Zipf) or more is never reported (at most 3.5)"
        ),
        "min-correction-zipf": Option(3.0, float, "how common (Zipf) a correction of a short word must be"),
        "long-word": Option(
            8, int, "from this length any listed or common health word may be the correction"
        ),
        "min-gap": Option(1.5, float, "how much more common (Zipf) the correction must be than the word"),
        "rival-gap": Option(
            1.0, float, "a second correction within this much (Zipf) of the first: ambiguous, left"
        ),
        "max-uses": Option(2, int, "a word the document uses more often is its own term, left"),
        "ignore": Option([], list, "words never reported (a site's own terms)"),
    }
    should_fire = (
        Example("Genetic testing is avaliable for the condition."),
        Example("You may recieve corticosteriods for the swelling."),
        Example("<p>Exercise strengthens the bodys muscles.</p>", format="html"),
        Example("It is caused by Marfan syndromea rare disorder of connective tissue."),
        Example(
            "The heart has four chambers. The upper chambers are seperated from the lower ones by valves.",
            note="the base a web count lists ('seperate') is itself a misspelling",
        ),
    )
    should_not_fire = (
        Example(
            "The tumour was resectable; she heads podiatric medicine.",
            note="adjectives known through a sister noun: resection, podiatrist",
        ),
        "Genetic testing is available for the condition.",
        Example("The point was hafting the blade.", note="a rare verb's regular form"),
        Example(
            "Metformin, BRCA1 and Januvia; anti-tnf drugs, a nontender clonus and the dysgenesis.",
            note="names, compounds, derivatives, rare English and health words",
        ),
        Example("Red blod cells.", note="ambiguous: 'blood', 'bold' and 'blog' are all one edit"),
        Example("The word is spelled 'recieve' there; see example.com/recieve.", note="quoted, address"),
        Example("Run `recieve --help` first.", format="markdown"),
        Example("We recieve, recieve and recieve it.", note="a word the document uses often"),
        Example("It presses on the cauda equina.", note="a Latin name"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        min_length = int(self.opts["min-length"])
        max_uses = int(self.opts["max-uses"])
        key = (
            min(float(self.opts["max-zipf"]), 3.5),
            float(self.opts["min-correction-zipf"]),
            int(self.opts["long-word"]),
            float(self.opts["min-gap"]),
            float(self.opts["rival-gap"]),
        )
        positions = doc.word_index
        words = doc.words()
        prose = doc.prose
        starts, ends = words.starts, words.ends
        zipfs, max_zipf = zipf_table(), key[0]
        judged = []
        unknown: list[str] = []  # words no table holds and that are no slip
        # the words wordfreq rates common taken away in C first (a set difference walks the
        # document's words once): the loop below meets the few left. The order of ``judged`` does
        # not matter, the findings are sorted by offset (``_PLAIN_SCAN``: every word, as tests compare)
        scan = positions if _PLAIN_SCAN else set(positions).difference(_common(max_zipf))
        for w in scan:
            at = positions[w]
            if len(w) < min_length or len(at) > max_uses:
                continue
            listed = zipfs.get(w)
            if listed is not None and listed >= max_zipf:
                continue  # _judge's first test, before the scan below: most of a text's words
            # only a word written in lower case somewhere: capitalised ones are names ("Recieve trial"),
            # except a long one whose every correction is a health term ("Hemochromotosis")
            if any(prose[starts[i] : ends[i]] == w for i in at):
                verdict = _judge(w, key)
                if verdict is not None:
                    judged.append((w, verdict, w))
                elif listed is None and w.isalpha():
                    unknown.append(w)
            elif len(w) >= key[2] and listed is None:
                verdict = _capitalised_term(w, key, [prose[starts[i] : ends[i]] for i in at])
                if verdict is not None:
                    judged.append((w, verdict, w[0].upper() + w[1:]))
            else:
                opening = _sentence_opening_slip(doc, w, at, key)
                if opening is not None:
                    judged.append((w, opening, w[0].upper() + w[1:]))
        if not judged or _uncovered(positions, unknown, min_length, max_uses):
            return
        ignore = {str(w).lower() for w in self.opts["ignore"]}
        # a PDF's lost ligatures ("signicant", "ndings") are TX124's: its reading restores the letters,
        # where an edit of one letter would guess another word ("endings")
        ignore.update(doc.derived(lost_ligatures))
        roman_notes = doc.derived(_roman_footnotes)
        found: list[Finding] = []
        cut = cut_word_start(doc)  # a cut text's last word may be cut too: TX103 reports the cut
        for w, (readings, fix_to, glued), written in judged:
            if w in ignore:
                continue
            if roman_notes and w[-1] in "ivx" and w[:-1] in readings:
                continue  # a footnote's roman numeral run into the word before it ("yeari", "percentv")
            if not glued and (
                _named(doc, words, positions[w]) or _handle(doc.source, w) or in_code(doc.source, w)
            ):
                continue  # the page's own name for something: a person, a product, a repository, code
            quoted = " or ".join(f"“{r}”" for r in readings)
            for i in positions[w]:
                token = words[i]
                if (
                    token.text != written
                    or token.start >= cut
                    or set_apart(prose, token.start, token.end, doc.source)
                ):
                    continue
                if (
                    written != w
                    and i > 0
                    and _after_capital(doc, words[i - 1].text, words[i - 1].start, token.start)
                ):
                    continue  # "Luana Pistacchio", "F. Carpentier", "Dr. Carpentier": a name
                if written != w and _address_item(prose, token.start, token.end):
                    continue  # "P.O. Box 1203, Fontabelle, St. Michael, BB11000": a place in an address
                if _SIC.match(prose, token.end):
                    continue  # "by cnance [sic]": the writer marks the quoted source's own spelling
                if _CITED_WORD.search(prose, max(0, token.start - _CITED_REACH), token.start):
                    continue  # "from Greek gaster, stomach": a word of another language, cited as one
                if i > 0 and not glued:
                    prev = words[i - 1]
                    if w.endswith(_LATIN_ENDINGS) and _latin_head(prose, prev.text, prev.start):
                        continue
                    if _split_word(prose, prev.text, prev.end, token.start, w, doc.source):
                        continue  # "fl ushing": a word split in two, not misspelt
                if _foreign_here(words, i, key):
                    continue  # among words English lacks: another language, code or a list of names
                if not in_english(doc, words, i):
                    continue  # a run of words with no English function word: another language, a tag list
                fix = None
                if fix_to:
                    fix = Fix((Edit(token.start, token.end, fix_to),), f"write {fix_to!r}", safe=False)
                found.append(
                    Finding(token.start, token.end, f"“{token.text}” is not a word: {quoted}?", readings, fix)
                )
        found.sort(key=lambda f: f.start)
        yield from found


#: A word of another language cited by its name, right before the word: an etymology ("from Greek
#: gaster", "the Latin word dolor", "in Greek, gaster means"), which spells the word its own way.
_CITED_WORD = re.compile(
    r"\b(?:Greek|Latin|French|German|Arabic|Sanskrit|Hebrew|Italian|Spanish|Portuguese|Dutch|Persian|"
    r"Japanese|Chinese|Norse|Hindi|Russian|Turkish)(?:\s+(?:words?|terms?|roots?|verbs?|nouns?|"
    r"adjectives?|names?|prefix|suffix|stem))?[\s,:]*[\"“‘'(]?$"
)
#: How far before a word ``_CITED_WORD`` reads.
_CITED_REACH = 40


#: How common the correction of a word capitalised only where it opens a sentence must be (wordfreq Zipf:
#: "always" 5.9, "because" 6.1): a function word or an everyday adverb, which no name is one slip from
_OPENING_CORRECTION_ZIPF = 5.5


def _sentence_opening_slip(
    doc: Document, w: str, at: Sequence[int], key: tuple[float, float, int, float, float]
) -> tuple[tuple[str, ...], str, bool] | None:
    """``_judge``'s verdict, capitalised, on a word written with a capital only where it opens a sentence
    ("Allways drink water"), when its one correction is an everyday word: the capital is the sentence's,
    not a name's."""
    words = doc.words()
    opening = doc.derived(_sentence_starts)
    title = w[0].upper() + w[1:]
    prose = doc.prose
    if not all(
        words.starts[i] in opening
        and prose[words.starts[i] : words.ends[i]] == title
        and _LOWER_WORD_NEXT.match(prose, words.ends[i])
        for i in at
    ):
        return None  # a name's capital, or a name before its bracket ("Toray (Japan) supplies")
    verdict = _judge(w, key)
    if verdict is None or verdict[2] or len(verdict[0]) != 1:
        return None
    reading = verdict[0][0]
    if (zipf_table().get(reading) or 0.0) < _OPENING_CORRECTION_ZIPF:
        return None
    fixed = reading[0].upper() + reading[1:]
    return (fixed,), fixed if verdict[1] else "", False


#: The sentence going on in lower case after the word ("Allways drink water")
_LOWER_WORD_NEXT = re.compile(r" [a-z]")


def _sentence_starts(doc: Document) -> frozenset[int]:
    """The offsets where the document's sentences start."""
    return frozenset(x.start for x in doc.sentences)


def _after_capital(doc: Document, prev: str, prev_start: int, start: int) -> bool:
    """The word before a capitalised word at ``start`` is capitalised too, in the same block: a first
    name, an initial or a title before a surname ("Amy Berrington", "F. Carpentier", "Dr."), or a
    word of a name ("British Assocation"), where a capital says nothing of a slip."""
    return prev[:1].isupper() and doc.block_at(prev_start) == doc.block_at(start)


#: How far either side of a capitalised word ``_address_item`` reads.
_ADDRESS_REACH = 24


def _address_item(prose: str, start: int, end: int) -> bool:
    """The capitalised word at ``start``-``end`` is one item of a postal address: it stands between
    commas, and the item before or after it holds a digit (a box number, a street number, a
    postcode: "P.O. Box 1203, Fontabelle, St. Michael, BB11000"). A page's footer prints its
    publisher's address so; the places in it are names, not slips."""
    before = prose[max(0, start - _ADDRESS_REACH) : start].rstrip(" ")
    after = prose[end : end + _ADDRESS_REACH]
    if not before.endswith(",") or not after.startswith(","):
        return False
    item_before = before[:-1].rsplit(",", 1)[-1]
    item_after = after[1:].split(",", 1)[0]
    if "\n" in item_before or "\n" in item_after:
        return False
    return any(c.isdigit() for c in item_before + item_after)


#: A word written only with a capital is judged from this length (names are shorter).
_CAPITALISED_LENGTH = 10


def _capitalised_term(
    w: str, key: tuple[float, float, int, float, float], written: Sequence[str]
) -> tuple[tuple[str, ...], str, bool] | None:
    """``_judge``'s verdict on a long word the document writes only with a capital ("Hemochromotosis",
    a heading's, a sentence's or a list item's first word), in that case, when it has
    ``_CAPITALISED_LENGTH`` letters or more: a name a page gives (a person, a product) is seldom that
    long and one slip from a word ("hemochromatosis", "hypothyroidism"). The caller still leaves a
    word the document capitalises inside running prose, a name there (``_named``: "said Stephen
    Silberstein", "a Broomfield doctor")."""
    title = w[0].upper() + w[1:]
    if any(t != title for t in written):
        return None
    verdict = _judge(w, key)
    if verdict is None or verdict[2]:
        return None
    readings, fix_to, glued = verdict
    if not readings or len(w) < (
        _CAPITALISED_DRUG_LENGTH if is_drug_name(readings[0]) else _CAPITALISED_LENGTH
    ):
        return None
    cased = tuple(r[0].upper() + r[1:] for r in readings)
    return cased, (fix_to[0].upper() + fix_to[1:]) if fix_to else "", glued


#: "[sic]" or "(sic)" just after a word (a comma or a quotation mark or both may come between): the writer
#: quotes a source and marks its spelling as the source's, so an editor keeps it.
_SIC = lazy_compile(r"[,.;:'\u2019\u201d\"]{0,2}\s*[\[(]sic[\])]", re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def _judge(w: str, key: tuple[float, float, int, float, float]) -> tuple[tuple[str, ...], str, bool] | None:
    """Whether the document word ``w`` is a misspelling, whatever its context: (readings, the
    fix's text or "", whether it is a glued "s" or "a"), or None. Kept per word: a word's answer
    does not depend on the document, and health writing repeats its rare words."""
    max_zipf, floor, long_word, min_gap, rival_gap = key
    if not (w.isalpha() and w.isascii()):
        return None
    listed = zipf_table().get(w)
    if (listed is not None and listed >= max_zipf) or is_near_word(w):
        return None
    glued = _glued_ending(w, floor)
    if glued:
        # a crawl's defect of that shape is in the health table too ("bodys"): judged by its shape
        return tuple(_readings(w, glued)), "", True
    if is_health_word(w):
        return None
    if w[-1] == "s" and zipf_table().get(w[:-1]) is not None:
        return None  # a regular plural or verb form of a listed word ("covids")
    if (
        w.endswith(_CHEMICAL_ENDINGS)
        or (is_derived(w) and not _slip_of_everyday_word(w, long_word))
        or is_regular_inflection(w)
        or is_health_plural(w)
        or (glued_splits(w) and not misspelt_everyday_word(w))
        or long_splits(w)
        or _glued_function(w)
    ):
        return None  # a derivative, a plural or a chemical name, or a glued pair MT106 reports ("chestor")
    options = corrections(w, long_word)
    if not options:
        return None
    best_z, best = options[0]
    if best_z < floor and len(w) < long_word:
        return None
    if best == w[1:] and w[0] != w[1]:
        return None  # a letter put before a word: a coinage or a handle ("iframes", "rsync", "mconley")
    if best in zipf_table() and _closed_compound(w, best_z):
        return None  # two commoner words run together: a closed compound ("frontend", not "fronted")
    if (
        (is_variant(w, best) and not _drug_final_e(w, best) and not _slip_at_end(w, best, best_z, listed))
        or spelling_variant(w, best)
        or prefix_swap(w, best)
    ):
        return None  # an inflection, another accepted spelling, or a prefix swapped
    z = _UNLISTED_ZIPF if listed is None else listed
    if best_z - z < min_gap:
        return None
    if len(options) > 1 and options[1][0] > best_z - rival_gap:
        # two everyday words one slip away ("appers": "appears" or "papers"; "tearms": "terms" or "teams"): a word
        # no list holds is still no word, reported with both readings and no fix; a listed one, or corrections
        # less common than ``_AMBIGUOUS_ZIPF``, may be a rare word of its own ("blod": "blood", "blog", "bold")
        if listed is not None or options[1][0] < _AMBIGUOUS_ZIPF:
            return None
        rivals = tuple(c for zc, c in options if zc > best_z - rival_gap)[:_AMBIGUOUS_READINGS]
        return rivals, "", False
    return (best,), best if len(options) == 1 else "", False


#: How common (Zipf) a word must be for a prefixed reading one slip from it to be read as the slip: "presure" is
#: "pre" + "sure" by shape and one letter from "pressure" (5.0), "untill" "un" + "till" and one from "until" (5.6)
_EVERYDAY_CORRECTION_ZIPF = 5.0


def _slip_of_everyday_word(w: str, long_word: int) -> bool:
    """``w`` reads as a prefix on a known word only by its shape: its one correction (no other within a Zipf
    of 3) is an everyday word (``_EVERYDAY_CORRECTION_ZIPF``), so the slip is the likelier reading."""
    if not prefixed(w):
        return False
    options = corrections(w, long_word)
    return (
        bool(options)
        and options[0][0] >= _EVERYDAY_CORRECTION_ZIPF
        and not any(z >= 3.0 for z, _ in options[1:])
    )


#: (s67) How common (Zipf) a correction must be for a non-word that differs from it only at its end to be read as a slip
#: of it ("includ", "populare", "dietv": "include" 5.2, "popular" 5.1, "diet" 4.6), not an inflection of a rare term the
#: dictionary lacks ("hypospadia", "antiepileptics")
_EVERYDAY_ENDING_ZIPF = 4.5


#: Endings English adds to a word to make another ("breath": "breathy", "design": "designee")
_DERIVING_TAILS = frozenset("y ee er ed es s ly".split())


#: (s67) Footnote numerals run into the words they follow, two or more in a list ("infectionsiii,iv", "womeni,ii"): a
#: press release's superscripts flattened to text
_ROMAN_FOOTNOTE_LIST = lazy_compile(r"[a-z](?:i{1,3}|iv|vi{0,3}|ix|x),(?:i{1,3}|iv|vi{0,3}|ix|x)\b")


def _roman_footnotes(doc: Document) -> bool:
    """Whether the document runs roman footnote numerals into its words (``_ROMAN_FOOTNOTE_LIST``): then a word that
    is another word with a last "i", "v" or "x" is that word and its note, no slip."""
    return _ROMAN_FOOTNOTE_LIST.search(doc.prose) is not None


def _slip_at_end(w: str, best: str, best_z: float, listed: float | None) -> bool:
    """(s67) ``w``, which differs from ``best`` only at its end, is a slip of an everyday word rather than an
    inflection of a rare term the dictionary lacks: no list holds it, ``best`` is an everyday word
    (``_EVERYDAY_ENDING_ZIPF``), and the difference is a stray letter added or a final "e" dropped ("dietv",
    "populare", "includ"), not an ending that derives a word ("breathy"), a last letter changed ("designee" is no
    slip of "designed") nor a word cut short ("suppl", an abbreviation)."""
    if listed is not None or best_z < _EVERYDAY_ENDING_ZIPF:
        return False
    if w.startswith(best):
        return w[len(best) :] not in _DERIVING_TAILS
    return best.startswith(w) and best[len(w) :] == "e"


#: How common (Zipf) both of two rival corrections must be for a word no list holds to be reported with both
_AMBIGUOUS_ZIPF = 4.0
#: At most this many readings of such a word
_AMBIGUOUS_READINGS = 3


#: Each half of a closed compound is at least this much commoner (Zipf) than the correction.
_COMPOUND_MARGIN = 1.0
#: The shortest half of a closed compound read by ``_closed_compound``.
_COMPOUND_PART = 3
#: Halves that make no closed compound: function words and the words that form derivatives
_AFFIX_OR_FUNCTION = FUNCTION_PARTS | PREFIX_WORDS | SUFFIX_WORDS


def _closed_compound(word: str, best_z: float) -> bool:
    """Whether ``word`` is two words run together, each of ``_COMPOUND_PART`` letters or more and
    ``_COMPOUND_MARGIN`` commoner than the best correction ("frontend": "front" 5.3 and "end" 5.7,
    against "fronted" 3.1): a closed compound the table lacks (a technical term), which no slip
    of a rarer word explains better. A real slip's correction is common, so its halves, when it
    splits at all, are not both commoner. A function word or an affix as a half ("lowless": "low"
    + "less", a dash lost) makes no compound; the caller reads only a correction of wordfreq's
    table (a health word's frequency is a stand-in: "seologic" is "serologic")."""
    for k in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1):
        head, tail = word[:k], word[k:]
        if _AFFIX_OR_FUNCTION.intersection((head, tail)):
            continue  # "low" + "less": a word glued to a function word or an affix, a crawl's slip
        a, b = zipf_of(head), zipf_of(tail)
        if a is not None and b is not None and min(a, b) >= best_z + _COMPOUND_MARGIN:
            return True
    return False


def _drug_final_e(word: str, cand: str) -> bool:
    """Whether ``word`` is the drug name ``cand`` with its final "e" dropped or one added
    ("levothyroxin", "gabapentine"): no English inflection, the other languages' spelling of the
    name, which an English page corrects."""
    return is_drug_name(cand) and (word + "e" == cand or word == cand + "e")


def _glued_ending(word: str, floor: float) -> str | None:
    """The common word before a final "s" or "a" that ``word`` ends in ("bodys", "syndromea"), or None:
    such a word is a possessive or plural written wrong, or a word glued to "a" where a dash was
    lost, whatever single edits it is also near ("bodys" -> "boys")."""
    if len(word) < 5 or word[-1] not in "sa" or word[-2] in "s" + word[-1]:
        return None
    stem = word[:-1]
    z = zipf_of(stem)
    if z is None or z < floor:
        return None
    if word[-1] == "s":
        return stem if stem[-1] == "y" and stem[-2] not in "aeiou" else None
    # "a" after a noun and nothing else ("syndromea"), not a Latin adjective's stem ("imperfecta"); or (s56) after a
    # verb the table knows only as a verb, where the space before the article was lost ("reducea risk")
    cls = word_classes.classes(stem)
    if len(stem) >= 6 and cls == SINGULAR:
        return stem
    return stem if len(stem) >= 4 and VERB_ONLY in cls else None


def _readings(word: str, stem: str) -> list[str]:
    """What a word ending in "s" or "a" after a common word may stand for: "bodys" is "body's" or
    "bodies", "syndromea" is "syndrome" and a glued "a" (a dash lost), "reducea" is "reduce a" (a space lost)."""
    if word[-1] == "s":
        return [stem + "'s", stem[:-1] + "ies"]
    if VERB_ONLY in word_classes.classes(stem):
        return [stem + " a"]
    return [stem + " \u2014 a", stem]


#: A text in which this share of the rare words it writes in lower case (used at most
#: ``max-uses`` times, five letters or more) are words no table holds and no slip of one is in a
#: language the dictionary does not cover (a German, French or Papiamento page under an English
#: template): its slips cannot be told from its vocabulary. Development data: MedQuAD answers at
#: most 0.12 (a list of drug names), FakeHealth articles 0.06, English pages 0.08 (philosophy,
#: tech, recipes), romanised Japanese in an English blog 0.14, pages in other languages 0.30-0.64.
_UNCOVERED_SHARE = 0.2
#: The fewest such words for the share to count (a short text's few rare words do not).
_UNCOVERED_MIN = 8


def _uncovered(
    positions: Mapping[str, Sequence[int]], unknown: list[str], min_length: int, max_uses: int
) -> bool:
    """Whether the document's rare words are mostly outside the dictionary (``_UNCOVERED_SHARE``):
    ``unknown`` are the words scanned that no table holds and that are no slip; words two words
    run together (MT106's) are English and do not count."""
    strange = [w for w in unknown if not (is_health_word(w) or is_near_word(w) or glued_splits(w))]
    if len(strange) < _UNCOVERED_MIN:
        return False
    scanned = sum(
        1 for w, at in positions.items() if len(w) >= min_length and len(at) <= max_uses and w.isalpha()
    )
    return len(strange) >= _UNCOVERED_SHARE * scanned


def _latin_head(prose: str, prev: str, start: int) -> bool:
    """Whether ``prev`` heads a Latin name: a word wordfreq's table lacks ("cauda"), or a capitalised
    word inside its sentence ("Adductor", "Nevus"), not one opening it."""
    if not prev.isalpha():
        return False
    if len(prev) == 1 and prev.isupper() and prose[start + 1 : start + 2] == ".":
        return True  # a genus's initial ("P. africanus")
    if zipf_of(prev.lower()) is None:
        return True
    if not prev[0].isupper():
        return False
    before = prose[max(0, start - 3) : start].rstrip()
    return bool(before) and before[-1] not in '.!?:"\u201c'


def _foreign_here(words: Words, i: int, key: tuple[float, float, int, float, float]) -> bool:
    """Whether two or more of the four words either side of word ``i`` are lower-case words neither
    wordfreq's table nor the health table holds, and not misspellings themselves ("auch",
    "planeta" in a German or Papiamento passage): a misspelling stands among English words."""
    zipfs = zipf_table()
    strange = 0
    for k in range(max(0, i - _NEIGHBOURHOOD), min(len(words), i + _NEIGHBOURHOOD + 1)):
        t = words[k].text
        if (
            k != i
            and t.islower()
            and t.isalpha()
            and t not in zipfs
            and not is_health_word(t)
            and _judge(t, key) is None
        ):
            strange += 1
            if strange >= _MOST_STRANGE:
                return True
    return False


def _glued_function(word: str) -> bool:
    """Whether ``word`` is a known word with a function word run on ("catheteris", "rayis"): a
    glued pair, whatever word one edit gives ("catheters"), which MT106 reports when it is sure."""
    for k in (2, 3, 4):
        if len(word) - k >= 3 and word[-k:] in FUNCTION_PARTS and is_known(word[:-k]):
            return True
    return False


def _split_word(prose: str, prev: str, prev_end: int, start: int, word: str, source: str) -> bool:
    """Whether a fragment before the word joins it into a known word: a lower-case fragment or a
    capital a space away ("fl ushing", "I nhibition": the crawl split a word, which the correction
    would not repair), or any fragment that only markup parts from it (a drop cap,
    ``<span class="dropcap">E</span>nclosing``, or ``**E**nclosing``: the reader sees one word,
    whose blanked tags the prose holds as spaces)."""
    if not prev.isalpha():
        return False
    if _MARKUP_ONLY.fullmatch(source, prev_end, start):
        return is_known((prev + word).lower())
    if prose[prev_end:start] != " ":
        return False
    if prev.islower() or (len(prev) == 1 and prev.isupper()):  # "I nhibition", "E levated"
        return is_known((prev + word).lower())
    return False


#: Source text between two word pieces that is markup only: HTML tags or Markdown emphasis marks.
_MARKUP_ONLY = re.compile(r"(?:<[^<>\s][^<>]*>|[*_~])+")


def _named(doc: Document, words: Words, at: Iterable[int]) -> bool:
    """Whether the document writes the word with a capital inside running prose ("host Jeanine
    Pirro's comments"): it is a name there, and its lower-case form elsewhere (a tag, a link) the
    same name. A capital opening a sentence or a block does not count, nor one in a Title Case
    heading (no lower-case content word beside it)."""
    prose = doc.prose
    for i in at:
        start, end = words.starts[i], words.ends[i]
        text = prose[start:end]
        if not text[0].isupper() or text.isupper():
            continue
        before = prose[max(0, start - 3) : start].rstrip()
        if not before or before[-1] in '.!?:;"\u201c\u201d(\n':
            continue
        b = doc.block_at(start)
        if b is not None and not prose[doc.blocks[b].start : start].strip():
            continue
        for k in (i - 2, i - 1, i + 1, i + 2):
            if 0 <= k < len(words):
                t = prose[words.starts[k] : words.ends[k]]
                if len(t) >= 4 and t.isalpha() and t.islower() and t not in FUNCTION_PARTS:
                    return True
    return False


#: The characters of an address (its host, path or handle).
_URL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.~%/:@?=&#+-")


def _handle(source: str, word: str) -> bool:
    """Whether the page uses ``word`` as a name inside an address: a host, a user, a repository
    or a path segment of one or two parts ("github.com/coldnew/eshell-autojump", "/person/jeanine-
    pirro", "/tag/word"), not a slug of a title, whose misspelling is the title's ("/the-science-
    behind-camoflaged-cows")."""
    n = len(word)
    at = source.find(word)
    seen = 0
    while at != -1 and seen < 50:
        seen += 1
        before = source[at - 1] if at > 0 else " "
        after = source[at + n] if at + n < len(source) else " "
        if not (before.isalnum() or after.isalnum()) and (before in "/.-_@" or after in "/.-_"):
            lo = at
            while lo > 0 and (source[lo - 1].isalnum() or source[lo - 1] in "-_"):
                lo -= 1
            hi = at + n
            while hi < len(source) and (source[hi].isalnum() or source[hi] in "-_"):
                hi += 1
            run_lo = lo
            while run_lo > max(0, lo - 300) and _URL_CHARS.issuperset(source[run_lo - 1]):
                run_lo -= 1
            run = source[run_lo:hi]
            parts = [p for p in re.split(r"[-_]", source[lo:hi]) if p]
            if ("/" in run or "@" in run) and len(parts) <= 2:
                return True
        at = source.find(word, at + n)
    return False
