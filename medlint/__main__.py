"""``python -m medlint`` is the ``medlint`` command."""

from .cli import run

if __name__ == "__main__":  # spawned worker processes import this module too (medlint serve)
    run()
