"""MT112 spintax-residue: Unrendered spinner syntax such as "{cure|treat|heal}" left in the text."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.lazy_re import lazy_compile

_SPINTAX = lazy_compile(r"\{[^{}|\n]{1,80}(?:\|[^{}|\n]{0,80})+\}")
#: One word or a few in braces, in prose: a template's placeholder or a spinner's one-option choice left in the
#: page ("the risk of having {KIDNEY STONE}", "a complaint about having {DIHYDRATION}"), or an SGML entity
#: name a conversion wrapped in braces ("Nikolich-{Zcaron}ugich"). Not after a backslash command or a word
#: ("\\frac{a}{b}", "x^{2}"), nor a set of numbers ("{1, 2, 3}").
_BRACED_WORDS = lazy_compile(r"(?<![\\\w^_$}])\{(?P<words>[A-Za-z][A-Za-z]+(?: [A-Za-z]+){0,3})\}")


class SpintaxResidue(Rule):
    """Unrendered spinner syntax such as "{cure|treat|heal}" left in the text.

    Article spinners write alternatives in braces and pick one per copy; a
    failed render leaves the braces in the published page, proof that the text
    was machine-generated.

    One word or a few in braces with no alternatives ("the risk of having
    {KIDNEY STONE}") is the same residue of a template or a spinner's
    one-option choice, or an entity name a conversion wrapped in braces
    ("Nikolich-{Zcaron}ugich"). It is a warning, with a fix (unsafe: the words
    may need rewriting too) that drops the braces. Not after a backslash
    command or a superscript mark ("\\frac{a}{b}", "x^{2}"), nor in code.
    """

    code = "MT112"
    name = "spintax-residue"
    category = "translation"
    severity = Severity.ERROR
    source = "Spinner template syntax ('spintax'), as documented by article-spinning tools"
    should_fire = (
        "This {remedy|cure|treatment} helps most people.",
        Example("<p>Try our {new|latest} formula.</p>", format="html"),
        Example(
            "The risk of having {KIDNEY STONE} increases in the summer.", note="a placeholder left in braces"
        ),
    )
    should_not_fire = (
        "This remedy helps most people.",
        Example("Use `{a|b}` in the template.", format="markdown"),
        "The set {1, 2, 3} is small.",
        Example("The ratio is $\\frac{a}{b}$ here.", note="a command's argument"),
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
        if "{" not in doc.prose:
            return
        for m in _BRACED_WORDS.finditer(doc.prose):
            words = m.group("words")
            yield Finding(
                m.start(),
                m.end(),
                f"“{words}” in braces: a template's or a spinner's markup left in the text; drop the braces",
                (words,),
                Fix(
                    (Edit(m.start(), m.start() + 1, ""), Edit(m.end() - 1, m.end(), "")),
                    "drop the braces",
                    safe=False,
                ),
                severity=Severity.WARNING,
            )
