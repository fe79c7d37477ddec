"""Every rule's documented examples are its tests (SQLFluff/proselint style).

A rule without at least one example that fires and one that does not fails here,
so docs, ``medlint explain`` and tests cannot drift apart.
"""

from __future__ import annotations

import pytest

from medlint.fixes import apply_fixes
from medlint.linter import rule_linter
from medlint.registry import default_registry
from medlint.rule import Example, Rule

REGISTRY = default_registry()
RULES = sorted(REGISTRY.rules.values(), key=lambda r: r.code)


def test_registry_loaded_cleanly() -> None:
    assert REGISTRY.errors == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_rule_has_examples_and_metadata(rule: type[Rule]) -> None:
    fire, passing = rule.examples()
    assert fire, f"{rule.code} has no should-fire example"
    assert passing, f"{rule.code} has no should-not-fire example"
    assert rule.name and rule.category and rule.summary(), f"{rule.code} lacks name/category/description"


def _cases() -> list[tuple[type[Rule], str, int, Example]]:
    out = []
    for rule in RULES:
        fire, passing = rule.examples()
        out += [(rule, "fire", i, ex) for i, ex in enumerate(fire)]
        out += [(rule, "pass", i, ex) for i, ex in enumerate(passing)]
    return out


@pytest.mark.parametrize(
    ("rule", "expect", "index", "example"),
    _cases(),
    ids=lambda v: v.code if isinstance(v, type) else (v if isinstance(v, (str, int)) else ""),
)
def test_rule_example(rule: type[Rule], expect: str, index: int, example: Example) -> None:
    if getattr(rule, "requires_service", False):
        pytest.skip(f"{rule.code} needs a server; its examples run in the rule's own test against a fake one")
    linter = rule_linter(rule.code, rule_options=dict(example.options))
    all_diags = linter.lint_text(example.text, example.format)
    assert not [d for d in all_diags if d.code == "ML901"], [d.message for d in all_diags]
    diags = [d for d in all_diags if d.code == rule.code]
    if expect == "fire":
        assert diags, f"{rule.code} should fire on: {example.text!r}"
        for d in diags:
            assert d.text == example.text[d.start.offset : d.end.offset]
        if example.fixed is not None:
            fixed, _ = apply_fixes(example.text, diags)
            assert fixed == example.fixed
    else:
        assert not diags, (
            f"{rule.code} should not fire on: {example.text!r}; got {[d.message for d in diags]}"
        )
