"""TX133 comma-after-introducer: a comma between "such as", "include", "like", "that" or "although" and what it introduces."""

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
    r"(?:(?:^|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2})|(?<=\n))(?P<word>As|Because|Since|Although|Though|If|When|While|"
    r"Whereas|Unless|Until|Whether|In[ \t]+case)"
    # (s59) "because" after the verb that gives the reason ("This is because, garlic kills germs"): the verb is
    # matched, not looked behind at, so that the pattern starts at a literal word
    r"|\b(?:is|was|are|were)[ \t]+(?P<reason>because))(?P<comma>,)(?=[ \t]+[A-Za-z])(?![ \t]+[^,.;:!?\n]{0,25}[,;:])"
    r"(?![ \t]+(?:if|when|as|once|in|at|for|after|before|during|despite|unlike|like|to|with|without|of|on|by|"
    r"however|though|although|because|since|while|unless|until)\b)",
    re.MULTILINE,
)

#: "like" introducing examples after a plural noun, then a comma or a semicolon and the first example ("fatal
#: diseases like; heart attack", "chemicals like, pesticides"): like "such as", it leads straight into its items.
#: Not "like" as a verb ("physicians like, and ...", "what it feels like, and whether"): a function word or a
#: pronoun after the mark ends that reading, and an aside that closes within 25 characters is not read.
_LIKE_COMMA = lazy_compile(
    r"\b[a-z]+s[ \t]+(?P<word>like)([,;])(?=[ \t]+[a-z]+)(?![ \t]+(?:and|or|but|we|you|they|he|she|it|i|whether|"
    r"which|that|so|then|as|if|when|because|while|to|in|of|for|with|on|at|by|from|is|are|was|were)\b)"
    r"(?![ \t]+[^,.;:!?\n]{0,25}[,;:])"
)
#: "that" after a verb or an adjective of knowing or saying, a comma, and the subject of the clause it opens ("be
#: aware that, the choice ...", "Do not forget that, they are ..."): the comma cuts the clause from its "that". A
#: clause or a phrase set inside ("We found that, when used consistently, ...", "hope that, if replicated, ...")
#: opens with a conjunction, not a subject, and is not read; nor is an aside that closes within 25 characters.
_THAT_COMMA = lazy_compile(
    r"\b(?:aware|know|knows|known|forget|remember|note|noted|say|says|said|believe|believes|think|thinks|ensure|"
    r"sure|clear|true|means|mean|shows|show|found|find|suggests|suggest|understand|realize|realise|evident|"
    r"likely|possible|important|recommended|feel|hope|agree|agrees)[ \t]+(?P<word>that)(,)(?=[ \t]+(?:the|a|an|"
    r"this|these|those|they|we|you|he|she|it|there|your|our|their|most|many|some|all|people|patients)\b)"
    r"(?![ \t]+[^,.;:!?\n]{0,25}[,;:])"
)


class CommaAfterIntroducer(Rule):
    """A comma between "such as", "include", "like", "that" or "although" and what it introduces ("such as, retinoic acid").

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
    clause, or "However," may have been meant, so that fix is offered, not applied. "Like"
    introducing examples after a plural noun leads into them as "such as" does ("fatal diseases
    like; heart attack", "chemicals like, pesticides": the mark's removal is safe); "like" the verb
    ("Physicians like, and patients prefer, ...") has a function word or a pronoun after its comma
    and is not read. "That" after a verb or an adjective of knowing or saying opens its clause
    ("be aware that, the choice ...", "forget that, they are ..."): a comma before the clause's
    subject cuts it off (the fix is offered), while a clause set inside opens with a conjunction
    ("We found that, when used consistently, ...") and is not read. A direct
    quotation keeps its speaker's punctuation. After "such as" and "include" the fix removes the
    comma and is safe. On 4.9M words of MedQuAD, FakeHealth, the clean sentences and WMT22's human
    references, after "such as" and "include": 4 (MedQuAD: "Symptoms include, fever", "such as,
    cookies"); 3 (FakeHealth: "Other authors on this paper include, Sara ..."); 0; 0; after a
    conjunction: 2 ("Although, its use is controversial"); 1; 0; 3 ("Although, you wouldn't be
    allowed"): each the slip. After "like" and "that": 0 on all four.
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
        Example(
            "Avoid fatal diseases like; heart attack and stroke.",
            fixed="Avoid fatal diseases like heart attack and stroke.",
        ),
        Example("Be aware that, the choice of food matters."),
    )
    should_not_fire = (
        "Drugs such as retinoic acid can dry the skin.",
        "Symptoms include, but are not limited to, fever and anaemia.",
        "Side effects, including, without limitation, nausea, were rare.",
        "To be included, veterans had to abstain for a year.",
        "If, however, the dose is missed, take it at once.",
        Example("That includes, he said, devices that freeze fat.", note="an aside reporting its speaker"),
        Example("Physicians like, and patients prefer, the new device.", note="'like' the verb"),
        Example("We found that, when used consistently, the gel helps.", note="a clause set inside"),
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
        for rx, lead, safe in (
            (_LIKE_COMMA, " like", True),
            (_THAT_COMMA, "that,", False),
        ):
            for m in rx.finditer(prose) if lead in lower else ():
                mark = m.start(2)
                if inside_quotes(doc, mark):
                    continue
                word, what = m.group("word"), "the examples it introduces" if safe else "the clause it opens"
                yield Finding(
                    m.start("word"),
                    mark + 1,
                    f"a {'comma' if prose[mark] == ',' else 'semicolon'} after “{word}” cuts it from {what}",
                    (word,),
                    Fix(
                        (Edit(mark, mark + 1, ""),),
                        f"remove the {'comma' if prose[mark] == ',' else 'semicolon'}",
                        safe=safe,
                    ),
                )
        for m in _CONJUNCTION_COMMA.finditer(prose):
            comma = m.start("comma")
            if inside_quotes(doc, comma):
                continue
            word = m.group("word") or m.group("reason")
            yield Finding(
                m.start("word") if m.group("word") else m.start("reason"),
                comma + 1,
                f"a comma after “{word}” cuts it from the clause it opens",
                (word,),
                Fix((Edit(comma, comma + 1, ""),), "remove the comma"),
            )
