"""Document positions, plain-text blocks and the phrase matcher."""

from __future__ import annotations

import types

import pytest

from medlint.document import HEADING, LIST_ITEM, PARAGRAPH, Document
from medlint.errors import InputError
from medlint.formats import decode, load_document
from medlint.text.matching import PhraseMatcher


def test_positions_are_code_points_with_crlf_and_emoji() -> None:
    src = "Title\r\n\r\nA 😀 fever, fever.\r\nLast line"
    doc = load_document(src, "text")
    i = src.index("fever")
    pos = doc.position(i)
    assert (pos.line, pos.column) == (3, 5)  # "A 😀 " is 4 code points (5 UTF-16 units)
    assert doc.line_span(3) == (src.index("A 😀"), src.index("\r\nLast"))
    assert doc.position(len(src)).line == 4


def test_plain_blocks_headings_lists_and_paragraphs() -> None:
    src = "Sleep and memory\n\nSleep helps memory.\nIt also helps mood.\n\n- first item here\n- second item\n"
    doc = load_document(src, "text")
    kinds = [(b.kind, doc.prose[b.start : b.end]) for b in doc.blocks]
    assert kinds == [
        (HEADING, "Sleep and memory"),
        (PARAGRAPH, "Sleep helps memory.\nIt also helps mood."),
        (LIST_ITEM, "first item here"),
        (LIST_ITEM, "second item"),
    ]
    assert doc.prose[src.index("- first")] == " "  # list markers are not prose


def test_urls_are_blank_in_prose_and_recorded_as_links() -> None:
    src = "See https://example.org/a?b=1 for details."
    doc = load_document(src, "text")
    assert len(doc.prose) == len(src)
    assert "https" not in doc.prose
    assert [link.url for link in doc.links] == ["https://example.org/a?b=1"]


def test_prose_length_mismatch_is_rejected() -> None:
    with pytest.raises(ValueError, match="one-offset-space"):
        Document(source="abc", prose="ab", format="text", blocks=[])


def test_sentences_stay_inside_blocks() -> None:
    src = "A heading without stop\n\nFirst sentence here. Second one follows."
    doc = load_document(src, "text")
    texts = [s.text for s in doc.sentences]
    assert texts == ["A heading without stop", "First sentence here.", "Second one follows."]
    for s in doc.sentences:
        assert src[s.start : s.end] == s.text


def test_decode_accepts_bom_and_rejects_binary_and_latin1() -> None:
    assert decode("\ufeffhello".encode()) == "\ufeffhello"
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\x02", "img.txt")
    with pytest.raises(InputError, match=r"img\.txt.*not valid UTF-8.*line 2"):
        decode("caf\n\xe9".encode("latin-1"), "img.txt")


def test_bom_is_blank_in_prose_but_offsets_count_it() -> None:
    src = "\ufeffFever, fever."
    doc = load_document(src, "text")
    assert doc.prose[0] == " "
    assert doc.position(src.index("Fever")).column == 2


def test_phrase_matcher_leftmost_longest_case_insensitive() -> None:
    m = PhraseMatcher([("breast cancer", "A"), ("breast", "B"), ("cancer cell", "C")])
    doc = load_document("Breast  cancer cells; breast, cancer.", "text")
    got = [(doc.source[x.start : x.end], x.value) for x in m.iter_matches(doc)]
    assert got == [("Breast  cancer", "A"), ("breast", "B")]


def test_phrase_matcher_does_not_cross_blocks_or_punctuation() -> None:
    m = PhraseMatcher([("kidney failure", 1)])
    doc = load_document("Kidney\n\nfailure. kidney - failure. kidney\nfailure", "text")
    got = [doc.source[x.start : x.end] for x in m.iter_matches(doc)]
    assert got == ["kidney\nfailure"]


@pytest.mark.parametrize(
    ("pattern", "probe"),
    [
        (r"\bcan\s+cure\b", "cure"),
        (r"\bbreakthroughs?\b(?!\s+(?:pain))", "breakthrough"),
        (r"\bcur(?:es|ed)\b", "cur"),
        (r"(?i)\btype[ -]?1\b", "type"),
        (r"colou?r", "colo"),
        (r"a|bcd", ""),
        (r"[abc]+def", "def"),
        (r"x{2}yz", ""),
    ],
)
def test_literal_probe_only_names_text_every_match_contains(pattern: str, probe: str) -> None:
    import re

    from medlint.text.matching import literal_probes

    assert literal_probes(pattern) == ((probe,) if probe else ())
    for sample in ("can cure", "Breakthroughs here", "cured", "Type-1", "color", "colour", "aadef"):
        m = re.search(pattern, sample, re.IGNORECASE)
        if m and probe:
            assert probe in m.group().lower()


