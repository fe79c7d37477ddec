"""The real-world benchmark's helpers: Wilson interval, verdict files and matching, FakeHealth convention."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from benchmarks.realworld import fakehealth_data as fh
from benchmarks.realworld.common import context, short, wilson
from benchmarks.realworld.verdicts import HEADER, Found, Verdict, format_row, load_verdicts, match


def test_wilson_known_values() -> None:
    lo, hi = wilson(5, 10)
    assert (round(lo, 4), round(hi, 4)) == (0.2366, 0.7634)
    lo, hi = wilson(0, 10)
    assert round(lo, 9) == 0.0 and round(hi, 4) == 0.2775
    lo, hi = wilson(10, 10)
    assert round(lo, 4) == 0.7225 and round(hi, 9) == 1.0
    assert wilson(0, 0) == (0.0, 1.0)


def _v(start: int, end: int, text: str = "the the", verdict: str = "TP", rule: str = "RP101") -> Verdict:
    return Verdict("HealthStory/a", rule, start, end, text, verdict, "r")


def test_match_exact_then_moved_span() -> None:
    verdicts = [_v(10, 17), _v(40, 47, verdict="FP")]
    found = [
        Found("HealthStory/a", "RP101", 10, 17, "the the"),  # exact
        Found("HealthStory/a", "RP101", 42, 47, "the the"),  # moved, overlaps, same text
        Found("HealthStory/a", "RP101", 100, 107, "the the"),  # no overlap: unlabelled
    ]
    got = match(found, verdicts)
    assert got[0] is verdicts[0]
    assert got[1] is verdicts[1]
    assert got[2] is None


def test_match_needs_same_rule_text_and_article_and_uses_each_verdict_once() -> None:
    verdicts = [_v(10, 17)]
    assert match([Found("HealthStory/a", "RP102", 10, 17, "the the")], verdicts) == [None]
    assert match([Found("HealthStory/b", "RP101", 10, 17, "the the")], verdicts) == [None]
    assert match([Found("HealthStory/a", "RP101", 12, 17, "a a")], verdicts) == [None]
    two = [
        Found("HealthStory/a", "RP101", 10, 17, "the the"),
        Found("HealthStory/a", "RP101", 11, 17, "the the"),
    ]
    assert match(two, verdicts) == [verdicts[0], None]


def test_verdict_file_round_trip_and_validation(tmp_path: Path) -> None:
    row = Verdict("HealthRelease/x", "TX101", 3, 5, "a\tb", "FP", "tab\tin reason")
    path = tmp_path / "v.tsv"
    path.write_text("\t".join(HEADER) + "\n" + format_row(row) + "\n", encoding="utf-8")
    [back] = load_verdicts([path])
    assert (back.article_id, back.rule, back.start, back.end, back.text, back.verdict) == (
        "HealthRelease/x",
        "TX101",
        3,
        5,
        "a b",
        "FP",
    )
    assert back.reason == "tab in reason"
    path.write_text("\t".join(HEADER) + "\nHealthRelease/x\tTX101\t3\t5\tx\tmaybe\tr\n", encoding="utf-8")
    with pytest.raises(ValueError, match="TP or FP"):
        load_verdicts([path])
    path.write_text("id\trule\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        load_verdicts([path])


def test_shipped_verdicts_are_well_formed() -> None:
    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "realworld" / "verdicts"
    rows = load_verdicts(folder.glob("*.tsv"))
    for v in rows:
        assert v.article_id.split("/")[0] in fh.COLLECTIONS
        assert 0 <= v.start <= v.end
        assert len(v.text) <= 60 and v.reason.strip()
    keys = [(v.article_id, v.rule, v.start, v.end) for v in rows]
    assert len(keys) == len(set(keys)), "a finding is labelled twice"


def test_context_and_short() -> None:
    assert context("abcdefghij", 4, 6, width=2) == "…cd[[ef]]gh…"
    assert short("x" * 70) == "x" * 59 + "…"
    assert short("a\n b") == "a b"


def _article(folder: Path, stem: str, title: str, words: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = " ".join(["word"] * words)
    (folder / f"{stem}.json").write_text(
        json.dumps({"title": f" {title} ", "text": f"\n{text}\n"}), encoding="utf-8"
    )


def test_fakehealth_convention(tmp_path: Path) -> None:
    content = tmp_path / "dataset" / "content"
    _article(content / "HealthStory", "story_1", "A story", 60)
    _article(content / "HealthStory", "story_2", "Too short", 49)
    _article(content / "HealthRelease", "news_1", "A release", 50)
    assert fh.all_ids(tmp_path) == ["HealthRelease/news_1", "HealthStory/story_1"]
    assert fh.load_article(tmp_path, "HealthStory/story_1") == "A story\n\n" + " ".join(["word"] * 60)
    assert fh.sample_ids(tmp_path, 2) == random.Random(2026).sample(fh.all_ids(tmp_path), 2)
    with pytest.raises(ValueError):
        fh.load_article(tmp_path, "Other/x")
    with pytest.raises(FileNotFoundError):
        fh.root_dir(tmp_path / "missing")


def test_results_section_is_replaced_and_the_rest_kept(tmp_path: Path) -> None:
    from benchmarks.realworld.run import BEGIN, END, write_section

    path = tmp_path / "RESULTS.md"
    path.write_text("# results\n\n## Speed\n\nfast\n", encoding="utf-8")
    write_section(f"{BEGIN}\n## Real-world evaluation\n\nfirst\n{END}\n", path)
    write_section(f"{BEGIN}\n## Real-world evaluation\n\nsecond\n{END}\n", path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# results\n\n## Speed\n\nfast\n")
    assert "second" in text and "first" not in text and text.count(BEGIN) == 1


def test_evaluate_counts_precision_unlabelled_and_gone() -> None:
    from benchmarks.realworld.fakehealth import Finding, evaluate

    findings = [
        Finding("HealthStory/a", "RP101", 3, 0, 7, "the the", "m"),
        Finding("HealthStory/a", "RP101", 3, 20, 27, "to to", "m"),
        Finding("HealthStory/a", "TX105", 1, 5, 6, "!", "m"),
    ]
    verdicts = [
        _v(0, 7, "the the", "TP"),
        _v(50, 57, "a a", "TP"),  # no longer fires: a lost true positive
        Verdict("HealthStory/zzz", "RP101", 1, 2, "x", "FP", "r"),  # article outside the sample
    ]
    res = evaluate(findings, verdicts, {"HealthStory/a"})
    row = res["warning"]["rules"]["RP101"]
    assert (row["tp"], row["fp"], row["unlabelled"], row["precision"]) == (1, 0, 1, 1.0)
    assert res["info"]["rules"]["TX105"]["unlabelled"] == 1
    assert res["gone"] == {"RP101": {"TP": 1, "FP": 0}}


def test_rest_ids_are_every_kept_article_outside_the_sample_and_the_rounds(tmp_path: Path) -> None:
    folder = tmp_path / "dataset" / "content" / "HealthStory"
    for i in range(1010):
        _article(folder, f"s{i:04d}", "t", 50)
    _article(folder, "short", "t", 10)
    taken = set(fh.sample_ids(tmp_path))
    for k in (1, 2, 3):
        taken.update(fh.heldout_ids(tmp_path, 200, k))
    rest = fh.rest_ids(tmp_path)
    assert len(taken) == 1000 and len(rest) == 10
    assert not taken & set(rest) and sorted(taken | set(rest)) == fh.all_ids(tmp_path)


def test_tally_counts_each_verdict_and_folds_totals() -> None:
    from benchmarks.realworld.fakehealth import Tally

    t = Tally()
    for v in (_v(0, 3), _v(0, 3, verdict="FP"), None, _v(4, 7)):
        t.count(v)
    assert (t.tp, t.fp, t.unlabelled) == (2, 1, 1)
    total = Tally(tp=1)
    total.add(t)
    assert (total.tp, total.fp, total.unlabelled) == (3, 1, 1)
    assert (t.tp, t.fp, t.unlabelled) == (2, 1, 1)


def test_recall_lines_leave_out_empty_kinds_only_when_asked() -> None:
    from benchmarks.realworld.defects import COLUMNS, KINDS, recall_lines

    rc = {k: dict.fromkeys(("n", *COLUMNS), 0) for k in (*KINDS, "all")}
    rc[KINDS[0]] = {"n": 4, "any": 2, "content": 1, "mt": 0, "warning": 4}
    rc["all"] = dict(rc[KINDS[0]])
    full = recall_lines("title", rc)
    assert full[0] == "title" and len(full) == 2 + len(KINDS) + 1
    assert full[2].split() == [KINDS[0], "4", "2", "50%", "1", "25%", "0", "0%", "4", "100%"]
    assert full[3].split()[:3] == [KINDS[1], "0", "0"] and full[3].split()[3] == "-"
    short_lines = recall_lines("title", rc, skip_empty=True)
    assert [line.split()[0] for line in short_lines[2:]] == [KINDS[0], "all"]


def test_pooled_keeps_the_order_of_ids_in_process() -> None:
    from benchmarks.realworld.common import pooled

    seen: list[str] = []
    out = pooled(seen.append, ("ready",), lambda i: [i, i.upper()], ["a", "b"], 1)
    assert seen == []  # a generator: nothing runs before it is read
    assert list(out) == ["a", "A", "b", "B"] and seen == ["ready"]
