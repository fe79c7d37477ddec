"""Regression tests for issue 11's silent bugs and edges a user hits.

Each test names the fault it pins down; rules come from small packs written
into a temporary folder so the tests do not depend on the built-in families.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medlint.cli import main

PACK = """
pack: edge-test
rules:
  - {code: ZE101, name: fever-word, kind: existence, category: testing, severity: warning,
     message: "found {match}", phrases: [fever]}
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pack.yml").write_text(PACK, encoding="utf-8")
    (tmp_path / "medlint.toml").write_text('packs = ["pack.yml"]\nselect = ["ZE"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("extra", [(), ("--fix",), ("--jobs", "1")])
def test_broken_pack_in_nested_config_is_an_error(
    project: Path, capsys: pytest.CaptureFixture[str], extra: tuple[str, ...]
) -> None:
    sub = project / "sub"
    sub.mkdir()
    (sub / "broken.yml").write_text("rules: [{code: ZE201, kind: nonsense}]\n", encoding="utf-8")
    (sub / "medlint.toml").write_text('packs = ["broken.yml"]\n', encoding="utf-8")
    (sub / "a.md").write_text("Nothing here.\n", encoding="utf-8")
    code, out, err = run(capsys, "check", "sub", *extra)
    assert code == 2
    assert "broken.yml: rule ZE201: unknown kind 'nonsense'" in err
    assert "All clear" not in out
    assert "1 rule source failed to load" in out


def test_lint_paths_collects_errors_of_nested_configs(project: Path) -> None:
    from medlint.linter import lint_paths

    sub = project / "sub"
    sub.mkdir()
    (sub / "medlint.toml").write_text('packs = ["missing.yml"]\n', encoding="utf-8")
    (sub / "a.txt").write_text("A fever.\n", encoding="utf-8")
    errors: list[str] = []
    lint_paths([str(project)], errors=errors, jobs=1)
    assert errors == [f"{(sub / 'missing.yml').resolve()}: rule pack not found"]


# -- quote scope ------------------------------------------------------------------

OBSERVATIONAL = "The cohort study followed 5,000 adults for ten years.\n\n"


def test_unbalanced_quote_in_one_list_item_does_not_hide_a_claim_in_the_next() -> None:
    from medlint import lint_text

    text = OBSERVATIONAL + '- Dr Smith said "coffee is great.\n- Drinking coffee prevents heart disease.\n'
    found = [(d.code, d.start.line, d.start.column) for d in lint_text(text, format="markdown")]
    assert ("CL107", 4, 3) in found


def test_quote_opened_earlier_in_the_same_block_still_scopes_the_claim() -> None:
    from medlint import lint_text

    text = OBSERVATIONAL + 'Dr Smith said: "We think so. Drinking coffee prevents heart disease."\n'
    assert not [d for d in lint_text(text, format="markdown") if d.code == "CL107"]


def test_inside_quotes_is_bounded_by_the_block() -> None:
    from medlint.formats import load_document
    from medlint.quotes import double_quotes, inside_quotes, quote_open

    doc = load_document('- He said "yes\n- and \u201cno\n- then "a" b\n', "markdown")
    second = doc.prose.index("and")
    assert inside_quotes(doc, doc.prose.index("yes"))
    assert not inside_quotes(doc, second)
    assert inside_quotes(doc, doc.prose.index("no"))
    assert not inside_quotes(doc, doc.prose.index(" b"))
    assert quote_open("\u201copen") and not quote_open("\u201cshut\u201d") and quote_open('"')
    assert list(double_quotes('a "b" \u201cc\u201d')) == [
        (2, "straight"),
        (4, "straight"),
        (6, "curly"),
        (8, "curly"),
    ]
