"""A pattern compiled with its first-character guard (``medlint.text.regex_guard``) finds exactly
the matches of the plain pattern: every lazily compiled pattern of medlint's rules and packs, on
every rule example and the development corpus, and hand-made cases of case folding."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest

from medlint.registry import default_registry
from medlint.text import lazy_re
from medlint.text.lazy_re import LazyPattern
from medlint.text.regex_guard import ASCII_FOLD_PARTNERS, guarded

ROOT = Path(__file__).resolve().parent.parent


def _patterns() -> list[tuple[str, int]]:
    default_registry()
    return sorted({(p.pattern, p.flags) for p in gc.get_objects() if isinstance(p, LazyPattern)})


def _texts() -> list[str]:
    texts = [
        "The \u212aelvin sign, a \u017fpecial long s, \u0130stanbul and d\u0131et: case folds. "
        "STUDIES SHOW it; Research Has Proven it; 90 Percent Of Patients improved.",
        "",
        "a",
    ]
    for rule in default_registry().rules.values():
        for ex in (*rule.should_fire, *rule.should_not_fire):
            texts.append(ex if isinstance(ex, str) else ex.text)
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "benchmarks" / "corpus").glob("*.*"))]
    return texts


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_guarded_patterns_find_the_same_matches() -> None:
    """The guarded pattern as lazy patterns are compiled (the guard also the engine's
    first-character set: ``first_set_program``) against the plain pattern; the guard alone is
    checked by the hand-made cases below."""
    patterns = _patterns()
    texts = _texts()
    changed = with_set = 0
    for pattern, flags in patterns:
        source = guarded(pattern, flags)
        if source == pattern:
            continue
        changed += 1
        plain = re.compile(pattern, flags)
        fast = lazy_re._build(source, flags, first_set=True)[0]
        with_set += fast != re.compile(source, flags)  # the program carries the first-character set
        assert fast.groups == plain.groups and fast.groupindex == plain.groupindex
        for text in texts:
            assert _matches(fast, text) == _matches(plain, text), (pattern, text[:80])
            for pos in (1, 7):  # searches that start inside the text, as rules make them
                g, p = fast.search(text, pos), plain.search(text, pos)
                assert (g and g.span()) == (p and p.span()), (pattern, pos)
    assert changed > 40  # the guard applies to most of medlint's patterns
    assert with_set > 0.9 * changed  # and nearly every guard becomes the engine's first-character set


def _every_character() -> str:
    return "".join(map(chr, [c for c in range(0x110000) if not 0xD800 <= c < 0xE000]))


def test_the_fold_partners_of_ascii_are_all_known() -> None:
    """``first_set_program`` lists, for a case-insensitive guard, the ASCII characters and their
    fold partners; no other character may match an ASCII one when case is ignored. And the
    categories fold into themselves, so they are given as they are."""
    every = _every_character()
    outside = set(re.findall(r"(?i)[\x00-\x7f]", every)) - {chr(c) for c in range(128)}
    assert outside == set(ASCII_FOLD_PARTNERS)
    for category in (r"\s", r"\d", r"\w", r"\S", r"\D", r"\W"):
        assert re.findall(f"(?i)[{category}]", every) == re.findall(f"[{category}]", every), category


def test_no_character_folds_into_punctuation_or_a_space() -> None:
    """A punctuation mark or a space outside ASCII in a case-insensitive guard stands for itself
    alone: no character lower-cases to one, and ``re``'s own folds hold none."""
    import _sre
    import unicodedata
    from re._casefix import _EXTRA_CASES  # re's own folds (Python 3.11)

    for code in range(0x110000):
        lower = _sre.unicode_tolower(code)
        if lower != code:
            assert unicodedata.category(chr(lower))[0] not in "PZ", hex(code)
    for key, partners in _EXTRA_CASES.items():
        assert all(unicodedata.category(chr(c))[0] not in "PZ" for c in (key, *partners))


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"\b(?:kelvin|strong|idea)\b", re.IGNORECASE, "\u212aELVIN, \u017fTRONG, \u0130DEA, \u0131dea"),
        (r"(?:\u201cquote|\s+said)", re.IGNORECASE, "a \u201cQuote\u201d he   SAID"),
        (r"\b\d{1,3}%|\bcut", re.IGNORECASE, "Cut 20% and \u0663\u0660%"),
        (r"\bI\s+(?:no longer|do not)\s+need", 0, "I no longer need it; i do not need"),
    ],
)
def test_a_first_character_set_keeps_the_matches(pattern: str, flags: int, text: str) -> None:
    source = guarded(pattern, flags)
    assert source != pattern
    fast = lazy_re._build(source, flags, first_set=True)[0]
    assert fast != re.compile(source, flags)  # the set was given
    for pos in range(len(text)):
        assert _matches(fast, text[pos:]) == _matches(re.compile(pattern, flags), text[pos:])


