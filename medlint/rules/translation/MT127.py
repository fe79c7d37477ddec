"""MT127 bogus-contraction: "n't" or "'t" on a word that takes no contraction ("gained't" for "won't")."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import Document
from ...rule import Finding, Rule
from ...text.lazy_re import lazy_compile

#: "'t" (straight or curly apostrophe) ending a token: the literal is searched first, which the engine finds
#: fast, and the word's letters are read back from it.
_T_MARK = lazy_compile(r"['\u2019]t\b")
#: The word before the mark: letters after anything but a word character or an apostrophe.
_WORD_BEFORE = lazy_compile(r"(?<![\w'\u2019])[A-Za-z]+$")

#: What English writes before "'t": the auxiliaries that take "n't" (written with their "n": "didn"),
#: "can" and "won" (can't, won't), and "ain", "shan"; the archaic "'tis"/"'twas" have the mark first.
_STEMS = frozenset(
    "don doesn didn isn aren wasn weren hasn haven hadn couldn shouldn wouldn mustn mightn needn daren "
    "oughtn mayn shan ain can won".split()
)

#: The past tense a thesaurus offers for "won" (of winning): a spinner's "won't" becomes "gained't".
_WON_SYNONYMS = frozenset(
    "gained earned received obtained acquired got secured achieved captured attained scored".split()
)


class BogusContraction(Rule):
    """ "n't" or "'t" on a word that takes no contraction ("gained't" for "won't").

    English attaches "n't" only to its auxiliaries ("don't", "wouldn't") and
    to "can" and "won" ("can't", "won't"); no other word ends in "'t". An
    article spinner that swaps words for thesaurus synonyms one at a time
    reads "won't" as "won" (of winning) plus "'t" and writes "gained't",
    "received't"; a translation or a careless edit leaves "thank't" or
    "let't". The rule reads that structure alone, with no list of the
    damaged forms: a word before "'t" that is no auxiliary. Where the word
    is a thesaurus's synonym of "won" the suggestion is "won't"; otherwise
    the writer must say what was meant. Words the apostrophe joins to a name
    (O'Toole) or a quotation (the 't of "'tis") are not read: the mark must
    follow letters and end the token with "t". A known word run into a real
    contraction by a lost space ("immediatelydon't", a crawl's) is reported as
    such, with the split as the suggestion.
    """

    code = "MT127"
    name = "bogus-contraction"
    category = "translation"
    severity = Severity.WARNING
    source = (
        "English contraction grammar (Quirk et al. 1985, A Comprehensive Grammar of the English Language, 3.23): "
        "n't attaches to operators only; the spinner's 'gained't' read off an s36 spun health page"
    )
    should_fire = (
        "You gained\u2019t want to miss these tips for a healthy heart.",
        "Most people received't notice the symptoms at first.",
    )
    should_not_fire = (
        "You won\u2019t want to miss these tips, and you can't skip them; don't, won't, shan't, ain't.",
        "Peter O'Toole, 'tis the season, and the rock 'n' roll era.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if "'t" not in prose and "\u2019t" not in prose:
            return
        for t in _T_MARK.finditer(prose):
            w = _WORD_BEFORE.search(prose, max(0, t.start() - 40), t.start())
            if w is None:
                continue
            start, end, stem = w.start(), t.end(), w.group()
            if stem.lower() in _STEMS:
                continue
            written, mark = prose[start:end], prose[t.start()]
            glued = _glued_stem(stem)
            if glued is not None:
                # a word run into a contraction by a lost space ("immediatelydon't"): the crawl's
                head = stem[: len(stem) - len(glued)]
                yield Finding(
                    start,
                    end,
                    f"“{written}”: “{head}” is run into “{glued}{mark}t” with no space between",
                    (f"{head} {glued}{mark}t",),
                )
                continue
            suggestions = (f"won{mark}t",) if stem.lower() in _WON_SYNONYMS else ()
            hint = (
                f": a spinner's synonym of “won” in “won{mark}t”"
                if suggestions
                else ": write the word meant, or the auxiliary with “not”"
            )
            yield Finding(
                start,
                end,
                f"“{written}” is no contraction: only an auxiliary, “can” or “won” takes “{mark}t”{hint}",
                suggestions,
            )


def _glued_stem(stem: str) -> str | None:
    """The contraction's own stem at the end of a longer word the text ran into it ("immediatelydon"),
    when what is left before it is a known word; None otherwise."""
    from ...text.lexicon import is_known

    lower = stem.lower()
    for known in sorted(_STEMS, key=len, reverse=True):
        if lower.endswith(known) and len(lower) - len(known) >= 2 and is_known(lower[: -len(known)]):
            return stem[len(stem) - len(known) :]
    return None
