"""RP and TX on the real seed article and on span-sensitive Markdown/HTML cases."""

from __future__ import annotations

from conftest import shared_path

import medlint


def _seed() -> str:
    return shared_path("seed", "stem-cell-diabetes-article.txt").read_text(encoding="utf-8")


def test_seed_repetition_and_integrity_defects_are_all_found() -> None:
    src = _seed()
    diags = medlint.lint_text(src, select=["RP", "TX"])
    found = {(d.code, d.text) for d in diags}
    assert ("RP101", "nausea, nausea, nausea") in found
    title = "Can stem cell transplantation treat diabetes?"
    assert sum(1 for d in diags if d.code == "RP103" and d.text == title) == 2  # printed three times
    dup = [d for d in diags if d.code == "RP104"]
    assert dup and dup[0].related and dup[0].related[0].start.line < dup[0].start.line
    assert ("TX101", "\u201c.") in found
    assert sum(1 for d in diags if d.code == "TX101" and d.text == ". ,") == 2
    assert any(d.code == "TX104" and d.text.startswith("In order to") for d in diags)
    assert any(d.code == "TX105" for d in diags)
    trunc = [d for d in diags if d.code == "TX103"]
    assert [d.text for d in trunc] == ["of"] and trunc[0].start.line == src.count("\n") + 1
    for d in diags:
        assert src[d.start.offset : d.end.offset] == d.text


def test_repeated_word_spans_in_markdown_and_html() -> None:
    md = "---\ntitle: T\n---\n\n> Quote with **fever, fever** and chills\n\n| a | the the |\n|---|---|\n| x | y |\n"
    diags = medlint.lint_text(md, format="markdown", select=["RP101"])
    assert [(d.text, d.start.line, d.start.column) for d in diags] == [
        ("fever, fever", 5, 16),
        ("the the", 7, 7),
    ]
    page = "<html><head><title>X X</title></head><body><p>Use &amp; use the <b>the</b> pill 😀 pill pill</p></body></html>"
    diags = medlint.lint_text(page, format="html", select=["RP101"])
    texts = [(d.text, d.start.column) for d in diags]
    assert texts[0][0] == "the <b>the"
    assert texts[1] == ("pill pill", page.index("pill pill") + 1)


def test_fix_of_repeated_word_and_stray_punctuation_round_trip() -> None:
    from medlint.fixes import apply_fixes

    text = "Take the the tablets. , Then rest ."
    diags = medlint.lint_text(text, select=["RP101", "TX101"])
    fixed, n = apply_fixes(text, diags)
    assert fixed == "Take the tablets. Then rest."
    assert n == 3


def test_sentence_fragment_uses_a_trained_parser_when_configured(monkeypatch: object) -> None:
    """With nlp.model set and a parser available, a sentence without a finite verb is a fragment."""
    import pytest

    from medlint.config import parse_config

    class Tok:
        def __init__(self, text: str, tag: str, dep: str = "ROOT") -> None:
            self.text, self.tag_, self.dep_ = text, tag, dep
            self.morph = {"VerbForm": ["Fin"]} if tag in ("VBZ", "VBD", "VBP") else {}

    class FakeParser:
        def pipe(self, texts):  # type: ignore[no-untyped-def]
            for t in texts:
                yield [Tok(w, "VBZ" if w in ("works", "helps") else "NN") for w in t.split()]

    mp = pytest.MonkeyPatch()
    mp.setattr("medlint.nlp.get_syntax_nlp", lambda model=None: FakeParser())
    try:
        cfg = parse_config({"select": ["TX104"], "nlp": {"model": "en_core_web_sm"}}, "test")
        diags = medlint.lint_text("The drug works well. A very long list of side effects.", config=cfg)
        assert [d.text for d in diags] == ["A very long list of side effects."]
    finally:
        mp.undo()


def test_emphatic_repeat_inside_quotes_is_info_not_error() -> None:
    diags = medlint.lint_text(
        "She shouted, \u201cno, no, no!\u201d and left. Take the the pill.", select=["RP101"]
    )
    assert [(d.text, str(d.severity)) for d in diags] == [("no, no, no", "info"), ("the the", "error")]


def test_reduplicated_name_and_heading_run_on_are_not_repeats() -> None:
    text = "Fang Fang won the award.\n\nWhat is diabetes\ndiabetes is a condition in which blood sugar stays high."
    assert medlint.lint_text(text, select=["RP101"]) == []


