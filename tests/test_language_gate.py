"""ML905: a document plainly in another language gets one notice, and no English rule reads it."""

from __future__ import annotations

from medlint import Linter
from medlint.formats import load_document
from medlint.text.language import non_english

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
