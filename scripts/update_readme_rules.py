"""Rewrite the README's rules table from the registry (the table tests/test_readme.py checks).

python scripts/update_readme_rules.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEGIN = "<!-- rules-table:begin"
END = "<!-- rules-table:end -->"


def main() -> None:
    """Replace the lines between the markers with ``medlint rules --format markdown``."""
    table = subprocess.run(
        [sys.executable, "-m", "medlint", "rules", "--format", "markdown"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.strip("\n")
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    head_end = text.index("\n", text.index(BEGIN)) + 1
    tail = text.index(END)
    readme.write_text(text[:head_end] + table + "\n" + text[tail:], encoding="utf-8")


if __name__ == "__main__":
    main()
