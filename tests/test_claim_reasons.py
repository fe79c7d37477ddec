"""A claim rule's per-pattern ``reason`` (CL125 says for each myth what the evidence is), and the
context cues that careful myth-busting pages use: a heading that asks without its question mark,
a claim labelled false in the next sentence, a claim under a "Myth" label block."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fake_parse import FakeToken, star_parse

from medlint.config import Config
from medlint.kinds.claim import Claim
from medlint.linter import Linter
from medlint.rule import RuleError


def _spec(**extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "code": "ZZ901",
        "name": "test-claim",
        "kind": "claim",
        "category": "claims",
        "severity": "warning",
        "description": "A test rule.",
        "source": "tests",
        "examples": {"fire": ["x"], "pass": ["y"]},
    }
    spec.update(extra)
    return spec


def test_message_with_reason_needs_a_reason_for_every_pattern() -> None:
    spec = _spec(
        message="“{match}”: {reason}", patterns=[{"pattern": r"\bfoo\b", "reason": "why"}, r"\bbar\b"]
    )
    with pytest.raises(RuleError, match="reason"):
        Claim.from_spec(spec, Path("."), "test")


def test_pattern_mapping_takes_only_pattern_and_reason() -> None:
    spec = _spec(message="“{match}”", patterns=[{"pattern": r"\bfoo\b", "why": "x"}])
    with pytest.raises(RuleError, match="pattern"):
        Claim.from_spec(spec, Path("."), "test")


def _cl125(text: str, fmt: str = "text") -> list[str]:
    diags = Linter(Config(), select=["CL125"]).lint_text(text, fmt)
    return [d.message for d in diags if d.code == "CL125"]


def test_each_myth_gets_its_own_reason() -> None:
    (autism,) = _cl125("Vaccines cause autism.")
    (fiveg,) = _cl125("5G towers spread the coronavirus.")
    assert "Hviid" in autism and "5G" not in autism
    assert "WHO" in fiveg and "autism" not in fiveg


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("## Do vaccines cause autism\n\nNo. Large studies found no link.", "markdown"),
        ("Vaccines cause autism. That is a myth.", "text"),
        ("Vaccines cause autism.\n\nVerdict: False.", "text"),
        ("## Myth #2\n\nThe COVID vaccine alters your DNA.", "markdown"),
    ],
)
def test_careful_page_contexts(text: str, fmt: str) -> None:
    assert _cl125(text, fmt) == []


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        # a heading that states the myth, not asks it
        ("## Vaccines cause autism\n\nEvery parent should know this.", "markdown"),
        # the next sentence says something else is false, not the claim
        ("Vaccines cause autism. It does not matter what the CDC says.", "text"),
        # a heading above that is not a label
        ("## The truth\n\nThe COVID vaccine alters your DNA.", "markdown"),
    ],
)
def test_stated_myths_still_fire(text: str, fmt: str) -> None:
    assert len(_cl125(text, fmt)) == 1


# How myth-busting pages (CDC, WHO, NHS, fact-checkers, news) word these claims: none is the page's claim.
CAREFUL = [
    "MYTH: Vaccines cause autism.",
    "Myth #1: The COVID-19 vaccine will alter my DNA.",
    "FALSE: 5G networks spread COVID-19.",
    "Fiction: Ivermectin cures COVID.",
    "Myth — Natural immunity is better than vaccination.",
    "Q: Can vaccines cause autism? A: No.",
    "Is it true that vaccines cause autism?",
    "Despite persistent claims, vaccines don't cause autism.",
    "The suggestion that the MMR vaccine causes autism was based on a fraudulent study.",
    "Wakefield's 1998 paper claimed the MMR vaccine caused autism.",
    "It was once feared that vaccines caused autism.",
    "Some people say mRNA vaccines change your DNA, but this isn't possible.",
    "You might have seen posts saying the vaccine contains microchips.",
    "There are no microchips in vaccines.",
    "No, the COVID vaccine does not make you magnetic.",
    "Getting the flu shot can't give you the flu.",
    "Can I get the flu from the flu vaccine?",
    "Recent reports suggest fluoride may lower IQ at high levels.",
    "Rumors that antiperspirants cause breast cancer have circulated online.",
    "Microwaving food doesn't make it radioactive.",
    "In 2020, many believed hydroxychloroquine could cure COVID.",
    "Early in the pandemic, hydroxychloroquine was promoted as a cure for COVID.",
    "The FDA warned consumers not to drink MMS, which sellers claim cures autism.",
    "AIDS denialists argue that HIV does not cause AIDS.",
    "Thabo Mbeki questioned whether HIV causes AIDS.",
    "Cancer is not a fungus.",
    "Baking soda won't cure cancer.",
    "A popular claim holds that sugar feeds cancer.",
    "Cancer cells use more glucose than normal cells, which led to the idea that sugar feeds cancer.",
    "The coronavirus cannot spread through 5G networks.",
    "Vaccine shedding is not a thing with mRNA vaccines.",
    "Natural immunity is not better than vaccination.",
    "COVID-19 vaccines are not gene therapy.",
    "A 2021 survey found 12% of Americans believe the vaccine contains a microchip.",
    "Polls show that a quarter of people think 5G spreads COVID.",
    "Masks do not cause CO2 poisoning.",
    "Fact check: Does the COVID vaccine cause infertility? No.",
    "The idea of vaccines causing autism has been thoroughly investigated.",
    "Vaccines causing autism is a myth.",
    "Studies of millions of children show vaccines are not linked to autism.",
    "Can the COVID-19 vaccine make you sterile?",
    "The HPV vaccine doesn't cause infertility, a large study found.",
    "Chlorine dioxide, sold as MMS, is industrial bleach and cures nothing.",
    "Many parents fear vaccines cause autism.",
    "Her mother became convinced that the vaccine caused her autism.",
    "Conspiracy theorists claim the vaccine is a bioweapon.",
    'So-called "vaccine shedding" cannot happen with COVID-19 vaccines.',
    "Ivermectin does not work against COVID-19, large trials show.",
    "Anti-vaxxers falsely claim that vaccines contain microchips.",
]
# How pages that spread them word them: each is the page's own claim.
CLAIMS = [
    "The truth is that vaccines cause autism, and the CDC knows it.",
    "Every parent should know that the MMR shot causes autism.",
    "Thimerosal in vaccines causes autism.",
    "The COVID jab rewrites your genetic code.",
    "mRNA injections turn you into a GMO.",
    "Ivermectin works against COVID and they hid it.",
    "Drinking chlorine dioxide kills the coronavirus.",
    "HIV has never been isolated.",
    "Fluoride is rat poison.",
    "Fluoridated water causes cancer.",
    "Cancer is a fungus that baking soda destroys.",
    "Apricot seeds kill cancer cells.",
    "Your sunscreen is giving you cancer.",
    "Deodorants with aluminum cause breast cancer.",
    "Microwaved food causes cancer.",
    "The vaccines contain graphene oxide.",
    "The flu shot gives you the flu every year.",
    "The jab makes women infertile.",
    "5G is what causes COVID symptoms.",
    "Hydroxychloroquine cures COVID, period.",
]


@pytest.mark.parametrize("text", CAREFUL)
def test_careful_sentences_stay_silent(text: str) -> None:
    assert _cl125(text) == []


@pytest.mark.parametrize("text", CLAIMS)
def test_claim_sentences_fire(text: str) -> None:
    diags = Linter(Config(), select=["CL125"]).lint_text(text, "text")
    assert [d for d in diags if d.code == "CL125" and str(d.severity) == "error"]


CAREFUL_PAGE = """# COVID-19 vaccine myths and facts

