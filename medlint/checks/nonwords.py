"""MT106 and MT107: words run together and regular-looking forms of irregular words.

Scraped, spun and machine-translated pages lose spaces ("withtype 2
diabetes", "bloodsugar levelsare", "medicine.It") and non-native or
generated text regularises irregular words ("overcomed", "teached").
Both are found against a medical-aware dictionary (``medlint.lexicon``):
wordfreq's common English words plus the words of NIH and CDC health writing.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..diagnostic import Edit, Fix, Severity
from ..document import Document
from ..lazy_re import lazy_compile
from ..lexicon import glued_splits, is_known, wrong_inflection
from ..phrases import word_positions
from ..rule import Example, Finding, Rule

#: A lower-case word, a full stop (or ? or !) and a capitalised word with no space between:
#: not inside a URL, e-mail address, domain, file name or dotted identifier (nothing word-like
#: or dotted on either side), not after initials ("U.S.") or "e.g." (one-letter pieces).
_GLUED_SENTENCE = lazy_compile(r"(?<![\w.@/:#\\-])([a-z]{2,})([.!?])([A-Z][a-z]+)(?![\w@/\\]|\.\w)")
#: Characters beside a word that make it part of an address, tag or identifier.
_ADDRESS_CHARS = frozenset("/@#\\_.:=<>")


def unknown_lowercase_words(doc: Document) -> list[str]:
    """The document's distinct lower-case alphabetic words the dictionary lacks (cached per document).

    Both rules start from this list; most documents have none or a few.
    """
    cached = doc._cache.get("unknown_lowercase_words")
    if cached is None:
        cached = [w for w in word_positions(doc) if len(w) > 3 and w.isalpha() and not is_known(w)]
        doc._cache["unknown_lowercase_words"] = cached
    return cached


def _in_address(doc: Document, start: int, end: int) -> bool:
    src = doc.source
    before = src[start - 1] if start > 0 else " "
    after = src[end] if end < len(src) else " "
    return before in _ADDRESS_CHARS or (
        after in _ADDRESS_CHARS and not (after == "." and _ends_sentence(src, end))
    )


def _ends_sentence(src: str, at: int) -> bool:
    """A full stop at ``at`` followed by a space or the end: the sentence's end, not a dot in a name."""
    return at + 1 >= len(src) or src[at + 1].isspace()


