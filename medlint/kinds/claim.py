"""claim: a lexicon of claim phrases judged in context.

Like ``existence``, but every match is passed through the ConText-style scope
engine (``medlint.evidence.context``): negated, debunked and disclaimer matches never
fire; hedged, hypothetical, attributed, quoted or cited ones are skipped or
lowered to info as the pack says. Title-Case names ("Cure Alzheimer's Fund")
are not claims, nor are words in a publisher's boilerplate ("About the NIH",
everything after a press release's "###") or in a reference-list entry
(``medlint.evidence.claim_structure``). Every apostrophe in a pack's patterns and phrases
reads the curly form too ("doesn’t", "won’t"; ``medlint.evidence.apostrophe``).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import weakref
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar

from ..diagnostic import Severity
from ..document import Document
from ..evidence.apostrophe import page_apostrophes
from ..evidence.claim_structure import REFERENCE, in_boilerplate
from ..evidence.context import (
    ClaimContext,
    claim_context,
    context_window,
    items_under_lead_in,
    pronoun_antecedents,
    sentence_of,
)
from ..evidence.products import product_names
from ..rule import Finding, Rule, RuleError
from ..text.matching import PhraseMatcher, ProbedPattern, ProbeIndex, apostrophe_forms
from .base import KindRule, pack_regex, pattern_candidates, prose_text, read_lines_file
from .base import compile_patterns as _compile_patterns

_ACTIONS = ("skip", "info", "keep")
_CONTEXT_KEYS = (
    "hedged",
    "hedged-research",
    "hypothetical",
    "question",
    "attributed",
    "cited",
    "attributed-cited",
    "quoted",
)


# the head nouns that end an organisation's, a fund's or a trial's name, up to three capitalised
# words after the claim word: "Cure Alzheimer's Fund", "Miracle League Foundation"
_NAME_HEAD = re.compile(
    r"(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3}?[ \t]+(?:Fund|Foundation|Institute|Trust|Society|Association|Project|"
    r"Center|Centre|Network|Alliance|Initiative|Award|Prize|Act|Trial|Group|Campaign|Challenge|Program|"
    r"Programme|League|Coalition|Council|Partnership|Inc|Ltd|LLC|Corp|Company|Clinic|Hospital|Lab|Labs)\b"
)


#: a word with a capital after its first letter ("pH", "NuAge", "iHerb") right before: a brand's spelling
_MIXED_CASE_BEFORE = re.compile(r"\b(?=[A-Za-z'\u2019-]*[a-z])[a-zA-Z]+[A-Z][\w'\u2019-]*[ \t]+$")
#: "or" or "and" then two capitalised words: the word is one of a name's alternative first words
#: ("Miracle or Master Mineral Solution")
_NAME_ALTERNATIVE = re.compile(r"[ \t]+(?:or|and|&)[ \t]+[A-Z][\w'\u2019-]*[ \t]+[A-Z][\w'\u2019-]*")


#: a word of letters (an apostrophe or hyphen inside)
_LETTER_WORD = re.compile(r"[^\W\d_][^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+)*")


def inside_compound(doc: Document, start: int, end: int) -> bool:
    """The claim's words are the middle of a hyphenated compound ("Like-cures-like is the idea that ..."): the
    compound names a principle or modifies a noun, and no verb inside it asserts anything."""
    prose = doc.prose
    return (
        start >= 2
        and prose[start - 1] == "-"
        and prose[start - 2].isalpha()
        and prose[end : end + 1] == "-"
        and prose[end + 1 : end + 2].isalpha()
    )


def _shouted_line(doc: Document, start: int, end: int) -> bool:
    """The line around ``[start, end)`` is set in capitals: at least three words of two letters or more besides
    the match, nine in ten of them in capitals."""
    line_start = doc.prose.rfind("\n", 0, start) + 1
    line_end = doc.prose.find("\n", end)
    line_end = len(doc.prose) if line_end == -1 else line_end
    words = [
        w
        for m in _LETTER_WORD.finditer(doc.prose, line_start, line_end)
        if not (start <= m.start() < end) and len(w := m.group()) > 1
    ]
    return len(words) >= 3 and sum(w.isupper() for w in words) >= 0.9 * len(words)


def is_name(doc: Document, start: int, end: int) -> bool:
    """A capitalised claim word inside a Title-Case name: "the Cure Alzheimer's Fund"."""
    text = doc.source[start:end]
    if len(text) > 3 and text.isupper():
        if not any(c.isspace() for c in text):
            # an acronym such as a trial name ("the MIRACLE trial"), unless the whole line is set in capitals
            # ("THIS TEA MAY CURE DIABETES.", a sales page's shouting): then capitals mark no name
            return not _shouted_line(doc, start, end)
        # several words in capitals: a sales page shouting ("NO SIDE EFFECTS.", "It has NO SIDE EFFECTS") is read;
        # a line that is nothing else, with no closing mark, is a news story's crosshead lifted from a quotation
        # that follows ("HOLY GRAIL" over '"The Holy Grail is ...," said Dr. Starling')
        line_start = doc.prose.rfind("\n", 0, start) + 1
        line_end = doc.prose.find("\n", end)
        whole_line = doc.prose[line_start : line_end if line_end != -1 else len(doc.prose)].strip()
        return whole_line == text.strip()
    if not text[:1].isupper():
        return False
    words = text.split()
    before_word = re.search(r"([A-Z][\w'\u2019-]*)[ \t]+$", doc.prose[max(0, start - 40) : start])
    line_start = doc.prose.rfind("\n", 0, start) + 1
    line_end = doc.prose.find("\n", end)
    line = doc.prose[line_start : line_end if line_end != -1 else len(doc.prose)].split()
    # a Title-Case headline ("The Natural Diabetes Cure Your Doctor Doesn't Want You to Know",
    # "Drug Reverses Diabetes In 30 Days"): every word is capitalised, so capitals mark no name
    headline = len(line) >= 4 and sum(1 for w in line if w[:1].isupper()) >= 0.6 * len(line)
    if len(words) > 1 and all(w[:1].isupper() for w in words) and before_word is not None:
        # a Title-Case product name in running text ("NuAge Colon Cleanse from NuAge Labs")
        if not headline:
            return True
    before = doc.prose[max(0, start - 3) : start]
    sentence_start = not before.strip() or before.rstrip()[-1:] in '.!?"\u201c'
    if not headline and not sentence_start and len(words) == 1:
        # a brand written in mixed case just before ("pH Miracle books"), or the word as one part of a
        # name given in two forms ("Miracle or Master Mineral Solution"): the capital marks a name
        if _MIXED_CASE_BEFORE.search(doc.prose, max(0, start - 30), start) or _NAME_ALTERNATIVE.match(
            doc.prose, end
        ):
            return True
    after = re.match(r"[ \t]+([A-Z][\w'\u2019-]*)(?:[ \t]+([A-Z][\w'\u2019-]*))?", doc.prose[end : end + 60])
    if after is None or (headline and len(words) > 1):
        return False
    if headline:
        # in a Title-Case headline the capitals after the word mark nothing ("A New Therapy May
        # Cure Kids of Peanut Allergy", "Breakthrough Study Stops ..."): only a name's head noun
        # ahead makes it a name ("Cure Alzheimer's Fund Backs ...")
        return bool(_NAME_HEAD.match(doc.prose, end))
    return not sentence_start or after.group(2) is not None


def _claim_span(m: re.Match[str]) -> tuple[int, int]:
    """The span a pattern reports: its ``claim`` group where it has one that matched, so that a pattern
    may read words before the claim that it does not report ("herbs and spices | to cure common
    symptoms"), else the whole match."""
    if "claim" in m.re.groupindex:
        start, end = m.span("claim")
        if end > start:
            return start, end
    return m.start(), m.end()


#: A sentence that opens with a pronoun standing for the subject of the sentence before ("It filters blood", "They
#: remove waste")
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:(?:and|also|moreover|in\s+addition),?\s+)?(?:it|they|this\s+organ|these\s+organs)\b", re.I
)


