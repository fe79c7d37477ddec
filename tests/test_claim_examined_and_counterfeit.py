"""Context readings added from the s37 careful development pages (``medlint.evidence.context``): a myth set as a
heading whose section opens by naming it a belief, a list of claims under a lead-in naming deceptive practices,
a claim judged worthless after it, the writer's own word for it as counterfeit before it, a document's verdict
reported, and a proof still to be made. Each is checked with its quack counterpart, which still fires."""

from __future__ import annotations

from medlint.config import Config
from medlint.linter import Linter


def _found(text: str) -> list[tuple[str, str]]:
    diags = Linter(Config(), select=["CL101", "CL112", "CL113", "CL119", "CL122", "CL125"]).lint_text(
        text, "text"
    )
    return [(d.code, d.text) for d in diags if str(d.severity) != "info"]


def test_a_heading_examined_as_a_popular_notion_below_it() -> None:
    text = "Garlic fights cancer and flu\n\nThe popular notion that garlic cures cancer is not supported by trials.\n"
    assert _found(text) == []
    assert _found("Garlic fights cancer and flu\n\nEat two cloves a day.\n") != []


def test_claims_listed_under_deceptive_practices() -> None:
    text = "Among the deceptive practices the FTC detailed are:\n- Lose 30 pounds in 30 days.\n"
    assert _found(text) == []
    assert _found("Our plan delivers:\n- Lose 30 pounds in 30 days.\n") != []


def test_a_cleanse_judged_useless_after_it() -> None:
    text = "Gallbladder Flush\n\nThe gallbladder flush is the same formula. Thus, the flush is useless.\n"
    assert _found(text) == []


def test_fake_cures_are_the_writers_word() -> None:
    assert _found("FTC Cracks Down on Companies Pitching Fake COVID-19 Cures\n") == []
    assert _found("Companies sell bogus cancer cures online.\n") == []


def test_a_reports_verdict_and_a_proof_still_to_make() -> None:
    assert _found("Their report, which concluded homeopathy is effective, was published in 2015.") == []
    assert _found("Proving that homeopathy works more than placebo is of no interest to them.") == []
    assert _found("Homeopathy is extremely effective.") == [("CL125", "Homeopathy is extremely effective")]
