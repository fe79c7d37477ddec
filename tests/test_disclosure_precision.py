"""DS101, DS104, DS106, DS108 and RD101 judge a document by its kind (issue 12).

Measured on real health news and releases (FakeHealth), these rules were mostly false
alarms because they applied patient-page conventions to reporting. ``medlint.evidence.doc_kind``
reads the kind from structure; these tests pin the kinds and the rules' exact spans and
severities on each side of the new boundaries.
"""

from __future__ import annotations

import pytest
from conftest import shared_path

import medlint
from medlint.diagnostic import Diagnostic, Severity
from medlint.evidence import doc_kind
from medlint.formats import load_document

BODY = (
    "Zinc lozenges may shorten a cold by about a day in adults, according to a 2017 review in JRSM Open. "
    "The effect is small, and high doses can upset the stomach. Most colds get better on their own within "
    "seven to ten days with rest and fluids. Zinc can change how some drugs are absorbed, and the treatment "
    "is not for everyone with a health condition. "
) * 3
ADVICE = "If you take antibiotics, you should ask your pharmacist before you use zinc for a cold."
NEWS = (
    "Zinc shortens colds, study finds\n\n"
    "CHICAGO (Reuters) - Zinc lozenges shortened colds by about a day, researchers said on Monday.\n\n"
    + BODY
    + "\n\n\u201cThe effect is small,\u201d said Dr. Ann Lee, who led the study. The team says a larger trial is planned."
)
RELEASE = (
    "Zinc shortens colds, study finds\n\n"
    + BODY
    + "\n\nAbout Acme University\n\nAcme University is a public research university.\n\n"
    "Media contact: Sam Lee, press office, +1 555 0100\n\n###"
)
PAGE = "Colds: what to do\n\n" + BODY + "\n\n" + ADVICE


def _lint(text: str, code: str, **options: object) -> list[Diagnostic]:
    linter = medlint.Linter(select=[code], rule_options={code: dict(options)} if options else None)
    return [d for d in linter.lint_text(text, "text") if d.code == code]


def _where(d: Diagnostic) -> tuple[int, int, int, int, str]:
    return (d.start.line, d.start.column, d.end.line, d.end.column, d.severity.name)


# -- the kind of document ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "signal"),
    [
        ("CHICAGO (Reuters) - Zinc lozenges help.", "dateline"),
        ("NEW YORK (Reuters Health) - Zinc lozenges help.", "dateline"),
        ("MONDAY, Nov. 29, 2010 (HealthDay News) -- Zinc lozenges help.", "dateline"),
        ("June 22, 2010 -- Zinc lozenges help.", "dateline"),
        ("(Philadelphia) - Zinc lozenges help.", "dateline"),
        ("Newswise \u2014 Zinc lozenges help.", "wire header"),
        ("EMBARGOED FOR RELEASE: 11 A.M. (ET) TUESDAY, AUGUST 16, 2016", "wire header"),
    ],
)
def test_reporting_is_read_from_the_opening(opening: str, signal: str) -> None:
    doc = load_document("Zinc and colds\n\n" + opening + "\n\n" + BODY, "text")
    assert signal in doc_kind.news_signals(doc)
    assert doc_kind.is_reporting(doc)
    assert not doc_kind.is_patient_information(doc)


@pytest.mark.parametrize(
    ("closing", "signal"),
    [
        ("Media contact: Sam Lee, +1 555 0100", "media contact"),
        ("Company Contact\n\nSam Lee", "media contact"),
        ("About Acme Corp\n\nAcme Corp is a company that makes lozenges.", "about section"),
        (
            "About Acme University\n\nFounded in 1850, Acme University teaches 9,000 students.",
            "about section",
        ),
        ("Contact: Jane Roe, +1 555 0100", "media contact"),
        (
            "About the National Institutes of Health (NIH): NIH is the primary federal agency for medical research.",
            "about section",
        ),
        ("# # #", "end mark"),
        (
            "This release contains forward-looking statements about our product candidates.",
            "forward-looking statements",
        ),
    ],
)
def test_press_release_marks(closing: str, signal: str) -> None:
    doc = load_document("Zinc and colds\n\n" + BODY + "\n\n" + closing, "text")
    assert signal in doc_kind.release_signals(doc)
    assert doc_kind.is_press_release(doc) and doc_kind.is_reporting(doc)


