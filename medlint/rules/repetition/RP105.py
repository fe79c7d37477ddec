"""RP105 repeated-phrase: The same run of words twice in a row ("of losing of losing", "the liver the liver")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from operator import eq

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Option, Rule
from ...text.quotes import introduced_passage
from ...text.spaces import plain_spaces
from ._shared import CLOSED_CLASS, in_quotes

#: prepositions of a reduplicated pair ("side to side", "case by case", "layer upon layer"): a unit
#: of a word and one of them written twice ("from side to side to read") may be that pair and the
#: next phrase's opening, so it is reported at info
_PAIR_PREPOSITIONS = frozenset({"to", "by", "after", "upon", "in", "for", "against", "on", "over"})
#: forms of "have" that take "to" as a modal ("not to have to have it", "used to had to"): where a
#: unit runs from "to" to one of them, the copies' junction is "have to" and the repeat is grammar
_HAVE = frozenset({"have", "has", "had", "having"})
#: a unit that opens or closes on a conjunction is a chain said on purpose ("again and again and
#: again", "more and more and"), not a run typed twice
_CHAIN_EDGES = frozenset({"and", "or", "nor", "but"})


#: a bracketed gloss ("(also known as kidney deficiency)", or the bare term: "bulging (bulging)"): the pattern opens on
#: its literal bracket, which the engine finds fast; the words before the bracket are compared in ``_self_glosses`` (a term glossed by itself, where a
#: translation gave two source terms one English word)
_GLOSS = re.compile(
    r"\((?:(?:also\s+known\s+as|also\s+called|aka|a\.k\.a\.|or|i\.e\.,?|called)[ \t]+)?"
    r"(?P<term>[A-Za-z][\w'\u2019-]*(?:[ \t]+[A-Za-z][\w'\u2019-]*){0,3})\)",
    re.IGNORECASE,
)


#: (s67) A noun said to be part of itself: "This can damage the teeth of the teeth" (a spinner's or a translation's
#: doubled term; 0 in MedQuAD, the clean sentences and FakeHealth; WMT22's references write "the spirit of the spirit"
#: once, a slip). Words of four letters or more; not a superlative's idiom ("the best of the best")
_OF_THE = " of the "
#: "the X" ending right where " of the " starts, read back from it
_THE_NOUN_BEFORE = re.compile(r"\b[Tt]he ([a-z]{4,})\Z")
#: how far back from " of the " the noun and its article are read
_OF_ITSELF_REACH = 40
_OF_ITSELF_IDIOMS = frozenset("best worst cream king queen".split())


def _of_itself(doc: Document) -> Iterator[Finding]:
    """Each "the X of the X": the second "of the X" is to delete or to mend into what was meant. Read from each literal
    " of the " (found by ``str.find``), the noun before it and the same noun after it."""
    prose = doc.prose
    at = prose.find(_OF_THE)
    while at != -1:
        before = _THE_NOUN_BEFORE.search(prose, max(0, at - _OF_ITSELF_REACH), at)
        after = at + len(_OF_THE)
        if before is not None:
            noun = before.group(1)
            end = after + len(noun)
            if (
                prose.startswith(noun, after)
                and not (end < len(prose) and (prose[end].isalnum() or prose[end] == "_"))
                and noun not in _OF_ITSELF_IDIOMS
                # not the run "the part of" typed twice, which the repeat reading reports
                and not prose.startswith(" of ", end)
            ):
                text = prose[before.start() : end]
                yield Finding(
                    before.start(),
                    end,
                    f"“{text}”: the noun is repeated around “of”, naming a thing as part of itself",
                    (prose[before.start() : at],),
                )
        at = prose.find(_OF_THE, at + 1)


@dataclass(frozen=True)
class _Repeat:
    """Word ``i`` opens the first copy of a ``size``-word run that word ``i + size`` repeats."""

    i: int
    size: int


def _repeats(lowers: list[str], max_words: int) -> Iterator[_Repeat]:
    """Each run of 2 to ``max_words`` words that the next as many words repeat, in text order, the
    shortest where two sizes start at one word (the caller skips those inside a repeat it reported).

    For each size k the words equal to the word k places on are marked in C (``map(eq)``), and a
    repeat of size k is k marks in a row; a document with none of them costs a few C passes."""
    n = len(lowers)
    found: dict[int, int] = {}
    for k in range(2, max_words + 1):
        if 2 * k > n:
            break
        marks = bytes(map(eq, lowers, islice(lowers, k, None)))
        want = b"\x01" * k
        at = marks.find(want)
        while at != -1:
            found.setdefault(at, k)  # sizes ascend: keep the shortest unit ("a a a a" is RP101's)
            at = marks.find(want, at + 1)
    for i in sorted(found):
        yield _Repeat(i, found[i])


class RepeatedPhrase(Rule):
    """The same run of words twice in a row ("of losing of losing", "the liver the liver").

    A phrase typed or pasted twice is the slip RP101 reports for a single word, one size up:
    an editor's cut-and-paste, a spinner joining two drafts, a translation engine repeating a
    chunk it aligned twice. Two to five words (option ``max-words``) written twice with nothing
    but spaces between the copies, inside one paragraph and one line, are reported; the copies
    must be the same word for word and letter for letter (only the first letter may differ,
    when the first copy opens a sentence: "With water with water, take one tablet").

    Left alone, since each is a writer's choice or another rule's finding: a run of one word
    said over ("fever fever fever": RP101); a chain that opens or closes on a conjunction
    ("more and more and") or goes on with its first word again ("again and again and again",
    "generation after generation after generation"); a line holding nothing but the two copies
    (page furniture: "SHARE THIS SHARE THIS"); a name or a title whose every word but the small
    ones is capitalised ("Maria Fabrizio for NPR Maria Fabrizio for NPR", "CANCER FORUM CANCER
    FORUM": an image's credit and its caption, a box's heading, which an editor deletes whole);
    copies that differ in case beyond the first letter ("Heart Failure heart failure": a
    heading run into its text); words with digits ("in 1 in 1 million"); a copy that runs
    across a line break or a punctuation mark ("after the injury, the injury may": one clause
    ends, the next opens on the same words); a unit from "to" to a form of "have", where the
    junction is the modal "have to" ("not to have to have it"). Inside a quotation the repeat
    may be the speaker's, and a word and a preposition written twice may be a reduplicated pair
    and the next phrase's opening ("move the head from side to side to read"); both are
    reported at info.

    The fix (safe) deletes the second copy and the space before it.

    An adverb written on both sides of its verb ("if not properly controlled properly") is the
    same slip across one word: machine translation placed the adverb once where the source had
    it and once where English does. The fix (unsafe) deletes the second. A word between them
    that joins two alternatives or a range ("clearly male or clearly female", "mostly female to
    mostly male") is not read. 0 on MedQuAD, the clean sentences, FakeHealth and WMT22's references.

    A term glossed in brackets by itself ("kidney deficiency (also known as kidney deficiency)",
    "sinusitis (or sinusitis)", or a bare bracket with the same letters: "bulging (bulging)") is the
    same slip in another shape: a translation gave two source terms one English word, and the gloss
    tells the reader nothing. It is reported with a fix (unsafe: the gloss may have been meant to
    name another term) that deletes the bracket. A bare bracket that differs in case, or holds a
    symbol in capitals or with digits, is a brand's or a gene's name ("streptomycin (Streptomycin)",
    "PARK2 (PARK2)") and is left. 0 on MedQuAD, the clean sentences and FakeHealth; WMT22's
    references write three ("Tochigi (Tochigi)", "molasses (molasses)"), each a translator's slip. A
    term said to be known by its own name ("Kidney stones are popularly known as kidney stones") is the
    same slip in a sentence (0 in MedQuAD, the clean sentences, FakeHealth and WMT22's references).
    """

    code = "RP105"
    name = "repeated-phrase"
    category = "repetition"
    severity = Severity.WARNING
    source = "Copy-editing practice; Chicago Manual of Style 17th ed., 2.80 (proofreading for repeated words)"
    options = {
        "max-words": Option(
            5, int, "The longest run of words read as one repeated phrase (2 or more).", minimum=2
        ),
    }
    should_fire = (
        Example(
            "Women are at risk of losing of losing their coverage.",
            fixed="Women are at risk of losing their coverage.",
        ),
        Example("This tea helps the liver the liver recover.", fixed="This tea helps the liver recover."),
        Example("Prolonged illness and kidney deficiency (also known as kidney deficiency) can lead to it."),
        Example("Diabetes, if not properly controlled properly, may lead to complications."),
        Example(
            "<p>Take the tablets with water with water after meals.</p>",
            format="html",
            fixed="<p>Take the tablets with water after meals.</p>",
        ),
    )
    should_not_fire = (
        Example(
            "Sinusitis (also called rhinosinusitis) is common.", note="a bracket that names another term"
        ),
        "She tried again and again and again.",
        Example("It can vary from mostly female to mostly male.", note="a range: one adverb for each end"),
        Example("I was glad not to have to have surgery.", note="'have to' is a modal: to have to have"),
        "Families passed it on generation after generation after generation.",
        "If surgery occurs after the injury, the injury may not heal.",
        "It occurs in 1 in 1 million newborns.",
        "Symptoms include fever fever and chills.",
        Example("Heart Failure heart failure develops slowly.", note="a heading run into its text"),
        Example("Share this Share this\n\nDrink water daily.", note="a line of page furniture"),
        Example(
            "Enlarge this image Maria Fabrizio for NPR Maria Fabrizio for NPR",
            note="a credit and its caption",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if "(" in doc.prose:
            yield from _self_glosses(doc)
        if " as " in doc.prose or "called " in doc.prose:
            yield from _self_names(doc)
        if "ly " in doc.prose:
            yield from _bracketing_adverbs(doc)
        if _OF_THE in doc.prose:
            yield from _of_itself(doc)
        max_words = int(self.opts["max-words"])
        lowers = doc.lower_words
        if len(lowers) < 4:
            return
        words = doc.words()
        starts, ends = words.starts, words.ends
        prose = doc.prose
        reported_end = -1
        for rep in _repeats(lowers, max_words):
            i, k = rep.i, rep.size
            if i < reported_end:
                continue  # inside the repeat just reported
            unit = lowers[i : i + k]
            if len(set(unit)) == 1:
                continue  # one word said over: RP101
            if unit[0] == "to" and unit[-1] in _HAVE:
                continue  # "not to have to have it": the second copy's "to" makes "have to" a modal
            if unit[0] in _CHAIN_EDGES or unit[-1] in _CHAIN_EDGES:
                continue
            after = i + 2 * k
            if (after < len(lowers) and lowers[after] == unit[0] not in CLOSED_CLASS) or (
                i and lowers[i - 1] == unit[-1] not in CLOSED_CLASS
            ):
                continue  # a chain that goes on either way: "day by day by day" (not "the part of the part of the")
            texts = [words[j].text for j in range(i, i + 2 * k)]
            if not all(t.replace("'", "").replace("\u2019", "").isalpha() for t in texts):
                continue
            first, second = texts[:k], texts[k:]
            if first != second and not (
                first[1:] == second[1:] and first[0][1:] == second[0][1:] and first[0][:1].isupper()
            ):
                continue  # "Heart Failure heart failure": a heading run into its text
            if any(t[:1].isupper() for t in first) and all(
                t[:1].isupper() or t.lower() in CLOSED_CLASS for t in first
            ):
                continue  # a name or a title twice: an image's credit and its caption
            gaps = [prose[ends[j] : starts[j + 1]] for j in range(i, i + 2 * k - 1)]
            if any(g.strip(" \t") or not g for g in gaps):
                continue  # a comma, a line break or a joiner between words
            if gaps[: k - 1] != gaps[k:]:
                continue
            start, end = starts[i], ends[i + 2 * k - 1]
            block = doc.block_at(start)
            if block is None or doc.block_at(end - 1) != block:
                continue
            line = doc.position(start).line
            ls, le = doc.line_span(line)
            if not prose[ls:start].strip() and not prose[end:le].strip():
                continue  # the line holds nothing but the copies: page furniture
            if doc.format == "text" and plain_spaces(doc.source[start:end]) != prose[start:end]:
                continue  # something blanked between the copies (a URL)
            quoted = in_quotes(doc, start) or introduced_passage(doc, start) is not None
            pair = k == 2 and unit[1] in _PAIR_PREPOSITIONS and unit[0] not in CLOSED_CLASS
            phrase = prose[starts[i] : ends[i + k - 1]]
            fix = Fix((Edit(ends[i + k - 1], end, ""),), f"keep one {phrase!r}", safe=True)
            note = (
                " (inside a quotation)"
                if quoted
                else f" (check: '{words[i].text} {unit[1]} {words[i].text}' may be meant)"
                if pair
                else ""
            )
            reported_end = i + 2 * k
            yield Finding(
                start,
                end,
                f"{phrase!r} is written twice in a row{note}",
                (phrase,),
                fix,
                severity=Severity.INFO if quoted or pair else None,
                data={"words": k},
            )


def _written_before(prose: str, at: int, term: str) -> tuple[int, int] | None:
    """(start, end) of ``term`` written right before ``at`` (spaces between allowed) as whole words, its first
    letter in either case, or None: the words a gloss or a name repeats."""
    cut = at
    while cut > 0 and prose[cut - 1] in " \t":
        cut -= 1
    start = cut - len(term)
    if (
        start < 0
        or prose[start:cut][1:].lower() != term[1:].lower()
        or prose[start:cut][:1].lower() != term[:1].lower()
    ):
        return None
    if start and (prose[start - 1].isalnum() or prose[start - 1] in "-_'\u2019"):
        return None  # only the end of a longer word or name
    return start, cut


def _self_glosses(doc: Document) -> Iterator[Finding]:
    """Each term glossed in brackets by itself: the words of the gloss (``_GLOSS``) stand right before its bracket,
    with the same letters (the first may differ in case, "Chronic kidney disease (or chronic kidney disease)")."""
    prose = doc.prose
    for m in _GLOSS.finditer(prose):
        term = m.group("term")
        found = _written_before(prose, m.start(), term)
        if found is None:
            continue
        start, cut = found
        written = prose[start:cut]
        if written[1:] != term[1:]:
            continue  # the same words in another case ("AIDS (or aids)") that may name two things
        if written.lower() in CLOSED_CLASS:
            continue
        gloss = prose[m.start() + 1 : m.end() - 1]
        if gloss == term and (written != term or term.isupper() or any(c.isdigit() for c in term)):
            continue  # a bare bracket: a name set beside its brand ("streptomycin (Streptomycin)") or a gene symbol's
        yield Finding(
            start,
            m.end(),
            f"“{written}” is glossed by itself (“({gloss})”): the bracket tells the reader nothing; name the other "
            "term or delete it",
            (written,),
            Fix((Edit(cut, m.end(), ""),), "delete the bracket", safe=False),
        )


#: A name given in a sentence ("are popularly known as", "is also called"): what follows it, up to the clause's end, is
#: compared with the words before it in ``_self_names``
_NAMING = re.compile(
    r"\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?(?:also\s+)?(?:known\s+as|called|referred\s+to\s+as|named|termed)\s+"
    r"(?P<name>[A-Za-z][\w'\u2019-]*(?:[ \t]+[A-Za-z][\w'\u2019-]*){0,3})(?=[ \t]*(?:[.,;:)!?]|$))",
    re.IGNORECASE | re.MULTILINE,
)


def _self_names(doc: Document) -> Iterator[Finding]:
    """Each term said to be known by its own name ("Kidney stones are popularly known as kidney stones"): a
    translation gave the source's two names (renal calculi, kidney stones) one English term, and the sentence
    names nothing. The words before the verb must be the name itself, opening the clause."""
    prose = doc.prose
    for m in _NAMING.finditer(prose):
        name = m.group("name")
        found = _written_before(prose, m.start(), name)
        if found is None or prose[found[0] : found[1]].lower() != name.lower() or len(name) < 4:
            continue  # another name, or only the end of a longer subject ("beta thalassemia ... thalassemia")
        start, cut = found
        if name.lower() in CLOSED_CLASS:
            continue
        yield Finding(
            start,
            m.end(),
            f"“{prose[start:cut]}” is said to be known as itself: name the other term (or delete the clause)",
        )


#: The end of an "-ly" adverb, one word, and an "-ly" adverb, in lower case: "ly controlled properly" of "properly
#: controlled properly" (opening on the literal "ly " so that only such places are tried; ``_bracketing_adverbs``
#: checks that the word before is the same adverb).
_BRACKETING_ADVERB = re.compile(r"ly (?P<verb>[a-z]+) (?P<adverb>[a-z]{4,}ly)(?![\w-])")
#: Words between two copies that make them two things: alternatives, a range, a comparison.
_JOINERS = frozenset({"or", "and", "nor", "but", "to", "than", "as", "vs", "versus", "then", "yet"})
#: Words ending in "-ly" that are not adverbs of manner and may stand twice around a word.
_NOT_ADVERBS = frozenset(
    "family apply reply supply rely ally belly jelly bully holy ugly only early daily weekly monthly yearly "
    "hourly nightly likely unlikely friendly elderly lonely lovely silly italy july assembly anomaly monopoly".split()
)


def _bracketing_adverbs(doc: Document) -> Iterator[Finding]:
    """Each adverb written both before and after the word it qualifies ("properly controlled properly")."""
    prose = doc.prose
    for m in _BRACKETING_ADVERB.finditer(prose):
        adverb, verb = m.group("adverb"), m.group("verb")
        start = m.start() + 2 - len(adverb)
        if (
            start < 0
            or prose[start : m.start() + 2] != adverb
            or (start and (prose[start - 1].isalnum() or prose[start - 1] in "-_"))
        ):
            continue
        if adverb in _NOT_ADVERBS or verb in _JOINERS or verb in CLOSED_CLASS:
            continue
        if in_quotes(doc, start):
            continue  # the speaker's own words
        yield Finding(
            start,
            m.end(),
            f"“{adverb}” is written on both sides of “{verb}”: keep one",
            (f"{adverb} {verb}",),
            Fix((Edit(m.end("verb"), m.end(), ""),), f"keep the first {adverb!r}", safe=False),
        )
