"""TX132 encoding-damage: characters a wrong text encoding garbled ("doesnâ€™t", "SjÃ¶gren", "doesn?t")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Edit, Fix, Severity
from ...document import Document
from ...rule import Example, Finding, Rule
from ...text.lazy_re import lazy_compile


def _cp1252_table() -> dict[str, int]:
    """Each character a byte of 0x80-0xFF shows as when UTF-8 text is read as Windows-1252, mapped back to
    its byte. The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come through as
    the Latin-1 control character of the same number, as browsers and Python's "replace" readers pass them."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        try:
            table[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            table[chr(byte)] = byte
    return table


_BYTE_OF = _cp1252_table()
#: Characters standing for a continuation byte of UTF-8 (0x80-0xBF) once read as Windows-1252
_CONTINUATION = re.escape("".join(sorted(ch for ch, b in _BYTE_OF.items() if 0x80 <= b <= 0xBF)))
#: A lead byte of a two-byte sequence whose character English text garbles most (Latin-1 letters and signs,
#: Latin Extended-A: "Ã©" for é, "Â " for a no-break space, "Å›" for ś), or of a three-byte one that opens
#: General Punctuation, the euro sign and the trade mark ("â€™" for ’, "â€œ" for “, "â€”" for —)
_MOJIBAKE = lazy_compile(
    "(?:[\u00c2-\u00c5][" + _CONTINUATION + "]|\u00e2[" + _CONTINUATION + "]{2})",
)
#: "â€" with its third character lost: the closing double quote's last byte (0x9D) is one Windows-1252 leaves
#: undefined, and many readers drop it, so "â€" alone stands for ”
_LOST_THIRD = lazy_compile("\u00e2\u20ac(?![" + _CONTINUATION + "])")
#: Code points the decoded sequence must fall in: Latin-1's letters and signs, Latin Extended-A, general
#: punctuation (dashes, curly quotes, the ellipsis), the euro sign and the trade mark sign. A capital with an
#: accent before a curly apostrophe ("JOSÉ’S", bytes C9 92) decodes to an IPA letter and is left alone.
_PLAUSIBLE = ((0x00A0, 0x017F), (0x2010, 0x2044), (0x20AC, 0x20AC), (0x2122, 0x2122))
#: A question mark standing for an apostrophe inside a contraction or a possessive, where a page's curly
#: apostrophe met a reader that could not show it ("doesn?t", "the body?s", "you?re"): the letters after the
#: mark end the word. A query string's "?s=" is no word's end.
_QUERY_APOSTROPHE = lazy_compile(
    r"(?<=[A-Za-z])\?(?=(?:s|t|re|ll|ve|d|m)\b(?![=&/]))",
)
#: A question mark glued to the end of a word in capitals, inside a sentence (before a comma, a bracket, a hyphen or a
#: lower-case word): a Greek letter or a sign a reader could not show ("anti-IFN?, both at low doses" for IFNγ,
#: "CAMBRA?)" for a registered mark); a question ends its sentence
_LOST_SIGN = lazy_compile(r"\b[A-Z][A-Za-z0-9]*[A-Z]-?\?(?=[,;)]|[ \t]+[a-z]|-)")
#: The words before "?re", "?ll", "?ve", "?d" and "?m" whose contractions those are
_CONTRACTING = frozenset("i you we they he she it who that there what where here how".split())


def _decoded(text: str) -> str | None:
    """``text`` read back as the UTF-8 bytes it was garbled from, or None where it is no such sequence
    or decodes to a character outside ``_PLAUSIBLE``."""
    try:
        restored = bytes(_BYTE_OF[ch] for ch in text).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    point = ord(restored) if len(restored) == 1 else -1
    return restored if any(lo <= point <= hi for lo, hi in _PLAUSIBLE) else None


class EncodingDamage(Rule):
    """Characters a wrong text encoding garbled ("doesnâ€™t", "SjÃ¶gren", "doesn?t").

    A page written in UTF-8 and read as Windows-1252 (a copy through an old editor, a scraper or a
    database that guessed the encoding) shows each curly quote, dash and accented letter as two or
    three other characters: "doesnâ€™t" for "doesn’t", "â€œdieâ€" for "“die”", "SjÃ¶gren" for
    "Sjögren", "Â" before a no-break space. Such a sequence decodes back exactly, so the fix
    restores the character and is safe; only the sequences that decode to a letter, a sign or a
    punctuation mark of the ranges English text garbles are read (an accented capital before a curly
    apostrophe, "JOSÉ’S", decodes to an IPA letter and is left). A reader that could not show the
    curly apostrophe at all wrote "?" in its place: "doesn?t", "the body?s", "you?re"; the question
    mark before "t" after "n", before "s" closing a word, or before "re", "ll", "ve", "d" or "m" after
    a pronoun is read as that apostrophe, and the fix writes the apostrophe the text uses elsewhere
    (a straight one when it uses none). A question mark glued to a word in capitals inside its sentence
    ("anti-IFN?, both at low doses", "CAMBRA?)") stands for a Greek letter or a sign such as ® that the
    reader lost; it is reported with no fix, since the character is gone. On 4.9M words of MedQuAD,
    FakeHealth, the clean sentences and WMT22's human references: MedQuAD and WMT22 0; the clean
    sentences 20 garbled sequences (a journal's "Â© 2016", "MÃ©decins sans FrontiÃ¨res"); FakeHealth 4
    lost characters ("anti-IFN?", "CAMBRA?)"): each the defect.
    """

    code = "TX132"
    name = "encoding-damage"
    category = "text-integrity"
    severity = Severity.WARNING
    source = (
        "WHATWG Encoding Standard (windows-1252 decoder: the bytes of UTF-8 read as single characters); "
        "Unicode Standard §3.9 (UTF-8 well-formed byte sequences); W3C Internationalization, "
        '"Handling character encodings in HTML and CSS" (mojibake)'
    )
    should_fire = (
        Example("It doesn\u00e2\u20ac\u2122t help.", fixed="It doesn\u2019t help."),
        Example("Sj\u00c3\u00b6gren syndrome dries the eyes.", fixed="Sj\u00f6gren syndrome dries the eyes."),
        Example("It doesn?t help the body?s cells.", fixed="It doesn't help the body's cells."),
        Example("It combines anti-TNF and anti-IFN?, both at low doses."),
    )
    should_not_fire = (
        "It doesn\u2019t help. Sj\u00f6gren syndrome dries the eyes.",
        "Is it safe? Most doctors say yes.",
        "JOS\u00c9\u2019S CLINIC opened in 2010.",
        "Read more at example.org/search?s=diabetes.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if not prose.isascii():
            yield from self._garbled(prose)
        if "?" in prose:
            yield from self._question_marks(prose)
            yield from self._lost_signs(prose)

    @staticmethod
    def _garbled(prose: str) -> Iterable[Finding]:
        for m in _MOJIBAKE.finditer(prose):
            restored = _decoded(m.group())
            if restored is None:
                continue
            shown = repr(restored) if restored.isspace() else f"“{restored}”"
            yield Finding(
                m.start(),
                m.end(),
                f"“{m.group()}” is {shown} garbled by a wrong text encoding (UTF-8 read as Windows-1252)",
                (restored,),
                Fix((Edit(m.start(), m.end(), restored),), f"write {shown}", safe=True),
            )

        for m in _LOST_THIRD.finditer(prose):
            yield Finding(
                m.start(),
                m.end(),
                "“â€” is a closing quotation mark “”” (or another punctuation mark) garbled by a wrong text "
                "encoding, its last byte lost",
                ("\u201d",),
                Fix((Edit(m.start(), m.end(), "\u201d"),), "write “””"),
            )

    @staticmethod
    def _lost_signs(prose: str) -> Iterable[Finding]:
        for m in _LOST_SIGN.finditer(prose):
            yield Finding(
                m.start(),
                m.end(),
                f"“{m.group()}”: a question mark where an encoding lost a character (a Greek letter, as in "
                "IFN\u03b3, or a sign such as \u00ae)",
                (),
            )

    @staticmethod
    def _question_marks(prose: str) -> Iterable[Finding]:
        apostrophe = "\u2019" if prose.count("\u2019") > prose.count("'") else "'"
        for m in _QUERY_APOSTROPHE.finditer(prose):
            at = m.start()
            start = at
            while start > 0 and prose[start - 1].isalpha():
                start -= 1
            end = at + 1
            while end < len(prose) and prose[end].isalpha():
                end += 1
            before, after = prose[start:at].lower(), prose[at + 1 : end]
            if after == "t" and not before.endswith("n"):
                continue  # "n?t" is a negation's contraction; "what?t" is none
            if after in ("re", "ll", "ve", "d", "m") and before not in _CONTRACTING:
                continue
            word = prose[start:end]
            yield Finding(
                start,
                end,
                f"“{word}”: a question mark where an encoding lost the apostrophe",
                (f"{prose[start:at]}{apostrophe}{after}",),
                Fix((Edit(at, at + 1, apostrophe),), "write the apostrophe", safe=True),
            )
