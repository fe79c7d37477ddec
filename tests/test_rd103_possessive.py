"""RD103 counts a possessive as the word it is made of: "daughter\u2019s" is no rare long word."""

from __future__ import annotations

import medlint

# 28 words; four possessives of everyday words, 10 letters or more with their "'s" (14%: a note before)
_POSSESSIVES = (
    "Her daughter\u2019s school sent a note home, and the government\u2019s office, the company\u2019s "
    "manager and the hospital\u2019s nurse all called her on the same cold and rainy day."
)
# the same sentence with four long, rare words in their places
_RARE = (
    "Her gynecologist\u2019s school sent a note home, and the thrombosis office, the anticoagulant "
    "manager and the haemorrhage nurse all called her on the same cold and rainy day."
)


def _rd103(text: str) -> list[tuple[int, int, int, int, str]]:
    return [
        (d.start.offset, d.start.line, d.start.column, d.end.offset, d.message)
        for d in medlint.lint_text(text, "text", select=["RD103"])
    ]


def test_possessives_of_everyday_words_are_not_jargon() -> None:
    assert len(_POSSESSIVES.split()) == 28
    assert _rd103(_POSSESSIVES + "\n") == []


def test_rare_words_still_fire_with_a_possessive_read_as_its_word() -> None:
    assert _rd103(_RARE + "\n") == [
        (
            0,
            1,
            1,
            len(_RARE),
            "14% of the words in this paragraph are long and rare (e.g. gynecologist, thrombosis, "
            "anticoagulant): explain or replace them",
        )
    ]