#: A pronoun sentence that says its subject needs or gets help is the claim itself ("Your liver is overloaded. It needs
#: a cleanse"), whatever the subject
_NEEDS_HELP = re.compile(
    r"\b(?:needs?|requires?|help(?:s|ed)?|support(?:s|ed)?|boost(?:s|ed)?|benefits?)\b", re.I
)


def _antecedent_matches(doc: Document, sent: Any, patterns: list[Any]) -> bool:
    """Whether ``sent`` opens with a pronoun subject and the sentence before it, in the same block, matches one of
    ``patterns`` (a pack's ``unless-antecedent``: what the pronoun stands for makes the claim another sense)."""
    if _PRONOUN_SUBJECT.match(doc.prose, sent.start) is None or _NEEDS_HELP.search(sent.text):
        return False
    i = bisect.bisect_left(doc.sentence_starts, sent.start)
    if i == 0 or i >= len(doc.sentences) or doc.sentences[i].start != sent.start:
        return False
    before = doc.sentences[i - 1]
    if before.block != sent.block:
        return False
    return any(rx.regex.search(before.text) for rx in patterns)


class Claim(KindRule):
    """Claim phrases, judged in context.

    Pack keys: ``phrases``, ``patterns``, ``unless-sentence`` (patterns that
    mark a sentence where the words have another sense, e.g. test "results in
    15 minutes"), ``unless-antecedent`` (patterns searched in the sentence before one that opens with "it" or
    "they": a match makes the pronoun's subject the words' own sense, "The liver is the body's filter. It detoxifies
    chemicals"), ``unless-around`` (patterns searched in the phrase's sentence: a
    match that contains the phrase marks that one phrase as used in another sense,
    e.g. "enormous" in "an enormous burden on patients", while the sentence's other
    phrases are still read), ``mentions`` with ``topic`` (patterns that name a product
    category rather than say what it does, "detox teas", "juice cleanse": they
    fire only when the article nowhere rejects the topic, so that a news story or
    a fact sheet that says "there is no evidence that such products remove
    toxins" can name them; ``topic`` is a pattern for the topic's words, each
    occurrence judged in context; a pattern's named group ``claim``, where it has one, is the span
    reported, the rest of the match only its setting), and for each context what to do:
    ``hedged``, ``hedged-research`` (a hedged claim in a sentence that reports
    research, cites a source or names a medical intervention; default: as hedged), ``hypothetical`` and
    ``question`` (a claim in a conditional or a question; default: as hedged),
    ``attributed``, ``cited``, ``attributed-cited``, ``quoted`` (``skip``,
    ``info`` or ``keep``; defaults: hedged info, attributed-cited info, the
    rest keep). Message fields: ``{match}`` and ``{reason}``: a pattern may be
    written as a mapping ``{pattern: ..., reason: ...}``, so that one rule covering
    several claims (CL125's myths) can say for each what the evidence is; a
    plain-string pattern fills ``{reason}`` with the empty string, and a rule whose
    message uses ``{reason}`` must give one for every pattern (``mentions`` take the same form).
    A ``patterns`` mapping may also give a ``gate``: a pattern of which every match of the
    pattern holds a match (its verb as a word, for a pattern tried at every word whose probes
    are substrings of common words); a block without one is not searched. It only saves work,
    so it must hold in every match (tests/test_pattern_gates.py compares the two).
    ``subject-lexicon`` names a word list next to the pack (one word a line): a pattern
    with a named group ``subject`` then matches only where that group is a word of the
    list or its plural, so one pattern reads "any food" without a thousand-word
    alternation (which would cost seconds a document; the group is checked after the
    match). ``condition-lexicon`` names a list of diseases for the ``{condition}`` slot of
    the patterns: the slot reads any of them or its plural as a whole word, the head noun of
    what a claim says is cured or prevented ("ovarian cancer" by "cancer", "hepatitis"). It is
    an alternation, not a group checked after the match, so that a list before the head
    ("suppresses ovarian, colorectal and other forms of cancer") is passed over to reach it.
    ``product-patterns`` are patterns with a ``{product}`` slot for the names the page
    sells (``medlint.evidence.products``: "NeuroMax prevents cancer" on a page that sells
    NeuroMax); they run only on such pages, compiled with that page's names.
    ``item-patterns`` are patterns matched at the start of a list item (or of a short line under a
    colon line) whose list's lead-in matches ``item-lead-in`` ("Benefits of black seed oil:" and
    "- Prevents cancer": the item's subject is the lead-in's; ``medlint.evidence.context.items_under_lead_in``).
    ``defer-to`` lists claim rules that own the claims they share with this one: a finding that
    overlaps one of theirs on the page is left to them (one finding per claim).
    """

    kind = "claim"
    message_fields = frozenset({"match", "reason"})
    spec_keys = frozenset(
        {
            "phrases",
            "patterns",
            "product-patterns",
            "item-patterns",
            "item-lead-in",
            "defer-to",
            "antecedent",
            "mentions",
            "topic",
            "ignorecase",
            "unless-sentence",
            "unless-around",
            "unless-antecedent",
            "subject-lexicon",
            "condition-lexicon",
            *_CONTEXT_KEYS,
        }
    )
    matcher: ClassVar[PhraseMatcher[str]]
    patterns: ClassVar[list[Any]]
    pattern_index: ClassVar[ProbeIndex]
    mentions: ClassVar[list[Any]]
    topic: ClassVar[list[Any]]
    unless: ClassVar[list[Any]]
    unless_around: ClassVar[list[Any]]
    unless_antecedent: ClassVar[list[Any]]
    reasons: ClassVar[list[str]]
    mention_reasons: ClassVar[list[str]]
    product_templates: ClassVar[list[tuple[str, str]]]
    item_patterns: ClassVar[list[Any]]
    item_lead_in: ClassVar[list[Any]]
    defer_to: ClassVar[tuple[str, ...]]
    antecedent: ClassVar[list[Any]]
    ignorecase: ClassVar[bool]
    subject_words: ClassVar[frozenset[str]]

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any], pack_dir: Path, pack_name: str) -> type[Rule]:
        rule = super().from_spec(spec, pack_dir, pack_name)
        _CLAIM_RULES.setdefault(rule.code, weakref.WeakSet()).add(rule)  # for ``defer-to``
        return rule

    @classmethod
    def prepare(cls, spec: Mapping[str, Any], pack_dir: Path) -> dict[str, Any]:
        code = str(spec.get("code"))
        for key in _CONTEXT_KEYS:
            if key in spec and spec[key] not in _ACTIONS:
                raise RuleError(f"rule {code}: {key} must be one of {', '.join(_ACTIONS)}")
        phrases = [str(p) for p in spec.get("phrases") or ()]
        ignorecase = bool(spec.get("ignorecase", True))
        sources, reasons = _patterns_and_reasons(spec.get("patterns"), code, gates=True)
        if spec.get("condition-lexicon"):
            conditions = _word_alternation(
                row[0].strip().lower()
                for row in read_lines_file(pack_dir, str(spec["condition-lexicon"]), code)
                if row and row[0].strip()
            )
            sources = [p.replace(_CONDITION_SLOT, conditions) for p in sources]
        elif any(_CONDITION_SLOT in p for p in sources):
            raise RuleError(f"rule {code}: the {_CONDITION_SLOT} slot needs a 'condition-lexicon'")
        mention_sources, mention_reasons = _patterns_and_reasons(spec.get("mentions"), code)
        if "{reason}" in str(spec.get("message", "")) and not all((*reasons, *mention_reasons)):
            raise RuleError(f"rule {code}: its message uses {{reason}}: give every pattern a 'reason'")
        patterns = compile_patterns(sources, ignorecase, code, pack_dir)
        for k, gate in enumerate(_gates(spec.get("patterns"))):
            if gate is not None:
                gate_regex = compile_patterns([gate], ignorecase, code, pack_dir)[0].regex
                patterns[k] = dataclasses.replace(patterns[k], gate=gate_regex)
        mentions = compile_patterns(mention_sources, ignorecase, code, pack_dir)
        template_sources, template_reasons = _patterns_and_reasons(spec.get("product-patterns"), code)
        for template in template_sources:
            if _PRODUCT_SLOT not in template:
                raise RuleError(
                    f"rule {code}: a product-pattern needs the {_PRODUCT_SLOT} slot: {template!r}"
                )
            # a broken template is a pack error now, not a crash on the first sales page
            compile_patterns([template.replace(_PRODUCT_SLOT, "ProductName")], ignorecase, code, pack_dir)
        item_patterns = compile_patterns(spec.get("item-patterns"), ignorecase, code, pack_dir)
        item_lead_in = compile_patterns(
            [spec["item-lead-in"]] if spec.get("item-lead-in") else [], ignorecase, code, pack_dir
        )
        if item_patterns and not item_lead_in:
            raise RuleError(f"rule {code}: 'item-patterns' need an 'item-lead-in' pattern")
        if not phrases and not patterns and not mentions:
            raise RuleError(f"rule {code}: claim needs 'phrases' or 'patterns'")
        topic = compile_patterns([spec["topic"]] if spec.get("topic") else [], True, code, pack_dir)
        if mentions and not topic:
            raise RuleError(f"rule {code}: 'mentions' needs a 'topic' pattern")
        unless = compile_patterns(spec.get("unless-sentence"), True, code, pack_dir)
        unless_around = compile_patterns(spec.get("unless-around"), True, code, pack_dir)
        unless_antecedent = compile_patterns(spec.get("unless-antecedent"), True, code, pack_dir)
        subject_words: frozenset[str] = frozenset()
        if spec.get("subject-lexicon"):
            subject_words = frozenset(
                row[0].strip().lower()
                for row in read_lines_file(pack_dir, str(spec["subject-lexicon"]), code)
                if row and row[0].strip()
            )
        defer_to = spec.get("defer-to") or ()
        if isinstance(defer_to, str) or not all(isinstance(c, str) for c in defer_to):
            raise RuleError(f"rule {code}: 'defer-to' must be a list of rule codes")
        return {
            # a phrase's apostrophe in either form, as the patterns read it ("world\u2019s first")
            "matcher": PhraseMatcher((form, p) for p in phrases for form in apostrophe_forms(p)),
            "patterns": patterns,
            "pattern_index": ProbeIndex(patterns),
            "mentions": mentions,
            "topic": topic,
            "unless": unless,
            "unless_around": unless_around,
            "unless_antecedent": unless_antecedent,
            "reasons": reasons,
            "mention_reasons": mention_reasons,
            "product_templates": list(zip(template_sources, template_reasons, strict=True)),
            "item_patterns": item_patterns,
            "item_lead_in": item_lead_in,
            "defer_to": tuple(defer_to),
            "antecedent": compile_patterns(
                [spec["antecedent"]] if spec.get("antecedent") else [], ignorecase, code, pack_dir
            ),
            "ignorecase": ignorecase,
            "subject_words": subject_words,
        }

    def _subject_known(self, m: re.Match[str]) -> bool:
        """A pattern's ``subject`` group, where it has one, names a word of the rule's
        ``subject-lexicon`` (a plural read as its singular: "onions", "tomatoes", "berries"): the
        pattern then matches any word there, and the lexicon says which words are its subjects
        (CL119: the foods of WordNet's noun.food, not a hand list of superfoods)."""
        if not self.subject_words:
            return True
        subject = m.groupdict().get("subject")
        if subject is None:
            return True
        word = subject.lower()
        words = self.subject_words
        return (
            word in words
            or (word.endswith("s") and word[:-1] in words)
            or (word.endswith("es") and word[:-2] in words)
            or (word.endswith("ies") and word[:-3] + "y" in words)
        )

    def _action(self, ctx: ClaimContext) -> str:
        """The weakest action among the contexts that apply: each context can only lower a
        finding ("could be a breakthrough, he said" is hedged and attributed)."""
        spec = self.spec
        actions = ["keep"]
        if ctx.question:
            actions.append(str(spec.get("question", spec.get("hedged", "info"))))
        if ctx.hypothetical:
            actions.append(str(spec.get("hypothetical", spec.get("hedged", "info"))))
        if ctx.hedged:
            hedged = str(spec.get("hedged", "info"))
            careful = ctx.research or ctx.medical
            actions.append(str(spec.get("hedged-research", hedged)) if careful else hedged)
        if ctx.quoted:
            actions.append(str(spec.get("quoted", spec.get("attributed", "keep"))))
        # inside quotation marks the quoted action decides, unless a verb attributes the words
        attributed = ctx.said or (ctx.attributed and not ctx.quoted)
        if attributed and ctx.cited:
            actions.append(str(spec.get("attributed-cited", "info")))
        else:
            if attributed:
                actions.append(str(spec.get("attributed", "keep")))
            if ctx.cited:
                actions.append(str(spec.get("cited", "keep")))
        return min(actions, key=_ACTIONS.index)

    def _rejects_topic(self, doc: Document) -> bool:
        """Whether the article rejects the rule's topic somewhere: an occurrence of a topic
        word that is negated or debunked ("there is no evidence that such products remove
        toxins")."""
        for rx in self.topic:
            for m in rx.finditer(doc):
                if claim_context(doc, m.start(), m.end()).suppressed:
                    return True
        return False

    def check(self, doc: Document) -> Iterable[Finding]:
        found = list(self._claims(doc))
        if not found or not self.defer_to:
            return found
        # one finding per claim: a claim another rule reports (CL125's named myth) is that rule's,
        # so this rule (CL140's general shape) stays quiet on a span that overlaps one of its findings
        owned = [
            (f.start, f.end)
            for code in self.defer_to
            if (owner := self._owner(code)) is not None
            for f in owner(None, self.config).check(doc)
        ]
        return [f for f in found if not any(s < f.end and f.start < e for s, e in owned)]

    def _owner(self, code: str) -> type[Rule] | None:
        """The loaded claim rule ``code`` that this rule defers to: one read from this rule's own pack
        file if one is loaded (a pack may be loaded more than once in a process), else any."""
        live = [r for r in _CLAIM_RULES.get(code, ()) if r is not type(self)]
        same = [r for r in live if getattr(r, "pack_file", None) == self.pack_file]
        return next(iter(same or live), None)

    def _pronoun_spans(self, doc: Document) -> list[tuple[int, int, bool, str]]:
        """The claims whose subject is a pronoun for a noun phrase of ``antecedent`` in the sentence
        before ("The government pushed the jabs on us. They cause autism."): each pattern is read on the
        sentence with the pronoun replaced by the antecedent's words, and a match whose subject is those
        words is reported from the pronoun to the match's end. The claim goes on from the sentence that
        names the antecedent, so that sentence's frame is the claim's too ("Myth: vaccines are
        dangerous. They cause autism.", "Some people claim vaccines are dangerous. They ..."): a
        debunked, disclaimed or reported antecedent hands its pronoun nothing (a negated or asked one
        does: "Don't get the booster. It causes heart attacks.")."""
        out: list[tuple[int, int, bool, str]] = []
        prose = doc.prose
        # every word of a reading is the document's, so a pattern the document's probes rule out cannot
        # match one (a page with none is not read for pronouns); a match must start at a word of the
        # antecedent, so it is tried only there
        candidates = pattern_candidates(self.pattern_index, self.patterns, doc)
        readings = pronoun_antecedents(doc, self.antecedent[0].regex) if candidates else []
        for sent, p_start, p_end, a_start, a_end, words in readings:
            reading = words + prose[p_end : sent.end]
            n = len(words)
            starts = [w.start() for w in re.finditer(r"\S+", words)]
            found = [
                (p_start, p_end + m.end() - n, False, self.reasons[i])
                for i in candidates
                for at in starts
                if (m := self.patterns[i].regex.match(reading, at)) is not None
                and m.end() > n
                and self._subject_known(m)
            ]
            if not found:
                continue
            frame = claim_context(doc, a_start, a_end)
            if frame.debunked or frame.in_disclaimer or frame.in_reference or frame.off_topic:
                continue
            reported = dataclasses.replace(
                frame, negated=False, hedged=False, hypothetical=False, question=False
            )
            if self._action(reported) != "skip":
                out += found
        return out

    def _claims(self, doc: Document) -> Iterable[Finding]:
        spans = [(m.start, m.end, False, "") for m in self.matcher.iter_matches(doc)]
        for i in pattern_candidates(self.pattern_index, self.patterns, doc):
            reason = self.reasons[i]
            spans += [
                (*_claim_span(m), False, reason)
                for m in self.patterns[i].finditer(doc)
                if m.end() > m.start() and self._subject_known(m)
            ]
        for rx, reason in zip(self.mentions, self.mention_reasons, strict=True):
            spans += [(m.start(), m.end(), True, reason) for m in rx.finditer(doc) if m.end() > m.start()]
        if self.product_templates:
            names = product_names(doc)
            if names and self.pack_dir is not None:
                for template, reason in self.product_templates:
                    rx = _product_pattern(template, names, self.ignorecase, self.pack_dir)
                    spans += [
                        (m.start(), m.end(), False, reason)
                        for m in rx.finditer(doc.prose)
                        if m.end() > m.start()
                    ]
        if self.item_patterns:
            prose = doc.prose

            def item(start: int, end: int) -> re.Match[str] | None:
                for rx in self.item_patterns:
                    m = rx.regex.match(prose, start, end)
                    if m is not None and m.end() > m.start():
                        return m
                return None

            spans += [
                (m.start(), m.end(), False, "")
                for m in items_under_lead_in(doc, self.item_lead_in[0].regex, item)
            ]
        if self.antecedent:
            spans += self._pronoun_spans(doc)
        spans.sort()
        last_end = -1
        rejected: bool | None = None
        for start, end, mention, reason in spans:
            if start < last_end:
                continue  # overlapping phrase and pattern: report once
            if mention:
                if rejected is None:
                    rejected = self._rejects_topic(doc)
                if rejected:
                    continue  # the article names the product category while rejecting its claims
            if is_name(doc, start, end) or inside_compound(doc, start, end) or in_boilerplate(doc, start):
                continue
            sent = sentence_of(doc, start)
            if sent is not None:
                # the sentence near the claim: a run-on "sentence" of thousands of words (scraped text
                # with no full stops) is read only within CONTEXT_REACH of it, or each claim in it would
                # scan all of it and such a text would take quadratic time
                lo, hi = context_window(doc.prose, sent.start, sent.end, start, end)
                text = doc.prose[lo:hi]
                if REFERENCE.search(text):
                    continue  # the title of a cited paper
                if any(rx.regex.search(text) for rx in self.unless):
                    continue  # the pack says this sentence uses the words in another sense
                if _around(self.unless_around, text, start - lo, end - lo):
                    continue  # the pack says the words are used in another sense where they stand
                if self.unless_antecedent and _antecedent_matches(doc, sent, self.unless_antecedent):
                    continue  # the sentence's pronoun stands for what the sentence before names ("The liver ... It
                    # detoxifies chemicals": the organ's own work)
            ctx = claim_context(doc, start, end)
            handed = _HANDED_ON.search(doc.prose, start, end)
            if handed is None and sent is not None:
                # a verb of publicity before the reading, its object inside it ("The company marketed its tea
                # as a way to flush toxins": the reading opens at "tea")
                handed = _HANDED_ON_OBJECT.search(doc.prose, max(sent.start, start - 60), end)
                if handed is not None and handed.end() <= start:
                    handed = None
                if handed is None:
                    handed = _SELLERS_SAY.search(doc.prose, max(sent.start, start - 60), end)
                    if handed is not None and handed.end() <= start:
                        handed = None
            if handed is not None and handed.end() < end and not (ctx.said or ctx.suppressed):
                # a reading that runs through the verb handing the words on ('Cleanse website says that
                # the product will "remove toxins'): what follows is someone's, read from there
                ctx = claim_context(doc, handed.end(), end)
            if ctx.suppressed:
                continue
            action = self._action(ctx)
            if action == "skip":
                continue
            # only a reported span hides the ones it overlaps: a longer reading that its context
            # suppresses ("... natural cure, the cures are suppressed", opened inside a negated
            # clause) leaves the shorter one inside it to be read on its own
            last_end = end
            match = prose_text(doc, start, end)
            notes = [
                n
                for n, on in (("hedged", ctx.softened), ("attributed", ctx.attributed), ("cited", ctx.cited))
                if on
            ]
            yield Finding(
                start,
                end,
                self.format_message(match=match, reason=reason) + (f" ({', '.join(notes)})" if notes else ""),
                tuple(self.spec.get("suggestions") or ()),
                severity=Severity.INFO if action == "info" else None,
                data={"context": notes},
            )