def test_truncation_is_judged_by_structure_not_by_a_missing_full_stop() -> None:
    """A dangling paragraph is reported at its last word; list lead-ins, item runs and footnotes are not."""
    text = "Rest helps.\n\nDoctors advise that you rest at home and ask a friend for help from the\n\nDrink water."
    (d,) = [d for d in medlint.lint_text(text) if d.code == "TX103"]
    assert (d.start.line, d.start.column, d.end.line, d.end.column) == (3, 69, 3, 72)
    assert d.text == "the"
    quiet = (
        "Risks include:\n\nHeart tissue that is too thick or stiff or that has not formed normally in the womb\n\n"
        "Leaking or narrowed heart valves, which make the heart work too hard and can lead to failure\n\n"
        "Start as early as possible.20,21\n\nAsk your doctor about the two main types of surgery for hernias, which are"
        "\n\n- open repair\n- keyhole repair\n\nSome signs include: Nasal obstruction Loss of smell Chronic sinus pain"
    )
    assert [d for d in medlint.lint_text(quiet, format="markdown") if d.code == "TX103"] == []


def test_keyword_stuffing_is_reported_once_per_term_and_never_for_the_subject() -> None:
    filler = "Doctors review each case with care and explain the options to every family who asks. " * 8
    body = "Patients need insulin glargine daily. " * 7 + filler
    (d,) = [d for d in medlint.lint_text(body) if d.code == "MT110"]
    assert (d.start.offset, d.end.offset) == (3 * 38 + 14, 3 * 38 + 30)
    assert d.text == "insulin glargine" and len(d.related) == 3
    titled = "# Insulin glargine\n\n" + body
    assert [d for d in medlint.lint_text(titled, format="markdown") if d.code == "MT110"] == []


def test_keyword_stuffing_leaves_a_quoted_speaker_but_not_a_product_beside_a_speech_verb() -> None:
    filler = "Doctors review each case with care and explain the options to every family who asks. " * 8
    quoted = '"It works," Krummel said. "We saw it in mice," Max Krummel explained. ' * 7 + filler
    assert [d for d in medlint.lint_text(quoted) if d.code == "MT110"] == []
    titled = "Dr. Krummel studied mice. Max Krummel runs a lab. " * 7 + filler
    assert [d for d in medlint.lint_text(titled) if d.code == "MT110"] == []
    # the product is no person: "said" after "glargine" is not the product's verb here, and the
    # stuffed term is still reported
    product = ("Patients need insulin glargine daily, the nurse said. " * 7) + filler
    (d,) = [d for d in medlint.lint_text(product) if d.code == "MT110"]
    assert d.text == "insulin glargine"


def test_sibling_paragraphs_on_one_template_are_not_near_duplicates() -> None:
    siblings = (
        "A cardiologist. This is a doctor who specializes in diagnosing and treating heart diseases "
        "and conditions of the blood vessels.\n\n"
        "A nephrologist. This is a doctor who specializes in diagnosing and treating kidney diseases "
        "and conditions of the blood vessels."
    )
    assert [d for d in medlint.lint_text(siblings) if d.code == "RP104"] == []
    spun = (
        "Type 1 diabetes is an autoimmune disease in which the immune system destroys the cells "
        "that make insulin in the pancreas.\n\n"
        "Type 1 diabetes is an autoimmune illness where the immune system destroys the cells that "
        "produce insulin in the pancreas, so people need insulin every day."
    )
    (d,) = [d for d in medlint.lint_text(spun) if d.code == "RP104"]
    assert (d.start.line, d.start.column, d.related[0].start.line) == (3, 1, 1)


def test_an_abbreviation_defined_in_parentheses_is_not_a_second_name() -> None:
    text = "Doctors check glycated hemoglobin (HbA1c) yearly. Some labs report A1C instead."
    (d,) = [d for d in medlint.lint_text(text) if d.code == "MT111"]
    assert (d.text, d.start.column) == ("A1C", 68)


def test_names_are_not_repeated_words_but_slips_still_are() -> None:
    assert [d for d in medlint.lint_text("Loa loa is spread by flies.") if d.code == "RP101"] == []
    assert [
        d
        for d in medlint.lint_text("Seen at the University of Louisville, Louisville, KY.")
        if d.code == "RP101"
    ] == []
    (d,) = [d for d in medlint.lint_text("Symptoms: Fever, fever, fever and a rash.") if d.code == "RP101"]
    assert (d.start.column, d.end.column) == (11, 30)


def test_a_quotation_running_over_paragraphs_is_balanced_until_its_last_paragraph() -> None:
    text = "She said: \u201cWe tried everything.\n\n\u201cThen the new drug came.\n\nNothing else."
    (d,) = [d for d in medlint.lint_text(text) if d.code == "TX102"]
    assert (d.start.line, d.start.column) == (3, 1)


def test_comma_doubles_are_info_and_lost_breaks_or_blanked_urls_are_not_repeats() -> None:
    (d,) = [d for d in medlint.lint_text("Patients reported fever, fever and a rash.") if d.code == "RP101"]
    assert (str(d.severity), d.start.column, d.text) == ("info", 19, "fever, fever")
    for quiet in (
        "Drugs include divalproex sodium, sodium valproate.",  # items sharing a lead word (careful27)
        "More about migraines Migraines are not headaches.",
        "Visit www.a.com or www.b.com or call us.",
    ):
        assert [d for d in medlint.lint_text(quiet) if d.code == "RP101"] == []


