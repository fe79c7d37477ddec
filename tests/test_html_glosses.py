"""MT114 on a web page that gives another script's words on purpose, with their reading (``<ruby>``
furigana) or beside their reading and meaning in a glossary table (a language lesson), while a
passage left untranslated is still reported where it stands. Small pages written for these tests."""

from __future__ import annotations

from html_pages_fixture import BODY, hits, page

from medlint.formats.html import load

SENTENCE = "毎日薬を飲みます。"
READ = "毎日<ruby>薬<rp>（</rp><rt>くすり</rt><rp>）</rp></ruby>を飲みます。"


def test_a_paragraph_with_ruby_readings_is_given_with_its_reading() -> None:
    source = page(f"<main>{BODY}<p>{READ}</p>\n<p>I take medicine every day.</p>\n</main>")
    assert hits(source, "MT114") == []
    doc = load(source)
    at = source.index("<ruby>")
    assert doc.metadata["readings"] == [[at, source.index("</ruby>") + len("</ruby>")]]


def test_the_same_paragraph_without_readings_is_reported() -> None:
    source = page(f"<main>{BODY}<p>{SENTENCE}</p>\n<p>I take medicine every day.</p>\n</main>")
    at = source.index(SENTENCE)
    line = source[:at].count("\n") + 1
    assert hits(source, "MT114") == [(at, at + len(SENTENCE) - 1, line, 4)]


def test_a_ruby_without_a_reading_is_no_reading() -> None:
    source = page(f"<main>{BODY}<p>{READ.replace('<rt>くすり</rt>', '')}</p></main>")
    assert "readings" not in load(source).metadata


ROW = '<tr><td>{}</td><td>{}</td><td style="width: 9px">{}</td></tr>\n'
GLOSSARY = [("病院", "byouin", "hospital"), ("医者", "isha", "doctor"), ("マスク", "masuku", "mask")]


def test_a_glossary_table_sets_words_beside_their_reading_and_meaning() -> None:
    table = "<table><tbody>" + "".join(ROW.format(*r) for r in GLOSSARY) + "</tbody></table>\n"
    source = page(f"<main>{BODY}{table}</main>")
    assert hits(source, "MT114") == []
    rows = load(source).metadata["table_rows"]
    first = source.index("病院")
    assert rows[0] == [first, source.index("hospital") + len("hospital"), 0]
    assert len(rows) == 3 and {r[2] for r in rows} == {0}


def test_one_such_row_is_no_glossary_and_is_reported() -> None:
    # a value left in Chinese beside an English note: one row, not a glossary
    table = "<table>" + ROW.format("Dose", "每日两次", "with food") + "</table>\n"
    table += "<table>" + ROW.format("阿莫西林", "twice a day", "with food") + "</table>\n"
    source = page(f"<main>{BODY}{table}</main>")
    first, second = source.index("每日两次"), source.index("阿莫西林")
    assert [h[:3] for h in hits(source, "MT114")] == [
        (first, first + 4, source[:first].count("\n") + 1),
        (second, second + 4, source[:second].count("\n") + 1),
    ]
    # the two one-row tables are two tables
    assert [r[2] for r in load(source).metadata["table_rows"]] == [0, 1]


def test_rows_whose_end_tags_are_left_out_are_still_rows() -> None:
    body = "<table><tr><td>病院<td>byouin<tr><td>医者<td>isha</table>\n"
    source = page(f"<main>{BODY}{body}</main>")
    rows = load(source).metadata["table_rows"]
    assert [(source[s : s + 2], r) for s, _e, r in rows] == [("病院", 0), ("医者", 0)]
    assert hits(source, "MT114") == []


LESSON = "<p>{0}</p>\n<p>I take medicine every day.</p>\n<p>Remember the ending <b>ます</b> in polite speech.</p>\n"


def test_a_page_printing_readings_over_its_words_teaches_the_script() -> None:
    # three readings: a lesson; its phrases given without one are its matter, not left behind
    source = page(f"<main>{BODY}{LESSON.format(READ * 3)}</main>")
    assert len(load(source).metadata["readings"]) == 3
    assert hits(source, "MT114") == []


def test_a_page_with_fewer_readings_still_reports_a_phrase_without_one() -> None:
    source = page(f"<main>{BODY}{LESSON.format(READ * 2)}</main>")
    at = source.index("ます</b>")
    line = source[:at].count("\n") + 1
    column = at - source.rfind("\n", 0, at)
    assert hits(source, "MT114") == [(at, at + 2, line, column)]
