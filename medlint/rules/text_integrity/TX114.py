"""TX114 depend-of: "depend" with "of" where English takes "on" ("depends of the dose")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule

#: "depend", "depends", "depended", "depending" then "of"; not "of course", an aside between the
#: verb and its "on" ("depends of course on the size"), and not "independent of" (another word).
_DEPEND_OF = re.compile(r"\b(?P<verb>[Dd]epend(?:s|ed|ing)?) (?P<of>of)\b(?! course\b)")


class DependOf(Rule):
    """ "depend" with "of" where English takes "on" ("It depends of the dose").

    English "depend" takes "on" (or "upon"); "depend of" is the preposition
    of French "dépendre de", Spanish "depender de" or Italian "dipendere da"
    carried over word for word by a translator, or a writer thinking in one
    of them. The verb is closed: "depend", "depends", "depended" and
    "depending" before "of" are reported, except before "of course", an aside
    that leaves the verb's "on" to come ("depends of course on the size").
    "Independent of" is another word and is left. The fix writes "on"; it is
    unsafe (the clause after it may need more than the one word changed).
    """

    code = "TX114"
    name = "depend-of"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        'Merriam-Webster\'s Dictionary of English Usage (1989), "depend" (takes on or upon); '
        'Garner\'s Modern English Usage, 4th ed., "prepositions" (idiomatic choice of the preposition)'
    )
    should_fire = (
        Example("The right dose depends of your weight."),
        Example("Depending of the cause, treatment may differ."),
    )
    should_not_fire = (
        "The right dose depends on your weight, and the cause is independent of age.",
        Example("What fits depends of course on the size of the bag.", note="an aside before the 'on'"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if "epend" not in prose:
            return
        for m in _DEPEND_OF.finditer(prose):
            s, e = m.start("of"), m.end("of")
            yield Finding(
                m.start(),
                e,
                f"“{m.group()}”: “{m.group('verb')}” takes “on”",
                ("on",),
                Fix((Edit(s, e, "on"),), "write 'on'", safe=False),
            )
