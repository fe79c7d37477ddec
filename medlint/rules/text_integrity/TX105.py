"""TX105 exclamation-in-clinical-text: Exclamation marks in the body of a health article."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import HEADING, Document
from ...rule import Example, Finding, Rule
from ...text.quotes import inside_quotes


class ExclamationInClinicalText(Rule):
    """Exclamation marks in the body of a health article.

    Clinical writing reports; it does not exclaim. An exclamation mark turns
    information into promotion ("... can finally be cured!"). Quoted speech is
    exempt.
    """

    code = "TX105"
    name = "exclamation-in-clinical-text"
    category = "text-integrity"
    severity = Severity.INFO
    source = "AMA Manual of Style 11th ed., 8.5 (exclamation point rarely used in scientific writing)"
    should_fire = ("This new treatment works!", Example("- Book your test today!", format="markdown"))
    should_not_fire = (
        "This new treatment may help.",
        "She said, \u201cWhat a relief!\u201d and went home.",
        Example("# Act fast!\n\nCall an ambulance for stroke signs.", format="markdown"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        for block in doc.blocks:
            if block.kind == HEADING:
                continue
            text = doc.prose[block.start : block.end]
            at = text.find("!")
            while at != -1:
                if not inside_quotes(doc, block.start + at):
                    yield Finding(
                        block.start + at,
                        block.start + at + 1,
                        "exclamation mark in clinical text",
                        ("end the sentence with a full stop",),
                    )
                at = text.find("!", at + 1)