@pytest.mark.parametrize(
    "closing",
    [
        "About asthma\n\nAsthma is a long-term condition of the airways.",  # a topic, not an issuer
        "Contact: your GP or NHS 111",
        "For more information, contact the National Cancer Institute at 1-800-422-6237.",
    ],
)
def test_a_patient_page_footer_is_not_a_press_release(closing: str) -> None:
    doc = load_document("Asthma\n\n" + BODY + "\n\n" + closing, "text")
    assert doc_kind.release_signals(doc) == ()


def test_a_story_that_quotes_a_press_release_is_not_one() -> None:
    doc = load_document(
        "Zinc study\n\nThe company said in a press release that zinc works.\n\n" + BODY, "text"
    )
    assert doc_kind.release_signals(doc) == ()


def test_a_patient_page_is_not_reporting() -> None:
    text = (
        "# Colds\n\n"
        + BODY
        + "\n\n- fever\n- pain or burning\n\n## Treatment\n\nRest helps.\n\nContact us at help@example.org."
    )
    doc = load_document(text, "markdown")
    assert doc_kind.news_signals(doc) == ()  # a bullet list is no dateline, "Contact us" no press contact
    assert doc_kind.has_patient_sections(doc)
    assert doc_kind.is_patient_information(doc)


@pytest.mark.parametrize(
    ("title", "patient"),
    [
        ("# What is (are) Acromegaly ?", True),  # a patient FAQ (NIH's MedQuAD form)
        ("# How is asthma diagnosed?", True),
        ("# Is Lynch syndrome inherited ?", True),
        ("# Can yoga ease depression?", False),  # a headline's question
        ("# Treatment shows promise for asthma", False),  # a headline that opens with a section word
    ],
)
def test_a_patient_faq_title(title: str, patient: bool) -> None:
    doc = load_document(title + "\n\n" + BODY, "markdown")
    assert doc_kind.is_patient_information(doc) is patient


def test_a_news_heading_is_not_a_patient_section() -> None:
    text = "# Heart study\n\n" + BODY + "\n\n## Prognosis is grave\n\nFew patients survive a year."
    assert not doc_kind.has_patient_sections(load_document(text, "markdown"))
    text = "# Heart study\n\n" + BODY + "\n\n## Treatment options\n\nRest helps."
    assert doc_kind.has_patient_sections(load_document(text, "markdown"))


def test_time_told_from_the_day_of_filing_is_reporting() -> None:
    doc = load_document("Eye study\n\nLast week the FDA approved a trial of the cells.\n\n" + BODY, "text")
    assert doc_kind.news_signals(doc) == ("news time reference",)


def test_a_month_told_from_filing_and_a_study_described_are_reporting() -> None:
    story = (
        "Shingles shot\n\nThe vaccine was approved last October. The new study involved 16,600 people, "
        "and the study included adults over 50."
    )
    assert set(doc_kind.news_signals(load_document(story, "text"))) == {
        "news time reference",
        "research news",
    }


def test_an_outside_expert_and_researchers_named_by_place_are_reporting() -> None:
    story = (
        "Peanut therapy study\n\nScientists in Australia report that a therapy helped children eat peanuts. "
        "Dr. Ann Roe, who was not involved in the study, notes that no control group got probiotics alone."
    )
    assert doc_kind.news_signals(load_document(story, "text")) == ("research news",)
    page = "Peanut allergy\n\nResearchers at many centres study peanut allergy. Avoid peanuts if you are allergic."
    assert doc_kind.news_signals(load_document(page, "text")) == ()


