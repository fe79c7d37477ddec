"""ML905: a document plainly in another language gets one notice, and no English rule reads it."""

from __future__ import annotations

import pytest

from medlint import Linter
from medlint.formats import load_document
from medlint.text.language import foreign_passages, non_english

GERMAN = (
    "Die Krankheit ist eine der häufigsten Ursachen für einen Herzinfarkt. Der Arzt sagt, dass die "
    "Patienten nicht mit dem Medikament aufhören sollen, wenn sie sich besser fühlen. Auch bei einer "
    "leichten Erkältung wird zur Vorsicht geraten, denn die Beschwerden können sich nach einer Woche "
    "verschlimmern. „Wir sehen das oft“, sagt sie. Eine Studie aus dem Jahr 2020 hat gezeigt, dass "
    "Menschen mit einer Vorerkrankung ein höheres Risiko für einen schweren Verlauf haben und sich "
    "deshalb auch im Sommer impfen lassen sollen. Die Ergebnisse sind aber noch nicht veröffentlicht, "
    "und es ist nicht klar, wie viele Patienten an der Studie teilgenommen haben."
)

ENGLISH_WITH_GERMAN_QUOTE = (
    "The clinic's sign read „Bitte nicht rauchen“, and the nurse said it was there for a reason. "
    "Patients who smoke have a higher risk of heart disease, and the doctors at the clinic want "
    "them to stop. The study by van der Berg and de la Cruz was published in the journal of the "
    "society, and it found that people who stopped smoking had fewer heart attacks than those "
    "who did not. This is what the authors of the study say about their results."
)


def test_german_text_gets_one_notice_at_the_start_and_nothing_else() -> None:
    diags = Linter().lint_text(GERMAN, "text", "artikel.txt")
    assert [
        (d.code, d.name, str(d.severity), d.start.offset, d.start.line, d.start.column) for d in diags
    ] == [("ML905", "not-english", "info", 0, 1, 1)]
    assert "German" in diags[0].message and "ignore ML905" in diags[0].message


def test_ignoring_the_notice_lints_the_text_anyway() -> None:
    diags = Linter(ignore=["ML905"]).lint_text(GERMAN, "text")
    assert diags and "ML905" not in {d.code for d in diags}


def test_english_with_a_german_quotation_and_foreign_names_is_english() -> None:
    assert non_english(load_document(ENGLISH_WITH_GERMAN_QUOTE, "text")) is None
    assert "ML905" not in {d.code for d in Linter().lint_text(ENGLISH_WITH_GERMAN_QUOTE, "text")}


def test_a_short_foreign_phrase_is_too_little_to_tell() -> None:
    assert non_english(load_document("Die Patienten sind nicht krank.", "text")) is None


def test_a_page_declaring_english_is_read_by_its_text() -> None:
    page = f'<html lang="en"><body><article><p>{GERMAN}</p></article></body></html>'
    diags = Linter().lint_text(page, "html")
    assert [d.code for d in diags] == ["ML905"]


def test_text_mostly_in_another_script_is_not_english() -> None:
    text = "糖尿病是一种慢性疾病，患者需要长期服用药物控制血糖。" * 4 + " Take it daily."
    guess = non_english(load_document(text, "text"))
    assert guess is not None and guess.language == "another script"
    assert [d.code for d in Linter().lint_text(text, "text")] == ["ML905"]


# -- passages: whole blocks in another language inside an English document --------------------

ENGLISH_PARAGRAPH = (
    "Patients who smoke have a higher risk of heart disease, and the doctors at the clinic want them "
    "to stop. The study found that people who stopped smoking had fewer heart attacks than those who "
    "did not, and the authors say the benefit starts within a year."
)
GERMAN_PARAGRAPH = (
    "Trinken Sie jeden Tag genug „Wasser“. Es hilft den Nieren bei der Arbeit und sorgt dafür, dass Sie "
    "sich nicht müde fühlen, wenn Sie auf der Arbeit sind. Das ist für die Gesundheit auch sehr "
    "wichtig, denn der Körper braucht es."
)


