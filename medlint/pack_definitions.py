"""Named pattern fragments in rule packs: ``${name}`` in a pack's strings.

A pack that needs one class of words in many patterns (drug names in every claim about stopping a
treatment) would otherwise copy the same alternation into each, and the copies drift apart: one
knows "methotrexate", the next does not. A pack names the fragment once under ``define:`` and
writes ``${name}`` where it belongs; medlint itself defines the classes its Python rules share
(``drug_name``: ``medlint.text.drug_names``). Each use is wrapped in a non-capturing group, so a
fragment's alternation never leaks into the pattern around it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .rule import RuleError

_USE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def builtin_definitions() -> dict[str, str]:
    """The fragments every pack may use."""
    from .text.drug_names import DRUG_NAME_PATTERN

    return {"drug_name": DRUG_NAME_PATTERN}


def pack_definitions(raw: Any, where: str) -> dict[str, str]:
    """The built-in fragments with a pack's own ``define:`` mapping over them."""
    out = builtin_definitions()
    if raw is None:
        return out
    if not isinstance(raw, Mapping):
        raise RuleError(f"{where}: 'define' is a mapping of names to pattern fragments")
    for name, fragment in raw.items():
        if not isinstance(name, str) or not _USE.fullmatch("${" + name + "}"):
            raise RuleError(f"{where}: 'define' name {name!r} is not a plain identifier")
        if not isinstance(fragment, str):
            raise RuleError(f"{where}: 'define' {name!r} must be a string, got {fragment!r}")
        if _USE.search(fragment):
            raise RuleError(f"{where}: 'define' {name!r} uses another definition; write it out")
        out[name] = fragment
    return out


def expand(value: Any, definitions: Mapping[str, str], where: str) -> Any:
    """``value`` (a rule spec or any part of one) with every ``${name}`` in its strings replaced by
    ``(?:fragment)``; an unknown name is an error naming the pack and the rule."""
    if isinstance(value, str):
        if "${" not in value:
            return value

        def one(m: re.Match[str]) -> str:
            fragment = definitions.get(m.group(1))
            if fragment is None:
                known = ", ".join(sorted(definitions))
                raise RuleError(f"{where}: unknown definition ${{{m.group(1)}}} (defined: {known})")
            return f"(?:{fragment})"

        return _USE.sub(one, value)
    if isinstance(value, list):
        return [expand(v, definitions, where) for v in value]
    if isinstance(value, dict):
        return {k: expand(v, definitions, where) for k, v in value.items()}
    return value