@pytest.mark.parametrize(
    "phrase",
    [
        "published Monday",
        "said on Sunday",
        "this Friday",
        "last week",
        "this month",
        "yesterday",
        "last October",
        "last March",
        "earlier this year",
    ],
)
def test_every_form_of_time_told_from_the_day_of_filing_holds_a_probe(phrase: str) -> None:
    """The news-time pattern's hand-picked probes (one literal of each branch) are in every match."""
    text = f"Eye study. The FDA approved it {phrase}, the agency said."
    match = doc_kind._WEEKDAY.regex.search(text.lower())
    assert match is not None and any(p in match.group() for p in doc_kind._WEEKDAY.probes)
    assert doc_kind._WEEKDAY.search_text(text.lower()) is not None


@pytest.mark.parametrize(
    ("sentence", "advises"),
    [
        (ADVICE, True),
        ("Children should not take adult doses of zinc.", True),
        ("Take the tablets with food.", True),
        ("Take two capsules every morning and watch the weight disappear.", True),  # an advertorial's advice
        (
            "You can safely stop taking your arthritis medication once you start the tonic.",
            True,
        ),  # permission
        ("Research shows you can lose weight with diet and exercise.", False),  # reports, tells nothing
        ("\u201cYou should ask your doctor first,\u201d said Dr. Lee.", False),  # someone else's words
        ("Patients should ask their doctor, she says.", False),
        ("Don't attack other readers personally, and keep your language decent.", False),  # not health
    ],
)
def test_advice_is_the_pages_own_voice_about_health(sentence: str, advises: bool) -> None:
    doc = load_document("Colds\n\n" + BODY + "\n\n" + sentence, "text")
    assert doc_kind.advises_reader(doc) is advises


# -- DS101 -----------------------------------------------------------------------------------


def test_ds101_warns_on_a_page_that_advises_and_passes_reporting() -> None:
    assert [_where(d) for d in _lint(PAGE, "DS101")] == [(1, 1, 1, 18, "WARNING")]
    assert _lint(NEWS, "DS101") == []  # news carries no disclaimer (0 of 39 info notes right on FakeHealth)
    assert [_where(d) for d in _lint("Colds\n\n" + BODY, "DS101")] == [(1, 1, 1, 6, "INFO")]  # no advice


# -- DS104 -----------------------------------------------------------------------------------


def test_ds104_fires_on_a_news_story_with_no_author() -> None:
    assert [_where(d) for d in _lint(NEWS, "DS104")] == [(1, 1, 1, 33, "WARNING")]


@pytest.mark.parametrize(
    "ending",
    [
        "Ms. Mitchell is a writer in Chicago.",
        "Michael MacIntyre is a psychiatry resident working with the ABC News Medical Unit.",
        "Contact Jane Roe at the health desk.",
        "karen.kaplan@latimes.com\n\nFollow me on Twitter @LATkarenkaplan\n\nMORE IN SCIENCE\n\nOther story one\n\nOther story two\n\nOther story three",
        "Douglas Brown: 303-954-1395 or djbrown@denverpost.com\n\nCoconut by the numbers\n\nOne tablespoon of coconut oil has 120 calories.\n\nCoconut milk has less fat.\n\nCoconut water has less still.",
    ],
)
def test_ds104_counts_the_author_named_after_the_story(ending: str) -> None:
    assert _lint(NEWS + "\n\n" + ending, "DS104") == []


def test_ds104_a_desk_address_is_not_the_author() -> None:
    assert [_where(d) for d in _lint(NEWS + "\n\nContact us at editors@time.com.", "DS104")] == [
        (1, 1, 1, 33, "WARNING")
    ]


def test_ds104_a_press_release_is_authored_by_its_issuer() -> None:
    assert _lint(RELEASE, "DS104") == []


# -- DS106 -----------------------------------------------------------------------------------


def test_ds106_judges_a_review_statement_at_warning() -> None:
    text = "Colds\n\nMedically reviewed by Dr. Sam Lee on March 2, 2019\n\n" + BODY
    diags = _lint(text, "DS106", today="2026-01-01")
    assert [_where(d) for d in diags] == [(3, 38, 3, 51, "WARNING")]
    assert diags[0].text == "March 2, 2019"