def _mixed(*, middle: str = "") -> str:
    """English, then a German paragraph (with an optional short block after it), then English
    with two defects at known places: a space before a comma and "a error"."""
    parts = [ENGLISH_PARAGRAPH, GERMAN_PARAGRAPH]
    if middle:
        parts += [middle, GERMAN_PARAGRAPH]
    parts.append("Thanks for reading , this is a error.")
    return "\n\n".join(parts) + "\n"


def test_a_german_paragraph_in_an_english_text_is_skipped_with_one_notice_on_its_first_line() -> None:
    text = _mixed()
    german_start = len(ENGLISH_PARAGRAPH) + 2
    diags = Linter().lint_text(text, "text", "notice.txt")
    notes = [d for d in diags if d.code == "ML905"]
    assert [(d.start.offset, d.start.line, d.start.column, d.end.offset, str(d.severity)) for d in notes] == [
        (german_start, 3, 1, german_start + len(GERMAN_PARAGRAPH), "info")
    ]
    assert "1 block" in notes[0].message and "German" in notes[0].message
    # nothing inside the German paragraph; the English after it is still read, at exact places
    inside = [d for d in diags if d.code != "ML905" and german_start <= d.start.offset < notes[0].end.offset]
    assert inside == []
    last = text.rindex("Thanks")
    assert {(d.code, d.start.offset - last) for d in diags if d.start.offset >= last} >= {
        ("TX101", 18),
        ("MT108", 29),
    }


def test_a_short_block_between_two_german_paragraphs_joins_their_passage() -> None:
    text = _mixed(middle="Ergebnisse")
    german_start = len(ENGLISH_PARAGRAPH) + 2
    notes = [d for d in Linter().lint_text(text, "text") if d.code == "ML905"]
    assert [(d.start.offset, d.start.line) for d in notes] == [(german_start, 3)]
    assert "3 blocks" in notes[0].message


def test_ignoring_ml905_lints_the_german_paragraph_too() -> None:
    text = _mixed()
    german = slice(len(ENGLISH_PARAGRAPH) + 2, len(ENGLISH_PARAGRAPH) + 2 + len(GERMAN_PARAGRAPH))
    gated = Linter().lint_text(text, "text")
    ungated = Linter(ignore=["ML905"]).lint_text(text, "text")
    assert not any(german.start <= d.start.offset < german.stop for d in gated if d.code != "ML905")
    assert any(german.start <= d.start.offset < german.stop for d in ungated)


def test_english_paragraphs_with_foreign_names_and_a_quotation_are_not_passages() -> None:
    doc = load_document(ENGLISH_WITH_GERMAN_QUOTE + "\n\n" + ENGLISH_PARAGRAPH, "text")
    assert foreign_passages(doc) == []


def test_the_parallel_path_skips_the_same_passage() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from medlint.parallel import lint_text_parallel

    text = (ENGLISH_PARAGRAPH + "\n\n") * 200 + _mixed()  # past MIN_PARALLEL_CHARS
    linter = Linter()
    with ThreadPoolExecutor(2) as pool:
        parallel = lint_text_parallel(linter, text, "text", "big.txt", pool, 2)
    assert [d.sort_key for d in parallel] == [d.sort_key for d in linter.lint_text(text, "text", "big.txt")]
    assert [d.code for d in parallel].count("ML905") == 1


# -- passages the markup declares to be in another language -------------------------------------

DECLARED_PAGE = (
    '<html lang="en"><body><article><h1>Learning words</h1>\n'
    f"<p>{ENGLISH_PARAGRAPH}</p>\n"
    '<div lang="ja"><p>食べる。飲む。寝る。</p><p>私は毎日水を飲みます。</p></div>\n'
    '<section lang="ja"><p>It is a error that a template marks this paragraph as Japanese.</p></section>\n'
    "<p>Thanks for reading , this is a error.</p></article></body></html>"
)


def test_blocks_inside_an_element_declaring_another_language_are_one_passage() -> None:
    diags = Linter().lint_text(DECLARED_PAGE, "html")
    notes = [d for d in diags if d.code == "ML905"]
    first = DECLARED_PAGE.index("食べる")
    assert [(d.start.offset, d.start.line, d.start.column, d.end.offset) for d in notes] == [
        (first, 3, 19, DECLARED_PAGE.index("</p></div>"))
    ]
    assert 'lang="ja"' in notes[0].message and "2 blocks" in notes[0].message


