"""An unknown selector is reported where it was written: the config file or the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from medlint.cli import main


def _err(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> str:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Take the the pills.\n", encoding="utf-8")
    assert main(["check", "a.txt", *args]) == 2
    return capsys.readouterr().err


def test_a_command_line_selector_is_not_blamed_on_the_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.medlint]\nignore = []\n", encoding="utf-8")
    assert "--select: unknown rule or selector 'XX999'" in _err(
        tmp_path, monkeypatch, capsys, "--select", "XX999"
    )
    assert "--ignore: unknown rule or selector 'XX9'" in _err(
        tmp_path, monkeypatch, capsys, "--ignore", "XX9"
    )
    err = _err(tmp_path, monkeypatch, capsys, "--extend-select", "ZZ")
    assert "--extend-select: unknown rule or selector 'ZZ'" in err and "pyproject.toml" not in err


def test_a_config_file_selector_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.medlint]\nignore = ["XX999"]\n', encoding="utf-8")
    err = _err(tmp_path, monkeypatch, capsys)
    assert "pyproject.toml: unknown rule or selector 'XX999'" in err
