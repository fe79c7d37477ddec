"""TX125 everyday-adverb: the adjective "everyday" written for the adverb phrase "every day" ("eat protein everyday")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...kinds.substitution import match_case
from ...rule import Example, Finding, Rule
from ...text.quotes import inside_quotes

#: "everyday" where no noun follows it: a mark of punctuation, the end of a line, or a function
#: word that cannot be the noun the adjective modifies ("take it everyday and", "everyday in the
#: United States", "Everyday, the kidneys filter", "Everyday is a new start"). "everyday life",
#: "everyday activities", "everyday use" have their noun and are left.
_EVERYDAY_ALONE = re.compile(
    r"\b(?P<word>[Ee]veryday)\b(?=[ \t]*(?:[.,;:!?)\]]|\n|$)|\s+(?:and|or|but|so|for|to|in|at|on|with|from|until|till|"
    r"before|after|if|when|because|as|while|is|are|was|were|will|can|may|should|the|a|an|this|that|it|you|we|they|"
    r"i|he|she|of|during|throughout|without|unless|whether|since|though|although)\b)"
)


class EverydayAdverb(Rule):
    """The adjective "everyday" written for the adverb phrase "every day" ("eat protein everyday").

    "Everyday" is an adjective that comes before its noun ("everyday life", "everyday
    activities"); "every day", two words, says how often ("take it every day"). The one-word
    form where no noun follows it, before a mark of punctuation or a function word, is the
    adverb phrase run together, a slip usage guides name and copy editors mend: "took 2,000 IU of
    vitamin D everyday for 12 weeks", "Everyday, the two kidneys filter". An "everyday" followed
    by a word that may be its noun is left, whatever that word is, and so is one inside a direct
    quotation, which keeps the speaker's words. The fix writes "every day"
    ("Every day" at a sentence's start) and is safe: in this position the two-word phrase is the
    only reading. On 4.9M words of MedQuAD, FakeHealth, the clean sentences and WMT22's human
    references every finding outside quotations was this slip (2, one sentence in two answers; 3; 0; 3).
    """

    code = "TX125"
    name = "everyday-adverb"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        'Merriam-Webster, "everyday" (adjective) and usage note "Every day vs. everyday"; '
        'AP Stylebook, "every day (adv.), everyday (adj.)"'
    )
    should_fire = (
        Example("Eat some protein everyday."),
        Example("Everyday, the two kidneys filter about 120 quarts of blood."),
        Example("Those who took vitamin D everyday for 12 weeks were no less likely to fall ill."),
    )
    should_not_fire = (
        "Everyday activities such as walking count.",
        Example("\u201cWorking out everyday, eating healthy,\u201d she wrote.", note="a direct quotation"),
        Example("Take it every day, with food.", note="the adverb phrase written in two words"),
        Example("Stress is part of everyday life.", note="a noun after it"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if "veryday" not in prose:
            return
        for m in _EVERYDAY_ALONE.finditer(prose):
            s, e = m.start("word"), m.end("word")
            if inside_quotes(doc, s):
                continue  # a direct quotation keeps the speaker's words ("Working out everyday," she wrote)
            fixed = match_case("every day", m.group("word"))
            yield Finding(
                s,
                e,
                f"“{m.group('word')}” is an adjective that comes before a noun; how often is “{fixed}”",
                (fixed,),
                Fix((Edit(s, e, fixed),), f"write '{fixed}'", safe=True),
            )