def test_an_english_block_marked_as_another_language_is_still_linted() -> None:
    diags = Linter().lint_text(DECLARED_PAGE, "html")
    quote = DECLARED_PAGE.index("It is a error")
    assert ("MT108", quote + 6) in {(d.code, d.start.offset) for d in diags}


def test_declared_english_and_the_html_element_declare_nothing() -> None:
    doc = load_document('<html lang="de"><body><p lang="en-GB">Take it daily.</p></body></html>', "html")
    assert doc.declared_languages == []
    doc = load_document(
        '<p>Say <span lang="fr">bonjour</span> to the nurse.</p><div lang="ja"><p>水</p></div>', "html"
    )
    assert [lang for _s, _e, lang in doc.declared_languages] == ["fr", "ja"]
    # an inline span declares its words only: the paragraph around it is English and no passage
    assert [p.guess.language for p in foreign_passages(doc)] == ['lang="ja"']


def test_an_embedded_post_declared_in_another_language_is_skipped_with_its_credit_line() -> None:
    page = (
        f"<article><p>{ENGLISH_PARAGRAPH}</p>"
        '<blockquote class="twitter-tweet"><p lang="ja" dir="ltr">痴漢は犯罪です。絶対に許さない。</p>'
        "— Jane Roe (@janeroe) May 23, 2020</blockquote></article>"
    )
    doc = load_document(page, "html")
    start = page.index("痴漢")
    assert [(p.start, p.end, p.guess.language) for p in foreign_passages(doc)] == [
        (start, page.index("</blockquote>"), 'lang="ja"')
    ]


def _function_word_texts() -> list[str]:
    from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

    from medlint.text.language import _OTHERS, ENGLISH

    # every function word of every list, words in several lists ("que", "de", "la", "die") among
    # them, mixed with capitals, joiners and other words
    vocabulary = sorted(ENGLISH.union(*_OTHERS.values()))
    pieces = [f" {w}" for w in vocabulary] + [" Der", " THE", " die-de", " l'eau", " vitamin", ". ", "\n"]
    return [
        GERMAN,
        ENGLISH_WITH_GERMAN_QUOTE,
        *rule_and_corpus_texts(),
        *medquad_answers(50, 2),
        *random_strings(pieces, 300, seed=905, max_pieces=300),
    ]


def test_function_word_counts_match_their_plain_form() -> None:
    from medlint.text.language import function_word_counts, function_word_counts_plain

    texts = _function_word_texts()
    counted = [function_word_counts(load_document(t, "text").word_index) for t in texts]
    assert counted == [function_word_counts_plain(load_document(t, "text").word_index) for t in texts]
    # many random texts hold function words of English and of every other language
    assert sum(bool(english and all(others.values())) for english, others in counted[-300:]) > 100


def test_the_gates_read_one_count_as_they_read_their_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both gates read the document's function words counted once (``document_function_word_counts``);
    counted afresh for each (``_PLAIN_COUNTS_PER_GATE``) they say the same, on rule examples, the
    corpus, MedQuAD answers, German and mixed text, random word salads and paragraphs in other
    languages between English ones."""
    import medlint.text.language as language

    texts = _function_word_texts()
    texts += [
        f"{ENGLISH_WITH_GERMAN_QUOTE}\n\n{GERMAN}\n\n{ENGLISH_WITH_GERMAN_QUOTE}",
        f"{GERMAN}\n\nShort.",
    ]

    def gates() -> list[tuple[object, object]]:
        return [
            (non_english(doc), foreign_passages(doc))
            for doc in (load_document(t, fmt) for t in texts for fmt in ("text", "markdown"))
        ]

    once = gates()
    monkeypatch.setattr(language, "_PLAIN_COUNTS_PER_GATE", True)
    assert once == gates()
    assert sum(bool(passages) for _, passages in once) > 10 and sum(g is not None for g, _ in once) > 2
