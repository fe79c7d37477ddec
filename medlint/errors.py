"""Exceptions that carry a message meant for the user, not a traceback."""

from __future__ import annotations


class MedlintError(Exception):
    """Base class; ``str(err)`` is a complete, user-facing sentence."""


class InputError(MedlintError):
    """A file cannot be linted: missing, a directory, binary, not UTF-8, too large."""

    def __init__(self, path: str | None, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}" if path else problem)


class ConfigError(MedlintError):
    """The configuration (file or command line) is invalid: exit code 2."""


class UsageError(MedlintError):
    """The command line is wrong: exit code 2."""
