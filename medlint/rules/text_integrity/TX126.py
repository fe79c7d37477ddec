"""TX126 confused-word: a word confused with one that sounds or looks like it, in a phrase that settles which ("side affects", "prostrate cancer", "loose weight")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule

#: (pattern, the word written, the word meant): each pattern matches the confused word only in a
#: phrase that settles which word was meant, and its group ``w`` is the word to replace.
_CONFUSIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), meant)
    for pattern, meant in (
        # "effect" is the noun: "no side affects", "side affects of"; not a verb after a side named
        # ("the tumor's side affects survival", "which side affects the prognosis")
        (
            r"(?<!\bthe\s)(?<!\bwhich\s)(?<!\beach\s)(?<!\bone\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bleft\s)"
            r"(?<!\bright\s)(?<!\btumor\s)(?<!\btumour\s)(?<!\beither\s)\bside[- ](?P<w>affects)\b",
            "effects",
        ),
        # the gland is the "prostate"; "prostrate" is lying face down
        (
            r"\b(?P<w>prostrate)(?=\s+(?:cancers?|glands?|exams?|biops(?:y|ies)|enlargement|surgery|health|"
            r"problems|specific\s+antigen|tumou?rs?)\b)|\benlarged\s+(?P<w2>prostrate)\b",
            "prostate",
        ),
        # the verb is "lose": "loose weight", "loose belly fat", "loose 10 pounds"
        (
            r"\b(?:to|can|will|you|and|help|helps|helped|could|would|should|must|might|may|cannot|can't|"
            r"didn't|not|i|we|they|me|him|her|them)\s+(?P<w>loose)\s+(?=(?:the\s+)?(?:weight|belly\s+fat|"
            r"body\s+fat|\d+\s+(?:pounds|lbs?|kilos?|kg)\b|pounds|inches)\b)",
            "lose",
        ),
        # the verb is "breathe" after "to" or a modal's negation
        (
            r"\b(?:to|can't|cannot|can\s+not|couldn't|could\s+not)\s+(?P<w>breath)\b(?!\s*(?:test|tests|testing|"
            r"sample|samples|analysis|alcohol)\b)",
            "breathe",
        ),
        # the spoken "could've" written "could of" before a participle
        (
            r"\b(?:could|would|should|must|might)\s+(?P<w>of)\s+(?=(?:been|had|done|gone|taken|known|seen|got|"
            r"gotten|made|died|avoided|prevented|helped)\b)",
            "have",
        ),
        (r"\b(?P<w>alot)\b", "a lot"),
        (r"\b(?P<w>irregardless)\b", "regardless"),
    )
)


class ConfusedWord(Rule):
    """A word confused with one that sounds or looks like it, in a phrase that settles which
    ("side affects", "prostrate cancer", "loose weight").

    A spell checker passes these, since every word is a word: "side affects" (the noun is
    "effects"; not "the left side affects the right", where "affects" is the verb of a side),
    "prostrate cancer" or "enlarged prostrate" (the gland is the "prostate"; "prostrate" means
    lying face down), "loose weight" and "loose 10 pounds" after a modal, "to" or a subject (the
    verb is "lose"; "loose skin" is English), "hard to breath" and "can't breath" (the verb is
    "breathe"; not "a breath test"), "could of been" (the spoken "could've"; "could of course"
    is English), "alot" and "irregardless". Only the settled phrase is matched, so the fix,
    which replaces the one word, is safe; a capital is kept.
    """

    code = "TX126"
    name = "confused-word"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        'Merriam-Webster\'s Dictionary of English Usage (1989) and its online usage notes ("affect" and '
        '"effect", "lose" and "loose", "breath" and "breathe", "could of", "a lot"); Garner\'s Modern '
        'English Usage, 4th ed. ("prostate; prostrate", "irregardless"); AP Stylebook ("a lot")'
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
        lowered = prose.lower()
        if not any(
            k in lowered for k in ("affects", "prostrate", "loose", "breath", " of ", "alot", "irregardless")
        ):
            return
        for rx, meant in _CONFUSIONS:
            for m in rx.finditer(prose):
                group = "w" if m.group("w") is not None else "w2"
                s, e = m.start(group), m.end(group)
                written = prose[s:e]
                fixed = meant.capitalize() if written[:1].isupper() else meant
                if written.isupper() and len(written) > 1:
                    fixed = meant.upper()
                yield Finding(
                    s,
                    e,
                    f"“{written}” where “{fixed}” is meant (“{prose[m.start() : m.end()].strip()}”): a word "
                    "confused with one that sounds or looks like it",
                    (fixed,),
                    Fix((Edit(s, e, fixed),), f"write '{fixed}'", safe=True),
                )
