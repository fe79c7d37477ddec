"""TX112 eponym-apostrophe: an eponym's possessive with its apostrophe dropped ("Farbers disease")."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.addresses import in_address

#: The head nouns an eponym names ("Farber's disease", "Bell's palsy", "Wilms' tumor"); the glued
#: form is read only before one of them. Kept in step with scripts/build_eponyms.py's ``HEADS``.
HEADS = frozenset(
    (
        "disease diseases syndrome syndromes palsy sign phenomenon anomaly tumor tumors tumour lymphoma "
        "sarcoma ataxia dystrophy law test reflex cyst ulcer disorder triad criteria maneuver contracture "
        "node nodes arthritis neuroma hernia fracture encephalopathy encephalitis thyroiditis dementia "
        "chorea myopathy neuropathy leukemia procedure operation cells cell gland glands canal duct "
        "membrane capsule"
    ).split()
)


@functools.lru_cache(maxsize=1)
def eponyms() -> dict[str, str]:
    """Glued form, lower case -> the possessive ("farbers" -> "Farber's"): rules/data/lexicon/eponyms.tsv,
    built by scripts/build_eponyms.py from clean reference text and wordfreq's list."""
    from ...data import pack_dir

    text = (pack_dir() / "data" / "lexicon" / "eponyms.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and line[0] != "#")
    return {key: word for key, word in rows}


class EponymApostrophe(Rule):
    """An eponym's possessive written without its apostrophe ("Farbers disease").

    A disease, syndrome or sign named after a person takes the name's
    possessive ("Farber's disease", "Bell's palsy") or the bare name
    ("Farber disease"). Written "Farbers disease", the apostrophe was lost — a
    slip of typing, or a crawl or translation pipeline that drops the mark. The
    names are read off clean reference text (``scripts/build_eponyms.py``): a
    capitalised word that MedQuAD's build side writes before such a head as a
    name, or a possessive of wordfreq's list whose form with a plain "s" is far
    rarer; a name that ends in "s" itself ("Graves' disease", "Wilms tumor",
    "Menkes disease", "Williams syndrome") is not one of them. Only a
    capitalised word before a head noun ("disease", "syndrome", "palsy",
    "sign", "tumor", ...) is read, and not in an address. The fix writes the
    possessive; it is unsafe, since a house style may write the bare name
    ("Crohn disease").
    """

    code = "TX112"
    name = "eponym-apostrophe"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "AMA Manual of Style, 11th ed., 16.0 (eponyms: the possessive or the nonpossessive form, "
        'never the bare "s"); names from MedQuAD\'s build side and wordfreq (Speer et al., data CC BY-SA '
        "4.0): rules/data/lexicon/eponyms.tsv built by scripts/build_eponyms.py"
    )
    should_fire = (
        Example("Farbers disease is a rare inherited condition."),
        Example("Her face drooped from Bells palsy last year."),
    )
    should_not_fire = (
        "Farber's disease and Farber disease are the same condition.",
        Example(
            "Graves disease, Wilms tumor and Williams syndrome; the Browns test results.",
            note="names that end in s; no eponym",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        table = eponyms()
        positions = doc.word_index
        hits = table.keys() & positions.keys()
        if not hits:
            return
        words = doc.words()
        prose = doc.prose
        found: list[Finding] = []
        for key in hits:
            for i in positions[key]:
                token = words[i]
                if not token.text[:1].isupper() or token.text[1:2].isupper() or i + 1 >= len(words):
                    continue  # a lower-case word or an all-capital one is no name written so
                head = words[i + 1]
                if head.start != token.end + 1 or prose[token.end] != " " or head.text.lower() not in HEADS:
                    continue
                if in_address(prose, token.start, token.end):
                    continue
                fixed = token.text[:-1] + table[key][-2:]  # the text's own spelling, "'s"
                found.append(
                    Finding(
                        token.start,
                        token.end,
                        f"“{token.text} {head.text}”: the name's possessive has lost its apostrophe "
                        f"(“{fixed} {head.text}”)",
                        (fixed,),
                        Fix((Edit(token.start, token.end, fixed),), f"write {fixed!r}", safe=False),
                    )
                )
        found.sort(key=lambda f: f.start)
        yield from found