def test_ds106_a_news_dateline_and_a_citation_date_are_not_reviews() -> None:
    text = "March 3, 2015\n\n" + NEWS + "\n\nSOURCE: Cochrane Database of Systematic Reviews, January 2010."
    assert _lint(text, "DS106", today="2026-01-01") == []
    # the "Updated" stamp of a news report is when it was filed
    assert _lint("Updated: March 3, 2015\n\n" + NEWS, "DS106", today="2026-01-01") == []


def test_ds106_an_old_dateline_on_a_page_is_only_a_note() -> None:
    diags = _lint("Colds\n\nMarch 3, 2015\n\n" + BODY, "DS106", today="2026-01-01")
    assert [_where(d) for d in diags] == [(3, 1, 3, 14, "INFO")]
    assert diags[0].message.startswith("published 2015-03-03")


def test_ds106_a_date_inside_a_sentence_dates_a_source() -> None:
    text = (
        "Colds\n\n" + BODY + "\n\nThe review was published on March 3, 2015 in JRSM Open, after a long study."
    )
    assert _lint(text, "DS106", today="2026-01-01") == []


# -- DS108 -----------------------------------------------------------------------------------


def test_ds108_a_company_release_about_its_own_product() -> None:
    text = (
        "Acme reports FlexiJoint\u00ae results\n\n"
        + BODY
        + "\n\nAbout Acme Corp\n\nAcme Corp, founded in 1990, makes FlexiJoint\u00ae."
    )
    assert _lint(text, "DS108") == []


def test_ds108_a_trademark_in_an_article_that_reads_as_independent() -> None:
    diags = _lint("Stiff knees\n\nFlexiJoint\u00ae eases stiff knees in a week. " + BODY, "DS108")
    assert [_where(d) for d in diags] == [(3, 11, 3, 12, "WARNING")]


@pytest.mark.parametrize(
    "text",
    [
        "The Arthritis Foundation, which also sponsored the research, ran the trial.",
        "The journal is published in partnership with Wolters Kluwer.",
        "Its U.S. affiliate was sold in 2010.",
    ],
)
def test_ds108_disclosure_words_are_not_promotion(text: str) -> None:
    assert _lint(text, "DS108") == []


# -- RD101 -----------------------------------------------------------------------------------

_HARD = (
    "Pharmacological interventions targeting postprandial hyperglycaemia demonstrate considerable "
    "heterogeneity regarding cardiovascular outcomes, necessitating individualised therapeutic decisions. "
)
_LONG = (
    "Pharmacological interventions targeting postprandial hyperglycaemia in adults with longstanding type 2 "
    "diabetes demonstrate considerable heterogeneity regarding cardiovascular outcomes, necessitating "
    "individualised therapeutic decision-making that incorporates comorbidities, polypharmacy, the costs of "
    "treatment and the preferences of patients and their families. "
)


def test_rd101_news_at_newspaper_level_draws_nothing() -> None:
    # the same hard prose: a news report at newspaper level gets no finding (a note was right once
    # in 38 on FakeHealth); a page that gives no advice gets the note
    text = "Diabetes drugs compared\n\nCHICAGO (Reuters) - Researchers said on Monday.\n\n" + _HARD * 8
    assert _lint(text, "RD101") == []
    plain = [
        d for d in _lint("Diabetes drugs compared\n\n" + _HARD * 8, "RD101") if "section" not in d.message
    ]
    assert [d.severity.name for d in plain] == ["INFO"]
    assert "gives readers no advice" in plain[0].message


def test_rd101_sentences_of_thirty_words_warn_in_any_document() -> None:
    text = "Diabetes drugs compared\n\nCHICAGO (Reuters) - Researchers said on Monday.\n\n" + _LONG * 8
    diags = [d for d in _lint(text, "RD101") if "section" not in d.message]
    # from the dateline's sentence (line 3) to the end of the graded paragraph (line 5)
    assert [_where(d) for d in diags] == [(3, 1, 5, len(_LONG * 8), "WARNING")]
    assert "sentences average" in diags[0].message


