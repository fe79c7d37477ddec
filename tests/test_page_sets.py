"""``benchmarks/page_sets.py`` on made-up page sets written here (no third-party text): a label counts as found
when a finding of the set's family overlaps it; findings outside the labels and labels missing from their page
are counted apart; a careful set's traps and real claims are counted separately."""

from __future__ import annotations

from pathlib import Path

from benchmarks.page_sets import REAL_CLAIM, evaluate, read_labels


def _write(directory: Path, pages: dict[str, str], labels: list[tuple[str, ...]]) -> Path:
    directory.mkdir()
    for name, text in pages.items():
        (directory / name).write_text(text, encoding="utf-8")
    (directory / "labels.tsv").write_text(
        "\n".join("\t".join(row) for row in labels) + "\n", encoding="utf-8"
    )
    return directory


def test_claim_labels_found_missed_and_outside(tmp_path: Path) -> None:
    d = _write(
        tmp_path / "quack",
        {
            "01.txt": "Turmeric cures arthritis. Our tea is lovely. Big Pharma hides the cure.\n",
            "02.txt": "Walk every day. You will feel better.\n",
        },
        [
            ("01.txt", "cure", "Turmeric cures arthritis."),
            ("01.txt", "other-unsupported", "Our tea is lovely."),
            ("02.txt", "other-unsupported", "This sentence is not on the page."),
        ],
    )
    result = evaluate("claims", d, Path(__file__).resolve().parent.parent, "warning")
    assert result["total"] == {"cure": 1, "other-unsupported": 1}
    assert result["found"] == {"cure": 1}
    assert result["missing"] == 1
    outside = result["outside"]
    assert [f.code for f in outside] == ["CL111"]  # type: ignore[attr-defined]


def test_mt_labels_by_severity(tmp_path: Path) -> None:
    d = _write(
        tmp_path / "mt",
        {"01.txt": "The crust will disappear in couple of days. Drink warm water.\n"},
        [
            ("01.txt", "article", "in couple of days", "in a couple of days"),
            ("01.txt", "calque", "warm water", ""),
        ],
    )
    assert len(read_labels(d)) == 2
    result = evaluate("mt", d, Path(__file__).resolve().parent.parent, "info")
    assert result["found"] == {"article": 1}
    assert result["total"] == {"article": 1, "calque": 1}


def test_careful_traps_and_real_claims(tmp_path: Path) -> None:
    d = _write(
        tmp_path / "careful",
        {
            "01.txt": "There is no evidence that turmeric cures arthritis. Turmeric cures arthritis, says the seller.\n"
            "\nOur own view: garlic cures cancer.\n"
        },
        [
            ("01.txt", "negated", "There is no evidence that turmeric cures arthritis."),
            ("01.txt", REAL_CLAIM, "Our own view: garlic cures cancer."),
        ],
    )
    result = evaluate("careful", d, Path(__file__).resolve().parent.parent, "warning")
    assert result["total"] == {"negated": 1, REAL_CLAIM: 1}
    assert result["found"] == {REAL_CLAIM: 1}
