"""Four readings of who a claim belongs to, each read off real pages (``medlint.evidence.context``): a
thing promoted or marketed "as" a cure with the thing between ("promoted acai berries as a weight loss
miracle") is the promoters' claim; a quotation given as an example of a kind of claim ('Success stories,
such as, "It cured my diabetes"') is the kind the sentence discusses; and the writer's own "I can
proudly say that ..." hands the claim to no one and hedges nothing; and a line the sentence before names as
the claim it checks ("... for the claim that dog dewormer fenbendazole cures cancer") is that claim, reported."""

from __future__ import annotations

from medlint.config import Config
from medlint.linter import Linter


def _found(
    text: str, codes: tuple[str, ...] = ("CL101", "CL102", "CL114")
) -> list[tuple[str, int, int, str, str]]:
    diags = Linter(Config(), select=list(codes)).lint_text(text, "text")
    return [(d.code, d.start.column, d.end.column, d.text, str(d.severity)) for d in diags]


def test_a_thing_promoted_as_a_cure_with_words_between_is_the_promoters_claim() -> None:
    text = "In the 1950s, some people began promoting laetrile as a compound that can cure cancer."
    assert [f for f in _found(text) if f[4] != "info"] == []
    text = "Internet marketers who promoted acai berries as a weight loss miracle had to pay a fine."
    assert [f for f in _found(text) if f[4] != "info"] == []


def test_the_sellers_own_cure_is_still_read() -> None:
    assert _found("Laetrile can cure cancer.") != []


def test_a_quoted_example_of_a_kind_of_claim_is_not_the_writers() -> None:
    text = 'Success stories, such as, "It cured my diabetes" or "My tumors are gone," are easy to make up.'
    assert _found(text) == []


def test_a_quoted_testimonial_with_no_kind_named_is_still_read() -> None:
    assert _found('Our customers write to us: "It cured my diabetes!"') == [
        ("CL114", 29, 40, "It cured my", "warning"),
    ]


def test_the_writers_own_saying_is_neither_attributed_nor_hedged() -> None:
    text = "It took seven months, but now I can proudly say that I quit my thyroid medication!"
    assert _found(text, ("CL114",)) == [("CL114", 54, 82, "I quit my thyroid medication", "warning")]


def test_several_words_in_capitals_are_shouting_but_a_bare_capitals_line_is_a_crosshead() -> None:
    assert _found("NO SIDE EFFECTS.\n\nThe remedy has NO SIDE EFFECTS.\n", ("CL103",)) == [
        ("CL103", 1, 16, "NO SIDE EFFECTS", "warning"),
        ("CL103", 16, 31, "NO SIDE EFFECTS", "warning"),
    ]
    text = "The team gets few consults.\n\nHOLY GRAIL\n\nStill, the pumps are improving.\n"
    assert _found(text, ("CL102",)) == []
    assert _found("The MIRACLE trial enrolled 300 patients.", ("CL102",)) == []


def test_a_claim_the_sentence_before_names_as_a_claim_is_not_the_writers() -> None:
    text = (
        "Lack of clinical evidence for the claim that dog dewormer fenbendazole cures cancer\n\n"
        "Fenbendazole cures cancer\n\nSOURCE: a social media post\n"
    )
    assert _found(text) == []
    # without the naming sentence the same line is a claim
    assert _found("Fenbendazole cures cancer.\n") != []
