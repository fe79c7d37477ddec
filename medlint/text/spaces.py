"""Spaces other than U+0020 between words, read as a plain space.

Web pages and word processors put other spaces between words: the no-break space (U+00A0, an HTML page's
``&nbsp;`` once decoded, a word processor's fixed space), the typographic spaces U+2000-U+200A, the narrow
no-break space (U+202F) and the medium mathematical space (U+205F). Rules read the prose view with a plain
space between words ("studies show", "the the"); a page that sets "Studies\u00a0show" says the same. The format
loader's prose view therefore reads each as U+0020 (one character for one, so offsets stay the source's), and
the rules that compare the source with the prose view to find blanked markup compare through
:func:`plain_spaces`, so that such a space is not taken for markup. The ideographic space (U+3000) is left to
the text it stands in, which the CJK readings see.
"""

from __future__ import annotations

import re

#: The spaces read as U+0020.
OTHER_SPACES = "\u00a0\u202f\u205f" + "".join(chr(c) for c in range(0x2000, 0x200B))
#: Every character a rule may take for a space between words in the source.
SPACES = " " + OTHER_SPACES
_OTHER_SPACE_RE = re.compile(f"[{OTHER_SPACES}]")
_PLAIN = {ord(c): " " for c in OTHER_SPACES}


def has_other_spaces(text: str) -> bool:
    """Whether ``text`` holds a space other than U+0020 (a cheap test before :func:`plain_spaces`)."""
    return _OTHER_SPACE_RE.search(text) is not None


def plain_spaces(text: str) -> str:
    """``text`` with every space of ``OTHER_SPACES`` read as U+0020 (the same length)."""
    return text.translate(_PLAIN) if _OTHER_SPACE_RE.search(text) else text
