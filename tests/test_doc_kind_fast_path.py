"""The page-kind readers' word pre-tests answer as their plain forms.

``doc_kind._reports_research`` searches ``_RESEARCH_NEWS`` only in a document whose words hold both
probe sets of one of its branches (``_RESEARCH_NEWS_BRANCHES``); the plain form
(``doc_kind._PLAIN_RESEARCH_NEWS``) always searches. Compared on sentences built from every word of
every branch's alternations, every default rule's examples, the corpus and MedQuAD answers.

DS105's ``_yearless_dateline`` tries ``_YEARLESS_DATELINE`` only where a dash followed by white space
stands in the text's first lines (``_dash_then_space``); the plain form (``DS105._PLAIN_YEARLESS``)
always tries it. Compared on datelines with their pieces swapped for near misses, seeded strings of
dateline pieces, the corpus and MedQuAD answers.

DS104's ``_names_author`` searches ``_BYLINE`` in the head and tail only where the lower-cased text
holds "by" or "author"; the plain form (``DS104._PLAIN_BYLINE``) always searches. Compared on a
byline of every kind in mixed case, on the corpus and on MedQuAD answers.
"""

from __future__ import annotations

import itertools
import random

import pytest
from parity_texts import medquad_answers, random_strings, rule_and_corpus_texts

from medlint.evidence import doc_kind
from medlint.formats import load_document
from medlint.rules.disclosure import DS104, DS105

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _branch_sentences() -> list[str]:
    """One sentence for each combination of the words of each branch of ``_RESEARCH_NEWS``."""
    out: list[str] = []
    for det, adj, noun in itertools.product(
        ("a", "the", "this"),
        ("new", "recent", "small", "large", "latest"),
        ("study", "trial", "analysis", "report", "research"),
    ):
        out.append(f"Yesterday {det} {adj} {noun} came out.")
    out.append("There is New research on it.")
    for subj, verb in itertools.product(
        ("study", "research", "researchers", "scientists", "findings"),
        (
            "finds",
            "found",
            "suggests",
            "suggested",
            "shows",
            "showed",
            "report",
            "reports",
            "reported",
            "indicates",
            "concluded",
        ),
    ):
        out.append(f"Our {subj} {verb} a link.")
    for subj, aux, verb, prep in itertools.product(
        ("study", "findings", "results", "research"),
        ("", "were ", "was ", ", "),
        ("published", "presented", "reported"),
        ("in", "at", "on", "this", "last", "today", *_DAYS, "online in"),
    ):
        out.append(f"The {subj}{'' if aux == ', ' else ' '}{aux}{verb} {prep} the journal.")
    for det, subj, rand, verb in itertools.product(
        ("the", "these", "this"),
        ("researchers", "scientists", "investigators", "study", "trial"),
        ("", "randomly "),
        (
            "analyzed",
            "analysed",
            "compared",
            "followed",
            "tracked",
            "assigned",
            "enrolled",
            "recruited",
            "examined",
            "surveyed",
            "measured",
            "involved",
            "included",
            "asked",
        ),
    ):
        out.append(f"Then {det} {subj} {rand}{verb} them.")
    for subj, prep, verb in itertools.product(
        ("researchers", "scientists", "investigators"),
        ("at", "from", "in", "with", "led by"),
        ("report", "reported", "found", "discovered", "showed"),
    ):
        out.append(f"Some {subj} {prep} Duke {verb} it.")
    for prep, new, obj in itertools.product(
        ("in", "with"), ("", "new "), ("study", "research", "trial", "work", "paper", "findings")
    ):
        out.append(f"She was not involved {prep} the {new}{obj}.")
    for adj, noun in itertools.product(
        ("new", "updated", "revised"), ("guideline", "guidelines", "recommendations")
    ):
        out.append(f"Under {adj} {noun} it stops.")
    for verb, det, noun in itertools.product(
        ("updated", "revised", "changed", "issued"),
        ("its", "their", "the"),
        ("guideline", "guidelines", "recommendations", "definition"),
    ):
        out.append(f"They {verb} {det} {noun} twice.")
    return out


