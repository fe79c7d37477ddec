"""careful19: careful fact-check frames the shared claim context (``medlint.evidence.context``) reads at
their structure, each with a twin in a seller's or believer's voice that still fires.

- a Q&A's labels: "Q: Is it true that ...?" asks about a claim, "A: No." answers it (and "A: Yes!" states it);
- a verdict that closes the claim's sentence after a dash: "... - that's false", "... \u2013 a myth.";
- others' belief with no "that", in the claim's own clause: "Plenty of parents believe ...", then "They
  are wrong.";
- what an image, a clip or posts "purport to show" or are "saying";
- a quotation of several sentences handed to someone where it opens ("the narrator says: \u201c... . ...\u201d"),
  not when the speaker is the page's own clientele ("Our clients say it best: \u201c...\u201d");
- a later sentence of a "Myth:" line, when the answer's label ("Fact:") follows.

Every text is hand-written; positions are 1-based columns, end exclusive.
"""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter

RULES = ["CL110", "CL111", "CL113", "CL114", "CL119", "CL122", "CL125"]


def _found(text: str) -> list[tuple[str, str, int, int, int]]:
    diags = Linter(Config(), select=RULES).lint_text(text, "text")
    return [(d.code, str(d.severity), d.start.line, d.start.column, d.end.column) for d in diags]


@pytest.mark.parametrize(
    "text",
    [
        "Question: Is it true that the CDC is hiding vaccine injuries?\n\nAnswer: No. Reports to VAERS are public.",
        "Q: Is it true that this foot soak pulls toxins out through your feet?\nA: No, the brown colour comes "
        "from the electrodes.",
    ],
)
def test_a_qa_answered_no_is_silent(text: str) -> None:
    assert _found(text) == []


def test_a_qa_answered_yes_states_the_claim_and_an_unanswered_one_is_asked() -> None:
    text = "Q: Is it true that the CDC is hiding vaccine injuries?\n\nA: Yes! They have buried the reports for years."
    assert _found(text) == [("CL111", "error", 1, 20, 37)]
    # asked about, not answered: the rule's attributed setting (CL111: info)
    assert _found("Q: Is it true that the CDC is hiding vaccine injuries?") == [("CL111", "info", 1, 20, 37)]


@pytest.mark.parametrize(
    "text",
    [
        "Our detox tea melts belly fat while you sleep \u2013 a myth.",
        "The CDC is hiding vaccine injuries - that's false.",
    ],
)
def test_a_verdict_after_a_dash_closes_the_claim(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The CDC is hiding vaccine injuries - and that's a fact.",
        "The CDC is hiding vaccine injuries \u2014 wake up!",
    ],
)
def test_a_dash_without_a_verdict_keeps_the_claim(text: str) -> None:
    assert _found(text) == [("CL111", "error", 1, 1, 18)]


def test_others_belief_without_that_is_theirs() -> None:
    assert _found("Plenty of parents believe the CDC is hiding vaccine injuries. They are wrong.") == []
    # not rebutted: the rule's attributed setting
    assert _found("Plenty of parents believe the CDC is hiding vaccine injuries.") == [
        ("CL111", "info", 1, 27, 44)
    ]
    # a belief in an earlier clause does not reach a claim after "but"
    text = "Many people think diabetes is for life, but the CDC is hiding vaccine injuries."
    assert _found(text) == [("CL111", "error", 1, 45, 62)]


@pytest.mark.parametrize(
    ("text", "column", "end"),
    [
        (
            "A photo circulating on Instagram purports to show that the CDC is hiding vaccine injuries.",
            56,
            73,
        ),
        (
            "WhatsApp messages saying the CDC is hiding vaccine injuries have been forwarded thousands of times.",
            26,
            43,
        ),
    ],
)
def test_what_an_image_purports_to_show_or_posts_are_saying_is_reported(
    text: str, column: int, end: int
) -> None:
    assert _found(text) == [("CL111", "info", 1, column, end)]


def test_research_that_shows_is_not_reported() -> None:
    assert _found("Our research shows that the CDC is hiding vaccine injuries.") == [
        ("CL111", "error", 1, 25, 42)
    ]


def test_a_quotation_of_several_sentences_is_attributed_where_it_opens() -> None:
    text = (
        "A reader's post on the group reads: \u201cI feel wonderful. I threw away my insulin after three weeks.\u201d "
        "This is dangerous and misleading."
    )
    assert _found(text) == []
    # no speaker before it: a testimonial, as before
    text = (
        "Here is what happened next. \u201cI feel wonderful. I threw away my insulin after three weeks.\u201d"
    )
    assert _found(text) == [("CL114", "warning", 1, 48, 71)]


def test_the_pages_own_clientele_quoted_is_a_testimonial() -> None:
    text = "Our clients say it best: \u201cI feel wonderful. I threw away my insulin after three weeks.\u201d"
    assert _found(text) == [("CL114", "warning", 1, 45, 68)]


def test_a_later_sentence_of_a_myth_line_is_the_myth_when_the_answer_follows() -> None:
    text = "Myth 4: Nobody is told the truth. The CDC is hiding vaccine injuries.\nFact: Reports to VAERS are public."
    assert _found(text) == []
    # no answer label after it: the page's own sentence
    text = "Myth 4: Nobody is told the truth. The CDC is hiding vaccine injuries."
    assert _found(text) == [("CL111", "error", 1, 35, 52)]
    # the answer's label before the claim: the page's answer, its own claim
    text = "Myth: Chemo is the only option. Truth: Our protocol replaces chemotherapy for most cancers."
    assert _found(text) == [("CL110", "error", 1, 44, 74)]


# "It's a myth that ..." takes a clause, as "the myth that" does: its scope runs past the 8-word window
@pytest.mark.parametrize(
    "text",
    [
        "It's a myth that the operation with the aid of aminolevulinic acid cures patients.",
        "It is a common myth that this tea from the mountains of Peru is a miracle cure for diabetes.",
        "It's a myth that there is plenty of scientific evidence that the FDA concealed vaccine adverse events "
        "from the public.",
    ],
)
def test_a_myth_that_takes_a_clause(text: str) -> None:
    assert Linter(Config(), select=["CL"]).lint_text(text, "text") == []


def test_a_myth_that_ends_at_a_dash_or_a_colon() -> None:
    text = "Don't fall for the myth that you need chemo \u2014 our protocol replaces chemotherapy for most cancers."
    assert _found(text) == [("CL110", "error", 1, 51, 81)]
    text = "It's a myth that you need insulin forever: with our protocol most patients get off their insulin."
    assert _found(text) == [("CL114", "warning", 1, 49, 97)]


def test_others_view_of_a_remedy_is_theirs() -> None:
    """s59: "Many people consider X as ..." reports a view; the writer's own "I consider" is not a frame here."""
    from medlint.evidence.context import claim_context
    from medlint.formats import plain

    text = "Many people consider apple cider vinegar as a magical potion that can help in reducing weight."
    doc = plain.load(text)
    start = text.index("can help")
    assert claim_context(doc, start, start + 8).said
    text = "Apple cider vinegar is a magical potion that can help in reducing weight."
    doc = plain.load(text)
    start = text.index("can help")
    assert not claim_context(doc, start, start + 8).said
