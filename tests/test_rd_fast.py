"""The readability rules' fast paths against their plain forms (perf24): RD103 reads the text's own
names only for a paragraph over its share without them, and passes over short words before
stripping possessives."""

from __future__ import annotations

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

import medlint
from medlint.rules.readability import RD103

# 31 words, "thrombocytopenia" four times (13%): jargon unless a heading names it
_PLATELETS = (
    "Thrombocytopenia means a low platelet count. In thrombocytopenia the blood clots slowly, and "
    "thrombocytopenia can cause bruises. Doctors treat thrombocytopenia by finding its cause and by "
    "watching the count over time."
)


def _rd103(text: str, fmt: str = "markdown") -> list[tuple[int, int, int, int, str]]:
    return [
        (d.start.offset, d.start.line, d.start.column, d.end.offset, d.message)
        for d in medlint.lint_text(text, fmt, select=["RD103"])
    ]


def test_a_word_the_heading_names_is_not_jargon() -> None:
    assert _rd103("# Thrombocytopenia\n\n" + _PLATELETS + "\n") == []


def test_the_same_word_under_another_heading_is() -> None:
    head = "# Low platelets\n\n"
    assert _rd103(head + _PLATELETS + "\n") == [
        (
            len(head),
            3,
            1,
            len(head) + len(_PLATELETS),
            "13% of the words in this paragraph are long and rare (e.g. thrombocytopenia): "
            "explain or replace them",
        )
    ]


_RARE_ALPHABET = [
    " ",
    " ",
    ". ",
    "\n\n",
    "# ",
    "thrombocytopenia",
    "Thrombocytopenia",
    "thrombocytopenia's",
    "Takayasu",
    "arteritis",
    "haemorrhage",
    "anticoagulant's",
    "hospital\u2019s",
    "the",
    "and",
    "blood",
    "with",
]


def _texts() -> list[str]:
    return (
        rule_and_corpus_texts()
        + medquad_answers(11, 2)
        + random_strings(_RARE_ALPHABET, 300, seed=24, max_pieces=120)
    )


def test_rd103_finds_what_its_plain_form_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    fast = [_rd103(t) for t in texts]
    monkeypatch.setattr(RD103, "_PLAIN", True)
    assert [_rd103(t) for t in texts] == fast
    assert sum(map(bool, fast)) >= 10  # the comparison sees findings, not only silence
