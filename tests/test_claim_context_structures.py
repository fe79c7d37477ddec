"""Careful pages' structures that hand a claim to others or reject it: a list whose lead-in names others'
claims or whose next sentence rejects its items, and a debunking label with words around its noun."""

from __future__ import annotations

import pytest

from medlint.linter import Linter


def _warnings(text: str) -> list[tuple[str, str]]:
    found = Linter(select=["CL101", "CL119"]).lint_text(text, "markdown")
    return [(d.code, d.text) for d in found if d.severity.name.lower() != "info"]


@pytest.mark.parametrize(
    "lead_in",
    [
        "Online, you may read things like:",
        "Claims you may see online:",
        "Here is what the sellers promise:",
    ],
)
def test_list_handed_to_others_by_its_lead_in(lead_in: str) -> None:
    text = f"{lead_in}\n\n- Garlic cures high blood pressure\n- Bitter melon reverses diabetes\n"
    assert _warnings(text) == []


@pytest.mark.parametrize(
    "verdict",
    ["None of these are backed by evidence.", "Don't fall for these claims.", "All of these are myths."],
)
def test_list_rejected_by_the_sentence_after_it(verdict: str) -> None:
    text = f"Some pages say so.\n\n- Garlic cures high blood pressure\n- Bitter melon reverses diabetes\n\n{verdict}\n"
    assert _warnings(text) == []


def test_list_with_no_rejection_after_it_is_the_page_claim() -> None:
    text = "Our tips:\n\n- Garlic cures high blood pressure\n\nNone of these foods is expensive.\n"
    assert ("CL101", "cures") in _warnings(text)


def test_labels_with_words_around_the_debunking_noun() -> None:
    assert _warnings("Common myth: cinnamon cures diabetes.\n") == []
    assert _warnings("Fake cure: black salve cures skin cancer.\n") == []
    assert ("CL101", "cures") in _warnings("Cinnamon cures diabetes.\n")


def _all(text: str, codes: list[str]) -> list[tuple[str, str, str]]:
    found = Linter(select=codes).lint_text(text, "markdown")
    return [(d.code, d.text, d.severity.name.lower()) for d in found]


@pytest.mark.parametrize(
    "text",
    [
        "To hear the infomercials tell it, this supplement cures arthritis.",
        "This supplement cures arthritis, if the ads are to be believed.",
        "Why, it cures arthritis, the ads and posts exclaim.",
        "Doctored video circulates that a doctor has found a cure for high blood pressure.",
        "Use a healthy dose of skepticism when you see ads for cancer cures.",
    ],
)
def test_claim_framed_as_the_advertisers_is_no_warning(text: str) -> None:
    assert [f for f in _all(text, ["CL101", "CL119"]) if f[2] != "info"] == []


def test_paragraphs_under_a_recording_lead_in_are_its_words() -> None:
    text = (
        "The post is false.\n\nWhen transcribed, the audio of the footage read:\n\n"
        "Patients took to the streets. He is the first to provide a cure for hypertension.\n"
    )
    assert [f for f in _all(text, ["CL101"]) if f[2] != "info"] == []
    plain = "The post is false.\n\nPatients took to the streets. He is the first to provide a cure for hypertension.\n"
    assert [f[0] for f in _all(plain, ["CL101"]) if f[2] != "info"] == ["CL101"]


def test_a_flattened_footnote_number_is_a_citation() -> None:
    cited = (
        "Hormone therapy has been clinically proven to relieve hot flushes.1 However, some women avoid it.\n"
    )
    bare = (
        "Hormone therapy has been clinically proven to relieve hot flushes. However, some women avoid it.\n"
    )
    assert _all(cited, ["CL115"]) == []
    assert [f[0] for f in _all(bare, ["CL115"])] == ["CL115"]
    # a list number or a figure is no footnote
    assert [
        f[0]
        for f in _all(
            "This remedy is clinically proven. It is the No.1 remedy. See Fig.1 for more.\n", ["CL115"]
        )
    ] == ["CL115"]


def test_an_organ_role_in_removing_toxins_is_physiology() -> None:
    assert _all("The liver plays several roles in eliminating toxins from the body.\n", ["CL113"]) == []
    assert [
        f[0] for f in _all("Our cleanse plays a key role in eliminating toxins from the body.\n", ["CL113"])
    ] == ["CL113"]


