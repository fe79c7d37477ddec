"""benchmarks/wmt22.py --half: a fixed split of window positions, the one wmt22_dev.py reads."""

from __future__ import annotations

import zlib

import pytest

from benchmarks.wmt22 import HALVES, main, window_half
from benchmarks.wmt22_dev import is_dev


def test_window_half_is_the_development_split_of_wmt22_dev() -> None:
    for pair in ("cs-en", "ja-en", "zh-en"):
        for start in range(0, 400, 10):
            assert (window_half(pair, start) == "dev") == is_dev(pair, start)
            assert window_half(pair, start) == (
                "dev" if zlib.crc32(f"{pair}:{start}".encode()) % 2 == 0 else "test"
            )


def test_both_halves_occur_and_split_only_by_position() -> None:
    halves = [window_half("zh-en", s) for s in range(0, 1000, 10)]
    assert 30 < halves.count("dev") < 70
    assert halves == [window_half("zh-en", s) for s in range(0, 1000, 10)]


def test_half_option_rejects_other_values(capsys: pytest.CaptureFixture[str]) -> None:
    assert HALVES == ("all", "dev", "test")
    with pytest.raises(SystemExit):
        main(["--half", "train", "--wmt22", "/nonexistent"])
    assert "invalid choice" in capsys.readouterr().err
