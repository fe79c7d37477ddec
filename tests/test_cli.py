"""The medlint command: exit codes, formats, bad input, --fix, config errors.

Rules here come from a small rule pack declared in the test folder's
medlint.toml, so these tests do not depend on the built-in rule families.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import shared_path

from medlint.cli import main

ROOT = Path(__file__).resolve().parent.parent

PACK = """
pack: cli-test
source: "test pack"
rules:
  - {code: ZC101, name: fever-word, kind: existence, category: testing, severity: warning,
     message: "found {match}", phrases: [fever]}
  - {code: ZC102, name: doubled-the, kind: substitution, category: testing, severity: error,
     message: "doubled word {match}", swap: {the the: the}, fix: safe}
  - {code: ZC103, name: mild-word, kind: existence, category: testing, severity: info,
     message: "mild {match}", phrases: [mild]}
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pack.yml").write_text(PACK, encoding="utf-8")
    (tmp_path / "medlint.toml").write_text('packs = ["pack.yml"]\nselect = ["ZC"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def write(path: Path, text: str, newline: str = "\n") -> Path:
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_file_exits_zero(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / "ok.txt", "Nothing to see.\n")
    assert run(capsys, "check", "ok.txt")[0] == 0


def test_findings_exit_one_and_text_format(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / "a.md", "# Title\n\nA fever and the the cough.\n")
    code, out, _ = run(capsys, "check", "a.md")
    assert code == 1
    assert "a.md:3:3: ZC101 [warning] found fever" in out
    assert "a.md:3:13: ZC102 [error] doubled word the the" in out
    assert "= help: the" in out
    assert "Found 2 problems (1 error, 1 warning, 0 info) in 1 file." in out
    assert "1 fixable with --fix." in out


def test_fail_level_and_exit_zero(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / "a.txt", "A fever.\n")
    assert run(capsys, "check", "a.txt", "--fail-level", "error")[0] == 0
    assert run(capsys, "check", "a.txt", "--exit-zero")[0] == 0
    write(project / "b.txt", "A mild case.\n")
    assert run(capsys, "check", "b.txt")[0] == 0  # info is below the default fail level
    assert run(capsys, "check", "b.txt", "--fail-level", "info")[0] == 1


def test_select_ignore_by_prefix_name_and_category(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / "a.txt", "A fever and the the cough.\n")
    _, out, _ = run(capsys, "check", "a.txt", "--ignore", "fever-word", "--format", "json")
    assert [d["code"] for d in json.loads(out)["diagnostics"]] == ["ZC102"]
    _, out, _ = run(capsys, "check", "a.txt", "--select", "ZC101,ZC103", "--format", "json")
    assert [d["code"] for d in json.loads(out)["diagnostics"]] == ["ZC101"]


def test_unknown_selector_is_usage_error_with_suggestion(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "a.txt", "x\n")
    code, _, err = run(capsys, "check", "a.txt", "--select", "fevr-word")
    assert code == 2
    assert "did you mean 'fever-word'" in err


def test_bad_inputs_are_reported_and_others_still_linted(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "good.txt", "A fever.\n")
    (project / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (project / "latin.txt").write_bytes("Fi\u00e8vre".encode("latin-1"))
    write(project / "empty.md", "")
    code, out, err = run(capsys, "check", "good.txt", "bin.txt", "latin.txt", "missing.md", "empty.md")
    assert code == 2
    assert "good.txt:1:3: ZC101" in out
    assert "bin.txt: looks like a binary file" in err
    assert "latin.txt: is not valid UTF-8" in err
    assert "missing.md: no such file" in err


def test_malformed_and_unknown_config_keys(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / "a.txt", "x\n")
    (project / "medlint.toml").write_text("select = [\n", encoding="utf-8")
    code, _, err = run(capsys, "check", "a.txt")
    assert code == 2 and "medlint.toml: invalid TOML" in err
    (project / "medlint.toml").write_text('packs = ["pack.yml"]\nselct = ["ZC"]\n', encoding="utf-8")
    code, _, err = run(capsys, "check", "a.txt")
    assert code == 2 and "unknown key 'selct' (did you mean 'select'?)" in err


def test_json_output_matches_documented_schema(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    write(project / "a.md", "A fever 😀 and the the cough.\n")
    _, out, _ = run(capsys, "check", "a.md", "--format", "json")
    data = json.loads(out)
    schema = json.loads((ROOT / "docs" / "medlint-diagnostics.schema.json").read_text())
    jsonschema.validate(data, schema)
    assert data["schema"] == "medlint/diagnostics" and data["version"] == 1
    d = data["diagnostics"][1]
    assert d["start"] == {"offset": 14, "line": 1, "column": 15}  # the emoji is one code point
    assert d["fix"]["edits"] == [{"start": 14, "end": 21, "replacement": "the"}]


def test_sarif_output_validates_against_official_schema(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(shared_path("data", "sarif-schema-2.1.0.json").read_text())
    write(project / "a.md", "A fever and the the cough.\n")
    (project / "bin.txt").write_bytes(b"\x00\x01")
    code, out, _ = run(capsys, "check", "a.md", "bin.txt", "--format", "sarif")
    assert code == 2
    data = json.loads(out)
    jsonschema.validate(data, schema)
    run_ = data["runs"][0]
    assert run_["invocations"][0]["executionSuccessful"] is False
    results = {r["ruleId"]: r for r in run_["results"]}
    assert results["ZC102"]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 13
    assert results["ZC102"]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {
        "text": "the"
    }
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} >= {"ZC101", "ZC102", "ML902"}


def test_github_format_is_automatic_on_actions(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(project / "a,b.md", "A fever.\n")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, _ = run(capsys, "check", "a,b.md")
    assert code == 1
    assert (
        out
        == "::warning file=a%2Cb.md,line=1,col=3,endLine=1,endColumn=8,title=ZC101 fever-word::found fever\n"
    )


def test_statistics(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / "a.txt", "fever fever. the the\n")
    _, out, _ = run(capsys, "check", "a.txt", "--statistics")
    assert "    2\tZC101\tfever-word" in out
    assert "    1\tZC102\tdoubled-the [*]" in out


def test_fix_only_when_asked_atomic_and_keeps_crlf(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(project / "a.txt", "Line one.\nSee the the doctor.\n", newline="\r\n")
    before = f.read_bytes()
    run(capsys, "check", "a.txt")
    assert f.read_bytes() == before  # never modified without --fix
    code, out, _ = run(capsys, "check", "a.txt", "--fix", "--diff")
    assert "-See the the doctor." in out and f.read_bytes() == before
    code, out, _ = run(capsys, "check", "a.txt", "--fix")
    assert code == 0
    assert f.read_bytes() == b"Line one.\r\nSee the doctor.\r\n"
    assert "Fixed 1 problem." in out
    assert not [p for p in project.iterdir() if p.name.startswith(".medlint-")]


def test_stdin_with_filename(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"<p>A fever</p>\n")))
    code = main(["check", "-", "--stdin-filename", "page.html", "--format", "json"])
    out = capsysbinary.readouterr().out.decode()
    assert code == 1
    d = json.loads(out)["diagnostics"][0]
    assert (d["path"], d["start"]["column"], d["text"]) == ("page.html", 6, "fever")


def test_rules_and_explain(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "ZC101" in out and "fever-word" in out
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert {r["code"] for r in json.loads(out)} >= {"ZC101", "ZC102", "ZC103"}
    code, _, err = run(capsys, "explain", "ZC10")
    assert code == 2 and "unknown rule" in err


def test_directory_walk_honours_exclude(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "docs" / "drafts").mkdir(parents=True)
    write(project / "docs" / "a.md", "fever\n")
    write(project / "docs" / "drafts" / "b.md", "fever\n")
    write(project / "docs" / "c.py", "fever\n")
    _, out, _ = run(capsys, "check", "docs", "--format", "json", "--exclude", "drafts/")
    assert [Path(d["path"]).name for d in json.loads(out)["diagnostics"]] == ["a.md"]


def test_crashing_rule_end_to_end(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    dist = site / "crashy-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: crashy\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[medlint.rules]\ncrashy = crashy:Crash\n")
    (site / "crashy.py").write_text(
        textwrap.dedent(
            """
            from medlint import Rule
            class Crash(Rule):
                code = "XK101"
                name = "crash"
                category = "test"
                description = "Crashes."
                def check(self, doc):
                    raise RuntimeError("kaboom")
            """
        )
    )
    a = write(tmp_path / "a.txt", "One.\n")
    b = write(tmp_path / "b.txt", "Two.\n")
    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{ROOT}"}
    env.pop("GITHUB_ACTIONS", None)
    out = subprocess.run(
        [sys.executable, "-m", "medlint", "check", "--isolated", "--select", "XK101", str(a), str(b)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert out.returncode == 2
    assert out.stdout.count("ML901") == 2
    assert "XK101 (crash, plugin:crashy) crashed" in out.stdout and "kaboom" in out.stdout


def test_help_quotes_a_suggestion_of_marks_and_names_the_fix(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "p.txt", "Rest helps. , Fluids help too.\n")
    _, out, _ = run(capsys, "check", "p.txt", "--select", "TX101")
    assert "  = help: '.'\n" in out
    assert "  = fix: remove the stray mark\n" in out


def test_the_command_process_runs_main_with_fewer_collections(monkeypatch: pytest.MonkeyPatch) -> None:
    """``run`` (the console script and ``python -m medlint``) exits with ``main``'s code, having
    raised the collector's threshold and frozen the objects for the exit; ``main`` alone leaves
    the collector as it was."""
    import gc

    from medlint import cli

    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []

    def fake_main() -> int:
        seen.append(gc.get_threshold())
        return 3

    monkeypatch.setattr(cli, "main", fake_main)
    try:
        with pytest.raises(SystemExit) as stop:
            cli.run()
        assert stop.value.code == 3
        assert seen == [(max(cli.GC_THRESHOLD, before[0]), *before[1:])]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_python_m_medlint_is_the_command(project: Path) -> None:
    claim = write(project / "claim.txt", "This herbal tea cures diabetes in a month.\n")
    out = subprocess.run(
        [sys.executable, "-m", "medlint", "check", "--isolated", "--format", "json", str(claim)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )
    assert out.returncode == 1, out.stderr
    assert json.loads(out.stdout)["diagnostics"]
