"""RD101 grades prose only: no flattened tables or lists, unfinished list items, title lines or respellings."""

from __future__ import annotations

import medlint
from medlint.linter import load_document
from medlint.rules.readability._shared import _EASY, _HARD, flattened_list, graded_sentences, graded_text

_CELLS = [
    "Abnormality of dental morphology",
    "Brachydactyly syndrome",
    "Clinodactyly of the fifth finger",
    "Hypoplasia of the penis",
    "Malar flattening",
    "Vertebral segmentation defect",
    "Abnormality of female external genitalia",
    "Downturned corners of mouth",
    "Hypertelorism",
    "Depressed nasal bridge",
]
#: a symptom table whose rows a crawl ran together into one "sentence"
_TABLE = "Signs and symptoms Approximate number of patients " + " ".join(
    f"{c} {90 - i}%" for i, c in enumerate(_CELLS * 4)
)
_TITLE = "# What are the symptoms of Robinow syndrome?\n\n"


def _rd101(text: str) -> list[tuple[str, int, int, int, int]]:
    return [
        (d.severity.name, d.start.offset, d.start.line, d.start.column, d.end.offset)
        for d in medlint.lint_text(text, "markdown", select=["RD101"])
    ]


def test_a_flattened_symptom_table_is_not_graded() -> None:
    # easy prose before a 200-word table row run: the table made it grade 11.0, a warning
    text = _TITLE + _EASY * 3 + "\n\n" + _TABLE + "\n"
    assert _rd101(text) == []
    doc = load_document(text, "markdown", None, None)
    graded = graded_sentences(doc)
    assert len(graded) == 18
    assert graded[-1].end == len(_TITLE) + len(_EASY * 3) - 1  # the table paragraph is left out


def test_hard_prose_beside_a_table_still_fires_at_its_paragraph() -> None:
    prose = _HARD * 4 + "You should ask your doctor about it. "
    text = _TITLE + prose + "\n\n" + _TABLE + "\n"
    assert _rd101(text) == [("WARNING", 46, 3, 1, 46 + len(prose) - 1)]


def test_item_breaks_make_a_list_only_from_three() -> None:
    assert flattened_list("medical and family history  - physical exam  - blood tests  - upper GI endoscopy")
    assert flattened_list("Autosomal recessive inheritance - Esotropia - Hypertelorism - Seizures")
    assert flattened_list("Tour dates: June 9 -- Tampa, FL June 10 -- Miami, FL June 12 -- Atlanta, GA")
    assert not flattened_list("The new drug -- a pill -- works better than the old one.")
    assert not flattened_list("The drug - a new one - works in 50% of people.")
    # a dateline's dash and a pair of double hyphens: three breaks, but not of one kind
    assert not flattened_list(
        "PHILADELPHIA - Sleep loss -- in a clinic -- eases depression in half of patients."
    )
    # three double hyphens of one kind, but with clauses, not items, between them
    assert not flattened_list(
        "Its hospitals include: City Hospital -- which is ranked among the best in the nation by a "
        "magazine -- County Hospital; Lake Hospital; and Old Hospital -- the first, founded in 1751."
    )


def test_pronunciation_respellings_are_not_graded() -> None:
    sentence = "Fibromyalgia (FY-broh-MY-AL-juh) makes your body hurt. "
    respelled = (
        sentence
        + "Gestational (jest-TAY-shun-al) diabetes can go away. "
        + "Lupus (LOO-pus) and sarcoidosis (sar-koy-DOH-sis) can hurt too. "
    )
    # a title that does not name the conditions, so that their names count in full (prose19)
    title = "# Pain that does not go away\n\n"
    text = title + (3 * respelled + _EASY) * 2
    # the respellings counted as four- and five-syllable words made it SMOG 9.9, a warning
    assert _rd101(text) == [("INFO", len(title), 3, 1, len(text) - 1)]  # SMOG 8.2: within the margin
    doc = load_document(
        "# What is fibromyalgia?\n\n" + sentence + "BRCA (BRCA-related) cancer is rare.",
        "markdown",
        None,
        None,
    )
    assert graded_text(graded_sentences(doc)) == (
        "Fibromyalgia  makes your body hurt.\nBRCA (BRCA-related) cancer is rare."
    )


def test_hard_prose_with_a_respelling_still_fires() -> None:
    text = (
        "# What is fibromyalgia?\n\nFibromyalgia (FY-broh-MY-AL-juh) is a condition. "
        + _HARD * 4
        + "Ask your doctor."
    )
    assert _rd101(text) == [("WARNING", 25, 3, 1, len(text))]


def test_unfinished_list_items_and_title_lines_are_not_graded() -> None:
    text = (
        "# How is it found?\n\nYour doctor may use these tests:\n\n- medical history\n- blood tests\n\n"
        "Blood Tests\n\nA nurse takes some blood.\n\n- Drink water before the test.\n"
    )
    doc = load_document(text, "markdown", None, None)
    graded = [(s.start, s.end) for s in graded_sentences(doc)]
    lead = text.index("Your")
    nurse = text.index("A nurse")
    drink = text.index("Drink")
    assert graded == [(lead, lead + 32), (nurse, nurse + 25), (drink, drink + 28)]
    assert graded_text(graded_sentences(doc)).splitlines() == [
        "Your doctor may use these tests:.",
        "A nurse takes some blood.",
        "Drink water before the test.",
    ]
