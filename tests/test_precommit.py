"""A real pre-commit run in a throwaway git repository using this repo's hook.

``pre-commit try-repo`` would build a fresh virtualenv and download medlint's
dependencies, which the test machine cannot do at test time. Instead the test
takes the hook definition from ``.pre-commit-hooks.yaml`` verbatim (id, files,
types, args) and runs it as a ``repo: local`` hook with ``language: system``
against the already installed medlint, so pre-commit itself selects the files
and interprets the exit code.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent

BAD = """# Zinc and colds

Zinc lozenges shorten the the common cold for some adults, according to a
2017 meta-analysis in JRSM Open.
"""
GOOD = BAD.replace("the the", "the")

HOUSE_PACK = """
pack: house
source: "house style"
rules:
  - {code: HS101, name: doubled-the, kind: substitution, category: repetition, severity: error,
     message: "doubled word {match}", swap: {the the: the}, fix: safe}
"""


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_precommit_hook_fails_on_bad_article_then_passes(tmp_path: Path) -> None:
    pre_commit = shutil.which("pre-commit", path=os.path.dirname(sys.executable)) or shutil.which(
        "pre-commit"
    )
    if pre_commit is None:
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "medlint")
    assert hook["entry"].startswith("medlint check")
    local = {
        **hook,
        "language": "system",
        # run the medlint under test, with only a rule this test controls
        "entry": f"{sys.executable} -m {hook['entry']}",
    }
    repo = tmp_path / "content"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.invalid")
    _git(repo, "config", "user.name", "t")
    (repo / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]})
    )
    # the content repo's own config and rule pack: the hook must pick them up
    (repo / "medlint.toml").write_text('packs = ["house.yml"]\nselect = ["HS"]\nexclude = ["drafts/"]\n')
    (repo / "house.yml").write_text(HOUSE_PACK)
    article = repo / "zinc.md"
    article.write_text(BAD)
    (repo / "notes.py").write_text("x = 'the the'\n")  # not an article: the hook must skip it
    (repo / "drafts").mkdir()
    (repo / "drafts" / "wip.md").write_text(BAD)  # excluded in medlint.toml: pre-commit names it anyway
    _git(repo, "add", ".")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pc-home"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("GITHUB_ACTIONS", None)
    run = subprocess.run(
        [pre_commit, "run", "--all-files", "--color", "never"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "zinc.md:3:" in run.stdout and "HS101" in run.stdout
    assert "notes.py" not in run.stdout
    assert "wip.md" not in run.stdout  # the hook passes --force-exclude
    assert article.read_text() == BAD  # the lint hook never modifies files

    article.write_text(GOOD)
    _git(repo, "add", ".")
    run = subprocess.run(
        [pre_commit, "run", "--all-files", "--color", "never"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Passed" in run.stdout
