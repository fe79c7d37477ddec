"""CL rules: the seed article, the context engine and citation detection."""

from __future__ import annotations

import pytest
from conftest import shared_path
from fake_parse import FakeToken, star_parse

import medlint
from medlint.evidence.causal import is_direct_causal
from medlint.evidence.citations import cited_near, has_reference_section
from medlint.evidence.context import claim_context
from medlint.formats import load_document


def test_seed_claims() -> None:
    src = shared_path("seed", "stem-cell-diabetes-article.txt").read_text(encoding="utf-8")
    diags = medlint.lint_text(src, select=["CL"])
    found = {(d.code, d.text) for d in diags}
    assert ("CL104", "first time in history") in found
    assert ("CL105", "As everyone knows") in found


def _ctx(text: str, phrase: str) -> object:
    doc = load_document(text, "text")
    i = text.index(phrase)
    return claim_context(doc, i, i + len(phrase))


@pytest.mark.parametrize(
    ("text", "phrase", "attr"),
    [
        ("There is no cure for lupus.", "cure", "negated"),
        ("The pill does not cure colds.", "cure", "negated"),
        ("There is no evidence that zinc cures colds.", "cures", "negated"),
        ("Beware of products that promise a miracle cure.", "miracle cure", "debunked"),
        ("The idea that it cures cancer is a myth.", "cures", "debunked"),
        ("The drug may help some people.", "help", "hedged"),
        ("If it works, it could reduce pain.", "reduce", "hypothetical"),
        ("Dr. Lee said the drug cures hepatitis C (Lee et al., 2021).", "cures", "cited"),
        ("Dr. Lee said the drug cures hepatitis C.", "cures", "attributed"),
        ("“It cures everything,” the seller told us.", "cures", "quoted"),
    ],
)
def test_context_cases(text: str, phrase: str, attr: str) -> None:
    assert getattr(_ctx(text, phrase), attr) is True


@pytest.mark.parametrize(
    ("text", "phrase", "negated"),
    [
        # an appeal's that-clause is its content: a harm or a denial there does not negate the appeal
        ("It is well known that gluten can cause inflammation.", "It is well known", False),
        ("Experts agree that sugar does not cause diabetes.", "Experts agree", False),
        # a noun that a relative clause describes keeps the harm predicate's negation
        ("Colon cleanses can cause dehydration.", "Colon cleanses", True),
        # a negated verb of realising presupposes its clause, which the writer asserts
        ("Most people don't realize that insulin is just a band-aid.", "insulin is just a band-aid", False),
        ("What many don't seem to understand is that insulin is just a band-aid.", "insulin is just", False),
        # "know" denies the knowledge, and the claim with it
        ("We don't know that insulin is just a band-aid.", "insulin is just a band-aid", True),
    ],
)
def test_negation_scope_of_clauses(text: str, phrase: str, negated: bool) -> None:
    assert _ctx(text, phrase).negated is negated  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "People like to believe that it helps melt fat.",
        "It is a common belief that it helps melt fat.",
    ],
)
def test_beliefs_named_as_such_are_attributed(text: str) -> None:
    assert _ctx(text, "melt fat").attributed is True  # type: ignore[attr-defined]


@pytest.mark.parametrize("label", ["Full Claim", "Reviewed content\n\nUnsupported", "Inaccurate"])
def test_a_fact_checks_labelled_claim_is_debunked(label: str) -> None:
    text = f"{label}\n\nApple cider vinegar is a cure for diabetes.\n"
    assert _ctx(text, "a cure for").debunked is True  # type: ignore[attr-defined]


def test_plain_claim_has_no_context() -> None:
    ctx = _ctx("This tea cures diabetes.", "cures")
    assert not (ctx.negated or ctx.hedged or ctx.debunked or ctx.attributed or ctx.cited)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "phrase", "hypothetical"),
    [
        # a condition of use says how the remedy is taken; the main clause still asserts
        (
            "This advice, if strictly followed can lower your blood pressure in three weeks.",
            "lower your blood",
            False,
        ),
        ("The tea, if taken daily, can cure diabetes.", "cure diabetes", False),
        # a condition of fact that may not come true keeps its doubt
        ("If approved, the drug can cure hepatitis C.", "cure hepatitis", True),
        ("If it works, the tea can cure diabetes.", "cure diabetes", True),
    ],
)
def test_a_condition_of_use_is_no_hypothetical(text: str, phrase: str, hypothetical: bool) -> None:
    assert _ctx(text, phrase).hypothetical is hypothetical  # type: ignore[attr-defined]


