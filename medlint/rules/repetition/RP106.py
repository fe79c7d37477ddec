"""RP106 repeated-list-item: One item written twice in a list ("mackerel, saury, mackerel, sardine")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import HEADING, TABLE_CELL, Document
from ...rule import Example, Finding, Rule
from ._shared import in_quotes

#: A stretch of one sentence with no mark that ends a clause or a sentence: where a list can run.
_STRETCH = re.compile(r"[^.;:!?\n()\[\]]+")
#: A list item as the rule reads it: one to three lower-case words (an item with a capital, a digit or a mark
#: is a name, a number or a phrase, and those lists repeat on purpose: "Chapel Hill, Chapel Hill, NC")
_ITEM = re.compile(r"[a-z][a-z'\u2019-]*(?: [a-z][a-z'\u2019-]*){0,2}")
#: The conjunction that may open the last item
_LAST = re.compile(r"^(?:and|or)\s+")
#: Items this short are function words or letters, never a listed thing
_MIN_LETTERS = 3


class RepeatedListItem(Rule):
    """One item written twice in a list ("mackerel, saury, mackerel, sardine").

    A list of things names each once; an item that comes back further down the same list ("cancers of
    the stomach, gallbladder, bile duct, esophagus, stomach, fallopian tube", "spices, fast food, fried
    food, spices") is a slip of merging, translating or spinning, and an editor deletes one. The rule
    reads a comma-separated run of at least three items inside one sentence and clause (no full stop,
    semicolon, colon or bracket between them), each item one to three lower-case words, and reports
    the second occurrence when exactly one item is written twice, not side by side (a word twice in a
    row is RP101's). Items with capitals, digits or marks are names, figures and phrases ("Chapel Hill,
    Chapel Hill, NC"), and a list that repeats several of its items describes a sequence ("white,
    yellow, white, yellow, yellow"): neither is read. Quotations are left. No fix: which copy to keep,
    and the comma with it, is the writer's choice. On 4.9M words of MedQuAD, FakeHealth, the clean
    sentences and WMT22's human references it finds one, a true slip in MedQuAD ("stomach" twice in a
    list of cancers).
    """

    code = "RP106"
    name = "repeated-list-item"
    category = "repetition"
    severity = Severity.WARNING
    source = (
        "Copy-editing practice; Chicago Manual of Style 17th ed., 6.19-6.21 (series and the serial comma)"
    )
    should_fire = (
        Example("There are mackerel, saury, mackerel, sardine and tuna."),
        Example("It can spread to the stomach, gallbladder, bile duct, esophagus, stomach and skin."),
    )
    should_not_fire = (
        "There are mackerel, saury, sardine, tuna and salmon.",
        Example("Patients felt nausea, nausea, nausea and dizziness.", note="side by side: RP101's"),
        Example(
            "Boxes: white, yellow, white, yellow, yellow and green.", note="a sequence repeats many items"
        ),
        Example("Sites: Chapel Hill, Durham, Chapel Hill and Raleigh.", note="names"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if prose.count(",") < 2:
            return
        for stretch in _STRETCH.finditer(prose):
            text = stretch.group()
            if text.count(",") < 2:
                continue
            yield from self._repeats(doc, stretch.start(), text)

    def _repeats(self, doc: Document, base: int, text: str) -> Iterable[Finding]:
        parts: list[tuple[int, str]] = []  # (offset in text, item) of each comma-separated part
        pos = 0
        for chunk in text.split(","):
            lead = len(chunk) - len(chunk.lstrip())
            parts.append((pos + lead, chunk.strip()))
            pos += len(chunk) + 1
        # the items of the run: middle parts whole; the last part from its conjunction
        items: list[tuple[int, str] | None] = []
        for k, (at, part) in enumerate(parts):
            if k == len(parts) - 1:
                conj = _LAST.match(part)
                if conj is not None:
                    at, part = at + conj.end(), part[conj.end() :]
                # the last item ends its noun phrase: "tuna and salmon" is two items
                part = re.split(r"\s+(?:and|or)\s+", part)[0]
            items.append((at, part) if k > 0 and _ITEM.fullmatch(part) else None)
        # runs of consecutive list items; a run that starts at the second part has the first part's last words
        # as its first item ("There are mackerel, saury, ...": the item is the lead-in's last word)
        run: list[tuple[int, str]] = []
        lead_in = ""
        for k, item in enumerate([*items, None]):
            if item is not None:
                if not run:
                    lead_in = parts[k - 1][1].lower() if k == 1 else ""
                run.append(item)
                continue
            if len(run) >= 2:
                yield from self._one_repeat(doc, base, run, lead_in)
            run = []

    def _one_repeat(
        self, doc: Document, base: int, run: list[tuple[int, str]], lead: str
    ) -> Iterable[Finding]:
        seen: dict[str, int] = {}
        repeats: list[tuple[int, int, str]] = []  # (first index, second index, item)
        for k, (_, item) in enumerate(run):
            key = item.lower()
            if len(key.replace(" ", "")) < _MIN_LETTERS:
                continue
            if key in seen:
                repeats.append((seen[key], k, item))
            elif lead == key or lead.endswith(" " + key):
                repeats.append((-1, k, item))  # the lead-in's last words are the list's first item
                seen[key] = k
            else:
                seen[key] = k
        if len(repeats) != 1:
            return
        first, second, item = repeats[0]
        if second - first < 2:
            return  # side by side: RP101's "fever, fever"
        at = base + run[second][0]
        bi = doc.block_at(at)
        if bi is not None and doc.blocks[bi].kind in (HEADING, TABLE_CELL):
            return
        if in_quotes(doc, at):
            return
        yield Finding(at, at + len(item), f"“{item}” is listed twice in this list; delete one")
