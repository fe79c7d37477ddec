"""RD101 (prose19): a table's notes are not graded, the text's own long names count as short words,
and a page's grade is reported at its first full sentence, not at a line of site furniture."""

from __future__ import annotations

import medlint
from medlint.linter import load_document
from medlint.rules.readability._shared import _EASY, _HARD, graded_sentences, own_names

#: a symptom table whose rows a crawl ran together into one "sentence" (as in test_rd101_prose.py)
_CELLS = ["Brachydactyly syndrome", "Malar flattening", "Hypertelorism", "Depressed nasal bridge"] * 5
_TABLE = "Signs and symptoms Approximate number of patients " + " ".join(
    f"{c} {90 - i}%" for i, c in enumerate(_CELLS)
)

_ADVICE = "You should ask your doctor about it. "
_NAME = "pseudohypoparathyroidism"
#: plain sentences (grade 5-6 words aside) that use the condition's name nine times
_PLAIN_WITH_NAME = (
    f"Pseudohypoparathyroidism is a rare condition that makes the body act as if it has too little of one "
    f"hormone. People with {_NAME} may have weak bones, short hands and a round face. Some people with "
    f"{_NAME} feel tired or have cramps. A doctor can test your blood to find {_NAME}. There is no cure for "
    f"{_NAME}, but you can feel better. Pills with calcium and vitamin D help most people with {_NAME}. Take "
    f"them each day as your doctor says. Your doctor will check your blood for signs of {_NAME} a few times "
    f"each year. Call your doctor if your muscles hurt or twitch. Children with {_NAME} should see a doctor "
    f"who knows {_NAME} well. "
)


def _rd101(text: str) -> list[tuple[str, int, int, int, int, str]]:
    return [
        (d.severity.name, d.start.offset, d.start.line, d.start.column, d.end.offset, d.message)
        for d in medlint.lint_text(text, "markdown", select=["RD101"])
    ]


def test_a_tables_notes_run_into_its_line_are_not_graded() -> None:
    # lead-in, table and the site's legend in one crawled line: the legend graded alone made a warning
    title = "# What are the symptoms of Robinow syndrome?\n\n"
    text = title + "The table lists the signs of this condition. " + _TABLE + " " + _HARD * 4 + "\n"
    assert _rd101(text) == []
    doc = load_document(text, "markdown", None, None)
    assert [s.text for s in graded_sentences(doc)] == ["The table lists the signs of this condition."]


def test_hard_prose_in_its_own_paragraph_after_a_table_still_fires() -> None:
    title = "# What are the symptoms of Robinow syndrome?\n\n"
    head = title + "The table lists the signs of this condition. " + _TABLE + "\n\n"
    prose = _HARD * 4 + _ADVICE
    found = _rd101(head + prose + "\n")
    # graded: the lead-in and the paragraph after the table; reported from the page's first sentence
    # to the end of the last graded paragraph (the table between them is in the span, not graded)
    assert [f[:5] for f in found] == [("WARNING", len(title), 3, 1, len(head + prose.rstrip()))]


def test_the_texts_own_long_name_counts_as_a_short_word() -> None:
    # Flesch-Kincaid 10.2 with the name's 9 syllables at each of its 9 uses: a warning before prose19
    text = f"# What is {_NAME}?\n\n" + _PLAIN_WITH_NAME + "\n"
    assert _rd101(text) == []
    doc = load_document(text, "markdown", None, None)
    assert own_names(doc, graded_sentences(doc)) == {_NAME: 9}


def test_hard_prose_fires_with_its_names_discounted_in_the_message() -> None:
    title = "# What is Takayasu arteritis?\n\n"
    prose = "Takayasu arteritis is rare. " + _HARD * 4 + _ADVICE + "Takayasu arteritis can be treated. "
    found = _rd101(title + prose + "\n")
    assert len(found) == 1
    severity, start, line, col, end, message = found[0]
    assert (severity, start, line, col, end) == ("WARNING", len(title), 3, 1, len(title) + len(prose) - 1)
    assert "(the text's own names counted as short words: arteritis, takayasu; 4 uses)" in message


def test_everyday_heading_words_and_lower_case_words_are_not_names() -> None:
    text = (
        "# Is Takayasu arteritis inherited?\n\n"
        "Takayasu arteritis is not inherited. The Orphanet database and Orphanet staff list it. "
        "Most people who get Takayasu arteritis have no family history. "
        "Medication helps. Doctors give medication daily. The Performance Clinic and the Performance Lab "
        "treat it. The Klippel-Trenaunay Unit and the Klippel-Trenaunay Lab use Two-Factor Sign-In "
        "and Two-Factor Sign-In codes.\n"
    )
    doc = load_document(text, "markdown", None, None)
    # "inherited" (a heading's everyday word), "medication" (lower case) and "Performance" (a name, but
    # an everyday word) and "Two-Factor" (everyday words joined) weigh as written; "Orphanet" and
    # "Klippel-Trenaunay" are rare names twice capitalised inside sentences
    assert own_names(doc, graded_sentences(doc)) == {
        "takayasu": 2,
        "arteritis": 2,
        "orphanet": 2,
        "klippel-trenaunay": 2,
    }


