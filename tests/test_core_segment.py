"""The spaCy-free sentence segmenter behind ``Document.sentences``."""

from __future__ import annotations

import subprocess
import sys

import pytest

from medlint.formats import load_document
from medlint.text.segment import sentence_spans


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One here. Two there! Three?", ["One here.", "Two there!", "Three?"]),
        ("Dr. Lee saw J. Smith at 9 a.m. today.", ["Dr. Lee saw J. Smith at 9 a.m. today."]),
        ("Rest, e.g. sleep, helps. It works.", ["Rest, e.g. sleep, helps.", "It works."]),
        ("Take 2.5 mg daily. Stop after 3.5 weeks.", ["Take 2.5 mg daily.", "Stop after 3.5 weeks."]),
        ('He said "it helps." Then he left.', ['He said "it helps."', "Then he left."]),
        ("Symptoms improved. , Then more.", ["Symptoms improved.", ", Then more."]),
        ("It ended here\u2026 Or not.", ["It ended here\u2026", "Or not."]),
        # an ellipsis before a word in lower case pauses the sentence, as "..." does
        ("Juice cleanses and\u2026 baking soda? Yes.", ["Juice cleanses and\u2026 baking soda?", "Yes."]),
        ("No final stop", ["No final stop"]),
        # "no" and the other numeral abbreviations abbreviate only before a number
        ("I said no. Chemo is poison.", ["I said no.", "Chemo is poison."]),
        ("See No. 5 and Fig. 3 in vol. 12.", ["See No. 5 and Fig. 3 in vol. 12."]),
        (
            "It holds patent No. US 9526751 and Vol. XII. I said no. I left.",
            ["It holds patent No. US 9526751 and Vol. XII.", "I said no.", "I left."],
        ),
        ("   ", []),
    ],
)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_document_sentences_have_source_offsets_and_do_not_import_spacy() -> None:
    code = (
        "import sys; from medlint.formats import load_document\n"
        "d = load_document('Title line\\n\\nA first one. A second one.', 'text')\n"
        "print([s.text for s in d.sentences]); print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["['Title line', 'A first one.', 'A second one.']", "False"]
    src = "Intro\r\n\r\nFever 😀 rose. It fell."
    doc = load_document(src, "text")
    for s in doc.sentences:
        assert src[s.start : s.end] == s.text


def test_sentence_spans_equal_their_plain_form() -> None:
    """The flat loop against the generator it replaced, on rule examples, the development corpus
    and seeded random text of marks, abbreviations, cases and kinds of whitespace."""
    from parity_texts import random_strings, rule_and_corpus_texts

    from medlint.text.segment import sentence_spans_plain

    texts = ["", " ", "a. b", "Dr. Who. e.g. x", 'x .\u2026" Y', "end.\u00a0next", *rule_and_corpus_texts()]
    alphabet = [
        "a",
        "B",
        "dr",
        "e.g",
        "J",
        "etc",
        "5",
        ".",
        "..",
        "!",
        "?",
        "\u2026",
        '"',
        "'",
        "\u201d",
        ")",
        "]",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        "(",
        ",",
        ";",
    ]
    texts += random_strings(alphabet, 3000, seed=7)
    for text in texts:
        assert sentence_spans(text) == list(sentence_spans_plain(text)), text[:80]
