"""consistency: one concept written two ways in one text ("type I" and "type 1")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from ..document import CAPTION, Document
from ..rule import Finding, RuleError
from ..text.matching import ProbedPattern, ProbeIndex
from ..text.quotes import (
    CLOSE_CURLY,
    in_embedded_post,
    introduced_passage,
    passage_in_full,
    quotation_around,
    written_quotation,
)
from .base import KindRule, pack_regex, prose_text


@dataclass(frozen=True)
class _Group:
    name: str
    forms: tuple[tuple[str, ProbedPattern], ...]  # probed: most texts hold at most one form
    preferred: str | None
    requires: ProbedPattern | None  # probed: most texts lack its words, and need no search


class Consistency(KindRule):
    """Flags the less preferred spellings of a concept when several appear in one text, once per
    spelling: the first use is the finding, the others are its related locations (one decision
    for the writer, not one warning per occurrence).

    Only the writer's own words count: a form inside an embedded post or a written quotation is
    the source's spelling (``_someone_elses_words``). A short form used as a modifier ("COVID
    patients" beside "COVID-19") still counts: the ReCOVery labels judge "COVID-positive" and
    "COVID-related" beside "COVID-19" as forms an editor would standardise.

    Pack keys: ``groups``, each with ``variants`` (mapping form -> regular
    expression, case-sensitive unless it starts with ``(?i)``), optional
    ``preferred`` (a form; otherwise the first form used in the text wins) and
    ``requires`` (a regex the text must match, e.g. "diabet" for "type I").
    Message fields: ``{match}``, ``{preferred}``, ``{group}``.
    """

    kind = "consistency"
    message_fields = frozenset({"match", "preferred", "group"})
    spec_keys = frozenset({"groups"})
    groups: ClassVar[tuple[_Group, ...]]
    form_index: ClassVar[ProbeIndex]

    @classmethod
    def prepare(cls, spec: Mapping[str, Any], pack_dir: Path) -> dict[str, Any]:
        code = spec.get("code")
        groups = []
        for g in spec.get("groups") or ():
            try:
                forms = tuple(
                    (str(form), ProbedPattern.of(pack_regex(str(rx), 0, pack_dir)))
                    for form, rx in dict(g["variants"]).items()
                )
                requires = (
                    ProbedPattern.of(pack_regex(str(g["requires"]), re.IGNORECASE, pack_dir))
                    if g.get("requires")
                    else None
                )
            except (KeyError, TypeError, re.error) as exc:
                raise RuleError(f"rule {code}: bad consistency group {g!r}: {exc}") from None
            if len(forms) < 2:
                raise RuleError(f"rule {code}: a consistency group needs at least two variants")
            preferred = g.get("preferred")
            if preferred is not None and preferred not in dict(forms):
                raise RuleError(f"rule {code}: preferred {preferred!r} is not one of the variants")
            groups.append(_Group(str(g.get("name", forms[0][0])), forms, preferred, requires))
        if not groups:
            raise RuleError(f"rule {code}: consistency needs 'groups'")
        # every group's forms in one index: most documents hold a probe of few of them
        return {"groups": tuple(groups), "form_index": ProbeIndex([p for g in groups for _, p in g.forms])}

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        candidates = set(self.form_index.candidates(doc))
        first_form = 0
        for group in self.groups:
            # a group needs two forms present: the probe index rules most groups out at once
            maybe = [
                (form, pattern)
                for i, (form, pattern) in enumerate(group.forms, first_form)
                if i in candidates and pattern.could_match_doc(doc)
            ]
            first_form += len(group.forms)
            if len(maybe) < 2:
                continue
            if group.requires is not None and not group.requires.search(doc):
                continue
            found: dict[str, list[tuple[int, int]]] = {}
            for form, pattern in maybe:
                spans = [
                    (m.start(), m.end())
                    for m in pattern.finditer(doc)
                    if m.end() > m.start()
                    and not _in_proper_name(prose, m.start(), m.end())
                    and not _someone_elses_words(doc, m.start())
                    and not _in_caption(doc, m.start())
                ]
                if spans:
                    found[form] = spans
            if len(found) < 2:
                continue
            _merge_sentence_capitals(prose, found)
            if len(found) < 2:
                continue
            defined = _defined_pairs(prose, found)
            if group.preferred in found:
                keep = group.preferred
            else:
                keep = min(found, key=lambda f: found[f][0][0])
            first = found[keep][0]
            for form, spans in found.items():
                if form == keep or frozenset((form, keep)) in defined:
                    continue
                (s, e), rest = spans[0], spans[1:]
                yield Finding(
                    s,
                    e,
                    self.format_message(match=prose_text(doc, s, e), preferred=keep, group=group.name),
                    (keep,),
                    related=(
                        (first[0], first[1], f"“{keep}” is used here"),
                        *((rs, re_, f"“{form}” again") for rs, re_ in rest),
                    ),
                )


def _someone_elses_words(doc: Document, at: int) -> bool:
    """Inside an embedded post or a written quotation: the source's spelling, not the writer's.

    A post is reproduced as written, so its spelling says nothing about the article's; so is a
    quotation nobody is said to have spoken: a statement, a headline, a quoted phrase under
    discussion ("a “COVID party”"), which must keep its wording. Spoken quotations count: their
    spelling is the writer's transcription, which house style governs. A block quotation a
    plain-text copy kept without its marks (the passage after a lead-in such as "the agency
    said:" up to the next paragraph break, or to the page's end after one that gives the text
    "in full") is set apart as the source's text and does not. A quoted term (``_quoted_term``),
    a quotation from a written statement (``_from_written_statement``) and a line that repeats
    a quoted line (``_repeats_quoted_line``) are the source's too.
    """
    return (
        _quoted_words(doc, at)
        or _quoted_term(doc, at)
        or _from_written_statement(doc, at)
        or _repeats_quoted_line(doc, at)
    )


def _quoted_words(doc: Document, at: int) -> bool:
    """The marked and unmarked quotations of ``_someone_elses_words``, read where they stand."""
    return (
        in_embedded_post(doc, at)
        or written_quotation(doc, at) is not None
        or introduced_passage(doc, at) is not None
        or passage_in_full(doc, at)
    )


_CLOSING = frozenset("\u201d\"\u2019'")
#: What stands before a quoted term: an article or determiner, or a word that names a term.
_TERM_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|this|that|these|those|so-called|term|terms|phrase|word|words|label|"
    r"called|dubbed|named|branded)|\b(?:his|her|its|their|our|your))\s*$",
    re.IGNORECASE,
)
#: The most words a quoted term has: a name under discussion, not a sentence someone spoke.
_TERM_WORDS = 4


def _quoted_term(doc: Document, at: int) -> bool:
    """Inside a short quotation that stands as a noun after its article ("claims of a “COVID
    party”", "the “miracle cure”", "the phrase “COVID party”"): a name under discussion, set in
    quotation marks because it is someone else's. A speech verb near it ("The statement added
    that claims of a “COVID party” were ...") does not make it the writer's transcription: the
    quotation is part of the writer's noun phrase, not a sentence spoken, and its spelling is the
    one the claim went round in."""
    quoted = quotation_around(doc, at)
    if quoted is None:
        return False
    opener, closer = quoted
    prose = doc.prose
    if closer >= len(prose) or prose[closer] not in _CLOSING:
        return False
    if len(prose[opener + 1 : closer].split()) > _TERM_WORDS:
        return False
    return bool(_TERM_BEFORE.search(prose, max(0, opener - 30), opener))


#: A written medium named in an attribution: "told us in a statement", "said in an e-mail",
#: "wrote", "via email".
_WRITTEN_MEDIUM = re.compile(
    r"\b(?:in|via|by|through)\s+(?:a|an|the|its|his|her|their)?\s*(?:written\s+|e-?mailed\s+|"
    r"prepared\s+|brief\s+)?(?:statement|e-?mail|letter|press\s+release|news\s+release|post|tweet|"
    r"text\s+message|blog\s+post)s?\b|\b(?:wrote|writes|e-?mailed|tweeted|posted)\b",
    re.IGNORECASE,
)
#: A speaker named beside a speech verb: "English said", "said English", "English told".
_SPEAKER = re.compile(
    r"\b([A-Z][a-z]{2,})\s*,?\s+(?:said|says|added|told|explained|noted|continued|wrote)\b"
    r"|\b(?:said|says|added|told|explained|noted|continued|wrote)\s+([A-Z][a-z]{2,})\b"
)
_ATTRIBUTION_CHARS = 200
#: Capitalised words before a speech verb that are no speaker's name.
_NOT_NAMES = frozenset(
    "She They The This That These Those Who And But Then Also Its Their Her His Our You Your".split()
)


def _from_written_statement(doc: Document, at: int) -> bool:
    """Inside a quotation that comes from a written statement: its attribution names the medium
    ("told us in a statement that their symptoms were “inline with COVID”"), or it names a
    speaker whom the page has already quoted from a written statement ("Suzanne English ... told
    us in a statement ..." then "English said, “the Sister had been COVID-positive ...”"). A
    fact-checker quotes a spokesperson's e-mailed or issued statement as written; its spelling is
    the organisation's, as a written quotation's is."""
    quoted = quotation_around(doc, at)
    if quoted is None:
        return False
    opener, closer = quoted
    prose = doc.prose
    bi = doc.block_at(at)
    if bi is None or closer >= len(prose) or prose[closer] not in _CLOSING:
        return False
    block = doc.blocks[bi]
    before = prose[max(block.start, opener - _ATTRIBUTION_CHARS) : opener]
    # the attribution is in the quotation's own sentence, and stops at another quotation (that one
    # has an attribution of its own)
    cut = max(before.rfind(CLOSE_CURLY), before.rfind('"'), before.rfind("\n"), *_sentence_ends(before))
    before = before[cut + 1 :]
    after = prose[closer + 1 : min(block.end, closer + 1 + _ATTRIBUTION_CHARS)]
    stops = (after.find("\u201c"), after.find('"'), after.find("\n"), *_sentence_ends(after)[:1])
    after = after[: min((i for i in stops if i != -1), default=len(after))]
    attribution = before + " " + after
    if _WRITTEN_MEDIUM.search(attribution):
        return True
    for m in _SPEAKER.finditer(attribution):
        name = m.group(1) or m.group(2)
        if name in _NOT_NAMES:
            continue
        for earlier in re.compile(rf"\b{re.escape(name)}\b").finditer(prose, 0, opener):
            line_start = prose.rfind("\n", 0, earlier.start()) + 1
            line_end = prose.find("\n", earlier.end(), opener)
            sentence = prose[line_start : opener if line_end == -1 else line_end]
            if _WRITTEN_MEDIUM.search(sentence):
                return True
    return False


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\u201c\"])")


def _sentence_ends(text: str) -> list[int]:
    """Offsets of the sentence ends in ``text`` (a stop before a capital or an opening quote)."""
    return [m.start() for m in _SENTENCE_END.finditer(text)]


#: The fewest words a repeated line needs to be the quoted one, not a common short line.
_REPEAT_WORDS = 5


def _repeats_quoted_line(doc: Document, at: int) -> bool:
    """On a line that repeats, word for word, a line the page quoted before: a fact-check that
    quotes a list of claims and then takes each item as the heading of its check ("– A network
    of ... scientists are making excellent progress in Covid-19 research." in the quoted post,
    then the same words as a heading) is restating the source's words, in the source's spelling.
    The words are compared, not the spacing and marks between them: the heading may close up the
    post's "Covid -19"."""
    prose = doc.prose
    start = prose.rfind("\n", 0, at) + 1
    end = prose.find("\n", at)
    end = len(prose) if end == -1 else end
    key = _line_key(prose[start:end])
    if len(key) < _REPEAT_WORDS:
        return False
    for line_start, other in _line_keys(prose):
        if other == key and line_start != start:
            mark = _LIST_MARK.match(prose, line_start)
            if _quoted_words(doc, mark.end() if mark else line_start):
                return True
    return False


_LIST_MARK = re.compile(r"[ \t]*(?:[-\u2013\u2014\u2022*\u25ba]|\d{1,2}[.)])?[ \t]*")
_KEY_WORD = re.compile(r"[^\W_]+")


def _line_key(line: str) -> tuple[str, ...]:
    """A line's words in lower case, without its list mark, spacing and punctuation."""
    return tuple(w.lower() for w in _KEY_WORD.findall(line))


@functools.lru_cache(maxsize=4)
def _line_keys(prose: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(start, key) of every line of ``prose`` long enough to be a repeated quoted line; the
    prose of one document is asked once per candidate spelling."""
    out = []
    start = 0
    for line in prose.split("\n"):
        key = _line_key(line)
        if len(key) >= _REPEAT_WORDS:
            out.append((start, key))
        start += len(line) + 1
    return tuple(out)


def _in_caption(doc: Document, at: int) -> bool:
    """Inside a picture's caption (``<figcaption>``, a table's ``<caption>``): a page's captions come
    with the picture, often from the agency that took it ("... Picture Colin Keegan, Collins
    Dublin"), in its spelling; a caption neither counts as a second form nor sets the one to use.
    Plain text and Markdown have no caption blocks."""
    i = doc.block_at(at)
    return i is not None and doc.blocks[i].kind == CAPTION


_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'\u201d\u2019)]*\s+|[\"\u201c]\s*)$")


def _merge_sentence_capitals(prose: str, found: dict[str, list[tuple[int, int]]]) -> None:
    """Count a form capitalised at a sentence's start as the lower-case form the text uses.

    "... to die of covid-19." and "Covid-19 took hers." are one house style: the capital is
    the sentence's, not a second spelling.
    """
    for form in list(found):
        lower = form[:1].lower() + form[1:]
        if lower == form or lower not in found:
            continue
        starts = [sp for sp in found[form] if _SENTENCE_START.search(prose[max(0, sp[0] - 4) : sp[0]])]
        if not starts:
            continue
        found[lower] = sorted(found[lower] + starts)
        rest = [sp for sp in found[form] if sp not in starts]
        if rest:
            found[form] = rest
        else:
            del found[form]


_NAME_JOINERS = frozenset({"of", "and", "for", "the", "&", "on", "in"})
_WORD = re.compile(r"[\w&'\u2019-]+")


def _in_proper_name(prose: str, start: int, end: int) -> bool:
    """A capitalised form inside a capitalised name ("Canadian Paediatric Society", "Royal College of
    Paediatrics and Child Health"): the organisation's own spelling, which the writer must keep."""
    if not prose[start : start + 1].isupper():
        return False
    after = _WORD.match(prose, end + 1) if prose[end : end + 1] == " " else None
    if after is not None and after.group()[0].isupper():
        return True
    words = _WORD.findall(prose[max(0, start - 60) : start])
    while words and words[-1].lower() in _NAME_JOINERS:
        words.pop()
    stop = prose[max(0, start - 3) : start].rstrip()
    return bool(words) and words[-1][0].isupper() and not stop.endswith((".", "!", "?", ":"))


# a gloss naming the other form: "the HbA1c test (also called the A1C test)", "(also known as ...)"
_GLOSS = re.compile(
    r"\(\s*(?:also\s+(?:called|known\s+as|named|written)|sometimes\s+called|known\s+as|or|aka|a\.k\.a\.)\b"
)


def _defined_pairs(prose: str, found: Mapping[str, list[tuple[int, int]]]) -> set[frozenset[str]]:
    """Pairs of forms where one defines the other in parentheses: "glycated hemoglobin (HbA1c)",
    or glosses it: "the HbA1c test (also called the A1C test)".

    Writing a term out and giving its abbreviation (or the reverse), or giving its other name,
    is how a term is introduced; the two are one name, not an inconsistency.
    """
    ends = {e: form for form, spans in found.items() for _, e in spans}
    pairs: set[frozenset[str]] = set()
    for form, spans in found.items():
        for s, e in spans:
            gloss_open = prose.rfind("(", max(0, s - 40), s)
            if gloss_open != -1 and ")" not in prose[gloss_open:s] and _GLOSS.match(prose, gloss_open):
                for glossed, glossed_spans in found.items():
                    if glossed != form and any(
                        gloss_open - 40 <= ge <= gloss_open for _, ge in glossed_spans
                    ):
                        pairs.add(frozenset((form, glossed)))
            opening = len(prose[:s].rstrip()) - 1
            if opening < 0 or prose[opening] != "(" or not prose[e:].lstrip().startswith(")"):
                continue
            other = ends.get(len(prose[:opening].rstrip()))  # "<other> (<form>)"
            if other is not None and other != form:
                pairs.add(frozenset((form, other)))
    return pairs
