"""HTML character references in running text, decoded before the page is parsed, with a map back to the file.

The prose view keeps the source's length, so a reference the parser decodes in place becomes its character padded
with spaces: "don&#8217;t" read as "don’      t", "Parkinson&rsquo;s disease" as "Parkinson’      s disease",
"Studies&nbsp;show" as "Studies      show". Every rule then meets a word cut in two or a run of spaces where a
phrase has one, and WordPress writes its apostrophes and dashes as such references on every page. So an HTML
page is first decoded: each reference in text (not inside a tag, a comment, a script or a style) that stands for
one character is replaced by it, and ``origin`` keeps, for each offset of the decoded text and for its end, the
offset in the file. The Document's ``position`` and ``file_text`` read through it, so every diagnostic still names
the file's lines, columns and text; a fix's edits are mapped the same way. A reference for "<", ">" or "&" is left
to the parser (decoded it would read as markup).
"""

from __future__ import annotations

import html
import re
from array import array

#: A character reference ending in ";" (numeric, hex or named), a tag, a comment, or a script or style element:
#: the last three are passed over whole.
_TOKEN = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|<!--.*?(?:-->|\Z)"
    r"|<(?P<raw>script|style)\b.*?(?:</(?P=raw)\s*>|\Z)"
    r"|<[^>]*>",
    re.IGNORECASE | re.DOTALL,
)
#: What a decoded reference must not become: markup, or a line end (lines must stay the file's).
_KEEP = frozenset("<>&\n\r")


def decode_text_references(source: str) -> tuple[str, array[int]] | None:
    """The page with its text's one-character references decoded, and the offset map (one entry per character
    of the decoded text, and one for its end, as 4-byte offsets: a list would hold an int object per character);
    None when there is nothing to decode."""
    if "&" not in source:
        return None
    pieces: list[str] = []
    origin = array("I")
    last = 0
    for m in _TOKEN.finditer(source):
        if m.group()[0] != "&":
            continue
        char = html.unescape(m.group())
        if len(char) != 1 or char == m.group() or char in _KEEP:
            continue
        pieces.append(source[last : m.start()])
        origin.extend(range(last, m.start()))
        pieces.append(char)
        origin.append(m.start())
        last = m.end()
    if not pieces:
        return None
    pieces.append(source[last:])
    origin.extend(range(last, len(source) + 1))
    return "".join(pieces), origin
