"""MT107 wrong-inflection: A regular ending on an irregular word ("overcomed", "teached", "tooths")."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Finding, Rule
from ...text.lexicon import wrong_forms, wrong_inflection


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
        positions = doc.word_index
        present = wrong_forms().intersection(doc.word_set)
        if not present:
            return
        words = doc.words()
        for w in sorted(present, key=lambda x: positions[x][0]):
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
