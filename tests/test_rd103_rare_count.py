"""RD103's count of rare words before they are listed (perf40a): ``rare_stems`` judges each word once
per process and a paragraph's rare words are counted in C; only a paragraph over the share is listed.
Compared with ``rare_words`` and with the plain form (``_PLAIN_RARE_COUNT``) on real and random text."""

from __future__ import annotations

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

import medlint
from medlint.rules.readability import RD103
from medlint.rules.readability._shared import _WORDS

#: words RD103 treats apart: long and rare, long and common, short, possessives in either case
_ALPHABET = [
    " ",
    " ",
    ". ",
    "\n\n",
    "# ",
    "- ",
    "thrombocytopenia",
    "Thrombocytopenia",
    "thrombocytopenia's",
    "THROMBOCYTOPENIA'S",
    "arteritis",
    "haemorrhage",
    "anticoagulant\u2019s",
    "Anticoagulant\u2019S",
    "hospital's",
    "considerable",
    "information",
    "the",
    "and",
    "blood",
    "with",
]


def _texts() -> list[str]:
    return (
        rule_and_corpus_texts()
        + medquad_answers(7, 3)
        + random_strings(_ALPHABET, 300, seed=40, max_pieces=150)
    )


def _rd103(text: str, options: dict[str, object] | None = None) -> list[tuple[int, int, str, object]]:
    linter = medlint.Linter(select=["RD103"], rule_options={"RD103": options or {}})
    return [(d.start.offset, d.end.offset, d.message, d.data) for d in linter.lint_text(text, "markdown")]


@pytest.mark.parametrize(
    "options",
    [{}, {"max-share": 0.05, "min-words": 10}, {"min-length": 6, "max-zipf": 4.0, "max-share": 0.08}],
)
def test_rd103_counts_as_its_plain_form_lists(
    monkeypatch: pytest.MonkeyPatch, options: dict[str, object]
) -> None:
    texts = _texts()
    fast = [_rd103(t, options) for t in texts]
    monkeypatch.setattr(RD103, "_PLAIN_RARE_COUNT", True)
    assert [_rd103(t, options) for t in texts] == fast
    assert sum(map(bool, fast)) >= 10  # the comparison sees findings, not only silence


@pytest.mark.parametrize(("min_length", "max_zipf"), [(9, 3.0), (6, 4.0), (3, 2.5)])
def test_rare_stems_are_rare_words(min_length: int, max_zipf: float) -> None:
    """The stems of ``rare_stems`` are ``rare_words``' pairs, word for word, whichever settings
    the remembered verdicts were filled under before."""
    for text in _texts()[::3]:
        words = _WORDS.findall(text)
        stems = RD103.rare_stems(words, min_length, max_zipf)
        assert len(stems) == len(words)
        pairs = [(w, s) for w, s in zip(words, stems, strict=True) if s is not None]
        assert pairs == RD103.rare_words(words, min_length, max_zipf)


def test_a_full_table_is_emptied(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RD103, "_RARE_STEMS_MAX", 2)
    words = ["thrombocytopenia", "haemorrhage", "considerable", "THROMBOCYTOPENIA'S"]
    first = RD103.rare_stems(words, 9, 3.0)
    assert (
        RD103.rare_stems(words, 9, 3.0)
        == first
        == ["thrombocytopenia", "haemorrhage", None, "THROMBOCYTOPENIA"]
    )
