"""What the claim rules that judge reported research share: where a mention of research counts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import HEADING, PARAGRAPH, Document
from ...evidence.claim_structure import in_boilerplate
from ...evidence.context import claim_context
from ...text.matching import ProbedPattern

# the longest title line read as a headline when the format did not mark it as a heading
_HEADLINE_WORDS = 30


def has_headline(doc: Document) -> bool:
    """Whether the document's first block is its headline: a heading, or a single line standing
    alone before the body with no final full stop. Plain text takes a line of up to twelve words
    for a heading; a press release's title is often longer ("Eating Foods High in Vitamin C Cuts
    Risk of Cataract Progression by a Third") and is still the headline, not the opening sentence."""
    blocks = doc.blocks
    if len(blocks) < 2:
        return False
    first = blocks[0]
    if first.kind == HEADING:
        return True
    text = doc.prose[first.start : first.end].rstrip()
    return (
        first.kind == PARAGRAPH
        and "\n" not in text
        and len(text.split()) <= _HEADLINE_WORDS
        and text[-1:] not in ".!:"
    )


def reported_research(doc: Document, pattern: ProbedPattern) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` where the article itself reports research.

    A heading names a topic, boilerplate (a press release's "About" block) is
    not the story, and a mention that is negated, quoted, hypothetical or
    attributed is not the article's own report; CL116 and CL118 judge only
    what is left.
    """
    for m in pattern.finditer(doc):
        bi = doc.block_at(m.start())
        if bi is None or doc.blocks[bi].kind == HEADING or in_boilerplate(doc, m.start()):
            continue
        if claim_context(doc, m.start(), m.end()).suppressed:
            continue
        yield m
