"""The public Python API: lint_text, lint_file, lint_paths."""

from __future__ import annotations

from pathlib import Path

import pytest

import medlint
from medlint.config import parse_config

PACK = """
pack: api-test
source: "test"
rules:
  - {code: ZA101, name: flag-fever, kind: existence, category: testing,
     message: "found {match}", phrases: [fever]}
"""


@pytest.fixture
def config(tmp_path: Path) -> medlint.Config:
    pack = tmp_path / "pack.yml"
    pack.write_text(PACK, encoding="utf-8")
    return parse_config({"packs": [str(pack)], "select": ["ZA101"]}, "test", root=tmp_path)


def test_public_names() -> None:
    for name in (
        "lint_text",
        "lint_file",
        "lint_paths",
        "Linter",
        "Diagnostic",
        "Severity",
        "Rule",
        "Config",
    ):
        assert hasattr(medlint, name)
    assert (Path(medlint.__file__).parent / "py.typed").exists()


def test_lint_text_returns_positioned_diagnostics(config: medlint.Config) -> None:
    diags = medlint.lint_text("Line one.\nA fever today.", config=config)
    assert len(diags) == 1
    d = diags[0]
    assert (d.code, d.name, d.category, d.text) == ("ZA101", "flag-fever", "testing", "fever")
    assert (d.start.line, d.start.column, d.end.column) == (2, 3, 8)
    assert d.to_dict()["start"] == {"offset": 12, "line": 2, "column": 3}


def test_lint_file_and_errors(config: medlint.Config, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Fever\n\nNo fever here.\n", encoding="utf-8")
    assert [d.start.line for d in medlint.lint_file(f, config=config)] == [1, 3]
    with pytest.raises(medlint.InputError, match="is a directory"):
        medlint.lint_file(tmp_path, config=config)
    with pytest.raises(medlint.InputError, match="no such file"):
        medlint.lint_file(tmp_path / "missing.md", config=config)


def test_lint_paths_parallel_equals_serial_and_reports_bad_files(
    config: medlint.Config, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(12):
        (docs / f"a{i:02}.txt").write_text(f"Article {i}: fever " * (i + 1), encoding="utf-8")
    (docs / "bad.txt").write_bytes(b"fever \xff\xfe")
    (docs / "image.png").write_bytes(b"\x89PNG\x00")  # not a known format: skipped in folders
    serial = medlint.lint_paths([docs, tmp_path / "nope.txt"], config, jobs=1)
    parallel = medlint.lint_paths([docs, tmp_path / "nope.txt"], config, jobs=2)
    assert serial == parallel
    assert sum(d.code == "ZA101" for d in serial) == sum(range(1, 13))
    errors = {Path(d.path).name: d.message for d in serial if d.code == "ML902"}
    assert set(errors) == {"bad.txt", "nope.txt"}
    assert "not valid UTF-8" in errors["bad.txt"] and "no such file" in errors["nope.txt"]


def test_huge_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    from medlint.linter import MAX_FILE_BYTES

    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no real disk use
    with pytest.raises(medlint.InputError, match=r"huge\.txt: is 21\.0 MB, over the 20 MB limit"):
        medlint.lint_file(big)


def test_empty_inputs_give_no_findings() -> None:
    for fmt in ("text", "markdown", "html"):
        assert medlint.lint_text("", format=fmt) == []
        assert medlint.lint_text("\n\n  \n", format=fmt) == []
