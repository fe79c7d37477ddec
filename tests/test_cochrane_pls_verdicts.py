"""The Cochrane plain-language-summary label files' form, the info sample and the report arithmetic.

No Cochrane data is needed: the files hold ids, offsets, rules, at most 60 characters and reasons.
"""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.realworld.cochrane_pls import DEFECT_DIR, INFO_SAMPLE, VERDICT_DIR, evaluate, info_sample
from benchmarks.realworld.common import short
from benchmarks.realworld.defects import KINDS, load_defects
from benchmarks.realworld.fakehealth import Finding
from benchmarks.realworld.verdicts import Verdict, load_verdicts
from medlint import Severity
from medlint.registry import default_registry

DOI = re.compile(r"^10\.1002/14651858\.CD\d{6}(\.pub\d+)?$")


def test_verdict_files_are_well_formed() -> None:
    rows = load_verdicts(VERDICT_DIR.glob("*.tsv"))
    assert rows, "no verdicts loaded"
    codes = set(default_registry().rules)
    for v in rows:
        assert DOI.match(v.article_id), v.article_id
        assert v.rule in codes, f"unknown rule {v.rule}"
        assert 0 <= v.start < v.end
        assert len(v.text) <= 60 and v.text == short(v.text)
        assert v.reason.strip()
    keys = [(v.article_id, v.rule, v.start, v.end) for v in rows]
    assert len(keys) == len(set(keys)), "a finding is labelled twice"
    assert len({v.article_id for v in rows}) <= 60, "verdicts outside a 60-item sample"


def test_defects_are_marked_in_at_most_fifteen_items() -> None:
    rows = load_defects(DEFECT_DIR.glob("*.tsv"))
    assert rows, "no defects loaded"
    assert len({d.item_id for d in rows}) <= 15
    for d in rows:
        assert DOI.match(d.item_id), d.item_id
        assert d.kind in KINDS
        assert 0 <= d.start < d.end
        assert len(d.text) <= 60 and d.text == short(d.text)
    keys = [(d.item_id, d.start, d.end) for d in rows]
    assert len(keys) == len(set(keys)), "a span is marked twice"


def _finding(n: int, severity: Severity) -> Finding:
    return Finding(f"a{n % 7}", "RD102", int(severity), n, n + 5, f"text {n}", "")


def test_info_sample_is_seeded_capped_and_ignores_warnings_and_order() -> None:
    found = [_finding(n, Severity.INFO) for n in range(100)] + [
        _finding(n, Severity.WARNING) for n in range(5)
    ]
    picked = info_sample(found)
    assert len(picked) == INFO_SAMPLE == len(set(picked))
    assert all(f.severity == Severity.INFO for f in picked)
    assert picked == info_sample(list(reversed(found)))
    assert info_sample(found[:3]) and len(info_sample(found[:3])) == 3


def test_evaluate_counts_false_warnings_per_thousand_words() -> None:
    found = [
        Finding("a", "TX109", int(Severity.WARNING), 0, 4, "abcd", ""),
        Finding("a", "TX109", int(Severity.WARNING), 10, 14, "efgh", ""),
        Finding("a", "RD102", int(Severity.INFO), 20, 30, "long", ""),
    ]
    verdicts = [
        Verdict("a", "TX109", 0, 4, "abcd", "TP", "typo"),
        Verdict("a", "TX109", 10, 14, "efgh", "FP", "a real word"),
    ]
    res = evaluate(found, verdicts, 2000)
    assert res["warning"]["all"]["tp"] == 1 and res["warning"]["all"]["fp"] == 1
    assert res["info"]["all"]["unlabelled"] == 1
    assert res["false_warnings_per_1000_words"] == 0.5
    assert res["warnings_per_1000_words"] == 1.0


def test_verdict_folder_holds_only_verdict_files() -> None:
    # The script globs *.tsv in both folders; a stray file of another form would fail loudly.
    assert all(p.suffix == ".tsv" for p in Path(VERDICT_DIR).iterdir())
    assert all(p.suffix == ".tsv" for p in Path(DEFECT_DIR).iterdir())