def test_rd101_a_page_that_advises_patients_warns() -> None:
    text = "Diabetes drugs\n\n" + _HARD * 8 + "\n\nYou should ask your doctor which medicine suits you."
    diags = [d for d in _lint(text, "RD101") if "section" not in d.message]
    # over both graded paragraphs: the hard one and the advice after it (line 5, 52 characters)
    assert [_where(d) for d in diags] == [(3, 1, 5, 53, "WARNING")]
    assert "sentences average" not in diags[0].message


# -- the seed article ----------------------------------------------------------------------


def test_seed_article_kinds_and_findings() -> None:
    src = shared_path("seed", "stem-cell-diabetes-article.txt").read_text(encoding="utf-8")
    linter = medlint.Linter(
        select=["DS101", "DS104", "DS106", "DS108", "RD101"], rule_options={"DS106": {"today": "2030-01-01"}}
    )
    found = {(d.code, d.start.line, d.start.column, d.severity) for d in linter.lint_text(src, "text")}
    assert (
        "DS104",
        3,
        1,
        Severity.WARNING,
    ) in found  # no author anywhere; reported on the first block after the date line
    codes = {c for c, *_ in found}
    assert "RD101" not in codes  # reported speech: a news article at grade 14 with 20-word sentences
    assert "DS101" not in codes  # its disclaimer is present, broken off (DS102)
    assert "DS106" not in codes  # a dated news article is not reviewed
    assert "DS108" not in codes


# -- RD101 sections ---------------------------------------------------------------------------

_HARD_SECTION = (
    "Pharmacokinetic considerations necessitate individualised dosing regimens. " * 4
    + "Contraindications encompass hepatic insufficiency and concomitant anticoagulation. " * 4
)


def test_rd101_section_notes_only_where_the_patient_target_applies() -> None:
    """A patient page's hard section gets its note; a news report's crawl 'sections' do not."""
    page = (
        "Warfarin: what to know\n\nDosing\n\n"
        + _HARD_SECTION
        + "\n\nSafety\n\n"
        + _HARD_SECTION
        + "\n\n"
        + ADVICE
    )
    sections = [d for d in _lint(page, "RD101") if "this section" in d.message]
    assert [(d.start.line, d.severity.name) for d in sections] == [(3, "INFO"), (7, "INFO")]
    news = (
        "Warfarin dosing study\n\nCHICAGO (Reuters) - Doctors changed doses, researchers said on Monday.\n\n"
        "Advertisement\n\n" + _HARD_SECTION + "\n\nContinue reading\n\n" + _HARD_SECTION
    )
    assert [d for d in _lint(news, "RD101") if "this section" in d.message] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Start with 3 capsules a day and double the dose after a week.",
        "Mix a teaspoon of turmeric into warm milk for joint pain.",
    ],
)
def test_a_dosing_instruction_advises_the_reader(sentence: str) -> None:
    doc = load_document("Bitter melon for blood sugar\n\nBitter melon is a fruit.\n\n" + sentence, "text")
    assert doc_kind.advises_reader(doc)
    assert doc_kind.is_patient_information(doc)


def test_a_dosing_report_in_the_past_does_not_advise() -> None:
    doc = load_document(
        "Bitter melon\n\nPatients started with 3 capsules a day and doubled the dose.", "text"
    )
    assert not doc_kind.advises_reader(doc)


@pytest.mark.parametrize(
    ("sentence", "advice"),
    [
        ("Employers should not take risks with the health of their workers.", False),
        ("The government must stop ignoring the health costs of unemployment.", False),
        ("Patients should take the medicine with food.", True),
        ("You should see a doctor if the pain lasts.", True),
    ],
)
def test_advice_laid_on_an_institution_is_not_advice_to_the_reader(sentence: str, advice: bool) -> None:
    doc = load_document("Jobs and health\n\nUnemployment rose in April.\n\n" + sentence, "text")
    assert doc_kind.advises_reader(doc) is advice
