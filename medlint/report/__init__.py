"""Output formats. Each module renders a RunResult; JSON is the schema, the rest are thin."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..diagnostic import Diagnostic, Severity

FORMATS = ("text", "json", "sarif", "github", "html")


@dataclass
class RunResult:
    """Everything a reporter needs about one run."""

    diagnostics: list[Diagnostic]
    files: int
    errors: list[str] = field(default_factory=list)  # run-level problems (plugin load, ...)
    notices: list[str] = field(default_factory=list)
    fixed: int = 0
    rules: dict[str, Any] = field(default_factory=dict)  # code -> Rule class, for SARIF
    root: str = "."  # paths in SARIF are made relative to this
    #: Texts the run already holds (stdin, fixed files), by path; the HTML report reads the rest.
    sources: dict[str, str] = field(default_factory=dict)
    #: Every file checked, clean ones included, so the HTML report can list them all.
    paths: list[str] = field(default_factory=list)

    def counts(self) -> Counter[Severity]:
        return Counter(d.severity for d in self.diagnostics)

    def summary(self) -> dict[str, int]:
        c = self.counts()
        return {
            "files": self.files,
            "problems": len(self.diagnostics),
            "errors": c[Severity.ERROR],
            "warnings": c[Severity.WARNING],
            "info": c[Severity.INFO],
            "fixable": sum(1 for d in self.diagnostics if d.fix is not None and d.fix.safe),
            "fixed": self.fixed,
        }


def render(fmt: str, result: RunResult, **options: Any) -> str:
    """Render ``result`` in ``fmt``; options (color, quiet, ...) only matter for text."""
    if fmt == "json":
        from .json import render as render_json

        return render_json(result)
    if fmt == "sarif":
        from .sarif import render as render_sarif

        return render_sarif(result)
    if fmt == "html":
        from .html import render as render_html

        return render_html(result)
    if fmt == "github":
        from .github import render as render_github

        return render_github(result)
    from .text import render as render_text

    return render_text(result, **options)