## Myth: COVID-19 vaccines alter your DNA

Fact: mRNA never enters the nucleus of the cell, where our DNA is kept.

## Do vaccines cause autism

No. Dozens of studies have shown that vaccines do not cause autism.

## MYTH

The flu shot gives you the flu.

**FACT:** Flu shots contain inactivated virus.

### Can 5G spread COVID-19

Viruses cannot travel on radio waves.

- Myth: Vaccines contain microchips.
- Myth: Natural immunity is always better than vaccination.

> \"Vaccines are poison,\" one viral post claimed. This is false.

Vaccines contain microchips? That is a conspiracy theory.

Does ivermectin cure COVID-19? Trials say no.
"""


def test_a_myth_busting_page_stays_silent() -> None:
    """Myth labels, asking headings, a "MYTH" block, a list of myths, a rebutted quotation."""
    assert _cl125(CAREFUL_PAGE, "markdown") == []


def test_a_myth_term_fires_only_where_the_article_never_rejects_it() -> None:
    """'Turbo cancer', 'clot shot': names that carry a myth. A page that rejects the name anywhere
    may use it as a heading; a page that never does states the myth."""
    rejected = "## Clot shot\n\nThe term clot shot spread online in 2021, and it is not what the data show."
    assert _cl125(rejected, "markdown") == []
    assert len(_cl125("## Clot shot\n\nMy aunt got the clot shot last spring.", "markdown")) == 2


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("One viral post read:\n\n> Vaccines cause autism.\n\nScientists disagree.", "markdown"),
        (
            "<p>A Facebook post claimed:</p><blockquote><p>5G towers spread the coronavirus.</p></blockquote>",
            "html",
        ),
        # the lead-in vocabulary is the one the text rules read (quotes.lead_in): a source that
        # explained, or a statement, hands the block to its author
        ("One reader explained:\n\n> Vaccines cause autism.", "markdown"),
        ("In a statement, the group announced:\n\n> 5G towers spread the coronavirus.", "markdown"),
    ],
)
def test_a_block_quotation_introduced_as_someone_elses_words_is_quoted(text: str, fmt: str) -> None:
    assert _cl125(text, fmt) == []


def test_a_callout_after_the_writers_own_lead_in_still_fires() -> None:
    assert len(_cl125("Here is the truth:\n\n> Vaccines cause autism.", "markdown")) == 1


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("| Myth | Fact |\n|---|---|\n| Vaccines cause autism | Large studies found no link |\n", "markdown"),
        (
            "<table><tr><th>Myth</th><th>Fact</th></tr><tr><td>The flu shot gives you the flu</td><td>No</td></tr></table>",
            "html",
        ),
        ("\u274c Vaccines cause autism\n\n\u2705 Vaccines prevent measles", "text"),
    ],
)
def test_myth_versus_fact_tables_and_cross_marks(text: str, fmt: str) -> None:
    assert _cl125(text, fmt) == []


def test_a_table_without_a_myth_column_still_fires() -> None:
    table = "| Topic | What we know |\n|---|---|\n| Autism | Vaccines cause autism |\n"
    assert len(_cl125(table, "markdown")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "## The myth\n\nThe COVID vaccine alters your DNA.",
        "## Myth or fact?\n\nVaccines contain microchips.",
        "True or false: the flu shot gives you the flu.",
    ],
)
def test_labels_and_quizzes(text: str) -> None:
    assert _cl125(text, "markdown") == []


def test_a_parsed_negation_inside_the_claims_own_words_does_not_negate_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With a parser configured, "HIV does not cause AIDS" carries its own "not": the claim is the
    denial. The same "not" still negates a claim that starts after it ("cause AIDS")."""
    from medlint.evidence.context import claim_context
    from medlint.formats import load_document

    def parse(text: str) -> list[FakeToken]:
        # "HIV does not cause AIDS ." with "cause" as the root, "not" its neg, "does" its aux
        deps = {"not": "neg", "does": "aux", "HIV": "nsubj", "AIDS": "dobj"}
        return star_parse(
            text,
            is_root=lambda w: w == "cause",
            dep_of=lambda w: deps.get(w, "punct"),
            other_pos="NOUN",
            split_stop=True,
        )

    monkeypatch.setattr("medlint.nlp.get_syntax_nlp", lambda model=None: parse)
    text = "HIV does not cause AIDS."
    doc = load_document(text, "text", nlp_model="en_core_web_sm")
    assert not claim_context(doc, 0, text.index(".")).negated
    assert claim_context(doc, text.index("cause"), text.index(".")).negated
