"""TX127 lowercase-proper-name: a country, people or language name written in lower case ("in china")."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.addresses import in_address
from ...text.page_chrome import chrome_label


@functools.lru_cache(maxsize=1)
def proper_names() -> dict[str, tuple[str, tuple[tuple[str, ...], ...]]]:
    """Lower-case form -> (the name as spelt, the lower-case compounds that hold it, as word tuples):
    rules/data/lexicon/proper-names.tsv, built by scripts/build_proper_names.py from WordNet."""
    from ...data import pack_dir

    text = (pack_dir() / "data" / "lexicon" / "proper-names.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, tuple[tuple[str, ...], ...]]] = {}
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        name, _, held = line.partition("\t")
        compounds = tuple(tuple(c.split()) for c in held.split("|") if c)
        out[name.lower()] = (name, compounds)
    return out


def _in_compound(lowers: list[str], i: int, compounds: tuple[tuple[str, ...], ...]) -> bool:
    """Word ``i`` is part of one of ``compounds`` written where it stands, its last word in the
    singular or the plural ("french fries", "lima beans")."""
    for words in compounds:
        for at, word in enumerate(words):
            if word != lowers[i]:
                continue
            first = i - at
            written = lowers[first : first + len(words)]
            if first < 0 or len(written) != len(words) or tuple(written[:-1]) != words[:-1]:
                continue
            if written[-1] in (words[-1], words[-1] + "s", words[-1] + "es"):
                return True
    return False


class LowercaseProperName(Rule):
    """A country, people or language name written in lower case ("in china", "traditional chinese
    medicine", "papua new guinea").

    English capitalises the names of places, peoples and languages and the adjectives made from them
    (Chicago Manual of Style 8.1 and 8.37-8.41; AP Stylebook, "capitalization"). Machine translation
    from scripts without capitals (Chinese, Japanese, Korean, Arabic) and pages typed in a hurry leave
    them in lower case: "doctors from beijing chaoyang hospital went to papua new guinea", "in
    china, it is uncommon". A spelling list cannot see the slip, since the letters are right.

    The names are every single-word WordNet lemma of a place, people or language, or a capitalised
    adjective, that WordNet never spells in lower case as a word of its own
    (``scripts/build_proper_names.py``): "china" (porcelain), "turkey", "guinea" and "nice" are
    English words and are left. The lower-case compounds WordNet lists with a name are left too
    ("french fries", "chinese mustard"), and so are words in addresses, tags and file names
    ("example.com/china", "#china"), and labels of page chrome (a link or line of one or two words). A
    page a site printed all in lower case ("from august 23 to 29, 2024, a chinese medicine exchange
    delegation ...") is read like any other: an article's names take capitals whatever the page's
    style. The fix capitalises the word; it is unsafe, since a name may be a brand or a user
    name written in lower case on purpose.
    """

    code = "TX127"
    name = "lowercase-proper-name"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Chicago Manual of Style (17th ed.) 8.1 and 8.37-8.41 (names of places and peoples and their "
        "adjectives are capitalised); AP Stylebook, 'capitalization'; names from WordNet 3.0 (Princeton "
        "University, WordNet licence): rules/data/lexicon/proper-names.tsv built by "
        "scripts/build_proper_names.py"
    )
    should_fire = (
        Example("In korea, it is uncommon to transfer a fresh embryo."),
        Example("Doctors of traditional chinese medicine went to papua new guinea."),
    )
    should_not_fire = (
        "In Korea, it is uncommon to transfer a fresh embryo.",
        Example(
            "Eat fewer french fries. Serve tea in a china cup.", note="a lower-case compound; a common noun"
        ),
        Example("See www.china.org.cn for the text.", note="an address"),
        Example(
            "we went to china and it was great. then we flew home.", note="a text written without capitals"
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        names = proper_names()
        positions = doc.word_index
        hits = names.keys() & positions.keys()
        if not hits:
            return
        words = doc.words()
        lowers = words.lowers
        prose = doc.prose
        found: list[Finding] = []
        for key in hits:
            name, compounds = names[key]
            for i in positions[key]:
                token = words[i]
                if token.text != key or in_address(prose, token.start, token.end):
                    continue
                if compounds and _in_compound(lowers, i, compounds):
                    continue
                if chrome_label(doc, token.start, token.end):
                    continue
                found.append(
                    Finding(
                        token.start,
                        token.end,
                        f"“{token.text}” is a proper name and takes a capital: “{name}”",
                        (name,),
                        Fix((Edit(token.start, token.end, name),), f"write {name!r}", safe=False),
                    )
                )
        found.sort(key=lambda f: f.start)
        yield from found
