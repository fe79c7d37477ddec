"""A snapshot of ``medlint check examples/``: the text report a user sees, kept in the repository.

Any change to what medlint reports on the bundled examples (a finding added,
lost or moved, a message reworded, the summary line) shows up as a diff of
``tests/snapshots/check-examples.txt``. When the change is intended, update the
snapshot and commit it with the change::

    MEDLINT_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_snapshot.py

The run is a real ``python -m medlint check examples/`` from the repository
root, with no colour and no LanguageTool server, so the report is the one a
user gets in a fresh checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "snapshots" / "check-examples.txt"
UPDATE = os.environ.get("MEDLINT_UPDATE_SNAPSHOTS") == "1"


def _run_check_examples() -> str:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(ROOT)),
        "PYTHONPATH": str(ROOT),
        "NO_COLOR": "1",
        "PYTHONIOENCODING": "utf-8",
        "MEDLINT_CACHE_DIR": os.environ["MEDLINT_CACHE_DIR"],  # the test session's (conftest)
    }
    result = subprocess.run(
        [sys.executable, "-m", "medlint", "check", "examples/"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    return f"$ medlint check examples/\n{result.stdout}[exit code {result.returncode}]\n"


def test_check_examples_matches_the_snapshot() -> None:
    report = _run_check_examples()
    if UPDATE:
        SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
        SNAPSHOT.write_text(report, encoding="utf-8")
        pytest.skip(f"snapshot written to {SNAPSHOT.relative_to(ROOT)}; review and commit it")
    assert SNAPSHOT.is_file(), "no snapshot yet: run with MEDLINT_UPDATE_SNAPSHOTS=1"
    expected = SNAPSHOT.read_text(encoding="utf-8")
    assert report == expected, (
        "medlint check examples/ changed; if intended, run "
        "MEDLINT_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_snapshot.py and commit the snapshot"
    )
