"""TX104 sentence-fragment: A sentence with no main clause, such as "In order to improve safety!"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ... import nlp as _nlp  # the module, read at each call: tests put a fake parser there
from ...diagnostic import Severity
from ...document import HEADING, TABLE_CELL, Document
from ...rule import Example, Finding, Needs, Rule
from ...text.lazy_re import lazy_compile
from ...text.quotes import inside_quotes
from ...text.word_classes import PLURAL, VERB_PAST, VERB_S, classes

_SUBORDINATE_START = lazy_compile(
    # "So that's not trivial": "that" is a pronoun with its own verb, the sentence a main clause
    r"^[,\s]*(?:in order to|so that(?!['\u2019](?:s|ll|d)\b|\s+(?:is|was|will|would|means|meant|makes|made)\b)|"
    r"resulting in|such as|due to|because of|which|whereas|"
    r"in order for|thus making|thereby)\b",
    re.IGNORECASE,
)


#: "Which is (not) to say ...": an idiom that restates or qualifies the sentence before it ("in other
#: words"), whose "which" takes the whole last sentence as its antecedent and whose "is ... to say"
#: is the main verb; the restating idiom stands as a sentence in edited prose, unlike "Which lowered
#: the risk.", a relative clause cut off its sentence
_RESTATING = lazy_compile(
    r"^[,\s]*which\s+(?:is|was)(?:\s+not|n['\u2019]t)?(?:\s+(?:just|only|simply|merely|exactly|also))?\s+"
    r"to\s+say\b",
    re.IGNORECASE,
)


#: openers that are prepositions, not conjunctions: their object is a noun phrase, and a main
#: clause may follow it without a comma ("Due to a low energy trauma the urethra is rarely involved")
_PREPOSITIONAL = frozenset({"due to", "because of"})
#: finite auxiliaries and modals: one after a prepositional opener is a main clause's verb
_FINITE_AUXILIARIES = frozenset(
    "is are was were has have had can could will would may might must shall should does do did".split()
)
_WORDS = re.compile(r"[A-Za-z]+")


def _has_main_verb(text: str) -> bool:
    """Whether ``text`` (a sentence after its prepositional opener) holds a finite verb: an
    auxiliary or modal, or a verb form that is no noun ("rises", "caused")."""
    for w in _WORDS.findall(text):
        lower = w.lower()
        if lower in _FINITE_AUXILIARIES:
            return True
        letters = classes(lower)
        if VERB_PAST in letters or (VERB_S in letters and PLURAL not in letters):
            return True
    return False


def _is_finite(token: Any) -> bool:
    """A finite verb or modal outside a subordinate clause, by spaCy's morphology and tags."""
    if token.dep_ in ("advcl", "acl", "relcl", "csubj", "ccomp", "xcomp", "pcomp"):
        return False
    return "Fin" in (token.morph.get("VerbForm") or ()) or token.tag_ in ("VBD", "VBZ", "VBP", "MD")


def _label(doc: Document, bi: int) -> bool:
    """A heading, or a table cell with no closing punctuation: a label or a gloss ("in order to/for"
    beside the word it translates), not a sentence."""
    block = doc.blocks[bi]
    if block.kind == HEADING:
        return True
    return (
        block.kind == TABLE_CELL
        and doc.prose[block.start : block.end].rstrip(" \"'\u201d\u2019)")[-1:] not in ".!?"
    )


class SentenceFragment(Rule):
    """A sentence with no main clause, such as "In order to improve safety!".

    With a trained spaCy pipeline configured (``nlp.model = "auto"`` or a
    package name) and installed, a sentence of three or more tokens with no
    finite verb outside a subordinate clause is a fragment. With the blank
    pipeline (the default) a conservative heuristic is used instead: a
    sentence that opens with a subordinating phrase ("In order to", "So that",
    "Resulting in", "Due to", ...) and contains no comma after which a main
    clause could follow; "Which ... ?" is a question, not a relative clause
    left over, and "Which is (not) to say ..." is the idiom that restates or qualifies the
    sentence before it ("in other words"), not a relative clause cut off. Machine translation produces exactly these when it
    splits one long source sentence into several. "Due to" and "because of"
    are prepositions: a sentence that opens with one and later has a finite
    verb ("Due to a low energy trauma the urethra is rarely involved") has its
    main clause, only without the comma after the opening phrase.
    """

    code = "TX104"
    name = "sentence-fragment"
    category = "text-integrity"
    severity = Severity.WARNING
    needs = Needs.TEXT
    source = "Chicago Manual of Style 17th ed., 5.226 (sentence fragments in formal prose)"
    should_fire = (
        "In order to keep patients safe!",
        "The trial ended early. So that the results can be checked again.",
        "Doctors changed the dose. Resulting in fewer side effects.",
        "The dose was cut. Which lowered the risk.",
        "Doctors stopped the trial early. Due to the high risk of infection.",
    )
    should_not_fire = (
        "In order to keep patients safe, the trial ended early.",
        "So that everyone can read it, we use plain words.",
        "The trial ended early so that the results can be checked.",
        Example("There is a 1% risk of stroke. So that's not trivial.", note="'that' is a pronoun here"),
        Example(
            '"There is a 5 percent rate per year. Which comes to the same as they saw," he said.',
            note="speech inside quotation marks",
        ),
        Example("In order to sleep well", note="headings are not sentences"),
        Example(
            "<table><tr><td>ために</td><td>in order to/for</td></tr></table>",
            format="html",
            note="a table cell with no closing punctuation is a gloss, not a sentence",
        ),
        Example("Send us your questions. Which painkillers work best?", note="a question"),
        Example(
            "The drug helps some people. Which is not to say it helps everyone.",
            note="the idiom 'which is (not) to say' restating the sentence before",
        ),
        Example(
            "Due to a low energy trauma the urethra is rarely involved.",
            note="a prepositional opener, then the main clause (a comma is missing, no clause)",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        # the trained pipeline is used only when the user asked for one (nlp.model) and it is installed
        nlp = (
            _nlp.get_syntax_nlp(self.config.nlp_model) if self.config.nlp_model not in ("", "blank") else None
        )
        sentences = [s for s in doc.sentences if not _label(doc, s.block)]
        # speech inside quotation marks is the speaker's, not to be rewritten; asked only of a
        # fragment found, since the question reads the block up to the sentence
        if nlp is not None:
            for s, parsed in zip(sentences, nlp.pipe(s.text for s in sentences), strict=True):
                if (
                    len(parsed) >= 3
                    and not any(_is_finite(t) for t in parsed)
                    and not inside_quotes(doc, s.start)
                ):
                    yield Finding(s.start, s.end, "sentence fragment: no finite verb")
            return
        for s in sentences:
            text = s.text
            m = _SUBORDINATE_START.match(text)
            if (
                m
                and not (
                    m.group().strip(", \t\n").lower() == "which"
                    and text.rstrip(" \"'\u201d\u2019").endswith("?")
                )
                and not _RESTATING.match(text)
                and "," not in text.lstrip(", ").rstrip(".!?")
                and not inside_quotes(doc, s.start)
                and not (
                    " ".join(m.group().split()).strip(", ").lower() in _PREPOSITIONAL
                    and _has_main_verb(text[m.end() :])
                )
            ):
                yield Finding(s.start, s.end, "sentence fragment: a subordinate clause with no main clause")
