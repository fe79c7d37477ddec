"""Reference statistics (medlint.text.refstats) and the rules built on them: MT120, MT121."""

from __future__ import annotations

import math
import zlib

import pytest

from medlint.linter import Linter
from medlint.rules.translation.MT120 import _FILLER, _SPUN
from medlint.text import refstats


def test_loader_reads_the_shipped_tables() -> None:
    stats = refstats.load()
    assert stats.total > 1_000_000
    assert stats.size > 10_000
    assert len(stats) > 50_000
    assert stats.count("blood", "pressure") > 100
    assert stats.count("heart", "disease") > 100
    assert stats.count("blood", "night") == 0
    assert stats.word("zzzzqx") is None
    entry = stats.word("pressure")
    assert entry is not None and entry.freq > stats.count("blood", "pressure")


def test_tables_stay_compact() -> None:
    d = refstats.table_dir()
    assert (d / "vocab.tsv").stat().st_size + (d / "bigrams.bin").stat().st_size < 3_000_000
    assert "CC BY 4.0" in (d / "README.md").read_text(encoding="utf-8")


def test_pair_score_rewards_attested_pairs() -> None:
    stats = refstats.load()
    good = stats.pair_score("blood", "pressure")
    bad = stats.pair_score("blood", "night")
    assert good is not None and bad is not None and good > 0 > bad
    assert stats.pair_score("blood", "zzzzqx") is None


def test_bad_table_is_rejected() -> None:
    with pytest.raises(ValueError, match="header"):
        refstats.RefStats(b"# tokens 5\n#end\n", zlib.compress(refstats.MAGIC + (0).to_bytes(4, "little")))
    with pytest.raises(ValueError, match="bad header"):
        refstats.RefStats(b"# tokens 5\n# pairs 1\n# words 1\n#end\n", zlib.compress(b"nope"))


def test_log_likelihood_ratio_sign() -> None:
    # absent where chance predicts 10: strongly negative; present far above chance: positive
    assert refstats.log_likelihood_ratio(0, 1000, 10_000, 1_000_000) < -15
    assert refstats.log_likelihood_ratio(200, 1000, 10_000, 1_000_000) > 100
    assert math.isclose(refstats.log_likelihood_ratio(10, 1000, 10_000, 1_000_000), 0.0, abs_tol=1e-6)


def test_pairs_stop_at_punctuation_and_paragraphs() -> None:
    got = [(a, b) for a, b, *_ in refstats.pairs_of("Blood pressure, heart rate.\n\nTake 2 pills")]
    assert got == [("blood", "pressure"), ("heart", "rate"), ("take", "<num>"), ("<num>", "pills")]


def test_number_forms() -> None:
    assert "disorders" in refstats.number_forms("disorder")
    assert "study" in refstats.number_forms("studies")
    assert "studies" in refstats.number_forms("study")


def test_mt121_position() -> None:
    text = "Line one is fine.\nTell your doctor about any problem with your treatment disease."
    diags = [d for d in Linter(select=["MT121"]).lint_text(text) if d.code == "MT121"]
    assert [(d.start.line, d.start.column, d.end.column, d.text) for d in diags] == [
        (2, 46, 63, "treatment disease")
    ]
    assert diags[0].data["observed"] == 0 and diags[0].data["expected"] > 5


def test_mt121_skips_attested_and_plural_variants() -> None:
    text = "Other disorder types and heart disease and high blood pressures are common."
    assert not [d for d in Linter(select=["MT121"]).lint_text(text) if d.code == "MT121"]


def test_mt120_one_finding_on_the_worst_sentence() -> None:
    diags = [d for d in Linter(select=["MT120"]).lint_text(_SPUN) if d.code == "MT120"]
    assert len(diags) == 1
    d = diags[0]
    assert d.text == "Certain nation too require to bring drug all sunlight."
    assert (d.start.line, d.start.column) == (1, 169)
    assert d.data["score"] < 0 and len(d.data["worst"]) == 3
    assert d.data["worst"][0]["score"] <= d.data["worst"][1]["score"] <= d.data["worst"][2]["score"]
    assert len(d.related) == 2
    assert "line 1" in d.message


def test_mt120_silent_on_clean_prose() -> None:
    assert not [d for d in Linter(select=["MT120"]).lint_text(_FILLER * 4) if d.code == "MT120"]


def test_pair_scores_match_pair_score() -> None:
    stats = refstats.load()
    words = ["high", "blood", "pressure", "zzzzqx", "blood", "night", "of", "the"]
    joined = [True, True, True, True, True, False, True, False]
    got = stats.pair_scores(words, joined)
    assert [i for i, _ in got] == [0, 1, 4, 6]
    for i, v in got:
        expected = stats.pair_score(words[i], words[i + 1])
        assert expected is not None and math.isclose(v, expected)
    assert [i for i, _ in stats.pair_scores(words, joined, 2)] == [0, 4, 6]


def test_mt121_capitals_only_at_a_sentence_start() -> None:
    linter = Linter(select=["MT121"])
    starts = [
        (d.start.line, d.start.column) for d in linter.lint_text("Fine. People treatment options vary.")
    ]
    assert starts == [(1, 7)]
    assert not linter.lint_text("We like the People Treatment options.")


def test_mt121_second_test_is_info_and_opt_in() -> None:
    text = "Check your blood night before bed."
    assert not Linter(select=["MT121"]).lint_text(text)
    diags = Linter(select=["MT121"], rule_options={"MT121": {"surprise-score": -3.0}}).lint_text(text)
    assert [(d.start.column, d.text, d.severity.name) for d in diags] == [(12, "blood night", "INFO")]
    assert diags[0].data["observed"] == 0 and diags[0].data["pair_score"] <= -3.0
