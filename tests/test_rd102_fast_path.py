"""RD102's ``mostly_quoted`` asks ``quotation_around`` only in blocks holding a mark it reads and
``introduced_passage`` once per line; its plain form (``mostly_quoted_plain``) asks at every word."""

from __future__ import annotations

from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint.formats import load_document
from medlint.rules.readability.RD102 import LongSentence, mostly_quoted, mostly_quoted_plain

_LONG_OWN = (
    "People who have had a stroke or who have been told by a doctor that they are at high risk of one "
    "should ask whether the tablets they take each day are still the right ones for them. "
)
_PIECES = [
    _LONG_OWN,
    "\u201cPatients who have had a stroke, or who were told they are at high risk of one, should ask "
    "whether the tablets they take each day are still right,\u201d the nurse said. ",
    "The nurse called it 'a long and careful way of looking after people at home who cannot travel "
    "to a clinic every week' and went on. ",
    '"It works," she said. ',
    "One reader wrote:\n",
    "In a statement, the agency said:\n\n",
    "It's the patient's own choice. ",
    "\n\n",
    "\n",
    # the passages whose extent their structure marks: a letter, a quotation's editorial marks, a
    # quotation closed blocks later (mid-line: the words after its closing mark are the writer's)
    "Two emails hit our inbox:\nHi All-\n",
    "The court in Chhina [sic] is expected to approve the plan on Friday. ",
    "In a letter, the nurse wrote:\n\n\u201cWe were overwhelmed by the number of cases that came in every "
    "single night.\n\nNobody knew what to do next.\u201d She then left the hospital and the long night "
    "behind her, and the ward, and the town where she had worked for years, and never came back to it. ",
]


def test_a_long_quoted_sentence_passes_and_the_writers_own_fires() -> None:
    quoted = load_document(_PIECES[1].strip() + "\n", "text")
    assert list(LongSentence().check(quoted)) == []
    own = load_document(_LONG_OWN.strip() + "\n", "text")
    found = [(f.start, f.end) for f in LongSentence().check(own)]
    assert found == [(0, len(_LONG_OWN.strip()))]


def test_the_fast_form_gives_what_asking_at_every_word_gives() -> None:
    texts = [*rule_and_corpus_texts(), *medquad_answers(40, 2)]
    texts += random_strings(_PIECES, 300, seed=21, max_pieces=8)
    sentences = quoted = 0
    for text in texts:
        for fmt in ("text", "markdown"):
            doc = load_document(text, fmt)
            for s in doc.sentences:
                fast = mostly_quoted(doc, s.start, s.end)
                assert fast == mostly_quoted_plain(doc, s.start, s.end), (text, s.text)
                sentences += 1
                quoted += fast
    assert sentences > 1000 and quoted > 50  # both answers occur, so the comparison means something


def test_single_quotations_in_a_block_without_double_quotes() -> None:
    # the block's single quotations are found once (no double quote in it): a sentence mostly inside
    # one passes; one whose marks are apostrophes inside and after words fires, at its offsets
    quoted = (
        "She called it 'a long and careful way of looking after people at home who cannot travel to a "
        "clinic every week or even every month' and left."
    )
    assert list(LongSentence().check(load_document(quoted + "\n", "text"))) == []
    own = (
        "It's the patients' own choice whether they'd rather go on taking the tablets they've taken each "
        "day or ask the nurse at the clinic about the ones she's told them about."
    )
    found = [
        (f.start, f.end, f.data["words"]) for f in LongSentence().check(load_document(own + "\n", "text"))
    ]
    assert found == [(0, len(own), 31)]
