"""Binary search over sorted text tables (word frequencies, CMU dictionary)."""

from __future__ import annotations

import pytest

from medlint.registry import builtin_pack_dir
from medlint.sorted_lines import SortedLines


def test_every_word_of_the_frequency_table_is_found() -> None:
    raw = (builtin_pack_dir() / "data" / "word-frequencies.tsv").read_bytes()
    table = SortedLines(raw, b"\t")
    expected = dict(
        line.split("\t") for line in raw.decode("utf-8").splitlines() if line and not line.startswith("#")
    )
    assert len(expected) > 20_000
    assert [w for w, z in expected.items() if table.get(w) != z] == []
    assert table.get("zzzzzzzz") is None
    assert table.get("aaaaaa") is None  # before the first word


@pytest.mark.parametrize("trailing_newline", [True, False])
def test_first_last_missing_and_comment_lines(trailing_newline: bool) -> None:
    data = b"# header\nalpha\t1\nbeta\t2\ngamma\t3" + (b"\n" if trailing_newline else b"")
    table = SortedLines(data, b"\t")
    assert [table.get(w) for w in ("alpha", "beta", "gamma")] == ["1", "2", "3"]
    assert [table.get(w) for w in ("alp", "alphab", "delta", "", "#", "# header")] == [None] * 6


def test_window_finds_neighbours_out_of_order_and_line_key_groups_variants() -> None:
    data = b"ant A\nbee(2) B2\nbee B\ncow C\ncat D\ndog E\n"  # "cow"/"cat" swapped
    strict = SortedLines(data, b" ", line_key=lambda k: k.split(b"(")[0])
    assert strict.get("cat") is None  # the plain search misses the out-of-order line
    table = SortedLines(data, b" ", line_key=lambda k: k.split(b"(")[0], window=2)
    assert [table.get(w) for w in ("ant", "bee", "cow", "cat", "dog")] == ["A", "B", "C", "D", "E"]


def test_word_frequency_table_agrees_with_wordfreq_on_the_corpus() -> None:
    """Same rare/common verdicts as wordfreq itself for every word of the benchmark corpus."""
    import re
    from pathlib import Path

    from wordfreq import zipf_frequency

    from medlint.word_frequency import is_rarer_than

    corpus = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus"
    words = set()
    for path in corpus.iterdir():
        words |= {w.lower() for w in re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8"))}
    assert len(words) > 1000
    for threshold in (2.5, 3.0, 4.0):
        wrong = [w for w in words if is_rarer_than(w, threshold) != (zipf_frequency(w, "en") < threshold)]
        assert wrong == [], threshold
