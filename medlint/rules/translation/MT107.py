"""MT107 wrong-inflection: A regular ending on an irregular word ("overcomed", "teached", "tooths")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.lexicon import is_known, wrong_forms, wrong_inflection
from ...text.word_frequency import unlisted_words, zipf_of

#: One-syllable adjectives and their comparatives: "more sweet" for "sweeter" is the analytic form English keeps for
#: longer adjectives ("more healthy" is usage too, and is left).
_COMPARATIVES = {
    "sweet": "sweeter",
    "sour": "sourer",
    "big": "bigger",
    "small": "smaller",
    "tall": "taller",
    "short": "shorter",
    "long": "longer",
    "fast": "faster",
    "slow": "slower",
    "hot": "hotter",
    "cold": "colder",
    "warm": "warmer",
    "soft": "softer",
    "hard": "harder",
    "strong": "stronger",
    "weak": "weaker",
    "young": "younger",
    "old": "older",
    "high": "higher",
    "low": "lower",
    "deep": "deeper",
    "cheap": "cheaper",
    "rich": "richer",
    "poor": "poorer",
    "thick": "thicker",
    "thin": "thinner",
    "fat": "fatter",
    "dry": "drier",
    "wet": "wetter",
    "clean": "cleaner",
    "quick": "quicker",
    "late": "later",
    "loud": "louder",
    "bright": "brighter",
    "dark": "darker",
    "large": "larger",
    "great": "greater",
    "fresh": "fresher",
    "sharp": "sharper",
    "tight": "tighter",
    "wide": "wider",
}
#: "is more sweet": a verb of being or seeming, "more" and a one-syllable adjective closing the phrase (not "more sweet
#: than sour", which weighs two qualities, nor "more sweet and sour dishes")
_ANALYTIC_COMPARATIVE = re.compile(
    r"more\s+(?P<adjective>" + "|".join(_COMPARATIVES) + r")\b(?!\s+(?:and|or|than|[a-z]+ly)\b)"
)
#: The verb before "more" (read backwards from it; the search opens on the literal "more").
_BEING_VERB_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|become|becomes|became|get|gets|got|feel|feels|felt|look|looks|taste|tastes|"
    r"tasted|seem|seems|seemed)\s+\Z"
)
#: Endings that turn the final "y" of a word of two syllables or more into "i" ("spicy" -> "spiciness", "tasty" ->
#: "tastier", "happy" -> "happily").
_Y_TO_I_ENDINGS = ("ness", "ly", "er", "est")
#: How common (wordfreq Zipf) the "-y" word must be: a word every reader knows, so its form is sure.
_Y_BASE_ZIPF = 3.0


class WrongInflection(Rule):
    """A regular ending on an irregular word ("overcomed", "teached", "tooths").

    Machine translation, spinners and non-native writers apply the regular
    ending to verbs and nouns that take an irregular one. The forms come from
    WordNet's exception lists: a regular-looking form of a common irregular
    word is reported when it is not itself a word (absent from wordfreq's
    list and from clean reference text). Only lower-case tokens are checked
    (the capitalised "Childs" is a surname). The suggestion is the irregular
    form; which one (past or participle) depends on the sentence, so it is
    not applied automatically.

    A word of two syllables or more that ends in a consonant and "y" changes
    the "y" to "i" before "-ness", "-ly", "-er" and "-est" ("spicy",
    "spiciness"); the ending added to the "y" ("spicyness", "tastyer",
    "happyly") is the same slip. It is read only where the "-y" word is common
    and the form with "y" is no word of wordfreq's table; one-syllable words
    keep their "y" ("shyness", "dryly") and are not read.

    A one-syllable adjective given "more" after a verb of being or seeming
    ("jaggery is more sweet") takes "-er" in English ("sweeter"); "more sweet
    than sour" weighs two qualities and is left.
    """

    code = "MT107"
    name = "wrong-inflection"
    category = "translation"
    severity = Severity.WARNING
    source = (
        "WordNet 3.0 exception lists verb.exc and noun.exc (Princeton University, WordNet licence); "
        "rules/data/lexicon/inflections.tsv built by scripts/build_lexicon.py"
    )
    should_fire = (
        "Most patients overcomed the infection within a week.",
        "The nurse teached her how to inject insulin.",
        Example("Avoid over-spicyness and greasy food.", note="the y of 'spicy' before -ness"),
        Example("Yellow jaggery is more sweet.", note="a one-syllable adjective given 'more'"),
    )
    should_not_fire = (
        "Most patients overcame the infection within a week.",
        "The nurse taught her how to inject insulin.",
        "Dr Childs reviewed the results.",
        Example("Shyness and dryness of the skin are common.", note="one-syllable words keep the y"),
        Example("The sauce is more sweet than sour.", note="two qualities weighed"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        yield from _y_kept(doc)
        if "more " in doc.prose:
            yield from _analytic_comparatives(doc)
        positions = doc.word_index
        present = wrong_forms().intersection(doc.word_set)
        if not present:
            return
        words = doc.words()
        for w in sorted(present, key=lambda x: positions[x][0]):
            found = wrong_inflection(w)
            if found is None:
                continue
            base, forms = found
            for i in positions[w]:
                token = words[i]
                if token.text != w:
                    continue
                yield Finding(
                    token.start,
                    token.end,
                    f"“{w}” is not a word: “{base}” is irregular ({', '.join(forms)})",
                    forms,
                    Fix((Edit(token.start, token.end, forms[0]),), f"replace with {forms[0]!r}", safe=False),
                    data={"base": base},
                )


def _y_kept(doc: Document) -> Iterable[Finding]:
    """Each word with "-ness", "-ly", "-er" or "-est" added to a common "-y" word whose "y" should have become
    "i" ("spicyness" for "spiciness"), where the written form is no word of the table."""
    # a hyphenated word is read by its last part ("over-spicyness")
    candidates = [w for w in unlisted_words(doc) if "y" in w and w.rsplit("-", 1)[-1].isalpha()]
    if not candidates:
        return
    positions = doc.word_index
    words = doc.words()
    for w in sorted(candidates, key=lambda x: positions[x][0]):
        part = w.rsplit("-", 1)[-1]
        ending = next((e for e in _Y_TO_I_ENDINGS if part.endswith("y" + e)), None)
        if ending is None:
            continue
        base = part[: -len(ending)]
        stem = base[:-1]
        if len(base) < 4 or stem[-1] in "aeiouy" or not any(c in "aeiou" for c in stem[:-1]):
            continue  # "play" + "er", or a word of one syllable ("dryly", "shyness")
        if (zipf_of(base) or 0.0) < _Y_BASE_ZIPF or is_known(part):
            continue
        fixed = stem + "i" + ending
        for i in positions[w]:
            token = words[i]
            if token.text != w:
                continue
            start = token.end - len(part)
            yield Finding(
                start,
                token.end,
                f"“{part}” is not a word: the “y” of “{base}” becomes “i” before “-{ending}” (“{fixed}”)",
                (fixed,),
                Fix((Edit(start, token.end, fixed),), f"replace with {fixed!r}", safe=False),
                data={"base": base},
            )


def _analytic_comparatives(doc: Document) -> Iterable[Finding]:
    """Each "more" before a one-syllable adjective that takes "-er" ("is more sweet")."""
    prose = doc.prose
    for m in _ANALYTIC_COMPARATIVE.finditer(prose):
        if m.start() and prose[m.start() - 1].isalnum():
            continue  # "evermore", "nevermore"
        if _BEING_VERB_BEFORE.search(prose, max(0, m.start() - 12), m.start()) is None:
            continue
        adjective = m.group("adjective")
        better = _COMPARATIVES[adjective]
        start = m.start()
        yield Finding(
            start,
            m.end(),
            f"“more {adjective}”: a one-syllable adjective takes “-er”: “{better}”",
            (better,),
            Fix((Edit(start, m.end(), better),), f"replace with {better!r}", safe=False),
            data={"base": adjective},
        )
