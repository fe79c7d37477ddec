"""MT129 spinner-dialect: An everyday word an article spinner put in, on a page where its telltale phrases show."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ...diagnostic import Diagnostic, Severity
from ...document import Document
from ...rule import Example, Finding, Option, Rule
from ...text.lexicon import spinner_dialect
from ...text.matching import PhraseMatch, PhraseMatcher, apostrophe_forms, phrase_words

#: The rules whose findings are a spinner's telltales: renderings no editor writes where they stand (MT128), and
#: the terms found with a word swapped for a synonym, of any spinner (MT101's tortured phrases, MT103's and
#: MT105's spun terms: "kind 2 diabetes", "high blood strain", "circulatory gadget").
TELLTALE_RULES = frozenset({"MT128", "MT101", "MT103", "MT105"})
#: A finding longer than this is about the page or a paragraph ("this text looks machine-spun"), not a phrase.
_MAX_SPAN = 200


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher[tuple[str, ...]]:
    """The dialect's renderings, each with the words it may stand for, in both apostrophe forms."""
    return PhraseMatcher(
        (form, originals)
        for rendering, originals in spinner_dialect()
        for form in apostrophe_forms(rendering)
    )


@lru_cache(maxsize=1)
def _renderings_per_first_word() -> dict[str, int]:
    """How many renderings of the dialect start with each word: the bound ``_dense_renderings`` reads first."""
    counts: dict[str, int] = {}
    for rendering, _ in spinner_dialect():
        for form in apostrophe_forms(rendering):
            first = phrase_words(form)[0]
            counts[first] = counts.get(first, 0) + 1
    return counts


def _dense_renderings(
    doc: Document, fewest: int, scale: float
) -> tuple[int, list[PhraseMatch[tuple[str, ...]]]]:
    """How many different renderings of the dialect the page holds, with their matches, when they are at least
    ``fewest`` and at least ``scale`` times the square root of the page's length in thousands of words; else 0.

    Edited English writes some of them ("whereas", "widespread", "illness"), but never many on one page: on the build
    side of MedQuAD, the clean sentences (40 to a document), FakeHealth's stories and WMT22's references (20 lines to a
    document), no document holds more than eight different ones, and none with five or more reaches 6.2 times the
    square root of its length in thousands of words (eight in 3,175 words is 4.5; six in 944 words, 6.2). A lightly
    spun page of 311 words holds seven (12.5). Different words grow about as the square root of a text's length, so
    the bar does too: six for a page of 360 words, fourteen for 2,000."""
    if fewest <= 0:
        return 0, []
    words = len(doc.words())
    needed = max(fewest, math.ceil(scale * math.sqrt(words / 1000)))
    per_first = _renderings_per_first_word()
    if sum(per_first[w] for w in doc.word_index.keys() & per_first.keys()) < needed:
        return 0, []  # the cheap bound: too few of the dialect's first words on the page
    matches = list(_matcher().iter_matches(doc))
    different = {" ".join(doc.prose[m.start : m.end].lower().split()) for m in matches}
    return (len(different), matches) if len(different) >= needed else (0, [])


