"""TX115 run-together-sentences: a sentence run into the next where its full stop was lost ("the legs The back", "problems, The")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import HEADING, TABLE_CELL, Document
from ...rule import Example, Finding, Rule
from ...text.quotes import inside_quotes

#: "The", "This" or "These" (or a pronoun, conjunction or preposition that opens a sentence: "It", "They",
#: "If", "When", "To", "For"; machine translation's "to make sure that he balanced To avoid ...") and a lower-case word, after a lower-case letter or a citation mark's
#: bracket and one space: a capitalised determiner inside a line opens a sentence. Searched first
#: (few places match), then the word before it is read backwards (``_BEFORE``).
#: (the space first and the letter before it checked from there, the same matches as
#: ``(?<=[a-z\])]) (?P<det>...)``: a pattern that opens with a literal is scanned for it, one that
#: opens with a look-behind is tried at every character; tests/test_tx115_pattern.py compares them)
_DETERMINER = re.compile(r" (?<=[a-z\])] )(?P<det>The|This|These|It|They|If|When|To|For) (?=[a-z]{2,}\b)")
#: A comma where the full stop was: a lower-case word, a comma and a capitalised function word before a
#: lower-case word ("and vision problems, The disorder's main features ...", "Prevention, But as many as ...",
#: "said, Many factors in life ..."); a name after a comma keeps its capital and is not a function word
_COMMA_SPLICE = re.compile(
    r",(?<=[a-z],)[ \t]+(?P<det>The|A|An|If|Because|When|While|This|These|Those|It|Its|They|Their|We|Our|You|Your|"
    r"There|In|For|To|As|But|And|Or|So|However|Therefore|Also|Which|Who|He|She|His|Her|Although|Though|Since|"
    r"Then|Thus|Otherwise|Many|Most|Some|All|Each|Every)(?=[ \t]+[a-z])"
)
#: (s66) A comma splice in lower case: a comma, then a pronoun subject and its finite verb ("No disease is harmless,
#: it is essential to treat it"), read only after a main clause (``_main_clause_before``)
_LOWER_SPLICE = re.compile(
    r",[ \t]+(?P<subj>it|there|this|they|we|you|he|she)[ \t]+"
    r"(?P<verb>is|are|was|were|will|can|has|have|may|should|must|does|do)\b"
)
#: Words that open a main clause's subject: determiners and pronouns
_SUBJECT_OPENERS = frozenset(
    "the a an this these those it there we you they he she i our your my his her their its no most many some all "
    "every each".split()
)
#: Words that make a clause before the comma subordinate, or the comma a parenthesis's ("When you rest, it heals";
#: "It is known that if you rest, it heals"): a subordinate clause before a main clause takes a comma
_SUBORDINATORS = frozenset(
    "if when while although though because since as after before once unless whether until where whereas whom "
    "whose that what how why but yet so nor whenever wherever even".split()
)
#: Connectives that open a sentence before a comma ("However, it may be done"), where the sentence splitter ran two
#: sentences together after an abbreviation ("diagnose IE. However, it may")
_CONNECTIVES = frozenset(
    "however therefore thus moreover furthermore also instead still otherwise meanwhile nevertheless nonetheless "
    "indeed besides then now hence consequently yes no".split()
)
#: The fewest words of the clause before the comma
_SPLICE_MIN_WORDS = 3
#: A greeting's line, where a comma is followed by the letter's first words ("Hi All, We are ...")
_GREETING = re.compile(r"(?:hi|hello|dear|greetings|hey)\b", re.IGNORECASE)
#: The capitalised words that open the sentences read (a quick test before the search).
_OPENERS = ("The", "This", "These", "It", "They", "If", "When", "To", "For")
#: The lower-case word before it, and a citation mark between them ("techniques [4] The").
_BEFORE = re.compile(r"(?<![\w.\-/#@&'’])(?P<prev>[a-z]{2,})(?P<mark>\)|\s?\[\d{1,3}\])?\Z")
#: How far back the word is read.
_LOOK_BACK = 40
#: At most this many words since the line's start or the last sentence's end, opening with a capital,
#: are a heading or a list item run into the text after it (``_run_in_heading``).
_HEADING_WORDS = 8
#: Words after which a capitalised "The" may begin a title or a name ("in The Lancet", "called The
#: pill"): never read as the end of a sentence. Closed-class words and verbs of naming and saying.
_BEFORE_TITLE = frozenset(
    (
        "a an the and or nor but of in on at by for from to into onto with without about as than like via per "
        "vs is are was were be been being am called named titled entitled dubbed known said says say see read "
        "watch visit including include includes such that which who whose whom where when if so this these "
        "those its their his her our your my"
    ).split()
)


class RunTogetherSentences(Rule):
    """A sentence run into the next where its full stop was lost ("weakness in the legs The upper back").

    A capitalised "The", "This" or "These" after a lower-case word and one
    space, in the middle of a line, with a lower-case word after it, opens a
    sentence whose full stop (or line break) before it was lost: a slip of
    typing, or a crawl that joined a list's lines or a heading to its text
    ("... and desmoid tumors These symptoms are ..."). A citation mark
    between them counts ("techniques [4] The risk"); one after a full stop
    ("techniques. [4] The", "techniques. iv The") is where it belongs and is
    not read, nor is any lone word after a full stop. Not after a
    closed-class word or a verb of naming or saying, where a title may begin
    ("in The Lancet", "called The pill"), and only before a lower-case word
    (a title is capitalised throughout: "The New York Times"). The fix puts a
    full stop after the word; it is unsafe (the lost mark may have been a line
    break, a colon or a list). When the words before are only a few since the
    line's start or the last full stop, opening with a capital, they are a
    heading or a list item whose line break was lost: the message says so, no
    full stop is offered (a heading takes none), and it is a note, since a
    page's extraction more often than its writer joins a heading to its text.

    A comma where the full stop was, with the next sentence's capital kept, is the same slip: a
    capitalised function word after a lower-case word and a comma, before a lower-case word ("and vision
    problems, The disorder's main features are ...", "the Centers for Disease Control and Prevention, But
    as many as 20 out of 100 infants ...", a speaker's words that lost their quotation marks: "said, Many
    factors in life ..."). A name after a comma keeps its capital and is no function word; quotations and
    a letter's greeting ("Hi All, We are ...") are left. The fix writes a full stop for the comma and is
    unsafe (the word may only need its small letter). On 4.9M words of MedQuAD, FakeHealth, the clean
    sentences and WMT22's human references the comma form finds 5, each a lost full stop ("problems, The
    disorder's", three in FakeHealth, a human translation's "According to Hollywood, It is"). (A capital
    after a semicolon, where Chinese or Japanese "；" became one, is MT122's ``semicolon-capital``.)

    (s66) The comma splice in lower case: a comma, then a pronoun subject and a finite verb ("No disease is
    harmless, it is essential to get it treated", "condition of joints, there will be inflammation"), read only
    after one plain main clause from the sentence's start (three words or more opening with a determiner, a
    pronoun or a noun, with a finite verb, no subordinator, no "that" and no other mark): "When you rest, it
    heals", "However, it may be done" and a series of clauses closed by "and" or "or" are left. The fix writes a
    semicolon and is unsafe (a full stop may read better). On the 4.9M clean words it adds none in MedQuAD or the
    clean sentences, 1 in FakeHealth ("was not involved in this work, it is an independent comment") and 29 in WMT22's
    human references, whose informal source texts splice clauses.
    """

    code = "TX115"
    name = "run-together-sentences"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Chicago Manual of Style, 17th ed., 6.12 (a full stop ends a declarative sentence); "
        "a lost line break or full stop joins two sentences (fused sentence, Garner's Modern English Usage)"
    )
    should_fire = (
        Example("The pain starts in the lower back and spreads to the legs The doctor may order a scan."),
        Example("Risk fell with new techniques [4] The risk of death is low."),
        Example(
            "Symptoms include tremor and vision problems, The disorder starts early.",
            note="a comma where the full stop was",
        ),
        Example("No disease is harmless, it is essential to treat it early.", note="a comma splice"),
    )
    should_not_fire = (
        "Weakness in the legs. The upper back may hurt too.",
        Example(
            "It was published in The Lancet and in The journal; new techniques. [4] The risk is low.",
            note="a title after a preposition; a citation after the full stop",
        ),
        Example(
            "Hi all, We are organising the meeting; names stay: Gao, Robert and Jane.", note="a greeting"
        ),
        Example(
            "When you rest, it heals. However, it may hurt. The valves may be small, they may leak, or they may fail.",
            note="a clause before the main clause, a connective, a series of clauses",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        if ", " in doc.prose:
            yield from _comma_splices_in(doc)
            yield from _lower_splices_in(doc)
        prose = doc.prose
        if not any(f" {word} " in prose for word in _OPENERS):
            return
        for m in _DETERMINER.finditer(prose):
            at = m.start()
            window = prose[max(0, at - _LOOK_BACK) : at]
            b = _BEFORE.search(window)
            if b is None or (b.start() == 0 and at > _LOOK_BACK):
                continue
            prev = b.group("prev")
            if prev in _BEFORE_TITLE or (b.group("mark") and "\n" in b.group("mark")):
                continue
            start = at - len(window) + b.start()
            if window[: b.start()].rstrip(" ")[-1:] in (".", "!", "?"):
                continue  # a one-word "sentence" after a full stop: a citation mark ("techniques. iv The")
            end = m.end("det")
            stop = start + len(prev)
            if _run_in_heading(prose, stop):
                yield Finding(
                    start,
                    end,
                    f"“{prose[start:end]}”: a heading or a list item runs into the sentence after it; "
                    f"a line break was lost before “{m.group('det')}”",
                    severity=Severity.INFO,
                )
                continue
            yield Finding(
                start,
                end,
                f"“{prose[start:end]}”: a sentence runs into the next; a full stop was lost before “{m.group('det')}”",
                (".",),
                Fix((Edit(stop, stop, "."),), "add a full stop", safe=False) if not b.group("mark") else None,
            )


def _comma_splices_in(doc: Document) -> Iterable[Finding]:
    prose = doc.prose
    for m in _COMMA_SPLICE.finditer(prose):
        comma, end = m.start(), m.end("det")
        bi = doc.block_at(comma)
        if bi is not None and doc.blocks[bi].kind in (HEADING, TABLE_CELL):
            continue
        if inside_quotes(doc, comma) or _GREETING.match(prose, prose.rfind("\n", 0, comma) + 1):
            continue  # a quotation keeps its speaker's marks; a letter's greeting ("Hi All, We are ...")
        yield Finding(
            comma,
            end,
            f"“{prose[comma:end]}”: a sentence runs into the next after a comma; the full stop was lost before "
            f"“{m.group('det')}” (or the word takes no capital)",
            (".",),
            Fix((Edit(comma, comma + 1, "."),), "write a full stop for the comma", safe=False),
        )


def _lower_splices_in(doc: Document) -> Iterable[Finding]:
    """(s66) "No disease is harmless, it is essential to get it treated": two main clauses joined by a comma, the
    second opening with a pronoun subject and a finite verb. Read only where the words before the comma, from the
    sentence's start, are one plain main clause: three words or more, opening with a determiner, a pronoun or a
    noun, holding a finite verb and no other mark, no subordinator ("When you rest, it heals") and no "that"
    ("It is known that if ..., it will"); a sentence adverb or a connective before the comma ("Unfortunately, there
    is", "However, it may") opens the sentence, and a series closed by "and" or "or" ("flaps, they may be small, or
    they may lack") is a list of clauses; both are left. Not in headings, table cells or quotations."""
    from ...text.word_classes import PLURAL, SINGULAR, classes

    prose = doc.prose
    sentences = doc.sentences
    for m in _LOWER_SPLICE.finditer(prose):
        comma = m.start()
        bi = doc.block_at(comma)
        if bi is None or doc.blocks[bi].kind in (HEADING, TABLE_CELL) or inside_quotes(doc, comma):
            continue
        k = bisect.bisect_right(doc.sentence_starts, comma) - 1
        here = sentences[k] if k >= 0 else None
        if here is None or not here.start <= comma < here.end:
            continue
        before = prose[here.start : comma]
        if any(c in before for c in ',;:()"\u201c\u201d\u2013\u2014[]') or "--" in before:
            continue
        words = [w.strip(".!?'\u2019").lower() for w in before.split()]
        if len(words) < _SPLICE_MIN_WORDS or words[-1].endswith("ly") or _SUBORDINATORS.intersection(words):
            continue
        if words[-1] in _CONNECTIVES or before.split()[-1][:1].isupper():
            continue  # "However, it may": a connective or a capitalised word opens the sentence before the comma
        after = prose[m.end() : here.end]
        if ", and " in after or ", or " in after:
            continue  # a series of clauses closed by a conjunction ("flaps, they may be small, or they may lack")
        first = before.split()[0]
        if words[0] not in _SUBJECT_OPENERS and not (
            first[:1].isupper() and (SINGULAR in classes(words[0]) or PLURAL in classes(words[0]))
        ):
            continue
        if not any(_verb_like(w) for w in words[1:]):
            continue
        end = m.end("verb")
        subject = m.group("subj")
        yield Finding(
            comma,
            end,
            f"“{prose[comma:end]}”: two sentences joined by a comma; end the first with a full stop, or join them "
            f"with a semicolon or a conjunction",
            (f". {subject[:1].upper()}{subject[1:]}", f"; {subject}"),
            Fix((Edit(comma, comma + 1, ";"),), "write a semicolon for the comma", safe=False),
        )


def _run_in_heading(prose: str, stop: int) -> bool:
    """Whether the words before ``stop`` since the line's start or the last sentence's end are a heading
    or a list item: a few words opening with a capital and holding no verb ("Studies overall not
    meaningful The ...", "Weakness in the legs The ..."; not "Risk fell with new techniques The ...").
    What was lost there is a line break, not a full stop, so the full stop is not offered."""
    head = prose[prose.rfind("\n", 0, stop) + 1 : stop]
    cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
    words = head[cut + 2 :].split() if cut >= 0 else head.split()
    if not 0 < len(words) <= _HEADING_WORDS or not words[0][:1].isupper():
        return False
    return not any(_verb_like(w.strip(",;:()[]\"'").lower()) for w in words)


#: Finite verbs a short heading does not hold: auxiliaries, modals and "-n't" forms.
_AUXILIARIES = frozenset(
    "is are was were be been am has have had do does did can could may might will would shall should must "
    "isn't aren't wasn't weren't hasn't haven't don't doesn't didn't can't won't".split()
)


def _verb_like(word: str) -> bool:
    """A word that makes the words around it a sentence: an auxiliary, an "-ed" form, a verb's past or
    "-s" form that is not also a plural noun ("fell", "causes" but not "studies"), an irregular past
    the lexicon lists ("arose")."""
    from ...text.lexicon import irregular_forms
    from ...text.word_classes import PLURAL, VERB_PAST, VERB_PAST_NOUN, VERB_S, classes

    if word in _AUXILIARIES or (len(word) > 4 and word.endswith("ed")) or word in irregular_forms():
        return True
    letters = classes(word)
    if VERB_PAST in letters or VERB_PAST_NOUN in letters:
        return True
    return VERB_S in letters and PLURAL not in letters