def test_a_fact_checks_rating_on_the_last_line_of_its_header_debunks_the_claim_below() -> None:
    text = (
        "Fact Check\nDiet & Weight\nFalse\n\nDetox teas remove toxins from your body\n\nYour liver does that."
    )
    assert _ctx(text, "remove toxins").debunked is True  # type: ignore[attr-defined]
    own = "Fact Check\nDiet & Weight\n\nDetox teas remove toxins from your body"
    assert _ctx(own, "remove toxins").debunked is False  # type: ignore[attr-defined]


def test_a_claim_cards_spreader_field_makes_the_claim_the_spreaders() -> None:
    card = "Fenbendazole cures cancer\n\nSOURCE: Joe Tippens, Facebook\n\nPublished: 24 May 2023"
    assert _ctx(card, "cures cancer").said is True  # type: ignore[attr-defined]
    users = "Breast cancer cases doubled\n\nSOURCE: Social media users, Facebook, TikTok"
    assert _ctx(users, "doubled").said is True  # type: ignore[attr-defined]
    # a source of evidence under the claim is no spreader: the claim stays the page's own
    cited = "Fenbendazole cures cancer\n\nSource: Dr Smith's clinic, 2023"
    assert _ctx(cited, "cures cancer").said is False  # type: ignore[attr-defined]
    # nor is a field under a paragraph: a card's claim is one short line
    paragraph = "Fenbendazole cures cancer.\nIt is cheap and safe.\n\nSOURCE: Joe Tippens, Facebook"
    assert _ctx(paragraph, "cures cancer").said is False  # type: ignore[attr-defined]


def test_a_closing_quote_with_its_opening_lost_marks_scare_quotes() -> None:
    lost = "Headlines announce the latest breakthrough\u201d findings on cancer."
    assert _ctx(lost, "breakthrough").quoted is True  # type: ignore[attr-defined]
    plain = "Headlines announce the latest breakthrough findings on cancer."
    assert _ctx(plain, "breakthrough").quoted is False  # type: ignore[attr-defined]
    # a straight quote faces no way: no reading
    straight = 'Headlines announce the latest breakthrough" findings on cancer.'
    assert _ctx(straight, "breakthrough").quoted is False  # type: ignore[attr-defined]


def test_short_sentences_named_back_as_slogans_are_the_advertisers() -> None:
    text = (
        "Lose weight without dieting! Eat your way to a trimmer you! "
        "What products using those slogans should really say is: ask me how."
    )
    assert _ctx(text, "Lose weight without dieting").said is True  # type: ignore[attr-defined]
    own = "Lose weight without dieting! Eat your way to a trimmer you! Order today and save."
    assert _ctx(own, "Lose weight without dieting").said is False  # type: ignore[attr-defined]
    judged = "This tea melts fat. Such claims are false."
    ctx = _ctx(judged, "melts fat")
    assert (ctx.said, ctx.debunked) == (True, True)  # type: ignore[attr-defined]


def test_a_glossary_entry_defines_a_kind_and_claims_nothing() -> None:
    entry = "Alternative diet: A diet used to replace medical treatment to treat cancer."
    assert _ctx(entry, "replace medical treatment").hypothetical is True  # type: ignore[attr-defined]
    # a relative clause after the colon may carry the page's own claim
    benefit = "Garlic: A herb that can replace your blood pressure pills."
    assert _ctx(benefit, "replace your blood pressure pills").hypothetical is False  # type: ignore[attr-defined]


def test_a_question_about_what_came_before_hands_nothing_after_it_to_anyone() -> None:
    back = "Is that what your doctor said? Well, we have news for you: diabetes can be reversed."
    assert _ctx(back, "diabetes can be reversed").said is False  # type: ignore[attr-defined]
    lead_in = "And what did the doctors say? Diabetes can be reversed."
    assert _ctx(lead_in, "Diabetes can be reversed").said is True  # type: ignore[attr-defined]


def test_a_quotation_whose_closing_mark_was_lost_quotes_only_its_own_sentence() -> None:
    lost = "It works on the principle \u201cSimilia Similibus Curantur:, a Latin phrase. Homoeopathy cures diseases."
    assert _ctx(lost, "cures diseases").quoted is False  # type: ignore[attr-defined]
    assert _ctx(lost, "Similia").quoted is True  # type: ignore[attr-defined]
    # a quoted paragraph opens at the block's start and runs on without its closing mark
    paragraph = "\u201cTurmeric cures cancer. It works every time."
    assert _ctx(paragraph, "works every time").quoted is True  # type: ignore[attr-defined]