def test_blank_list_marker_lines_make_no_inverted_blocks() -> None:
    for src in ("- \r\n\r\nx", "- \nabc", "-\n\n- item\r\n"):
        doc = load_document(src, "text")
        assert all(b.start < b.end for b in doc.blocks), doc.blocks


def test_fuzzed_markup_keeps_offsets_and_never_crashes() -> None:
    """Seeded random mixes of markup fragments: the prose view keeps the source's
    length, blocks are well-formed, every span is exact and no rule crashes."""
    import random

    from medlint.linter import Linter

    pieces = [
        "# ",
        "- ",
        "1. ",
        "> ",
        "|",
        "---",
        "```",
        "`",
        "<!--",
        "-->",
        "<p>",
        "</p>",
        "<b>",
        "<script>",
        "</script>",
        "&amp;",
        "&#8212;",
        "&bogus;",
        "[",
        "](",
        "http://x.org/a",
        "(",
        ")",
        "\u201c",
        "\u201d",
        '"',
        "!",
        ".",
        ",",
        " , ",
        "\n",
        "\n\n",
        "\r\n",
        "\U0001f600",
        "the the ",
        "nausea, nausea ",
        "cure ",
        "studies show ",
        "Disclaimer of",
        "{a|b}",
        "type I ",
        "type 1 ",
        "<h1>",
        "<li>",
        "<td>",
        "*",
        "_",
        "\\\\",
        "<",
        "word ",
        "Dr. ",
        "50% of patients ",
    ]
    rng = random.Random(7)
    linter = Linter()
    for _ in range(300):
        src = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 50)))
        for fmt in ("text", "markdown", "html"):
            doc = load_document(src, fmt)
            # the prose view is as long as the source it was built from: the file, or (HTML with character
            # references in its text) the file's decoded copy, whose map leads back to the file
            assert doc.original in (None, src)
            assert len(doc.prose) == len(doc.source)
            assert all(0 <= b.start < b.end <= len(doc.source) for b in doc.blocks)
            assert doc.file_offset(len(doc.source)) == len(src)
            for d in linter.lint_text(src, fmt):
                assert d.code != "ML901", d.message
                assert d.text == src[d.start.offset : d.end.offset]


@pytest.mark.parametrize(
    ("pattern", "probes"),
    [
        (r"\bcan\s+cure\b", ("cure",)),
        (
            r"\bdoes\s+not\s+constitute\s+medical\s+advice\b|\bit\s+is\s+not\s+medical\s+advice\b",
            ("constitute", "advice"),  # "advice" is a rarer word than "medical" (word frequencies)
        ),
        (r"\bnever\s+ignore|(?:delay|wait)\s+seeking", ("ignore", "seeking")),  # the longest run
        (r"a|bcd", ()),  # a branch with no probe: no probe at all
        (r"(?:x|y)zzz|[|]qqq", ("zzz", "qqq")),  # alternation inside a group or class is not top level
    ],
)
def test_literal_probes_give_one_probe_per_top_level_branch(pattern: str, probes: tuple[str, ...]) -> None:
    import re

    from medlint.text.matching import literal_probes

    assert literal_probes(pattern) == probes
    for sample in (
        "can cure",
        "this does not constitute medical advice",
        "it is not medical advice",
        "never ignore",
        "delay seeking",
        "xzzz",
        "|qqq",
    ):
        m = re.search(pattern, sample, re.IGNORECASE)
        if m and probes:
            assert any(p in m.group().lower() for p in probes)


@pytest.mark.parametrize(
    ("pattern", "sets"),
    [
        (r"\bcan\s+cure\b", (("cure",), ("can",))),
        # the rarest set first ("web"), then the others in order
        (r"\b(?:pictures?|images?)\s+from\s+(?:the\s+)?web", (("web",), ("picture", "image"), ("from",))),
        (r"\bnever\s+ignore|(?:delay|wait)\s+seeking", (("ignore", "seeking"),)),  # branches: one set
        (r"(?:cures?)?\s+(?=diabetes)fast", (("fast",),)),  # optional groups and look-arounds: none
        (r"a|bcd", ()),
    ],
)
def test_literal_probe_sets_name_every_required_literal(
    pattern: str, sets: tuple[tuple[str, ...], ...]
) -> None:
    """Every set a pattern without top-level branches needs, ``literal_probes``' choice first;
    a text lacking any one set cannot match, so ProbedPattern skips it."""
    import re

    from medlint.text.matching import ProbedPattern, literal_probe_sets, literal_probes

    assert literal_probe_sets(pattern) == sets
    assert sets[:1] == ((literal_probes(pattern),) if literal_probes(pattern) else ())
    probed = ProbedPattern.of(re.compile(pattern, re.IGNORECASE))
    assert (probed.probes, probed.also) == ((sets[0], sets[1:]) if sets else ((), ()))
    if len(sets) > 1:
        assert not probed.could_match(" ".join(sets[0]))  # the first set alone is not enough


