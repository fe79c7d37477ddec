"""SARIF 2.1.0 for code-scanning tools; validated against the OASIS schema in tests."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..diagnostic import Diagnostic, Severity
from ..registry import ENGINE_CODES
from . import RunResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str, root: str) -> str:
    """A relative URI reference (RFC 3986) under ``root``, else a file:// URI; both percent-encoded,
    so a name like "my article #1, 50%.md" stays one path (``#`` would start a fragment)."""
    if path == "-":
        return "stdin"
    full = os.path.realpath(path)  # realpath, unlike Path.resolve, never raises on a symlink loop
    try:
        rel = os.path.relpath(full, os.path.realpath(root))
        if not rel.startswith(".."):
            return quote(Path(rel).as_posix(), safe="/")
    except ValueError:
        pass
    return Path(full).as_uri()


def _region(d: Diagnostic) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": d.start.line,
        "startColumn": d.start.column,
        "endLine": d.end.line,
        "endColumn": d.end.column,
        "charOffset": d.start.offset,
        "charLength": d.end.offset - d.start.offset,
    }
    if d.text:
        region["snippet"] = {"text": d.text}
    return region


def _rule_descriptor(code: str, rules: dict[str, Any]) -> dict[str, Any]:
    rule = rules.get(code)
    if rule is None:
        name, summary = ENGINE_CODES.get(code, (code.lower(), code))
        return {
            "id": code,
            "name": name,
            "shortDescription": {"text": summary},
            "defaultConfiguration": {"level": "error"},
            "properties": {"category": "internal"},
        }
    desc: dict[str, Any] = {
        "id": code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary() or rule.name},
        "fullDescription": {"text": rule.docs() or rule.name},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"category": rule.category, "origin": rule.origin},
    }
    if rule.source:
        desc["help"] = {"text": f"Source: {rule.source}"}
    return desc


def as_dict(result: RunResult) -> dict[str, Any]:
    from .. import __version__

    codes = sorted({d.code for d in result.diagnostics} | set(result.rules))
    index = {c: i for i, c in enumerate(codes)}
    results = []
    for d in result.diagnostics:
        uri = _uri(d.path, result.root)
        res: dict[str, Any] = {
            "ruleId": d.code,
            "ruleIndex": index[d.code],
            "level": _LEVEL[d.severity],
            "message": {"text": d.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": _region(d)}}],
        }
        if d.related:
            res["relatedLocations"] = [
                {
                    "id": i,
                    "message": {"text": r.message or "related location"},
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        "region": {
                            "startLine": r.start.line,
                            "startColumn": r.start.column,
                            "endLine": r.end.line,
                            "endColumn": r.end.column,
                        },
                    },
                }
                for i, r in enumerate(d.related)
            ]
        if d.fix is not None:
            res["fixes"] = [
                {
                    "description": {"text": d.fix.description or "apply the suggested edit"},
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": uri},
                            "replacements": [
                                {
                                    "deletedRegion": {"charOffset": e.start, "charLength": e.end - e.start},
                                    "insertedContent": {"text": e.replacement},
                                }
                                for e in d.fix.edits
                            ],
                        }
                    ],
                }
            ]
            res["properties"] = {"fixSafe": d.fix.safe}
        if d.suggestions:
            res.setdefault("properties", {})["suggestions"] = list(d.suggestions)
        results.append(res)
    invocation: dict[str, Any] = {
        "executionSuccessful": not result.errors
        and not any(d.code in ("ML901", "ML902") for d in result.diagnostics),
    }
    if result.errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": e}} for e in result.errors
        ]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "medlint",
                        "version": __version__,
                        "informationUri": "https://github.com/medlint/medlint",
                        "rules": [_rule_descriptor(c, result.rules) for c in codes],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [invocation],
                "results": results,
            }
        ],
    }


def render(result: RunResult) -> str:
    return json.dumps(as_dict(result), ensure_ascii=False, indent=2) + "\n"
