"""Selectors, rule packs and the declarative kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

from medlint.config import Config, parse_config
from medlint.errors import ConfigError
from medlint.linter import Linter
from medlint.registry import Registry, build_registry, load_pack
from medlint.rule import Finding, Rule, RuleError


class _Fever(Rule):
    code = "ZT101"
    name = "fever-word"
    category = "testing"
    description = "Flags fever."

    def check(self, doc):  # type: ignore[no-untyped-def]
        i = doc.prose.find("fever")
        if i >= 0:
            yield Finding(i, i + 5, "fever")


class _Cough(_Fever):
    code = "ZT202"
    name = "cough-word"

    def check(self, doc):  # type: ignore[no-untyped-def]
        i = doc.prose.find("cough")
        if i >= 0:
            yield Finding(i, i + 5, "cough")


@pytest.fixture
def registry() -> Registry:
    reg = Registry()
    reg.add(_Fever, "test")
    reg.add(_Cough, "test")
    return reg


@pytest.mark.parametrize(
    ("selector", "codes"),
    [
        ("ZT", {"ZT101", "ZT202"}),
        ("ZT1", {"ZT101"}),
        ("ZT202", {"ZT202"}),
        ("fever-word", {"ZT101"}),
        ("testing", {"ZT101", "ZT202"}),
    ],
)
def test_selectors(registry: Registry, selector: str, codes: set[str]) -> None:
    assert registry.match(selector) == codes


def test_unknown_selector_suggests_nearest(registry: Registry) -> None:
    with pytest.raises(ConfigError, match="did you mean 'fever-word'"):
        Linter(registry=registry, select=["fevr-word"])


def test_select_ignore_and_severity_override(registry: Registry) -> None:
    cfg = parse_config({"ignore": ["ZT202"], "severity": {"ZT1": "error"}}, "test")
    diags = Linter(cfg, registry=registry).lint_text("fever and cough")
    assert [(d.code, str(d.severity)) for d in diags] == [("ZT101", "error")]


def test_per_file_ignores(registry: Registry, tmp_path: Path) -> None:
    cfg = parse_config({"per-file-ignores": {"notes/*.txt": ["fever-word"]}}, "test", root=tmp_path)
    linter = Linter(cfg, registry=registry)
    assert [d.code for d in linter.lint_text("fever cough", path=str(tmp_path / "notes/a.txt"))] == ["ZT202"]
    assert len(linter.lint_text("fever cough", path=str(tmp_path / "a.txt"))) == 2


def test_unknown_rule_option_is_a_config_error(registry: Registry) -> None:
    cfg = parse_config({"rules": {"fever-word": {"threshold": 3}}}, "pyproject.toml")
    with pytest.raises(ConfigError, match="no option 'threshold'"):
        Linter(cfg, registry=registry)


def _pack(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pack.yml"
    path.write_text(body, encoding="utf-8")
    return path


def test_pack_kinds_existence_substitution_repetition_requirement(tmp_path: Path) -> None:
    path = _pack(
        tmp_path,
        """
pack: demo
source: "Test source"
rules:
  - {code: ZP101, name: hype, kind: existence, category: claims, message: "hype: {match}",
     phrases: [wonder drug], patterns: ['\\bmiracul\\w*']}
  - {code: ZP102, name: prefer-term, kind: substitution, category: translation,
     message: "use {suggestion} for {match}", swap: {bosom peril: breast cancer}, fix: safe}
  - {code: ZP103, name: doubled, kind: repetition, category: repetition,
     message: "{token} x{count}", separator: '[ ,]+'}
  - {code: ZP104, name: needs-byline, kind: requirement, category: disclosure,
     message: "no byline", patterns: ['^By [A-Z]']}
