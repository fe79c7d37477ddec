"""TX110 dropped-accent: A word whose accented letters a crawl dropped ("Sjgren" for "Sjögren")."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.addresses import in_address
from ...text.page_chrome import chrome_label

#: Endings a damaged name may carry: a possessive ("Sjgren's"), one without its apostrophe ("Sjgrens").
_ENDINGS = ("'s", "\u2019s", "s")


@functools.lru_cache(maxsize=1)
def accents() -> dict[str, tuple[str, ...]]:
    """Damaged form -> accented words, commonest first ("sjgren" -> ("sjögren",)):
    rules/data/lexicon/accents.tsv, built by scripts/build_accents.py from wordfreq's list."""
    from ...data import pack_dir

    text = (pack_dir() / "data" / "lexicon" / "accents.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and line[0] != "#")
    return {key: tuple(words.split()) for key, words in rows}


@functools.lru_cache(maxsize=1)
def _with_endings() -> dict[str, str]:
    """Each key with an ending after it -> the key ("sjgren's" -> "sjgren")."""
    return {key + end: key for key in accents() for end in _ENDINGS}


def _cased(accented: str, written: str) -> str:
    """``accented`` in the case the text wrote its damaged form ("Sjgren" -> "Sjögren")."""
    if written.isupper() and len(written) > 1:
        return accented.upper()
    if written[:1].isupper():
        return accented[:1].upper() + accented[1:]
    return accented


class DroppedAccent(Rule):
    """A word whose accented letters a crawl dropped ("Sjgren" for "Sjögren").

    A page that passed through the wrong encoding and a filter that keeps
    ASCII loses every letter with a diacritic: "Sjögren's syndrome" prints
    as "Sjgren's syndrome", "Behçet's disease" as "Behet's disease",
    "Pokémon" as "Pokmon". The damaged forms are read off the accented words
    of a reference list (wordfreq's English list, ``scripts/build_accents.py``):
    a word with its accented letters taken out that is itself no word of the
    list ("caf" from "café" is one, and is left). A possessive or an "s"
    after the damaged form is read too ("Sjgrens"). A key that is a WordNet
    lemma is a word ("habitus", not "habitués"); all-capital tokens (gene
    symbols: "GALNS") and words in addresses, tags and file names are left, as are labels of page
    chrome: a link of one or two words or a line holding one or two words and no sentence (the
    language-switch link "Español" a page prints above its article; an editor of the article does
    not write it). The fix writes the accented word in the text's
    case; it is unsafe, since an ASCII spelling ("Sjogren") is also accepted.
    """

    code = "TX110"
    name = "dropped-accent"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Unicode Standard, chapter 2 (a character outside ASCII is lost, not transliterated, when "
        "bytes are filtered to ASCII); accented words from wordfreq (Speer et al., data CC BY-SA 4.0): "
        "rules/data/lexicon/accents.tsv built by scripts/build_accents.py"
    )
    should_fire = (
        Example("Dry eyes are common in Sjgren's syndrome."),
        Example("Mouth ulcers may point to Behets disease."),
    )
    should_not_fire = (
        "Dry eyes are common in Sj\u00f6gren's syndrome and Sjogren's syndrome.",
        Example("A caf near the clinic; see example.com/sjgren.", note="a word of the list; an address"),
        Example(
            "# Anemia\n\nEspaol\n\nAnemia is a condition of the blood.",
            format="markdown",
            note="a language-switch link on its own line",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        table = accents()
        positions = doc.word_index
        words = doc.words()
        prose = doc.prose
        found: list[Finding] = []
        # the document's words met in C by set intersections (a Python loop over every distinct
        # word cost as much as the rest of the rule): the keys, then the keys with an ending
        ended = _with_endings()
        hits = [(w, w) for w in table.keys() & positions.keys()]
        hits += [(w, ended[w]) for w in ended.keys() & positions.keys() if w not in table]
        for w, key in hits:
            for i in positions[w]:
                token = words[i]
                if token.text.isupper() or in_address(prose, token.start, token.end):
                    continue  # all capitals: an acronym or gene symbol ("GALNS"), not "GALÁNS"
                if chrome_label(doc, token.start, token.end):
                    continue
                written = token.text[: len(key)]
                rest = token.text[len(key) :]
                readings = tuple(_cased(a, written) + rest for a in table[key])
                fix = None
                if len(readings) == 1:
                    fix = Fix(
                        (Edit(token.start, token.start + len(key), _cased(table[key][0], written)),),
                        f"write {readings[0]!r}",
                        safe=False,
                    )
                found.append(
                    Finding(
                        token.start,
                        token.end,
                        f"“{token.text}” has lost its accented letters: “{'” or “'.join(readings)}”",
                        readings,
                        fix,
                    )
                )
        found.sort(key=lambda f: f.start)
        yield from found
