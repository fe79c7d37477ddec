"""TX120 less-count: "less" before a plural count noun that MT108 does not read ("less side effects")."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.refstats import FUNCTION_WORDS
from ...text.refstats import load as load_refstats
from ...text.word_classes import NOT_VERB, PLURAL, classes

#: A noun modifier follows a copula or intensifier in under this share of its uses ("side" 0.2%;
#: "severe", "serious", "invasive" far more: "less severe symptoms" is right).
MAX_PREDICATIVE = 0.02
#: A modifier counted fewer times in the reference is not judged (its shares say little).
MIN_MODIFIER_COUNT = 20
#: Quantifiers of count nouns: the reference writing one before the plural, or an article before its
#: singular, this often shows the noun is counted ("many effects", "an effect").
MIN_COUNTED = 2
_COUNTING = ("many", "fewer", "few", "several", "these", "those", "two", "three")


def _singulars(plural: str) -> tuple[str, ...]:
    """The singular forms a regular plural may have ("effects": "effect"; "injuries": "injury")."""
    out = [plural[:-1]]
    if plural.endswith("ies"):
        out.append(plural[:-3] + "y")
    if plural.endswith("es"):
        out.append(plural[:-2])
    return tuple(out)


def _counted_plural(word: str) -> bool:
    """Whether ``word`` is the plural of a count noun in clean health prose: it ends in "s", the
    reference writes a counting quantifier before it or an article before a singular of it, and
    never writes "less" before it (a mass noun in the plural some writers measure: left)."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss") or not word.isalpha():
        return False
    ref = load_refstats()
    if ref.word(word) is None or ref.count("less", word) > 0:
        return False
    if sum(ref.count(q, s) for s in _singulars(word) for q in ("less", "much")) >= MIN_COUNTED:
        return False  # a mass noun's plural ("less fats", "less fluids": "less fat", "much fluid")
    counted = sum(ref.count(q, word) for q in _COUNTING)
    if counted < MIN_COUNTED:
        counted += sum(ref.count(a, s) for s in _singulars(word) for a in ("a", "an"))
    return counted >= MIN_COUNTED


def _noun_modifier(word: str) -> bool:
    """Whether ``word`` behaves as a noun in the reference (``RefStats.noun_like``: it follows a
    determiner, ends a phrase in a fifth of its uses, seldom takes an article or follows a
    copula), counted ``MIN_MODIFIER_COUNT`` times or more: it then modifies the next noun as a noun
    ("side effects", "blood tests"), not as an adjective "less" grades ("less curable
    recurrences", "less total calories": adjectives end no phrase)."""
    if word.endswith("ly") or not word.isalpha():
        return False
    stats = load_refstats().word(word)
    return stats is not None and stats.freq >= MIN_MODIFIER_COUNT and stats.noun_like(0.2, MAX_PREDICATIVE)


class LessCount(Rule):
    """ "less" before a plural count noun ("less side effects", "less cases"): "fewer".

    "Less" measures what is not counted ("less pain"); a plural count noun
    takes "fewer" (Swan, "less and fewer"). MT108's ``less-plural`` reads the
    word right after "less" when the word-class table gives it a plural noun
    reading and no verb reading; this rule reads what that leaves: a noun
    modifier between ("less side effects", "less blood tests": a word the
    reference statistics read as a noun, seldom after a copula, so "less
    severe symptoms", where "less" grades the adjective, is left), and a
    plural the table gives a verb reading too or does not hold ("less
    cases", "less studies"). A plural is a count noun's when clean
    health prose (``medlint.text.refstats``) counts it ("many", "fewer",
    "several", a number) or puts an article before its singular, and never
    writes "less" before it nor "less" or "much" before its singular (a
    mass noun in the plural: "less fats", "less fluids" are left). Not after "no", "more or", nor before "than".
    The fix writes "fewer" (unsafe).
    """

    code = "TX120"
    name = "less-count"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Swan (2016), Practical English Usage, 4th ed., 'less and fewer'; Huddleston and Pullum (2002), The "
        "Cambridge Grammar of the English Language, ch. 5 §7; reference statistics: MedQuAD's NIH and CDC "
        "answers, build side (Ben Abacha and Demner-Fushman 2019, CC BY 4.0), medlint/text/refstats.py"
    )
    should_fire = (
        Example("The new treatment causes less side effects than the old one."),
        Example("Less cases were reported this winter."),
    )
    should_not_fire = (
        "The new treatment causes fewer side effects than the old one.",
        Example(
            "It causes less severe symptoms and less pain.", note="less grades an adjective; a mass noun"
        ),
        Example("It takes no less than two days.", note="less than"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        at = doc.word_index.get("less")
        if not at:
            return
        lowers = doc.lower_words
        words = doc.words()
        joined = doc.joinable
        n = len(lowers)
        for i in at:
            if i + 1 >= n or not joined[i]:
                continue
            if i > 0 and joined[i - 1]:
                prev = lowers[i - 1]
                if prev == "no" or (prev == "or" and i > 1 and lowers[i - 2] == "more"):
                    continue
            first = lowers[i + 1]
            if first in FUNCTION_WORDS or not words[i + 1].text.islower():
                continue
            end = None
            k = classes(first)
            if _counted_plural(first) and not (PLURAL in k and NOT_VERB in k):
                end = i + 1  # MT108 reads a plural with no verb reading
            elif (
                i + 2 < n
                and joined[i + 1]
                and words[i + 2].text.islower()
                and _counted_plural(lowers[i + 2])  # first: most words fail its shape test unread
                and _noun_modifier(first)
            ):
                end = i + 2
            if end is None:
                continue
            if end + 1 < n and joined[end] and lowers[end + 1] not in FUNCTION_WORDS:
                continue  # the plural does not end its phrase: another noun follows ("less weekends work")
            t = words[i]
            fewer = "FEWER" if t.text.isupper() else "Fewer" if t.text[0] == "L" else "fewer"
            phrase = doc.prose[t.start : words[end].end]
            yield Finding(
                t.start,
                t.end,
                f"“{phrase}”: “{t.text}” goes with what is not counted; a plural count noun takes “{fewer}”",
                (fewer,),
                Fix((Edit(t.start, t.end, fewer),), f"write {fewer!r}", safe=False),
            )
