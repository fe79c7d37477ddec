"""TX133 comma-after-introducer: a comma between "such as", "include" or "although" and what it introduces."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.lazy_re import lazy_compile
from ...text.quotes import inside_quotes

#: "such as", "include", "includes" or "including", a comma, and the first item on the same line ("drugs such
#: as, retinoic acid", "Symptoms include, fever"). Not the comma that opens an aside before the list ("include,
#: but are not limited to,", "including, without limitation,", "include, for example,", "such as, e.g.,"), nor
#: "included," closing a clause ("To be included, veterans had to ..."), which is another word, nor an aside
#: that names a speaker ("That includes, he said, devices ...").
_INTRODUCER_COMMA = lazy_compile(
    r"\b(?:[Ss]uch[ \t]+as|[Ii]nclud(?:e|es|ing))(,)(?=[ \t]+(?!(?:but|for|among|amongst|in|at|most|notably|"
    r"especially|particularly|say|to|without|though|however|of|as|and|or|not|respectively|where|when|if|which|"
    r"that|e\.g|i\.e|inter|mainly|primarily|chiefly|typically|usually|often|sometimes|perhaps|possibly|"
    r"probably|again|also|too|then|now|ironically|surprisingly|interestingly|importantly|crucially|above|"
    r"alongside|besides)\b)(?!(?:[\w.'\u2019-]+[ \t]+){1,3}(?:said|says|added|adds|noted|notes|explained|explains|"
    r"argued|argues|wrote|writes|believes|believe|thinks|think|told|tells|suggested|suggests)\b)[A-Za-z])"
)

#: A subordinating conjunction that opens its sentence, a comma, and its clause ("As, the alcohol passes ...",
#: "Although, its use is controversial ...", "While, compression therapy may not ..."): the conjunction
#: belongs to the clause it opens. A comma that opens an aside closes again within a few words ("If, however,
#: the dose ...", "When, in 2010, she ..."), so a sentence with another comma or a colon within 25 characters is
#: not read, nor a clause or a phrase set inside it ("Because, if you want to use the space, ...", "Because, to
#: confirm his lie, ..."). "Once," is also the adverb of time ("Once, she felt her throat constrict").
_CONJUNCTION_COMMA = lazy_compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2})|(?<=\n))(?P<word>As|Because|Since|Although|Though|If|When|While|"
    r"Whereas|Unless|Until|Whether)(,)(?=[ \t]+[A-Za-z])(?![ \t]+[^,.;:!?\n]{0,25}[,;:])"
    r"(?![ \t]+(?:if|when|as|once|in|at|for|after|before|during|despite|unlike|like|to|with|without|of|on|by|"
    r"however|though|although|because|since|while|unless|until)\b)",
    re.MULTILINE,
)


class CommaAfterIntroducer(Rule):
    """A comma between "such as", "include" or "although" and what it introduces ("such as, retinoic acid").

    "Such as", "include" and "including" lead straight into their first item: "drugs such as
    retinoic acid", "Symptoms include fever, anaemia and ...". A comma between them cuts the
    phrase from what it introduces, a slip of hurried writing, of machine translation and of
    non-native writers. A comma that opens an aside before the list ("include, but are not limited
    to, ...", "including, without limitation, ...", "include, for example, ...") is English and is
    not read, nor is an aside that names its speaker ("That includes, he said, devices ..."), nor
    "included," closing a clause ("To be included, veterans had to ..."). The same slip after a
    conjunction that opens its sentence cuts it from its clause: "As, the alcohol passes ...",
    "Although, its use is controversial ...", "While, compression therapy may not ..."; an aside
    after the conjunction closes with a second comma within a few words ("If, however, the dose
    ...") and is not read. There the comma's removal may leave a sentence that needs its main
    clause, or "However," may have been meant, so that fix is offered, not applied. A direct
    quotation keeps its speaker's punctuation. After "such as" and "include" the fix removes the
    comma and is safe. On 4.9M words of MedQuAD, FakeHealth, the clean sentences and WMT22's human
    references, after "such as" and "include": 4 (MedQuAD: "Symptoms include, fever", "such as,
    cookies"); 3 (FakeHealth: "Other authors on this paper include, Sara ..."); 0; 0; after a
    conjunction: 2 ("Although, its use is controversial"); 1; 0; 3 ("Although, you wouldn't be
    allowed"): each the slip.
    """

    code = "TX133"
    name = "comma-after-introducer"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "The Chicago Manual of Style, 17th ed., §6.26 (no comma after \u201csuch as\u201d when it introduces "
        "a restrictive list) and §6.13 (no comma between a verb and its object); Merriam-Webster's Guide to "
        "Punctuation and Style (commas with \u201cincluding\u201d and \u201csuch as\u201d)"
    )
    should_fire = (
        Example(
            "Anti-acne drugs such as, retinoic acid can dry the skin.",
            fixed="Anti-acne drugs such as retinoic acid can dry the skin.",
        ),
        Example("Symptoms include, fever and anaemia.", fixed="Symptoms include fever and anaemia."),
        Example("As, the alcohol passes into the blood, it reaches the baby."),
    )
    should_not_fire = (
        "Drugs such as retinoic acid can dry the skin.",
        "Symptoms include, but are not limited to, fever and anaemia.",
        "Side effects, including, without limitation, nausea, were rare.",
        "To be included, veterans had to abstain for a year.",
        "If, however, the dose is missed, take it at once.",
        Example("That includes, he said, devices that freeze fat.", note="an aside reporting its speaker"),
        Example("\u201cSymptoms include, well, everything,\u201d she said.", note="a direct quotation"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        lower = doc.lower
        # most texts hold neither phrase before a comma: the scan is skipped for them
        introduced = "such as," in lower or "includ" in lower
        for m in _INTRODUCER_COMMA.finditer(prose) if introduced else ():
            comma = m.start(1)
            if inside_quotes(doc, comma):
                continue
            phrase = prose[m.start() : comma]
            yield Finding(
                m.start(),
                comma + 1,
                f"a comma after “{phrase}” cuts it from the list it introduces",
                (phrase,),
                Fix((Edit(comma, comma + 1, ""),), "remove the comma", safe=True),
            )
        for m in _CONJUNCTION_COMMA.finditer(prose):
            comma = m.start(2)
            if inside_quotes(doc, comma):
                continue
            word = m.group("word")
            yield Finding(
                m.start(),
                comma + 1,
                f"a comma after “{word}” cuts it from the clause it opens",
                (word,),
                Fix((Edit(comma, comma + 1, ""),), "remove the comma"),
            )
