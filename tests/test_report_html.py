"""The HTML report: exact spans, overlapping findings, emoji, escaping, the folder summary.

The report is parsed back with the standard library's HTML parser, the way a
browser would read it, so the tests check what an editor would see (which words
sit inside which highlight) rather than substrings of the markup.
"""

from __future__ import annotations

import io
import os
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from medlint.cli import main
from medlint.diagnostic import Diagnostic, Edit, Fix, Severity
from medlint.formats import load_document
from medlint.report import RunResult
from medlint.report.html import Article, render, render_article, segments

PACK = """
pack: html-test
source: "test pack <b>bold</b> source"
rules:
  - {code: ZH101, name: fever-word, kind: existence, category: testing, severity: warning,
     message: "found {match}", phrases: [fever]}
  - {code: ZH102, name: doubled-the, kind: substitution, category: testing, severity: error,
     message: "doubled word {match}", swap: {the the: the}, fix: safe}
"""


class Page(HTMLParser):
    """What a browser builds from the report, reduced to what the tests look at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.scripts: list[str] = []
        self.marks: list[dict[str, str]] = []  # attributes plus "text"
        self.pre_text: list[str] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.h2: list[str] = []
        self.meta: dict[str, str] = {}
        self._stack: list[str] = []
        self._mark_depth = 0
        self._in_pre = 0
        self._in_script = False
        self._in_h2 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "meta" and "http-equiv" in a:
            self.meta[a["http-equiv"]] = a.get("content", "")
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        if tag == "pre":
            self._in_pre += 1
        if tag == "h2":
            self._in_h2 = True
            self.h2.append("")
        if tag == "mark":
            assert self._mark_depth == 0, "marks must never nest: overlaps are split into pieces"
            self._mark_depth += 1
            self.marks.append({**a, "text": ""})

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False
        if tag == "pre":
            self._in_pre -= 1
        if tag == "h2":
            self._in_h2 = False
        if tag == "mark":
            self._mark_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        if self._in_pre:
            self.pre_text.append(data)
        if self._mark_depth:
            self.marks[-1]["text"] += data
        if self._in_h2:
            self.h2[-1] += data


def parse(html_text: str) -> Page:
    p = Page()
    p.feed(html_text)
    p.close()
    return p


def diag(
    source: str,
    start: int,
    end: int,
    code: str = "ZH101",
    severity: Severity = Severity.WARNING,
    message: str = "found it",
    path: str = "a.txt",
    suggestions: tuple[str, ...] = (),
    fix: Fix | None = None,
) -> Diagnostic:
    doc = load_document(source, "text", path)
    return Diagnostic(
        code=code,
        name="fever-word",
        category="testing",
        severity=severity,
        message=message,
        path=path,
        start=doc.position(start),
        end=doc.position(end),
        text=source[start:end],
        suggestions=suggestions,
        fix=fix,
        source="test",
    )


def article_marks(source: str, diags: list[Diagnostic]) -> Page:
    return parse(render_article(Article("a.txt", source, diags), "file-1"))


# -- spans ------------------------------------------------------------------------


def test_segments_split_overlapping_and_nested_spans_into_flat_runs() -> None:
    assert segments(12, [(0, 5), (3, 8), (4, 5)]) == [
        (0, 3, (0,)),
        (3, 4, (0, 1)),
        (4, 5, (0, 1, 2)),
        (5, 8, (1,)),
        (8, 12, ()),
    ]
    # breaks cut runs too, without changing which spans cover them
    assert segments(6, [(1, 5)], [3]) == [(0, 1, ()), (1, 3, (0,)), (3, 5, (0,)), (5, 6, ())]


def test_each_highlight_covers_exactly_the_flagged_words() -> None:
    source = "Mild fever. Then a fever again.\n"
    page = article_marks(source, [diag(source, 5, 10), diag(source, 19, 24)])
    assert [m["text"] for m in page.marks] == ["fever", "fever"]
    assert [m["data-ids"] for m in page.marks] == ["file-1-d0", "file-1-d1"]
    assert all("sev-warning" in m["class"] for m in page.marks)
    assert "".join(page.pre_text) == source  # the text itself is unchanged
    assert {"file-1-d0", "file-1-d1", "file-1-L1"} <= page.ids


def test_overlapping_findings_become_pieces_that_name_every_finding_and_the_worst_severity() -> None:
    source = "the the fever rises\n"
    wide = diag(source, 0, 13, severity=Severity.WARNING)
    inner = diag(source, 4, 7, code="ZH102", severity=Severity.ERROR)
    page = article_marks(source, [wide, inner])
    pieces = [(m["text"], m["data-ids"], m["class"]) for m in page.marks]
    assert pieces == [
        ("the ", "file-1-d0", "hl sev-warning"),
        ("the", "file-1-d0 file-1-d1", "hl sev-error overlap"),
        (" fever", "file-1-d0", "hl sev-warning"),
    ]


def test_characters_outside_the_bmp_do_not_shift_highlights() -> None:
    source = "🩺😀 fever 👩\u200d⚕️ and 𝔣𝔢𝔳𝔢𝔯 then fever.\n"
    start = source.index("fever")
    second = source.index("fever", start + 1)
    gothic = source.index("𝔣")
    page = article_marks(
        source,
        [diag(source, start, start + 5), diag(source, gothic, gothic + 5), diag(source, second, second + 5)],
    )
    assert [m["text"] for m in page.marks] == ["fever", "𝔣𝔢𝔳𝔢𝔯", "fever"]


def test_a_finding_across_lines_is_highlighted_on_each_line() -> None:
    source = "first fever\nstill fever here\n"
    d = diag(source, 6, 17)
    page = article_marks(source, [d])
    assert [m["text"] for m in page.marks] == ["fever", "still"]
    assert {m["data-ids"] for m in page.marks} == {"file-1-d0"}
    assert {"file-1-L1", "file-1-L2"} <= page.ids


def test_crlf_text_shows_each_line_once() -> None:
    source = "a fever\r\nb\r\n"
    page = article_marks(source, [diag(source, 2, 7)])
    assert "".join(page.pre_text) == "a fever\nb\n"  # a lone CR would be a second line break
    assert [m["text"] for m in page.marks] == ["fever"]


def test_empty_spans_get_a_point_marker_even_at_the_end() -> None:
    source = "no byline\n"
    page = article_marks(source, [diag(source, 0, 0), diag(source, len(source), len(source))])
    assert [(m["text"], "point" in m["class"]) for m in page.marks] == [("", True), ("", True)]


def test_findings_whose_text_moved_are_listed_but_not_highlighted() -> None:
    old = "a fever\n"
    new = "a fewer fever\n"
    stale = diag(old, 2, 7)
    html_text = render(RunResult([stale], 1), sources={"a.txt": new})
    page = parse(html_text)
    assert page.marks == []
    assert "The text changed after it was checked" in html_text
    assert "file-1-d0" in page.ids  # still in the list


# -- escaping ------------------------------------------------------------------------


def _only_report_markup(page: Page) -> None:
    assert page.tags.count("script") == 1, "only the report's own script"
    assert "img" not in page.tags and "iframe" not in page.tags and "b" not in page.tags
    assert "alert" not in page.scripts[0]


def test_nothing_from_the_article_or_a_finding_becomes_markup() -> None:
    source = '<script>alert("article")</script><img src=x onerror=alert(1)> <b>fever</b>\n'
    start = source.index("fever")
    evil = diag(
        source,
        0,
        start + 5,
        message='</mark><script>alert("message")</script>',
        suggestions=("<img src=x onerror=alert(2)>",),
        fix=Fix((Edit(0, 1, "<"),), description="<iframe src=//x>"),
        path="we<ird>&\"'.html",
    )
    html_text = render(RunResult([evil], 1, rules={}), sources={evil.path: source})
    page = parse(html_text)
    _only_report_markup(page)
    assert "".join(page.pre_text) == source  # shown as text, character for character
    assert page.marks[0]["text"] == source[: start + 5]
    assert "we<ird>&\"'.html" in page.h2
    assert '</mark><script>alert("message")</script>' in page.marks[0]["title"]


def test_the_page_allows_only_its_own_script_and_no_network() -> None:
    html_text = render(RunResult([], 0))
    policy = parse(html_text).meta["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'sha256-" in policy and "unsafe-inline" not in policy
    for remote in ("http://", "https://", "//fonts", "@import", "src="):
        assert remote not in html_text


# -- the command ------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pack.yml").write_text(PACK, encoding="utf-8")
    (tmp_path / "medlint.toml").write_text('packs = ["pack.yml"]\nselect = ["ZH"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def test_a_folder_gives_one_report_with_files_sorted_errors_first(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = project / "docs"
    docs.mkdir()
    (docs / "a-warning.txt").write_text("A fever.\n", encoding="utf-8")
    (docs / "b-clean.md").write_text("# Rest\n\nRest helps.\n", encoding="utf-8")
    (docs / "c-<error>.html").write_text("<p>See the the 😀 fever.</p>\n", encoding="utf-8")
    code = main(["check", "docs", "--format", "html", "--output", "report.html"])
    assert code == 1
    assert capsys.readouterr().out == ""
    page = parse((project / "report.html").read_text(encoding="utf-8"))
    _only_report_markup(page)
    files = [h for h in page.h2 if h.startswith("docs")]
    assert files == [os.path.join("docs", n) for n in ("c-<error>.html", "a-warning.txt", "b-clean.md")]
    assert {"#file-1", "#file-2", "#file-3"} <= set(page.hrefs)
    assert [(m["text"], m["data-ids"]) for m in page.marks] == [
        ("the the", "file-1-d0"),
        ("fever", "file-1-d1"),
        ("fever", "file-2-d0"),
    ]
    assert {"rule-ZH101", "rule-ZH102"} <= page.ids


def test_an_unreadable_file_is_listed_with_its_error_and_no_source(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "docs").mkdir()
    (project / "docs" / "binary.txt").write_bytes(b"\x00\x01fever")
    (project / "docs" / "ok.txt").write_text("A fever.\n", encoding="utf-8")
    assert main(["check", "docs", "--format", "html", "-o", "r.html"]) == 2
    html_text = (project / "r.html").read_text(encoding="utf-8")
    page = parse(html_text)
    assert next(h for h in page.h2 if h.startswith("docs")).endswith("binary.txt")  # the error sorts first
    assert "ML902" in html_text and "binary file" in html_text
    assert [m["text"] for m in page.marks] == ["fever"]


def test_stdin_is_reported_from_the_text_given(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("👩‍⚕️ A fever.\n".encode())))
    code = main(["check", "-", "--format", "html"])
    out = capsys.readouterr().out
    assert code == 1
    page = parse(out)
    assert [m["text"] for m in page.marks] == ["fever"]
    assert "-" in page.h2


def test_report_for_the_bundled_examples(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    out = tmp_path / "report.html"
    main(["check", str(root / "examples" / "articles"), "--isolated", "--format", "html", "-o", str(out)])
    page = parse(out.read_text(encoding="utf-8"))
    assert len([h for h in page.h2 if h.endswith((".txt", ".md", ".html"))]) == 3
    assert page.marks and all(m["text"] or "point" in m["class"] for m in page.marks)
    assert "svg" in page.tags and "rect" in page.tags
