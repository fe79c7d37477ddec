"""TX111 abbreviation-comma: "i.e." or "e.g." written with commas for its full stops ("i,e,", "e,g")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule

#: "i,e" or "e,g" (any case), the full stop inside the abbreviation written as a comma, with or
#: without its last mark, standing alone between spaces or after an opening bracket: a pair of
#: letters in a list ("a, e, i") has a space after its comma, a tuple ("(i,e)") a bracket after it.
_ABBREVIATION = re.compile(r"(?<![\w.,])(?P<a>[iIeE]),(?P<b>[eEgG])(?P<end>[.,]?)(?=\s)")
_PAIRS = {("i", "e"): "i.e.", ("e", "g"): "e.g."}


class AbbreviationComma(Rule):
    """ "i.e." or "e.g." written with commas for its full stops ("i,e,", "e,g").

    The Latin abbreviations "id est" and "exempli gratia" take a full stop
    after each letter. A writer who types the comma key beside the stop, or a
    translation pipeline that swaps the marks, leaves "i,e," or "e,g," — two
    single letters and commas that read as a list. Only the pair "i,e" or
    "e,g" with a comma and no space between the letters is read: a list of
    letters has a space after its comma ("vowels a, e, i"), and a pair in
    brackets ("(i,e)") is left. The fix writes the abbreviation with its stops
    (and the comma American style puts after it when the text had one); it is
    unsafe, since a house style may drop the stops ("ie", "eg").
    """

    code = "TX111"
    name = "abbreviation-comma"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Chicago Manual of Style, 17th ed., 6.51 and 10.42 (i.e. and e.g.: full stops after each letter, "
        "a comma after them in American usage)"
    )
    should_fire = (
        Example(
            "Eat foods low in fat, i,e, fruit and vegetables.",
        ),
        Example("Some drugs (e,g. aspirin) thin the blood."),
    )
    should_not_fire = (
        "Eat foods low in fat, i.e., fruit and vegetables.",
        Example("The vowels a, e, i, o and u; the pair (i,e) of indices.", note="a list of letters; a tuple"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if "," not in prose:
            return
        # a match holds "i,e" or "e,g" in some case, which lower-casing keeps: most texts hold
        # neither, and the pattern (a look-behind first) is otherwise tried at every character
        lower = doc.lower
        if "i,e" not in lower and "e,g" not in lower:
            return
        for m in _ABBREVIATION.finditer(prose):
            right = _PAIRS.get((m.group("a").lower(), m.group("b").lower()))
            if right is None:
                continue
            written = m.group()
            if m.group("a").isupper():
                right = right.capitalize()
            fixed = right + ("," if m.group("end") == "," else "")
            yield Finding(
                m.start(),
                m.end(),
                f"“{written}”: the abbreviation takes full stops, not commas (“{fixed}”)",
                (fixed,),
                Fix((Edit(m.start(), m.end(), fixed),), f"write {fixed!r}", safe=False),
            )
