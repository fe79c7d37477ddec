"""Claim context: a seller's offer taken by a verb of publicity, a myth label after a title or a topic word, and a
myth named again after the claim (careful pages of the forty-sixth session's development set, rewritten)."""

from __future__ import annotations

import medlint


def _cl_warnings(text: str) -> list[tuple[str, str]]:
    return [
        (d.code, d.text)
        for d in medlint.lint_text(text)
        if d.code.startswith("CL") and d.severity.name in ("WARNING", "ERROR")
    ]


def test_an_offer_taken_by_a_participle_of_publicity_is_the_sellers() -> None:
    assert _cl_warnings("We found other videos with famous actors promoting a cure for hypertension.") == []
    assert _cl_warnings("Travelling salesmen used to market treatments for a broad range of diseases.") == []


def test_the_writers_own_offer_and_a_disparagement_after_selling_stay_the_writers() -> None:
    assert _cl_warnings("We are promoting a cure for hypertension.") != []
    assert _cl_warnings("They got rich selling useless jabs.") != []


def test_a_myth_label_after_a_title_or_a_topic_word() -> None:
    assert _cl_warnings("Cancer Myth #5 : Cancer Is A Fungus") == []
    assert _cl_warnings("Don't Believe the Hype - Cancer Myth #5: Cancer Is A Fungus") == []
    assert _cl_warnings("Cancer Is A Fungus") != []


def test_a_myth_named_again_after_the_claim() -> None:
    assert _cl_warnings("As for vaccines causing autism, this myth was started in 1998 by one article.") == []
    assert _cl_warnings("Vaccines causing autism is what we see every day.") != []
