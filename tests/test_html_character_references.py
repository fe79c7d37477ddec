"""HTML character references in running text are decoded before parsing; diagnostics stay in the file's
coordinates (``medlint.formats.charrefs``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import medlint
from medlint.formats import load_document
from medlint.formats.charrefs import decode_text_references


def test_text_references_decode_and_map_back_to_the_file() -> None:
    src = "<p>Don&#8217;t&nbsp;go</p>"
    decoded = decode_text_references(src)
    assert decoded is not None
    text, origin = decoded
    assert text == "<p>Don\u2019t\u00a0go</p>"
    assert len(origin) == len(text) + 1 and origin[-1] == len(src)
    assert src[origin[text.index("\u2019")] :].startswith("&#8217;")
    assert src[origin[text.index("t\u00a0")] :].startswith("t&nbsp;")


def test_markup_references_tags_comments_and_scripts_are_left_alone() -> None:
    src = "<a title='it&#39;s'>5 &lt; 6 &amp; 7</a><!-- &rsquo; --><script>x='&rsquo;'</script>"
    assert decode_text_references(src) is None
    assert decode_text_references("no references here") is None


def test_rules_read_words_across_a_reference_and_report_the_files_text() -> None:
    src = "<html><body>\n<p>Intro.</p>\n<p>Doctors don&#8217;t want you to know this one trick for back pain.</p>\n</body></html>\n"
    found = [d for d in medlint.lint_text(src, format="html", select=["CL111"]) if d.code == "CL111"]
    assert [(d.start.line, d.start.column, d.text) for d in found] == [
        (3, 4, "Doctors don&#8217;t want you to know")
    ]
    assert found[0].text == src[found[0].start.offset : found[0].end.offset]
    doc = load_document(src, "html")
    assert doc.original == src and doc.source != src


def test_a_fix_over_a_reference_edits_the_file(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>Take the&nbsp;the tablets with water.</p>\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "medlint", "check", "--isolated", "--select", "RP101", "--fix", str(page)],
        capture_output=True,
        check=False,
    )
    assert page.read_text(encoding="utf-8") == "<p>Take the tablets with water.</p>\n"