""",
    )
    reg = Registry()
    for rule in load_pack(path):
        reg.add(rule, str(path))
    assert reg.rules["ZP101"].source == "Test source"
    text = "Bosom peril is not a wonder drug, a miraculous pill, pill, pill."
    diags = Linter(registry=reg).lint_text(text)
    got = [(d.code, d.text, d.message) for d in diags]
    assert got == [
        ("ZP102", "Bosom peril", "use Breast cancer for Bosom peril"),
        ("ZP104", text, "no byline"),
        ("ZP101", "wonder drug", "hype: wonder drug"),
        ("ZP101", "miraculous", "hype: miraculous"),
        ("ZP103", "pill, pill, pill", "pill x3"),
    ]
    fix = next(d for d in diags if d.code == "ZP102").fix
    assert fix is not None and fix.safe and fix.edits[0].replacement == "Breast cancer"


def test_substitution_reads_either_apostrophe_and_keeps_the_writers(tmp_path: Path) -> None:
    """A pack phrase written with a straight apostrophe matches a web page's curly one, and
    the replacement keeps the apostrophe the writer used."""
    path = _pack(
        tmp_path,
        """
pack: demo
rules:
  - {code: ZP102, name: prefer-term, kind: substitution, category: translation,
     message: "use {suggestion} for {match}", swap: {"Crohn's illness": "Crohn's disease"}}
""",
    )
    reg = Registry()
    for rule in load_pack(path):
        reg.add(rule, str(path))
    text = "Crohn\u2019s illness and Crohn's illness."
    got = [(d.start.offset, d.text, d.suggestions) for d in Linter(registry=reg).lint_text(text)]
    assert got == [
        (0, "Crohn\u2019s illness", ("Crohn\u2019s disease",)),
        (20, "Crohn's illness", ("Crohn's disease",)),
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "rules: [{code: ZP1, name: x, kind: existence, category: c, message: m, phrases: [a]}]",
            "code must be",
        ),
        (
            "rules: [{code: ZP101, name: x, kind: existance, category: c, message: m}]",
            "did you mean 'existence'",
        ),
        (
            "rules: [{code: ZP101, name: x, kind: existence, category: c, message: m, phrase: [a]}]",
            "unknown key",
        ),
        (
            "rules: [{code: ZP101, name: x, kind: existence, category: c, message: m, patterns: ['(']}]",
            "bad regular",
        ),
        (
            "rules: [{code: ZP101, kind: existence, category: c, message: m, phrases: [a]}]",
            "missing required key 'name'",
        ),
        ("rules: {a: 1}", "a 'rules' list"),
        ("rules: [", "invalid YAML"),
        (
            "rules: [{code: ZP101, name: x, kind: existence, category: c, message: m, patterns: ['${nope}']}]",
            r"rule ZP101: unknown definition \$\{nope\} \(defined: drug_name\)",
        ),
        ("define: [a]\nrules: []", "'define' is a mapping"),
        ("define: {a b: x}\nrules: []", "not a plain identifier"),
        ("define: {a: 1}\nrules: []", "must be a string"),
        ("define: {a: '${drug_name}'}\nrules: []", "uses another definition"),
    ],
)
def test_bad_packs_give_one_clear_error_naming_the_file(tmp_path: Path, body: str, message: str) -> None:
    path = _pack(tmp_path, body)
    with pytest.raises(RuleError, match=message) as info:
        load_pack(path)
    assert str(path) in str(info.value)


def test_pack_definitions_name_a_fragment_once(tmp_path: Path) -> None:
    """``${name}`` reads a pack's own ``define:`` fragment or medlint's ``drug_name`` (the drug-name
    endings TX109 and the claim rules share), each wrapped in a group of its own."""
    path = _pack(
        tmp_path,
        """
pack: demo
define:
  stopped: 'threw away|quit'
rules:
  - {code: ZP101, name: stopped-drug, kind: existence, category: claims, message: "stopped: {match}",
     patterns: ['\\bI (?:${stopped}) my ${drug_name}\\b']}
""",
    )
    reg = Registry()
    for rule in load_pack(path):
        reg.add(rule, str(path))
    text = "I threw away my methotrexate. I quit my lisinopril. I quit my yoga. I threw away my quitters."
    got = [d.text for d in Linter(registry=reg).lint_text(text)]
    assert got == ["I threw away my methotrexate", "I quit my lisinopril"]


def test_broken_extra_pack_is_reported_not_fatal(tmp_path: Path) -> None:
    path = _pack(tmp_path, "rules: [")
    reg = build_registry([path], plugins=False)
    assert any(str(path) in e for e in reg.errors)
    assert Linter(Config(), registry=reg).lint_text("ok") is not None
