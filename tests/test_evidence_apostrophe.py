"""Claim patterns and evidence cues read an apostrophe in either form (evidence/apostrophe.py)."""

from __future__ import annotations

import re

import pytest

from medlint.evidence.apostrophe import either_apostrophe
from medlint.evidence.causal import NEGATION


@pytest.mark.parametrize(
    ("pattern", "rewritten"),
    [
        (r"n't\b", r"n['\u2019]t\b"),
        (r"can\'t", r"can['\u2019]t"),
        (r"[\w'-]+", r"[\u2019\w'-]+"),  # at the class's start: a trailing "-" stays literal
        (r"[^'\"]", r"[^\u2019'\"]"),  # a negated class excludes both
        (r"[]']", r"[]\u2019']"),  # a leading "]" is literal
        (r"\bno\b", r"\bno\b"),  # nothing to do
    ],
)
def test_rewrite(pattern: str, rewritten: str) -> None:
    assert either_apostrophe(pattern) == rewritten
    re.compile(either_apostrophe(pattern))


@pytest.mark.parametrize("text", ["it doesn't cure", "it doesn\u2019t cure"])
def test_negation_reads_both_forms_with_exact_offsets(text: str) -> None:
    m = NEGATION.search(text)
    assert m is not None and (m.start(), m.end()) == (7, 10)


def test_curly_apostrophe_does_not_match_other_quotes() -> None:
    rx = re.compile(either_apostrophe(r"won't"))
    assert rx.search("won\u2019t") and rx.search("won't")
    assert not rx.search("won\u201dt") and not rx.search("won\u2018t")


def _walked(pattern: str) -> str:
    """``either_apostrophe`` as it was first written, one character at a time: the reference the
    one-``re.sub`` rewrite must equal."""
    if "'" not in pattern:
        return pattern
    either = "['\\u2019]"
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(either if pattern[i + 1] == "'" else pattern[i : i + 2])
            i += 2
        elif c == "'":
            out.append(either)
            i += 1
        elif c == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            head, body, straight = pattern[i:j], [], False
            while j < n and pattern[j] != "]":
                step = 2 if pattern[j] == "\\" and j + 1 < n else 1
                straight = straight or "'" in pattern[j : j + step]
                body.append(pattern[j : j + step])
                j += step
            out.append(head + ("\\u2019" if straight else "") + "".join(body))
            if j < n:
                out.append("]")
                j += 1
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in _strings(k) + _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def test_rewrite_equals_the_walk_on_every_pack_string_and_random_sources() -> None:
    import random
    from pathlib import Path

    import yaml

    from medlint.data import pack_dir

    pack_strings = [
        s for f in sorted(pack_dir().glob("*.yml")) for s in _strings(yaml.safe_load(f.read_text()))
    ]
    assert sum("'" in s for s in pack_strings) > 100  # the claim packs' patterns are read
    cue_sources = [
        m.group(1)
        for f in sorted(Path(either_apostrophe.__code__.co_filename).parent.parent.rglob("*.py"))
        for m in re.finditer(r"\bcue\(\s*r?\"((?:[^\"\\]|\\.)*)\"", f.read_text(encoding="utf-8"))
    ]
    rng = random.Random(7)
    # escapes, classes (negated, a literal leading "]", unclosed), a trailing backslash, newlines
    alphabet = "\\'[]^-a\n\u2019"
    fuzz = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))) for _ in range(50_000)]
    for source in pack_strings + cue_sources + fuzz:
        assert either_apostrophe(source) == _walked(source), source


def test_an_auxiliarys_nt_takes_no_apostrophe_too_and_a_bare_nt_keeps_it() -> None:
    from medlint.evidence.apostrophe import page_apostrophes

    assert page_apostrophes(r"\bdon't") == r"\bdon['\u2019]?t"
    assert page_apostrophes("doctors don.t want") == "doctors don.?t want"
    assert page_apostrophes(r"n't\b") == r"n['\u2019]t\b"  # else "want" and "went" would read as a negation
    assert page_apostrophes("it's") == "it['\\u2019]s"  # "its" is a word of its own
    assert re.search(page_apostrophes(r"\bdoctors don't want you to know"), "doctors dont want you to know")