@pytest.mark.parametrize(
    ("pattern", "flags", "text", "applies"),
    [
        (r"\b(?:kelvin|strong)\b", re.IGNORECASE, "\u212aELVIN and \u017fTRONG", True),
        (r"\b(?:is|was)\s+\w+ed\b", re.IGNORECASE, "It IS Tested; it was used.", True),
        (r"\b(?:a|b)?c", re.IGNORECASE, "xc ac bc", True),  # an optional first element
        (r"\b(?:x|)y", 0, "y xy", True),  # an empty branch: y can start a match
        (r"\b\w+\b", 0, "any word", True),  # a category: the same class escape
        (r"\b\d{1,3}%|\bcut", re.IGNORECASE, "Cut 20% and \u0663\u0660%", True),  # \d is any Unicode digit
        (r"\b.x", 0, "ax", False),  # any character: not derived
        (r"\b(?:a*)", 0, "aaa b", False),  # can match the empty string
        (r"cure", re.IGNORECASE, "Cure", True),  # case-insensitive literal: re has no prefix search
        (r"cure", 0, "cure", False),  # re's own literal prefix search is better
        (r"(?i)\bcure", 0, "CURE", False),  # leading global flags
        (r"\b(?i:cure)", 0, "CURE", False),  # a group with its own flags
        (r"\b[^a]x", 0, "bx", False),  # a negated set
    ],
)
def test_when_the_guard_applies_and_that_it_keeps_the_matches(
    pattern: str, flags: int, text: str, applies: bool
) -> None:
    source = guarded(pattern, flags)
    assert (source != pattern) is applies
    assert _matches(re.compile(source, flags), text) == _matches(re.compile(pattern, flags), text)


def test_a_guard_that_fails_to_compile_falls_back_to_the_plain_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from medlint.text import lazy_re

    monkeypatch.setattr(lazy_re, "_guarded_source", lambda pattern, flags: "(?=[" + pattern)
    lazy = lazy_re.lazy_compile(r"\bguard\w*", re.IGNORECASE)
    assert [m.group() for m in lazy.finditer("A Guarded guard.")] == ["Guarded", "guard"]
    with pytest.raises(re.error):  # a bad pattern still raises its own error
        lazy_re.lazy_compile("(").search("x")


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?<=[a-z]{2}),(?=[a-z]{2})", 0),  # a look-behind first: guarded by the comma
        (r"(?<=[A-Za-z])(?<!\.\.)(\.)[\"\u201d]?[ \t]+([a-z]+)\b", 0),  # a group after the guard
        (r"\bcovid-19\b", 0),
        (r"(?<=\d )°(?= [CF]\b)", 0),  # a character outside Latin-1
        (r"\b;\s*(?:and|or)\b", re.IGNORECASE),  # punctuation folds to itself alone
    ],
)
def test_a_one_character_guard_is_a_literal_prefix_with_the_same_matches(pattern: str, flags: int) -> None:
    """A guard of one character is given to the engine as a literal prefix the match does not skip
    (``first_set_program``): the same matches and searches as the plain pattern and as the guard
    given as a set (``_PLAIN_FIRST_SET``), on random strings of the characters around it."""
    from parity_texts import random_strings

    from medlint.text import regex_guard

    source = guarded(pattern, flags)
    assert source != pattern
    fast = lazy_re._build(source, flags, first_set=True)[0]
    code = regex_guard.first_set_program(
        regex_guard.parse_shared(source, flags),
        re._compiler._code(regex_guard.parse_shared(source, flags), flags),
        flags,
    )
    assert code is not None and code[2] == re._constants.SRE_INFO_PREFIX and code[5:7] == [1, 0]
    plain = re.compile(pattern, flags)
    try:
        regex_guard._PLAIN_FIRST_SET = True
        as_set = lazy_re._build(source, flags, first_set=True)[0]
    finally:
        regex_guard._PLAIN_FIRST_SET = False
    pieces = [
        "a",
        "b",
        "Z",
        "1",
        "5",
        " ",
        "\t",
        "\n",
        ",",
        ".",
        "..",
        ";",
        "°",
        " C",
        "covid-19",
        "and",
        "\u201d",
    ]
    for text in random_strings(pieces, 1500, seed=7, max_pieces=25):
        want = _matches(plain, text)
        assert _matches(fast, text) == want == _matches(as_set, text), text
        for pos in (1, 3):
            g, p = fast.search(text, pos), plain.search(text, pos)
            assert (g and g.span()) == (p and p.span()), (text, pos)
