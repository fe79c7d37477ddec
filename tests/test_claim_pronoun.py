"""A claim whose subject is a pronoun for a treatment named in the sentence before
(``medlint.evidence.context.pronoun_antecedents``, the claim kind's ``antecedent``), and "added" read
as speech only when it is not a passive of adding."""

from __future__ import annotations

from medlint.config import Config
from medlint.evidence.context import claim_context, pronoun_antecedents
from medlint.formats import load_document
from medlint.linter import Linter
from medlint.registry import default_registry


def _antecedents(text: str) -> list[tuple[int, int, int, int, str]]:
    rx = default_registry().rules["CL125"].antecedent[0].regex  # type: ignore[attr-defined]
    doc = load_document(text, "text")
    return [(p, q, a, b, words) for _, p, q, a, b, words in pronoun_antecedents(doc, rx)]


def test_the_nearest_head_noun_that_agrees_in_number() -> None:
    # "They" (38-42) stands for "jabs" (26-30), not for "the government"; up to three words before the
    # head come along, for the patterns that read its modifiers
    assert _antecedents("The government pushed the jabs on us. They cause autism.") == [
        (38, 42, 26, 30, "government pushed the jabs")
    ]
    # "It" (23-25) for "booster" (14-21); a plural pronoun finds no singular antecedent
    assert _antecedents("Don't get the booster. It causes heart attacks.") == [
        (23, 25, 14, 21, "Don't get the booster")
    ]
    assert _antecedents("The vaccine is tested. They cause autism.") == []


def test_only_the_sentence_just_before_and_only_a_bare_pronoun() -> None:
    assert _antecedents("Vaccines are tested. Parents are careful. They cause autism.") == []
    # "These shots" names its own subject; "It's" is not read
    assert _antecedents("Avoid vaccines. These shots alter your DNA.") == []
    assert _antecedents("Avoid the vaccine. It's poison.") == []
    # "these" alone is a pronoun
    assert _antecedents("Avoid the jabs. These kill people.") == [(16, 21, 10, 14, "Avoid the jabs")]


def test_a_headline_over_its_text() -> None:
    assert _antecedents("Vaccines Are Poison\n\nThey cause autism in boys.") == [(21, 25, 0, 8, "Vaccines")]


def _cl(text: str) -> list[tuple[str, int, int]]:
    codes = sorted(c for c in default_registry().rules if c.startswith("CL"))
    diags = Linter(Config(), select=codes).lint_text(text, "text")
    return [(d.code, d.start.offset, d.end.offset) for d in diags if d.severity.name != "INFO"]


def test_the_pronoun_claim_fires_and_its_careful_twins_do_not() -> None:
    assert _cl("The government pushed the jabs on us. They cause autism.") == [("CL125", 38, 55)]
    assert _cl("Avoid statins. They cause dementia.") == [("CL140", 15, 34)]
    assert _cl("Myth: vaccines are dangerous. They cause autism.") == []
    assert _cl("Some people claim vaccines are dangerous. They cause autism.") == []
    assert _cl("Vaccines save lives. They do not cause autism.") == []


def test_added_is_speech_only_when_not_a_passive_of_adding() -> None:
    text = "Fluoride is added to water."
    assert not claim_context(load_document(text, "text"), 0, 8).said
    text = "Fluoride is safe, he added."
    assert claim_context(load_document(text, "text"), 0, 8).said
