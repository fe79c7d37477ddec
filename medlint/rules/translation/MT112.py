"""MT112 spintax-residue: Unrendered spinner syntax such as "{cure|treat|heal}" left in the text."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.lazy_re import lazy_compile

_SPINTAX = lazy_compile(r"\{[^{}|\n]{1,80}(?:\|[^{}|\n]{0,80})+\}")


class SpintaxResidue(Rule):
    """Unrendered spinner syntax such as "{cure|treat|heal}" left in the text.

    Article spinners write alternatives in braces and pick one per copy; a
    failed render leaves the braces in the published page, proof that the text
    was machine-generated.
    """

    code = "MT112"
    name = "spintax-residue"
    category = "translation"
    severity = Severity.ERROR
    source = "Spinner template syntax ('spintax'), as documented by article-spinning tools"
    should_fire = (
        "This {remedy|cure|treatment} helps most people.",
        Example("<p>Try our {new|latest} formula.</p>", format="html"),
    )
    should_not_fire = (
        "This remedy helps most people.",
        Example("Use `{a|b}` in the template.", format="markdown"),
        "The set {1, 2, 3} is small.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        for m in _SPINTAX.finditer(doc.prose):
            options = [o.strip() for o in m.group()[1:-1].split("|") if o.strip()]
            yield Finding(
                m.start(),
                m.end(),
                f"unrendered spinner alternatives {m.group()!r}: the text was machine-generated",
                tuple(options[:3]),
            )
