"""Claim context: others' beliefs on the line under an open "They say that……", and a list of myths set as short
lines under a sentence that announces them (read by the same test as a warning page's list of scam claims;
careful pages of the forty-ninth session's development set, rewritten)."""

from __future__ import annotations

import medlint
from medlint.text.quotes import lead_in, open_that_lead_in


def _cl_warnings(text: str) -> list[tuple[str, str]]:
    return [
        (d.code, d.text)
        for d in medlint.lint_text(text)
        if d.code.startswith("CL") and d.severity.name in ("WARNING", "ERROR")
    ]


def test_an_open_that_clause_hands_the_next_line_to_others() -> None:
    page = (
        "They say that\u2026\u2026\n"
        "ginseng tea can be used as a cure for hypothyroidism. Some sellers go further.\n"
        "IN TRUTH, too much iodine makes it worse.\n"
    )
    assert _cl_warnings(page) == []
    assert open_that_lead_in("Some people believe that...")
    assert lead_in("They say that\u2026")


def test_the_writers_own_open_that_and_a_closed_line_stay_the_writers() -> None:
    assert not open_that_lead_in("I think that\u2026")
    assert not open_that_lead_in("We know that...")
    assert not open_that_lead_in("They say that ginseng works.")
    page = "They say that ginseng is good.\nGinseng tea is a cure for hypothyroidism.\n"
    assert _cl_warnings(page) != []


_LEAD = (
    "There is a lot of nonsense online, so it is worth dispelling some of the commonest misunderstandings.\n"
)
_LIST = "Cancer is a fungus\nSugar feeds every tumour\nThere is a cure, but big pharma is suppressing it\n"


def test_short_lines_under_a_sentence_that_announces_myths_are_the_myths() -> None:
    assert _cl_warnings(_LEAD + _LIST) == []


def test_the_list_needs_its_announcement_and_its_lines_short() -> None:
    plain = "There is a lot of nonsense online, and here is what we know.\n"
    assert _cl_warnings(plain + _LIST) != []
    # a sentence of the writer's own under the announcement is no item of the list
    prose = "Big pharma is suppressing the cure for cancer, and every doctor in the country knows it well.\n"
    assert _cl_warnings(_LEAD + prose) != []
    # the myths named in an earlier sentence of the line, not announced as a list
    earlier = "Myths abound online. Here is the truth about cancer.\n"
    assert _cl_warnings(earlier + _LIST) != []


def test_a_negative_imperative_of_emphasis_or_of_order_rejects_nothing() -> None:
    page = (
        "A colon cleanse restores balance to your whole body.\n"
        "Don't start with a kidney cleanse! Never underestimate the power of a colon cleanse.\n"
    )
    assert ("CL113", "colon cleanse") in _cl_warnings(page)
    refused = (
        "A colon cleanse restores balance.\nDo not use a kidney cleanse: there is no evidence it works.\n"
    )
    assert _cl_warnings(refused) == []


def test_lies_announced_as_a_list_and_a_sellers_reporting_clause() -> None:
    page = (
        "Here are some common lies or misunderstandings about psoriasis, let's take a look at them:\n"
        "Psoriasis can be cured by food\n"
        "No diet has been shown to clear it.\n"
        "Sunbathing can cure psoriasis\n"
        "It may help a little, under a doctor's care.\n"
    )
    assert _cl_warnings(page) == []
    assert _cl_warnings("Psoriasis can be cured by food\nSunbathing can cure psoriasis\n") != []
    sold = "Take these pills daily, their marketing suggests, and soon you will feel happy."
    assert _cl_warnings(sold) == []
    assert _cl_warnings("Take these pills daily and soon you will feel happy.") != []


def test_no_study_to_prove_that_denies_its_clause() -> None:
    denied = (
        "There is no scientific study to prove that betel leaf and honey can cure coronary artery disease."
    )
    assert _cl_warnings(denied) == []
    assert _cl_warnings("A study proved that betel leaf and honey can cure coronary artery disease.") != []