def test_possible_to_is_a_capability_and_possible_that_a_doubt() -> None:
    assert _ctx("Whereas it is possible to cure FM, the road is long.", "cure FM").hedged is False  # type: ignore[attr-defined]
    assert _ctx("It is possible that the tea cures FM.", "cures FM").hedged is True  # type: ignore[attr-defined]


def test_a_want_named_as_such_is_no_claim() -> None:
    ctx = _ctx("Sellers play on the desire for a quick or miracle cure.", "miracle cure")
    assert ctx.hypothetical is True  # type: ignore[attr-defined]


def test_have_seen_with_an_outcome_count_is_not_reported_speech() -> None:
    """The reader's "you may have seen posts that ..." reports what the reader met elsewhere; "his patients have seen
    zero hospitalizations" is the writer's own claim about outcomes, so it is not attributed."""
    own = _ctx(
        "His 669 patients have seen zero hospitalizations.", "669 patients have seen zero hospitalizations"
    )
    assert own.attributed is False  # type: ignore[attr-defined]
    reported = _ctx("You may have seen posts saying that zinc cures colds.", "zinc cures colds")
    assert reported.attributed is True  # type: ignore[attr-defined]


def test_speech_tag_after_a_quotation_closed_on_an_exclamation_mark_attributes_it() -> None:
    """The segmenter ends the sentence at "!”", so the tag "the post said" stands alone; it still
    says whose words the quotation holds. A capitalised sentence after it is not a tag."""
    tagged = _ctx("“I threw away my insulin!” the post said.", "I threw away my insulin")
    assert tagged.said is True  # type: ignore[attr-defined]
    untagged = _ctx("“I threw away my insulin!” Then I felt great.", "I threw away my insulin")
    assert untagged.said is False  # type: ignore[attr-defined]


def test_not_true_that_reaches_past_the_word_window() -> None:
    ctx = _ctx("It is not true that after two weeks on the drops I was cured.", "I was cured")
    assert ctx.negated is True  # type: ignore[attr-defined]


def test_terminator_ends_negation_scope() -> None:
    ctx = _ctx("It is not cheap, but it cures colds.", "cures")
    assert ctx.negated is False  # type: ignore[attr-defined]


def test_disclaimer_wording_never_fires() -> None:
    text = (
        "Zinc may shorten colds.\n\n"
        "Disclaimer: this article is for informational purposes only and is not a substitute for "
        "professional medical advice. No product mentioned here cures any disease. Always consult your doctor."
    )
    assert medlint.lint_text(text, select=["CL"]) == []


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Zinc shortens colds (Hemilä, 2017).", True),
        ("Zinc shortens colds [3].", True),
        ("Zinc shortens colds, a study in The Lancet found.", True),
        ("Zinc shortens colds. See doi:10.1177/2054270417694291 for details.", True),
        ("Zinc shortens colds. Many people believe it.", False),
    ],
)
def test_citation_detection(text: str, cited: bool) -> None:
    doc = load_document(text, "text")
    assert cited_near(doc, 0, 5) is cited


def test_markdown_link_is_a_citation_and_reference_section_found() -> None:
    md = "Studies show zinc helps ([Hemilä 2017](https://doi.org/10.1177/x)).\n\n## References\n\n1. Hemilä H.\n"
    doc = load_document(md, "markdown")
    assert cited_near(doc, md.index("Studies"), md.index("Studies") + 12)
    assert has_reference_section(doc)
    assert not [d for d in medlint.lint_text(md, format="markdown", select=["CL106"])]


@pytest.mark.parametrize(
    ("sentence", "direct"),
    [
        ("Coffee prevents heart disease.", True),
        ("Smoking causes lung cancer.", True),
        ("Coffee may prevent heart disease.", False),
        ("Coffee drinking was associated with lower mortality.", False),
        ("Coffee did not prevent heart disease.", False),
    ],
)
def test_direct_causal_classifier(sentence: str, direct: bool) -> None:
    assert is_direct_causal(sentence) is direct