def test_what_others_texts_promise_is_theirs() -> None:
    text = "Scammers post comments in support groups. These comments usually promise miraculous results.\n"
    assert [f for f in _all(text, ["CL102"]) if f[2] != "info"] == []
    own = "Our tea works fast. It gives miraculous results.\n"
    assert [f[0] for f in _all(own, ["CL102"]) if f[2] != "info"] == ["CL102"]


def test_the_readers_supposed_thought_is_no_advice() -> None:
    text = (
        "Maybe you're even thinking about taking red yeast rice pills instead of your prescription statin.\n"
    )
    assert [f for f in _all(text, ["CL110"]) if f[2] not in ("info",)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Garlic cures high blood pressure. Or so the story goes.\n",
        "Garlic cures high blood pressure. Or so they say.\n",
        "Detox teas flush toxins from your body. In reality, your liver and kidneys do that.\n",
        "The idea: lemon water cures cancer. The reality: it does not.\n",
    ],
)
def test_the_next_sentence_hands_back_or_answers_the_claim(text: str) -> None:
    assert [f for f in _all(text, ["CL101", "CL113", "CL119"]) if f[2] != "info"] == []


def test_a_view_label_with_no_answer_is_still_the_claim() -> None:
    assert [f[0] for f in _all("The idea: lemon water cures cancer.\n", ["CL101"]) if f[2] != "info"] == [
        "CL101"
    ]


def test_a_crowds_sworn_word_is_theirs() -> None:
    text = "A lot of people swear homeopathy works, and from their viewpoint it looks like it does.\n"
    assert [f for f in _all(text, ["CL125", "CL101"]) if f[2] not in ("info",)] == []


@pytest.mark.parametrize(
    "text",
    [
        "There is inconclusive evidence showing that garlic cures high blood pressure.",
        "There is a lack of evidence to show that garlic cures high blood pressure.",
        "There is limited scientific evidence to support that garlic cures high blood pressure.",
    ],
)
def test_evidence_said_to_be_scant_takes_what_it_would_show(text: str) -> None:
    """(s61) Scant, unsettled or missing evidence "showing" or "to show" a claim denies it, as "no evidence that" does."""
    assert _warnings(text) == []
    assert ("CL101", "cures") in _warnings("There is evidence showing that garlic cures high blood pressure.")


def test_buyers_belief_is_theirs() -> None:
    """(s61) Consumers, customers or patients who believe it hold the belief; the writer does not claim it."""
    assert _warnings("Many shoppers believe garlic cures high blood pressure.") == []
    assert _warnings("Consumers believe garlic cures high blood pressure.") == []


def test_promoters_explaining_their_product_hold_the_claim() -> None:
    """(s61) "Advocates ... list why their protocol is healthy": the product and its claim are the promoters'."""
    found = Linter(select=["CL113"]).lint_text(
        "Detox advocates will usually produce a list of why their liver cleansing protocol is healthy for you.",
        "text",
    )
    assert [d.severity.name.lower() for d in found] == ["info"]
    own = Linter(select=["CL113"]).lint_text("Our liver cleansing protocol is healthy for you.", "text")
    assert [d.severity.name.lower() for d in own] == ["warning"]


@pytest.mark.parametrize(
    "question",
    ["But does the evidence actually support this?", "So is there any research to back it up?"],
)
def test_claims_challenged_by_a_question_of_their_evidence_are_set_up(question: str) -> None:
    """(s66) "... even cure diseases such as diabetes. But does the evidence actually support their use?": a careful
    page's set-up, not its own claim."""
    found = Linter(select=["CL101"]).lint_text(f"This water cures diabetes and cancer. {question}\n", "text")
    assert [d.severity.name for d in found] in ([], ["INFO"])


def test_claims_followed_by_advice_are_the_pages_own() -> None:
    found = Linter(select=["CL101"]).lint_text(
        "This water cures diabetes and cancer. Drink it daily.\n", "text"
    )
    assert [(d.text, d.severity.name) for d in found] == [("cures", "WARNING")]
