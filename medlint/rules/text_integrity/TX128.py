"""TX128 open-compound: a closed compound written as two words ("child birth", "tea spoons")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.addresses import in_address
from ...text.lexicon import is_known
from ...text.page_chrome import chrome_label
from ...text.word_classes import classes
from ...text.word_frequency import zipf_of

#: Words before a noun: after one, the pair is a noun and a verb ("as a man ages", "my head aches").
DETERMINERS = frozenset("the a an my his her your our their its this that each every".split())
#: Subject pronouns: after one, the first word is a verb ("they face time and cost constraints").
SUBJECTS = frozenset("i you we they he she it who".split())
#: Class letters of ``word-classes.tsv`` that make a word a verb form with a subject: an -s or a past
#: form, or a bare verb that is no noun ("ball", "book" and "brush" are nouns too: "a foot ball").
VERB_CLASSES = frozenset("vzd")
#: Class letters of a bare verb form (with or without a noun reading: "link", "face").
BARE_VERB_CLASSES = frozenset("bv")
#: Characters that tie a word to its neighbour ("re-treated", "we're"): such a word is part of another.
_JOINERS = frozenset("-\u2010\u2011'\u2019&/@_")
#: What ends a sentence before the next one opens with a capital.
_SENTENCE_ENDS = frozenset('.!?:;"\u201d)')


@functools.lru_cache(maxsize=1)
def open_compounds() -> dict[str, dict[str, str]]:
    """First half -> {second half: the closed word}: rules/data/lexicon/open-compounds.tsv, built by
    scripts/build_open_compounds.py from wordfreq, SymSpell's Google Books counts and MedQuAD."""
    from ...data import pack_dir

    text = (pack_dir() / "data" / "lexicon" / "open-compounds.tsv").read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        pair, _, closed = line.partition("\t")
        first, _, second = pair.partition(" ")
        out.setdefault(first, {})[second] = closed
    return out