def test_claim_scope_uses_a_configured_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """With nlp.model set and a parser installed, the dependency parse decides negation
    even where the word window cannot see it (a long relative clause before the verb)."""

    def parse(text: str) -> list[FakeToken]:
        return star_parse(
            text,
            is_root=lambda w: w in ("cure", "cures"),
            dep_of=lambda w: "neg" if w.lower() in ("not", "never") else "x",
            strip=".",
        )

    monkeypatch.setattr("medlint.nlp.get_syntax_nlp", lambda model=None: parse)
    from medlint.config import parse_config

    text = (
        # (not a sentence that opens with "Not one of": a negative quantifier that opens the clause
        # is read over all of it by the word window too)
        "Doctors did not say in several long interviews we held with them this year that the tea cures diabetes."
    )
    cfg = parse_config({"select": ["CL101"], "nlp": {"model": "en_core_web_sm"}}, "test")
    assert medlint.lint_text(text, config=cfg) == []
    assert [d.code for d in medlint.lint_text(text, select=["CL101"])] == [
        "CL101"
    ]  # the word window misses it


@pytest.mark.parametrize(
    ("text", "phrase", "negated"),
    [
        # a subordinate clause that opens the sentence keeps its negation to itself
        ("Since no one can patent a natural cure, the cures are suppressed.", "cures are suppressed", False),
        ("Although there is no cure for it, this tea reverses diabetes.", "reverses diabetes", False),
        # a negation in the claim's own clause still negates
        ("Since it is cheap, the tea does not cure diabetes.", "cure diabetes", True),
    ],
)
def test_opening_adjunct_keeps_its_negation(text: str, phrase: str, negated: bool) -> None:
    assert _ctx(text, phrase).negated is negated  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "Homeopathy is based on the idea that a substance can cure those symptoms.",
        "Homeopathy is based on two ideas: that like cures like, meaning that a substance can cure those symptoms.",
        "Reflexology rests on the belief that pressing the foot cures kidney disease.",
    ],
)
def test_a_practice_premise_is_not_the_article_claim(text: str) -> None:
    """The premise of a practice, named as an idea or a belief, is reported, not asserted: a note."""
    found = [d for d in medlint.lint_text(text, select=["CL101"])]
    assert found and all(d.severity.name == "INFO" for d in found)


def test_a_suppressed_reading_does_not_hide_one_inside_it() -> None:
    """A longer reading opened inside a negated clause ("natural cure, the cures are suppressed") is
    suppressed; the reading inside it that the main clause asserts is still reported."""
    text = (
        "Since no one can patent a natural cure, the cures are suppressed and even attacked by big companies."
    )
    assert [(d.code, d.text) for d in medlint.lint_text(text, select=["CL111"])] == [
        ("CL111", "cures are suppressed")
    ]


def test_a_claim_read_through_its_attribution_verb_is_attributed() -> None:
    text = 'The Complete Liver Cleanse website says that the product will "remove toxins and rejuvenate your liver".'
    found = medlint.lint_text(text, select=["CL113"])
    assert [d.severity.name for d in found] == ["INFO"]
    marketed = (
        "Detox diets, often marketed as a means to remove toxins from the body, have gained popularity."
    )
    assert medlint.lint_text(marketed, select=["CL113"]) == []


def test_the_next_sentence_judging_the_claims_unsupported_debunks_them() -> None:
    text = (
        "Detox diets have become the go-to quick fix for cleansing the body and promoting health. But, while it "
        "might seem like a good idea, many claims surrounding detox diets are devoid of any scientific backing."
    )
    assert _ctx(text, "cleansing the body").debunked is True  # type: ignore[attr-defined]
    assert medlint.lint_text(text, select=["CL102", "CL113"]) == []


def test_a_hedged_claim_placed_in_the_future_is_a_hope() -> None:
    text = "Nanotechnology might well provide a cure for cancer in the future, when we understand it better."
    assert _ctx(text, "a cure for").hypothetical is True  # type: ignore[attr-defined]
    assert _ctx("This tea may cure cancer.", "cure").hypothetical is False  # type: ignore[attr-defined]


def test_a_heading_over_a_warning_names_what_it_warns_against() -> None:
    text = "Miracles for Sale\nIf it seems too good to be true, it probably is. Such products are frauds.\n"
    assert medlint.lint_text(text, select=["CL102"]) == []
    ad = "Miracle Cure for Diabetes\nThis tea works in days.\n"
    assert [d.code for d in medlint.lint_text(ad, select=["CL102"])] == ["CL102"]
