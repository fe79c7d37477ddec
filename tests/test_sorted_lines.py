"""Binary search over sorted text tables (word frequencies, CMU dictionary)."""

from __future__ import annotations

import pytest

from medlint.data import data_dir
from medlint.text.sorted_lines import SortedLines


def test_every_word_of_the_frequency_table_is_found() -> None:
    raw = (data_dir() / "word-frequencies.tsv").read_bytes()
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


def test_neighbours_out_of_order_and_line_key_variants_across_strides() -> None:
    import medlint.text.sorted_lines as sl

    words = [f"w{i:05d}" for i in range(3000)]
    words[1000], words[1001] = words[1001], words[1000]  # one adjacent pair out of order
    lines = []
    for w in words:
        lines += [f"{w} {w.upper()}", f"{w}(2) ALT"]
    table = SortedLines("\n".join(lines).encode(), b" ", line_key=lambda k: k.split(b"(")[0])
    assert len(table._starts) == 0
    assert all(table.get(w) == w.upper() for w in words)
    assert len(table._starts) > 10  # the data spans many strides
    assert table.get("w99999") is None and table.get("a") is None and table.get("w0") is None
    assert sl._STRIDE < len("\n".join(lines))
