"""Whether a word is a label of page chrome (navigation, a language switch), not the article's prose.

A crawl keeps a page's links and one-word lines: "Español", "En Español", "Türkçe". Rules that
read words for damage (a dropped accent, a name in lower case) would report the site's menu;
they ask here first.
"""

from __future__ import annotations

from ..document import PARAGRAPH, Document

#: A link label or a line of page chrome has at most this many words ("Español", "En Español").
LABEL_WORDS = 2


def chrome_label(doc: Document, start: int, end: int) -> bool:
    """The word at ``start``-``end`` is a label of page chrome, not the article's prose: the text of a
    link of one or two words in a block with no sentence in it (a navigation line), or a paragraph
    of one or two words and no sentence (a language-switch link, "En Español", as a crawl prints it
    on a line of its own). Headings and list items are content ("- Sjögren syndrome")."""
    bi = doc.block_at(start)
    if bi is None:
        return False
    block = doc.blocks[bi]
    text = doc.prose[block.start : block.end]
    if any(c in text for c in ".!?;:"):
        return False
    for lk in doc.links:
        if lk.start <= start and end <= lk.end:
            return len(doc.prose[lk.start : lk.end].split()) <= LABEL_WORDS
    return block.kind == PARAGRAPH and len(text.split()) <= LABEL_WORDS