class GluedWords(Rule):
    """Two words run together ("withtype 2 diabetes") or a sentence glued to the next ("medicine.It").

    Scraping drops the spaces and dashes between words and sentences, and
    spinners and careless copy-editing leave the result in place. A lower-case
    word the dictionary lacks (wordfreq's common English words and the words of
    NIH and CDC health writing) is reported when it splits into a common word
    and a function word ("levelsare", "metabolismthe") or into two common
    content words ("bloodsugar"). Words that ordinarily start or end compounds
    ("under", "non", "like", "borne") do not count as halves, and capitalised,
    mixed-case and alphanumeric tokens (drug, gene and brand names) are never
    split. A full stop between a lower-case word and a capitalised common word
    with no space is reported unless it sits in an address, a file name or
    initials. The fix inserts the space; it is safe only when the split is the
    only one.
    """

    code = "MT106"
    name = "glued-words"
    category = "translation"
    severity = Severity.WARNING
    source = (
        "Dictionary: wordfreq (Speer et al., CC BY-SA 4.0) and the words of MedQuAD's NIH and CDC answers "
        "(Ben Abacha and Demner-Fushman 2019, CC BY 4.0; build side), rules/data/lexicon/ built by "
        "scripts/build_lexicon.py; measured by benchmarks/spinning.py"
    )
    should_fire = (
        Example(
            "People withtype 2 diabetes check their bloodsugar often.",
            fixed="People with type 2 diabetes check their blood sugar often.",
        ),
        Example(
            "Ask about the medicine.It may interact with others.",
            fixed="Ask about the medicine. It may interact with others.",
        ),
        Example("<p>Their levelsare high.</p>", format="html"),
    )
    should_not_fire = (
        "People with type 2 diabetes check their blood sugar often.",
        "See www.cdc.gov/diabetes.Html for more, or e.g.The list in the U.S.Army guide.",
        "Metformin and Januvia lower glucose; BRCA1 carriers and the HbA1c test.",
        "An underactive thyroid, a nonfatal stroke and flulike symptoms.",
        Example("Use `config.Load` in the script.", format="markdown"),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        found: list[Finding] = []
        unknown = unknown_lowercase_words(doc)
        if unknown:
            words = doc.words()
            positions = word_positions(doc)
            for w in unknown:
                options = glued_splits(w)
                if not options:
                    continue
                a, b = options[0]
                for i in positions[w]:
                    token = words[i]
                    if token.text != w or _in_address(doc, token.start, token.end):
                        continue  # capitalised or mixed case: a name, not a glued pair
                    fixed = f"{a} {b}"
                    found.append(
                        Finding(
                            token.start,
                            token.end,
                            f"“{w}” looks like two words run together: “{fixed}”",
                            tuple(f"{x} {y}" for x, y in options),
                            Fix(
                                (Edit(token.start, token.end, fixed),),
                                f"split into {fixed!r}",
                                safe=len(options) == 1,
                            ),
                            data={"split": [a, b], "kind": "run-together"},
                        )
                    )
        for m in _GLUED_SENTENCE.finditer(doc.prose):
            first, second = m.group(1), m.group(3)
            if not is_known(first) or not is_known(second.lower()) or second.lower() in _TLDS:
                continue
            dot = m.start(2)
            found.append(
                Finding(
                    m.start(),
                    m.end(),
                    f"no space after “{m.group(2)}” in “{m.group()}”: two sentences run together",
                    (f"{first}{m.group(2)} {second}",),
                    Fix((Edit(dot + 1, dot + 1, " "),), "add the space", safe=True),
                    data={"kind": "sentence"},
                )
            )
        found.sort(key=lambda f: f.start)
        yield from found


#: Domain endings that follow a dot in a name written with a capital ("Example.Com").
_TLDS = frozenset("com org net gov edu info io uk us ca au int mil biz".split())


class WrongInflection(Rule):
    """A regular ending on an irregular word ("overcomed", "teached", "tooths").

    Machine translation, spinners and non-native writers apply the regular
    ending to verbs and nouns that take an irregular one. The forms come from
    WordNet's exception lists: a regular-looking form of a common irregular
    word is reported when it is not itself a word (absent from wordfreq's
    list and from clean reference text). Only lower-case tokens are checked
    (the capitalised "Childs" is a surname). The suggestion is the irregular
    form; which one (past or participle) depends on the sentence, so it is
    not applied automatically.
    """

    code = "MT107"
    name = "wrong-inflection"
    category = "translation"
    severity = Severity.WARNING
    source = (
        "WordNet 3.0 exception lists verb.exc and noun.exc (Princeton University, WordNet licence); "
        "rules/data/lexicon/inflections.tsv built by scripts/build_lexicon.py"
    )
    should_fire = (
        "Most patients overcomed the infection within a week.",
        "The nurse teached her how to inject insulin.",
    )
    should_not_fire = (
        "Most patients overcame the infection within a week.",
        "The nurse taught her how to inject insulin.",
        "Dr Childs reviewed the results.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        unknown = unknown_lowercase_words(doc)
        if not unknown:
            return
        words = doc.words()
        positions = word_positions(doc)
        for w in unknown:
            found = wrong_inflection(w)
            if found is None:
                continue
            base, forms = found
            for i in positions[w]:
                token = words[i]
                if token.text != w:
                    continue
                yield Finding(
                    token.start,
                    token.end,
                    f"“{w}” is not a word: “{base}” is irregular ({', '.join(forms)})",
                    forms,
                    Fix((Edit(token.start, token.end, forms[0]),), f"replace with {forms[0]!r}", safe=False),
                    data={"base": base},
                )
