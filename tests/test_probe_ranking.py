"""A sequence's probe set is chosen by how common its probes are in English (``matching._commonness``).

Where a pattern needs one of several literal runs or groups, any of them is a correct probe set: every
match holds one probe of each. Which set is chosen decides only which texts and stretches are searched,
so "defy|disobey|ignore" is chosen over "must|should|have to" (the words of the word-frequency table),
not the set whose shortest probe is longest. Every loaded pattern, searched through its derived probes,
must find what its plain form (no probes: every block searched) finds.
"""

from __future__ import annotations

import re

from parity_texts import loaded_probed_patterns, medquad_answers, random_strings, rule_and_corpus_texts

from medlint.formats import load_document
from medlint.text.matching import ProbedPattern, _probe_frequency, derive_probe_sets


def test_the_rarer_set_of_a_sequence_is_its_first_probe_set() -> None:
    # both groups have a shortest probe of four letters; "should"/"have" are far commoner than "defy"
    assert derive_probe_sets(r"\b(?:must|should|need\s+to|have\s+to)\s+(?:defy|disobey|ignore)\b") == (
        ("defy", "disobey", "ignore"),
        ("must", "should", "need", "have"),
    )
    # the same choice inside each branch of an alternation ("trust" over "cannot"/"should", "defy"
    # over "must"), the branches' sets joined; "cdc", the rarest set, first
    assert derive_probe_sets(
        r"\b(?:(?:cannot|should\s+not)\s+(?:trust|rely\s+on)|(?:must|should)\s+(?:defy|ignore))\s+the\s+cdc\b"
    ) == (("cdc",), ("trust", "rely", "defy", "ignore"), ("the",))


def test_a_probe_is_as_common_as_its_commonest_completion() -> None:
    assert _probe_frequency("defy") < _probe_frequency("stop") < _probe_frequency("should")
    assert _probe_frequency("vaccin") > _probe_frequency("autism")  # "vaccine"
    # a run inside words, left of a class ("immuni[sz]ation"): by the words that hold it
    assert _probe_frequency("ation") > _probe_frequency("immuni")
    # a phrase by its rarest word; a probe without letters as a common word
    assert _probe_frequency("rely on") == _probe_frequency("rely")
    assert _probe_frequency("%") > _probe_frequency("percent")
    assert derive_probe_sets(r"\bvaccin(?:e|ation)s?\b|\bimmuni[sz]ations?\b") == (("vaccin", "immuni"),)


def _pieces(patterns: list[ProbedPattern]) -> list[str]:
    words = sorted({w for p in patterns for s in (p.probes, *p.also) for w in s})
    pieces = [" ", " ", ". ", ", ", "\n", "\n\n", "the ", "to ", "of ", "by ", "s ", "ed "]
    for w in words:
        pieces += [f"{w} ", w.capitalize() + " ", f"{w}s "]
    return pieces


def _ranked_by_length(probes: tuple[str, ...]) -> tuple[int, int]:
    """The ranking before word frequencies: the set whose shortest probe is longest."""
    return -min(map(len, probes)), len(probes)


def test_ranked_probes_find_what_the_plain_patterns_find(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Fast path (derived probes, stretches, whole words) against the plain form (every block
    searched), for every loaded pattern whose derived probe sets the ranking changed, on the rule
    examples, the development corpus, MedQuAD answers and random strings of the probes."""
    from medlint.text import matching

    derived = [p for p in loaded_probed_patterns() if p.probes and derive_probe_sets(p.regex.pattern)]
    derived = [p for p in derived if p.probes == derive_probe_sets(p.regex.pattern)[0]]  # not by hand
    monkeypatch.setattr(matching, "_commonness", _ranked_by_length)
    patterns = [p for p in derived if derive_probe_sets(p.regex.pattern) != (p.probes, *p.also)]
    monkeypatch.undo()
    assert len(patterns) > 50
    texts = [*rule_and_corpus_texts(), *medquad_answers(100, 1)]
    texts += random_strings(_pieces(patterns), 150, seed=15, max_pieces=60)
    searched = 0
    for text in texts:
        doc = load_document(text, "markdown")
        every_block = list(range(len(doc.blocks)))
        for p in patterns:
            fast = [m.span() for m in p.finditer(doc)]
            plain = [m.span() for m in p._in_blocks(doc, every_block)]
            assert fast == plain, (p.regex.pattern, text)
            searched += bool(plain)
    assert searched > 50


def test_a_pattern_with_a_common_first_set_is_searched_where_the_rare_one_is() -> None:
    # each branch's rare verb, not its modal (by length alone: "must"/"should" of the first branch)
    p = ProbedPattern.of(
        re.compile(
            r"\b(?:we\s+(?:must|should)\s+(?:defy|ignore)|you\s+(?:must|should)\s+(?:disobey|ignore))\s+them\b",
            re.IGNORECASE,
        )
    )
    assert (p.probes, p.also) == (("defy", "ignore", "disobey"), (("them",),))
    fires = load_document("You should ask them. Now we must ignore them.\n", "text")
    assert [m.span() for m in p.finditer(fires)] == [(25, 44)]
    passes = load_document("You should ask them. We must listen to them.\n", "text")
    assert not p.could_match_doc(passes)
    assert list(p.finditer(passes)) == []


def test_table_lines_by_prefix_and_by_part_are_the_lines_a_scan_finds() -> None:
    from medlint.text import sorted_lines
    from medlint.text.sorted_lines import SortedLines

    words = sorted({f"{a}{b}{c}" for a in "abst" for b in "ahoe" for c in ("", "w", "de", "ation", "ing")})
    raw = "".join(f"{w}\t{len(w)}.{i % 10}\n" for i, w in enumerate(words)).encode()
    table = SortedLines(raw, b"\t")
    sorted_lines._STRIDE, stride = 64, sorted_lines._STRIDE  # many strides in a small table
    try:
        table._index()
    finally:
        sorted_lines._STRIDE = stride
    values = {w: f"{len(w)}.{i % 10}" for i, w in enumerate(words)}
    for part in ("a", "s", "sh", "sho", "show", "ta", "tew", "z", "ation", "de", "ing"):
        assert sorted(table.values_with_prefix(part)) == sorted(
            v for w, v in values.items() if w.startswith(part)
        )
        holders = sorted(v for w, v in values.items() if part in w)
        assert sorted(table.values_containing(part, 1000) or []) == holders
        assert table.values_containing(part, len(holders)) is not None
        if holders:
            assert table.values_containing(part, len(holders) - 1) is None
