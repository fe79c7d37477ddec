"""TX126 confused-word: a word confused with one that sounds or looks like it, in a phrase that settles which ("side affects", "prostrate cancer", "loose weight")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...kinds.substitution import match_case
from ...rule import Example, Finding, Rule
from ...text.lazy_re import lazy_compile

#: The confusions: (a substring the document must hold, the pattern, the word meant). Each pattern
#: starts at the confused word, so a search skips to its first letter (``lazy_compile``'s guard: ``re``
#: finds no literal prefix in a case-insensitive pattern, and tried " of " at every position), and matches it only in a
#: phrase that settles which word was meant; its group ``w`` is the word to replace and ``before``,
#: where given, the words that must stand before it (tested on the word before, not by a lookbehind).
_CONFUSIONS: tuple[tuple[str, re.Pattern[str], str, frozenset[str]], ...] = tuple(
    (trigger, lazy_compile(pattern, re.IGNORECASE), meant, frozenset(before.split()))
    for trigger, pattern, meant, before in (
        # "effect" is the noun: "no side affects", "side affects of"; not the verb of a side named
        # before it ("the tumor's side affects survival", "which side affects the prognosis"), read
        # in ``_side_named``
        ("affects", r"\bside[- ](?P<w>affects)\b", "effects", ""),
        # the gland is the "prostate"; "prostrate" is lying face down
        (
            "prostrate",
            r"\b(?P<w>prostrate)(?=\s+(?:cancers?|glands?|exams?|biops(?:y|ies)|enlargement|surgery|health|problems|"
            r"specific\s+antigen|tumou?rs?)\b)",
            "prostate",
            "",
        ),
        ("prostrate", r"(?<=\benlarged\s)(?P<w>prostrate)\b", "prostate", ""),
        # the verb is "lose" after a modal, "to" or a subject: "loose weight", "loose 10 pounds"
        (
            "loose",
            r"\b(?P<w>loose)\s+(?=(?:the\s+)?(?:weight|belly\s+fat|body\s+fat|\d+\s+(?:pounds|lbs?|kilos?|kg)\b|"
            r"pounds|inches)\b)",
            "lose",
            "to can will you and help helps helped could would should must might may cannot can't didn't not i we "
            "they me him her them",
        ),
        # the verb is "breathe" after "to" or a modal's negation; not "a breath test"
        (
            "breath",
            r"\b(?P<w>breath)\b(?!\s*(?:test|tests|testing|sample|samples|analysis|alcohol)\b)",
            "breathe",
            "to can't cannot couldn't not",
        ),
        # the spoken "could've" written "could of" before a participle; not "could of course"
        (
            " of ",
            r"\b(?P<w>of)\s+(?=(?:been|had|done|gone|taken|known|seen|got|gotten|made|died|avoided|prevented|"
            r"helped)\b)",
            "have",
            "could would should must might",
        ),
        # s58: health's commonest sound-alike slips, each only in the phrase that settles it: the bowel moves, not
        # the bowl; a throat is sore, not soar; pain is severe (the verb "sever" cuts); blood clots, cloth is woven
        (
            "bowl",
            r"\b(?P<w>bowl)(?=\s+(?:movements?|habits?|cancer|obstruction|incontinence|preparation|prep)\b)",
            "bowel",
            "",
        ),
        ("soar", r"\b(?P<w>soar)(?=\s+(?:throats?|muscles?|joints?|gums?|nipples?|eyes?)\b)", "sore", ""),
        (
            "sever",
            r"\b(?P<w>sever)(?=\s+(?:pain|headaches?|migraines?|symptoms?|cases?|infections?|illness|allergic|"
            r"allergies|asthma|dehydration|bleeding|diarrh(?:o)?ea|vomiting|cramps?|anxiety|depression|side\s+effects|"
            r"reactions?|damage|forms?|disease|acne|itching|fatigue|inflammation|burns?)\b)",
            "severe",
            "",
        ),
        ("cloth", r"\b(?P<w>cloth)\b", "clot", "blood"),
        ("cloths", r"\b(?P<w>cloths)\b", "clots", "blood"),
        # the noun after "an" or "a" with "on" is "effect" ("an affect on sleep"); the psychologists' "flat affect"
        # takes no "on"
        (
            "affect",
            r"\b(?P<w>affect)(?=\s+(?:on|upon)\b)",
            "effect",
            "an a any no little big huge great positive negative direct lasting profound calming soothing",
        ),
        # "than" after a comparative: "better then medicine"; not "and then", "better, then" (a sequence)
        (
            "then",
            r"\b(?P<w>then)(?=\s+(?:a|an|the|any|before|ever|usual|normal|expected|medicine|medicines|drugs|pills|that|"
            r"those|this|these|other|others|regular|prescription|conventional|\d+)\b)",
            "than",
            "better worse more less fewer greater higher lower rather other faster slower safer easier stronger weaker "
            "larger smaller bigger healthier cheaper",
        ),
        ("alot", r"\b(?P<w>alot)\b", "a lot", ""),
        ("irregardless", r"\b(?P<w>irregardless)\b", "regardless", ""),
    )
)
#: Words before "side" that make "affects" its verb ("the left side affects", "tumor side affects").
_SIDE_NAMED = frozenset("the which each one this that left right tumor tumour either".split())
_WORD_BEFORE = re.compile(r"([A-Za-z']+)\s+$")
_WORD_AFTER = re.compile(r"[ \t]+[\w'-]+")


def _word_before(prose: str, at: int) -> str:
    """The lower-case word just before offset ``at`` (a few characters of space between), or ""."""
    m = _WORD_BEFORE.search(prose, max(0, at - 30), at)
    return m.group(1).lower().replace("\u2019", "'") if m else ""


class ConfusedWord(Rule):
    """A word confused with one that sounds or looks like it, in a phrase that settles which
    ("side affects", "prostrate cancer", "loose weight").

    A spell checker passes these, since every word is a word: "side affects" (the noun is
    "effects"; not "the left side affects the right", where "affects" is the verb of a side),
    "prostrate cancer" or "enlarged prostrate" (the gland is the "prostate"; "prostrate" means
    lying face down), "loose weight" and "loose 10 pounds" after a modal, "to" or a subject (the
    verb is "lose"; "loose skin" is English), "hard to breath" and "can't breath" (the verb is
    "breathe"; not "a breath test"), "could of been" (the spoken "could've"; "could of course"
    is English), "bowl movements", "soar throat", "sever pain" (the verb "sever" cuts), "blood cloths", "an
    affect on" (the psychologists' "flat affect" takes no "on"), "better then medicine" after a comparative and
    before what is compared ("better, then" is a sequence), "alot" and "irregardless". Only the settled phrase is
    matched, so the fix,
    which replaces the one word, is safe; a capital is kept.
    """

    code = "TX126"
    name = "confused-word"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        'Merriam-Webster\'s Dictionary of English Usage (1989) and its online usage notes ("affect" and '
        '"effect", "lose" and "loose", "breath" and "breathe", "could of", "a lot"); Garner\'s Modern '
        'English Usage, 4th ed. ("prostate; prostrate", "irregardless", "than; then", "sever; severe"); AP Stylebook ("a lot")'
    )
    should_fire = (
        Example("This tea has no side affects."),
        Example("Men with prostrate cancer need regular checks."),
        Example("This plan helps you loose weight fast."),
        Example("At night it is hard to breath."),
        Example("He could of been treated sooner."),
    )
    should_not_fire = (
        "This tea has no side effects and helps you lose weight.",
        Example("The primary tumor side affects survival.", note="'affects' is the verb of a side"),
        Example(
            "Loose skin after weight loss may need surgery; take a deep breath.",
            note="the words in their own sense",
        ),
        Example("We could of course try again; a breath test is quick.", note="'of course', 'breath test'"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        lowered = doc.lower  # prose.lower(), made once per document
        for trigger, rx, meant, before in _CONFUSIONS:
            if trigger not in lowered:
                continue
            for m in rx.finditer(prose):
                s, e = m.start("w"), m.end("w")
                if before and _word_before(prose, s) not in before:
                    continue
                if meant == "effects" and _word_before(prose, m.start()) in _SIDE_NAMED:
                    continue  # "the left side affects the right": the verb of a side
                written = prose[s:e]
                fixed = match_case(meant, written)
                if written.isupper() and len(written) > 1:
                    fixed = meant.upper()
                phrase = prose[m.start() : e]
                if before:
                    phrase = f"{_word_before(prose, s)} {phrase}"
                after = _WORD_AFTER.match(prose, e)
                if after is not None and rx.pattern.find("(?=") >= 0:
                    phrase += after.group()  # the word that settles it ("prostrate cancer")
                yield Finding(
                    s,
                    e,
                    f"“{written}” where “{fixed}” is meant (“{phrase}”): a word confused with one that sounds "
                    "or looks like it",
                    (fixed,),
                    Fix((Edit(s, e, fixed),), f"write '{fixed}'", safe=True),
                )
