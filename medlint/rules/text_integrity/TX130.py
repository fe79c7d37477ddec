"""TX130 blood-pressure-order: A blood pressure reading written with its lower number first ("80/140 mmHg")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule

#: A reading in millimetres of mercury: two numbers of two or three digits around a slash, then the unit
#: ("120/80 mmHg", "140 / 90 mm Hg"). Not a part of a longer run of numbers and slashes (a date, "12/05/2026",
#: or a range of readings, "120-139/80-89", whose halves are read apart by no one).
_READING = re.compile(
    r"(?<![\d/.,-])(?P<high>\d{2,3})(?P<slash>\s*/\s*)(?P<low>\d{2,3})(?![\d/.,-])"
    r"(?=\s*(?:mm\s*Hg\b|mmHg\b|millimet(?:er|re)s\s+of\s+mercury\b))",
    re.IGNORECASE,
)


class BloodPressureOrder(Rule):
    """A blood pressure reading written with its lower number first ("80/140 mmHg").

    A blood pressure is written systolic over diastolic, the pressure while the heart beats over the
    pressure while it rests between beats ("120/80 mmHg"), and the first number is always the higher:
    a reading with the lower number first ("start treatment when blood pressure is ≥ 80/140mmHg", a page
    machine-translated from Chinese) has its numbers swapped, by a translation that reordered them or by
    a slip. Only a reading with its unit is read, two numbers of two or three digits around a slash:
    dates and ranges ("120-139/80-89 mmHg") are left. On 4.9M words of MedQuAD, FakeHealth, the clean
    sentences and WMT22's human references, none of 39 readings had its lower number first. The fix
    swaps the numbers, which is safe: the order is fixed by convention.
    """

    code = "TX130"
    name = "blood-pressure-order"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        'American Heart Association, "Understanding Blood Pressure Readings" (systolic over diastolic); '
        'NHLBI, "High Blood Pressure" (a reading is written as the systolic number over the diastolic)'
    )
    should_fire = (
        Example("Start treatment when blood pressure is at least 80/140 mmHg."),
        Example("Her reading was 70 / 110 mm Hg."),
    )
    should_not_fire = (
        "A normal reading is below 120/80 mmHg.",
        Example("Stage 1 is 130-139/80-89 mmHg.", note="a range of readings"),
        Example("The visit on 12/05/2026 was short.", note="a date"),
        Example("Blood pressure fell from 140/90 to 120/80.", note="no unit"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if "/" not in prose:
            return
        for m in _READING.finditer(prose):
            high, low = int(m.group("high")), int(m.group("low"))
            if high >= low:
                continue  # the usual order; equal numbers are no reading at all, and swapping them changes nothing
            fixed = f"{m.group('low')}{m.group('slash')}{m.group('high')}"
            yield Finding(
                m.start(),
                m.end(),
                f"“{m.group()}” puts the lower number first: a blood pressure is written systolic over diastolic, "
                f"the higher number first (“{fixed}”)",
                (fixed,),
                Fix((Edit(m.start(), m.end(), fixed),), f"write '{fixed}'", safe=True),
            )