def _answers(texts: list[str], plain: bool, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    monkeypatch.setattr(doc_kind, "_PLAIN_RESEARCH_NEWS", plain)
    return [doc_kind._reports_research(load_document(t, "markdown")) for t in texts]


def test_every_branch_word_passes_the_pre_test(monkeypatch: pytest.MonkeyPatch) -> None:
    # each sentence twice: two matches, research news by the plain form
    texts = [f"{s} And again: {s}" for s in _branch_sentences()]
    assert all(_answers(texts, True, monkeypatch))
    assert all(_answers(texts, False, monkeypatch))


def test_research_news_pre_test_agrees_with_its_plain_form(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*rule_and_corpus_texts(), *medquad_answers(40, 2)]
    fast = _answers(texts, False, monkeypatch)
    assert fast == _answers(texts, True, monkeypatch)
    assert any(fast)
    # the pre-test turns documents away: a page that names a study but reports none
    skipped = "Asthma is common. A study of asthma is one way to learn. Research helps."
    doc = load_document(skipped, "text")
    assert doc_kind._RESEARCH_NEWS.could_match_doc(doc)
    assert not any(b.could_match_doc(doc) for b in doc_kind._RESEARCH_NEWS_BRANCHES)


def test_research_news_marks_a_report() -> None:
    report = "A new study suggests zinc helps. The researchers found fewer colds."
    assert doc_kind.news_signals(load_document(report, "text")) == ("research news",)
    assert doc_kind.news_signals(load_document("A study of zinc. Research on colds.", "text")) == ()


def _datelines(texts: list[str], plain: bool, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    monkeypatch.setattr(DS105, "_PLAIN_YEARLESS", plain)
    docs = [load_document(t, "text") for t in texts]
    return [bool(d.blocks) and DS105._yearless_dateline(d) for d in docs]


_PIECES = (
    "SEATTLE",
    "WEDNESDAY",
    "NEW YORK",
    ", ",
    ",",
    "June",
    "Jan.",
    " 24",
    " 7",
    " ",
    "\u00a0",
    "\t",
    "\n",
    "-",
    "--",
    "\u2013",
    "\u2014",
    " (HealthDay News)",
    "(AP)",
    "x",
)

_DATELINE_PARTS = (
    ("SEATTLE", "WEDNESDAY", "NEW YORK", "Seattle", ""),
    (", ", ",", " "),
    ("June", "Jan.", "Mayday", ""),
    (" 24", " 7", "24", ""),
    (" ", " (HealthDay News) ", "(AP)", ""),
    ("-", "--", "\u2013", "\u2014", "", "x", "---"),
    (" ", "\u00a0", "\t", "\n", "", "y", "-"),
    ("Doctors said so.", ""),
)


def test_dash_pre_test_agrees_with_its_plain_form(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(13)
    # datelines with each piece swapped at random for a near miss, and seeded strings of pieces
    built = [
        "".join(rng.choice(options) for options in _DATELINE_PARTS) + "\n\nThe report follows."
        for _ in range(3000)
    ]
    texts = [
        *built,
        *random_strings(_PIECES, 1000, seed=13, max_pieces=12),
        *rule_and_corpus_texts(),
        *medquad_answers(40, 2),
    ]
    fast = _datelines(texts, False, monkeypatch)
    assert fast == _datelines(texts, True, monkeypatch)
    assert sum(fast) > 50


@pytest.mark.parametrize("dash", ["--", "-", "\u2013", "\u2014"])
@pytest.mark.parametrize("space", [" ", "\u00a0", "\t", "\n"])
def test_every_closing_dash_passes(dash: str, space: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = f"SEATTLE, June 24 {dash}{space}Doctors said so.\n\nMore text follows here."
    assert _datelines([text], True, monkeypatch) == [True]
    assert _datelines([text], False, monkeypatch) == [True]
    assert DS105._dash_then_space(text, 0, len(text))
    # the dash must stand inside the searched span with its space
    at = text.index(dash) + len(dash)
    assert not DS105._dash_then_space(text, 0, at)


def test_no_dash_no_dateline(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "SEATTLE, June 24 (AP) Doctors said so-called cures fail.\n\nMore text."
    assert _datelines([text], False, monkeypatch) == _datelines([text], True, monkeypatch) == [False]
    assert not DS105._dash_then_space(text, 0, len(text))


_BYLINE_LABELS = (
    "By",
    "BY",
    "bY",
    "Written by",
    "Words By",
    "Author:",
    "AUTHORS:",
    "Authored by",
    "Reviewed by",
    "Medically reviewed by",
    "Clinically Reviewed By",
    "Fact-checked by",
    "Fact checked by",
    "Reporting by",
)


def _bylines(texts: list[str], plain: bool, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    monkeypatch.setattr(DS104, "_PLAIN_BYLINE", plain)
    return [DS104._names_author(load_document(t, "markdown")) for t in texts]


def test_byline_pre_test_agrees_with_its_plain_form(monkeypatch: pytest.MonkeyPatch) -> None:
    body = "Zinc lozenges may shorten colds in adults. " * 30
    built = [f"{label}: Jane Roe\n\n{body}" for label in _BYLINE_LABELS]
    built += [f"{body}\n\n* {label}: Dr. Sam Lee" for label in _BYLINE_LABELS]
    assert all(_bylines(built, True, monkeypatch))
    texts = [*built, *rule_and_corpus_texts(), *medquad_answers(40, 2)]
    fast = _bylines(texts, False, monkeypatch)
    assert fast == _bylines(texts, True, monkeypatch)
    assert not all(fast)


_NEWS_LINES = (
    "CHICAGO (Reuters) - Doctors said so.",
    "NEW YORK (Reuters Health) -- A study found it.",
    "SCOTTSDALE, Arizona - Zinc works.",
    "(Philadelphia) - It rains.",
    "MONDAY, Nov. 29, 2010 (HealthDay News) -- Kids sleep.",
    "June 22, 2010 -- Zinc again.",
    "  * WASHINGTON \u2014 Officials met.",
    "> LONDON \u2013\u2013 Tea.",
    "Chicago - not a dateline in lower case.",
    "Asthma is common - and treatable.",
    "X-linked disorders affect boys.",
    "- a list item",
    "",
)


def _dateline_texts(count: int, seed: int) -> list[str]:
    """Pages of headings, lines and blocks of news lines, near misses and plain sentences, the
    dateline anywhere (first line, under a heading, past the lead, after indentation)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        blocks = []
        for _ in range(rng.randint(1, 9)):
            kind = rng.randrange(4)
            if kind == 0:
                blocks.append(f"# {rng.choice(_NEWS_LINES)}")
            elif kind == 1:
                blocks.append("\n".join(rng.choice(_NEWS_LINES) for _ in range(rng.randint(1, 3))))
            elif kind == 2:
                blocks.append(rng.choice(("Asthma is common.", "Zinc may help.", "   ", "1. Step one")))
            else:
                blocks.append(rng.choice(_NEWS_LINES).lower())
        out.append(rng.choice(("\n\n", "\n", "\n\n\n")).join(blocks))
    return out


def _has_datelines(texts: list[str], plain: bool, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    monkeypatch.setattr(doc_kind, "_PLAIN_DATELINE", plain)
    return [
        doc_kind._has_dateline(load_document(t, fmt)) for t in texts for fmt in ("markdown", "text", "html")
    ]


def test_dateline_at_line_starts_agrees_with_its_plain_search(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        *_NEWS_LINES,
        *_dateline_texts(3000, seed=17),
        *random_strings(_PIECES, 1000, seed=17, max_pieces=12),
        *rule_and_corpus_texts(),
        *medquad_answers(40, 2),
    ]
    fast = _has_datelines(texts, False, monkeypatch)
    assert fast == _has_datelines(texts, True, monkeypatch)
    assert sum(fast) > 1000 and not all(fast)
