"""Three readings of who a claim belongs to, each read off careful pages (s35): a verb of publicity in any
of its forms ("have been widely publicised as a miracle cancer cure", "brands promote them as a way to rid
the body of toxins") hands the claim to the publicists; a seller's offer the writer describes ("promotions
that offer the magic cure") is the seller's; and a belief named by its gerund keeps its own subject
("thinking garlic will detox your body is a stretch")."""

from __future__ import annotations

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str, codes: tuple[str, ...] = ("CL102", "CL113")) -> list[tuple[str, int, int, str, str]]:
    diags = Linter(Config(), select=list(codes)).lint_text(text, "text")
    return [(d.code, d.start.column, d.end.column, d.text, str(d.severity)) for d in diags]


def _warnings(text: str) -> list[tuple[str, int, int, str, str]]:
    return [f for f in _found(text) if f[4] != "info"]


def test_a_claim_publicised_as_in_any_form_is_the_publicists() -> None:
    assert (
        _warnings("Apricot kernels have been widely publicised as a miracle cancer cure since the 1950s.")
        == []
    )
    assert _warnings("Influencers and wellness brands promote them as a way to rid the body of toxins.") == []
    assert _warnings("Some sites market these teas as a way to flush toxins from your body.") == []


def test_the_same_claim_in_the_writers_voice_still_fires() -> None:
    assert _warnings("Apricot kernels are a miracle cancer cure.") == [
        ("CL102", 23, 30, "miracle", "warning")
    ]
    assert _warnings("This tea is a way to flush toxins from your body.") != []


def test_the_noun_market_is_no_verb_of_publicity() -> None:
    assert _warnings("The market as a whole now sells a miracle cure.") != []


def test_a_sellers_offer_described_by_the_writer_is_the_sellers() -> None:
    text = "Weight loss promotions that offer the magic cure will only thin your bank account."
    assert _warnings(text) == []
    assert _warnings("We offer the magic cure for weight loss.") != []


def test_a_belief_named_by_its_gerund_without_that_is_the_beliefs() -> None:
    assert _warnings("So, while it's healthy, thinking garlic will detox your body is a stretch.") == []
    assert _warnings("Garlic will detox your body.") != []


def test_one_named_third_partys_belief_is_theirs() -> None:
    text = "I was still intrigued to discover what the author thought this miracle cure was."
    assert _warnings(text) == []
    assert _warnings("I was intrigued to discover this miracle cure.") != []


def test_irony_that_denies_the_miracle_is_no_hype() -> None:
    text = "Most of the time, the only miraculous part of the product is the fact that it doesn't kill you!"
    assert _warnings(text) == []
    assert _warnings("The miraculous part of the product is that it melts fat.") != []


def test_what_the_words_after_a_claim_say_of_it() -> None:
    # an object that denies the verb, a noun naming a myth, a harm the claim's subject does
    assert _found("Like most cure-alls, alkaline water actually cures nothing.", ("CL101",)) == []
    assert _found("The Detox Myth\n\nYou will see detox kits at your local store.", ("CL113",)) == []
    assert _found("Miracle Cures Can Make You Sick!", ("CL101", "CL102")) == []
    assert _found("This tea cures arthritis.", ("CL101",)) != []
    assert _found("Detox kits are on sale at your local store.", ("CL113",)) != []


def test_what_a_product_professes_is_the_products() -> None:
    text = "Over the years, solutions professing the cure for hair loss have been sold as tonics."
    assert [f for f in _found(text, ("CL101",)) if f[4] != "info"] == []


def test_others_practice_reported_is_not_the_writers_claim() -> None:
    text = "Many people turn to herbal remedies to cure their ailments."
    assert [f for f in _found(text, ("CL101",)) if f[4] != "info"] == []
    # advice that people should turn to them is the source's own
    assert _found("Herbs are good for curing arthritis.", ("CL101",)) != []
