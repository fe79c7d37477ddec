"""MT122 source-conventions: Number, date and quotation-mark conventions of the source language left in English ("1,5 mg", "[11.13]", „so“)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Option, Rule
from ...text.lazy_re import lazy_compile

#: German, Russian, French, Spanish, Polish, Czech... write "1,5 mg"; English "1.5 mg". Only before a
#: unit or "percent", with one or two digits after the comma and no digit or comma around it, since
#: "1,500 mg" and the list "1,2 and 5" are English.
_DECIMAL_COMMA = lazy_compile(
    r",(\d{1,2})(?![\d,])"
    r"(?=\s?(?:%|‰|°C|(?:mg|g|kg|µg|μg|mcg|ng|ml|mL|dl|dL|l|L|mmol|µmol|IU|cm|mm|km|m|percent|per\s+cent)\b))"
)
#: The whole part before the comma: one to three digits with no digit, comma or point before them.
#: (Searched from the comma, a literal, which the regex engine finds fast; a pattern that opens with
#: a look-behind and a digit class is tried at every position, a hundred times slower.)
_WHOLE_PART = re.compile(r"(?<![\d,.])\d{1,3}$")
#: A reference list in square brackets: numbers of one to three digits joined by commas, dashes or
#: (after machine translation turned the source's list comma into a decimal point) dots.
_CITATION = lazy_compile(r"\[\s*\d{1,3}(?:\s*[,.\u2013-]\s*\d{1,3})*\s*\]")
_NUMBER = re.compile(r"\d+")
#: German and Polish open a quotation low („so“, ‚so‘); French, Russian and Swiss quotes are
#: guillemets («so», »so«). English uses “so” and ‘so’. A low quote counts only with its own closer
#: (not an ASCII one: "‚â•38" is "≥" decoded as Mac Roman, and "days'" an apostrophe).
_QUOTES = lazy_compile(
    r"„[^„‚“”\n]{1,200}[“”]|‚[^„‚‘’\n]{1,200}?[‘’](?!\w)|«[^«»\n]{1,200}»|»[^«»\n]{1,200}«"
)
#: Day.month.year, the date of German, Russian, Polish, Czech and Turkish ("12.03.2020"); English
#: writes "12 March 2020" or "March 12, 2020" (ISO 8601: "2020-03-12").
_DOTTED_DATE = lazy_compile(r"\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)(?!\d|\.\d)")
#: The day before the first point (searched from the point, as for the decimal comma).
_DAY = re.compile(r"(?<![\d.])(0?[1-9]|[12]\d|3[01])$")
_MONTHS = "January February March April May June July August September October November December".split()
#: A temperature whose degree sign is a letter o or the ordinal indicator º ("38.5oC", "39ºC"): typed where
#: the source's input method had no degree sign; only after a number, before C or F ending the token.
#: (s66) The percent sign before its number ("%5 permethrin cream"), the order of Turkish and Basque
_PERCENT_FIRST = lazy_compile(r"(?<![\w%/=])%(\d+(?:[.,]\d+)?)(?![\w%])")
_DEGREE_LETTER = lazy_compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{1,2})?)\s?([o\u00ba])([CF])(?![A-Za-z])")
#: A semicolon inside a sentence followed by a capitalised clause opener ("such as growth factors; If the pain is
#: severe, ..."): Chinese and Japanese end a clause with a full-width "；" and machine translation starts the next
#: clause as if a sentence began. Only the closed class of words that open a clause, and only with a lower-case
#: word after them, so that a name ("; The Laerdal Foundation") never counts. (The pattern opens on the semicolon, a
#: literal the engine finds fast; what stands before it is read back in ``_semicolon_capitals``.)
_SEMICOLON_CAPITAL = lazy_compile(
    r";[ \t]+(If|When|Because|Although|Though|While|Since|After|Before|Once|Unless|Therefore|"
    r"However|Otherwise|So|But|And|Or|Then|The|This|These|That|Those|It|Its|You|Your|We|They|He|She|There|Such|"
    r"Some|Most|Many|In|At|For|To|With|Do|Don't|Avoid|Eat|Drink|Take|Try|Keep|A|An|Maintain|Regulate|Promote|Reduce|"
    r"Increase|Improve|Prevent|Help|Use|Get|Make|Stop|Limit|Add|Control|Protect|Remove|Lower)(?=[ \t]+[a-z0-9])"
)
#: The openers of ``_SEMICOLON_CAPITAL`` that are verbs of advice: in a run of several semicolons only these count,
#: the clauses of a function or an instruction the source listed with "；" ("; Maintain water balance").
_ADVICE_OPENERS = frozenset(
    "Do Don't Avoid Eat Drink Take Try Keep Maintain Regulate Promote Reduce Increase Improve Prevent Help Use Get "
    "Make Stop Limit Add Control Protect Remove Lower".split()
)
#: Sentence ends and line breaks that bound the sentence a semicolon is read in.
_SENTENCE_BOUNDS = re.compile(r"[.!?:\n]")
#: Fewest words before the semicolon: a clause, not a list's label.
SEMICOLON_CLAUSE_MIN_WORDS = 4
KINDS = (
    "decimal-comma",
    "citation-decimal",
    "quotation-marks",
    "dotted-date",
    "degree-letter",
    "semicolon-capital",
    "percent-first",
)
#: a block of at most this many words, the date among them, that does not end like a sentence is a
#: date line: a template's field ("Date 12.03.2020", "Posted by Jane Roe 14.05.2019")
DATE_LINE_MAX_WORDS = 6


def _date_line(doc: Document, at: int) -> bool:
    """The date at ``at`` stands in a date line: a short block that is no sentence."""
    i = doc.block_at(at)
    if i is None:
        return False
    text = doc.prose[doc.blocks[i].start : doc.blocks[i].end]
    return len(text.split()) <= DATE_LINE_MAX_WORDS and text.rstrip()[-1:] not in ".!?"


class SourceConventions(Rule):
    """Number, date and quotation-mark conventions of the source language left in English.

    Machine translation translates the words and keeps the source's
    typography, or converts it where it should not. Four forms, none of which
    edited English health prose writes (none in 2.2 million words of
    build-side MedQuAD answers and clean sentences, none in the FakeHealth
    news articles):

    - ``decimal-comma``: a decimal comma before a unit ("1,5 mg", "0,5 %"):
      an English reader may read "1,5" as fifteen or as a list;
    - ``citation-decimal``: a reference list with a decimal point ("[11.13]",
      "[2-4.6.7]"), where the translation took the source's "11,13" for a
      decimal number and converted it. Only when the numbers rise (a list of
      references, not a value: "[9.9-60.6]" is an interval) and the document
      also cites with plain integers ("[8]", "[1,2]"), so that square brackets
      are its reference marks;
    - ``quotation-marks``: German or Polish low quotes („so“, ‚so‘) and
      guillemets («so», »so«);
    - ``dotted-date``: day.month.year ("12.03.2020"), which an American reader
      takes for 3 December. Not in a date line (a block of a few words that is
      no sentence: "Date 12.03.2020", "Posted by Jane Roe 14.05.2019"), which
      is a page template's field, not the article's prose;
    - ``degree-letter``: a temperature whose degree sign is the letter o or
      the ordinal indicator º ("38.5oC", "39ºC"), typed where the writer's or
      the translator's keyboard had no degree sign (an s36 machine-translated
      page on children's fever). The fix writes "°" and is safe: after a
      number and before C or F, the letter stands for nothing else;
    - ``percent-first``: the percent sign before its number ("%5 permethrin
      cream"), Turkish order; none in the 4.9M clean words. The fix moves it
      after the number and is safe;
    - ``semicolon-capital``: a capitalised clause opener ("If", "The", "You",
      "A", or a verb of health advice, "Maintain", "Avoid", ...) before a
      lower-case word, after a semicolon whose clause before it has four words
      or more in sentence case ("such as growth factors; If the pain is
      severe, you can use ..."; "excrete metabolites in the body; Maintain
      water balance ...; Maintain electrolyte balance"): Chinese and Japanese
      close a clause with a full-width "；" and machine translation opens the
      next one as a sentence. In a run of several semicolons only a verb of
      advice counts (a list of noun phrases may capitalise its items, "Signs
      include fever; Rashes on the arms; ..."), and not in a list a colon
      introduces ("safe sleep practices: Place babies on their backs; Don't
      use bumpers; Keep ..."); a title line does not count either. In WMT22's
      Chinese-to-English news, 0 to 19 of 1,875 lines in each system's output
      against 1 in the human reference; 2 in MedQuAD's 2.8M words (list items),
      4 in FakeHealth's 1.5M. The fix lower-cases the word (unsafe: a full stop
      may read better).
    """

    code = "MT122"
    name = "source-conventions"
    category = "translation"
    severity = Severity.WARNING
    source = (
        "The Chicago Manual of Style (17th ed.), 9.19-9.21 (decimal points, not commas, in English), 6.9 and "
        "11.20 (English quotation marks; guillemets and low quotes belong to other languages), 9.35-9.37 "
        "(dates); ISO 8601 (all-numeric dates as year-month-day); Unicode CLDR number and date formats "
        "(which locales write a decimal comma and day.month.year)"
    )
    options = {
        "disabled-kinds": Option([], list, "forms not checked (any of: " + ", ".join(KINDS) + ")"),
    }
    should_fire = (
        Example("Take 1,5 mg a day.", fixed="Take 1.5 mg a day."),
        "Betahistine is not proven to help [11.13]. Homeopathy does not work better than placebo [8].",
        "The rule was called „Ernstfall“ in the leaflet.",
        "The vaccine was approved on 12.03.2021 in Austria.",
        "The clinic calls it «the cure».",
        "Approved 12.03.2021.",
        Example("A fever above 38.5oC needs a doctor.", fixed="A fever above 38.5°C needs a doctor."),
        "You can use some drugs to promote healing, such as growth factors; If the pain is severe, use a gel.",
    )
    should_not_fire = (
        "Take 1.5 mg a day; 1,500 mg is too much. Doses of 1, 2 and 5 mg were tried.",
        "The interval was [9.9-60.6]. Two studies found it [1,2], a third did not [3].",
        "The value was [1.5] in one arm.",
        "He said “so” and ‘maybe’. It rose 2.5% in 2021, version 1.2.3.",
        "A fever above 38.5°C (101.3°F) needs a doctor; ask about 2oCOOH and the No.1 choice.",
        Example("Run `printf '1,5 mg'` in the shell.", format="markdown", note="code is not prose"),
        Example(
            "Posted by Jane Roe 14.05.2019\n\nThe clinic opened.", note="a date line, a template's field"
        ),
        Example(
            "Signs include fever; Rashes on the arms; The loss of appetite; and tiredness.",
            note="a list whose items follow semicolons",
        ),
        "The study was funded by the Sparks charity; The Laerdal Foundation also gave money.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        disabled = set(self.opts["disabled-kinds"])
        out: list[Finding] = []
        if "decimal-comma" not in disabled and "," in prose:
            out.extend(self._decimal_commas(prose))
        if "citation-decimal" not in disabled and "[" in prose:
            out.extend(_citation_decimals(prose))
        if "quotation-marks" not in disabled and not prose.isascii():
            for m in _QUOTES.finditer(prose):
                text = m.group()
                out.append(
                    Finding(
                        m.start(),
                        m.end(),
                        f"quotation marks of another language: {text[0]}…{text[-1]}; English uses “…” (or ‘…’)",
                        ("“" + text[1:-1] + "”",),
                        data={"kind": "quotation-marks"},
                    )
                )
        if "dotted-date" not in disabled and "." in prose:
            for m in _DOTTED_DATE.finditer(prose):
                d = _DAY.search(prose, max(0, m.start() - 3), m.start())
                if d is None:
                    continue
                day, month, year = int(d.group(1)), int(m.group(1)), m.group(2)
                start = d.start()
                if _date_line(doc, start):
                    continue  # the page's date line ("Date 12.03.2020"): its template's field, not prose
                written = f"{day} {_MONTHS[month - 1]} {year}"
                out.append(
                    Finding(
                        start,
                        m.end(),
                        f"“{prose[start : m.end()]}” is day.month.year, the date of German, Russian or Czech; an English reader "
                        f"may read the month first: write “{written}”",
                        (written, f"{year}-{month:02d}-{day:02d}"),
                        data={"kind": "dotted-date"},
                    )
                )
        if "degree-letter" not in disabled and ("oC" in prose or "oF" in prose or "\u00ba" in prose):
            for m in _DEGREE_LETTER.finditer(prose):
                start, end = m.start(2), m.end(3)
                written = f"\u00b0{m.group(3)}"
                out.append(
                    Finding(
                        start,
                        end,
                        f"“{m.group()}”: the degree sign is written as the letter “{m.group(2)}”; write “{m.group(1)}{written}”",
                        (written,),
                        Fix((Edit(start, m.end(2), "\u00b0"),), "write the degree sign"),
                        data={"kind": "degree-letter"},
                    )
                )
        if "percent-first" not in disabled and "%" in prose:
            for m in _PERCENT_FIRST.finditer(prose):
                written = f"{m.group(1)}%"
                out.append(
                    Finding(
                        m.start(),
                        m.end(),
                        f"“{m.group()}”: the percent sign stands before its number, as Turkish writes it; English writes "
                        f"“{written}”",
                        (written,),
                        Fix((Edit(m.start(), m.end(), written),), "put the percent sign after the number"),
                        data={"kind": "percent-first"},
                    )
                )
        if "semicolon-capital" not in disabled and ";" in prose:
            out.extend(_semicolon_capitals(prose))
        out.sort(key=lambda f: f.start)
        return out

    @staticmethod
    def _decimal_commas(prose: str) -> Iterable[Finding]:
        for m in _DECIMAL_COMMA.finditer(prose):
            whole = _WHOLE_PART.search(prose, max(0, m.start() - 4), m.start())
            if whole is None:
                continue
            start = whole.start()
            written = prose[start : m.end()]
            dotted = f"{whole.group()}.{m.group(1)}"
            yield Finding(
                start,
                m.end(),
                f"“{written}” has a decimal comma, the convention of the source language; English writes “{dotted}”",
                (dotted,),
                Fix((Edit(start, m.end(), dotted),), f"replace with {dotted!r}"),
                data={"kind": "decimal-comma"},
            )


def _citation_decimals(prose: str) -> list[Finding]:
    """Reference lists with a decimal point, in a document that also cites with plain integers."""
    dotted = []
    plain = False
    for m in _CITATION.finditer(prose):
        text = m.group()
        if "." not in text:
            plain = True
            continue
        numbers = [int(n) for n in _NUMBER.findall(text)]
        pieces = _NUMBER.findall(text)
        if any(p.startswith("0") for p in pieces):
            continue  # "[0.5]", "[1.05]": a value
        if all(a < b for a, b in itertools.pairwise(numbers)):
            dotted.append(m)
    if not plain:
        return []
    out = []
    for m in dotted:
        fixed = re.sub(r"\s*\.\s*", ",", m.group())
        out.append(
            Finding(
                m.start(),
                m.end(),
                f"“{m.group()}” lists references with a decimal point: the translation read the source's "
                f"list comma as a decimal comma; write “{fixed}”",
                (fixed,),
                data={"kind": "citation-decimal"},
            )
        )
    return out


def _semicolon_capitals(prose: str) -> list[Finding]:
    """A capitalised clause opener after the only semicolon of a sentence whose first part is a clause in
    sentence case. A list that separates its items with semicolons holds several, and a title line ("US
    Ravaged by Tornadoes; The Effects of ...") is mostly capitals: neither counts."""
    out = []
    for m in _SEMICOLON_CAPITAL.finditer(prose):
        start = m.start()
        while start > 0 and prose[start - 1] in " \t":
            start -= 1
        if start == 0 or not (
            prose[start - 1].islower() or prose[start - 1].isdigit() or prose[start - 1] in ",)]%"
        ):
            continue  # after a lower-case word, a number or a closing mark only (the pattern opens on the semicolon)
        before = prose.rfind("\n", 0, start)
        for b in _SENTENCE_BOUNDS.finditer(prose, max(before, 0), start):
            before = b.start()
        after = _SENTENCE_BOUNDS.search(prose, m.end())
        end = after.start() if after is not None else len(prose)
        sentence_head = prose[before + 1 : start]
        if ";" in sentence_head or ";" in prose[m.end() : end]:
            # several semicolons: items of a list. A list a colon introduces may capitalise each item ("safe sleep
            # practices: Place babies on their backs; Don't use bumpers; Keep ..."); one with no colon before it is
            # a sentence whose clauses the source ended with "；" ("excrete metabolites in the body; Maintain water
            # balance ...; Maintain electrolyte balance"), and the item before this one is the clause read
            opened = max(prose.rfind(c, 0, start) for c in ".!?\n")
            if ":" in prose[opened + 1 : start] or m.group(1) not in _ADVICE_OPENERS:
                continue  # (a list of noun phrases may capitalise its items too: "Signs include fever; Rashes ...")
            sentence_head = sentence_head[sentence_head.rfind(";") + 1 :]
        words = sentence_head.split()
        if len(words) < SEMICOLON_CLAUSE_MIN_WORDS:
            continue
        if sum(w[:1].isupper() for w in words) * 2 > len(words):
            continue  # a title line in capitals
        opener = m.group(1)
        at = m.start(1)
        lowered = opener[0].lower() + opener[1:]
        out.append(
            Finding(
                at,
                m.end(1),
                f"“; {opener}”: a capital after a semicolon, where the source's clause mark (Chinese “；”) became a "
                f"sentence start; write “; {lowered}”, or end the sentence with a full stop",
                (lowered,),
                Fix((Edit(at, at + 1, lowered[0]),), f"lower-case {opener!r}", safe=False),
                data={"kind": "semicolon-capital"},
            )
        )
    return out
