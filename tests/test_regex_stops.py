"""``regex_stops``: the punctuation a pattern can never match, and ``ProbedPattern.finditer``
searching only the stretches between such characters that hold a probe, which must find
exactly what a search of the whole block finds."""

from __future__ import annotations

import random
import re

import pytest
from parity_texts import loaded_probed_patterns

from medlint.document import Document
from medlint.formats import load_document
from medlint.registry import default_registry
from medlint.text.matching import ProbedPattern, _case_exotic, blocks_holding
from medlint.text.regex_stops import CANDIDATES, stop_chars


@pytest.mark.parametrize(
    ("pattern", "flags", "stops"),
    [
        (r"\bstudies\s+show\b", 0, '.,;:!?()[]"\u201c\u201d'),  # \s matches a newline
        (r"\bcure\b", 0, CANDIDATES),
        (r"\bfoo(?!,)", 0, '.;:!?()[]"\u201c\u201d\n'),  # a lookahead that can see a comma
        (r"[^.!?]{0,60}\bbar", re.IGNORECASE, ".!?"),
        (r"(?i)\bbar[^.]", 0, "."),
        (r"(?<=, )cure", 0, '.;:!?()[]"\u201c\u201d\n'),
        (r"don.t", 0, ""),  # "." matches every stop
        (r"\bx(?=\W)", 0, ""),
        (r"\bend\.$", 0, ""),  # an end anchor matches at a cut, not at the stop
        (r"\bend\Z", 0, ""),
        (r"(a)\1", 0, ""),  # a back-reference is not analysed
        (r"(?(1)a|b)", 0, ""),
    ],
)
def test_stop_characters_of_patterns(pattern: str, flags: int, stops: str) -> None:
    assert stop_chars(pattern, flags) == stops


def _plain(p: ProbedPattern, doc: Document) -> list[tuple[int, int]]:
    """The matches of a whole-block search (``_in_blocks``) of the blocks ``finditer`` would take."""
    blocks = blocks_holding(doc, p.probes, p.also) if p.probes else None
    if blocks is None or _case_exotic(doc.lower):
        blocks = list(range(len(doc.blocks)))
    return [m.span() for m in p._in_blocks(doc, blocks)]


_WORDS = (
    "studies show that the new study found cures cure cured researchers said no link evidence in mice "
    "5G towers big pharma drug companies hide the truth 90 percent of patients improved published in "
    "the Journal of Medicine detox tea flushes toxins vaccines cause autism doctors don't want you "
    "to know this miracle herb heals diabetes naturally type 2 lab vitro"
).split()
_MARKS = [
    " ",
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "; ",
    ": ",
    "! ",
    "? ",
    " (",
    ") ",
    ' "',
    '" ',
    "\n",
    "\n\n",
    ".",
    ",",
]


