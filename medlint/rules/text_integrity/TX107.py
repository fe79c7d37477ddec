"""TX107 fullwidth-punctuation: Chinese or Japanese punctuation marks left in English text ("body（especially", "，")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import PARAGRAPH, Document
from ...rule import Example, Finding, Rule
from ...text.quotes import in_embedded_post
from ...text.scripts import foreign_letter_share, script_of

#: Marks of CJK text with no compatibility mapping to an English mark, and the English mark.
_CJK_MARKS = {
    "\u3001": ",",  # ideographic comma (enumeration)
    "\u3002": ".",  # ideographic full stop
    "\u3008": "\u2018",
    "\u3009": "\u2019",
    "\u300a": "\u201c",  # double angle brackets: titles
    "\u300b": "\u201d",
    "\u300c": "\u201c",  # corner brackets: quotations
    "\u300d": "\u201d",
    "\u300e": "\u2018",
    "\u300f": "\u2019",
    "\u3010": "[",
    "\u3011": "]",
    "\u3014": "(",
    "\u3015": ")",
}
#: Fullwidth ASCII forms (U+FF01-U+FF5E), the ideographic space and the marks above, in runs.
_MARKS = re.compile(
    "[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e\u3000\u3001\u3002\u3008-\u3011\u3014\u3015]+"
)
_OPENERS = frozenset("([{\u201c\u2018")
#: A tilde standing alone between a word and the next, the ASCII form of the wave dash (～) that Chinese and
#: Japanese informal writing ends a clause with ("it doesn't happen often ~ ~ It should be said", "through our own
#: attention ~ First of all"); a tilde before a number ("~5 mg") means "about" and has no space after it
_WAVE_DASH = re.compile(r"(?<=[\w.,!?~] )~+(?: ~+)*(?= [\w\"\u201c]| *$)", re.MULTILINE)


def english_mark(mark: str) -> str:
    """The English counterpart of one fullwidth or CJK mark (NFKC maps the fullwidth forms)."""
    return _CJK_MARKS.get(mark) or unicodedata.normalize("NFKC", mark)


class FullwidthPunctuation(Rule):
    """Chinese or Japanese punctuation marks left in English text ("body（especially", "，").

    Text machine-translated from Chinese or Japanese, or pasted from a page in
    those languages, keeps the source's punctuation: the fullwidth comma and
    brackets, the ideographic full stop, corner and title brackets, the wide
    space. They look almost right, but they carry their own width, break
    spacing ("body（especially"), and are read out or skipped by screen readers
    and search. Marks beside Chinese or Japanese words belong to that text
    (MT114 reports untranslated words) and are left alone, as is a document
    mostly in those scripts, and an embedded social post (a block with its
    credit line, "— Jane Roe (@janeroe) May 23, 2020"): the poster typed the
    marks, and a page that quotes the post as evidence must keep them.

    The fix writes the English mark, with the space English puts after a comma
    or a closing bracket and before an opening one; it is safe because the
    wording does not change.

    The wave dash typed as an ASCII tilde is the same leftover: a "~" standing
    alone between words in a paragraph's running text ("it doesn't happen often
    ~ ~ It should be said ...", "through our own attention ~ First of all"),
    where informal Chinese and Japanese end a clause. A tilde before a number
    ("~5 mg", about five) and one in a list item or a heading, where it
    separates ("Opening Theme ~ Tina"), are left; a tilde between two numbers
    is a range written the CJK way ("5 ~ 10 mg") and is reported as one. No
    fix is offered, since the right English mark depends on the sentence.
    """

    code = "TX107"
    name = "fullwidth-punctuation"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "Unicode Standard Annex #11, East Asian Width (fullwidth forms are for CJK text); "
        "Chicago Manual of Style, 17th ed., chapter 6 (punctuation: one space after a mark, none before)"
    )
    should_fire = (
        Example(
            "Rest is important，especially after surgery.",
            fixed="Rest is important, especially after surgery.",
        ),
        Example(
            "Drink fluids（water or broth）to stay hydrated.",
            fixed="Drink fluids (water or broth) to stay hydrated.",
        ),
        Example("<p>Take one tablet daily。</p>", format="html"),
        Example("Everyone is the same patient ~ ~ I have it, but not often ~ It should be said."),
    )
    should_not_fire = (
        "Rest is important, especially after surgery.",
        "Lianhua Qingwen（连花清瘟）is sold as a herbal remedy.",
        Example("Use `a，b` in the template.", format="markdown", note="code is not prose"),
        Example("Take ~5 mg a day.\n\n- Opening Theme ~ Tina\n", note="about five; a list item's separator"),
        Example(
            "Videos like this one spread:\n\nvideo from a hospital，patient collapses. pic.twitter.com/ogD2D2ZrJH\n"
            "\u2014 Jane Roe (@janeroe) January 23, 2020\n\nNone showed the virus.",
            note="an embedded post keeps its author's marks",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if " ~" in prose:
            yield from _wave_dashes(doc)
        if prose.isascii():
            return
        runs = list(_MARKS.finditer(prose))
        if not runs or foreign_letter_share(prose) > 0.5:
            return
        for m in runs:
            if _beside_cjk(prose, m.start(), m.end()) or in_embedded_post(doc, m.start()):
                continue
            replacement = _replacement(prose, m.start(), m.end())
            shown = repr(m.group()) if m.group().strip("\u3000") else "ideographic space (U+3000)"
            english = repr(replacement.strip()) if replacement.strip() else "a normal space"
            yield Finding(
                m.start(),
                m.end(),
                f"fullwidth punctuation {shown} from Chinese or Japanese text: use {english}",
                (replacement,),
                Fix((Edit(m.start(), m.end(), replacement),), "use the English marks", safe=True),
            )


def _wave_dashes(doc: Document) -> Iterable[Finding]:
    """Tildes standing alone in a paragraph's running text, where Chinese or Japanese wrote a wave dash; a list
    item or a heading may use one as a separator ("Opening Theme ~ Tina")."""
    for m in _WAVE_DASH.finditer(doc.prose):
        bi = doc.block_at(m.start())
        if bi is None or doc.blocks[bi].kind != PARAGRAPH or in_embedded_post(doc, m.start()):
            continue
        prose = doc.prose
        if prose[m.start() - 2 : m.start() - 1].isdigit() and prose[m.end() + 1 : m.end() + 2].isdigit():
            yield Finding(
                m.start(),
                m.end(),
                "a range written with a tilde, as Chinese and Japanese write it (5～10): use an en dash or 'to'",
                ("\u2013", "to"),
            )
            continue
        yield Finding(
            m.start(),
            m.end(),
            f"{m.group()!r} used as punctuation, as Chinese and Japanese informal writing uses the wave dash "
            "(～): end the sentence with a full stop, or use a comma or a dash",
            (".",),
        )


def _beside_cjk(prose: str, start: int, end: int) -> bool:
    """True when the nearest letter on either side (spaces skipped) is Chinese, Japanese or Korean."""
    before = prose[max(0, start - 200) : start].rstrip()
    after = prose[end : end + 200].lstrip()
    return any(
        text and script_of(text[i]) in {"Chinese", "Japanese", "Korean"}
        for text, i in ((before, -1), (after, 0))
    )


def _replacement(prose: str, start: int, end: int) -> str:
    """The run in English marks, with a space after a separator or closer and before an opener."""
    marks = "".join(english_mark(c) for c in prose[start:end])
    marks = re.sub(" +", " ", marks)
    stripped = marks.strip()
    if not stripped:
        return " "
    before_char = prose[start - 1] if start else ""
    after_char = prose[end] if end < len(prose) else ""
    out = stripped
    if stripped[0] in _OPENERS and before_char.isalnum():
        out = " " + out
    if stripped[-1] not in _OPENERS and after_char.isalnum():
        out = out + " "
    return out