class SpinnerDialect(Rule):
    """An everyday word an article spinner put in, on a page where its telltale phrases show.

    The commonest web article spinner rewrites a health page word by word from its own dictionary:
    "levels" becomes "ranges", "common" "typical", "disorder" "dysfunction", "if you" "in the event
    you", "help" "assist", "inflammation" "irritation". Each of these is English somewhere, so no
    rule can report it in a text on its own. MT128 reports the spinner's telltales, the renderings
    that cannot be English where they stand ("breast most cancers", "the physique's immune system",
    "antibody depend"), and MT101, MT103 and MT105 report terms with a word swapped for a synonym, whatever
    spinner swapped it ("high blood strain", "circulatory gadget"); on a page where they found
    ``min-telltales`` different ones at warning or above (two: MT128's are 0 in 4.9 million clean words, and
    no clean document of MedQuAD, the clean sentences, FakeHealth or WMT22's references holds two of them
    together, so two on one page do not happen by chance), the page was spun,
    and the dialect's everyday renderings on it are most likely the spinner's too. This rule reads
    those rules' findings (``Rule.reads_findings``) and, on such a page only, reports each rendering of the
    dialect (rules/data/lexicon/spinner-dialect.tsv) with the word it most likely stands for. A page spun lightly,
    whose spinner left the medical terms alone, shows no telltale; it is read as spun when the renderings themselves
    are many and dense (``min-renderings``, ``renderings-scale``: see ``_dense_renderings``); the table holds
    the everyday renderings of each spinner family whose telltales those rules know (the web paraphraser's
    "torment" for pain, "aggravation" for inflammation, "in light of the fact that" for because among them). Severity
    info: a writer may have chosen the word, and the fix is to restore the original article, not to
    swap words back. No clean text carries the telltales (MT128: 0 in 4.9 million words of MedQuAD,
    clean sentences, FakeHealth news and WMT22 references), so the rule is silent there by
    construction; a rendering another rule has already reported is left to it.
    """

    code = "MT129"
    name = "spinner-dialect"
    category = "translation"
    severity = Severity.INFO
    reads_findings = True
    source = (
        "medlint project table of the everyday renderings of the web article spinner whose telltales MT128 lists "
        '(rules/data/lexicon/spinner-dialect.tsv); Cabanac, Labbé and Magazinov 2021, "Tortured phrases: A dubious '
        "writing style emerging in science\" (arXiv:2107.06751), on spinners' word-for-word synonym swaps"
    )
    options = {
        "min-telltales": Option(
            2,
            int,
            "How many different telltales (MT101, MT103, MT105 or MT128 findings at warning or above) a page needs before its "
            "everyday renderings are reported",
            minimum=0,
        ),
        "min-renderings": Option(
            6,
            int,
            "How many different everyday renderings of the dialect open a page that shows fewer telltales, when they "
            "are also dense (``renderings-scale``): a page spun lightly, whose spinner swapped everyday words "
            "but left the medical terms (0: never)",
            minimum=0,
        ),
        "renderings-scale": Option(
            10.0,
            float,
            "How dense the different renderings must be for that opening: at least this many times the square root of "
            "the page's length in thousands of words",
            minimum=0,
        ),
    }
    should_fire = (
        Example(
            "Breast most cancers and pores and skin rash are common. The physique's antibody depend "
            "rises, and the typical signs are irritation and ache.",
            note="three telltales on the page, then the dialect's 'typical' and 'irritation'",
        ),
        Example("In the event you undergo from it, see a physician.", options={"min-telltales": 0}),
        Example(
            "Acne is now not a disease of teenagers only. Treatments to be had at a pharmacy clear lifeless cells from "
            "the encircling area, whereas sugary weight-reduction plans make it worse.",
            note="no telltale, but six different renderings in 30 words: a lightly spun page",
        ),
    )
    should_not_fire = (
        Example("The typical dose ranges from 5 to 10 mg, and irritation of the skin is rare."),
        Example(
            "Breast most cancers is treated. The typical dose ranges from 5 to 10 mg.",
            note="one telltale is not a spun page",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        return self.check_findings(doc, ())

    def check_findings(self, doc: Document, findings: Sequence[Diagnostic]) -> Iterable[Finding]:
        telltales = sorted(
            {
                " ".join(d.text.lower().split())
                for d in findings
                if d.code in TELLTALE_RULES and d.severity >= Severity.WARNING
            }
        )
        enough = len(telltales) >= self.opts["min-telltales"]
        if enough:
            dense, matches = 0, list(_matcher().iter_matches(doc))
        else:
            dense, matches = _dense_renderings(
                doc, self.opts["min-renderings"], self.opts["renderings-scale"]
            )
            if not dense:
                return []
        # the spans other translation and text rules reported (not a document-level finding, which spans the page)
        taken = [
            (d.start.offset, d.end.offset)
            for d in findings
            if d.code[:2] in ("MT", "TX") and d.end.offset - d.start.offset <= _MAX_SPAN
        ]
        shown = ", ".join(f"“{t}”" for t in telltales[:3]) + (", ..." if len(telltales) > 3 else "")
        if enough:
            evidence = f" (the page shows the spinner's telltales: {shown})" if telltales else ""
        else:
            evidence = f" (the page holds {dense} of the spinner's everyday renderings)"
        out = []
        for m in matches:
            file_start, file_end = doc.file_offset(m.start), doc.file_offset(m.end)
            if any(a < file_end and b > file_start for a, b in taken):
                continue  # another rule reported it
            text = doc.prose[m.start : m.end]
            originals = " or ".join(f"“{o}”" for o in m.value)
            out.append(
                Finding(
                    m.start,
                    m.end,
                    f"“{text}” is likely an article spinner's rendering of {originals}{evidence}: restore the "
                    "original text rather than swap words back",
                    m.value,
                )
            )
        return out
