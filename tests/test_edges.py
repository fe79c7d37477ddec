"""Regression tests for issue 11's silent bugs and edges a user hits.

Each test names the fault it pins down; rules come from small packs written
into a temporary folder so the tests do not depend on the built-in families.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medlint.cli import main

PACK = """
pack: edge-test
rules:
  - {code: ZE101, name: fever-word, kind: existence, category: testing, severity: warning,
     message: "found {match}", phrases: [fever]}
  - {code: ZE102, name: doubled-the, kind: substitution, category: testing, severity: error,
     message: "doubled word {match}", swap: {the the: the}, fix: safe}
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pack.yml").write_text(PACK, encoding="utf-8")
    (tmp_path / "medlint.toml").write_text('packs = ["pack.yml"]\nselect = ["ZE"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("extra", [(), ("--fix",), ("--jobs", "1")])
def test_broken_pack_in_nested_config_is_an_error(
    project: Path, capsys: pytest.CaptureFixture[str], extra: tuple[str, ...]
) -> None:
    sub = project / "sub"
    sub.mkdir()
    (sub / "broken.yml").write_text("rules: [{code: ZE201, kind: nonsense}]\n", encoding="utf-8")
    (sub / "medlint.toml").write_text('packs = ["broken.yml"]\n', encoding="utf-8")
    (sub / "a.md").write_text("Nothing here.\n", encoding="utf-8")
    code, out, err = run(capsys, "check", "sub", *extra)
    assert code == 2
    assert "broken.yml: rule ZE201: unknown kind 'nonsense'" in err
    assert "All clear" not in out
    assert "1 rule source failed to load" in out


def test_lint_paths_collects_errors_of_nested_configs(project: Path) -> None:
    from medlint.linter import lint_paths

    sub = project / "sub"
    sub.mkdir()
    (sub / "medlint.toml").write_text('packs = ["missing.yml"]\n', encoding="utf-8")
    (sub / "a.txt").write_text("A fever.\n", encoding="utf-8")
    errors: list[str] = []
    lint_paths([str(project)], errors=errors, jobs=1)
    assert errors == [f"{(sub / 'missing.yml').resolve()}: rule pack not found"]


# -- quote scope ------------------------------------------------------------------

OBSERVATIONAL = (
    "In a cohort study of 5,000 adults, coffee drinking was associated with less heart disease.\n\n"
)


def test_unbalanced_quote_in_one_list_item_does_not_hide_a_claim_in_the_next() -> None:
    from medlint import lint_text

    text = OBSERVATIONAL + '- Dr Smith said "coffee is great.\n- Drinking coffee prevents heart disease.\n'
    found = [(d.code, d.start.line, d.start.column) for d in lint_text(text, format="markdown")]
    assert ("CL107", 4, 3) in found


def test_quote_opened_earlier_in_the_same_block_still_scopes_the_claim() -> None:
    from medlint import lint_text

    text = OBSERVATIONAL + 'Dr Smith said: "We think so. Drinking coffee prevents heart disease."\n'
    assert not [d for d in lint_text(text, format="markdown") if d.code == "CL107"]


def test_inside_quotes_is_bounded_by_the_block() -> None:
    from medlint.formats import load_document
    from medlint.text.quotes import double_quotes, inside_quotes, quote_open

    doc = load_document('- He said "yes\n- and \u201cno\n- then "a" b\n', "markdown")
    second = doc.prose.index("and")
    assert inside_quotes(doc, doc.prose.index("yes"))
    assert not inside_quotes(doc, second)
    assert inside_quotes(doc, doc.prose.index("no"))
    assert not inside_quotes(doc, doc.prose.index(" b"))
    assert quote_open("\u201copen") and not quote_open("\u201cshut\u201d") and quote_open('"')
    assert list(double_quotes('a "b" \u201cc\u201d')) == [
        (2, "straight"),
        (4, "straight"),
        (6, "curly"),
        (8, "curly"),
    ]


# -- regex probes for pack patterns ---------------------------------------------


def _pack_rule(tmp_path: Path, pattern: str, ignorecase: bool = True) -> Path:
    """A pack file holding one existence rule with one pattern."""
    import json

    pack = tmp_path / "probe.yml"
    pack.write_text(
        "rules:\n  - {code: ZP101, name: probe-test, kind: existence, category: testing,\n"
        f"     message: 'hit {{match}}', ignorecase: {str(ignorecase).lower()}, patterns: [{json.dumps(pattern)}]}}\n",
        encoding="utf-8",
    )
    return pack


@pytest.mark.parametrize(
    ("pattern", "text", "hit"),
    [
        (r"\x41spirin cures", "Aspirin cures all.", "Aspirin cures"),
        (r"caf\u00e9 cures", "Caf\u00e9 cures all.", "Caf\u00e9 cures"),
        (r"caf\N{LATIN SMALL LETTER E WITH ACUTE} cures", "Caf\u00e9 cures all.", "Caf\u00e9 cures"),
        (r"\101spirin cures", "Aspirin cures all.", "Aspirin cures"),
        (r"(?x) mir acle \ cure  # a comment", "A miracle cure here.", "miracle cure"),
        (r"(?i)(?x:mir acle)\ cure", "A miracle cure here.", "miracle cure"),
        (r"(\w+) \1 cure", "the the cure", "the the cure"),
        (r"(x)?(?(1)y|z)salt cure", "z\u017falt cure", "z\u017falt cure"),
        (r"pill cure", "P\u0130LL CURE", "P\u0130LL CURE"),
        (r"salt cure", "\u017eALT CURE and \u017falt cure", "\u017falt cure"),
    ],
)
def test_pack_regex_probes_never_hide_a_match(tmp_path: Path, pattern: str, text: str, hit: str) -> None:
    import re

    from medlint.config import Config
    from medlint.linter import Linter

    pack = _pack_rule(tmp_path, pattern)
    linter = Linter(Config(packs=(pack,)), select=["ZP101"])
    assert not linter.registry.errors
    assert re.search(pattern, text, re.IGNORECASE)  # the regex itself matches
    found = [d.text for d in linter.lint_text(text)]
    assert found == [hit]


def test_verbose_patterns_and_character_escapes_get_no_probe() -> None:
    import re

    from medlint.text.matching import ProbedPattern, literal_probes

    assert ProbedPattern.of(re.compile("mir acle", re.X)).probes == ()
    for pattern in (
        r"\x41spirin",
        r"\u00e9tude",
        r"\N{BULLET}cure",
        r"\101spirin",
        r"(?x)a b c",
        r"(?<n>abc)",
    ):
        assert literal_probes(pattern) == (), pattern
    # what the parser understands still gets probes
    assert literal_probes(r"(?i)\bcan\s+cure\b") == ("cure",)
    assert literal_probes(r"(?-i:abc)def") == ("abc",)


def test_probed_and_unprobed_patterns_agree_on_block_boundaries() -> None:
    import re

    from medlint.formats import load_document
    from medlint.text.matching import ProbedPattern

    doc = load_document("A fever\n\ncough today. Fever cough again.\n", "text")
    rx = re.compile(r"fever\s+cough", re.IGNORECASE)
    probed, unprobed = ProbedPattern.of(rx), ProbedPattern(rx, ())
    assert probed.probes
    spans = [[m.span() for m in p.finditer(doc)] for p in (probed, unprobed)]
    assert spans[0] == spans[1] == [(22, 33)]


def test_probes_are_sound_on_random_patterns() -> None:
    """Random patterns over literals, classes, groups, quantifiers and escapes: wherever the
    regex matches a random text, the probe test lets it through."""
    import random
    import re

    from medlint.text.matching import ProbedPattern

    rng = random.Random(11)
    atoms = [
        "as",
        "is",
        "ski",
        "sa",
        "i",
        "K",
        "-",
        " ",
        "'",
        r"\s",
        r"\b",
        r"\w",
        r"\.",
        "[ab]",
        ".",
        r"\x61",
        "\u00e9",
    ]

    def pattern(depth: int) -> str:
        parts = []
        for _ in range(rng.randint(1, 5)):
            roll = rng.random()
            if roll < 0.15 and depth < 2:
                parts.append(rng.choice(["(", "(?:", "(?i:", "(?=", "(?!"]) + pattern(depth + 1) + ")")
            elif roll < 0.25 and depth < 2:
                parts.append("(?:" + pattern(depth + 1) + "|" + pattern(depth + 1) + ")")
            else:
                parts.append(rng.choice(atoms))
            if rng.random() < 0.3:
                parts.append(rng.choice(["?", "*", "+", "{0,2}", "{2}", "??"]))
        return "".join(parts)

    alphabet = [
        "as",
        "AS",
        "is",
        "IS",
        "ski",
        "SKI",
        "sa",
        "\u017fa",
        "\u0131s",
        "\u0130S",
        "\u212ai",
        "-",
        " ",
        "\u00c9",
    ]
    checked = 0
    for _ in range(3000):
        p = pattern(0)
        try:
            rx = re.compile(p, rng.choice([0, re.IGNORECASE]))
        except re.error:
            continue
        probed = ProbedPattern.of(rx)
        for _ in range(5):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
            if probed.probes and rx.search(text):
                checked += 1
                assert probed.could_match(text.lower()), (p, text, probed.probes, probed.also)
    assert checked > 50


def test_every_required_probe_set_is_sound_on_random_sequences() -> None:
    """Sequences of words, separators, optional parts and look-arounds: each gets several
    required probe sets, and wherever the regex matches, the text holds one probe of each."""
    import random
    import re

    from medlint.text.matching import ProbedPattern

    rng = random.Random(7)
    words = ["cure", "cures", "skin", "sask", "kiss", "isis"]
    glue = [r"\s+", " ", r"\W", ".", "[ -]", r"\s*", "(?:,| and)?", "(?=[ s])", " (?:of|to)?"]

    def pattern() -> str:
        parts = [rng.choice(words)]
        for _ in range(rng.randint(1, 4)):
            parts.append(rng.choice(glue))
            word = rng.choice(words)
            roll = rng.random()
            if roll < 0.15:
                word = f"(?:{word})?"
            elif roll < 0.3:
                word = f"(?:{word}|{rng.choice(words)})"
            elif roll < 0.4:
                word = word + "?"
            parts.append(word)
        return "".join(parts)

    variants = [*words, "CURE", "SKIN", "ſask", "KİSS", " ", ", ", " and ", "-", "s"]
    checked = with_sets = 0
    for _ in range(2000):
        p = pattern()
        rx = re.compile(p, rng.choice([0, re.IGNORECASE]))
        probed = ProbedPattern.of(rx)
        for _ in range(8):
            text = "".join(rng.choice(variants) for _ in range(rng.randint(2, 9)))
            if rx.search(text):
                checked += 1
                with_sets += bool(probed.also)
                assert probed.could_match(text.lower()), (p, text, probed.probes, probed.also)
    assert checked > 100
    assert with_sets > 50  # matches of patterns with more than one required probe set


# -- force-exclude ------------------------------------------------------------------


def test_force_exclude_applies_exclude_to_named_files(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "drafts").mkdir()
    (project / "drafts" / "a.md").write_text("A fever.\n", encoding="utf-8")
    (project / "b.md").write_text("A fever.\n", encoding="utf-8")
    with (project / "medlint.toml").open("a", encoding="utf-8") as fh:
        fh.write('exclude = ["drafts/"]\n')
    code, out, _ = run(capsys, "check", "drafts/a.md", "b.md")
    assert code == 1 and "drafts/a.md:1:3" in out  # named files are linted by default, like ruff
    code, out, _ = run(capsys, "check", "--force-exclude", "drafts/a.md", "b.md")
    assert code == 1 and "drafts" not in out and "b.md:1:3" in out
    assert "in 1 file." in out
    with (project / "medlint.toml").open("a", encoding="utf-8") as fh:
        fh.write("force-exclude = true\n")
    from medlint.config import load_config_file

    load_config_file.cache_clear()  # the config file changed within this process
    code, out, _ = run(capsys, "check", "drafts/a.md")
    assert code == 0 and "All clear: 0 files checked." in out


# -- symlinks, loops, FIFOs ------------------------------------------------------------

needs_posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX symlinks and FIFOs")


@needs_posix
def test_fix_through_a_symlink_fixes_the_target_and_keeps_the_link(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = project / "real.md"
    target.write_text("Rest and the the fluids.\n", encoding="utf-8")
    link = project / "link.md"
    link.symlink_to("real.md")
    code, _, _ = run(capsys, "check", "--fix", "link.md")
    assert code == 0
    assert link.is_symlink() and os.readlink(link) == "real.md"
    assert target.read_text(encoding="utf-8") == "Rest and the fluids.\n"


@needs_posix
def test_symlink_loop_and_fifo_are_ml902_and_the_run_goes_on(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "loop.md").symlink_to("loop.md")
    os.mkfifo(project / "pipe.md")  # a reader would block forever: it must never be opened
    (project / "ok.md").write_text("A fever.\n", encoding="utf-8")
    for argv in (("check", "."), ("check", "loop.md", "pipe.md", "ok.md"), ("check", "--fix", ".")):
        code, out, err = run(capsys, *argv)
        assert code == 2, argv
        assert "loop.md:1:1: ML902 [error] cannot read: Too many levels of symbolic links" in out
        assert "pipe.md:1:1: ML902 [error] is not a regular file (a named pipe); not linted" in out
        assert "ok.md:1:3: ZE101 [warning] found fever" in out
        assert "Traceback" not in err


@needs_posix
def test_library_raises_input_error_for_a_symlink_loop(tmp_path: Path) -> None:
    from medlint import InputError, lint_file

    (tmp_path / "loop.md").symlink_to("loop.md")
    with pytest.raises(InputError, match="symbolic links"):
        lint_file(tmp_path / "loop.md")


# -- fixed text and diffs on stdout, the report on stderr --------------------------------


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def test_stdin_fix_prints_fixed_text_on_stdout_and_report_on_stderr(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, "A fever and the the cough.\n")
    code, out, err = run(capsys, "check", "--fix", "-")
    assert out == "A fever and the cough.\n"
    assert "-:1:3: ZE101 [warning] found fever" in err and "Fixed 1 problem." in err
    assert code == 1


def test_diff_alone_prints_only_the_diff_and_writes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    article = project / "a.md"
    article.write_text("A fever and the the cough.\n", encoding="utf-8")
    for argv in (("check", "--diff", "a.md"), ("check", "--fix", "--diff", "a.md")):
        code, out, err = run(capsys, *argv)
        assert out.splitlines() == [
            "--- a/a.md",
            "+++ b/a.md",
            "@@ -1 +1 @@",
            "-A fever and the the cough.",
            "+A fever and the cough.",
        ], argv
        assert "a.md:1:13: ZE102 [error] doubled word the the" in err
        assert code == 1
    assert article.read_text(encoding="utf-8") == "A fever and the the cough.\n"
    _stdin(monkeypatch, "the the end\n")
    code, out, err = run(capsys, "check", "--diff", "-")
    assert out.splitlines()[-2:] == ["-the the end", "+the end"]
    assert "ZE102" in err


def test_unsafe_fixes_alone_is_a_usage_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "a.md").write_text("ok\n", encoding="utf-8")
    code, _, err = run(capsys, "check", "--unsafe-fixes", "a.md")
    assert code == 2 and "--unsafe-fixes only makes sense with --fix or --diff" in err


# -- pack regexes under a time budget ----------------------------------------------------


@pytest.mark.parametrize("pattern", ["(a+)+$", "(a|a)+$"])
def test_catastrophic_pack_regex_never_hangs_the_run(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, pattern: str
) -> None:
    """``(a+)+$`` hangs ``re`` on "a"*40 + "b"; the ``regex`` module that runs pack patterns
    finishes it at once. ``(a|a)+$`` defeats ``regex`` too: it is stopped at the budget and
    reported once, naming the rule, the pattern and the file, and the other rules still run."""
    from medlint.text import timed_re

    monkeypatch.setattr(timed_re, "TIMEOUT", 0.2)
    (project / "slow.yml").write_text(
        "rules:\n  - {code: ZS101, name: slow-pattern, kind: existence, category: testing,\n"
        f"     message: 'hit {{match}}', patterns: ['{pattern}']}}\n",
        encoding="utf-8",
    )
    (project / "medlint.toml").write_text(
        'packs = ["pack.yml", "slow.yml"]\nselect = ["ZE", "ZS"]\n', encoding="utf-8"
    )
    (project / "a.txt").write_text("A fever.\n\n" + "a" * 40 + "b\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "a.txt")
    assert "a.txt:1:3: ZE101 [warning] found fever" in out
    lines = [line for line in out.splitlines() if ": ML901 " in line]
    if pattern == "(a+)+$":
        assert code == 1 and lines == []
        return
    assert code == 2
    assert lines == [
        f"a.txt:1:1: ML901 [error] rule ZS101 (slow-pattern, pack:slow): pattern {pattern!r} ran for over "
        "0.2 s and was stopped (catastrophic backtracking? simplify nested quantifiers such as (a+)+); "
        "the other rules still ran"
    ]


def test_builtin_packs_keep_plain_re_and_user_packs_are_timed(project: Path) -> None:
    import re

    from medlint.config import Config
    from medlint.linter import Linter
    from medlint.registry import default_registry
    from medlint.text.lazy_re import LazyPattern
    from medlint.text.timed_re import TimedPattern

    builtin = [p.regex for r in default_registry().rules.values() for p in getattr(r, "patterns", ()) or ()]
    # plain re, compiled on first use (test_lazy_re compiles every one)
    assert builtin and all(isinstance(rx, re.Pattern | LazyPattern) for rx in builtin)
    (project / "rx.yml").write_text(
        "rules:\n  - {code: ZR101, name: rx, kind: existence, category: testing, message: 'm',"
        " patterns: ['fev(?:er)']}\n",
        encoding="utf-8",
    )
    linter = Linter(Config(packs=(project / "rx.yml",)), select=["ZR"])
    (rule,) = linter.rules
    assert isinstance(rule.patterns[0].regex, TimedPattern)  # type: ignore[attr-defined]
    assert [d.start.column for d in linter.lint_text("a fever and fever")] == [3, 13]


# -- a cap on findings per rule per file ---------------------------------------------------


def test_findings_per_rule_are_capped_with_one_summary(project: Path) -> None:
    from medlint.config import Config
    from medlint.linter import Linter

    text = "A fever.\n" * 150
    pack = (project / "pack.yml",)
    diags = Linter(Config(packs=pack), select=["ZE101"]).lint_text(text)
    assert len(diags) == 101
    assert [d.start.line for d in diags[:100]] == list(range(1, 101))
    last = diags[-1]
    assert (last.code, last.start.line, last.start.column) == ("ZE101", 101, 3)
    assert last.message == "50 more ZE101 findings not shown (max-findings-per-rule = 100; 0 shows all)"
    assert len(Linter(Config(packs=pack, max_findings_per_rule=0), select=["ZE101"]).lint_text(text)) == 150
    assert len(Linter(Config(packs=pack, max_findings_per_rule=150), select=["ZE101"]).lint_text(text)) == 150


def test_max_findings_per_rule_config_is_validated(tmp_path: Path) -> None:
    from medlint.config import ConfigError, parse_config

    assert parse_config({"max-findings-per-rule": 5}, "x").max_findings_per_rule == 5
    for bad in (-1, "10", True):
        with pytest.raises(ConfigError, match="max-findings-per-rule must be a whole number"):
            parse_config({"max-findings-per-rule": bad}, "x")


def test_ignore_ml902_silences_unreadable_files(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "bin.txt").write_bytes(b"\x00\x01binary")
    (project / "ok.md").write_text("A fever.\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "bin.txt", "ok.md")
    assert code == 2 and "bin.txt:1:1: ML902" in out
    for extra in ((), ("--fix",)):
        code, out, err = run(capsys, "check", "--ignore", "ML902", "bin.txt", "ok.md", *extra)
        assert code == 1 and "ML902" not in out + err and "ok.md:1:3: ZE101" in out
    # engine codes need no selecting: --select ZE still reports an unreadable file
    code, out, _ = run(capsys, "check", "--select", "ZE", "bin.txt")
    assert code == 2 and "bin.txt:1:1: ML902" in out


# -- small edges ------------------------------------------------------------------------------


def test_sarif_uris_are_percent_encoded(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    (project / "my article #1, 50%.md").write_text("A fever.\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--format", "sarif", "my article #1, 50%.md")
    assert code == 1
    (result,) = json.loads(out)["runs"][0]["results"]
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "my%20article%20%231%2C%2050%25.md"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(project: Path, capsys: pytest.CaptureFixture[str], codec: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    (project / "a.txt").write_bytes(bom + "Caf\u00e9 and a fever.\n".encode(codec))
    code, out, _ = run(capsys, "check", "a.txt")
    # the BOM stays the first character, as in a UTF-8 file with a BOM
    assert code == 1 and "a.txt:1:13: ZE101 [warning] found fever" in out


def test_utf16_without_valid_text_says_so() -> None:
    from medlint.errors import InputError
    from medlint.formats import decode

    with pytest.raises(InputError, match="has a UTF-16 byte-order mark but is not valid UTF-16"):
        decode(b"\xff\xfe\x00\xd8", "a.txt")  # a lone high surrogate


def test_long_suggestions_are_shown_whole(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long = "talk to your doctor or pharmacist before you change the dose of any medicine you take"
    (project / "s.yml").write_text(
        "rules:\n  - {code: ZL101, name: long-help, kind: existence, category: testing, message: m,\n"
        f"     phrases: [fever], suggestions: ['{long}']}}\n",
        encoding="utf-8",
    )
    (project / "medlint.toml").write_text('packs = ["s.yml"]\n', encoding="utf-8")
    (project / "a.txt").write_text("A fever.\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", "a.txt")
    assert f"  = help: {long}\n" in out


@pytest.mark.parametrize("jobs", ["0", "-2", "two"])
def test_jobs_must_be_positive(project: Path, capsys: pytest.CaptureFixture[str], jobs: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "--jobs", jobs, "."])
    assert exc.value.code == 2
    assert "argument --jobs/-j" in capsys.readouterr().err


def test_negative_numeric_rule_options_are_config_errors(tmp_path: Path) -> None:
    from medlint.config import ConfigError, parse_config
    from medlint.linter import Linter

    with pytest.raises(ConfigError, match=r"RD102 .* option 'max-words' must be 0 or more, got -5"):
        Linter(parse_config({"rules": {"RD102": {"max-words": -5}}}, "cfg"))
    Linter(parse_config({"rules": {"RD102": {"max-words": 40}}}, "cfg"))


def test_one_rule_configured_under_code_and_name_is_an_error() -> None:
    from medlint.config import ConfigError, parse_config
    from medlint.linter import Linter
    from medlint.registry import default_registry

    name = default_registry().rules["RD102"].name
    table = {"rules": {"RD102": {"max-words": 20}, name: {"max-words": 40}}}
    with pytest.raises(ConfigError, match=rf"rules\.RD102 and rules\.{name} both configure RD102; keep one"):
        Linter(parse_config(table, "cfg"))
    # codes and names in any case name the rule
    linter = Linter(parse_config({"rules": {"rd102": {"max-words": 20}}}, "cfg"))
    assert next(r for r in linter.rules if r.code == "RD102").opts["max-words"] == 20


def test_categories_and_names_select_in_any_case(project: Path) -> None:
    from medlint.registry import default_registry

    reg = default_registry((project / "pack.yml",))
    assert reg.match("TESTING") == reg.match("testing") == reg.match("ze") == {"ZE101", "ZE102"}
    assert reg.match("Fever-Word") == {"ZE101"}
    assert reg.match("IO-ERROR") == {"ML902"}


@pytest.mark.parametrize(
    ("message", "error"),
    [
        ("found {mtach}", "message uses unknown placeholder {mtach} (this kind fills: {match})"),
        (
            "found {match",
            "message 'found {match': expected '}' before end of string (write {{ and }} for braces)",
        ),
    ],
)
def test_pack_message_placeholders_are_checked_at_load(tmp_path: Path, message: str, error: str) -> None:
    from medlint.registry import build_registry

    pack = tmp_path / "p.yml"
    pack.write_text(
        "rules:\n  - {code: ZM101, name: m, kind: existence, category: testing,\n"
        f"     message: '{message}', phrases: [fever]}}\n",
        encoding="utf-8",
    )
    reg = build_registry([pack], plugins=False)
    assert "ZM101" not in reg.rules
    assert reg.errors == [f"{pack}: rule ZM101: {error}"]


def test_lint_text_format_none_is_plain_text_and_other_types_are_type_errors() -> None:
    import medlint

    assert medlint.lint_text("It is is fine.", format=None) == medlint.lint_text("It is is fine.")
    with pytest.raises(TypeError, match="format must be a string such as 'markdown', got int"):
        medlint.lint_text("x", format=3)  # type: ignore[arg-type]


def test_rules_lists_each_rules_origin(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    fields = {line.split()[0]: line.split()[4] for line in out.splitlines()}
    assert fields["ZE101"] == "pack:edge-test" and fields["RD102"] == "builtin"
    assert fields["CL101"] == "pack:claims"
    _, out, _ = run(capsys, "rules", "--format", "markdown")
    assert out.splitlines()[0] == "| code | name | category | severity | default | origin | summary |"
    assert "| `ZE101` | fever-word | testing | warning | on | pack:edge-test |" in out


def test_tx105_help_says_what_to_do_and_quotes_use_the_shared_helper() -> None:
    import medlint

    text = 'It works! She said "wow!" and left!\n'
    diags = medlint.lint_text(text, select=["TX105"])
    assert [(d.start.line, d.start.column) for d in diags] == [(1, 9), (1, 35)]
    assert diags[0].suggestions == ("end the sentence with a full stop",)


@pytest.mark.parametrize("tag", ["script", "style"])
def test_unclosed_script_blanks_the_rest_of_the_page(tag: str) -> None:
    import medlint
    from medlint.formats import load_document

    src = f"<p>Intro the the text.</p><{tag}>var x = 1;\n<p>This the the cure.</p>\n"
    doc = load_document(src, "html")
    cut = src.index(f"<{tag}>")
    assert doc.prose[cut:].strip() == ""
    assert [(b.start, b.end) for b in doc.blocks] == [(3, 22)]
    assert [(d.start.column, d.text) for d in medlint.lint_text(src, format="html", select=["RP101"])] == [
        (10, "the the")
    ]


def test_messages_quote_the_words_not_the_markup() -> None:
    import medlint

    (d,) = medlint.lint_text("<p>It is a miracle <i>cure</i> for colds.</p>", format="html", select=["CL102"])
    assert (d.start.column, d.text) == (12, "miracle <i>cure")  # the span is the exact source
    assert d.message.startswith("hype word \u201cmiracle cure\u201d")
    (d,) = medlint.lint_text("A **miracle**\ncure for colds.\n", format="markdown", select=["CL102"])
    assert d.message.startswith("hype word \u201cmiracle cure\u201d")


@pytest.mark.parametrize(
    ("prefix", "fmt", "where"),
    [
        ("Updated March 3, 2024\n\n# Zinc and colds\n\n", "markdown", (3, 3, "Zinc and colds")),
        ("Updated March 3, 2024\n\n", "text", (3, 1, "Zinc")),
        ("# Zinc and colds\n\nUpdated March 3, 2024\n\n", "markdown", (1, 3, "Zinc and colds")),
    ],
)
def test_ds104_points_at_the_title_not_the_date_line(
    prefix: str, fmt: str, where: tuple[int, int, str]
) -> None:
    import medlint
    from medlint.rules.disclosure._shared import _ARTICLE_BODY

    (d,) = medlint.lint_text(prefix + _ARTICLE_BODY * 3, format=fmt, select=["DS104"])
    line, column, text = where
    assert (d.start.line, d.start.column) == (line, column)
    assert d.text.startswith(text)


def test_force_exclude_applies_to_stdin_filename(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with (project / "medlint.toml").open("a", encoding="utf-8") as fh:
        fh.write('exclude = ["drafts/"]\n')
    _stdin(monkeypatch, "A fever and the the cough.\n")
    code, out, _ = run(capsys, "check", "--force-exclude", "--stdin-filename", "drafts/a.md", "-")
    assert code == 0 and "All clear: 0 files checked." in out
    _stdin(monkeypatch, "A fever and the the cough.\n")
    code, out, err = run(capsys, "check", "--force-exclude", "--fix", "--stdin-filename", "drafts/a.md", "-")
    assert code == 0 and out == "A fever and the the cough.\n" and "0 files checked" in err
    _stdin(monkeypatch, "A fever.\n")
    code, out, _ = run(capsys, "check", "--stdin-filename", "drafts/a.md", "-")
    assert code == 1 and "drafts/a.md:1:3: ZE101" in out


def test_force_exclude_with_cli_patterns_and_no_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text("It is is here.\n", encoding="utf-8")
    code, out, _ = run(
        capsys, "check", "--isolated", "--force-exclude", "--exclude", "drafts/", "drafts/a.md"
    )
    assert code == 0 and "0 files checked" in out


def test_fix_keeps_a_utf16_file_utf16(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = project / "a.txt"
    article.write_bytes(b"\xff\xfe" + "Rest and the the fluids.\r\n".encode("utf-16-le"))
    code, _, _ = run(capsys, "check", "--fix", "a.txt")
    assert code == 0
    assert article.read_bytes() == b"\xff\xfe" + "Rest and the fluids.\r\n".encode("utf-16-le")


def test_single_quotes_pair_and_apostrophes_do_not() -> None:
    from medlint.formats import load_document
    from medlint.text.quotes import inside_quotes, single_quote_spans

    def spans(text: str) -> list[str]:
        return [text[a : b + 1] for a, b in single_quote_spans(text)]

    assert spans("The company claims its tea \u2018cures\u2019 arthritis") == ["\u2018cures\u2019"]
    assert spans("Patients\u2019 notes don\u2019t say it \u2018cures\u2019 anything") == ["\u2018cures\u2019"]
    assert spans("the 'miracle' pill isn't 'safe'") == ["'miracle'", "'safe'"]
    assert spans("in the \u201890s it was \u2018fun\u2019") == ["\u2018fun\u2019"]  # a decade, not an opener
    assert spans("claimed it was \u2018100% safe\u2019.") == ["\u2018100% safe\u2019"]
    assert spans("don\u2019t and patients\u2019 and \u2018unclosed") == []  # no quotation at all
    doc = load_document("It \u2018cures\u2019 pain. Patients\u2019 tea cures pain.", "text")
    assert inside_quotes(doc, doc.prose.index("cures"))
    assert not inside_quotes(doc, doc.prose.index("tea"))
