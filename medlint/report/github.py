"""GitHub Actions workflow commands (annotations on the pull request diff)."""

from __future__ import annotations

from ..diagnostic import Severity
from . import RunResult

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(result: RunResult) -> str:
    out = []
    for d in result.diagnostics:
        props = (
            f"file={_escape_prop(d.path)},line={d.start.line},col={d.start.column},"
            f"endLine={d.end.line},endColumn={d.end.column},title={_escape_prop(f'{d.code} {d.name}')}"
        )
        out.append(f"::{_LEVEL[d.severity]} {props}::{_escape_data(d.message)}")
    for e in result.errors:
        out.append(f"::error title=medlint::{_escape_data(e)}")
    return "\n".join(out) + ("\n" if out else "")
