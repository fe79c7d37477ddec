"""Human output: ``path:line:col: CODE [severity] message`` plus the flagged text."""

from __future__ import annotations

from collections import Counter

from ..diagnostic import Diagnostic, Severity
from . import RunResult

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def _flat(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def show_suggestion(text: str) -> str:
    """A suggestion as one line; one made only of marks is quoted, since a bare "." reads as nothing."""
    flat = " ".join(text.split())
    return flat if any(c.isalnum() for c in flat) else f"'{flat}'"


def help_lines(d: Diagnostic) -> list[str]:
    """The ``help`` line (up to three suggestions, whole) and the ``fix`` line (what ``--fix`` would do)."""
    lines = []
    if d.suggestions:
        # whole: a suggestion cut short is one the reader cannot use
        lines.append("help: " + " | ".join(show_suggestion(s) for s in d.suggestions[:3]))
    if d.fix is not None and d.fix.description:
        lines.append(("fix: " if d.fix.safe else "unsafe fix: ") + d.fix.description)
    return lines


def render(
    result: RunResult,
    color: bool = False,
    quiet: bool = False,
    statistics: bool = False,
    sources: dict[str, str] | None = None,
) -> str:
    lines: list[str] = []
    for d in result.diagnostics:
        sev = str(d.severity)
        code = f"{_BOLD}{d.code}{_RESET}" if color else d.code
        sev_s = f"{_COLORS[d.severity]}{sev}{_RESET}" if color else sev
        lines.append(f"{d.path}:{d.start.line}:{d.start.column}: {code} [{sev_s}] {d.message}")
        if d.text and not d.text.isspace():
            lines.append(f"  | {_flat(d.text)!r}" if not color else f"  {_DIM}| {_flat(d.text)!r}{_RESET}")
        if sources is not None and d.path in sources:
            src_lines = sources[d.path].splitlines()
            if 0 < d.start.line <= len(src_lines):
                line = src_lines[d.start.line - 1]
                width = max(1, (d.end.column - d.start.column) if d.end.line == d.start.line else len(line))
                lines.append(f"  | {line}")
                lines.append("  | " + " " * (d.start.column - 1) + "^" * width)
        lines.extend("  = " + line for line in help_lines(d))
        for r in d.related:
            lines.append(
                f"  = see {d.path}:{r.start.line}:{r.start.column}" + (f" ({r.message})" if r.message else "")
            )
    if statistics and result.diagnostics:
        lines.append("")
        counts = Counter((d.code, d.name) for d in result.diagnostics)
        fixable = Counter(d.code for d in result.diagnostics if d.fix is not None and d.fix.safe)
        for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            mark = " [*]" if fixable[code] else ""
            lines.append(f"{n:5d}\t{code}\t{name}{mark}")
    if not quiet:
        s = result.summary()
        if s["problems"]:
            lines.append(
                f"Found {s['problems']} problem{'s' if s['problems'] != 1 else ''} "
                f"({s['errors']} error{'s' if s['errors'] != 1 else ''}, "
                f"{s['warnings']} warning{'s' if s['warnings'] != 1 else ''}, {s['info']} info) "
                f"in {s['files']} file{'s' if s['files'] != 1 else ''}."
            )
            if s["fixable"]:
                lines.append(f"{s['fixable']} fixable with --fix.")
        elif result.errors:
            n = len(result.errors)
            lines.append(
                f"No problems found in {s['files']} file{'s' if s['files'] != 1 else ''}, but "
                f"{n} rule source{'s' if n != 1 else ''} failed to load (see the errors above)."
            )
        else:
            lines.append(f"All clear: {s['files']} file{'s' if s['files'] != 1 else ''} checked.")
        if s["fixed"]:
            lines.append(f"Fixed {s['fixed']} problem{'s' if s['fixed'] != 1 else ''}.")
    return "\n".join(lines) + ("\n" if lines else "")
