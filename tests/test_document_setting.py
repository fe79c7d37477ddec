"""What a file is, for the checks that judge a whole page: ``document = "auto" | "page" | "fragment"``.

DS101 (disclaimer), DS104 (author) and DS105 (date) report something absent from the page. A
section cut from a page carries none of the page's furniture, so: "fragment" turns them off (DS107
becomes a note: its mention is there, the reference list it asks for is the page's); "page" keeps
them at warning; "auto" reads the text's structure and makes them info notes when the text shows
no page metadata.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medlint import Linter
from medlint.cli import main
from medlint.config import Config, parse_config
from medlint.diagnostic import Severity
from medlint.errors import ConfigError
from medlint.evidence.doc_kind import page_signs
from medlint.formats import load_document

P = (
    "Zinc lozenges may shorten a cold by about a day in adults, according to a 2017 review in JRSM Open. "
    "The effect is small, and high doses can upset the stomach. Children should not take adult doses."
)
Q = (
    "People who take antibiotics should ask a pharmacist first, because zinc can change how some drugs are "
    "absorbed. Most colds get better on their own within seven to ten days with rest and fluids."
)
BODY = "\n\n".join([P, Q, P.replace("Zinc lozenges", "Honey"), Q])
PAGE_RULES = ["DS101", "DS104", "DS105"]
#: (code, severity, line, column, end line, end column, text)
Row = tuple[str, str, int, int, int, int, str]


def _found(
    text: str, fmt: str = "text", config: Config | None = None, rules: list[str] = PAGE_RULES
) -> list[Row]:
    linter = Linter(config, select=rules)
    return [
        (d.code, d.severity.name.lower(), d.start.line, d.start.column, d.end.line, d.end.column, d.text)
        for d in linter.lint_text(text, fmt)
    ]


def _each(severity: str, line: int, col: int, end_col: int, text: str) -> list[Row]:
    return [(code, severity, line, col, line, end_col, text) for code in PAGE_RULES]


def test_a_plain_text_page_with_a_title_gets_warnings_at_its_title() -> None:
    assert _found("Zinc and colds\n\n" + BODY) == _each("warning", 1, 1, 15, "Zinc and colds")


def test_body_paragraphs_alone_get_info_notes_that_say_why() -> None:
    linter = Linter(select=PAGE_RULES)
    diags = linter.lint_text(BODY, "text")
    assert _found(BODY) == _each("info", 1, 1, 197, P)
    for d in diags:
        assert "shows no page metadata" in d.message and 'set document = "page"' in d.message


def test_markdown_title_heading_is_a_page_a_question_heading_or_a_section_heading_is_not() -> None:
    assert _found("# Zinc and colds\n\n" + BODY, "markdown") == _each("warning", 1, 3, 17, "Zinc and colds")
    # one question over one section: an FAQ entry
    assert _found("# Is zinc good for colds?\n\n" + BODY, "markdown") == _each(
        "info", 1, 3, 26, "Is zinc good for colds?"
    )
    # a question without its mark is still a question
    assert [f[1] for f in _found("# Do you have advice about colds\n\n" + BODY, "markdown")] == ["info"] * 3
    # a level-2 heading opens a section, not a page
    assert _found("## Zinc and colds\n\n" + BODY, "markdown") == _each("info", 1, 4, 18, "Zinc and colds")


def test_html_head_makes_a_page_a_body_field_is_a_fragment() -> None:
    paras = "<p>" + BODY.replace("\n\n", "</p><p>") + "</p>"
    assert _found(paras, "html") == _each("info", 1, 4, 200, P)
    page = f"<html><head><title>Zinc and colds</title></head><body>{paras}</body></html>"
    assert _found(page, "html") == _each("warning", 1, 58, 254, P)


def test_a_date_line_is_page_furniture_so_the_other_checks_warn() -> None:
    assert _found("March 3, 2025\n\n" + BODY) == [
        ("DS101", "warning", 1, 1, 1, 14, "March 3, 2025"),
        ("DS104", "warning", 3, 1, 3, 197, P),
    ]


def test_config_fragment_turns_the_page_checks_off_and_page_keeps_them() -> None:
    titled = "Zinc and colds\n\n" + BODY
    assert _found(titled, config=Config(document="fragment")) == []
    assert _found(BODY, config=Config(document="page")) == _each("warning", 1, 1, 197, P)


def test_ds107_is_a_note_on_a_fragment_and_a_warning_otherwise() -> None:
    text = "Walking is good for you.\n\nA new study found that walking lowers blood pressure."
    at = (3, 3, 3, 12, "new study")
    assert _found(text, rules=["DS107"]) == [("DS107", "warning", *at)]
    assert _found(text, config=Config(document="fragment"), rules=["DS107"]) == [("DS107", "info", *at)]


def test_the_file_can_say_what_it_is() -> None:
    front = "---\nmedlint-document: fragment\n---\n\n# Zinc and colds\n\n" + BODY
    assert _found(front, "markdown") == []
    comment = "<!-- medlint-document: page -->\n\n" + BODY
    assert _found(comment, "markdown") == _each("warning", 3, 1, 197, P)
    meta = '<html><head><meta name="medlint-document" content="fragment"><title>Zinc</title></head><body>'
    assert _found(meta + "<p>" + BODY.replace("\n\n", "</p><p>") + "</p></body></html>", "html") == []
    # the file's word wins over the configuration's
    assert _found(comment, "markdown", config=Config(document="fragment")) == _each("warning", 3, 1, 197, P)


def test_page_signs_read_structure() -> None:
    assert page_signs(load_document(BODY, "text")) == ()
    assert page_signs(load_document("Zinc and colds\n\n" + BODY, "text")) == ("title",)
    assert page_signs(load_document("Is zinc good for colds?\n\n" + BODY, "text")) == ()
    # a question capitalised as headlines are, down to its short words, is a headline
    assert page_signs(load_document("Is Zinc Good For Colds? It May Be\n\n" + BODY, "text")) == ("title",)
    two = "# Colds\n\n" + P + "\n\n## Zinc\n\n" + Q
    assert page_signs(load_document(two, "markdown")) == ("title", "sections")
    assert page_signs(load_document("---\ntags: [x]\n---\n\n" + BODY, "markdown")) == ("page metadata",)


def test_config_value_is_checked() -> None:
    assert parse_config({"document": "fragment"}, "medlint.toml").document == "fragment"
    assert Config().document == "auto"
    with pytest.raises(
        ConfigError, match=r'medlint.toml: document must be one of "auto", "page", "fragment"'
    ):
        parse_config({"document": "section"}, "medlint.toml")


def test_cli_setting_and_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Zinc and colds\n\n" + BODY + "\n", encoding="utf-8")
    assert (
        main(["check", "--isolated", "--select", "DS101,DS104,DS105", "--document", "fragment", "a.txt"]) == 0
    )
    capsys.readouterr()
    assert main(["check", "--isolated", "--select", "DS104", "a.txt"]) == 1
    assert "a.txt:1:1: DS104" in capsys.readouterr().out
    (tmp_path / "medlint.toml").write_text('document = "fragment"\n', encoding="utf-8")
    assert main(["check", "--select", "DS101,DS104,DS105", "a.txt"]) == 0
    assert main(["check", "--select", "DS104", "--document", "page", "a.txt"]) == 1
    capsys.readouterr()
    # (config files are cached per path: each bad one in a folder of its own)
    for folder, config, text in (
        ("toml", "medlint.toml", 'document = "excerpt"\n'),
        ("pyproject", "pyproject.toml", "[tool.medlint]\ndocument = 3\n"),
    ):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / config).write_text(text, encoding="utf-8")
        (tmp_path / folder / "a.txt").write_text(BODY + "\n", encoding="utf-8")
        assert main(["check", f"{folder}/a.txt"]) == 2
        err = capsys.readouterr().err
        assert 'document must be one of "auto", "page", "fragment", got ' in err
        assert config in err
    with pytest.raises(SystemExit) as exc:
        main(["check", "--document", "excerpt", "a.txt"])
    assert exc.value.code == 2


RELEASE = (
    "Acme Health announces a partnership for intensive care units\n\n"
    "October 12, 2017\n\n" + BODY + "\n\n"
    "For more information on the solution, please visit our website.\n\n"
    "Acme Health is a global solutions provider focused on healthcare communication."
)


def test_a_release_whose_issuer_describes_itself_without_an_about_heading_names_its_author() -> None:
    assert _found(RELEASE, rules=["DS104"]) == []
    # the same self-description in the first half is the story's, not the boilerplate: still a finding
    story = RELEASE.replace(
        "\n\nAcme Health is a global solutions provider focused on healthcare communication.", ""
    )
    story = story.replace("October 12, 2017\n\n", "October 12, 2017\n\nAcme Health is a global company.\n\n")
    assert _found(story, rules=["DS104"]) == [
        ("DS104", "warning", 1, 1, 1, 61, "Acme Health announces a partnership for intensive care units")
    ]


@pytest.mark.parametrize(
    ("text", "line", "column", "offset"),
    [
        ("<!-- medlint-document: fragmnt -->\n\n# Zinc\n\nZinc helps colds.\n", 1, 6, 5),
        ("---\nmedlint-document: bogus\n---\n\n# Zinc\n\nZinc helps colds.\n", 2, 1, 4),
    ],
)
def test_a_directive_naming_no_kind_is_reported(text: str, line: int, column: int, offset: int) -> None:
    """A misspelt medlint-document value is ML906 at the directive, not silently dropped."""
    found = [d for d in Linter().lint_text(text, format="markdown") if d.code == "ML906"]
    assert len(found) == 1
    d = found[0]
    assert (d.severity, d.start.line, d.start.column, d.start.offset, d.text) == (
        Severity.WARNING,
        line,
        column,
        offset,
        "medlint-document",
    )
    assert "names no document kind (auto, page, fragment)" in d.message
    assert '"auto", is used' in d.message


def test_a_valid_directive_or_an_ignored_ml906_draws_none() -> None:
    valid = "<!-- medlint-document: fragment -->\n\n# Zinc\n\nZinc helps colds.\n"
    assert [d for d in Linter().lint_text(valid, format="markdown") if d.code == "ML906"] == []
    misspelt = valid.replace("fragment", "fragmnt")
    assert [
        d for d in Linter(ignore=["ML906"]).lint_text(misspelt, format="markdown") if d.code == "ML906"
    ] == []
