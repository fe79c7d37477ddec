"""Rule options: one spelling (kebab-case), a typed schema with descriptions, shown by ``explain``.

Every built-in option carries a description so ``medlint explain`` can say what
it does; values are checked against the schema's type, minimum and choices;
old snake_case spellings in packs, rule options and config fail with the
kebab-case form named, so a renamed key never silently stops working.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from medlint.cli import _explain_text
from medlint.config import parse_config
from medlint.data import pack_dir
from medlint.errors import ConfigError
from medlint.linter import Linter
from medlint.registry import build_registry, default_registry, load_pack
from medlint.rule import Option, Rule, RuleError


def _builtin_rules() -> list[type[Rule]]:
    reg = default_registry()
    return [r for r in reg.rules.values() if r.origin == "builtin" or r.origin.startswith("pack:")]


def test_every_builtin_rule_option_has_a_type_and_a_description() -> None:
    missing = []
    declared = 0
    for rule in _builtin_rules():
        for name, value in rule.options.items():
            declared += 1
            if not isinstance(value, Option) or not value.description.strip():
                missing.append(f"{rule.code}.{name}")
            elif value.problem(value.default) is not None:
                missing.append(f"{rule.code}.{name}: default does not fit its own schema")
    assert declared >= 20  # the built-in rules do have options: the loop above really ran
    assert missing == []


def test_every_builtin_option_name_is_kebab_case() -> None:
    names = [(r.code, n) for r in _builtin_rules() for n in r.options]
    assert [(c, n) for c, n in names if "_" in n or n != n.lower()] == []


def test_builtin_pack_keys_are_kebab_case() -> None:
    from medlint.yamlio import safe_load

    snake = []
    for path in sorted(pack_dir().glob("*.yml")):
        for spec in safe_load(path.read_text(encoding="utf-8"))["rules"]:
            snake += [f"{path.name}:{spec['code']}:{k}" for k in spec if "_" in k]
    assert snake == []


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ("x", "expects int"),
        (True, "expects int"),
        (2.5, "expects int"),
        (-5, "must be 0 or more"),
    ],
)
def test_option_values_are_checked_against_the_schema(value: object, error: str) -> None:
    with pytest.raises(ConfigError, match=f"RD102 \\(long-sentence\\) option 'max-words' {error}"):
        Linter(select=["RD102"], rule_options={"RD102": {"max-words": value}})


def test_valid_option_value_changes_the_rule() -> None:
    text = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen."
    assert [d.code for d in Linter(select=["RD102"]).lint_text(text)] == []
    linter = Linter(select=["RD102"], rule_options={"RD102": {"max-words": 10}})
    assert [d.code for d in linter.lint_text(text)] == ["RD102"]


def test_float_option_accepts_an_int_and_minimum_and_choices_are_enforced() -> None:
    opt = Option(0.5, float, "a share", minimum=0.1, choices=None)
    assert opt.problem(1) is None
    assert opt.problem(0.05) == "must be 0.1 or more, got 0.05"
    pick = Option("a", str, "a letter", choices=("a", "b"))
    assert pick.problem("b") is None
    assert pick.problem("c") == "must be one of 'a', 'b', got 'c'"


def test_plain_dict_options_still_work_for_third_party_rules() -> None:
    class Plain(Rule):
        code = "ZZ901"
        name = "plain"
        category = "test"
        options = {"limit": 3, "label": "x"}

    assert Plain().opts == {"limit": 3, "label": "x"}
    assert Plain({"limit": 5}).opts["limit"] == 5
    schema = Plain.option_schema()
    assert (schema["limit"].type, schema["limit"].description) == (int, "")
    with pytest.raises(RuleError, match="must be 0 or more"):
        Plain({"limit": -1})  # the rule for every count: no negative values
    with pytest.raises(RuleError, match="expects str"):
        Plain({"label": 3})


def test_snake_case_rule_option_names_the_kebab_spelling() -> None:
    config = parse_config({"rules": {"long-sentence": {"max_words": 10}}}, "medlint.toml")
    with pytest.raises(ConfigError, match="option 'max_words' is spelled 'max-words'"):
        Linter(config, select=["RD102"])
    with pytest.raises(
        ConfigError, match=r"has no option 'maxwords' \(options: max-words, reporting-max-words\)"
    ):
        Linter(select=["RD102"], rule_options={"RD102": {"maxwords": 10}})


def test_snake_case_config_key_names_the_kebab_spelling() -> None:
    with pytest.raises(ConfigError, match="key 'fail_level' is spelled 'fail-level'"):
        parse_config({"fail_level": "error"}, "medlint.toml")
    with pytest.raises(ConfigError, match="key 'batch_chars' is spelled 'batch-chars'"):
        parse_config({"languagetool": {"batch_chars": 100}}, "medlint.toml")
    assert parse_config({"fail-level": "error"}, "medlint.toml").fail_level is not None


def _pack(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "mine.yml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("key", "kebab", "rest"),
    [
        ("swap_file", "swap-file", "kind: substitution"),
        ("phrases_file", "phrases-file", "kind: existence"),
        ("min_words", "min-words", "kind: requirement, phrases: [a]"),
        ("attributed_cited", "attributed-cited", "kind: claim, phrases: [a]"),
        ("density_min", "density-min", "kind: tortured, lexicon: x.tsv"),
    ],
)
def test_snake_case_pack_key_names_the_kebab_spelling(
    tmp_path: Path, key: str, kebab: str, rest: str
) -> None:
    path = _pack(tmp_path, f"rules: [{{code: ZK101, name: zk, category: c, message: m, {rest}, {key}: x}}]")
    with pytest.raises(RuleError, match=f"key '{key}' is spelled '{kebab}'") as info:
        load_pack(path)
    assert str(path) in str(info.value)


def test_snake_case_tortured_entry_key_names_the_kebab_spelling(tmp_path: Path) -> None:
    path = _pack(
        tmp_path,
        """
        rules:
          - code: ZK102
            name: zk
            kind: tortured
            category: c
            message: "{match} {expected}"
            entries: [{tortured: bosom peril, expected: breast cancer, match_kind: phrase}]
        """,
    )
    with pytest.raises(RuleError, match="entry key 'match_kind' is spelled 'match-kind'"):
        load_pack(path)


_OPTION_PACK = """
rules:
  - code: ZO101
    name: zo
    kind: existence
    category: c
    message: m
    phrases: [miracle]
    options:
      max-hits:
        default: 3
        type: int
        minimum: 1
        description: At most this many findings.
      style: {default: plain, choices: [plain, fancy], description: How to say it.}
      legacy: 7
