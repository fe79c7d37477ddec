"""TX108 (missing-apostrophe): exact spans, the fix's apostrophe, and the forms and places it leaves alone."""

from __future__ import annotations

import pytest

import medlint
from medlint.config import Config
from medlint.errors import ConfigError
from medlint.fixes import apply_fixes
from medlint.rules.text_integrity.TX108 import contractions


def _hits(
    text: str, fmt: str = "text", **opts: object
) -> list[tuple[int, int, int, str, tuple[str, ...], bool]]:
    config = Config(rules={"TX108": dict(opts)}) if opts else None
    return [
        (d.start.line, d.start.column, d.end.column, d.text, d.suggestions, bool(d.fix and d.fix.safe))
        for d in medlint.lint_text(text, select=["TX108"], format=fmt, config=config)
    ]


def test_dropped_apostrophes_positions_and_fixes() -> None:
    text = "Title\nScientists dont yet know. When youre sick, it isnt rare.\nTheyre fine."
    assert _hits(text) == [
        (2, 12, 16, "dont", ("don't",), True),
        (2, 32, 37, "youre", ("you're",), True),
        (2, 47, 51, "isnt", ("isn't",), True),
        (3, 1, 7, "Theyre", ("They're",), True),
    ]
    fixed, count = apply_fixes(text, medlint.lint_text(text, select=["TX108"]))
    assert count == 4
    assert fixed == "Title\nScientists don't yet know. When you're sick, it isn't rare.\nThey're fine."


def test_curly_apostrophes_when_the_document_uses_them() -> None:
    assert _hits("It doesn\u2019t hurt, but ive been told it doesnt.") == [
        (1, 22, 25, "ive", ("I\u2019ve",), True),
        (1, 39, 45, "doesnt", ("doesn\u2019t",), True),
    ]


def test_words_names_acronyms_and_addresses_pass() -> None:
    for text in (
        "As is their wont; a shell, the id, as well as its size; it lets go.",
        "We were ill; he shed a tear and they wed in hell.",
        "Jonathan Ive met Dr Hed. The FLT3-ITD and DONT tests.",
        "See example.com/dont, #youre, dont_use and youre@example.com.",
        "She lays out the hows and whys of the treatment.",
    ):
        assert _hits(text) == [], text
    assert _hits("Run `dont --help` first.", "markdown") == []


def test_after_a_determiner_only_when_it_is_not_a_subject() -> None:
    assert _hits("If this isnt possible, ask the hows and whys.") == [(1, 9, 13, "isnt", ("isn't",), True)]


def test_capitalised_form_only_where_a_sentence_starts() -> None:
    assert _hits('- Dont smoke.\n"Dont go," she said, and Dont was her dog.') == [
        (1, 3, 7, "Dont", ("Don't",), True),
        (2, 2, 6, "Dont", ("Don't",), True),
    ]


def test_ignore_option() -> None:
    assert _hits("It aint so and it isnt.", ignore=["aint"]) == [(1, 19, 23, "isnt", ("isn't",), True)]
    with pytest.raises(ConfigError):
        medlint.lint_text("x", select=["TX108"], config=Config(rules={"TX108": {"ignore": "aint"}}))


def test_table_is_grammar_without_words() -> None:
    table = contractions()
    assert table["dont"] == "don't" and table["youre"] == "you're" and table["ive"] == "I've"
    for word in ("cant", "wont", "well", "hell", "shell", "shed", "wed", "id", "ill", "were", "its", "lets"):
        assert word not in table, word


def test_cant_and_wont_as_the_modal_by_context() -> None:
    text = "If you cant eat, it wont hurt.\nThe heart cant pump. Cant sleep? The pancreas wont be"
    assert _hits(text) == [
        (1, 8, 12, "cant", ("can't",), True),
        (1, 21, 25, "wont", ("won't",), True),
        (2, 11, 15, "cant", ("can't",), True),
        (2, 22, 26, "Cant", ("Can't",), True),
        (2, 47, 51, "wont", ("won't",), True),
    ]
    fixed, count = apply_fixes(text, medlint.lint_text(text, select=["TX108"]))
    assert count == 5
    assert (
        fixed == "If you can't eat, it won't hurt.\nThe heart can't pump. Can't sleep? The pancreas won't be"
    )


def test_cant_and_wont_as_the_nouns_pass() -> None:
    for text in (
        "As is his wont, he rested.",
        "She was wont to rest; they were wont to eat.",
        "The cant of the age; their cant be damned.",
        "He would if he cant.",
        "Patients with Cant syndrome; Arkwright PD, Cant AJ.",
        "I know it wont to be so.",
    ):
        assert _hits(text) == [], text


def test_capitalised_form_after_and_but_or() -> None:
    text = "I called and Ive been waiting, but Dont forget it. Smith and Ive designed it; Smith and Cant show it."
    assert _hits(text) == [
        (1, 14, 17, "Ive", ("I've",), True),
        (1, 36, 40, "Dont", ("Don't",), True),
    ]
    for passing in (
        "Jonathan Ive and Ive.",
        "Call and Dont.",
        "Tom and Hed went.",
        "Smith and Ive.",
        "Call and Dont was here.",
    ):
        assert _hits(passing) == [], passing


def test_cant_and_wont_before_a_verb_known_by_its_s_form() -> None:
    # "meet", "go" and "pass" have no bare-verb letter (also adjectives or nouns); "meets",
    # "goes" and "passes" are verb -s forms in the word-class table
    hits = [
        (d.start.column, d.end.column, d.text)
        for t in ("If the body cant meet the need.", "These problems wont go away.", "Some cant pass stool.")
        for d in medlint.lint_text(t, select=["TX108"])
    ]
    assert hits == [(13, 17, "cant"), (16, 20, "wont"), (6, 10, "cant")]
    for text in (
        "Doctors are wont to give it.",
        "As is his wont, go home.",
        "Thieves used their cant phrases.",
    ):
        assert medlint.lint_text(text, select=["TX108"]) == [], text