def test_the_page_grade_is_anchored_at_the_first_full_sentence() -> None:
    title = "# Managing your blood sugar\n\n"
    furniture = "12 minute read\n\n"
    prose = _HARD * 4 + _ADVICE
    found = _rd101(title + furniture + prose + "\n")
    start = len(title) + len(furniture)
    assert [f[:5] for f in found] == [("WARNING", start, 5, 1, start + len(prose) - 1)]


def test_the_anchor_stays_at_the_first_sentence_when_it_is_full() -> None:
    title = "# Managing your blood sugar\n\n"
    prose = _EASY + "\n\n" + _HARD * 4 + _ADVICE
    found = _rd101(title + prose + "\n")
    assert [f[:4] for f in found] == [("WARNING", len(title), 3, 1)]


def _found(text: str, code: str) -> list[tuple[str, int, int, int, int]]:
    return [
        (d.severity.name, d.start.offset, d.start.line, d.start.column, d.end.offset)
        for d in medlint.lint_text(text, "markdown", select=[code])
    ]


def test_rd102_leaves_a_table_run_into_one_line() -> None:
    title = "# What are the symptoms of Robinow syndrome?\n\n"
    assert _found(title + _TABLE + "\n", "RD102") == []  # a 71-word "sentence" of cells: no sentence to split


def test_rd102_still_reports_a_long_sentence_after_a_table() -> None:
    title = "# What are the symptoms of Robinow syndrome?\n\n"
    head = title + _TABLE + "\n\n"
    long = (
        "People who have had a stroke, or who have been told by a doctor that they are at high risk of one, "
        "should ask at their next appointment whether the tablets they take each day are still the right ones."
    )
    assert _found(head + long + "\n", "RD102") == [("INFO", len(head), 5, 1, len(head) + len(long))]


_DENSE = (
    "Spondyloepiphyseal dysplasia affects growth of the spine and long bones. Spondyloepiphyseal dysplasia "
    "is usually found at birth, and people with spondyloepiphyseal dysplasia are short. Doctors watch for "
    "problems with the eyes and the joints as children with the condition grow up.\n"
)


def test_rd103_does_not_count_the_texts_own_names_as_jargon() -> None:
    # the heading's rare name, used three times in 46 words: jargon at 15% before prose19
    assert _found("# What is spondyloepiphyseal dysplasia?\n\n" + _DENSE, "RD103") == []


def test_rd103_counts_the_same_words_when_they_are_not_the_texts_names() -> None:
    title = "# Short stature in children\n\n"
    assert _found(title + _DENSE, "RD103") == [("INFO", len(title), 3, 1, len(title) + len(_DENSE) - 1)]


def test_each_word_of_a_proper_name_counts_as_a_short_word() -> None:
    from medlint.rules.readability._shared import proper_name_words

    assert proper_name_words(
        "It is run by the National Institute of Diabetes and Digestive and Kidney Diseases."
    ) == ("It is run by the name name of name and name and name name.")
    assert proper_name_words("It occurs in China, the Philippines, Japan and Thailand.") == (
        "It occurs in name, the name, name and name."
    )
    # a sentence's first word is capitalised as its first: the name starts at the second
    assert proper_name_words("The Human Phenotype Ontology (HPO) has collected it.") == (
        "The name name name (HPO) has collected it."
    )
    assert (
        proper_name_words("In the United States, most cases occur.") == "In the name name, most cases occur."
    )
    # two capitalised words at a sentence's start, one of them its first word: no name
    assert proper_name_words("Allergic Bronchitis is common.") == "Allergic Bronchitis is common."
    # a single capitalised word, an acronym alone, a hyphenated word: no name of several words
    for text in ("Ask the CDC about Lyme disease.", "The TSH test is first.", "It is Rh-negative blood."):
        assert proper_name_words(text) == text


def test_the_plural_of_an_own_name_counts_as_the_name() -> None:
    from medlint.rules.readability._shared import _own_name

    assert _own_name("meningiomas", {"meningioma": 1})
    assert _own_name("fasciitises", {"fasciitis": 1})
    assert not _own_name("meningeal", {"meningioma": 1})


def test_a_list_of_names_is_mostly_names() -> None:
    from medlint.rules.readability._shared import mostly_names

    assert mostly_names(
        "Reporting was contributed by Michael Powell, Elisabetta Povoledo, Tim Arango and Maya Salam."
    )
    assert mostly_names(
        "Neven B, Valayannopoulos V, Quartier P, Blanche S, Prieur AM. Bone marrow transplantation."
    )
    # a sentence that names an institute has more words of its own
    assert not mostly_names(
        "The National Institutes of Health, through the efforts of its National Institute of Neurological "
        "Disorders and Stroke, conducts research on the brain and the nerves in laboratories across the country."
    )
    assert not mostly_names("Most people recover without treatment.")
