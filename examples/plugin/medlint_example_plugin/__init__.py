"""Example medlint plugin: a number glued to its unit ("500mg")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from medlint import Edit, Example, Finding, Fix, Rule, Severity
from medlint.document import Document

UNITS = r"(?:mg|mcg|µg|g|kg|ml|mL|l|L|mmol|mmHg|IU|units?|cm|mm|km)"
GLUED = re.compile(rf"\b(\d+(?:[.,]\d+)?)({UNITS})\b")


class UnitSpacing(Rule):
    """A number and its unit need a space between them ("500 mg").

    Doses are where misreadings hurt: "500mg" is easily misread, and style
    guides for medical writing (AMA Manual of Style 18.4) ask for a space.
    """

    code = "EX101"
    name = "unit-spacing"
    category = "style"
    severity = Severity.INFO
    source = "AMA Manual of Style, 11th ed., section 18.4 (units of measure)"
    should_fire = (Example("Take 500mg twice a day.", fixed="Take 500 mg twice a day."),)
    should_not_fire = ("Take 500 mg twice a day.", "The H2O molecule.")

    def check(self, doc: Document) -> Iterable[Finding]:
        for m in GLUED.finditer(doc.prose):
            number, unit = m.group(1), m.group(2)
            yield Finding(
                m.start(),
                m.end(),
                f"put a space between {number} and {unit}",
                (f"{number} {unit}",),
                Fix((Edit(m.end(1), m.end(1), " "),), "insert a space", safe=True),
            )


RULES = (UnitSpacing,)