def test_abbreviation_full_stops_and_mixed_quote_pairs_are_not_stray_or_unbalanced() -> None:
    text = 'He lives in Portland, Ore., and says \u201cit works" daily. Rest is key,. Sleep.'
    diags = [d for d in medlint.lint_text(text) if d.code in ("TX101", "TX102")]
    assert [(d.code, d.text, d.start.column) for d in diags] == [("TX101", ",.", 67)]


def test_repeats_far_apart_are_info_and_furniture_is_not_a_heading() -> None:
    text = (
        "Dosing guide\n\nTake your next dose at the usual time of day.\n\nFor the twice-daily dose, drink water.\n\n"
        "Other notes are here.\n\nTake your next dose at the usual time of day."
    )
    (d,) = [d for d in medlint.lint_text(text) if d.code == "RP102"]
    assert (str(d.severity), d.start.line) == ("info", 9)
    near = "Dosing guide\n\nTake your next dose at the usual time of day. Take your next dose at the usual time of day."
    (d,) = [d for d in medlint.lint_text(near) if d.code == "RP102"]
    assert (str(d.severity), d.start.line, d.start.column) == ("warning", 3, 47)


def test_tx102_enumerator_closers_read_behind_the_bracket_as_the_plain_pattern_reads_ahead() -> None:
    """``_ENUM_CLOSER`` starts at the ")" and looks behind it: the same closers as the pattern read
    forward, ``(?:^|(?<=[\\s(]))[a-zA-Z0-9ivx]{1,3}\\)``, on edge cases and the test corpus."""
    import re
    from pathlib import Path

    from medlint.rules.text_integrity.TX102 import _ENUM_CLOSER

    forward = re.compile(r"(?:^|(?<=[\s(]))[a-zA-Z0-9ivx]{1,3}\)")
    corpus = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus"
    texts = ["a) b)", "(a)", "x(ab)", "abcd)", " iv)", "i)ii)", ")", "\u00e9)", "\n1) x", "ab)c)", "(12) 3)"]
    texts += [p.read_text(encoding="utf-8") for p in sorted(corpus.iterdir()) if p.suffix != ".yml"]
    for text in texts:
        assert {m.start() for m in _ENUM_CLOSER.finditer(text)} == {
            m.end() - 1 for m in forward.finditer(text)
        }


def test_mt111_reports_a_spelling_once_with_its_other_uses_related() -> None:
    text = "COVID-19 is a disease. Covid vaccines help. Covid tests help too. Covid masks as well."
    (d,) = [d for d in medlint.lint_text(text) if d.code == "MT111"]
    assert d.text == "Covid" and d.start.column == 24
    assert [r.start.column for r in d.related] == [1, 45, 67]


def _written(text: str, word: str) -> bool:
    from medlint.formats import load_document
    from medlint.text.quotes import written_quotation

    doc = load_document(text, "text", None, None)
    return written_quotation(doc, doc.prose.index(word)) is not None


def test_a_quotation_nobody_is_said_to_speak_is_written_and_speech_is_not() -> None:
    # a post's claim, quoted as evidence: the source's words
    assert _written("The post claimed that “anyone is counted as a Covid case,” to scare readers.", "Covid")
    # speech, attributed after the quotation or before it
    assert not _written("“Anyone is counted as a Covid case,” she said.", "Covid")
    assert not _written("He told Reuters: “Anyone is counted as a Covid case.”", "Covid")
    # a speaker named between two quotations goes on speaking in the second
    assert not _written(
        "“It works,” says Dr. Roe, of the Harvard School of Public Health, in a news release. "
        "“Our Covid findings are clear.”",
        "Covid",
    )
    # a quotation never closed in its block has no known extent
    assert not _written("The post claimed that “anyone is counted as a Covid case.", "Covid")


def test_the_old_et_cetera_sign_takes_a_comma_after_its_stop() -> None:
    # "&c.," is "etc.," (Melville's "touching his history, &c., and if he declined"); in HTML its
    # "&amp;" entity is blanked to spaces in the prose view
    for text, fmt in (
        ("<p>Touching his history, &amp;c., and if he declined, more.</p>", "html"),
        ("Touching his history, &c., and if he declined, more.", "text"),
    ):
        assert [d for d in medlint.lint_text(text, select=["TX101"], format=fmt)] == [], fmt
    diags = medlint.lint_text("Touching his history, abc., and if he declined, more.", select=["TX101"])
    assert [(d.text, d.start.column) for d in diags] == [(".,", 26)]
