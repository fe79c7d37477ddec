"""Writing systems of letters: which script a letter belongs to, and Latin look-alikes.

Two translation rules need to know the script of a letter: MT114 finds text
left in the source language's script (Chinese, Russian, Korean...) in an
English article, and MT115 finds words that mix Latin letters with Cyrillic or
Greek look-alikes. Python's ``unicodedata`` has no script property, so the
scripts are the Unicode blocks that hold their letters; only letters are
classified (``str.isalpha``), so punctuation and digits in those blocks are
never counted.
"""

from __future__ import annotations

from .lazy_re import lazy_compile

#: Unicode block ranges of the scripts an English health article should not contain
#: as running text. Greek is here for whole words only: single Greek letters
#: (α-synuclein, β-blocker, TNF-α) are scientific symbols in English.
SCRIPT_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "Chinese": ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F)),
    "Japanese": ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F)),
    "Korean": ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)),
    "Cyrillic": ((0x0400, 0x052F),),
    "Greek": ((0x0370, 0x03FF), (0x1F00, 0x1FFF)),
    "Arabic": ((0x0600, 0x06FF), (0x0750, 0x077F)),
    "Hebrew": ((0x0590, 0x05FF),),
    "Thai": ((0x0E00, 0x0E7F),),
    "Devanagari": ((0x0900, 0x097F),),
}

_BOUNDS = sorted((lo, hi, name) for name, ranges in SCRIPT_RANGES.items() for lo, hi in ranges)


def script_of(char: str) -> str | None:
    """The script name of a letter outside Latin, or None for Latin letters and non-letters."""
    if char.isascii() or not char.isalpha():
        return None
    code = ord(char)
    for lo, hi, name in _BOUNDS:
        if lo <= code <= hi:
            return name
    return None


#: A run of letters from the blocks above (and the ideographic iteration and prolonged-sound
#: marks that sit inside Japanese words), allowing the spaces and marks that join the
#: words of one phrase.
_CLASS = "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi, _ in _BOUNDS)
FOREIGN_RUN = lazy_compile(f"[{_CLASS}\u3005\u30fc]+(?:[ \u3000\u00b7\u30fb'-]*[{_CLASS}\u3005\u30fc]+)*")


def foreign_letter_share(prose: str) -> float:
    """The share of the letters of ``prose`` that are in one of the scripts above.

    Above one half the document is not an English article, and the rules that
    look for another script's leftovers in English text have nothing to say.
    """
    if prose.isascii():
        return 0.0
    foreign = sum(sum(c.isalpha() for c in m.group()) for m in FOREIGN_RUN.finditer(prose))
    letters = sum(c.isalpha() for c in prose)
    return foreign / letters if letters else 0.0


#: Cyrillic and Greek letters drawn exactly like a Latin letter in common fonts, with that
#: letter (Unicode's confusables.txt, the subset for the Latin alphabet). Greek lower-case
#: letters other than omicron are left out: "TNFα" and "Aβ" are meant as Greek.
LATIN_LOOKALIKE: dict[str, str] = {
    # Cyrillic lower case
    "а": "a", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "о": "o", "р": "p",
    "ԛ": "q", "ѕ": "s", "ԝ": "w", "х": "x", "у": "y",
    # Cyrillic upper case
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K",
    "М": "M", "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "Ү": "Y",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o",
}  # fmt: skip