def _builtin_rule_modules() -> list[types.ModuleType]:
    """The modules that define built-in Python rules; their globals hold the patterns (and what
    they import from shared helper modules), wherever the rule files live."""
    import sys

    from medlint.registry import default_registry

    names = {r.__module__ for r in default_registry().rules.values() if r.origin == "builtin"}
    return [sys.modules[n] for n in sorted(names)]


def test_probes_never_rule_out_a_text_the_regex_matches() -> None:
    """Every probed regex medlint ships, on every corpus article and rule example: where the
    regex matches, one of its probes is in the lower-cased text (else a finding would be lost)."""
    from pathlib import Path

    from medlint.evidence import citations, doc_kind
    from medlint.evidence.disclaimer import component_patterns
    from medlint.registry import default_registry
    from medlint.text.matching import ProbedPattern, literal_probes

    # (regex, its probes): derived ones for the disclaimer components, a ProbedPattern's own otherwise
    patterns = [(rx, literal_probes(rx.pattern)) for rx in component_patterns().values()]
    holders = [vars(rule) for rule in default_registry().rules.values()]
    holders += [vars(m) for m in (*_builtin_rule_modules(), citations, doc_kind)]
    for holder in holders:
        for value in holder.values():
            for item in value if isinstance(value, (list, tuple)) else (value,):
                if isinstance(item, ProbedPattern):
                    patterns.append((item.regex, item.probes))
                    patterns += [(item.regex, probes) for probes in item.also]  # each set is required
                for _, form in getattr(item, "forms", ()):  # consistency groups
                    patterns.append((form.regex, form.probes))
    texts = [e.text for rule in default_registry().rules.values() for group in rule.examples() for e in group]
    corpus = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus"
    texts += [p.read_text(encoding="utf-8") for p in corpus.iterdir() if p.suffix != ".yml"]
    assert len(patterns) > 15 and len(texts) > 100
    checked = 0
    for rx, probes in patterns:
        for text in texts:
            m = rx.search(text)
            if m and probes:
                checked += 1
                assert any(p in text.lower() for p in probes), (rx.pattern, probes, m.group())
    assert sum(bool(probes) for _, probes in patterns) > len(patterns) // 2
    assert checked > 100  # matches whose probes were put to the test


def test_probed_search_in_blocks_finds_what_a_whole_text_search_finds() -> None:
    """ProbedPattern.finditer searches only blocks holding a probe; on every corpus article and
    rule example, and on markup where blocks start mid-line, it finds the same matches."""
    import re
    from pathlib import Path

    from medlint.evidence import citations
    from medlint.formats import detect_format
    from medlint.registry import default_registry
    from medlint.text.matching import ProbedPattern

    probed = [p for rule in default_registry().rules.values() for p in vars(rule).get("patterns", ())]
    probed += [
        f for r in default_registry().rules.values() for g in vars(r).get("groups", ()) for _, f in g.forms
    ]
    probed += [
        v
        for m in (*_builtin_rule_modules(), citations)
        for v in vars(m).values()
        if isinstance(v, ProbedPattern)
    ]
    probed += [
        ProbedPattern.of(re.compile(r"^[ \t]*buy now", re.IGNORECASE | re.MULTILINE)),  # ^ at a list item
        ProbedPattern.of(re.compile(r"\bmiracle\b", re.IGNORECASE)),
    ]
    docs = [
        load_document(e.text, e.format)
        for r in default_registry().rules.values()
        for g in r.examples()
        for e in g
    ]
    corpus = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus"
    docs += [
        load_document(p.read_text(encoding="utf-8"), detect_format(p.name))
        for p in corpus.iterdir()
        if p.suffix != ".yml"
    ]
    docs += [
        load_document(
            "# Offer\n\n- Buy now\n- buy now, twice\n\n| a miracle | miracle |\n|---|---|\n| x | y |\n",
            "markdown",
        ),
        load_document("<ul><li>Buy now</li><li>A miracle. Another miracle.</li></ul>", "html"),
    ]
    compared = 0
    for pattern in probed:
        assert isinstance(pattern, ProbedPattern)
        for doc in docs:
            whole = (
                [m.span() for m in pattern.regex.finditer(doc.prose)]
                if pattern.could_match(doc.lower)
                else []
            )
            assert [m.span() for m in pattern.finditer(doc)] == whole, (
                pattern.regex.pattern,
                doc.source[:60],
            )
            compared += bool(whole)
    assert compared > 50
