"""What the claim rules that judge reported research share: where a mention of research counts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import HEADING, Document
from ...evidence.claim_structure import in_boilerplate
from ...evidence.context import claim_context
from ...text.matching import ProbedPattern


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
