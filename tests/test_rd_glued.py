"""RD101 leaves out a plain-text page's title question; RD102 counts the sentences an extractor glued."""

from __future__ import annotations

import medlint
from medlint.linter import load_document
from medlint.rules.readability._shared import _EASY, _HARD, graded_sentences, sentence_pieces, title_question

#: a fact-check's title question, hard on its own (Flesch-Kincaid about 19)
_QUESTION = (
    "Do pharmacological interventions targeting postprandial hyperglycaemia reduce cardiovascular "
    "complications in individuals with established comorbidities?\n\n"
)


def _rd(text: str, code: str) -> list[tuple[str, int, int, int, int]]:
    return [
        (d.severity.name, d.start.offset, d.start.line, d.start.column, d.end.offset)
        for d in medlint.lint_text(text, "text", select=[code])
    ]


#: 108 words of advice at Flesch-Kincaid 7.2: 9.8 with the title question graded as its first sentence
_ADVICE = (
    "Your doctor may recommend regular physical activity and careful attention to portion sizes, because both "
    "habits can gradually improve how your body handles sugar. "
) * 2 + "Walk after meals and drink water. " * 10


def test_a_title_question_is_not_graded() -> None:
    # graded with the question before: a note at offset 0 (grade 9.8)
    text = _QUESTION + _ADVICE
    assert _rd(text, "RD101") == []
    doc = load_document(text, "text")
    assert title_question(doc) == (0, len(_QUESTION) - 2)
    assert graded_sentences(doc)[0].start == len(_QUESTION)


def test_hard_prose_under_a_title_question_fires_at_the_prose() -> None:
    text = _QUESTION + _HARD * 5
    start = len(_QUESTION)
    assert _rd(text, "RD101") == [("INFO", start, 3, 1, start + len((_HARD * 5).rstrip()))]


def test_a_title_question_on_the_first_line_of_a_block_is_left_out_of_the_span() -> None:
    # a fact-check page whose title, standfirst and text are lines of one block: the finding spanned the title
    title = "Did an Ohio Man Die After Vowing Not To Wear a Face Mask?\n"
    text = title + _HARD * 5
    assert title_question(load_document(text, "text")) == (0, len(title) - 1)
    assert _rd(text, "RD101") == [("INFO", len(title), 2, 1, len(text.rstrip()))]


def test_an_opening_statement_or_a_lone_question_is_prose() -> None:
    statement = (
        "Pharmacological interventions reduce cardiovascular complications in established comorbidities.\n\n"
    )
    assert title_question(load_document(statement + _EASY * 3, "text")) is None
    assert title_question(load_document(_QUESTION.strip(), "text")) is None
    # a first paragraph that goes on past its question is the text's own opening
    assert title_question(load_document("Why walk? Walking helps the heart.\n\n" + _EASY, "text")) is None


#: 23 words of sentence after a glued subheading (31 with the subheading of 8)
_SENTENCE = (
    "We could not find any studies that investigated whether vibration training lowers the risk of broken "
    "bones in older people with weak bones."
)


def test_sentence_pieces_leave_out_a_glued_subheading_and_split_at_a_glued_stop() -> None:
    text = "Read more on the pages of the institute [4].The studies in detail " + _SENTENCE
    pieces = [text[a:b] for a, b in sentence_pieces(text)]
    assert pieces == ["Read more on the pages of the institute [4].", _SENTENCE]
    odd = "Cause unclear The mere fact is odd."
    assert [odd[a:b] for a, b in sentence_pieces(odd)] == ["The mere fact is odd."]
    # a name after a joining word, a name's words, a place and a clause with its subject go on as one sentence
    for prose in (
        "Researchers at the Food and Drug Administration said so.",
        "Last week President Trump said so.",
        "An Associated Press journalist in the area reported gunfire.",
        "Trump made accusations against China in the letter.",
        "While White House press secretary Stephanie Grisham said so.",
        "I prayed and asked God for help.",
        "As Dr.Thomas Insel prepared to step down, he spoke.",
    ):
        assert sentence_pieces(prose) == [(0, len(prose))]


def test_rd102_counts_the_sentence_after_a_glued_subheading() -> None:
    # 8 words of heading + 23 of sentence: 31 words read as one sentence before, a note at offset 0
    heading = "Spermidine studies: not enough as evidence of efficacy "
    text = heading + _SENTENCE + "\n"
    assert _rd(text, "RD102") == []
    longer = _SENTENCE[:-1] + " or in those who have already had a fall at home or outside."
    text = heading + longer + "\n"
    assert _rd(text, "RD102") == [("INFO", len(heading), 1, len(heading) + 1, len(heading) + len(longer))]


#: subheadings an extractor glued to the first sentence of their paragraphs
_HEADS = (
    "Insufficient scientific evidence",
    "Unclear cardiovascular consequences",
    "Questionable methodological quality",
    "Additional information available",
    "Inconsistent experimental results",
    "Unrealistic manufacturer promises",
)
_PLAIN = (
    "We found few studies on this question, and the ones we found were small and short. "
    "Some people may feel better, but we cannot say that the pills are the reason for it. "
)


def test_rd101_grades_without_glued_subheadings() -> None:
    # graded with the subheadings before: a note at offset 0 (grade 8.1); without them 4.8
    text = "\n\n".join(h + " " + _PLAIN for h in _HEADS)
    assert _rd(text, "RD101") == []
    hard = "\n\n".join(h + " " + _HARD for h in _HEADS)
    # the span is the text graded: the first paragraph's sentence to the last paragraph's end
    assert _rd(hard, "RD101") == [("INFO", 0, 1, 1, len(hard.rstrip()))]


def test_sentence_pieces_split_after_a_one_letter_word_before_a_sentence_opener() -> None:
    # the segmenter reads "D." as an initial and runs the two sentences together
    first = "Studies cannot say whether a person with vitamin D is better after four weeks than without extra vitamin D."
    second = "It is also unclear whether the treatment can prevent deaths."
    text = first + " " + second
    assert sentence_pieces(text) == [(0, len(first)), (len(first) + 1, len(text))]
    # an initial before a surname, and a letter before a capitalised name, go on
    for prose in (
        "Principal investigator Martin L. Yarmush led the study of the robot.",
        "President Harry S. Truman signed the act in the summer.",
        "The group tested vitamin D. Vitamin levels were measured later.",
    ):
        assert sentence_pieces(prose) == [(0, len(prose))]


def test_rd102_counts_the_sentences_run_together_at_a_one_letter_word() -> None:
    # 22 + 12 = 34 words read as one sentence (a note at offset 0 before); 22 and 12 words now; with
    # a second sentence of 36 words, the note is on it alone
    first = "Studies cannot say whether a person who takes vitamin D is better after four weeks than a person without extra vitamin D."
    second = "It is also unclear whether the treatment can prevent deaths in hospital."
    text = first + " " + second + "\n"
    assert _rd(text, "RD102") == []
    longer = (
        "It is also unclear whether the treatment can prevent deaths in hospital or in people who live in "
        "care homes, are older than eighty and have been ill with the virus for more than a week."
    )
    text = first + " " + longer + "\n"
    at = len(first) + 1
    assert _rd(text, "RD102") == [("INFO", at, 1, at + 1, at + len(longer))]
