"""The first use of a pattern derives its whole-word probe sets (``word_probes.derive_word_sets``)
and its stop characters (``regex_stops.stop_chars``); both have shortcuts (a memo of the stretches
each branch of an alternation repeats; per-character and per-category candidate hits worked out
once). These tests compare them with the plain forms on every loaded pattern and fail when a
shortcut is broken."""

from __future__ import annotations

import re

from parity_texts import loaded_probed_patterns

from medlint.text import regex_stops
from medlint.text.regex_guard import CATEGORY_ESCAPES
from medlint.text.word_probes import derive_word_sets, derive_word_sets_plain


def _patterns() -> list[tuple[str, int]]:
    return sorted({(p.regex.pattern, int(p.regex.flags)) for p in loaded_probed_patterns()})


def _compiles(pattern: str, flags: int) -> bool:
    """Whether ``re`` takes ``pattern`` with ``flags``: a pattern a test left in memory may carry a
    flag that excludes the added one (``gc`` finds it only when it has not yet been collected), and
    such a variant is no input the rules ever compile."""
    try:
        re.compile(pattern, flags)
    except (ValueError, re.error):
        return False
    return True


def test_word_sets_of_an_alternation_in_its_sequence() -> None:
    pattern = r"\b(?:rats?|mice) (?:were|are) (?:fed|given)\b"
    expected = [
        frozenset({"rat", "rats", "mice"}),
        frozenset({"were", "are"}),
        frozenset({"fed", "given"}),
    ]
    assert derive_word_sets(pattern) == derive_word_sets_plain(pattern) == expected
    branches = r"\bwhole grains?\b|\bfibre\b"
    # a union of each branch's rarest set, then one of the next rarest
    assert (
        derive_word_sets(branches)
        == derive_word_sets_plain(branches)
        == [
            frozenset({"grain", "grains", "fibre"}),
            frozenset({"whole", "fibre"}),
        ]
    )


def test_memoised_word_sets_are_the_plain_ones_for_every_loaded_pattern() -> None:
    patterns = _patterns()
    with_branches = 0
    for pattern, flags in patterns:
        assert derive_word_sets(pattern, flags) == derive_word_sets_plain(pattern, flags), pattern
        with_branches += "|" in pattern and bool(derive_word_sets(pattern, flags))
    assert len(patterns) > 200 and with_branches > 50  # the memo is used, so the comparison means something


def test_stop_characters_of_a_pattern() -> None:
    assert regex_stops.stop_chars(r"\bvitamin [cd]\b") == '.,;:!?()[]"\u201c\u201d\n'
    assert regex_stops.stop_chars(r"\bdose[\s:]+\d+\W?") == ""  # \W reaches every candidate
    assert regex_stops.stop_chars(r"\b(?i:x[.(])\d\s") == ',;:!?)[]"\u201c\u201d'  # \s: the line break


def test_candidate_hits_worked_out_once_are_the_plain_ones(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    patterns = _patterns()
    variants = [
        (p, f | extra)
        for p, f in patterns
        for extra in (0, re.IGNORECASE, re.ASCII)
        if _compiles(p, f | extra)
    ]
    fast = [regex_stops.stop_chars(p, f) for p, f in variants]

    def literal_hits(code: int, ignorecase: int) -> frozenset[str]:
        return frozenset(regex_stops._cases(chr(code), ignorecase) & regex_stops._CANDIDATE_SET)

    def category_hits(category: object, ascii_flag: int) -> frozenset[str]:
        test = CATEGORY_ESCAPES.get(category)
        if test is None:
            raise regex_stops._Unknown
        return frozenset(c for c in regex_stops.CANDIDATES if re.fullmatch(test, c, ascii_flag))

    monkeypatch.setattr(regex_stops, "_literal_hits", literal_hits)
    monkeypatch.setattr(regex_stops, "_category_hits", category_hits)
    plain = [regex_stops.stop_chars(p, f) for p, f in variants]
    assert fast == plain
    assert sum(s != "" for s in fast) > 200 and len(set(fast)) > 5


def test_a_shared_parse_tree_is_left_as_the_parser_built_it() -> None:
    from medlint.text import lazy_re
    from medlint.text.regex_guard import guarded, parse_shared
    from medlint.text.word_probes import _parser

    checked = 0
    for pattern, flags in _patterns():
        sources = dict.fromkeys((pattern, guarded(pattern, flags)))
        for source in sources:
            parse_shared.cache_clear()
            tree = parse_shared(source, flags)
            before = repr(tree)
            regex_stops.stop_chars(source, flags)
            derive_word_sets(source, flags)
            compiled, _ = lazy_re._build(source, flags, first_set=source != pattern)
            assert parse_shared(source, flags) is tree  # the tree was shared
            assert repr(tree) == before == repr(_parser.parse(source, flags)), source
            assert compiled == re.compile(source, flags) or source != pattern, source
            checked += 1
    assert checked > 300
