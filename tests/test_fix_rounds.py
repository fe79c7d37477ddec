"""One ``--fix`` applies fixes round after round: what a first round leaves fixable, it fixes too."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from medlint.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["check", "--isolated", "--select", "RP101,TX101", *args])
    return code, capsys.readouterr().out


def test_a_fix_that_leaves_another_fixable_mark_is_finished_in_the_same_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the doubled full stop loses one mark in the first round, which leaves a space before the
    # other: a second round removes it
    f = tmp_path / "a.txt"
    f.write_text("Take the the , pills .. with with water .\n", encoding="utf-8")
    _, out = _run(capsys, str(f), "--fix")
    assert f.read_text(encoding="utf-8") == "Take the, pills. with water.\n"
    assert "Fixed 6 problems." in out
    _, out = _run(capsys, str(f), "--fix", "--diff")
    assert out.strip() == ""  # nothing left for a second run


def test_stdin_fix_prints_the_text_after_every_round(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Take pills .. with water.\n")))
    _, out = _run(capsys, "-", "--fix")
    assert out.startswith("Take pills. with water.\n")
