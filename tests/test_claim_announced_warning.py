"""A warning page's scam claims set as plain short lines under a sentence that announces them, read off the
s31 and s32 careful pages (``medlint.evidence.context._line_set_out_for_scrutiny``): an FDA release's "Consumers should
recognize certain phrases as red flags, including: Treats all forms of cancer" followed by one slogan a
paragraph, and an NIH health-fraud page's "Watch out for these claims." over lines such as "Miracle Cure!".
A slogan with no such announcement above it is still the page's own claim, and a long line is no slogan."""

from __future__ import annotations

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str, codes: tuple[str, ...] = ("CL101", "CL102", "CL111")) -> list[tuple[str, int, str]]:
    diags = Linter(Config(), select=list(codes)).lint_text(text, "text")
    return [(d.code, d.start.line, d.text) for d in diags if str(d.severity) != "info"]


def test_slogans_under_a_red_flag_lead_in_are_the_warnings_examples() -> None:
    text = (
        "The FDA urges consumers to steer clear of these unproven products. Consumers should recognize certain "
        "phrases as red flags, including: Treats all forms of cancer\n\n"
        "Miraculously kills cancer cells and tumor\n\n"
        "Shrinks malignant tumor\n\n"
        "Cures cancer\n"
    )
    assert _found(text) == []


def test_slogans_with_their_explanations_under_watch_out_for_these_claims() -> None:
    text = (
        "Watch out for these claims. It might be a scam.\n"
        "Miracle Cure!\n"
        "Generally, one pill will not treat or cure many different illnesses.\n"
        "They Don't Want You To Know\n"
        "Always feel free to ask your doctor what is best for your health.\n"
    )
    assert _found(text) == []


def test_a_slogan_with_no_announcement_is_the_pages_own_claim() -> None:
    text = "Our tea is made from twelve herbs.\n\nCures cancer\n\nOrder today.\n"
    assert _found(text) == [("CL101", 3, "Cures")]


def test_a_long_line_under_the_announcement_is_no_slogan() -> None:
    text = (
        "Watch out for these claims.\n\n"
        "In our clinic this herbal tea cures cancer in most people who drink it every single day.\n"
    )
    assert _found(text) != []