def _opens_sentence(prose: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence, block or line (so its capital says nothing)."""
    i = start - 1
    while i >= 0 and prose[i] in " \t":
        i -= 1
    return i < 0 or prose[i] == "\n" or prose[i] in _SENTENCE_ENDS


def _plural_subject_before_verb(prose: str, before_end: int, start: int, before: str, first: str) -> bool:
    """Whether the first word is a verb after a plural noun that can be its subject ("Researchers link
    age ... with eye disease", "Doctors face time limits"): a plural noun just before it, with only
    spaces between, and a first word that can be a bare verb."""
    if prose[before_end:start].strip(" ") or "p" not in classes(before):
        return False
    return bool(set(classes(first)) & BARE_VERB_CLASSES)


def _name_like(first: str, second: str, opens: bool) -> bool:
    """Whether the pair's capitals make it a name or a heading's words ("Care free Support Line",
    "Power House Gym"), not a slip in running prose."""
    if second[:1].isupper():
        return True
    return first[:1].isupper() and not opens


class OpenCompound(Rule):
    """A closed compound written as two words ("child birth", "bed time", "tea spoons", "pain killer").

    English writes many compounds as one word: "childbirth", "bedtime", "teaspoons", "painkiller",
    "eyelashes", "antidepressants", "soybean" (Merriam-Webster; AP Stylebook). Writers of English as a
    second language, machine translation and hurried typing split them at the join, leaving two real
    words that a spelling check passes; TX116 reads only splits that leave a fragment ("tripl e").

    The pairs come from usage counts (``scripts/build_open_compounds.py``): the closed word is a word
    of wordfreq's table; each half is a common word of three letters or more and no function word
    ("with out", "in active", "per use" are phrases); general English (Google Books, through SymSpell)
    writes the closed word at least twice as often as the pair, so "every day", "health care" and
    "heart beat" (a heart beats) are left; and consumer-health prose (MedQuAD's build side) never
    writes the pair twice, so "blood stream" and "stomach ache", which NIH answers write open, are
    left too.

    In the text, a pair is read only where its two words stand in running prose with a single space
    between them and nothing tying either to its neighbour ("re-treated"). It is left when a
    capital makes it a name or a heading's words ("Care free Support Line"), when the second word
    can be a verb after a determiner ("as a man ages", "my head aches") or the first follows a subject
    pronoun or a plural noun as a verb ("they face time and cost constraints", "Researchers link age
    with eye disease"), and when the second word begins another closed compound with the word after
    it ("light house work": "housework"). The fix joins the words; it is unsafe, since a rare pair
    may still be two words where it stands.

    (s66) A prefix of medicine's words written apart ("non inflammatory pain", "non steroidal drugs", "multi
    vitamins"; non, multi, semi, pseudo, hyper, hypo, intra, inter, ultra) is the same slip, read where English
    writes the joined or hyphenated word (wordfreq), so Latin's "sine qua non" and "inter alia" are left; on 4.9M clean
    words it adds 1 in MedQuAD, 2 in the clean sentences and 3 in WMT22's references ("ultra wide angle lens"), each
    a lost hyphen or join.

    A compound of "self" written open ("self quarantine", "self examination", "self reported") is the
    same slip with a hyphen lost: English writes "self-" compounds with one (Chicago Manual of Style,
    7.89). "self" as a noun is left: after a determiner, a possessive or an adjective ("your true self
    is"), and before a function word ("the self and the other"). The fix puts the hyphen back (unsafe).
    Every such pair in MedQuAD, FakeHealth and WMT22's references is a lost hyphen ("breast self exams",
    "self pick-up"). So are the few closed compounds of function words that edited English never writes open
    ("with out", "some one", "any thing", "through out"; 0 in the 4.9M clean words), which the usage table leaves
    out with the rest of the function words. So is "anti" written apart from the medical word it prefixes ("anti inflammatory
    drugs", "anti bacterial"; FakeHealth twice, MedQuAD and the clean sentences never).
    """

    code = "TX128"
    name = "open-compound"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Merriam-Webster's Collegiate Dictionary and the AP Stylebook (closed compounds such as "
        "'childbirth', 'bedtime', 'painkiller'); pairs from wordfreq 3.1.1 (CC BY-SA 4.0), the Google "
        "Books counts shipped in symspellpy 6.10.1 (SymSpell, MIT) and MedQuAD (CC BY 4.0): "
        "rules/data/lexicon/open-compounds.tsv built by scripts/build_open_compounds.py"
    )
    should_fire = (
        Example("Take two tea spoons of honey before sleep."),
        Example("Pain relief in child birth is safe with a pain killer."),
        Example("What is self quarantine?", note="a 'self-' compound written open"),
    )
    should_not_fire = (
        "Take two teaspoons of honey at bedtime.",
        Example("Eat fruit every day. Health care costs rose.", note="phrases general English writes open"),
        Example("As a man ages, his heart beats more slowly.", note="a noun and its verb"),
        Example("Call the Cancer Care free Support Line.", note="a name's capitals"),
        Example(
            "Be your true self and self-care will follow.", note="'self' as a noun; a hyphenated compound"
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        table = open_compounds()
        positions = doc.word_index
        firsts = table.keys() & positions.keys()
        words = doc.words()
        lowers = words.lowers
        starts, ends = words.starts, words.ends
        prose = doc.prose
        last = len(lowers) - 1
        found: list[Finding] = []
        for first in firsts:
            seconds = table[first]
            for i in positions[first]:
                if i >= last:
                    continue
                closed = seconds.get(lowers[i + 1])
                if closed is None:
                    continue
                start, mid, end = ends[i], starts[i + 1], ends[i + 1]
                if prose[start:mid] != " " * (mid - start):
                    continue
                a_start = starts[i]
                if (a_start > 0 and prose[a_start - 1] in _JOINERS) or (
                    end < len(prose) and prose[end] in _JOINERS
                ):
                    continue
                a_text, b_text = prose[a_start:start], prose[mid:end]
                if _name_like(a_text, b_text, _opens_sentence(prose, a_start)):
                    continue
                before = lowers[i - 1] if i > 0 else ""
                if before in SUBJECTS or (
                    before in DETERMINERS and VERB_CLASSES & set(classes(lowers[i + 1]))
                ):
                    continue
                if before and _plural_subject_before_verb(prose, ends[i - 1], a_start, before, first):
                    continue
                if i + 1 < last and lowers[i + 2] in table.get(lowers[i + 1], ()):
                    continue
                if in_address(prose, a_start, end) or chrome_label(doc, a_start, end):
                    continue
                joined = a_text + b_text.lower() if a_text[:1].isupper() else closed
                found.append(
                    Finding(
                        a_start,
                        end,
                        f"“{a_text} {b_text}” is one word: “{joined}”",
                        (joined,),
                        Fix((Edit(a_start, end, joined),), f"write {joined!r}", safe=False),
                    )
                )
        if "self " in prose or "Self " in prose:
            found.extend(_open_self_compounds(prose))
        if "nti " in prose:
            found.extend(_open_anti_compounds(prose))
        if not _PREFIX_WORDS.isdisjoint(positions):
            found.extend(_open_prefix_compounds(prose))
        if not _FUNCTION_FIRSTS.isdisjoint(positions):
            found.extend(_open_function_compounds(prose))
        found.sort(key=lambda f: f.start)
        yield from found


#: (s56) Closed compounds of function words that no edited English writes open ("with out", "some one", "any
#: thing", "through out"): the usage table leaves function words out, since most of their pairs are phrases
#: ("in to", "there by", "every one" are English where they stand); these are never written open in the 4.9M
#: clean words. Not before a hyphen ("with out-of-pocket costs").
_OPEN_FUNCTION_COMPOUND = re.compile(
    r"(?<![\w'\u2019-])(?P<first>[Ww]ith|[Ss]ome|[Aa]ny|[Ee]very|[Tt]hrough|[Ww]hat|[Ww]here) "
    r"(?P<second>out|one|thing|ever)\b(?![-'\u2019])"
)
#: The pairs of ``_OPEN_FUNCTION_COMPOUND`` that are compounds ("every one" and "any one" are English: "every one
#: of them"; "some body", "any body" and "every body" are "some body parts", "every body movement")
_FUNCTION_COMPOUNDS = frozenset(
    {
        ("with", "out"),
        ("some", "one"),
        ("some", "thing"),
        ("any", "thing"),
        ("every", "thing"),
        ("through", "out"),
        ("what", "ever"),
        ("where", "ever"),
    }
)
#: The first words of ``_FUNCTION_COMPOUNDS``, lower case (the check's gate on the document's words)
_FUNCTION_FIRSTS = frozenset(first for first, _ in _FUNCTION_COMPOUNDS)


def _open_function_compounds(prose: str) -> Iterator[Finding]:
    """Each closed compound of function words written as two words ("with out a mask", "if some one is sick")."""
    for m in _OPEN_FUNCTION_COMPOUND.finditer(prose):
        first, second = m.group("first"), m.group("second")
        if (first.lower(), second) not in _FUNCTION_COMPOUNDS:
            continue
        joined = first + second
        yield Finding(
            m.start(),
            m.end(),
            f"“{m.group()}” is one word: “{joined}”",
            (joined,),
            Fix((Edit(m.start(), m.end(), joined),), f"write {joined!r}", safe=False),
        )


#: "self" and a word after it, open: a "self-" compound whose hyphen was lost ("self quarantine").
_OPEN_SELF = re.compile(r"(?<![\w'\u2019-])(?P<self>[Ss]elf) (?P<word>[a-z]{3,})\b(?![-'\u2019])")
#: Words before "self" that make it a noun: determiners, possessives and the adjectives it takes ("your true self").
_SELF_NOUN_BEFORE = frozenset(
    "the a an your my her his our their its one's true inner former old older younger best own whole real "
    "authentic higher normal usual future past better worse healthier happier younger".split()
)
#: Words after "self" that leave it a noun ("self and other", "self is").
_SELF_NOUN_AFTER = frozenset(
    "and or nor but is was are were has had as in of to that with from the for than who which".split()
)


#: "anti" and the medical word it prefixes, open: the hyphen of "anti-inflammatory" lost ("anti inflammatory drugs",
#: "anti bacterial soap"; FakeHealth writes two, "nonsteroidal anti inflammatory drugs", MedQuAD and the clean sentences
#: none). Only the prefixed words of medicine, so that "anti" as a word of its own ("anti or pro") is left.
_OPEN_ANTI = re.compile(
    r"(?<![\w'\u2019-])(?P<self>[Aa]nti) (?P<word>(?:inflammator(?:y|ies)|bacterial|viral|fungal|oxidants?|biotics?|"
    r"septics?|depressants?|histamines?|coagulants?|aging|ageing|diabetic|hypertensive|microbials?|parasitic|emetics?|"
    r"diarrh(?:o)?eal|cancer|tumou?r|retroviral|epileptics?|psychotics?))\b(?![-'\u2019])",
    re.IGNORECASE,
)


def _open_anti_compounds(prose: str) -> Iterator[Finding]:
    """Each "anti-" compound of medicine written as two words ("anti inflammatory", "anti depressants")."""
    for m in _OPEN_ANTI.finditer(prose):
        word = m.group("word")
        # "anti-inflammatory" keeps its hyphen between two i's, "anti-aging" and "anti-cancer" are written both
        # ways; the rest are closed in medical writing ("antidepressants", "antibacterial")
        hyphen = word[0].lower() in "i" or word.lower() in ("aging", "ageing", "cancer")
        yield _prefix_joined(m, hyphen)


def _prefix_joined(m: re.Match[str], hyphen: bool) -> Finding:
    """The finding for a prefix (group ``self``) written apart from its word (group ``word``): the fix joins them,
    with a hyphen or without (unsafe: a rare pair may still be two words where it stands)."""
    joined = f"{m.group('self')}{'-' if hyphen else ''}{m.group('word')}"
    how = "with a hyphen" if hyphen else "as one word"
    return Finding(
        m.start(),
        m.end(),
        f"“{m.group()}” is written {how}: “{joined}”",
        (joined,),
        Fix((Edit(m.end("self"), m.start("word"), "-" if hyphen else ""),), f"write {joined!r}", safe=False),
    )


#: (s66) A prefix of medicine's words written apart from its word ("non inflammatory pain", "non steroidal", "ultra
#: high"): the hyphen or the join lost. Read where English writes the joined or hyphenated word (wordfreq), so that
#: "non" of Latin ("sine qua non") and a word the prefix never takes are left; 6 more on 4.9M clean words, each the
#: same slip ("non specific low back pain").
_OPEN_PREFIX = re.compile(
    r"(?<![\w'\u2019-])(?P<self>[Nn]on|[Mm]ulti|[Ss]emi|[Pp]seudo|[Hh]yper|[Hh]ypo|[Ii]ntra|[Ii]nter|[Uu]ltra) "
    r"(?P<word>[a-z]{3,})\b(?![-'\u2019])"
)
#: The prefixes of ``_OPEN_PREFIX`` as words: the check's gate on the document's word index (most documents have none)
_PREFIX_WORDS = frozenset("non multi semi pseudo hyper hypo intra inter ultra".split())


def _open_prefix_compounds(prose: str) -> Iterator[Finding]:
    """Each prefix compound written as two words where English writes it joined or hyphenated."""
    for m in _OPEN_PREFIX.finditer(prose):
        prefix, word = m.group("self"), m.group("word")
        closed = (prefix + word).lower()
        hyphened = f"{prefix}-{word}".lower()
        z_closed, z_hyphen = zipf_of(closed) or 0.0, zipf_of(hyphened) or 0.0
        if not (z_closed or z_hyphen or is_known(closed)):
            continue
        yield _prefix_joined(m, z_hyphen >= z_closed and not (is_known(closed) and not z_hyphen))


def _open_self_compounds(prose: str) -> Iterator[Finding]:
    """Each "self" compound written as two words ("self quarantine", "Self reported")."""
    for m in _OPEN_SELF.finditer(prose):
        word = m.group("word")
        if word in _SELF_NOUN_AFTER:
            continue
        before = prose[max(0, m.start() - 30) : m.start()].split()
        prev = before[-1].lower().strip("\"'\u201c(") if before else ""
        if prev in _SELF_NOUN_BEFORE or "-" in prev or any(c.isdigit() for c in prev):
            continue  # "self" as a noun: "your true self", "her 8-year-old self playing with her siblings"
        joined = f"{m.group('self')}-{word}"
        yield Finding(
            m.start(),
            m.end(),
            f"“{m.group()}” is written with a hyphen: “{joined}”",
            (joined,),
            Fix((Edit(m.end("self"), m.start("word"), "-"),), f"write {joined!r}", safe=False),
        )
