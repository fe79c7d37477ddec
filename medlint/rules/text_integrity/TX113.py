"""TX113 than-then: "than" with no comparison before it, or "then" right after a comparative ("more then")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.lexicon import is_known
from ...text.word_classes import COMPARATIVE, classes

#: Words that open a comparison "than" may close, besides comparatives: "rather than", "other
#: than", "different than", "prefer X than", "else than", "twice/times ... than" (a slip, but not
#: one of "then"), and the glued "yearmore" that a crawl's lost space leaves.
_OPENERS = frozenset(
    (
        "more less fewer lesser rather other others another otherwise else elsewhere different differently differ "
        "differs differed difference prefer prefers preferred preferable preferably sooner superior inferior "
        "further farther twice times"
    ).split()
)
#: Only these open a "then" that must be "than" with any word after it ("more then 10", "rather then").
_THEN_OPENERS = frozenset("more less fewer rather other".split())
#: After a comparative of the word-class table, "then" is read as "than" only before a number or a
#: word a comparison closes on ("worse then usual", "higher then normal"): "if it gets worse then
#: call" is "then" without its comma.
_THEN_CLOSERS = frozenset("usual normal expected average before ever".split())
#: After "as", a word of degree opens "as ... as", which a writer may close with "than" ("half as
#: likely ... than men"): a slip of its own, not one of "then".
_DEGREE = frozenset("much many likely well high low long often few little good bad large small".split())
_THEN = re.compile(r"\b(?P<cmp>[A-Za-z]+) (?P<then>then) (?P<next>[\w$]+)")


def _opens_comparison(word: str) -> bool:
    """A word, or a part of a hyphenated one ("higher-risk"), or the end of words a lost space
    ran together ("hyperlipidemiahigher"), that opens a comparison."""
    if "-" in word:
        # a part may carry a number a lost space glued on ("iodine-131stronger")
        return any(_comparative(part.lstrip("0123456789")) for part in word.split("-") if part)
    if word[:1].isdigit() and word[-1:].isalpha():
        return _comparative(word.lstrip("0123456789"))
    if _comparative(word):
        return True
    if len(word) > 9 and word.isalpha() and word.endswith("er"):
        # MedQuAD's own crawl glued such words, so the health-word table knows some of them: the
        # tail is read whatever the whole is
        return any(is_known(word[k:]) and _comparative(word[k:]) for k in range(len(word) - 4, 2, -1))
    return False


def _comparative(word: str) -> bool:
    """A comparative or a word that opens a comparison ("higher", "more", "rather", "different")."""
    if word in _OPENERS or word.endswith(("more", "less")) or COMPARATIVE in classes(word):
        return True
    if len(word) < 4 or not word.endswith("er"):
        return False
    # a regular comparative: its adjective with "-er", "-r", a doubled consonant or "-ier" for "y";
    # generous on purpose (a noun such as "number" reads as "numb" + "-er"): a word taken for a
    # comparative only costs a finding
    stems = [word[:-2], word[:-1]]
    if len(word) > 4 and word[-3] == word[-4]:
        stems.append(word[:-3])
    if word.endswith("ier"):
        stems.append(word[:-3] + "y")
    return any(len(s) >= 2 and is_known(s) for s in stems)


class ThanThen(Rule):
    """ "than" where no comparison comes before it, or "then" closing one ("more then 10").

    "Than" closes a comparison: a comparative ("higher than", "more than")
    or a word that opens one ("rather than", "other than", "different
    than") comes before it in its sentence. A "than" with none of them
    before it is a slip for "then" ("If an MRI is not possible than a bone
    scan is done") or "that" ("it appears than health benefits ..."), the
    letters a writer or a spelling checker swaps. Comparatives are read off
    the word-class table, the closed words that open a comparison, and any
    word in "-er" whose stem is a known word (generous: a word wrongly taken
    for a comparative only loses a finding), also where a lost space glued
    a number to it ("Iodine-131stronger than"). A capitalised "Than" inside a
    sentence is a name and is left. The other way round, "then" straight
    after "more", "less", "fewer", "rather" or "other" is "than" ("fewer
    then 10 mites"), and after another comparative when a number or a word
    a comparison closes on follows ("worse then usual"). No fix for "than"
    (which of "then" and "that" is meant needs the sense); "then" -> "than"
    is offered, unsafe.
    """

    code = "TX113"
    name = "than-then"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        'Merriam-Webster\'s Dictionary of English Usage (1989), "than, then": a common slip of spelling; '
        'Garner\'s Modern English Usage, 4th ed., "than" (a conjunction after a comparative or other, else, rather)'
    )
    should_fire = (
        Example("If the test is not possible, than a scan is done."),
        Example("There may be fewer then 10 mites on the skin."),
    )
    should_not_fire = (
        "A scan is faster than a biopsy, and rather than wait, many people choose it.",
        Example(
            "People who smoke are at higher risk than others. Dr. Martin Than led it. It got worse then it eased.",
            note='a comparative; a name; "then" after a comparative with no comma',
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        lower = doc.lower  # prose.lower(), made once per document
        if "than" not in lower and "then" not in lower:
            return
        positions = doc.word_index
        words = doc.words()
        lowers = doc.lower_words
        found: list[Finding] = []
        than = positions.get("than", ())
        if than:
            starts = doc.sentence_starts
            word_starts = doc.word_starts
            for i in than:
                token = words[i]
                if token.text != "than" and not (
                    token.text == "Than" and _opens_sentence(doc, starts, token.start)
                ):
                    continue  # "THAN" or a name ("Martin Than")
                k = bisect.bisect_right(starts, token.start) - 1
                # a "sentence" that opens with a lower-case letter or a digit follows a stop that
                # ended none ("4.5 g more fiber per. 100 g) than"): read the one before it too
                while k > 0 and not prose[starts[k]].isupper():
                    k -= 1
                first = bisect.bisect_left(word_starts, starts[k]) if k >= 0 else 0
                if any(_opens_comparison(lowers[j]) for j in range(first, i)):
                    continue
                if any(lowers[j] == "as" and lowers[j + 1] in _DEGREE for j in range(first, i - 1)):
                    continue
                found.append(
                    Finding(
                        token.start,
                        token.end,
                        f"“{token.text}” with no comparison before it in its sentence: “then” or “that”?",
                        ("then", "that"),
                    )
                )
        if positions.get("then"):
            for m in _THEN.finditer(prose):
                cmp, nxt = m.group("cmp").lower(), m.group("next").lower()
                if cmp in _THEN_OPENERS:
                    pass
                elif not (nxt[:1].isdigit() or nxt[:1] == "$" or nxt in _THEN_CLOSERS):
                    continue
                elif not _comparative(cmp) or cmp.endswith(("more", "less")) or cmp in _OPENERS:
                    continue
                s, e = m.start("then"), m.end("then")
                written = m.group("then")
                found.append(
                    Finding(
                        s,
                        e,
                        f"“{m.group('cmp')} {written}”: a comparison closes with “than”",
                        ("than",),
                        Fix((Edit(s, e, "than"),), "write 'than'", safe=False),
                    )
                )
        found.sort(key=lambda f: f.start)
        yield from found


def _opens_sentence(doc: Document, starts: list[int], offset: int) -> bool:
    k = bisect.bisect_right(starts, offset)
    return k > 0 and starts[k - 1] == offset
