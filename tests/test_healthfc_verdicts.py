"""The HealthFC label files' form, the fixed split, and the recall arithmetic (no HealthFC data needed)."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from benchmarks.realworld.common import short
from benchmarks.realworld.defects import HEADER, KINDS, Defect, Hit, covered, load_defects, recall
from benchmarks.realworld.fakehealth import Finding
from benchmarks.realworld.healthfc import MARKED, marked_ids, precision, rates
from benchmarks.realworld.healthfc_data import half
from benchmarks.realworld.verdicts import Verdict, load_verdicts
from medlint.registry import default_registry

FOLDER = Path(__file__).resolve().parent.parent / "benchmarks" / "realworld" / "verdicts_healthfc"
#: Datensatz.csv at healthfc_data.COMMIT has 750 rows, so the ids are hfc-0 ... hfc-749.
ITEMS = 750
TEST_IDS = [f"hfc-{n}" for n in range(ITEMS) if half(f"hfc-{n}") == "test"]


def _row_number(item_id: str) -> int:
    prefix, _, number = item_id.partition("-")
    assert prefix == "hfc" and number.isdigit(), item_id
    return int(number)


def test_split_is_the_crc32_parity_and_stays_fixed() -> None:
    # Pinned values: a change to half() would silently move items between the halves.
    assert [half(f"hfc-{n}") for n in range(12)] == ["dev"] * 4 + ["test"] * 4 + ["dev"] * 2 + ["test"] * 2
    assert len(TEST_IDS) == 376
    for n in range(ITEMS):
        item = f"hfc-{n}"
        assert half(item) == ("dev" if zlib.crc32(item.encode()) % 2 == 0 else "test")


def test_marked_sample_is_seeded_from_the_test_half() -> None:
    sample = marked_ids(TEST_IDS)
    assert len(sample) == MARKED == len(set(sample))
    assert sample == marked_ids(list(reversed(TEST_IDS)))  # order of the input does not matter
    assert all(half(i) == "test" for i in sample)


def test_findings_file_is_well_formed() -> None:
    rows = load_verdicts([FOLDER / "findings_test.tsv"])
    assert rows, "no verdicts loaded"
    codes = set(default_registry().rules)
    for v in rows:
        assert _row_number(v.article_id) < ITEMS
        assert half(v.article_id) == "test", f"{v.article_id} is a development item"
        assert v.rule in codes, f"unknown rule {v.rule}"
        assert 0 <= v.start < v.end
        assert len(v.text) <= 60 and v.text == short(v.text)
        assert v.reason.strip()
    keys = [(v.article_id, v.rule, v.start, v.end) for v in rows]
    assert len(keys) == len(set(keys)), "a finding is labelled twice"


def test_defects_file_is_well_formed() -> None:
    rows = load_defects([FOLDER / "defects_test.tsv"])
    assert rows, "no defects loaded"
    sample = set(marked_ids(TEST_IDS))
    for d in rows:
        assert d.item_id in sample, f"{d.item_id} was not in the marked sample"
        assert d.kind in KINDS
        assert 0 <= d.start < d.end
        assert len(d.text) <= 60 and d.text == short(d.text)
        assert d.reason.strip()
    keys = [(d.item_id, d.start, d.end) for d in rows]
    assert len(keys) == len(set(keys)), "a span is marked twice"


def test_load_defects_rejects_malformed_rows(tmp_path: Path) -> None:
    path = tmp_path / "d.tsv"
    head = "\t".join(HEADER) + "\n"
    path.write_text(head + "hfc-4\t3\t9\tabc\tmt-visible\tcalque\n", encoding="utf-8")
    assert load_defects([path]) == [Defect("hfc-4", 3, 9, "abc", "mt-visible", "calque")]
    for bad, message in (
        ("hfc-4\t3\t9\tabc\ttypo\tr\n", "kind"),
        ("hfc-4\t9\t9\tabc\tgrammar\tr\n", "before end"),
        ("hfc-4\t3\t9\tabc\tgrammar\n", "columns"),
    ):
        path.write_text(head + bad, encoding="utf-8")
        with pytest.raises(ValueError, match=message):
            load_defects([path])
    path.write_text("id\tstart\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        load_defects([path])


def test_recall_counts_overlap_by_column() -> None:
    defects = [
        Defect("hfc-4", 10, 20, "x", "mt-visible", "r"),  # overlapped by an MT warning
        Defect("hfc-4", 30, 40, "y", "grammar", "r"),  # only touched at its edge: not covered
        Defect("hfc-5", 0, 5, "z", "grammar", "r"),  # a readability info finding over the sentence
        Defect("hfc-6", 0, 5, "w", "claim", "r"),  # an empty span inside counts
    ]
    hits = [
        Hit("hfc-4", "MT111", 15, 25, True),
        Hit("hfc-4", "TX101", 40, 42, True),
        Hit("hfc-5", "RD101", 0, 50, False),
        Hit("hfc-6", "CL101", 3, 3, False),
    ]
    assert covered(defects[0], hits) and not covered(defects[1], hits)
    out = recall(defects, hits)
    assert out["mt-visible"] == {"n": 1, "any": 1, "content": 1, "mt": 1, "warning": 1}
    assert out["grammar"] == {"n": 2, "any": 1, "content": 0, "mt": 0, "warning": 0}
    assert out["claim"] == {"n": 1, "any": 1, "content": 1, "mt": 0, "warning": 0}
    assert out["all"]["n"] == 4 and out["all"]["any"] == 3 and out["all"]["warning"] == 1


def test_rates_and_precision_by_family() -> None:
    findings = [
        Finding("hfc-4", "MT111", 2, 0, 3, "abc", "m"),
        Finding("hfc-4", "MT105", 1, 5, 8, "def", "m"),
        Finding("hfc-5", "DS104", 2, 0, 9, "question?", "m"),
    ]
    r = rates(findings, 500)
    assert r["MT"] == {"warning": 2.0, "info": 2.0}
    assert r["all"] == {"warning": 4.0, "info": 2.0}
    verdicts = [
        Verdict("hfc-4", "MT111", 0, 3, "abc", "TP", "r"),
        Verdict("hfc-5", "DS104", 0, 9, "question?", "FP", "r"),
    ]
    p = precision(findings, verdicts)
    assert p["warning"]["families"]["MT"]["tp"] == 1
    assert p["warning"]["families"]["DS"]["fp"] == 1
    assert p["warning"]["all"]["precision"] == 0.5
    assert p["info"]["rules"]["MT105"]["unlabelled"] == 1
