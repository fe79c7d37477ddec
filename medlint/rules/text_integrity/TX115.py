"""TX115 run-together-sentences: a sentence run into the next where its full stop was lost ("the legs The back")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule

#: A lower-case word (or a citation mark after one: "[4]"), one space, then "The", "This" or
#: "These" and a lower-case word: a capitalised determiner inside a line opens a sentence.
_JOINED = re.compile(
    r"(?<![\w.\-/#@&'’])(?P<prev>[a-z]{2,})(?P<mark>\)|\s?\[\d{1,3}\])? (?P<det>The|This|These) (?P<next>[a-z]{2,})\b"
)
#: Words after which a capitalised "The" may begin a title or a name ("in The Lancet", "called The
#: pill"): never read as the end of a sentence. Closed-class words and verbs of naming and saying.
_BEFORE_TITLE = frozenset(
    (
        "a an the and or nor but of in on at by for from to into onto with without about as than like via per "
        "vs is are was were be been being am called named titled entitled dubbed known said says say see read "
        "watch visit including include includes such that which who whose whom where when if so this these "
        "those its their his her our your my"
    ).split()
)


class RunTogetherSentences(Rule):
    """A sentence run into the next where its full stop was lost ("weakness in the legs The upper back").

    A capitalised "The", "This" or "These" after a lower-case word and one
    space, in the middle of a line, with a lower-case word after it, opens a
    sentence whose full stop (or line break) before it was lost: a slip of
    typing, or a crawl that joined a list's lines or a heading to its text
    ("... and desmoid tumors These symptoms are ..."). A citation mark
    between them counts ("techniques [4] The risk"); one after a full stop
    ("techniques. [4] The", "techniques. iv The") is where it belongs and is
    not read, nor is any lone word after a full stop. Not after a
    closed-class word or a verb of naming or saying, where a title may begin
    ("in The Lancet", "called The pill"), and only before a lower-case word
    (a title is capitalised throughout: "The New York Times"). The fix puts a
    full stop after the word; it is unsafe (the lost mark may have been a line
    break, a colon or a list).
    """

    code = "TX115"
    name = "run-together-sentences"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Chicago Manual of Style, 17th ed., 6.12 (a full stop ends a declarative sentence); "
        "a lost line break or full stop joins two sentences (fused sentence, Garner's Modern English Usage)"
    )
    should_fire = (
        Example("Weakness in the legs The upper back may hurt too."),
        Example("Risk fell with new techniques [4] The risk of death is low."),
    )
    should_not_fire = (
        "Weakness in the legs. The upper back may hurt too.",
        Example(
            "It was published in The Lancet and in The journal; new techniques. [4] The risk is low.",
            note="a title after a preposition; a citation after the full stop",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if "The " not in prose and "This " not in prose and "These " not in prose:
            return
        for m in _JOINED.finditer(prose):
            if m.group("prev") in _BEFORE_TITLE:
                continue
            if prose[: m.start("prev")].rstrip(" ")[-1:] in (".", "!", "?"):
                continue  # a one-word "sentence" after a full stop: a citation mark ("techniques. iv The")
            end = m.end("mark") if m.group("mark") else m.end("prev")
            if "\n" in prose[m.start() : m.end()]:
                continue
            at = m.end("prev")
            yield Finding(
                m.start("prev"),
                m.end("det"),
                f"“{prose[m.start('prev') : m.end('det')]}”: a sentence runs into the next; "
                "a full stop was lost before “" + m.group("det") + "”",
                (".",),
                Fix((Edit(at, at, "."),), "add a full stop", safe=False) if end == at else None,
            )