def _generated_texts(n: int, seed: int = 11) -> list[str]:
    """Words of the patterns' lexicons with clause marks between them at random, so that
    stretches start and end right beside matches."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(5, 60)):
            word = rng.choice(_WORDS)
            parts.append(word.capitalize() if rng.random() < 0.2 else word)
            parts.append(rng.choice(_MARKS))
        out.append("".join(parts))
    return out


def _documents() -> list[Document]:
    default_registry()
    texts = []
    for rule in default_registry().rules.values():
        for ex in (*rule.should_fire, *rule.should_not_fire):
            texts.append(ex if isinstance(ex, str) else ex.text)
    docs = [load_document(t, "text") for t in texts]
    docs += [load_document(t, "markdown") for t in texts[::3]]
    docs += [load_document(t, "text") for t in _generated_texts(120)]
    docs += [
        load_document("| studies show it cures | no link, in mice |\n|---|---|\n| a | b |\n", "markdown"),
        load_document("Studies show,it cures.Researchers said: no link (in mice).", "text"),
        load_document("\u0130stanbul studies show cures; d\u0131et cures it.", "text"),
    ]
    return docs


def test_stretch_search_finds_what_the_block_search_finds() -> None:
    """Every probed pattern of the built-in rules (and a few written to see past a stop with a
    lookahead or a boundary), over rule examples and generated texts: the same matches."""
    docs = _documents()  # every rule module and pack loaded
    # distinct patterns only: in a whole test run the packs are loaded many times, and every copy
    # compared on every text made this test grow with the suite
    patterns = [p for p in loaded_probed_patterns() if p.probes]
    patterns += [
        ProbedPattern(re.compile(r"\bcures?\b(?=\s*[.,])"), ("cure",)),
        ProbedPattern(re.compile(r"\bcures?(?!\s*[.,])"), ("cure",)),
        ProbedPattern(re.compile(r"(?<=[.,] )cures?\b", re.IGNORECASE), ("cure",)),
        ProbedPattern(re.compile(r"\bno\s+link\b[^.]*"), ("link",)),
        ProbedPattern(re.compile(r"\bcures?$"), ("cure",)),  # no stops: searched whole
        ProbedPattern(re.compile(r"(?m)\bcures?$"), ("cure",)),
    ]
    with_stops = [p for p in patterns if p.stops]
    assert len(with_stops) > 100
    narrowed = 0
    for doc in docs:
        for p in patterns:
            spans = [m.span() for m in p.finditer(doc)]
            assert spans == _plain(p, doc), (p.regex.pattern, doc.source)
            narrowed += bool(spans)
    assert narrowed > 200  # the texts hold matches, so the comparison means something


def test_stretch_search_of_a_text_or_a_stretch_of_it_finds_what_finditer_finds() -> None:
    """``finditer_stretches`` (whole texts, their lower-cased form, blocks and random stretches,
    searched with pos/endpos; stop offsets found per call or once per document) gives
    ``regex.finditer`` over the same text and offsets."""
    from medlint.text.matching import finditer_stretches

    docs = _documents()
    patterns = [p for p in loaded_probed_patterns() if p.probes and p.stops]
    rng = random.Random(3)
    compared = 0
    for doc in docs[::8]:
        regions = [(0, len(doc.prose))] + [(b.start, b.end) for b in doc.blocks]
        start = rng.randint(0, len(doc.prose))
        regions.append((start, rng.randint(start, len(doc.prose))))
        for p in patterns:
            for text in (doc.prose, doc.lower):
                for start, end in regions:
                    plain = [m.span() for m in p.regex.finditer(text, start, end)]
                    for known in (None, doc):  # stops found in the text, or once for the document
                        fast = finditer_stretches(p.regex, p.probes, p.also, text, None, start, end, known)
                        assert [m.span() for m in fast] == plain, (p.regex.pattern, text, start, end)
                    compared += bool(plain)
    assert compared > 100


def test_stop_offsets_are_shared_by_the_prose_and_its_lower_cased_form() -> None:
    """``_StopPositions`` reads the lower-cased prose's stops from the prose's when lower-casing
    kept the length; that holds because no character but a stop itself lower-cases to anything
    holding a stop, and a stop lower-cases to itself (every code point checked)."""
    from medlint.text.matching import _stop_class, _StopPositions

    stops = frozenset(CANDIDATES)
    assert all(ch.lower() == ch for ch in CANDIDATES)
    assert not [c for c in map(chr, range(0x110000)) if c not in stops and stops.intersection(c.lower())]
    texts = [
        "\u0130stanbul studies show cures; d\u0131et cures it.",  # lower-casing lengthens: found apart
        "\u00c9TUDE (\u0391\u0392\u0393): \u201cCURES\u201d, [x]!\nNext? \u1e9e.",  # one for one
    ]
    for doc in [*_documents()[::5], *(load_document(t, "text") for t in texts)]:
        positions = _StopPositions(doc)
        for subset in (CANDIDATES, '.,;:!?()[]"\u201c\u201d', ".!?", "\n"):
            for lowered, text in ((True, doc.lower), (False, doc.prose)):
                expected = [m.start() for m in _stop_class(subset).finditer(text)]
                assert list(positions.of(subset, lowered)) == expected, (subset, lowered, doc.source)


def test_sentence_patterns_keep_their_sentence_stops() -> None:
    """Patterns searched sentence by sentence must not read a full stop, even in a lookahead.

    CL106's research pattern once gained an opinion lookahead naming "." and lost its stops:
    it was then searched block by block, 20% slower, with the same findings.
    """
    from medlint.evidence import sources
    from medlint.rules.claims import CL106

    for pattern in (CL106._RESEARCH, sources._ACRONYM_MEETING, sources._TOLD_SOCIETY):
        assert ";" in pattern.stops and "?" in pattern.stops, pattern.regex.pattern[:60]
    assert "." in CL106._RESEARCH.stops


def test_a_patterns_stops_are_derived_once_per_process_with_the_cache_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``pattern_stops`` is asked once per search; with the start-up cache off (or unwritable) it
    must not parse the pattern again on every call (a default run asks it 200,000 times)."""
    from medlint import cache
    from medlint.text import matching

    monkeypatch.setenv(cache.ENV_OFF, "1")
    cache.reset()
    calls: list[tuple[str, int]] = []

    def counting(pattern: str, flags: int) -> str:
        calls.append((pattern, flags))
        return stop_chars(pattern, flags)

    monkeypatch.setattr(matching, "stop_chars", counting)
    regex = re.compile(r"\bpattern seen once per process\b[^.]*")
    first = matching.pattern_stops(regex)
    assert [matching.pattern_stops(regex) for _ in range(5)] == [first] * 5
    assert calls == [(regex.pattern, int(regex.flags))]
    cache.reset()
