"""A stand-in for a trained spaCy parse, for tests of the code paths a parser switches on.

The claim-scope code reads only a token's text, offset, part of speech, dependency label,
head and children; a star-shaped tree (every token hangs off one verb) is enough to put a
negation or an auxiliary where the word window cannot see it.
"""

from __future__ import annotations

from collections.abc import Callable


class FakeToken:
    """The attributes of a spaCy token that medlint's scope code reads."""

    def __init__(self, text: str, idx: int, pos: str, dep: str) -> None:
        self.text, self.idx, self.pos_, self.dep_ = text, idx, pos, dep
        self.lower_ = text.lower()
        self.head: FakeToken = self
        self.children: list[FakeToken] = []


def star_parse(
    text: str,
    is_root: Callable[[str], bool],
    dep_of: Callable[[str], str],
    other_pos: str = "X",
    strip: str = "",
    split_stop: bool = False,
) -> list[FakeToken]:
    """Tokens of ``text`` (split on spaces; a full stop its own token with ``split_stop``), the
    first token ``is_root`` accepts as the VERB every other token depends on, labelled ``dep_of``."""
    source = text.replace(".", " .") if split_stop else text
    toks: list[FakeToken] = []
    pos = 0
    for w in source.split():
        i = text.index(w, pos)
        word = w.strip(strip) if strip else w
        toks.append(FakeToken(word, i, "VERB" if is_root(word) else other_pos, "x"))
        pos = i + len(w)
    root = next(t for t in toks if t.pos_ == "VERB")
    for t in toks:
        if t is not root:
            t.head = root
            root.children.append(t)
            t.dep_ = dep_of(t.text)
    return toks