"""


def test_pack_options_carry_a_schema_shown_by_explain(tmp_path: Path) -> None:
    path = _pack(tmp_path, _OPTION_PACK)
    (rule,) = load_pack(path)
    schema = rule.option_schema()
    assert schema["max-hits"] == Option(3, int, "At most this many findings.", minimum=1)
    assert schema["style"].choices == ("plain", "fancy")
    assert schema["legacy"].description == ""
    with pytest.raises(RuleError, match="must be 1 or more"):
        rule({"max-hits": 0})
    with pytest.raises(RuleError, match="must be one of"):
        rule({"style": "loud"})
    text = _explain_text(rule, build_registry([path], plugins=False))
    assert "  max-hits (int; at least 1) = 3\n      At most this many findings.\n" in text
    assert f"Defined in: {tmp_path / 'mine.yml'}" in text


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ("options: {max_hits: 3}", "option 'max_hits' is spelled 'max-hits'"),
        ("options: {n: {default: 3, type: integer}}", "type must be one of"),
        ("options: {n: {default: x, type: int}}", "default expects int"),
        ("options: {n: {type: int}}", "default required"),
        ("options: [1]", "options must be a mapping"),
    ],
)
def test_bad_pack_options_fail_at_load(tmp_path: Path, options: str, error: str) -> None:
    body = f"rules: [{{code: ZO102, name: zo, kind: existence, category: c, message: m, phrases: [a], {options}}}]"
    with pytest.raises(RuleError, match=error):
        load_pack(_pack(tmp_path, body))


def test_explain_names_the_file_a_python_rule_lives_in() -> None:
    rule = default_registry().rules["RD102"]
    text = _explain_text(rule)
    line = next(x for x in text.splitlines() if x.startswith("Defined in: "))
    path = Path(line.removeprefix("Defined in: "))
    root = Path(sys.modules["medlint"].__file__ or "").resolve().parent.parent
    source = (root / path).read_text(encoding="utf-8")
    assert f"class {rule.__name__}(" in source and f'code = "{rule.code}"' in source
    assert "  max-words (int; at least 0) = 30\n      Report sentences with more words than this.\n" in text


def test_explain_names_the_pack_a_yaml_rule_lives_in() -> None:
    rule = default_registry().rules["CL101"]
    line = next(x for x in _explain_text(rule).splitlines() if x.startswith("Defined in: "))
    root = Path(sys.modules["medlint"].__file__ or "").resolve().parent.parent
    assert "code: CL101" in (root / line.removeprefix("Defined in: ")).read_text(encoding="utf-8")


def test_explain_names_the_distribution_of_a_plugin_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dist = tmp_path / "zoplugin-1.2.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: zoplugin\nVersion: 1.2\n")
    (dist / "entry_points.txt").write_text("[medlint.rules]\nzo = zoplugin_rules:Dose\n")
    (tmp_path / "zoplugin_rules.py").write_text(
        textwrap.dedent(
            """
            from medlint.rule import Option, Rule

            class Dose(Rule):
                code = "ZD101"
                name = "zd"
                category = "test"
                options = {"limit": Option(2, int, "How many.")}

                def check(self, doc):
                    return ()
            """
        )
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    reg = build_registry()
    rule = reg.rules["ZD101"]
    text = _explain_text(rule, reg)
    assert f"Defined in: {tmp_path / 'zoplugin_rules.py'} (distribution zoplugin 1.2)" in text
    assert "  limit (int; at least 0) = 2\n      How many.\n" in text