def _word_alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation of ``words``, each as a whole word with its plural ("tumours",
    "metastases" are read as written: the list holds singulars), longest first."""
    forms: set[str] = set()
    for word in words:
        forms.add(re.escape(word))
        if word.endswith(("s", "x", "sh", "ch")):
            forms.add(re.escape(word) + "es")
        elif word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
            forms.add(re.escape(word[:-1]) + "ies")
        else:
            forms.add(re.escape(word) + "s")
    return r"\b(?:" + "|".join(sorted(forms, key=lambda f: (-len(f), f))) + r")\b"


#: the slot of a pattern that a rule's ``condition-lexicon`` fills
_CONDITION_SLOT = "{condition}"
_PRODUCT_SLOT = "{product}"
#: verbs of publicity in the past participle ("marketed as", "sold as"): a product's words presented as a
#: sales line, read by both readings below
_PUBLICITY_PARTICIPLES = r"marketed|advertised|sold|touted|promoted|billed|hyped"

#: a verb that hands a clause to someone, inside a matched span ("the website says that ..."), or
#: that presents the words as a sales line
_HANDED_ON = re.compile(
    r"\b(?:says|said|claims|claimed|states|stated|promises|promised|writes|wrote|insists|asserts|argues|"
    r"reports|reported|"
    # the plural forms of verbs that distance the words (never the writer's own "we claim")
    r"(?<!\bI\s)(?<!\bwe\s)(?<!\bWe\s)(?:claim|promise|insist|assert|allege))\s+(?:that\s+)?"
    # or that presents them as a sales line ("Detox diets, often marketed as a means to remove toxins")
    rf"|\b(?:{_PUBLICITY_PARTICIPLES})\s+as\s+",
    re.IGNORECASE,
)

#: "say" after sellers or their pages, the verb inside a matched span and its subject before or in it ("Websites
#: selling the pads say they draw toxins out"; "users say it cured them" is the testimonial itself)
_SELLERS_SAY = re.compile(
    r"\b(?:sites|websites|sellers|vendors|makers|manufacturers|marketers|companies|ads|adverts|advertisements|"
    r"labels|brands|retailers|promoters|proponents|posts|videos)\b(?:\s+[\w-]+){0,4}?\s+say\s+(?:that\s+)?",
    re.IGNORECASE,
)

#: a verb of publicity with its object, the object inside a matched span ("marketed its tea as"); not the
#: writer's own ("we sell our tea as ...")
_HANDED_ON_OBJECT = re.compile(
    rf"(?<!\bwe\s)(?<!\bI\s)\b(?:{_PUBLICITY_PARTICIPLES}|pitched|markets|advertises|"
    r"sells|touts|promotes|hypes|peddles|pitches)\s+(?!(?:our|my)\b)(?:[\w'\u2019-]+\s+){1,4}?as\s+",
    re.IGNORECASE,
)

#: the claim rules by code, as the packs define them, for ``defer-to``: every class loaded under the
#: code (a pack may be loaded more than once), held weakly, so that a rule class no registry holds any
#: longer, such as a test's, is not kept alive by this index
_CLAIM_RULES: dict[str, weakref.WeakSet[type[Rule]]] = {}


def _around(patterns: list[Any], text: str, start: int, end: int) -> bool:
    """Whether a match of one of ``patterns`` in the sentence ``text`` contains ``start``-``end``."""
    return any(m.start() <= start and end <= m.end() for rx in patterns for m in rx.regex.finditer(text))


@functools.lru_cache(maxsize=64)
def _product_pattern(
    template: str, names: tuple[str, ...], ignorecase: bool, pack_dir: Path
) -> re.Pattern[str]:
    """A product-pattern with its slot filled by the page's product names (case kept: a name),
    compiled as every pack pattern is (timed for packs other than medlint's own)."""
    template = page_apostrophes(template)
    names_rx = "(?-i:" + "|".join(re.escape(n) for n in names) + ")"
    return pack_regex(template.replace(_PRODUCT_SLOT, names_rx), re.IGNORECASE if ignorecase else 0, pack_dir)


def compile_patterns(patterns: Any, ignorecase: bool, code: str, pack_dir: Path) -> list[ProbedPattern]:
    """``base.compile_patterns`` with every apostrophe read as pages write it (``page_apostrophes``):
    pages write "doesn\u2019t" and "won\u2019t" as often as the packs' "doesn't"."""
    return _compile_patterns([page_apostrophes(str(p)) for p in patterns or ()], ignorecase, code, pack_dir)


def _gates(items: Any) -> list[str | None]:
    """Each pattern's ``gate`` (None for none), parallel to ``_patterns_and_reasons``' patterns:
    a pattern every match holds a match of, searched first in each block
    (``ProbedPattern.gate``); it only skips work, so it must hold in every match."""
    return [
        str(item["gate"]) if isinstance(item, Mapping) and item.get("gate") else None for item in items or ()
    ]


def _patterns_and_reasons(items: Any, code: str, gates: bool = False) -> tuple[list[str], list[str]]:
    """Pattern strings and, parallel to them, each one's ``reason`` ("" for a plain string);
    ``gates``: a mapping may give a ``gate`` too (``patterns`` only: :func:`_gates`)."""
    sources: list[str] = []
    reasons: list[str] = []
    for item in items or ():
        if isinstance(item, Mapping):
            keys = {"pattern", "reason", "gate"} if gates else {"pattern", "reason"}
            extra = set(item) - keys
            if "pattern" not in item or extra:
                raise RuleError(
                    f"rule {code}: a pattern mapping takes {', '.join(map(repr, sorted(keys)))}, "
                    f"got {sorted(item)}"
                )
            sources.append(str(item["pattern"]))
            reasons.append(str(item.get("reason") or ""))
        else:
            sources.append(str(item))
            reasons.append("")
    return sources, reasons
