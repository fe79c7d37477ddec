"""TX131 time-genitive: a plural length of time before the noun it measures, without its apostrophe ("five years time")."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.lazy_re import lazy_compile
from ...text.quotes import inside_quotes

#: A count, then a plural unit of time, then a noun that such a length of time measures ("in five years
#: time", "10 years experience", "two weeks notice", "a few days worth", "thousands of years history"). The
#: count makes "years" a quantity, not the end of a phrase ("over the years experience has shown" has none);
#: the nouns are those a time genitive names, never the next clause's subject or verb.
_TIME_GENITIVE = lazy_compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundred|several|many|few|couple\s+of|hundreds\s+of|thousands\s+of)[ \t]+(?:more[ \t]+)?"
    r"(?P<unit>years|months|weeks|days|hours|minutes)(?P<gap>[ \t]+)"
    r"(?P<noun>time|experience|history|worth|supply|notice|pay|leave|salary|wages|delay|wait|journey|drive|walk)"
    r"\b(?![\u2019'-])"
)


class TimeGenitive(Rule):
    """A plural length of time before the noun it measures, without its apostrophe ("five years time").

    A length of time before a noun it measures is a possessive in English, and a plural one takes
    its apostrophe after the s: "in five years' time", "10 years' experience", "two weeks' notice",
    "three days' supply", "thousands of years' history" (a singular one takes "'s": "a day's
    work"). Written without it, the phrase reads as two nouns side by side, a slip of hurried writing
    and of translation from languages with no such genitive (Chinese "几千年历史", Vietnamese "hàng
    nghìn năm lịch sử"). Only a counted length is read ("five years", "a few days", "thousands of
    years"), before a noun such a length measures (time, experience, history, worth, supply, notice,
    pay, leave, delay, wait, journey): "over the years experience has shown" counts nothing, and a noun
    that may open the next clause is left ("for two years treatment continued"). A direct
    quotation keeps its speaker's words. The fix adds the apostrophe and is safe: the plural
    possessive is the only reading. On 4.9M words of MedQuAD, FakeHealth, the clean sentences and WMT22's
    human references: 0; 1 ("in five years time"); 0; 4 ("10 years experience" twice, "2~3 days worth",
    "2 hours drive"), each the slip.
    """

    code = "TX131"
    name = "time-genitive"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        'The Chicago Manual of Style, 17th ed., §7.27 (quasi-possessives: "two weeks\' notice", "three days\' '
        "time\"); Oxford Style Manual and New Hart's Rules §4.2.1"
    )
    should_fire = (
        Example(
            "The device could be worth $1 billion in five years time.",
            fixed="The device could be worth $1 billion in five years' time.",
        ),
        Example("Traditional Chinese medicine has thousands of years history in China."),
        Example("Keep a few days worth of medicine at home."),
    )
    should_not_fire = (
        "The device could be worth $1 billion in five years' time.",
        "She has 10 years of experience.",
        "Over the years experience has shown that rest helps.",
        Example("\u201cI had two weeks notice,\u201d she said.", note="a direct quotation"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        for m in _TIME_GENITIVE.finditer(prose):
            s, e = m.start("unit"), m.end("unit")
            if inside_quotes(doc, s):
                continue
            unit = m.group("unit")
            yield Finding(
                s,
                e,
                f"“{unit} {m.group('noun')}”: a length of time before the noun it measures takes an apostrophe "
                f"(“{unit}' {m.group('noun')}”)",
                (f"{unit}'",),
                Fix((Edit(e, e, "'"),), "add the apostrophe", safe=True),
            )
