"""Versioned JSON output; the schema is docs/medlint-diagnostics.schema.json."""

from __future__ import annotations

import json

from . import RunResult

SCHEMA_ID = "medlint/diagnostics"
SCHEMA_VERSION = 1


def as_dict(result: RunResult) -> dict[str, object]:
    from .. import __version__

    return {
        "schema": SCHEMA_ID,
        "version": SCHEMA_VERSION,
        "medlint_version": __version__,
        "summary": result.summary(),
        "diagnostics": [d.to_dict() for d in result.diagnostics],
        "errors": list(result.errors),
    }


def render(result: RunResult) -> str:
    return json.dumps(as_dict(result), ensure_ascii=False, indent=2) + "\n"
